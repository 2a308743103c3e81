"""The whole path from content/ to a Corpus, each stage a function of the previous stage's output.

sources -> temporal expressions -> boilerplate and event mentions -> events -> overrides -> graph.
Everything is gathered before anything is rendered, so every page sees the same data.
"""
from __future__ import annotations

import dataclasses

from .events import mentions as find_mentions
from .export import previous_ids
from .graph import build_graph, corroborate, link, make_event, successors
from .model import Corpus, Problem, Settings, Source, Timex
from .overrides import apply_overrides, read_overrides
from .readers import read_sources
from .segment import boilerplate
from .temporal.multilingual import tag_any


def extract(source: Source) -> list[Timex]:
    """The temporal expressions of one source, resolved against its publication date, in its language."""
    return tag_any(source.text, source.published, source.language or "en")


def gather(settings: Settings) -> Corpus:
    """Read, tag, link and correct the whole content folder. Input problems are collected, never raised."""
    corpus = Corpus()
    corpus.sources, corpus.problems = read_sources(settings.content_dir)
    for source in corpus.sources:
        timexes = extract(source)
        boiler = boilerplate(source.text)
        corpus.timexes[source.id] = timexes
        corpus.boilerplate[source.id] = boiler
        corpus.mentions += find_mentions(source, timexes, boiler)
    events, sim = link(corpus.mentions)
    # Ids of the last build that changed (articles added, events merged) keep resolving to their successor.
    previous = previous_ids(settings.out_dir)
    aliases = successors(events, previous)
    current = {e.id for e in events}
    vanished = {old for old in previous if old not in current and old not in aliases}
    events = [dataclasses.replace(e, aliases=tuple(sorted(o for o, n in aliases.items() if n == e.id))) for e in events]
    overrides, problems = read_overrides(settings.content_dir)
    corpus.problems += problems
    events, problems = apply_overrides(events, overrides, split_event=lambda ms, taken: make_event(ms, sim, taken),
                                       aliases=aliases, vanished=vanished)
    corpus.problems += problems
    corpus.events = corroborate(events, corpus.sources)
    corpus.graph = build_graph(corpus.events, corpus.sources)
    return corpus


def fatal(corpus: Corpus, strict: bool = False) -> list[Problem]:
    """The problems that must stop a build: any error in an override (an editor's correction would be lost),
    and with strict, every problem at all."""
    if strict:
        return list(corpus.problems)
    return [p for p in corpus.problems if p.severity == "error" and p.path.startswith("events/")]
