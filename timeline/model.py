"""The data that flows through the pipeline: small frozen dataclasses, no behaviour beyond views of themselves.

sources -> temporal expressions (Timex) -> event mentions (Mention) -> events (Event) -> pages.
Every extracted thing carries character offsets into its source's text, so `source.text[start:end]`
is the extracted string; nothing copies text it could point to except for display fields.

The records a large corpus holds by the ten thousand (sources, mentions, links, events, problems) have slots
instead of a dict each, which halves what each of them costs. (A Timex has none: the tagger builds it through
its __dict__.)
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Callable, Sequence

# Where a source's publication date (its DCT) came from; shown on the source page.
FROM_FRONT_MATTER = "front matter"
FROM_HTML = "page metadata (htmldate)"
FROM_TEXT = "inferred from the text"
FROM_OPTION = "command line (--dct)"
FROM_NONE = "unknown"


# A build reads its events and sources back from disk (spill.Spilled) again and again, each page and export a
# pass: the pickling dataclasses gives a frozen class with slots looks up its fields at every read, which cost as
# much as the rest of reading an event. These give the same state, a tuple of the fields' values, with the names
# looked up once per class.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def _getstate(self) -> tuple:
    return tuple(getattr(self, name) for name in _names(type(self)))


def _setstate(self, state: tuple) -> None:
    for name, value in zip(_names(type(self)), state):
        object.__setattr__(self, name, value)


@dataclass(frozen=True, slots=True)
class Source:
    """One article as read from content/: metadata plus the text that all offsets index."""

    id: str
    path: str
    text: str
    title: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD, the document creation time
    published_from: str = FROM_NONE  # one of the FROM_* constants
    published_note: str = ""  # the evidence, e.g. 'weekday and date "Thursday, December 30"'
    language: str = "en"
    format: str = "md"  # md, txt, html
    warnings: tuple[str, ...] = ()

    __getstate__, __setstate__ = _getstate, _setstate


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 temporal expression: span, type, TimeML value and how the value was worked out."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TimeML value: 2021-12-30, 2021-12, 2014, 2021-W52, P2W, PRESENT_REF, 2021-12-30T15:35 ...
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS ...
    rule: str = ""  # the rule that matched, e.g. "weekday", "month-day", "anaphoric-offset"
    anchor: str | None = None  # the date the value was resolved against (DCT or the last date mentioned)
    # "dct", "previous", "period" (the quarter reported on) or "next" (the entry after it in a chronology)
    anchor_kind: str | None = None
    tense: str | None = None  # "past", "present", "future" when it decided the value

    @property
    def is_dated(self) -> bool:
        """A DATE or TIME that names a point on the calendar (not a duration, set or vague reference)."""
        return self.type in ("DATE", "TIME") and self.value[:1].isdigit()


@dataclass(frozen=True)
class Boilerplate:
    """A stretch of a source that is not news (copyright line, teaser, comment form, bio)."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Mention:
    """An event mention: the clause a dated expression modifies, in one source."""

    id: str  # "<source id>:<timex start>", unique and stable
    source: str  # source id
    timex: Timex
    start: int  # the clause
    end: int
    sentence_start: int
    sentence_end: int
    sentence: str
    title: str
    reporting: bool = False  # "a senior official said on Wednesday": a report, not the reported event
    headline: bool = False  # the title was rewritten as subject, verb and object (a better event title)


@dataclass(frozen=True)
class Citation:
    """A source an editor cites for an event beyond the articles in content/."""

    title: str
    url: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class Split:
    """Mentions an editor moves out of an event: those of `source` whose sentence contains `text`."""

    source: str
    text: str


@dataclass(frozen=True)
class Override:
    """An editor's correction of one event, read from content/events/*.md."""

    path: str
    id: str
    title: str | None = None
    date: str | None = None
    hide: bool = False
    description: str | None = None  # Markdown written by the site's editors
    line: int = 1
    merge: tuple[str, ...] = ()  # ids of events folded into this one
    split: tuple[Split, ...] = ()
    tags: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    new: bool = False  # a manual event, not found in the sources
    lines: tuple[tuple[str, int], ...] = ()  # key -> line, for messages about a key


@dataclass(frozen=True, slots=True)
class Link:
    """Why two mentions are one event: shown on the event page and kept in the graph."""

    a: str  # mention ids
    b: str
    score: float
    shared: tuple[str, ...]  # the words they share
    reason: str  # "same day", "within its period", "merged by an editor in events/x.md", ...


