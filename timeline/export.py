"""Exports of the gathered corpus: JSON, CSV, iCalendar, TimelineJS3 and GraphML.

Deterministic: two builds of the same inputs give the same bytes (no build time; where a format needs a
timestamp, SOURCE_DATE_EPOCH or the latest publication date stands in). Hidden events are not published.

Every format is written in one pass over the events, each event's part of each at a time, so an export as large
as the corpus is never whole in memory; render() collects one into a string. An event's parts depend only on the
event and on what _Survey gathers first, so a build with the cache (timeline.exportcache) takes an unchanged
event's parts as the last build made them.
"""
from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
import re
import tempfile
from pathlib import Path
from typing import BinaryIO, Container, Iterable, Iterator, NamedTuple, TextIO

from . import dates
from .model import Corpus, Event, Source, digest
from .site.render import quote_html, quoted_text

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


# --- JSON, written a piece at a time ---------------------------------------------------------------------------

class _Dumped(str):
    """An item of a JSON list already dumped and indented as _json_list lays it out."""


def _json_document(members: list[tuple[str, object]]) -> Iterator[str]:
    """json.dumps(dict(members), ensure_ascii=False, indent=2) + "\\n", in pieces: a member whose value is an
    iterator is a list written one item at a time. Each item is dumped on its own and indented as a whole,
    which is what the encoder does at that depth (a JSON string holds no raw line break)."""
    yield "{"
    for i, (key, value) in enumerate(members):
        yield _json_key(i, key)
        if isinstance(value, Iterator):
            yield from _json_list(value)
        else:
            yield json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    yield _JSON_END if members else "}\n"


_JSON_END = "\n}\n"


def _json_key(i: int, key: str) -> str:
    return f"{',' if i else ''}\n  {json.dumps(key, ensure_ascii=False)}: "


