"""Memory at scale: a build holds small records per article and per event, never the corpus's texts, pages
or exports whole. Checked by structure (what is held at any moment) and by growth between N and 2N articles
within wide bounds, never by timing."""
from __future__ import annotations

import dataclasses
import datetime
import gc
import hashlib
import io
import os
import json
import random
import shutil
import tracemalloc
from pathlib import Path

import networkx as nx
import pytest

import mkdocs.commands.build as mkdocs_build
from mkdocs.plugins import event_priority
from timeline import plugin
from timeline import export
from timeline.export import FORMATS, _json_document, previous_ids, render, write_exports
from timeline.graph import _GraphView, build_graph, published_graph
from timeline.model import Event, Settings, Source, StoredMentions
from timeline import pipeline
from timeline.pipeline import gather
from timeline.site.build import build_site
from timeline.site import render as render_module
from timeline.site.render import Pages, render_pages
from timeline.spill import Keyed, Spilled, View, arrange, by_id, each

from .helpers import ROOT, write_override, write_source

FILLER = ("The committee heard evidence from farmers, engineers and teachers about water, roads and schools in "
          "the northern valleys, and asked for written answers before its report. ")


def article_text(i: int, paragraphs: int = 48) -> str:
    """An article with two dated sentences and a long undated body (distinct per article)."""
    body = "\n\n".join(f"{FILLER}Paragraph {p} of report {i}." for p in range(paragraphs))
    return (f"Ministers from country {i} met in Geneva on Monday.\n\n{body}\n\n"
            f"Talks on the budget of region {i} continue on March {1 + i % 28}, officials said.")


def write_articles(content: Path, start: int, stop: int) -> None:
    for i in range(start, stop):
        write_source(content, f"a{i:03d}.md", article_text(i), f"2022-02-{1 + i % 28:02d}", outlet=f"Outlet {i % 5}")


def traced(fn):
    """(fn(), bytes allocated while it ran and still held after it, peak bytes allocated), traced."""
    gc.collect()
    tracemalloc.start()
    try:
        out = fn()
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return out, held, peak


