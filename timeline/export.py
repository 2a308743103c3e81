"""Exports of the gathered corpus; deterministic, so two builds of the same inputs give the same bytes."""
from __future__ import annotations

import json

from . import dates
from .model import Corpus, Event, Source


def source_record(s: Source) -> dict:
    """A source's metadata as exported (not its text, which stays in content/)."""
    return {"id": s.id, "path": s.path, "title": s.title, "outlet": s.outlet, "url": s.url,
            "published": s.published, "published_from": s.published_from, "language": s.language}


def event_record(e: Event) -> dict:
    """An event with its date at real precision and every mention behind it."""
    return {
        "id": e.id, "date": e.date, "mod": e.mod, "date_text": dates.describe(e.date, e.mod),
        "precision": dates.precision(e.date), "title": e.title, "description": e.description,
        "sources": list(e.sources),
        "mentions": [{"source": m.source, "start": m.timex.start, "end": m.timex.end, "text": m.timex.text,
                      "type": m.timex.type, "value": m.timex.value, "sentence": m.sentence,
                      "reporting": m.reporting} for m in e.mentions],
    }


def to_json(corpus: Corpus) -> str:
    """{"sources": [...], "events": [...]} with events in date order; hidden events are not published."""
    data = {"sources": [source_record(s) for s in corpus.sources],
            "events": [event_record(e) for e in corpus.events if not e.hidden]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
