"""From mentions to events: merge mentions of the same happening across sources, in a networkx graph.

Two mentions can be one event only when their dates agree: the same day for day- and time-precision
mentions. Among those, mentions whose sentences share enough rare words (tf-idf cosine over stemmed terms)
are linked, and each connected component is an event. A coarser mention ("in January", "earlier this
month") then joins the most similar event inside its period, or forms events with its own kind.
Ids are derived from an event's date and words, so the same inputs give the same ids and an unrelated new
article renames nothing.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict

import networkx as nx

from . import dates
from . import patterns as pt
from .model import Event, Mention, Source

LINK_THRESHOLD = 0.04  # average similarity at which two groups of same-day mentions are one event
JOIN_THRESHOLD = 0.1  # similarity at which a coarser mention joins an event in its period
DATE_WORDS = frozenset(w.lower() for w in dates.MONTH_NAMES + dates.WEEKDAY_NAMES) | {
    "today", "tomorrow", "yesterday", "week", "month", "year", "day", "night", "evening", "morning", "late",
    "early", "next", "last", "earlier", "later", "beginning", "end"}
MOD_DAYS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
THIN_TERMS = 3  # a mention with this few content words ("January 10 negotiations tense") cannot stand alone


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

    def __call__(self, a: Mention, b: Mention) -> float:
        if a.sentence_start == b.sentence_start and a.source == b.source:
            return 1.0
        ta, tb = self.terms[a.id], self.terms[b.id]
        shared = ta.keys() & tb.keys()
        return sum(self.idf[t] ** 2 for t in shared) / (self.norm[a.id] * self.norm[b.id])

    def shared(self, a: Mention, b: Mention) -> list[str]:
        """The words two mentions have in common, for explaining a merge."""
        ta, tb = self.terms[a.id], self.terms[b.id]
        return sorted(ta[t] for t in ta.keys() & tb.keys())


def _fits(coarse: str, mod: str | None, day: str) -> bool:
    """Whether a day lies inside a coarser mention's period ("early December" holds 1-10 December)."""
    if not dates.compatible(coarse, day):
        return False
    if mod in MOD_DAYS and dates.precision(coarse) == "month":
        lo, hi = MOD_DAYS[mod]
        return lo <= int(day[8:10]) <= hi
    return mod in (None, "APPROX") or dates.precision(coarse) != "month"


def cluster(mentions: list[Mention], sim: Similarity) -> list[list[Mention]]:
    """Groups of mentions that report the same happening."""
    fine = defaultdict(list)
    coarse = []
    for m in mentions:
        day = dates.day_of(m.timex.value)
        # A date on a statement ("said on Wednesday") is not the date of what was stated: kept apart.
        (fine[(day, m.reporting)] if day else coarse).append(m)
    groups: list[list[Mention]] = []
    for key in sorted(fine):
        groups += _attach_thin(_agglomerate(fine[key], sim, LINK_THRESHOLD), sim)
    by_period = defaultdict(list)
    for m in coarse:
        best, best_score = None, JOIN_THRESHOLD
        for g in groups:
            day = dates.day_of(g[0].timex.value)
            if g[0].reporting != m.reporting:
                continue
            if not _fits(m.timex.value, m.timex.mod, day):
                continue
            score = max(sim(m, o) for o in g)
            if score >= best_score:
                best, best_score = g, score
        if best is not None:
            best.append(m)
        else:
            by_period[(m.timex.value, m.timex.mod)].append(m)
    for key in sorted(by_period, key=lambda k: (k[0], k[1] or "")):
        groups += _agglomerate(by_period[key], sim, LINK_THRESHOLD)
    return groups


def _agglomerate(ms: list[Mention], sim: Similarity, threshold: float) -> list[list[Mention]]:
    """Average-link clustering: merge the two most similar groups while their mean similarity reaches the
    threshold. Unlike connected components, one loose pair cannot chain two happenings together."""
    groups = [[m] for m in sorted(ms, key=_order)]
    pair = {(a.id, b.id): sim(a, b) for a in ms for b in ms}

    def link(g1, g2):
        return sum(pair[a.id, b.id] for a in g1 for b in g2) / (len(g1) * len(g2))

    while len(groups) > 1:
        score, i, j = max((link(groups[i], groups[j]), i, j) for i in range(len(groups)) for j in range(i + 1, len(groups)))
        if score < threshold:
            break
        groups[i] = sorted(groups[i] + groups[j], key=_order)
        del groups[j]
    return sorted(groups, key=lambda c: _order(c[0]))


