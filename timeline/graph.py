"""From mentions to events: merge mentions of the same happening across sources, in a networkx graph.

Two mentions can be one event only when their dates agree: the same day for day- and time-precision
mentions. Among those, a networkx similarity graph (tf-idf cosine of their sentences over stemmed terms)
is clustered by average link: groups merge while their mean similarity reaches a threshold, so one loose
pair cannot chain two happenings together. A date on a statement ("said on Wednesday") is kept apart from
the date of what was stated. A coarser mention ("in January", "earlier this month") joins the most similar
event inside its period, or forms events of its own. Finally, events a few days apart that different
sources describe in nearly the same words are one event the sources date differently: merged and flagged.

Each event keeps why it was merged (the strongest link reaching each mention). Ids are derived from the
date and the words of the event, so the same inputs give the same ids and an unrelated article renames
nothing; an id that changes (because articles were added or an editor merged events) stays as an alias.
"""
from __future__ import annotations

import dataclasses
import hashlib
import heapq
from bisect import bisect_left, bisect_right
import math
import re
from collections import Counter, defaultdict

import networkx as nx

from . import dates
from . import patterns as pt
from .model import Event, Link, Mention, Source

LINK_THRESHOLD = 0.04  # mean similarity at which two groups of same-day mentions are one event
JOIN_THRESHOLD = 0.1  # similarity at which a coarser mention joins an event in its period
CONFLICT_THRESHOLD = 0.3  # mean similarity at which differently dated events of disjoint sources are one
CONFLICT_DAYS = 7
COMMON_MIN, COMMON_SHARE = 200, 0.5  # see pairs()
THIN_TERMS = 3  # a mention with this few content words ("January 10 negotiations tense") cannot stand alone
DATE_WORDS = frozenset(w.lower() for w in dates.MONTH_NAMES + dates.WEEKDAY_NAMES) | {
    "today", "tomorrow", "yesterday", "week", "month", "year", "day", "night", "evening", "morning", "late",
    "early", "next", "last", "earlier", "later", "beginning", "end"}
MOD_DAYS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}


def terms(text: str) -> dict[str, str]:
    """Stemmed content terms of a text, each mapped to the surface word it came from."""
    out = {}
    for w in pt.TERM.findall(text):
        low = w.lower().replace("’", "'").removesuffix("'s")
        if low in pt.STOPWORDS or low in DATE_WORDS:
            continue
        low = pt.SYNONYMS.get(low, low)
        out.setdefault(low[:pt.STEM_LENGTH], low)
    return out


class Similarity:
    """tf-idf cosine between mentions' sentences, with idf over the whole set of mentions."""

    def __init__(self, mentions: list[Mention]):
        self.terms = {m.id: terms(m.sentence.replace(m.timex.text, " ")) for m in mentions}
        df = Counter(t for ts in self.terms.values() for t in ts)
        n = len(mentions) or 1
        # Smoothed idf keeps a floor for words every mention shares: in a small corpus they still count.
        self.idf = {t: math.log((n + 1) / (c + 1)) + 1 for t, c in df.items()}
        self.norm = {mid: math.sqrt(sum(self.idf[t] ** 2 for t in ts)) or 1.0 for mid, ts in self.terms.items()}
        self._cache: dict[tuple[str, str], float] = {}

    def __call__(self, a: Mention, b: Mention) -> float:
        key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if key not in self._cache:
            self._cache[key] = self._score(a, b)
        return self._cache[key]

    def _score(self, a: Mention, b: Mention) -> float:
        if a.sentence_start == b.sentence_start and a.source == b.source:
            return 1.0
        ta, tb = self.terms[a.id], self.terms[b.id]
        shared = ta.keys() & tb.keys()
        return sum(self.idf[t] ** 2 for t in shared) / (self.norm[a.id] * self.norm[b.id])

    def shared(self, a: Mention, b: Mention) -> tuple[str, ...]:
        """The words two mentions have in common, for explaining a merge."""
        ta, tb = self.terms[a.id], self.terms[b.id]
        return tuple(sorted(ta[t] for t in ta.keys() & tb.keys()))