def held_after_gathering(settings: Settings) -> int:
    """Bytes still allocated once gather has returned (the corpus and nothing else)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        corpus = gather(settings)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert corpus.sources  # kept alive until measured
    return held


# --- gathering ----------------------------------------------------------------------------------------------

def test_a_gathered_corpus_holds_no_article_text_and_reads_it_again_for_the_source_page(tmp_path):
    content = tmp_path / "content"
    write_articles(content, 0, 3)
    corpus = gather(Settings(content_dir=content, jobs=1))
    assert [s.text for s in corpus.sources] == ["", "", ""]
    assert corpus.timexes == {} and corpus.boilerplate == {} and corpus.expressions >= 6
    source, timexes, _ = corpus.article(corpus.sources[1])
    assert source.text == article_text(1) and source.id == corpus.sources[1].id
    assert all(source.text[t.start:t.end] == t.text for t in timexes) and len(timexes) >= 2


def test_what_gathering_holds_grows_by_small_records_per_article_not_by_their_texts(tmp_path):
    """Ten more articles of 10 KB each add far less than their 100 KB of text to what a gathered corpus holds
    (it holds each source's metadata and mentions; a corpus holding the texts would grow by more than them)."""
    content, cache = tmp_path / "content", tmp_path / "cache"
    write_articles(content, 0, 10)
    settings = Settings(content_dir=content, cache_dir=cache, jobs=1)
    gather(settings)  # fills the cache: the measured gathers read articles from it, as a rebuild does
    ten = held_after_gathering(settings)
    write_articles(content, 10, 20)
    gather(settings)
    twenty = held_after_gathering(settings)
    added_text = sum(len(article_text(i).encode()) for i in range(10, 20))
    assert added_text > 90_000
    assert twenty - ten < added_text / 2, (ten, twenty, added_text)


def test_linking_holds_the_mentions_of_a_few_days_not_of_the_corpus(tmp_path, monkeypatch):
    """Mentions wait on disk (a MentionStore) and linking reads them a day at a time: the words it holds at
    any moment are those of a few days' mentions, however many days the corpus spans."""
    from timeline.graph import Similarity

    content, cache = tmp_path / "content", tmp_path / "cache"
    for i in range(40):  # each article on its own day, nine days apart: no two days' mentions can merge
        day = datetime.date(2022, 1, 3) + datetime.timedelta(days=9 * i)
        write_source(content, f"a{i:03d}.md", f"Ministers of country {i} met in Geneva on Monday. Talks on the "
                     f"budget of region {i} resume on {day + datetime.timedelta(days=3):%B %-d}, officials said. "
                     f"The region {i} plan was drawn up in {day:%B}.", f"{day}")
    held = []
    load = Similarity.load

    def spy(self, mentions, stored=None):
        load(self, mentions, stored)
        held.append(len(self.terms))

    monkeypatch.setattr(Similarity, "load", spy)
    corpus = gather(Settings(content_dir=content, cache_dir=cache, jobs=1))
    mentions = sum(len(e.mentions) for e in corpus.events)
    assert corpus.mention_count == mentions >= 120 and len(corpus.events) >= 40
    assert held and max(held) <= 4, held  # a day's mentions and the group in hand, never the corpus's 120
    assert not list(cache.glob("mentions-*"))  # the store is gone with the build


def long_dated_article(i: int) -> str:
    """An article whose one dated sentence is long (about 3 KB) and its own."""
    clauses = ", ".join(f"clause {k} of the statement of delegation {i}" for k in range(80))
    return f"The delegation of country {i} arrived in Geneva on Monday, {clauses}.\n\nNothing else happened."


def test_a_gathered_corpus_keeps_its_events_mentions_and_links_on_disk(tmp_path):
    """The events of a gathered corpus read their mentions and links back from the build's stash: the quoted
    sentences of ten more articles add far less than themselves to what the corpus holds."""
    content, cache = tmp_path / "content", tmp_path / "cache"
    for i in range(10):
        write_source(content, f"a{i:03d}.md", long_dated_article(i), "2022-02-16", title=f"Report {i}")
    settings = Settings(content_dir=content, cache_dir=cache, jobs=1)
    gather(settings)
    ten = held_after_gathering(settings)
    for i in range(10, 20):
        write_source(content, f"a{i:03d}.md", long_dated_article(i), "2022-02-16", title=f"Report {i}")
    corpus = gather(settings)
    twenty = held_after_gathering(settings)
    sentences = [m.sentence for e in corpus.events for m in e.mentions]
    added = sum(len(long_dated_article(i)) for i in range(10, 20))
    assert len(sentences) == 20 and min(map(len, sentences)) > 3000 and added > 30_000
    assert twenty - ten < added / 3, (ten, twenty, added)


def test_describing_a_large_event_holds_no_list_of_its_pairs():
    # 400 mentions of one happening, each sharing words with all the others: 79,800 pairs, which held as tuples
    # took 16 MB to describe the event; its links are found (the same ones) without them
    from timeline.graph import Similarity, describe
    from timeline.model import Mention, Timex

    rng = random.Random(1)
    words = "vote senate budget deficit bridge flood storm court verdict jury strike union talks".split()
    ms = []
    for k in range(400):
        sentence = "On Monday the " + " ".join(rng.sample(words, 5)) + f" item{k}."
        ms.append(Mention(id=f"s{k}:3", source=f"s{k}", timex=Timex(3, 9, "Monday", "DATE", "2024-03-04"), start=0,
                          end=len(sentence), sentence_start=0, sentence_end=len(sentence), sentence=sentence,
                          title=sentence))
    sim = Similarity(ms)
    gc.collect()
    tracemalloc.start()
    try:
        links = describe(ms, sim)[4]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(links) == 399 and peak < 2_000_000, f"{peak / 1e6:.1f} MB"


def test_events_with_mentions_on_disk_read_as_the_tuples_they_stand_for(tmp_path):
    content = tmp_path / "content"
    write_articles(content, 0, 6)
    told = ("Biden and Putin spoke by phone on Thursday about Ukraine and the troops on the border.",
            "Putin and Biden spoke by phone about Ukraine and the troops on the border on Friday.")
    for name, body in zip(("x.md", "y.md"), told):  # two sources dating one call differently
        write_source(content, name, body, "2022-02-05")
    corpus = gather(Settings(content_dir=content, jobs=1))
    held = dataclasses.replace(corpus, events=[dataclasses.replace(e, mentions=tuple(e.mentions), links=tuple(e.links))
                                               for e in corpus.events])
    kept = [e for e in corpus.events if isinstance(e.mentions, StoredMentions)]
    assert len(kept) == len(corpus.events) >= 3 and any(e.links for e in kept) and any(e.conflict for e in kept)
    for e, h in zip(corpus.events, held.events):
        assert e == h and len(e.mentions) == len(h.mentions) and e.mentions[-1] == h.mentions[-1]
        assert (e.sources, e.reporting, e.conflict, e.versions) == (h.sources, h.reporting, h.conflict, h.versions)
        assert e.mentions + () == h.mentions and list(e.links) == list(h.links)
    for fmt in FORMATS:
        assert render(corpus, fmt) == render(held, fmt), fmt


def dated_articles(content: Path, count: int) -> None:
    """Articles each on its own day, nine days apart, so that no two days' events merge: about two events each."""
    for i in range(count):
        day = datetime.date(2022, 1, 3) + datetime.timedelta(days=9 * i)
        write_source(content, f"a{i:03d}.md", f"Ministers of country {i} met in Geneva on Monday. Talks on the "
                     f"budget of region {i} resume on {day + datetime.timedelta(days=3):%B %-d}, officials said.",
                     f"{day}", outlet=f"Outlet {i % 7}")


def events_alive(kind=None) -> int:
    gc.collect()
    return sum(type(o) is (kind or Event) for o in gc.get_objects())


def test_a_gathered_corpus_keeps_its_events_on_disk_and_the_pages_read_them_as_they_go(tmp_path, monkeypatch):
    """corpus.events is a sequence read from disk: gathering, indexing the site's pages and rendering every page
    hold no more than the few events read last, however many the corpus has; and the pages are the ones a
    corpus holding its events renders."""
    content = tmp_path / "content"
    dated_articles(content, 90)
    others, other_sources = events_alive(), events_alive(Source)  # held by earlier tests
    monkeypatch.setattr(pipeline, "SOURCES_AT_HAND", 16)
    corpus = gather(Settings(content_dir=content, cache_dir=tmp_path / "cache", jobs=1))
    assert isinstance(corpus.events, Spilled) and len(corpus.events) > 2 * Spilled.RECENT
    assert events_alive() - others <= Spilled.RECENT
    # and its sources too, found by id
    assert isinstance(corpus.sources, Keyed) and len(corpus.sources) == 90 > 16 >= events_alive(Source) - other_sources
    assert corpus.sources[7].id == "a007" and by_id(corpus.sources)["a007"] == corpus.sources[7]
    pages = Pages(corpus, [])
    assert events_alive() - others <= Spilled.RECENT
    # the page of each event and source is listed as it is built, not held
    assert pages._many is None and len(pages._what) == len(pages.own) < 8 < len(corpus.events) < len(list(pages.many()))
    rendered = {path: pages.render(path) for path in pages.paths}
    assert len(rendered) > len(corpus.events) and events_alive() - others <= Spilled.RECENT
    held = dataclasses.replace(corpus, events=list(corpus.events))
    assert rendered == render_pages(held, [])
    exports = {fmt: render(held, fmt) for fmt in FORMATS}
    del held
    # a timeline of pages: each page, the home page too, holds its own events while it is made, not all of them
    monkeypatch.setattr(render_module, "PAGE_SIZE", 20)
    pages, alive = Pages(corpus, []), []
    page = Pages._page
    monkeypatch.setattr(Pages, "_page", lambda self, *a, **kw: alive.append(events_alive() - others) or page(self, *a, **kw))
    timeline_pages = ["index.md", *(path for path, kind, _ in pages.many() if kind == "period")]
    paged = [pages.render(path) for path in timeline_pages]
    assert pages.periods and len(paged) == len(alive) > 10 and "index.md" in timeline_pages
    assert max(alive) <= Spilled.RECENT + 2 * 20, alive
    for fmt in FORMATS:
        assert render(corpus, fmt) == exports[fmt], fmt


def test_a_spilled_sequence_reads_like_a_list_and_keeps_shared_objects_by_reference(tmp_path):
    def load(key):
        return (), ()  # an event's (mentions, links)

    items = [Event(f"e{i}", f"2022-01-{1 + i % 28:02d}", None, "x" * 1000 + str(i), StoredMentions(load, i, 0, ()))
             for i in range(200)]
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        spilled = Spilled(tmp_path, shared={"load": load})
        spilled.extend(items[i] for i in range(200))
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 200 * 1000 / 10, held  # offsets, not the 200 KB of titles
    assert list(spilled) == items and len(spilled) == 200 and spilled[-1] == items[-1] and spilled[5:8] == items[5:8]
    assert spilled[3].mentions.load is load  # the shared object itself, not a copy
    with pytest.raises(IndexError):
        spilled[200]
    size = spilled._end
    spilled.map(lambda e: dataclasses.replace(e, hidden=True) if e.id == "e7" else e)
    assert spilled[7].hidden and not spilled[6].hidden and spilled._end < size * 1.05  # one item written again
    spilled.select([9, 7, 0])
    assert [e.id for e in spilled] == ["e9", "e7", "e0"] and list(View(spilled, [2, 0])) == [items[0], items[9]]
    assert list(arrange(items, [2, 1])) == [items[2], items[1]] and each(items[:2], lambda e: e.id) == ["e0", "e1"]


def test_the_store_of_a_killed_build_is_removed_by_the_next_build(tmp_path):
    content, cache = tmp_path / "content", tmp_path / "cache"
    write_articles(content, 0, 2)
    orphan, alive = cache / "mentions-999999999-abc", cache / f"mentions-{os.getpid()}-abc"
    for d in (orphan, alive):
        d.mkdir(parents=True)
        (d / "mentions.db").write_bytes(b"x" * 100)
    gather(Settings(content_dir=content, cache_dir=cache, jobs=1))
    assert not orphan.exists() and alive.exists()  # a running build's store is left alone


def test_the_linking_cache_holds_where_its_entries_are_not_the_entries(tmp_path):
    """The linking cache of the last build is read an entry at a time as linking asks for it: what it holds is
    an index far smaller than the entries, and a rebuild from it links as before."""
    from timeline.linkcache import FOLDER, LinkCache

    from timeline.cache import write_text

    big = tmp_path / "big"
    for shard in range(16):
        write_text(big / FOLDER / f"{shard:02x}.jsonl", "".join(
            f"{shard:02x}{hashlib.sha256(str(i).encode()).hexdigest()[2:]} {json.dumps(['x' * 2000, i])}\n"
            for i in range(40)))
    on_disk = sum(p.stat().st_size for p in (big / FOLDER).glob("*.jsonl"))
    links, held, _ = traced(lambda: LinkCache(big))
    assert sum(map(len, links.old.values())) == 640 and held < on_disk / 10, (held, on_disk)
    key = f"05{hashlib.sha256(b'7').hexdigest()[2:]}"
    assert links._memo(key, None, None, lambda d: d) == ["x" * 2000, 7] and links.hits == 1
    # a key that shares its first 8 bytes with an entry's, and no more, is not that entry
    other = key[:16] + ("0" if key[16] != "0" else "1") + key[17:]
    assert links._memo(other, lambda: "computed", lambda d: d, lambda d: d) == "computed" and links.misses == 1

    content, cache = tmp_path / "content", tmp_path / "cache"
    write_articles(content, 0, 12)
    settings = Settings(content_dir=content, cache_dir=cache, jobs=1)
    first = gather(settings)
    again = gather(settings)
    entries = sum(map(len, LinkCache(cache).old.values()))
    assert again.link_cache_misses == 0 and again.link_cache_hits == entries > 12
    assert render(again, "json") == render(first, "json")


def test_the_linking_cache_records_each_entry_a_build_uses_in_a_few_dozen_bytes(tmp_path):
    """Every block and event of a build is an entry of the linking cache, read or computed; what the build keeps
    of each until the cache is saved is its key's digest and where its text is (on disk), about 40 bytes, not a
    dict entry per key (over 200 bytes with the key's bytes and its place in the computed entries' file)."""
    from timeline.linkcache import FOLDER, LinkCache

    links = LinkCache(tmp_path)
    keys = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(3000)]

    def compute_all():
        for i, key in enumerate(keys):
            links._memo(key, lambda: ["entry", i], lambda d: d, lambda d: d)

    _, held, _ = traced(compute_all)
    assert links.misses == 3000 and held < 3000 * 60, held
    links._memo(keys[5], lambda: ["entry", 5], lambda d: d, lambda d: d)  # one used twice is saved once
    links.save()
    lines = [line for p in (tmp_path / FOLDER).glob("*.jsonl") for line in p.read_text().splitlines()]
    assert sorted(lines) == sorted(f'{key} ["entry",{i}]' for i, key in enumerate(keys))
    again = LinkCache(tmp_path)
    assert again._memo(keys[7], None, None, lambda d: d) == ["entry", 7] and again.hits == 1


