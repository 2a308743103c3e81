"""Editors' corrections: content/events/*.md, front matter keyed by an event id, body as the description.

    ---
    id: 2021-12-30-call-biden-putin
    title: Biden and Putin speak by phone       # replaces the title
    date: 2021-12-30                            # a TimeML value: 2021-12-30, 2021-12, 2014
    hide: false                                 # true removes the event from the site and the exports
    merge: [2021-12-30-talk-setting-stage]      # events that are really this one
    split:                                      # mentions that are really another event
      - {source: 003_9b250bf8fdcec7e7, text: "CNN quoted"}
    tags: [diplomacy, us-russia]
    sources:                                    # citations beyond the articles in content/
      - {title: White House readout, url: "https://www.whitehouse.gov/..."}
    ---
    Markdown that replaces the event's summary.

With `new: true` (and a `date` and `title`) the file adds an event of its own. Every problem is reported with
its file and line, all at once; an override that cannot apply stops a build, because publishing the event
uncorrected would silently undo an editor's work.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import difflib
from pathlib import Path
from typing import Iterable, Sequence

from . import dates
from .graph import event_key
from .spill import Spilled, arrange
from .errors import (E_OVERRIDE_BAD_DATE, E_OVERRIDE_NO_ID, E_OVERRIDE_UNKNOWN_ID, E_OVERRIDE_UNKNOWN_KEY,
                     TimelineError)
from .model import Citation, Event, Link, Override, Problem, Split
from .readers.decode import read_text
from .readers.frontmatter import field_line, split_front_matter

OVERRIDE_KEYS = ("id", "title", "date", "hide", "merge", "split", "tags", "sources", "new")


class _Reader:
    """Collects the problems of one file while converting its front matter."""

    def __init__(self, rel: str, raw: str):
        self.rel, self.raw, self.problems = rel, raw, []

    def line(self, key: str) -> int | None:
        return field_line(self.raw, key)

    def problem(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.rel, message, self.line(key) or 1))

    def strings(self, meta: dict, key: str) -> tuple[str, ...]:
        value = meta.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
            self.problem(key, f"'{key}' must be a list of names, found {value!r}")
            return ()
        return tuple(str(v).strip() for v in value if str(v).strip())

    def splits(self, meta: dict) -> tuple[Split, ...]:
        value = meta.get("split") or []
        ok = isinstance(value, list) and all(isinstance(v, dict) and isinstance(v.get("source"), str)
                                             and isinstance(v.get("text"), str) for v in value)
        if not ok:
            self.problem("split", "'split' must be a list of {source: <source id>, text: <words of the mention>}, "
                                  f"found {value!r}")
            return ()
        return tuple(Split(v["source"], v["text"]) for v in value)

    def citations(self, meta: dict) -> tuple[Citation, ...]:
        value = meta.get("sources") or []
        out = []
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str):
                out.append(Citation(title=v, url=v if v.startswith(("http://", "https://")) else None))
            elif isinstance(v, dict) and isinstance(v.get("title") or v.get("url"), str):
                out.append(Citation(title=str(v.get("title") or v["url"]), url=v.get("url"), outlet=v.get("outlet")))
            else:
                self.problem("sources", f"each of 'sources' must be a title, a URL or {{title, url, outlet}}, found {v!r}")
        return tuple(out)


def read_override(path: Path, root: Path) -> tuple[Override | None, list[Problem]]:
    """One override file: the Override, or None and the problems that make it unusable."""
    rel = path.relative_to(root).as_posix()
    try:
        raw, _ = read_text(path, rel)
        meta, body, _ = split_front_matter(raw, rel)
    except TimelineError as e:
        return None, [Problem(rel, e.message, e.line)]
    r = _Reader(rel, raw)
    for k in meta:
        if k not in OVERRIDE_KEYS:
            r.problem(str(k), E_OVERRIDE_UNKNOWN_KEY.format(key=k, expected=", ".join(OVERRIDE_KEYS)))
    event_id = meta.get("id")
    if not isinstance(event_id, str) or not event_id.strip():
        r.problems.append(Problem(rel, E_OVERRIDE_NO_ID, r.line("id") or 1))
    date = meta.get("date")
    if date is not None:
        date = date.isoformat()[:10] if isinstance(date, (dt.date, dt.datetime)) else str(date)
        if dates.parse(date) is None:
            r.problem("date", E_OVERRIDE_BAD_DATE.format(found=meta.get("date")))
    title = meta.get("title")
    if title is not None and not isinstance(title, str):
        r.problem("title", f"'title' must be text, found {title!r}")
    for flag in ("hide", "new"):
        if not isinstance(meta.get(flag, False), bool):
            r.problem(flag, f"'{flag}' must be true or false, found {meta[flag]!r}")
    new = meta.get("new") is True
    if new and (date is None or not title):
        r.problem("new", "a new event needs a 'date' and a 'title'")
    merge, tags, split, citations = r.strings(meta, "merge"), r.strings(meta, "tags"), r.splits(meta), r.citations(meta)
    if r.problems:
        return None, r.problems
    return Override(path=rel, id=event_id.strip(), title=title, date=date, hide=meta.get("hide", False),
                    description=body.strip() or None, line=r.line("id") or 1, merge=merge, split=split, tags=tags,
                    citations=citations, new=new,
                    lines=tuple((k, r.line(k) or 1) for k in ("merge", "split", "id"))), []


def read_overrides(content_dir: Path) -> tuple[list[Override], list[Problem]]:
    """Every override under content/events/, in path order, and every problem found in them."""
    folder = content_dir / "events"
    overrides, problems = [], []
    if not folder.is_dir():
        return overrides, problems
    for path in sorted(folder.rglob("*.md")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        o, ps = read_override(path, content_dir)
        problems += ps
        if o:
            overrides.append(o)
    return overrides, problems


class _Events:
    """The events by id while overrides apply, with earlier ids resolving to their successors. `by_id` holds
    an event's position in `events` until an override changes it, then the changed event (events may be on
    disk: see spill.Spilled)."""

    def __init__(self, events: Sequence[Event], aliases: dict[str, str], vanished: set[str]):
        self.events = events
        self.by_id: dict[str, int | Event] = {e.id: i for i, e in enumerate(events)}
        self.aliases = dict(aliases)
        self.vanished = vanished
        self.problems: list[Problem] = []

    def get(self, eid: str) -> Event:
        found = self.by_id[eid]
        return self.events[found] if isinstance(found, int) else found

    def resolve(self, eid: str, o: Override, key: str = "id") -> Event | None:
        """The event an override names, or None with a problem saying why it cannot be found."""
        line = dict(o.lines).get(key, o.line)
        if eid in self.by_id:
            return self.get(eid)
        if eid in self.aliases and self.aliases[eid] in self.by_id:
            new = self.aliases[eid]
            self.problems.append(Problem(o.path, f"the event '{eid}' is now '{new}' (its articles changed); the "
                                                 f"override applies to it: update the id", line, "warning"))
            return self.get(new)
        if eid in self.vanished:
            self.problems.append(Problem(o.path, f"the event '{eid}' vanished after the articles changed: none of its "
                                                 "mentions remain", line))
            return None
        close = difflib.get_close_matches(eid, list(self.by_id), n=3, cutoff=0.5)
        hint = f" (did you mean: {', '.join(close)}?)" if close else ""
        self.problems.append(Problem(o.path, E_OVERRIDE_UNKNOWN_ID.format(id=eid, suggestion=hint), line))
        return None

    def put(self, event: Event, old_id: str | None = None) -> None:
        if old_id and old_id != event.id:
            self.by_id.pop(old_id, None)
        self.by_id[event.id] = event


def apply_overrides(events: Sequence[Event], overrides: list[Override], split_event=None, aliases=None,
                    vanished=None, finish=None) -> tuple[Sequence[Event], list[Problem]]:
    """Events (in date order: graph.event_key) with the editors' corrections applied, still in date order.

    split_event(mentions, taken_ids) makes an event of mentions moved out by `split`; aliases maps earlier ids
    to current ones, and vanished holds earlier ids whose mentions are all gone (both from the previous build).
    A list of events gives a new list; a spill.Spilled is corrected in place. finish(event), if given, is
    applied to each event an override changed or added.
    """
    if not overrides:
        return events, []
    if not isinstance(events, Spilled):
        events = list(events)
    state = _Events(events, aliases or {}, set(vanished or ()))
    for o in (o for o in overrides if o.new):
        if o.id in state.by_id:
            state.problems.append(Problem(o.path, f"a new event cannot take the id '{o.id}': an event has it already", o.line))
            continue
        state.put(Event(id=o.id, date=o.date, mod=None, title=o.title, mentions=(), description=o.description,
                        hidden=o.hide, date_from=o.path, title_from=o.path, tags=o.tags, citations=o.citations,
                        manual=True))
    for o in (o for o in overrides if not o.new):
        event = state.resolve(o.id, o)
        if event is None:
            continue
        old_id = event.id
        event = _merge(state, event, o)
        event = _split(state, event, o, split_event)
        changes = {"hidden": o.hide or event.hidden, "tags": tuple(dict.fromkeys(event.tags + o.tags)),
                   "citations": event.citations + o.citations}
        if o.title:
            changes.update(title=o.title, title_from=o.path)
        if o.date:
            changes.update(date=o.date, mod=None, date_from=o.path)
        if o.description:
            changes["description"] = o.description
        state.put(dataclasses.replace(event, **changes), old_id)
    return _in_order(events, state.by_id.values(), finish), state.problems


def _in_order(events: Sequence[Event], found: Iterable[int | Event], finish=None) -> Sequence[Event]:
    """The events left (a position in events, for one unchanged; else the changed event) in date order: the
    changed ones, added to events, are placed among the unchanged ones (which are in order) by binary search,
    so no more than a few of them are read."""
    unchanged, changed = [], []
    for x in found:
        if isinstance(x, int):
            unchanged.append(x)
        else:
            changed.append(finish(x) if finish else x)
    unchanged.sort()
    changed.sort(key=event_key)
    order: list[int] = []
    start = 0
    for e in changed:
        at = bisect.bisect_left(unchanged, event_key(e), lo=start, key=lambda i: event_key(events[i]))
        order += unchanged[start:at]
        start = at
        order.append(len(events))
        events.append(e)
    order += unchanged[start:]
    return arrange(events, order)


def _merge(state: _Events, event: Event, o: Override) -> Event:
    """Fold the events an override lists under `merge` into `event`; their ids become aliases."""
    for other_id in o.merge:
        other = state.resolve(other_id, o, "merge")
        if other is None or other.id == event.id:
            continue
        link = (Link(event.mentions[0].id, other.mentions[0].id, 1.0, (), f"merged by an editor in {o.path}"),) \
            if event.mentions and other.mentions else ()
        event = dataclasses.replace(event, mentions=event.mentions + other.mentions,
                                    links=event.links + other.links + link,
                                    aliases=tuple(dict.fromkeys(event.aliases + (other.id,) + other.aliases)),
                                    tags=tuple(dict.fromkeys(event.tags + other.tags)))
        state.by_id.pop(other.id, None)
        state.aliases[other.id] = event.id
    return event


def _split(state: _Events, event: Event, o: Override, split_event) -> Event:
    """Move the mentions an override lists under `split` out of `event` into an event of their own."""
    moved = []
    for s in o.split:
        hits = [m for m in event.mentions if m.source == s.source and (s.text in m.sentence or s.text == m.timex.text)]
        if not hits:
            state.problems.append(Problem(o.path, f"no mention of this event in source '{s.source}' contains "
                                                  f"{s.text!r}", dict(o.lines).get("split", o.line)))
        moved += [m for m in hits if m not in moved]
    if not moved or split_event is None:
        return event
    if len(moved) == len(event.mentions):
        state.problems.append(Problem(o.path, "'split' would move every mention out of the event",
                                      dict(o.lines).get("split", o.line)))
        return event
    kept = tuple(m for m in event.mentions if m not in moved)
    new = split_event(moved, set(state.by_id))
    state.put(dataclasses.replace(new, links=tuple(dataclasses.replace(link, reason=f"split out by an editor in {o.path}")
                                                   for link in new.links)))
    kept_ids = {m.id for m in kept}
    return dataclasses.replace(event, mentions=kept, links=tuple(x for x in event.links if x.a in kept_ids and x.b in kept_ids))
