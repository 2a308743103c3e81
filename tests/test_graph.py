"""Clustering: one event per happening across sources, kept apart when the date or the content differs; the
linking cache gives what computing would."""
from pathlib import Path

import pytest

from timeline.export import FORMATS, render
from timeline.graph import Similarity, _attach_named, _attach_thin, build_graph
from timeline.linkcache import FOLDER, LinkCache
from timeline.model import Settings
from timeline.pipeline import gather

from .helpers import write_source

CALL_A = "Biden and Putin will speak by phone on Thursday about Ukraine, the White House said."
CALL_B = "The phone call between Putin and Biden on Thursday follows weeks of tension over Ukraine."
SPY = "On Thursday, CNN quoted a military official as saying a US spy plane flew over eastern Ukraine."
TALKS = "Russian and US negotiators will meet in Geneva on January 10 for security talks."
TALKS_MONTH = "The security talks in Geneva in January will test both sides."
EARLY = "In an earlier call in early December, Biden threatened Putin with sanctions."


def corpus(tmp_path: Path, articles: dict[str, str], published: str = "2021-12-29"):
    for name, body in articles.items():
        write_source(tmp_path, name, body, published)
    return gather(Settings(content_dir=tmp_path))


def event_sources(c):
    return {e.date: sorted(e.sources) for e in c.events}


def test_same_day_same_happening_across_sources_is_one_event(tmp_path):
    c = corpus(tmp_path, {"a.md": CALL_A, "b.md": CALL_B})
    assert [(e.date, sorted(e.sources)) for e in c.events] == [("2021-12-30", ["a", "b"])]


def test_same_day_different_happening_stays_apart(tmp_path):
    c = corpus(tmp_path, {"a.md": CALL_A, "b.md": CALL_B, "c.md": SPY}, published="2021-12-30")
    assert len([e for e in c.events if e.date == "2021-12-30"]) == 2
    spy = next(e for e in c.events if e.sources == ("c",))
    assert spy.mentions[0].reporting and "spy plane" in spy.title


def test_unrelated_reports_sharing_one_common_word_stay_apart(tmp_path):
    # a European election and an Indian housing scheme, both on June 30, share only "second"
    c = corpus(tmp_path, {
        "a.md": "The first round of the French election will be held on June 30 and the second round a week later.",
        "b.md": "We extended the window for buyers twice, the second time till June 30, an official said.",
    }, published="2024-06-20")
    assert sorted(sorted(e.sources) for e in c.events if e.date == "2024-06-30") == [["a"], ["b"]]
    # the same happening in two reports shares more than one word
    c = corpus(tmp_path / "x", {
        "a.md": "The first round of the French election will be held on June 30.",
        "b.md": "French voters go to the polls in the first round of the snap election on June 30.",
    }, published="2024-06-20")
    assert [sorted(e.sources) for e in c.events if e.date == "2024-06-30"] == [["a", "b"]]


def test_a_thin_mention_joining_a_lone_mention_leaves_each_mention_in_one_group():
    # The thin one comes first; the group it joins then no longer equals the lone group it was, which once made
    # that lone mention count as unplaced and join a second time (the same mention twice in one event).
    from timeline.events import mentions
    from timeline.model import Source
    from timeline.segment import boilerplate
    from timeline.temporal import tag

    text = ("Offer lapsed Friday evening. The tender offer for Telerate shares had been scheduled to expire at "
            "midnight Friday, Dow Jones said in a statement.")
    src = Source(id="s", path="sources/s.md", text=text, title="t", published="1988-07-11")
    thin, lone = mentions(src, tag(text, "1988-07-11"), boilerplate(text))
    sim = Similarity([thin, lone])
    assert len(sim.terms[thin.id]) <= 3 < len(sim.terms[lone.id]) and sim(thin, lone) > 0
    groups = _attach_thin([[thin], [lone]], sim)
    assert [[m.id for m in g] for g in groups] == [[thin.id, lone.id]]