def test_mentions_share_one_object_per_offset_value_across_articles(tmp_path):
    """Offsets recur across articles (every article has a character 1,000): articles read from the cache hold
    one int object per value, not one per mention and field, so those held together add nothing per article
    past the longest one. (A gathered corpus holds no mentions at all: an event's are read from disk.)"""
    from timeline.pipeline import articles

    content = tmp_path / "content"
    write_articles(content, 0, 6)
    settings = Settings(content_dir=content, cache_dir=tmp_path / "cache", jobs=1)
    gather(settings)
    arts, _, cache = articles(settings)
    mentions = [m for article, _ in arts for m in article.mentions]
    assert cache.hits == 6
    objects: dict[int, set[int]] = {}
    for m in mentions:
        for value in (m.start, m.end, m.sentence_start, m.sentence_end, m.timex.start, m.timex.end):
            objects.setdefault(value, set()).add(id(value))
    assert sum(v > 256 for v in objects) >= 2 and all(len(ids) == 1 for ids in objects.values())
    assert len(mentions) * 6 > 2 * len(objects)  # values do recur


# --- the site -----------------------------------------------------------------------------------------------

def test_mkdocs_holds_one_generated_page_at_a_time(tmp_path, monkeypatch):
    """mkdocs reads every page before it writes any: the plugin parks each page's Markdown and HTML until its
    turn and drops them once written, so at most the page being written holds either."""
    content = tmp_path / "content"
    write_articles(content, 0, 8)
    held: list[int] = []
    build_page = mkdocs_build._build_page

    def spy(page, config, doc_files, *args, **kwargs):
        pages = [f.page for f in doc_files if isinstance(f, plugin._PageFile) and f.page is not None]
        assert all(f._content is None for f in doc_files if isinstance(f, plugin._PageFile))  # never stored
        held.append(sum(bool(p.content) or bool(p.markdown) for p in pages))
        return build_page(page, config, doc_files, *args, **kwargs)

    monkeypatch.setattr(mkdocs_build, "_build_page", spy)
    out = build_site(Settings(content_dir=content, out_dir=tmp_path / "site", jobs=1))
    assert len(held) > 8 and max(held) == 0  # parked before each page is built, dropped after
    assert "Paragraph 3 of report 5" in (out / "sources" / "a005.html").read_text(encoding="utf-8")


