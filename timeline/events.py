"""Event mentions: each dated expression anchors the clause around it, with a short title.

A mention is a span of its source (the sentence, and the clause inside it) plus the expression that dates it.
Expressions inside boilerplate, durations, sets and vague references ("recently") anchor nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import patterns as pt
from .headline import WORD, drop_opening_phrase, headline, plural, subject_of, verbish
from .model import Boilerplate, Mention, Source, Timex
from .segment import inside, sentences
from .temporal.tagger import words_read


POSSESSIVE = re.compile(r"^['’]s\b")


def mentions(source: Source, timexes: list[Timex], boiler: list[Boilerplate]) -> list[Mention]:
    """The event mentions of one source, in text order. Its words are read without the markers of Markdown's
    inline markup, and hard-wrapped prose with its lines joined, as the tagger reads them (words_read); each sentence
    is quoted as written."""
    text = words_read(source.text)
    sents = sentences(text)
    datelines = {m.start(): m.end() for m in pt.DATELINE.finditer(text)} if any(d in text for d in "-—–_") else {}
    dated = [t for t in timexes if t.is_dated and not inside(boiler, t.start, t.end)
             and not any(a <= t.start < b for a, b in datelines.items())
             and not pt.LEISURE_AFTER.match(text[t.end:t.end + 20]) and not pt.ATTRIBUTIVE_CENTURY.fullmatch(t.text)
             and not (t.anchor_kind == "previous" and pt.NAMED_ANCHOR_AFTER.match(text[t.end:t.end + 40]))
             and not pt.PERIOD_START_BEFORE.search(text, max(0, t.start - 24), t.start)
             and not _counted_since(text, t)
             and not (pt.FIELD_LABEL_BEFORE.search(text, max(0, t.start - 30), t.start) and _bare(text, *_line(text, t), t))]
    ends = _range_ends(text, dated)  # (still the edges of the clauses around them)
    out = []
    si = 0
    for i, t in enumerate(dated):
        if i in ends:
            continue
        told = t
        if i + 1 in ends and (pt.DAY_SPAN_JOIN.fullmatch(text, t.end, dated[i + 1].start)
                              or pt.RANGE_CLOSE_JOIN.fullmatch(text, t.end, dated[i + 1].start)
                              and pt.BETWEEN_BEFORE.search(text, max(0, t.start - 8), t.start)):
            # "The Dec. 15-16 summit collapsed", "Between March and June 2024, 24 people died": a range written as one,
            # or whose words go only with it, is read around as one expression
            told = replace(t, end=dated[i + 1].end, text=text[t.start:dated[i + 1].end])
        while si < len(sents) - 1 and sents[si][1] <= t.start:
            si += 1
        s0, s1 = sents[si]
        for _, end in sents[si + 1:]:
            if told.end <= s1:
                break
            s1 = end  # an expression across a line break ("last\nThursday") keeps its sentence whole
        if si + 1 < len(sents) and _bare(text, s0, s1, told) and not _list_siblings(text, s0, s1, sents[si + 1:]):
            # "17:55 CEST" heading a live blog's entry: with the sentence after it, if there is one after the
            # expression (not when the expression runs to the end: "EARLY\nThursday")
            s1 = next((end for start, end in sents[si + 1:] if start >= s1), s1)
        s0, s1 = _glue_trim(text, (s0, s1), t, dated)
        s0 = datelines.get(s0, s0)  # (the dateline opening the sentence is no part of it)
        parens = _parentheticals(text, s0, s1)
        around = next(((a, b) for a, b, _ in parens if a < t.start and told.end <= b), None)
        if around:
            title, reporting, c0, c1, rewritten = _parenthetical_title(text, s0, around, told)
        else:
            others = [o for o in dated if o is not t and s0 <= o.start < s1 and not _within(o.start, parens)]
            c0, c1 = _segment(text, s0, s1, told, others, parens)
            title, reporting, c0, c1, rewritten = _title(text, c0, c1, told, s0, s1, others, parens)
        out.append(Mention(id=f"{source.id}:{t.start}", source=source.id, timex=t, start=c0, end=c1,
                           sentence_start=s0, sentence_end=s1, sentence=source.text[s0:s1], title=title,
                           reporting=reporting, headline=rewritten))
    return out


DAY_TYPES = ("DATE", "TIME")


def _range_ends(text: str, dated: list[Timex]) -> set[int]:
    """The places in `dated` of expressions that close a range opened by the one before ("between Friday night and
    Sunday morning", "from 6am on Wednesday until midnight on Thursday"): the range is one happening, anchored where
    it opens, not a second one titled by the same clause; so too the second of two days a happening may fall on
    ("late Tuesday or early Wednesday")."""
    out, closing = set(), False
    for i in range(1, len(dated)):
        p, t = dated[i - 1], dated[i]
        closing = p.end <= t.start and (
            closing and pt.ON_JOIN.fullmatch(text, p.end, t.start) is not None  # its day: "midnight on Thursday"
            or pt.RANGE_CLOSE_JOIN.fullmatch(text, p.end, t.start) is not None
            and pt.RANGE_OPEN_BEFORE.search(text, max(0, p.start - 30), p.start) is not None
            # the day of the time just told: "were called at 02:47 on Sunday", "has until 1pm on Monday"
            or p.type == "TIME" and t.type == "DATE" and p.value.startswith(t.value) and len(t.value) == 10
            and pt.ON_JOIN.fullmatch(text, p.end, t.start) is not None
            # the time of the day just told, set after it: "start half an hour early on Saturday, at 10am local time"
            or p.type == "DATE" and t.type == "TIME" and len(p.value) == 10 and t.value.startswith(p.value)
            and pt.APPOSED_TIME_JOIN.fullmatch(text, p.end, t.start) is not None
            # the same moment told in another zone: "at 11.42pm local time (0242 GMT Saturday)"
            or p.type == "TIME" and t.type == "TIME" and pt.EQUIVALENT_JOIN.fullmatch(text, p.end, t.start) is not None
            # a span of days or years written as one: "will meet on Dec. 15-16", "was mayor in 2010-14"
            or (t.rule == "day-list" or _years(p, t)) and pt.DAY_SPAN_JOIN.fullmatch(text, p.end, t.start) is not None
            # one happening told with two days it may fall on: "landfall late Tuesday or early Wednesday"
            or pt.OR_JOIN.fullmatch(text, p.end, t.start) is not None and p.type in DAY_TYPES and t.type in DAY_TYPES)
        if closing:
            out.add(i)
    return out


def _years(p: Timex, t: Timex) -> bool:
    """Whether two expressions are years, the second later ("2010-2014", "2010-14")."""
    return len(p.value) == len(t.value) == 4 and p.value.isdigit() and t.value.isdigit() and p.value < t.value


def _counted_since(text: str, t: Timex) -> bool:
    """"its first rate cut since March 2020", "the highest turnout since 1994": the date a record is counted
    from, which dates nothing the clause reports."""
    since = pt.SINCE_BEFORE.search(text, max(0, t.start - 12), t.start)
    if since is None:
        return False
    lo = max(0, since.start() - 60)
    lo += max(text.rfind(". ", lo, since.start()), text.rfind("\n", lo, since.start()), -1) + 1 - lo if lo else 0
    return pt.RECORD_WORDS.search(text, lo, since.start()) is not None


def _bare(text: str, s0: int, s1: int, t: Timex) -> bool:
    """Whether a sentence is the expression alone, or with a label ("17:55 CEST", "Date: June 3, 2024"): what it
    dates is told in the sentence after it."""
    return len(WORD_RE.findall(text[s0:t.start] + " " + text[t.end:s1])) < 2


WORD_RE = re.compile(r"[A-Za-z]{2,}")


def _list_siblings(text: str, s0: int, s1: int, after: list[tuple[int, int]]) -> bool:
    """Whether the sentence is an item of a list and the next one the item after it ("- September quarter 2024:
    0.3\n- December quarter 2024: 0.6"): a table's rows, each its own, where a date heading its entry is not."""
    nxt = next((start for start, _ in after if start >= s1), None)
    return nxt is not None and pt.LIST_ITEM.match(text, text.rfind("\n", 0, s0) + 1) is not None \
        and "\n" in text[s1:nxt] and pt.LIST_ITEM.match(text, text.rfind("\n", 0, nxt) + 1) is not None


def _line(text: str, t: Timex) -> tuple[int, int]:
    """The line an expression is on."""
    end = text.find("\n", t.end)
    return text.rfind("\n", 0, t.start) + 1, len(text) if end < 0 else end


def _glue_trim(text: str, sent: tuple[int, int], t: Timex, dated: list[Timex]) -> tuple[int, int]:
    """Split a sentence where scraped text lost a break right after a date ("ThursdayThe official")."""
    s0, s1 = sent
    for o in dated:
        if s0 < o.end < s1 and re.match(r"[A-Z][a-z]", text[o.end:o.end + 2]):
            if o.end <= t.start:
                s0 = o.end
            else:
                s1 = min(s1, o.end)
    return s0, s1


def _parentheticals(text: str, s0: int, s1: int) -> list[tuple[int, int, int]]:
    """(start, end, cut end) of each clause set off by commas in the sentence ("the talks, which began last week,
    would resume"): from its opening comma to its last word, and through its closing comma."""
    found = []
    verb_at = -1  # where the verb after a name's phrase resumes the sentence: no participle's clause of its own
    if (a := pt.APPOSITIVE_OPENING.match(text, s0, s1)) is not None:
        found.append((a.start("body") - 2, a.end("body"), a.end("body") + 1))
        verb_at = a.end("body")
    for m in pt.PARENTHETICAL.finditer(text, s0, s1):
        if m.start() == verb_at:
            continue
        if m.group("body"):
            found.append((m.start(), m.end("body"), m.end("body") + 1))
        else:
            frame = pt.FRAME_AFTER_COMMA.search(text, m.start("tail"), m.end("tail"))
            end = frame.start() if frame else m.end("tail")
            found.append((m.start(), end, end))
    return found


def _within(i: int, parens: list[tuple[int, int, int]]) -> bool:
    return any(a <= i < c for a, _, c in parens)


def _cut(text: str, a: int, b: int, parens: list[tuple[int, int, int]]) -> str:
    """text[a:b] without the parenthetical clauses in it."""
    out = []
    for p0, _, p1 in parens:
        if a <= p0 and p1 <= b:
            out.append(text[a:p0])
            a = p1
    out.append(text[a:b])
    return "".join(out)


def _parenthetical_title(text: str, s0: int, around: tuple[int, int], t: Timex) -> tuple[str, bool, int, int, bool]:
    """A date inside a clause about a noun dates that noun: "the talks, which began last week," -> "Talks began";
    "The company, founded in 1998," -> "Company founded"."""
    p0, p1 = around
    start, kept, name, determined = p0, 0, False, False
    for w in reversed(list(WORD.finditer(text, s0, p0))[-pt.NP_MAX_WORDS:]):
        low = w.group().lower()
        if low in pt.NP_STOP_WORDS or low in pt.NP_OPENERS or low in pt.REPORTING_VERBS or low.endswith((",", ";", ":")) \
                or (kept and low.endswith("ed")) or (name and w.group()[:1].islower() and low not in pt.NAME_JOINERS) \
                or (determined and low != "of"):
            break  # a name or a determiner begins the phrase: "confirm the nominee, who ...", but "the trial of the mayor"
        name = name if kept else w.group()[:1].isupper()
        determined = low in pt.DETERMINERS
        start, kept = w.start(), kept + 1
    np = text[start:p0]
    raw = text[text.index(",", p0) + 1:t.start].strip()
    body = pt.PARENTHETICAL_PRONOUN.sub("", raw)
    body = _without_preposition(body + " ").rstrip(" ,")  # ("which runs from June 1": "runs")
    after = POSSESSIVE.sub("", text[t.end:p1])
    join = ", " if pt.ARTICLE_OPENING.match(body) else " "  # ("Margaret Ellison, the marine biologist who ...")
    title, plain = _titled(f"{pt.ARTICLES.sub('', np)}{join}{body} {after.strip()}")
    if pt.PARENTHETICAL_PRONOUN.match(raw) is None and pt.BARE_PARTICIPLE.fullmatch(body):
        # "Its latest assessment, published in the spring, ...": a participle with no "which" is a passive, which a
        # headline keeps ("Latest assessment published", not "... publishes")
        title = plain
    return title, False, start, p1, title != plain


DAY_OF_PERIOD_BETWEEN = re.compile(r"\s+on\s+")


def _segment(text: str, s0: int, s1: int, t: Timex, others: list[Timex],
             parens: list[tuple[int, int, int]] = ()) -> tuple[int, int]:
    """The clause of the sentence that holds the expression, bounded by clause edges and other dates; the
    clauses set off by commas inside it (`parens`) are not its edges."""
    lo, hi = s0, s1
    for o in others:
        if o.end <= t.start and not _attributive(text, o) and not DAY_OF_PERIOD_BETWEEN.fullmatch(text, o.end, t.start):
            lo = max(lo, o.end)  # (a date inside a noun phrase is no edge: "The sequel to the 2019 hit will open"; nor
            # a period whose day follows it: "reported results for the third quarter on Wednesday")
        elif o.start >= t.end:
            hi = min(hi, o.start)
    if hi < s1:  # another date follows: this clause ends at the coordination before it ("... and X on <date>")
        # a comma straight after the date closes an opening phrase ("On Thursday, CNN ..."), not the clause
        joins = [j for j in pt.COORDINATION.finditer(text, t.end, hi)
                 if (j.group() != "," or _words(text[t.end:j.start()]) >= 2) and not _within(j.start(), parens)]
        if joins:
            hi = joins[0].start()
    c0, c1 = lo, hi
    for m in pt.CLAUSE_EDGE.finditer(text, lo, hi):
        if _within(m.start(), parens):
            continue
        if m.end() <= t.start:
            c0 = m.end()
        elif m.start() >= t.end:
            c1 = m.start()
            break
    # A bare trailing "on Thursday" or a "Moscow announced on Saturday" clause is too thin: take the clause before.
    if _words(text[c0:c1]) - _words(t.text) < 4 and c0 > lo:
        prev_edges = [m for m in pt.CLAUSE_EDGE.finditer(text, lo, c0) if m.end() < c0]
        c0 = prev_edges[-1].end() if len(prev_edges) > 1 else lo
    return c0, c1


def _attributive(text: str, t: Timex) -> bool:
    """Whether a date stands before a noun as its modifier: "the 2019 hit", "the Oct. 1 deadline"."""
    return pt.DETERMINER_BEFORE.search(text, max(0, t.start - 6), t.start) is not None \
        and pt.NOUN_AFTER_DATE.match(text, t.end) is not None


def _words(s: str) -> int:
    return len(s.split())


def _is_reporting(text: str, t: Timex, c0: int) -> bool:
    """A date attached to a saying: "said on Wednesday", "told reporters on a Wednesday briefing call", or an
    opening "On Thursday, CNN quoted ..." (but not "... spoke on Thursday, the White House said")."""
    if pt.REPORTING_RIGHT_BEFORE.search(text[max(c0, t.start - 40):t.start]) \
            or pt.DATA_SHOWED_BEFORE.search(text, max(c0, t.start - 40), t.start):
        return True
    opens_clause = pt.OPENING_PHRASE.fullmatch(text[c0:t.start]) is not None
    return opens_clause and bool(pt.REPORTING_RIGHT_AFTER.match(text[t.end:t.end + 60]))


def _title(text, c0, c1, t, s0, s1, others, parens=()) -> tuple[str, bool, int, int, bool]:
    """A few words built from the clause, without the date, the reporting frame and clauses set off by commas."""
    # (a time's day right after it goes with it: "just after 2 a.m. on December 6, 1986, when the sirens began")
    told_end = next((o.end for o in others if t.type == "TIME" and o.start >= t.end
                     and pt.ON_JOIN.fullmatch(text, t.end, o.start) and t.value.startswith(o.value)), t.end)
    if (when := pt.WHEN_AFTER.match(text, told_end, s1 if told_end > t.end else c1)) is not None:
        # "Prices peaked in October 2022, when inflation hit 11.1 per cent": the date's clause ends at "when"; but
        # after a state or a bare phrase ("was in 2015, when the river burst its banks", "told to avoid it since
        # Saturday evening, when cracks appeared", "In contrast to Thursday, when ... were arrested") the clause of
        # what happened then is the title
        if pt.STATE_BEFORE_DATE.search(text, max(c0, t.start - 30), t.start) or pt.PHRASE_OPENING.fullmatch(text, c0, t.start):
            edge = pt.WHEN_CLAUSE_END.search(text, when.end(), s1)
            end = edge.start() if edge else s1
            told, plain = _titled(text[when.end():end])
            if _words(told) >= pt.TITLE_MIN_WORDS:
                return told, False, when.end(), end, told != plain
        c1 = t.end
    reporting = _is_reporting(text, t, c0)
    # a possessive 's belongs to the date before it ("Thursday's call", "today's talk"), not to the title
    before, after = POSSESSIVE.sub("", _cut(text, c0, t.start, parens)), POSSESSIVE.sub("", _cut(text, t.end, c1, parens))
    if (pt.SUBJECT_OPENER.fullmatch(before.strip(" ,;:—–")) or pt.SAID_BEFORE_SUBJECT.search(before)) \
            and pt.VERB_AFTER_SUBJECT.match(after):
        # "2024 was a year of repair", "the fourth quarter was our strongest", "The Met Office said 2026 was on course
        # to be the warmest year": the date is the subject, kept
        before = f"{before.strip()} {text[t.start:t.end]}"
    ends_clause = pt.DATE_ENDS_CLAUSE.match(after) is not None
    if (when_clause := pt.WHEN_OPENS.search(before)) is not None and _words(before[when_clause.end():]) >= 3 \
            and pt.WHEN_CLAUSE_END.search(before, when_clause.end()) is None:
        # "and then again when its lead actor was injured on set in August": what happened then (not "37 years old when
        # he was kidnapped, that he probably died ... on March 26, 1996": the date is in a clause after it)
        before = before[when_clause.end():]
    if after.lstrip().startswith(",") and (bare := _without_preposition(before).rstrip()).endswith(",") \
            and "," not in bare[:-1]:
        # a date set off by commas goes with both: "Its last results, in October, showed" (but "came another sister,
        # Georgina, in 1983, followed by Manuel": the first closes a name's apposition)
        after = after.lstrip()[1:]
    if not _attributive(text, t):  # ("a review after the 2024 event": the preposition is the noun's)
        before = _without_date_words(before, ends_clause)
    clause = f"{before.strip()} {after.strip()}".strip()
    told = before.strip()  # the clause up to its date
    passive = False
    clause = pt.ACCORDING_TO.sub("", clause)
    if reporting:
        frame_free = _reported_content(text, t, s0, s1, c0, c1)
        if frame_free:
            clause, c0, c1 = frame_free
    elif (named := _dated_noun_phrase(text, t, s0, s1)) is not None:
        clause = named
        passive = pt.BARE_PARTICIPLE.fullmatch(clause.split()[-1]) is not None  # "a study of 78,000 adults published"
    else:
        clause = pt.SAID_ASIDE.sub("", clause)  # "will resume on January 12, the judge said, more than ..."
        clause = pt.SAID_TAIL.sub("", clause) if _words(pt.SAID_TAIL.sub("", clause)) >= 3 else clause
        # "CNN quoted a military official as saying that a spy plane flew ... this week": what was said
        stripped = pt.AS_SAYING.sub("", _said(clause).lstrip(" ,;:—–"), count=1)
        clause = stripped if _words(stripped) >= 3 else clause
    if not reporting and ((conj := pt.MODAL_CONJUNCT.search(told)) is not None or (
            (conj := pt.PAST_CONJUNCT.search(told)) is not None and verbish(conj.group("verb")))) \
            and (k := clause.find(told[conj.start("vp"):])) > 0 \
            and (subject := subject_of(clause[:1].upper() + clause[1:k])) is not None:
        # "it would publish a full review within 14 days and would freeze changes ... until January 5", "she left
        # school, and joined the union a decade later": the date is the second verb's, whose subject is the first's
        # (a second verb after the date is not: "identified the change at 16:05 UTC and began rolling it back")
        clause = f"{subject} {clause[k:]}"
    title, plain = _titled(clause)
    if passive or pt.PREPOSITION_OBJECT_PARTICIPLE.fullmatch(clause):
        title = plain
    coordinated = pt.COORDINATED.match(text, c0, c1)
    if coordinated and pt.SUBJECTLESS_TITLE.match(plain) and (subject := subject_of(text[s0:c0])) is not None:
        # "Toyota, Honda and Nissan have reported results in the past week or will do so this week": the
        # verb's subject is the sentence's
        title, plain = _titled(f"{subject} {pt.COORDINATED.sub('', clause, count=1)}")
    if _words(title) < pt.TITLE_MIN_WORDS or pt.SUBJECTLESS_TITLE.match(plain) and (
            coordinated or any(0 <= c0 - o.end <= 3 for o in others)):
        # the clause was only the date, or its subject is in the sentence before it ("Tickets for travel on 27 or
        # 28 January | can be used on Monday", "... in the past week | or will do so this week"): the sentence
        # (less the preposition that went with the date: "must be adopted by June 30, begins" is no "by, begins")
        # (a time's day right after it goes with it: "By 3 a.m. Eastern time on Wednesday, The Associated Press ...")
        end = told_end
        ends = pt.DATE_ENDS_CLAUSE.match(text, end) is not None
        head, tail = text[s0:t.start], text[end:s1]
        if (listed := next((o for o in others if o.end <= t.start and pt.LIST_JOIN.fullmatch(text, o.end, t.start)), None)):
            # the second of two dates one clause tells ("It will close on Christmas Day and Boxing Day, and on New
            # Year's Eve it will stay open"): the clause before the first, to the end of this date's clause
            head, tail = text[s0:listed.start], text[end:max(c1, end)]
        head = _without_date_words(head, ends).rstrip(" ,(")
        plain = title = _tidy(head + " " + POSSESSIVE.sub("", tail))
        if not title and listed is not None:
            # the second of two days heading a list's entry ("- Friday 12 and Saturday 13 December: walkout from 00:01
            # on Friday for 48 hours"): what the entry says of them
            plain = title = _tidy(POSSESSIVE.sub("", text[end:s1]).lstrip(" :–—-"))
    return title, reporting, c0, c1, title != plain


def _without_date_words(before: str, ends_clause: bool) -> str:
    """The words before a date without those that went with it: its preposition; and, when the date ends its
    clause, a "to" or a possessive before it ("in the 12 months to September, down from", "results for its fiscal
    fourth quarter, which ends ...")."""
    before = _without_preposition(before).rstrip(" ,")
    if ends_clause or pt.PERIOD_TO_BEFORE.search(before + " "):
        before = _without_preposition(pt.POSSESSIVE_BEFORE.sub("", pt.TO_BEFORE.sub("", before + " "))).rstrip(" ,")
    return before


def _without_preposition(before: str) -> str:
    """The words before a date without the preposition that went with it, not a verb's particle ("who took over
    last spring" keeps "took over")."""
    found = pt.PREPOSITION_BEFORE.search(before)
    if found is None:
        return before
    if found.group().lower().startswith("over") and (verb := pt.WORD_BEFORE.search(before, 0, found.start())) \
            and verb.group(1).lower() in pt.PHRASAL_OVER:
        return before
    return before[:found.start()]


def _titled(clause: str) -> tuple[str, str]:
    """(title, the clause tidied but not rewritten as a headline)."""
    clause = drop_opening_phrase(clause.strip(" ,;:"))  # "During his speech, Castro ...": the opening goes
    if (said := pt.SAID_OPENING.match(clause)) is not None and _words(clause[said.end():]) >= 3:
        clause = clause[said.end():]  # "and said services would resume": what was said
    if pt.INFINITIVE_OPENING.match(clause) or HEADING_MARKS.match(clause):
        # "to make up for time lost to rain": no subject to tell it of; "# Jury convicts man of killing estranged
        # wife": a heading is a headline already
        return (plain := _tidy(clause)), plain
    return _tidy(headline(_tidy(clause, cap=False))), _tidy(clause)  # rewritten whole, then shortened


def _dated_noun_phrase(text: str, t: Timex, s0: int, s1: int) -> str | None:
    """The happening a date belongs to when a noun phrase names it rather than the clause: "a meeting between
    Russia and NATO" in "talks will be followed on January 12 by a meeting between Russia and NATO", or
    "negotiations between the two countries" in "The call comes before negotiations ..., scheduled for
    January 10"."""
    by = pt.BY_NP_AFTER.match(text, t.end, s1)
    if (named := pt.SINCE_NAMED_BEFORE.search(text, max(s0, t.start - 60), t.start)) is not None:
        np = named.group("np")  # "the first crewed flight since Apollo 17 in December 1972" -> "Apollo 17"
    elif by and pt.FOLLOWED_BEFORE.search(text, s0, t.start):
        np = pt.CLAUSE_EDGE.split(by.group("np"))[0]
        np = pt.NP_END.split(np)[0]
    elif (event := pt.EVENT_NP_BEFORE.search(text, max(s0, t.start - 80), t.start)) is not None:
        pp = pt.EVENT_PP_AFTER.match(text, t.end, s1)
        np = event.group("np") + (" " + pp.group("pp") if pp else "")
    else:
        sched = pt.SCHEDULED_NP_BEFORE.search(text, s0, t.start)
        if not sched:
            return None
        words = sched.group("np").split()
        keep = []
        for w in reversed(words):
            if w.lower() in pt.NP_STOP_WORDS or w.endswith((",", ";", ":")):
                break
            keep.append(w)
        np = " ".join(reversed(keep))
    np = pt.ARTICLES.sub("", np).strip()
    return np if _words(np) >= pt.TITLE_MIN_WORDS else None


def _reported_content(text, t, s0, s1, c0, c1):
    """What a report says: after its verb ("on Thursday, CNN quoted X as saying that Y" -> Y), or, for
    "Y, the official said on Wednesday", the rest of the sentence."""
    if pt.OPENING_PHRASE.fullmatch(text[c0:t.start]) and pt.REPORTING_RIGHT_AFTER.match(text[t.end:t.end + 60]):
        after = text[t.end:c1].lstrip(" ,")
        rest = pt.AS_SAYING.sub("", _said(after), count=1)
        if _words(rest) >= 3:
            return rest, t.start, c1
    rest_before = text[s0:c0].strip(" ,;:—–")
    rest_after = text[c1:s1].strip(" ,;:—–.")
    for part, p0, p1 in ((rest_before, s0, c0), (rest_after, c1, s1)):
        if _words(part) >= 4:
            return pt.SAID_TAIL.sub("", _said(part)), p0, p1
    return None


POSSESSIVE_DETERMINERS = frozenset(("his", "her", "their"))  # "Her lawyer said she would appeal": the client


def _said(clause: str) -> str:
    """What a clause opening with a report's frame says ("the company said it would ..." -> "it would ..."); a
    pronoun opening it stands for the speaker named: "the company told investors it expected revenue to grow"
    -> "the company expected revenue to grow"."""
    head = pt.SAID_HEAD.match(clause)
    if head is None:
        return clause
    rest = clause[head.end():]
    subject = head.group("subject").strip()
    if (pronoun := pt.SPEAKER_PRONOUN.match(rest)) is not None and 0 < _words(subject) <= 4 and "," not in subject \
            and not pt.SPEAKER_PRONOUN.fullmatch(subject) and pt.TITLE_STRIP_HEAD.match(pt.ARTICLES.sub("", subject)) is None \
            and pt.NOT_IN_SUBJECT.isdisjoint(subject.lower().split()) \
            and (pronoun.group().lower() == "they") == plural(subject.split()) \
            and (pronoun.group().lower() not in ("he", "she") or subject.split()[-1].lower() not in pt.NO_PERSON
                 and subject.split()[0].lower() not in POSSESSIVE_DETERMINERS):
        # (not "and he", "a day after the company": no subject named; nor "Authorities said it was moving", "Police
        # said he was arrested", "Her family said she died on Sunday", where the pronoun is not the speaker)
        rest = subject + rest[pronoun.end():]
    return rest


def _strip_edges(clause: str, chars: str) -> str:
    """clause.strip(chars), keeping the stop of an abbreviation at its end ("bombing of the U.S."), the bracket that
    closes one opened inside ("0.2 (revised)") and the sign of a figure at its start ("-0.2", not a list's "- ")."""
    out = clause.strip(chars)
    if out:
        at = len(clause) - len(clause.lstrip(chars))
        if out.count("(") > out.count(")") and clause.startswith(")", at + len(out)):
            out += ")"
        if at and out[0].isdigit() and clause[at - 1] in "-–" and (at == 1 or not clause[at - 2].isalnum()):
            out = clause[at - 1] + out
    words = out.split()
    if clause.rstrip(chars.replace(".", "")).endswith(".") and words and pt.ABBREVIATION_WORD.fullmatch(words[-1] + "."):
        out += "."
    return out


HEADING_MARKS = re.compile(r"^\s*#{1,6}\s+")


def _tidy(clause: str, cap: bool = True) -> str:
    """Trim function words and punctuation at the edges, cap the length, capitalise."""
    clause = re.sub(r"[“”\"«»]|\(\s*\)|(?<=\w-)\n[ \t]*(?=\w)", "", clause)  # (and a line broken after a word's hyphen)
    clause = re.sub(r"\s*\|[\s|]*", " – ", clause)  # a table's bars: between cells a dash, at the edges nothing
    clause = HEADING_MARKS.sub("", clause)  # "# Storm Bert to hit Wales on Friday": a heading's marks
    clause = _strip_edges(re.sub(r"\s+([,.;:)])", r"\1", re.sub(r"\s+", " ", clause)), " ,;:.—–-()*•·")  # and a list's bullets
    clause = pt.TITLE_STRIP_HEAD.sub("", clause)
    clause = _strip_edges(pt.TITLE_STRIP_TAIL.sub("", clause), " ,;:.—–-")
    words = clause.split()
    if cap and len(words) > pt.TITLE_MAX_WORDS:
        words = words[:pt.TITLE_MAX_WORDS]
        while words and words[-1].lower() in ("and", "or", "the", "a", "an", "of", "to", "in", "on", "for", "with", "by"):
            words.pop()
        clause = " ".join(words).rstrip(",;:") + "…"
    return clause[:1].upper() + clause[1:] if clause else ""
