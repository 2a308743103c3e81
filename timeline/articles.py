"""The per-article stages (read, tag, boilerplate, mentions) as one function of one file, and its result as
plain JSON: what a process pool, a Dask worker, a JSONL shard and the incremental cache all exchange.

An article's result depends only on its bytes, its path under content/ and the tool's code, which is
what makes it cacheable and safe to compute anywhere.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import TimelineError
from .events import mentions as find_mentions
from .model import Boilerplate, Mention, Problem, Source, Timex
from .readers import read_source
from .segment import boilerplate as find_boilerplate


def _tool() -> str:
    """The tool's version and a digest of its source: a cached result of other code is never reused, even
    when a change (a developer's, or a patched install) did not bump the version."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(path.relative_to(Path(__file__).parent).as_posix().encode() + b"\0" + path.read_bytes())
    return f"{__version__}+{h.hexdigest()[:16]}"


TOOL = _tool()  # what every cache key starts with


@dataclass(frozen=True)
class Article:
    """Everything the per-article stages make of one file; source is None when the file could not be read."""

    path: str  # relative to the content folder
    source: Source | None
    timexes: tuple[Timex, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    mentions: tuple[Mention, ...] = ()
    problems: tuple[Problem, ...] = ()


def extract(source: Source) -> list[Timex]:
    """The temporal expressions of one source, resolved against its publication date, in its language."""
    from .temporal.multilingual import tag_any

    return tag_any(source.text, source.published, source.language or "en")


def process(path: Path, root: Path) -> Article:
    """Read one file and run every per-article stage on it; a bad file becomes a Problem, never an exception."""
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    try:
        source = read_source(path, root)
    except TimelineError as e:
        return Article(rel, None, problems=(Problem(e.path or rel, e.message, e.line),))
    try:
        timexes = extract(source)
    except Exception as e:  # noqa: BLE001 - a fault of the tagger's, met on this text: the rest of the build goes on
        return Article(rel, source, problems=(Problem(
            source.path, f"its dates could not be read, so it adds no events (a fault in the date tagger, "
                         f"{type(e).__name__}: {e}; please report it with this file)"),))
    warnings = tuple(Problem(source.path, w, severity="warning") for w in source.warnings)
    try:
        boiler = find_boilerplate(source.text)
        found = find_mentions(source, timexes, boiler)
    except Exception as e:  # noqa: BLE001 - a fault of the event finder's, met on this text: the rest goes on
        # (its dates are still shown on its page)
        return Article(rel, source, tuple(timexes), problems=warnings + (Problem(
            source.path, f"its events could not be found, so it adds none (a fault in the event finder, "
                         f"{type(e).__name__}: {e}; please report it with this file)"),))
    return Article(rel, source, tuple(timexes), tuple(boiler), tuple(found), warnings)


def key(path: Path, root: Path) -> str:
    """The cache key of a file: its bytes, its place in the content folder and the tool's code."""
    h = hashlib.sha256()
    h.update(TOOL.encode() + b"\0" + path.relative_to(root).as_posix().encode() + b"\0")
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# JSON form ------------------------------------------------------------------------------------------------

def to_json(a: Article) -> dict:
    """The article as plain JSON types (tuples become lists)."""
    return dataclasses.asdict(a)


def encode(a: Article) -> str:
    """The article as JSON text, as the cache stores it."""
    return json.dumps(to_json(a), ensure_ascii=False, separators=(",", ":"))


def decode(text: str) -> Article:
    """The inverse of encode; raises ValueError, KeyError or TypeError on text it did not write."""
    return from_json(json.loads(text))


# Fields whose few distinct values recur across a whole corpus ("DATE", "weekday", "2021-12-30", an outlet):
# one shared string each instead of one per object. Most of what a large corpus holds is such small fields.
_RECURRING = frozenset({"type", "value", "mod", "rule", "anchor", "anchor_kind", "tense", "reason", "source", "outlet",
                        "published", "published_from", "language", "format", "severity"})


# Offsets into a text: every article holds the same small range of numbers, each of which would otherwise be an
# int object of its own per mention (most are past the few small ints Python shares). One shared object per
# value instead: as many as the longest article has characters at most, however many articles there are.
_OFFSETS = frozenset({"start", "end", "sentence_start", "sentence_end"})
_NUMBERS: dict[int, int] = {}


def shared(d: dict) -> dict:
    """A record's fields with recurring strings and offsets replaced by one shared object each."""
    return {k: sys.intern(v) if k in _RECURRING and type(v) is str else
            _NUMBERS.setdefault(v, v) if k in _OFFSETS and type(v) is int else v for k, v in d.items()}


def from_json(d: dict) -> Article:
    """The inverse of to_json. A mention's expression is the article's own Timex object, not a copy of it (as
    in the Article that process() made), and recurring values are shared strings, which keeps a large corpus
    read from the cache a good deal smaller."""
    source = Source(**{**shared(d["source"]), "id": sys.intern(d["source"]["id"]),  # each mention names it
                       "warnings": tuple(d["source"]["warnings"])}) if d["source"] else None
    # an expression's words recur across a corpus ("Thursday", "last week"): one string each
    timexes = tuple(Timex(**{**shared(t), "text": sys.intern(t["text"])}) for t in d["timexes"])
    own = {t.start: t for t in timexes}
    sentences: dict[str, str] = {}  # mentions in one sentence share its text

    def timex_of(m: dict) -> Timex:
        """The article's own expression that a mention's is equal to (found by its offset), else a new one."""
        t = own.get(m["start"])
        return t if t is not None and vars(t) == m else Timex(**{**shared(m), "text": sys.intern(m["text"])})

    return Article(
        path=d["path"], source=source, timexes=timexes,
        boilerplate=tuple(Boilerplate(**shared(b)) for b in d["boilerplate"]),
        mentions=tuple(Mention(**{**shared(m), "timex": timex_of(m["timex"]),
                                  "sentence": sentences.setdefault(m["sentence"], m["sentence"])})
                       for m in d["mentions"]),
        problems=tuple(Problem(**shared(p)) for p in d["problems"]),
    )