def test_a_build_writes_the_same_site_whether_or_not_pages_are_parked(tmp_path, monkeypatch):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    parked = build_site(Settings(content_dir=content, out_dir=tmp_path / "parked"))
    # none parked (the pages' HTML still given to mkdocs as it is: see plugin.on_page_markdown)
    monkeypatch.setattr(plugin.TimelinePlugin, "on_page_content", plugin.TimelinePlugin._verbatim_content)
    held = build_site(Settings(content_dir=content, out_dir=tmp_path / "held"))
    assert tree(parked) == tree(held)


def test_the_search_plugin_holds_no_entries_between_pages_and_its_index_is_the_same(tmp_path, monkeypatch):
    """Material's search plugin would hold every page's text until the end of the build: the plugin spools
    each page's entries to disk as it is built, and search_index.json (and its inlined copy) come out the same."""
    content = tmp_path / "content"
    write_articles(content, 0, 8)
    held: list[int] = []
    build_page = mkdocs_build._build_page

    def spy(page, config, doc_files, *args, **kwargs):
        held.append(len(config.plugins["material/search"].search_index.entries))
        return build_page(page, config, doc_files, *args, **kwargs)

    from material.plugins.offline.plugin import OfflinePlugin

    inlined: list[bool] = []  # whether the offline plugin read the index whole to inline it
    offline = OfflinePlugin.on_post_build

    def offline_spy(self, *, config):
        inlined.append(self.config.enabled)
        return offline(self, config=config)

    monkeypatch.setattr(mkdocs_build, "_build_page", spy)
    monkeypatch.setattr(OfflinePlugin, "on_post_build", event_priority(-100)(offline_spy))
    spooled = build_site(Settings(content_dir=content, out_dir=tmp_path / "spooled", jobs=1))
    assert len(held) > 8 and max(held) == 0 and inlined == [False]
    monkeypatch.setattr(plugin, "_spoolable_search_index", lambda config: None)
    held.clear()
    whole = build_site(Settings(content_dir=content, out_dir=tmp_path / "whole", jobs=1))
    assert max(held) >= 3 and inlined == [False, True]  # the plugins' own way: every entry so far held
    index = json.loads((spooled / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert len(index["docs"]) >= 3 and any("Geneva" in d["text"] for d in index["docs"])
    assert tree(spooled) == tree(whole)


def test_a_written_page_keeps_its_title_and_its_anchors_are_parked_not_held(tmp_path, monkeypatch):
    """What mkdocs keeps of each of its pages until the end of the build: only the title of its front matter, no
    table of contents, and its anchor ids in the stash, still answering mkdocs' check of links to anchors."""
    import re

    content = tmp_path / "content"
    write_articles(content, 0, 4)
    seen = {}
    validate = mkdocs_build.Page.validate_anchor_links

    def spy(page, *, files, log_level):
        if page.file.src_uri == "index.md":  # checked now: the stash is gone once the build ends
            html = Path(page.file.abs_dest_path).read_text(encoding="utf-8")
            ids = re.findall(r' id="(e-[^"]+)"', html)
            seen.update(page=page, ids=ids, found=[i in page.present_anchor_ids for i in ids],
                        missing="e-no-such-event" in page.present_anchor_ids)
        return validate(page, files=files, log_level=log_level)

    monkeypatch.setattr(mkdocs_build.Page, "validate_anchor_links", spy)
    build_site(Settings(content_dir=content, out_dir=tmp_path / "site", jobs=1))
    page = seen["page"]
    assert page.title and set(page.meta) == {"title"} and not page.toc.items
    assert isinstance(page.present_anchor_ids, plugin._ParkedAnchors)
    assert len(seen["ids"]) >= 2 and all(seen["found"]) and not seen["missing"]


def test_event_and_source_pages_are_built_alone_and_let_go(tmp_path, monkeypatch):
    """mkdocs would hold a File and a Page for every page until the end of the build, tens of thousands of them
    at scale: the event and source pages are built one at a time after mkdocs' own, and nothing keeps them."""
    import weakref

    content = tmp_path / "content"
    write_articles(content, 0, 6)
    alone, in_files = [], []
    populate = mkdocs_build._populate_page

    def spy(page, config, files, *args, **kwargs):
        if isinstance(page.file, plugin._PageFile) and page.file.alone:
            alone.append((page.file.src_uri, weakref.ref(page)))
            in_files.append(files.get_file_from_path(page.file.src_uri) is not None)
        return populate(page, config, files, *args, **kwargs)

    monkeypatch.setattr(mkdocs_build, "_populate_page", spy)
    out = build_site(Settings(content_dir=content, out_dir=tmp_path / "site", jobs=1))
    gc.collect()
    kinds = {uri.split("/")[0] for uri, _ in alone}
    assert kinds == {"events", "sources"} and len(alone) >= 8 and not any(in_files)
    assert all(ref() is None for _, ref in alone)  # none is held once the build is over
    assert all((out / uri.replace(".md", ".html")).is_file() for uri, _ in alone)
    assert "Paragraph 3 of report 5" in (out / "sources" / "a005.html").read_text(encoding="utf-8")


def test_pages_built_alone_are_in_the_sitemap_when_the_site_has_an_address(tmp_path):
    """Without a site_url mkdocs lists no page in sitemap.xml; with one, the pages built alone are listed with
    mkdocs' own, in the .xml and its .gz copy."""
    import gzip

    import yaml

    content = tmp_path / "content"
    write_articles(content, 0, 3)
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(ROOT / config["docs_dir"])
    config["site_url"] = "https://example.org/timeline/"
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config), encoding="utf-8")
    out = build_site(Settings(content_dir=content, out_dir=tmp_path / "site", jobs=1, config_file=config_file,
                              templates_dir=ROOT / "site_templates"))
    xml = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://example.org/timeline/index.html" in xml and "https://example.org/timeline/sources/a001.html" in xml
    assert any(f"https://example.org/timeline/events/{p.name}" in xml for p in (out / "events").glob("*.html"))
    assert xml.rstrip().endswith("</urlset>") and xml.count("<url>") == xml.count("</url>")
    assert gzip.decompress((out / "sitemap.xml.gz").read_bytes()).decode("utf-8") == xml


