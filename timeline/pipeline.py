"""The whole path from content/ to a Corpus, each stage a function of the previous stage's output.

Per article (in parallel, cached): read -> temporal expressions -> boilerplate and event mentions.
Across articles: events (cached per day and per event) -> overrides -> corroboration -> graph.
Everything is gathered before anything is rendered, so every page sees the same data.
"""
from __future__ import annotations

import dataclasses
import time
from typing import Callable

from .articles import Article, key
from .cache import Cache
from .executors import run
from .export import previous_ids
from .graph import Similarity, build_graph, corroborate, link, make_event, successors
from .linkcache import LinkCache
from .model import Corpus, Event, Problem, Settings
from .overrides import apply_overrides, read_overrides
from .readers import admit, list_files

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def articles(settings: Settings, progress: Progress | None = None) -> tuple[list[Article], list[Problem], Cache]:
    """Every article of the content folder, from the cache where its file is unchanged, in path order."""
    paths, problems = list_files(settings.content_dir)
    root = settings.content_dir
    cache = Cache(settings.cache_dir)
    keys = [key(p, root) for p in paths]
    found: dict[int, Article] = {}
    for i, k in enumerate(keys):
        hit = cache.get(k)
        if hit is not None:
            found[i] = hit
    todo = [i for i in range(len(paths)) if i not in found]
    done = len(found)
    for i, article in zip(todo, run([paths[i] for i in todo], root, settings.executor, settings.jobs,
                                    settings.scheduler)):
        found[i] = article
        cache.put(keys[i], article)
        done += 1
        if progress:
            progress("articles", done, len(paths))
    return [found[i] for i in range(len(paths))], problems, cache


def gather(settings: Settings, progress: Progress | None = None) -> Corpus:
    """Read, tag, link and correct the whole content folder. Input problems are collected, never raised."""
    corpus = Corpus()
    t0 = time.perf_counter()
    arts, corpus.problems, cache = articles(settings, progress)
    corpus.cache_hits = cache.hits
    seen: dict[str, str] = {}
    for a in arts:
        corpus.problems += a.problems
        s = a.source
        if s is None:
            continue
        admitted, problems = admit(s, seen)
        corpus.problems += problems
        if not admitted:
            continue
        corpus.sources.append(s)
        corpus.timexes[s.id] = list(a.timexes)
        corpus.boilerplate[s.id] = list(a.boilerplate)
        corpus.mentions += a.mentions
    t1 = time.perf_counter()
    if progress:
        progress("expressions", sum(len(t) for t in corpus.timexes.values()), 0)
    events, sim = _link(corpus, settings)
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
    del sim  # the largest thing linking made: not held while the graph is built
    corpus.problems += problems
    corpus.events = corroborate(events, corpus.sources)
    corpus.graph = build_graph(corpus.events, corpus.sources)
    if progress:
        progress("events", len(corpus.events), 0)
    corpus.timings = {"articles": round(t1 - t0, 3), "linking": round(time.perf_counter() - t1, 3)}
    return corpus


def _link(corpus: Corpus, settings: Settings) -> tuple[list[Event], Similarity]:
    """The corpus's mentions merged into events, through the linking cache (which is gone once this returns)."""
    cache = LinkCache(settings.cache_dir)
    events, sim = link(corpus.mentions, cache)
    cache.save()
    corpus.link_cache_hits, corpus.link_cache_misses = cache.hits, cache.misses
    return events, sim


def fatal(corpus: Corpus, strict: bool = False) -> list[Problem]:
    """The problems that must stop a build: any error in an override (an editor's correction would be lost),
    and with strict, every problem at all."""
    if strict:
        return list(corpus.problems)
    return [p for p in corpus.problems if p.severity == "error" and p.path.startswith("events/")]