def test_a_possessive_date_naming_its_happening_joins_the_group_that_uses_its_word(tmp_path):
    talk = ("But with today's talk setting the stage for tough, low-level, face-to-face negotiations in Geneva, "
            "there were few signs of major concessions on the horizon.")
    vote = "Today's vote in the Rada was postponed again."
    c = corpus(tmp_path, {"a.md": CALL_A, "b.md": CALL_B, "c.md": talk, "d.md": vote}, published="2021-12-30")
    mentions = [m for e in c.events for m in e.mentions]
    by_source = {m.source: m for m in mentions}
    sim = Similarity(mentions)
    call = [by_source["a"], by_source["b"]]
    groups = _attach_named([call, [by_source["c"]], [by_source["d"]]], sim)
    # "talk" is a synonym of "call", which both mentions of the call use: one event; nobody else votes
    assert sorted(sorted(m.source for m in g) for g in groups) == [["a", "b", "c"], ["d"]]


def test_a_month_mention_joins_the_event_of_that_month_it_describes(tmp_path):
    c = corpus(tmp_path, {"a.md": TALKS, "b.md": TALKS_MONTH})
    assert event_sources(c) == {"2022-01-10": ["a", "b"]}


def test_early_december_does_not_join_a_late_december_event(tmp_path):
    c = corpus(tmp_path, {"a.md": CALL_A, "b.md": EARLY})
    assert set(event_sources(c)) == {"2021-12-30", "2021-12"}
    assert next(e for e in c.events if e.date == "2021-12").mod == "START"


def test_a_period_mention_joins_the_day_told_in_its_own_sentence_not_a_copy_of_it_elsewhere(tmp_path):
    # One text published twice, seven weeks apart: each copy's "later this year" belongs with its own "today"
    # (the same sentence), though the other copy's sentence has exactly its words too.
    text = ("CMS Energy said management would recommend to its board today that its common stock dividend be "
            "reinstated at a modest level later this year.")
    write_source(tmp_path, "a.md", text, "1987-10-16")
    write_source(tmp_path, "b.md", text, "1987-12-08")
    c = gather(Settings(content_dir=tmp_path))
    held = {m.id: e.date for e in c.events for m in e.mentions}
    assert sorted(held.values()) == ["1987-10-16", "1987-10-16", "1987-12-08", "1987-12-08"]
    assert all(held[m] == {"a": "1987-10-16", "b": "1987-12-08"}[m.split(":")[0]] for m in held)


def test_ids_are_stable_and_an_unrelated_article_renames_nothing(tmp_path):
    first = [e.id for e in corpus(tmp_path / "1", {"a.md": CALL_A, "b.md": CALL_B, "t.md": TALKS}).events]
    again = [e.id for e in corpus(tmp_path / "2", {"a.md": CALL_A, "b.md": CALL_B, "t.md": TALKS}).events]
    more = corpus(tmp_path / "3", {"a.md": CALL_A, "b.md": CALL_B, "t.md": TALKS,
                                   "z.md": "The football final is on May 1, 2022 in Paris."}).events
    assert first == again
    assert set(first) <= {e.id for e in more} and len(more) == len(first) + 1
    assert all(e.id.startswith(e.date) for e in more)


def test_graph_links_events_mentions_and_sources(tmp_path):
    c = corpus(tmp_path, {"a.md": CALL_A, "b.md": CALL_B})
    g, [event] = build_graph(c.events, c.sources), c.events
    node = f"event:{event.id}"
    mentions = [v for _, v, k in g.out_edges(node, keys=True) if k == "mentioned_in"]
    assert sorted(mentions) == sorted(f"mention:{m.id}" for m in event.mentions)
    assert {v for m in mentions for _, v, k in g.out_edges(m, keys=True) if k == "in_source"} == {"source:a", "source:b"}
    similar = [d for _, _, k, d in g.edges(keys=True, data=True) if k == "similar"]
    assert similar and all(d["weight"] > 0 and d["shared"] for d in similar)