def test_parked_anchors_answer_as_the_set_they_replace(tmp_path):
    from timeline.cache import Stash

    stash = Stash(tmp_path)
    ids = {"t-12", "e-a-b", "main"}
    parked = plugin._ParkedAnchors(stash, "sources/a.md", ids)
    assert all(i in parked for i in ids) and "t-1" not in parked and "" not in parked and parked
    stash.close()


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- exports ------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo corpus with an editor's corrections: a hidden event and a merge."""
    content = tmp_path_factory.mktemp("demo") / "content"
    shutil.copytree(ROOT / "content", content)
    ids = [e.id for e in gather(Settings(content_dir=content, jobs=1)).events]
    write_override(content, "hide.md", f"id: {ids[1]}\nhide: true")
    write_override(content, "merge.md", f"id: {ids[2]}\nmerge: [{ids[3]}]")
    corpus = gather(Settings(content_dir=content, jobs=1))
    assert sum(e.hidden for e in corpus.events) == 1 and len(corpus.events) == len(ids) - 1 and not corpus.problems
    return corpus


def graphml_of(g) -> bytes:
    out = io.BytesIO()
    nx.write_graphml(g, out, encoding="utf-8", prettyprint=True)
    return out.getvalue()


def networkx_graphml(corpus) -> bytes:
    """What the export wrote before it streamed: networkx's graph of every event, hidden ones removed."""
    g = build_graph(corpus.events, corpus.sources)
    for n, d in list(g.nodes(data=True)):
        if d.get("kind") == "event" and d.get("hidden"):
            g.remove_nodes_from([n] + [v for _, v, k in g.out_edges(n, keys=True) if k == "mentioned_in"])
    return graphml_of(g)