def pairs(ms: list[Mention], sim: Similarity):
    """(i, j, score) for the pairs of mentions that can be alike: those sharing a word, or one sentence.

    Found through a word index instead of trying all n² pairs. In a large group, a word nearly every mention
    shares (more than COMMON_SHARE of them, past COMMON_MIN) is not used to find pairs: on its own it is no
    evidence that two mentions report one happening."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        for t in sim.terms[m.id]:
            postings[t].append(i)
        postings[f"\0{m.source}:{m.sentence_start}"].append(i)  # same sentence scores 1 even without words
    cap = max(COMMON_MIN, int(COMMON_SHARE * len(ms)))
    seen: set[tuple[int, int]] = set()
    for plist in postings.values():
        if len(plist) > cap:
            continue
        for x, i in enumerate(plist):
            for j in plist[x + 1:]:
                if (i, j) not in seen:
                    seen.add((i, j))
                    score = sim(ms[i], ms[j])
                    if score > 0:
                        yield i, j, score


# Clustering ------------------------------------------------------------------------------------------------

def _fits(coarse: str, mod: str | None, day: str) -> bool:
    """Whether a day lies inside a coarser mention's period ("early December" holds 1-10 December)."""
    if not dates.compatible(coarse, day):
        return False
    if mod in MOD_DAYS and dates.precision(coarse) == "month":
        lo, hi = MOD_DAYS[mod]
        return lo <= int(day[8:10]) <= hi
    return mod in (None, "APPROX") or dates.precision(coarse) != "month"


def _order(m: Mention) -> tuple:
    return (m.source, m.timex.start)


def _agglomerate(ms: list[Mention], sim: Similarity, threshold: float) -> list[list[Mention]]:
    """Average-link clustering (UPGMA): merge the two groups of highest mean similarity while that mean reaches
    the threshold. Sums of similarities between groups are kept sparse (only pairs sharing a word can reach
    a positive threshold) and candidates wait in a heap, so a group of n mentions costs about n² log n."""
    ms = sorted(ms, key=_order)
    size = [1] * len(ms)
    members = [[m] for m in ms]
    sums: list[dict[int, float]] = [{} for _ in ms]
    heap = []
    for i, j, score in pairs(ms, sim):
        sums[i][j] = sums[j][i] = score
        if score >= threshold:
            heap.append((-score, i, j))
    heapq.heapify(heap)
    while heap:
        neg, i, j = heapq.heappop(heap)
        if not (members[i] and members[j]) or abs(sums[i].get(j, 0.0) / (size[i] * size[j]) + neg) > 1e-12:
            continue  # a group already merged away, or a mean that changed since it was queued
        members[i] += members[j]
        members[j] = []
        size[i] += size[j]
        for k, score in sums[j].items():
            if k != i and members[k]:
                sums[i][k] = sums[k][i] = sums[i].get(k, 0.0) + score
                sums[k].pop(j, None)
        sums[i].pop(j, None)
        sums[j] = {}
        for k, score in sums[i].items():
            mean = score / (size[i] * size[k])
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(i, k), max(i, k)))
    return sorted((sorted(g, key=_order) for g in members if g), key=lambda c: _order(c[0]))


def _attach_thin(groups: list[list[Mention]], sim: Similarity) -> list[list[Mention]]:
    """Put a lone mention too short to judge by its words into the same-day group it shares most with."""
    out = [g for g in groups if len(g) > 1 or len(sim.terms[g[0].id]) > THIN_TERMS]
    for g in groups:
        if g in out:
            continue
        best = max(((sum(sim(g[0], o) for o in h) / len(h), i) for i, h in enumerate(out)), default=(0.0, -1))
        if best[0] > 0:
            out[best[1]] = sorted(out[best[1]] + g, key=_order)
        else:
            out.append(g)
    return sorted(out, key=lambda c: _order(c[0]))


