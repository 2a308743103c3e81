"""Render a gathered Corpus into Markdown pages whose bodies are escaped HTML, ready for mkdocs.

Everything that comes from an article (text, titles, outlets, urls, metadata) is untrusted: it only ever reaches
a page through Jinja2 autoescaping or markupsafe.escape. Each page is YAML front matter plus one raw HTML block
with no blank line in it, because Python-Markdown ends a raw HTML block at a blank line and would then read the
rest as Markdown. Only an editor's event description is Markdown (editors are trusted).
"""
from __future__ import annotations

import bisect
import html
import itertools
import json
import re
import unicodedata
from array import array
from pathlib import Path
from collections.abc import Mapping, Sequence
from typing import Callable, Iterator, NamedTuple
from urllib.parse import quote, urlsplit

import jinja2
import markdown
from markupsafe import Markup, escape

import timeline
from timeline import dates
from timeline.errors import BuildError
from timeline.model import SUMMARY, Corpus, Event, Mention, Problem, Source, Timex, digest
from timeline.spill import View, by_id
from timeline.temporal.tagger import inline_markup

BUILTIN_TEMPLATES = Path(timeline.__file__).parents[1] / "site_templates"

# A blank line (possibly holding spaces) separates paragraphs, in the article text and in Markdown alike.
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)[ \t\f\v]*(?:\r\n|\r|\n)\s*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BLANK_LINES = re.compile(r"(?:\r\n|\r|\n)\s*(?=\r\n|\r|\n)")
_WHITESPACE = re.compile(r"\s+")
# Ids become file names and URLs: no path separators, no hidden files, no control characters.
_BAD_ID = re.compile(r"^$|^\.|[/\\\x00-\x1f\x7f]")

ANCHOR_KINDS = {"dct": "the publication date", "previous": "the date mentioned before", "period": "the quarter reported on",
                "next": "the next entry of the chronology"}


# A timeline page lists at most this many events; beyond it the timeline is paged by year, then by month.
PAGE_SIZE = 200
# Related events shown on an event page, per kind (same day, shared sources).
RELATED_LIMIT = 8
# The list of sources shows at most this many on a page; beyond it, sources.md is followed by sources-2.md ...
SOURCE_PAGE_SIZE = 500


def render_pages(corpus: Corpus, templates_dirs: list[Path], site_name: str = "Timeline",
                 site_url: str | None = None) -> dict[str, str]:
    """Docs-relative path -> page, for the timeline (paged when large), each visible event, each source, the
    graph, the feed and any problems."""
    pages = Pages(corpus, templates_dirs, site_name, site_url)
    return {path: pages.render(path) for path in pages.paths}


