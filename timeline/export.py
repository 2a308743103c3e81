"""Exports of the gathered corpus: JSON, CSV, iCalendar, TimelineJS3 and GraphML.

Deterministic: two builds of the same inputs give the same bytes (no build time; where a format needs a
timestamp, SOURCE_DATE_EPOCH or the latest publication date stands in). Hidden events are not published.

Each format is written to a stream an event at a time, so an export as large as the corpus is never whole
in memory; render() collects one into a string.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
from pathlib import Path
from typing import BinaryIO, Container, Iterable, Iterator, TextIO

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


def published(corpus: Corpus) -> Iterator[Event]:
    """The events to publish, one at a time (a large corpus's are read from disk as they come)."""
    return (e for e in corpus.events if not e.hidden)


def write_json(corpus: Corpus, out: TextIO) -> None:
    """{"sources": [...], "events": [...]} with events in date order."""
    out.writelines(_json_document([("sources", map(source_record, corpus.sources)),
                                   ("events", map(event_record, published(corpus)))]))


def _json_document(members: list[tuple[str, object]]) -> Iterator[str]:
    """json.dumps(dict(members), ensure_ascii=False, indent=2) + "\\n", in pieces: a member whose value is an
    iterator is a list written one item at a time. Each item is dumped on its own and indented as a whole,
    which is what the encoder does at that depth (a JSON string holds no raw line break)."""
    yield "{"
    for i, (key, value) in enumerate(members):
        yield f"{',' if i else ''}\n  {json.dumps(key, ensure_ascii=False)}: "
        if isinstance(value, Iterator):
            empty = True
            for item in value:
                text = json.dumps(item, ensure_ascii=False, indent=2)
                yield ("[\n    " if empty else ",\n    ") + text.replace("\n", "\n    ")
                empty = False
            yield "[]" if empty else "\n  ]"
        else:
            yield json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    yield "\n}\n" if members else "}\n"


def write_csv(corpus: Corpus, out: TextIO) -> None:
    """One row per event: id, date, precision, title, sources, conflict (and a few more)."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "date", "precision", "date_text", "title", "sources", "outlets", "conflict", "tags"])
    for e in published(corpus):
        w.writerow([e.id, e.date, dates.precision(e.date) or "", dates.describe(e.date, e.mod), e.title,
                    ";".join(e.sources), ";".join(e.outlets), "yes" if e.conflict else "no", ";".join(e.tags)])


def stamp(corpus: Corpus) -> dt.datetime:
    """The one timestamp exports may carry: SOURCE_DATE_EPOCH, else the latest publication date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    newest = max((s.published for s in corpus.sources if s.published), default=None)
    return dt.datetime.combine(dt.date.fromisoformat(newest) if newest else dt.date(1970, 1, 1), dt.time(),
                               dt.timezone.utc)


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


def write_ics(corpus: Corpus, out: TextIO, domain: str = "timeline.local") -> None:
    """iCalendar: an all-day event for each day- or time-precision event, exclusive DTEND, stable UIDs."""
    out.writelines(_fold(line) + "\r\n" for line in _ics_lines(corpus, domain))


def _ics_lines(corpus: Corpus, domain: str) -> Iterator[str]:
    now = stamp(corpus).strftime("%Y%m%dT%H%M%SZ")
    yield from ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline//EN", "CALSCALE:GREGORIAN"]
    for e in published(corpus):
        day = dates.day_of(e.date)
        if not day:
            continue  # a calendar cannot show "December 2021" or "2014" honestly
        start = dt.date.fromisoformat(day)
        desc = e.description or "\n".join(f"“{m.sentence}” ({m.source})" for m in e.mentions[:5])
        yield from ["BEGIN:VEVENT", f"UID:{e.id}@{domain}", f"DTSTAMP:{now}",
                    f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{start + dt.timedelta(days=1):%Y%m%d}",
                    f"SUMMARY:{_ics_text(e.title)}", f"DESCRIPTION:{_ics_text(desc)}"]
        if e.tags:
            yield f"CATEGORIES:{','.join(_ics_text(t) for t in e.tags)}"
        yield "END:VEVENT"
    yield "END:VCALENDAR"


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


def write_timelinejs(corpus: Corpus, out: TextIO) -> None:
    """TimelineJS3 JSON: partial dates shown as written (display_date), stable unique_id, groups by kind."""
    dated = sum(_tl_date(e.date) is not None for e in published(corpus))  # the title, written first, counts them
    out.writelines(_json_document([("title", {"text": {"headline": "Timeline", "text": f"{dated} events"}}),
                                   ("events", _timelinejs_events(corpus))]))


def _timelinejs_events(corpus: Corpus) -> Iterator[dict]:
    for e in published(corpus):
        start = _tl_date(e.date)
        if start is None:
            continue
        quotes = "".join(f"<blockquote>{_html(m.sentence)}</blockquote>" for m in e.mentions[:3])
        group = e.tags[0] if e.tags else ("Statements" if e.reporting else "Events")
        yield {"unique_id": e.id, "start_date": start, "display_date": dates.describe(e.date, e.mod),
               "text": {"headline": _html(e.title), "text": quotes}, "group": group}


def _html(s: str) -> str:
    """TimelineJS renders text as HTML: article text is escaped."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_graphml(corpus: Corpus, out: BinaryIO) -> None:
    """The event-mention-source graph as GraphML (scalar attributes only), loadable in networkx and Gephi.
    Unless the corpus carries a graph of its own, written from a view of the events (graph.published_graph)."""
    import networkx as nx

    from .graph import published_graph

    nx.write_graphml(published_graph(corpus.events, corpus.sources, corpus.graph), out, encoding="utf-8",
                     prettyprint=True)


WRITERS = {"json": write_json, "csv": write_csv, "ics": write_ics, "timelinejs": write_timelinejs,
           "graphml": write_graphml}


def write(corpus: Corpus, fmt: str, out: BinaryIO) -> None:
    """The export in one format, written to a binary stream as UTF-8 (GraphML says so in its declaration)."""
    if fmt == "graphml":
        write_graphml(corpus, out)
        return
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    try:
        WRITERS[fmt](corpus, text)
    finally:
        text.flush()
        text.detach()  # the stream stays open: it is the caller's


def render(corpus: Corpus, fmt: str) -> str:
    """The export in one format, as one string."""
    out = io.BytesIO()
    write(corpus, fmt, out)
    return out.getvalue().decode("utf-8")


def write_exports(corpus: Corpus, folder: Path) -> list[Path]:
    """Every export into folder (the site's exports/), under the names in FORMATS."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt, name in FORMATS.items():
        path = folder / name
        with open(path, "wb") as f:
            write(corpus, fmt, f)
        paths.append(path)
    return paths


def has_previous(out_dir: Path | None) -> bool:
    """Whether out_dir holds the export of an earlier build (for previous_ids)."""
    return out_dir is not None and (Path(out_dir) / "exports" / FORMATS["json"]).is_file()


def previous_ids(out_dir: Path | None, skip: Container[str] = ()) -> dict[str, list[str]]:
    """Event id (and each alias) -> mention ids, from the last build's export, so changed ids still resolve;
    ids in `skip` (those events have now) are left out.

    The export is read an event at a time when it is laid out as write_json lays it out (it is as large as the
    corpus), else whole."""
    if out_dir is None:
        return {}
    path = Path(out_dir) / "exports" / FORMATS["json"]
    try:
        with open(path, encoding="utf-8") as f:
            try:
                return _ids((item for member, item in _list_items(f) if member == "events"), skip)
            except _Layout:
                f.seek(0)
                return _ids(json.load(f).get("events", []), skip)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # no previous build, or not ours: nothing to redirect


def _ids(events: Iterable[dict], skip: Container[str] = ()) -> dict[str, list[str]]:
    out = {}
    for e in events:
        ids = [eid for eid in [e["id"], *e.get("aliases", [])] if eid not in skip]
        if ids:
            mids = [f"{m['source']}:{m['start']}" for m in e.get("mentions", [])]
            for eid in ids:
                out[eid] = mids
    return out


class _Layout(ValueError):
    """A JSON document not laid out as _json_document lays out one whose members are lists of objects."""


_MEMBER = re.compile(r'  ("(?:[^"\\\n]|\\.)*"): \[(\]?)(,?)\n')


def _list_items(f: TextIO) -> Iterator[tuple[str, object]]:
    """(member, item) for each item of each member of a JSON object that _json_document wrote with lists of
    objects for members, read a line at a time (no JSON string holds a line break); _Layout on anything else."""
    lines = iter(f)
    if next(lines, "") != "{\n":
        raise _Layout
    seen, more = set(), True
    while more:
        m = _MEMBER.fullmatch(next(lines, ""))
        if m is None or (not m[2] and m[3]) or m[1] in seen:  # "[," is no list
            raise _Layout
        seen.add(m[1])
        if m[2]:  # an empty list
            more = bool(m[3])
            continue
        while True:
            if next(lines, "") != "    {\n":
                raise _Layout
            item = ["{"]
            for line in lines:
                if line in ("    }\n", "    },\n"):
                    break
                item.append(line)
            else:
                raise _Layout  # the file ends inside an item
            yield json.loads(m[1]), json.loads("".join(item) + "}")
            if line == "    }\n":
                break
        end = next(lines, "")
        if end not in ("  ]\n", "  ],\n"):
            raise _Layout
        more = end == "  ],\n"
    if next(lines, "") != "}\n" or next(lines, None) is not None:
        raise _Layout
