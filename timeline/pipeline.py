"""The whole path from content/ to a Corpus, each stage a function of the previous stage's output.

Per article (in parallel, cached): read -> temporal expressions -> boilerplate and event mentions.
Across articles: events (cached per day and per event) -> overrides -> corroboration.
Everything is gathered before anything is rendered, so every page sees the same data.

The articles stream through: each source's metadata goes to disk (spill.Keyed, found by id), and each article's
text, expressions and boilerplate to a stash, read back for the source's own page.
Mentions go to a MentionStore on disk, which linking reads a block of days at a time. The events linking makes
go to disk as they are made (spill.Spilled), their mentions and links to another file (_Kept); overrides and
corroboration correct them there, and pages read them back as they are made.
"""
from __future__ import annotations

import dataclasses
import json
import sys
import time
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Iterator

from .articles import Article, decode, encode, key, process
from .cache import Cache, Stash
from .executors import run
from .export import has_previous, previous_ids
from .graph import Similarity, add_mentions, corroborator, link, make_event, successors
from .linkcache import LinkCache
from .mentionstore import MentionStore, from_fields as mention_from_fields
from .model import Corpus, Event, Link, Problem, Settings, Stored, StoredMentions, digest
from .overrides import apply_overrides, read_overrides
from .readers import admit, list_files
from .spill import Keyed, Spilled, each

Progress = Callable[[str, int, int], None]  # (stage, done, total)
SOURCES_AT_HAND = 1024


def articles(settings: Settings, progress: Progress | None = None) -> tuple[Iterator[tuple[Article, str]],
                                                                            list[Problem], Cache]:
    """Every article of the content folder and its JSON text (articles.encode), from the cache where its file
    is unchanged, in path order. They come one at a time, as the caller takes them."""
    paths, problems = list_files(settings.content_dir)
    cache = Cache(settings.cache_dir)
    return _articles(paths, settings, cache, progress), problems, cache


def _articles(paths: list[Path], settings: Settings, cache: Cache,
              progress: Progress | None) -> Iterator[tuple[Article, str]]:
    root = settings.content_dir
    keys = [key(p, root) for p in paths]
    todo = [i for i, k in enumerate(keys) if not cache.has(k)]
    # Started now, so the processes work while cached articles are read here.
    computed = run([paths[i] for i in todo], root, settings.executor, settings.jobs, settings.scheduler)
    pending, done = set(todo), len(paths) - len(todo)
    for i, (path, k) in enumerate(zip(paths, keys)):
        found = None if i in pending else cache.get(k)  # None also when the entry turns out unreadable
        if found is None:
            text = next(computed) if i in pending else encode(process(path, root))
            cache.put(k, text)
            # Made from its JSON, as a cached article is: the same objects, sharing the same strings.
            found = decode(text), text
            done += i in pending
            if progress and i in pending:
                progress("articles", done, len(paths))
        yield found


def gather(settings: Settings, progress: Progress | None = None) -> Corpus:
    """Read, tag, link and correct the whole content folder. Input problems are collected, never raised."""
    corpus = Corpus()
    t0 = time.perf_counter()
    arts, corpus.problems, cache = articles(settings, progress)
    # Beside the cache, or beside the site (where the new site is built too).
    stash = Stash(settings.cache_dir, settings.out_dir and settings.out_dir.resolve().parent)
    # Each source's metadata, on disk, found by id; the last thousand read are at hand, as events in date order
    # name sources of about the same days.
    corpus.sources = Keyed(Spilled(*stash.folders, recent=SOURCES_AT_HAND))
    with MentionStore(settings.cache_dir) as store:
        _read(corpus, arts, stash, store)
        corpus.cache_hits = cache.hits
        t1 = time.perf_counter()
        if progress:
            progress("expressions", corpus.expressions, 0)
        kept = _Kept(Spilled(*stash.folders, recent=0))
        # The events, on disk beside the stash: a corpus's events are read as they are asked for, not held. Each
        # is corroborated (its outlets, its first source) as it is made, and again if an override changes it.
        spilled = Spilled(*stash.folders, shared={"kept": kept.loader})
        finish = corroborator(corpus.sources)
        events, sim = _link(store, corpus, settings, lambda event, data: finish(kept.keep(event, data)), spilled)
    corpus.reread = lambda source_id: _full(decode(stash.get(source_id)))
    # Ids of the last build that changed (articles added, events merged) keep resolving to their successor.
    aliases, vanished = {}, set()
    if has_previous(settings.out_dir):
        current = {e.id for e in events}
        previous = previous_ids(settings.out_dir, skip=current, cache_dir=settings.cache_dir)
        aliases = successors(events, previous, current)
        del current
        vanished = {old for old in previous if old not in aliases}
        del previous
    earlier: dict[str, list[str]] = {}
    for old, new in aliases.items():
        earlier.setdefault(new, []).append(old)
    if earlier:
        events = each(events, lambda e: dataclasses.replace(e, aliases=tuple(sorted(earlier[e.id])))
                      if e.id in earlier else e)
    overrides, problems = read_overrides(settings.content_dir)
    corpus.problems += problems
    events, problems = apply_overrides(events, overrides, split_event=lambda ms, taken: make_event(ms, sim, taken),
                                       aliases=aliases, vanished=vanished, finish=finish)
    del sim  # the largest thing linking made: not held from here on
    corpus.problems += problems
    corpus.events = events
    if progress:
        progress("events", len(corpus.events), 0)
    corpus.timings = {"articles": round(t1 - t0, 3), "linking": round(time.perf_counter() - t1, 3)}
    return corpus