class Stored(Sequence):
    """A tuple an event holds (its mentions, its links) kept out of memory, on disk, by the build's pipeline, and
    read again whenever it is asked for: a tuple to whoever reads it. `load(key)` gives back the event's record,
    of which this is item `index`; the build that made it keeps `load` working while the corpus lives."""

    __slots__ = ("load", "key", "index", "count", "digest")

    def __init__(self, load: Callable[[object], tuple], key: object, index: int, items: tuple,
                 digest: bytes | None = None):
        self.load, self.key, self.index, self.count = load, key, index, len(items)
        self.digest = digest  # of the whole record, when the build gave one: see Event.fingerprint

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i):
        return self.load(self.key)[self.index][i]

    def __iter__(self):
        return iter(self.load(self.key)[self.index])

    def __add__(self, other) -> tuple:
        return tuple(self) + tuple(other)

    def __radd__(self, other) -> tuple:
        return tuple(other) + tuple(self)

    def __eq__(self, other) -> bool:
        return isinstance(other, (tuple, Stored)) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r}, {self.count} items)"


class StoredMentions(Stored):
    """An event's mentions kept out of memory (see Stored). What every page of the timeline asks of them (which
    sources report the event, whether all are reports, whether the sources' days differ) is kept at hand."""

    __slots__ = ("sources", "reporting", "conflict")

    def __init__(self, load: Callable[[object], tuple], key: object, index: int, mentions: tuple,
                 digest: bytes | None = None):
        super().__init__(load, key, index, mentions, digest)
        self.sources, self.reporting, self.conflict = _sources(mentions), _reporting(mentions), _conflict(mentions)


# What Event.summary covers: what a page that lists an event (another event's related events, say) may show.
SUMMARY = ("id", "date", "mod", "title", "hidden", "tags", "outlets", "first_source", "manual", "aliases", "date_from",
           "title_from", "sources", "reporting", "conflict")


def digest(data: bytes) -> bytes:
    """A short digest (16 bytes) of data, for telling whether what a page is made from changed."""
    return hashlib.blake2b(data, digest_size=16).digest()


def _sources(mentions) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.source for m in mentions))


def _reporting(mentions) -> bool:
    return bool(mentions) and all(m.reporting for m in mentions)