class Pages:
    """The site's pages, each rendered only when asked for, so that a large corpus's pages are never all in
    memory at once. What every page needs (the visible events, which events a source reports, the timeline's
    periods) is worked out once, here; `paths` lists the pages in the order they are built."""

    def __init__(self, corpus: Corpus, templates_dirs: list[Path], site_name: str = "Timeline",
                 site_url: str | None = None):
        self.corpus, self.site_name, self.site_url = corpus, site_name, site_url
        self.env = environment(templates_dirs)
        # The corpus's events may be on disk (spill.Spilled): what is held here are positions, and an event is
        # read when a page shows it. The visible events, as a sequence:
        shown: list[int] = []
        # Which events report each source, as positions in the visible events; and in corpus.events, hidden
        # ones too: a source page links its expressions to their events, found from these when the page is made
        # rather than from an index of every mention held for the build.
        self.by_source: dict[str, array] = {}
        self.all_by_source: dict[str, array] = {}
        redirects: dict[str, int] = {}  # earlier ids of an event (articles added, events merged): a redirect page each
        ids = set()
        # Each event's fingerprint and summary (Event.fingerprint, Event.summary: 16 bytes each), in corpus
        # order: what `inputs` keys pages by.
        self._fingerprints, self._summaries = bytearray(), bytearray()
        for i, event in enumerate(corpus.events):
            self._fingerprints += event.fingerprint()
            self._summaries += event.summary()
            for source_id in event.sources:
                _add(self.all_by_source, source_id, i)
            if event.hidden:
                continue
            for source_id in event.sources:
                _add(self.by_source, source_id, len(shown))
            for old in event.aliases:
                redirects[old] = len(shown)
            _check_id(event.id)
            ids.add(event.id)
            shown.append(i)
        self._shown = array("l", shown)
        self.events = events = View(corpus.events, self._shown)
        redirects = {old: i for old, i in redirects.items() if old not in ids}
        del ids, shown
        self.sources = by_id(corpus.sources)  # read from disk as asked for, in a build
        for ident in [*self.sources, *redirects]:
            _check_id(ident)
        self.problems_of: dict[str, list[Problem]] = {}
        for p in corpus.problems:
            self.problems_of.setdefault(p.path, []).append(p)
        self.common = dict(event_count=len(events), source_count=len(corpus.sources),
                           problem_count=len(corpus.problems), exports=_has_exports())
        self.periods = paginate(events, PAGE_SIZE)
        self.related = _Related(events, self.by_source)
        self._periods_key: bytes | None = None  # what every timeline page shows of all of them: see inputs
        self._source_keys: dict[str, bytes] | None = None  # see _source_key
        # The pages mkdocs builds itself: path -> (what page it is, the thing it shows). The many others (the
        # timeline's pages, each event's, each old event id's redirect, each source's) are listed from the periods,
        # events and sources when asked for (see many), not held: their paths alone would take 5 MB at 10,000
        # articles.
        self._what: dict[str, tuple[str, object]] = {"index.md": ("home", None)}
        self._before_many = len(self._what)  # the home page comes first
        self._redirects = sorted(redirects.items())
        self._many: dict[str, tuple[str, object]] | None = None  # made only if one of them is asked for by path
        # The list of sources is sources.md, not sources/index.md, so an article named index.md cannot collide;
        # a long one goes on in sources-2.md and so on (a page of 10,000 sources would be 3 MB of HTML).
        self.source_pages = source_pages(len(corpus.sources))
        self._what["sources.md"] = ("sources", 0)  # (in the navigation; the pages after it are among the many)
        self._what["graph.md"] = ("graph", None)
        if corpus.problems:
            self._what["problems.md"] = ("problems", None)
        self._what["feed.xml"] = ("feed", None)
        self.templates = templates_digest(self.env)
        self._watch: _Watched | None = None  # while render_item renders a page for `inputs`: see there

    @property
    def own(self) -> list[str]:
        """Docs-relative paths of the pages mkdocs builds itself (the timeline's, the list of sources, the graph,
        the problems, the feed), in build order."""
        return list(self._what)

    def many(self) -> Iterator[tuple[str, str, object]]:
        """(path, what page it is, the thing it shows) of the many pages, in build order: the timeline's pages
        (each period's), each event's, each old event id's redirect, each source's, the list of sources' pages
        after the first. They link to nothing mkdocs checks and are in no navigation, so they are built one at a
        time (render_item), listed as they are built."""
        for i, p in enumerate(self.periods or ()):
            yield p["path"], "period", i
        for i, event in enumerate(self.events):
            yield f"events/{event.id}.md", "event", i
        for old, i in self._redirects:
            yield f"events/{old}.md", "redirect", (old, i)
        for source in self.corpus.sources:
            yield f"sources/{source.id}.md", "source", source
        for i, p in enumerate(self.source_pages[1:], 1):
            yield p["path"], "sources", i

    @property
    def paths(self) -> list[str]:
        """Docs-relative paths of every page, in build order."""
        own = self.own
        return [*own[:self._before_many], *(path for path, _, _ in self.many()), *own[self._before_many:]]

    def render(self, path: str) -> str:
        """The page at `path`: front matter and HTML body (the Atom document for feed.xml)."""
        if path in self._what:
            return self.render_item(*self._what[path])
        if self._many is None:
            self._many = {p: (kind, what) for p, kind, what in self.many()}
        return self.render_item(*self._many[path])

    def render_item(self, kind: str, what: object, watch: _Watched | None = None) -> str:
        """A page, by what it is and what it shows (as _what and many give them). With `watch` (of `inputs`),
        the template's reads of the corpus and of sources go through it, which notes any read its key does not
        cover."""
        self._watch = watch
        try:
            return getattr(self, f"_{kind}")(what)
        finally:
            self._watch = None

    def inputs(self, kind: str, what: object) -> tuple[bytes, _Watched]:
        """For one of the many pages (as `many` gives them): a digest of everything the page is made from, and
        the watch to render it with (render_item), which tells whether the template read only that.

        The digest covers the templates; the events the page shows: all of its own event (its fingerprint),
        what lists show of the related ones (their summary), all of a source page's events (which of them holds
        each of its expressions is part of the page), all of a timeline page's events and what it shows of the
        other timeline pages (their paths, labels and counts); the metadata of the sources an event or timeline
        page may name (its events' own), and all of a source page's own source. A template that reads anything
        else (through `corpus`, another source, a related event's mentions, another timeline page's events)
        makes a page its digest does not describe: the watch says so, and that page is not to be reused by this
        digest."""
        fingerprint, summary = self._digest_of(self._fingerprints), self._digest_of(self._summaries)
        allowed: set[str] = set()
        if kind == "event":
            i = what
            event = self.events[i]
            same, more_same, shared, more_shared = self.related.positions(event, i)
            parts = [b"event", fingerprint(self._shown[i]), *(summary(self._shown[j]) for j in same),
                     *(summary(self._shown[j]) for j, _ in shared),
                     repr((more_same, [s for _, s in shared], more_shared)).encode()]
            allowed.update(event.sources)
            if event.first_source:
                allowed.add(event.first_source)
            parts += [self._source_key(s) for s in sorted(allowed)]
        elif kind == "period":
            # all of its events; what it shows of every period (path, label, year, month, how many events: the
            # links to them, the previous and next); the metadata of its events' sources (the filters)
            p = self.periods[what]
            for event in p["events"]:
                allowed.update(event.sources)
                if event.first_source:
                    allowed.add(event.first_source)
            if self._periods_key is None:
                self._periods_key = digest(repr([(q["path"], q["label"], q["year"], q["month"], len(q["events"]))
                                                 for q in self.periods]).encode())
            parts = [b"period", repr((what, self.common)).encode(), self._periods_key,
                     *(fingerprint(self._shown[j]) for j in p["events"].positions),
                     *(self._source_key(s) for s in sorted(allowed))]
        elif kind == "sources":
            # the sources it lists, with how many events report each; the pages of the list; the counts
            p = self.source_pages[what]
            parts = [b"sources", repr((what, self.source_pages, self.common)).encode()]
            for s in self.corpus.sources[p["start"]:p["end"]]:
                parts.append(self._source_key(s.id, s) + b"%d" % len(self.by_source.get(s.id, ())))
        elif kind == "redirect":
            old, i = what
            parts = [b"redirect", old.encode("utf-8", "surrogatepass"), fingerprint(self._shown[i])]
        elif kind == "source":
            source = what
            parts = [b"source", self.corpus.source_digest(source),
                     repr(self.problems_of.get(source.path, [])).encode(),
                     *map(fingerprint, self.all_by_source.get(source.id, ()))]
            allowed.add(source.id)
        else:
            raise ValueError(f"no inputs for a {kind} page")
        return digest(self.templates + b"\0".join(parts)), _Watched(self.sources, allowed)

    def _source_key(self, source_id: str, source: Source | None = None) -> bytes:
        """A digest of a source's metadata and text (what `sources[id]` gives a template), made once a build: a
        source is named by many pages, and read from disk each time in a large corpus (unless given)."""
        if self._source_keys is None:
            self._source_keys = {}
        key = self._source_keys.get(source_id)
        if key is None:
            source = source or self.sources.get(source_id)
            key = self._source_keys[source_id] = b"" if source is None else digest(repr(source).encode())
        return key

    @staticmethod
    def _digest_of(digests: bytearray) -> Callable[[int], bytes]:
        """Position in corpus.events -> that event's 16 bytes of `digests`."""
        return lambda position: bytes(digests[16 * position:16 * position + 16])

    def _page(self, template: str, title: str, root: str, search: bool = True, **context) -> str:
        corpus, sources = self.corpus, self.sources
        if self._watch is not None:
            corpus, sources = _WatchedCorpus(corpus, self._watch), self._watch
        try:
            body = self.env.get_template(template).render(root=root, corpus=corpus, sources=sources, **context)
        except jinja2.TemplateSyntaxError as e:
            raise BuildError(e.filename or e.name, f"template syntax error: {e.message}", e.lineno) from None
        except jinja2.TemplateError as e:
            raise BuildError(template, f"template error: {e}") from None
        return _page(title, body, search)

    def _home(self, _) -> str:
        periods = self.periods
        if periods is None:  # then every event fits on the home page
            events = list(self.events)
            years = timeline_groups(events)
            jump = [{"label": y["label"], "href": f"#{y['id']}", "n": None, "months": []} for y in years]
            return self._page("timeline.md.j2", "Timeline", "", search=False, years=years,
                              filters=filter_options(events, self.sources), periods=[], period=None, jump=jump,
                              **self.common)
        recent = recent_periods(periods, PAGE_SIZE)
        shown = [e for p in recent for e in p["events"]]
        return self._page("timeline.md.j2", "Timeline", "", search=False, years=timeline_groups(shown),
                          filters=filter_options(shown, self.sources), periods=periods, period=None,
                          jump=jump_links(periods, "years/"), recent=recent, **self.common)

    def _period(self, i: int) -> str:
        periods = self.periods
        p = periods[i]
        if self._watch is not None:  # only how many events the others have is in the page's key (see inputs)
            periods = [q if k == i else {**q, "events": _Counted(q["events"], self._watch)}
                       for k, q in enumerate(periods)]
        events = list(p["events"])
        return self._page("timeline.md.j2", p["label"], "../", search=False, years=timeline_groups(events),
                          filters=filter_options(events, self.sources), periods=periods, period=p,
                          previous=periods[i - 1] if i else None, next=periods[i + 1] if i + 1 < len(periods) else None,
                          jump=jump_links(periods, ""), **self.common)

    def _event(self, i: int) -> str:
        event = self.events[i]
        related = self.related.of(event, i)
        if self._watch is not None:  # only their summary is in the page's key (see inputs)
            watched = lambda other: _WatchedEvent(other, self._watch)
            related["same_day"] = [watched(other) for other in related["same_day"]]
            related["shared"] = [(watched(other), ids) for other, ids in related["shared"]]
        return self._page("event.md.j2", event.title, "../", event=event, description=_markdown(event.description),
                          related=related, links=merge_links(event, self.sources))

    def _redirect(self, old_event: tuple[str, int]) -> str:
        old, i = old_event
        event = self.events[i]
        return self._page("redirect.md.j2", event.title, "../", search=False, event=event, old=old)

    def _source(self, source: Source) -> str:
        # Kept out of search: an article's whole text would outweigh the rest of the index (8 MB for 5,000
        # events); its title is found on the list of sources, its quoted sentences on its events' pages.
        source, timexes, boilerplate = self.corpus.article(source)
        return self._page("source.md.j2", source.title, "../", search=False, source=source,
                          events=list(View(self.events, self.by_source.get(source.id, []))),
                          problems=self.problems_of.get(source.path, []),
                          text=source_text_html(source, timexes, boilerplate, self._event_of(source.id)))

    def _event_of(self, source_id: str) -> dict[str, str]:
        """Mention id -> visible event id, for the mentions of one source (as Corpus.event_of_mention has it)."""
        out = {m.id: e for e in View(self.corpus.events, self.all_by_source.get(source_id, ()))
               for m in e.mentions if m.source == source_id}
        return {m: e.id for m, e in out.items() if not e.hidden}

    def _sources(self, i: int) -> str:
        p = self.source_pages[i]
        title = "Sources" if len(self.source_pages) == 1 else f"Sources {p['label']}"
        listed = self.corpus.sources[p["start"]:p["end"]]
        by_source = _EventsOf(self.by_source, self.events, self._watch)  # (how many each: see inputs)
        return self._page("sources.md.j2", title, "", by_source=by_source, listed=listed,
                          first=p["start"] + 1,
                          source_pages=self.source_pages, current=i, source_count=self.common["source_count"])

    def _graph(self, _) -> str:
        from timeline.site import svg

        drawing = svg.graph_svg(self.events, self.corpus.sources)
        return self._page("graph.md.j2", "Graph", "", search=False, svg=drawing.svg, shown=drawing.events,
                          total=len(self.events), by_source=_EventsOf(self.by_source, self.events),
                          sources_shown=drawing.sources,
                          sources_reporting=drawing.source_total)

    def _problems(self, _) -> str:
        return self._page("problems.md.j2", "Problems", "", problems=self.corpus.problems)

    def _feed(self, _) -> str:
        from timeline.site import feed

        return feed.atom(self.events, self.corpus.sources, self.site_name, self.site_url)