def test_graphml_written_from_the_view_is_networkx_graphml_byte_for_byte(demo):
    import dataclasses

    assert _GraphView.exact(demo.events, demo.sources)
    assert render(demo, "graphml").encode() == networkx_graphml(demo)
    hidden = dataclasses.replace(demo, events=[dataclasses.replace(e, hidden=i % 3 == 0)
                                               for i, e in enumerate(demo.events)])
    assert isinstance(published_graph(hidden.events, hidden.sources), _GraphView)
    assert render(hidden, "graphml").encode() == networkx_graphml(hidden)


def test_graphml_of_events_the_view_cannot_follow_comes_from_networkx(demo):
    import dataclasses

    two = next(e for e in demo.events if len(e.mentions) > 1)
    twice = dataclasses.replace(demo, events=[*demo.events, dataclasses.replace(two, id="copy", mentions=two.mentions[:1])])
    assert not _GraphView.exact(twice.events, twice.sources)  # a mention in two events
    assert not isinstance(published_graph(twice.events, twice.sources), _GraphView)
    assert render(twice, "graphml").encode() == networkx_graphml(twice)


ODD = "&<>\"'\n\t\r é\u2028\x85 ]]> --"


def odd_text(rng: random.Random) -> str:
    return "".join(rng.choice(ODD + "ab") for _ in range(rng.randint(0, 8)))