def _json_item(item: object) -> _Dumped:
    return _Dumped(json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    "))


def _json_list(items: Iterable) -> Iterator[str]:
    empty = True
    for item in items:
        yield ("[\n    " if empty else ",\n    ") + (item if isinstance(item, _Dumped) else _json_item(item))
        empty = False
    yield "[]" if empty else "\n  ]"


class _JsonList:
    """A member of a JSON document, a list, written an item at a time after `head` (the document up to it) and
    before what follows it (by default the document's end)."""

    def __init__(self, out: TextIO, head: str):
        self.out, self.empty = out, True
        out.write(head)

    def add(self, item: _Dumped) -> None:
        self.out.write(("[\n    " if self.empty else ",\n    ") + item)
        self.empty = False

    def close(self, after: str = _JSON_END) -> None:
        self.out.write(("[]" if self.empty else "\n  ]") + after)


# --- each format's part of one event ---------------------------------------------------------------------------

def _csv_row(e: Event) -> str:
    """The event's row of events.csv: id, date, precision, title, sources, conflict (and a few more)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(
        [e.id, e.date, dates.precision(e.date) or "", dates.describe(e.date, e.mod), e.title, ";".join(e.sources),
         ";".join(e.outlets), "yes" if e.conflict else "no", ";".join(e.tags)])
    return buf.getvalue()


CSV_HEADER = "id,date,precision,date_text,title,sources,outlets,conflict,tags\n"


def stamp(corpus: Corpus, newest: str | None = None) -> dt.datetime:
    """The one timestamp exports may carry: SOURCE_DATE_EPOCH, else the latest publication date (`newest`, when
    the caller has it)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    if newest is None:
        newest = max((s.published for s in corpus.sources if s.published), default=None)
    return dt.datetime.combine(dt.date.fromisoformat(newest) if newest else dt.date(1970, 1, 1), dt.time(),
                               dt.timezone.utc)


def _ics_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545 line folding: at most 75 octets a line, continuation lines start with a space."""
    if len(line) <= 75 and line.isascii():
        return line
    out, cur = [], b""
    for ch in line:
        b = ch.encode()
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur.decode())
            cur = b""
        cur += b
    out.append(cur.decode())
    return "\r\n ".join(out)


ICS_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//timeline//timeline//EN\r\nCALSCALE:GREGORIAN\r\n"
ICS_TAIL = "END:VCALENDAR\r\n"


def _ics_event(e: Event, now: str, domain: str) -> str:
    """The event's VEVENT (folded lines): an all-day event with exclusive DTEND and a stable UID; nothing for an
    event without a day (a calendar cannot show "December 2021" or "2014" honestly)."""
    day = dates.day_of(e.date)
    if not day:
        return ""
    start = dt.date.fromisoformat(day)
    desc = e.description or "\n".join(f"“{quoted_text(m)}” ({m.source})" for m in e.mentions[:5])
    lines = ["BEGIN:VEVENT", f"UID:{e.id}@{domain}", f"DTSTAMP:{now}", f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
             f"DTEND;VALUE=DATE:{start + dt.timedelta(days=1):%Y%m%d}", f"SUMMARY:{_ics_text(e.title)}",
             f"DESCRIPTION:{_ics_text(desc)}"]
    if e.tags:
        lines.append(f"CATEGORIES:{','.join(_ics_text(t) for t in e.tags)}")
    lines.append("END:VEVENT")
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


def _timelinejs_item(e: Event) -> _Dumped | None:
    """The event's slide for TimelineJS3: partial dates shown as written (display_date), a stable unique_id, a
    group by kind; none for an event TimelineJS cannot place."""
    start = _tl_date(e.date)
    if start is None:
        return None
    quotes = "".join(f"<blockquote>{quote_html(m)}</blockquote>" for m in e.mentions[:3])  # (escaped, the date marked)
    group = e.tags[0] if e.tags else ("Statements" if e.reporting else "Events")
    return _json_item({"unique_id": e.id, "start_date": start, "display_date": dates.describe(e.date, e.mod),
                       "text": {"headline": _html(e.title), "text": quotes}, "group": group})


def _html(s: str) -> str:
    """TimelineJS renders text as HTML: article text is escaped."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# --- GraphML -----------------------------------------------------------------------------------------------------
# The event-mention-source graph (graph.build_graph's, hidden events left out) written as networkx's GraphML
# writer writes it, byte for byte, an event at a time: its node and its mentions' among the nodes, its edges among
# the edges. That holds for the graph graph._GraphView gives (see exact there): every id unique, each node kind
# with its attributes of fixed types. Anything else (a value of another type, a character XML cannot hold, a
# graph the corpus brings) goes through networkx.

GRAPHML_HEAD = ("<?xml version='1.0' encoding='utf-8'?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml."
                "graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">")
GRAPHML_TAIL = "</graph></graphml>"
# What networkx calls each Python type (GraphML.construct_types), and each kind's attributes in the order
# _GraphView gives them (the order networkx numbers the keys in).
XML_TYPES = {str: "string", bool: "boolean", float: "double", int: "long"}
SOURCE_NODE = (("kind", str), ("title", str), ("outlet", str), ("published", str))
EVENT_NODE = (("kind", str), ("date", str), ("title", str), ("hidden", bool), ("conflict", bool), ("tags", str))
MENTION_NODE = (("kind", str), ("text", str), ("value", str), ("title", str), ("reporting", bool), ("source", str))
PLAIN_EDGE = (("kind", str),)
SIMILAR_EDGE = (("kind", str), ("weight", float), ("shared", str), ("reason", str))
# What lxml refuses to write (networkx raises on it) or escapes, in text and in attribute values.
XML_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
XML_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\t": "&#9;",
                          "\r": "&#13;"})


class _NotTheView(Exception):
    """The graph is not one this module writes as networkx would: networkx writes it."""


