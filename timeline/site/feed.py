"""The Atom feed of events: deterministic, so two builds of the same corpus give the same bytes.

Nothing here reads the clock: the feed is as new as the newest source (or event) it describes.
"""
from __future__ import annotations

import heapq
import re
from collections.abc import Mapping
from urllib.parse import quote

from timeline import dates, spill
from timeline.model import Event, Source

FEED_LIMIT = 100  # the latest events by date; a feed reader wants news, not the archive
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def atom(events: list[Event], sources: list[Source], site_name: str = "Timeline", site_url: str | None = None) -> str:
    """An Atom 1.0 document of the latest events, links relative to the site root (or absolute with site_url)."""
    by_id = spill.by_id(sources)  # read from disk as asked for, in a build
    latest = heapq.nlargest(FEED_LIMIT, events, key=lambda e: (dates.sort_key(e.date), e.id))  # only these held
    base = site_url.rstrip("/") + "/" if site_url else None
    newest = max((s.published for s in sources if s.published), default=None)
    stamps = [_stamp(e, by_id) for e in latest] + ([f"{newest}T00:00:00Z"] if newest else [])
    updated = max(stamps, default="1970-01-01T00:00:00Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom"' + (f' xml:base="{_x(base)}"' if base else "") + ">",
           f"<title>{_x(site_name)}: events</title>",
           f"<id>{_x(base + 'feed.xml') if base else 'urn:timeline:' + _x(quote(site_name))}</id>",
           f"<updated>{updated}</updated>",
           f"<author><name>{_x(site_name)}</name></author>",
           '<link rel="self" href="feed.xml"/>',
           '<link rel="alternate" type="text/html" href="index.html"/>']
    for e in latest:
        href = f"events/{quote(e.id, safe='')}.html"
        names = [by_id[s].outlet or by_id[s].title for s in e.sources if s in by_id]
        summary = f"{dates.describe(e.date, e.mod)}: {e.title}. Reported by {len(e.sources)} source" + (
            "s" if len(e.sources) != 1 else "") + (f": {'; '.join(names)}." if names else ".")
        out += ["<entry>",
                f"<title>{_x(dates.describe(e.date, e.mod))}: {_x(e.title)}</title>",
                f'<link rel="alternate" type="text/html" href="{_x(href)}"/>',
                f"<id>{_x(base + href) if base else 'urn:timeline:event:' + _x(quote(e.id, safe=''))}</id>",
                f"<updated>{_stamp(e, by_id)}</updated>",
                *(f'<category term="{_x(t)}"/>' for t in getattr(e, "tags", ())),
                f"<summary>{_x(summary)}</summary>",
                "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"


def _stamp(event: Event, by_id: Mapping[str, Source]) -> str:
    """When the event was last reported (its newest source), else the start of its own date."""
    published = [by_id[s].published for s in event.sources if s in by_id and by_id[s].published]
    if published:
        return f"{max(published)}T00:00:00Z"
    start = dates.start_date(event.date)
    return f"{start.isoformat()}T00:00:00Z" if start else "1970-01-01T00:00:00Z"


def _x(text: str) -> str:
    """Text escaped for XML content and attributes, without characters XML 1.0 forbids."""
    text = _NOT_XML.sub("", str(text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