def _add(index: dict[str, array], key: str, position: int) -> None:
    """Append position to index[key], an array of positions (8 bytes each, where a list of ints takes 36)."""
    found = index.get(key)
    if found is None:
        found = index[key] = array("l")
    found.append(position)


class _EventsOf(Mapping):
    """Source id -> the events reporting it, read when a template asks (an index of positions underneath). With a
    watch (see Pages.inputs), only how many there are is in the page's key."""

    def __init__(self, positions: dict[str, array], events: Sequence[Event], watch: _Watched | None = None):
        self.positions, self.events, self.watch = positions, events, watch

    def __getitem__(self, key: str) -> View:
        view = View(self.events, self.positions[key])
        return view if self.watch is None else _Counted(view, self.watch)

    def __iter__(self):
        return iter(self.positions)

    def __len__(self) -> int:
        return len(self.positions)


def paginate(events: Sequence[Event], size: int = PAGE_SIZE) -> list[dict] | None:
    """The timeline's pages when it is too long for one: a page per year, a page per month in a dense year.

    None when every event fits on the home page. Each page is {"path", "label", "events"}; paths depend only
    on the period, so a page's address stays put as the corpus grows. A page's events are a View of `events`:
    they are read (from disk, for a large corpus) when its page is made."""
    if len(events) <= size:
        return None
    periods: list[dict] = []

    def view(dated: list[_Dated]) -> View:
        return View(events, array("l", (d.position for d in dated)))
    for year in timeline_groups([_Dated(e.date, i) for i, e in enumerate(events)]):
        year_events = [e for g in year["groups"] for e in g["events"]]
        slug = year["id"][2:]
        if len(year_events) <= size:
            periods.append({"path": f"years/{slug}.md", "label": year["label"], "events": view(year_events),
                            "year": year["label"], "month": None})
            continue
        coarse = [e for g in year["groups"] if not g["label"] for e in g["events"]]
        if coarse:
            periods.append({"path": f"years/{slug}.md", "label": f"{year['label']} (year only)",
                            "events": view(coarse), "year": year["label"], "month": None})
        for g in year["groups"]:
            if g["label"]:
                periods.append({"path": f"years/{g['id'][2:]}.md", "label": g["label"], "events": view(g["events"]),
                                "year": year["label"], "month": g["label"].split()[0][:3]})
    return periods