def _graph_keys(sources: bool, events: bool, mentions: bool, links: bool) -> dict[tuple[str, str, str], str]:
    """(name, GraphML type, scope) -> key id, numbered as networkx numbers them: in the order each attribute is
    first met, nodes before edges."""
    order = [*(SOURCE_NODE if sources else ()), *(EVENT_NODE if events else ()), *(MENTION_NODE if mentions else ())]
    keys: dict[tuple[str, str, str], str] = {}
    for scope, attributes in (("node", order), ("edge", [*(PLAIN_EDGE if mentions else ()), *(SIMILAR_EDGE if links else ())])):
        for name, type_ in attributes:
            keys.setdefault((name, XML_TYPES[type_], scope), f"d{len(keys)}")
    return keys


def _graphml_head(keys: dict[tuple[str, str, str], str]) -> str:
    """The declaration, the root element and the keys (networkx writes the last one met first)."""
    declared = [f'<key id="{k}" for="{scope}" attr.name="{name}" attr.type="{type_}"/>\n'
                for (name, type_, scope), k in keys.items()]
    return GRAPHML_HEAD + "".join(reversed(declared)) + '<graph edgedefault="directed">'


def _xml(s: str, table: dict) -> str:
    if XML_REFUSED.search(s):
        raise _NotTheView
    return s.translate(table)


def _element(keys: dict, scope: str, opening: str, values: tuple, attributes: tuple) -> str:
    """A node or edge element with a data element for each value, as networkx's writer pretty-prints it."""
    parts = [opening, ">\n"]
    for value, (name, type_) in zip(values, attributes):
        if type(value) is not type_:
            raise _NotTheView
        parts.append(f'  <data key="{keys[name, XML_TYPES[type_], scope]}">{_xml(str(value), XML_TEXT)}</data>\n')
    parts.append("</node>\n" if scope == "node" else "</edge>\n")
    return "".join(parts)


def _node(keys: dict, node: str, values: tuple, attributes: tuple) -> str:
    return _element(keys, "node", f'<node id="{_xml(node, XML_ATTR)}"', values, attributes)


def _edge(keys: dict, u: str, v: str, key: str, values: tuple, attributes: tuple) -> str:
    return _element(keys, "edge", f'<edge source="{_xml(u, XML_ATTR)}" target="{_xml(v, XML_ATTR)}" id="{key}"',
                    values, attributes)


def _graph_parts(e: Event, keys: dict) -> tuple[str, str] | None:
    """The event's nodes (its own, then its mentions') and its edges, as graph._GraphView gives them to networkx;
    None when it is not an event the view follows (see _GraphView.exact) or networkx would write it otherwise."""
    mentions, links = e.mentions, e.links
    own = {m.id for m in mentions}
    if len(own) != len(mentions) or len({(x.a, x.b) for x in links}) != len(links) \
            or any(x.a not in own or x.b not in own for x in links):
        return None
    try:
        nodes = [_node(keys, f"event:{e.id}", ("event", e.date, e.title, e.hidden, e.conflict, " ".join(e.tags)),
                       EVENT_NODE)]
        nodes += [_node(keys, f"mention:{m.id}", ("mention", m.timex.text, m.timex.value, m.title, m.reporting,
                                                  m.source), MENTION_NODE) for m in mentions]
        edges = [_edge(keys, f"event:{e.id}", f"mention:{m.id}", "mentioned_in", ("mentioned_in",), PLAIN_EDGE)
                 for m in mentions]
        by_a: dict[str, list] = {}
        for x in links:
            by_a.setdefault(x.a, []).append(x)
        for m in mentions:
            edges.append(_edge(keys, f"mention:{m.id}", f"source:{m.source}", "in_source", ("in_source",), PLAIN_EDGE))
            edges += [_edge(keys, f"mention:{x.a}", f"mention:{x.b}", "similar",
                            ("similar", x.score, " ".join(x.shared), x.reason), SIMILAR_EDGE) for x in by_a.get(m.id, ())]
    except (_NotTheView, KeyError):
        return None
    return "".join(nodes), "".join(edges)