def _attach_thin(groups: list[list[Mention]], sim: Similarity) -> list[list[Mention]]:
    """Put a lone mention too short to judge by its words into the same-day group it shares most with."""
    out = [g for g in groups if len(g) > 1 or len(sim.terms[g[0].id]) > THIN_TERMS]
    for g in groups:
        if g in out:
            continue
        scored = [(sum(sim(g[0], o) for o in h) / len(h), i) for i, h in enumerate(out)]
        best = max(scored, default=(0.0, -1))
        if best[0] > 0:
            out[best[1]] = sorted(out[best[1]] + g, key=_order)
        else:
            out.append(g)
    return sorted(out, key=lambda c: _order(c[0]))


def _order(m: Mention) -> tuple:
    return (m.source, m.timex.start)


def _event_date(ms: list[Mention]) -> tuple[str, str | None]:
    """The value most mentions give, at day precision when any mention names a day."""
    days = [dates.day_of(m.timex.value) for m in ms if dates.day_of(m.timex.value)]
    if days:
        values = {m.timex.value for m in ms if dates.day_of(m.timex.value)}
        if len(values) == 1:
            return values.pop(), None
        counts = Counter(days)
        top = max(counts.values())
        return min((d for d, c in counts.items() if c == top), key=dates.sort_key), None
    counts = Counter((m.timex.value, m.timex.mod) for m in ms)
    top = max(counts.values())
    return min((k for k, c in counts.items() if c == top), key=lambda k: (dates.sort_key(k[0]), k[1] or ""))


def _title_quality(title: str) -> int:
    """A title that reads as a headline: whole, a few words, about the happening rather than the saying."""
    words = len(title.split())
    return ((pt.TITLE_MIN_WORDS + 1 <= words) + (not title.endswith("…")) + (not pt.SAYING_WORDS.search(title))
            + title[:1].isupper())


def _representative(ms: list[Mention], sim: Similarity) -> Mention:
    """The mention most like the others with a readable title, preferring happenings over reports of them."""
    return max(ms, key=lambda m: (not m.reporting, _title_quality(m.title), sum(sim(m, o) for o in ms if o is not m),
                                  [-ord(c) for c in m.source], -m.timex.start))


def _slug(ms: list[Mention], sim: Similarity) -> str:
    counts: Counter = Counter()
    surface: dict[str, Counter] = defaultdict(Counter)
    for m in ms:
        for stem, word in sim.terms[m.id].items():
            counts[stem] += 1
            surface[stem][word] += 1
    top = sorted(counts, key=lambda s: (-counts[s], -sim.idf.get(s, 0), s))[:3]
    words = [re.sub(r"[^a-z0-9]+", "-", surface[s].most_common(1)[0][0].lower()).strip("-") for s in top]
    return "-".join(w for w in words if w) or "event"


def link(mentions: list[Mention]) -> tuple[list[Event], Similarity]:
    """Merge mentions into events, in date order; the similarity explains the merges in the graph."""
    sim = Similarity(mentions)
    events, seen = [], set()
    for group in cluster(mentions, sim):
        date, mod = _event_date(group)
        rep = _representative(group, sim)
        base = f"{date}-{_slug(group, sim)}".lower()
        eid = base if base not in seen else f"{base}-{hashlib.sha1(' '.join(m.id for m in group).encode()).hexdigest()[:6]}"
        seen.add(eid)
        events.append(Event(id=eid, date=date, mod=mod, title=rep.title, mentions=tuple(group)))
    events.sort(key=lambda e: (dates.sort_key(e.date), e.id))
    return events, sim


def build_graph(events: list[Event], sources: list[Source], sim: Similarity | None = None) -> nx.MultiDiGraph:
    """Sources, mentions and events as nodes; typed edges between them (scalar attributes only)."""
    g = nx.MultiDiGraph()
    for s in sources:
        g.add_node(f"source:{s.id}", kind="source", title=s.title, outlet=s.outlet or "", published=s.published or "")
    for e in events:
        g.add_node(f"event:{e.id}", kind="event", date=e.date, title=e.title, hidden=e.hidden)
        for m in e.mentions:
            g.add_node(f"mention:{m.id}", kind="mention", text=m.timex.text, value=m.timex.value, title=m.title,
                       reporting=m.reporting)
            g.add_edge(f"event:{e.id}", f"mention:{m.id}", key="mentioned_in", kind="mentioned_in")
            g.add_edge(f"mention:{m.id}", f"source:{m.source}", key="in_source", kind="in_source")
        if sim is not None:
            ms = list(e.mentions)
            for i, a in enumerate(ms):
                for b in ms[i + 1:]:
                    score = sim(a, b)
                    if score >= LINK_THRESHOLD:
                        g.add_edge(f"mention:{a.id}", f"mention:{b.id}", key="similar", kind="similar",
                                   weight=round(score, 3), shared=" ".join(sim.shared(a, b)))
    return g