def _conflict(mentions) -> bool:
    return len({m.timex.value[:10] for m in mentions if len(m.timex.value) >= 10 and m.timex.value[:4].isdigit()}) > 1


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world happening, backed by every mention of it across sources."""

    id: str
    date: str  # TimeML value at its real precision
    mod: str | None
    title: str
    mentions: tuple[Mention, ...]
    description: str | None = None  # Markdown from an override
    hidden: bool = False
    date_from: str = "sources"  # "sources" or the override's path
    title_from: str = "sources"
    links: tuple[Link, ...] = ()  # why the mentions were merged
    tags: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()  # extra sources cited by an editor
    aliases: tuple[str, ...] = ()  # earlier ids of this event (merged or renamed); they still resolve
    manual: bool = False  # added by an editor
    outlets: tuple[str, ...] = ()  # distinct outlets reporting it (a source without an outlet counts as its own)
    first_source: str | None = None  # the source that reported it first (earliest publication date)

    __getstate__, __setstate__ = _getstate, _setstate

    @property
    def sources(self) -> tuple[str, ...]:
        """Ids of the sources that report this event, in first-seen order."""
        return self.mentions.sources if isinstance(self.mentions, StoredMentions) else _sources(self.mentions)

    @property
    def reporting(self) -> bool:
        """True when every mention is the date of a report ("said on Wednesday"), not of the happening."""
        return self.mentions.reporting if isinstance(self.mentions, StoredMentions) else _reporting(self.mentions)

    def fingerprint(self) -> bytes:
        """A digest of everything the event holds, its mentions and links too: a page made from an event of the
        same fingerprint is the same page. Mentions on disk are not read: their record's digest stands for them."""
        own = tuple(getattr(self, name) for name in _names(Event) if name not in ("mentions", "links"))
        parts = [repr(own).encode()]
        for held in (self.mentions, self.links):
            d = getattr(held, "digest", None)
            parts.append(b"\0" + (d + b"%d" % held.index if d is not None else repr(tuple(held)).encode()))
        return digest(b"".join(parts))

    def summary(self) -> bytes:
        """A digest of what a page listing the event shows of it (SUMMARY: not its mentions, links, description or
        citations)."""
        return digest(repr(tuple(getattr(self, name) for name in SUMMARY)).encode())

    @property
    def versions(self) -> dict[str, tuple[str, ...]]:
        """Each source's own dating of the event: source id -> the values it gives."""
        out: dict[str, list[str]] = {}
        for m in self.mentions:
            out.setdefault(m.source, [])
            if m.timex.value not in out[m.source]:
                out[m.source].append(m.timex.value)
        return {k: tuple(v) for k, v in out.items()}

    @property
    def conflict(self) -> bool:
        """Sources put this event on different days."""
        return self.mentions.conflict if isinstance(self.mentions, StoredMentions) else _conflict(self.mentions)


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem found in the input: shown to the user, never a traceback."""

    path: str
    message: str
    line: int | None = None
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Settings:
    """What a build needs to know; passed to every stage instead of globals."""

    content_dir: Path = Path("content")
    out_dir: Path | None = None  # the built site; its last export tells which event ids changed since
    templates_dir: Path | None = None  # the user's site_templates/, overriding the built-in templates
    config_file: Path | None = None  # mkdocs.yml
    strict: bool = False
    jobs: int | None = None  # processes for the per-article stages; None: all cores
    executor: str = "processes"  # or "dask"
    scheduler: str | None = None  # a Dask scheduler's address; None starts a local cluster
    cache_dir: Path | None = None  # the incremental cache; None: no cache


@dataclass
class Corpus:
    """Everything gathered before rendering: the whole context every page sees.

    A gathered corpus holds little: its sources (each one's metadata) and its events are sequences read from
    disk as they are asked for (spill.Keyed, which finds a source by id too, and spill.Spilled), each event's
    mentions read from disk in turn.
    What only a source's own page needs, its text, expressions and boilerplate, it reads again for that page
    (`article`) instead of holding it for the whole build: its sources' text is "", and `timexes` and
    `boilerplate` are empty. A corpus made by hand may hold them all (its events a list), and then `reread`
    is None."""

    sources: Sequence[Source] = field(default_factory=list)  # path order; spill.by_id finds one by id
    timexes: dict[str, list[Timex]] = field(default_factory=dict)  # by source id
    boilerplate: dict[str, list[Boilerplate]] = field(default_factory=dict)  # by source id
    mention_count: int = 0  # event mentions in the sources (the events hold them)
    events: Sequence[Event] = field(default_factory=list)  # date order (graph.event_key), hidden ones included
    problems: list[Problem] = field(default_factory=list)
    graph: object = None  # a networkx.MultiDiGraph to export instead of the events' own (graph.build_graph makes one)
    timings: dict = field(default_factory=dict)  # stage -> seconds, for the build report
    cache_hits: int = 0  # articles read from the cache
    link_cache_hits: int = 0  # blocks clustered and events described, read from the linking cache
    link_cache_misses: int = 0
    expressions: int = 0  # temporal expressions in the sources, counted by gather (which holds none of them)
    # source id -> digest of what `article` gives for it (gather's, from the article's JSON): see source_digest
    digests: dict[str, bytes] = field(default_factory=dict, repr=False)
    # source id -> the source with its text, its expressions and its boilerplate, read again
    reread: Callable[[str], tuple[Source, list[Timex], list[Boilerplate]]] | None = field(default=None, repr=False)

    def source(self, source_id: str) -> Source:
        """The source with this id."""
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def article(self, source: Source) -> tuple[Source, list[Timex], list[Boilerplate]]:
        """One of the sources with its text, its expressions and its boilerplate: what its own page shows."""
        if self.reread is not None:
            return self.reread(source.id)
        return source, self.timexes.get(source.id, []), self.boilerplate.get(source.id, [])

    def source_digest(self, source: Source) -> bytes:
        """A digest of the source's metadata, text, expressions and boilerplate: what its own page shows of it."""
        held = self.digests.get(source.id)
        if held is None:
            held = digest(repr(self.article(source)).encode())
        return digest(held + repr(source).encode())

    def event_of_mention(self) -> dict[str, str]:
        """Mention id -> event id, for linking a source's expressions to their events."""
        return {m.id: e.id for e in self.events for m in e.mentions}