class _Dated(NamedTuple):
    """What timeline_groups reads of an event (its date), and where the event is."""
    date: str
    position: int


def _check_id(ident: str) -> None:
    if _BAD_ID.search(ident):
        raise BuildError(None, f"the id {ident!r} cannot be used as a page name (no '/', '\\', leading '.')")


def source_pages(count: int, size: int | None = None) -> list[dict]:
    """The pages of the list of sources, {"path", "href", "label", "start", "end"}: one when all fit on it (at
    most `size` a page, by default SOURCE_PAGE_SIZE)."""
    size = size or SOURCE_PAGE_SIZE
    pages = []
    for i, start in enumerate(range(0, max(count, 1), size)):
        end = min(count, start + size)
        path = "sources.md" if i == 0 else f"sources-{i + 1}.md"
        pages.append({"path": path, "href": path[:-3] + ".html", "label": f"{start + 1}\u2013{end}", "start": start,
                      "end": end})
    return pages


def jump_links(periods: list[dict], prefix: str) -> list[dict]:
    """The timeline's pages as one row per year: the year's own page, if any, then its months' pages."""
    rows: list[dict] = []
    for p in periods:
        if not rows or rows[-1]["label"] != p["year"]:
            rows.append({"label": p["year"], "href": None, "n": None, "months": []})
        href = f"{prefix}{p['path'][6:-3]}.html"
        if p["month"]:
            rows[-1]["months"].append({"label": p["month"], "title": p["label"], "href": href,
                                       "n": len(p["events"])})
        else:
            rows[-1].update(href=href, n=len(p["events"]))
    return rows