def test_sources_that_date_one_happening_differently_are_flagged(tmp_path):
    a = "Russian and American negotiators opened security talks in Geneva on Monday, January 10, 2022."
    b = "Russian and American negotiators opened security talks in Geneva on Tuesday, January 11, 2022."
    c = corpus(tmp_path, {"a.md": a, "b.md": b}, published="2022-01-11")
    [event] = c.events
    assert event.conflict and event.versions == {"a": ("2022-01-10",), "b": ("2022-01-11",)}
    assert "disagree" in " ".join(link.reason for link in event.links)


def test_a_source_dating_two_days_keeps_them_two_events(tmp_path):
    a = ("Negotiators meet the NATO council in Brussels on January 12. "
         "Negotiators meet the OSCE council in Vienna on January 13.")
    c = corpus(tmp_path, {"a.md": a})
    assert [e.date for e in c.events] == ["2022-01-12", "2022-01-13"] and not any(e.conflict for e in c.events)


def test_corroboration_counts_outlets_and_finds_the_first_report(tmp_path):
    write_source(tmp_path, "a.md", CALL_A, "2021-12-29", outlet="Wire")
    write_source(tmp_path, "b.md", CALL_B, "2021-12-28", outlet="Paper")
    write_source(tmp_path, "c.md", CALL_A, "2021-12-29", outlet="Wire")
    [event] = gather(Settings(content_dir=tmp_path)).events
    assert event.outlets == ("Wire", "Paper") and event.first_source == "b"


# --- the linking cache ---------------------------------------------------------------------------------------

def two_stories(content: Path, n: int) -> None:
    """n articles, half on talks in Geneva and half on a final in Paris, two mentions each, on several days."""
    for i in range(n):
        body = (f"Negotiators from country {i} met in Geneva on January {10 + i % 3}.\n\n"
                "Talks on sanctions continue in early February, officials said." if i % 2 else
                f"Fans of club {i} travelled to Paris for the football final on March {5 + i % 3}.\n\n"
                "Tickets for the stadium sold out in late February, the organisers said.")
        write_source(content, f"t{i:02d}.md", body, "2022-01-09")


def test_a_rebuild_from_the_linking_cache_exports_what_a_cold_build_does(tmp_path):
    content, settings = tmp_path / "content", Settings(content_dir=tmp_path / "content", cache_dir=tmp_path / "cache",
                                                       jobs=1)
    two_stories(content, 16)
    first = gather(settings)
    assert first.link_cache_hits == 0 and first.link_cache_misses > 0
    # A story on the final with as many mentions as before, but naming Geneva: Geneva's idf falls, so the
    # scores within the talks change, though none of their mentions did.
    write_source(content, "t00.md", "Fans travelled to Geneva for the final on March 5.\n\nIn Geneva, tickets sold "
                                    "out in late February.", "2022-01-09")
    warm, cold = gather(settings), gather(Settings(content_dir=content, jobs=1))
    assert warm.link_cache_hits > 0 and warm.link_cache_misses > 0  # the final is read from the cache
    for fmt in FORMATS:
        assert render(warm, fmt) == render(cold, fmt), fmt
    assert render(warm, "json") != render(first, "json")


def test_an_unreadable_linking_cache_is_recomputed(tmp_path):
    content, cache = tmp_path / "content", tmp_path / "cache"
    two_stories(content, 8)
    gather(Settings(content_dir=content, cache_dir=cache, jobs=1))
    shards = list((cache / FOLDER).glob("*.jsonl"))
    assert shards
    for shard in shards:
        shard.write_text('{"not": "what linking wrote"', encoding="utf-8")
    again = gather(Settings(content_dir=content, cache_dir=cache, jobs=1))
    assert again.link_cache_hits == 0
    assert render(again, "json") == render(gather(Settings(content_dir=content, jobs=1)), "json")


