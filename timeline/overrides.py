"""Editors' corrections: content/events/*.md, front matter keyed by an event id, body as the description.

    ---
    id: 2021-12-30-biden-call-putin
    title: Biden and Putin speak by phone
    date: 2021-12-30        # a TimeML value: 2021-12-30, 2021-12, 2014
    hide: false
    ---
    Markdown that replaces the event's summary.

Every problem is reported with its file and line, all at once; an override that cannot apply stops a build
(publishing the uncorrected event would silently undo an editor's work).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
from pathlib import Path

from . import dates
from .errors import (E_OVERRIDE_BAD_DATE, E_OVERRIDE_NO_ID, E_OVERRIDE_UNKNOWN_ID, E_OVERRIDE_UNKNOWN_KEY,
                     TimelineError)
from .model import Event, Override, Problem
from .readers.decode import read_text
from .readers.frontmatter import field_line, split_front_matter

OVERRIDE_KEYS = ("id", "title", "date", "hide")


def read_override(path: Path, root: Path) -> tuple[Override | None, list[Problem]]:
    """One override file: the Override, or None and the problems that make it unusable."""
    rel = path.relative_to(root).as_posix()
    try:
        raw, _ = read_text(path, rel)
        meta, body, _ = split_front_matter(raw, rel)
    except TimelineError as e:
        return None, [Problem(rel, e.message, e.line)]
    problems = [Problem(rel, E_OVERRIDE_UNKNOWN_KEY.format(key=k, expected=", ".join(OVERRIDE_KEYS)), field_line(raw, str(k)))
                for k in meta if k not in OVERRIDE_KEYS]
    event_id = meta.get("id")
    if not isinstance(event_id, str) or not event_id.strip():
        problems.append(Problem(rel, E_OVERRIDE_NO_ID, field_line(raw, "id") or 1))
    date = meta.get("date")
    if date is not None:
        date = date.isoformat()[:10] if isinstance(date, (dt.date, dt.datetime)) else str(date)
        if dates.parse(date) is None:
            problems.append(Problem(rel, E_OVERRIDE_BAD_DATE.format(found=meta.get("date")), field_line(raw, "date")))
    title = meta.get("title")
    if title is not None and not isinstance(title, str):
        problems.append(Problem(rel, f"'title' must be text, found {title!r}", field_line(raw, "title")))
    hide = meta.get("hide", False)
    if not isinstance(hide, bool):
        problems.append(Problem(rel, f"'hide' must be true or false, found {hide!r}", field_line(raw, "hide")))
    if problems:
        return None, problems
    return Override(path=rel, id=event_id.strip(), title=title, date=date, hide=hide,
                    description=body.strip() or None, line=field_line(raw, "id") or 1), []


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


def apply_overrides(events: list[Event], overrides: list[Override]) -> tuple[list[Event], list[Problem]]:
    """Events with the editors' corrections applied, re-sorted by date; unknown ids are problems."""
    by_id = {e.id: e for e in events}
    problems = []
    for o in overrides:
        event = by_id.get(o.id)
        if event is None:
            close = difflib.get_close_matches(o.id, list(by_id), n=3, cutoff=0.5)
            hint = f" (did you mean: {', '.join(close)}?)" if close else ""
            problems.append(Problem(o.path, E_OVERRIDE_UNKNOWN_ID.format(id=o.id, suggestion=hint), o.line))
            continue
        changes = {"hidden": o.hide or event.hidden}
        if o.title:
            changes.update(title=o.title, title_from=o.path)
        if o.date:
            changes.update(date=o.date, mod=None, date_from=o.path)
        if o.description:
            changes["description"] = o.description
        by_id[o.id] = dataclasses.replace(event, **changes)
    ordered = sorted(by_id.values(), key=lambda e: (dates.sort_key(e.date), e.id))
    return ordered, problems
