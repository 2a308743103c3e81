"""Each event's part of every export, kept from one build to the next: a rebuild after editing one article makes
again only the parts of the events that changed, and joins the rest as they were.

A part is a pure function of its key: the event's fingerprint (Event.fingerprint: every field, its mentions and
links too) with what every event's parts depend on (export._Survey.digest: the export code's version, the
calendar's timestamp, the GraphML keys). So a part is never stale, whichever build wrote it; a build that fails
or is killed leaves only parts that are still true. A build that completes drops the parts it did not use
(`commit`), so the cache holds about one site's worth.

The parts live in an SQLite file in the cache folder, one per site folder. Anything unexpected (a file that is
not a database, a disk that is full) means the parts are made again: the build is slower, never different.

Beside it, the ids of the events of the export in place, a line each ([id, aliases, mention ids]), and the size
and time of the timeline.json they were written with: the next build's pipeline maps the ids that changed from
them (export.previous_ids) rather than reading that export (55 MB at 10,000 articles), as long as it is the same.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import uuid
from pathlib import Path
from typing import Iterator, TextIO

from .export import Parts

COLUMNS = Parts._fields
SCHEMA = f"CREATE TABLE IF NOT EXISTS part (key BLOB PRIMARY KEY, {', '.join(COLUMNS)}) WITHOUT ROWID"


def _name(out: Path) -> str:
    return hashlib.sha256(os.fsencode(Path(out).resolve())).hexdigest()[:16]


def _export_stat(out: Path) -> list[int] | None:
    from .export import FORMATS

    try:
        st = (Path(out) / "exports" / FORMATS["json"]).stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def kept_ids(folder: Path, out: Path) -> Iterator[tuple[str, list[str], list[str]]] | None:
    """(id, aliases, mention ids) of each event of the export in `out`, from the cache's list of them; None
    when the cache has no list of that very export (another build wrote it since, or none was kept)."""
    base = Path(folder) / _name(out)
    try:
        stat = json.loads(base.with_suffix(".ids.stat").read_text(encoding="utf-8"))
        if stat != _export_stat(out):
            return None
        with open(base.with_suffix(".ids"), encoding="utf-8") as f:
            events = []
            for line in f:
                eid, aliases, mids = json.loads(line)
                if not (isinstance(eid, str) and isinstance(aliases, list) and isinstance(mids, list)):
                    return None
                events.append((eid, aliases, mids))
    except (OSError, ValueError, TypeError):
        return None
    return iter(events)


class ExportCache:
    """The parts of the exports of the site built into `out`: got by key, put when made, the unused dropped."""

    def __init__(self, folder: Path, out: Path):
        name = _name(out)
        self.out = Path(out)
        self.path = Path(folder) / f"{name}.sqlite"
        self.ids_path = self.path.with_suffix(".ids")
        self.ids_new: Path | None = None  # the list of ids being written by this build, until commit
        self.used: list[bytes] = []
        self.hits = self.made = 0
        self.db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = self._open()
        except (OSError, sqlite3.Error):
            self._close()

    def _open(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self.path)
            db.execute(SCHEMA)
            db.execute(f"SELECT key, {', '.join(COLUMNS)} FROM part LIMIT 1").fetchall()
            return db
        except sqlite3.DatabaseError:  # not a database, or not this one: start afresh
            self.path.unlink(missing_ok=True)
            db = sqlite3.connect(self.path)
            db.execute(SCHEMA)
            return db

    def get(self, key: bytes) -> Parts | None:
        """The parts kept under key, if any."""
        if self.db is None:
            return None
        try:
            row = self.db.execute(f"SELECT {', '.join(COLUMNS)} FROM part WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            self._close()
            return None
        if row is None or not _well_formed(row):
            return None
        self.used.append(key)
        self.hits += 1
        return Parts(*row)

    def put(self, key: bytes, parts: Parts) -> None:
        """Keep parts under key (made for an event the cache did not hold)."""
        self.made += 1
        if self.db is None:
            return
        try:
            self.db.execute(f"INSERT OR REPLACE INTO part VALUES (?, {', '.join('?' * len(COLUMNS))})", (key, *parts))
        except sqlite3.Error:
            self._close()
            return
        self.used.append(key)

    @contextlib.contextmanager
    def ids_writer(self) -> Iterator[TextIO | None]:
        """Where the export writes each event's ids, a line each (export.Parts.ids): kept at commit."""
        self.ids_new = self.path.with_name(f".{self.path.stem}-{uuid.uuid4().hex[:8]}.ids")
        try:
            f = open(self.ids_new, "w", encoding="utf-8", newline="\n")
        except OSError:  # no list this time: the next build reads the export
            self.ids_new = None
            yield None
            return
        with f:
            yield f

    def _keep_ids(self) -> None:
        """The new site is in place: its export's list of ids, with the size and time of its timeline.json."""
        if self.ids_new is None:
            return
        stat = _export_stat(self.out)
        try:
            self.ids_path.with_suffix(".ids.stat").unlink(missing_ok=True)  # (no list stands for the new export)
            if stat is not None:
                os.replace(self.ids_new, self.ids_path)
                self.ids_path.with_suffix(".ids.stat").write_text(json.dumps(stat), encoding="utf-8")
        except OSError:
            pass
        self._drop_ids()

    def _drop_ids(self) -> None:
        if self.ids_new is not None:
            self.ids_new.unlink(missing_ok=True)
        self.ids_new = None

    def commit(self) -> None:
        """The build is in place: keep what it made, drop what it did not use, keep its list of ids."""
        self._keep_ids()
        if self.db is None:
            return
        try:
            with self.db:
                self.db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key BLOB PRIMARY KEY) WITHOUT ROWID")
                self.db.execute("DELETE FROM used")
                self.db.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((k,) for k in self.used))
                self.db.execute("DELETE FROM part WHERE key NOT IN (SELECT key FROM used)")
                self.db.execute("DROP TABLE used")
        except sqlite3.Error:
            pass  # the unused stay: slower to read, never wrong
        self._close()

    def discard(self) -> None:
        """The build failed: what it made is kept (still true), nothing is dropped (the list of ids it wrote is)."""
        self._drop_ids()
        if self.db is not None:
            try:
                self.db.commit()
            except sqlite3.Error:
                pass
        self._close()

    def _close(self) -> None:
        if self.db is not None:
            try:
                self.db.close()
            except sqlite3.Error:
                pass
        self.db = None


def _well_formed(row: tuple) -> bool:
    """Whether a row read back has the types Parts holds (a file edited by hand might not)."""
    *texts, mention_ids = row
    return isinstance(mention_ids, bytes) and all(isinstance(t, str) for i, t in enumerate(texts)
                                                  if not (t is None and COLUMNS[i] in OPTIONAL))


OPTIONAL = frozenset(("timelinejs", "graph_nodes", "graph_edges"))