def test_a_linking_cache_key_covers_the_idf_of_the_words_of_its_mentions_only(tmp_path):
    c = corpus(tmp_path, {"a.md": CALL_A, "b.md": CALL_B, "t.md": TALKS})
    call = next(e for e in c.events if e.date == "2021-12-30").mentions
    sim = Similarity([m for e in c.events for m in e.mentions])
    key = LinkCache(None).key("event", list(call), sim)
    sim.idf["genev"] += 1  # (stems) a word of the talks only
    assert LinkCache(None).key("event", list(call), sim) == key
    sim.idf["biden"] += 1
    assert LinkCache(None).key("event", list(call), sim) != key


def _reference_upgma(ms, sim, threshold):
    """Average-link clustering the slow, obvious way: every step, every pair of groups, all their pairs."""
    groups = [[m] for m in sorted(ms, key=lambda m: (m.source, m.timex.start))]
    while True:
        best = None
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                mean = sum(sim(a, b) if sim.evidence(a, b) else 0.0 for a in groups[i] for b in groups[j])
                mean /= len(groups[i]) * len(groups[j])
                if mean >= threshold and (best is None or mean > best[0]):
                    best = (mean, i, j)
        if best is None:
            return sorted(sorted(m.id for m in g) for g in groups)
        groups[best[1]] += groups.pop(best[2])


@pytest.mark.parametrize("dense", [True, False])
@pytest.mark.parametrize("seed", range(6))
def test_average_link_clustering_merges_what_the_obvious_algorithm_merges(seed, dense, monkeypatch):
    # Blocks of one day's mentions drawn from a few overlapping vocabularies, so that groups form, merge and
    # stay apart; the clustering keeps only each group's best pair in its heap and must still merge exactly
    # the groups that comparing every pair of groups at every step merges, in dense rows or in dicts.
    import random

    from timeline.graph import LINK_THRESHOLD, _agglomerate, _Sums
    from timeline.model import Mention, Timex

    monkeypatch.setattr(_Sums, "DICT_PAIR_BYTES", 10 ** 9 if dense else 0)
    rng = random.Random(seed)
    topics = [["ceasefire", "talks", "envoy", "border", "truce", "delegation"],
              ["storm", "flooding", "rainfall", "evacuation", "levee", "river"],
              ["budget", "senate", "vote", "deficit", "spending", "border"],
              ["striker", "goal", "derby", "league", "coach", "stadium"]]
    ms = []
    for k in range(40):
        words = rng.sample(rng.choice(topics), 3) + rng.sample([w for t in topics for w in t], rng.randint(0, 2))
        sentence = "On Monday " + " ".join(words) + "."
        t = Timex(3, 9, "Monday", "DATE", "2024-03-04")
        ms.append(Mention(id=f"s{k % 7}:{k}", source=f"s{k % 7}", timex=t, start=0, end=len(sentence),
                          sentence_start=k, sentence_end=k + len(sentence), sentence=sentence, title=sentence))
    sim = Similarity(ms)
    got = sorted(sorted(m.id for m in g) for g in _agglomerate(ms, sim, LINK_THRESHOLD))
    assert got == _reference_upgma(ms, sim, LINK_THRESHOLD)
    assert 1 < len(got) < len(ms)  # it did merge some and keep some apart