def recent_periods(periods: list[dict], size: int = PAGE_SIZE) -> list[dict]:
    """The latest dated pages that fit on the home page together (at least one)."""
    dated = [p for p in periods if p["path"] != "years/undated.md"] or periods
    out: list[dict] = []
    for p in reversed(dated):
        if out and sum(len(q["events"]) for q in out) + len(p["events"]) > size:
            break
        out.insert(0, p)
    return out


def filter_options(events: list[Event], sources: dict[str, Source]) -> dict[str, list[tuple[str, str]]]:
    """The choices of the timeline's filters, (value, label) sorted by label: outlets, sources and tags."""
    outlets, srcs, tags = {}, {}, {}
    for event in events:
        for name in event_outlets(event, sources):
            outlets[name] = name
        for sid in event.sources:
            if sid in sources:
                srcs[sid] = source_name(sources[sid])
        for tag in getattr(event, "tags", ()):
            tags[tag] = tag
    return {k: sorted(v.items(), key=lambda kv: (kv[1].casefold(), kv[0]))
            for k, v in (("outlet", outlets), ("source", srcs), ("tag", tags))}


def event_outlets(event: Event, sources: dict[str, Source]) -> tuple[str, ...]:
    """The distinct outlets reporting an event; a source without an outlet counts as its own."""
    if getattr(event, "outlets", ()):
        return tuple(event.outlets)
    return tuple(dict.fromkeys(sources[s].outlet or sources[s].title or s for s in event.sources if s in sources))


def related_events(events: list[Event], limit: int = RELATED_LIMIT) -> dict[str, dict[str, list]]:
    """For each event, others on the same day (or with the same coarser date) and others sharing its sources,
    most shared first: {"same_day": [event], "shared": [(event, [source ids])]}."""
    related = _Related(events)
    return {e.id: related.of(e, i, limit) for i, e in enumerate(events)}


class _Related:
    """The events on each day and of each source (as positions in `events`, which are in date order), to find
    one event's related events when its page is made; only those shown are read."""

    def __init__(self, events: Sequence[Event], by_source: dict[str, array] | None = None):
        self.events = events
        self.by_day: dict[str, array] = {}
        self.by_source: dict[str, array] = {} if by_source is None else by_source
        for i, e in enumerate(events):
            _add(self.by_day, dates.day_of(e.date) or e.date, i)
            if by_source is None:
                for s in e.sources:
                    _add(self.by_source, s, i)

    def of(self, e: Event, i: int, limit: int = RELATED_LIMIT) -> dict[str, list]:
        """One event's entry of related_events; i is its position."""
        same, more_same, shared, more_shared = self.positions(e, i, limit)
        return {"same_day": list(View(self.events, same)), "more_same_day": more_same,
                "shared": [(self.events[j], ids) for j, ids in shared], "more_shared": more_shared}

    def positions(self, e: Event, i: int, limit: int = RELATED_LIMIT) -> tuple[list[int], int, list, int]:
        """What `of` gives, as positions in `events`: (same day, how many more, [(sharing sources, the source
        ids shared)], how many more). Others sharing most sources come first, then the earlier (events are in
        date order)."""
        same = [j for j in self.by_day[dates.day_of(e.date) or e.date] if j != i]
        not_same = set(same)
        shared: dict[int, list[str]] = {}
        for s in e.sources:
            for j in self.by_source.get(s, ()):
                if j != i and j not in not_same:
                    shared.setdefault(j, []).append(s)
        ranked = sorted(shared, key=lambda j: (-len(shared[j]), j))
        return (same[:limit], max(0, len(same) - limit), [(j, shared[j]) for j in ranked[:limit]],
                max(0, len(ranked) - limit))


class _Watched(Mapping):
    """The sources as a page's template reads them while the page is made for Pages.inputs: a read of a source
    outside `allowed`, or of them all, marks the page as made from more than its digest covers (`strayed`)."""

    def __init__(self, sources: Mapping[str, Source], allowed: set[str]):
        self.sources, self.allowed, self.strayed = sources, allowed, False

    def __getitem__(self, key: str) -> Source:
        if key not in self.allowed:
            self.strayed = True
        return self.sources[key]

    def __contains__(self, key: object) -> bool:
        if key not in self.allowed:
            self.strayed = True
        return key in self.sources

    def __iter__(self):
        self.strayed = True
        return iter(self.sources)

    def __len__(self) -> int:
        self.strayed = True
        return len(self.sources)


class _WatchedCorpus:
    """The corpus as a page's template reads it while the page is made for Pages.inputs: any read of it marks
    the page as made from more than its digest covers."""

    def __init__(self, corpus: Corpus, watch: _Watched):
        self._corpus, self._watch = corpus, watch

    def __getattr__(self, name: str):
        self._watch.strayed = True
        return getattr(self._corpus, name)