def test_graphml_written_an_event_at_a_time_is_networkx_graphml_whatever_the_text(demo):
    """Titles, tags, outlets, mention texts and link reasons with characters XML escapes (in text and in
    attributes), some events hidden, some without mentions or links, ids with quotes in them: the export's own
    writer gives networkx's bytes."""
    from timeline.model import Link

    rng = random.Random(11)
    for _ in range(25):
        sources = [dataclasses.replace(s, title=odd_text(rng), outlet=rng.choice([None, odd_text(rng)]),
                                       published=rng.choice([None, s.published])) for s in demo.sources]
        events = []
        for i, e in enumerate(demo.events):
            mentions = [dataclasses.replace(m, title=odd_text(rng), timex=dataclasses.replace(m.timex, text=odd_text(rng)))
                        for m in e.mentions][:rng.randint(0, len(e.mentions))]
            links = [Link(a.id, b.id, rng.choice([0.5, 1.0, 0.125]), tuple(odd_text(rng) for _ in range(2)), odd_text(rng))
                     for a, b in zip(mentions, mentions[1:])]
            events.append(dataclasses.replace(e, id=f'{e.id}"{i}&\t\n\r<>', title=odd_text(rng), mentions=tuple(mentions),
                                              links=tuple(links), hidden=rng.random() < 0.2,
                                              tags=tuple(odd_text(rng) for _ in range(rng.randint(0, 2)))))
        corpus = dataclasses.replace(demo, sources=sources, events=events)
        assert _GraphView.exact(corpus.events, corpus.sources)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(nx, "write_graphml", None)  # written by the export itself
            written = render(corpus, "graphml").encode()
        assert written == networkx_graphml(corpus)
    empty = dataclasses.replace(demo, sources=[], events=[])
    assert render(empty, "graphml").encode() == networkx_graphml(empty)


@pytest.mark.parametrize("change", ["an integer score", "a control character", "a title that is not text"])
def test_graphml_of_values_networkx_writes_otherwise_comes_from_networkx(demo, change):
    """A link's score that is an integer has a key of its own; a control character makes networkx refuse; a
    title of another type is written as networkx writes it: whatever networkx does, the export does."""
    linked = next(i for i, e in enumerate(demo.events) if e.links and not e.hidden)
    e = demo.events[linked]
    if change == "an integer score":
        e = dataclasses.replace(e, links=(dataclasses.replace(e.links[0], score=1), *e.links[1:]))
    elif change == "a control character":
        e = dataclasses.replace(e, title="bell \x07")
    else:
        m = e.mentions[0]
        e = dataclasses.replace(e, mentions=(dataclasses.replace(m, title=3), *e.mentions[1:]))
    corpus = dataclasses.replace(demo, events=[*demo.events[:linked], e, *demo.events[linked + 1:]])
    if change == "a control character":
        with pytest.raises(ValueError, match="XML compatible"):
            networkx_graphml(corpus)
        with pytest.raises(ValueError, match="XML compatible"):
            render(corpus, "graphml")
    else:
        assert render(corpus, "graphml").encode() == networkx_graphml(corpus)


@pytest.mark.parametrize("value", [
    [], {}, [[]], [{}], {"a": []}, {"é\u2028": ["x\ny", 1.5, None, True, {"k": [1, {"z": []}]}]},
    [{"id": "a", "mentions": [], "links": [{"shared": []}]}, {"id": "b"}],
])
def test_a_streamed_json_document_is_json_dumps(value):
    members = [("sources", iter(value) if isinstance(value, list) else value), ("events", iter([value])),
               ("title", {"text": value})]
    expected = json.dumps({"sources": value, "events": [value], "title": {"text": value}}, ensure_ascii=False,
                          indent=2) + "\n"
    assert "".join(_json_document(members)) == expected


def test_a_random_streamed_json_document_is_json_dumps():
    rng = random.Random(7)

    def value(depth: int):
        kind = rng.choice("sifbnld" if depth < 4 else "sifbn")
        return {"s": lambda: "".join(rng.choice("ab\n\"\\é\u2028 ") for _ in range(rng.randint(0, 6))),
                "i": lambda: rng.randint(-5, 5), "f": lambda: rng.random(), "b": lambda: rng.random() < 0.5,
                "n": lambda: None, "l": lambda: [value(depth + 1) for _ in range(rng.randint(0, 3))],
                "d": lambda: {str(k): value(depth + 1) for k in range(rng.randint(0, 3))}}[kind]()

    for _ in range(200):
        items = [value(1) for _ in range(rng.randint(0, 4))]
        assert "".join(_json_document([("events", iter(items))])) == \
            json.dumps({"events": items}, ensure_ascii=False, indent=2) + "\n"


def test_exports_written_a_piece_at_a_time_are_the_rendered_ones(demo, tmp_path):
    paths = write_exports(demo, tmp_path)
    for fmt, name in FORMATS.items():
        assert (tmp_path / name).read_bytes() == render(demo, fmt).encode("utf-8"), fmt
    assert len(paths) == len(FORMATS)


def test_a_source_page_finds_the_events_of_its_expressions_without_an_index_of_every_mention(demo):
    """The pages hold no map of every mention to its event for the whole build; a source page's map, made from
    the events reporting that source, is the corpus's map restricted to the source (hidden events left out)."""
    from timeline.site.render import Pages

    pages = Pages(demo, [])
    visible = {e.id for e in demo.events if not e.hidden}
    whole = {m: e for m, e in demo.event_of_mention().items() if e in visible}
    assert not hasattr(pages, "event_of") and any(e.hidden for e in demo.events)
    for s in demo.sources:
        assert pages._event_of(s.id) == {m: e for m, e in whole.items() if m.startswith(f"{s.id}:")}, s.id
    assert sum(len(pages._event_of(s.id)) for s in demo.sources) == len(whole)