@pytest.mark.parametrize("seed", range(6))
def test_a_large_groups_links_are_found_without_holding_its_pairs_and_are_the_same(seed, monkeypatch):
    # explain() of a group past LARGE_GROUP finds its spanning tree by Prim's algorithm, holding no list of its n²
    # pairs; the links must be exactly those of Kruskal's algorithm over every pair (ties, scores and all): here
    # with sentences that repeat (score ties), mentions in one sentence, and mentions sharing no word
    import random

    from timeline import graph
    from timeline.graph import describe, explain, pairs
    from timeline.model import Mention, Timex

    rng = random.Random(seed)
    words = "vote senate budget deficit bridge flood storm court verdict jury strike union talks".split()
    ms = []
    for k in range(60):
        sentence = "On Monday " + " ".join(rng.sample(words, rng.randint(0, 4))) + "."
        at = rng.choice([k, k, 0])  # some in one sentence of one source
        source = f"s{k % 9}" if at else "s0"
        t = Timex(3, 9, "Monday", "DATE", "2024-03-04")
        ms.append(Mention(id=f"{source}:{k}", source=source, timex=t, start=0, end=len(sentence),
                          sentence_start=at, sentence_end=at + len(sentence), sentence=sentence, title=sentence))
    sim = Similarity(ms)
    kruskal = explain(ms, sim, list(pairs(ms, sim)))
    monkeypatch.setattr(graph, "LARGE_GROUP", 10)
    assert explain(ms, sim) == kruskal and len(kruskal) >= len(ms) - 3  # a forest when words part the group
    assert describe(ms, sim)[4] == kruskal
    monkeypatch.setattr(graph, "LARGE_GROUP", 1000)
    assert describe(ms, sim)[4] == kruskal


def test_sources_disagreeing_by_a_few_days_each_do_not_chain_into_one_event_over_weeks(tmp_path):
    # Each report dates "the next round" three days after the one before: any two within a week are read as
    # one happening on which sources disagree, but the chain of them is not one happening over two weeks
    days = [1, 4, 7, 10, 13, 16]
    c = corpus(tmp_path, {f"r{d:02d}.md": f"The next round of water talks will be held in Geneva on April {d}."
                          for d in days}, published="2024-03-20")
    rounds = [e for e in c.events if e.date.startswith("2024-04")]
    assert sorted(s for e in rounds for s in e.sources) == [f"r{d:02d}" for d in days]
    for e in rounds:
        values = sorted(m.timex.value for m in e.mentions)
        assert (int(values[-1][-2:]) - int(values[0][-2:])) <= 7, values
    assert any(len(e.mentions) > 1 for e in rounds)  # a disagreement of a few days is still one event


def test_mentions_agreeing_only_on_a_year_are_one_event_when_they_share_a_name_or_are_copies(tmp_path):
    # Two companies' losses in 1984 are told in the same words, and a year holds both: across sources, mentions
    # dated only by a period need a shared name (or to be one sentence told twice) to be one happening.
    crossland = "Crossland reported a loss of $175 million in 1984, or $13.44 a share, as bad loans mounted."
    cms = "Analysts said CMS reported a loss of $68 million in 1984, or 83 cents a share, as bad loans mounted."
    c = corpus(tmp_path, {
        "a.md": crossland,
        "b.md": cms,
        "c.md": "Analysts said Crossland posted a loss of $175 million in 1984 after its bad loans mounted.",
        "d.md": cms,  # a syndicated copy
    }, published="1989-10-20")
    assert sorted(sorted(e.sources) for e in c.events if e.date == "1984") == [["a", "c"], ["b", "d"]]
    # the same words on one day: reports of that day (no name needed, as for unnamed happenings)
    c = corpus(tmp_path / "day", {"a.md": crossland.replace("in 1984", "on Oct. 17"),
                                  "b.md": cms.replace("in 1984", "on Oct. 17")}, published="1989-10-20")
    assert [sorted(e.sources) for e in c.events if e.date == "1989-10-17"] == [["a", "b"]]


def test_mentions_agreeing_on_a_month_without_names_are_one_event_when_they_say_much_the_same(tmp_path):
    # Two outlets tell the same promise with no name in it: in one month (or week), nearly the same words are one
    # happening; in a year they are not, nor are sentences that share only a few words
    promise = "Customers will receive credits on their January invoices."
    c = corpus(tmp_path, {
        "a.md": "Customers whose services were down for more than an hour will receive credits on their January invoices.",
        "b.md": promise,
        "c.md": "Customers who moved their data to the new region will receive lower fees from January.",
    }, published="2026-11-19")
    assert sorted(sorted(e.sources) for e in c.events if e.date == "2027-01") == [["a", "b"], ["c"]]
    c = corpus(tmp_path / "year", {
        "a.md": "Customers whose services were down for more than an hour will receive credits in 2027.",
        "b.md": promise.replace("on their January invoices", "in 2027"),
    }, published="2026-11-19")
    assert sorted(sorted(e.sources) for e in c.events if e.date == "2027") == [["a"], ["b"]]


