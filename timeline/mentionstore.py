"""The mentions of a build on disk (SQLite), so that linking reads them a block at a time, in date order, instead
of holding every mention of the corpus.

Each row is a mention (as JSON) with the few fields linking selects and orders by: its day (or, for a coarser
mention, the first and last day of its period), whether it dates a report, its place in reading order, the
stems of its sentence's words, and the group linking puts it in. The words are stored so that placing a
coarser mention ("in January") needs only numbers and stems, never the mention itself.

The database is a temporary file in the folder given (the cache folder, or the system's temporary folder),
removed by close(): a build keeps none of it, so nothing in it can go stale. A build that is killed cannot
remove it; the next store made in that folder does.
"""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from . import dates
from .articles import shared
from .model import Mention, Timex

_TIMEX_FIELDS = tuple(f.name for f in dataclasses.fields(Timex))

_SCHEMA = """
CREATE TABLE mentions (
    seq INTEGER PRIMARY KEY,  -- reading order: the order mentions were added in
    day TEXT,                 -- YYYY-MM-DD for a day- or time-precision mention, else NULL
    daynum INTEGER,           -- that day as a proleptic ordinal
    reporting INTEGER NOT NULL,
    value TEXT NOT NULL,
    mod TEXT,
    lo INTEGER, hi INTEGER,   -- a coarser mention's period as ordinals (NULL when it has none)
    source TEXT NOT NULL,
    tstart INTEGER NOT NULL,  -- the expression's offset: with source, a mention's place in reading order
    sstart INTEGER NOT NULL,  -- its sentence's offset
    alike TEXT,               -- the sentence less the expression, with value, mod and reporting: see graph
    words TEXT NOT NULL,      -- the stems of its sentence's words, space-separated (graph.terms)
    norm REAL,                -- a day-level mention's tf-idf norm, once linking has worked it out
    surface TEXT NOT NULL,    -- the word each stem came from, in the same order
    names TEXT NOT NULL,      -- the stems of the names in it: the first word's, "|", the others' (graph.stored_names)
    grp INTEGER,              -- the group linking put it in
    rep INTEGER,              -- 1 for the first coarser mention of its `alike`, which places all of them
    bscore REAL, bsrc TEXT, bstart INTEGER, bgrp INTEGER,  -- a rep's best group so far (graph._join_coarse)
    data TEXT NOT NULL        -- the mention as JSON (encode)
);
CREATE TABLE groups (grp INTEGER PRIMARY KEY, osrc TEXT NOT NULL, ostart INTEGER NOT NULL);  -- reading order
-- The events linking makes: their ids (kept unique), and their places in the order they were made with what
-- sorts them (dates.sort_fields of the date, then the id).
CREATE TABLE event_ids (id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE event_keys (pos INTEGER PRIMARY KEY, start INTEGER, rank INTEGER, minutes INTEGER, value TEXT, id TEXT);
"""
PAGE = 2000  # rows read at a time where rows are updated as they are read
SHORT_PERIOD = 400  # days: a coarser mention's period of a year or less (its first to its last day) spans fewer
# Day-level mentions with their group's place in reading order, for days_between and in_sentence to narrow.
_DAY_ROWS = ("SELECT m.daynum, m.day, m.reporting, m.source, m.words, m.grp, g.osrc, g.ostart, m.norm, m.names "
             "FROM mentions m "
             "JOIN groups g ON g.grp = m.grp WHERE m.day IS NOT NULL AND ")


def encode(m: Mention) -> str:
    """A mention as compact JSON: its fields in order, its expression's fields in order."""
    t = m.timex
    return json.dumps([m.id, m.source, m.start, m.end, m.sentence_start, m.sentence_end, m.sentence, m.title,
                       m.reporting, m.headline, [getattr(t, f) for f in _TIMEX_FIELDS]],
                      ensure_ascii=False, separators=(",", ":"))


def decode(text: str, share: bool = True) -> Mention:
    """The inverse of encode. With share, recurring strings (source, value, the expression's words) and offsets
    are shared objects, as in an article read from the cache (articles.shared): for mentions that are kept."""
    return from_fields(json.loads(text), share)


def from_fields(fields: list, share: bool = True) -> Mention:
    """A mention from the list encode writes, parsed (as part of a larger JSON document)."""
    mid, source, start, end, s_start, s_end, sentence, title, reporting, headline, t = fields
    timex = dict(zip(_TIMEX_FIELDS, t))
    own = {"source": source, "start": start, "end": end, "sentence_start": s_start, "sentence_end": s_end}
    if share:
        timex = {**shared(timex), "text": sys.intern(timex["text"])}
        own = shared(own)
    return Mention(id=mid, timex=Timex(**timex), sentence=sentence, title=title, reporting=reporting,
                   headline=headline, **own)


PREFIX = "mentions-"  # then the process id of the build and a random part


def _remove_orphans(folder: Path) -> None:
    """Remove the stores of builds that were killed before they could (their process is gone)."""
    for d in folder.glob(f"{PREFIX}*-*"):
        try:
            os.kill(int(d.name[len(PREFIX):].split("-")[0]), 0)
        except ProcessLookupError:
            shutil.rmtree(d, ignore_errors=True)
        except (ValueError, OSError):
            continue  # not a store's name, or a process of another user: left alone