# --- the previous build's ids ------------------------------------------------------------------------------

def whole_read_ids(site: Path) -> dict:
    """previous_ids as it read the export before (whole)."""
    try:
        data = json.loads((site / "exports" / "timeline.json").read_text(encoding="utf-8"))
        return {eid: [f"{m['source']}:{m['start']}" for m in e.get("mentions", [])]
                for e in data.get("events", []) for eid in [e["id"], *e.get("aliases", [])]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def test_previous_ids_read_an_event_at_a_time_are_those_of_the_whole_export(demo, tmp_path):
    site = tmp_path / "site"
    write_exports(demo, site / "exports")
    path = site / "exports" / "timeline.json"
    text = path.read_text(encoding="utf-8")
    assert previous_ids(site) == whole_read_ids(site) and len(previous_ids(site)) >= len(demo.events)
    variants = {
        "minified": json.dumps(json.loads(text)),  # not our layout: read whole
        "no events": '{\n  "sources": [],\n  "events": []\n}\n',
        "truncated": text[: len(text) // 2],
        "cut at an item": text[: text.index("\n    },\n", len(text) // 2) + 7],
        "not ours": '{"events": "none"}',
        "no id": text.replace('"id": ', '"ident": '),
        "empty": "",
    }
    for name, variant in variants.items():
        path.write_text(variant, encoding="utf-8")
        assert previous_ids(site) == whole_read_ids(site), name


def test_previous_ids_do_not_hold_the_export(demo, tmp_path):
    """Reading the ids of an export with many long sentences holds far less than the export at any moment."""
    site = tmp_path / "site"
    (site / "exports").mkdir(parents=True)
    long = "word " * 2000
    events = [{"id": f"e{i}", "mentions": [{"source": "s", "start": i, "sentence": long}]} for i in range(200)]
    (site / "exports" / "timeline.json").write_text(json.dumps({"sources": [], "events": events}, indent=2) + "\n",
                                                    encoding="utf-8")
    size = (site / "exports" / "timeline.json").stat().st_size
    ids, _, peak = traced(lambda: previous_ids(site))
    assert ids == whole_read_ids(site) and len(ids) == 200
    assert peak < size / 5, (peak, size)


def test_the_stash_leaves_no_file_behind_and_gives_back_what_it_was_given(tmp_path):
    from timeline.cache import Stash

    stash = Stash(tmp_path / "missing", tmp_path)
    stash.put("a", "één\n" * 1000)
    stash.put(("b", "html"), "<p>b</p>")
    stash.put("a", "again")
    assert list(tmp_path.iterdir()) == []  # anonymous: nothing to clean up, even after a kill
    assert stash.get("a") == "again" and stash.get(("b", "html")) == "<p>b</p>" and "c" not in stash
    stash.close()


def test_an_unreadable_cache_entry_is_recomputed_while_the_articles_stream(tmp_path):
    content, cache = tmp_path / "content", tmp_path / "cache"
    write_articles(content, 0, 4)
    settings = Settings(content_dir=content, cache_dir=cache, jobs=1)
    first = gather(settings)
    entries = sorted(cache.rglob("*.json"))
    entries = [p for p in entries if p.parent.parent == cache]
    assert len(entries) == 4
    entries[2].write_text("{not json", encoding="utf-8")
    again = gather(settings)
    assert again.cache_hits == 3
    for fmt in FORMATS:
        assert render(again, fmt) == render(first, fmt)
    assert [again.article(s)[0].text for s in again.sources] == [article_text(i) for i in range(4)]


def test_the_graphml_of_a_gathered_corpus_is_written_without_holding_its_events_or_their_mention_ids(tmp_path):
    content = tmp_path / "content"
    dated_articles(content, 90)
    corpus = gather(Settings(content_dir=content, cache_dir=tmp_path / "cache", jobs=1))
    first = corpus.events[0]
    write_override(content, "hide.md", f"id: {first.id}\nhide: true", "")
    corpus = gather(Settings(content_dir=content, cache_dir=tmp_path / "cache", jobs=1))
    assert corpus.events[0].hidden and len(corpus.events) > 2 * Spilled.RECENT
    others = events_alive()
    seen, calls = [], []
    graph_parts = export._graph_parts

    def spy(e, keys):
        calls.append(1)
        if len(calls) % 10 == 1:
            seen.append(events_alive() - others)
        return graph_parts(e, keys)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(export, "_graph_parts", spy)
        mp.setattr(nx, "write_graphml", None)  # not through networkx: an event at a time
        written = render(corpus, "graphml").encode()
    assert len(seen) > 5 and max(seen) <= Spilled.RECENT + 2  # the events read last, the one written and its copy in memory
    held = dataclasses.replace(corpus, events=list(corpus.events))
    assert written == networkx_graphml(held) and f"event:{first.id}".encode() not in written
