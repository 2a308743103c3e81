"""The graph page's drawing: events and the sources that report them, as a static SVG made at build time.

The layout is deterministic (same corpus, same bytes) and needs no script: events run down the right column in
date order under year labels; each source sits on the left at the height of the events it reports, and a
curve joins a source to each of its events. Text is escaped; positions are whole numbers.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

from timeline import dates, spill
from timeline.model import Event, Source

GRAPH_LIMIT = 150  # events drawn; a bigger corpus shows its most-reported events
SOURCE_LIMIT = 150  # sources drawn: those reporting most of the events drawn (a story told by thousands of
# articles would otherwise stack thousands of labels, megabytes of SVG no one can read)
ROW = 24
TOP = 20
SOURCE_X, EVENT_X, WIDTH = 230, 400, 760
SOURCE_CHARS, EVENT_CHARS = 32, 52


@dataclass(frozen=True)
class Drawing:
    svg: Markup
    events: int  # how many events it shows
    sources: int = 0  # how many sources it shows
    source_total: int = 0  # how many sources report the events it shows


def graph_svg(events: list[Event], sources: list[Source], limit: int = GRAPH_LIMIT,
              source_limit: int = SOURCE_LIMIT) -> Drawing:
    """The SVG of up to `limit` events (the most-reported ones, drawn in date order) and up to `source_limit`
    of their sources (those reporting most of them)."""
    # The most-reported, the earlier first among equals, then in the events' order; only these are held.
    top = heapq.nsmallest(limit, ((-len(e.sources), i, e) for i, e in enumerate(events)), key=lambda t: t[:2])
    shown = [e for _, _, e in sorted(top, key=lambda t: t[1])]
    by_id = spill.by_id(sources)
    parts: list[str] = []
    event_y: dict[str, int] = {}
    y, year = TOP, None
    for e in shown:
        start = dates.start_date(e.date)
        label = str(start.year) if start else "Undated"
        if label != year:
            year = label
            y += ROW // 2 if parts else 0
            parts.append(f'<text class="tl-g-year" x="{EVENT_X - 8}" y="{y + 5}">{escape(label)}</text>')
            y += ROW
        event_y[e.id] = y
        y += ROW
    height = y
    # Each source at the mean height of its events, then pushed down so labels never overlap.
    reported: dict[str, list[str]] = {}
    for e in shown:
        for s in e.sources:
            if s in by_id:
                reported.setdefault(s, []).append(e.id)
    kept = set(sorted(reported, key=lambda s: (-len(reported[s]), s))[:source_limit])
    wanted = sorted(kept, key=lambda s: (sum(event_y[i] for i in reported[s]) / len(reported[s]), s))
    source_y: dict[str, int] = {}
    last = TOP - ROW
    for s in wanted:
        last = source_y[s] = max(round(sum(event_y[i] for i in reported[s]) / len(reported[s])), last + ROW)
    height = max(height, last + ROW)
    edges = []
    for e in shown:
        for s in e.sources:
            if s in source_y:
                y1, y2 = source_y[s], event_y[e.id]
                mid = (SOURCE_X + EVENT_X) // 2
                edges.append(f'<path class="tl-g-edge" d="M{SOURCE_X} {y1}C{mid} {y1} {mid} {y2} {EVENT_X} {y2}"/>')
    nodes = []
    for s in wanted:
        src = by_id[s]
        name = src.outlet or src.title
        full = f"{src.outlet}: {src.title}" if src.outlet else src.title
        nodes.append(
            f'<a href="sources/{quote(s, safe="")}.html"><title>{escape(full)} ({len(reported[s])} events)</title>'
            f'<circle class="tl-g-source" cx="{SOURCE_X}" cy="{source_y[s]}" r="6"/>'
            f'<text class="tl-g-label" x="{SOURCE_X - 12}" y="{source_y[s] + 4}" text-anchor="end">'
            f'{escape(_cut(name, SOURCE_CHARS))}</text></a>')
    for e in shown:
        y = event_y[e.id]
        fine = dates.precision(e.date) in ("day", "time")
        r = 3 + min(len(e.sources), 6)
        kind = "tl-g-event" + ("" if fine else " tl-g-coarse")
        if getattr(e, "conflict", False):
            kind += " tl-g-conflict"
        text = f"{dates.short(e.date)} · {e.title}"
        nodes.append(
            f'<a href="events/{quote(e.id, safe="")}.html"><title>{escape(dates.describe(e.date, e.mod))}: '
            f'{escape(e.title)} ({len(e.sources)} sources)</title>'
            f'<circle class="{kind}" cx="{EVENT_X}" cy="{y}" r="{r}"/>'
            f'<text class="tl-g-label" x="{EVENT_X + 14}" y="{y + 4}">{escape(_cut(text, EVENT_CHARS))}</text></a>')
    svg = (f'<svg class="tl-graph" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'viewBox="0 0 {WIDTH} {height}" role="group" aria-labelledby="tl-graph-title">'
           f'<title id="tl-graph-title">Events (right, in date order) and the sources reporting them (left)</title>'
           f'<g class="tl-g-edges">{"".join(edges)}</g>{"".join(parts)}{"".join(nodes)}</svg>')
    return Drawing(Markup(svg), len(shown), len(wanted), len(reported))


def _cut(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
