"""Each event's part of every export, kept from one build to the next: a rebuild after editing one article makes
again only the parts of the events that changed, and joins the rest as they were.

A part is a pure function of its key: the event's fingerprint (Event.fingerprint: every field, its mentions and
links too) with what every event's parts depend on (export._Survey.digest: the export code's version, the
calendar's timestamp, the GraphML keys). So a part is never stale, whichever build wrote it; a build that fails
or is killed leaves only parts that are still true. A build that completes drops the parts it did not use
(`commit`), so the cache holds about one site's worth.

The parts live in an SQLite file in the cache folder, one per site folder. Anything unexpected (a file that is
not a database, a disk that is full) means the parts are made again: the build is slower, never different.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from .export import Parts

COLUMNS = Parts._fields
SCHEMA = f"CREATE TABLE IF NOT EXISTS part (key BLOB PRIMARY KEY, {', '.join(COLUMNS)}) WITHOUT ROWID"


class ExportCache:
    """The parts of the exports of the site built into `out`: got by key, put when made, the unused dropped."""

    def __init__(self, folder: Path, out: Path):
        name = hashlib.sha256(os.fsencode(Path(out).resolve())).hexdigest()[:16]
        self.path = Path(folder) / f"{name}.sqlite"
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

    def commit(self) -> None:
        """The build is in place: keep what it made, drop what it did not use."""
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
        """The build failed: what it made is kept (still true), nothing is dropped."""
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
