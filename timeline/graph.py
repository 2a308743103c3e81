"""From mentions to events: merge mentions of the same happening across sources, and a networkx graph of them.

Two mentions can be one event only when their dates agree: the same day for day- and time-precision
mentions. Each such block of mentions is clustered by average link over the tf-idf cosine of their sentences
(stemmed terms; idf with rounded logs, see Similarity): groups merge while their mean similarity reaches a
threshold, so one loose pair cannot chain two happenings together; a lone mention that names its
happening by a possessive date ("today's talk") joins the day's group whose mentions use that word. A date
on a statement ("said on Wednesday") is kept apart from the date of what was stated. Events a few days apart that different sources
describe in nearly the same words are one event the sources date differently: merged and flagged. A coarser
mention ("in January", "earlier this month") then joins the event of the most similar mention inside its
period, or forms events of its own with the others of its period.

Each event keeps why it was merged (the strongest link reaching each mention: a maximum spanning tree). Ids
are derived from the date and the words of the event, so the same inputs give the same ids and an unrelated
article renames nothing; an id that changes (because articles were added or an editor merged events) stays
as an alias.

Clustering a block and describing an event are functions of their mentions and the idf of their words
alone, which is what lets linkcache serve them from the last build when those are unchanged.

Linking streams: the mentions wait in a MentionStore on disk and are read a day's block at a time, in date
order; the groups of the last few days are compared for conflicting dates as a window; coarser mentions are
placed a month of days at a time, from the stems the store keeps. What linking holds is the corpus's words
(for idf) and a few days of mentions, not every mention.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import heapq
from array import array
from bisect import bisect_right
import math
import re
import sys
from collections import Counter, defaultdict, deque
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import networkx as nx

from . import dates
from . import patterns as pt
from .mentionstore import MentionStore, decode
from .model import Event, Link, Mention, Source
from .spill import arrange, by_id
from .temporal import lexicon as lx

if TYPE_CHECKING:
    from .linkcache import LinkCache

LINK_THRESHOLD = 0.04  # mean similarity at which two groups of same-day mentions are one event
JOIN_THRESHOLD = 0.1  # similarity at which a coarser mention joins an event in its period
CONFLICT_THRESHOLD = 0.3  # mean similarity at which differently dated events of disjoint sources are one
CONFLICT_DAYS = 7
COMMON_MIN, COMMON_SHARE = 200, 0.5  # see pairs()
LARGE_GROUP = 150  # mentions in a group past which its pairs are not held at once (see explain)
IDF_STEPS = 16  # the logs in idf are rounded to 1/16: see Similarity
MIN_SHARED_ACROSS_SOURCES = 2  # words two sources' mentions must share to be one event (see Similarity.evidence)
THIN_TERMS = 3  # a mention with this few content words ("January 10 negotiations tense") cannot stand alone
DATE_WORDS = frozenset(w.lower() for w in dates.MONTH_NAMES + dates.WEEKDAY_NAMES) | {
    "today", "tomorrow", "yesterday", "week", "month", "year", "day", "night", "evening", "morning", "late",
    "early", "next", "last", "earlier", "later", "beginning", "end"}
MOD_DAYS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}


def terms(text: str) -> dict[str, str]:
    """Stemmed content terms of a text, each mapped to the surface word it came from (not the words of a web
    address or a character reference: "https", "www", "nbsp")."""
    out = {}
    for w in pt.TERM.findall(lx.readable(text)):
        low = w.lower().replace("’", "'").removesuffix("'s")
        if low in pt.STOPWORDS or low in DATE_WORDS:
            continue
        low = sys.intern(pt.SYNONYMS.get(low, low))  # interned: a corpus has far fewer words than mentions
        out.setdefault(sys.intern(low[:pt.STEM_LENGTH]), low)
    return out


class Similarity:
    """tf-idf cosine between mentions' sentences, with idf over the whole set of mentions.

    idf is log(n + 1) - log(df + 1) + 1 with both logs rounded to 1/IDF_STEPS. A few mentions more or fewer
    then seldom move the first (when they do, every idf moves) and move the second only for the words they
    hold, so a rebuild after an edit finds most blocks and events unchanged in the linking cache. It also
    makes every sum of squared idfs exact in floating point: a score does not depend on summing order.

    idf is made from the mentions given, or from counts of every mention's words (df, n) when linking streams
    through a MentionStore; then it holds the words of the mentions loaded (load) until they are dropped."""

    def __init__(self, mentions: list[Mention] = (), counts: tuple[Counter, int] | None = None):
        self.terms: dict[str, dict[str, str]] = {}
        self.norm: dict[str, float] = {}
        if counts is None:
            by_text: dict[str, dict[str, str]] = {}  # copies of a sentence (syndicated articles) share one
            counts = Counter(t for m in mentions for t in _cached(by_text, _words_text(m), terms)), len(mentions)
        df, n = counts
        n = n or 1
        # Smoothed idf keeps a floor for words every mention shares: in a small corpus they still count.
        self.idf = {t: 1 + _rounded_log(n) - _rounded_log(c) for t, c in df.items()}
        self.idf2 = {t: v * v for t, v in self.idf.items()}
        self.load(mentions)

    def load(self, mentions: list[Mention], stored: list[tuple[str, str]] | None = None) -> None:
        """Hold the words of these mentions (and their norms), for comparing them; from `stored` when given (each
        mention's stems and surface words as a MentionStore keeps them), else from their sentences."""
        by_text: dict = {}
        for k, m in enumerate(mentions):
            if m.id not in self.terms:
                ts = _cached(by_text, stored[k], _unpack) if stored else _cached(by_text, _words_text(m), terms)
                self.terms[m.id] = ts
                self.norm[m.id] = self.norm_of(ts)

    def drop(self, mentions: list[Mention]) -> None:
        """Let go of the words of these mentions."""
        for m in mentions:
            self.terms.pop(m.id, None)
            self.norm.pop(m.id, None)

    def norm_of(self, ts) -> float:
        """The length of the tf-idf vector of a sentence's terms."""
        return math.sqrt(sum(self.idf2[t] for t in ts)) or 1.0

    def __call__(self, a: Mention, b: Mention) -> float:
        """The cosine of two mentions' sentences; 1 for two mentions in one sentence."""
        if a.sentence_start == b.sentence_start and a.source == b.source:
            return 1.0
        return self.cosine(self.dot(self.terms[a.id], self.terms[b.id]), a.id, b.id)

    def cosine(self, dot: float, a: str, b: str) -> float:
        """A dot product of two mentions' vectors as their cosine. At most 1: a copy of a sentence in another
        article ties with the sentence itself instead of beating it by a rounding error."""
        return min(1.0, dot / (self.norm[a] * self.norm[b]))

    def dot(self, ta: dict, tb: dict) -> float:
        """The sum of squared idfs of the terms two sets share."""
        if len(ta) > len(tb):
            ta, tb = tb, ta
        idf2 = self.idf2
        return sum([idf2[t] for t in ta if t in tb])

    def evidence(self, a: Mention, b: Mention) -> bool:
        """Whether two mentions can be linked at all: in one source, any shared word will do; across sources, two
        ("first", "came", "evidence" alone are shared by unrelated reports of one day or year)."""
        if a.source == b.source:
            return True
        ta, tb = self.terms[a.id], self.terms[b.id]
        if len(ta) > len(tb):
            ta, tb = tb, ta
        return sum(1 for t in ta if t in tb) >= MIN_SHARED_ACROSS_SOURCES

    def shared(self, a: Mention, b: Mention) -> tuple[str, ...]:
        """The words two mentions have in common, for explaining a merge."""
        ta, tb = self.terms[a.id], self.terms[b.id]
        return tuple(sorted(ta[t] for t in ta.keys() & tb.keys()))


def _words_text(m: Mention) -> str:
    """The text whose words stand for a mention: its sentence less its own expression."""
    return m.sentence.replace(m.timex.text, " ")


def _unpack(stored: tuple[str, str]) -> dict[str, str]:
    """A mention's terms from the stems and surface words a MentionStore keeps."""
    return dict(zip(stored[0].split(), stored[1].split()))


def _cached(memo: dict, arg, fn):
    """fn(arg), computed once per distinct arg in memo."""
    if arg not in memo:
        memo[arg] = fn(arg)
    return memo[arg]


def _rounded_log(x: int) -> float:
    """log(x + 1) rounded to 1/IDF_STEPS, so that a few more or fewer mentions seldom change it."""
    return round(math.log(x + 1) * IDF_STEPS) / IDF_STEPS


def pairs(ms: list[Mention], sim: Similarity, evidence: Callable[[Mention, Mention], bool] | None = None):
    """(i, j, score) for i < j, in that order, for the pairs of mentions that can be alike: those sharing a word,
    or one sentence, for which there is evidence (sim.evidence unless given).

    Found through a word index instead of trying all n² pairs. In a large group, a word nearly every mention
    shares (more than COMMON_SHARE of them, past COMMON_MIN) is not used to find pairs: on its own it is no
    evidence that two mentions report one happening."""
    keys, postings, cap = _word_index(ms, sim)
    evidence = evidence or sim.evidence
    for i, m in enumerate(ms):
        near: set[int] = set()
        for t in keys[i]:
            plist = postings[t]
            if len(plist) <= cap:
                near.update(plist[bisect_right(plist, i):])
        for j in sorted(near):
            if not evidence(m, ms[j]):
                continue
            score = sim(m, ms[j])
            if score > 0:
                yield i, j, score


def _word_index(ms: list[Mention], sim: Similarity) -> tuple[list[list[str]], dict[str, list[int]], int]:
    """Each mention's keys (its words, and its sentence), the mentions of each key in order, and how many
    mentions a key may have to be used to find pairs (see pairs)."""
    postings: dict[str, list[int]] = defaultdict(list)
    keys = []
    for i, m in enumerate(ms):
        keys.append([*sim.terms[m.id], f"\0{m.source}:{m.sentence_start}"])  # same sentence scores 1 without words
        for t in keys[-1]:
            postings[t].append(i)
    return keys, postings, max(COMMON_MIN, int(COMMON_SHARE * len(ms)))


def _spanning_tree(ms: list[Mention], sim: Similarity) -> list[tuple[int, int, float]]:
    """The edges (i, j, score) of the maximum spanning forest of pairs(ms, sim), found without holding the pairs:
    Prim's algorithm, one component at a time, each mention's pairs with those not yet in the tree worked out when
    it joins it. Edges compare by (-score, i, j), a strict order, so the forest is the one and only:
    the one Kruskal's algorithm finds from the sorted list of pairs, which a group of n mentions holds n² of."""
    keys, postings, cap = _word_index(ms, sim)
    n = len(ms)

    def edges_of(v: int):
        near: set[int] = set()
        for t in keys[v]:
            plist = postings[t]
            if len(plist) <= cap:
                near.update(plist)
        for u in near:
            if done[u]:
                continue  # in the tree already (v itself too): its pair with v is of no use now
            i, j = (v, u) if v < u else (u, v)  # scored as pairs() scores it: the same float
            if sim.evidence(ms[i], ms[j]) and (score := sim(ms[i], ms[j])) > 0:
                yield u, (-score, i, j)

    done = [False] * n
    tree: list[tuple[int, int, float]] = []
    for root in range(n):
        if done[root]:
            continue
        done[root] = True
        best: dict[int, tuple[float, int, int]] = {}  # mention not in the tree -> its best edge to it
        v = root
        while True:
            for u, key in edges_of(v):
                if u not in best or key < best[u]:
                    best[u] = key
            if not best:
                break
            v = min(best, key=best.__getitem__)
            neg, i, j = best.pop(v)
            done[v] = True
            tree.append((i, j, -neg))
    return tree


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


def _agglomerate(ms: list[Mention], sim: Similarity, threshold: float,
                 names: _Names | None = None) -> list[list[Mention]]:
    """Average-link clustering (UPGMA): merge the two groups of highest mean similarity while that mean reaches
    the threshold; of equal means, the pair of lowest indices (in reading order) first.

    Only pairs sharing a word can score (see pairs); with names, pairs across sources only if they share a name
    or are copies (see _Names). A block of more than BLOCK_MAX mentions is clustered a part at a time (see
    _agglomerate_large)."""
    ms = sorted(ms, key=_order)
    if len(ms) > BLOCK_MAX:
        return _agglomerate_large(ms, sim, threshold, names)
    return _upgma([[m] for m in ms], _Sums(len(ms), pairs(ms, sim, names and names.evidence)), threshold)


def _upgma(members: list[list[Mention]], sums: _Sums, threshold: float) -> list[list[Mention]]:
    """Average-link clustering of groups given the sums of similarity between them, each group's members in
    reading order and the groups in the order of their first members.

    A heap holds each group's best pair, lazily: an entry is at least as good as what its group now offers,
    and is checked when it comes out. So the heap holds one entry per group and merge, not one per pair (a
    block of copies of one day's story has pairs by the hundred thousand), and the sums between groups take 8
    bytes a pair when the block is dense (_Sums)."""
    size = [len(g) for g in members]

    def best(i: int) -> tuple | None:
        """Group i's best pair as a heap entry (-mean, low index, high index, i), if its mean reaches the
        threshold."""
        top, other = threshold, -1
        for k, s in sums.items(i):
            if members[k]:
                mean = s / (size[i] * size[k])
                if mean > top or mean == top and (other < 0 or k < other):
                    top, other = mean, k
        return (-top, min(i, other), max(i, other), i) if other >= 0 else None

    heap = [e for e in map(best, range(len(members))) if e]
    heapq.heapify(heap)
    while heap:
        entry = heapq.heappop(heap)
        if not members[entry[3]]:
            continue  # a group merged away: its pairs are now the merged group's, queued with it
        current = best(entry[3])
        if current != entry:  # its pair changed since it was queued: queue what the group offers now
            if current:
                heapq.heappush(heap, current)
            continue
        i, j = entry[1], entry[2]
        members[i] += members[j]
        members[j] = []
        size[i] += size[j]
        sums.merge(i, j, members)
        if (e := best(i)) is not None:
            heapq.heappush(heap, e)
    return sorted((sorted(g, key=_order) for g in members if g), key=lambda c: _order(c[0]))


class _Names:
    """Evidence for mentions that agree only on a period (a month, a quarter, a year), not on a day: across
    sources they are one happening only if their sentences share a name, or are one sentence told twice (a
    syndicated copy: a similarity of COPY_SCORE or more). A name is a capitalised word; the first word of a
    sentence is capitalised whatever it is, so it is a name when the other sentence has it capitalised inside
    ("Crossland reported a loss" and "Analysts said Crossland posted a loss"; not "Analysts said" in both).

    A day and a few shared words say two reports tell of one happening; a quarter holds every company's results,
    and a year every election, so shared words are not enough: "Crossland reported a third-quarter loss" and
    "CMS reported third-quarter net" are two happenings, "Russia annexed ... Crimea in 2014" and "Putin captured
    the Crimea region in 2014" one. Names are kept for the mentions of one block (the memo).

    In a month or a week (short), two sentences with no name inside either that say much the same (NAMELESS_SCORE)
    are one happening too: "Customers whose services were down for more than an hour will receive credits on their
    January invoices" and "Customers will receive credits on their January invoices", from two outlets."""

    def __init__(self, sim: Similarity, short: bool = False):
        self.sim = sim
        self.short = short
        self.memo: dict[str, tuple[frozenset[str], str | None]] = {}

    def of(self, m: Mention) -> tuple[frozenset[str], str | None]:
        """The names of a mention's words (its sentence less its expression), once per mention."""
        if m.id not in self.memo:
            self.memo[m.id] = names(_words_text(m))
        return self.memo[m.id]

    def evidence(self, a: Mention, b: Mention) -> bool:
        sim = self.sim
        if not sim.evidence(a, b):
            return False
        if a.source == b.source or shares_name(self.of(a), self.of(b)):
            return True
        score = sim(a, b)
        return score >= COPY_SCORE or self.short and score >= NAMELESS_SCORE and not self.of(a)[0] and not self.of(b)[0]


def shares_name(a: tuple[frozenset[str], str | None], b: tuple[frozenset[str], str | None]) -> bool:
    """Whether two sentences' names (see names) have one in common: a capitalised word inside both, or the
    first word of one inside the other."""
    (inside_a, first_a), (inside_b, first_b) = a, b
    return not inside_a.isdisjoint(inside_b) or first_a in inside_b or first_b in inside_a


@functools.lru_cache(maxsize=4096)
def stored_names(text: str) -> str:
    """names(text) as a MentionStore keeps them: the first word's stem (or nothing), "|", the others'. Recent
    texts are remembered, as in _stored_terms."""
    inside, first = names(text)
    return f"{first or ''}|{' '.join(sorted(inside))}"


@functools.lru_cache(maxsize=4096)
def _unpack_names(stored: str) -> tuple[frozenset[str], str | None]:
    """names() from stored_names()."""
    first, _, inside = stored.partition("|")
    return frozenset(inside.split()), first or None


COPY_SCORE = 0.8  # similarity at which two sentences are one told twice
NAMELESS_SCORE = 0.5  # similarity at which two sentences without names, in one month or week, tell one happening
SHORT_PERIOD = re.compile(r"\d{4}-(?:\d\d|W\d\d)(?:-WE)?$")  # a month, a week or a weekend
# Capitalised words that stand by names of every kind, none on its own: "Corp.", "Mrs.", "President", and
# the short names of months and days ("Sept. 30", "Thurs.")
NOT_NAMES = frozenset("inc corp corporation ltd llc plc company group mrs sen rep gov gen col capt sgt lieut "
                      "president minister secretary chairman chief jan feb mar apr jun jul aug sep sept oct nov dec "
                      "mon tue tues wed thu thur thurs fri sat sun".split())


FIRST_WORD = re.compile(r"\W*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*)")
# The terms (patterns.TERM) that begin with a capital, not after a letter ("U.S.-Cuban", "''Elian")
CAPITALISED_TERM = re.compile(r"(?<![A-Za-zÀ-ÿ])[A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]{2,}")


def names(sentence: str) -> tuple[frozenset[str], str | None]:
    """The stems of the capitalised words inside a sentence, and of its first word if capitalised, less stop
    words, date words and NOT_NAMES ("Moscow also denies threatening Ukraine, ... Crimea" -> {ukrai, crime},
    mosco)."""
    first = FIRST_WORD.match(sentence)
    at = first.start(1) if first else -1
    inside, first_stem = set(), None
    for w in CAPITALISED_TERM.finditer(sentence):
        low = w.group().lower().replace("’", "'").removesuffix("'s")
        if low not in pt.STOPWORDS and low not in DATE_WORDS and low not in NOT_NAMES:
            if w.start() == at:
                first_stem = low[:pt.STEM_LENGTH]
            else:
                inside.add(low[:pt.STEM_LENGTH])
    return frozenset(inside), first_stem


BLOCK_MAX = 1024  # mentions (or groups) clustered at once: their sums take up to 8 MB (8 bytes a pair), and as
# much again while the sums of a part of groups are added up (_group_sums)


def _agglomerate_large(ms: list[Mention], sim: Similarity, threshold: float, names: _Names | None = None) \
        -> list[list[Mention]]:
    """Average-link clustering of a block too large to hold the sums of all its pairs (thousands of mentions
    dated only "in 2014", or one day of a large archive): their memory and the time to find them grow with the
    square of the block.

    The block is cut into parts of BLOCK_MAX mentions, and each part is clustered as a block is. Alike mentions
    are put in one part: mentions are ordered by their rarest words (copies of a sentence are next to each
    other, and reports of one happening usually share its names). Then the groups made are clustered in turn,
    by the same mean similarity of their mentions' pairs, in parts of BLOCK_MAX groups ordered by their
    weightiest words, until a round merges nothing or all the groups fit in one part. What is held at once is
    the sums of one part; the time still grows with the square of the block, as the pairs are all scored. Two
    mentions in different parts can be one event only through the groups they are in: a group formed in its
    part before it met the other."""
    order = sorted(ms, key=lambda m: (_heaviest(_vector([m], sim), sim), _order(m)))
    groups = [g for k in range(0, len(order), BLOCK_MAX)
              for g in _agglomerate(order[k:k + BLOCK_MAX], sim, threshold, names)]
    while True:
        vectors = [_vector(g, sim) for g in groups]
        ranked = sorted(range(len(groups)), key=lambda i: (_heaviest(vectors[i], sim), _order(groups[i][0])))
        merged = []
        for k in range(0, len(ranked), BLOCK_MAX):
            part = sorted(ranked[k:k + BLOCK_MAX], key=lambda i: _order(groups[i][0]))
            merged += _upgma([groups[i] for i in part],
                             _Sums(len(part), _group_sums([groups[i] for i in part], sim, names and names.evidence)),
                             threshold)
        done = len(merged) == len(groups) or len(ranked) <= BLOCK_MAX
        groups = merged
        if done:
            return sorted(groups, key=lambda c: _order(c[0]))


def _heaviest(vector: dict[str, float], sim: Similarity) -> tuple[str, ...]:
    """The (at most 3) words of a group's vector (_vector) that weigh most in its tf-idf, heaviest first: for
    one mention its rarest words. Ordered by it, alike mentions and groups are next to each other."""
    return tuple(heapq.nsmallest(3, vector, key=lambda t: (-sim.idf2[t] * vector[t], t)))


def _group_sums(groups: list[list[Mention]], sim: Similarity, evidence=None):
    """(i, j, sum) for groups i < j alike: the sum of the similarities of their mentions' pairs (those pairs()
    finds), added up in a dense table of the groups' pairs."""
    n = len(groups)
    owner = [k for k, g in enumerate(groups) for _ in g]
    table = array("d", bytes(8 * n * n))
    for a, b, s in pairs([m for g in groups for m in g], sim, evidence):
        i, j = owner[a], owner[b]
        if i != j:
            table[min(i, j) * n + max(i, j)] += s
    for i in range(n):
        for j in range(i + 1, n):
            if table[i * n + j]:
                yield i, j, table[i * n + j]


class _Sums:
    """The sums of similarity between the groups of a block, by group index, symmetric.

    Kept in dense rows (8 bytes a pair of groups) when the block's alike pairs are many enough that this is
    smaller than a dict entry and a float object for each of them, both ways (about DICT_PAIR_BYTES)."""

    DICT_PAIR_BYTES = 150

    def __init__(self, n: int, found):
        first, second, score = array("I"), array("I"), array("d")  # 16 bytes a pair until the rows are made
        # more pairs than this: dense (never, when a dict entry is taken to cost nothing)
        enough = n * n * 8 // self.DICT_PAIR_BYTES if self.DICT_PAIR_BYTES else math.inf
        self.dense = False
        found = iter(found)
        for i, j, s in found:
            first.append(i)
            second.append(j)
            score.append(s)
            if len(score) > enough:
                self.dense = True
                break
        self.rows: list = [array("d", bytes(8 * n)) for _ in range(n)] if self.dense else [{} for _ in range(n)]
        for i, j, s in zip(first, second, score):
            self.rows[i][j] = self.rows[j][i] = s
        del first, second, score
        for i, j, s in found:  # the rest, once the rows are dense: straight into them
            self.rows[i][j] = self.rows[j][i] = s

    def items(self, i: int):
        """(k, sum) for the groups k alike with group i (and possibly some merged away)."""
        row = self.rows[i]
        return row.items() if not self.dense else ((k, s) for k, s in enumerate(row) if s)

    def merge(self, i: int, j: int, members: list) -> None:
        """Add group j's sums to group i's, j being merged into i."""
        rows, dense = self.rows, self.dense
        for k, s in self.items(j):
            if k != i and members[k]:
                rows[i][k] = rows[k][i] = (rows[i][k] if dense else rows[i].get(k, 0.0)) + s
                if not dense:
                    rows[k].pop(j, None)
        if not dense:
            rows[i].pop(j, None)
        rows[j] = {} if not dense else array("d")


def _attach_thin(groups: list[list[Mention]], sim: Similarity) -> list[list[Mention]]:
    """Put a lone mention too short to judge by its words into the same-day group it shares most with."""
    thick = [len(g) > 1 or len(sim.terms[g[0].id]) > THIN_TERMS for g in groups]
    out = [g for g, keep in zip(groups, thick) if keep]
    # (decided before any group grows: a group that took a thin mention is no longer equal to what it was)
    for g, keep in zip(groups, thick):
        if keep:
            continue
        best = max(((sum(sim(g[0], o) for o in h) / len(h), i) for i, h in enumerate(out)), default=(0.0, -1))
        if best[0] > 0:
            out[best[1]] = sorted(out[best[1]] + g, key=_order)
        else:
            out.append(g)
    return sorted(out, key=lambda c: _order(c[0]))


def _cluster_block(ms: list[Mention], sim: Similarity, day: bool) -> list[list[Mention]]:
    """Average-link groups of one block: a day's mentions (day), or the mentions of a coarser period that joined
    no day's event.

    Lone mentions of a day that are short, or that name their happening ("today's talk"), join the group they
    belong to. Mentions that agree only on a period need a shared name across sources (_Names)."""
    if not day:
        return _agglomerate(ms, sim, LINK_THRESHOLD, _Names(sim, bool(ms) and SHORT_PERIOD.match(ms[0].timex.value) is not None))
    return _attach_named(_attach_thin(_agglomerate(ms, sim, LINK_THRESHOLD), sim), sim)


POSSESSIVE_NOUN = re.compile(r"['’]s\s+([A-Za-z]+)")


def _named_term(m: Mention) -> str | None:
    """The term of the noun a possessive date names its happening by: "today's talk" -> call (a synonym)."""
    found = POSSESSIVE_NOUN.match(m.sentence, m.timex.end - m.sentence_start)
    named = terms(found.group(1)) if found else {}
    return next(iter(named), None)


def _attach_named(groups: list[list[Mention]], sim: Similarity) -> list[list[Mention]]:
    """Put a lone mention that names its happening by a possessive date ("with today's talk setting the stage")
    into the same-day group where most mentions use that word (or a synonym: talk, call, phone), if one does."""
    named = [(g, _named_term(g[0]) if len(g) == 1 else None) for g in groups]
    out = [g for g, term in named if term is None]
    for g, term in named:
        if term is None:
            continue
        # the group with the largest share of mentions using the word; the first such group on a tie
        best = max(((sum(term in sim.terms[o.id] for o in h) / len(h), -k) for k, h in enumerate(out) if len(h) > 1),
                   default=(0.0, 0))
        if best[0] >= 0.5:
            out[-best[1]] = sorted(out[-best[1]] + g, key=_order)
        else:
            out.append(g)
    return sorted(out, key=lambda c: _order(c[0]))


def _vector(ms: list[Mention], sim: Similarity) -> dict[str, float]:
    """Term -> the sum of 1/norm over the mentions holding it: the sum of a group's normalised tf-idf vectors,
    with idf left out to be applied once per shared term."""
    out: dict[str, float] = {}
    for m in ms:
        inv = 1 / sim.norm[m.id]
        for t in sim.terms[m.id]:
            out[t] = out.get(t, 0.0) + inv
    return out


def _dot(a: dict[str, float], b: dict[str, float], sim: Similarity) -> float:
    """The sum of the cosines of every pair across two groups (of different sentences), from their vectors."""
    if len(a) > len(b):
        a, b = b, a
    idf2 = sim.idf2
    return sum([idf2[t] * v * b[t] for t, v in a.items() if t in b])


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
    if found is None and len(ms) > LARGE_GROUP:
        edges = _spanning_tree(ms, sim)  # the same tree as below, without the n² pairs
    else:
        edges = list(found if found is not None else pairs(ms, sim))
    # A mention that shares no word with the others (joined as too short to judge) still gets its link.
    linked = {i for e in edges for i in e[:2]}
    edges += [(0, k, 0.0) for k in range(1, len(ms)) if k not in linked]
    parent = list(range(len(ms)))
    tree = []
    for i, j, score in sorted(edges, key=lambda e: (-e[2], e[0], e[1])):  # Kruskal, strongest links first
        ri, rj = _root(parent, i), _root(parent, j)
        if ri != rj:
            parent[rj] = ri
            tree.append((ms[i], ms[j], score))
    links = []
    for x, y, score in sorted(tree, key=lambda e: tuple(sorted((e[0].id, e[1].id)))):
        a, b = sorted((x, y), key=_order)
        links.append(Link(a.id, b.id, round(score, 3), sim.shared(a, b), sys.intern(_reason(a, b, score))))
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


Description = tuple  # (date, mod, title, slug, links): all of an event but its id, which depends on the others


def describe(group: list[Mention], sim: Similarity) -> Description:
    """What a group of mentions says as an event: its date, title, characteristic words and why it is one."""
    date, mod = _event_date(group)
    # A large group's pairs are counted as they come, not held (n² of them: 80,000 for 400 mentions).
    found = None if len(group) > LARGE_GROUP else list(pairs(group, sim))
    centrality = [0.0] * len(group)
    for i, j, score in found if found is not None else pairs(group, sim):
        centrality[i] += score
        centrality[j] += score
    return date, mod, _representative(group, centrality, date).title, slug(group, sim), explain(group, sim, found)


def make_event(group: list[Mention], sim: Similarity, taken, describe=describe) -> Event:
    """An event for a group of mentions, with an id not in `taken` (a set, or the store's EventIds), added to it."""
    sim.load(group)  # a no-op for the groups linking makes; an editor's split brings mentions it has let go
    date, mod, title, words, links = describe(group, sim)
    base = f"{date}-{words}".lower()
    eid = base if base not in taken else f"{base}-{hashlib.sha1(' '.join(m.id for m in group).encode()).hexdigest()[:6]}"
    taken.add(eid)
    return Event(id=eid, date=date, mod=mod, title=title, mentions=tuple(group), links=links)


# Linking a corpus: day by day through a MentionStore -----------------------------------------------------------

def add_mentions(store: MentionStore, mentions: Iterable[Mention]) -> None:
    """Put mentions in a store for link(), in reading order, counting their words for idf."""
    rows = []
    for m in mentions:
        text = _words_text(m)
        stems, surface = _stored_terms(text)
        store.df.update(stems.split())
        # Coarser mentions alike in words, period and kind are placed once, by the first of them (_join_coarse).
        alike = hashlib.sha1(f"{m.timex.value}\0{m.timex.mod}\0{m.reporting}\0{text}".encode()).hexdigest()
        rows.append((m, alike, stems, surface, stored_names(text)))
    store.add(rows)


@functools.lru_cache(maxsize=4096)
def _stored_terms(text: str) -> tuple[str, str]:
    """A text's terms as a MentionStore keeps them: the stems, and the surface words they came from. Recent
    texts are remembered, as copies of a sentence (syndicated articles) often come close together."""
    ts = terms(text)
    return " ".join(ts), " ".join(ts.values())


def link(mentions: list[Mention] | MentionStore, cache: LinkCache | None = None,
         keep: Callable[[Event, list[str]], Event] | None = None,
         into: list | None = None) -> tuple[list[Event], Similarity]:
    """Merge mentions into events, in date order; the similarity explains the merges in the graph.

    With a cache, blocks and events whose inputs are unchanged since the last build are read from it. Mentions
    are read from a MentionStore (given, or made for the mentions given) a block at a time: what linking holds
    is a few days of mentions and the words of the corpus, not its mentions. Each event is passed through
    `keep` as it is made, with its mentions' JSON (mentionstore.encode): the pipeline's keep puts its mentions
    and links out of memory. The events are appended to `into` (a list, or the pipeline's spill.Spilled, which
    keeps them on disk) and given back sorted."""
    if isinstance(mentions, MentionStore):
        return _link(mentions, cache, keep, into)
    with MentionStore() as store:
        add_mentions(store, mentions)
        return _link(store, cache, keep, into)


def _link(store: MentionStore, cache: LinkCache | None, keep, into) -> tuple[list[Event], Similarity]:
    """link() on a store: day-level groups, then coarser mentions placed, then an event for each group."""
    store.index()
    sim = Similarity(counts=(store.df, store.count))
    blocks, describer = (cache.blocks(_cluster_block), cache.descriptions(describe)) if cache else \
        (_cluster_block, describe)
    _day_groups(store, sim, blocks)
    _join_coarse(store, sim)
    events = [] if into is None else into
    keys = []  # (place, date, id) of the last events made, written to the store a thousand at a time
    for group, data in _groups(store, sim, blocks):
        event = make_event(group, sim, store.event_ids, describer)
        keys.append((len(events), event.date, event.id))
        events.append(keep(event, data) if keep else event)
        sim.drop(group)
        if len(keys) >= 1000:
            store.add_event_keys(keys)
            keys = []
    store.add_event_keys(keys)
    return arrange(events, store.event_order()), sim


def event_key(e: Event) -> tuple:
    """The order of a corpus's events: by date (dates.sort_key), then id."""
    return dates.sort_key(e.date), e.id


def _day_groups(store: MentionStore, sim: Similarity, blocks) -> None:
    """Group the day-level mentions, a block at a time: each day's mentions, the dates of happenings and of
    reports apart ("said on Wednesday" is not the date of what was said), clustered by `blocks` (_cluster_block
    or the linking cache's memoised one). Groups are numbered in date order and recorded in the store.

    Then groups a few days apart that disjoint sets of sources describe in nearly the same words are merged:
    the sources disagree on the date. A source that dates both is evidence of two happenings, so never merged.
    Only groups within CONFLICT_DAYS of each other are compared (the window of the last days' groups), each
    pair once; the best pairs merge first, with union-find, as long as the merged sets keep disjoint sources and
    span CONFLICT_DAYS at most (sources that disagree by a few days each, chained, are not one happening over
    weeks: "the next round will be held on April 6" in one report and "on April 13" in the next).
    The mean similarity of two groups is the dot product of their summed, normalised term vectors."""
    number = 0
    window: deque = deque()  # (day, group, vector, sources, size) of the happenings of the last days
    pairs: list[tuple[float, int, int]] = []
    sources: dict[int, set[str]] = {}  # of the groups in pairs
    span: dict[int, tuple[int, int]] = {}  # of the groups in pairs: their first and last day
    for day, reporting, rows in store.blocks():
        ms = [decode(data, share=False) for *_, data in rows]
        seq = {m.id: row[0] for m, row in zip(ms, rows)}
        sim.load(ms, [row[1:3] for row in rows])
        today = dates.start_date(day).toordinal()
        while window and today - window[0][0] > CONFLICT_DAYS:
            window.popleft()
        made, members, new = [], [], []
        for g in blocks(ms, sim, True):
            made.append((number, *_order(g[0])))
            members += [(number, sim.norm[m.id], seq[m.id]) for m in g]
            if not reporting:
                vector, own = _vector(g, sim), {m.source for m in g}
                for earlier, i, v, theirs, size in window:
                    if earlier == today or theirs & own:
                        continue
                    score = _dot(v, vector, sim) / (size * len(g))
                    if score >= CONFLICT_THRESHOLD:
                        pairs.append((-score, i, number))
                        sources[i], sources[number] = theirs, own
                        span[i], span[number] = (earlier, earlier), (today, today)
                new.append((today, number, vector, own, len(g)))
            number += 1
        window.extend(new)
        store.add_groups(made, members)
        sim.drop(ms)
    parent: dict[int, int] = {}
    for _, i, j in sorted(pairs):
        ri, rj = _find(parent, i), _find(parent, j)
        if ri != rj and not sources[ri] & sources[rj]:
            first, last = min(span[ri][0], span[rj][0]), max(span[ri][1], span[rj][1])
            if last - first > CONFLICT_DAYS:
                continue
            parent[rj] = ri
            sources[ri] = sources[ri] | sources.pop(rj)
            span[ri] = (first, last)
    merged: dict[int, list[int]] = defaultdict(list)
    for k in sorted({k for _, i, j in pairs for k in (i, j)}):
        merged[_find(parent, k)].append(k)
    for first, *others in merged.values():
        if others:  # the set takes the place of its earliest group
            store.merge_groups(first, others)


def _root(parent: list[int], i: int) -> int:
    """The representative of i's set in a union-find forest (with path halving)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _find(parent: dict[int, int], i: int) -> int:
    """The representative of i's set in a union-find forest that holds the parents of non-representatives."""
    while i in parent:
        i = parent[i]
    return i


def _join_coarse(store: MentionStore, sim: Similarity) -> None:
    """Put each coarser mention ("in January", "earlier this month") in the group holding its most similar
    day-level mention inside its period; the mentions that join none are left for _groups.

    Of candidates alike, the better scores, then the group that comes last in reading order. Across sources,
    a candidate must share two words (see Similarity.evidence) and a name, unless it is a copy (see _Names): a
    year holds the days of every company's results. A day told in the coarser mention's own
    sentence scores 1 and wins over an equal score elsewhere (a copy of the sentence in another article).
    Coarser mentions with the same words, period and kind have the same best match but for a mention in
    their own sentence, so copies of one sentence, common across syndicated articles, are scored once, by
    the first of them.

    The day-level mentions are read a month at a time, with the coarser mentions whose period meets that
    month, and each keeps the best it has found so far in the store."""
    fits: dict[tuple, bool] = {}

    def may_join(value: str, mod: str | None, reporting: int, o: tuple) -> bool:
        key = (value, mod, o[1])
        if key not in fits:
            fits[key] = _fits(value, mod, o[1])
        return o[2] == reporting and fits[key]

    for month in store.months():
        first = dates.start_date(month)
        lo, hi = first.toordinal(), dates.end_date(month).toordinal()
        days = store.days_between(lo, hi)
        words = [d[4].split() for d in days]
        norms = [d[8] for d in days]
        postings: dict[str, list[int]] = defaultdict(list)
        for i, w in enumerate(words):
            for t in w:
                postings[t].append(i)
        better = []
        for seq, value, mod, reporting, source, own, named, mlo, mhi, *kept in store.coarse_between(lo, hi):
            best = (kept[0], (kept[1], kept[2]), kept[3]) if kept[3] is not None else _NONE
            ts = own.split()
            dot: dict[int, float] = {}
            count: dict[int, int] = {}
            for t in ts:
                w = sim.idf2[t]
                for i in postings.get(t, ()):
                    if mlo <= days[i][0] <= mhi:
                        dot[i] = dot.get(i, 0.0) + w
                        count[i] = count.get(i, 0) + 1
            found = best
            norm = sim.norm_of(ts)
            for i, d in dot.items():
                o = days[i]
                if count[i] < MIN_SHARED_ACROSS_SOURCES and o[3] != source:
                    continue  # one shared word across sources is no evidence (see Similarity.evidence)
                score = min(1.0, d / (norm * norms[i]))
                order = (o[6], o[7])
                if (score > found[0] or score == found[0] and found[2] is not None and order > found[1]) \
                        and may_join(value, mod, reporting, o) \
                        and (o[3] == source or score >= COPY_SCORE
                             or shares_name(_unpack_names(named), _unpack_names(o[9]))):
                    found = (score, order, o[5])
            if found is not best:
                better.append((found[0], *found[1], found[2], seq))
        store.set_best(better)
    placed = []
    for seq, source, s_start, value, mod, reporting, own, mlo, mhi, *kept in store.coarse():
        best = (kept[0], (kept[1], kept[2]), kept[3]) if kept[3] is not None else _NONE
        ts = set(own.split())
        near = [(1.0, (o[6], o[7]), o[5]) for o in (store.in_sentence(source, s_start) if mlo is not None else ())
                if mlo <= o[0] <= mhi and ts.intersection(o[4].split()) and may_join(value, mod, reporting, o)]
        best = max([best, *near], key=lambda c: (c[0], any(c is o for o in near), c[1]))
        if best[2] is not None:
            placed.append((best[2], seq))
        if len(placed) >= 1000:
            store.set_groups(placed)
            placed = []
    store.set_groups(placed)


_NONE = (JOIN_THRESHOLD, (), None)  # below every candidate a coarser mention may join


def _groups(store: MentionStore, sim: Similarity, blocks) -> Iterator[tuple[list[Mention], list[str]]]:
    """The groups of mentions, each loaded in sim and with its mentions' JSON as the store keeps it: the day-level
    groups in date order with the coarser mentions that joined them, then the groups of the coarser mentions left
    over, by period."""
    for _, rows in groupby(store.grouped(), key=itemgetter(0)):
        rows = list(rows)
        g = [decode(row[3], share=False) for row in rows]
        sim.load(g, [row[1:3] for row in rows])
        yield g, [row[3] for row in rows]
    for _, rows in groupby(store.left_over(), key=itemgetter(0, 1)):
        rows = list(rows)
        ms = [decode(row[4], share=False) for row in rows]
        sim.load(ms, [row[2:4] for row in rows])
        data = {m.id: row[4] for m, row in zip(ms, rows)}
        for g in blocks(ms, sim, False):
            yield g, [data[m.id] for m in g]
        sim.drop(ms)


def corroborator(sources: list[Source]) -> Callable[[Event], Event]:
    """A function giving an event with its distinct outlets and the source that reported it first (the
    pipeline applies it as each event is made or corrected)."""
    known = by_id(sources)

    def corroborated(e: Event) -> Event:
        srcs = [known[s] for s in e.sources if s in known]
        outlets = tuple(dict.fromkeys((s.outlet or s.title or s.id) for s in srcs))
        dated = [s for s in srcs if s.published]
        first = min(dated, key=lambda s: (s.published, s.id)).id if dated else (srcs[0].id if srcs else None)
        return dataclasses.replace(e, outlets=outlets, first_source=first)
    return corroborated


def successors(events: list[Event], previous: dict[str, list[str]], current: set[str] | None = None) -> dict[str, str]:
    """Old event id -> the current event holding most of its mentions, for ids that no longer exist (current:
    the events' ids, when the caller has them)."""
    if not previous:
        return {}
    if current is None:
        current = {e.id for e in events}
    gone = {old: mention_ids for old, mention_ids in previous.items() if old not in current}
    wanted = {m for mention_ids in gone.values() for m in mention_ids}
    # Only the mentions of ids that are gone, read (from disk, in a build) only for events of their sources: a
    # mention's id is "source id:offset" (events.mentions).
    of_sources = {m.rpartition(":")[0] for m in wanted}
    holder = {m.id: e.id for e in events if not of_sources.isdisjoint(e.sources)
              for m in e.mentions if m.id in wanted}
    out = {}
    for old, mention_ids in sorted(gone.items()):
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


def published_graph(events: list[Event], sources: list[Source], graph: nx.MultiDiGraph | None = None):
    """The graph to publish: `graph` (by default build_graph's) without the hidden events and their mentions.

    Without a graph given, and with events as linking makes them, this is a _GraphView, which makes each node
    and edge as a writer asks for it, so the graph of a large corpus is never held; else a networkx graph."""
    if graph is None and _GraphView.exact(events, sources):
        return _GraphView(_Shown(events), sources)
    g = graph.copy() if graph is not None else build_graph(events, sources)
    for n, d in list(g.nodes(data=True)):
        if d.get("kind") == "event" and d.get("hidden"):
            g.remove_nodes_from([n] + [v for _, v, k in g.out_edges(n, keys=True) if k == "mentioned_in"])
    return g


class _Shown:
    """The events not hidden, read again from `events` (on disk, in a build) each time they are iterated."""

    def __init__(self, events: list[Event]):
        self.events = events

    def __iter__(self):
        return (e for e in self.events if not e.hidden)


class _GraphView:
    """build_graph's nodes and edges, in networkx's order, made on demand: what networkx's GraphML writer reads.

    A MultiDiGraph lists nodes in the order they were added and edges node by node, each node's out-edges in
    the order their targets were first reached. build_graph adds every source, then each event followed by its
    mentions; an event's edges go to its mentions, a mention's to its source and then to the mentions it links
    to. That holds when every id is unique and every link joins two mentions of its own event (see exact)."""

    def __init__(self, events: list[Event], sources: list[Source]):
        self.events, self.sources = events, sources
        self.graph: dict = {}  # no graph attributes

    @staticmethod
    def exact(events: list[Event], sources: list[Source]) -> bool:
        """Whether the view gives exactly build_graph's graph for these events (hidden ones removed). Ids are
        compared by their hashes, so as not to hold every mention's id: two ids of one hash (a chance in 10^9
        for a million mentions) would only send the graph through networkx, which gives the same."""
        source_ids = by_id(sources)
        if len(source_ids) != len(sources) or len({hash(e.id) for e in events}) != len(events):
            return False
        seen: set[int] = set()
        for e in events:
            own = {m.id for m in e.mentions}
            hashes = set(map(hash, own))
            if len(hashes) != len(e.mentions) or not seen.isdisjoint(hashes):
                return False
            seen |= hashes
            if any(m.source not in source_ids for m in e.mentions):
                return False
            pairs_ = {(x.a, x.b) for x in e.links}
            if len(pairs_) != len(e.links) or any(a not in own or b not in own for a, b in pairs_):
                return False
        return True

    def is_directed(self) -> bool:
        return True

    def is_multigraph(self) -> bool:
        return True

    def nodes(self, data: bool = True):
        assert data
        for s in self.sources:
            yield f"source:{s.id}", {"kind": "source", "title": s.title, "outlet": s.outlet or "",
                                     "published": s.published or ""}
        for e in self.events:
            yield f"event:{e.id}", {"kind": "event", "date": e.date, "title": e.title, "hidden": e.hidden,
                                    "conflict": e.conflict, "tags": " ".join(e.tags)}
            for m in e.mentions:
                yield f"mention:{m.id}", {"kind": "mention", "text": m.timex.text, "value": m.timex.value,
                                          "title": m.title, "reporting": m.reporting, "source": m.source}

    def edges(self, keys: bool = True, data: bool = True):
        assert keys and data
        for e in self.events:
            for m in e.mentions:
                yield f"event:{e.id}", f"mention:{m.id}", "mentioned_in", {"kind": "mentioned_in"}
            links: dict[str, list[Link]] = {}
            for link_ in e.links:
                links.setdefault(link_.a, []).append(link_)
            for m in e.mentions:
                yield f"mention:{m.id}", f"source:{m.source}", "in_source", {"kind": "in_source"}
                for link_ in links.get(m.id, ()):
                    yield f"mention:{link_.a}", f"mention:{link_.b}", "similar", {
                        "kind": "similar", "weight": link_.score, "shared": " ".join(link_.shared),
                        "reason": link_.reason}