class EventIds:
    """A set of event ids (`in` and add) in a store's database: a corpus's ids are not held."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __contains__(self, eid: str) -> bool:
        return self.db.execute("SELECT 1 FROM event_ids WHERE id = ?", (eid,)).fetchone() is not None

    def add(self, eid: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO event_ids VALUES (?)", (eid,))


class MentionStore:
    """Mentions on disk, added in reading order and read back by block."""

    def __init__(self, folder: Path | None = None):
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            _remove_orphans(folder)
        self.dir = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=folder))
        self.db = sqlite3.connect(self.dir / "mentions.db")
        # A scratch file: nothing to recover after a crash, so no journal and no waiting for the disk.
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;" + _SCHEMA)
        self.count = 0
        self.df: Counter = Counter()  # stem -> mentions holding it (filled by graph.add_mentions)
        self.indexed = False
        self.event_ids = EventIds(self.db)

    def add(self, rows: Iterable[tuple[Mention, str, str, str, str]]) -> None:
        """Store mentions, each with its `alike` key, the stems of its words and the surface words they came
        from, space-separated, and its names (see graph.add_mentions)."""
        out = []
        for m, alike, words, surface, names in rows:
            value = m.timex.value
            day = dates.day_of(value)
            lo = hi = None
            if day is None and (first := dates.start_date(value)) is not None:
                lo, hi = first.toordinal(), dates.end_date(value).toordinal()
            out.append((day, dates.start_date(day).toordinal() if day else None, int(m.reporting), value,
                        m.timex.mod, lo, hi, m.source, m.timex.start, m.sentence_start, alike, words, surface,
                        names, encode(m)))
        self.db.executemany("INSERT INTO mentions (day, daynum, reporting, value, mod, lo, hi, source, tstart, "
                            "sstart, alike, words, surface, names, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", out)
        self.count += len(out)

    def index(self) -> None:
        """Make the indexes linking reads by, once every mention is in (faster than keeping them up to date), and
        mark the first coarser mention of each `alike`."""
        if not self.indexed:
            self.db.executescript(
                "CREATE INDEX fine ON mentions (day, reporting, seq) WHERE day IS NOT NULL;"
                "CREATE INDEX bynum ON mentions (daynum) WHERE day IS NOT NULL;"
                "CREATE INDEX sentence ON mentions (source, sstart) WHERE day IS NOT NULL;"
                "CREATE INDEX bygroup ON mentions (grp);"
                "UPDATE mentions SET rep = 1 WHERE seq IN "
                "(SELECT MIN(seq) FROM mentions WHERE day IS NULL GROUP BY alike);"
                "CREATE INDEX alike ON mentions (alike) WHERE rep = 1;"
                # the periods of the mentions that place their `alike`s (coarse_between), short and long apart
                f"CREATE INDEX coarse ON mentions (lo, hi) WHERE day IS NULL AND rep = 1 AND hi - lo < {SHORT_PERIOD};"
                "CREATE INDEX coarse_long ON mentions (lo, hi) "
                f"WHERE day IS NULL AND rep = 1 AND hi - lo >= {SHORT_PERIOD};")
            self.indexed = True

    # Day-level mentions ------------------------------------------------------------------------------------

    def blocks(self) -> Iterator[tuple[str, bool, list[tuple[int, str, str, str]]]]:
        """(day, reporting, [(seq, words, surface, JSON)...]) for each day and kind of day-level mention, in that order; each
        block's mentions in reading order. One block is read at a time."""
        day, reporting = "", -1
        while True:
            found = self.db.execute("SELECT day, reporting FROM mentions WHERE day IS NOT NULL AND "
                                    "(day, reporting) > (?, ?) ORDER BY day, reporting LIMIT 1",
                                    (day, reporting)).fetchone()
            if found is None:
                return
            day, reporting = found
            yield day, bool(reporting), self.db.execute(
                "SELECT seq, words, surface, data FROM mentions WHERE day = ? AND reporting = ? ORDER BY seq", found).fetchall()

    def add_groups(self, groups: Iterable[tuple[int, str, int]], members: Iterable[tuple[int, float, int]]) -> None:
        """Record groups (number, and the source and offset of its first mention in reading order) and put
        mentions in them, with their norms ((group, norm, seq))."""
        self.db.executemany("INSERT INTO groups VALUES (?,?,?)", groups)
        self.db.executemany("UPDATE mentions SET grp = ?, norm = ? WHERE seq = ?", members)

    def merge_groups(self, into: int, others: Iterable[int]) -> None:
        """Fold groups into one, which takes the earliest place in reading order of them all."""
        others = list(others)
        for k in others:
            self.db.execute("UPDATE mentions SET grp = ? WHERE grp = ?", (into, k))
        marks = ",".join("?" * (len(others) + 1))
        first = self.db.execute(f"SELECT osrc, ostart FROM groups WHERE grp IN ({marks}) ORDER BY osrc, ostart "
                                "LIMIT 1", (into, *others)).fetchone()
        self.db.execute("UPDATE groups SET osrc = ?, ostart = ? WHERE grp = ?", (*first, into))
        self.db.executemany("DELETE FROM groups WHERE grp = ?", [(k,) for k in others])

    def months(self) -> list[str]:
        """The months (YYYY-MM) that hold day-level mentions, in order."""
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT substr(day, 1, 7) FROM mentions WHERE day IS NOT NULL ORDER BY 1")]

    def days_between(self, lo: int, hi: int) -> list[tuple]:
        """(day number, day, reporting, source, words, group, its source and offset in reading order, norm, names)
        of the day-level mentions from day number lo to hi."""
        return self.db.execute(_DAY_ROWS + "m.daynum BETWEEN ? AND ?", (lo, hi)).fetchall()

    def in_sentence(self, source: str, sentence_start: int) -> list[tuple]:
        """The same fields as days_between, of the day-level mentions of one sentence."""
        return self.db.execute(_DAY_ROWS + "m.source = ? AND m.sstart = ?", (source, sentence_start)).fetchall()

    # Coarser mentions ----------------------------------------------------------------------------------------

    def coarse_between(self, lo: int, hi: int) -> list[tuple]:
        """(seq, value, mod, reporting, source, words, names, lo, hi, best score, its group's source and offset,
        its group) of the first coarser mention of each `alike` whose period meets days lo to hi."""
        # Periods of a year or less start at most SHORT_PERIOD days before lo: their index is read from there, not
        # from the first period of the corpus. The longer ones (decades, centuries) are few.
        fields = "seq, value, mod, reporting, source, words, names, lo, hi, bscore, bsrc, bstart, bgrp"
        return self.db.execute(
            f"SELECT {fields} FROM mentions WHERE day IS NULL AND rep = 1 AND hi - lo < {SHORT_PERIOD} "
            f"AND lo BETWEEN ? AND ? AND hi >= ? UNION ALL "
            f"SELECT {fields} FROM mentions WHERE day IS NULL AND rep = 1 AND hi - lo >= {SHORT_PERIOD} "
            f"AND lo <= ? AND hi >= ?", (lo - SHORT_PERIOD, hi, lo, hi, lo)).fetchall()

    def set_best(self, rows: Iterable[tuple]) -> None:
        """(score, source, offset, group, seq): a coarser mention's best group so far."""
        self.db.executemany("UPDATE mentions SET bscore = ?, bsrc = ?, bstart = ?, bgrp = ? WHERE seq = ?", rows)

    def coarse(self) -> Iterator[tuple]:
        """(seq, source, sentence offset, value, mod, reporting, words, lo, hi, and the best of its `alike`:
        score, source, offset, group) of every coarser mention, in reading order, a page at a time."""
        last = 0
        while True:
            rows = self.db.execute(
                "SELECT m.seq, m.source, m.sstart, m.value, m.mod, m.reporting, m.words, m.lo, m.hi, r.bscore, "
                "r.bsrc, r.bstart, r.bgrp FROM mentions m JOIN mentions r ON r.alike = m.alike AND r.rep = 1 "
                "WHERE m.day IS NULL AND m.seq > ? ORDER BY m.seq LIMIT ?", (last, PAGE)).fetchall()
            yield from rows
            if len(rows) < PAGE:
                return
            last = rows[-1][0]

    def set_groups(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Put mentions (by seq) in groups: (group, seq) pairs."""
        self.db.executemany("UPDATE mentions SET grp = ? WHERE seq = ?", pairs)

    # Groups ------------------------------------------------------------------------------------------------

    def grouped(self) -> Iterator[tuple[int, str, str, str]]:
        """(group, words, surface, JSON) of the mentions in groups, by group: its day-level mentions in reading order, then the
        coarser mentions that joined it in the order they were added."""
        return self.db.execute(
            "SELECT grp, words, surface, data FROM mentions WHERE grp IS NOT NULL ORDER BY grp, day IS NULL, "
            "CASE WHEN day IS NULL THEN seq END, source, tstart")

    def left_over(self) -> Iterator[tuple[str, str | None, str, str, str]]:
        """(value, mod, words, surface, JSON) of the coarser mentions in no group, by value and mod, each in reading order."""
        return self.db.execute("SELECT value, mod, words, surface, data FROM mentions WHERE day IS NULL AND grp IS NULL "
                               "ORDER BY value, coalesce(mod, ''), mod IS NULL, seq")

    def add_event_keys(self, rows: Iterable[tuple[int, str, str]]) -> None:
        """Record where events were put (pos) with their dates and ids, for event_order."""
        self.db.executemany("INSERT INTO event_keys VALUES (?,?,?,?,?,?)",
                            ((pos, *dates.sort_fields(date), eid) for pos, date, eid in rows))

    def event_order(self) -> Iterator[int]:
        """The places of the events recorded, in date order (dates.sort_key), then by id."""
        return (pos for pos, in self.db.execute("SELECT pos FROM event_keys ORDER BY start, rank, minutes, value, id"))

    def close(self) -> None:
        """Remove the database."""
        try:
            self.db.close()
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> MentionStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
