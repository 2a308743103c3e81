"""Exports of the gathered corpus: JSON, CSV, iCalendar, TimelineJS3 and GraphML.

Deterministic: two builds of the same inputs give the same bytes (no build time; where a format needs a
timestamp, SOURCE_DATE_EPOCH or the latest publication date stands in). Hidden events are not published.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from pathlib import Path

from . import dates
from .model import Corpus, Event, Source

FORMATS = {"json": "timeline.json", "csv": "events.csv", "ics": "events.ics", "timelinejs": "timelinejs.json",
           "graphml": "graph.graphml"}


def source_record(s: Source) -> dict:
    """A source's metadata as exported (not its text, which stays in content/)."""
    return {"id": s.id, "path": s.path, "title": s.title, "outlet": s.outlet, "url": s.url,
            "published": s.published, "published_from": s.published_from, "language": s.language}


def event_record(e: Event) -> dict:
    """An event with its date at real precision, its sources' versions and every mention behind it."""
    return {
        "id": e.id, "date": e.date, "mod": e.mod, "date_text": dates.describe(e.date, e.mod),
        "precision": dates.precision(e.date), "title": e.title, "description": e.description,
        "sources": list(e.sources), "outlets": list(e.outlets), "first_source": e.first_source,
        "conflict": e.conflict, "versions": {k: list(v) for k, v in e.versions.items()} if e.conflict else {},
        "reporting": e.reporting, "tags": list(e.tags), "aliases": list(e.aliases), "manual": e.manual,
        "citations": [{"title": c.title, "url": c.url, "outlet": c.outlet} for c in e.citations],
        "mentions": [{"source": m.source, "start": m.timex.start, "end": m.timex.end, "text": m.timex.text,
                      "type": m.timex.type, "value": m.timex.value, "sentence": m.sentence,
                      "reporting": m.reporting} for m in e.mentions],
        "links": [{"a": x.a, "b": x.b, "score": x.score, "shared": list(x.shared), "reason": x.reason} for x in e.links],
    }


def published(corpus: Corpus) -> list[Event]:
    return [e for e in corpus.events if not e.hidden]


def to_json(corpus: Corpus) -> str:
    """{"sources": [...], "events": [...]} with events in date order."""
    data = {"sources": [source_record(s) for s in corpus.sources], "events": [event_record(e) for e in published(corpus)]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_csv(corpus: Corpus) -> str:
    """One row per event: id, date, precision, title, sources, conflict (and a few more)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "date", "precision", "date_text", "title", "sources", "outlets", "conflict", "tags"])
    for e in published(corpus):
        w.writerow([e.id, e.date, dates.precision(e.date) or "", dates.describe(e.date, e.mod), e.title,
                    ";".join(e.sources), ";".join(e.outlets), "yes" if e.conflict else "no", ";".join(e.tags)])
    return out.getvalue()


def stamp(corpus: Corpus) -> dt.datetime:
    """The one timestamp exports may carry: SOURCE_DATE_EPOCH, else the latest publication date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    days = [s.published for s in corpus.sources if s.published]
    return dt.datetime.combine(dt.date.fromisoformat(max(days)) if days else dt.date(1970, 1, 1), dt.time(), dt.timezone.utc)


def _ics_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545 line folding: at most 75 octets a line, continuation lines start with a space."""
    out, cur = [], b""
    for ch in line:
        b = ch.encode()
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur.decode())
            cur = b""
        cur += b
    out.append(cur.decode())
    return "\r\n ".join(out)


def to_ics(corpus: Corpus, domain: str = "timeline.local") -> str:
    """iCalendar: an all-day event for each day- or time-precision event, exclusive DTEND, stable UIDs."""
    now = stamp(corpus).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline//EN", "CALSCALE:GREGORIAN"]
    for e in published(corpus):
        day = dates.day_of(e.date)
        if not day:
            continue  # a calendar cannot show "December 2021" or "2014" honestly
        start = dt.date.fromisoformat(day)
        desc = e.description or "\n".join(f"“{m.sentence}” ({m.source})" for m in e.mentions[:5])
        lines += ["BEGIN:VEVENT", f"UID:{e.id}@{domain}", f"DTSTAMP:{now}",
                  f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{start + dt.timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{_ics_text(e.title)}", f"DESCRIPTION:{_ics_text(desc)}"]
        if e.tags:
            lines.append(f"CATEGORIES:{','.join(_ics_text(t) for t in e.tags)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _tl_date(value: str) -> dict | None:
    p = dates.parse(value)
    if p is None:
        return None
    start = dates.start_date(value)
    out = {"year": start.year}
    if p.precision in ("month", "day", "time", "week", "weekend", "quarter", "season", "half"):
        out["month"] = start.month
    if p.precision in ("day", "time", "week", "weekend"):
        out["day"] = start.day
    if p.precision == "time" and p.hour is not None:
        out.update(hour=p.hour, minute=p.minute)
    return out


def to_timelinejs(corpus: Corpus) -> str:
    """TimelineJS3 JSON: partial dates shown as written (display_date), stable unique_id, groups by kind."""
    events = []
    for e in published(corpus):
        start = _tl_date(e.date)
        if start is None:
            continue
        quotes = "".join(f"<blockquote>{_html(m.sentence)}</blockquote>" for m in e.mentions[:3])
        group = e.tags[0] if e.tags else ("Statements" if e.reporting else "Events")
        events.append({"unique_id": e.id, "start_date": start, "display_date": dates.describe(e.date, e.mod),
                       "text": {"headline": _html(e.title), "text": quotes}, "group": group})
    return json.dumps({"title": {"text": {"headline": "Timeline", "text": f"{len(events)} events"}}, "events": events},
                      ensure_ascii=False, indent=2) + "\n"


def _html(s: str) -> str:
    """TimelineJS renders text as HTML: article text is escaped."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def to_graphml(corpus: Corpus) -> str:
    """The event-mention-source graph as GraphML (scalar attributes only), loadable in networkx and Gephi."""
    import networkx as nx

    from .graph import build_graph

    g = (corpus.graph if corpus.graph is not None else build_graph(corpus.events, corpus.sources)).copy()
    for n, d in list(g.nodes(data=True)):
        if d.get("kind") == "event" and d.get("hidden"):
            g.remove_nodes_from([n] + [v for _, v, k in g.out_edges(n, keys=True) if k == "mentioned_in"])
    out = io.BytesIO()
    nx.write_graphml(g, out, encoding="utf-8", prettyprint=True)
    return out.getvalue().decode("utf-8")


WRITERS = {"json": to_json, "csv": to_csv, "ics": to_ics, "timelinejs": to_timelinejs, "graphml": to_graphml}


def render(corpus: Corpus, fmt: str) -> str:
    """The export in one format."""
    return WRITERS[fmt](corpus)


def write_exports(corpus: Corpus, folder: Path) -> list[Path]:
    """Every export into folder (the site's exports/), under the names in FORMATS."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt, name in FORMATS.items():
        path = folder / name
        path.write_text(render(corpus, fmt), encoding="utf-8", newline="")
        paths.append(path)
    return paths


def previous_ids(out_dir: Path | None) -> dict[str, list[str]]:
    """Event id (and each alias) -> mention ids, from the last build's export, so changed ids still resolve."""
    if out_dir is None:
        return {}
    path = Path(out_dir) / "exports" / FORMATS["json"]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        out = {}
        for e in data.get("events", []):
            mids = [f"{m['source']}:{m['start']}" for m in e.get("mentions", [])]
            for eid in [e["id"], *e.get("aliases", [])]:
                out[eid] = mids
        return out
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # no previous build, or not ours: nothing to redirect