def cluster(mentions: list[Mention], sim: Similarity) -> list[list[Mention]]:
    """Groups of mentions that report the same happening."""
    fine, coarse = defaultdict(list), []
    for m in mentions:
        day = dates.day_of(m.timex.value)
        # A date on a statement ("said on Wednesday") is not the date of what was stated: kept apart.
        (fine[(day, m.reporting)] if day else coarse).append(m)
    groups: list[list[Mention]] = []
    for key in sorted(fine):
        groups += _attach_thin(_agglomerate(fine[key], sim, LINK_THRESHOLD), sim)
    groups = _merge_conflicting(groups, sim)
    # A coarser mention can only join a group holding a mention that shares one of its words, on a day
    # inside its period: an index from words to day-level mentions finds those without scanning every group.
    group_of: dict[str, list[Mention]] = {}
    postings: dict[str, list[tuple[int, str, Mention]]] = defaultdict(list)  # word -> (day number, day, mention)
    for g in groups:
        for o in g:
            group_of[o.id] = g
            day = dates.day_of(o.timex.value)
            for t in sim.terms[o.id]:
                postings[t].append((dates.start_date(day).toordinal(), day, o))
    for plist in postings.values():
        plist.sort(key=lambda x: (x[0], x[2].id))
    keys = {t: [x[0] for x in plist] for t, plist in postings.items()}
    by_period = defaultdict(list)
    for m in coarse:
        best, best_score = None, JOIN_THRESHOLD
        lo, hi = dates.start_date(m.timex.value), dates.end_date(m.timex.value)
        seen: set[str] = set()
        for t in sim.terms[m.id] if lo is not None else ():
            plist = postings.get(t, ())
            if not plist:
                continue
            k = keys[t]
            for _, day, o in plist[bisect_left(k, lo.toordinal()):bisect_right(k, hi.toordinal())]:
                if o.id in seen:
                    continue
                seen.add(o.id)
                if o.reporting != m.reporting or not _fits(m.timex.value, m.timex.mod, day):
                    continue
                score = sim(m, o)
                if score > best_score or (score == best_score and best is not None and
                                          _order(group_of[o.id][0]) > _order(best[0])):
                    best, best_score = group_of[o.id], score
        if best is not None:
            best.append(m)
        else:
            by_period[(m.timex.value, m.timex.mod)].append(m)
    for key in sorted(by_period, key=lambda k: (k[0], k[1] or "")):
        groups += _agglomerate(by_period[key], sim, LINK_THRESHOLD)
    return groups


def _merge_conflicting(groups: list[list[Mention]], sim: Similarity) -> list[list[Mention]]:
    """Join events a few days apart that disjoint sets of sources describe in nearly the same words: the
    sources disagree on the date. A source that dates both is evidence of two happenings, so never merged.

    Only groups within CONFLICT_DAYS of each other are compared (a sliding window over the days), each pair
    once; the best pairs merge first, with union-find, as long as the merged sets keep disjoint sources."""
    days = [dates.start_date(dates.day_of(g[0].timex.value)) for g in groups]
    order = sorted(range(len(groups)), key=lambda i: days[i])
    pairs = []
    for x, i in enumerate(order):
        a = groups[i]
        if a[0].reporting:
            continue
        for j in order[x + 1:]:
            if (days[j] - days[i]).days > CONFLICT_DAYS:
                break
            b = groups[j]
            if days[j] == days[i] or b[0].reporting or {m.source for m in a} & {m.source for m in b}:
                continue
            score = sum(sim(p, q) for p in a for q in b) / (len(a) * len(b))
            if score >= CONFLICT_THRESHOLD:
                pairs.append((-score, min(i, j), max(i, j)))
    parent = list(range(len(groups)))
    members = {i: {m.source for m in g} for i, g in enumerate(groups)}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, i, j in sorted(pairs):
        ri, rj = root(i), root(j)
        if ri != rj and not members[ri] & members[rj]:
            parent[rj] = ri
            members[ri] |= members.pop(rj)
    merged: dict[int, list[Mention]] = {}
    for i, g in enumerate(groups):
        merged.setdefault(root(i), []).extend(g)
    return [sorted(g, key=_order) for g in merged.values()]