def _mention_ids(mentions: Iterable) -> bytes:
    """A short digest of each mention's id, one after another: for telling that no mention is in two events
    without holding their ids (two ids of one digest only send the graph through networkx, which gives the same)."""
    return b"".join(hashlib.blake2b(m.id.encode(), digest_size=8).digest() for m in mentions)


def _networkx_graphml(corpus: Corpus, out: BinaryIO) -> None:
    import networkx as nx

    from .graph import published_graph

    nx.write_graphml(published_graph(corpus.events, corpus.sources, corpus.graph), out, encoding="utf-8",
                     prettyprint=True)


# --- every format in one pass ----------------------------------------------------------------------------------

class Parts(NamedTuple):
    """One event's part of each export (None where the format leaves the event out), and its mentions' ids."""

    json: str
    csv: str
    ics: str
    timelinejs: str | None
    graph_nodes: str | None  # None: not an event graph._GraphView follows
    graph_edges: str | None
    ids: str  # [id, aliases, mention ids] as JSON: the line of the event in the cache's list of ids (see previous_ids)
    mention_ids: bytes


class _Survey:
    """What each event's parts depend on beyond the event itself, from one pass over the events that reads none
    of their mentions: the calendar's DTSTAMP, the GraphML keys, how many events TimelineJS shows."""

    def __init__(self, corpus: Corpus, domain: str):
        self.source_ids: set[str] = set()
        newest, count = "", 0
        for s in corpus.sources:  # (each read from disk, text and all, in a large corpus: once)
            self.source_ids.add(s.id)
            newest = max(newest, s.published or "")
            count += 1
        self.now, self.domain = stamp(corpus, newest or None).strftime("%Y%m%dT%H%M%SZ"), domain
        self.shown = self.dated = 0
        mentions = links = False
        ids: set[int] = set()
        for e in corpus.events:
            ids.add(hash(e.id))
            if e.hidden:
                continue
            self.shown += 1
            self.dated += _tl_date(e.date) is not None
            mentions = mentions or len(e.mentions) > 0
            links = links or len(e.links) > 0
        # The graph is written here when networkx would be given graph._GraphView's (see exact there)
        self.keys = _graph_keys(bool(self.source_ids), self.shown > 0, mentions, links) \
            if corpus.graph is None and len(ids) == len(corpus.events) and len(self.source_ids) == count else None
        self.digest = digest(repr((_code_version(), self.now, domain, self.keys)).encode())

    def parts(self, e: Event, formats: Container[str] = (*FORMATS, "ids")) -> Parts:
        """The event's parts in these formats (the others empty), its mentions read once."""
        e = _held(e)
        graph = _graph_parts(e, self.keys) if self.keys is not None and "graphml" in formats else None
        return Parts(_json_item(event_record(e)) if "json" in formats else "",
                     _csv_row(e) if "csv" in formats else "",
                     _ics_event(e, self.now, self.domain) if "ics" in formats else "",
                     _timelinejs_item(e) if "timelinejs" in formats else None, *(graph or (None, None)),
                     json.dumps([e.id, list(e.aliases), [f"{m.source}:{m.timex.start}" for m in e.mentions]],
                                ensure_ascii=False) if "ids" in formats else "",
                     _mention_ids(e.mentions) if "graphml" in formats else b"")


def _held(e: Event) -> Event:
    """The event with its mentions and links in memory (read from disk once, however often they are asked for)."""
    return e if type(e.mentions) is tuple and type(e.links) is tuple else \
        dataclasses.replace(e, mentions=tuple(e.mentions), links=tuple(e.links))


_CODE = []


def _code_version() -> str:
    """What the parts are made by: this module, the dates it describes, the tool's and Python's versions."""
    if not _CODE:
        import sys

        from . import __version__
        code = b"".join(Path(m.__file__).read_bytes() for m in (sys.modules[__name__], dates))
        _CODE.append(f"{__version__} {sys.version} {digest(code).hex()}")
    return _CODE[0]