class _WatchedEvent:
    """Another event as a page's template reads it while the page is made for Pages.inputs: a read of anything
    but its summary (model.SUMMARY) marks the page as made from more than its digest covers."""

    __slots__ = ("_event", "_watch")

    def __init__(self, event: Event, watch: _Watched):
        self._event, self._watch = event, watch

    def __getattr__(self, name: str):
        if name not in SUMMARY:
            self._watch.strayed = True
        return getattr(self._event, name)


class _Counted(Sequence):
    """Another period's events as a page's template reads them while the page is made for Pages.inputs: how many
    there are is in its digest, a read of any of them marks the page as made from more than that."""

    def __init__(self, events: Sequence[Event], watch: _Watched):
        self._events, self._watch = events, watch

    def __len__(self) -> int:
        return len(self._events)

    def __getitem__(self, i):
        self._watch.strayed = True
        return self._events[i]


def templates_digest(env: jinja2.Environment) -> bytes:
    """A digest of every file a page's template may load: each template folder's files, by name and content."""
    parts = []
    for loader in getattr(env.loader, "loaders", [env.loader]):
        for folder in getattr(loader, "searchpath", ()):
            for path in sorted(Path(folder).rglob("*")):
                if path.is_file():
                    try:
                        parts.append(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
                    except OSError:
                        parts.append(b"\0unreadable\0" + str(path).encode())
            parts.append(b"\1" + str(folder).encode())
    return digest(b"\0".join(parts))


def merge_links(event: Event, sources: dict[str, Source]) -> list[dict]:
    """Why the event's mentions were merged, from event.links when the pipeline provides them."""
    by_id = {m.id: m for m in event.mentions}
    out = []
    for link in getattr(event, "links", ()) or ():
        a, b = by_id.get(getattr(link, "a", None)), by_id.get(getattr(link, "b", None))
        out.append({"a": a, "b": b, "score": getattr(link, "score", None),
                    "shared": tuple(getattr(link, "shared", ()) or ()), "reason": getattr(link, "reason", "")})
    return out


def _has_exports() -> bool:
    """Whether the pipeline writes the downloadable exports into the site (timeline.export.write_exports)."""
    from timeline import export

    return hasattr(export, "write_exports")


def environment(templates_dirs: list[Path]) -> jinja2.Environment:
    """A Jinja2 environment over the given template dirs, then the built-in ones; autoescape always on."""
    dirs = list(dict.fromkeys(Path(d).resolve() for d in [*templates_dirs, BUILTIN_TEMPLATES]))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(d)) for d in dirs]),
        autoescape=True,  # forced: select_autoescape would not recognise the .md.j2 names
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(describe=dates.describe, short=dates.short,
                       datetime=datetime_attr, safe_url=safe_url, urlid=lambda ident: quote(ident, safe=""),
                       quote_html=quote_html, explain=explain, source_name=source_name,
                       precision=dates.precision, tojson=_tojson, outlets_of=event_outlets,
                       day=dates.day_of)
    return env


def timeline_groups(events: list[Event]) -> list[dict]:
    """Events (already in date order) grouped by year, then month; coarser-than-month events get no month."""
    years: list[dict] = []
    for event in events:
        p = dates.parse(event.date)
        if p is None:
            year, month = "Undated", None
        elif p.precision in ("century", "decade"):
            year, month = dates.describe(event.date), None
        elif p.precision in ("week", "weekend"):
            # A week sits under the month its Monday falls in (ISO week years differ from calendar years).
            start = dates.start_date(event.date)
            p = dates.Parsed("week", start.year, start.month)
            year, month = str(start.year), f"{dates.MONTH_NAMES[start.month - 1]} {start.year}"
        else:
            year = str(p.year)
            month = f"{dates.MONTH_NAMES[p.month - 1]} {p.year}" if p.precision in ("month", "day", "time") else None
        if not years or years[-1]["label"] != year:
            years.append({"label": year, "id": "y-" + _slug(year), "groups": []})
        groups = years[-1]["groups"]
        if not groups or groups[-1]["label"] != month:
            groups.append({"label": month, "id": f"m-{p.year}-{p.month:02d}" if month else None, "events": []})
        groups[-1]["events"].append(event)
    return years