# Events ------------------------------------------------------------------------------------------------------

def _event_date(ms: list[Mention]) -> tuple[str, str | None]:
    """The value most mentions give, at day precision when any mention names a day."""
    days = [dates.day_of(m.timex.value) for m in ms if dates.day_of(m.timex.value)]
    if days:
        values = {m.timex.value for m in ms if dates.day_of(m.timex.value)}
        if len(values) == 1:
            return values.pop(), None
        # Count each source once, so one article repeating a date does not outvote the others.
        per_source = Counter({(m.source, dates.day_of(m.timex.value)) for m in ms if dates.day_of(m.timex.value)})
        counts = Counter(day for _, day in per_source)
        top = max(counts.values())
        return min((d for d, c in counts.items() if c == top), key=dates.sort_key), None
    counts = Counter((m.timex.value, m.timex.mod) for m in ms)
    top = max(counts.values())
    return min((k for k, c in counts.items() if c == top), key=lambda k: (dates.sort_key(k[0]), k[1] or ""))


def _title_quality(title: str) -> int:
    """A title that reads as a headline: whole, a few words, about the happening rather than the saying."""
    words = title.split()
    first = words[0].lower() if words else ""
    return ((pt.TITLE_MIN_WORDS + 2 <= len(words)) + (not title.endswith("…")) + (not pt.SAYING_WORDS.search(title))
            + (first not in pt.MODALS and first not in pt.BE_FORMS))  # "Will see officials meet": no subject


def _representative(ms: list[Mention], centrality: list[float], date: str) -> Mention:
    """The mention most like the others with a readable title, preferring happenings over reports of them and
    mentions that give the event's own date over those that joined it from a coarser one ("next month")."""
    best = max(range(len(ms)), key=lambda k: (not ms[k].reporting, dates.day_of(ms[k].timex.value) == dates.day_of(date),
                                              _title_quality(ms[k].title) + ms[k].headline, centrality[k],
                                              [-ord(c) for c in ms[k].source], -ms[k].timex.start))
    return ms[best]


def slug(ms: list[Mention], sim: Similarity) -> str:
    """Three words that characterise a group of mentions, for its id."""
    counts: Counter = Counter()
    surface: dict[str, Counter] = defaultdict(Counter)
    for m in ms:
        for stem, word in sim.terms[m.id].items():
            counts[stem] += 1
            surface[stem][word] += 1
    top = sorted(counts, key=lambda s: (-counts[s], -sim.idf.get(s, 0), s))[:3]
    words = [re.sub(r"[^a-z0-9]+", "-", surface[s].most_common(1)[0][0].lower()).strip("-") for s in top]
    return "-".join(w for w in words if w) or "event"


def explain(ms: list[Mention], sim: Similarity, found: list[tuple[int, int, float]] | None = None) -> tuple[Link, ...]:
    """Why a group is one event: the strongest link reaching each mention (a maximum spanning tree)."""
    if len(ms) < 2:
        return ()
    g = nx.Graph()
    g.add_nodes_from(m.id for m in ms)
    for i, j, score in (found if found is not None else pairs(ms, sim)):
        g.add_edge(ms[i].id, ms[j].id, weight=score)
    # A mention that shares no word with the others (joined as too short to judge) still gets its link.
    for m in ms[1:]:
        if not g.degree(m.id):
            g.add_edge(ms[0].id, m.id, weight=0.0)
    by_id = {m.id: m for m in ms}
    links = []
    for u, v, d in sorted(nx.maximum_spanning_tree(g).edges(data=True), key=lambda e: tuple(sorted(e[:2]))):
        a, b = sorted((by_id[u], by_id[v]), key=_order)
        links.append(Link(a.id, b.id, round(d["weight"], 3), sim.shared(a, b), _reason(a, b, d["weight"])))
    return tuple(links)