def _write(corpus: Corpus, outs: dict[str, BinaryIO], cache=None, spool: Path | None = None,
           domain: str = "timeline.local", ids: TextIO | None = None) -> None:
    """Each format in `outs` written to its stream (as UTF-8) in one pass over the events. An event's parts are
    taken from `cache` (timeline.exportcache) when it holds them for the event's fingerprint, else made (its
    mentions read from disk) and given to it. The GraphML is spooled to temporary files in `spool`, for it is
    written as networkx would only once every event has been seen to be one the view follows. `ids` gets each
    published event's ids, a line each (Parts.ids)."""
    survey = _Survey(corpus, domain)
    text = {fmt: io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
            for fmt, out in outs.items() if fmt != "graphml"}
    try:
        _write_with(corpus, survey, text, outs.get("graphml"), cache, spool, ids)
    finally:
        for t in text.values():
            t.flush()
            t.detach()  # the stream stays open: it is the caller's


def _write_with(corpus, survey: _Survey, text: dict[str, TextIO], graph_out: BinaryIO | None, cache, spool,
                ids: TextIO | None) -> None:
    json_out, csv_out, ics_out = text.get("json"), text.get("csv"), text.get("ics")
    wanted = {*text, *(("graphml",) if graph_out is not None else ())}
    if csv_out is not None:
        csv_out.write(CSV_HEADER)
    if ics_out is not None:
        ics_out.write(ICS_HEAD)
    tl_out = text.get("timelinejs")
    if tl_out is not None:
        title = {"text": {"headline": "Timeline", "text": f"{survey.dated} events"}}
        tl_out = _JsonList(tl_out, "{" + _json_key(0, "title") + json.dumps(title, ensure_ascii=False, indent=2)
                           .replace("\n", "\n  ") + _json_key(1, "events"))
    keys = survey.keys if graph_out is not None else None
    with contextlib.ExitStack() as stack:
        if keys is not None:
            nodes, edges = (stack.enter_context(tempfile.TemporaryFile("w+", encoding="utf-8", newline="", dir=spool))
                            for _ in range(2))
        if json_out is not None:
            json_out = _JsonList(json_out, "{" + _json_key(0, "sources"))
        for s in corpus.sources if json_out is not None or keys is not None else ():  # (read from disk: once)
            if json_out is not None:
                json_out.add(_json_item(source_record(s)))
            if keys is not None:
                try:
                    nodes.write(_node(keys, f"source:{s.id}", ("source", s.title, s.outlet or "", s.published or ""),
                                      SOURCE_NODE))
                except _NotTheView:
                    keys = None
        if json_out is not None:
            json_out.close(_json_key(1, "events"))
            json_out = _JsonList(json_out.out, "")
        seen: set[int] = set()
        for e in corpus.events:
            if e.hidden:  # not written, but it must not share a mention with one that is (see _GraphView.exact)
                if keys is not None and (_graph_parts(e := _held(e), keys) is None
                                         or not _seen(seen, _mention_ids(e.mentions), e, survey)):
                    keys = None
                continue
            parts = None
            if cache is not None:
                key = digest(e.fingerprint() + survey.digest)
                parts = cache.get(key)
            if parts is None:
                parts = survey.parts(e, wanted if cache is None else (*FORMATS, "ids"))  # (all it keeps)
                if cache is not None:
                    cache.put(key, parts)
            if ids is not None:
                ids.write(parts.ids + "\n")
            if json_out is not None:
                json_out.add(_Dumped(parts.json))
            if csv_out is not None:
                csv_out.write(parts.csv)
            if ics_out is not None:
                ics_out.write(parts.ics)
            if tl_out is not None and parts.timelinejs is not None:
                tl_out.add(_Dumped(parts.timelinejs))
            if keys is not None:
                if parts.graph_nodes is None or not _seen(seen, parts.mention_ids, e, survey):
                    keys = None
                else:
                    nodes.write(parts.graph_nodes)
                    edges.write(parts.graph_edges)
        if json_out is not None:
            json_out.close()
        if ics_out is not None:
            ics_out.write(ICS_TAIL)
        if tl_out is not None:
            tl_out.close()
        if graph_out is not None:
            if keys is None:
                _networkx_graphml(corpus, graph_out)
            else:
                graph_out.write(_graphml_head(keys).encode())
                for spooled in (nodes, edges):
                    spooled.seek(0)
                    while chunk := spooled.read(1 << 20):
                        graph_out.write(chunk.encode())
                graph_out.write(GRAPHML_TAIL.encode())