def source_text_html(source: Source, timexes: list[Timex], boilerplate: list, event_of: dict[str, str]) -> Markup:
    """The source's full text as <p> paragraphs, with <mark> on expressions and <del> on boilerplate, by offsets;
    a Markdown source without the markup a reader does not see (see markup_spans)."""
    text = source.text
    timexes = sorted((t for t in timexes if 0 <= t.start < t.end <= len(text)), key=lambda t: (t.start, -t.end))
    boilerplate = [b for b in boilerplate if 0 <= b.start < b.end <= len(text)]
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    markup = markup_spans(text, timexes) if source.format == "md" else []
    cuts = sorted({0, len(text), *(x for s in [*breaks, *((t.start, t.end) for t in timexes),
                                               *((b.start, b.end) for b in boilerplate),
                                               *((s, e) for s, e, _ in markup)] for x in s)})
    shown = {s: (e, shown_as) for s, e, shown_as in markup}
    hidden_until = -1
    out: list[str] = []
    state: list = [False, None, None]  # paragraph open, boilerplate, timex: outermost first
    marked: set[int] = set()

    def close(level: int) -> None:
        for i in (2, 1, 0):
            if i >= level and state[i]:
                out.append(("</p>\n", "</del>", "</a></mark>" if _href(state[2]) else "</mark>")[i])
                state[i] = None if i else False

    def _href(t: Timex | None) -> str | None:
        event = t and t.is_dated and event_of.get(f"{source.id}:{t.start}")
        return f"../events/{quote(event, safe='')}.html" if event else None

    for a, b in zip(cuts, cuts[1:]):
        in_break = any(s <= a and b <= e for s, e in breaks)
        want = [not in_break,
                None if in_break else next((x for x in boilerplate if x.start <= a and b <= x.end), None),
                None if in_break else next((t for t in timexes if t.start <= a and b <= t.end), None)]
        changed = next((i for i in range(3) if want[i] != state[i]), 3)
        close(changed)
        if want[0] and not state[0]:
            out.append("<p>")
            state[0] = True
        if want[1] and not state[1]:
            out.append(f'<del class="tl-boilerplate" title="{escape(want[1].reason)}">')
            state[1] = want[1]
        if want[2] and not state[2]:
            t = want[2]
            # A mark cut by a boilerplate edge is reopened; only its first part carries the anchor id.
            ident = "" if t.start in marked else f' id="t-{t.start}"'
            marked.add(t.start)
            href = _href(t)
            # The title is the accessible description and the hover tooltip; CSS shows it on keyboard focus too,
            # so an expression without a link is made focusable itself.
            focus = "" if href else ' tabindex="0"'
            out.append(f'<mark class="tl-timex{" tl-dated" if t.is_dated else ""}"{ident}{focus} '
                       f'title="{escape(timex_label(t))}">' + (f'<a href="{href}">' if href else ""))
            state[2] = t
        if a in shown:
            hidden_until, shown_as = shown[a]
            if not in_break and shown_as:
                out.append(str(escape(shown_as)))
        if not in_break and a >= hidden_until:
            out.append(_LINE_BREAK.sub("<br>", str(escape(text[a:b]))))
    close(0)
    return Markup("".join(out))


def markup_spans(text: str, timexes: list[Timex] = ()) -> list[tuple[int, int, str]]:
    """(start, end, shown instead) of Markdown's markup in a source's text, which its page shows without: a
    heading's #s and a quotation's >, a table's bars and rule (a bar between cells is a dash), a list's marker (a
    bullet), and the markers of bold and italic type, a link's brackets and address (its words stay) and HTML's
    inline tags (the tagger's inline_markup, which reads the text without them). The text keeps every
    character at its offset; the page only leaves these out. Markup that overlaps an expression (`timexes`, in order
    of their starts) is shown as it is."""
    found = []
    for pattern, shown_as in _SOURCE_MARKUP:
        for m in pattern.finditer(text):
            if m.lastindex:  # bold type, a link: the markers around the words, not the words
                found += [(m.start(), m.start(m.lastindex), shown_as), (m.end(m.lastindex), m.end(), shown_as)]
            else:
                found.append((m.start(), m.end(), shown_as))
    found += [(s, e, "") for s, e in inline_markup(text)]  # emphasis, links, HTML's inline tags
    for row in _TABLE_ROW.finditer(text):  # a row's bars: none at its edges, a dash between cells
        found += [(b.start(), b.end(), "" if b.start() == row.start() or b.end() == row.end() else " – ")
                  for b in _TABLE_BAR.finditer(text, row.start(), row.end())]
    # whether a span overlaps an expression: the latest end of the expressions that start before the span ends
    starts, ends = [t.start for t in timexes], list(itertools.accumulate((t.end for t in timexes), max))
    out, end = [], -1
    for s, e, shown_as in sorted(found, key=lambda f: (f[0], -f[1])):  # (the longest of those at one place)
        k = bisect.bisect_left(starts, e)
        if s >= end and e > s and not (k and ends[k - 1] > s):
            out.append((s, e, shown_as))
            end = e
    return out


def timex_label(t: Timex) -> str:
    """Type and value of an expression, with the value in words: 'DATE 2021-12-30: Thursday 30 December 2021'."""
    label = f"{t.type} {t.value}" + (f" {t.mod}" if t.mod else "")
    words = dates.describe(t.value, t.mod)
    return label if words == t.value else f"{label}: {words}"


def quote_html(mention: Mention, source: Source | None = None) -> Markup:
    """The mention's sentence, escaped, with its temporal expression in <mark>. (The sentence is the source's
    text between the mention's sentence offsets, which is why the source, once needed, no longer is.)"""
    text, s = mention.sentence, mention.sentence_start
    ts, te = max(0, mention.timex.start - s), min(len(text), mention.timex.end - s)
    whole = mention.sentence_end - s == len(text)
    if markers := [(a, b) for a, b in inline_markup(text) if b <= ts or a >= te or ts <= a and b <= te]:
        # emphasis, links' brackets and targets, HTML's inline tags: left out, and the expression's place with them
        kept, at = [], 0
        before = sum(b - a for a, b in markers if b <= ts)
        inside = sum(b - a for a, b in markers if ts <= a and b <= te)
        for a, b in markers:
            kept.append(text[at:a])
            at = b
        text, ts, te = "".join(kept) + text[at:], ts - before, te - before - inside
    if ts >= te or not whole:
        return _inline(_words(text, True, True))
    before, after = text[:ts], text[te:]
    return Markup("%s<mark>%s</mark>%s") % (_inline(_words(before, True, False)),
                                            _inline(_words(text[ts:te], False, False)),
                                            _inline(_words(after, False, True)))