def test_a_mention_dated_by_a_month_joins_a_days_event_of_another_source_only_when_they_share_a_name(tmp_path):
    # "in October" may be any day of it: another company's loss on Oct. 17, told in the same words, is not it
    c = corpus(tmp_path, {
        "a.md": "Crossland reported a loss of $175 million on Oct. 17, as its bad loans mounted.",
        "b.md": "Analysts said CMS reported a loss of $68 million in October, as its bad loans mounted.",
        "c.md": "Analysts said Crossland posted a loss of $175 million in October after its bad loans mounted.",
    }, published="1989-10-20")
    assert sorted((e.date, sorted(e.sources)) for e in c.events) == [("1989-10", ["b"]), ("1989-10-17", ["a", "c"])]


@pytest.mark.parametrize("seed", range(3))
def test_a_block_larger_than_block_max_is_clustered_in_parts_of_that_size_into_the_same_groups(seed, monkeypatch):
    # A block of thousands of mentions (a year's, or a day's in a large archive) would take memory and time in
    # the square of its size: it is clustered BLOCK_MAX mentions at a time, alike mentions in one part, then
    # the groups made; here, four happenings told in their own words come out as clustering all at once does.
    import random

    from timeline import graph
    from timeline.model import Mention, Timex

    rng = random.Random(seed)
    topics = [["ceasefire", "talks", "envoy", "border", "truce"], ["storm", "flooding", "rainfall", "evacuation", "levee"],
              ["budget", "senate", "vote", "deficit", "spending"], ["striker", "goal", "derby", "league", "coach"]]
    ms = []
    for k in range(48):
        sentence = "In 2023 " + " ".join(rng.sample(topics[k % 4], 4)) + " " + rng.choice(["went", "came", "held"]) + "."
        t = Timex(3, 7, "2023", "DATE", "2023")
        ms.append(Mention(id=f"s{k}:3", source=f"s{k}", timex=t, start=0, end=len(sentence), sentence_start=0,
                          sentence_end=len(sentence), sentence=sentence, title=sentence))
    rng.shuffle(ms)
    sim = Similarity(ms)
    whole = sorted(sorted(m.id for m in g) for g in graph._cluster_block(ms, sim, True))
    sizes = []
    made = graph._Sums.__init__

    def counted(self, n, found):
        sizes.append(n)
        made(self, n, found)

    monkeypatch.setattr(graph._Sums, "__init__", counted)
    monkeypatch.setattr(graph, "BLOCK_MAX", 10)
    parts = sorted(sorted(m.id for m in g) for g in graph._cluster_block(ms, sim, True))
    assert len(whole) == 4 and parts == whole
    assert len(sizes) > 5 and max(sizes) <= 10  # (the 48 in parts, then their groups)


def test_a_mention_of_a_year_joins_the_event_of_a_day_late_in_it(tmp_path):
    # The candidates of each month are looked up by where their periods start (mentionstore.coarse_between):
    # a year's mention must be found in its December, eleven months after its period starts.
    c = corpus(tmp_path, {
        "a.md": "The Mekong dam at Xayaburi opened on Dec. 20, 1999, after years of protests.",
        "c.md": "The Mekong dam at Xayaburi opened in 1999 after years of protests by fishermen.",
    }, published="2024-03-01")
    assert [(e.date, sorted(e.sources)) for e in c.events] == [("1999-12-20", ["a", "c"])]


def test_the_words_of_addresses_and_character_references_are_no_terms():
    from timeline.graph import terms
    found = terms("The [plan](https://www.example.com/reports/plan-2019.pdf) passed at&nbsp;www.council.gov.uk on&#160;Friday.")
    assert set(found.values()) == {"plan", "passed"}