def _reason(a: Mention, b: Mention, score: float) -> str:
    da, db = dates.day_of(a.timex.value), dates.day_of(b.timex.value)
    if a.sentence_start == b.sentence_start and a.source == b.source:
        return "same sentence"
    if da and db and da != db:
        return f"same words, different days ({da} and {db}): the sources disagree"
    if not (da and db):
        return "a mention of the period, most like this event"
    if score < LINK_THRESHOLD:
        return "too short to judge by its words; the same day"
    return f"same day ({da}) and shared words"


def make_event(group: list[Mention], sim: Similarity, taken: set[str]) -> Event:
    """An event for a group of mentions, with an id not in `taken`."""
    date, mod = _event_date(group)
    found = list(pairs(group, sim))
    centrality = [0.0] * len(group)
    for i, j, score in found:
        centrality[i] += score
        centrality[j] += score
    rep = _representative(group, centrality, date)
    base = f"{date}-{slug(group, sim)}".lower()
    eid = base if base not in taken else f"{base}-{hashlib.sha1(' '.join(m.id for m in group).encode()).hexdigest()[:6]}"
    taken.add(eid)
    return Event(id=eid, date=date, mod=mod, title=rep.title, mentions=tuple(group), links=explain(group, sim, found))


def link(mentions: list[Mention]) -> tuple[list[Event], Similarity]:
    """Merge mentions into events, in date order; the similarity explains the merges in the graph."""
    sim = Similarity(mentions)
    taken: set[str] = set()
    events = [make_event(g, sim, taken) for g in cluster(mentions, sim)]
    events.sort(key=lambda e: (dates.sort_key(e.date), e.id))
    return events, sim


def corroborate(events: list[Event], sources: list[Source]) -> list[Event]:
    """Each event with its distinct outlets and the source that reported it first."""
    by_id = {s.id: s for s in sources}
    out = []
    for e in events:
        srcs = [by_id[s] for s in e.sources if s in by_id]
        outlets = tuple(dict.fromkeys((s.outlet or s.title or s.id) for s in srcs))
        dated = [s for s in srcs if s.published]
        first = min(dated, key=lambda s: (s.published, s.id)).id if dated else (srcs[0].id if srcs else None)
        out.append(dataclasses.replace(e, outlets=outlets, first_source=first))
    return out


def successors(events: list[Event], previous: dict[str, list[str]]) -> dict[str, str]:
    """Old event id -> the current event holding most of its mentions, for ids that no longer exist."""
    current = {e.id for e in events}
    holder = {m.id: e.id for e in events for m in e.mentions}
    out = {}
    for old, mention_ids in sorted(previous.items()):
        if old in current:
            continue
        counts = Counter(holder[m] for m in mention_ids if m in holder)
        if counts:
            out[old] = min(counts, key=lambda e: (-counts[e], e))
    return out


def build_graph(events: list[Event], sources: list[Source]) -> nx.MultiDiGraph:
    """Sources, mentions and events as nodes; typed edges between them (scalar attributes only, for GraphML)."""
    g = nx.MultiDiGraph()
    for s in sources:
        g.add_node(f"source:{s.id}", kind="source", title=s.title, outlet=s.outlet or "", published=s.published or "")
    for e in events:
        g.add_node(f"event:{e.id}", kind="event", date=e.date, title=e.title, hidden=e.hidden, conflict=e.conflict,
                   tags=" ".join(e.tags))
        for m in e.mentions:
            g.add_node(f"mention:{m.id}", kind="mention", text=m.timex.text, value=m.timex.value, title=m.title,
                       reporting=m.reporting, source=m.source)
            g.add_edge(f"event:{e.id}", f"mention:{m.id}", key="mentioned_in", kind="mentioned_in")
            g.add_edge(f"mention:{m.id}", f"source:{m.source}", key="in_source", kind="in_source")
        for link_ in e.links:
            g.add_edge(f"mention:{link_.a}", f"mention:{link_.b}", key="similar", kind="similar", weight=link_.score,
                       shared=" ".join(link_.shared), reason=link_.reason)
    return g