def quoted_text(mention: Mention) -> str:
    """The mention's sentence as plain text, as quote_html shows it: without the markup a reader does not see."""
    return html.unescape(_TAGS.sub("", str(quote_html(mention))))


_TAGS = re.compile(r"</?mark>")


# A sentence of a Markdown source is quoted without the markup around its words, which the reader does not see:
# a list's marker, a heading's #s, a quotation's > or a table's bar before it, bold type, links, a table's bars
# ("- **March 10** – Regulators close the bank", "| May 1 | A sale is announced |"). The text is kept as written
# (offsets count in it); only the quotation shown drops them.
_MARKUP_LEAD = re.compile(r"^\s*(?:(?:#{1,6}|[-*+•]|\d{1,3}[.)]|>|\|)[ \t]+)+")
_MARKUP_BOLD = re.compile(r"\*\*|__")
_MARKUP_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]+\)")
_MARKUP_BARS = re.compile(r"[ \t]+\|[ \t]+")
_MARKUP_TAIL = re.compile(r"[ \t]*\|\s*$")
# Markdown's markup as a source's page leaves it out (see markup_spans), and what it shows instead
_SOURCE_MARKUP = (
    (re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?(?:\r?\n|$)", re.M), ""),  # a table's rule
    (re.compile(r"^[ \t]*(?:#{1,6}|>)[ \t]+", re.M), ""),  # a heading's #s, a quotation's >
    (re.compile(r"^[ \t]*[-*+][ \t]+(?=\S)(?![-*_ \t]*$)", re.M), "• "),  # a list's marker (not a rule: "* * *")
)  # (and emphasis, links and inline tags: the tagger's inline_markup)
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_TABLE_BAR = re.compile(r"[ \t]*\|[ \t]*")


def _words(piece: str, first: bool, last: bool) -> str:
    """A piece of a quoted sentence without Markdown's markup (see _MARKUP_LEAD); `first` and `last`: whether it
    starts or ends the sentence."""
    if first:
        piece = _MARKUP_LEAD.sub("", piece)
    piece = _MARKUP_BARS.sub(" – ", _MARKUP_LINK.sub(r"\1", _MARKUP_BOLD.sub("", piece)))
    return _MARKUP_TAIL.sub("", piece) if last else piece


def explain(timex: Timex) -> str:
    """How a value was worked out: '"Thursday" (rule weekday), relative to 29 Dec 2021 (...), future tense'."""
    parts = [f"“{_WHITESPACE.sub(' ', timex.text)}”" + (f" (rule {timex.rule})" if timex.rule else "")]
    if timex.anchor:
        kind = ANCHOR_KINDS.get(timex.anchor_kind or "", timex.anchor_kind)
        parts.append(f"relative to {dates.short(timex.anchor)}" + (f" ({kind})" if kind else ""))
    else:
        parts.append("a date as written")
    if timex.tense:
        parts.append(f"{timex.tense} tense")
    return ", ".join(parts)


def source_name(source: Source) -> str:
    """How a source is named in lists: its outlet and title, or its title alone."""
    return f"{source.outlet}: {source.title}" if source.outlet else source.title


def safe_url(url: str | None) -> str | None:
    """The url if it is a plain http(s) address fit for an href, else None (shown as text instead)."""
    if not url or any(c.isspace() or unicodedata.category(c) == "Cc" for c in url):
        return None
    parts = urlsplit(url)
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def datetime_attr(value: str) -> str | None:
    """A value for <time datetime>, only when the value names a full date (and a time, if it has one)."""
    p = dates.parse(value)
    if p is None or p.precision not in ("day", "time"):
        return None
    if p.hour is not None and p.zone is None:
        return f"{value[:10]}T{p.hour:02d}:{p.minute:02d}"
    return value[:10]


def _page(title: str, body: str, search: bool = True) -> str:
    """Front matter + body. Material inserts page.meta.title as HTML, so the title is escaped here. Pages that
    only repeat other pages (the timeline, the graph) are kept out of the search index, so a search finds
    each event once, on its own page."""
    title = "".join(c for c in _WHITESPACE.sub(" ", title).strip() if not unicodedata.category(c).startswith("C"))
    body = _BLANK_LINES.sub("", body.strip())
    meta = "" if search else "search:\n  exclude: true\n"
    return f"---\ntitle: {json.dumps(str(escape(title)), ensure_ascii=False)}\n{meta}---\n{body}\n"


def _tojson(value) -> str:
    """Compact JSON for a data- attribute (autoescaping then makes it safe inside the quotes)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _markdown(text: str | None) -> Markup | None:
    return Markup(markdown.markdown(text, extensions=["extra", "sane_lists"])) if text else None


def _inline(text: str) -> Markup:
    return escape(_WHITESPACE.sub(" ", text))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