def _seen(seen: set[int], mention_ids: bytes, e: Event, survey: _Survey) -> bool:
    """Whether the event's mentions are in no event seen before and their sources are all known (see
    graph._GraphView.exact); its mentions are then seen."""
    own = {int.from_bytes(mention_ids[i:i + 8], "big") for i in range(0, len(mention_ids), 8)}
    if len(own) * 8 != len(mention_ids) or not seen.isdisjoint(own) \
            or any(s not in survey.source_ids for s in e.sources):
        return False
    seen |= own
    return True


def write(corpus: Corpus, fmt: str, out: BinaryIO) -> None:
    """The export in one format, written to a binary stream as UTF-8 (GraphML says so in its declaration)."""
    if fmt not in FORMATS:
        raise KeyError(fmt)
    _write(corpus, {fmt: out})


def render(corpus: Corpus, fmt: str) -> str:
    """The export in one format, as one string."""
    out = io.BytesIO()
    write(corpus, fmt, out)
    return out.getvalue().decode("utf-8")


def write_exports(corpus: Corpus, folder: Path, cache=None) -> list[Path]:
    """Every export into folder (the site's exports/), under the names in FORMATS, in one pass over the events;
    with a cache (timeline.exportcache.ExportCache), an event unchanged since it was last exported is not made again."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / name for name in FORMATS.values()]
    with contextlib.ExitStack() as stack:
        outs = {fmt: stack.enter_context(open(path, "wb")) for fmt, path in zip(FORMATS, paths)}
        ids = stack.enter_context(cache.ids_writer()) if cache is not None else None
        _write(corpus, outs, cache, spool=folder, ids=ids)
    return paths


def has_previous(out_dir: Path | None) -> bool:
    """Whether out_dir holds the export of an earlier build (for previous_ids)."""
    return out_dir is not None and (Path(out_dir) / "exports" / FORMATS["json"]).is_file()


def previous_ids(out_dir: Path | None, skip: Container[str] = (), cache_dir: Path | None = None) -> dict[str, list[str]]:
    """Event id (and each alias) -> mention ids, from the last build's export, so changed ids still resolve;
    ids in `skip` (those events have now) are left out.

    With the cache, from the list of ids the cache keeps of the export in place (when it is that export: see
    timeline.exportcache); else the export is read an event at a time when it is laid out as the exports are
    written (it is as large as the corpus), else whole."""
    if out_dir is None:
        return {}
    if cache_dir is not None:
        from .exportcache import kept_ids

        kept = kept_ids(Path(cache_dir) / "exports", Path(out_dir))
        if kept is not None:
            return _ids_of(kept, skip)
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
    return _ids_of(((e["id"], e.get("aliases", []), [f"{m['source']}:{m['start']}" for m in e.get("mentions", [])])
                    for e in events), skip)


def _ids_of(events: Iterable[tuple[str, list[str], list[str]]], skip: Container[str] = ()) -> dict[str, list[str]]:
    """(id, aliases, mention ids) of each event -> each id not in skip -> the mention ids."""
    out = {}
    for eid, aliases, mids in events:
        for i in (eid, *aliases):
            if i not in skip:
                out[i] = mids
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