def _read(corpus: Corpus, arts: Iterator[tuple[Article, str]], stash: Stash, store: MentionStore) -> None:
    """Take in each article as it comes: its problems and metadata into the corpus, its JSON into the stash
    (for the source's own page), its mentions into the store (for linking)."""
    for a, text in arts:
        corpus.problems += a.problems
        s = a.source
        if s is None:
            continue
        other = corpus.sources.get(s.id)
        admitted, problems = admit(s, {s.id: other.path} if other else {})
        corpus.problems += problems
        if not admitted:
            continue
        stash.put(s.id, text)
        corpus.digests[s.id] = digest(text.encode("utf-8", "surrogatepass"))
        corpus.sources.append(dataclasses.replace(s, text=""))
        corpus.expressions += len(a.timexes)
        corpus.mention_count += len(a.mentions)
        add_mentions(store, a.mentions)


class _Kept:
    """Events' mentions and links on disk, read again when a page or an export asks for them (Stored): an event
    holds a key to them and what every page asks of them (StoredMentions). The few read last are kept at hand,
    as a page reads its event's mentions several times."""

    RECENT = 32

    def __init__(self, records: Spilled):
        self.records = records  # each event's mentions and links, as JSON; its key is its position
        self.recent: OrderedDict[object, tuple] = OrderedDict()
        self.loader = self.load  # one bound method for every event's Stored, not one each

    def keep(self, event: Event, data: list[str]) -> Event:
        """The event with its mentions (whose JSON, as mentionstore.encode writes it, is `data`) and its links on
        disk."""
        if not event.mentions:
            return event
        links = json.dumps([[x.a, x.b, x.score, x.shared, x.reason] for x in event.links], ensure_ascii=False,
                           separators=(",", ":"))
        record = f"[[{','.join(data)}],{links}]"
        key, held = self.records.append(record), digest(record.encode("utf-8", "surrogatepass"))
        return dataclasses.replace(event, mentions=StoredMentions(self.loader, key, 0, event.mentions, held),
                                   links=Stored(self.loader, key, 1, event.links, held) if event.links else ())

    def load(self, key: object) -> tuple:
        """(mentions, links) of an event kept."""
        if key in self.recent:
            self.recent.move_to_end(key)
            return self.recent[key]
        mentions, links = json.loads(self.records[key])
        # Not shared (articles.shared): these are read again and again, and let go soon after.
        record = (tuple(mention_from_fields(fields, False) for fields in mentions),
                  tuple(Link(a, b, score, tuple(map(sys.intern, shared)), sys.intern(reason))
                        for a, b, score, shared, reason in links))
        self.recent[key] = record
        if len(self.recent) > self.RECENT:
            self.recent.popitem(last=False)
        return record


def _full(article: Article):
    """What Corpus.article gives: the source with its text, its expressions and its boilerplate."""
    return article.source, list(article.timexes), list(article.boilerplate)


def _link(store: MentionStore, corpus: Corpus, settings: Settings, keep, into) -> tuple[list[Event], Similarity]:
    """The stored mentions merged into events, through the linking cache (which is gone once this returns)."""
    cache = LinkCache(settings.cache_dir)
    events, sim = link(store, cache, keep, into)
    cache.save()
    corpus.link_cache_hits, corpus.link_cache_misses = cache.hits, cache.misses
    return events, sim


def fatal(corpus: Corpus, strict: bool = False) -> list[Problem]:
    """The problems that must stop a build: any error in an override (an editor's correction would be lost),
    and with strict, every problem at all."""
    if strict:
        return list(corpus.problems)
    return [p for p in corpus.problems if p.severity == "error" and p.path.startswith("events/")]
