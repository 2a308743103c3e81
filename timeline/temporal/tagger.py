"""The English TIMEX3 tagger: one scan with the grammar, then each match resolved in text order.

Resolution keeps the expression's real precision and never reads the clock: relative expressions are
resolved against the document creation time (DCT) passed in, anaphoric ones ("the day after") against the
last date the text mentioned, and bare month/day/weekday names by the tense of their clause, falling back to
the nearest plausible date.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Final

from .. import dates
from ..model import Timex
from . import lexicon as lx
from .heads import kind_rules, rules_at
from .lexicon import ends_at, starts_at
from .tense import REPORTING, SAME_FORMS, tense_at, tense_cue

Day = dt.date

# Small parsing patterns, compiled once (the word lists and context cues are in lexicon.py).
# (A search back from a place is given its start as a position that may be negative, "X.search(text, start - 12,
# start)": re reads a negative position as 0, and max(0, ...), a call of its own at every expression, is spared.)
SPACES: Final = re.compile(r"\s+")
DIGIT: Final = re.compile(r"\d")
LEADING_DIGITS: Final = re.compile(r"\d+")
DECIMAL: Final = re.compile(r"\d+(?:\.\d+)?")
HALF_NUMBER: Final = re.compile(r"(\d+)(?: 1/2|½)")
NUMBER_PARTS: Final = re.compile(r"[-\s]")
LETTERS: Final = re.compile(r"[a-z]+")
ISO_MONTH: Final = re.compile(r"\d{4}-\d\d")
ISO_DAY: Final = re.compile(r"\d{4}-\d\d-\d\d")
YEAR_VALUE: Final = re.compile(r"\d{4}$")
YEAR_OF_VALUE: Final = re.compile(r"\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])$")
APPOSITION_JOIN: Final = re.compile(r"\s*,\s*")
DAY_VALUE: Final = re.compile(r"\d{4}-\d\d-\d\d|XXXX-\d\d-\d\d")
SENTENCE_BREAK: Final = re.compile(r"[.!?]\s|\n")
CAPITALISED_AFTER: Final = re.compile(r"\s+[A-Z][a-z]")  # "June Carter"
NAME_WORD_BEFORE: Final = re.compile(r"(?<=[A-Za-z,] )[A-Z][a-z]+ $")  # a capitalised word inside a sentence, a space before


def _broken(text: str, lo: int, hi: int) -> bool:
    """Whether SENTENCE_BREAK.search(text, lo, hi) finds a break: a line's end, or ".", "!" or "?" before a space
    of any kind. Asked of the stretch between two dates at most expressions: the regex, with no first character
    to skip to, is tried at every character of it (2 us a call on TimeBank), where str.find skips to the marks."""
    return _next_break(text, lo, hi) >= 0


def _next_break(text: str, lo: int, hi: int) -> int:
    """Where the first break SENTENCE_BREAK.finditer(text, lo, hi) finds ends, or -1 (see _broken): for counting
    breaks too without the regex's scan."""
    if lo < 0:
        lo = 0  # (as the regex reads a negative start; find would count it from the end)
    if hi > len(text):
        hi = len(text)
    if hi <= lo:
        return -1
    line = text.find("\n", lo, hi)
    end = line if line >= 0 else hi - 1  # a mark's break starts before it (the space after the mark is read too)
    first = -1
    for mark in ".!?":
        i = text.find(mark, lo, end)
        while i >= 0 and not text[i + 1].isspace():  # (what the regex's \s is of a str)
            i = text.find(mark, i + 1, end)
        if i >= 0:
            first = end = i  # (the next marks are looked for only before it)
    if first >= 0:
        return first + 2
    return line + 1 if line >= 0 else -1


def _in_name(text: str, start: int, end: int, after: bool) -> bool:
    """Whether the capitalised word at text[start:end] is a name's: after a capitalised word inside its sentence
    ("told Respawn Weekly", "Owner Lim Heng Soon"), or, with `after`, before one ("Monday Night Ban Phase", "every
    Night Shift Kitchen episode": the word before is the weekday's or "every"); not in a line whose words are all
    capitalised, a headline's."""
    if not (NAME_WORD_AFTER.match(text, end) is not None if after
            else NAME_WORD_BEFORE.search(text, start - 24 if start > 24 else 0, start) is not None):
        return False
    line = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not _title_line(text, line, len(text) if line_end < 0 else line_end)


NAME_WORD_AFTER: Final = re.compile(rf" (?!(?:{lx.WEEKDAY_FULL}|{lx.MONTH_ANY}|{lx.ZONE})[^A-Za-z])[A-Z][a-z]+\b(?!['’])")
SENTENCE_WORD_AFTER: Final = re.compile(r"\s+(?:The|In|On|A)\b")  # "in June The talks": a new sentence, not a name
# "Arab Spring", "Prague Spring": a name before a capitalised season; not "In Spring", "Last Summer"
SEASON_NAME_BEFORE: Final = re.compile(r"\b(?!(?:In|On|By|This|Last|Next|The|Early|Late|Mid|Since|During|Until|Through|Of|And|Or|"
                                r"But|Each|Every|That|From|Before|After)\s)[A-Z][a-z]+\s+$")
# "the year-ago", "the year 2000", "the Year of the Horse"
# ("the year-ago quarter", "the year 2000"; not a dash or a list's next item: "over the weekend - Health secretary")
NOT_THIS_PERIOD_AFTER: Final = re.compile(r"-(?=\w)|[ \t]*(?:\d|(?i:two\s+thousand|nineteen)\b)|\s+of\s+(?:the\s+)?[A-Z]")


class _State:
    """What resolution remembers while walking the text: the DCT and the last dates mentioned. Its fifty-odd
    attributes are set when each text is read, and read and set at every expression. (A plain class, not a
    dataclass: compiled, mypyc sets the defaults below in its own code, where a dataclass's generated __init__
    stays interpreted and sets each attribute through setattr, 1.3% of the tagger's instructions. The containers
    are made anew in __init__.)"""

    dct: Day | None
    dct_value: str | None = None  # the DCT as an anchor, written once rather than for every expression
    article_year: int = 0  # the year of the article's own DCT (dct may be a dated entry's day while it is read)
    last_day: Day | None = None
    last_value: str | None = None  # last calendar value of any precision
    last_value_counted: bool = False  # last_value was counted by "ago", "earlier" or "later"
    last_value_since: bool = False  # told after "since"
    last_day_end: int = -1  # where last_day was mentioned, for same-sentence time anchoring
    prior_day: Day | None = None  # the day told before last_day (another day), and whether it was named as a day
    prior_day_explicit: bool = False
    # a run of days told with their weekdays ("from Friday 18 August to Sunday 20 August"): its first and last day
    # and where it ends, which a weekday told later on its own may fall in
    run_first: Day | None = None
    run_last: Day | None = None
    run_end: int = -1
    dct_told: bool = False  # the DCT's own day has been told: the story is of today
    last_day_explicit: bool = False  # named as a day ("Thursday", "January 12"), not a holiday
    last_day_weekday: bool = False  # named by a weekday
    period: str | None = None  # the quarter or half a report is about; "a year earlier" compares with it
    span_last: bool = False  # a length of time came after the last date: "for the nine months, ... a year earlier"
    frame_year: int | None = None  # the year of the last year, season or month named ("in 2012, when ...")
    frame_start: int = -1  # where it was named
    frame_deictic: bool = False  # it was told from the DCT ("this year", "last year")
    deictic_year: tuple | None = None  # (year, end) of the last year told from the DCT ("this year")
    frame_end: int = -1
    last_end: int = -1  # where the last value was named
    last_start: int = -1
    sport_words: int | None = None  # how many words of a match report the text has (see _about_a_game), once known
    heading_year: int | None = None  # a year alone on its line, heading the chronology below it
    chronology_day: Day | None = None  # the day of the last entry of a chronology that wrote its year
    last_future_day: Day | None = None  # the last day named that is after the DCT
    heading_day: Day | None = None  # a day alone on its line ("TUESDAY, JAN. 7"), heading the entries below it
    heading_end: int = -1  # where it ends
    entry_day: Day | None = None  # the day of the last weekday heading a line ("SUNDAY — The main shock ...")
    entry_end: int = 0  # where that weekday ends
    days_told: dict  # weekday -> the last day named that falls on it
    years_written: dict  # (month, day) -> the year last written with that day
    yesterday_told: bool = False  # the day before the DCT has been named: the story may be of it
    southern: bool | None = None  # the text is news of the southern hemisphere (seasons turned); None: not yet asked
    today_told: bool = False  # the DCT has been named as a day
    timeline_day: Day | None = None  # the day of the entries of a timeline of times of day (see _timeline_day)
    timeline_minutes: int | None = None  # the time of day of its last entry, in minutes
    newest_first: bool | None = None  # whether a live blog's entries run back in time, once two of them have told
    back_until: int = -1  # where the entries of a newest-first blog, gone back a day past midnight, end
    timeline_heading: Day | None = None  # the heading_day the timeline's entries last took
    live_blog: bool = False  # an entry headed by a time of day took the DCT: the entries are of the DCT's day
    blog_ahead: bool = False  # a live blog's first entries are of the day after the DCT (see tag)
    crossed_back: bool = False  # a live blog's entries, newest first, went back over midnight
    last_decade: str | None = None  # the last decade named ("197"), which "that decade" is
    countries: dict | None = None  # country -> how often the text names it (see _countries); None: not yet counted
    months_told: dict  # month number -> the year of the last month of it named
    last_month: str | None = None  # the last month named ("2025-04"), not counted from another date
    last_month_end: int = -1  # where it was named
    last_week: str | None = None  # the last week told ("2025-W49")
    last_week_end: int = -1  # where it was told
    report_month: str | None = None  # the latest month named of the two before the DCT's: the month data are of
    named_weekdays: set  # the days told with their weekday ("Monday 26 October")
    entry_years: dict | None = None  # offset -> (year, value of the entry after) of a chronology's entries placed
    # by the entries after them
    election_day: str | None = None  # the first day told of an election ("go to the polls on Tuesday, Feb. 9")
    vote_day: str | None = None  # the first day told as a vote's own ("the March 3 primary", "vote on Monday, April 28")
    primary_day: str | None = None  # ... as a primary's ("the March 3 primary")
    vague_day_end: int = -1  # where a day that no date tells was last named ("on a Friday afternoon")
    report_day: bool = False  # last_day is the day a report was made of story_day ("stabbed on Saturday night,
    # police said on Sunday"; "derailed on Wednesday evening. The RAIB said today")
    story_day: Day | None = None  # the last day told that is not such a day: the day the story is of
    reported_on: bool = False  # last_day is a day a report was made on ("according to figures published on Monday")
    story_day_end: int = -1  # where it was told
    weekday_said: dict  # weekday -> (day, end) of the last bare weekday named ("Tuesday")
    small_hours: bool | None = None  # the small hours of the DCT's day have been told, and no later time of it: the
    # story's now may be then (False once a later time is told)
    clock: tuple | None = None  # (day, minutes, end) of the last clock time told of a day
    evening: tuple | None = None  # (day, end) of the last clock time told of an evening or night (18:00 or later)
    flashback_end: int = -1  # where the last day told in a past perfect, before the story's day, ends
    in_entry: bool = False  # dct is the day of the dated entry of a chronology being read, not the article's
    last_day_part: str = ""  # the part of day last_day was told with ("TNI": "the night of 5 March"), if any
    recent_days: list  # the last RECENT_DAYS days told, oldest first (see _near_told)
    night_told: tuple | None = None  # (day, end) of the last evening or night told ("Monday night")
    old_days: list  # the days told with their year written, of years gone by ("December
    # 6, 1986"), that a story told of them goes back to (see _old_story_day)

    def __init__(self, dct: Day | None, dct_value: str | None = None, article_year: int = 0,
                 entry_years: dict | None = None) -> None:
        self.dct, self.dct_value, self.article_year, self.entry_years = dct, dct_value, article_year, entry_years
        self.days_told = {}
        self.years_written = {}
        self.months_told = {}
        self.named_weekdays = set()
        self.weekday_said = {}
        self.recent_days = []
        self.old_days = []

    def anchor(self, unit: str) -> tuple[Day | None, str | None]:
        """The period anaphora of `unit` count from: the last value that precise ("that same year" -> 2014)."""
        if unit in ("year", "month", "quarter", "decade", "century") and self.last_value \
                and not (unit == "month" and self.last_value_since and self.last_month is not None):
            # (not a month a stretch up to now began in: "the weakest since April and down from 2.8% the previous
            # month" is the month before the one told before it)
            v = self.last_value
            if len(v) >= 4 and v[:4].isdigit() and (unit != "month" or ISO_MONTH.match(v)):
                return Day(int(v[:4]), int(v[5:7]) if unit == "month" else 1, 1), "previous"
            if len(v) == 3 and v.isdigit() and unit == "year" and self.frame_year is not None:
                # "reported in July 2015 ... would need more capacity 'by the 2030s'. The owners bought it the
                # following year": a decade tells no year; the year last told does
                return Day(self.frame_year, 1, 1), "previous"
            if len(v) == 3 and v.isdigit() and unit in ("year", "decade", "century"):
                return Day(int(v) * 10, 1, 1), "previous"  # "in the early 1990s ... a decade later": from 1990
            if unit == "month" and (w := ISO_WEEK.match(v)) and 1 <= int(w.group(2)) <= 53:
                # "in the second week of January, and ... later that month": the month the week is mostly in (its
                # Thursday's)
                try:
                    return Day.fromisocalendar(int(w.group(1)), int(w.group(2)), 4).replace(day=1), "previous"
                except ValueError:
                    pass
        if unit == "month" and self.last_month is not None and self.last_end - self.last_month_end < MONTH_REACH:
            # "Core prices rose 0.4% in March ... held at 3.8% on an annual basis, unchanged from the prior month":
            # the month told last, though something else was told after it
            return Day(int(self.last_month[:4]), int(self.last_month[5:7]), 1), "previous"
        if unit == "week" and self.last_value and (w := ISO_WEEK.match(self.last_value)):
            # "rose 38% last week compared with the week before": the week before that week
            return Day.fromisocalendar(int(w.group(1)), int(w.group(2)), 1), "previous"
        return self.anchor_day()

    def anchor_day(self) -> tuple[Day | None, str | None]:
        """The day anaphoric expressions count from: the last day mentioned, else the DCT."""
        if self.last_day is not None:
            return self.last_day, "previous"
        return self.dct, ("dct" if self.dct else None)


MONTH_REACH: Final = 300  # characters from the month told last to the last thing told, for "the prior month"
WORD_AFTER: Final = re.compile(r"\s+[a-z]")
NAMED_AFTER_MONTH: Final = re.compile(r"\s+[A-Z][a-z]{3,}\b(?<!Day)")
MUCH_OF_BEFORE: Final = re.compile(r"(?i:\b(?:(?:much|most|all|part|rest)\s+of|throughout)\s+)$")  # ("kept informed throughout
# the morning")
ATTRIBUTIVE_BEFORE: Final = re.compile(r"(?i:\b(?:a|an|the|its|their)\s+)$")
NOUN_THEN_WEEKDAY: Final = re.compile(rf"\s+[a-z]+(?:\s+[a-z]+)?\s+(?:on\s+)?(?P<rel>)(?P<wd>{lx.WEEKDAY_FULL})\b")
AND_THEN: Final = re.compile(r",?\s+(?:and|then|followed\s+by)\s+")
# "Sept. 14 - Los Angeles, The Palladium Sept. 27 - Denver": each date heads an entry of a list of dates and places
RANGE_END_DAY: Final = r"(?:[-–](?:3[01]|[12]\d|0?[1-9])\b)?"  # the end of a range of days after its first: the "-8" of "March 7-8"
LIST_ENTRY_AFTER: Final = re.compile(rf"{RANGE_END_DAY}\s+[-–—|]\s")  # (" - Seattle"; "-8 — Chicago" after a range's first day)
LIST_REACH: Final = 120  # characters from one entry's date to the next
QUOTE_END: Final = re.compile(r"[,.!?][\"”]")  # a quotation closing ('get out," Rhyne said'; not a 'so-called "cover decision", a text')
SUN_AFTER: Final = re.compile(r"\s+(?i:sun)\b")
THOUSANDS: Final = re.compile(r"\d{1,3}(?:,\d{3})+")
ISO_WEEK: Final = re.compile(r"(\d{4})-W(\d\d)$")
FOUR_DIGITS: Final = re.compile(r"\d{4}")
THAT_BEFORE: Final = re.compile(r"(?i:\bthat\s+)$")
MONTH_VALUE: Final = re.compile(r"(\d{4})-(0[1-9]|1[0-2])$")
MONTH_OR_SEASON_VALUE: Final = re.compile(r"\d{4}-(?:0[1-9]|1[0-2]|SP|SU|FA|WI)$")
PERIOD_VALUE: Final = re.compile(r"(\d{4})-(?:SP|SU|FA|Q[1-4]|H[12])$")  # (a winter straddles two years: left out)


@dataclass(slots=True)
class _Res:
    type: str
    value: str
    mod: str | None = None
    anchor_kind: str | None = None  # "dct", "previous", "period" (the quarter reported on) or "next" (a chronology's
    # next entry: see _entry_years)
    tense: str | None = None
    span: tuple[int, int] | None = None  # when the expression is a part of the match
    comparison: bool = False  # "the year-ago quarter": a period compared with, not the one reported on
    fiscal: bool = False  # "the fiscal first quarter": the company's own calendar, not January to March
    counted: bool = False  # counted by "ago", "earlier" or "later"
    remember: bool = True  # False when words right after tell the day ("at 10 a.m. the following day"): they are
    # tagged next and count from the day told before

    # (written out: mypyc compiles this one and calls it directly, where the dataclass's generated __init__ stays
    # interpreted and is called with its arguments packed, at every expression; dataclasses.replace calls it too)
    def __init__(self, type: str, value: str, mod: str | None = None, anchor_kind: str | None = None,
                 tense: str | None = None, span: tuple[int, int] | None = None, comparison: bool = False,
                 fiscal: bool = False, counted: bool = False, remember: bool = True) -> None:
        self.type, self.value, self.mod, self.anchor_kind, self.tense = type, value, mod, anchor_kind, tense
        self.span, self.comparison, self.fiscal, self.counted, self.remember = span, comparison, fiscal, counted, remember


# Calendar arithmetic -----------------------------------------------------------------------------------------

def _add_months(d: Day, n: int) -> Day:
    y, m = divmod(d.month - 1 + n, 12)
    return Day(d.year + y, m + 1, 1)


def _iso(d: Day) -> str:
    """d.isoformat() of a date ("2021-12-30"), its year written out and its month and day from a table: the
    method formats through PyUnicode_FromFormat, some 3,000 instructions a call, at most expressions. (A datetime,
    which is a date too, writes its own.)"""
    if type(d) is not Day:
        return d.isoformat()
    y = d.year
    return (str(y) if y >= 1000 else f"{y:04d}") + ISO_MONTH_DAYS[d.month * 32 + d.day]


ISO_MONTH_DAYS: Final = tuple(f"-{m:02d}-{d:02d}" for m in range(13) for d in range(32))  # [month * 32 + day]


def _at_unit(d: Day, unit: str) -> str:
    """The value naming the period of `unit` that contains day d."""
    if unit == "day":
        return _iso(d)
    if unit in ("week", "weekend"):
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}" + ("-WE" if unit == "weekend" else "")
    # (four digits, as ISO 8601 writes a year: "some 1,400 years ago" is 0623, not 623, which is a decade)
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "decade":
        return f"{d.year:04d}"[:3]
    if unit == "century":
        return f"{d.year:04d}"[:2]
    return _iso(d)


class _OutOfRange(ValueError):
    """A date counted past what the calendar holds (years 1 to 9999): "about 12,000 years ago"."""


def _shift(d: Day, unit: str, n: int) -> Day:
    """d moved by n units (months and coarser land on the period, not the exact day); _OutOfRange past the
    calendar."""
    try:
        return _shift_in_calendar(d, unit, n)
    except (ValueError, OverflowError):
        raise _OutOfRange(f"{n} {unit}s from {d}") from None


def _year_in_calendar(y: int) -> int:
    if not 1 <= y <= 9999:
        raise _OutOfRange(f"the year {y}")
    return y


def _shift_in_calendar(d: Day, unit: str, n: int) -> Day:
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        return d + dt.timedelta(days=n)
    if unit in ("week", "weekend", "fortnight"):
        return d + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1))
    if unit == "month":
        return _add_months(d, n)
    if unit == "quarter":
        return _add_months(d, 3 * n)
    if unit == "year":
        return Day(d.year + n, 1, 1) if (d.month, d.day) == (2, 29) else Day(d.year + n, d.month, d.day)
    if unit == "decade":
        return Day(d.year + 10 * n, 1, 1)
    if unit == "century":
        return Day(d.year + 100 * n, 1, 1)
    return d


def _one_space(words: str) -> str:
    """`words` with each run of whitespace written as one space: SPACES.sub(" ", words), without the regex for a
    single word (the usual case)."""
    return words if words.isalpha() else SPACES.sub(" ", words)


def _unit(word: str) -> str:
    w = word.lower()
    if w == "centuries":
        return "century"
    return w[:-1] if w.endswith("s") and w[:-1] in lx.UNITS else w


def _number(word: str | None) -> float | None:
    """2 for "two", 25 for "twenty-five", None for "several"."""
    if word is None:
        return 1
    w = word.lower()
    if w.isdecimal():
        return float(w)  # (the usual cases first: digits, "two", "a")
    if w in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[w]
    w = SPACES.sub(" ", w)
    if THOUSANDS.fullmatch(w):
        return float(w.replace(",", ""))  # "1,600 years"
    if DECIMAL.fullmatch(w):
        return float(w)
    half = HALF_NUMBER.fullmatch(w)
    if half:
        return int(half.group(1)) + 0.5
    if w in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[w]
    if " and " in w:
        hundreds, _, added = w.partition(" and ")  # "three hundred and forty"
        return None if (h := _number(hundreds)) is None or (a := _number(added)) is None else h + a
    parts = NUMBER_PARTS.split(w)
    if len(parts) == 2 and parts[1] in lx.MULTIPLIERS and parts[0] in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[parts[0]] * lx.MULTIPLIERS[parts[1]]  # "nine hundred", "a thousand"
    if len(parts) == 2 and parts[0] == "another":
        return _number(parts[1])  # "another six weeks": six of them
    if len(parts) == 2 and parts[0] in lx.NUMBER_WORDS and parts[1] in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[parts[0]] + lx.NUMBER_WORDS[parts[1]]
    return None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _month(word: str) -> int:
    w = word.lower().rstrip(".")
    return lx.MONTHS.get(w) or lx.MONTH_ABBREVIATIONS[w]


def _weekday(word: str) -> int:
    w = word.lower().rstrip(".")
    return lx.WEEKDAYS[w] if w in lx.WEEKDAYS else lx.WEEKDAY_ABBREVIATIONS[w]


def _mod(text: str | None) -> str | None:
    if not text:
        return None
    for word in LETTERS.findall(text.lower()):
        if word in lx.PERIOD_MODS:
            return lx.PERIOD_MODS[word]
    return None


def _choose(candidates: list[Day], dct: Day, tense: str | None, firm: bool = False) -> Day:
    """The candidate the tense points to, unless that is implausibly far and another is close (and the tense
    is not firm: a verb of saying, whose tense is the report's)."""
    nearest = min(candidates, key=lambda c: (abs((c - dct).days), c > dct))
    if tense == "future":
        pick = min((c for c in candidates if c >= dct), default=nearest)
    elif tense == "past":
        pick = max((c for c in candidates if c <= dct), default=nearest)
    else:
        return nearest
    return nearest if not firm and abs((pick - dct).days) > 240 and abs((nearest - dct).days) < 75 else pick


def _choose_told(st: _State, candidates: list[Day], tense: str | None, firm: bool = False, base: Day | None = None) -> Day:
    """_choose for a month and day, but for the past the tense says when the days last told are near it and not
    near the coming one that the DCT would make more plausible: "fell at his home on New Year's Day ... Paramedics
    arrived at 12.18am on 2 January", written in November, is of the January gone by."""
    pick = _choose(candidates, base or st.dct, tense, firm)
    if tense == "past" and pick > st.dct and (past := [c for c in candidates if c <= st.dct]) \
            and _near_told(st, past[-1]) and not _near_told(st, pick):
        return past[-1]
    return pick


WEEKDAY_YEAR_AHEAD: Final = 180  # days ahead beyond which a weekday and date told in the past is of a year gone by


def _gone_year_for_weekday(month: int, day: int, weekday: int, dct: Day) -> int | None:
    """The last year up to the DCT's in which month/day fell on weekday, within the eleven years before it."""
    for y in range(dct.year, dct.year - 12, -1):
        try:
            d = Day(y, month, day)
        except ValueError:
            continue
        if d <= dct and d.weekday() == weekday:
            return y
    return None


def _year_for_weekday(month: int, day: int, weekday: int, near: Day) -> int | None:
    """The year near `near` in which month/day falls on weekday ("Thursday, December 30" -> 2021)."""
    for off in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
        try:
            if Day(near.year + off, month, day).weekday() == weekday:
                return near.year + off
        except ValueError:
            continue
    return None


# Rule resolvers: each takes (match, rule prefix, state, text) and returns a _Res or None to reject ------------
# (a rule's groups are read as m[p + name])

def _opt(m: re.Match[str], name: str) -> str | None:
    """The group `name` of a match whose rule may not have it (None then): m.groupdict().get(name) without building
    the dict of every group of the grammar, which cost as much as resolving the expression."""
    return m.group(name) if name in m.re.groupindex else None


def _needs_dct(st: _State) -> bool:
    return st.dct is None


UNKNOWN_DAY: Final = "XXXX-XX-XX"


def r_iso(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    y, mo, d = int(m[p + "y"]), int(m[p + "m"]), int(m[p + "d"])
    try:
        day = Day(y, mo, d)
    except ValueError:
        return None
    if m[p + "h"]:
        return _Res("TIME", f"{_iso(day)}T{m[p + 'h']}:{m[p + 'min']}")
    return _Res("DATE", _iso(day))


def r_numeric(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if (day := m[p + "da"]) is not None:  # "03.12.2026": day, month, year
        return _on(int(m[p + "y4"]), int(m[p + "mo"]), int(day))
    a, b, y = int(m[p + "a"]), int(m[p + "b"]), m[p + "y"]
    if len(y) == 2:
        pivot = (st.dct.year % 100 + 1) if st.dct else 30
        y = ("20" if int(y) <= pivot else "19") + y
    readings = []
    for month, day in ((a, b), (b, a)):  # US order first; "10/03/2023" is also 10 March
        try:
            readings.append(Day(int(y), month, day))
        except ValueError:
            pass
    if not readings:
        return None
    if len(readings) == 2 and readings[0] != readings[1] and (order := _numeric_order(text)) is not None:
        return _Res("DATE", _iso(readings[order]))  # the order the article writes its dates in
    # Both readable, and nothing in the article tells the order: news reports what is near its date, so the reading
    # nearer the DCT (US order on a tie)
    pick = min(readings, key=lambda d: abs((d - st.dct).days)) if st.dct else readings[0]
    return _Res("DATE", _iso(pick), anchor_kind="dct" if st.dct and len(readings) > 1 else None)


def r_wdnumeric(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    """"Sat 27/12", "Mon 29/12", "Thursday, 1/15": the day and month in either order, and the year near the DCT,
    that make that date the weekday written; the nearest to the DCT where more than one does."""
    wd, a, b = _weekday(m[p + "wd"]), int(m[p + "a"]), int(m[p + "b"])
    if st.dct is None:
        order = _numeric_order(text) or 0
        month, day = ((a, b), (b, a))[order if a <= 12 and b <= 12 else int(a > 12)]
        return _Res("DATE", f"XXXX-{month:02d}-{day:02d}") if 1 <= month <= 12 and 1 <= day <= 31 else None
    readings = []
    for month, day in ((a, b), (b, a)):
        for year in (st.dct.year - 1, st.dct.year, st.dct.year + 1):
            try:
                d = Day(year, month, day)
            except ValueError:
                continue
            if d.weekday() == wd:
                readings.append(d)
    if not readings:
        return None  # no date that is that weekday: not a date ("Sun 3/4 cup")
    return _Res("DATE", _iso(min(readings, key=lambda d: abs((d - st.dct).days))), anchor_kind="dct")


NUMERIC_DATE: Final = re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?:19|20)?\d\d(?![\d/])")
DAY_MONTH: Final = re.compile(rf"(?<![\w/.]){lx.DAY}\s+(?:of\s+)?{lx.MONTH_ANY}")
MONTH_DAY: Final = re.compile(rf"{lx.MONTH_ANY}\s+{lx.DAY}(?![\w/,.]\d)")


def _numeric_order(text: str) -> int | None:
    """The order in which the article writes a day and its month: 0, month first ("03/25/2025", "March 25"); 1, day
    first ("25/03/2025", "25 March"); None if it does not tell. Numeric dates that only one order can read tell it
    first; else the dates written with the month's name, as British and American news write them."""
    month_first = day_first = 0
    if text.count("/") > 1:
        for m in NUMERIC_DATE.finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            month_first += a <= 12 < b <= 31
            day_first += b <= 12 < a <= 31
    if month_first == day_first:
        month_first, day_first = len(MONTH_DAY.findall(text)), len(DAY_MONTH.findall(text))
    return None if month_first == day_first else int(day_first > month_first)


# After a month (and day): the year it is in, said after it ("January 10 of last year") or after the month it is
# paired with ("in November and December 2024", "in November and December of that year"), or after the days listed
# with it ("Dec. 5, 6 and 7, 2021", "January 10/12/13 2020").
YEAR_SAID_AFTER: Final = re.compile(rf"(?:(?:\s*(?:/|-|–)\s*|,\s*|\s+(?:and|or|&)\s+)\d{{1,2}}(?:st|nd|rd|th)?(?!\d))*(?:\s+(?:and|or|to|through|until|till|-|–)\s+(?:(?i:early|mid|late)[\s-]+)?(?:(?P<d3>{lx.DAY})\s+(?:of\s+)?)?(?P<m2>{lx.MONTH_ANY})"
                             rf"(?:\s+(?P<d2>{lx.DAY}))?)?,?\s+(?:(?:of\s+)?(?P<ref>{lx.YEAR_REF})|(?:in\s+)?(?P<y>{lx.YEAR}))")
YEAR_STEP: Final = {"last": -1, "this": 0, "next": 1}  # "last year" and the like, from the DCT
# "that year", "the following year" and the like, from the last year mentioned
ANAPHORIC_YEAR_STEP: Final = {"that": 0, "that same": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1,
                       "the prior": -1, "the preceding": -1}


def _year_ref(st: _State, ref: str) -> tuple[int | None, str | None]:
    """The year "last year", "that same year" or "the following year" names, and what it was counted from."""
    words = SPACES.sub(" ", ref.lower()).rsplit(" ", 1)[0]
    if words in YEAR_STEP:
        return (st.dct.year + YEAR_STEP[words] if st.dct else None), "dct"
    base, kind = st.anchor("year")
    return (base.year + ANAPHORIC_YEAR_STEP[words] if base else None), kind


def _year_said_after(st: _State, text: str, end: int, month: int = 0, day: int = 1) -> tuple[int, str | None] | None:
    """The year said right after a month or a month and day, and what it was counted from (None: written out).
    Not across a range that would end before it began: "from July 1 until June 30 2029" starts in an earlier year
    (2026, for a contract of three years: not always the year before)."""
    said = YEAR_SAID_AFTER.match(text, end)
    if said is None:
        return None
    # ("between 6 April and 5 May 1960": the day of the second may come before its month)
    if said.group("m2") and (month, day) > (_month(said.group("m2")), int(LEADING_DIGITS.match(said.group("d2") or said.group("d3") or "31").group())):
        return None
    if said.group("y"):
        return int(said.group("y")), None
    year, kind = _year_ref(st, said.group("ref"))
    return (year, kind) if year is not None else None


FRAME_OPENS: Final = re.compile(r"(?:^|[.!?;:][\"”']?\s+|\n\s*)[\"“‘']?(?:(?:In|During|By|Since)\s+(?:the\s+)?)?$|[;:]\s+(?:in|during|by|since)\s+(?:the\s+)?$"
                         # (a clause after a comma and a conjunction: "The shutdown ended in January, and in 2018
                         # lawmakers were still in Washington on Christmas Eve")
                         r"|,\s+(?:and|but|while|whereas)\s+(?:in|during)\s+(?:the\s+)?$")


WRITTEN_YEAR: Final = re.compile(r"\d{4}")


# an "On this day" column ("Today in History", "On this date:"), told before its entries
THIS_DAY_COLUMN: Final = re.compile(r"(?i:\b(?:on\s+this\s+(?:day|date)|today\s+in\s+history|this\s+day\s+in\s+history)\b)"
                             # "a look back at the events, births and anniversaries of 27 January"
                             rf"|\b(?:events|births|deaths|anniversaries)\b[^.\n]{{0,30}}\bof\s+(?:this\s+(?:day|date)\b|"
                             rf"\d{{1,2}}\s+{lx.MONTH_FULL}\b|{lx.MONTH_FULL}\s+\d{{1,2}}\b)")
IN_YEAR_LEAD: Final = re.compile(r"(?:[Ii]n|[Aa]nd\s+in)\s+$")


def _this_day_entry(text: str, t: Timex, dct: Day) -> Day | None:
    """The day of an entry of an "On this day" column that a year leads ("**1944:** A bomb ...", "In 1944, an
    attempt ..."): the DCT's day of that year. Only when the text says before it that it is such a column."""
    line = text.rfind("\n", 0, t.start) + 1
    lead = _line_lead(text, t.start) and lx.ENTRY_AFTER.match(text, _bold_end(text, t.end)) \
        or IN_YEAR_LEAD.fullmatch(text, line, t.start) and starts_at(text, ",", t.end)
    if not lead or not THIS_DAY_COLUMN.search(text, 0, t.start):
        return None
    try:
        return Day(int(t.value), dct.month, dct.day)
    except ValueError:
        return None  # (29 February in another year)


def _paragraph_end(text: str, i: int) -> int:
    """Where the paragraph holding text[i] ends."""
    end = text.find("\n\n", i)
    return len(text) if end < 0 else end


def _line_start(text: str, i: int) -> bool:
    """Whether text[i] begins a line."""
    return i == 0 or text[i - 1] == "\n"


LIST_MARKER: Final = re.compile(r"[ \t]*[-–—•*][ \t]+")


# What may come between the start of a line and a date heading it: a Markdown heading's #s, a list's marker or a
# table's first bar, then bold type ("### 2021", "- **March 10** – Regulators close the bank", "| March 10 | ..."); and,
# after an entry's date, the dash, colon or bar that ends it, either side of the bold type's end ("**May 1:** ...")
LINE_LEAD: Final = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|[-–—•*+][ \t]+|\|[ \t]*)?(?:\*\*|__|[*_])?")
ENTRY_TAIL: Final = re.compile(rf"{RANGE_END_DAY}(?:\*\*|__)?\s*(?:—|–|-|:|\|)(?:\*\*|__)?\s")  # (after a day that opens
# a range of days too: "March 7-8 — Chicago, United Center")


LINE_LEAD_FIRST: Final = frozenset(" \t#-–—•*+|_")  # what a non-empty LINE_LEAD can begin with


def _line_lead(text: str, i: int) -> bool:
    """Whether text[i] begins its line, its list item or its heading, in bold type or not (see LINE_LEAD)."""
    line = text.rfind("\n", 0, i) + 1
    # (most lines begin with a word, which no lead does: the pattern need not be tried)
    return line == i or text[line] in LINE_LEAD_FIRST and LINE_LEAD.fullmatch(text, line, i) is not None


def _heading_words(text: str, i: int) -> bool:
    """Whether the words before text[i] on its line open a heading: a Markdown heading's or bold type's, short and
    no sentence ("## Timeline of", "**Key dates for")."""
    line = text.rfind("\n", 0, i) + 1
    return text.startswith(("#", "**", "__"), line) and i - line <= HEADING_WORDS_REACH \
        and not _broken(text, line, i)


HEADING_WORDS_REACH: Final = 50


def _bold_end(text: str, i: int) -> int:
    """Where the text goes on after the end of bold (or italic) type at text[i], if there is one there."""
    return i + 2 if text.startswith(("**", "__"), i) else i + 1 if text.startswith(("*", "_"), i) else i


def _entry_at(text: str, start: int, end: int) -> bool:
    """Whether the expression at text[start:end] heads an entry of a chronology or a programme: it begins its line,
    or its list item, and a dash or colon follows it ("March 10 – Regulators close the bank")."""
    return _line_lead(text, start) and ENTRY_TAIL.match(text, end) is not None


def _programme_entry_before(st: _State, text: str, start: int, end: int) -> Day | None:
    """The first day of the entry just before an entry headed by a month alone, when that entry is of a day or month
    to come: a programme runs forward from it ("**From 27 April** - Evidence from survivors ...\n\n**June** - Expert
    evidence ...\n\n**Early September** - Closing submissions", written on 8 April: this June and September)."""
    if st.dct is None or st.last_value is None or start - st.last_end > PROGRAMME_REACH or not _entry_at(text, start, end) \
            or not ENTRY_VALUE.match(st.last_value) or "\n#" in text[st.last_end:start] \
            or not _entry_at(text, st.last_start, st.last_end):
        return None
    first = dates.start_date(st.last_value)
    return first if first is not None and first > st.dct else None


PROGRAMME_REACH: Final = 600  # characters from an entry of a programme to the next


def _labelled_line(text: str, i: int) -> bool:
    """Whether text[i] follows a short label that opens its line ("Second practice: 22:00 (Friday 06:00 GMT)")."""
    return LABELLED_LINE.fullmatch(text, text.rfind("\n", 0, i) + 1, i) is not None


LABELLED_LINE: Final = re.compile(r"[A-Z][\w'’ -]{0,30}:[ \t]")


def _in_list_item(text: str, i: int) -> bool:
    """Whether text[i] is on a line that is an item of a list ("- Ministerial meeting, 1:15 p.m. to 2:45 p.m.")."""
    return LIST_MARKER.match(text, text.rfind("\n", 0, i) + 1) is not None


def _opens_sentence(text: str, i: int) -> bool:
    """Whether text[i] begins its sentence (after an opening quote or "In", "During", "By", "Since", with or
    without "the": "During the 2025 shutdown, ...")."""
    return FRAME_OPENS.search(text, i - 16, i) is not None


# a superlative and its noun before "of": "the biggest sporting event of", "the busiest days of", "the first day of"
SUPERLATIVE_OF_BEFORE: Final = re.compile(r"(?i:\b(?:[a-z]{2,}est|first|last|best|worst|most|least)\s+(?:[a-z-]+\s+){0,3}of\s+)$")
POSSESSIVE_NOUN_AFTER: Final = re.compile(r"'s?\s+[a-zA-Z]")


RELATIVE_ASIDE_OPEN: Final = re.compile(r",\s+(?:who|which)\s[^,;.!?]*$")  # ", who was third here " before a year


YEAR_NOUN_WHEN_AFTER: Final = re.compile(r"\s+[a-z]+(?:[\s-][a-z]+)?(?:\s+(?:in|at|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                                  r",?\s+(?:when|which|where)\b")


def _frames(st: _State, text: str, start: int) -> bool:
    """Whether the year just named sets the year of a date at `start` in its sentence: the date is in a clause
    about that year ("in 2012, when the ice left on March 21") or the sentence, or a clause after a semicolon,
    opens with it ("Last year, the lake opened on April 3"; "; in 2019 they came on June 8"). Not in "Sales rose in 2024, and the company said on March 3 ...": the date may be
    of this year."""
    between = text[st.frame_end:start]
    if SENTENCE_BREAK.search(between) and SENTENCE_END.search(text[st.frame_end:start + 1]):  # (with the date's first
        # letter, which a sentence's end must be followed by: "... in 1965, when a drought began. September has")
        return False  # (not at an initial's point: "In 2017, O.J. Simpson was ...; he was released in October")
    if PERIOD_ENDS_BEFORE.search(between):
        return False  # "For the fourth quarter, which ends in late January": the end of the period, which may lie
        # in the year after the one it is named by
    if lx.WHEN_AFTER.match(between) or between.startswith(":") and len(st.last_value or "") == 4 \
            and not text.endswith(("since ", "Since "), 0, st.frame_start) \
            or text.endswith(("the ", "The "), 0, st.frame_start) and YEAR_NOUN_WHEN_AFTER.match(between):
        # ("At the 2022 tournament in Qatar, which was played in November and December": the year the noun it comes
        # before is of, which the clause about it goes on in)
        return True  # (after a colon, what the year was: "delayed twice in 2024: first in the spring, ..."; not
        # after a month's: "Late June: donor conference, postponed twice since the autumn"; nor after "since", whose
        # year is where a stretch to now begins: "their first holiday since 2009: three weeks in Crete in October")
    if _opens_sentence(text, st.frame_start):
        return True  # ("Last year the rains arrived early, on May 29")
    if st.frame_deictic and between[:1] == "," and between[1:2].isspace() \
            and RELATIVE_ASIDE_OPEN.search(text, st.frame_start - 60, st.frame_start):
        # "Mensah, who was third here last year, also won in Tokyo on March 1": the year of the aside, which the
        # comma after it closes
        return False
    if st.frame_deictic and text.startswith(("the year", "The year"), st.frame_start) \
            and SUPERLATIVE_OF_BEFORE.search(text, st.frame_start - 60, st.frame_start):
        return False  # "The biggest sporting event of the year kicks off on June 11": the year it is in, which the
        # date tells (not the DCT's, in a look at the year ahead)
    if st.frame_deictic and st.dct is not None and not POSSESSIVE_NOUN_AFTER.match(text, st.frame_end):
        # "the second outage this year, after one in March", "prices rose last year, most of all in March": a year
        # told from the DCT holds for its sentence when what is told in it has gone by, or nothing tells and the year
        # is this one; not when the tense points away ("said last year it would open in March"), nor a possessive
        # before its noun ("will start planning next year's fair in October")
        tense = tense_at(text, start, start)
        return st.frame_year <= st.dct.year and tense == "past" or st.frame_year == st.dct.year and tense is None
    return False


def _month_day(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    ms, me = m.span()  # (read once, as the tests below ask for them)
    if starts_at(text, " ", me) and m[p + "y"] is None and STREET_AFTER.match(text, me):
        return None  # "of 3 May Street, York": an address
    if ms and text[ms - 1] == "-" and not _range_after_day(text, ms, m[p + "day"]):
        return None  # "won 3-1 December 5": a score (but "1-3 December" is a range of days)
    y = m[p + "y"]
    if (ref := m[p + "yref"]) and st.dct is not None:
        y = str(st.dct.year + YEAR_STEP[ref.lower()])  # "October 6th last year"
    res = _day_in_month(st, text, ms, me, m[p + "mon"], m[p + "day"], m[p + "wd"], y)
    if res is not None and (pod := _opt(m, p + "wdpod")) and ISO_DAY.fullmatch(res.value):
        # "Kansas City hosts Cincinnati on Monday night, Oct. 26": that part of the dated day
        return dataclasses.replace(res, type="TIME", value=f"{res.value}T{lx.PARTS_OF_DAY[pod.lower()]}")
    if res is not None and (wc := WEEK_COMMENCING_BEFORE.search(text, ms - 6, ms)) \
            and DAY_VALUE.fullmatch(res.value) and res.value[:4].isdigit():
        # "Works start w/c 14 December": the week commencing that day, one expression (as "the week commencing")
        return dataclasses.replace(res, value=_at_unit(Day.fromisoformat(res.value), "week"), span=(wc.start(), me))
    if res is not None and ends_at(text, "of ", 0, ms) and (part := DAY_PART_BEFORE.search(text, ms - 24, ms)):
        return dataclasses.replace(res, mod=_mod(part.group()), span=(part.start(), (res.span or m.span())[1]))  # "by the end of June 6"
    return res


YEAR_LABEL_AFTER: Final = re.compile(r"[ \t]+(?:[A-Za-z][\w'’-]*[ \t]+){0,3}[A-Za-z][\w'’-]*:[ \t]*(?:\n|$)")  # " calendar:", " tour dates:"


DAY_PART_BEFORE: Final = re.compile(r"\b(?i:the)\s+(?i:very\s+)?(?i:beginning|start|end)\s+of\s+$")  # (not "its record close of Oct. 29")


WEEK_COMMENCING_BEFORE: Final = re.compile(r"\b[Ww]/[CcBb]\s+$")  # "w/c", "w/b": week commencing, week beginning


RANGE_FIRST_BEFORE: Final = re.compile(r"(?<![\w.,/'’-])(3[01]|[12]\d|0?[1-9])-$")


# "Average earnings rose 0.2 percent from June": a month a figure is compared with, as one a stretch began in is, is
# not the month reported on ("and 3.5 percent from a year earlier": July's)
FIGURE_FROM_MONTH: Final = re.compile(r"\d\s*(?:%|percent|per\s+cent|points?)\s+from\s+$")
FROM_FIGURE_BEFORE: Final = re.compile(r"\b(?:up|down|rose|fell|climbed|dropped|increased|decreased|declined|compared)?\s+from\s+(?:about\s+|around\s+)?"
                                r"[$€£]?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent|points?|million|billion|[mb]n))?\s+(?:on\s+)?$")
# "which fell on 20 April this year compared with 31 March last year": a day compared with is no day the story is on
BOUND_WORDS: Final = ("until", "till", "through", "thru", "compared", "versus", "vs", "against")  # (one is in every match of these two)
PERFECT_REACH: Final = 200  # characters before a day within which a past perfect of its sentence is looked for
COMPARED_WITH_DAY: Final = re.compile(r"(?i:\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:on\s+)?)$")
UNTIL_BOUND_BEFORE: Final = re.compile(r"(?i:\b(?:through|thru|until|till)\s+(?:at\s+least\s+)?)$")  # "until at least Thursday"
UNTIL_RIGHT_BEFORE: Final = re.compile(r"(?i:\b(?:through|thru|until|till)\s+)$")
RANGE_AND: Final = re.compile(r"\s+(?:and|to)\s+|\s*[-–]\s*")  # between the two days of "between ... and", "from ... to"


def _range_end_day(st: _State, text: str, start: int, month: int, day: int) -> _Res | None:
    """A month and day ending a stretch that began on a day told just before it in its sentence: the first such
    day on or after that one ("the 11 days that began on Friday and run through Dec. 2", written on 24 November,
    is this Dec. 2, whatever tense "began" has)."""
    last = st.last_day
    if last is None or not st.last_day_explicit or start - st.last_day_end > 120 \
            or not (UNTIL_RIGHT_BEFORE.search(text, start - 8, start)
                    # "bought between Oct. 1 and Dec. 25", written in November: the stretch runs forward
                    or st.last_end == st.last_day_end and RANGE_AND.fullmatch(text, st.last_day_end, start) is not None
                    and RANGE_START_BEFORE.search(text, st.last_start - 12, st.last_start) is not None) \
            or _broken(text, st.last_day_end, start):
        return None
    if (res := _on(last.year, month, day, "previous")) is not None and res.value >= _iso(last):
        return res
    if not STRETCH_START_BEFORE.search(text, st.last_start - 24, st.last_start):
        return None  # ("Virginia's deadline is May 1, and Iowa gives residents until April 30": no stretch from May 1)
    return _on(last.year + 1, month, day, "previous")  # "opens on Nov. 14 and runs until Jan. 5": into the next year


# what a day that begins a stretch is told after: "from Nov. 14", "opens on Nov. 14", "began Friday"
STRETCH_START_BEFORE: Final = re.compile(r"(?i:\b(?:between|from|since|begins?|began|beginning|start(?:s|ed|ing)?|open(?:s|ed|ing)?|"
                                  r"commenc(?:es|ed|ing)|runs?|ran|running)\s+(?:on\s+)?(?:the\s+)?)$")


def _range_after_day(text: str, start: int, day_text: str | None) -> bool:
    """Whether a day written after a hyphen ends a range of days from an earlier one ("1-3 December")."""
    b = RANGE_FIRST_BEFORE.search(text, start - 4, start)
    return b is not None and day_text is not None and int(b.group(1)) < int(LEADING_DIGITS.match(day_text).group())


def _story_year_for_weekday(st: _State, month: int, day: int, wd: int) -> int | None:
    """The year of the last day or date told, or the year framing the sentence, in which the month's day falls on the
    weekday (None if none does)."""
    for year in (st.last_day.year if st.last_day is not None else None,
                 int(st.last_value[:4]) if st.last_value and st.last_value[:4].isdigit() else None, st.frame_year):
        if year is not None and 1 <= year <= 9999 and day <= calendar.monthrange(year, month)[1] \
                and Day(year, month, day).weekday() == wd:
            return year
    return None


def _day_in_month(st: _State, text: str, start: int, end: int, mon: str, day_text: str, wd: str | None,
                  y: str | None) -> _Res | None:
    """A month and day: with the year given, or the year near the DCT where the weekday fits, the year said
    after it, the year heading a chronology or framing the sentence, or the one the tense points to."""
    month, day = _month(mon), int(LEADING_DIGITS.match(day_text).group())
    if y:
        st.years_written[(month, day)] = int(y)
        return _on(int(y), month, day)
    if wd is None and (apposed := WEEKDAY_APPOSED.match(text, end)) is not None:
        wd = apposed.group("wd")  # "on Oct. 3, a Friday": the weekday says which year
    if wd and st.last_day is not None and not _broken(text, st.last_day_end, start) \
            and _on(st.last_day.year, month, day) and Day(st.last_day.year, month, day).weekday() == _weekday(wd):
        # "Thursday, October 4, 1582, was followed by Friday, October 15": the year of the day just told
        return _on(st.last_day.year, month, day, "previous")
    if wd and st.frame_year is not None and st.dct is not None and abs(st.frame_year - st.dct.year) > 1 \
            and st.frame_end == st.last_end and _frames(st, text, start) and _on(st.frame_year, month, day):
        # "fixed it in 1582: Thursday, October 4 was followed by ...", "held out until 1752, when Wednesday,
        # September 2 ...": the year the sentence is about, whatever weekday our calendar gives that day then
        # (the Julian calendar's weekdays were not the Gregorian's)
        return _on(st.frame_year, month, day, "previous")
    if wd:
        near = st.dct or st.last_day
        year = _year_for_weekday(month, day, _weekday(wd), near) if near else None
        if year and st.dct and Day(year, month, day) > st.dct and st.last_day is not None \
                and st.last_day.year != year and _on(st.last_day.year, month, day) \
                and Day(st.last_day.year, month, day).weekday() == _weekday(wd) and tense_cue(text, start, end)[0] == "past":
            # "... failed on this day in 1926. ... Rain began falling on Saturday, July 17": told in the past, so
            # not the July 17 to come that is a Saturday, but the one of the year the story is in
            return _on(st.last_day.year, month, day, "previous")
        if year and st.dct and (Day(year, month, day) - st.dct).days > WEEKDAY_YEAR_AHEAD \
                and tense_cue(text, start, end)[0] == "past" \
                and (gone := _gone_year_for_weekday(month, day, _weekday(wd), st.dct)) is not None:
            # "his last shift, which began at 6pm on Tuesday 20 April", written in April 2026: told in the past, the
            # last year in which that day was a Tuesday (2021), not the coming one (2027) a year ahead (one a few
            # weeks ahead is the report's: "said ... on Saturday, April 25")
            return _on(gone, month, day, "dct")
        if year and st.dct and abs(year - st.dct.year) > 1 \
                and (story_year := _story_year_for_weekday(st, month, day, _weekday(wd))):
            # "The mill burned in 1973 ... The Evening Post of Wednesday 7 November ran the story", written in 2023:
            # no year near the DCT has that day on that weekday, and the year the story is in has
            return _on(story_year, month, day, "previous")
        if year:
            return _on(year, month, day, "dct" if st.dct else "previous")
    if st.dct is None or _may_hold(text, start - 70, start, lx.FISCAL_CYCLE_WORDS) \
            and lx.FISCAL_CYCLE_BEFORE.search(text, start - 70, start) or _yearly(text, start) \
            or text.startswith(RANGE_CLOSE_FIRST, end) and EACH_YEAR_RANGE_AFTER.match(text, end):
        return _Res("DATE", f"XXXX-{month:02d}-{day:02d}")  # (and "whose fiscal year ends June 30": every year's)
    if (said := _year_said_after(st, text, end, month, day)) is not None:
        return _on(said[0], month, day, said[1])
    if st.last_value is not None and 0 <= st.last_end <= start and FOUR_DIGITS.fullmatch(st.last_value) \
            and DAY_APPOSED_JOIN.fullmatch(text, st.last_end, start):
        # "went on display two years later, on July 4", "in 1968, on July 4": a day of the year just told
        return _on(int(st.last_value), month, day, "previous")
    if (named := _year_of_subject(text, start)) is not None:
        return _on(named, month, day, "previous")
    if (found := _after_old_day(st, text, start, end, month, day)) is not None:
        return found
    entry = _entry_at(text, start, end)
    if entry and st.heading_year is not None:
        return _on(st.heading_year, month, day, "previous")  # "2024\n\nSept. 18 - Norveld announces ...": under its year
    if entry and st.entry_years and start in st.entry_years:
        return _on(st.entry_years[start][0], month, day, "next")  # (see _entry_years)
    if (last := st.chronology_day) is not None and (entry or _line_lead(text, start) and lx.LINE_END.match(text, _bold_end(text, end))
                                                    and text.startswith(("**", "__", "#"), text.rfind("\n", 0, start) + 1)):
        # (a day alone on its line in bold type or after "#" heads an entry too: "**May 9, 2024**\nParliament passes
        # ...\n\n**June 18**\nAhead of the march ...")
        # "Jan. 11, 2020 - China reports its first death ...\n\nJan. 21 - The United States confirms ...": an entry
        # of a chronology goes on in the year of the entry before (into the next one when the months start again)
        res = _on(last.year + ((month, day) < (last.month, last.day)), month, day, "previous")
        if res is not None:
            st.chronology_day = Day.fromisoformat(res.value)
            return res
    if st.frame_year is not None and (st.frame_end == st.last_end or _told_in_frame(st, text, start)) \
            and _frames(st, text, start):
        return _on(st.frame_year, month, day, "previous")  # "in 2012, when the ice left on March 21"; "Last year,
        # Diwali fell on 24th October" (a day of the year told since, in the sentence)
    if st.last_month is not None and int(st.last_month[5:]) == month and st.last_month_end == st.last_end \
            and start - st.last_end <= MONTH_DAY_REACH and "\n" not in text[st.last_end:start] \
            and _entry_at(text, st.last_start, st.last_end):
        # "Late September: Mediators begin shuttling between the two sides. A first round of talks opens on 30
        # September": a day of the month heading a chronology's entry, in that entry, is in that month
        return _on(int(st.last_month[:4]), month, day, "previous")
    if st.last_value is not None and len(st.last_value) == 7 and st.last_value[5:] == f"{month:02d}" \
            and 0 <= start - st.last_end <= MONTH_DAY_SAID_REACH and WHEN_CLAUSE.match(text, st.last_end, start) \
            and not _broken(text, st.last_end, start) and st.last_value[:4].isdigit():
        # "since December 2023, when she cut short a show in Atlanta on Dec. 9": a day of the month just told, in
        # the clause that tells what happened then, is in that month (not so after another verb: "introduced in
        # July 2025 at Rs2.50 per litre, was doubled to Rs5 on July 1")
        return _on(int(st.last_value[:4]), month, day, "previous")
    if (after := _range_end_day(st, text, start, month, day)) is not None:
        return after
    at = start
    if starts_at(text, "of ", start - 3) and (pod := POD_OF_BEFORE.search(text, start - 32, start)) is not None:
        at = pod.start()  # "The storm arrived on the night of Feb. 12": the verb's, as near as to "on Feb. 12"
    tense, firm = (None, False) if entry else tense_cue(text, at, end)  # an entry's present tense is historical
    if not entry and tense is None and _habitual(text, start, end, None):
        return _Res("DATE", f"XXXX-{month:02d}-{day:02d}")  # "the season runs from June 1 ... and typically peaks"
    if not entry and (named := _year_named_before(st, text, start, month, tense)) is not None \
            and (res := _on(named, month, day, "previous")) is not None:
        return res  # "The highlight of 2026 comes on 12 August" (written on 2 January 2026), as a month is read
    cands = []
    for cand_year in (st.dct.year - 1, st.dct.year, st.dct.year + 1):
        try:
            cands.append(Day(cand_year, month, day))
        except ValueError:
            pass
    if not cands:
        return None
    if entry and (written := st.years_written.get((month, day))) is not None and any(c.year == written for c in cands):
        # "The tour opens Feb. 27, 2025, in Phoenix ...\n\nFeb. 27 — Phoenix, Footprint Center": a list's entry on
        # the day told before, its year written (not a day told in a sentence, which may be another year's: "ran to
        # 5 April 2025 ... Any allowance you do not use by 5 April is gone", of the tax year after)
        return _on(written, month, day, "previous")
    pick = _choose_told(st, cands, tense, firm)
    if tense == "past" and st.old_days and pick.year <= st.dct.year and pick not in st.recent_days \
            and (old := _old_story_day(st, text, month, day, start)):
        # (not a day just told otherwise: "last Saturday ... a 38-23 win over LSU on Oct. 26" is that Saturday, whatever
        # October of 2016 the article told of before)
        return old
    if tense is None and abs((pick - st.dct).days) > NEAR_TOLD_FROM:
        # "a tour that will open in Seattle on Friday, Sept. 6, and close in Mexico City on Nov. 16 ... Highlights
        # include nights in Chicago on Oct. 18": the year of the days already told around it
        near_told = [c for c in cands if any(abs((c - d).days) <= NEAR_TOLD for d in st.days_told.values())]
        if len(near_told) == 1 and near_told[0] != pick:
            return _Res("DATE", _iso(near_told[0]), anchor_kind="previous")
        if not near_told and st.last_day is not None and st.last_day_explicit \
                and start - st.last_day_end <= BETWEEN_TOLD_REACH:
            # "The autumn term runs from Thursday 2 September to Friday 17 December, with half-term from 25 October":
            # between two days just told, a few months apart
            told = st.days_told.values()
            between = [c for c in cands if any(d < c < st.last_day and (st.last_day - d).days <= BETWEEN_TOLD_DAYS
                                               for d in told)]
            if len(between) == 1 and between[0] != pick:
                return _Res("DATE", _iso(between[0]), anchor_kind="previous")
    if tense is None and st.last_day is not None and st.last_day > pick and st.last_day >= st.dct and pick < st.dct \
            and len(st.last_value) == 10 \
            and not _broken(text, st.last_day_end, start) and AND_THEN.search(text, st.last_day_end, start):
        # "The primary is May 19, and the general election is Nov. 3": dates to come, told in a sentence one
        # after another, run forward (from a day that read alone has gone by: "Virginia's deadline is May 1, and
        # Iowa gives residents until April 30", written on April 12, is no year on)
        later = [c for c in cands if c >= st.last_day]
        if later and (later[0] - st.last_day).days <= 366:
            return _Res("DATE", _iso(later[0]), anchor_kind="previous")
    if tense is None and st.last_day is not None and st.last_day > pick and len(st.last_value) == 10 \
            and start - st.last_day_end <= LIST_REACH and LIST_ENTRY_AFTER.match(text, end) \
            and LIST_ENTRY_AFTER.match(text, st.last_day_end) and (not _broken(text, st.last_day_end, start)
                                                                   or _next_line_entry(text, _range_line_start(text, st.last_start), start)):
        # a list of dates and places ("Selected dates: Sept. 6 - Seattle ... Sept. 27 - Denver") runs forward, a
        # few weeks at a time (not back a year: a list may run backward)
        later = [c for c in cands if c >= st.last_day]
        if later and (later[0] - st.last_day).days <= 120:
            return _Res("DATE", _iso(later[0]), anchor_kind="previous")
    if tense is None and not entry and (later_day := _runs_on(st, start, pick, cands)) is not None:
        return _Res("DATE", _iso(later_day), anchor_kind="previous")
    return _Res("DATE", _iso(pick), anchor_kind="dct", tense=tense)


RUN_ON_REACH: Final = 300  # characters after a day to come within which tenseless dates go on from it
RUN_ON_DAYS: Final = 120  # ... and days after it within which the next one falls


def _runs_on(st: _State, start: int, pick: Day, cands: list[Day]) -> Day | None:
    """Of the candidates of a date told with no tense, the first on or after the last day told, where that day is to
    come and was told just before, the date read alone would have gone by, and the next candidate is within a few
    months: a programme told in the present runs forward ("... plays through Dec. 28. The new year brings a new
    musical from Jan. 16 to Feb. 22. "Twelfth Night" follows in March", announced in June)."""
    if st.last_day is None or st.dct is None or not st.last_day > st.dct or not pick < st.dct \
            or not 0 <= start - st.last_day_end <= RUN_ON_REACH:
        return None
    month_told = (st.last_day.year, st.last_day.month)  # (a month's candidates are its first days)
    later = [c for c in cands if c >= st.last_day or c.day == 1 and (c.year, c.month) == month_told]
    return later[0] if later and (later[0] - st.last_day).days <= RUN_ON_DAYS else None


INTO_JOIN: Final = re.compile(r"\s+into\s+")
SECTION_DAY_REACH: Final = 600  # characters from a day heading its section to its weekday told again in it
FIRST_WORD_BELOW: Final = re.compile(r"[ \t]*\n\s*")  # from the end of a heading's line to the first word below it
MONTH_DAY_SAID_REACH: Final = 150  # characters from a month told to a day of it without a year, in its sentence
WHEN_CLAUSE: Final = re.compile(r",\s+when\s")  # what follows a date and tells what happened then
MONTH_DAY_REACH: Final = 300  # characters from an entry's month to a day of it without a year, in its entry


def _range_line_start(text: str, i: int) -> int:
    """Where the line of the date at text[i] starts, when the date ends a range of days that opens that line ("March
    7-8 — Chicago": the 8's line is the entry's), else i."""
    line = text.rfind("\n", 0, i) + 1
    return line if line < i and RANGE_OPENS_LINE.fullmatch(text, line, i) is not None else i


RANGE_OPENS_LINE: Final = re.compile(rf"{lx.MONTH_ANY}\s+(?:3[01]|[12]\d|0?[1-9])\s*[-–]\s*")


def _next_line_entry(text: str, before: int, start: int) -> bool:
    """Whether a date starts the line right after the one a date before it starts ("Sept. 14 - Los Angeles, The
    Palladium\nSept. 27 - Denver"): the next entry of a list, one to a line."""
    return _line_start(text, before) and _line_start(text, start) and text.count("\n", before, start) == 1


def _told_in_frame(st: _State, text: str, start: int) -> bool:
    """Whether what was told since the year that frames the sentence is a day of that year, in the sentence: "Last
    year, Diwali fell on 24th October" (the holiday's day, in 2022)."""
    told = st.last_value or ""
    return st.frame_end < st.last_end and len(told) == 10 and told[:4] == str(st.frame_year) \
        and not _broken(text, st.frame_end, start) \
        and not RANGE_END_BEFORE.search(text, start - 12 if start > 12 else 0, start)  # (not the end of a range from
    # that day, which may run into the next year: "covering income and costs from 6 October to 5 January")


def _old_story_day(st: _State, text: str, month: int, day: int, start: int) -> _Res | None:
    """A month and day told in the past that the tense would put in the year before the DCT's, a few days from a
    day of an older year told with its year: that year's. "It was just after 2 a.m. on December 6, 1986, when the
    sirens began. Forty years later, the town will gather on Sunday ... On the evening of December 5, the river
    was already a metre above its normal level": the story of 1986 goes on (news writes the year of a day a year
    gone by, or "last December 5")."""
    years = {d.year for d in st.old_days if (found := _on(d.year, month, day)) is not None
             and abs((Day.fromisoformat(found.value) - d).days) <= OLD_STORY_DAYS}
    if len(years) == 1:
        return _on(years.pop(), month, day, "previous")
    last = st.last_day
    if not years and last is not None and last.year in {d.year for d in st.old_days} and start - st.last_day_end < NARRATIVE_REACH \
            and (st.frame_end <= st.last_day_end or st.frame_year == last.year
                 or SINCE_BEFORE.search(text, st.frame_start - 6, st.frame_start) is not None) \
            and (found := _on(last.year, month, day)) is not None \
            and abs((Day.fromisoformat(found.value) - last).days) <= OLD_STORY_WEEKS:
        # "The fire broke out at about 2:15 a.m. on Oct. 14, 2018 ... Okafor had raised the building's insurance
        # coverage to $1.2 million on Aug. 30, about six weeks before the fire ... obtained a warrant on Nov. 2":
        # while the story is still told in that year (no other year told since, but where something began: "had
        # owned since 2011"), some weeks either side of its last day
        return _Res("DATE", found.value, anchor_kind="previous")
    return None


OLD_STORY_DAYS: Final = 14  # days from an older day told with its year within which a month and day is of its year
OLD_STORY_WEEKS: Final = 60  # days from the day last told, of such a year, within which one is, told a few paragraphs on


NEAR_TOLD_FROM, NEAR_TOLD = 120, 45  # days from the DCT past which, and within which of a day told, a date is placed
BETWEEN_TOLD_REACH, BETWEEN_TOLD_DAYS = 200, 200  # ... or between the day told this few characters before and another
# told before it, this few days before that one


RECENT_DAYS: Final = 8  # how many of the days last told a date without a year is weighed against


def _near_told(st: _State, day: Day) -> bool:
    """Whether one of the days last told is within NEAR_TOLD days of this one."""
    return any(abs((day - d).days) <= NEAR_TOLD for d in st.recent_days)


PERIOD_ENDS_BEFORE: Final = re.compile(r"\b(?:ends|ending)\s+(?:on\s+|in\s+)?(?:(?:early|mid|late)[\s-]+)?$")
OLD_DAY_REACH: Final = 200  # characters from a day of a year gone by to a month and day told after it


def _after_old_day(st: _State, text: str, start: int, end: int, month: int, day: int) -> _Res | None:
    """A month and day told in the past right after a day of a year gone by, in its sentence or the next one of
    the paragraph, is the first such day after it: "Laura struck on Aug. 27, 2020, and Delta followed on Oct. 9",
    "I arrived on 10 January 2010. The quake struck at 4:53 p.m. on 12 January"; or, nearer, the one a little
    before it, in that day's year: "just after 2 a.m. on December 6, 1986 ... On the evening of December 5, the
    river was already a metre above its normal level" (a story goes back a day more often than on a year)."""
    if st.last_day is None or not st.last_day_explicit or st.dct is None or st.last_day.year >= st.dct.year - 1 \
            or st.last_value[:10] != _iso(st.last_day):
        return None  # (nor when something else was told after that day; but its time of day may be: "at 4:53 p.m.")
    if _broken(text, st.last_day_end, start) and (
            start - st.last_day_end >= OLD_DAY_REACH or "\n" in text[st.last_day_end:start]):
        return None
    if tense_cue(text, start, end)[0] != "past":
        return None
    found = [f for y in (st.last_day.year, st.last_day.year + 1) if (f := _on(y, month, day, "previous")) is not None]
    if not found:
        return None
    return min(found, key=lambda f: abs((Day.fromisoformat(f.value) - st.last_day).days))


# "The 2027 edition will run from May 28 to May 31", "The 2025 summit in Belém ended on Nov. 22": a yearly
# happening named by its year, whose dates are of that year
YEAR_NAMED_HAPPENING: Final = re.compile(r"\b[Tt]he\s+(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:edition|summit|season|tournament|"
                                  r"festival|conference|games|championships?|election|campaign|cup|olympics|marathon|"
                                  r"fair|congress|convention|session|competition|expo|census|race|show)\b")
# A happening of one time named by its year, or said to be in it, as the subject a sentence opens with: "The 2014
# sequence began with a foreshock on March 16", "A similar sequence in 2014 began with a foreshock on March 16" (not
# "He survived the floods of 2011 and moved on March 16": an object, whose year need not be the date's)
HAPPENING_NOUNS: Final = (r"(?:earthquake|quake|sequence|eruption|floods?|flooding|wildfires?|bushfires?|storm|hurricane|cyclone|"
                   r"typhoon|tornado|outbreak|epidemic|attacks?|bombing|crisis|invasion|coup|uprising|protests|riots|"
                   r"referendum|heatwave|drought|disaster|shooting|massacre|blackout|outage|strike)")
YEAR_HAPPENING_SUBJECT: Final = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+)?(?:[a-z-]+\s+){0,2}?"
                                    r"(?:(?P<y>(?:19|20)\d\d)\s+(?:[a-z-]+\s+)?" + HAPPENING_NOUNS + r"\b"
                                    r"|" + HAPPENING_NOUNS + r"\s+(?:of|in)\s+(?P<y2>(?:19|20)\d\d)\b(?!\s*[-–,]\s*\d))")


def _year_of_subject(text: str, start: int) -> int | None:
    """The year of a yearly happening named earlier in the date's sentence, with no other year between."""
    window = text[max(0, start - 200):start]
    if (" 20" in window or " 19" in window) and (lo := _sentence_bounds(text, start, start)[0]) >= start - 200 \
            and (event := YEAR_HAPPENING_SUBJECT.match(text, lo)) is not None \
            and not FOUR_DIGITS.search(text, event.end(), start):
        return int(event.group("y") or event.group("y2"))
    if ("he 20" not in window and "he 19" not in window) or YEAR_NAMED_HAPPENING.search(window) is None:
        return None  # the usual case, found without looking for the sentence
    lo = _sentence_bounds(text, start, start)[0]
    found = None
    for found in YEAR_NAMED_HAPPENING.finditer(text, lo, start):
        pass
    if found is None or FOUR_DIGITS.search(text, found.end(), start):
        return None
    return int(found.group("y"))


def _near(words: tuple[str, ...], text: str, lo: int, hi: int) -> bool:
    """Whether any of these lowercase word stems is in text[lo:hi] (a quick test before a regex is run there)."""
    window = text[lo if lo > 0 else 0:hi].lower()
    for w in words:  # (a substring test each: far quicker than one regex of them all, tried at every character)
        if w in window:
            return True
    return False


def _may_hold(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether text[lo:hi], lowercased, holds one of these words: a cheap test before a case-insensitive search
    there that cannot match without one. (That search also reads "ı" and "İ" as "i", "ſ" as "s" and "K" as "k":
    a window not plain ASCII is left to it.)"""
    window = text[lo if lo > 0 else 0:hi].lower()  # (cheaper than max(0, lo), a call)
    if not window.isascii():
        return True
    for w in words:
        if w in window:
            return True
    return False


def _has_words(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether text[lo:hi] holds one of these words as they are written: a cheap test before a case-sensitive
    search there that cannot match without one."""
    window = text[lo if lo > 0 else 0:hi]
    for w in words:
        if w in window:
            return True
    return False


_UNKNOWN: Final = "unknown"


def _habitual(text: str, start: int, end: int, tense: str | None = _UNKNOWN) -> bool:
    """Whether a date without a year is of any year: its clause tells what usually happens, and nothing around
    it has a tense of its own ("The path is closed in winter because of avalanche risk, usually from November
    to April"). `tense` is the tense already found for it, if it was."""
    if BY_BEFORE.search(text, start - 4, start):
        return False  # "Refunds are typically in bank accounts by early March": this season's deadline
    if not _near(lx.HABITUAL_STEMS, text, start - 200, end + 200):
        return False  # the usual case, found cheaply: no such word anywhere near
    if tense is _UNKNOWN:
        tense = tense_at(text, start, end)
    if tense is not None or (found := lx.HABITUAL.search(_clause(text, start, end))) is None:
        return False
    # ("Jan. 21 to 23: Budget committee deliberations, starting at 9 a.m. each day": each day of the run told)
    return not (text.startswith(RANGE_CLOSE_FIRST, end) and found.group().lower().endswith(("day", "morning", "night")))


# "a typical August", "in a normal January": any such month
ANY_SUCH_MONTH_BEFORE: Final = re.compile(r"\b[Aa]n?\s+(?:normal|typical|usual|average|ordinary)\s+$")
# An adverb of what usually happens, its verb in the present and a preposition, right before a month or the end
# of a range of months ("usually runs from November to April")
HABITUAL_VERB_BEFORE: Final = re.compile(r"\b(?:usually|typically|normally|generally|traditionally)\s+[a-z]+s\s+(?:place\s+)?"
                                  r"(?:from|in|between|until|through|around)\s+(?:early\s+|late\s+|mid-?)?"
                                  r"(?:[A-Z][a-z]+\.?\s+(?:to|through|until|till|and|-|–)\s+(?:early\s+|late\s+|mid-?)?)?$")
# the close of a range of days told with "each year" after it: "may sell fireworks only from October 15 to November 10
# each year" (its opening is of every year too, whatever the tense)
EACH_YEAR_RANGE_AFTER: Final = re.compile(r"\s*(?:to|until|through|-|–)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?"
                                   r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?)\s+(?:of\s+)?(?:each|every)\s+year\b")
RANGE_CLOSE_FIRST: Final = (" to ", " until ", " through ", "-", "–", " - ", " – ")  # (what EACH_YEAR_RANGE_AFTER opens with)
# "annually on", "yearly in": of every year
YEARLY_BEFORE: Final = re.compile(r"\b(?i:annually|yearly)\s+(?:on|in|at|from|around)\s+(?:the\s+)?$")


def _yearly(text: str, start: int) -> bool:
    """Whether a date without a year is told as what happens each year: "has been presented annually on February
    1", "was held yearly in June" (every year's, whatever the tense)."""
    return "ly " in text[max(0, start - 18):start] and YEARLY_BEFORE.search(text, start - 24, start) is not None


def _on(year: int, month: int, day: int, kind: str | None = None) -> _Res | None:
    """That day as a DATE, or None when there is no such day (30 February)."""
    try:
        return _Res("DATE", _iso(Day(year, month, day)), anchor_kind=kind)
    except ValueError:
        return None


r_mdy = r_dmy = _month_day


HOLE_BEFORE: Final = re.compile(r"(?i:\b(?:birdie|birdied|bogey|bogeyed|eagle|eagled|parred|par|hole|holed|tee|teed|drive|putt)"
                         r"(?:s|ed)?\s+(?:[a-z]+\s+){0,3}$)")
HOLE_AFTER: Final = re.compile(r"\s+(?i:hole|green|tee|fairway)\b")


def r_ordday(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if not lx.ORDDAY_BEFORE.search(text, m.start() - 10, m.start()):
        return None  # "the 15th" as a subject or object: an ordinal of something said before
    if HOLE_BEFORE.search(text, m.start() - 40, m.start()) or HOLE_AFTER.match(text, m.end()):
        return None  # "with a birdie on the 18th", "on the 17th green": a golf course's hole
    day = int(m[p + "day"])
    rel = (m[p + "rel"] or "").lower()
    if not rel and st.last_value and MONTH_VALUE.match(st.last_value) and 0 <= st.last_end <= m.start() \
            and not _broken(text, st.last_end, m.start()):
        # "due to rise for the February half-term on the 12th": the month just told in the sentence
        return _on(int(st.last_value[:4]), int(st.last_value[5:]), day, "previous")
    if not rel and st.reported_on and st.last_month is not None and st.last_month_end < st.last_day_end \
            and st.dct is not None and st.last_month < f"{st.dct.year:04d}-{st.dct.month:02d}" \
            and tense_at(text, m.start(), m.end()) == "past":
        # "Last month was the wettest February on record, according to figures published on Monday. ... The pattern
        # changed abruptly on the 11th": the month the report is of, not the day it was made
        return _on(int(st.last_month[:4]), int(st.last_month[5:]), day, "previous")
    if not rel and st.frame_deictic and st.frame_year is not None and st.dct is not None \
            and st.frame_year == st.dct.year - 1 and st.frame_end == st.last_end and _frames(st, text, m.start()):
        # "We do this drive every Christmas. Last year we left on the 23rd": the DCT's month, in the year told
        return _on(st.frame_year, st.dct.month, day, "previous")
    base, kind = _time_day(st, m.start(), text)  # "met on 2 March and again on the 15th": that month
    if base is None:
        return _Res("DATE", f"XXXX-XX-{day:02d}")
    steps: tuple[int, ...]
    tense: str | None
    if kind == "previous" and not rel:
        steps, tense = (0, 1), "future"  # the first such day from the one just named
    else:
        base, kind = st.dct, "dct"
        # "of next month", else the month the tense points to; with no cue, one to come ("the vote is on the 15th")
        steps, tense = ((YEAR_STEP[rel],), None) if rel else ((-1, 0, 1), tense_at(text, m.start(), m.end()) or "future")
    cands = []
    for step in steps:
        month = _add_months(Day(base.year, base.month, 1), step)
        try:
            cands.append(Day(month.year, month.month, day))
        except ValueError:
            pass
    if not cands:
        return None
    return _Res("DATE", _iso(_choose(cands, base, tense)), anchor_kind=kind, tense=None if kind == "previous" else tense)


ORDINAL_WEEKENDS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def r_weekofyear(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    y, first = int(m[p + "y"]), m[p + "ord"].lower() == "first"
    if m[p + "we"]:  # the weekend of the year's first Saturday, or of its last
        return _Res("DATE", _weekend_of(_nth_weekday(y, 1, 5, 1) if first else _nth_weekday(y, 12, 5, -1)))
    return _Res("DATE", f"{y}-W01" if first else f"{y}-W{Day(y, 12, 28).isocalendar()[1]:02d}")  # (28 December is in
    # the year's last ISO week)


def r_weekof(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if m[p + "mon3"]:  # "the final weekend of February": of its Saturdays
        weekend = bool(m[p + "we"])
        if st.dct is None:
            return _Res("DATE", "XXXX-WXX-WE" if weekend else "XXXX-WXX")
        month, n = _month(m[p + "mon3"]), ORDINAL_WEEKENDS[m[p + "ord"].lower()]
        years = [int(m[p + "y"])] if m[p + "y"] else [st.dct.year - 1, st.dct.year, st.dct.year + 1]
        tense = tense_at(text, m.start(), m.end())
        if not weekend:  # "the last week of October": the week with most of its days at the month's end
            day = _choose_told(st, [_nth_week_day(y, month, n) for y in years], tense)
            return _Res("DATE", _at_unit(day, "week"), anchor_kind="dct", tense=tense)
        saturday = _choose_told(st, [_nth_weekday(y, month, 5, n) for y in years], tense)
        return _Res("DATE", _weekend_of(saturday), anchor_kind="dct", tense=tense)
    to = (m[p + "to"] or "").lower()
    if to and (m[p + "we"] or not text.startswith(("the", "The", "THE"), m.start())):
        return None  # "a week to March 3 to decide": a length of time before a day, not that day's week
    if wd := m[p + "wd"]:
        # "the week ended Friday": the week of the last Friday; "the week ending Friday", "the week to Friday" of the
        # next one where what is told of it is to come, else of the last ("Freight rates rose 11% in the week to
        # Friday", "jobless claims in the week ending Saturday totaled 210,000")
        if st.dct is None:
            return _Res("DATE", "XXXX-WXX")
        step = (_weekday(wd) - st.dct.weekday()) % 7
        ahead = to != "ended" and tense_at(text, m.start(), m.end()) == "future"
        day = st.dct + dt.timedelta(days=step) if ahead else st.dct - dt.timedelta(days=(7 - step) % 7)
        return _Res("DATE", _at_unit(day, "week"), anchor_kind="dct")
    mon, day = m[p + "mon"] or m[p + "mon2"], m[p + "day"] or m[p + "day2"]
    res = _day_in_month(st, text, m.start(), m.end(), mon, day, None, m[p + "y"])
    if res is None:
        return None
    if not ISO_DAY.match(res.value) and st.dct is not None and (generic := GENERIC_DAY_VALUE.match(res.value)):
        # a day of any year, read so from the words around ("each day in the week to 5 January"): a week is one
        # week, the one the tense points to
        month_n, day_n = int(generic.group(1)), int(generic.group(2))
        try:
            cands = [Day(y, month_n, day_n) for y in (st.dct.year - 1, st.dct.year, st.dct.year + 1)]
        except ValueError:
            return None
        tense, firm = tense_cue(text, m.start(), m.end())
        res = _Res("DATE", _iso(_choose_told(st, cands, tense, firm)), anchor_kind="dct", tense=tense)
    if not ISO_DAY.match(res.value):
        return _Res("DATE", "XXXX-WXX")  # no DCT to place the day in a year
    if m[p + "we"]:  # "the weekend of Feb. 14": the weekend nearest that day
        return _Res("DATE", _weekend_of(Day.fromisoformat(res.value[:10])), anchor_kind=res.anchor_kind, tense=res.tense)
    # "the week of January 10", "the week ending Dec. 21": the (ISO) week holding that day; "the week beginning
    # Sunday, Jan. 4": most of its days are in the ISO week after that Sunday's
    told = Day.fromisoformat(res.value)
    if to in ("beginning", "starting", "commencing") and told.weekday() == 6:
        told += dt.timedelta(days=1)
    return _Res("DATE", _at_unit(told, "week"), anchor_kind=res.anchor_kind, tense=res.tense)


GENERIC_DAY_VALUE: Final = re.compile(r"XXXX-(\d\d)-(\d\d)$")  # a day of any year
QUARTER_OF_MONTHS: Final = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2"}


def r_monthspan(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    period = QUARTER_OF_MONTHS.get((_month(m[p + "m1"]), _month(m[p + "m2"])))
    if period is None or st.dct is None:
        return None  # a span of months that is no quarter or half: its months are tagged one by one
    last_month = _month(m[p + "m2"])
    # The last one to have ended, as a report on a period is of one gone by ("Growth for the October-December
    # period was revised", written in May; "expect growth of 0.1% in the October-to-December period", written in
    # February, of figures still to come); to come only when that one ended more than a quarter ago ("Sales in
    # the January-March quarter will be reported", written in February)
    y = st.dct.year - (last_month >= st.dct.month)
    if (st.dct.year - y) * 12 + st.dct.month - last_month > 3 and tense_at(text, m.start(), m.end()) == "future":
        y += 1
    return _Res("DATE", f"{y}-{period}", anchor_kind="dct")


def r_monyear(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    y = m[p + "y"] or _short_year(m[p + "sy"], st)
    # ("Sales were 4.3% higher than in July 2025": a month compared with, whose year a later "mid-July" is not)
    compared = COMPARED_BEFORE_MONTH.search(text, m.start() - 24, m.start()) is not None
    return _Res("DATE", f"{y}-{_month(m[p + 'mon']):02d}", _mod(m[p + "mod"]), comparison=compared)


COMPARED_BEFORE_MONTH: Final = re.compile(r"\b(?i:than|compared\s+(?:with|to)|(?:up|down)\s+from|versus|vs\.?)\s+(?:in\s+|with\s+)?$")


def _short_year(yy: str, st: _State) -> int:
    """The year written with its last two figures ("'19"): of this century unless that is over ten years ahead."""
    y = 2000 + int(yy)
    return y if y <= (st.dct.year if st.dct else 2000) + 10 else y - 100


TENSELESS_MONTHS_AHEAD: Final = 4


def _tenseless_month_year(dct: Day, month: int) -> int:
    """The year of a month told with no tense cue: news reports more of the past than it announces, so only the next
    few months are ahead."""
    ahead = (month - dct.month) % 12
    return dct.year + (month < dct.month if ahead <= TENSELESS_MONTHS_AHEAD else -(month > dct.month))
LOWER_WORD_BEFORE: Final = re.compile(r"\b[a-z]+\s+$")


# "the January before", "the April before that", "the March before last" (not "the January before the election")
MONTH_BEFORE_THAT_AFTER: Final = re.compile(r"\s+before(?:\s+(?:that|it|last))?(?=\s*[,.;:!?)\"”]|\s+(?:and|but|when|while)\b)")


def _name_follows(text: str, end: int) -> bool:
    """Whether a capitalised word right after a month makes it part of a name ("June Carter", "May Street"), and
    is not the first word of the next sentence ("in June The talks")."""
    return CAPITALISED_AFTER.match(text[end:end + 3]) is not None and not SENTENCE_WORD_AFTER.match(text[end:end + 4])


# "May is the month when it all goes in", "March was wet": a month, the subject of what it was (not "May is expected
# to resign"); "March" so too after any form of "be" or "have" ("March was our strongest month"), but for a march that
# is on, at or from somewhere, planned or due ("March is on Saturday")
MONTH_SUBJECT_AFTER: Final = re.compile(r" (?:is|was) (?:the (?:month|wettest|driest|warmest|coldest|sunniest|mildest)\b|(?:wet|dry|warm|"
                                 r"cold|mild|hot|sunny|dull|windy|cool|stormy|frosty)\b)")
# "May has been kind so far", "then May picks up again", "May was terrific": the month the subject of a verb no modal
# "may" is followed by (not "May I ask", "Theresa May has said": a name's, a capitalised word before it)
MAY_SUBJECT_AFTER: Final = re.compile(r" (?:(?:is|was) (?:a|an|the|usually|always|typically|often|normally|traditionally|generally|"
                               r"terrific|good|bad|great|busy|quiet|kind|strong|weak|wet|dry|warm|cold|hot|mild|slow)|"
                               r"(?:has|had) been|saw|brought|remains|proved|looks|looked|tends|picks|brings|marks|starts|"
                               r"ends|began|ended)\b")
NAME_WORD_RIGHT_BEFORE: Final = re.compile(r"[A-Z][\w'’.-]*\s+$")
# a text in which someone (or something) is named May: "Eleanor May stands", "nicknamed May", "Meet May"
MAY_NAMED: Final = re.compile(r"\b(?!(?:In|By|On|Until|Till|Since|From|Before|After|Early|Late|Mid|During|Through|Last|Next|This|"
                       r"That|Each|Every|And|Or|But|Of|The|Since|Through|Throughout|For|To|At)\b)[A-Z][a-z]+ May\b(?![ -]\d)"
                       r"|\b(?:named|nicknamed|called|Meet|meet) May\b")
MARCH_SUBJECT_AFTER: Final = re.compile(r" (?:is|was|has|had)\b(?! (?:on|at|in|from|due|expected|set|planned|peaceful|attended|led|"
                                 r"organi[sz]ed|called)\b)")
# "Now it's March," he said: the month it is, a clause's end after it (not "it's May who decides")
IT_IS_BEFORE: Final = re.compile(r"\b[Ii]t(?:'s|\s+is|\s+was|\s+will\s+be)\s+$")
MONTH_ENDS_CLAUSE: Final = re.compile(r"\s*(?:[,.;:!?\"\u201d]|$)")
CONTRACT_AFTER_MONTH: Final = re.compile(r"\s+(?:delivery|contracts?|futures|options|expiry|expiration)\b"
                                  # "December corn", "July soybeans", "March Kansas City wheat", "October live cattle": a
                                  # commodity's futures named by their delivery month, as market reports write them
                                  r"|\s+(?:(?:Chicago|Kansas\s+City|Minneapolis|Paris|London|New\s+York|ICE|CBOT|live|feeder|lean|"
                                  r"spring|winter|hard\s+red|soft\s+red)\s+)?(?:corn|wheat|soybeans?|soybean\s+(?:oil|meal)|soymeal|"
                                  r"soyoil|canola|rapeseed|oats|rice|cattle|hogs|cotton|coffee|cocoa|sugar|crude|Brent|WTI|"
                                  r"natural\s+gas|heating\s+oil|gasoline|gold|silver|copper|palladium|platinum|palm\s+oil|"
                                  r"milk|lumber|orange\s+juice)\b(?!\s+(?:harvest|crop|planting|sowing|yield|exports|imports|"
                                  r"prices|sales|stocks|production|output)\b)")
CONTRACT_FIRST: Final = frozenset("dcfoe" "CKMPLNIBW" "lswrhngpm")  # (their first letters, and the commodities' and their
# places': a cheap test first)


def r_month(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    ms, me = m.span()  # (read once, as the tests below ask for them)
    kind: str | None  # (one of st.anchor's, or "dct")
    word = m[p + "mon"]
    mod_text = m[p + "mod"]
    before = text[ms - 20 if ms > 20 else 0:ms]
    if not mod_text and not m[p + "rel"] and not lx.MONTH_CUE_BEFORE.search(before):
        if word.lower() in lx.AMBIGUOUS_MONTHS and not (word[0].isupper() and (lx.EVENT_AFTER_MONTH.match(text, me)
                                                                               or lx.FIGURES_AFTER_MONTH.match(text, me))
                                                         and LOWER_WORD_BEFORE.search(before)) \
                and not (word == "March" and before.endswith(" for ")) \
                and not (word[0].isupper() and IT_IS_BEFORE.search(before) and MONTH_ENDS_CLAUSE.match(text, me)) \
                and not (word[0].isupper() and MONTH_JOINED_AFTER.match(text, me)) \
                and not (word[0].isupper() and CONTRACT_AFTER_MONTH.match(text, me)) \
                and not (word[0].isupper() and (_line_lead(text, ms) and lx.LINE_END.match(text, _bold_end(text, me))
                                                or MONTH_SUBJECT_AFTER.match(text, me)
                                                or word.lower() == "march" and MARCH_SUBJECT_AFTER.match(text, me)
                                                or word == "May" and MAY_SUBJECT_AFTER.match(text, me)
                                                and not NAME_WORD_RIGHT_BEFORE.search(before) and not MAY_NAMED.search(text))):
            # ("the index for March slipped": no verb follows "for"; but "voted for May" may be a name; "its estimates
            # for May and June": a month joined to another; "MARCH" alone on its line heads the month's section; "May
            # is the month when it all goes in", "March was wet": the month is the subject)
            return None  # "May" the modal or a name, "March" the verb (not "sets March launch", "the May election";
            # but "Theresa May vote")
        if _name_follows(text, me) and not CONTRACT_AFTER_MONTH.match(text, me):
            return None  # "June Carter": a first name (not "March Chicago wheat")
    if not mod_text and not m[p + "rel"] and word.lower() in lx.AMBIGUOUS_MONTHS and not m[p + "yref"] \
            and _name_follows(text, me) and not CONTRACT_AFTER_MONTH.match(text, me):
        return None  # "run by May Tan", "the corner of Hawthorn Road and May Street": a name, even after "by", "and"
    if not mod_text and not m[p + "rel"] and NAMED_AFTER_MONTH.match(text, me) \
            and text[max(0, ms - 4):ms].lower() == "the ":
        return None  # "the October Revolution", "the June Uprising": a name
    if not mod_text and not m[p + "rel"] and word.lower() in lx.NAME_MONTHS \
            and lx.NAME_BEFORE_MONTH.search(text, ms - 20, ms):
        return None  # "Marcia June, who runs a restaurant": a surname
    month = _month(word)
    if st.dct is None or not mod_text and not m[p + "rel"] \
            and _may_hold(text, ms - 70, ms, lx.FISCAL_CYCLE_WORDS) \
            and lx.FISCAL_CYCLE_BEFORE.search(text, ms - 70, ms):
        return _Res("DATE", f"XXXX-{month:02d}", _mod(mod_text))  # (and "whose fiscal year ends in May")
    rel = (m[p + "rel"] or "").lower()
    if not rel and st.last_day is not None and st.last_end == st.last_day_end and text[ms - 1:ms] == " " \
            and (end_of := _range_end_day(st, text, ms, month, st.last_day.day if month == st.last_day.month else 28)):
        # "open until 11 p.m. nightly from April 1 through the end of October": the first such month on or after the
        # day the stretch began on
        return _Res("DATE", end_of.value[:7], _mod(mod_text), "previous")
    if not rel and not mod_text and text[me + 1:me + 2] in CONTRACT_FIRST and starts_at(text, " ", me) \
            and CONTRACT_AFTER_MONTH.match(text, me):
        # "wheat for September delivery", "the December contract": a month traded forward, the next one from the DCT's
        return _Res("DATE", f"{st.dct.year + (month < st.dct.month)}-{month:02d}", None, "dct")
    if not rel and _figures_of_month(text, ms, me) \
            and not (st.frame_year is not None and st.frame_end == st.last_end and _frames(st, text, ms)):
        # "will be watching December's consumer price index", "releases building permits for December", written on
        # 12 January: a month's figures come out after it, so it is the month just gone or one a little earlier
        # (or the coming one: "the May jobs report", written in late April), whatever date is told next to it,
        # unless that date is the day they come out, in its sentence or entry. Their release told to come only
        # moves on the months further ahead: "after the September inflation report", written in April
        base, kind = st.dct, "dct"
        if st.last_day is not None and ms - st.last_day_end < FIGURES_DAY_REACH \
                and not SENTENCE_END.search(text, st.last_day_end, ms):
            base, kind = st.last_day, "previous"  # ("**15 January 2021** — December's inflation fell to 5%")
        back, ahead = FIGURE_MONTHS_FUTURE if tense_cue(text, ms, me)[0] == "future" else FIGURE_MONTHS
        y = base.year + (month < base.month - back) - (month > base.month + ahead)
        return _Res("DATE", f"{y}-{month:02d}", _mod(mod_text), kind)
    said: tuple[int | None, str | None] | None = _year_ref(st, ref) if (ref := m[p + "yref"]) else None
    if said is None or said[0] is None:
        said = _year_said_after(st, text, me, month)
    if said is not None:
        return _Res("DATE", f"{said[0]}-{month:02d}", _mod(mod_text), said[1])
    if rel in ("that", "the following", "the next") or rel.startswith("the"):
        # "the following March": the first March after the date just told (after a year, the next year's);
        # "that March": the one of its year
        yearly = st.last_value is not None and len(st.last_value) < 7
        base, kind = st.anchor("year" if yearly else "month")
        if rel == "that" and st.last_value and YEAR_OF_VALUE.match(st.last_value):
            # "in the fall of 2022 ... resigned that November": of the year of the season, quarter or half just told
            return _Res("DATE", f"{st.last_value[:4]}-{month:02d}", _mod(mod_text), "previous")
        if kind != "previous":
            base, kind, yearly = st.dct, "dct", False
        if rel.endswith(("previous", "preceding")):
            y = base.year - (1 if yearly else month >= base.month)  # "having lost to Reagan the previous November"
        else:
            y = base.year + (0 if rel == "that" else 1 if yearly else month <= base.month)
        return _Res("DATE", f"{y}-{month:02d}", _mod(mod_text), kind)
    if not rel and not mod_text and text.endswith(("the ", "The "), 0, ms) \
            and (before_that := MONTH_BEFORE_THAT_AFTER.match(text, me)) is not None:
        # "It went up last April and the April before that", "46 homes in January, compared with 14 the January
        # before": a year before the one just told (else before the last one gone by), one expression
        told = st.months_told.get(month)
        y = (told if told is not None else st.dct.year - (month > st.dct.month)) - 1
        return _Res("DATE", f"{y}-{month:02d}", None, "previous" if told is not None else "dct",
                    span=(ms - 4, before_that.end()))
    if rel:
        y = st.dct.year
        if rel in ("last", "past"):
            # (the month just ended too is last year's: written on 2 March, "last February" is not the one just gone,
            # which is "last month")
            y -= month >= st.dct.month - (rel == "last")
        elif rel in ("next", "coming"):
            y += month <= st.dct.month
        return _Res("DATE", f"{y}-{month:02d}", _mod(mod_text), "dct")
    if st.heading_year is not None and _entry_at(text, ms, me):
        # "**2021**\n\n**September** – Lockdowns delay the project": an entry under its year, as a day's is
        return _Res("DATE", f"{st.heading_year}-{month:02d}", _mod(mod_text), "previous")
    if st.entry_years and ms in st.entry_years:
        return _Res("DATE", f"{st.entry_years[ms][0]}-{month:02d}", _mod(mod_text), "next")  # (_entry_years)
    if (entry_before := _programme_entry_before(st, text, ms, m.end())) is not None \
            and (_tenseless_month_year(st.dct, month), month) < (entry_before.year, entry_before.month):
        # (only where the month read alone would go back before it: a chronology's first placing, "March 10 – ...
        # Mid-March – ...", may yet be moved back a year by _entry_years)
        return _Res("DATE", f"{entry_before.year + (month < entry_before.month)}-{month:02d}", _mod(mod_text), "previous")
    if st.frame_year is not None and st.frame_end == st.last_end and _frames(st, text, ms):
        y = st.frame_year  # "In 2017, ...; he was released in October"
        if month < 6 and (st.last_value or "").endswith("-WI"):
            y += 1  # "Last winter was mild, and we poured concrete in January": a winter's January is the year after
        told = MONTH_VALUE.match(st.last_value or "")
        if told and month < int(told.group(2)) and tense_at(text, ms, me) == "future":
            y += 1  # "In December, she warned it could be forced to ... before the end of March": the March after
        elif y == st.dct.year and month > st.dct.month and not st.in_entry and tense_at(text, ms, me) == "past":
            y -= 1  # "a deal by the end of the year, a target that officials first floated in September", written in
            # March: this year's September has not come yet
        return _Res("DATE", f"{y}-{month:02d}", _mod(mod_text), "previous")
    if st.frame_year is not None and st.last_month is not None and st.last_month_end == st.last_end \
            and st.last_month.startswith(str(st.frame_year)) and st.frame_year < st.dct.year - 1 \
            and ms - st.last_end < FRAMED_MONTH_REACH and not _broken(text, st.last_end, ms) \
            and not WRITTEN_YEAR.search(text, st.last_start, st.last_end) and not SINCE_BEFORE.search(text, ms - 10, ms) \
            and tense_at(text, ms, me) != "future":
        # "In 2022, flu peaked in early December and fell sharply by mid-January": a story of a year long gone goes
        # on in its sentence from the month told, into the next year when the month comes earlier (but for a month
        # compared with: "hit 9% in October, up from 5% in January"; not after a month told with its year, whose
        # sentence may go on to another: "delivered Budgets in October 2024 and November", "listed in December 2024,
        # and a final decision is due in December")
        after = month < int(st.last_month[5:7]) and not COMPARED_BETWEEN.search(text, st.last_end, ms)
        return _Res("DATE", f"{st.frame_year + after}-{month:02d}", _mod(mod_text), "previous")
    if st.last_value and (told := MONTH_VALUE.match(st.last_value)) is not None \
            and (joined := MONTHS_JOINED.fullmatch(text, st.last_end, ms)) is not None \
            and not WRITTEN_YEAR.search(text, st.last_start, st.last_end):
        # "for much of July and August": of the same year as the month just told; "from November to April",
        # "between October and March", "December and January": a range goes on into the year after (a list need
        # not: "in March and January"); not after a year written: "in October 2024 and November" is another year's
        last_month = int(told.group(2))
        goes_on = joined.group("list") is None or month == last_month % 12 + 1 \
            or BETWEEN_BEFORE.search(text, st.last_start - 8, st.last_start) is not None
        y = int(told.group(1)) + (month < last_month and goes_on)
        if month < last_month and (int(told.group(1)), last_month) >= (st.dct.year, st.dct.month) > (y, month):
            y += 1  # "two spacewalks, in November and January", written in September: what is listed after a month
            # still to come is still to come too
        return _Res("DATE", f"{y}-{month:02d}", _mod(mod_text), "previous")
    if st.last_value and (season := SEASON_OF_YEAR.fullmatch(st.last_value)) is not None \
            and month in SEASON_MONTHS[season.group(2)] and not _broken(text, st.last_end, ms) \
            and IN_BEFORE_MONTH.search(text, ms - 12, ms):
        # "the remaining 34 in the autumn, with most of that final batch shutting in late October": a month of the
        # season just told, in its sentence (a winter's January and February are in the year after its December)
        y = int(season.group(1)) + (season.group(2) == "WI" and month < 6)
        return _Res("DATE", f"{y}-{month:02d}", _mod(mod_text), "previous")
    if (month_after := _month_after(st, text, ms, month)) is not None:
        return _Res("DATE", f"{month_after}-{month:02d}", _mod(mod_text), "previous")
    # "the BoE's November decision": a month naming a happening; the tense around it is not its own
    event = lx.EVENT_AFTER_MONTH.match(text, me)
    # (an entry of a chronology, "| Late April | A third lender fails |", has no tense of its own: its present is
    # historical, and the words before it are the entry before's)
    # (nor is the tense of what is done with a month's figures its own: "will publish its official retail figures for
    # December in late February", written in January: the December gone by)
    tense, firm = (None, False) if event or _entry_at(text, ms, me) or ends_at(text, "for ", 0, ms) \
        and MONTH_FIGURES_FOR_BEFORE.search(text, ms - 40, ms) else tense_cue(text, ms, me)
    if lx.DISASTER_AFTER_MONTH.match(text, me) and ATTRIBUTIVE_BEFORE.search(text, ms - 6, ms):
        tense, firm = "past", True  # "affected by the January wildfires", written in April: they have happened
    elif "since " in text[ms - 50 if ms > 50 else 0:ms] and SINCE_THING_IN_BEFORE.search(text, ms - 50, ms):
        tense, firm = "past", True  # "the strongest there since Storm Éowyn in January", written on 30 December: what
        # a stretch up to now began with has happened
    if not event and (tense is None and _habitual(text, ms, me, None) or _yearly(text, ms)
                      or not firm and HABITUAL_VERB_BEFORE.search(text, ms - 40, ms)
                      or ANY_SUCH_MONTH_BEFORE.search(text, ms - 12, ms)):
        # "usually begins in mid-September": any year's; so is "The season, which usually runs from November to
        # April, began a month early", whatever tense the clause after tells
        return _Res("DATE", f"XXXX-{month:02d}", _mod(mod_text))
    if (told := _story_year(st, text, ms, month, tense)) is not None:
        return _Res("DATE", f"{told}-{month:02d}", _mod(mod_text), "previous")
    if (named := _year_named_before(st, text, ms, month, tense)) is not None:
        return _Res("DATE", f"{named}-{month:02d}", _mod(mod_text), "previous")
    if tense == "past" and month <= st.dct.month and (range_after := MONTH_RANGE_AFTER.match(text, me)) is not None \
            and _month(range_after.group("m")) > st.dct.month and not MONTH_MOVED_BEFORE.search(text, ms - 60, ms):
        # "Every month from January to June set a record", "Prices rose from March to June", written in March: a
        # stretch that has ended runs to a month not yet come this year, so it is last year's (not what was moved:
        # "The vote was pushed back from January to June")
        return _Res("DATE", f"{st.dct.year - 1}-{month:02d}", _mod(mod_text), "dct", tense)
    if month == st.dct.month:
        return _Res("DATE", f"{st.dct.year}-{month:02d}", _mod(mod_text), "dct")  # this month, whatever the tense
    cands = [Day(y, month, 1) for y in (st.dct.year - 1, st.dct.year, st.dct.year + 1)]
    this_month = Day(st.dct.year, st.dct.month, 1)
    if (year := st.months_told.get(month)) is not None and abs(year - st.dct.year) <= 1 \
            and (tense is None or tense == "future" and (year, month) > (st.dct.year, st.dct.month)) \
            and not (st.last_day is not None and st.last_day > st.dct and (year, month) < (st.dct.year, st.dct.month)):
        # "Exams ... will move to January ... 'Exams in January mean revising over Christmas'": the January told;
        # so a month to come: "expects to restart by October 2025. 'If they get fuel in by the summer, October is
        # realistic'" (written in September 2024). Not a month gone by once a day to come has been told since: "**Dec.
        # 2025 to Feb. 2026** — ... ## What comes next ... **Nov. 3** — ... **By December** —", written in September 2026
        return _Res("DATE", f"{year}-{month:02d}", _mod(mod_text), "previous")
    if tense is None and PERIOD_TO_BEFORE.search(text, ms - 30, ms):
        tense = "past"  # "cost the economy £1.7bn in the 12 months to March": figures of a stretch that has ended
    elif tense is None and BOUND_BEFORE_MONTH.search(text, ms - 10, ms):
        tense = "future"  # "do not fully price a reduction until November", "no move before August": a bound ahead
    elif tense is None and "after " in text[ms - 80 if ms > 80 else 0:ms] and AFTER_THING_BEFORE.search(text, ms - 80, ms):
        tense, firm = "past", True  # "The repo rate stands at 5.50 per cent after 100 basis points of cuts between
        # February and June": what a state now is after has happened
    if tense is None and st.last_day is not None and st.last_day > st.dct and st.last_end == st.last_day_end \
            and not _broken(text, st.last_day_end, ms):
        # "The tour opens in Atlanta on May 2 and closes in Los Angeles on Aug. 29, with a three-week break in late
        # June": the month of the days to come its sentence has just told, the one nearest the last of them
        pick = min(cands, key=lambda c: abs((c - st.last_day).days))
    elif tense is None and (later_month := _runs_on(st, ms, Day(_tenseless_month_year(st.dct, month), month, 1),
                                                    cands)) is not None and not _entry_at(text, ms, me):
        pick = later_month  # ("... from Jan. 16 to Feb. 22. "Twelfth Night" follows in March": the March after)
    elif tense is None:
        # no tense cue: news reports more of the past than it announces, so only the next few months are ahead
        pick = Day(_tenseless_month_year(st.dct, month), month, 1)
    elif tense == "future" and st.last_month is not None and ms - st.last_month_end < WOULD_MONTH_REACH \
            and "would" in text[st.last_month_end:ms] and WOULD_AFTER_MONTH.fullmatch(text, st.last_month_end, ms) \
            and (int(st.last_month[:4]), int(st.last_month[5:7])) <= (st.dct.year, st.dct.month):
        # "We were told in July that the spending bills would be done by August", written in September: what was to
        # come when it was told comes after the month it was told in (the August just gone), not after the DCT
        y = int(st.last_month[:4]) + (month < int(st.last_month[5:7]))
        pick = Day(y, month, 1)
    else:
        if tense == "future" and not firm and BY_BEFORE.search(text, max(0, ms - 8), ms):
            firm = True  # "are expected to finish announcing decisions by early July", written in September: a
            # deadline to come is not a month gone by, however near
        pick = _choose_told(st, cands, tense, firm, this_month)
        if tense == "future" and not firm and pick < this_month:
            # a weak future read alone went back to a month just gone: the first such month after the day or month to
            # come told just before it, if near ("a lame-duck session that traditionally runs into mid-December",
            # "... will host a track cycling event in March. Temporary seating ... goes up in May", written in July)
            if (later_month := _runs_on(st, ms, pick, cands)) is not None:
                pick = later_month
            elif st.last_month is not None and st.last_month_end == st.last_end and st.last_month > _iso(this_month)[:7] \
                    and "\n" not in text[st.last_end:ms] and ms - st.last_end <= RUN_ON_REACH \
                    and (later := [c for c in cands if _iso(c)[:7] > st.last_month]) \
                    and (later[0].year - int(st.last_month[:4])) * 12 + later[0].month - int(st.last_month[5:]) <= 3:
                pick = later[0]
    return _Res("DATE", f"{pick.year}-{month:02d}", _mod(mod_text), "dct", tense)


# from a month a saying was told in to a month in what it said would come: "told in July that the bills would be done
# by "; not across a sentence's end
WOULD_AFTER_MONTH: Final = re.compile(r"(?:\s+|,\s*)(?:that\s+)?[^.;:!?\n]*\bwould\b[^.;:!?\n]*")
WOULD_MONTH_REACH: Final = 90  # characters from the month told to the month in what "would" come
# (a figure's point or comma is no break: "stands at 5.50 per cent after")
AFTER_THING_BEFORE: Final = re.compile(r"\b(?:is|are|stands?|sits?|remains?|comes?)\s+(?:[^.;:!?\n,]|[.,](?=\d))*\bafter\s+"
                                r"(?:a|an|the|its|their|his|her)\s(?:[^.;:!?\n,]|[.,](?=\d))*$")
_FIGURES: Final = (r"(?:figures|data|numbers|statistics|readings?|sales|inflation|payrolls|permits|starts|index|jobs\s+report|"
            r"employment\s+report|CPI|GDP|PMI|output|production)")
MONTH_FIGURES_FOR_BEFORE: Final = re.compile(rf"\b{_FIGURES}\s+for\s+$")
# output set for a month ("met to decide output for July", "agreed to raise production for August"): a plan, not
# figures of a month gone by
PLANNED_FIGURES_FOR_BEFORE: Final = re.compile(r"(?i:\b(?:decide|decided|deciding|set|sets|setting|agree|agreed|agreeing|raise|raised|"
                                        r"raising|cut|cuts|cutting|lift|lifted|lifting|boost|boosted|boosting|increase|"
                                        r"increased|increasing|reduce|reduced|reducing|hike|hiked|curb|curbed|keep|kept|"
                                        r"maintain|maintained|extend|extended)\s+(?:(?:its|their|the|oil|crude|gas)\s+){0,2}"
                                        r"(?:output|production)\s+for\s+)$")


def _figures_of_month(text: str, start: int, end: int) -> bool:
    """Whether a month is the one some figures are of: "retail sales for December", "December's consumer price
    index", "the May jobs report", and in a calendar's entry "8:30 a.m. - Housing starts, December"."""
    return ends_at(text, "for ", 0, start) and MONTH_FIGURES_FOR_BEFORE.search(text, start - 40, start) is not None \
        and PLANNED_FIGURES_FOR_BEFORE.search(text, start - 60, start) is None \
        or MONTH_FIGURES_AFTER.match(text, end) is not None \
        or ends_at(text, ", ", 0, start) and FIGURES_LISTED_BEFORE.search(text, start - 40, start) is not None \
        and LINE_END_AFTER.match(text, end) is not None


# a month's figures: "December's consumer price index", "December retail sales", "the May jobs report" (not words
# that join others: "December and the sales")
MONTH_FIGURES_AFTER: Final = re.compile(rf"(?:['’]s)?(?:\s+(?!(?:and|or|the|a|an|to|of|in|on|at|for|with|as|when|is|was|are|"
                                 rf"were|will|would)\b)[a-z]+(?:-[a-z]+)?){{0,2}}?\s+{_FIGURES}\b(?!-)")
FIGURES_LISTED_BEFORE: Final = re.compile(rf"\b{_FIGURES},\s+$")
LINE_END_AFTER: Final = re.compile(r"[ \t]*(?:\n|$)")
FIGURES_DAY_REACH: Final = 200  # characters from the day told to a month of figures, for the day they come out
# how many months before and after the DCT's (or the release day's) a month of figures may be; and when their
# release is told to come
FIGURE_MONTHS: Final = (10, 1)
FIGURE_MONTHS_FUTURE: Final = (3, 8)
# a stretch of time counted back from the month after it, which ends it: "the 12 months to March", "the year ending
# June", "the three months through September", "the quarter ended March"
PERIOD_TO_BEFORE: Final = re.compile(r"(?i:\b(?:year|months|quarter|weeks)\s+(?:to|through|ending|ended)\s+)$")


# What joins a month to the month told just before it in its sentence as the next in a sequence: "between March
# and May 2026 and again from September to November", "the first shutting in March and the last in November";
# and what makes it a comparison or a step back instead ("in January 2026, up from 3.1% in December").
# A plain "and" joins a list, which need not be in calendar order ("floods in March and January"): only words of
# sequence go on.
SEQUENCE_BETWEEN: Final = re.compile(r"(?i:\b(?:then|again|later|last|second|third|final|rest)\b)")
RANGE_BETWEEN: Final = re.compile(r"(?i:\b(?:to|through|until|till|into)\b)")  # only from a month: "Friday to December's figures"
BETWEEN_BEFORE: Final = re.compile(r"(?i:\bbetween\s+)$")  # "between October and March": a span
VERB_BETWEEN: Final = re.compile(r"(?i:\b(?:[a-z]+ed|was|were|is|are|been|be)\b)")
NOT_SEQUENCE_BETWEEN: Final = re.compile(r"(?i:\b(?:than|compared|since|after|following|ago|earlier|previous|prior|versus|vs|"
                                  r"up|down|rose|fell|from\s+(?:a|an|the)|over|against|year|years)\b|[.;:!?\n(])")


FRAMED_MONTH_REACH: Final = 120  # characters from a month of a year long gone to the next month its sentence tells
COMPARED_BETWEEN: Final = re.compile(r"(?i:\b(?:from|than|compared|since|versus|vs)\b)")
IN_BEFORE_MONTH: Final = re.compile(r"(?i:\b(?:in|during|throughout)\s+)$")  # (not "before June": a bound, maybe of another year)
SEASON_OF_YEAR: Final = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
SEASON_MONTHS: Final = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}
SEASON_SEQUENCE_REACH: Final = 80  # characters from a season told to the next one in its sentence
MONTHS_JOINED: Final = re.compile(r"\s*(?:-|–|\s+(?:to|through|thru|until|till|into)\s+|(?P<list>/|,?\s+(?:and|or)\s+))"
                           r"(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?")
MONTH_JOINED_AFTER: Final = re.compile(MONTHS_JOINED.pattern + lx.MONTH_FULL)  # a month joined to the next: "May and June"
# a month that closes a stretch opened by the month before it: "from January to June", "March-June"
MONTH_RANGE_AFTER: Final = re.compile(r"\s*(?:-|–|\s+(?:to|through|thru|until|till|into)\s+)(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?"
                               r"(?P<m>" + lx.MONTH_FULL + ")")
# what moves a stretch's ends rather than telling it: "pushed back from January to June", "postponed from March"
MONTH_MOVED_BEFORE: Final = re.compile(r"(?i:\b(?:pushed|moved|shifted|switched|changed|postponed|delayed|deferred|brought\s+forward|"
                                r"rescheduled|put\s+back|put\s+off|extended|cut|reduced|raised)\b[^.;:!?\n]*$)")


def _month_after(st: _State, text: str, start: int, month: int) -> int | None:
    """The year of a month that goes on from the month (or day) told just before it in the same sentence: the
    first such month at or after it."""
    v = st.last_value
    if v is None or not ISO_MONTH.match(v) or start - st.last_end > 60:
        return None
    between = text[st.last_end:start]
    # (a span's words join its months, and tell nothing done: "from November into January", not "made in November
    # were shifted into October")
    span = len(v) == 7 and (RANGE_BETWEEN.search(between) and not VERB_BETWEEN.search(between) or between.strip() == "and"
                            and BETWEEN_BEFORE.search(text, st.last_start - 9, st.last_start))
    if len(between.split()) > 4 or NOT_SEQUENCE_BETWEEN.search(between) or not (SEQUENCE_BETWEEN.search(between) or span):
        return None
    return int(v[:4]) + (month < int(v[5:7]))


# "this year, in February", "this year, in February, May and August"
YEAR_APPOSED_MONTH: Final = re.compile(rf",\s+(?:in|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:{lx.MONTH_ANY}(?:\s*,\s*|\s+and\s+))*")


def _year_named_before(st: _State, text: str, start: int, month: int, tense: str | None) -> int | None:
    """The year written earlier in the sentence when it is the year of the month's last or next occurrence around
    the DCT: "The 2027 leg begins in Glasgow in mid-January", written in March 2026, is January 2027 (not when the
    tense points the other way); and a year told from the DCT that the month is apposed to, whatever the tense
    ("three cuts this year, in February, May and August")."""
    if st.deictic_year is not None and st.deictic_year[1] < start and starts_at(text, ",", st.deictic_year[1]) \
            and YEAR_APPOSED_MONTH.fullmatch(text, st.deictic_year[1], start):
        return st.deictic_year[0]  # "three cuts this year, in February, May and August": that year's, whatever the tense
    if st.frame_year is None or st.dct is None or st.frame_end > start or _broken(text, st.frame_end, start) \
            or not FOUR_DIGITS.search(text, st.frame_start, st.frame_end) or RESULTS_AFTER.match(text, st.frame_end):
        return None  # (not a year whose figures are reported, after it: "Delays its 2025 results, originally due by 1
        # March")
    gone = st.dct.year - (month > st.dct.month)  # the year of the last such month, this one included
    if st.frame_year == gone and tense != "future" or st.frame_year == gone + 1 and tense != "past":
        return st.frame_year
    return None


def _story_year(st: _State, text: str, start: int, month: int, tense: str | None) -> int | None:
    """The year of a season, quarter or half just told with its year written out, when a month without a year
    lies inside it: "qualifying regattas follow in spring 2028. The Americas regatta is in March". Only in the
    paragraph of that period, and when the tense does not point the other way."""
    v = st.last_value
    if v is None or st.dct is None or not (p := PERIOD_VALUE.match(v)) or "\n" in text[st.last_end:start] \
            or not FOUR_DIGITS.search(text, st.last_start, st.last_end):
        return None
    year = int(p.group(1))
    if year == st.dct.year or not dates.start_date(v) <= Day(year, month, 1) <= dates.end_date(v):
        return None
    if tense is not None and tense != ("past" if year < st.dct.year else "future"):
        return None
    return year


SCHOOL_TERM_AFTER: Final = re.compile(r"\s+term(?![\w-])")


def r_season(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    word = m[p + "s"]
    s = lx.SEASONS[word.lower()]
    rel, y, mod = (m[p + "rel"] or "").lower(), m[p + "y"], _mod(m[p + "mod"])
    if rel[:4] == "this" and rel[-4:] == "past":
        rel = "past"  # "this past summer": the one just gone by
    if (sy := _opt(m, p + "sy")) is not None:
        y = str(_short_year(sy, st))  # "the summer of '19"
    dated = rel or y or mod  # "last winter", "winter 2021", "early winter"
    if word.lower() == "autumn" and text.startswith((" Festival", " festival", " Moon Festival"), m.end()) \
            and (m[p + "mod"] or "").lower().startswith("mid"):
        return None  # "the Mid-Autumn Festival": a festival of the lunar calendar, no part of a season
    if word.lower() == "fall" and not rel and not y and (not lx.FALL_SEASON_BEFORE.search(text, m.start() - 12, m.start())
                                                       or lx.FALL_NOUN_AFTER.match(text, m.end())):
        return None  # "the fall of Kabul", "a fall in prices"; "in the fall", "by the fall" are the season
    if word.lower() == "fall" and not y and lx.FALL_VERB_AFTER.match(text, m.end()):
        return None  # "plans that fall well short": the verb
    if not y and s != "WI" and st.dct is not None and (term := SCHOOL_TERM_AFTER.match(text, m.end())) is not None \
            and m[p + "the"] and rel in ("", "next", "last", "this"):
        # "disrupt the autumn term", "more action could follow in the spring term": a term of the school year the
        # DCT is in (September to July), or of the one after or before it
        school_year = st.dct.year - (st.dct.month < 8) + {"next": 1, "last": -1}.get(rel, 0)
        return _Res("DATE", f"{school_year + (s != 'FA')}-{s}", mod, "dct", span=(m.start(), term.end()))
    if not dated and (lx.SEASON_NOT_BEFORE.search(text, m.start() - 4, m.start())
                      or lx.SEASON_KIND_AFTER.match(text, m.end())
                      or s == "SP" and lx.SPRING_THING_AFTER.match(text, m.end())):
        return None  # "a winter storm", "the summer tourist season": a kind of thing, not a time; "spring water"
    if not dated and word[0].isupper() and (CAPITALISED_AFTER.match(text, m.end()) or SEASON_NAME_BEFORE.search(
            text, max(0, m.start(p + "s") - 20), m.start(p + "s"))):
        return None  # "the Winter Olympics", "the Arab Spring": names
    if y:
        if (y2 := _opt(m, p + "y2")) is not None:
            # "the winter of 2013-14": of two years, the one the season starts in
            if (int(y) + 1) % 100 != int(y2) % 100:
                return _Res("DATE", f"{y}-{s}", mod, span=(m.start(), m.end(p + "y")))  # ("summer 2019-21": a span)
            return _Res("DATE", f"{_split_year_season(int(y), s)}-{s}", mod)
        return _Res("DATE", f"{y}-{s}", mod)
    if (ref := m[p + "yref"] or (not rel and (after := SEASON_YEAR_REF_AFTER.match(text, m.end())) is not None
                                 and after.group(1))) and (said := _year_ref(st, ref))[0] is not None:
        # ("a wet spring last year": that year's, "last year" tagged on its own)
        return _Res("DATE", f"{said[0]}-{s}", mod, said[1])
    if st.dct is None:
        return _Res("DATE", f"XXXX-{s}", mod)
    if rel in ("following", "previous", "same", "next") and m[p + "the"]:
        base, kind = st.anchor("year")
        if kind == "previous" and (rel != "next" or base.year < st.dct.year - 1):
            # "in 2012 ... the following spring": 2013's; "graduating in 1956, and spent the next summer diving":
            # 1957's (but "the next summer", said of a year near the DCT, is the coming one)
            step = {'following': 1, 'next': 1, 'previous': -1, 'same': 0}[rel]
            last = st.last_value or ""
            if step == 1 and (s == "WI" and last[5:7] != "12" or last[5:7].isdigit() and lx.SEASON_START[s] > int(last[5:7])):
                step = 0  # "On Jan. 17 [1975] ... went back to school the following fall": the fall after that day,
                # of its year; "a storm in July 2014 ... nearly wound up the following winter": 2014-WI (a winter is
                # named by the year of its December)
            return _Res("DATE", f"{base.year + step}-{s}", mod, kind)
    if not rel and st.frame_year is not None and st.frame_end == st.last_end and _frames(st, text, m.start()):
        return _Res("DATE", f"{st.frame_year}-{s}", mod, "previous")  # "in 2024: first in the spring, ..."
    if not rel and st.last_value is not None and m.start() - st.last_end < SEASON_SEQUENCE_REACH \
            and (told := SEASON_OF_YEAR.fullmatch(st.last_value)) is not None \
            and not _broken(text, st.last_end, m.start()):
        # "Investigators requested documents that summer and interviewed staff in the autumn": the season after the
        # one its sentence has just told, in that year or the next
        earlier = lx.SEASON_START[s] < lx.SEASON_START[told.group(2)]
        return _Res("DATE", f"{int(told.group(1)) + earlier}-{s}", mod, "previous")
    if not rel and not m[p + "the"] and _habitual(text, m.start(), m.end()):
        return _Res("DATE", f"XXXX-{s}", mod)  # "The path is closed in winter, usually from November"
    if not rel and (old := _old_month_told(st, text, m.start())) is not None and not SINCE_BEFORE.search(text, m.start() - 10, m.start()) \
            and tense_at(text, m.start(), m.end()) == "past":
        # "the flood in January 1937, when the water crested on Jan. 26 ... the smell that lingered into spring": the
        # season after a day or month of a year long gone, just told in its paragraph, is the first such one after it
        return _Res("DATE", f"{old[0] + (lx.SEASON_START[s] < old[1])}-{s}", mod, "previous")
    # A season is "last" once it has started this year and is over: summer 2021 is last summer in December 2021.
    if st.southern is None:
        st.southern = _southern(text)
    southern = st.southern
    if (side := HEMISPHERE_BEFORE.search(text, max(0, m.start() - 10), m.start())) is not None:
        # "by the northern spring", "the austral summer": the hemisphere told, whatever the article's own
        southern = side.group(1).lower() in ("southern", "austral")
    elif "emisphere" in text[m.end():m.end() + HEMISPHERE_REACH] \
            and (told := HEMISPHERE_AFTER.match(text, m.end(), m.end() + HEMISPHERE_REACH)) is not None:
        # "This winter has been a heavy one for norovirus in the Northern Hemisphere", in an article that also names
        # Australia, South Africa and Chile: the hemisphere its sentence tells
        southern = told.group(1).lower() == "southern"
    calc = lx.SOUTHERN_SEASON_AS[s] if southern else s  # Australia's spring falls when the north's autumn does
    start = lx.SEASON_START[calc]
    year = st.dct.year
    tense, firm = (None, False) if rel or _entry_at(text, m.start(), m.end()) else tense_cue(text, m.start(), m.end())
    if calc == "WI":
        return _Res("DATE", f"{_winter(st.dct, rel, tense == 'past' and firm)}-{s}", mod, "dct", tense)
    if rel in ("last", "previous", "past"):
        year -= st.dct.month < start + 3
    elif rel == "next":
        year += 1  # the one after this year's, which may be still to come: "next spring", written in February
    elif rel == "coming":
        year += st.dct.month >= start
    elif tense == "future" or tense is None and BY_BEFORE.search(text, (lead := side.start() if side else m.start()) - 8, lead):
        # "a decision is expected in the spring", "to have Main Street open by spring", written in November; but
        # "would hit hardest in the spring", written at the end of March, is of the spring under way
        year += st.dct.month >= start + 3
    elif tense == "past" and (firm or SAID_IN_BEFORE.search(text, m.start() - 50, m.start())
                              or PARTICIPLE_IN_BEFORE.search(text, m.start() - 50, m.start())):
        year -= st.dct.month < start  # "joined in the summer", written in March: last year's (but not "said
        # it should be running by the fall": a verb of saying, unless the season is when it was said: "We said
        # in the fall that ..."; so is what was done in it, told by its participle in a past clause: "following
        # scientific advice published in the autumn which found ...", written in May)
    elif tense == "past" and st.dct.month < start and SUBJECT_PAST_AFTER.match(text, m.end()):
        year -= 1  # "The summer was the hottest on record", written in January: this year's has not begun
    elif tense is None and not rel and AFTER_A_THING_IN.search(text, m.start() - 40, m.start()):
        year -= st.dct.month < start  # "caps a busy fall for offerings, after a lull in the spring": what came before
    elif tense is None and not rel and st.dct.month >= start + SEASON_LONG_GONE:
        year += 1  # "what finance ministers do with it in the spring", written in November: this year's is long over,
        # and one gone by is told in the past
    return _Res("DATE", f"{year}-{s}", mod, "dct", tense)


SEASON_YEAR_REF_AFTER: Final = re.compile(rf"\s+({lx.YEAR_REF})")


def _old_month_told(st: _State, text: str, start: int) -> tuple[int, int] | None:
    """(year, month) of the day or month told last, when it is of a year long gone (two or more before the DCT's),
    told just before `start` in its paragraph."""
    v = st.last_value
    if v is None or st.dct is None or len(v) < 7 or not ISO_MONTH.match(v[:7]) or int(v[:4]) > st.dct.year - 2 \
            or start - st.last_end > OLD_STORY_SEASON_REACH or "\n\n" in text[st.last_end:start]:
        return None
    return int(v[:4]), int(v[5:7])


OLD_STORY_SEASON_REACH: Final = 250  # characters from a day or month long gone to a season told after it


SUBJECT_PAST_AFTER: Final = re.compile(r"\s+(?:was|were|had\s+been|brought|saw|set|broke|ended)\b")  # "The summer was ..."
AFTER_A_THING_IN: Final = re.compile(r"\bafter\s+(?:a|an)\s+(?:[a-z-]+\s+){1,2}(?:in|during|over)\s+(?:the\s+)?$")
SEASON_LONG_GONE: Final = 7  # months from the start of this year's season past which a season told with no tense is the next


# (with its object: "recruited employers through the spring")
PARTICIPLE_IN_BEFORE: Final = re.compile(r"\b[a-z]{3,}ed\s+(?:[a-z]+\s+){0,2}?(?:in|during|over|through|throughout)\s+(?:the\s+)?$")
BOUND_BEFORE_MONTH: Final = re.compile(r"\b(?:until|till|before)\s+$")
BY_BEFORE: Final = re.compile(r"(?i:\bby\s+(?:the\s+)?)$")  # a deadline
# (and "said in its report in the autumn")
SAID_IN_BEFORE: Final = re.compile(r"(?i:\b(?:said|told|announced|reported|wrote|warned|promised|pledged)\s+"
                            r"(?:in\s+(?:its|their|his|her|a)\s+(?:[a-z]+\s+){1,2})?(?:in|during|over)\s+(?:the\s+)?)$")


# (one scan for any of the hints, where a substring search for each would read the text once a hint)
SOUTHERN_HINT: Final = re.compile(lx._trie(lx.SOUTHERN_HINTS))  # (a trie: re tries one branch per capital, not 24)


HEMISPHERE_BEFORE: Final = re.compile(r"\b(?i:(northern|southern|boreal|austral))\s+$")
HEMISPHERE_AFTER: Final = re.compile(r"[^.;!?\n]*?\b(?i:in\s+the\s+(northern|southern)\s+hemisphere)\b")
HEMISPHERE_REACH: Final = 100  # characters after a season that its sentence may tell its hemisphere in


def _southern(text: str) -> bool:
    """Whether a text is news of the southern hemisphere, where spring runs from September to November: it names
    places there at least twice (Australia, Sydney, New Zealand, South Africa, Argentina ...)."""
    head = text[:20000]
    if not SOUTHERN_HINT.search(head):
        return False  # the usual case, found by a scan for plain words
    return len(lx.SOUTHERN_PLACES.findall(head)) >= 2


def _winter(dct: Day, rel: str, gone_by: bool = False) -> int:
    """The year of the winter meant, named by the year it begins in (December), as annotators of present-day news
    write it ("the winter of 2025-26" is 2025-WI): in February 2026, "this winter" is 2025's and "last winter"
    2024's; in November, "this winter" is the one about to begin and "next winter" the one after. `gone_by`: told
    by a verb of the happening in the past ("trading had strengthened through the winter", written in May)."""
    began = dct.year if dct.month == 12 else dct.year - 1  # the last winter that has begun
    ongoing = dct.month == 12 or dct.month <= 3
    if rel in ("last", "previous", "past"):
        return began - 1 if ongoing else began
    if rel == "coming":
        # the one about to begin ("expected the coming winter to be busy", written in November or December)
        return dct.year
    if rel == "next":
        return began + 1 if ongoing or dct.month < 11 else began + 2
    if ongoing or gone_by and not rel:
        return began
    return dct.year  # the coming one (also after a past tense: "announced capacity for the winter season")


QUARTER_VALUE: Final = re.compile(r"(\d{4})-([QH])(\d)$")


def _last_period(st: _State, half: bool) -> tuple[int, int] | None:
    """The quarter (or half) reported on ("the latest quarter"), else the last one completed before the DCT."""
    m = QUARTER_VALUE.match(st.period or "")
    if m and (m.group(2) == "H") == half:
        return int(m.group(1)), int(m.group(3))
    if st.dct is None:
        return None
    cur = (st.dct.month - 1) // (6 if half else 3)  # completed periods this year
    return (st.dct.year, cur) if cur else (st.dct.year - 1, 2 if half else 4)


# (not "10 a.m. to 6 p.m.", "at 7 p.m. Monday", "8 p.m. EST"; but a word that only begins a sentence does: "wait until
# after 7 p.m. On Thanksgiving Day itself, roads are quieter")
# (written to open with the stop itself, so that re skips to the next one at once)
SENTENCE_END: Final = re.compile(r"[.!?](?<!\b[A-Z][.!?])(?<!\bv\.)(?<!\bvs\.)(?:(?<![ap]\.m[.!?])|(?<=\.)(?=\s+(?:On|In|The|It|He|She|They|We|But|And|"
                          r"At|By|After|Before|This|That|There|His|Her|Their|Its|Our)\s)"
                          # (or another word that is no zone, day or month, nor a place whose time it is: "begins at
                          # 6 a.m. Trains will run every five minutes", not "at 9 a.m. Eastern", "8 a.m. London time")
                          rf"|(?<=\.)(?=\s+(?!(?:{lx.WEEKDAY_FULL}|{lx.MONTH_ANY}|Eastern|Pacific|Central|Mountain|Atlantic|"
                          r"Local|Noon|Midnight)\b)[A-Z][a-z]+\s+(?!time\b)[a-z]))\s+(?=[A-Z\"“‘'(])|\n")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around text[start:end] begins and ends (at most 200 characters either side)."""
    lo = max(0, start - 200)
    before = [b.end() for b in SENTENCE_END.finditer(text, lo, start)]
    # (from the full stop of a time it ends with: "wait until after 7 p.m. On Thanksgiving Day itself")
    after = SENTENCE_END.search(text, end - 1 if end and text[end - 1] == "." else end, end + 200)
    return before[-1] if before else lo, (end if after.start() < end else after.start()) if after else end + 200


def _near_in_sentence(text: str, start: int, end: int, reach: int = 40) -> str:
    """The words within `reach` characters of text[start:end], in its sentence."""
    lo, hi = _sentence_bounds(text, start, end)
    return text[max(lo, start - reach):min(hi, end + reach)]


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (at most 200 characters either side)."""
    lo, hi = _sentence_bounds(text, start, end)
    return text[lo:hi]


# Where a sentence's clauses part: what one tells usually happens, another may tell of this year ("Campaigning
# typically slows over the Easter weekend, which falls in early April"); what one tells happened once, another may
# tell of every week ("were passed at 11.38pm, after opposition groups tabled amendments protecting library opening
# hours").
# (and ", and" before a subject pronoun or a name: "is out on 3 October, ..., and it arrives with the excitement
# publishers usually reserve for debuts", "on Thursday from 6pm to 8pm, and Ribblesdale High School is offering
# guided tours every morning" are two clauses each)
CLAUSE_JOINT: Final = re.compile(r",\s+(?:which|who|when|where|while|whereas|but|although|though|after|before|because|"
                          r"and\s+(?:it|they|he|she|we|I|you|there|[A-Z][a-z]+)(?=\s))\b|;")


def _clause(text: str, start: int, end: int) -> str:
    """The clause of the sentence around text[start:end] (parted at CLAUSE_JOINT)."""
    lo, hi = _sentence_bounds(text, start, end)
    joints = [j.end() for j in CLAUSE_JOINT.finditer(text, lo, start)]
    following = CLAUSE_JOINT.search(text, end, hi)
    return text[joints[-1] if joints else lo:following.start() if following else hi]


START_OR_DEADLINE_BEFORE: Final = re.compile(r"(?i:\b(?:from|starting(?:\s+in)?|beginning(?:\s+in)?|as\s+early\s+as|by)\s+)$")


def _ordinal_year(st: _State, text: str, m, n: int, half: bool) -> int:
    """The year of "the second quarter" or "Q2" said without one: the latest such quarter (a results report), or
    with a firm future a quarter to come ("set to shut by the end of the first quarter", in October: next
    year's; not "will report third-quarter results" in October, the quarter just ended)."""
    cur = (st.dct.month - 1) // (6 if half else 3) + 1
    if st.last_day is not None and st.last_day > st.dct and st.last_day.year > st.dct.year \
            and st.last_end == st.last_day_end and not _broken(text, st.last_day_end, m.start()) \
            and (st.last_day.month - 1) // (6 if half else 3) + 1 == n:
        # "OPEC+ ministers hold an online meeting on Jan. 4 to review output targets for the first quarter", written
        # in December: the quarter of the day to come just told
        return st.last_day.year
    y = st.dct.year if n <= cur else st.dct.year - 1
    if n > cur and n == (cur - 2) % (2 if half else 4) + 1 and (RESULTS_AFTER.match(text, m.end())
                                                               or RESULTS_FOR_BEFORE.search(text, m.start() - 40, m.start())):
        # the period just ended, last year's, whose figures are reported now, whatever the tense: "Analysts expect
        # fourth-quarter deliveries to have fallen", "will post fourth-quarter results on Tuesday" (in February),
        # "Gross domestic product figures for the fourth quarter are due Jan. 30"
        return y
    if FIGURE_FROM_PERIOD_BEFORE.search(text, m.start() - 50, m.start()):
        return y  # "growth of 9.4%, down from 13.1% in the third quarter": a figure already seen, whatever the tense
    if n == cur + 1 and "fiscal" not in text[m.start() - 8 if m.start() > 8 else 0:m.end()].lower() \
            and not ends_at(text, "from ", 0, m.start()) \
            and not ((RESULTS_OF_PERIOD_BEFORE.search(text, m.start() - 40, m.start()) or RESULTS_AFTER.match(text, m.end()))
                     and tense_at(text, m.start(), m.end()) == "past"):
        # the quarter or half after the DCT's is the one about to begin, whatever the tense: "Buyers said demand for
        # the fourth quarter was strong", "Forward freight agreements for the fourth quarter traded at $1,300", in
        # August (last year's is told with its year; a fiscal quarter's months are the company's; a figure compared
        # from, "rose 3% from the second quarter", or one reported of it, "Net income in the third quarter was $4.2
        # million", is of one gone by)
        return st.dct.year
    if n > cur and ((tense := tense_at(text, m.start(), m.end())) == "future" or tense is None
                    and START_OR_DEADLINE_BEFORE.search(text, m.start() - 24, m.start())):
        # "would begin in the second quarter", in February: this year's, still to come; so "sees room to begin
        # cutting from the second quarter", "by the third quarter" with no tense of their own
        return st.dct.year
    if not half and (n < cur - 1 or n > cur) and (cue := tense_cue(text, m.start(), m.end()))[0] == "future" \
            and (cue[1] or n < cur - 1):
        # (a quarter two or more back is no quarter to come, firm or not: "Brokers expect to update their estimate
        # in the first quarter", in December, is next year's)
        y += 1
    return y


# a figure a change is counted from ("up from about 60% ", "down from 13.1% "), before the day or period it was of
_FIGURE_FROM: Final = (r"\b(?:up|down|rising|falling|rose|fell|dropped|climbed|compared)\s+(?:from|with)\s+"
                r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|[a-z]+)?\s+")
FIGURE_FROM_PERIOD_BEFORE: Final = re.compile(rf"(?i:{_FIGURE_FROM}(?:in|for|during)\s+)$")
# the figures of a period reported ("fourth-quarter results", "second-half earnings"; "figures for the fourth quarter")
RESULTS_FOR_BEFORE: Final = re.compile(r"\b(?i:results|earnings|profits?|revenues?|sales|deliveries|shipments|losses|figures|numbers|"
                                r"output|growth|GDP|data|estimates?)\s+for\s+$")  # (or opening a sentence: "Results for")
RESULTS_OF_PERIOD_BEFORE: Final = re.compile(r"\b(?i:results|earnings|profits?|revenues?|sales|income|losses|figures|output|growth|GDP)\s+"
                                      r"(?:in|for|during|of)\s+$")
RESULTS_AFTER: Final = re.compile(r"(?:\s+(?:[a-z]+\s+)?)(?:results|earnings|profits?|revenues?|sales|deliveries|shipments|losses|loss|"
                           r"figures|numbers|output|growth|GDP)\b")


def _sporting(st: _State, text: str) -> bool:
    """Whether the text uses the words of sport (SPORT_SCAN) at all."""
    if st.sport_words is None:  # counted once per text
        st.sport_words = lx.sport_word_count(text.lower())
    return st.sport_words > 0


def _about_a_game(st: _State, text: str, start: int, end: int) -> bool:
    """Whether a "half" or "quarter" is a part of a game: its sentence, or the whole text, is about one."""
    if lx.GAME_PART_AFTER.match(text, end):
        # ("scored early in the second half on Sunday"; not "reported results for the third quarter on Wednesday")
        return not (text[end:end + 1] == " " and FIGURES_FOR_BEFORE.search(text, start - 40, start))
    if not _sporting(st, text) or st.sport_words >= lx.SPORT_DOCUMENT_WORDS:
        return bool(st.sport_words)
    sentence = " " + _sentence(text, start, end).lower()
    return any(w in sentence for w in lx.SPORT_WORDS)


HALF_SIDES: Final = {"front": "first", "back": "second"}  # "the front half", "the back half" (of a year)
FIGURES_FOR_BEFORE: Final = re.compile(r"(?i:\b(?:results|earnings|profits?|revenues?|sales|losses|income|figures|forecasts?|"
                                r"guidance|outlook)\s+(?:for|in)\s+)$")
CONTRAST_BETWEEN: Final = re.compile(r"\s*,?\s*(?:rather\s+than|instead\s+of|and\s+not|not|as\s+opposed\s+to)\s+(?:in\s+)?")


LONGER_PERIOD_AFTER: Final = re.compile(r"\s+of\s+(?:(?:the|this)\s+(?P<u>(?i:decade|century))\b|the\s+(?:(?P<c>1\d|20)(?P<d>\d)|'(?P<s>\d))0s\b)")


def r_quarter(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    res = _quarter(m, p, st, text)
    if res is not None and res.mod is None and (part := _opt(m, p + "pmod")) and QUARTER_VALUE.match(res.value):
        res = dataclasses.replace(res, mod=_mod(part))  # "by the end of the first quarter"
    return res


MONTH_RANGE_BEFORE: Final = re.compile(rf"\b(?:[Bb]etween|[Ff]rom)\s+(?P<m1>{lx.MONTH_FULL})\s+(?:and|to|through|until|till|-|–)\s+$")


def _months_told(text: str, st: _State) -> str:
    """What follows the year in the value of the month or season told last (st.last_value): "-12", "-FA"; for a
    range of months ending in that month ("between January and March"), the quarter or half it spans ("-Q1",
    "-H2"), else the whole year ("" for "between April and September")."""
    r = st.last_value[5:].isdigit() and MONTH_RANGE_BEFORE.search(text, st.last_start - 40, st.last_start)
    if not r:
        return st.last_value[4:]
    first, last = _month(r.group("m1")), int(st.last_value[5:])
    if last - first == 2 and first % 3 == 1:
        return f"-Q{last // 3}"
    if last - first == 5 and first in (1, 7):
        return f"-H{last // 6}"
    return ""


def _quarter(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    ordinal, unit = m[p + "ord"], m[p + "u"].lower()
    if ordinal and ordinal.lower() in HALF_SIDES:
        if unit != "half":
            return None  # ("the back quarter")
        ordinal = HALF_SIDES[ordinal.lower()]  # "something better in the back half of the year": the second
    explicit, said = m[p + "y"] or m[p + "yr"], None
    if not explicit and (ref := m[p + "yref"]) and (said := _year_ref(st, ref))[0] is not None:
        explicit = str(said[0])  # "the second quarter of last year": the year is given, if not in figures
    if not explicit and m[p + "ty"] and st.dct:
        explicit, said = str(st.dct.year), (st.dct.year, "dct")  # "the second half of the year": this one
        if ordinal and ordinal.lower() in lx.ORDINALS and unit in ("quarter", "half"):
            n = min(lx.ORDINALS[ordinal.lower()], 2 if unit == "half" else 4)
            first_month = (n - 1) * (6 if unit == "half" else 3) + 1
            if first_month >= st.dct.month and tense_at(text, m.start(), m.end()) == "past":
                # "carried out fewer than half the inspections required in the last quarter of the year", written in
                # March: that quarter of this year has not begun, so it is last year's; so too one in its first month
                # ("added to the heat in the first half of the year", written on 10 January)
                explicit, said = str(st.dct.year - 1), (st.dct.year - 1, "dct")
    if not explicit and ordinal and (told := QUARTER_VALUE.match(st.last_value or "")) \
            and CONTRAST_BETWEEN.fullmatch(text, st.last_end, m.start()):
        explicit, said = told.group(1), (int(told.group(1)), "previous")  # "the fourth quarter of 2027 rather than
        # the second quarter": an alternative in the same year
    if not ordinal and not (m[p + "det"] or explicit and not m[p + "ty"]):
        return None  # "quarter" alone: "a quarter of the troops", "about half of the year was lost"
    if unit == "half" and (starts_at(text, " term", m.end()) or starts_at(text, "-", m.end())
                           and not starts_at(text, "-year", m.end())):
        return None  # "the half-term holidays": a school break; "walks the half-mile to the shop", "the half-hour"
    if unit == "quarter" and text.startswith(("-final", "-Final", "-FINAL"), m.end()):
        return None  # "a fortnight between the first quarter-final and the final": a round of a tournament
    if unit == "period" and not (ordinal or explicit or m[p + "ago"] or m[p + "latest"]):
        return None  # "the period" alone names nothing
    if unit == "period" and not (m[p + "det"] or m[p + "latest"]
                                 or explicit and (ordinal or m[p + "ago"] or m[p + "yr"] or m[p + "yrel"])):
        # "during first period", "my first-period class": a lesson of the school day; "before the first pay period of
        # 2027", "the reporting period of 2026": a period of a kind the word before names, no quarter (the year is
        # read on its own)
        return None
    # (after the cheap tests above, since this one may read the whole text)
    if not explicit and (unit != "period" or ordinal) and _about_a_game(st, text, m.start(), m.end()):
        return None  # "scored early in the second half": a part of the game
    half = unit == "half"
    if ordinal and not explicit and unit != "period" and (longer := LONGER_PERIOD_AFTER.match(text, m.end())):
        # "the first half of the decade", "the second half of the century", "the last half of the '80s": its start
        # or end, not a year's half
        n = min(lx.ORDINALS[ordinal.lower()], 2 if half else 4)  # ("the last half": the second)
        last = n == (2 if half else 4)
        if n != 1 and not last or longer.group("u") and st.dct is None:
            return None
        if longer.group("u"):
            value, kind = str(st.dct.year)[:3 if longer.group("u").lower() == "decade" else 2], "dct"
        elif longer.group("c"):
            c, d = longer.group("c"), longer.group("d")
            value, kind = (c if d == "0" and c < "20" else c + d), None  # (as r_decade reads "the 1800s")
        else:
            d = int(longer.group("s"))
            value, kind = ("20" if st.dct and 2000 + d * 10 <= st.dct.year else "19") + str(d), None
        return _Res("DATE", value, "END" if last else "START", kind, span=(m.start(), longer.end()))
    if ordinal:
        n = min(lx.ORDINALS[ordinal.lower()], 2 if half else 4)
        if explicit:
            y = int(explicit)
        elif st.dct is None:
            return None
        elif m[p + "yrel"]:
            y = st.dct.year + YEAR_STEP[m[p + "yrel"].lower()]
        else:
            y = _ordinal_year(st, text, m, n, half)
    else:
        if unit == "period" and explicit and st.span_last:
            # "for the nine months ... in the 1988 period": the same stretch of that year, not a quarter
            return _Res("DATE", explicit)
        same = "same" in (m[p + "latest"] or "").lower()
        if same and unit == "period" and st.last_value and MONTH_OR_SEASON_VALUE.match(st.last_value) \
                and not _broken(text, st.last_end, m.start()):
            # "online spending for November and December ... higher than the same period last year": the month
            # (or season) just told, in that year
            y = int(explicit) if explicit else int(st.last_value[:4]) - bool(m[p + "ago"] or _opt(m, p + "ay"))
            return _Res("DATE", f"{y}{_months_told(text, st)}", anchor_kind="previous", comparison=True)
        if same and unit == "period" and not explicit and st.last_value is not None and len(st.last_value) == 4 \
                and st.last_value.isdigit() and "\n" not in text[st.last_end:m.start()]:
            # "would cut emissions by 12% by 2035 from 2019 levels. ... 60% is needed over the same period": the
            # years just told in its paragraph, a stretch no quarter names
            return None
        told = QUARTER_VALUE.match(st.last_value or "")
        if told and same and ((told.group(2) == "H") == half or unit == "period"):
            # "the first quarter ... ahead of the same period last year": that quarter (or half), not the one
            # reported on
            y, n, half = int(told.group(1)), int(told.group(3)), told.group(2) == "H"
        elif same and unit == "period" and m[p + "y"]:
            # "Tourism revenue ... 1.5% above the same period in 2019", of a week's holiday: that year's, as no quarter
            # or half just told says which stretch of it
            return _Res("DATE", explicit)
        elif (last_period := _last_period(st, half)) is not None:
            y, n = last_period
        else:
            return None
        if explicit:
            y = int(explicit)
    if m[p + "ago"] or _opt(m, p + "ay"):
        y -= 1  # "the year-ago quarter", "the same period a year earlier"
    kind = said[1] if said else None if explicit else "previous" if QUARTER_VALUE.match(st.last_value or "") and not ordinal else "dct"
    span = None
    if m[p + "det"] and text[m.start(p + "u") - 1] == "-":
        # "the third-quarter loss": the article belongs to the noun the compound modifies
        span = (m.end(p + "det") + len(text[m.end(p + "det"):]) - len(text[m.end(p + "det"):].lstrip()), m.end())
    return _Res("DATE", f"{y}-{'H' if half else 'Q'}{n}", anchor_kind=kind, span=span, comparison=bool(m[p + "ago"] or _opt(m, p + "ay")), fiscal="fiscal" in m.group().lower())


def _figure_near(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] compares figures: a digit or a word of comparison in it."""
    near = max(0, start - 200)
    near = max([near] + [text.rfind(c, near, start) + 1 for c in ".!?\n"])
    if DIGIT.search(text, near, start) is not None:
        return True  # (a digit with no stop or line break after it is in the sentence: found without its bounds)
    lo, hi = _sentence_bounds(text, start, end)
    if DIGIT.search(text, lo, start) is not None or DIGIT.search(text, end, hi) is not None:
        return True  # (the usual case, found at once: the word search below tries its words at every letter)
    return COMPARISON_WORD.search(text, lo, start) is not None or COMPARISON_WORD.search(text, end, hi) is not None


COMPARISON_WORD: Final = re.compile(r"\b(?i:compared|than|from|versus|double|doubled|twice|triple|tripled|half|up|down|higher|"
                             r"lower|rose|fell|increase|increased|decrease|decreased)\b")


def _compared_period(st: _State, text: str) -> re.Match | None:
    """In a report on a quarter, the quarter a year-ago comparison counts from: the one reported on, not the
    year-ago one just mentioned ("$1.2 billion in the year-ago quarter ... up from a year earlier"). After a
    length of time ("for the nine months") the comparison is with that stretch of last year, not a quarter. The
    day the quarter ended on, told after it ("the third quarter, which ended on 30 September"), leaves it the one
    compared."""
    if QUARTER_VALUE.match(st.last_value or "") and not st.span_last:
        return QUARTER_VALUE.match(st.period or st.last_value)
    if st.period is not None and st.last_day is not None and st.last_value == _iso(st.last_day) \
            and not st.span_last and dates.end_date(st.period) == st.last_day and st.frame_end >= 0 \
            and ENDED_ON.fullmatch(text, st.frame_end, st.last_start):
        return QUARTER_VALUE.match(st.period)
    if st.period is not None and st.last_day is not None and st.last_value == _iso(st.last_day) \
            and dates.end_date(st.period) == st.last_day and st.period[5:6] == "Q" \
            and (months := MONTHS_ENDED_BEFORE.search(text, st.last_start - 30, st.last_start)) is not None \
            and months.group(1).lower() in QUARTER_MONTHS_WORDS:
        return QUARTER_VALUE.match(st.period)  # "results for the third quarter ... Revenue for the three months
        # ended Sept. 30 rose 18% from $1.2 billion a year earlier": the quarter, told again by its months
    if st.last_day is not None and st.last_value == _iso(st.last_day) and not st.span_last \
            and (months := MONTHS_ENDED_BEFORE.search(text, st.last_start - 30, st.last_start)) is not None \
            and st.last_day.month % (n := 3 if months.group(1).lower() in QUARTER_MONTHS_WORDS else 6) == 0 \
            and st.last_day.day == calendar.monthrange(st.last_day.year, st.last_day.month)[1]:
        # "net bookings of $1.62 billion for the three months ended Dec. 31, up 14 percent from a year earlier", "sold
        # 4,112 homes in the six months to June 30, down from 5,320 a year earlier": the calendar quarter or half
        # that ends on that day (not a fiscal one's "three months ended Sept. 28")
        return QUARTER_VALUE.match(f"{st.last_day.year}-Q{st.last_day.month // 3}" if n == 3
                                   else f"{st.last_day.year}-H{st.last_day.month // 6}")
    return None


# "the three months ended", "the six months to": a quarter or a half told by its months and its last day
MONTHS_ENDED_BEFORE: Final = re.compile(r"(?i:\b(three|3|six|6)[\s-]+months?\s+(?:ended|ending|to|through)\s+(?:on\s+)?)$")
QUARTER_MONTHS_WORDS: Final = ("three", "3")  # (lower-cased) the months of a quarter, as MONTHS_ENDED_BEFORE reads them
ENDED_ON: Final = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:ended|ends|ending)\s+(?:on\s+)?")


def r_yearago(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if m[p + "ytd"]:  # "the S&P 500's year-to-date gain": this year's
        return _Res("DATE", str(st.dct.year), anchor_kind="dct") if st.dct else None
    last = _compared_period(st, text)
    if last:
        return _Res("DATE", f"{int(last.group(1)) - 1}-{last.group(2)}{last.group(3)}", anchor_kind="previous",
                    comparison=True)
    if st.dct is None:
        return None
    return _Res("DATE", str(st.dct.year - 1), anchor_kind="dct")


SINCE_BEFORE: Final = re.compile(r"(?i:\bsince\s+)$")
SINCE_THING_IN_BEFORE: Final = re.compile(r"\b(?i:since)\s+(?:[\w'’-]+\s+){1,4}(?i:in|of)\s+$")  # "since Storm Éowyn in "


def r_yearend(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if st.dct is None:
        return _Res("DATE", "XXXX", "END")
    if (told := _year_told(st, text, m.start(), m.end())) is not None:
        return _Res("DATE", str(told), "END", "previous")  # "In 2024, losses reached $16 billion by year-end"
    # "since year-end", "net income at year-end was": a year end gone by is last year's
    since = SINCE_BEFORE.search(text, m.start() - 10, m.start())
    tense = None if since else tense_at(text, m.start(), m.end())
    gone = since or tense == "past"
    return _Res("DATE", str(st.dct.year - 1 if gone else st.dct.year), "END", "dct", tense)


# After "by mid-month" and the like, a word that makes it a modifier of a noun ("in mid-year trading", "at
# mid-month levels"); function words may follow an expression ("by mid-month, prices had ...", "by midyear and")
MID_MODIFIER_AFTER: Final = re.compile(r"[\s-]+(?!(?:and|or|but|when|as|to|at|on|in|after|before|if|with|the|a|an|this|next|last|"
                                r"his|her|its|their|he|she|it|they|we|there|amid|despite|because|while|so|than|from|for|"
                                r"of|by|is|was|were|are|will|would|could|should|has|had|have)\b)[a-z]")
MID_SHIFT: Final = {  # unit: (the DCT's place in it, below which a middle gone by is the one before; above which one to
    # come is the next), as day of month, weekday, month, year of the decade (of the century)
    "month": (10, 20), "week": (1, 3), "year": (5, 8), "decade": (4, 6), "century": (20, 60)}


def r_midunit(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    """"by mid-month", "at midyear", "until midweek", "by mid-decade" (mod MID): the month or week told last in
    the sentence ("return on Jan. 5 and hope to finish by mid-month"), else the DCT's month, week, year or
    decade, or the one before (after) it when the tense points back (ahead) and the DCT is early (late) in it."""
    if MID_MODIFIER_AFTER.match(text, m.end()):
        return None  # a modifier of the noun after it
    unit = m[p + "u"].lower()
    if st.dct is None:
        return _Res("DATE", {"month": "XXXX-XX", "week": "XXXX-WXX", "year": "XXXX", "decade": "XXX", "century": "XX"}[unit], "MID")
    if unit == "year" and (told := _year_told(st, text, m.start(), m.end())) is not None:
        return _Res("DATE", str(told), "MID", "previous")  # "Sales in 2019 slowed by mid-year"
    if unit in ("month", "week") and st.last_value and 0 <= st.last_end <= m.start() \
            and not _broken(text, st.last_end, m.start()):
        base, kind = st.anchor(unit)
        if kind == "previous" and base is not None:
            return _Res("DATE", _at_unit(base, unit), "MID", "previous")
    dct, tense = st.dct, tense_at(text, m.start(), m.end())
    place = {"month": dct.day, "week": dct.weekday(), "year": dct.month, "decade": dct.year % 10, "century": dct.year % 100}[unit]
    low, high = MID_SHIFT[unit]
    n = -1 if tense == "past" and place < low else 1 if tense == "future" and place > high else 0
    if unit in ("decade", "century"):  # "reach net zero by mid-century"
        return _Res("DATE", str(dct.year // (10 if unit == "decade" else 100) + n), "MID", "dct", tense)
    return _Res("DATE", _at_unit(_shift(dct, unit, n), unit), "MID", "dct", tense)


def r_qabbr(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    first = m[p + "n2"] is not None  # "1H25": the number first, as analysts write it
    unit, n = (m[p + "u2"], int(m[p + "n2"])) if first else (m[p + "u"], int(m[p + "n"]))
    if unit == "H" and n > 2:
        return None
    if first:  # the half or quarter of that year (of a fiscal year: "1H FY27")
        year = m[p + "y2"] or m[p + "yy2"]
        return _Res("DATE", f"{year if len(year) == 4 else '20' + year}-{unit}{n}", fiscal=m[p + "yy2"] is not None)
    if m[p + "y"]:
        return _Res("DATE", f"{m[p + 'y']}-{unit}{n}", fiscal="f" in m.group().lower())
    if _opt(m, p + "yy"):
        # "Q4 FY26": as "the fourth quarter of fiscal 2026" is
        return _Res("DATE", f"20{m[p + 'yy']}-{unit}{n}", fiscal=True)
    if st.dct is None or not QUARTER_CONTEXT.search(text, m.start() - 12, m.start()):
        return None  # "Q2" alone only after "in", "for", "during" ...: not a model name or a grid square
    # "In Q2 alone, volumes fell": the latest such quarter, or one to come when a firm future says so
    return _Res("DATE", f"{_ordinal_year(st, text, m, n, unit == 'H')}-{unit}{n}", anchor_kind="dct")


QUARTER_CONTEXT: Final = re.compile(r"(?i:\b(?:in|for|during|by|of|and|from|to|until|through|since)\s+)$")


def r_twoyear(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if m[p + "fy"]:
        return _Res("DATE", f"20{m[p + 'yy']}", fiscal=True)
    y1, y2 = int(m[p + "y1"]), int(m[p + "y2"])
    before = text[m.start() - 12 if m.start() > 12 else 0:m.start()]
    if before.rstrip().endswith(NOT_YEAR_ENDS) and lx.NOT_YEAR_BEFORE.search(before):
        return None  # "Resolution 2026-41", "No. 2024-118": a document's number
    if y1 < 1900 and lx.NOT_YEAR_AFTER.match(text[m.end():m.end() + 40]):
        return None  # "1700-1800 members": a count (a span of years before 1900 is read too: "the 1850-1900 average")
    if y2 > 99 and not (y2 == y1 + 1 and _opt(m, p + "kind")):
        # "from 2019-2024", "in 2024-2025": a range of years, each its own expression (the second is read next);
        # but "the 2019-2020 season" is one, as "the 2019-20 season" is
        return _Res("DATE", str(y1), span=(m.start(p + "y1"), m.end(p + "y1"))) if y2 > y1 else None
    y2 %= 100
    if (y1 + 1) % 100 != y2:
        # "between 2010-14", "the 1914-18 war", "(2019–21)": a span of years, not one that straddles two; its first
        # year here, the second after it (_year_list). Not "2024-03" (a month as ISO writes it, or no later year),
        # nor "2010/12" (a day or a month)
        return _Res("DATE", str(y1), span=(m.start(p + "y1"), m.end(p + "y1"))) if _years_ranged(m, p, y1, y2) else None
    if (season := _opt(m, p + "s")) is not None:
        s = lx.SEASONS[season.lower()]  # "the 2013-14 winter"
        return _Res("DATE", f"{_split_year_season(y1, s)}-{s}")
    # "the 2024-25 financial year", "the 2025/26 academic year": named for the year it ends in, as "FY2025" is (a
    # school year too, as twelve of fifteen in the fixtures and hand sets write it)
    return _Res("DATE", str(y1 + 1), fiscal=True)


def _years_ranged(m, p: str, y1: int, y2: int) -> bool:
    """Whether "2010-14" is a span of years: the second later in the first's century, and past the months when a
    slash could make it a month or a day."""
    if m[p + "fy"] or _opt(m, p + "kind") or y2 <= y1 % 100:
        return False
    sep = m.string[m.end(p + "y1")]
    return sep != "/" and (y2 > 12 or sep == "–")


YEAR_AFTER: Final = re.compile(r"[-–](?P<yy>\d\d)(?!\d)")


def _year_list(text: str, pos: int, out: list[Timex], st: _State) -> int:
    """The second year of "2010-14", read after the first (r_twoyear): its own expression, in the first's century."""
    c = YEAR_AFTER.match(text, pos)
    first = out[-1].value
    if c is None or len(first) != 4 or not first.isdigit():
        return pos
    value = first[:2] + c.group("yy")
    s, e = c.span("yy")
    out.append(_timex(s, e, text[s:e], "DATE", value, None, "year-list", first, "previous", None))
    _remember(st, value, s, e, "year-list")
    return e


# (a sports season's two years are written either way: the fixtures give the second three times, helpers the first)
def _split_year_season(y1: int, s: str) -> int:
    """The year of a season named with two years ("the winter of 2013-14", "spring 2019-20"): a winter or autumn
    starts in the first, a spring or summer falls in the second."""
    return y1 if s in ("WI", "FA") else y1 + 1


def r_decade(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if m[p + "c"] and m[p + "d"] == "0" and m[p + "c"] < "20":
        value = m[p + "c"]  # "the 1800s", "the early 1900s": the century (but "the 2000s" is a decade)
    elif m[p + "c"]:
        value = m[p + "c"] + m[p + "d"]
    else:
        d = int(m[p + "s"])
        cur = st.dct.year if st.dct else 2000
        value = ("20" if 2000 + d * 10 <= cur else "19") + str(d)
    return _Res("DATE", value, _mod(m[p + "mod"]))


def _spelled_number(tens: str, ones: str | None) -> int:
    t = tens.lower()
    n = lx.SPELLED_TEENS.get(t) or 10 * lx.SPELLED_DECADES[t]
    return n + (lx.NUMBER_WORDS[ones.lower()] if ones else 0)


def r_spelled(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if m[p + "dec"]:
        return _Res("DATE", f"19{lx.SPELLED_DECADES[m[p + 'dec'].lower()]}")
    if m[p + "k"]:
        if not m[p + "the"]:
            return None  # "two thousand troops": a number, not a year
        year = 2000 + (lx.NUMBER_WORDS[m[p + "ko"].lower()] if m[p + "ko"] else 0)
    else:
        year = 1900 + _spelled_number(m[p + "t"], m[p + "o"])
    if lx.NOT_YEAR_AFTER.match(text[m.end():m.end() + 40]):
        return None
    mon = m[p + "mon"]
    return _Res("DATE", f"{year}-{_month(mon):02d}" if mon else str(year))


def r_century(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    n = int(m[p + "n"]) if m[p + "n"] else lx.CENTURY_ORDINALS[SPACES.sub(" ", m[p + "w"].lower())]
    return _Res("DATE", f"{'BC' if m[p + 'bc'] else ''}{n - 1:02d}", _mod(m[p + "mod"]))  # "the 4th century BC": BC03


def r_allunit(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if m[p + "u"][0].isupper():
        return None  # "the All Day Cafe": a name
    # "all day", "all week long", "clocks run on UTC all year" (not "all year round", a habit rather than a stretch)
    return _Res("DURATION", "P1" + lx.UNITS[m[p + "u"].lower()])


def r_turn(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    """"the turn of the century": the first year of a century (as 1900, 2000), the one nearest the years told
    around it: a year written later in its sentence ("from the turn of the century to the early 1920s": 1900),
    else the last date told in the paragraph ("plaster casts made in the 1860s ... date from the turn of the
    century"), else the DCT ("By the turn of the century, the paper still made money"); "the last century"'s is
    the one before the DCT's century, "the 20th century"'s 1900."""
    which = (m[p + "which"] or "").lower()
    if which[:2].isdigit() or which.startswith("twent"):
        return _Res("DATE", "1900" if which.startswith(("20", "twentieth")) else "2000")
    if which in ("last", "previous", "past", "next", "new", "this"):
        if st.dct is None:
            return None
        step = {"last": -1, "previous": -1, "past": -1, "next": 1, "new": 1}.get(which, 0)
        return _Res("DATE", f"{(st.dct.year // 100 + step) * 100:04d}", anchor_kind="dct")
    later = YEAR_WRITTEN.search(text, m.end(), _sentence_bounds(text, m.start(), m.end())[1])
    v = st.last_value
    if later is not None:
        year, kind = int(later.group()), None
    elif v and v[:3].isdigit() and st.last_end >= 0 and "\n\n" not in text[st.last_end:m.start()]:
        year, kind = (int(v) * 10 + 5 if len(v) == 3 else int(v[:4])), "previous"  # (a decade: its middle)
    elif st.dct is not None:
        year, kind = st.dct.year, "dct"
    else:
        return None
    return _Res("DATE", f"{(year + 50) // 100 * 100:04d}", anchor_kind=kind)  # the turn nearest that year


YEAR_WRITTEN: Final = re.compile(r"(?<![\d,.$£€])1\d\d\d(?!\d)|(?<![\d,.$£€])20\d\d(?!\d)")


def r_era(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    y = int((m[p + "y1"] or m[p + "y2"]).replace(",", ""))
    if not 1 <= y <= 9999:
        return None
    bc = (m[p + "era"] or "").startswith("B")
    return _Res("DATE", f"{'BC' if bc else ''}{y:04d}", "APPROX" if m[p + "q"] else None)  # "44 BC": BC0044


def _numbered_day_lead(text: str, i: int) -> bool:
    """Whether the words before text[i] on its line number the day of a diary, a trek or a trial that the date heads
    ("Day 9, Sunday 5 October", "**Day 3 – Wednesday, June 4**")."""
    line = text.rfind("\n", 0, i) + 1
    return 4 < i - line < 24 and NUMBERED_DAY_LEAD.fullmatch(text, line, i) is not None


NUMBERED_DAY_LEAD: Final = re.compile(r"[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?i:day)[ \t]+\d{1,3}[ \t]*[,:–—-][ \t]*")


def _titled_day_heading(text: str, start: int, end: int) -> bool:
    """Whether the day at text[start:end], leading its line, heads it with a title, the line a heading in bold type
    or after "#", or the day written in capitals: "**Wednesday, June 11: Energy, trade and the draft pact**", "##
    Friday 1 August — Day one", "FRIDAY, MARCH 13 — Consolation and semifinals"."""
    line = text.rfind("\n", 0, start) + 1
    if text.startswith(("**", "__"), line):
        return DAY_TITLE_BOLD_AFTER.match(text, end) is not None
    return (starts_at(text, "#", line) or line == start and text[start:end].isupper()) \
        and DAY_TITLE_AFTER.match(text, end) is not None


# (or the end of a span of days the section is of: "**Monday 13 July to Thursday 16 July**")
DAY_TITLE_BOLD_AFTER: Final = re.compile(r"(?:[ \t]*[:—–][ \t]*|[ \t]+(?:to|until|through|[-–—])[ \t]+)[^\n*_]{1,80}(?:\*\*|__)[ \t]*(?:\n|$)")
DAY_TITLE_AFTER: Final = re.compile(r"(?:[ \t]*[:—–][ \t]*|[ \t]+(?:to|until|through|[-–—])[ \t]+)[^\n]{1,80}(?:\n|$)")


def _in_day_section(st: _State, text: str, start: int, plain: bool = False) -> bool:
    """Whether text[start] is in the section a day heads ("## Friday 1 August"), before the next heading (after "#",
    in bold type, or a short line alone: "THE WEEK AHEAD"); with plain, a day alone on its line heads one too
    ("THURSDAY\n\nGerman carmaker Brennan-Ludwig posts results at 7 a.m. ET")."""
    return st.heading_day is not None and st.heading_end < start and "\n#" not in text[st.heading_end:start] \
        and (plain or starts_at(text, "#", text.rfind("\n", 0, st.heading_end) + 1)) \
        and not _bold_heading(text, st.heading_end, start) and PLAIN_HEADING.search(text, st.heading_end, start) is None


def _past_section_day(st: _State, text: str, start: int) -> Day | None:
    """The day gone by that the section text[start] is in heads, alone on its line, when the section tells it as it
    was then: a diary's or a log's day ("Day 14, Friday 10 October\n\nWalked the last 25km this morning", written
    two days later), whose "this morning", "yesterday" and weekdays are told from it."""
    if st.heading_day is None or st.dct is None or st.heading_day >= st.dct or not _in_day_section(st, text, start, plain=True):
        return None
    return st.heading_day


PLAIN_HEADING: Final = re.compile(r"\n[ \t]*\n[ \t]*[A-Z][^\n.!?:;,\"“]{0,38}\n")  # "\n\nHome\n\n", "\n\nLooking back\nTwo weeks was"


def _bold_heading(text: str, start: int, end: int) -> bool:
    """Whether a line wholly in bold type, a heading, lies between text[start] and text[end]."""
    return ("\n**" in text[start:end] or "\n__" in text[start:end]) and BOLD_LINE.search(text, start, end) is not None


BOLD_LINE: Final = re.compile(r"\n(?:\*\*|__)[^\n]{1,100}?(?:\*\*|__)[ \t]*\n")  # "**When will Pemberton play?**"


DAY_AT_CLOCK: Final = re.compile(r",?\s+(?:at|from|between|until|till|by|before|after)\s+(?:about\s+|around\s+|approximately\s+)?")  # between a day and its clock time


def _time_day(st: _State, start: int, text: str, end: int | None = None) -> tuple[Day | None, str | None]:
    """The day a clock time belongs to: a day named earlier in the same sentence, or in the same paragraph when
    that is not the DCT ("The update began at 23:05 on June 3. By 23:40, ..."), else the DCT."""
    if st.last_day is not None and st.last_end == st.last_day_end and 0 < start - st.last_day_end <= 12 \
            and (DAY_AT_CLOCK.fullmatch(text, st.last_day_end, start) is not None
                 or RANGE_JOIN.fullmatch(text, st.last_day_end, start) is not None and _time_of_last_day(st, text, start)):
        return st.last_day, "previous"  # "has set aside Saturday at 11 a.m. as a makeup date", "closed on Sunday, March
        # 8 between 7am and 3pm": that day's, whatever the tense; so is the end of a range from a time of it (past
        # midnight, the day after: see _clock_value)
    if st.heading_day is not None and (_line_start(text, start) or _in_list_item(text, start) or _labelled_line(text, start)) \
            and not (st.last_day is not None and st.last_end == st.last_day_end and "\n" not in text[st.last_day_end:start]
                     and _line_lead(text, st.last_start)):
        # "TUESDAY, JAN. 7\n\n8:30 a.m., Courtroom 5B: Jury selection ...", "MONDAY, SEPT. 8\n\n- New York Fed
        # survey, 11 a.m. ET." (not when the item names its own day: "- Monday: Opening ceremony at 6pm")
        return st.heading_day, "previous"
    if _in_day_section(st, text, start, plain=True) and (
            st.heading_day == st.last_day or st.reported_on and st.last_day is not None and st.last_day < st.heading_day
            and _broken(text, st.last_day_end, start) and tense_at(text, start, start) != "past"):
        # (nor does a report's day told in the section end it: "diplomats said Saturday that two clauses remained
        # unresolved.\n\nSherpas will meet at 7 a.m.")
        # "## Friday 1 August\n\nGates open at 3pm, with music from 4pm until 11pm": the section the day heads, until
        # another heading or another day told
        return st.heading_day, "previous"
    if st.last_day is not None and _in_relative_clause(st, text, start):
        if _in_day_section(st, text, start, plain=True):
            # "**Friday 16 May – campaign ends**\n\nOfficial campaigning, which began on 4 May, must stop at
            # midnight": the day the section is of
            return st.heading_day, "previous"
        return st.dct, "dct" if st.dct else None
    if st.dct is not None and st.last_day is not None and st.last_day < st.dct and "at" in text[max(0, start - 12):start] \
            and _broken(text, st.last_day_end, start) and SAID_AT_CLOCK.search(text, max(0, start - 60), start):
        # '"We will not stop until every person is found," the director-general told reporters at the site at
        # midday': the saying, news of the DCT, not the day gone by the story told before
        return st.dct, "dct"
    if st.flashback_end == st.last_day_end and st.story_day is not None and start - st.story_day_end < NARRATIVE_REACH \
            and _broken(text, st.last_day_end, start) and not _past_perfect_before(text, start) \
            and (tense_at(text, start, start) or tense_at(text, start, end or start)) == "past":
        # "at 9:02 a.m. PST, an engineer started a migration. The change had been tested the previous Friday ... Even
        # after the lock cleared at 9:49 a.m.": back from the day gone back to, in the story's own day
        return st.story_day, "previous"
    if st.report_day and start - st.story_day_end < NARRATIVE_REACH and _broken(text, st.last_day_end, start) \
            and (tense_at(text, start, start) or tense_at(text, start, end or start)) == "past":
        # "A routine change ... on Tuesday knocked thousands of websites offline, the company said in a report
        # published late Wednesday.\n\nEngineers began rolling out the change at 8:52 a.m.": the story's day goes
        # on, not the day it was reported on
        return st.story_day, "previous"
    if st.prior_day is not None and st.prior_day_explicit and st.last_day is not None and st.dct is not None \
            and st.prior_day < st.last_day <= st.dct and (st.dct - st.last_day).days <= REPORT_NEAR_DCT \
            and (st.last_day - st.prior_day).days > REPORT_NEAR_DCT \
            and _heard_that(text, start, _broken(text, st.last_day_end, start)) \
            and _past_perfect_before(text, start):
        # "Callum died on Sunday 23 June 2024. The inquest in Truro yesterday heard that he had gone to the quarry at
        # about 3.30pm": what a hearing of the last few days heard had happened is of the day the story is of
        # ... and what a court heard, in a sentence of its own: "The trial heard that Mr Hourigan had left his house
        # shortly before 11pm", after "murdered on 26 December 2022 ... returned a verdict this afternoon"
        return st.prior_day, "previous"
    if st.last_day is not None and st.last_day_explicit and (
            not SENTENCE_BREAK.search(text[st.last_day_end:start]) or st.last_day != st.dct and "\n" not in text[st.last_day_end:start]) \
            and not QUOTE_END.search(text, st.last_day_end, start) \
            and not (st.dct is not None and (tense_at(text, start, start) == "past" if st.last_day > st.dct else
                                             st.last_day < st.dct and WILL_BEFORE.search(text, start - 100, start))):
        # (not a day said in a quotation the clock time is outside of: '"You have until Friday morning," Rhyne
        # said at a 2 p.m. briefing'; nor a day to come when the verb of the time is past: "will be released on
        # Friday, June 4, and pre-orders opened at 9 a.m."; nor a day gone by when it is future: "was stabbed on
        # Saturday night, police said on Sunday. They will hold a news conference at 3pm")
        return st.last_day, "previous"
    if st.last_day is not None and st.last_day_explicit and st.dct is not None and st.last_day < st.dct \
            and start - st.last_day_end < NARRATIVE_REACH and not (st.last_value_counted and _said_in_closed_quotation(text, st.last_day_end, start)) \
            and (tense_at(text, start, start) == "past" or TIMELINE_INTRO.search(text, st.last_day_end, start) is not None
                 and "\n" in text[st.last_day_end:start] or end is not None
                 and (st.dct - st.last_day <= RECENT_STORY or st.last_end == st.last_day_end)
                 and not _line_start(text, start) and tense_at(text, start, end) == "past"):
        # A story told of days gone by goes on in them: "At 01:12 on 4 June, blood was taken ... The sample
        # reached the laboratory at 01:38."; so too yesterday's ("left it late on Saturday ... The 3pm kickoff
        # was pushed back", written on Sunday). A recent day's clock time is read with its own words, which may
        # hide the verb after it: "an outage ... on Tuesday.\n\nThe disruption, starting around 9:15 a.m. ET (1315
        # GMT), hit services" (not a time heading a live blog's entry); so is one right after a day long gone: "That
        # ended on Aug. 19 last year.\n\nAt 8:52 a.m., a de Havilland Beaver ... clipped the water"
        return st.last_day, "previous"
    if st.last_day is not None and st.last_day_explicit and st.dct is not None \
            and st.dct < st.last_day and (st.last_day <= st.dct + SCHEDULE_AHEAD or _time_of_last_day(st, text, start)) \
            and start - st.last_day_end < NARRATIVE_REACH \
            and ((ahead_tense := tense_at(text, start, start)) == "future" or ahead_tense is None and not _line_start(text, start)) \
            and _in_quotation(text, start) is None \
            and not _said_in_closed_quotation(text, st.last_day_end, start) \
            and not (st.heading_day == st.last_day and _bold_heading(text, st.last_day_end, start)):
        # A day to come that the story is about goes on too: "The house will go under the hammer on Saturday,
        # August 23 ... The auction will be held on site at 10am"; so it does where nothing tells a tense, as a
        # schedule is told ("on track for liftoff Thursday ...\n\nThe instantaneous launch window is at 4:37 a.m.
        # EDT", "Date: Tuesday 21 January 2025\nTime: 6.00pm"), but for a time heading a line, a live blog's entry.
        # Not '"Wait until 6pm," said one'; nor after a day said in a quotation: '"Stock up today, stay off the roads
        # tomorrow." ... would issue a forecast by 4 p.m.';
        # nor after a heading in bold type that ends the section a day heads: "*Sunday 12 July*\n\n...\n\n**When
        # will Pemberton play?**\n\nThe first semi-final starts at 1.30pm".
        return st.last_day, "previous"
    if st.dct is not None and st.last_day is not None and st.last_day > st.dct and st.prior_day is not None \
            and st.prior_day_explicit and (st.dct - st.prior_day).days == 1 and not st.dct_told \
            and start - st.last_day_end < NARRATIVE_REACH \
            and (tense_at(text, start, start) or tense_at(text, start, end or start)) == "past":
        # "The Dáil passed the Bill last night, clearing the way for a cap to take effect from September 1st.\n\nThe
        # vote, at 10.42pm, followed a guillotine motion": what was done at a time is of yesterday's story, not of the
        # day to come told since (nor of today, where today has been told: "June 15 ... at 10:42 a.m. in Tokyo, up
        # 1.1% from Monday's close ... its meeting ending on Friday ... told reporters at about 11:30 a.m.")
        return st.prior_day, "previous"
    return st.dct, "dct" if st.dct else None


# a time of day between the small hours and the evening: "10:26 a.m.", "at noon", "14:30", "3pm"
DAYTIME_CLOCK: Final = re.compile(r"(?i:\b(?:(?:[6-9]|1[01])(?:[:.][0-5]\d)?\s*a\.?m\b|(?:12|[1-5])(?:[:.][0-5]\d)?\s*p\.?m\b|"
                           r"(?:0[6-9]|1[0-7])[:.h][0-5]\d\b(?!\s*[ap]\.?m\b)|noon|midday))")


def _time_of_last_day(st: _State, text: str, start: int) -> bool:
    """Whether the last thing told, in the section `start` is in, is a time of day of the last day told ("In Spain
    totality begins around 8.27pm local time"): a story of that day, however far ahead, is being told hour by hour."""
    v = st.last_value
    return v is not None and len(v) > 11 and v[10] == "T" and v[11].isdigit() and st.last_day is not None \
        and v.startswith(_iso(st.last_day)) and not SECTION_HEADING.search(text, st.last_end, start)


SECTION_HEADING: Final = re.compile(r"\n[ \t]*(?:#|\*\*[^\n*]+\*\*[ \t]*\n)")  # "## Tickets", "**Launches**" alone on its line


def _said_in_closed_quotation(text: str, day_end: int, start: int) -> bool:
    """Whether the day that ends at day_end was told inside a quotation that closed before `start`: '"Twenty-four
    days ago we were sitting on the launch pad," Sato told a news conference at 11 a.m.' (the conference was not
    that day). Asked of a day counted back ("ago"): a day named in a quotation often is the story's own ('"Tonight
    we finally stopped pretending," Ruiz said. ... The meeting ended shortly after 11 p.m.')."""
    return _in_quotation(text, day_end - 1) is not None and QUOTE_END.search(text, day_end, start) is not None


# a verb of saying (and its hearers, and where) right before a clock time: "told reporters at the site at midday"
SAID_AT_CLOCK: Final = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|analysts|investors|a\s+news\s+conference|a\s+briefing|"
                           r"the\s+[a-z]+))(?:\s+(?:at|in|outside|on)\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?[a-z]+)?\s+at\s+(?:about\s+|around\s+)?$")
RECENT_STORY: Final = dt.timedelta(days=7)
WILL_BEFORE: Final = re.compile(r"\b(?:will|shall|won't|going\s+to|must(?!\s+have\b))\s[^.;!?\n]*$")  # a future told in the clause ("must be out by 4pm")
NARRATIVE_REACH: Final = 1500  # characters from the day last told: a few paragraphs
SCHEDULE_AHEAD: Final = dt.timedelta(days=31)  # how far ahead a day a story is planning for may lie
RELATIVE_OPEN: Final = re.compile(r",\s+(?:which|who|whose)\s[^,.;:!?\n]*$")
RELATIVE_CLOSE: Final = re.compile(r",\s")


def _in_relative_clause(st: _State, text: str, start: int) -> bool:
    """Whether the day last told is of a relative clause set off by commas, told in the past, that has closed
    before a clock time: "the transfer window, which opened on June 16, shuts at 11 p.m." dates the opening, not
    the shutting; "The fire, which was sparked by lightning on 2 January, was upgraded to an emergency warning at
    1.20pm" tells of the fire's start as its background, and the news at a time of day is the main clause's.
    (Not "the board, which meets on Tuesday, will vote at 10 a.m.", where the vote may well be at that meeting.)"""
    if st.last_end != st.last_day_end or not RELATIVE_CLOSE.match(text, st.last_day_end) \
            or _broken(text, st.last_day_end, start) \
            or RELATIVE_OPEN.search(text, st.last_start - 80, st.last_start) is None:
        return False
    return tense_at(text, st.last_start, st.last_end) == "past"


LATEST_BEFORE: Final = re.compile(r"\b(?i:latest)\b[^.;!?\n]*$")


def _clock_day(st: _State, m, p: str, text: str, minutes: int | None = None) -> tuple[Day | None, str | None, str | None]:
    """The day of a clock time: a weekday right after it ("10 p.m. Wednesday", "9 a.m. on Monday"), else the
    day named earlier in its sentence, else the DCT."""
    day: Day | None
    wd = _opt(m, p + "wd")
    after = lx.WEEKDAY_AFTER_TIME.match(text, m.end()) if wd is None else None
    if after is None and wd is None and ATTRIBUTIVE_BEFORE.search(text, m.start() - 4, m.start()):
        after = NOUN_THEN_WEEKDAY.match(text, m.end())  # "at a 7 a.m. meeting Tuesday": the meeting's day
    rel = ""
    if after is not None:
        wd, rel = after.group("wd"), _weekday_rel(after.group("rel"))  # "at 2:17 a.m. last Sunday"
    if wd is not None:
        # "8:30 a.m. on Thursday, Dec. 3", "10 p.m. Friday, Oct. 24": the date says which one
        wd_start, wd_end = (after.start("wd"), after.end()) if after is not None else (m.start(p + "wd"), m.end())
        dated = lx.DATE_AFTER_TIME.match(text, wd_end)
        if dated and "on" not in dated.group("on"):
            res = _day_in_month(st, text, wd_start, dated.end(), dated.group("mon") or dated.group("mon2"),
                                dated.group("day") or dated.group("day2"), wd, dated.group("y"))
            if res is not None and ISO_DAY.match(res.value):
                return Day.fromisoformat(res.value), res.anchor_kind, None
    if rel in ("that", "the") and st.last_day is not None:
        return _that_weekday(st, _weekday(wd), text, wd_start), "previous", None  # "at about 8.40pm that Sunday", "at 6.12am on the Saturday"
    if wd and st.dct:
        if st.last_day is not None and st.last_day >= st.dct and lx.CLOCK_RANGE_JOIN.fullmatch(text, st.last_day_end, m.start()):
            # "begins at 10 p.m. Friday and ends at 5 a.m. Monday": the end is the first Monday after the start
            return st.last_day + dt.timedelta(days=(_weekday(wd) - st.last_day.weekday()) % 7), "previous", None
        if not rel and after is None and st.live_blog and _entry_heading(text, m.start(), m.end()):
            # "**11.15pm** – Reports of homes lost ...\n\n**12.40am Sunday** – Halls Gap warning downgraded": a live
            # blog's entry is of its day or one near it, the nearest of that name; the entries after it are of that day
            st.dct += dt.timedelta(days=(_weekday(wd) - st.dct.weekday() + 3) % 7 - 3)
            st.dct_value = _iso(st.dct)
            st.timeline_minutes = minutes
            return st.dct, "dct", None
        if not rel and (said := _weekday_said(st, _weekday(wd), text, m.start())) is not None:
            return said, "previous", None  # "closed Tuesday ... flights after 8 p.m. Tuesday": that Tuesday
        if not rel and (until := _until_story_day(st, _weekday(wd), text, m.start())) is not None:
            return until, "previous", None
        day, tense = _weekday_day(st, _weekday(wd), rel, text, m.start(), m.end())
        if not rel:
            st.weekday_said[_weekday(wd)] = day, m.end()
        if after is not None and after.re is lx.WEEKDAY_AFTER_TIME and after.group("rh") and minutes is not None \
                and int(after.group("rh")) % 12 * 60 + 720 * (after.group("rampm")[0] in "pP") + int(after.group("rmin") or 0) < minutes:
            # "from 10pm until 1am on Saturday", "10pm local time – 1am on Saturday in London": the range, or the
            # time told again in another zone, runs past midnight into the day told; this time is of the day before
            day -= dt.timedelta(days=1)
        elif after is not None and minutes is not None and minutes < SMALL_HOURS_END * 60 and starts_at(text, " night", after.end()):
            day += dt.timedelta(days=1)  # "a night market that will run until 2am on Saturday night": that night's small
            # hours, the next day's
        return day, "dct", tense
    told = _range_end(text, m.end(), minutes)  # where the words that tell the day are: "from 1 p.m. to 6 p.m. the following day"
    if st.dct and (deictic := lx.DEICTIC_AFTER_TIME.match(text, told)):
        word = " ".join(deictic.group(1).lower().split())
        # "at 10.02am yesterday"; "at 1:30 tonight" is in the small hours after the DCT's evening, and "at 2 a.m.
        # last night" in those before the DCT's day
        after_midnight = word in ("tonight", "last night") and minutes is not None and minutes < SMALL_HOURS_END * 60
        return st.dct + dt.timedelta(days=DEICTIC_AFTER_OFFSETS[word] + after_midnight), "dct", None
    if lx.THAT_DAY_AFTER_TIME.match(text, told):
        day, kind = st.anchor_day()  # "at 2am that morning": of the day just told
        return day, kind, None
    if (nxt := lx.NEXT_DAY_AFTER_TIME.match(text, told)) is not None:
        day, kind = st.anchor_day()  # "at 10 a.m. the following day": the day after the day just told
        step = 1 if nxt.group("next") else -1
        return (day + dt.timedelta(days=step) if day else None), kind, None
    if minutes is not None and (day := _timeline_day(st, m, text, minutes)) is not None:
        return day, "previous", None
    if (day := _listed_time_day(st, m, text)) is not None:
        return day, "previous", None
    if st.dct is not None and "latest" in text[m.start() - 80 if m.start() > 80 else 0:m.start()] \
            and LATEST_BEFORE.search(text, m.start() - 80, m.start()) is not None \
            and st.last_day_end < _sentence_bounds(text, m.start(), m.end())[0]:
        # "Her latest position report, sent by her satellite tracker at 0600 GMT, put her 300 miles east of Oahu": the
        # latest of what is reported is of the DCT, not of the day the story began on (told in its sentence, that day)
        return st.dct, "dct", None
    if st.dct is not None and not st.live_blog and "next" in text[m.start() - 60 if m.start() > 60 else 0:m.start()] \
            and NEXT_REPORT_BEFORE.search(text, m.start() - 60, m.start()) is not None \
            and st.last_day_end < _sentence_bounds(text, m.start(), m.end())[0]:
        # "The next update is expected at 5 p.m.", "The next update is due at 15:40": the next of a day's bulletins,
        # later on the DCT, not on a day told in the sentences before
        return st.dct, "dct", None
    day, kind = _time_day(st, m.start(), text, m.end())
    if st.small_hours and kind == "dct" and day == st.dct and minutes is not None and minutes >= NIGHT_FROM \
            and tense_at(text, m.start(), m.end()) == "past" and not DAYTIME_CLOCK.search(text):
        # "held a narrow lead early Wednesday ... shortly after 1 a.m. ... Polls closed at 8 p.m.": told in the
        # small hours of the DCT, an evening gone by is the one before (not where the story goes on through the
        # day: "The quake hit at 3:17 a.m. ... By 6 p.m., firefighters had pulled 31 people ... at 10:26 a.m.")
        return day - dt.timedelta(days=1), kind, None
    if st.night_told is not None and kind == "dct" and day == st.dct and minutes is not None and minutes >= NIGHT_FROM \
            and (st.dct - st.night_told[0]).days == 1 and m.start() - st.night_told[1] < NIGHT_TOLD_REACH \
            and st.last_end - st.night_told[1] < NIGHT_LAST_GAP \
            and tense_at(text, m.start(), m.end()) == "past":
        # "launched one of its largest drone attacks on Monday night and early Tuesday ... Waves of drones began
        # crossing the coast at about 11:30 p.m.", written on Tuesday: the evening of the night just told (nothing
        # else told since it but its morning: not after "this morning" or a time of the DCT's evening)
        return st.night_told[0], "previous", None
    return day, kind, None


def _entry_heading(text: str, start: int, end: int) -> bool:
    """Whether the time at text[start:end] heads an entry of a live blog or a timeline: "**12.40am Sunday** – Halls
    Gap warning downgraded"."""
    line = text.rfind("\n", 0, start) + 1
    return TIMELINE_LEAD.fullmatch(text, line, start) is not None and TIMELINE_ENTRY_AFTER.match(text, end) is not None


# what may come before the time heading an entry: a dash or bullet, bold type, a word of approximation ("**About
# 7:40 p.m.:**")
TIMELINE_LEAD: Final = re.compile(r"[ \t]*(?:[—–•*+-][ \t]*)?(?:\*\*|__)?(?i:(?:about|around|approximately|roughly|"
                           r"(?:shortly|just)\s+(?:before|after))\s+)?")
# (or a time in bold type, the entry's text after it: "**4:12 p.m.** The third miner has reached the surface")
# (or a time opening an entry's headline in bold type: "**11.48am Rebel amendment signed by 62 MPs**")
TIMELINE_ENTRY_AFTER: Final = re.compile(r"(?:\s*\([^()\n]{1,20}\))?(?:(?:\*\*|__)?\s*(?::|\s[—–-]\s)|(?:\*\*|__)[ \t]+(?=[A-Z\"“‘'])"
                                  r"|[ \t]+[A-Z\"“‘'][^\n*_]*(?:\*\*|__)[ \t]*(?:\n|$))")
# a time of day alone on its line: "9.15pm\nPower fails", "**08:05 BST**\n"
TIMELINE_HEADING_AFTER: Final = re.compile(r"[ \t]*(?:[A-Z]{2,4}[ \t]*)?(?:\*\*|__)?[ \t]*\n")
DAY_OR_PART: Final = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI))?")
# ... or a clock time of it: "starts on Saturday, 4 July ... The stage finishes at 6.42pm. The race stays in Catalonia
# for two days before climbing into the Pyrenees on Monday" (see _schedule_day)
DAY_PART_OR_CLOCK: Final = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI|\d\d:\d\d(?:Z|[+-]\d\d:\d\d)?))?")  # (a clock with its zone too)
TIMELINE_INTRO: Final = re.compile(r"(?i:\b(?:hour[- ]by[- ]hour|minute[- ]by[- ]minute|reconstruct\w*|timeline|chronology|unfolded|the\s+sequence|"
                            r"account\s+of\s+(?:what\s+happened|the\s+(?:day|night|events)|events)|"
                            r"how\s+(?:the|that)\s+(?:night|day|evening|morning|afternoon)))")
TIMELINE_REACH: Final = 400  # characters from the day a timeline is of to its first entry
NIGHT_FROM, NIGHT_TO = 18 * 60, 6 * 60
ONE_DAY: Final = dt.timedelta(days=1)
AFTER_NIGHT_UNTIL: Final = 15 * 60  # a time of day before this told after the night before the DCT is the DCT's (not "began at 5:30 p.m.")
NIGHT_TOLD_REACH: Final = 400  # characters from an evening or night told to a time of it
NIGHT_LAST_GAP: Final = 40  # characters from the night told to the end of the last thing told ("Monday night and early Tuesday")
# a heading that ends a live blog's entries: a Markdown heading or a line in capitals ("WHAT YOU NEED TO KNOW")
ENTRIES_END: Final = re.compile(r"\n[ \t]*\n[ \t]*(?:#{1,6}[ \t]|[A-Z][A-Z0-9 ,.'’&:-]{3,}[ \t]*\n)")
LIVE_BLOG_INTRO: Final = re.compile(r"(?i:\blive\s+(?:updates?|coverage|blog)\b|\blast\s+updated\b|^\W*key\s+(?:points|events)\W*$)", re.M)


def _begin_live_blog(st: _State) -> None:
    """A live blog's first entry: read a day after the DCT where its entries are known to run newest first back
    over midnight (tag reads such a text twice), as the DCT is the day the blog began on."""
    if st.blog_ahead and st.live_blog and st.dct is not None:
        st.dct += dt.timedelta(days=1)
        st.dct_value = _iso(st.dct)


def _timeline_day(st: _State, m, text: str, minutes: int) -> Day | None:
    """The day of a time of day heading an entry of a timeline ("Here is the schedule for Wednesday ...\n\n— 8
    a.m.: Errázuriz leaves ...", "Polls closed on Saturday ... How the night unfolded:\n\n7.30pm: ..."): the day
    told just before its first entry, and the day after once the entries pass midnight. Not for a timeline of the
    DCT's own day (a live blog), which the DCT already gives: once an entry has taken the DCT, the later entries
    keep it, whatever days their updates tell of ("10:40 a.m.: Death toll rises ... the tornadoes that struck
    Tuesday night ...\n\n9:15 a.m.: Survey teams ...")."""
    line = text.rfind("\n", 0, m.start()) + 1
    if not TIMELINE_LEAD.fullmatch(text, line, m.start()):
        return None
    if (intro := _bulleted_times_intro(text, line)) is not None and st.last_day is not None \
            and (st.last_day_end > intro or st.last_day_explicit and st.dct is not None and st.last_day < st.dct
                 and TIMELINE_INTRO.search(text, intro, line) is not None):
        # the items of a list of times, the day told in the line that introduces it ("the timeline of Labor Day last
        # year:", a holiday too) or by the item before (past midnight, _clock_value steps to the next day); the
        # list's own, even in a live blog; so too the day the story told before a line that says a timeline follows
        # ("The company's timeline, with all times in UTC, sets out the sequence of events:\n- **13:58** – ...")
        return st.last_day
    if not TIMELINE_ENTRY_AFTER.match(text, m.end()):
        # Times alone on their lines head the entries of the day told just before them when the paragraph before
        # says it is a timeline ("an hour-by-hour reconstruction of that night.\n\n5pm\nRain gauges ..."), and that
        # day is the thing last told (not a time of day or something else told after it) or is told in that
        # paragraph ("This account of what happened ... that day is based on ... a report released last
        # month.\n\n1:35 P.M."); else they are a live blog's, of the DCT ("shuts at 11 p.m. BST.\n\n08:05\nGood
        # morning"), all of them, whatever days their updates tell of ("1:18 p.m. PT\nThe committee has adjourned
        # ... By the following morning, the fire had burned 40,000 acres ...\n\n10:47 a.m. PT\nAn emotional moment")
        para = text.rfind("\n\n", 0, line - 2)
        if not TIMELINE_HEADING_AFTER.match(text, m.end()) or st.timeline_day is None and not (
                st.last_value is not None and (st.last_end == st.last_day_end and DAY_OR_PART.fullmatch(st.last_value)
                                               or st.last_day_end > para)
                and TIMELINE_INTRO.search(text, para, line)) \
                and not (st.live_blog or st.last_day is None or st.last_day == st.dct
                         or st.dct is not None and LIVE_BLOG_INTRO.search(text, 0, line)):
            return None
    if st.heading_day is not None and st.heading_day != st.timeline_heading:
        # a day heading the entries below it ("Thursday, Jan. 14\n6:12 p.m. ET: Launch ..."): theirs, from now on
        st.timeline_day = st.timeline_heading = st.heading_day
        st.timeline_minutes = minutes
        return st.timeline_day
    if st.timeline_day is None and st.live_blog and st.dct is not None:
        # (a live blog's entries, while there is a date to count from: a dated entry of an article with no date of
        # its own may have made one of them, and left)
        last = st.timeline_minutes
        if last is not None and last >= NIGHT_FROM and minutes < NIGHT_TO and not st.newest_first:
            st.dct += dt.timedelta(days=1)  # "23:00 The window is shut.\n\n00:47 It's done.": into the next day
            st.dct_value = _iso(st.dct)
        elif last is not None and last < NIGHT_TO and minutes >= NIGHT_FROM and st.newest_first:
            # newest first: "1.30am ...\n\n12.05am ...\n\n10.00pm Polls have closed": back into the day before,
            # until the section the entries are in ends ("ANALYSIS", "## Background": the article's own day again)
            st.dct -= dt.timedelta(days=1)
            st.dct_value = _iso(st.dct)
            st.crossed_back = True
            section = ENTRIES_END.search(text, m.end())
            st.back_until = section.start() if section else len(text)
        elif last is not None and last != minutes and st.newest_first is None \
                and not (last < NIGHT_TO and minutes >= NIGHT_FROM):
            st.newest_first = minutes < last  # (two entries of one side of midnight tell which way the blog runs)
        st.timeline_minutes = minutes
        return st.dct
    if st.timeline_day is None:
        if st.last_day is None or st.last_day == st.dct:
            st.live_blog = st.dct is not None
            _begin_live_blog(st)
            st.timeline_minutes = minutes
            return None
        if st.dct is not None and LIVE_BLOG_INTRO.search(text, 0, line):
            # "Hurricane Hanna live updates ... expected to make landfall late Thursday or early Friday. Follow our
            # live coverage below.\n\n**4:45 p.m. EDT — Evacuation orders expanded**": a live blog's, of the DCT,
            # not of the day last told
            st.live_blog = True
            _begin_live_blog(st)
            st.timeline_minutes = minutes
            return st.dct
        if st.last_day_weekday and st.dct is not None and st.last_day < st.dct and st.days_told.get(st.dct.weekday()) == st.dct \
                and TIMELINE_ENTRY_AFTER.match(text, m.end()):
            # "Flights ... were halted for much of Tuesday ... told a Senate committee on Monday that ...\n\n**4:55
            # p.m. EDT — Ground stops lifted**": entries headed by times, after the DCT's day and then a day before
            # it told by their weekdays, are a live blog's, of the DCT (not "Here is the schedule for Wednesday ...
            # — 8 a.m.:", a day to come; a chronology of a day gone by gives its date)
            st.live_blog = True
            _begin_live_blog(st)
            st.timeline_minutes = minutes
            return st.dct
        if not st.last_day_explicit or m.start() - st.last_day_end > TIMELINE_REACH and not (
                m.start() - st.last_day_end <= NARRATIVE_REACH and TIMELINE_INTRO.search(text, st.last_day_end, line)):
            # (further on when what comes between says a timeline follows: "in the early hours of Sunday, March 22.
            # ... The report reconstructs the fire using 911 recordings ...\n\nTHE FIRST 20 MINUTES\n\n2:14 a.m.: ...")
            return None
        st.timeline_day = st.last_day
    elif st.timeline_minutes is not None and st.timeline_minutes >= NIGHT_FROM and minutes < NIGHT_TO:
        st.timeline_day += dt.timedelta(days=1)  # "10.50pm: ...\n\n12.15am: ...": past midnight
    st.timeline_minutes = minutes
    return st.timeline_day


def _bulleted_times_intro(text: str, line: int) -> int | None:
    """Where the line that introduces a bulleted list of times of day begins, when the line at `line` is an item of
    one and that line ends in a colon ("the timeline of Labor Day last year (local times):\n- 3:15 p.m. Fire reported
    ...\n- 5:50 p.m. Linn County requests an alert"): a timeline's entries, though no colon or dash follows their
    times. Else None."""
    return _list_intro(text, line, BULLET_TIME_LINE) if BULLET_TIME_LINE.match(text, line) else None


BULLET_TIME_LINE: Final = re.compile(r"[ \t]*[-–—•*+][ \t]+(?:\*\*)?\d[^\n]*")


def _list_intro(text: str, line: int, item: re.Pattern) -> int | None:
    """Where the line that introduces the list whose item begins at `line` begins, when it ends in a colon: the
    first line back that is neither blank nor one `item` matches whole. Else None."""
    while line:
        above = text.rfind("\n", 0, line - 1) + 1
        if not text[above:line].strip() or item.fullmatch(text, above, line - 1):
            line = above
            continue
        return above if text[above:line].rstrip().endswith(":") else None
    return None


def _listed_time_day(st: _State, m, text: str) -> Day | None:
    """The day of a clock time ending a line of a list of labelled times, which the line introducing the list tells:
    "Prayer times for Kuala Lumpur for Thursday are as follows:\n\nImsak: 6.06am\nSubuh: 6.16am", "The order of
    play on Saturday:\n- Doors: 6pm\n- Main event: 9.30pm"."""
    if text[m.end():m.end() + 1] not in ("\n", "") or text.rfind(":", max(0, m.start() - 4), m.start()) < 0 \
            or st.last_day is None or not st.last_day_explicit:
        return None
    line = text.rfind("\n", 0, m.start()) + 1
    if not LABELLED_TIME_LEAD.fullmatch(text, line, m.start()):
        return None
    if (intro := _list_intro(text, line, LABELLED_TIME_LINE)) is None:
        return None
    # the day told last in the sentence that introduces the list, or by an entry before (which took that day)
    intro_end = text.index("\n", intro)
    return st.last_day if intro <= st.last_day_end \
        and (st.last_day_end > intro_end or not _broken(text, st.last_day_end, intro_end)) else None


LABELLED_TIME_LEAD: Final = re.compile(r"[ \t]*(?:[-–—•*+][ \t]+)?(?:\*\*)?[A-Z][^\n:]{0,40}:(?:\*\*)?[ \t]+")
LABELLED_TIME_LINE: Final = re.compile(LABELLED_TIME_LEAD.pattern + r"[^\n]{1,24}")  # a whole line of the list


# "between 6:15 p.m. and 7 p.m. on Nov. 29": the second time of a range, which the date after it is the day of too
RANGE_END_TIME: Final = re.compile(rf"\s*(?:and|to|until|till|-|–)\s*(?P<h>\d{{1,2}})(?:[:.](?P<min>\d\d))?\s*(?P<ampm>{lx.AMPM})(?:\s+[A-Z]{{2,4}}\b)?")


def _date_after_time(st: _State, m, text: str) -> tuple[Day | None, int | None]:
    """The date written right after a clock time, and where the expression then ends (None after "on"); or
    after the time that ends a range it opens, for which it ends where it is."""
    d = lx.DATE_AFTER_TIME.match(text, m.end())
    if d is None and (tail := RANGE_END_TIME.match(text, m.end())) is not None \
            and (d := lx.DATE_AFTER_TIME.match(text, tail.end())) is not None:
        if "on" not in d.group("on") or _opt(m, m.lastgroup + "_wd"):
            return None, None
        found, _ = _date_after_time_found(st, m, text, d)
        return found, None
    if d is None or _opt(m, m.lastgroup + "_wd"):
        return None, None
    if st.last_day_end >= 0 and DAY_AT.fullmatch(text, st.last_day_end, m.start()) and "on" not in d.group("on"):
        return None, None  # "sessions: Sept. 23 at 1 p.m. ET, Sept. 30 in French": its day came before it
    return _date_after_time_found(st, m, text, d)


def _date_after_time_found(st: _State, m, text: str, d) -> tuple[Day | None, int | None]:
    """_date_after_time's day for the date d, found after the clock time m."""
    month, day = _month(d.group("mon") or d.group("mon2")), int(LEADING_DIGITS.match(d.group("day") or d.group("day2")).group())
    try:
        if d.group("y"):
            found = Day(int(d.group("y")), month, day)
        elif st.dct is None:
            return None, None
        elif (apposed := WEEKDAY_APPOSED.match(text, d.end())) is not None \
                and (year := _year_for_weekday(month, day, _weekday(apposed.group("wd")), st.dct)) is not None:
            found = Day(year, month, day)  # "at 8 a.m. on Oct. 3, a Friday"
        elif (old := _after_old_day(st, text, m.start(), d.end(), month, day)) is not None:
            found = Day.fromisoformat(old.value)  # "on 10 January 2010. The quake struck at 4:53 p.m. on 12 January"
        elif st.frame_year is not None and st.frame_end == st.last_end and _frames(st, text, m.start()) \
                and (framed := _on(st.frame_year, month, day)) is not None:
            found = Day.fromisoformat(framed.value)  # "In 1918, the armistice took effect at 11 a.m. on Nov. 11"
        else:
            # "At 2am on October 31, the clocks will go back": the year the tense points to, as for the date alone
            tense, firm = tense_cue(text, m.start(), d.end())
            found = _choose_told(st, [Day(y, month, day) for y in (st.dct.year - 1, st.dct.year, st.dct.year + 1)], tense, firm)
    except ValueError:
        return None, None
    return found, (None if "on" in d.group("on") else d.end())


DAY_AT: Final = re.compile(r",?\s+at\s+")


def _one_day_after(m, p: str, text: str) -> bool:
    """A single weekday after a clock time gives its day: "open from 7 a.m. to 8 p.m. Sunday" (not "Tuesday to
    Saturday", opening hours of every week)."""
    if _opt(m, p + "wd"):
        end = m.end()
    elif after := lx.WEEKDAY_AFTER_TIME.match(text, m.end()):
        end = after.end()
    else:
        return False
    return not lx.WEEKDAY_RANGE_AFTER.match(text, end)


OPEN_ON_DAY_REACH: Final = 120  # characters from a day told to the hours it is open from in its sentence
AMPM_SENTENCE_END: Final = re.compile(r"\b[ap]\.m\.\s+[A-Z]")  # "polls closed at 8 p.m. The library is open from 9 a.m."
STRETCH_BOUND_BEFORE: Final = re.compile(r"(?i:\b(?:from|since|starting|beginning|until|till|through|after)\s+(?:on\s+)?)$")


def _open_on_day_told(st: _State, text: str, start: int, end: int) -> bool:
    """Whether a clock time that "open from" alone makes a time of any day is the hours of a day told before it in its
    sentence: "will open on Family Day from 9:30 a.m. to 5 p.m.", "Saturday, May 1, when the Town Clerk's office will be
    open from 9 a.m. to 5 p.m." (not "open daily from 10 a.m.", whose "daily" says every day)."""
    if st.last_day is None or not 0 <= start - st.last_day_end <= OPEN_ON_DAY_REACH \
            or _broken(text, st.last_day_end, start) or AMPM_SENTENCE_END.search(text, st.last_day_end - 5, start) \
            or st.last_end == st.last_day_end and len(st.last_value or "") == 10 \
            and STRETCH_BOUND_BEFORE.search(text, st.last_start - 16, st.last_start):
        return False  # (nor the days a stretch begins or ends on: "From 1 November it will open from 10am to 4pm")
    cues = [g.group().lower() for g in lx.GENERIC_TIME.finditer(_clause(text, start, end))]
    return bool(cues) and all(c.startswith("open") for c in cues)


def _any_day(text: str, m, p: str, minutes: int | None = None) -> bool:
    """Whether a clock time is of any day: its clause tells what is done every day or night ("open daily from
    10 a.m.", "buses run every 15 minutes from 6 a.m.") or what usually happens ("hikers routinely start up at
    10pm"), and no day follows it."""
    generic = _near(lx.GENERIC_TIME_STEMS, text, m.start() - 200, m.end() + 200) \
        and lx.GENERIC_TIME.search(_clause(text, m.start(), m.end())) is not None
    # but "the next inspection this evening from 5.30pm" is of the day named right before it
    if "next " in text[max(0, m.start() - 40):m.start()] and NEXT_ONE_BEFORE.search(text, m.start() - 40, m.start()):
        return False  # "updates every 12 hours, with the next scheduled for 7 p.m.": that one, the DCT's
    if USUAL_BEFORE.search(text, m.start() - 24, m.start()):
        return True  # "at 2pm instead of the usual 12.30pm": the time of every such day
    if "ly " in text[m.start() - 40 if m.start() > 40 else 0:m.start()] and USUALLY_DOES_BEFORE.search(text, m.start() - 50, m.start()):
        return True  # "The shop usually opens at 9am", "which currently lands at about 23:35": what is done on any day
    if (days := lx.DAYS_AFTER_TIME.match(text, m.end())) is not None and not OWN_TIME_AFTER.match(text, days.end()) \
            or lx.DAYS_BEFORE_TIME.search(text, m.start() - 90, m.start()):
        return True  # "from 10am to 4pm on Wednesday and Thursday": the time of each of those days (not "before 10
        # a.m. Tuesday, or on Christmas Eve before 11 a.m.": the last day has a time of its own)
    if generic and "oll" in text[m.start() - 60 if m.start() > 60 else 0:m.start()] \
            and POLLS_BEFORE.search(text, m.start() - 60, m.start()) is not None:
        return False  # "Polls on Nov. 3 are open from 7 a.m. to 8 p.m.", "Polling stations will be open from 07:00":
        # the hours of one day, the vote's
    told = _range_end(text, m.end(), minutes)  # ("open from 1 p.m. to 6 p.m. the following day")
    if told > m.end() and EVERY_DAY_AFTER.match(text, told) is not None:
        return True  # "runs till Sept 15, from 10am to 9.30pm daily": the hours of every day of it, the first too
    return (generic or _habitual(text, m.start(), m.end())) and not _one_day_after(m, p, text) \
        and not DAY_RIGHT_BEFORE.search(text, m.start() - 30, m.start()) \
        and not WEEKDAY_RIGHT_BEFORE.search(text, m.start() - 40, m.start()) \
        and not DATE_RIGHT_BEFORE.search(text, m.start() - 40, m.start()) \
        and not DATE_FRONTED_BEFORE.search(text, m.start() - 120, m.start()) \
        and not lx.DEICTIC_AFTER_TIME.match(text, told) and not lx.NEXT_DAY_AFTER_TIME.match(text, told) \
        and not _deictic_day_before(text, m.start(), m.end())  # ("at noon today")


EVERY_DAY_AFTER: Final = re.compile(r",?\s+(?:daily|nightly|(?:each|every)\s+(?:day|night))\b")
# (within the sentence, whose full stops "a.m. to" and "Nov. 3" do not end; "p.m. The" does)
POLLS_BEFORE: Final = re.compile(r"\b(?:[Pp]olls|[Pp]olling\s+(?:stations|places)|[Vv]oting)\b"
                          r"(?:[^.;!?\n]|(?<=\b[a-zA-Z])\.(?!\s+[A-Z])|(?<=\b[A-Z][a-z]{2})\.(?=\s+\d))*$")
USUALLY_DOES_BEFORE: Final = re.compile(r"\b(?:usually|typically|normally|routinely|currently|generally)\s+[a-z]+s\s+"
                                 r"(?:at|from|between|until|till|by|before|after)\s+(?:about\s+|around\s+|roughly\s+)?$")
OWN_TIME_AFTER: Final = re.compile(rf"\s+(?:(?:before|after|at|by|from|until|till)\s+)?\d{{1,2}}(?:[:.]\d\d)?\s*{lx.AMPM}")


def _deictic_day_before(text: str, start: int, end: int) -> bool:
    """Whether the sentence tells the day of a clock time before it, from the DCT, and nothing after it says every
    day: "Forecasters, who are updating the warnings every three hours, say rain will arrive this evening, with the
    strongest winds between 20:00 and midnight" (what is done every three hours is another clause's; not "open on
    Saturday, June 13 — tomorrow — and will be open from 1 p.m. to 7 p.m. every day")."""
    lo, hi = _sentence_bounds(text, start, end)
    return lx.GENERIC_TIME.search(text, end, hi) is None and DEICTIC_DAY.search(text, lo, start) is not None


DEICTIC_DAY: Final = re.compile(r"(?i:\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening))\b)")


NEXT_REPORT_BEFORE: Final = re.compile(r"(?i:\bthe\s+next\s+(?:update|briefing|bulletin|statement|advisory|press\s+conference)\s+"
                                r"(?:is|will\s+be)\s+(?:expected|due|scheduled|planned|issued|published|given)?\s*(?:at|by|for|around)\s+)$")
NEXT_ONE_BEFORE: Final = re.compile(r"(?i:\b(?:the|its|their|his|her)\s+next(?:(?:\s+(?:one|update|briefing|train|bus|flight|bulletin|session|meeting))?"
                             r"(?:\s+(?:is\s+)?(?:scheduled|due|set|expected|planned))?"
                             # "The next complete advisory was due at 11 a.m., with intermediate advisories every three hours"
                             r"|(?:\s+[a-z]+){1,2}\s+(?:is|was|are|were)\s+(?:scheduled|due|set|expected|planned))\s+(?:for|at)\s+)$")
USUAL_BEFORE: Final = re.compile(r"(?i:\b(?:the|its|their|his|her|our)\s+(?:usual|regular|normal|customary|standard)\s+)$")
# "Gates open on Friday at noon, and organisers expect 25,000 people each day": that Friday's (not "every Friday at",
# nor "runs every day until Friday from 10am": each day's)
WEEKDAY_RIGHT_BEFORE: Final = re.compile(rf"(?<!every\s)(?<!each\s)(?<!until\s)(?<!till\s)(?<!through\s)(?<!to\s)\b{lx.WEEKDAY_ANY}(?:\s+(?i:morning|afternoon|evening|night))?,?\s+"
                                  r"(?:from|at|until|by)\s+(?:(?:about|around|roughly|approximately)\s+)?$")
# "on Wednesday, May 6, at 7 p.m.", "on 6 May from 10am": a date told right before the time is its day
_DATE: Final = rf"(?:\b{lx.MONTH_ANY}\s+{lx.DAY}|\b{lx.DAY}\s+{lx.MONTH_ANY})(?:,?\s+\d{{4}})?"  # "May 6", "6 May 2026"
DATE_RIGHT_BEFORE: Final = re.compile(rf"{_DATE},?\s+(?:from|at|until|by)\s+(?:(?:about|around|roughly|approximately)\s+)?$")
DAY_RIGHT_BEFORE: Final = re.compile(r"(?i:\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening))\s+(?:from|at|until|by)\s+)$")
# ... and a date put before its clause: "and on Election Day, Nov. 3, polls are open from 7 a.m. to 8 p.m."
# (up to the time, an abbreviation's dot but not a sentence's: "from 7 a.m. to")
DATE_FRONTED_BEFORE: Final = re.compile(rf"\b[Oo]n\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+)?(?:{lx.WEEKDAY_ANY},?\s+)?{_DATE},\s+"
                                 r"(?:[^,.;:!?\n]|\.(?![^\S\n]*[A-Z\n])){1,60}$")


def _names_most(st: _State, text: str, country: str, or_tied: bool = False) -> bool:
    """Whether the text names a country more often than every other one (as _countries counts them)."""
    counts = _countries(st, text)
    own, others = counts.get(country, 0), max((n for c, n in counts.items() if c != country), default=0)
    return own >= others if or_tied else own > others


def _summer_time(rule: str, day: Day, hour: int) -> bool | None:
    """Whether summer time is in force at `hour` of `day` by a place's rule (lexicon.PLACE_ZONES): the United
    States' (_us_summer_time); the European Union's and Britain's, from the last Sunday of March to the last of
    October (since 1996); south-eastern Australia's, from the first Sunday of October to the first of April, and New
    Zealand's, from the last Sunday of September to the first of April (both read from 2008). The change is read as
    at 2 a.m. (None for a year before the rule)."""
    if rule == "US":
        return _us_summer_time(day, hour)
    y = day.year
    if rule == "EU" and y >= 1996:
        return _in_stretch(day, hour, _nth_weekday(y, 3, 6, -1), _nth_weekday(y, 10, 6, -1))
    if rule in ("AU", "NZ") and y >= 2008:
        # the southern summer spans the new year: what lies between its end in April and its start is standard time
        spring = _nth_weekday(y, 10, 6, 1) if rule == "AU" else _nth_weekday(y, 9, 6, -1)
        return not _in_stretch(day, hour, _nth_weekday(y, 4, 6, 1), spring)
    return None


def _in_stretch(day: Day, hour: int, start: Day, end: Day) -> bool:
    """Whether `hour` of `day` is between 2 a.m. on `start` and 2 a.m. on `end`."""
    return day == start and hour >= 2 or start < day < end or day == end and hour < 2


def _us_summer_time(day: Day, hour: int) -> bool | None:
    """Whether daylight saving time is in force in the United States at `hour` of `day` (None before 1967, when
    the Uniform Time Act made one rule for the country): since 2007 from the second Sunday of March to the first of
    November, 1987-2006 from the first Sunday of April to the last of October, 1967-1986 from the last Sunday of
    April. The change is at 2 a.m.; the hour from 1 a.m. on the day it ends, which comes twice, is read as standard."""
    y = day.year
    if y >= 2007:
        start, end = _nth_weekday(y, 3, 6, 2), _nth_weekday(y, 11, 6, 1)
    elif y >= 1967:
        start, end = _nth_weekday(y, 4, 6, 1 if y >= 1987 else -1), _nth_weekday(y, 10, 6, -1)
    else:
        return None
    if day == start:
        return hour >= 2
    if day == end:
        return hour < 1
    return start < day < end


def _offset_plus_hour(offset: str) -> str:
    """An offset an hour further east ("-05:00" -> "-04:00", "Z" -> "+01:00"): its summer time."""
    return _offset_text(_offset_minutes(offset) + 60)


def _offset_minutes(offset: str) -> int:
    """Minutes east of GMT of an offset as TimeML writes it ("Z", "+06:30", "-05:00")."""
    if offset == "Z":
        return 0
    return (1 if offset[0] == "+" else -1) * (int(offset[1:3]) * 60 + int(offset[4:6]))


def _offset_text(minutes: int) -> str:
    """An offset of so many minutes east of GMT as TimeML writes it (0 -> "Z", 390 -> "+06:30")."""
    return "Z" if minutes == 0 else f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _zone_suffix(st: _State, text: str, zone: str | None, day: Day | None, hour: int) -> str:
    """The offset a clock time's zone writes after it ("" when there is none or it is not known): "ET" and
    "Eastern time" by the day's summer time ("9 a.m. ET" in July is -04:00), the DCT's when the day is not known;
    "ET/PT", two zones for one event, by the first."""
    if not zone:
        return ""
    zone = zone.split("/")[0]
    if zone == "IST":
        return "+05:30" if _names_most(st, text, "India") else ""  # India's (not Ireland's or Israel's) in a text about India
    if zone in lx.ZONE_OFFSETS:
        return lx.ZONE_OFFSETS[zone]
    return _seasonal_offset(zone, day or st.dct, hour) or ""


def _seasonal_offset(zone: str, day: Day | None, hour: int) -> str | None:
    """The offset of a zone that depends on the day, a place's time ("8:50 a.m. Tokyo time", "10 a.m. New York
    time") or a United States zone ("ET", "Eastern time"), "" when it is not known on that day; None for any other
    zone. A zone of a fixed offset ("CET", "EST", "PKT") is none of these, whatever letter it starts with."""
    if zone in lx.ZONE_OFFSETS:
        return None
    if zone.endswith("time") and (place := lx.PLACE_ZONES.get(SPACES.sub(" ", zone[:-4].strip()))) is not None:
        offset, rule, since = place
        if day is None or day.year < since:
            return ""
        summer = _summer_time(rule, day, hour) if rule else False
        return "" if summer is None else _offset_plus_hour(offset) if summer else offset
    if zone[0] not in lx.US_ZONE_OFFSETS:
        return None
    standard, summer_offset = lx.US_ZONE_OFFSETS[zone[0]]
    if "Standard" in zone or "Daylight" in zone:
        return standard if "Standard" in zone else summer_offset
    in_force = _us_summer_time(day, hour) if day is not None else None
    return "" if in_force is None else summer_offset if in_force else standard


# Between a clock time and the same instant told for another place: "(", ", which is", ", or", a list's comma or
# "and", after the place the first was told for ("5:30 p.m. BST in London, 12:30 p.m. EDT in New York and ...")
CONVERSION_BETWEEN: Final = re.compile(r"(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?(?:\s*\(\s*|,?\s+(?:which\s+is|or|and)\s+|,\s*|\s*/\s*)")
PLACE_AFTER_TIME: Final = re.compile(r"\s+in\s+[A-Z][a-z]")  # ("2:30 a.m. Thursday in Sydney")
# ("at 9:37 p.m. EDT, or 0137 GMT Thursday,": the same time told again after "or")
GMT_EQUIVALENT_AFTER: Final = re.compile(r"\s*(?:(?i:local\s+time)\s*)?(?:(?P<paren>\()|,?\s+or\s+)\s*(?:(?i:about|around)\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.]?(?P<min>[0-5]\d))?"
                                  rf"\s*(?P<ampm>{lx.AMPM})?\s*(?:GMT|UTC)(?:\s+(?:on\s+)?(?P<wd>{lx.WEEKDAY_FULL}))?(?(paren)\s*\)|(?!\w))")


def _offset_from_gmt(text: str, end: int, hour: int, minute: int) -> str:
    """The offset of a local time told with its GMT in brackets after it ("12:50 p.m. local time (0620 GMT)" is
    +06:30), "" when there is none or the two are not a zone's offset apart (a quarter of an hour, -12 to +14 hours)."""
    g = GMT_EQUIVALENT_AFTER.match(text, end)
    if g is None:
        return ""
    h, ampm = int(g.group("h")), (g.group("ampm") or "").lower()
    if ampm and not 1 <= h <= 12 or not ampm and g.group("min") is None:
        return ""
    if ampm:
        h = h % 12 + (12 if ampm.startswith("p") else 0)
    diff = (hour * 60 + minute - h * 60 - int(g.group("min") or 0)) % 1440
    diff = diff - 1440 if diff > 14 * 60 else diff
    if diff % 15 or diff < -12 * 60:
        return ""
    return _offset_text(diff)


def _clock_value(st, m, p, text, hour: int, minute: int, zone: str | None) -> _Res:
    local = zone is None or zone.lower().startswith("local")
    gmt = _offset_from_gmt(text, m.end(), hour % 24, minute) if local else ""  # a local time with its GMT after it

    def offset(day: Day | None) -> str:
        return gmt or _zone_suffix(st, text, zone, day, hour)

    date, end = _date_after_time(st, m, text)
    zoned = "" if gmt or local or st.dct is None else _zone_suffix(st, text, zone, None, hour)
    if date is None and (gmt or zoned) and st.dct is not None and (g := GMT_EQUIVALENT_AFTER.match(text, m.end())) \
            and g.group("wd"):
        # "06:20 local time (23:20 GMT on Wednesday)": the day of the GMT time, moved by the offset (Thursday); so
        # too a zone's time: "at 7:50 p.m. CST (0150 GMT Monday)" is Sunday evening
        gmt_day, _ = _weekday_day(st, _weekday(g.group("wd")), "", text, g.start("wd"), g.end("wd"))
        offset_minutes = _offset_minutes(gmt or zoned)
        gmt_minutes = (hour * 60 + minute - offset_minutes) % 1440
        date = gmt_day + dt.timedelta(days=(gmt_minutes + offset_minutes) // 1440)
    if date is not None:
        suffix = offset(date)
        return _Res("TIME", f"{_iso(date)}T{hour:02d}:{minute:02d}{suffix}", anchor_kind=None,
                    span=(m.start(), end) if end else None)
    if zone is not None and not local and not _opt(m, p + "wd") \
            and (same := _same_instant(st, text, m.start(), hour, minute, offset)) is not None:
        return same
    if _any_day(text, m, p, hour * 60 + minute) and not (st.entry_day is not None and 0 <= st.entry_end <= m.start()
                                                         and "\n" not in text[st.entry_end:m.start()]) \
            and not _open_on_day_told(st, text, m.start(), m.end()):
        # (not in an entry a day heads: "**Sunday** – A free open day runs from 10am to 4pm, with backstage tours every
        # 30 minutes" is that Sunday's)
        suffix = offset(None)
        return _Res("TIME", f"{UNKNOWN_DAY}T{hour:02d}:{minute:02d}{suffix}")  # "open daily from 10 a.m."
    if _opt(m, p + "wd") and (several := lx.SEVERAL_DAYS.match(text, m.start(p + "wd"))) is not None \
            and not OWN_TIME_AFTER.match(text, several.end()):
        suffix = offset(None)
        # "from 11 a.m. to 9 p.m. Wednesday through Sunday": the time of each of those days, which are told apart (not
        # "before 10 a.m. Tuesday, or on Christmas Eve before 11 a.m.": the last day has a time of its own)
        end = WEEKDAY_JOINED.search(text, m.start(), m.start(p + "wd")).start()
        return _Res("TIME", f"{UNKNOWN_DAY}T{hour:02d}:{minute:02d}{suffix}", span=(m.start(), end))
    day, kind, tense = _clock_day(st, m, p, text, hour * 60 + minute)
    if day is not None and (kind == "dct" or kind == "previous" and st.reported_on and day in (st.last_day, st.story_day)) \
            and not _opt(m, p + "wd") and (later := _clock_goes_on(st, text, m, hour * 60 + minute)):
        # (the day a report was made on is not where its story goes on: "said on Thursday ... connected at 12.19am")
        day, kind = later, "previous"
    if day is not None and (since := _range_start(st, text, m.start(), day)) is not None and since > hour * 60 + minute:
        day, kind = day + dt.timedelta(days=1), "previous"  # "between 11pm and 1am": past midnight, the next day
    elif day is not None and (hour < SMALL_HOURS_END or hour < BY_MORNING_END and BY_BEFORE.search(text, m.start() - 4, m.start())
                              and not _broken(text, st.last_end, m.start())) \
            and kind in ("previous", "dct") and not _opt(m, p + "wd") and _after_evening(st, text, m.start(), day):
        day, kind = day + dt.timedelta(days=1), "previous"  # "left at 11.05pm and landed shortly after 1am"; so "opened
        # at 8 p.m. Friday, and by 6 a.m. an estimated 60,000 people had passed through", in its sentence
    elif _night_before_dct_told(st, day, kind) and NIGHT_TO <= hour * 60 < AFTER_NIGHT_UNTIL and not _opt(m, p + "wd") \
            and (hour < 12 or st.last_day_end != st.last_end or _broken(text, st.last_end, m.start())):
        # "The pressure has been low since last night. ... The parish issued an advisory at 8 a.m.": the morning
        # after the night before the DCT is the DCT's (not an afternoon the sentence of the night tells of that day:
        # "cleared the measure late Tuesday night after a nine-hour meeting that began at 2 p.m.")
        day, kind = st.dct, "dct"
    elif day is not None and hour < SMALL_HOURS_END and kind == "previous" and not _opt(m, p + "wd") \
            and _past_midnight(st, text, m.start(), day):
        day += dt.timedelta(days=1)  # "Polls closed at 10pm ... came shortly after midnight. ...\n\nBy 3am"
    elif day is not None and hour < SMALL_HOURS_END and since is None and kind in ("previous", "dct") \
            and not _opt(m, p + "wd") and UNTIL_BEFORE.search(text, m.start() - 24, m.start()) \
            and not _day_follows(text, m.end(), hour * 60 + minute) and not lx.DEICTIC_AFTER_TIME.match(text, m.end()):
        # "lost the session on Friday afternoon; his mechanics worked until 2 a.m.", "services ran until 2am": what
        # goes on until the small hours runs into the night after the day told (not "until 3am tomorrow", told);
        # after a night told in its sentence, the night after that one's day: "The Labor Day night session did not
        # end until 1:14 a.m." (written the day after)
        night = st.last_value if st.last_value is not None and st.last_value.endswith("TNI") \
            and not _broken(text, st.last_end, m.start()) else None
        day = (Day.fromisoformat(night[:10]) if night else day) + dt.timedelta(days=1)
    elif day is not None and day == st.dct and st.live_blog and st.timeline_minutes is not None \
            and st.timeline_minutes >= NIGHT_FROM and (hour < SMALL_HOURS_END or zone is None and hour * 60 + minute < st.timeline_minutes) \
            and not _line_lead(text, m.start()) and tense_at(text, m.start(), m.end()) == "future":
        # "**21:55** ... Officials have told us to expect a declaration at around 3am": in a live blog's evening
        # entry, the small hours to come are the next day's; so is a time of the entry's zone earlier in the day
        # ("**20:31 GMT** ... the first congregation would begin at 8am")
        day += dt.timedelta(days=1)
    prefix = _iso(day) if day else UNKNOWN_DAY
    suffix = offset(day)
    if zone is not None and suffix and st.last_value is not None and st.last_value[-1:] in ZONED_ENDS \
            and ZONE_EQUIVALENT_JOIN.fullmatch(text, st.last_end, m.start()) \
            and (told := CLOCK_AND_OFFSET.fullmatch(st.last_value)) is not None:
        # "Play begins at 10.20am AWST, which is 1.20pm AEDT and 2.20am GMT": the same instant told in another
        # zone, whose day the offsets give (not the day after, past midnight)
        at = dt.datetime.fromisoformat(told.group(1)) + dt.timedelta(minutes=_offset_minutes(suffix) - _offset_minutes(told.group(2)))
        if (at.hour, at.minute) == (hour % 24, minute):
            day, kind = at.date(), "previous"
            prefix = _iso(day)
    # "5 p.m. today", "at 10.02am yesterday": one expression (not "at 2 p.m. on Thursday", written both ways)
    # (not after a zone told as a place's time: "from 5 p.m. local time today" is two expressions)
    told_zone = zone is not None and zone[-4:].lower() == "time"
    deictic = None if _opt(m, p + "wd") or told_zone else lx.DEICTIC_AFTER_TIME.match(text, m.end())
    return _Res("TIME", f"{prefix}T{hour:02d}:{minute:02d}{suffix}", anchor_kind=kind, tense=tense,
                remember=not _day_follows(text, m.end(), hour * 60 + minute),
                span=(m.start(), deictic.end()) if deictic and not deictic.group().lstrip().startswith("on") else None)


def _same_instant(st: _State, text: str, start: int, hour: int, minute: int, offset) -> _Res | None:
    """A time in another zone in brackets right after a time of a day told: the same instant, on the day the offsets
    give ("9 a.m. AEST (2300 GMT)" is the evening before), else on the day that puts the two nearest ("11 a.m. AST
    (1500 GMT)", AST having no offset of its own)."""
    v = st.last_value
    if v is None or v[10:11] != "T" or not v[:4].isdigit() or not v[11:13].isdigit() or v[11:16] in ("00:00", "24:00") \
            or not ZONE_IN_BRACKETS.fullmatch(text, st.last_end, start):
        # (nor after a midnight, which of the two a day has the zones do not tell)
        return None
    told_day = Day.fromisoformat(v[:10])
    suffix = offset(told_day)
    told = CLOCK_AND_OFFSET.fullmatch(v)
    if told is not None and suffix:
        at = dt.datetime.fromisoformat(told.group(1)) + dt.timedelta(minutes=_offset_minutes(suffix) - _offset_minutes(told.group(2)))
        if (at.hour, at.minute) != (hour, minute):
            return None  # not the same instant: another time
        day = at.date()
    else:
        told_minutes = int(v[11:13]) * 60 + int(v[14:16])
        day = told_day + dt.timedelta(days=min((-1, 0, 1), key=lambda k: abs(k * 1440 + hour * 60 + minute - told_minutes)))
    return _Res("TIME", f"{_iso(day)}T{hour:02d}:{minute:02d}{offset(day)}", anchor_kind="previous")


ZONE_IN_BRACKETS: Final = re.compile(r"\s*\(\s*(?:(?i:about|around)\s+)?")  # "3:35 p.m. local time (2035 GMT)"
ZONED_ENDS: Final = frozenset("Z0123456789")  # the last character of a time's value with its offset ("T13:20+11:00")
CLOCK_AND_OFFSET: Final = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d)(Z|[+-]\d\d:\d\d)")
ZONE_EQUIVALENT_JOIN: Final = re.compile(r",?\s+(?:which\s+is|that\s+is|or|and|i\.e\.)\s+(?:at\s+)?|\s*/\s*")  # between the same instant told in two zones


WEEKDAY_JOINED: Final = re.compile(r"(?:\s*,|\s+on)?\s*$")  # what comes between a clock time and its weekday
# what joins a span's two ends: "between 11pm and 1am", "from late June to Thanksgiving", "9am through 5pm"
RANGE_JOIN: Final = re.compile(r"\s*(?:and|to|through|until|till|-|–)\s*")
EVENING_FROM: Final = 12 * 60  # a range that starts after noon and ends at an earlier time of day runs past midnight


def _clock_goes_on(st: _State, text: str, m, minutes: int) -> Day | None:
    """The day of a clock time with no day of its own that follows, minutes or a few hours on, the clock time of a day
    gone by told just before, with no other day told since but the day it was reported on: "was last seen at about
    11.20pm on Friday 14 June ... West Yorkshire Police said on Thursday ... The images show Ms Marsh passing the
    Parkinson Building at 11.23pm" (a week after: that Friday's; past midnight, the day after); in its sentence, any
    later time of that day ("The meeting, which began at 10am, did not finish until 4.35pm"). Not what is still to
    come ("will hold a news conference at 3pm")."""
    if st.clock is None or st.dct is None or _line_lead(text, m.start()) or lx.WEEKDAY_AFTER_TIME.match(text, m.end()) \
            or lx.DEICTIC_AFTER_TIME.match(text, m.end()):
        return None  # (a time heading an entry, as of a live blog: its own; a time whose weekday follows it, or
        # "tonight": "by 10pm tonight")
    day, before, end = st.clock
    gone = (minutes - before) % 1440
    if not day < st.dct or gone > CLOCK_GOES_ON and (minutes < before or _broken(text, end, m.start())) \
            or m.start() - end > NARRATIVE_REACH \
            or not (st.last_day == day or st.reported_on and st.story_day == day and st.last_day_end > end) \
            or tense_cue(text, m.start(), m.end()) == ("future", True):
        return None  # (a present that may look ahead is not: "The recording ends at 9:41 p.m.")
    return day + dt.timedelta(days=1) if minutes < before else day


def _past_midnight(st: _State, text: str, start: int, day: Day) -> bool:
    """Whether a story told of a day gone by has gone on past its midnight: its last clock time is of that day's
    evening or its midnight, with no other day told since, a paragraph or two before ("Polls closed at 10pm on
    Thursday ... The first declaration came shortly after midnight. ...\n\nBy 3am the Independents had won 11
    seats": the small hours after it; not what had been before: "He had arrived at 2am")."""
    return st.clock is not None and st.clock[0] == day == st.last_day and st.clock[1] >= NIGHT_FROM \
        and start - st.clock[2] < NARRATIVE_REACH and not _past_perfect_before(text, start)


CLOCK_GOES_ON: Final = 180  # minutes after a clock time told of a day gone by that a time of day with none is still of it


def _night_before_dct_told(st: _State, day: Day | None, kind: str | None) -> bool:
    """Whether `day`, the day a time of day was read as of from what was told before it, is the night before the
    DCT's, that night being the last thing told of a day ("since last night", "overnight"): a time of the morning
    after it is the DCT's (see _clock_value, _noon)."""
    return day is not None and kind == "previous" and st.dct is not None and day == st.last_day \
        and st.dct - day == ONE_DAY and st.last_day_part == "TNI"


SMALL_HOURS_END: Final = 6  # an hour before this that something goes on until is in the night after the day told
BY_MORNING_END: Final = 10  # an hour before this that a sentence telling an evening reaches "by" is the next morning's
UNTIL_BEFORE: Final = re.compile(r"(?i:\b(?:until|till)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?)$")


def _last_clock_minutes(st: _State, day: Day) -> int | None:
    """The time of day, in minutes, of the thing last told when it is a clock time of that day; else None."""
    v = st.last_value
    if not v or len(v) < 16 or v[10] != "T" or v[:10] != _iso(day) or not v[11:13].isdigit() \
            or not v[14:16].isdigit():
        return None
    return int(v[11:13]) * 60 + int(v[14:16])


def _range_start(st: _State, text: str, start: int, day: Day) -> int | None:
    """The time of day, in minutes, of the clock time that opens a range this one closes ("from 10 p.m. to 6
    a.m.", "between 11pm and 1am") when it is of the same day and after noon; else None."""
    if not RANGE_JOIN.fullmatch(text, st.last_end, start) or (minutes := _last_clock_minutes(st, day)) is None:
        return None
    return minutes if minutes >= EVENING_FROM else None


LATE_ON_BEFORE: Final = re.compile(r"(?i:\blate\s+on\s+)$")  # "By late on Thursday, the fire had grown"


def _after_evening(st: _State, text: str, start: int, day: Day, afternoon: bool = False) -> bool:
    """Whether the thing last told, in the same sentence, is a clock time of the evening of the same day, or that
    day told right after one: a time in the small hours told after it is in the night that follows ("The flight
    left at 11.05pm and landed shortly after 1am", "The polls closed at 10pm on Tuesday; results came at 3am").
    A story goes on forward into the next sentences of its paragraph: "The quake hit at 11.42pm on Friday. It was
    followed by more than 30 aftershocks overnight, the strongest shortly before 4am" (not what had been before:
    "He left at 11pm on Friday. He had arrived at 2am"), and only from a day told that is not the DCT ("He went to
    bed at 11pm. At 3am, the alarm sounded": the night before, more likely than the one to come). With
    `afternoon`, for "overnight", an afternoon told is as good as an evening: "had handed out sandbags that
    afternoon. Forecasters had predicted the rain would ease overnight" (not for a clock time: "through the
    afternoon ... a full recovery at 05:03 UTC", a time told in another zone)."""
    if _broken(text, st.last_end, start) and (
            day == st.dct and not st.in_entry or start - st.last_end > EVENING_REACH
            or "\n" in text[st.last_end:start] and not _opens_next_paragraph(text, st.last_end, start)
            or _past_perfect_before(text, start)):
        return False
    minutes = _last_clock_minutes(st, day)
    if minutes is None and st.last_value == _iso(day) and (text.startswith(("late ", "Late "), st.last_start)
                                                                 or LATE_ON_BEFORE.search(text, st.last_start - 9, st.last_start)):
        minutes = NIGHT_FROM  # "By late Sunday, hopes were fading. ...\n\nShortly before 2 a.m., a search dog ..."
    if minutes is None and st.last_value is not None and st.last_value[:10] == _iso(day) \
            and (st.last_value[10:] in ("TEV", "TNI") or afternoon and st.last_value[10:] == "TAF"):
        minutes = NIGHT_FROM  # "at 11.42pm ... aftershocks overnight, the strongest before 4am"
    if minutes is None and st.last_day == day and (st.last_day_part in ("TEV", "TNI") or afternoon and st.last_day_part == "TAF"):
        minutes = NIGHT_FROM  # "fell on the night of 5 March, the heaviest since December 2015. A stream, which dates
        # from the 1870s, broke its banks at about 3am": the night last told, whatever else was told since
    if minutes is None and st.last_value == _iso(day) \
            and (clock := EVENING_ON_BEFORE.search(text, st.last_start - 28, st.last_start)) is not None:
        minutes = (int(clock.group("h")) % 12 + 12) * 60  # (the clock time before the day was not remembered)
    return minutes is not None and minutes >= NIGHT_FROM


EVENING_REACH: Final = 400  # characters from an evening told to a time of day in the small hours after it


def _opens_next_paragraph(text: str, last_end: int, start: int) -> bool:
    """Whether `start` is in the paragraph right after the one told last ("...\n\nShortly before 2 a.m., a search
    dog picked up a scent", "...shortly after 11 p.m.\n\nDunmore did not concede. Speaking around 12:30 a.m."): a
    story of a night goes on into it."""
    return text.count("\n", last_end, start) == 2 and "\n\n" in text[last_end:start]
PAST_PERFECT_BEFORE: Final = re.compile(r"\b(?:had|'d|(?P<would>would))\b")


REPORT_NEAR_DCT: Final = 7  # days before the DCT within which a hearing or a report told is of the news, not the story
REPORTED_THAT: Final = re.compile(r"\b(?:heard|told|said|learned|found)\b[^.;]{0,80}?\bthat\b")
# A court, a jury or an inquest that heard or was told what had happened: "The trial heard that", "The court heard",
# "jurors were told", "told the inquest"
COURT_HEARD: Final = re.compile(r"\b(?:(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:trial|court|Court|inquest|Inquest|jury|hearing|tribunal|"
                         r"Tribunal)\s+(?:was\s+|has\s+|had\s+)?(?:heard|told)|[Jj]urors\s+(?:were\s+|have\s+been\s+)?(?:heard|told)|"
                         r"told\s+(?:the\s+)?(?:court|jury|jurors|inquest|hearing|tribunal))\b")


def _heard_that(text: str, start: int, broken: bool) -> bool:
    """Whether the sentence of text[start] tells, before it, what a hearing heard: "heard that", "told the court
    that" (REPORTED_THAT, only with the hearing's day in that sentence, not `broken` from it), or what a court, a jury
    or an inquest heard (COURT_HEARD, in a sentence of its own too)."""
    lo = _sentence_bounds(text, start, start)[0]
    said = text[lo:start]
    if "heard" not in said and "told" not in said and "said" not in said and "learned" not in said and "found" not in said:
        return False  # (the common case: none of the verbs either pattern needs)
    return not broken and REPORTED_THAT.search(text, lo, start) is not None \
        or COURT_HEARD.search(text, lo, start) is not None


def _past_perfect_before(text: str, start: int) -> bool:
    """Whether the sentence goes back before what was told, by a past perfect before `start` ("He had arrived at
    2am"), unless a "would" after it looks forward again ("Forecasters had predicted the rain would ease overnight")."""
    last = None
    for last in PAST_PERFECT_BEFORE.finditer(text, _sentence_bounds(text, start, start)[0], start):
        pass
    if last is None or last.group("would") is not None:
        return False
    # (not "had" that owns its object, nor one of a clause before a semicolon: "Her older son had both doses as a
    # child; the younger got his second shot on Monday")
    return ";" not in text[last.end():start] and HAD_OBJECT_AFTER.match(text, last.end()) is None


HAD_OBJECT_AFTER: Final = re.compile(r"\s+(?:a|an|the|both|no|his|her|their|its|our|my|your|some|many|several|few|little|enough|"
                              r"all|any|every|this|that|these|those|one|two|three|four|five|\d)\b")
EVENING_ON_BEFORE: Final = re.compile(r"\b(?P<h>[6-9]|1[01])(?:[:.][0-5]\d)?\s*(?:pm|p\.m\.)(?:\s+(?:local\s+time|(?-i:[A-Z]{2,4})))?\s+on\s+$", re.I)

DAY_NAMED_AFTER: Final = re.compile(r"\s+on\s+[A-Z0-9]")


def _day_follows(text: str, end: int, minutes: int | None = None) -> bool:
    """Whether the words after a clock time, or after the time closing the range it opens, tell its day ("at 10
    a.m. the following day", "from 1 p.m. to 6 p.m. the following day", "before midnight on Sept. 21"): that day
    is tagged next and is what later expressions count from, not the clock time's guess."""
    end = _range_end(text, end, minutes)
    return lx.NEXT_DAY_AFTER_TIME.match(text, end) is not None or DAY_NAMED_AFTER.match(text, end) is not None


def _range_end(text: str, end: int, minutes: int | None) -> int:
    """Where the clock time closing a range opened by a clock time ending at `end`, `minutes` into its day, ends
    ("1 p.m.[ to 6 p.m.]"), else `end`; `end` too for a range past midnight, whose day after is its close's only
    ("from 7pm to 7am the next morning")."""
    tail = RANGE_END_TIME.match(text, end) if minutes is not None else None
    if tail is None:
        return end
    h = int(tail.group("h")) % 12 + (12 if tail.group("ampm")[0] in "pP" else 0)
    return tail.end() if h * 60 + int(tail.group("min") or 0) > minutes else end


def r_clock(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    h, mi = int(m[p + "h"]), int(m[p + "min"] or 0)
    ampm = m[p + "ampm"].lower()
    if h > 12 or h == 0:
        return None
    if ampm.startswith("p") and h != 12:
        h += 12
    if ampm.startswith("a") and h == 12:
        h = 0
    res = _clock_value(st, m, p, text, h, mi, m[p + "z"])
    if (sec := m[p + "sec"]) is not None:  # "9:41:12 p.m.": to the second
        res.value = _to_the_second(res.value, sec)
    return res


def _to_the_second(value: str, sec: str) -> str:
    """A time's value with its seconds put after its minutes ("2024-10-03T14:32" -> "2024-10-03T14:32:05")."""
    at = value.index("T") + 6
    return f"{value[:at]}:{sec}{value[at:]}"


ENTRY_TEXT_AFTER: Final = re.compile(r"[ \t]+[A-Z\"“‘']|[ \t]*\n")  # what follows a live blog's timestamp


# a train or flight named by its time: "the 06:01 from St Pancras", "the 06:12 Carlisle to Lancaster service"
SERVICE_AFTER_TIME: Final = re.compile(r"\s+(?:from|to)\s+[A-Z]|(?:\s+[A-Z][\w'’.-]*){1,3}(?:\s+to(?:\s+[A-Z][\w'’.-]*){1,3})?\s+"
                                r"(?:service|train|departure|flight|sailing|ferry)\b")


CLOCK_STREET_AFTER: Final = re.compile(r"(?:\s+(?:Eastern|Central|Pacific|Mountain|Atlantic))?\s+(?:Avenue|Ave\b|Street|St\b|Road|"
                                r"Rd\b|Boulevard|Blvd\b|Drive|Highway|Hwy\b|Parkway|Lane|Place|Court|Square|Terrace|Coast\s+Highway)")


# the groups of clock24's alternatives that read a time of day in hours and minutes with no zone: "0900 local time",
# "at 0600", "until 2200", "at 1930 on Wednesday", "the 1030 sailing", "07:00 to 11:00 BST", "at 14h30"
CLOCK24_ZONELESS: Final = (("h3", "min3"), ("h6", "min6"), ("h7", "min7"), ("h8", "min8"), ("h9", "min9"), ("h11", "min11"),
                    ("h4", "min4"))


def r_clock24(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if starts_at(text, " ", m.end()) and CLOCK_STREET_AFTER.match(text, m.end()):
        return None  # "a bakery at 1924 Eastern Avenue", "1530 Pacific Highway": a street number
    if m[p + "h"]:
        return _clock_value(st, m, p, text, int(m[p + "h"]), int(m[p + "min"]), m[p + "z"])
    for hour_group, minute_group in CLOCK24_ZONELESS:  # (one alternative of the rule matched: the first group set is its)
        if m[p + hour_group]:
            return _clock_value(st, m, p, text, int(m[p + hour_group]), int(m[p + minute_group]), None)
    if m[p + "h10"]:  # "at 9/8c": the evening's hour
        return _clock_value(st, m, p, text, int(m[p + "h10"]) % 12 + 12, int(m[p + "min10"] or 0), None)
    if m[p + "h5"]:  # "at 14:32:05", "At 14:31:40": to the second, as an accident report tells it
        res = _clock_value(st, m, p, text, int(m[p + "h5"]), int(m[p + "min5"]), m[p + "z5"])
        return dataclasses.replace(res, value=_to_the_second(res.value, m[p + "sec5"]))
    service = ends_at(text, "the ", 0, m.start()) and len(m[p + "h2"]) == 2 and SERVICE_AFTER_TIME.match(text, m.end())
    # "5:30 to 8 p.m.", "6:30-11 p.m.": the first time of a range whose end says its half of the day
    ranged = MERIDIEM_RANGE_END_AFTER.match(text, m.end()) if text[m.end():m.end() + 1] in (" ", "-", "–") else None
    if m[p + "local"] is None and not service and ranged is None and not lx.CLOCK_BEFORE.search(text, m.start() - 12, m.start()) \
            and not (len(m[p + "h2"]) == 2 and LABEL_BEFORE_TIME.search(text, m.start() - 3, m.start())) \
            and not (_line_lead(text, m.start()) and (lx.TIMESTAMP_AFTER.match(text, after := _bold_end(text, m.end()))
                                                      or len(m[p + "h2"]) == 2 and (ENTRY_TEXT_AFTER.match(text, after)
                                                                                    or after > m.end() and starts_at(text, " ", after)))):
        return None  # "John 3:16", "a 2:1 vote": not a time of day ("18:34 — The train departs" heading a line is, and
        # so is a live blog's "08:05 Good morning." or "21:15" alone on its line, in bold type or not: "**13:50**";
        # in bold, whatever its entry begins with: "**16:55** 5km to go")
    hour = int(m[p + "h2"])
    if ranged is not None and 1 <= hour < 12:
        if ranged.group(2) in "pP" and hour <= int(ranged.group(1)) % 12:
            hour += 12  # ("5:30 to 8 p.m."; not "11:30 to 2 p.m.", which begins before noon)
    elif hour < 12 and lx.PM_AFTER_TIME.match(text, m.end()) or 5 <= hour < 12 and TONIGHT_AFTER.match(text, m.end()):
        hour += 12  # "at about 4:40 yesterday afternoon", "at 6:30 tonight" (but "at 1:30 tonight" is after midnight)
    elif 1 <= hour <= AFTERNOON_HOURS_END and len(m[p + "h2"]) == 1 and not AM_AFTER_TIME.match(text, m.end()) \
            and not _line_lead(text, m.start()):
        # "The verdict was read at 3:05": a clock of twelve hours (a 24-hour clock writes "03:05"), and the hours
        # after noon are those news tells of (not "at 3:05 in the morning")
        hour += 12
    elif hour < 12 and len(m[p + "h2"]) == 1 and st.clock is not None and st.clock[1] >= 12 * 60 \
            and m.start() - st.clock[2] <= NARRATIVE_REACH and 0 <= (hour + 12 - st.clock[1] // 60) <= PM_RUN_HOURS \
            and not AM_AFTER_TIME.match(text, m.end()) and not _line_lead(text, m.start()):
        # "The sirens sounded at 6:31 p.m. ... At 6:42, a tornado crossed the highway": a story's next time written
        # without "p.m." goes on from the afternoon or evening just told
        hour += 12
    res = _clock_value(st, m, p, text, hour, int(m[p + "min2"]), None)
    # (a train named by its time tells no time the story goes on from: "She remembers putting the case on the
    # luggage rack of the 22:52 to Glasgow Queen Street")
    return dataclasses.replace(res, remember=False) if service else res


MERIDIEM_RANGE_END_AFTER: Final = re.compile(r"\s*(?:to|until|till|-|–)\s*(1[0-2]|[1-9])(?:[:.][0-5]\d)?\s*([aApP])\.?[mM]\b")
LABEL_BEFORE_TIME: Final = re.compile(r"[a-z]:[ \t]$")  # "First practice: 18:30", a schedule's label and its time
PM_RUN_HOURS: Final = 3  # a time without "a.m." or "p.m." this few hours after an afternoon's or evening's just told is of it
AFTERNOON_HOURS_END: Final = 4  # a single-figure hour up to this, with no "a.m." nor "p.m.", is in the afternoon or evening
_ON_WEEKDAY: Final = r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"  # ("on Friday", "Saturday"; case-insensitive)
AM_AFTER_TIME: Final = re.compile(r"\s+(?i:in\s+the\s+morning|(?:this|every|each|tomorrow|yesterday|(?:the\s+)?(?:next|following))\s+morning|overnight|last\s+night|tonight|at\s+night|"
                           rf"early\b|{_ON_WEEKDAY}\s+morning)")
TONIGHT_AFTER: Final = re.compile(r"\s+(?i:tonight|last\s+night)\b")


def r_racetime(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    h, mins, s = (m[p + "h"], m[p + "min"], m[p + "s"]) if m[p + "h"] else ("0", m[p + "min2"], m[p + "s2"])
    frac = m[p + "frac"] or m[p + "frac2"]
    parts = [f"{n}{u}" for n, u in ((int(h), "H"), (int(mins), "M")) if n]
    if frac or int(s):
        parts.append(f"{int(s)}.{frac}S" if frac else f"{int(s)}S")  # ("1:42:18.605": PT1H42M18.605S)
    return _Res("DURATION", "PT" + "".join(parts))


def r_gap(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if m[p + "s3"]:  # "0.184sec": seconds and their fraction
        return _Res("DURATION", f"PT{int(m[p + 's3'])}.{m[p + 'frac3']}S")
    h, mins, s = (m[p + "h"] or m[p + "h2"]), m[p + "min"] or m[p + "min2"], m[p + "s"]
    frac = m[p + "frac"]
    parts = [f"{int(n)}{u}" for n, u in ((h, "H"), (mins, "M")) if n and int(n)]
    if s and (int(s) or frac):
        parts.append(f"{int(s)}.{frac}S" if frac else f"{int(s)}S")  # "1min 36.211sec": PT1M36.211S
    return _Res("DURATION", "PT" + "".join(parts))


def r_oclock(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if NUMBER_NAME_BEFORE.search(text, m.start() - 8, m.start()):
        return None  # "Game 2 in the afternoon", "No. 1 in the morning": not an hour
    return _hour_of_day(m, p, st, text, int(m[p + "h"]))


def r_clockevery(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    h, pod = int(m[p + "h"]), m[p + "pod"].lower()
    if pod == "morning":
        h %= 12  # ("12 every morning": midnight)
    elif h < 12 and (pod != "night" or h >= 6):
        h += 12  # "at 9 every night", "by 4 each afternoon" (but "2 every night" is 02:00)
    elif h == 12 and pod == "night":
        h = 0
    return _Res("SET", f"{UNKNOWN_DAY}T{h:02d}:{int(m[p + 'min'] or 0):02d}")


def r_oclockw(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    return _hour_of_day(m, p, st, text, lx.NUMBER_WORDS[m[p + "hw"].lower()])  # "at three in the morning"


def r_pastto(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    hw, mw = m[p + "hw"].lower(), m[p + "mw"].lower()
    if m[p + "dir"] is None and (mw != "half" or hw.isdigit() or hw == "midnight"):
        return None  # (only "half" goes without "past": "back on the slip by half five"; not "at half 5")
    h = int(hw) if hw.isdigit() else 0 if hw == "midnight" else lx.NUMBER_WORDS[hw]  # "ten past midnight": 00:10
    minutes = 15 if mw.endswith("quarter") else 30 if mw == "half" else 25 if mw[-4:] == "five" and mw != "five" \
        else lx.NUMBER_WORDS[mw]
    if (m[p + "dir"] or "past").lower() == "to":
        if mw == "half":
            return None  # ("half to" is no time)
        h, minutes = 23 if hw == "midnight" else (h - 1) or 12, 60 - minutes  # "a quarter to nine": 8:45; "twenty to
        # midnight": 23:40
    return _hour_of_day(m, p, st, text, h, minutes)


SINCE_HOUR_BEFORE: Final = re.compile(r"(?i:\bsince\s+(?:about\s+|around\s+)?)$")
OCLOCK_AFTERNOON_END: Final = 6  # an hour up to this told with "o'clock" alone is in the afternoon or evening
NIGHT_AFTER_HOUR: Final = re.compile(rf"\s+(?i:(?:that|this|last|tomorrow|{_ON_WEEKDAY})\s+(?:night|evening)|tonight)\b")  # ("at 11
# o'clock on Friday night")
GOOD_EVENING_BEFORE: Final = re.compile(r"(?i:\bgood\s+evening)\b[^\n]*$")
MORNING_AFTER_HOUR: Final = re.compile(rf"\s+(?i:(?:this|that|tomorrow|yesterday|{_ON_WEEKDAY})\s+morning)\b")


def _hour_of_day(m, p, st, text, h: int, minute: int = 0) -> _Res:
    """The time of an hour told with "o'clock" or a part of the day ("2 in the morning", "11 o'clock at night")."""
    pod = (_opt(m, p + "pod") or _opt(m, p + "pod2") or "").lower()
    if h == 12:
        h = {"": 12, "afternoon": 12}.get(pod.split()[-1] if pod else "", 24 if pod.endswith("night") else 0)
    elif pod.endswith(("afternoon", "evening")) or pod.endswith("night") and h >= 6:
        h += 12  # "11 o'clock at night"; but "2 at night" is 02:00
    elif not pod and 1 <= h <= OCLOCK_AFTERNOON_END and not AM_AFTER_TIME.match(text, m.end()) \
            and not (st.live_blog and st.timeline_minutes is not None and st.timeline_minutes < (h + 12) * 60
                     and (SINCE_HOUR_BEFORE.search(text, m.start() - 20, m.start()) or tense_at(text, m.start(), m.end()) == "past")):
        h += 12  # "heard it on the wireless at three o'clock", "By 4 o'clock I'll be fine": the hours after noon are
        # those news tells of (not "at six o'clock every morning"; nor, in a live blog's morning entry, "going over the
        # house since about 6 o'clock", gone by)
    elif not pod and 6 <= h < 12 and (NIGHT_AFTER_HOUR.match(text, m.end())
                                      or "vening" in text[m.start() - 40 if m.start() > 40 else 0:m.start()]
                                      and GOOD_EVENING_BEFORE.search(text, m.start() - 40, m.start())):
        h += 12  # "Ask me again at 10 o'clock that night", "at 9 o'clock tonight", "Good evening. It's 11 o'clock"
    elif not pod and 6 <= h < 12 and st.last_value is not None and st.last_value[10:] in ("TEV", "TNI") \
            and m.start() - st.last_end < EVENING_REACH and not MORNING_AFTER_HOUR.match(text, m.end()):
        h += 12  # "hosted their children for dinner Saturday night. ... 'At 9 o'clock we were all sitting around the table'"
        # (not "... yesterday evening. 'We've been sitting here since ten o'clock this morning'")
    return _clock_value(st, m, p, text, h, minute, None)


AS_THEN_DATE: Final = re.compile(r"\s+as\s+(?:\w+\s+){0,2}?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|last|this|next|yesterday|today|tomorrow)\w*)")
NUMBER_NAME_BEFORE: Final = re.compile(r"(?i:\b(?:no\.?|number|game|race|stage|round|heat|match|day|page|room|gate|platform|route)\s+)$")


def r_thistime(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if st.dct is None:
        return None
    step = -1 if m[p + "rel"].lower() == "last" else 1
    try:
        day = st.dct.replace(year=st.dct.year + step)
    except ValueError:  # 29 February
        day = st.dct.replace(year=st.dct.year + step, day=28)
    return _Res("DATE", _iso(day), anchor_kind="dct")


def r_podtrading(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    pod = lx.PARTS_OF_DAY[m[p + "pod"].lower()]
    if st.dct is None:
        return _Res("TIME", f"{UNKNOWN_DAY}T{pod}")
    return _Res("TIME", f"{_iso(st.dct)}T{pod}", _mod(m[p + "mod"]), "dct")


def r_monthq(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if end := m[p + "end"]:
        m2 = _month(end)
        m1 = m2 - 2
    else:
        m1, m2 = _month(m[p + "m1"]), _month(m[p + "m2"])
    if m1 % 3 != 1 or m2 != m1 + 2:
        return None  # not a calendar quarter: left to the months
    n = m2 // 3
    if y := m[p + "y"]:
        return _Res("DATE", f"{y}-Q{n}")
    if st.dct is None:
        return _Res("DATE", f"XXXX-Q{n}")
    return _Res("DATE", f"{_ordinal_year(st, text, m, n, False)}-Q{n}", anchor_kind="dct")


HIGH_BEFORE: Final = re.compile(r"(?i:\bhigh\s+)$")


NEW_YEAR_TOLD: Final = re.compile(r"\b(?i:new\s+year)")


def r_noon(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    res = _noon(m, p, st, text)
    if res is not None and ends_at(text, "12 ", 0, m.start()) and (m.start() < 4 or not text[m.start() - 4].isalnum()):
        res.span = (m.start() - 3, res.span[1] if res.span else m.end())  # "12 noon", "12 midnight": the hour said too
    return res


def _noon(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    w = m[p + "w"].lower()
    hhmm = "24:00" if w == "midnight" else "12:00"
    zone, hour = m[p + "z"], 0 if w == "midnight" else 12  # "noon ET" (midnight ends its day: the next's 0 a.m.)
    if w == "midnight" and SUN_AFTER.match(text, m.end()):
        return None  # "the midnight sun": a sun that does not set
    if w == "noon" and HIGH_BEFORE.search(text, m.start() - 5, m.start()):
        return None  # "High Noon", "high noon comes today": the film, the hour of reckoning
    date, end = _date_after_time(st, m, text)
    if date is not None and end is not None:  # "orders placed by noon Dec. 23" (after "on", the date is read on its
        # own, and gives the time its day after: see _clock_on_day)
        return _Res("TIME", f"{_iso(date)}T{hhmm}{_zone_suffix(st, text, zone, date, hour)}", anchor_kind=None,
                    span=(m.start(), end))
    minutes = 24 * 60 if w == "midnight" else 12 * 60
    if _any_day(text, m, p, minutes):
        # "the midway runs from noon to 11 p.m." every day of the fair
        return _Res("TIME", f"{UNKNOWN_DAY}T{hhmm}{_zone_suffix(st, text, zone, None, hour)}")
    opens = w == "midnight" and (after := lx.WEEKDAY_AFTER_TIME.match(text, m.end())) is not None \
        and DIGIT.search(text, m.end(), after.start("wd")) is not None
    # (a midnight that opens a range to a time of a day told after it is that day's 0:00, not the 24:00 of the day
    # before: "between midnight and 6 a.m. Sunday" is of Sunday)
    day, kind, tense = _clock_day(st, m, p, text, 0 if opens else minutes)
    if w == "noon" and _night_before_dct_told(st, day, kind):
        # "Pilgrims began streaming to the hill overnight. By noon the plain was white": the noon after the night
        # before the DCT is the DCT's (as a morning clock time is: see _clock_value)
        day, kind = st.dct, "dct"
    if opens and day is not None:
        hhmm = "00:00"  # "between midnight and 1am on Saturday 15 June": the midnight that opens that day
    elif w == "midnight" and day is not None and MIDNIGHT_TO_MORNING.match(text, m.end()) \
            and FROM_OR_BETWEEN_BEFORE.search(text, m.start() - 12, m.start()) and st.last_day_part != "TNI" \
            and not (st.last_value or "").endswith("TNI"):
        hhmm = "00:00"  # "**Tuesday, Aug. 6**\n\nThe river rose 14 inches between midnight and 6 a.m.": so that day's
        # (not after a night told: "It peaks on the night of Aug. 12 ... between midnight and 4 a.m." runs into the 13th)
    elif w == "midnight" and day == st.dct and not _day_follows(text, m.end(), minutes) \
            and (ends_at(text, "since ", 0, m.start()) or kind == "dct" and (tense or tense_at(text, m.start(), m.end())) == "past") \
            and not (day is not None and day.month == 12 and day.day == 31 and NEW_YEAR_TOLD.search(text)):
        hhmm = "00:00"  # "told reporters shortly after midnight", "sirens have sounded three times since midnight":
        # the midnight gone by, which opened the DCT's day (not "came ashore shortly before midnight on Sept. 21"; nor,
        # on New Year's Eve, "as the clock struck midnight in Auckland": the one the new year begins at, however
        # many zones have passed it)
    prefix = _iso(day) if day else UNKNOWN_DAY
    deictic = lx.DEICTIC_AFTER_TIME.match(text, m.end()) if day and not m[p + "wd"] else None
    span = (m.start(), deictic.end()) if deictic and not deictic.group().split()[0].lower() == "on" else None
    return _Res("TIME", f"{prefix}T{hhmm}{_zone_suffix(st, text, zone, day, hour)}", anchor_kind=kind, tense=tense,
                remember=not _day_follows(text, m.end(), minutes), span=span)  # "noon today": one expression, as
    # "4 p.m. today" is


# a range from midnight to the morning: "between midnight and 6 a.m.", "from midnight to 5am"
MIDNIGHT_TO_MORNING: Final = re.compile(r"\s*(?:-|–|\band\b|\bto\b|\buntil\b|\btill\b)\s*(?:about\s+|around\s+)?(?:[1-9]|1[01])(?:[:.][0-5]\d)?"
                                 r"\s*(?i:a\.?m\b)")
FROM_OR_BETWEEN_BEFORE: Final = re.compile(r"(?i:\b(?:from|between)\s+)$")
COLON_AFTER: Final = re.compile(r"\s*:\s")  # what a label ("UPDATE 1:15 p.m. ET:") heads
FAR_YEAR_CUE: Final = re.compile(r"(?i:\b(?:until|till|by|before|after|in)\s+)$")


NAME_BEFORE_YEAR: Final = re.compile(r"(?<=[a-z,'] )(?!(?:Day|Eve|Fiscal|Year|Years|Calendar|Budget|Class|Census|Summer|"
                              r"Spring|Autumn|Fall|Winter|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)"
                              r"[A-Z][a-z]+\s$")


HEADING_BEFORE: Final = re.compile(r"(?:^|\n)#{1,6}[ \t]+$")


# What the text before a year ends with, but for spaces, wherever lx.NOT_YEAR_BEFORE matches it: a cheap test
# that spares most searches
NOT_YEAR_ENDS: Final = ("$", "€", "£", "#", "No", "No.", "number", "Route", "flight", "Flight", "room", "Room", "page", "p.",
                 "train", "Train", "bus", "Bus", "resolution", "Resolution", "Local", "Ordinance", "helpline", "helpline,",
                 "hotline", "hotline,", "dial", "Dial", "call", "Call")


CASE_NUMBER_AFTER: Final = re.compile(r"/\d{3,}")


def r_year(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    ms, me = m.span()  # (read once, as the tests below ask for them)
    if st.clock is not None and 0 < ms - st.clock[2] <= CLOCK_PAIR_REACH and me - ms == 4 and text[ms + 2] < "6" \
            and text[ms:ms + 2] < "24" and text[st.clock[2] - 5:st.clock[2] - 4] in (" ", "") \
            and text[st.clock[2] - 4:st.clock[2]].isdigit() and CLOCK_PAIR_JOIN.fullmatch(text, st.clock[2], ms) is not None \
            and YEAR_AS_SUBJECT_AFTER.match(text, me) is None:
        # "from 0600 until 2200 today", "open at 0600 and close at 1800", "from 0600 Sunday until 1800 Monday": four
        # figures that end a range or a pair from such a time of day are one too, not a year
        return _clock_value(st, m, p, text, int(text[ms:ms + 2]), int(text[ms + 2:me]), None)
    y = int(m[p + "y"] or m[p + "y2"] or m[p + "y3"] or m[p + "y4"] or _short_year(m[p + "sy"] or m[p + "sy2"], st))
    before = text[ms - 12 if ms > 12 else 0:ms]
    if before.rstrip().endswith(NOT_YEAR_ENDS) and lx.NOT_YEAR_BEFORE.search(before) \
            and not HEADING_BEFORE.search(text, ms - 12, ms) \
            or lx.NOT_YEAR_AFTER.match(text[me:me + 40]) and not lx.YEAR_OPENS_BEFORE.search(before):
        return None  # ("No. 2021", "#2021"; but "### 2021", a Markdown heading)
    if text[me:me + 1] == "/" and CASE_NUMBER_AFTER.match(text, me) \
            or text[ms - 1:ms] == "/" and ms > 1 and text[ms - 2].isalnum():
        # a file's or a case's number: "DA 2024/118", "Bankruptcy Number: 2025/0331", "Application No. DR/1047/2026"
        return None
    if m.group()[:1].isdigit() and NAME_BEFORE_YEAR.search(text, ms - 24, ms) \
            and WORD_AFTER.match(text, me):
        return None  # "NASA's Mars 2020 mission", "its Vision 2030 reform plan": a name that holds a year
    if st.dct and y > max(st.dct.year, st.article_year) + 50 and not m[p + "y2"] and not FAR_YEAR_CUE.search(before):
        # a number more likely than a year so far ahead (but "will not come until 2090"); ahead of the article's own
        # date, not of a dated entry's ("- 12 May 1941: born\n- 1998: retires from the BBC")
        return None
    if (season := YEAR_SEASON_AFTER.match(text, me)) is not None and not m[p + "mod"] and m.group().isdigit():
        # "the 2027 summer season", "its 2026 autumn collection": that year's season, one expression
        return _Res("DATE", f"{y}-{lx.SEASONS[season.group('s').lower()]}", span=(ms, season.end()))
    return _Res("DATE", str(y), _mod(m[p + "mod"]), fiscal=m.group()[:1] in "fF")  # "fiscal 2027", "FY2027"


CLOCK_PAIR_REACH: Final = 40  # characters from a time of day in four figures to another that pairs with it
YEAR_AS_SUBJECT_AFTER: Final = re.compile(r"\s+(?:was|were|is|saw|had|brought)\b")  # ("opens at 0900, and 2015 was a record year")
CLOCK_PAIR_JOIN: Final = re.compile(r"(?:\s+(?i:local\s+time|hours|hrs))?(?:\s*\([^()\n]{1,20}\))?(?:\s+(?:on\s+)?[A-Z][a-z]+day)?,?\s*"
                             r"(?:until|till|to|and|-|–)\s+(?:(?:close|closes|closing|end|ends|ending|finish|finishes)\s+at\s+)?")
# A season named right after a year, before the noun they both modify ("fall" only before such a noun: not "profits
# for 2027 fall short")
YEAR_SEASON_AFTER: Final = re.compile(r"[ -](?P<s>(?i:spring|summer|autumn|winter)|(?i:fall)(?=[ -](?i:season|semester|term|"
                               r"session|collection)\b))\b(?![ -](?:of\b|\d))")


# a present perfect, then words of its object (no other verb, no relative clause), then the preposition of a period
# (not "have been taken to hospital after a crash on Sunday": the day of what happened)
# (not a verb of saying, whose object is what was said: "has confirmed the match on Saturday was abandoned")
WARNING_FROM_BEFORE: Final = re.compile(r"\bissued\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:warning|watch|alert|advisory|order)s?\s+"
                                 r"(?:[^.;!?\n]*?\s)?(?:from|until|through|till|covering)\s+(?:\d[\d:.]*\s*(?:[ap]\.?m\.?)?\s+)?(?:on\s+)?$", re.I)
PERFECT_BEFORE_DAY: Final = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:just|already|now|also)\s+)?"
                                r"(?!(?:" + "|".join(sorted(REPORTING)) + r")\b)"
                                r"[a-z]+(?:ed|en)\s+"
                                r"(?:(?!(?:who|which|that|was|were|is|are|been|since|and|but|after|before|when)\b)[\w'-]+\s+){1,8}"
                                # the day of a period, or of its clock time: "for Saturday", "from 6am on Wednesday";
                                # the day of a meeting called, at its time: "has convened a meeting at 11 am on Thursday"
                                r"(?:(?:from|for|until|till|through|on)\s+(?:[\w:.]+\s+(?:on\s+)?)?"
                                r"|at\s+(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?\s+)?on\s+)?)$")

AFTER_THING_OF_PERFECT: Final = re.compile(r"\b(?:has|have|had|'ve)\s+(?:been\s+)?[a-z]+(?:ed|en)\b[^.;:!?\n]{0,60}\bafter\s+"
                                    r"(?:a|an|the|his|her|their|its)\s+(?:[\w'-]+\s+){1,5}on\s+$")
PAST_BE_AFTER: Final = re.compile(r"\s+(?:was|were|had)\b")  # "the match on Saturday was abandoned"


def _weekend_told(st: _State, text: str, start: int) -> Day | None:
    """The Saturday of the weekend told last ("this weekend": "2026-W12-WE"), in the paragraph, with nothing told
    since."""
    v = st.last_value
    if v is None or not v.endswith("-WE") or start - st.last_end > WEEKEND_DAY_REACH or "\n" in text[st.last_end:start] \
            or (w := WEEKEND_VALUE.match(v)) is None:
        return None
    try:
        return Day.fromisocalendar(int(w.group(1)), int(w.group(2)), 6)
    except ValueError:
        return None


WEEKEND_DAY_REACH: Final = 200  # characters from a weekend told to its Saturday or Sunday
WEEK_DAY_REACH: Final = 150  # characters from a week told to a weekday of it, in its sentence
WEEKEND_VALUE: Final = re.compile(r"(\d{4})-W(\d\d)-WE$")


AND_NEXT_DAY_REACH: Final = 40  # characters from a day to come to a weekday joined to it by "and" in its clause: a few words


def _weekday_day(st: _State, wd: int, rel: str, text: str, start: int, end: int) -> tuple[Day, str | None]:
    """The day a weekday name refers to, by its "last"/"next" or else the tense of its clause."""
    tense: str | None
    back = (st.dct.weekday() - wd) % 7
    ahead = (wd - st.dct.weekday()) % 7
    # Yesterday and tomorrow are called that: "last Wednesday" written on a Thursday is the week before's, "next
    # Friday" written on a Thursday the week after's ("until next Friday", said on Thursday 3 December: the 11th)
    # (unless the text says it is that day: "next Tuesday – that is, tomorrow")
    if rel in ("last", "past"):
        week_before = back == 1 and rel == "last" and not SAID_NEXT_DAY.match(text, end)
        return st.dct - dt.timedelta(days=8 if week_before else back or 7), None
    if rel == "next":
        week_after = ahead == 1 and not SAID_NEXT_DAY.match(text, end)
        return st.dct + dt.timedelta(days=8 if week_after else ahead or 7), None
    if rel in ("this", "coming"):
        return st.dct + dt.timedelta(days=ahead), None
    if not rel and _in_day_section(st, text, start) and st.last_day is not None \
            and 0 <= (st.last_day - st.heading_day).days < 7 and (wd - st.heading_day.weekday()) % 7:
        # "## Saturday 2 August\n\n... the dance tent runs until 2am on Sunday": the Sunday after the day the
        # section is of
        return st.heading_day + dt.timedelta(days=(wd - st.heading_day.weekday()) % 7), None
    if not rel and st.heading_day is not None and st.last_day is not None and start - st.heading_end < SECTION_DAY_REACH \
            and 0 <= (st.last_day - st.heading_day).days < 7 and (wd - st.heading_day.weekday()) % 7 \
            and (heading := text[text.rfind("\n", 0, st.heading_end) + 1:st.heading_end]).isupper() \
            and WEEKDAY_NAMED.search(heading) is not None and _in_day_section(st, text, start, plain=True):
        # a day in capitals heading its section: the weekday nearest it ("MONDAY 17 – THURSDAY 20
        # FEBRUARY\nThe comedy showcase plays every night from Tuesday", "WEDNESDAY, SEPT. 10\n\n- China: Consumer
        # prices, 9:30 p.m. ET Tuesday"; not a holiday's name, "POLLING DAY\n\n... have until 5pm on Wednesday")
        return st.heading_day + dt.timedelta(days=(wd - st.heading_day.weekday() + 3) % 7 - 3), None
    if not rel and st.heading_day is not None and (not back or text.startswith(("'s", "’s"), end) or st.heading_day > st.dct) \
            and st.heading_day.weekday() == wd and start - st.heading_end < SECTION_DAY_REACH \
            and _in_day_section(st, text, start, plain=True) and tense_at(text, start, end) != "past":
        # "**Friday 24 May**\n\nThe books programme begins at 10am ...\n\nFriday night belongs to the Barn": the day
        # the section is of, whichever Friday the DCT is; so "**Saturday 25 May** ... Saturday evening's concert"
        return st.heading_day, None
    if not rel and st.last_value is not None and "-W" in st.last_value and (week := ISO_WEEK.match(st.last_value)) is not None \
            and 0 <= start - st.last_end < WEEK_DAY_REACH and st.last_value > _at_unit(st.dct, "week") \
            and _opens_sentence(text, st.last_start) and not _broken(text, st.last_end, start):
        # "Next week brings the Fed decision, retail sales figures on Tuesday and ...": that week's Tuesday (a week
        # to come that the sentence opens with and is about; not "said last week that it would mark Eid on Thursday"),
        # the DCT's own weekday too ("Next week, House members are due back Monday", written on a Monday)
        try:
            return Day.fromisocalendar(int(week.group(1)), int(week.group(2)), wd + 1), None
        except ValueError:
            pass
    if not back:
        told = st.days_told.get(wd)
        if told is not None and (told - st.dct).days == 7 and told in st.named_weekdays \
                and tense_at(text, start, end) == "future":
            # "The shutdown is scheduled to end at 02:00 on Monday 26 October ... Crews will inspect reservoir levels
            # once pumping resumes on Monday", written on Monday 19 October: the one told with its weekday (not "to
            # conclude on April 2 ... adjourned the House till 11 am Thursday", written on Thursday 26 March)
            return told, "future"
        if told is not None and (st.dct - told).days == 7 and told in st.named_weekdays \
                and (WEEKDAY_LATE_PART.match(text, start) or EVENING_CLOCK.match(text, start)) \
                and tense_at(text, start, end) == "past":
            # "was last seen at about 11.20pm on Friday 14 June ... after the party on Friday night", "anyone who was
            # in the area between 9.30pm on Friday", written on Friday 21 June: the evening or night gone by of the
            # Friday told, not the one still to come
            return told, "past"
        if (last := st.last_day) is not None and last > st.dct and (last - st.dct).days < 7 \
                and 0 <= start - st.last_day_end <= AND_NEXT_DAY_REACH and " and " in text[st.last_day_end:start] \
                and not _broken(text, st.last_day_end, start) and tense_at(text, start, end) != "past":
            # "The festival opens at 4pm on Friday and closes at 9pm on Sunday", written on a Sunday: after a day of
            # the coming week told just before it in its sentence, the next such day after that one (not today)
            return last + dt.timedelta(days=(wd - last.weekday()) % 7), None
        return st.dct, None  # the DCT's own weekday: the same day whatever the tense
    if wd >= 5 and (weekend := _weekend_told(st, text, start)) is not None and weekend >= st.dct - dt.timedelta(days=1):
        # "The museum expects queues this weekend and advised visitors to book. Tickets for Saturday were largely
        # gone by Wednesday evening": the Saturday of the weekend just told, to come, whatever the tense (after one
        # gone by, the tense still tells: "Fans queued all weekend. The final is on Sunday")
        return weekend + dt.timedelta(days=wd - 5), None
    if text.startswith(("'s", "’s"), end) and (told := st.days_told.get(wd)) is not None and told in st.named_weekdays \
            and 0 < (told - st.dct).days < 7:
        # "to reach the final on Sunday, July 13. ... Tickets for Sunday's final sold out in March": the happening
        # of the day told with its date; the verb's tense is of what is said of it
        return told, None
    tense, firm = tense_cue(text, start, end)
    if tense == "past" and not firm and st.last_day is not None and 0 < (st.last_day - st.dct).days < 7 \
            and st.last_day.weekday() == wd and start - st.last_day_end < TOLD_AGAIN_REACH \
            and PLURAL_SAME_FORM_BEFORE.search(text, start - 90, start):
        # "the launch window opens at 10:05 p.m. EDT Saturday ... Weather officers put the odds of acceptable
        # conditions on Saturday at 70%": the Saturday just told, which a verb of every tense does not move
        return st.last_day, None
    if tense == "past" and (_has_words(text, start - 90, start, ("has", "have", "'ve"))
                            and PERFECT_BEFORE_DAY.search(text, start - 90, start)
                            or _has_words(text, start - 90, start, ("issued ",))
                            and WARNING_FROM_BEFORE.search(text, start - 90, start)) \
            and not PAST_BE_AFTER.match(text, end):
        # "The Met Office has issued a yellow warning for rain from 6am on Wednesday": a present perfect takes no day
        # gone by ("has issued on Tuesday" is not English); the day is the warning's, the nearest one; so too the day
        # a warning issued runs from or to ("issued a red flag warning for the area from 11 a.m. Friday")
        tense = None
    elif tense == "past" and not SINCE_BEFORE.search(text, start - 10, start) \
            and (_may_hold(text, start - 60, start, CALLED_OFF_WORDS) and CALLED_OFF_BEFORE.search(text, start - 60, start)
                 or CALLED_OFF_AFTER.match(text, end)):
        # "The School District of Beloit canceled classes Friday", written on a Thursday: what is called off is
        # the day's, which is often still to come; the nearer of the two (so "announced Friday that Saturday games
        # and practices had been canceled"; but not "have been postponed since Thursday", which has begun)
        tense = None
    elif tense != "past" and FIGURE_FROM_BEFORE.search(text, start - 50, start):
        tense = "past"  # "an 80% chance of a cut next week, up from about 60% on Monday": a figure already seen
    elif tense is None and RESULT_AFTER_DAY.match(text, end):
        tense = "past"  # "including Saturday's 2-1 win over Harlow": a result is of a game played
    elif tense != "past" and _has_words(text, start - 90, start, ("-", "–")) and SCORE_BEFORE_DAY.search(text, start - 90, start):
        # "arrive in Edinburgh under pressure after losing 27-13 to France at Twickenham on Saturday": a score told of
        # the day is of a game played
        tense = "past"
    elif tense is None and _may_hold(text, start - SCHEDULED_REACH, start, SCHEDULED_WORDS) \
            and SCHEDULED_PRESENT_BEFORE.search(text, start - SCHEDULED_REACH, start):
        # "College football's season kicks off Saturday", "Ireland open their qualifying campaign against Hungary
        # on Saturday": the present of what is scheduled is of the days to come (what has happened is told in
        # the past)
        tense = "future"
    elif tense is None and starts_at(text, " ", end) and DAY_SUBJECT_PRESENT_AFTER.match(text, end) \
            and DAY_SUBJECT_BEFORE.search(text, start - 8, start):
        # "Thursday brings the latest migration figures. And Friday marks the start of half-term": a day that is the
        # subject of a verb in the present is a day of the week ahead
        tense = "future"
    elif tense is None and text.endswith(("after ", "After "), 0, start) and text.startswith(("'s", "’s"), end):
        tense = "past"  # "which is perhaps no surprise after Monday's marathon": what is now after it has happened
    elif tense is None and AFTER_THING_OF_PERFECT.search(text, start - 120, start):
        # "Two people have been taken to hospital after a crash on Sunday": what came before a happening that has
        # happened is gone by
        tense = "past"
    if tense in (None, "present") and (told := _schedule_day(st, wd, text, start)) is not None:
        return told, tense
    if tense in (None, "present") and (told := st.days_told.get(wd)) is not None and 0 < (told - st.dct).days < 7:
        # "takes effect on Sunday ... The first train leaves at 5:12 a.m. Sunday": the coming Sunday already told
        # (after a day gone by, "opened Thursday ... a chance of thunderstorms Thursday night" is another one)
        return told, tense
    if tense == "past":
        return st.dct - dt.timedelta(days=back), tense
    if tense == "future" or tense is None and THROUGH_BEFORE.search(text, start - 10, start):
        return st.dct + dt.timedelta(days=ahead), tense  # "Gates open at 8 a.m. daily through Sunday"
    if tense is None and _may_hold(text, start - 40, start, PRESENT_BE_WORDS) and PRESENT_BE_BEFORE_DAY.search(text, start - 40, start):
        # "the second round is spread over Wednesday and Thursday", "even though it is already 1:58 a.m. Thursday on
        # the East Coast": a weekday told in the present is the coming one (one gone by is told in the past)
        return st.dct + dt.timedelta(days=ahead), tense
    return (st.dct - dt.timedelta(days=back) if back <= ahead else st.dct + dt.timedelta(days=ahead)), tense


PRESENT_BE_BEFORE_DAY: Final = re.compile(r"\b(?:is|are|am)\b[^.;:!?\n,\"“”]*$")
PRESENT_BE_WORDS: Final = ("is ", "are ", "am ")  # (one is in every match of PRESENT_BE_BEFORE_DAY: a cheap test first)


WEEKDAY_LATE_PART: Final = re.compile(r"[A-Za-z]+\s+(?:evening|night)\b")  # "Friday night"
EVENING_CLOCK: Final = re.compile(r"(?:[6-9]|1[01])(?:[:.][0-5]\d)?\s*(?i:p\.?m\b)|(?:1[89]|2[0-3])[:.h][0-5]\d\b")  # "9.30pm", "21:30"
FIGURE_FROM_BEFORE: Final = re.compile(rf"(?i:{_FIGURE_FROM}(?:on\s+)?)$")
# a result told right before its day, in its clause: "losing 27-13 to France at Twickenham on ", "beat Leeds 2-1 on "
SCORE_BEFORE_DAY: Final = re.compile(r"\b(?:won|lost|beat|drew|losing|winning|beating|drawing|defeated|thrashed|edged)\s+"
                              r"(?:[^.,;:!?\n]{0,40}\s)?\d{1,3}[-–]\d{1,3}(?:\s(?:(?!\b(?:and|then|before|but)\b)[^.,;:!?\n\d]){0,50})?"
                              r"\s(?:on\s+)?$")


RESULT_AFTER_DAY: Final = re.compile(r"['’]s\s+(?:\d{1,3}[-–]\d{1,3}\s+)?(?:win|wins|victory|defeat|loss|draw|thrashing|"
                              r"result|results|comeback|upset)\b")
TOLD_AGAIN_REACH: Final = 300  # characters from a day to come told to its weekday told again
# a verb whose past is its present, after a plural subject ("officers put the odds ... on "): either tense
PLURAL_SAME_FORM_BEFORE: Final = re.compile(r"\b(?:[a-z]+s|they|we|you)\s+(?:" + "|".join(sorted(SAME_FORMS)) + r")\s[^.;:!?\n]*$")
CALLED_OFF_AFTER: Final = re.compile(r"(?:['’]s)?\s+(?:[\w'-]+\s+){0,4}(?:(?:had|has|have)\s+been|were|was|are|is)\s+"
                              r"(?:cancell?ed|called\s+off|postponed|scrapped)\b")
CALLED_OFF_WORDS: Final = ("cancel", "called", "postponed", "scrapped")  # (one is in every match of CALLED_OFF_BEFORE)
CALLED_OFF_BEFORE: Final = re.compile(r"(?i:\b(?:cancell?ed|called\s+off|postponed|scrapped)\s+(?:[\w'-]+\s+){0,5}(?:on\s+|for\s+)?)$")
SCHEDULE_DAYS_AHEAD, SCHEDULE_REACH = 14, 250
RANGE_END_BEFORE: Final = re.compile(r"(?i:\b(?:through|thru|until|till|to)\s+|[-–]\s*)$")
COMPARED_BEFORE_DAY: Final = re.compile(r"(?i:\b(?:from|than|with|since|versus|vs\.?)\s+(?:[\w.%$€£,]+\s+){0,3}(?:on\s+)?)$")  # "up from 86% Tuesday"


# a verb of a scheduled happening in the present, then the rest of its clause
# (and in a week ahead of markets: "The main event comes on Friday", "the big asset managers follow on Wednesday")
SCHEDULED_PRESENT_BEFORE: Final = re.compile(r"\b(?:(?:kicks?\s+off|tips?\s+off|opens|begins|starts|resumes|hosts|holds|faces|visits|travels|"
                                      r"(?:they|teams?|[A-Z][a-z]+)\s+(?:open|begin|start|resume|host|hold|face|visit|travel|play|meet))"
                                      r"\b(?!-)[^.;:!?\n]*|(?:comes|follows?|reports?)\s+on\s+)$")  # ("follows Tuesday's
# declaration" is no schedule, nor "a Championship play-off semi-final")
SCHEDULED_WORDS: Final = ("off", "open", "begin", "start", "resume", "host", "hold", "face", "visit", "travel", "play", "meet", "come",
                   "follow", "report")
SCHEDULED_REACH: Final = 90
DAY_SUBJECT_PRESENT_AFTER: Final = re.compile(r" (?:also )?(?:brings|sees|marks|promises|features|kicks off|offers)\b")
DAY_SUBJECT_BEFORE: Final = re.compile(r"(?:(?:^|[.!?] |\n)(?:And |Then |But )?|, and |; )$")


def _schedule_day(st: _State, wd: int, text: str, start: int) -> Day | None:
    """In a schedule of the coming days, a weekday with no tense of its own goes on from the day just told:
    "ends on Monday, July 7. The quarterfinals are on Tuesday and Wednesday" (written on June 28) are July 8
    and 9, not the Tuesday and Wednesday nearest the DCT; so after a part of a day ("A formal search takes place on
    Tuesday night. Any remaining chametz is burned by late Wednesday morning"). Only for a day told a few sentences before
    (SCHEDULE_REACH characters), named as a day, and at most two weeks ahead; not a day compared with ("up from
    86% Tuesday")."""
    last = st.last_day
    if last is None or not st.last_day_explicit or not st.dct < last <= st.dct + dt.timedelta(days=SCHEDULE_DAYS_AHEAD) \
            or start - st.last_day_end > SCHEDULE_REACH or COMPARED_BEFORE_DAY.search(text, start - 30, start):
        return None
    if st.last_end != st.last_day_end or not DAY_PART_OR_CLOCK.fullmatch(st.last_value) or _line_start(text, st.last_start) \
            or RANGE_END_BEFORE.search(text, st.last_start - 12, st.last_start):
        return None  # the last thing told is not that day; it heads a line of a list or ends a stretch ("runs
        # through Aug. 20"): no step of a schedule
    day = last + dt.timedelta(days=(wd - last.weekday()) % 7)
    # Within the coming week the weekday is the one ahead ("by late Thursday and ... by Saturday"); past it only
    # when the schedule has already left this week ("before Friday morning ... before Wednesday morning" is
    # this Wednesday).
    week = dt.timedelta(days=7)
    return day if last > st.dct + week or day <= st.dct + week else None


SAID_NEXT_DAY: Final = re.compile(r"\s*(?:,|\(|[-–—])\s*(?:that\s+is,?\s+|i\.e\.,?\s+|meaning\s+)?(?i:tomorrow|yesterday)\b")
THROUGH_BEFORE: Final = re.compile(r"(?i:\b(?:through|thru)\s+)$")  # the end of a stretch still running


WEEKDAY_JOIN: Final = re.compile(r"\s*(?:,?\s*(?:and|or)|,|to|through|until|-|–)\s*(?:on\s+)?$")
WEEKDAY_RANGE: Final = re.compile(r"\s*(?:through|thru|until|till|to|-|–)\s*$")  # "from Friday through Sunday": a span of days
REL_WEEKDAY_BEFORE: Final = re.compile(r"(?i:\b(?:next|last|this|coming|past)\s+[a-z]+day)$")


STORY_REACH: Final = 400  # characters from the day last told: the paragraph or the next
PERFECT_IN: Final = re.compile(r"(?i:\b(?:has|have|'ve)\b)")


def _story_day(st: _State, wd: int, text: str, start: int, end: int) -> Day | None:
    """The day a weekday names in a story told of days long gone by, which it dated with their weekdays: "Nikau
    was admitted on Saturday 14 August 2021 ... At about 2.30am on Sunday, a nurse reprogrammed his pump" is the
    Sunday after, not the one before the DCT. The weekday nearest the day last told (written with its weekday,
    more than a week before the DCT, in the paragraph before at most), unless the tense points ahead."""
    last = st.last_day
    if last is None or last not in st.named_weekdays or st.dct is None or (st.dct - last).days <= 7 \
            or start - st.last_day_end > STORY_REACH or st.last_end != st.last_day_end \
            or PERFECT_IN.search(text, _sentence_bounds(text, start, end)[0], start) \
            or tense_at(text, start, end) == "future":
        return None  # (not after something else told since, nor back in the present: "the final gavel fell on
        # Sunday, Nov. 24 [last year]. Several airlines have already added seats on flights on Saturday")
    return _nearest_weekday(last, wd)


def _perfect_story_day(st: _State, wd: int, text: str, start: int) -> Day | None:
    """The day a weekday names in a past perfect, which goes back before the story's day told with its weekday and
    date more than a week before the DCT: "was stabbed in the chest on Sunday 18 August last year. ... Mr Okafor had
    spent Saturday evening at a friend's party" is the Saturday before that Sunday (not the Saturday before the DCT,
    though another day was told in between: "The trial, which opened on Monday, ...")."""
    if not st.named_weekdays or st.dct is None or not _past_perfect_before(text, start):
        return None
    old = [d for d in st.named_weekdays if (st.dct - d).days > 7]
    if not old:
        return None
    day = max(old)
    if st.heading_day is not None and st.heading_day > day and _in_day_section(st, text, start, plain=True):
        return None  # ("Day 10 – Monday 25 September\n\nThe hotel had slipped a note under our door on Sunday night":
        # the day the section is of, a later one, is where the look back starts: _past_section_day)
    return day - dt.timedelta(days=(day.weekday() - wd) % 7)


DEICTIC_JOINED: Final = re.compile(r"\s+(?:and|or)\s+(?:today|yesterday|tonight|last\s+night)\b", re.I)
QUOTE_MARK: Final = re.compile(r'["“”]')
UNTIL_SHORTLY_BEFORE: Final = re.compile(r"(?i:\b(?:until|till)\s+(?:(?:about|around|at|late|early|noon|midnight|"
                                  r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?)?)\s+){0,3}(?:on\s+)?)$")


def _until_story_day(st: _State, wd: int, text: str, start: int) -> Day | None:
    """The weekday something told of a day more than a week gone by, or of a day to come, went on until: the first
    such weekday after it ("On 14 August, a faulty change took down the service ... not fully resolved until 12:55
    a.m. on Saturday": the 15th, not the Saturday before the DCT; "will close the line from 9pm on Saturday until
    5am on Monday", written on a Monday: the Monday after). In that day's sentence only, nothing else told since."""
    last = st.last_day
    if last is None or st.dct is None or 0 <= (st.dct - last).days <= 7 or st.last_end != st.last_day_end \
            or not _may_hold(text, start - 40, start, UNTIL_WORDS) or (until := UNTIL_SHORTLY_BEFORE.search(text, start - 40, start)) is None \
            or _broken(text, st.last_day_end, until.start()) \
            or NUMBER_OR_CLAUSE.search(text, st.last_day_end, until.start()):
        return None  # (not after a length of time or another clause: "had grown two weeks later; it burned for 87
        # days and was not fully contained until Tuesday", written a few days after)
    if (said := st.weekday_said.get(wd)) is not None and not _broken(text, said[1], start):
        return None  # "heavy rain from Wednesday into Thursday, and a warning is in force from 6am until midnight on
        # Wednesday": the Wednesday the sentence has named (see _weekday_said)
    return last + dt.timedelta(days=(wd - last.weekday()) % 7 or 7)


NUMBER_OR_CLAUSE: Final = re.compile(r"[\d;]")
UNTIL_WORDS: Final = ("until", "till")  # (one is in every match of UNTIL_SHORTLY_BEFORE)


def _weekday_said(st: _State, wd: int, text: str, start: int) -> Day | None:
    """The day a weekday named again in its sentence is: the one it was named for ("Schools will be closed Tuesday
    and Wednesday, and the airport said all flights after 8 p.m. Tuesday had been canceled" is one Tuesday; a
    sentence naming two would tell them apart: "last Tuesday", "next Tuesday"). Not across a quotation's edge
    ('"We meet Tuesday," she said Tuesday')."""
    said = st.weekday_said.get(wd)
    if said is None or _broken(text, said[1], start) or QUOTE_MARK.search(text, said[1], start):
        return None
    if st.dct is not None and said[0] < st.dct and SINCE_WEEKDAY.search(text, said[1] - 16, said[1]) \
            and tense_at(text, start, start) == "future":
        return None  # "have been cooking since Monday for Annakut, which the temple will hold on Monday": from the
        # day gone by to the one to come
    return said[0]


SINCE_WEEKDAY: Final = re.compile(r"(?i:\bsince\s+[a-z]+)$")


def _that_weekday(st: _State, wd: int, text: str, start: int) -> Day:
    """The day "that <weekday>" points back to: the day of that weekday told near the last day told, or told with
    its weekday ("On Friday 29 January 2016 ... a warning issued at 9.10pm on the Friday"), else the first such day
    from the last day told (unless that is to come and a day of years gone by told was that weekday)."""
    told = st.days_told.get(wd)
    if told is not None and (abs((told - st.last_day).days) < 7 or _named_told(st, told, text, start)):
        return told
    after = st.last_day + dt.timedelta(days=(wd - st.last_day.weekday()) % 7)
    if st.dct is not None and after > st.dct and (gone := [d for d in st.old_days if d.weekday() == wd]):
        # "left on the morning of July 31, 2015 ... Last Thursday, a trail crew found a daypack. On Monday, RCMP
        # confirmed ... What is known about that Friday": a day of the story gone by that is that weekday, not one
        # to come
        return gone[-1]
    return after


def _named_told(st: _State, told: Day, text: str, start: int) -> bool:
    """Whether "the"/"that" and a weekday at `start` is a day told with that weekday earlier, though other days
    were told since: not when one of those is in its sentence ("**8 May 2020** – ... pushed back from the Monday to
    the Friday" is of that week)."""
    return told in st.named_weekdays and _broken(text, st.last_day_end, start)


def _nearest_weekday(day: Day, wd: int) -> Day:
    """The day of weekday wd nearest a day: up to three days after it, else up to three before."""
    ahead = (wd - day.weekday()) % 7
    return day + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


LISTING_BEFORE: Final = re.compile(r"\((?:[A-Z][\w&+.'-]*)(?:\s+[A-Z0-9][\w&+.'-]*){0,2},\s+$")  # "(Fox, ", "(BBC One, "
LISTING_AFTER: Final = re.compile(rf",\s+\d{{1,2}}(?:[:.]\d\d)?\s*{lx.AMPM}[^()\n]{{0,12}}\)")  # ", 8 p.m.)", ", 8:30 p.m. EDT)"
TIMED_ENTRY_REACH: Final = 300  # characters from an entry's weekday to the next one's, when they have times: one list
ENTRY_TIME_AFTER: Final = re.compile(r",?\s+(?:(?i:about|around|approximately|shortly\s+(?:before|after))\s+)?\d{1,2}(?:[:.]\d\d)?\s*"
                              rf"{lx.AMPM}(?:\s+[A-Z]{{2,4}})?")


def _timed_entry(text: str, end: int, pod: bool) -> bool:
    """Whether a weekday ending at `end`, with a part of the day (`pod`) or a time after it, heads a chronology's entry:
    "**Thursday afternoon:** A team sets out", "- **Wednesday, 4:12 p.m.:** She sends ..."."""
    if not pod:
        time = ENTRY_TIME_AFTER.match(text, end)
        if time is None:
            return False
        end = time.end()
    return lx.ENTRY_AFTER.match(text, _bold_end(text, end)) is not None


def _entry_day(st: _State, wd: int, same_day: bool = False) -> Day | None:
    """The day of a weekday heading a line of a chronology ("How the week unfolded: SUNDAY — ...; MONDAY — ..."):
    the first such weekday after the entry before (or that one's, for entries with times of the day: `same_day`); for
    the first entry, a day the text has already named on
    that weekday within a week of the DCT ("The quake struck at 2:17 a.m. last Sunday"), else None (placed as any
    weekday is: "Elsewhere at City Hall this week\n\nTuesday: City Council, 5 p.m." is not the Tuesday, Aug. 19, that
    a vote was put off on three weeks before)."""
    if st.entry_day is not None:
        return st.entry_day + dt.timedelta(days=(wd - st.entry_day.weekday()) % 7 or (0 if same_day else 7))
    told = st.days_told.get(wd)
    if told is not None and abs((told - st.dct).days) <= 7:
        return told
    if st.chronology_day is not None and abs((st.dct - st.chronology_day).days) <= 7:
        # "**Sept. 16** — Pilots walk off the job ...\n\n**Thursday** — The minister says ...": after a chronology's
        # dated entries that have come up to the DCT's week, the first such weekday after the last of them
        return st.chronology_day + dt.timedelta(days=(wd - st.chronology_day.weekday()) % 7 or 7)
    return None


def _heading_run_days(text: str, end: int, wd: int) -> int:
    """How many days on from the weekday heading its line, which ends at text[end], the weekdays heading the lines
    after it go, each the first such weekday after the one before: 6 for "SATURDAY ... SUNDAY ... FRIDAY"."""
    days = 0
    for heading in WEEKDAY_HEADING_LINE.finditer(text, end):
        after = lx.WEEKDAYS[heading.group(1).lower()]
        days += (after - wd) % 7 or 7
        wd = after
        if days > 13:
            break
    return days


# a weekday alone on its line, a heading (in bold type or after "#" or not)
WEEKDAY_HEADING_LINE: Final = re.compile(rf"^[ \t]*(?:#{{1,6}}[ \t]+)?(?:\*\*|__)?({lx.WEEKDAY_FULL})(?:\*\*|__)?[ \t:.]*$", re.M)
# a diary told of (not one to write dates in: "Dates for your diary", "diary dates", "in the diary")
DIARY: Final = re.compile(r"(?<!your )(?<!in the )(?<!In the )\b(?i:diary|diaries|diarist)\b(?! dates?\b)")


def _weekday_after_weekday(st: _State, wd: int, text: str, start: int) -> Day | None:
    """The day a weekday joined to a "next"/"last" weekday just before it names ("next Tuesday and Wednesday"):
    the first such weekday after that one. (A bare list, "statements made Friday and Thursday", is not in
    calendar order: each of its days is placed by the tense instead.)"""
    if st.last_day is not None and st.last_day_weekday and BETWEEN_AND.fullmatch(text, st.last_day_end, start) \
            and BETWEEN_BEFORE_DAY.search(text, st.last_start - 40, st.last_start):
        # "between 9.30pm on Saturday and the early hours of Sunday": a span runs forward
        return st.last_day + dt.timedelta(days=(wd - st.last_day.weekday()) % 7 or 7)
    if st.last_day is None or not WEEKDAY_JOIN.match(text, st.last_day_end, start):
        return None
    if st.last_day.weekday() == wd and DAY_APPOSED_JOIN.fullmatch(text, st.last_day_end, start):
        return st.last_day  # "Ramadan will begin a day later, on Sunday": the day counted, told again
    if st.last_day_weekday and WEEKDAY_RANGE.match(text, st.last_day_end, start):
        return st.last_day + dt.timedelta(days=(wd - st.last_day.weekday()) % 7 or 7)  # a span runs forward
    if not (REL_WEEKDAY_BEFORE.search(text, st.last_day_end - 20, st.last_day_end)
            or st.dct is not None and (st.last_day > st.dct or st.last_day == st.dct and (wd - st.dct.weekday()) % 7 == 1)):
        # After a day to come the list runs forward ("on Christmas Day and Friday", "on Saturday and Sunday"), and
        # from today to the next day ("classes were cancelled Tuesday and Wednesday", said on the Tuesday).
        return None
    # (the same weekday again is the same day: "more storms for Saturday afternoon and Saturday night")
    return st.last_day + dt.timedelta(days=(wd - st.last_day.weekday()) % 7)


def _weekday_by_far_day(st: _State, wd: int, text: str, start: int, end: int) -> Day | None:
    """A weekday told in the sentence of a day to come a week or more ahead, and not in the past, is of that day's
    week: "Liftoff is scheduled for 4:12 a.m. Tuesday, March 23, with a backup opportunity on Wednesday" is the 24th,
    not the coming Wednesday."""
    d = st.last_day
    if d is None or not st.last_day_explicit or st.dct is None or (d - st.dct).days < FAR_DAY_AHEAD \
            or start - st.last_day_end > FAR_DAY_REACH or not FAR_DAY_JOIN.fullmatch(text, st.last_day_end, start) \
            or tense_at(text, start, end) == "past":
        return None
    return _nearest_weekday(d, wd)


FAR_DAY_AHEAD: Final = 7  # days after the DCT from which a day told is no day of the coming week
FAR_DAY_REACH: Final = 60  # characters from such a day to a weekday told of its week
FAR_DAY_JOIN: Final = re.compile(r",?\s+(?:with|or)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}(?:on\s+)?")  # ", with a backup opportunity on "
DAY_APPOSED_JOIN: Final = re.compile(r",\s*(?:on\s+)?")
APPOSED_COUNT_BETWEEN: Final = re.compile(r"\s*(?:,|—|–|--)\s*")  # "Christmas Eve, two days later"
BETWEEN_AND: Final = re.compile(r"\s+and\s+(?:the\s+(?:early|small)\s+hours\s+of\s+|(?:early|late)\s+)?(?:on\s+)?")
BETWEEN_BEFORE_DAY: Final = re.compile(r"(?i:\bbetween\s+)(?:[^\s;!?]*[^\s.,;:!?]\s+){0,4}$")  # "between 9.30pm on "
NTH_OF_MONTH: Final = {**lx.ORDINALS, "fifth": 5, "last": -1, "final": -1}  # (-1: the last one of the month)


def r_nthwd(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if m[p + "every"]:
        return _Res("SET", "P1M")  # "the second Tuesday of each month", as annotators write it
    n = NTH_OF_MONTH[m[p + "n"].lower()]
    wd = _weekday(m[p + "wd"])
    if m[p + "that"]:
        # "present the budget in September, on the third Tuesday of the month": the month told in its sentence (else
        # any month's, which no date tells: the weekday alone is read)
        if st.last_month is None or st.last_month_end != st.last_end or _broken(text, st.last_end, m.start()):
            return None
        day = _nth_weekday(int(st.last_month[:4]), int(st.last_month[5:7]), wd, n)
        return _Res("DATE", _iso(day), anchor_kind="previous") if day.month == int(st.last_month[5:7]) else None
    month = _month(m[p + "mon"])
    if y := m[p + "y"]:
        years = [int(y)]
    elif st.last_value is not None and ISO_DAY.fullmatch(st.last_value) and 0 <= st.last_end <= m.start() \
            and int(st.last_value[5:7]) == month and DAY_APPOSED_JOIN.fullmatch(text, st.last_end, m.start()):
        years = [int(st.last_value[:4])]  # "by March 26, 2027, the last Friday in March": the day just told, said again
    elif st.dct is None:
        return None
    else:
        years = [st.dct.year - 1, st.dct.year, st.dct.year + 1]
    cands = [d for d in (_nth_weekday(y, month, wd, n) for y in years) if d.month == month]  # (no fifth Monday)
    if not cands:
        return None
    if len(cands) == 1:
        return _Res("DATE", _iso(cands[0]))
    tense, firm = tense_cue(text, m.start(), m.end())
    return _Res("DATE", _iso(_choose(cands, st.dct, tense, firm)), anchor_kind="dct", tense=tense)



def r_daybeforelast(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if st.dct is None:
        return None
    if m[p + "wd"]:
        # "Thursday before last": the one a week before the last one gone by (said on a Friday, a week before
        # yesterday)
        back = (st.dct.weekday() - _weekday(m[p + "wd"])) % 7 or 7
        return _Res("DATE", _iso(st.dct - dt.timedelta(days=back + 7)), anchor_kind="dct")
    if m[p + "s"]:
        # "the summer before last": the one before the last such season wholly gone by
        season = lx.SEASONS[m[p + "s"].lower()]
        last = _winter(st.dct, "last", False) if season == "WI" \
            else st.dct.year - (st.dct.month < lx.SEASON_START[season] + 3)
        return _Res("DATE", f"{last - 1}-{season}", anchor_kind="dct")
    return None


def r_beforelast(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if st.dct is None:
        return None
    unit = m[p + "u"].lower()
    if unit == "weekend":
        return _Res("DATE", _at_unit(st.dct - dt.timedelta(weeks=2), "weekend"), anchor_kind="dct")
    if unit in lx.PARTS_OF_DAY:  # "the night before last": that part of the day two back
        return _Res("TIME", f"{_iso(st.dct - dt.timedelta(days=2))}T{lx.PARTS_OF_DAY[unit]}", anchor_kind="dct")
    return _Res("DATE", _at_unit(_shift(st.dct, unit, -2), unit), anchor_kind="dct")


def r_weekdays(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    pod = m[p + "pod"] or m[p + "pod2"]
    value = f"XXXX-WXX-{_weekday(m[p + 'wd']) + 1}"
    return _Res("SET", value + (f"T{lx.PARTS_OF_DAY[pod.lower()]}" if pod else ""))


# "on Monday and Tuesday nights": the plural part of day after a list makes each of its days a set
SHARED_PLURAL_POD: Final = re.compile(r"(?:\s*,\s*[A-Z][a-z]+day)*\s*,?\s+(?:and|or)\s+[A-Z][a-z]+day\s+(?P<pod>morning|afternoon|evening|night)s\b")


EVERY_WEEKDAY_AND_BEFORE: Final = re.compile(rf"\b(?i:every|each)\s+{lx.WEEKDAY_FULL}(?:\s+(?i:morning|afternoon|evening|night))?"
                                      r"(?:\s*,\s*|\s+)(?:and|or)\s+$")
FALLS_ON_A: Final = re.compile(r"(?i:\b(?:falls|fell|falling|fall)\s+on\s+an?\s+)$")
NOUN_AFTER_DAY: Final = re.compile(r"\s+(?!(?:in|of|at|on|and|or|when|while|as|if|because|until|since|so|then|where|to|that|with|"
                            r"before|after|for|last|this|but|the|you|we|they|he|she|it|his|her|their|its|our|my|your|was|"
                            r"were|is|are|will|would|could|can|had|has|have)\b)[a-z]{3,}")  # "a Wednesday briefing call"
A_DAY_BEFORE: Final = re.compile(r"\b(?:(?:[Oo]n|[Oo]f)\s+)?(?:[Aa]|[Oo]ne)\s+$")  # "on a Friday", "one Monday"
ANY_SUCH_WORDS: Final = frozenset(("normal", "typical", "ordinary", "average", "usual", "regular"))
ANY_SUCH_BEFORE: Final = re.compile(rf"\b[Aa]n?\s+(?:{'|'.join(ANY_SUCH_WORDS)})\s+$")
WEEKDAY_TO_WORDS: Final = frozenset(("to", "through", "thru", "until", "till"))
_HOUR: Final = rf"(?:\d{{1,2}}(?:[:.]\d\d)?\s*{lx.AMPM}|(?i:noon|midnight))"
_WEEKDAY_TO: Final = r"\s*(?:to|through|thru|until|till|-|–)\s*"
WEEKDAY_RANGE_END_AFTER: Final = re.compile(rf"{_WEEKDAY_TO}{lx.WEEKDAY_FULL}(?!\s+(?i:morning|afternoon|evening|night))")
WEEKDAY_RANGE_START_BEFORE: Final = re.compile(rf"{lx.WEEKDAY_FULL}{_WEEKDAY_TO}$")
# The hours after a range of weekdays: after a comma, "from", "between" or "at" ("open Tuesday to Sunday, 10am to 5pm",
# "Evenings Monday to Saturday at 7.30pm"), or a range right after the comma whose first hour has no "am" or "pm"
# ("Dinner Tuesday through Sunday, 5 to 10 p.m."; after "from" such a range may be the hours of those days to come:
# "will hear confessions from Monday to Wednesday, from 5 to 7 p.m.")
HOURS_AFTER_DAYS: Final = re.compile(rf"(?:,\s*|\s+(?:from|between|at)\s+|,\s+(?:from|between)\s+){_HOUR}|,\s*\d{{1,2}}(?:[:.]\d\d)?\s*(?:to|-|–)\s*{_HOUR}")
HOURS_BEFORE_DAYS: Final = re.compile(rf"{_HOUR}\s*(?:to|-|–|until|till)\s*{_HOUR},?\s+(?:on\s+|from\s+)?$"
                               # "the box office, open from 9.30am Monday to Saturday": the hour it opens each day
                               rf"|\b(?:open|opens)\s+(?:daily\s+)?(?:from|at)\s+{_HOUR}\s+$")


def _weekly_hours(text: str, start: int, end: int, before: str) -> bool:
    """Whether a weekday opens or closes a range of weekdays given hours: opening hours, each such day's ("open
    from Tuesday to Sunday, 10am to 5pm", "Monday to Friday, between 9am and 5pm", "from 11 a.m. to 9 p.m.
    Wednesday through Sunday", "Dinner Wednesday through Sunday, from 5:30 p.m."); not a stretch from a time on
    one day to another ("at 11 a.m. Friday through Sunday", "from noon Thursday through Friday morning").
    `before`: the word before it ("" for none)."""
    if (to := WEEKDAY_RANGE_END_AFTER.match(text, end)) is not None:
        first, last = start, to.end()
    elif (before in WEEKDAY_TO_WORDS or before[-1:] in ("-", "–")) \
            and (since := WEEKDAY_RANGE_START_BEFORE.search(text, start - 24, start)) is not None:
        first, last = since.start(), end
    else:
        return False
    return HOURS_AFTER_DAYS.match(text, last) is not None \
        or HOURS_BEFORE_DAYS.search(text, first - 40, first) is not None


DAY_OF_MONTH_AFTER: Final = re.compile(r",?\s+(?:the\s+)?(3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:[A-Z]|century))"
                                r"(?!\s+(?:in|place|overall|position|spot)\b)"  # ("finished Sunday 3rd in the race")
                                r"(?!\s+(?:[a-z]+\s+)?(?:anniversary|birthday|edition|annual|straight|consecutive|time|year|"
                                r"round|day|week|season|game|match|minute|anniversaries)\b)")  # ("On Friday, the 30th anniversary")
DAY_OF_MONTH_REACH: Final = 6  # months either side of the DCT a weekday and day of the month are looked for in


def _day_of_month_on(dct: Day, weekday: int, n: int) -> Day | None:
    """The day numbered n in a month near the DCT that falls on the weekday, the nearest one (None if none)."""
    best = None
    for k in range(-DAY_OF_MONTH_REACH, DAY_OF_MONTH_REACH + 1):
        first = _add_months(Day(dct.year, dct.month, 1), k)
        try:
            d = first.replace(day=n)
        except ValueError:
            continue
        if d.weekday() == weekday and (best is None or abs((d - dct).days) < abs((best - dct).days)):
            best = d
    return best


def _weekday_rel(rel: str | None) -> str:
    """The word before a weekday that says which one, lowercased: "this past Friday" is "past", "this coming" "coming"."""
    if not rel:
        return ""  # (most weekdays have no such word)
    rel = SPACES.sub(" ", rel.lower())
    return rel[5:] if rel.startswith("this ") else rel


WEEKDAY_CLOCK: Final = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}  # "from Saturday noon until Sunday midnight"


def _weekday_pod(pod: str | None) -> str:
    """The time a part of the day after a weekday adds to its value: "TAF" for "Friday afternoon", "T12:00" for
    "Saturday noon" (an hour, as "noon Saturday" is), "" for none."""
    if not pod:
        return ""
    pod = pod.lower()
    return "T" + WEEKDAY_CLOCK.get(pod, lx.PARTS_OF_DAY.get(pod, ""))


WEEKDAY_TITLE_BEFORE: Final = re.compile(r"(?:\b[Tt]he|['’]s|s['’])\s+$")  # ("Sky News' Sunday Agenda" too)
PLACE_TITLE_BEFORE: Final = re.compile(r"\b[Tt]he\s+[A-Z][a-z]+\s+$")  # "the Tarrawong Saturday Growers' Market": a place's name first
WEEKDAY_TITLE_AFTER: Final = re.compile(rf"\s+(?!(?:Night|Morning|Afternoon|Evening|Mass|Service|Eucharist|Liturgy|AM|PM)\b)"
                                 rf"(?!{lx.MONTH_ANY})(?!{lx.WEEKDAY_FULL})[A-Z][a-z]{{2,}}\b")


# a verb a stretch runs on with, before "past" that means beyond ("go past Friday"), not last ("this past Friday")
PAST_AS_BEYOND_BEFORE: Final = re.compile(r"\b(?i:go|goes|going|gone|went|run|runs|running|ran|last|lasts|lasting|lasted|stay|stays|"
                                   r"staying|stayed|remain|remains|remained|continue|continues|continued|extend|extends|"
                                   r"extended|drag|drags|dragged|stretch|stretches|stretched|open|well|beyond)\s+$")


# The characters the regexes that read what follows a weekday need first, after any spaces (r_weekday's cheap tests)
NAME_AFTER_FIRST: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZls")  # NAME_AFTER_WEEKDAY: a name, "league", "school"
KIND_AFTER_FIRST: Final = frozenset("pentsmrlb")  # KIND_AFTER_WEEKDAY's words: "paper", "edition", "newspaper", ...
SHARED_POD_FIRST: Final = frozenset(",ao")  # SHARED_PLURAL_POD: a comma, "and", "or"
DAY_OF_MONTH_FIRST: Final = frozenset(",t123456789")  # DAY_OF_MONTH_AFTER: a comma, "the", the day's first figure
OF_WEEK_FIRST: Final = frozenset(",-–taonlNTL")  # OF_WEEK_AFTER: a mark, "to", "through", "and", "or", "of", "next", "this", "last"
WEEK_ON_FIRST: Final = frozenset("wf")  # WEEK_ON_AFTER: "week", "fortnight"
LABEL_FIRST: Final = frozenset("maen")  # LABEL_AFTER after spaces: "morning", "afternoon", "evening", "night" (else ":")
DEICTIC_FIRST: Final = frozenset("aAoO")  # DEICTIC_JOINED: "and", "or"


def r_weekday(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    ms, me = m.span()  # (read once: the tests below ask for them some thirty times)
    kind: str | None  # ("dct", "previous", or st.anchor_day's)
    if text[me:me + 1] in QUOTE_ENDS and _quoted_title(text, ms, me) and text[ms - 1:ms] not in QUOTE_OPENS:
        return None  # 'Daniel Okoro's "Ash Wednesday" on Nov. 12': a title's word
    if m[p + "nx"] and st.dct is not None and not m[p + "rel"]:
        ahead = (_weekday(m[p + "wd"]) - st.dct.weekday()) % 7 or 7  # "on Tuesday next": the coming one
        return _Res("DATE", _iso(st.dct + dt.timedelta(days=ahead)), anchor_kind="dct")
    # A full stop, a possessive or the end of the text after the weekday (a quarter of them): none of the words
    # that eight of the tests below look for after it can follow, and their regexes are spared.
    ends = text[me:me + 1] in (".", "'", "’", "")
    # ... and the first character after it and any spaces: nine of the regexes below read what follows it and need
    # one of a few characters there ("said Tuesday that": none of them), so each is tried only then
    k = me
    while k < len(text) and text[k].isspace():
        k += 1
    nxt, spaced = text[k:k + 1], k > me
    if not ends and spaced and nxt in NAME_AFTER_FIRST and lx.NAME_AFTER_WEEKDAY.match(text[me:me + 20]) or lx.TITLE_BEFORE.search(text, ms - 6, ms) \
            or not ends and starts_at(text, " ", me) and WEEKDAY_TITLE_AFTER.match(text, me) \
            and (WEEKDAY_TITLE_BEFORE.search(text, ms - 5, ms) or PLACE_TITLE_BEFORE.search(text, ms - 30, ms)):
        return None  # "the Sunday Times", "Mr Sunday Adeyemi"; "Channel 4's Sunday Brunch", "on The Sunday Game": a
        # title
    if not ends and spaced and nxt in KIND_AFTER_FIRST and (kind_after := lx.KIND_AFTER_WEEKDAY.match(text, me)) and (lx.ARTICLE_BEFORE.search(text, ms - 7, ms)
                                                               or kind_after.group().strip() in ("school", "prayers")
                                                               or kind_after.group().startswith(" trading")):
        return None  # "a Sunday timetable", "the Sunday paper", "taught Sunday school", "Friday prayers", "under Sunday
        # trading laws": a kind of thing, not a day
    if starts_at(text, "Sunday", ms) and ends_at(text, " on ", 0, ms) and lx.PAPER_ON_BEFORE.search(text, ms - 24, ms):
        return None  # "The Mail on Sunday reported last weekend": a paper
    wd, rel, pod = _weekday(m[p + "wd"]), _weekday_rel(m[p + "rel"]), m[p + "pod"]
    if pod and pod[0].isupper() and pod[1:].islower() and not rel and _in_name(text, m.start(p + "pod"), me, True):
        return None  # "the recap show, Monday Night Ban Phase, returns", "the organiser Saturday Night Brawls": a name
    if rel == "past" and m[p + "rel"][:1] in "pP" and PAST_AS_BEYOND_BEFORE.search(text, ms - 14, ms):
        return None  # "unlikely to go past Friday", "kept open past Sunday": beyond that day, which is read alone
    if rel.startswith("that") and (st.last_day is None or st.vague_day_end > st.last_day_end
                                   or not (_demonstrative_that(text, ms, me)
                                           or _that_same_weekday(st, text, ms, me, wd))):
        return None  # "officials said that Sunday's vote ...": the conjunction; the weekday alone is read again
    if not (rel or pod or ends) and nxt in SHARED_POD_FIRST and (shared := SHARED_PLURAL_POD.match(text, me)):
        return _Res("SET", f"XXXX-WXX-{wd + 1}T{lx.PARTS_OF_DAY[shared.group('pod')]}")
    mod = _mod(m[p + "mod"])
    words = text[ms - 12 if ms > 12 else 0:ms].split()
    before = words[-1] if words else ""  # the word before it: a cheap test for the rules below
    if not (rel or pod) and _weekly_hours(text, ms, me, before) \
            or not rel and before in ("and", "or") and EVERY_WEEKDAY_AND_BEFORE.search(text, ms - 40, ms):
        # "open from Tuesday to Sunday, 10am to 5pm", "every Monday and Friday", "every Friday and Saturday night":
        # each such day
        return _Res("SET", f"XXXX-WXX-{wd + 1}" + _weekday_pod(pod))
    if not rel and before in ANY_SUCH_WORDS and ANY_SUCH_BEFORE.search(text, ms - 16, ms):
        return _Res("DATE", f"XXXX-WXX-{wd + 1}")  # "compared with two or three on a normal Monday": any Monday
    if st.dct is None:
        return _Res("TIME" if pod else "DATE", f"XXXX-WXX-{wd + 1}", mod)
    if not rel and (run_first := st.run_first) is not None and st.run_last is not None and ms - st.run_end < NARRATIVE_REACH \
            and (in_run := run_first + dt.timedelta(days=(wd - run_first.weekday()) % 7)) <= st.run_last \
            and _told_in_run(st, text, ms, me, before):
        return _Res("TIME" if pod else "DATE", _iso(in_run) + _weekday_pod(pod), mod, "previous")
    if not rel and st.last_day is not None and ("Day" in text[ms - 24 if ms > 24 else 0:ms]) \
            and TRIP_DAY_BEFORE.search(text, ms - 40, ms) is not None:
        # "Day 1, Friday. We rolled into Innsbruck at 09:12", "Day 4, Thursday, was the summer solstice", leading a
        # paragraph of an account told day by day: the first such weekday from the last day told, not the DCT's week
        day = st.last_day + dt.timedelta(days=(wd - st.last_day.weekday()) % 7)
        return _Res("TIME" if pod else "DATE", _iso(day) + _weekday_pod(pod), mod, "previous")
    if not rel and st.last_day is not None and st.last_day.weekday() == wd and st.last_day_end == ms - 4 \
            and ends_at(text, " on ", 0, ms):
        # "to return before Thanksgiving on Thursday": the weekday of the day just told, which it says again
        return _Res("TIME" if pod else "DATE", _iso(st.last_day) + _weekday_pod(pod), mod, "previous")
    if not (rel or pod or ends) and nxt in DAY_OF_MONTH_FIRST and (nth := DAY_OF_MONTH_AFTER.match(text, me)) is not None \
            and (day := _day_of_month_on(st.dct, wd, int(nth.group(1)))) is not None:
        # "Tuesday the 23rd": the 23rd, near the DCT, that is a Tuesday
        return _Res("DATE", _iso(day), mod, "dct", span=(ms, nth.end()))
    kind, span = "dct", None
    if not rel and before in ("a", "A", "one", "One") and A_DAY_BEFORE.search(text, ms - 8, ms) \
            and not FALLS_ON_A.search(text, ms - 16, ms) and not NOUN_AFTER_DAY.match(text, me) \
            and not (st.last_day is not None and st.last_day.weekday() == wd and ms - st.last_day_end < 60):
        # "clocked off on a Friday afternoon in late April", "It happened one Monday": some such day, which the DCT
        # does not tell (not "On June 16, 2023, a Friday,": that day; nor "falls on a Sunday", the day of what falls;
        # nor "on a Wednesday briefing call", the call's day); the days counted from it are unknown too
        st.vague_day_end = me
        value = f"XXXX-WXX-{wd + 1}" + _weekday_pod(pod)
        return _Res("TIME" if pod else "DATE", value, mod)
    entry = not rel and not pod and _line_lead(text, ms) and lx.ENTRY_AFTER.match(text, _bold_end(text, me))
    # ... or with a time or a part of the day ("- **Wednesday, 4:12 p.m.:** She sends ...", "- **Thursday afternoon:**
    # A search team sets out"): entries of one day may follow each other
    timed = not (rel or entry) and _line_lead(text, ms) and _timed_entry(text, me, pod is not None)
    # ... or alone on its line, heading what follows ("Here is what to watch:\n\nMONDAY\n\n...\n\nTHURSDAY\n\n"): the
    # headings of a week run forward as a chronology's entries do
    heading = not rel and not pod and not entry and _line_lead(text, ms) \
        and lx.LINE_END.match(text, _bold_end(text, me)) is not None
    if rel.startswith("the"):
        # "the previous Friday", "the following Monday": counted from the day last mentioned
        if st.vague_day_end > st.last_day_end:  # (from "on a Friday": unknown)
            return _Res("TIME" if pod else "DATE", f"XXXX-WXX-{wd + 1}" + _weekday_pod(pod))
        anchor, kind = st.anchor_day()
        if "following" in rel:
            day, tense = anchor + dt.timedelta(days=(wd - anchor.weekday() - 1) % 7 + 1), None
        else:
            day, tense = anchor - dt.timedelta(days=(anchor.weekday() - wd - 1) % 7 + 1), None
    elif not rel and st.last_day is not None and st.last_day.weekday() == wd and ms - st.last_day_end < 60 \
            and (lx.APPOSITION_BEFORE.match(text, st.last_day_end, ms)
                 or lx.A_WEEKDAY_BEFORE.search(text, ms - 12, ms)):
        day, tense, kind = st.last_day, None, "previous"  # "On June 16, 2023, a Friday,": that day
        if (art := A_BEFORE.search(text, ms - 4, ms)) is not None:
            span = (art.start(), me)  # the article with it, as annotators write it
    elif rel.startswith("that"):
        # "collapsed on the evening of 12 May 2019 ... became unwell at about 8.40pm that Sunday": the day of that
        # weekday told, else the first such day from the last day told, as a story goes on ("was arrested on Tuesday,
        # 4 March ... That Friday, he appeared in court")
        day, tense, kind = _that_weekday(st, wd, text, ms), None, "previous"
    elif not rel and st.dct is not None and starts_at(text, " ", me) and ATTRIBUTIVE_BEFORE.search(text, ms - 5, ms) \
            and (week := NOUN_WEEK_AFTER.match(text, me)) is not None:
        # "had added extra staff for the Friday evening departures this week": the day of that week
        day, tense = st.dct + dt.timedelta(days=wd - st.dct.weekday() + WEEK_STEP_DAYS[week.group(1).lower()]), None
    elif not rel and st.last_day is not None and THE_BEFORE.search(text, ms - 4, ms):
        # "compete on Saturday, February 21, and Sunday, February 22 ... the finals are on the Sunday", "arrived on
        # Tuesday, March 4, and left on the Friday": that weekday of the days just told, else the one nearest the
        # last of them ("from Friday, July 4, to Sunday, July 6 ... on the Saturday")
        told = st.days_told.get(wd)
        near = told is not None and (abs((told - st.last_day).days) < 7 or st.dct is not None and told > st.dct
                                     and tense_at(text, ms, me) == "future" or _named_told(st, told, text, ms))
        # (a day to come told further back, when the clause is of what is to come: "gather in Brussels on 17 and 18
        # December ... The summit will open with a working lunch on the Thursday", after a Tuesday gone by; a day
        # told with its weekday, whatever was told since: "On Friday 29 January 2016, more than 300mm of rain fell
        # ... An inquest in 2017 heard that a warning issued at 9.10pm on the Friday did not reach residents")
        day, tense, kind = (told if near else _nearest_weekday(st.last_day, wd)), None, "previous"
    elif not rel and (after := _weekday_after_weekday(st, wd, text, ms)) is not None:
        day, tense = after, None  # "next Tuesday and Wednesday": the Wednesday of that week
    elif not rel and (far_day := _weekday_by_far_day(st, wd, text, ms, me)) is not None:
        day, tense, kind = far_day, None, "previous"
    elif not (rel or ends) and nxt == "(" and (paren := lx.PAREN_DATE_AFTER.match(text, me)) is not None \
            and (year := _year_for_weekday(month := _month(paren.group("mon") or paren.group("mon2")),
                                           dm := int(LEADING_DIGITS.match(paren.group("day") or paren.group("day2")).group()),
                                           wd, st.dct)) is not None:
        day, tense = Day(year, month, dm), None  # "on Monday (December 15)": the day the brackets name
    elif not (rel or pod or ends) and nxt in OF_WEEK_FIRST and (week := OF_WEEK_AFTER.match(text, me)) is not None:
        # "on Tuesday of next week", "from Monday to Wednesday of next week", "on Tuesday last week": that week's day
        step = WEEK_STEP_DAYS[week.group("rel").lower()]
        day, tense = st.dct + dt.timedelta(days=wd - st.dct.weekday() + step), None
        if week.start("rel") - me < 3:
            span = (ms, week.end())  # "Tuesday last week": one expression (not "Monday to Wednesday of next week")
    elif not (rel or pod or ends) and spaced and nxt in WEEK_ON_FIRST and (week := WEEK_ON_AFTER.match(text, me)):
        # "until Friday week", "lunch Sunday fortnight": a week or two after the coming one
        day, tense = st.dct + dt.timedelta(days=((wd - st.dct.weekday()) % 7 or 7) + WEEKS_ON[week.group(1).lower()]), "future"
        span = (ms, week.end())
    elif rel == "next" and not (pod or ends) and st.dct is not None and spaced and nxt in WEEK_ON_FIRST \
            and (week := WEEK_ON_AFTER.match(text, me)):
        # "next Tuesday week": a week after next Tuesday
        day, tense = _weekday_day(st, wd, "next", text, ms, me)[0] + dt.timedelta(days=WEEKS_ON[week.group(1).lower()]), "future"
        span = (ms, week.end())
    elif not rel and not pod and ends_at(text, " on ", 0, ms) \
            and (week := WEEK_ON_BEFORE.search(text, ms - 16, ms)) and not EXTENT_BEFORE.search(text, week.start() - 5, week.start()):
        # "a week on Sunday", "a fortnight on Friday": so long after the coming one (not "extended the curfew by a
        # week on Saturday": how long, and the day it was done)
        day, tense = st.dct + dt.timedelta(days=((wd - st.dct.weekday()) % 7 or 7) + WEEKS_ON[week.group(1).lower()]), "future"
        span = (week.start(), me)
    elif not (rel or ends) and (nxt in LABEL_FIRST if spaced else nxt == ":") and (label := lx.LABEL_AFTER.match(text, me)) \
            and _line_start(text, ms) \
            and (lx.FORECAST.search(text) or tense_at(text, label.end(), label.end()) == "future"):
        # "Friday: Partly sunny. High 27.": a line of a forecast, the coming one; so too a line of a timetable
        # to come ("Thursday: Services will restart")
        day, tense = st.dct + dt.timedelta(days=(wd - st.dct.weekday()) % 7), "future"
    elif not rel and ends_at(text, ", ", 0, ms) and LISTING_BEFORE.search(text, ms - 24, ms) \
            and LISTING_AFTER.match(text, me) is not None:
        # "**\"Heat Check\" (Fox, Wednesday, 8 p.m.)**": a listing's channel, day and hour, of the coming one
        day, tense = st.dct + dt.timedelta(days=(wd - st.dct.weekday()) % 7), "future"
    elif (entry or heading) and (told := _entry_day(st, wd)) is not None:
        day, tense, kind = told, None, "previous"  # a chronology's "MONDAY — ...": the day after the entry before
    elif timed and (st.entry_day is None or ms - st.entry_end < TIMED_ENTRY_REACH) \
            and (told := _entry_day(st, wd, same_day=True)) is not None:
        day, tense, kind = told, None, "previous"
    elif not rel and spaced and nxt in DEICTIC_FIRST and DEICTIC_JOINED.match(text, me) is not None:
        # "said his brigade had spent Monday and today checking trucks": a weekday joined to today is near the DCT,
        # whatever story of days long gone was told before
        day, tense = _weekday_day(st, wd, rel, text, ms, me)
    elif not rel and (told := _story_day(st, wd, text, ms, me)) is not None:
        day, tense, kind = told, None, "previous"
    elif not rel and (told := _perfect_story_day(st, wd, text, ms)) is not None:
        day, tense, kind = told, "past", "previous"
    elif not rel and (told := _until_story_day(st, wd, text, ms)) is not None:
        day, tense, kind = told, None, "previous"
    elif not rel and (said := _weekday_said(st, wd, text, ms)) is not None:
        day, tense, kind = said, None, "previous"
    else:
        # "had emailed them by 11 p.m. Eastern time on Monday and would ...": the tense is read from the time of
        # day the weekday is the day of, whose verb is nearer
        clock = CLOCK_BEFORE_DAY.search(text, ms - 40, ms) \
            if text[ms - 40 if ms > 40 else 0:ms].rstrip().endswith("on") else None  # (the cheap test first)
        start, end = (clock.start() if clock else ms), me
        if entry:
            # the first entry of a chronology ("How the week unfolded.\n\nMonday: The four party leaders sat
            # ..."): the tense of what the entry tells
            start = end = entry.end()  # (after the bold type's end: "**Monday** — The leaders met")
        elif heading and (first := FIRST_WORD_BELOW.match(text, _bold_end(text, me))) is not None:
            # ... and so of a day heading the paragraphs below it (a diary: "**Monday**\n\nThe first lamb arrived
            # at 5.40am", written on Saturday, is of the week gone by)
            start = end = first.end()
        if not (heading or entry or timed) and (section := _past_section_day(st, text, ms)) is not None:
            # "Day 6, Thursday 2 October\n\n... Its market ... was on Monday": told from the day the section is of
            dct, st.dct = st.dct, section
            day, tense = _weekday_day(st, wd, rel, text, start, end)
            st.dct = dct
        else:
            day, tense = _weekday_day(st, wd, rel, text, start, end)
        if heading and st.dct is not None and tense != "future" and day > st.dct - dt.timedelta(days=7) \
                and (tense == "past" or DIARY.search(text, 0, ms) is not None):
            # the first of a run of days heading what a diary or a past-tense account tells ("Her diary appears here
            # once a month.\n\nSATURDAY\n\nConstituency surgery ...\n\nSUNDAY ... FRIDAY", written on a
            # Saturday): the run is of days gone by, its last one the DCT's at the latest
            latest = st.dct - dt.timedelta(days=_heading_run_days(text, me, wd))
            day = latest - dt.timedelta(days=(latest.weekday() - wd) % 7)
    if entry or heading or timed:
        st.entry_day, st.entry_end = day, me
    if not rel:
        st.weekday_said[wd] = day, me
    if pod:
        return _Res("TIME", _iso(day) + _weekday_pod(pod), mod, anchor_kind=kind, tense=tense)
    if before == "on" and not (rel or mod or span) and (late := LATE_ON_BEFORE_DAY.search(text, ms - 10, ms)):
        # "late on Tuesday" as "late Tuesday" (with a part of the day, "late on Wednesday evening", annotators leave
        # "late on" out)
        mod, span = _mod(late.group(1)), (late.start(), me)
    return _Res("DATE", _iso(day), mod, anchor_kind=kind, tense=tense, span=span)


# "Day 3, " leading a paragraph (or a sentence) of an account told day by day, before a weekday: "Day 1 of the trail,
# Thursday", "Day 5, a Tuesday,"
TRIP_DAY_BEFORE: Final = re.compile(r"(?:^|\n|[.!?]\s)[ \t]*(?:\*\*)?Day\s+\d{1,2}(?:\s+of\s+the\s+[a-z]+)?(?:\*\*)?,\s+(?:an?\s+)?$")
LATE_ON_BEFORE_DAY: Final = re.compile(r"(?i:\b(early|late)\s+on\s+)$")


# The words "that" follows as a demonstrative before a weekday ("at 8.40pm that Sunday", "on that Friday", "That
# Monday, ..."), not as the conjunction ("said that Sunday's vote", "announced that Friday would be a holiday")
THAT_DEMONSTRATIVE_BEFORE: Final = re.compile(r"(?:^|[.!?:;,(\n\"“]\s*|\b(?i:on|by|until|till|from|since|before|after|of|for|during|about|"
                                       r"through|throughout|at|and|later|earlier)\s+|(?:\d|[ap]\.?m\.?)\s+)$")
POSSESSIVE_AFTER: Final = re.compile(r"['’]s\b")


def _demonstrative_that(text: str, start: int, end: int) -> bool:
    """Whether the "that" at start, before the weekday ending at end, points back to a time told ("that Sunday")."""
    if text[start] == "T":
        return True  # "That Friday, crews were still working"
    if end == len(text) or text[end] in ".;!?":
        return True  # "was found that Thursday.", "with human resources that Thursday.": the sentence ends with it
    return THAT_DEMONSTRATIVE_BEFORE.search(text, start - 14, start) is not None \
        and POSSESSIVE_AFTER.match(text, end) is None


def _that_same_weekday(st: _State, text: str, start: int, end: int, wd: int) -> bool:
    """Whether "that" before a weekday is its demonstrative because the day last told is that weekday, and no verb
    of saying or thinking stands before it ("the night of Oct. 14, 2023 ... argued at a party on the city's north
    side that Saturday night"; not "officials said that Saturday's vote ...")."""
    if st.last_day is None or st.last_day.weekday() != wd or POSSESSIVE_AFTER.match(text, end) is not None:
        return False
    words = text[max(0, start - 20):start].split()
    return bool(words) and words[-1].isalpha() and words[-1].lower() not in THAT_CLAUSE_VERBS


# words that "that" may follow as a conjunction before a weekday (a clause about the day: "said that Saturday would"):
# verbs of saying, thinking and showing, and "so", "such", "now"
THAT_CLAUSE_VERBS: Final = REPORTING | frozenset("believe believes believed think thinks thought know knows knew hope hopes "
                                          "hoped added noted reported confirmed decided agreed insisted argued claimed "
                                          "feared suggested understand understood means meant show shows showed so such "
                                          "now note notes remember remembers recall recalls realise realize given say "
                                          "ensure".split())


CLOCK_BEFORE_DAY: Final = re.compile(rf"\b(?:\d\d?(?:[:.]\d\d)?\s*{lx.AMPM}|\d\d:\d\d(?:\s+[A-Z]{{2,4}})?)"
                              rf"(?:\s+(?:(?i:local)|[A-Z][a-z]+)\s+time)?\s+on\s+$")
OF_WEEK_AFTER: Final = re.compile(rf"(?:\s*(?:,|-|–|\bto\b|\bthrough\b|\band\b|\bor\b)\s*(?:on\s+)?{lx.WEEKDAY_FULL})*"
                           r"\s+(?:of\s+)?(?P<rel>(?i:next|this|last))\s+(?i:week)\b(?!')")
WEEK_STEP_DAYS: Final = {"next": 7, "this": 0, "last": -7}  # days from the DCT's week to the week told ("Tuesday last week")
NOUN_WEEK_AFTER: Final = re.compile(r"\s+[a-z]+\s+(?i:(next|this|last)\s+week)\b(?!')")  # "the Friday departures this week"
WEEK_ON_AFTER: Final = re.compile(r"\s+(week|fortnight)\b(?!'|end)")  # "until Friday week": the Friday after the coming one
EXTENT_BEFORE: Final = re.compile(r"\b(?:by|for)\s+$")  # "put back by a week", "closed for a week": a length, not "a week on"
WEEK_ON_BEFORE: Final = re.compile(r"\b(?:[Aa]|[Oo]ne)\s+(week|fortnight)\s+on\s+$")  # "a week on Sunday"
WEEKS_ON: Final = {"week": 7, "fortnight": 14}
WEEK_BEFORE_DEICTIC: Final = re.compile(r"\b(?:[Aa]|[Oo]ne)\s+(week|fortnight)\s+$")  # "a week tomorrow", "a fortnight today"
DEICTIC_OFFSETS: Final = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
DEICTIC_AFTER_OFFSETS: Final = {**DEICTIC_OFFSETS, "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0}


ACRONYM_BEFORE: Final = re.compile(r"\b[A-Z]{2,}\s+$")
QUOTE_BEFORE: Final = re.compile(r"[\"“]$")


TODAY_SHOW_AFTER: Final = re.compile(r"\s+(?:programme|program|show|Show|Programme|Program|FM|Radio|TV)\b")  # "the Today programme", "Today FM"
POSSESSIVE_BEFORE_NAME: Final = re.compile(r"['’]s\s+$")  # "Radio 4's Today"


def r_deictic(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    ms, me = m.span()  # (read once, as the tests below ask for them)
    if m.group().startswith("Today") and ACRONYM_BEFORE.search(text, ms - 8, ms) \
            and not _opens_sentence(text, ms):
        return None  # "USA Today", "VOA Today": a newspaper, a programme
    if m.group().startswith("Today") and (TODAY_SHOW_AFTER.match(text, me) or not _opens_sentence(text, ms)
                                          and POSSESSIVE_BEFORE_NAME.search(text, ms - 3, ms)):
        return None  # "told BBC Radio 4's Today programme", "on NBC's Today": a programme
    w = _one_space(m[p + "w"].lower())
    off = -2 if "before yesterday" in w else 2 if "after tomorrow" in w else DEICTIC_OFFSETS[w]
    pod = m[p + "pod"]
    pod_code = lx.PARTS_OF_DAY[pod.lower()] if pod else ("NI" if w == "tonight" else None)
    mod = _mod(m[p + "mod"])
    if st.dct is None:
        return _Res("TIME" if pod_code else "DATE", UNKNOWN_DAY + (f"T{pod_code}" if pod_code else ""), mod)
    if w == "today" and not pod_code and st.last_end == m.start() - 1 and len(st.last_value or "") == 4 \
            and st.last_value.isdigit() and text.endswith(("ago", "Ago", "AGO"), st.last_start, st.last_end) \
            and (found := _on(int(st.last_value), st.dct.month, st.dct.day)) is not None:
        # "Thirty years ago today, at 1.20am, she smelled smoke": this day of that year, which the story then goes
        # on in (_ago_today makes one expression of the two)
        return _Res("DATE", found.value, mod, "dct")
    if w in ("today", "tonight") and (gone := _said_on_story_day(st, text, ms, me)) is not None:
        # '"You could see it tonight," Marsh said' in a report of last night's game: the day it was said (or of
        # Saturday's meeting, written on Monday: '"Today the conditions were right," Whitlock said')
        day, kind = _iso(gone), "previous"
    elif w in ("today", "tonight") and (said := _quote_said_on(st, text, ms, me)) is not None:
        day, kind = _iso(said), "previous"
    elif (section := _past_section_day(st, text, ms)) is not None:
        day, kind = _iso(section + dt.timedelta(days=off)), "previous"  # a diary's "yesterday": its day's
    elif w == "tonight" and st.small_hours and _in_quotation(text, ms) is not None and not DAYTIME_CLOCK.search(text):
        # '"That conversation doesn't stop tonight," she said' in a story told in the small hours of the DCT (an
        # election count "early Wednesday", no time of the day after told): said the evening before, of the night
        # that is still going on
        day, kind = _iso(st.dct - dt.timedelta(days=1)), "dct"
    else:
        day, kind = _iso(st.dct + dt.timedelta(days=off)), "dct"
    if not pod_code and w in ("today", "tomorrow") and (week := WEEK_BEFORE_DEICTIC.search(text, ms - 14, ms)) is not None \
            and not EXTENT_BEFORE.search(text, week.start() - 5, week.start()) and TODAY_TOMORROW_AFTER.match(text, ms - 1):
        # "From a week tomorrow it will run every 12 minutes", "the vote is a fortnight today": that long after the day
        # (not "closed for a week today"; the day word read as r_duration reads it, so that the two agree)
        return _Res("DATE", _iso(st.dct + dt.timedelta(days=off + WEEKS_ON[week.group(1).lower()])), mod, "dct",
                    span=(week.start(), me))
    if pod_code:
        return _Res("TIME", f"{day}T{pod_code}", mod, kind)
    if w == "today" and not BOUND_TODAY_BEFORE.search(text, ms - 12, ms) \
            and (_nowadays(text, ms, me) or GENERIC_TODAY_BEFORE.search(text, ms - 40, ms)
                 or _then_and_now(text, ms, me, st.dct)
                 or _today_against_then(text, ms, me, st.dct)):
        return _Res("DATE", "PRESENT_REF")
    return _Res("DATE", day, mod, kind)


SAID_VERB: Final = r"(?:said|told|added|recalled|insisted|admitted|explained)"
SAID_AFTER_QUOTE: Final = re.compile(rf"[\"”]\s*,?\s*(?:[\w.'-]+\s+){{0,6}}{SAID_VERB}\b")
SAID_BEFORE_QUOTE: Final = re.compile(rf"\b{SAID_VERB}\b[^\"“”.]{{0,40}}[.:,]\s*$")  # 'Marsh said. "You could see it tonight."'
PAST_IN_QUOTE: Final = re.compile(r"\b(?:was|were|had|did|could|got|went|came|made|saw|[a-z]{2,}ed)\b")
FUTURE_IN_QUOTE: Final = re.compile(r"\b(?:will|won't|shall|going\s+to|gonna)\b|'ll\b")
DAY_WORD: Final = re.compile(rf"\b(?:{lx.WEEKDAY_FULL}|(?i:today|tonight|yesterday|tomorrow))")


def _in_quotation(text: str, start: int) -> int | None:
    """Where the quotation text[start] is inside of opens, in its paragraph; None when it is in none."""
    opened = text.rfind("\n", 0, start) + 1
    opens = max(text.rfind('"', opened, start), text.rfind("“", opened, start))
    before = text[opened:start]
    if opens < 0 or before.count('"') % 2 == 0 and before.count("“") <= before.count("”"):
        return None
    return opens


def _quotation_end(text: str, end: int) -> int | None:
    """Where the quotation holding text[end - 1] closes, in its paragraph; None when it does not close there."""
    closes = min((i for i in (text.find('"', end), text.find("”", end)) if i >= 0), default=-1)
    return None if closes < 0 or "\n" in text[end:closes] else closes


def _said_on_story_day(st: _State, text: str, start: int, end: int) -> Day | None:
    """The day a quotation holding "today" or "tonight" was said, when the story is of a day just gone: yesterday,
    once the story has told of it, or the day two or three days back it last told (a weekend's race, reported on
    the Monday); None if the DCT has been told as a day, or the quotation is not of what happened then (see
    _quoted_of_day_gone)."""
    if st.dct is None or st.today_told:
        return None
    if st.yesterday_told:
        day = st.dct - ONE_DAY
    elif st.last_day is not None and st.last_day_explicit and 2 <= (st.dct - st.last_day).days <= STORY_DAY_BACK:
        day = st.last_day
    else:
        return None
    return day if _quoted_of_day_gone(st, text, start, end) else None


STORY_DAY_BACK: Final = 3  # days back from the DCT a story's last day told may be, for what was said "today" in it


def _quoted_of_day_gone(st: _State, text: str, start: int, end: int) -> bool:
    """Whether "today" or "tonight" is in a quotation said on a day gone by (_said_on_story_day): the quotation tells
    of what happened (a past tense, nothing ahead), and it is attributed in the past tense with no day of its own
    ('"You could see it tonight," Marsh said.', not '"... today," he said on Monday', nor 'he said. "File the extension
    today."')."""
    opens = _in_quotation(text, start)
    if opens is None:
        return False
    opened = text.rfind("\n", 0, start) + 1
    if (closes := _quotation_end(text, end)) is None:
        return False
    quoted = text[max(opens, start - 120):min(closes, end + 120)]
    if not PAST_IN_QUOTE.search(quoted) or FUTURE_IN_QUOTE.search(quoted):
        return False
    if said := SAID_AFTER_QUOTE.match(text, closes):
        stop = SENTENCE_BREAK.search(text, said.end())
        return not DAY_WORD.search(text, said.end(), stop.start() if stop else len(text))
    return SAID_BEFORE_QUOTE.search(text, max(opened, opens - 60), opens) is not None


def _quote_said_on(st: _State, text: str, start: int, end: int) -> Day | None:
    """The day a quotation holding "today" or "tonight" was said, when its attribution names one gone by: '"We
    strongly disagree with today's decision," Halcyon's chief legal officer said in a statement Monday evening'
    (Monday, written on Tuesday). None when it names none, or the DCT."""
    if _in_quotation(text, start) is None:
        return None
    if (closes := _quotation_end(text, end)) is None:
        return None
    stop = SENTENCE_BREAK.search(text, closes + 1)
    tail = text[closes + 1:stop.start() if stop else len(text)]
    if (said := SAID_ON_DAY.search(tail, 0, QUOTE_SAID_REACH)) is None:
        return None
    if said.group("day").lower() == "yesterday":
        return st.dct - dt.timedelta(days=1)
    back = (st.dct.weekday() - _weekday(said.group("day"))) % 7
    return st.dct - dt.timedelta(days=back) if back else None


# the verb that attributes a quotation and the day it was said right after it ("said in a statement Monday evening",
# "told reporters on Sunday", "said yesterday"; not "said the store would open Friday": a day of what was said)
SAID_ON_DAY: Final = re.compile(rf"\b{SAID_VERB}(?:\s+in\s+an?\s+(?:[\w-]+\s+){{0,2}}(?:statement|interview|post|briefing|email|letter)"
                         rf"|\s+(?:reporters|journalists))?\s+(?:(?:late|early)\s+)?(?:on\s+)?(?P<day>{lx.WEEKDAY_FULL}|yesterday\b)")
QUOTE_SAID_REACH: Final = 120  # characters from a quotation's end to the end of the day its attribution names


def _nowadays(text: str, start: int, end: int) -> bool:
    """"Today, people go to prison": today as these days, contrasted with the past, not the DCT's date. It opens
    its sentence, a comma after it, and the clause it opens is in the present tense."""
    if not lx.TODAY_CONTRAST.match(text, end) or not _opens_sentence(text, start):
        return False
    clause = lx.CLAUSE_BREAK.split(text[end + 1:end + 120], 1)[0]
    return any(w.lower() in lx.PRESENT_VERBS for w in lx.TOKEN.findall(clause)) and tense_at(text, start, end) is None


# "From today, landlords can no longer evict tenants" (after a law of 1988): the day something starts or ends on
BOUND_TODAY_BEFORE: Final = re.compile(r"(?i:\b(?:from|as\s+of|starting|until|till)\s+)$")
# "Every distance scale we use today", "the internet as we know it today": what is done these days, not on the DCT
# (in a clause after a noun or "as", not "We see today that it works")
GENERIC_TODAY_BEFORE: Final = re.compile(r"(?<=[a-z]\s)(?i:(?:we|you|they|people)\s+(?:now\s+)?(?:use|know|see|live\s+in|call|understand|"
                                  r"recogni[sz]e|enjoy|take\s+for\s+granted|rely\s+on|think\s+of)\s+(?:it\s+)?)$")
THEN_BEFORE: Final = re.compile(r"\b(?:(?:1[6-9]|20)\d\d(?:s|'s)?|once|used\s+to|back\s+then|in\s+those\s+days|"
                         r"decades|generations|centuries|(?:hundred|thousand)s?\s+(?:of\s+)?years|"
                         # "Ten years ago we had one car. Today we've got 60 people"
                         r"\w+\s+(?:years|decades?|generations?)\s+ago)\b", re.I)
YEAR_WORD: Final = re.compile(r"(?:1[6-9]|20)\d\d")
PRESENT_AFTER: Final = re.compile(r",?\s+(?:there|they|it|we|he|she|(?:the|our|its|their)\s+[a-z]+)\s+(?:is|are)\s+(?!(?:expected|due|set|scheduled|"
                           r"going|likely|to|being|been|not|now)\b|[a-z]+(?:ed|ing)\b)", re.I)
SUBJECT_AFTER: Final = re.compile(r",?\s+(?!(?:but|and|or|as|when|if|because)\b)[A-Za-z]")  # (", the business belongs")
THEN_REACH: Final = 300  # characters before "today": the sentence or two it is set against


def _then_and_now(text: str, start: int, end: int, dct: Day) -> bool:
    """"Our students today carry in their pockets ...", after a story of decades ago: today as these days, set
    against a time long gone (a year at least ten years back, a decade, "once", "used to") told just before,
    opening its clause, with no tense of its own (not "what we start here today")."""
    if not SUBJECT_AFTER.match(text, end) or tense_at(text, start, end) is not None and not PRESENT_AFTER.match(text, end):
        return False  # (and it opens its clause: "turns 24 today but", "I know about the stories today."; a
        # verb further on is another clause's when a subject and "is" come first: "Today the challenge is the
        # family that moved", "Today there are 37 members")
    return _long_gone_told(text, max(0, start - THEN_REACH), start, dct)


def _long_gone_told(text: str, lo: int, hi: int, dct: Day, years_only: bool = False) -> bool:
    """Whether text[lo:hi] tells a time long gone (THEN_BEFORE): a decade, a year at least ten years before the
    DCT, or (unless years_only) a word such as "once" or "used to"."""
    for found in THEN_BEFORE.finditer(text, lo, hi):
        word = found.group()
        if not YEAR_WORD.match(word):
            if not years_only:
                return True
        elif len(word) > 4 or int(word) <= dct.year - 10:
            return True
    return False


TODAY_MONEY_AFTER: Final = re.compile(r"'s\s+(?:dollars|money|prices|pounds|euros|terms)\b")
STATE_BEFORE_TODAY: Final = re.compile(r"(?:\b(?:is|are|stands|remains|percent|cent)|[%\d])\s+$")
CLAUSE_END_AFTER: Final = re.compile(r"\s*(?:[.;:!?)\"”]|,\s+(?:according|up|down|from|compared|as|while|but|and|whereas)\b)")


def _today_against_then(text: str, start: int, end: int, dct: Day) -> bool:
    """Today as these days in a comparison with a time long gone: "$5.5 million in today's dollars", "half what it
    is today" or "fell from 37 percent in 1990 to about 12 percent today" with the year at least ten years back
    told earlier in its sentence, and "today" ending the clause after a state or a quantity."""
    if TODAY_MONEY_AFTER.match(text, end):
        return True
    if not CLAUSE_END_AFTER.match(text, end) or not STATE_BEFORE_TODAY.search(text, start - 12, start):
        return False  # (not "the band announced today", "it closes today": what is done today)
    return _long_gone_told(text, _sentence_bounds(text, start, end)[0], start, dct, years_only=True)


STRETCH_END_BEFORE: Final = re.compile(r"\b(?:until|till|through|thru|to)\s+$|[-–]\s*$")


def r_thispod(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    rel, pod = m[p + "rel"].lower(), lx.PARTS_OF_DAY.get(m[p + "pod"].lower(), "AF")  # (else "arvo")
    if rel in ("that", "last") and pod in ("NI", "EV") and POD_NOUN_AFTER.match(text, m.end()):
        return None  # "recommended that night staffing levels be tied to need", "its last evening journey": a
        # conjunction or an adjective before a compound noun
    if rel == "last" and pod not in ("NI", "EV"):
        return None  # "last morning" is not idiomatic; likely "the last morning of ..."
    if rel == "last" and ends_at(text, "the ", 0, m.start()):
        # "runs till Jan 28 ... but on the last night many will trade till 2am": the final night, of the day a
        # stretch told last runs to (else not told here), not the night before the DCT
        if st.last_day is not None and st.last_day_end == st.last_end and m.start() - st.last_end < NARRATIVE_REACH \
                and STRETCH_END_BEFORE.search(text, st.last_start - 10, st.last_start) is not None \
                and "\n\n" not in text[st.last_end:m.start()]:
            return _Res("TIME", f"{_iso(st.last_day)}T{pod}", anchor_kind="previous")
        return None
    if rel == "that":  # "telephoned her that evening": of the day just told
        base, kind = st.anchor_day()
        if base is not None and pod in ("EV", "NI") and st.evening is not None and st.evening[0] != base \
                and (not st.in_entry or st.evening[0] == st.dct) \
                and st.last_value is not None and st.last_value[10:] in ("TMO", "TAF") and st.last_value.startswith(_iso(base)) \
                and m.start() - st.evening[1] < NARRATIVE_REACH:
            # "last seen at 9.40pm on Saturday, 13 May ... raised the alarm the following afternoon.\n\nDetectives have
            # pieced together his movements that evening": the evening told, not one after the afternoon told last
            # (in a chronology's dated entry, only an evening of its day: "moved at 6.58pm on Monday ... Here is how
            # it unfolded. ... **1 September 2025** — Palace agree a fee in the afternoon, and he flies to London
            # that evening")
            base, kind = st.evening[0], "previous"
        if base is not None and base == st.dct and st.old_days and "\n\n" in text[st.last_day_end:m.start()] \
                and tense_at(text, m.start(), m.end()) == "past":
            # "at 4:17 p.m. on Jan. 3, 1970, the central span ... gave way. ... on Friday hundreds of people are
            # expected to gather ... That morning, a sudden thaw had followed three weeks of hard frost": the DCT's
            # would be "this morning"; the day gone by the story is of (not "returned at 9 a.m. Friday and reached
            # its decision that afternoon", of the DCT told just before)
            base = st.old_days[-1]
        elif base is not None and st.dct is not None and base > st.dct and _broken(text, st.last_day_end, m.start()) \
                and tense_at(text, m.start(), m.end()) == "past" \
                and (gone := [d for d in st.old_days or st.recent_days if d <= st.dct]):
            # "If you were in the area that night", "carried four children down the stairs that night": a night told
            # as gone by, not the one of a day to come told last (a Christmas to come); the last day gone by told (of
            # years gone by, if the story went back to one); not in the sentence of the day to come ("Sunday, Feb. 18:
            # BAFTA Film Awards in London, broadcast in the United States later that evening")
            base, kind = gone[-1], "previous"
        return _Res("TIME", f"{_iso(base) if base else UNKNOWN_DAY}T{pod}", anchor_kind=kind)
    off = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if st.dct is None:
        return _Res("TIME", f"{UNKNOWN_DAY}T{pod}")
    if (section := _past_section_day(st, text, m.start())) is not None:
        return _Res("TIME", f"{_iso(section + dt.timedelta(days=off))}T{pod}", anchor_kind="previous")
    return _Res("TIME", f"{_iso(st.dct + dt.timedelta(days=off))}T{pod}", anchor_kind="dct")


POD_NOUN_AFTER: Final = re.compile(r"\s+(?:staff(?:ing)?|shifts?|workers?|duty|journeys?|services?|buses|bus|trains?|flights?|"
                            r"classes|class|school|manager|nurses?|porters?|guards?|patrols?|tube|economy|time\s+economy)\b")


def r_podlabel(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if not _line_lead(text, m.start()) or TIMELINE_ENTRY_AFTER.match(text, m.end()) is None:
        return None  # (a part of the day heading an entry: "Afternoon: Evacuation centres open")
    # (of the day the chronology's entry is of, not a day its text told: "**26 June** ... said it was planned on
    # Sunday ...\n\nEvening — Arce addresses supporters")
    day, kind = (st.dct, "previous") if st.in_entry else st.anchor_day()
    if day is None:
        return None
    return _Res("TIME", f"{_iso(day)}T{lx.PARTS_OF_DAY[m[p + 'pod'].lower()]}", _mod(m[p + "mod"]), kind)


def r_inpod(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if m[p + "thru"]:
        # "Rescuers worked through the night": the night of the day the story last told (a few paragraphs back at
        # most), the night before when a small hour was told last ("at 2 a.m. ... held the edge through the night"),
        # else the DCT's, which is then no anchor for what follows (a story of 1976 goes on after "Divers worked
        # through the night. The last body was recovered three days later")
        if st.last_day is None or m.start() - st.last_day_end > NARRATIVE_REACH:
            return _Res("TIME", f"{_iso(st.dct) if st.dct else UNKNOWN_DAY}TNI", None, "dct", remember=False)
        day = st.last_day
        if st.clock is not None and st.clock[0] == day and st.clock[1] < NIGHT_TO:
            day -= dt.timedelta(days=1)
        return _Res("TIME", f"{_iso(day)}TNI", None, "previous")
    if m[p + "the"]:
        # "spent the morning testing the thrusters": of the day this paragraph tells, if it tells one
        if lx.GENERIC_TIME.search(_sentence(text, m.start(), m.end())):
            return None
        if st.last_day is None or "\n\n" in text[st.last_day_end:m.start()] and not _story_goes_on(st, text, m.start()):
            if st.heading_day is not None and st.heading_day == st.last_day and _in_day_section(st, text, m.start(), plain=True):
                # "**MONDAY, 6 JANUARY**\n\n... is expected to deliver a farewell address in the evening": the day
                # the section is of
                return _Res("TIME", f"{_iso(st.heading_day)}T{lx.PARTS_OF_DAY[m[p + 'pod'].lower()]}",
                            _mod(m[p + "mod4"]), "previous")
            if st.dct is None or not MUCH_OF_BEFORE.search(text, m.start() - 16, m.start()):
                return None
            # "Traffic was at a crawl for much of the morning", "throughout the morning": of the day the news is from
            return _Res("TIME", f"{_iso(st.dct)}T{lx.PARTS_OF_DAY[m[p + 'pod'].lower()]}", _mod(m[p + "mod4"]), "dct")
        if st.dct is not None and _in_relative_clause(st, text, m.start()):
            # "The seven-time world champion, who turned 40 on Jan. 7, spent the morning being fitted for a seat":
            # not the day of the relative clause's background, but the one the news is of
            return _Res("TIME", f"{_iso(st.dct)}T{lx.PARTS_OF_DAY[m[p + 'pod'].lower()]}", _mod(m[p + "mod4"]), "dct")
        # ("leaving from Cape Town in the late afternoon": its end)
        return _Res("TIME", f"{_iso(st.last_day)}T{lx.PARTS_OF_DAY[m[p + 'pod'].lower()]}", _mod(m[p + "mod4"]), "previous")
    if lx.WEEKDAY_AFTER_TIME.match(text, m.end()) and st.dct:
        day, kind, tense = _clock_day(st, m, p, text)  # "mid-afternoon Thursday": that Thursday's afternoon
    elif st.dct is not None and (deictic := lx.DEICTIC_AFTER_TIME.match(text, m.end())) is not None \
            and (word := deictic.group(1).lower()) in DEICTIC_OFFSETS and deictic.lastindex == 1 \
            and " " not in deictic.group().strip():
        # "especially at dawn tomorrow": the day the word after it tells
        day, kind, tense = st.dct + dt.timedelta(days=DEICTIC_OFFSETS[word]), "dct", None
    elif st.dct is not None and st.last_day is not None and st.last_day > st.dct and st.last_end == st.last_day_end \
            and "\n\n" in text[st.last_day_end:m.start()] and UNTIL_NEAR_BEFORE.search(text, st.last_start - 30, st.last_start):
        # "remains in force until 7 a.m. EST on Sunday.\n\nSnow is expected to develop by late afternoon": the end of
        # a stretch told in the paragraph before is no day the next one is of; the news is of the DCT's
        day, kind, tense = st.dct, "dct", None
    else:
        (day, kind), tense = st.anchor_day(), None
        if day is not None and st.dct is not None and day > st.dct and tense_at(text, m.start(), m.end()) == "past":
            # "... announce their next decision on Dec. 17. ... By late morning, those odds had fallen": a part of a
            # day to come is not told in the past; the DCT's
            day, kind = st.dct, "dct"
    word = m[p + "pod"].lower()
    pod = lx.PARTS_OF_DAY[word]
    if word in DAYBREAK and day is not None and st.clock is not None and st.clock[0] == day \
            and st.clock[1] >= NIGHT_FROM and m.start() - st.clock[2] < NARRATIVE_REACH:
        day += dt.timedelta(days=1)  # "shortly before 11 p.m. on Wednesday ... By dawn, helicopters were lifting
        # people from rooftops": the dawn after that night
    # "late in the evening", "mid-afternoon", "by late afternoon", "from late morning"
    mod = "MID" if m[p + "mid"] else _mod(m[p + "mod"] or m[p + "mod2"] or m[p + "mod3"])
    return _Res("TIME", f"{_iso(day) if day else UNKNOWN_DAY}T{pod}", mod, kind, tense)


def _story_goes_on(st: _State, text: str, start: int) -> bool:
    """Whether the day told last, the DCT or the day before it, is still the story's in the paragraph after its own,
    told in the past ("A powerful earthquake struck on Wednesday ...\n\nAftershocks rattled the region throughout
    the morning"; not a forecast: "... on Saturday alone," he said.\n\nMet Éireann is forecasting sunny spells in
    the morning")."""
    return st.last_day_explicit and st.dct is not None and dt.timedelta(0) <= st.dct - st.last_day <= dt.timedelta(days=1) \
        and _opens_next_paragraph(text, st.last_day_end, start) and tense_at(text, start, start) == "past"


DAYBREAK: Final = frozenset(("dawn", "daybreak"))
UNTIL_NEAR_BEFORE: Final = re.compile(r"(?i:\b(?:through|thru|until|till)\s+(?:[ap]\.m\.|[^.;:!?\n]){0,20})$")  # "until 7 a.m. EST on "


# "working overnight shifts", "an overnight stay", "an overnight sensation": a kind of thing, not a night
OVERNIGHT_KIND_AFTER: Final = re.compile(r"\s+(?:shifts?|stays?|bags?|oats|success(?:es)?|sensations?|guests?|parking|camps?|"
                                  r"trips?|trains?|flights?|bus(?:es)?|ferry|ferries|sleeper|visits?|closures?|hours|works|"
                                  r"roadworks|visitors?|staff|workers?|crews?|front-desk|temperatures?|lows?|rates?|"
                                  r"deliver(?:y|ies)|accommodation|rate)\b")
# "We will not switch anyone off overnight", "it happened almost overnight": all at once, not in the night
SUDDEN_BEFORE: Final = re.compile(r"(?i:\b(?:not|never|won't|can't|didn't|doesn't|don't|isn't|wasn't|nobody|no\s+one|nothing)\b[^.;:!?\n]{0,40}"
                           r"|\b(?:almost|virtually|practically|seemingly|nearly|literally)\s+)$")


DATELINE_REACH: Final = 80  # characters from the text's start within which a day told heads a dateline
DATELINE_AFTER: Final = re.compile(r"(?:,\s*\d{4})?\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]\s")  # "April 24 (Reuters) - ", "Oct. 3 — "


def r_overnight(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if OVERNIGHT_KIND_AFTER.match(text, m.end()) or SUDDEN_BEFORE.search(text, m.start() - 60, m.start()):
        return None
    day, kind = st.anchor_day()
    if kind == "previous" and st.last_value_since and st.last_end == st.last_day_end and st.dct is not None \
            and _broken(text, st.last_day_end, m.start()):
        day, kind = st.dct, "dct"  # ("under attack each night since Wednesday. ... The clashes eased overnight": not
        # the night of the day a stretch up to now began on)
    if day is None:
        return _Res("TIME", f"{UNKNOWN_DAY}TNI")
    if kind == "previous" and day == st.dct and st.last_day_end < DATELINE_REACH \
            and DATELINE_AFTER.match(text, st.last_day_end) is not None:
        kind = "dct"  # "TARSK, April 24 (Reuters) - Drones struck the capital overnight": the dateline's day is the
        # DCT, and the night is the one before it, as of the DCT
    if (kind == "dct" or day == st.dct) and (tense := tense_at(text, m.start(), m.end())) == "future":
        # "will drop overnight", "said the river reached 14.2 metres at 9am ... It is expected to peak overnight": tonight
        return _Res("TIME", f"{_iso(day)}TNI", anchor_kind=kind, tense=tense)
    if kind == "previous" and (st.dct is None or day <= st.dct) and (
            not _broken(text, st.last_day_end, m.start()) and not COLON_AFTER.match(text, st.last_day_end)
            or _after_evening(st, text, m.start(), day, afternoon=True)
            or _line_lead(text, m.start()) and lx.ENTRY_AFTER.match(text, _bold_end(text, m.end()))):
        # (and a timeline's entry "**Overnight:**" after the entries of a day: that day's night)
        # "a dry thunderstorm on Aug. 14 started more than 120 fires overnight": the night of the day its sentence
        # told, or of its evening told just before ("hit at 11.42pm on Friday. It was followed by aftershocks
        # overnight") (not "Friday ... London shares were depressed by overnight losses in New York", the night before;
        # nor a live blog's label, "UPDATE 1:15 p.m. ET: ... rolled back a change made overnight";
        # nor a day to come, "Tomorrow's group ... rain spreading overnight", which the night before leads into)
        return _Res("TIME", f"{_iso(day)}TNI", anchor_kind=kind)
    if kind == "previous" and st.dct is not None and st.dct - day == ONE_DAY and not st.reported_on \
            and tense_at(text, m.start(), m.end()) == "past":
        # "The blaze broke out on Wednesday afternoon ... Winds pushed it south overnight", written on Thursday... or
        # Friday: what a story of the day before the DCT goes on to overnight is of the night since, the last one
        return _Res("TIME", f"{_iso(day)}TNI", anchor_kind=kind)
    # (the night before the day it is told from, which the story goes on in: "Day 2. It snowed overnight, and the cable
    # car opened at 8:30" is the second day's 8:30)
    return _Res("TIME", f"{_iso(day - dt.timedelta(days=1))}TNI", anchor_kind=kind, remember=False)


QUARTER_OF: Final = {"century": ("year", 25), "year": ("month", 3), "hour": ("minute", 15)}  # "a quarter of a century"
HALF_OF: Final = {"century": ("year", 50), "decade": ("year", 5), "year": ("month", 6), "month": ("week", 2),
           "week": ("day", 3.5), "day": ("hour", 12), "hour": ("minute", 30), "minute": ("second", 30)}


def _qualifier(m, p) -> str:
    """The words before an "ago" expression's count ("about", "more than"), lowercased, spaces made single."""
    return SPACES.sub(" ", (m[p + "q"] or "").lower())


WEEKDAY_DATED_AFTER: Final = re.compile(rf",?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{lx.MONTH_ANY}|{lx.MONTH_ANY}\s+\d)")


ON_THIS_DATE: Final = re.compile(r"(?i:\bon\s+this\s+(?:date|day)\b|\b(?:today|this\s+day)\s+in\s+history\b)")


MOVED_BACK: Final = frozenset("pushed push pushes pushing moved move moves moving slipped slip slips slipping set sets put puts "
                       "knocked pulled held delayed shifted".split())


def r_ago(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    ms, me = m.span()  # (read once, as the tests below ask for them)
    if m[p + "n"] is None:
        return _Res("DATE", "PAST_REF")  # "a decision made years ago": a time gone by, how long ago untold
    n = _number(m[p + "n"])
    unit = _unit(m[p + "u"])
    if m[p + "half"] and n == 1 and unit in HALF_OF:
        unit, n = HALF_OF[unit]  # "half a century ago": fifty years back
    if m[p + "quarter"] and n == 1 and unit in QUARTER_OF:
        unit, n = QUARTER_OF[unit]  # "a quarter of a century ago": 25 years back
    direction = m[p + "dir"].lower()
    if direction == "back":
        # "set it up a couple of weeks back", "three years back": as "ago"; but "the launch slipped two weeks back":
        # how far something moved
        if (words := text[max(0, ms - 16):ms].split()) and words[-1].lower() in MOVED_BACK:
            return _Res("DURATION", _duration_value(n, unit), lx.QUANTITY_MODS.get(_qualifier(m, p)),
                        span=(ms, m.start(p + "u") + len(m[p + "u"])))
        direction = "ago"
    forward = direction not in ("ago", "earlier", "before")
    deictic = direction in ("ago", "from now", "hence") or direction.startswith("from")
    if unit in lx.TIME_UNITS:
        if direction == "ago" and unit != "second" and n and st.live_blog and st.dct is not None \
                and st.timeline_minutes is not None and (back := n * (60 if unit == "hour" else 1)) == int(back):
            # "15:45\nMoura landed about an hour ago": in a live blog's entry, the time that long before the time
            # heading the entry (whose day the DCT, or the day the entries have passed into, is)
            at = dt.datetime(st.dct.year, st.dct.month, st.dct.day) + dt.timedelta(minutes=st.timeline_minutes - int(back))
            return _Res("TIME", at.strftime("%Y-%m-%dT%H:%M"), lx.AGO_MODS.get(_qualifier(m, p)), "dct")
        return _Res("DURATION", f"PT{_fmt(n) if n else 'X'}{lx.UNITS[unit]}", lx.QUANTITY_MODS.get(_qualifier(m, p)),
                    span=(ms, m.start(p + "u") + len(m[p + "u"])))
    if direction in ("later", "earlier") and lx.THAN_AFTER.match(text, me):
        # "nine days earlier than the long-term average", "11 days earlier each year": a difference, not a date
        return _Res("DURATION", _duration_value(n, unit), lx.QUANTITY_MODS.get(_qualifier(m, p)),
                    span=(ms, m.start(p + "u") + len(m[p + "u"])))
    if n is None and (direction in ("before", "after") or direction.startswith("afterward")
                      and lx.FOR_BEFORE.search(text, ms - 22, ms)):
        # "several days before the new phones reach stores": a length of time to a happening
        return _Res("DURATION", _duration_value(None, unit), span=(ms, m.end(p + "u")))
    if n is None:
        return _Res("DATE", "FUTURE_REF" if forward else "PAST_REF")
    mod = lx.AGO_MODS.get(_qualifier(m, p)) or ("APPROX" if m[p + "orso"] else None)
    if direction.startswith("from") and lx.FOR_BEFORE.search(text, ms - 22, ms) \
            and WEEKDAY_DATED_AFTER.match(text, me):
        # "will not run for just over three weeks from Saturday 11 April": how long, from the day dated after it (not
        # "we are leaving for a week from Friday", the day a week after it)
        return _Res("DURATION", _duration_value(n, unit), lx.QUANTITY_MODS.get(_qualifier(m, p)),
                    span=(ms, m.end(p + "u")))
    if direction.startswith("from") and direction != "from now" and unit in ("day", "week", "fortnight") and st.dct:
        # "a week from Monday": that many days from the day named (the coming one)
        day_word = SPACES.sub(" ", direction).split(" ")[1]
        base = st.dct + dt.timedelta(days=1 if day_word == "tomorrow" else 0 if day_word == "today"
                                     else (_weekday(day_word) - st.dct.weekday()) % 7)
        return _Res("DATE", _iso(_shift(base, "day", int(n * {"day": 1, "week": 7, "fortnight": 14}[unit]))),
                    mod, "dct", counted=True)
    if direction.endswith(("today", "tomorrow")) and unit in ("month", "year") and st.dct and n == int(n):
        # "A year from today, the Games will open": the day that many months or years from the day named
        base = st.dct + dt.timedelta(days=direction.endswith("tomorrow"))
        day = _shift(base, "year", int(n)) if unit == "year" else (first := _add_months(base, int(n))).replace(
            day=min(base.day, calendar.monthrange(first.year, first.month)[1]))
        return _Res("DATE", _iso(day), mod, "dct", counted=True)
    if direction in ("before", "after"):
        # "a day before the call": counted from the last day mentioned; TimeBank leaves "before" out
        base, kind = st.anchor_day()
        span = (ms, m.end(p + "u"))
        if base is None or kind != "previous" or unit not in ("day", "week") or not _opens_sentence(text, ms) \
                or (st.last_value or "")[:10] != _iso(base) \
                or lx.APPOSITION_AFTER_DATE.search(text, ms - 3, ms) and st.last_day_end >= ms - 3 \
                or lx.FOR_BEFORE.search(text, ms - 22, ms) \
                or lx.DATED_ANCHOR_AFTER.match(text, me):
            # "twenty years after the first astronauts were chosen": a length of time, not a date to resolve; so
            # too after a month or year told since the last day ("born on March 3, 1929 ... the uprising in
            # November 1956. Twelve days after the tanks arrived"), which that day is no longer the anchor of;
            # "on Oct 30, a week before the BoE's decision" (the date is told: this is the gap to the next),
            # "available for at least 30 days before the board adopts it", "two weeks before the Aug. 23 opener"
            return _Res("DURATION", _duration_value(n, unit), lx.QUANTITY_MODS.get(_qualifier(m, p)), span=span)
        return _Res("DATE", _at_unit(_shift(base, unit, int(n) if forward else -int(n)), unit), mod, kind, span=span)
    if direction == "on" and st.dct is not None and (st.last_value is None or NOW_AFTER.match(text, me)
                                                     or tense_at(text, ms, me) != "past"):
        # "Five years on, the town has rebuilt", "More than two years on, she is one of 1.2 million refugees" (a
        # headline, no date told before it): how long it has been since what the story is about, a length of time,
        # as annotators of present-day news write it (the writers of the sets here always; the fixtures three times
        # in five); not "Two years on, the company collapsed", a date counted from the date before
        return _Res("DURATION", _duration_value(n, unit), lx.QUANTITY_MODS.get(_qualifier(m, p)),
                    span=(ms, m.start(p + "u") + len(m[p + "u"])))
    if direction == "ago" and unit == "year" and n == int(n) and st.dct is not None and starts_at(text, ":", me) \
            and _line_lead(text, ms) and ON_THIS_DATE.search(text, 0, ms) is not None:
        # "On this date: ...\n\nTen years ago: University of Missouri System President Tim Wolfe resigned": an
        # almanac's entry, of this date that many years back
        return _Res("DATE", _iso(_shift(st.dct, "year", -int(n))), mod, "dct", counted=True)
    last = _compared_period(st, text)
    if last and not _figure_near(text, ms, me):
        last = None  # "She moved into the home two years ago", after "the second half of last year": no figure is
        # compared, so no period (a comparison sets a figure beside another: "$1.2 billion ... a year ago")
    if last and st.dct is not None and int(last.group(1)) > st.dct.year:
        last = None  # "Atlas 8 is pencilled in for the first quarter of 2027. 'A year ago they told us ...'":
        # a quarter to come is no quarter being reported on
    if unit == "year" and n == int(n) and last:
        # "a year ago" in a report on a quarter: the same quarter a year before
        y = _year_in_calendar(int(last.group(1)) + (int(n) if forward else -int(n)))
        return _Res("DATE", f"{y}-{last.group(2)}{last.group(3)}", mod, anchor_kind="previous", comparison=True,
                    counted=True)
    if unit == "year" and n == 1 and direction in ("earlier", "ago", "before") and st.last_value is not None \
            and len(st.last_value) == 10 and ISO_DAY.match(st.last_value) and 0 <= st.last_end <= ms \
            and not _broken(text, st.last_end, ms) and st.last_start >= 0 \
            and any(c.isdigit() for c in text[st.last_start:st.last_end]) \
            and STOCK_DAY_BEFORE.search(text, st.last_start - 24, st.last_start) is not None \
            and (FIGURE_FROM_BEFORE_AGO.search(text, ms - 30, ms) or COMPARED_BEFORE.search(text, ms - 40, ms)) \
            and (compared := _on(int(st.last_value[:4]) - 1, int(st.last_value[5:7]), int(st.last_value[8:]))) is not None:
        # "Corn stocks as of Dec. 1 totaled 12.17 billion bushels, up 12% from a year earlier", "The order book at 31
        # March stood at £412 million, compared with £455 million a year earlier": a figure of a day compared with
        # the same day a year before
        return _Res("DATE", compared.value, mod, anchor_kind="previous", comparison=True, counted=True)
    if unit == "year" and n == 1 and direction != "from now" and (mon := MONTH_VALUE.match(st.last_month or "")) \
            and not _broken(text, st.last_month_end, ms):
        # "exports fell 6% in January from a year earlier", "rents rose 0.3 per cent in November ..., down from 6.1
        # per cent a year ago", "rose 5.7 percent in April, the NAR reported Wednesday, ... from a year earlier":
        # that month a year before (the month is compared in its own sentence: "Three years later" in a story is
        # a year)
        y = _year_in_calendar(int(mon.group(1)) + (1 if forward else -1))
        return _Res("DATE", f"{y}-{mon.group(2)}", mod, anchor_kind="previous", counted=True)
    if unit == "year" and n == 1 and not forward and st.report_month and not st.span_last \
            and len(st.last_value or "") != 4 and COMPARED_WITH.search(text, ms - 14, ms):
        # "Consumer prices rose 0.9% in February. ... The producer price index fell 1.2% from a year earlier": in
        # a report on a month's figures, a comparison with a year before is with that month of last year (not
        # with a stretch or a year just told: "in the first nine months of 2024, up 23% from a year earlier"); a
        # comparison, which what follows does not count from
        return _Res("DATE", f"{int(st.report_month[:4]) - 1}-{st.report_month[5:]}", mod, anchor_kind="previous",
                    remember=False)
    if unit == "month" and n == 1 and direction in ("earlier", "before") and st.report_month is not None \
            and FIGURE_FROM_BEFORE_AGO.search(text, ms - 30, ms):
        # "The waiting list dipped again in December ... fell to 299,000, from 307,000 a month earlier": in a report
        # on a month's figures, a figure compared with the month before that month (not a month told since, "by
        # March 2029", a target)
        y, mo = int(st.report_month[:4]), int(st.report_month[5:])
        return _Res("DATE", f"{y - (mo == 1)}-{(mo - 2) % 12 + 1:02d}", mod, anchor_kind="previous", remember=False)
    if deictic and unit in ("week", "fortnight") and n == int(n) and direction == "ago" and st.dct is not None \
            and (FIGURE_FROM_BEFORE_AGO.search(text, ms - 30, ms) or FIGURE_WORDS_FROM_BEFORE_AGO.search(text, ms - 30, ms)):
        # "down 2 cents from a week ago", "up from 25% a week ago", "down from four a week ago", "up from 31 a fortnight
        # ago", "17p below the level of a fortnight ago": a reading compared with the one so many weeks before, a day
        return _Res("DATE", _iso(st.dct - dt.timedelta(days=int(n) * (14 if unit == "fortnight" else 7))), mod, "dct",
                    counted=True)
    if direction in ("later", "earlier") and unit in ("day", "week") and n == int(n) and st.prior_day is not None \
            and st.last_day is not None and (st.last_value or "")[:10] == _iso(st.last_day) \
            and APPOSED_COUNT_BETWEEN.fullmatch(text, st.last_end, ms) is not None \
            and _shift(st.prior_day, unit, int(n) if forward else -int(n)) == st.last_day:
        # "was amended that afternoon [Monday 22 December] ... did not appear in print until Christmas Eve, two days
        # later": the count tells how far the day just told is from the one before it, not a day after it
        return _Res("DATE", _iso(st.last_day), mod, "previous", counted=True)
    if deictic or direction == "earlier" and unit in ("day", "week") and st.dct is not None \
            and FIGURE_FROM_BEFORE_AGO.search(text, ms - 30, ms) and _now_in_sentence(text, ms):
        # ("now put the odds at about 15%, down from 34% a day earlier": a figure of now compared with one a day
        # before now, whatever day was told before)
        base, kind = st.dct, "dct"
    else:
        # "In 2015 ... Two years later ... a year later": from the last date mentioned; but "earlier" after
        # "a year ago" is the same comparison ("up from a year ago ... compared with a year earlier")
        base, kind = st.anchor_day() if st.last_value_counted and not forward else st.anchor(unit)
    if base is None:
        return _Res("DATE", UNKNOWN_DAY, mod)
    if unit == "fortnight":
        unit, n = "week", 2 * n
    # "a decade ago" is the year ten years back, not the decade before this one; "a week later" counted from a day
    # told ("on June 30 and the second round a week later"; "this Saturday, January 11 ... has hosted a market since
    # the 1850s. The market returns a week later", a decade no week is counted from) is a day too
    day_told = unit == "week" and not deictic and kind == "previous" and base == st.last_day
    value = _at_unit(_shift(base, unit, int(n) if forward else -int(n)),
                     "year" if unit in ("decade", "century") and n == int(n) else "day" if day_told else unit)
    # "began at 11:24 p.m. Friday when an officer tried to stop a truck that had been stolen two days earlier. At
    # about 12:50 a.m., ...": a day counted back in a past perfect is a look back; the story goes on from its day
    aside = not forward and unit == "day" and kind == "previous" and _past_perfect_before(text, ms)
    return _Res("DATE", value, mod, anchor_kind=kind, counted=True, remember=not aside)


# the clause after "N years on" is of now: "Five years on, the town has rebuilt", "..., few are in danger of forgetting"
NOW_AFTER: Final = re.compile(r"\s*,\s+(?:[\w'-]+\s+){1,4}?(?:has|have|is|are|remains?|still)\b")
NUMBERED_AFTER: Final = re.compile(r"\s*\d")  # "Week 15", "Day 3"
UNIT_RIGHT_BEFORE: Final = re.compile(r"\b(?i:hours?|minutes?|seconds?)\s+$")  # "half an hour a day"
UNIT_VALUE_LENGTHS: Final = {"year": 4, "month": 7, "day": 10}
OVER_BEFORE: Final = re.compile(r"\b(?i:over|throughout)\s+$")
YEAR_TOLD_OF_AFTER: Final = re.compile(r"['’]s\b|,?\s+(?:when|which|whose)\b")  # "last year, when ...", "last year's"
# a day that bounds a stretch counted to it, or when a figure stood: "in the 12 months ended June 30", "the year to
# 31 March", "the order book stood at 2.1 billion pounds as of Sunday"
PERIOD_BOUND_BEFORE: Final = re.compile(r"(?i:\b(?:months|year|quarter|half|weeks|period)\s+(?:ended|ending|to|through)\s+|"
                                 r"\bas\s+(?:of|at)\s+)$")
BOUND_LAST_WORDS: Final = ("ended ", "ending ", "to ", "through ", "of ", "at ")  # (one ends every match: a cheap test first)
# ... nor is the day an anniversary remembers: "the fifth anniversary of the Jan. 6, 2021, attack"
ANNIVERSARY_OF_BEFORE: Final = re.compile(r"\banniversary\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$")
COMPARED_YEAR_BEFORE: Final = re.compile(r"\b(?i:than|ahead\s+of|behind|on|over|versus|vs\.?|against|compared\s+(?:with|to))\s+$")
COMPARED_BEFORE: Final = re.compile(r"\b(?i:compared\s+(?:with|to)|(?:up|down)\s+from|versus|vs\.?)\b(?:[^.;!?\n]|\.\d)*$")
COMPARED_WITH: Final = re.compile(r"\b(?i:from|than|with|over|on|versus|vs\.?)\s+$")


def _beyond_calendar(m, p) -> _Res:
    """"about 12,000 years ago", "66 million years ago": further than a calendar date can be told, so what
    the expression says is how long ago (as annotators write deep time)."""
    n, unit = _number(m[p + "n"]), _unit(m[p + "u"])
    return _Res("DURATION", _duration_value(n, unit), lx.AGO_MODS.get(_qualifier(m, p)))


TO_THE_DAY_BEFORE: Final = re.compile(r"\b(?:years?|decades?|centur(?:y|ies)|months?)\s+(?:(?:almost|nearly|exactly|precisely)\s+)?to\s+$", re.I)


def r_anaphor(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if ends_at(text, " to ", 0, m.start()) and TO_THE_DAY_BEFORE.search(text, m.start() - 40, m.start()) is not None:
        return None  # "exactly 50 years to the day after that first release": so many years on, to the very day
    if after_next := m[p + "u3"]:
        if st.dct is None:
            return None
        unit = after_next.lower()  # "the week after next": two on from the DCT's
        return _Res("DATE", _at_unit(_shift(st.dct, "week" if unit == "weekend" else unit, 2), unit), None, "dct")
    rel = (m[p + "rel"] or "").lower()
    unit = (m[p + "u"] or m[p + "u2"]).lower()
    direction = (m[p + "dir"] or m[p + "dir2"] or "").lower()
    if rel == "next" and unit in ("week", "month") and m[p + "det"].lower() == "the" \
            and text[m.start() - 1:m.start()] == " " and STRETCH_AHEAD_BEFORE.search(text, m.start() - 12, m.start()):
        # "what to watch over the next month", "For the next month, this city will be eating at different hours": the
        # stretch from now, as "the next fortnight" is (not "The vote is due the next month"; nor "will be closed over
        # the next year or so", which TimeBank dates)
        return _Res("DURATION", _duration_value(1, unit))
    if rel in ("following", "next"):
        n = 1
    elif rel in ("previous", "prior", "preceding"):
        n = -1
    elif rel == "same":
        n = 0
    else:
        n = 1 if direction == "after" else -1
    if not rel and direction in ("after", "before") and st.last_value is not None and st.last_end >= m.start() - 3 \
            and lx.APPOSITION_AFTER_DATE.search(text, st.last_end, m.start()) \
            and len(st.last_value) == UNIT_VALUE_LENGTHS.get(unit):
        # "in 1955, the year after she left school", "On Tuesday, the day before the truce took effect", "on Sunday, the
        # day before": the date just told, said another way (counted from what it names, or from the date told before)
        return _Res("DATE", st.last_value, anchor_kind="previous")
    if n == -1 and rel and not direction and unit in ("week", "month", "year", "decade") \
            and OVER_BEFORE.search(text, m.start() - 12, m.start()):
        # "recalling how active they had been over the previous year": a stretch of time back from then, as "over
        # the past year" is, not the calendar year before the last one told
        return _Res("DURATION", _duration_value(1, unit))
    if m[p + "u2"] and unit in lx.PARTS_OF_DAY and IN_THE_BEFORE.search(text, m.start() - 8, m.start()) \
            and THING_AFTER_SIDE.match(text, m.end()):
        # "leaders will discuss food security in the morning before a closing session at noon": the morning of the
        # day told, with something after it that day; no morning of the day before
        base, kind = st.anchor_day()
        if base is None:
            return None
        return _Res("TIME", f"{_iso(base)}T{lx.PARTS_OF_DAY[unit]}", anchor_kind=kind,
                    span=(m.start() - 4 if text[m.start() - 4:m.start()].lower() == "the " else m.start(), m.end(p + "u2")))
    if rel and direction:
        # "the next day after the vote": the direction belongs to the anchor, not this expression
        span = (m.start(), m.start(p + "dir") if m[p + "dir"] else m.end())
        span = (span[0], len(text[:span[1]].rstrip()))
    else:
        span = None
    base, kind = st.anchor(unit)
    if unit == "week" and st.last_week is not None and st.reported_on and st.last_day_end == st.last_end \
            and st.last_end - st.last_week_end < MONTH_REACH:
        # "rose to 236,000 in the week ending Dec. 5, the Labor Department said Thursday. Claims in the previous week
        # ...": the week told last, though the day of a report on it was told after it (not another day the story
        # goes on to; and "a week later" counts from the day)
        base = Day.fromisocalendar(int(st.last_week[:4]), int(st.last_week[6:]), 1)
    if m[p + "wago"]:
        if rel != "same" or unit != "day" or base is None:
            return None
        # "up 4% on the same day last week": the day just told (or the DCT), a week before
        return _Res("DATE", _iso(base - dt.timedelta(days=7)), anchor_kind=kind, comparison=True)
    if m[p + "ago"] or m[p + "ay"]:
        if rel != "same" or unit not in ("day", "week", "month") or base is None:
            return None
        if unit == "month" and st.report_month is not None and st.last_month is not None and st.last_month < st.report_month \
                and st.last_month_end == st.last_end and COMPARED_BEFORE.search(text, st.last_start - 50, st.last_start):
            # "68,412 were waiting at the end of October, down from 69,150 at the end of September. In the same month
            # last year, ...", "In October, 71.8% ..., compared with 70.2% in September and 68.9% in the same month
            # last year": the month the figures are of, not the one they were compared with
            base = Day(int(st.report_month[:4]), int(st.report_month[5:]), 1)
        # "up 8% on the same month last year": the month (week, day) just told, or the DCT's, a year before; "below
        # their level in the same month of 2024": in that year; a week keeps its number
        year, week, _ = base.isocalendar()  # (a week's year is its ISO year; a month's or a day's is the calendar's:
        # 1 January 2027 is in the last ISO week of 2026)
        to = int(named) if (named := m[p + "ay"]) else (year if unit == "week" else base.year) - 1
        value = f"{to}-W{min(week, Day(to, 12, 28).isocalendar()[1]):02d}" if unit == "week" \
            else _at_unit(_shift(base, "year", to - base.year), unit)
        return _Res("DATE", value, anchor_kind=kind, comparison=True)
    if base is None:
        return _Res("DATE", UNKNOWN_DAY, span=span)
    if n and st.dct is not None and st.last_future_day is not None and base <= st.dct and base + dt.timedelta(days=n) < st.dct \
            and unit in ("day", "week", "weekend", "morning", "afternoon", "evening", "night") \
            and tense_at(text, m.start(), m.end()) == "future":
        # "will premiere on Sunday, March 1 ... The first season ended on April 16, 2023 ... will air the second
        # episode the next night", "will be released on June 4 ... pre-orders opened at 9 a.m. [today] ... shops
        # will hold parties the night before": what is to come is counted from the day to come, not from one gone by
        base, kind = st.last_future_day, "previous"
    # "told police that she had stayed at a bunkhouse the previous evening": a step back in a past perfect, after
    # which the story goes on from the day it stepped back from ("was called out at 3.20pm", "the next morning")
    back = n == -1 and kind == "previous" and unit in ("day", "morning", "afternoon", "evening", "night") \
        and _past_perfect_before(text, m.start())
    if unit == "morning" and n == 1 and st.last_value is not None and st.last_value[:10] == _iso(base) \
            and CLOCK_OF_DAY.match(st.last_value) and st.last_value[11:13] < "06":
        n = 0  # "broke in between 10pm and 2am ... discovered it the next morning": the morning after the night is the
        # morning of the day its small hours are in
    if unit in ("morning", "afternoon", "evening", "night"):
        return _Res("TIME", f"{_iso(base + dt.timedelta(days=n))}T{lx.PARTS_OF_DAY[unit]}", anchor_kind=kind,
                    span=span, remember=not back)
    if unit == "weekend" and n and base.weekday() < 5 and kind == "previous" and st.last_value is not None \
            and ISO_DAY.match(st.last_value):
        # "open on Black Friday, Nov. 28, and keep its discounts running through the following weekend": the first
        # weekend after a weekday told (or the last one before it), not a week on; so after a time of such a day
        # ("until 5 a.m. Monday. The same closure will be in place the following weekend")
        step = (5 - base.weekday()) if n > 0 else -(base.weekday() + 1)
        return _Res("DATE", _at_unit(base + dt.timedelta(days=step), unit), anchor_kind=kind, span=span, remember=not back)
    shifted = _shift(base, unit, n)
    if unit == "week" and (on := lx.DATE_AFTER_TIME.match(text, m.end())) is not None and on.group("on").startswith(",") \
            and "on" in on.group("on"):
        # "Existing-home sales are due the following week, on Jan. 24": the week of the day told with it, which says
        # which one was meant (after Martin Luther King Jr. Day, Jan. 20, "the following week" of it would be a week late)
        month = _month(on.group("mon") or on.group("mon2"))
        day_n = int(LEADING_DIGITS.match(on.group("day") or on.group("day2")).group())
        near = [d for y in (shifted.year - 1, shifted.year, shifted.year + 1) if (d := _day_or_none(y, month, day_n))
                and abs((d - shifted).days) <= WEEK_APPOSED_REACH]
        if near:
            return _Res("DATE", _at_unit(near[0], unit), anchor_kind=kind, span=span, remember=not back)
    return _Res("DATE", _at_unit(shifted, unit), anchor_kind=kind, span=span, remember=not back)


WEEK_APPOSED_REACH: Final = 10  # days from the week counted to a day told with it that may say which week it is


def _day_or_none(y: int, month: int, day: int) -> Day | None:
    """That day, or None where the calendar has none (30 February)."""
    try:
        return Day(y, month, day)
    except ValueError:
        return None


IN_THE_BEFORE: Final = re.compile(r"(?i:\bin\s+(?:the\s+)?)$")
THING_AFTER_SIDE: Final = re.compile(r"\s+(?:a|an|the|his|her|its|their|our|my|your)\s")  # "before a closing session"


def r_thisday(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if st.dct is None:
        return None
    try:
        return _Res("DATE", _iso(st.dct.replace(year=int(m[p + "y"]))), anchor_kind="dct")
    except ValueError:
        return _Res("DATE", m[p + "y"])  # 29 February in a year without one


def r_wholeday(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if st.last_day is not None and "\n\n" not in text[st.last_day_end:m.start()]:
        return _Res("DATE", _iso(st.last_day), anchor_kind="previous")  # the day this paragraph tells
    if st.dct is None:
        return _Res("DATE", UNKNOWN_DAY)
    return _Res("DATE", _iso(st.dct), anchor_kind="dct")  # "We'll be updating this page throughout the day"


DATE_AS_TIME_BEFORE: Final = re.compile(r"\b(?i:on|before|after|from|until|till|by|since|at|of|for|to|through)\s+$")


def r_thatsame(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if season := m[p + "s"]:  # "that autumn": of the year just told
        if season.lower() == "fall" and lx.FALL_VERB_AFTER.match(text, m.end()):
            return None  # "plans that fall well short": the verb
        base, kind = st.anchor("year")
        if base is None or kind != "previous":
            return None
        return _Res("DATE", f"{base.year}-{lx.SEASONS[season.lower()]}", _mod(m[p + "mod"]), anchor_kind=kind)
    unit = m[p + "u"].lower()
    mod = _mod(m[p + "mod"])  # "by the end of that month"
    if unit == "decade" and st.last_decade is not None:
        return _Res("DATE", st.last_decade, mod, anchor_kind="previous")  # "the 1970s ... the lesson of that decade"
    if unit == "date" and st.last_day is None:
        return None  # "that date" names a day, told before it
    if unit == "date" and not m[p + "mod"] and not DATE_AS_TIME_BEFORE.search(text, m.start() - 12 if m.start() > 12 else 0, m.start()):
        return None  # "That date slipped first to spring 2024", "sure that date would be remembered": the date as a thing
        # talked of, the subject or object of a verb (not a time of what is told: "on that date", "from that date")

    base, kind = st.anchor(unit)
    unit = "day" if unit == "date" else unit
    if base is None or kind != "previous":
        return None  # "that day" with nothing before it: not a date we can name
    return _Res("DATE", _at_unit(base, unit), mod, anchor_kind=kind)


HALF_UNITS: Final = {"year": ("M", 6), "day": ("H", 12), "hour": ("M", 30), "minute": ("S", 30)}


def _duration_value(n: float | None, unit: str) -> str:
    if unit == "fortnight":
        unit, n = "week", (2 * n if n else None)
    if unit in ("decade", "century") and n is not None:
        unit, n = "year", n * (10 if unit == "decade" else 100)  # TimeML writes "two decades" as P20Y
    if n is not None and n - int(n) == 0.5 and unit in HALF_UNITS:
        # "two and a half years" is P2Y6M: TimeML writes a half in the next smaller unit (any other fraction
        # stays a decimal: "34.2 hours" is PT34.2H, not 34 hours and a half)
        whole, (small, k) = int(n), HALF_UNITS[unit]
        head = f"{whole}{lx.UNITS[unit]}" if whole else ""
        return f"PT{head}{k}{small}" if unit in lx.TIME_UNITS else f"P{head}{'T' if small in ('H',) else ''}{k}{small}"
    q = _fmt(n) if n is not None else "X"
    return f"PT{q}{lx.UNITS[unit]}" if unit in lx.TIME_UNITS else f"P{q}{lx.UNITS[unit]}"


OF_AFTER: Final = re.compile(r"\s+of\b")


def r_pastdur(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    unit_word = m[p + "u"]
    n_text = m[p + "n"]
    vague = n_text is None and _unit(unit_word) != unit_word.lower() or (n_text or "").lower() in lx.VAGUE_NUMBERS
    n = None if vague else _number(n_text)
    rel = m[p + "rel"].lower()
    if rel == "last" and n_text is None and OF_AFTER.match(text, m.end()):
        return None  # "on the last day of the session", "in the last days of September": the final one(s) of
        # what follows, not the one before now ("September" is read on its own)
    if unit_word.lower() == "quarter" and n_text is None and (cent := QUARTER_CENTURY_AFTER.match(text, m.end())):
        return _Res("DURATION", "P25Y", span=(m.start(), cent.end()))  # "the past quarter-century": 25 years
    if unit_word.lower() == "quarter" and n_text is None and rel in ("previous", "preceding", "prior", "following", "next") \
            and (q := QUARTER_VALUE.match(st.period or "")) and q.group(2) == "Q":
        # "sales rose in the three months to September, after a fall in the previous quarter", "the outlook for the
        # next quarter": the quarter either side of the one reported on, not of the DCT's
        k = int(q.group(1)) * 4 + int(q.group(3)) - 1 + (-1 if rel in ("previous", "preceding", "prior") else 1)
        return _Res("DATE", f"{k // 4}-Q{k % 4 + 1}", None, "period")
    if n_text is None and rel == "coming" and unit_word.lower() == "week" and (week := _week_ahead(st)) is not None:
        return _Res("DATE", week, None, "dct")  # "the coming week looks warm and settled", written on a Sunday
    if n_text is None and unit_word.lower() in lx.TIME_UNITS:
        if rel == "last" and lx.IDIOM_BEFORE.search(text, m.start() - 8, m.start()):
            return None  # "until the last minute", "at the last minute": an idiom, no time
        return _Res("DURATION", _duration_value(1, _unit(unit_word)))  # "over the last hour": no date to name
    if n_text is None and rel == "last" and unit_word.lower() == "day":
        if STRETCH_BEFORE.search(text, m.start() - 8, m.start()):
            return _Res("DURATION", "P1D")  # "prices rose 2% over the last day": the day up to now
        return None  # "Friday is the last day for free delivery", "the last day on which it can declare": the final one
    if n_text is None and not vague and rel in ("last", "previous", "prior", "preceding") and st.dct is not None \
            and _unit(unit_word) not in ("decade", "century"):  # "over the last decade" is ten years to now
        # "the last week": dated as "last week" is; but "the past week", "the past year" are the stretch up to
        # now, as every present-day annotator here writes them (TimeBank has two of each)
        unit = _unit(unit_word)
        return _Res("DATE", _at_unit(_shift(st.dct, unit, -1), unit), None, "dct")
    return _Res("DURATION", _duration_value(n, _unit(unit_word)))


def _week_ahead(st: _State) -> str | None:
    """The calendar week "the week ahead" or "the coming week" is, when the DCT tells it: written from Friday to
    Sunday, the next one; on a Monday, the DCT's own. (From Tuesday to Thursday the seven days ahead straddle two
    weeks: a length of time.)"""
    if st.dct is None or 0 < st.dct.weekday() < 4:
        return None
    return _at_unit(st.dct + dt.timedelta(days=7 if st.dct.weekday() else 0), "week")


QUARTER_CENTURY_AFTER: Final = re.compile(r"(?:[\s-]|\s+(?i:of\s+a)\s+)(?i:century)(?![\w-])")  # (and "the past quarter of a century")
STRETCH_AHEAD_BEFORE: Final = re.compile(r"(?i:\b(?:over|during|within|for|throughout)\s+)$")  # "over the next month"
STRETCH_BEFORE: Final = re.compile(r"(?i:\b(?:over|in|during|within|for|throughout)\s+)$")


# A length of time right before "early" or "late", which it measures ("a month early", "a day late"); not one
# something lasted ("a consultation that ran for 10 weeks late last year": late in that year)
COUNT_BEFORE_EARLY: Final = re.compile(r"(?i:(?<!\bfor\s)(?<!\bover\s)\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|"
                                r"a\s+couple\s+of|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+)$")
REL_OFFSETS: Final = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "this": 0, "current": 0, "the": 0}


def _weekend(st: _State, text: str, m) -> tuple[Day, str | None]:
    """The weekend "the weekend" names: the one just past in a past clause, the coming one in a future clause."""
    tense: str | None
    back = st.dct - dt.timedelta(days=(st.dct.weekday() - 5) % 7)
    # (on a Sunday the weekend still under way is the one told of what is to come: "Final figures for the weekend
    # will be released Monday"; but not one waited for: "expect delays on the bridges until the weekend")
    ahead = back if st.dct.weekday() == 6 and not BOUND_BEFORE.search(text, m.start() - 8, m.start()) \
        else st.dct + dt.timedelta(days=(5 - st.dct.weekday()) % 7)
    if st.last_day is not None and st.last_day.weekday() in (0, 4) and m.start() - st.last_day_end < WEEKEND_REACH \
            and "long" in m.group().lower() and "holiday" in text[max(0, st.last_start - 40):st.last_day_end]:
        # "closed on the Labour Day public holiday, Monday 6 October. Bin collections will not change over the long
        # weekend": the weekend that the holiday's Monday (or Friday) just told makes long (not a day something lasts
        # until: "closed until Nov. 1 ... paused over the long weekend")
        return st.last_day + dt.timedelta(days=1 if st.last_day.weekday() == 4 else -2), None
    tense = tense_at(text, m.start(), m.end())
    if tense != "past" and "since" in text[max(0, m.start() - SINCE_WEEKEND_REACH):m.start()] \
            and SINCE_WEEKEND_BEFORE.search(text, m.start() - SINCE_WEEKEND_REACH, m.start()):
        tense = "past"  # "the first real test for the contenders since the Pyrenees at the weekend": what a stretch up
        # to now began with is gone by, whatever the tense
    if st.last_day is not None and st.last_day > ahead and st.last_day.weekday() >= 4 and tense != "past" \
            and m.start() - st.last_day_end < WEEKEND_REACH and st.last_day in st.named_weekdays \
            and st.last_end == st.last_day_end and FROM_DAY_BEFORE.search(text, st.last_start - 14, st.last_start):
        # "returns to Ashcombe Park for three days from Friday 1 August. ... will open the weekend on the main stage",
        # written in February: the weekend a happening of days begins in, told with its weekday, not the next one
        wd = st.last_day.weekday()
        return st.last_day + dt.timedelta(days=5 - wd), tense
    if tense == "past":
        if st.dct.weekday() >= 5 and SINCE_BEFORE.search(text, m.start() - 6, m.start()):
            return back - dt.timedelta(days=7), tense  # "staying at the motel since the weekend", written on a
            # Saturday: since the one before (the DCT's has only begun)
        return back, tense
    if tense == "future":
        return ahead, tense
    if tense is None and st.last_future_day is not None and _line_lead(text, m.start()) \
            and lx.LINE_END.match(text, _bold_end(text, m.end())):
        return ahead, tense  # "**The weekend**" heading a section of a guide to the days to come
    if st.last_day is not None and st.dct < st.last_day <= ahead and m.start() - st.last_day_end < WEEKEND_REACH:
        # "dry conditions Friday evening, and the weekend looks cool": after a day to come in its sentence, the
        # weekend that follows it
        return ahead, tense
    return (back if st.dct - back <= ahead - st.dct else ahead), tense


WEEKEND_REACH: Final = 1200  # characters from a day to come told to "the weekend" it is in
BOUND_BEFORE: Final = re.compile(r"(?i:\b(?:until|till|by|before)\s+)$")
SINCE_WEEKEND_REACH: Final = 50
SINCE_WEEKEND_BEFORE: Final = re.compile(r"(?i:\bsince\s[^.;:!?\n,]*(?:at|over|during)\s+)$")
FROM_DAY_BEFORE: Final = re.compile(r"(?i:\b(?:from|starting|beginning|opening)\s+(?:on\s+)?)$")
WEEKEND_SIDE_AFTER: Final = re.compile(r"\s+(after|before)(?=\s*[,.;:!?\n]|\s+(?:and|but)\b)", re.I)  # with no object of its own


# the noun an award names with "of the year": "album of the year", "Player of the Year", "coach of the year"
AWARD_OF_BEFORE: Final = re.compile(r"\b(?i:album|song|record|single|player|coach|manager|goal|try|team|person|man|woman|artist|"
                             r"act|book|novel|film|movie|car|word|rookie|driver|employee|teacher|athlete|sportsman|"
                             r"sportswoman|sportsperson|personality|entertainer|newcomer|breakthrough|producer|songwriter|"
                             r"comeback|executive|chef|restaurant|pub|brand|volunteer|citizen|officer|photographer|photo|"
                             r"picture|jockey|trainer|horse|golfer|cricketer|footballer|entrepreneur|apprentice|"
                             r"school|hero|dog)\s+of\s+$")


AWARD_UNITS: Final = frozenset(("year", "week", "month", "season", "decade"))  # "goal of the month", "team of the decade"
# "the fiscal year that ended June 30": a year named by the day it ended on
YEAR_THAT_ENDED: Final = re.compile(rf"\s+(?:that|which)\s+(?:ended|closed)\s+(?:on\s+|in\s+)?(?:(?P<mon>{lx.MONTH_ANY})(?:\s+(?P<d>\d{{1,2}})\b)?"
                             rf"|(?P<d2>\d{{1,2}})\s+(?P<mon2>{lx.MONTH_ANY}))")


# (not a day of each month: "on the last Friday of the month", "the one and twentieth day of the month")
MONTH_OF_FIGURES_BEFORE: Final = re.compile(r"(?<!day\s)(?<!days\s)(?<!week\s)\b(?i:for|of|during|over|throughout)\s+$")
MONTH_JUST_ENDED_DAYS: Final = 4  # days into a month within which "for the month" is the month just ended
MONTH_OF_FIGURES_AFTER: Final = re.compile(r"(?!\s+(?:before|after|ahead|earlier|later|prior|of|in\s+which|when|that|since|"
                                    r"to\s+date|or\s+so|or\s+two|in\s+\w+\s+of\s+the)\b)")  # (not "the month before", "the month ahead",
# "has fallen during the month in six of the past ten years": any such month)


def r_rel(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    ms, me = m.span()  # (read once, as the tests below ask for them)
    if m[p + "mod"] and COUNT_BEFORE_EARLY.search(text, ms - 30, ms) \
            and m[p + "mod"].lower().startswith(("early", "late")):
        return None  # "began a month early this year": early by a month (the expression is "this year", read next)
    if m[p + "u"][0].isupper() and m[p + "rel"][0].isupper() and QUOTE_BEFORE.search(text, ms - 1, ms):
        return None  # ABC's "This Week": a programme (a title in quotation marks, each word capitalised)
    rel, unit = _one_space(m[p + "rel"].lower()), m[p + "u"].lower()
    if rel == "last" and ends_at(text, "the ", max(0, ms - 4), ms) and OF_AFTER.match(text, me):
        return None  # "in the last week of the campaign": its final week (see r_pastdur)
    if rel == "this past":
        rel = "last"  # "this past weekend": the one just gone
    elif rel == "this coming":
        rel = "coming"  # "this coming weekend": the one ahead
    if unit == "season":
        # "went 3-7 last season", "signings for next season": a sports season, named by the year it is played in
        if rel not in SEASON_OFFSETS or m[p + "mod"] or m[p + "adj"] or st.dct is None:
            return None
        return _Res("DATE", str(st.dct.year + SEASON_OFFSETS[rel]), None, "dct")
    if unit == "fortnight":
        # "planned over the fortnight", "in the past fortnight": two weeks, which the calendar does not number
        return None if m[p + "ended"] or m[p + "adj"] else _Res("DURATION", "P2W", _mod(m[p + "mod"]))
    mod = _mod(m[p + "mod"])
    adj = (m[p + "adj"] or "").lower()
    span = (ms, m.start(p + "ended")) if m[p + "ended"] else None
    if span is None and m[p + "ahead"] and rel != "the":
        span = (ms, m.start(p + "ahead"))  # ("the year ahead" only: a length of time)
    if rel == "the" and not mod and not adj and unit == "year" and st.last_value and YEAR_VALUE.match(st.last_value) \
            and APPOSITION_JOIN.fullmatch(text, st.last_end, ms):
        return _Res("DATE", st.last_value[:4], anchor_kind="previous")  # "in 2019, the year she retired"
    if rel == "the" and adj.startswith("new"):
        rel = "next"  # "from the start of the new financial year": the one to begin next
    if rel == "the" and not mod and not adj and unit in AWARD_UNITS and text.endswith((" of ", " Of "), 0, ms) \
            and AWARD_OF_BEFORE.search(text, ms - 30, ms):
        return None  # "album of the year", "Player of the Year", "offensive player of the week": an award's name
    if rel == "the" and not mod:
        if "current" in adj:
            rel = "current"
        elif unit == "month" and st.dct is not None and MONTH_OF_FIGURES_BEFORE.search(text, ms - 12, ms) \
                and MONTH_OF_FIGURES_AFTER.match(text, me):
            # "leaving it 2.8% lower for the month", "The mean temperature for the month was 7.9C", "the biggest
            # tides of the month": the month the figures are of, the one a report on a month's figures is about,
            # else the DCT's (in its first days, the month just ended, whose figures are then published)
            if st.report_month is not None and tense_at(text, ms, me) != "future":
                return _Res("DATE", st.report_month, None, "previous")  # (not "will bring the biggest tides of the
                # month early next week": the DCT's)
            day = st.dct - dt.timedelta(days=st.dct.day) if st.dct.day <= MONTH_JUST_ENDED_DAYS else st.dct
            return _Res("DATE", _at_unit(day, "month"), None, "dct")
        elif unit not in ("year", "week", "weekend") or NOT_THIS_PERIOD_AFTER.match(text[m.end(p + "u"):m.end(p + "u") + 14]):
            return None  # "the month" alone, "the year-ago quarter", "the year 2000": not this rule's
        elif span and "date" in m[p + "ended"].lower() and st.dct is not None:
            # "the stock has lost 23% in the year to date": this year, so far
            return _Res("DATE", _at_unit(st.dct, unit), None, "dct", span=(ms, m.end(p + "ended")))
        elif unit == "year" and st.dct is not None and starts_at(text, " ", me) \
                and (ended := YEAR_THAT_ENDED.match(text, me)) is not None:
            # "in the fiscal year that ended June 30", written in January: the year named by its end, gone by
            month, day = _month(ended.group("mon") or ended.group("mon2")), int(ended.group("d") or ended.group("d2") or 1)
            return _Res("DATE", str(st.dct.year - ((month, day) >= (st.dct.month, st.dct.day))), None, "dct")
        elif span:
            # "the year ended March 31", "the week ended Friday", "the year to September": a stretch of time reported on
            return _Res("DURATION", _duration_value(1, unit), span=span)
        elif m[p + "ahead"]:
            if unit == "week" and (week := _week_ahead(st)) is not None:
                return _Res("DATE", week, None, "dct")  # "a look at the week ahead", written on a Sunday
            return _Res("DURATION", _duration_value(1, unit))  # "quoted £412 for the year ahead"
        elif st.dct is None:
            return _Res("DATE", {"year": "XXXX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE"}[unit])
        elif unit == "weekend" and st.last_day is not None and (side := WEEKEND_SIDE_AFTER.match(text, me)):
            # "The next race is on June 7, and Barcelona follows the weekend after": the one after the day told
            # (or before it: "people are taping off the curb the weekend before" the Fourth of July)
            last = st.last_day
            day = last + dt.timedelta(days=(5 - last.weekday()) % 7 or 7) if side.group(1).lower() == "after" \
                else last - dt.timedelta(days=(last.weekday() - 5) % 7 or 7)
            return _Res("DATE", _at_unit(day, unit), None, "previous", span=(ms, side.end(1)))
        elif unit == "weekend":
            day, tense = _weekend(st, text, m)
            return _Res("DATE", _at_unit(day, unit), None, "dct", tense)
        elif unit == "week":
            day, kind = st.anchor_day()  # "For the week, the index dropped": the week of the days just reported
            if st.last_value_since and st.dct is not None and day is not None and kind == "previous" \
                    and st.last_value[:10] == _iso(day):
                day, kind = st.dct, "dct"  # "their lowest close since Dec. 19. ... lost more than 5% over the week": a
                # day a stretch up to now began on is no day reported on
            return _Res("DATE", _at_unit(day, unit), None, kind)
        elif (told := _year_told(st, text, ms, me)) is not None:
            return _Res("DATE", str(told), None, "previous")  # "Profits in 2019 rose 5% for the year"
        else:
            return _Res("DATE", str(st.dct.year), None, "dct")  # "for the full year", "the fiscal year"
    if rel == "past":
        return _Res("DURATION", _duration_value(1, unit), span=span)
    if st.dct is None:
        return _Res("DATE", UNKNOWN_DAY, mod, span=span)
    if rel == "the" and unit == "year" and (told := _year_told(st, text, ms, me)) is not None:
        return _Res("DATE", str(told), mod, "previous", span=span)  # "reached $16 billion by the end of the year"
    if rel == "the" and unit == "month" and st.last_month is not None and 0 <= st.last_month_end <= ms \
            and not _broken(text, st.last_month_end, ms):
        # "expect the start of January to be mild ..., but a colder spell developing by the middle of the month":
        # the month just told in the sentence
        return _Res("DATE", st.last_month, mod, "previous", span=span)
    if rel == "the" and unit in TOLD_UNITS and (told_value := _unit_told(st, text, ms, me, unit)) is not None:
        return _Res("DATE", told_value, mod, "previous", span=span)
    if rel == "the" and unit == "decade" and (told_value := _decade_told(st, text, ms, me)) is not None:
        return _Res("DATE", told_value, mod, "previous", span=span)  # "In the early 1990s, ...; by the end of the decade"
    if rel == "the" and unit == "century" and (told_value := _decade_told(st, text, m.start(), m.end(), 2)) is not None:
        # "A public inquiry, which opened in May 1978, concluded that demand did not justify a new runway before
        # the end of the century": the 20th
        return _Res("DATE", told_value, mod, "previous", span=span)
    if rel == "the" and unit == "year" and mod == "END" and st.dct.month <= 3 \
            and tense_cue(text, ms, me) == ("past", True):
        # "said the scheme had reached about 70 people a week by the end of the year", written on 2 January: the year
        # that has ended (this one's end is months away)
        return _Res("DATE", str(st.dct.year - 1), mod, "dct", "past", span=span)
    if unit == "week" and rel == "this" and st.dct.weekday() == 6 and not m[p + "adv"] and not m[p + "adj"]:
        # written on a Sunday, the last day of its calendar week, "this week" of what is to come is the week ahead:
        # "Scotland train at Oriam every morning this week", "Also this week: the finance committee begins ..." (not
        # "We talked about it every day this week", "I have been thinking about it a great deal this week")
        tense = tense_at(text, ms, me)
        if tense == "future" or tense is None and not PERFECT_BEFORE.search(text, _sentence_bounds(text, ms, me)[0], ms):
            return _Res("DATE", _at_unit(st.dct + dt.timedelta(days=1), unit), mod, "dct", "future", span=span)
    if unit == "weekend" and rel == "coming":
        # "this coming weekend", written on a Thursday: the first weekend still to come, this week's (from a Saturday
        # or Sunday, the next)
        return _Res("DATE", _at_unit(st.dct + dt.timedelta(days=7 * (st.dct.weekday() >= 5)), unit), mod, "dct", span=span)
    return _Res("DATE", _at_unit(_shift(st.dct, unit, REL_OFFSETS[rel]), unit), mod, "dct", span=span)


PERFECT_BEFORE: Final = re.compile(r"\b(?i:have|has|had)\b|['’]ve\b")


def r_laterin(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    """"later in the day", "earlier in the month": the period of that unit holding the last date told in the
    paragraph ("April 23, 2025 - ... after several rounds of talks in Doha that began earlier in the month": April;
    "Talks began on Tuesday. Later in the day, ..."), else the DCT's ("the index rose later in the day")."""
    unit = m[p + "u"].lower()
    if st.dct is None:
        return _Res("DATE", {"day": UNKNOWN_DAY, "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit])
    told = st.last_value if st.last_value and st.last_end >= 0 and "\n\n" not in text[st.last_end:m.start()] else None
    if told is not None and (DAY_VALUE.match(told) if unit in ("day", "week") else
                             ISO_MONTH.match(told) if unit == "month" else FOUR_DIGITS.match(told)) and told[:4].isdigit():
        day = Day(int(told[:4]), int(told[5:7]) if unit != "year" else 1, int(told[8:10]) if unit in ("day", "week") else 1)
        return _Res("DATE", _at_unit(day, unit), None, "previous")
    return _Res("DATE", _at_unit(st.dct, unit), None, "dct")


LATER_IN_BEFORE: Final = re.compile(r"\b(?i:later|earlier)\s+in\s+$")


TOLD_UNITS: Final = frozenset(("month", "week"))  # (not a year: "10.4% in 2023. Performance improved through the year",
# "than the whole world managed in 2005. The company's 10th launch of the year": a year compared with is common)


def _unit_told(st: _State, text: str, start: int, end: int, unit: str) -> str | None:
    """The month or week gone by of the date told last, in the paragraph, which "the month" or "the end of the
    week" told after it in the past is: "The first case was recorded on 3 January. By the end of the month there
    were 400" (written in June). Not the DCT's, nor when the tense is not the past ("by the end of the month" to
    come is the DCT's)."""
    told = st.last_value
    if told is None or not told[:4].isdigit() or st.last_value_since or not 0 <= st.last_end <= start \
            or "\n\n" in text[st.last_end:start] or SINCE_BEFORE.search(text, start - 6, start):
        return None  # ("has stalled since the start of the month": a stretch up to now)
    if unit == "month":
        value = told[:7] if ISO_MONTH.match(told) and (int(told[:4]), int(told[5:7])) < (st.dct.year, st.dct.month) else None
    else:  # (a week: of a day told)
        week = _at_unit(Day.fromisoformat(told[:10]), "week") if ISO_DAY.match(told) else None
        value = week if week is not None and week < _at_unit(st.dct, "week") else None
    return value if value is not None and tense_at(text, start, end) == "past" else None


def _year_told(st: _State, text: str, start: int, end: int) -> int | None:
    """The year gone by written in figures earlier in the sentence, which "the year", "the end of the year" or
    "year-end" told after it is: "Losses in 2019 reached $16 billion by the end of the year", "volumes in the first
    quarter of 2025, raising fears of a slump later in the year". Not when the tense points ahead ("rose 5% in
    2025 and is expected to rise 7% by the end of the year": this year's)."""
    if st.frame_year is None or st.dct is None or st.frame_year == st.dct.year or st.frame_end > start \
            or _broken(text, st.frame_end, start) or not FOUR_DIGITS.search(text, st.frame_start, st.frame_end):
        return None
    if SINCE_BEFORE.search(text, st.frame_start - 6, st.frame_start):
        return None  # "the lowest since March 2021, strengthening the case for a cut before the end of the year": the
        # year a stretch up to now began, not the year the sentence is of
    if SINCE_BEFORE.search(text, start - 6, start):
        return None  # "Shares in the retailer, which was founded in 1887, rose 4.2%, taking their gain since the start of
        # the year to 18%": a stretch up to now begins in this year
    if st.frame_year > st.dct.year:
        # a year to come, then "later in the year": "would launch in Europe in early 2027, and in other markets later
        # in the year" (not "the end of the year" alone, which may be this one's)
        return st.frame_year if LATER_IN_BEFORE.search(text, start - 12, start) else None
    return None if tense_at(text, start, end) == "future" else st.frame_year


def _decade_told(st: _State, text: str, start: int, end: int, digits: int = 3) -> str | None:
    """The decade gone by of the date told last, in the paragraph or the one after, which "the end of the decade"
    told after it is ("... in the early 1880s.\n\nBy the middle of the decade she had fallen in with ..."):
    "In the early 1990s, the company employed 10,000 people; by the end of the decade, it had 2,000", "The 1980s
    were hard. By the end of the decade, half the mills had shut". In the sentence unless the tense points ahead
    ("grew in the 2010s, and expects to double by the end of the decade": this one); after it, told in the past. Not
    after a year to come ("a plan covering 2027 to 2031 ... below 20% by the end of the decade": this one). With
    `digits` 2, the century gone by, as "the end of the century" is."""
    v = st.last_value
    if v is None or st.dct is None or not v[:3].isdigit() or len(v) > 3 and not v[3].isdigit() \
            or v[:digits] >= str(st.dct.year)[:digits] or st.last_end > start \
            or "\n" in text[st.last_end:start] and not _opens_next_paragraph(text, st.last_end, start):
        return None
    tense = tense_at(text, start, end)
    if tense == "past" or tense is None and not _broken(text, st.last_end, start):
        return v[:digits]
    return None


SEASON_OFFSETS: Final = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}
MODAL_BEFORE: Final = re.compile(r"(?i:\b(?:will|would|could|might|may|can|should|must|shall)\s+(?:[a-z]+ly\s+)?)$")


A_DAY_AS_THING_AFTER: Final = re.compile(r"\s+(?:like|when)\b|-by-|-night\b")  # ("a day-night match")


STREET_AFTER: Final = re.compile(r"\s+(?:Street|St\b|Road|Rd\b|Avenue|Ave\b|Lane|Drive|Place|Terrace|Crescent|Court|Close|Square|"
                          r"Boulevard|Blvd\b|Parade|Row|Walk|Gardens)")  # a name's street: "3 May Street", "58 Second Avenue"
AGED_BEFORE: Final = re.compile(r"(?<![\w-])(?i:aged)\s+$")  # (not "averaged 17 minutes")


# what may follow "a second" that is a length of time: the sentence's end or a word that is no noun it counts
SECOND_ALONE_AFTER: Final = re.compile(r"\s*(?:[.,;:!?)\"”’]|$|\s(?:and|or|but|to|in|of|for|before|after|later|earlier|ago|long|from|"
                                r"when|as|at|on|by|until|while|behind|ahead|slower|faster|quicker|clear)\b)")


YEAR_LIKE: Final = re.compile(r"1[89]\d\d|20\d\d")
RACE_NAME_AFTER: Final = re.compile(r"\s*(?:[(),.;:–—]|$)|\s+(?:race|endurance|in|at|on|and|is|was|will|last|this|next)\b")
RACE_NAME_BEFORE: Final = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][^\W\d_]+\s+$")  # a name before a count, not a sentence's first word


PLURAL_NOUN_AFTER: Final = re.compile(r" [a-z]{2,}[^s\W]s\b(?!['’])")  # ("closures", "trips"; not "its", "was" nor "boss")
ARTICLE_RIGHT_BEFORE: Final = re.compile(r"\b(?i:an?)\s+$")  # ("a two week delay": a length)


QUARTER_FRACTION_BEFORE: Final = re.compile(r"\b(?i:up|down|rose|rise|rises|risen|fell|fall|falls|fallen|grew|grow|grows|grown|"
                                     r"increased|decreased|jumped|dropped|climbed|slumped|surged|cut|cuts|reduced|"
                                     r"shrank|shrunk|shrink|higher|lower)\s+(?:(?:by|from|to)\s+)?(?:(?:about|almost|nearly|roughly|"
                                     r"around|over|more\s+than|less\s+than)\s+)?$")


def r_duration(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    ms, me = m.span()  # (read once, as the tests below ask for them)
    n_text, unit_word = m[p + "n"], m[p + "u"]
    if starts_at(text, "-round", me):
        return None  # "without a year-round licence": all through the year, no length of time
    unit = _unit(unit_word)
    if (n_text or "").lower() in ("a", "an") and unit_word.lower() != unit and unit_word[-1:].lower() == "s" \
            and text.startswith(("-long", " long"), m.end(p + "u")):
        # "a months-long checkout period", "a weeks-long strike": some months, the article no count of them
        return _Res("DURATION", _duration_value(None, unit), span=(m.start(p + "u"), me))
    if unit_word.lower() == unit and (unit == "weekend" or " more " in m.group()) and n_text is not None \
            and n_text.lower() not in ("a", "an", "one") and PLURAL_NOUN_AFTER.match(text, me) \
            and not ARTICLE_RIGHT_BEFORE.search(text, ms - 6, ms):
        return None  # "nine more weekend closures", "two more day trips": a count of things a unit names the kind of
    if ends_at(text, "aged ", ms - 5 if ms > 5 else 0, ms) and not m[p + "q"] and AGED_BEFORE.search(text, ms - 8, ms):
        return None  # "died on 28th November, aged 89 years": an age (as "45 years old", "85 years of age")
    if unit_word[0] == "S" and STREET_AFTER.match(text, me):
        return None  # "of 58 Second Avenue, Hull": an address
    if unit_word in ("Hours", "Hour") and n_text is not None and n_text.isdigit() and ms == m.start(p + "n") \
            and RACE_NAME_BEFORE.search(text, ms - 30 if ms > 30 else 0, ms) \
            and RACE_NAME_AFTER.match(text, me):
        return None  # "Le Mans 24 Hours", "Imola 6 Hours (Italy)": a race named by its length (not in a headline whose
        # words are all capitalised, "Police Given 36 Hours To Find Him")
    if n_text is not None and len(n_text) == 4 and YEAR_LIKE.fullmatch(n_text) and ms == m.start(p + "n") - 4 \
            and text[ms:ms + 4].lower() == "the ":
        return None  # "read the 1924 minutes aloud": a year's papers (four figures without a comma, after "the": a
        # year, as a count of minutes or days would be written "the 1,924 minutes")
    if (unit == "second" and (n_text or "").lower() in ("a", "an") or unit_word.lower() == "second" and not DIGIT.match(n_text or "")) \
            and not (m[p + "q"] and SECOND_ALONE_AFTER.match(text, me)):
        return None  # "a second call": an ordinal (not "burn up in less than a second", "for about a second.")
    if not m[p + "q"] and (n_text or "").lower() in ("a", "an") and A_DAY_AS_THING_AFTER.match(text, me):
        return None  # "waited years for a day like this", "on a day when markets were shut", "a day-by-day schedule":
        # a day spoken of, not a length of time
    if unit_word[:1].isupper() and unit_word[1:].islower() and NUMBERED_AFTER.match(text, me):
        return None  # "before a Week 15 trip to Buffalo", "Day 3 of the trial": a numbered stage's name
    if unit == "quarter" and (n_text or "").lower() in ("a", "an") and QUARTER_FRACTION_BEFORE.search(text, ms - 40, ms):
        return None  # "passenger numbers were up by a quarter on 2019 levels", "sales fell a quarter": a fraction
    if unit == "quarter" and lx.FRACTION_AFTER.match(text, me):
        return None  # "a quarter-point cut", "about a quarter of its glaciers": a fraction (also after a number:
        # "three members preferring a quarter-point cut" is no rate)
    if not m[p + "q"] and n_text and n_text.lower() in ("a", "an") and (
            lx.RATE_BEFORE.search(text, ms - 30, ms) or UNIT_RIGHT_BEFORE.search(text, ms - 9, ms)):
        # "$500 million a year", "20 hours a week", "for half an hour a day": a rate
        if unit in SPEED_UNITS and MEASURE_RATE_BEFORE.search(text, ms - 40, ms):
            return None  # "gusts of 60 kilometres an hour": a speed (not "40 feet a day", tagged as a rate)
        return _Res("SET", _set_period(_duration_value(1, unit)))
    if unit == "day" and m.group().lower() in ("one day", "some day") and MODAL_BEFORE.search(text, ms - 25, ms):
        return _Res("DATE", "FUTURE_REF")  # "Islam will one day be the second largest religion": some future day
    if unit in ("quarter", "half") and unit_word.lower() in ("quarters", "halves") and _about_a_game(st, text, ms, me):
        return None  # "For three quarters, it looked like a rout": of a game
    if unit == "quarter" and (n_text or "").lower() in ("a", "one") and CHANGED_BY_BEFORE.search(text, ms - 40, ms):
        return None  # "sales have fallen by a quarter", "profits were down a quarter": a fraction of an amount
    if unit in ("week", "fortnight") and not m[p + "q"] and (n_text or "").lower() in ("a", "one") \
            and (ON_WEEKDAY_AFTER.match(text, me) or TODAY_TOMORROW_AFTER.match(text, me)) \
            and not EXTENT_BEFORE.search(text, ms - 5, ms):
        return None  # "a week on Sunday", "a week tomorrow": a day, which the weekday or the day word tells
    if unit == "month" and (part := MONTHS_OF_YEAR.fullmatch(m.group())) and st.dct is not None \
            and (of := OF_YEAR_AFTER.match(text, me)) is not None:
        # "the first three months of the year", "the final three months of 2024": a quarter (six months: a half)
        year = int(of.group("y")) if of.group("y") else st.dct.year + YEAR_STEP.get((of.group("rel") or "this").lower(), 0)
        half = part.group(2).lower() in ("six", "6")
        nth = 1 if part.group(1).lower() == "first" else 2 if half else 4
        return _Res("DATE", f"{year}-{'H' if half else 'Q'}{nth}", span=(ms, of.end()))
    n = None if n_text and n_text.lower() in lx.VAGUE_NUMBERS or m[p + "hi"] else _number(n_text)  # (a range,
    # "five to seven days", is a length of time of no one count, as annotators write it)
    if n is not None and "and a half" in m.group().lower():
        n += 0.5
    if n is not None and m[p + "half"]:
        n /= 2  # "half a decade", "about half an hour"
    if n == 1 and m[p + "quarter"] and unit in QUARTER_OF:
        unit, n = QUARTER_OF[unit]  # "a quarter of a century": 25 years
    if frac := m[p + "frac"]:
        parts = HALF_OF if frac.lower() == "half" else QUARTER_OF  # "a half-hour", "a quarter century"
        if unit not in parts:
            return None
        unit, n = parts[unit]
    q = (m[p + "q"] or "").lower()
    if q == "over" and not OVER_AS_MORE_BEFORE.search(text, ms - 10, ms):
        # "pay rises of 25% over four years", "Voting took place over four days": across that time, not more
        # than it ("waiting for over a decade", "in over a year" are more than it)
        return _Res("DURATION", _duration_value(n, unit), span=(m.start(p + "n") if m[p + "half"] is None
                                                                else m.start(p + "half"), me))
    if m[p + "odd"] and not q:
        return _Res("DURATION", _duration_value(n, unit), "MORE_THAN")  # "Thirty-odd years", "40-odd years": some over
    return _Res("DURATION", _duration_value(n, unit), lx.QUANTITY_MODS.get(SPACES.sub(" ", q)) if q else None)


# A change in an amount, by which "a quarter" is a fraction ("cut its workforce by a quarter"; not "delayed by a
# quarter", a length of time)
CHANGED_BY_BEFORE: Final = re.compile(r"(?i:\b(?:(?:fell|fallen|falls?|rose|risen|rises?|cut|cuts|reduced?|reduces|grew|grown|grows?|"
                               r"increased?|increases|decreased?|decreases|dropped|drops?|shrank|shrunk|shrinks?|jumped|"
                               r"jumps?|climbed|climbs?|slumped|plunged|declined?|declines|slashed|slash|boosted|boosts?|"
                               r"raised?|raises|lowered|lowers?|expanded|expands?|contracted|contracts?|swelled|soared|"
                               r"tumbled|sank|dipped|surged|rising|falling|growing)\s+(?:\w+\s+){0,3}?by|down|up)\s+"
                               r"(?:(?:nearly|almost|about|around|roughly|more\s+than|less\s+than|over|under|just|some|"
                               r"close\s+to|well\s+over)\s+)*)$")
MONTHS_OF_YEAR: Final = re.compile(r"(?i:the\s+(first|last|final)\s+(three|six|3|6)\s+months)")
OF_YEAR_AFTER: Final = re.compile(rf"\s+of\s+(?:(?i:the\s+year)|(?P<rel>(?i:this|last|next))\s+(?i:year)|(?P<y>{lx.YEAR}))(?![\w'’])")
ON_WEEKDAY_AFTER: Final = re.compile(rf"\s+on\s+{lx.WEEKDAY_FULL}")
TODAY_TOMORROW_AFTER: Final = re.compile(r"\s+(?i:today|tomorrow)\b(?!['\u2019]s)")
OVER_AS_MORE_BEFORE: Final = re.compile(r"(?i:\b(?:for|in|of|after|within|than|by|lasted|lasting|last|lasts|took|takes|take|"
                                 r"spent|spend|spends|is|was|were|are|be|been)\s+)$")


def r_seasons(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    """"in 33 seasons", "over two seasons": in a text about sport, that many years (a season is played once a year); a
    television series' seasons, or fire and pollen seasons, are no count of years."""
    n = _number(m[p + "n"])
    if n is None or n != int(n) or not 1 <= n <= 60 or not _sporting(st, text):
        return None
    q = _qualifier(m, p)
    if q == "over":  # "went 11-23 over two seasons": across them, not more than
        return _Res("DURATION", _duration_value(n, "year"), span=(m.start(p + "n"), m.end()))
    return _Res("DURATION", _duration_value(n, "year"), lx.QUANTITY_MODS.get(q))


def r_longadj(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    return _Res("DURATION", _duration_value(1, m[p + "u"].lower()))


COORDINATED_BEFORE: Final = re.compile(r"\b(?:minutes|hours|days|weeks|months|years|decades|centuries),?\s+"
                                r"(?:or\s+even|or\s+perhaps|or\s+maybe|if\s+not|but\s+not|not|or|and)\s+$")


def r_bareplural(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if (h := m.group().lower().find("hours")) >= 0 and HOURS_KIND_BEFORE.search(text, m.start() + h - 16, m.start() + h):
        return None  # "cut the opening hours", "during business hours": a kind of hours, no stretch of time
    if m[p + "um"]:  # "multi-year deals"
        return _Res("DURATION", _duration_value(None, _unit(m[p + "um"])))
    # "hours after the quake", "just months after the election", "weeks of protests", "has had months to make an offer"
    if bare := m[p + "ua"] or m[p + "uo"] or m[p + "uh"]:
        return _Res("DURATION", _duration_value(None, _unit(bare)))
    if m[p + "uc"]:  # "in weeks, not months", "for weeks or even months": as the stretch it is set against
        ok = COORDINATED_BEFORE.search(text, m.start() - 30, m.start())
        return _Res("DURATION", _duration_value(None, _unit(m[p + "uc"]))) if ok else None
    if m[p + "ui"]:  # "the first time in years", not "paid in months of arrears"
        ok = lx.IN_YEARS_AFTER.match(text, m.end())
        return _Res("DURATION", _duration_value(None, _unit(m[p + "ui"]))) if ok else None
    unit = _unit(m[p + "u"])
    pre = m[p + "pre"].strip().lower()
    if pre == "the" and not m[p + "ahead"]:
        return None  # "the years" alone names no stretch; "the weeks ahead" does
    if pre in ("recent", "coming", "the"):
        return _Res("DURATION", _duration_value(None, unit))  # "in recent years", "the weeks ahead": TimeML's PXY
    return _Res("DURATION", _duration_value(None, unit), span=m.span(p + "u"))


HOURS_KIND_BEFORE: Final = re.compile(r"\b(?i:opening|office|business|working|visiting|trading|peak|off-peak|school|licensing|"
                               r"banking|surgery|operating|core|contact|normal|regular|unsocial|antisocial)[\s-]+$")


SET_WORDS: Final = {"daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
             "yearly": "P1Y", "hourly": "PT1H", "fortnightly": "P2W", "semiannually": "P6M", "half-hourly": "PT30M",
             "halfhourly": "PT30M"}


def _set_period(value: str) -> str:
    """A SET's period in months where it counts quarters ("every quarter" is P3M, as "quarterly" is)."""
    q = QUARTERS_PERIOD.fullmatch(value)
    return f"P{3 * int(q.group(1))}M" if q else value


QUARTERS_PERIOD: Final = re.compile(r"P(\d+)Q")


# A measure that a rate is of, not a count of things or money: "winds of 175 kilometres (110 miles) per hour", "20
# centimetres an hour", "30 frames per second" (a speed, which TimeML does not tag)
MEASURE_RATE_BEFORE: Final = re.compile(r"\b(?i:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|"
                                 r"inch(?:es)?|feet|foot|knots|frames|requests|instructions|revolutions|beats|words|"
                                 r"lit(?:re|er)s|gallons|tonnes|tons|megabits|gigabits|bits|bytes|megabytes|gigabytes)"
                                 r"(?:\s*\([^()\n]{1,24}\))?\s+$")


SPEED_UNITS: Final = frozenset(("hour", "minute", "second"))


def r_set(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if us := m[p + "us"]:  # "every five years", "every few months"
        n = m[p + "n"]
        return _Res("SET", _set_period(_duration_value(None if n.lower() in lx.VAGUE_NUMBERS else _number(n), _unit(us))))
    u = m[p + "u"].lower()
    if u in SPEED_UNITS and text.startswith(("per ", "Per "), m.start()) \
            and MEASURE_RATE_BEFORE.search(text, m.start() - 40, m.start()):
        return None  # "175 kilometres per hour": a speed (not "4.7 millimetres per year", a rate of years)
    if u in lx.PARTS_OF_DAY and m[p + "u"][0].isupper() and m[p + "u"][1:].islower() \
            and _in_name(text, m.start(p + "u"), m.end(), True):
        return None  # "a marathon of every Night Shift Kitchen episode": a name
    pod = m[p + "pod"]
    time = f"T{lx.PARTS_OF_DAY[pod.lower()]}" if pod else ""
    if u in lx.WEEKDAYS:
        return _Res("SET", f"XXXX-WXX-{lx.WEEKDAYS[u] + 1}{time}")  # "every Saturday morning"
    if pod:
        return None  # "each day morning" is no English
    if u in lx.MONTHS:
        if (md := m[p + "md"]) is not None:
            return _Res("SET", f"XXXX-{lx.MONTHS[u]:02d}-{int(LEADING_DIGITS.match(md).group()):02d}")  # "every April 25"
        return _Res("SET", f"XXXX-{lx.MONTHS[u]:02d}")  # "each July"
    if u in lx.SEASONS:
        return _Res("SET", f"XXXX-{lx.SEASONS[u]}")  # "every spring"
    if u in lx.PARTS_OF_DAY:
        return _Res("SET", f"XXXX-XX-XXT{lx.PARTS_OF_DAY[u]}")  # "each night"
    if u == "weekend":
        return _Res("SET", "XXXX-WXX-WE")  # "every weekend"
    if m[p + "half"]:
        return _Res("SET", "PT30M")  # "every half hour"
    nth = (m[p + "other"] or "").lower()  # "every other week", "every fourth year"
    return _Res("SET", _set_period(_duration_value(EVERY_NTH.get(nth, 1), _unit(u))))


def r_setfreq(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    unit = m[p + "u"].lower()
    if unit == "week" and m[p + "n"].lower() in ("seven", "7") and m.group().lower().split()[1] == "days":
        return _Res("SET", "P1D")  # "staffed seven days a week": every day
    return _Res("SET", "P1D" if unit == "night" else _set_period(_duration_value(1, unit)))


def r_nightdur(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    count = m[p + "n"].lower()
    n = None if count.startswith(("several", "a ")) else _number(count)  # ("several", "a few", "a couple of": how many untold)
    if n is not None and (n < 2 or n != int(n)):
        return None  # ("one night", "a night at the opera": a night, no length counted)
    return _Res("DURATION", f"P{int(n)}D" if n is not None else "PXD", lx.QUANTITY_MODS.get(_qualifier(m, p)))


EVERY_NTH: Final = {"other": 2, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "tenth": 10}


SET_PLURALS: Final = {"weekends": "XXXX-WXX-WE", "weekdays": "XXXX-WXX-WD", **{pod + "s": f"XXXX-XX-XXT{code}"
                                                                       for pod, code in lx.PARTS_OF_DAY.items()}}


def r_setpl(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    return _Res("SET", SET_PLURALS[m[p + "w"].lower()], span=m.span(p + "x"))


def r_setadj(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if m[p + "w"][0].isupper() and CAPITALISED_AFTER.match(text, m.end()) \
            and not _opens_sentence(text, m.start()):
        return None  # "the Daily Harvest range", "the Daily Mail": a name
    if m[p + "w"][0].isupper() and _in_name(text, m.start(), m.end(), False):
        return None  # "told Respawn Weekly yesterday": a name
    if PAY_AFTER.match(text, m.end()):
        return None  # "hourly workers", "a weekly wage": a way of being paid, not a time
    if not m[p + "w"].lower().endswith("ally") and CHANGE_AFTER.match(text, m.end()):
        return None  # "its first monthly loss since May", "the highest monthly toll": what one such span came to, not
        # a time that recurs (not the adverb: "the plan billed annually rises to $159.99")
    if m[p + "w"].lower() in ("daily", "weekly") and NEWSPAPER_AFTER.match(text, m.end()) \
            and PRESS_BEFORE.search(text, m.start() - 20, m.start()):
        return None  # "the Communist Party daily Granma", "the business weekly Barron's": a newspaper
    if m[p + "w"].lower() == "quarterly" and WORD_AFTER.match(text, m.end()) and not ADVERB_END_AFTER.match(text, m.end()) \
            and not lx.SET_VERB_BEFORE.search(text, m.start() - 12, m.start()):
        return None  # "quarterly results", "a quarterly dividend": a kind of report, which news leaves untagged (not
        # "report to her quarterly on how it is implementing": the adverb, before a preposition)
    return _Res("SET", SET_WORDS[m[p + "w"].lower()])


ADVERB_END_AFTER: Final = re.compile(r"\s+(?:on|in|at|by|for|from|with|until|since|and|or|to|through|about|as|after|before)\b")
PRESS_BEFORE: Final = re.compile(r"(?i:\b(?:party|state-run|state-owned|business|financial|official|government|newspaper|"
                          r"tabloid|evening|morning|national|sports|economic)),?\s+$")
NEWSPAPER_AFTER: Final = re.compile(rf"\s+(?!(?:{lx.WEEKDAY_FULL}|{lx.MONTH_FULL}|At|In|On|From|Until|Through|To|And|But)\b)[A-Z][\w'-]+")
CHANGE_AFTER: Final = re.compile(r"\s+(?:loss|losses|gain|gains|fall|falls|drop|drops|rise|rises|decline|declines|increase|"
                           r"increases|decrease|decreases|advance|jump|slide|surge|toll|total)\b")
PAY_AFTER: Final = re.compile(r"\s+(?i:workers?|employees?|staff|wages?|pay|paid|rates?|earners?|jobs?)\b")


def _solar_name(st: _State, text: str, name: str) -> tuple[str, tuple[int]]:
    """A solstice's or an equinox's name as the month it falls in where the text is of the southern hemisphere (its
    summer solstice is December's), the one of the pair nearest the DCT for "the solstice", "the equinox"; and the
    hours the text's clocks are ahead of UTC, which may put it on the next day or the day before (Sydney's summer
    solstice of 2026 is on 22 December; the September equinox of 2026, 00:06 UTC on the 23rd, on the 22nd in New
    York)."""
    southern = _southern(text)
    if southern and name in lx.SOLAR_SOUTHERN:
        name = lx.SOLAR_SOUTHERN[name]
    elif lx.SOLAR_MONTHS[name] == 0 and st.dct is not None:
        first = 6 if name == "solstice" else 3  # (and the month six after it)
        ahead = (first - st.dct.month) % 6  # months to the next of the pair
        month = (st.dct.month + ahead - 1) % 12 + 1 if ahead <= 3 else (st.dct.month + ahead - 7) % 12 + 1
        name = {3: "march equinox", 6: "june solstice", 9: "september equinox", 12: "december solstice"}[month]
    return name, (SOUTHERN_CLOCK if southern else US_CLOCK if _names_most(st, text, "US") else 0,)


FATHERS_DAY_SOUTH: Final = (9, 6, 1)  # Australia's and New Zealand's Father's Day: the first Sunday of September
SOLAR_ENDS: Final = ("solstice", "equinox", "Solstice", "Equinox")
SOUTHERN_CLOCK, US_CLOCK = 10, -5  # hours ahead of UTC: eastern Australia's standard time, the US's Eastern


def _solar_instant(y: int, month: int) -> dt.datetime | None:
    """The instant (UTC, to about a minute) of the solstice or equinox of year y that falls in `month` (3, 6, 9 or
    12), by Meeus's polynomials and periodic terms (lexicon.SOLAR_MEAN, SOLAR_TERMS); None outside 1000 to 3000."""
    if not 1000 <= y <= 3000 or month not in lx.SOLAR_MEAN:
        return None
    a = (y - 2000) / 1000
    c0, c1, c2, c3, c4 = lx.SOLAR_MEAN[month]
    jde0 = c0 + a * (c1 + a * (c2 + a * (c3 + a * c4)))
    t = (jde0 - 2451545.0) / 36525
    w = math.radians(35999.373 * t - 2.47)
    stretch = 1 + 0.0334 * math.cos(w) + 0.0007 * math.cos(2 * w)
    jde = jde0 + 0.00001 * sum(k * math.cos(math.radians(b + c * t)) for k, b, c in lx.SOLAR_TERMS) / stretch
    return dt.datetime(2000, 1, 1, 12) + dt.timedelta(days=jde - 2451545.0)  # (TT, a minute from UTC: no matter here)


def _easter(y: int) -> Day:
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * mm + 90) // 25
    return Day(y, month, (h + l_ - 7 * mm + 33 * month + 19) % 32)


def _orthodox_easter(y: int) -> Day:
    """Easter by the Julian reckoning of the Orthodox churches (Meeus), as a Gregorian day (13 days on, 1900-2099)."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return Day(y, month, day + 1) + dt.timedelta(days=13)


def _holiday_day(name: str, y: int, rule: tuple | None = None, later: int = 0) -> Day | None:
    """The day of a holiday in year y (None when its table does not have the year); `rule` a country's own date
    for it (for a solstice or an equinox, the hours of the place's clock ahead of UTC), `later` the days a country
    keeps it after the table's date (the Eids in India)."""
    if name in lx.SOLAR_MONTHS:
        instant = _solar_instant(y, lx.SOLAR_MONTHS[name])
        return None if instant is None else (instant + dt.timedelta(hours=rule[0] if rule else 0)).date()
    if name.startswith("orthodox easter"):
        return _orthodox_easter(y)
    if name in lx.EASTER_OFFSETS or name.split()[0] == "easter":
        return _easter(y) + dt.timedelta(days=lx.EASTER_OFFSETS.get(name, 0))
    if name in lx.LUNAR_OFFSETS:
        if y not in lx.LUNAR_NEW_YEAR:
            return None  # outside the table: better no date than a wrong one
        return Day(y, *lx.LUNAR_NEW_YEAR[y]) + dt.timedelta(days=lx.LUNAR_OFFSETS[name])
    if name in lx.TABLE_HOLIDAYS:
        told = lx.TABLE_HOLIDAYS[name].get(y)
        return Day(y, *told) + dt.timedelta(days=later) if told else None
    if name in lx.THANKSGIVING_OFFSETS:
        return _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=lx.THANKSGIVING_OFFSETS[name])
    name = name.split()[0] if name.split()[0] in lx.MOVABLE_HOLIDAYS else name
    if name == "thanksgiving" and rule is None:
        return _nth_weekday(y, 11, 3, 4)
    if name == "election day":
        return _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1)  # the Tuesday after the first Monday of November
    if name == "inauguration day":
        return Day(y, 1, 20) if y % 4 == 1 else None  # (every fourth year: in any other, no date rather than a wrong one)
    if name == "victoria day":
        return Day(y, 5, 24) - dt.timedelta(days=Day(y, 5, 24).weekday())  # the last Monday before 25 May
    if name == "super bowl sunday":
        return _nth_weekday(y, 2, 6, 2 if y >= 2022 else 1) if y >= 2004 else None
    rule = rule or lx.HOLIDAYS[name]
    return Day(y, *rule) if len(rule) == 2 else _nth_weekday(y, *rule)


def _countries(st: _State, text: str) -> dict[str, int]:
    """How often the text names each country (its name, people, cities): counted once per text, when first asked."""
    if st.countries is None:
        st.countries = {}
        for m in lx.cues_in(text):
            country = lx.COUNTRY_OF_CUE[m.group()]
            st.countries[country] = st.countries.get(country, 0) + 1
    return st.countries


def _country_day(st: _State, name: str, text: str, start: int) -> tuple | None:
    """A country's own day ("Independence Day"): of the country named right before it ("Mexican Independence Day";
    none for a state's, "Texas Independence Day"), else of the country the text names most; the holiday's default
    (the United States' Fourth of July, India's Republic Day) when it names none that has one."""
    if (named := lx.NAMED_BEFORE_DAY.search(text, start - 24, start)) is not None:
        if named.group(1) in lx.US_STATES:
            return None
        if (country := lx.COUNTRY_OF_CUE.get(named.group(1))) is not None:
            return lx.COUNTRY_DAYS[country].get(name)
    counts = {c: n for c, n in _countries(st, text).items() if name in lx.COUNTRY_DAYS[c]}
    if counts:
        return lx.COUNTRY_DAYS[max(counts, key=lambda c: (counts[c], c == "US"))][name]
    return lx.HOLIDAYS[name]


def _canadian_heritage_day(text: str, start: int) -> tuple:
    """The rule of a Heritage Day in a Canadian story: of the province named nearest before it ("Admission is free on
    Heritage Day, the Alberta civic holiday"; "while Nova Scotia marks Heritage Day"), else the one named most, else
    Nova Scotia's (a statutory holiday; Alberta's is a civic one)."""
    lo = max(0, start - 200)
    near = max(lx.CANADIAN_HERITAGE_DAYS, key=lambda prov: (text.rfind(prov, lo, start + 1), text.count(prov),
                                                             prov == "Nova Scotia"))
    return lx.CANADIAN_HERITAGE_DAYS[near]


def _most_named(st: _State, text: str, country: str, other: str) -> bool:
    """Whether the text names one country more often than another (as _countries counts them)."""
    counts = _countries(st, text)
    return counts.get(country, 0) > counts.get(other, 0)


def _nth_week_day(y: int, month: int, n: int) -> Day:
    """A day of a month's nth week (n = -1: its last), counted as ISO counts a year's: the first week is the one
    with most of its days in the month (it holds the 4th), the last the one holding the fourth-last day."""
    if n < 0:
        return Day(y + month // 12, month % 12 + 1, 1) - dt.timedelta(days=4)
    return Day(y, month, 4 + 7 * (n - 1))


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> Day:
    """The nth such weekday of a month (n = -1: the last one): Labor Day is the first Monday of September."""
    if n < 0:
        last = Day(y + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = Day(y, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _any_bank_holiday(m, p, st, text: str, name: str) -> _Res | None:
    """ "on bank holiday Monday", "over the bank holiday weekend", "the bank holiday": the bank holiday Monday of England
    and Wales that the tense points to, the nearest if none (not "a bank holiday", "bank holiday trading")."""
    if st.dct is None or name == "bank holiday" and not (m[p + "we"] and m.group()[:1] in "Tt"):
        return None
    irish = _most_named(st, text, "Ireland", "UK")
    cands = sorted(d for y in (st.dct.year - 1, st.dct.year, st.dct.year + 1)
                   for d in [_easter(y) + ONE_DAY] + (_irish_bank_holidays(y) if irish else [
                       _nth_weekday(y, *lx.BANK_HOLIDAYS[n]) for n in ("early may bank holiday", "spring bank holiday",
                                                                        "summer bank holiday")]))
    rel = REL_BEFORE_HOLIDAY.search(text, m.start() - 9, m.start()) if text[m.start() - 1:m.start()] == " " else None
    word = rel.group(1).lower() if rel is not None else ""
    tense, firm = tense_cue(text, m.start(), m.end())
    if word == "last":
        day = max(c for c in cands if c < st.dct)
    elif word in ("next", "coming"):
        day = min(c for c in cands if c > st.dct)
    elif st.last_day is not None and st.last_day_explicit and not _broken(text, st.last_day_end, m.start()) \
            and (after := next((c for c in cands if 0 < (c - st.last_day).days <= 3), None)) is not None:
        # "The fair returns on Saturday 25 May and runs for three days, finishing on the bank holiday Monday": the
        # one right after the day just told in its sentence
        return _Res("DATE", _weekend_of(after) if m[p + "we"] else _iso(after), anchor_kind="previous",
                    span=(rel.start(), m.end()) if rel is not None else None)
    else:  # ("this bank holiday Monday": the one the tense says, the nearest if it says none)
        day = _choose(cands, st.dct, tense, firm)
    return _Res("DATE", _weekend_of(day) if m[p + "we"] else _iso(day), anchor_kind="dct", tense=tense,
                span=(rel.start(), m.end()) if rel is not None else None)


def _irish_bank_holidays(y: int) -> list[Day]:
    """Ireland's bank holiday Mondays of a year but Easter Monday: from 2023 St Brigid's (the first Monday of
    February, or 1 February when that is a Friday), then those of lexicon.IRISH_BANK_HOLIDAYS."""
    days = [_nth_weekday(y, *rule) for rule in lx.IRISH_BANK_HOLIDAYS.values()]
    if y >= 2023:
        days.append(Day(y, 2, 1) if Day(y, 2, 1).weekday() == 4 else _nth_weekday(y, 2, 0, 1))
    return days


def _labour_day(st: _State, text: str) -> tuple:
    """Labour Day's rule in the country the text names most, and more than once (lexicon.LABOUR_DAYS; in Australia,
    the state it names most), the first Monday of September (the United States' and Canada's) in any other."""
    counts = _countries(st, text)
    country = max(counts, key=lambda c: (counts[c], c == "US")) if counts else "US"
    if country == "Australia":
        states: dict[str, int] = {}
        for m in lx.AUSTRALIAN_STATE_CUES.finditer(text):
            state = str(m.lastgroup).replace("_", " ")  # (every cue is in a group named by its state)
            states[state] = states.get(state, 0) + 1
        if states and counts[country] + sum(states.values()) > 2:  # ("Melbourne", "the Victorian government")
            return lx.AUSTRALIAN_LABOUR_DAYS[max(states, key=lambda c: states[c])]
    if counts.get(country, 0) < 2:
        return lx.HOLIDAYS["labour day"]  # (a country named once is no sign of where the text is from)
    return lx.LABOUR_DAYS.get(country, lx.HOLIDAYS["labour day"])


def _weekend_of(day: Day) -> str:
    """The weekend nearest a day, as TimeML writes it ("Labor Day weekend" is the weekend before the Monday)."""
    saturday = min((day + dt.timedelta(days=k) for k in range(-4, 7)), key=lambda d: (d.weekday() != 5, abs((d - day).days)))
    year, week, _ = saturday.isocalendar()
    return f"{year}-W{week:02d}-WE"


ORDINARY_FIRST_WORDS: Final = frozenset("good labor labour memorial veterans remembrance armistice boxing independence may black "
                                 "republic national bonfire burns presidents president's father's mother's thanksgiving".split())


LUNAR_NAMESAKES: Final = {"new year's eve": -1, "new year's day": 0, "new year": 0, "new year's": 0}
LUNAR_NEAR: Final = 21  # days from the lunar new year within which a text about it means it by "New Year's Eve"


def _lunar_namesake(st: _State, name: str) -> Day | None:
    """In a text about the Lunar New Year, written within three weeks of it, "New Year's Eve" and "New Year's Day"
    are its eve and its day; else None."""
    if st.dct is None:
        return None
    for y in (st.dct.year, st.dct.year + 1):
        if y in lx.LUNAR_NEW_YEAR:
            day = Day(y, *lx.LUNAR_NEW_YEAR[y])
            if abs((day - st.dct).days) <= LUNAR_NEAR:
                return day + dt.timedelta(days=LUNAR_NAMESAKES[name])
    return None


NEXT_HOLIDAY_NEAR: Final = 31  # days to a holiday about to come within which "next" names the one after it
WEEK_AFTER_HOLIDAY: Final = re.compile(r"\s+(?i:(last|this|next)\s+week)\b")  # "with Thanksgiving next week"
US_ONLY_DAYS: Final = frozenset(("election day", "inauguration day"))  # days of the United States' whose names others use


SOVEREIGN_BIRTHDAYS: Final = frozenset(("king's birthday", "queen's birthday"))
SOVEREIGN_HOLIDAY_AFTER: Final = re.compile(r"\s+(?i:(?:public\s+|bank\s+)?holiday|long\s+weekend|weekend)\b")
FALLS_ON_AFTER: Final = re.compile(r"\s+(?:falls|is|comes)\s+on\b")


QUOTE_OPENS: Final = frozenset("\"“")  # ('"Wednesday," he replied': a day told, one word quoted)
QUOTE_ENDS: Final = frozenset(",.\"”")  # what may follow a quoted title's last word
QUOTE_CLOSE_AFTER: Final = re.compile(r"[,.]?[\"”]")
QUOTED_TITLE_OPEN_BEFORE: Final = re.compile(r"(?:^|[\s(])[\"“](?:[A-Z][\w'’-]*\s+){0,3}$")


def _quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the expression at text[start:end] ends a quotation of a few capitalised words that opens right before
    it or up to three words before: a title ('the world premiere of "Ash Wednesday"', '"Sunday Morning Coming
    Down,"'), not a time told."""
    if QUOTE_CLOSE_AFTER.match(text, end) is None:
        return False
    window = text[start - 40 if start > 40 else 0:start]
    return ("\"" in window or "“" in window) and QUOTED_TITLE_OPEN_BEFORE.search(window) is not None


def r_holiday(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    if _quoted_title(text, m.start(), m.end()):
        return None  # '"Ash Wednesday," Okoro's second opera', 'the film "Groundhog Day"': a title
    name = SPACES.sub(" ", m[p + "w"].lower())
    if name in lx.ANY_BANK_HOLIDAY:
        return _any_bank_holiday(m, p, st, text, name)
    if st.dct is None or m[p + "w"][0].islower() and name.split()[0] in ORDINARY_FIRST_WORDS:
        return None  # "a good Friday for the market", "a memorial day", "a service of thanksgiving": such a holiday is
        # written capitalised
    if ends_at(text, "& ", 0, m.start()):
        return None  # "Challenger, Gray & Christmas": a name
    if name == "family day" and m[p + "w"] != "Family Day":
        return None  # "Saturday 20 July: Family day, with storytelling": a day for families
    if lx.TITLE_AFTER_HOLIDAY.match(text, m.end()) or lx.KIND_AFTER_HOLIDAY.match(text, m.end()) \
            or lx.EVENT_AFTER_HOLIDAY.match(text, m.end()) \
            or name in VOTE_DAY_NAMES and ORDER_AFTER_VOTE_DAY.match(text, m.end()):
        return None  # "the Independence Day sequel": a work's title; "Real Christmas trees": a kind of thing
    if m[p + "w"] == "new year" and (the := lx.THE_NEW_YEAR_BEFORE.search(text, m.start() - 8, m.start())) \
            and not lx.LEISURE_AFTER_HOLIDAY.match(text, m.end()):
        # "will reopen in the new year", "or maybe the new year" (lower case): the coming year, not New Year's Day;
        # told to come after January, the next ("will reopen in the new year", written in March); gone by, the DCT's
        # ("prices have risen since the new year"); else the coming one once the year's first quarter is over ("The
        # new year brings a new musical", in a season announced in June)
        tense = tense_at(text, the.start(), m.end())
        year = st.dct.year + (st.dct.month >= 2 if tense == "future" else 0 if tense == "past" else st.dct.month >= 4)
        return _Res("DATE", str(year), anchor_kind="dct", tense=tense, span=(the.start(), m.end()))
    rule: tuple | None = None
    if name in lx.SOLAR_MONTHS:
        if lx.SOLAR_MONTHS[name] == 0 and (not m[p + "w"].islower() or text[m.start() - 4:m.start()].lower() != "the "):
            return None  # "the club will hold its Equinox Star Party", a heading "EQUINOX": a name (alone, "the equinox")
        name, rule = _solar_name(st, text, name)
    if name == "father's day" and (_names_most(st, text, "Australia") or _names_most(st, text, "New Zealand")):
        rule = FATHERS_DAY_SOUTH  # ("Many producers spent last Sunday, Father's Day, servicing headers", in Australia)
    if name == "mother's day" and _names_most(st, text, "UK"):
        name = "mothering sunday"  # Britain's Mother's Day: three weeks before Easter, not May's second Sunday
    if name.startswith("thanksgiving") and name not in lx.THANKSGIVING_OFFSETS \
            and (name == "thanksgiving monday" or _most_named(st, text, "Canada", "US")):
        rule = lx.CANADIAN_THANKSGIVING  # "Oct. 12, Thanksgiving Monday in Canada" (only Canada's falls on a Monday)
    if name in SOVEREIGN_BIRTHDAYS:
        if not (SOVEREIGN_HOLIDAY_AFTER.match(text, m.end()) or "weekend" in m.group().lower()):
            return None  # "the King's Birthday Honours", "the Queen's birthday party": no public holiday
        if _names_most(st, text, "New Zealand"):
            rule = (6, 0, 1)  # New Zealand's is the first Monday of June
    if name == "heritage day" and _countries(st, text).get("Canada"):
        rule = _canadian_heritage_day(text, m.start())  # ("Nova Scotia marks Heritage Day", not South Africa's)
    if name in ("labour day", "labor day"):
        rule = _labour_day(st, text)  # ("Labour Day" in Melbourne is in March, in Wellington in October)
    if name in lx.IRISH_BANK_HOLIDAYS and _most_named(st, text, "Ireland", "UK"):
        rule = lx.IRISH_BANK_HOLIDAYS[name]  # ("the August bank holiday" in Dublin is the first Monday)
    if name in lx.COUNTRY_HOLIDAYS:
        rule = _country_day(st, name, text, m.start())
        if rule is None:
            return None  # "National Day" of no country the text names
    later = 1 if name in lx.EID_NAMES and (name.startswith(("hari raya", "aidil", "bakr"))
                                           or any(_names_most(st, text, c) for c in lx.LATER_EID_COUNTRIES)) else 0
    if name in VOTE_DAY_NAMES or name == "election day" and (m[p + "w"][0].islower() or st.election_day is None
                                                             and st.vote_day is not None and st.vote_day >= _iso(st.dct)
                                                             and _names_most(st, text, "US", or_tied=True)):
        # "polling day", "on election day", "election night": the day of the vote the story has told of ("setting
        # polling day for Friday, March 20th"); no day told, none known. So is an American "Election Day" after a
        # vote to come ("Early voting in the March 3 primary begins Tuesday ... by 7 p.m. on Election Day"), where
        # no general election was told first
        vote_day = st.primary_day if name == "primary day" else st.vote_day
        if name == "election night" and st.election_day is not None:
            vote_day = st.election_day  # (an election's own day, not a primary's nor another vote's: "Clerks begin mailing
            # absentee ballots for the general election on Sept. 24 ... on Election Day, Nov. 3")
        if vote_day is None and name == "election night" and _names_most(st, text, "US", or_tied=True):
            # told of the United States, with no day of its vote: the last Election Day ("the race has been in limbo
            # since election night", written in December)
            gone = [d for y in (st.dct.year - 1, st.dct.year) if (d := _holiday_day("election day", y, None, 0)) is not None
                    and d <= st.dct]
            vote_day = _iso(gone[-1]) if gone else None
        if vote_day is None:
            return None
        return _Res("TIME", vote_day + "TNI", anchor_kind="previous") if name == "election night" \
            else _Res("DATE", vote_day, anchor_kind="previous")
    if name in US_ONLY_DAYS and (m[p + "w"][0].islower() or not _names_most(st, text, "US", or_tied=True)):
        return None  # an election or inauguration day of another country (or a governor's), whose date the name
        # does not tell
    if name == "election day" and st.election_day is not None and not _opt(m, p + "y"):
        # "Voters will go to the polls on Tuesday, Feb. 9 ... postmarked by Election Day": the day of the election
        # the story is about (a special election, a runoff), not November's
        return _Res("DATE", st.election_day, anchor_kind="previous")
    if name in LUNAR_NAMESAKES and lx.LUNAR_TEXT.search(text) and (lunar := _lunar_namesake(st, name)) is not None:
        return _Res("DATE", _iso(lunar), anchor_kind="dct")  # "eat together by video on New Year's Eve"
    if (year_text := _opt(m, p + "y")) and (day := _holiday_day(name, int(year_text), rule, later)) is not None:
        return _Res("DATE", _iso(day))  # "Christmas Day 1944"
    if (ref := _opt(m, p + "yref")) and (day := _holiday_day(name, st.dct.year + YEAR_STEP[ref.lower()], rule, later)):
        return _Res("DATE", _iso(day), anchor_kind="dct")  # "Labor Day last year"
    if (every := EVERY_BEFORE.search(text, m.start() - 7, m.start())) is not None \
            and (day := _holiday_day(name, 2001, rule, later)) is not None and _holiday_day(name, 2002, rule, later) == day.replace(year=2002):
        return _Res("SET", f"XXXX-{day.month:02d}-{day.day:02d}", span=(every.start(), m.end()))  # "every New Year's Day"
    if st.last_value and st.last_value[:4].isdigit() and (THAT_BEFORE.search(text, m.start() - 5, m.start())
                                                          or FOUR_DIGITS.fullmatch(st.last_value) and 0 <= st.last_end < m.start()
                                                          and DAY_APPOSED_JOIN.fullmatch(text, st.last_end, m.start())) \
            and (day := _holiday_day(name, int(st.last_value[:4]), rule, later)) is not None:
        # "That Christmas", "She finished the last draft that same year, on Christmas Eve": of the year just told
        return _Res("DATE", _iso(day), anchor_kind="previous")
    if name == "inauguration day":
        # (every fourth year: the ones either side of the DCT, as the tense tells)
        y = st.dct.year - (st.dct.year - 1) % 4
        tense, firm = tense_cue(text, m.start(), m.end())
        day = _choose([Day(y + k, 1, 20) for k in (-4, 0, 4)], st.dct, tense, firm)
        return _Res("DATE", _iso(day), anchor_kind="dct", tense=tense)
    rel = REL_BEFORE_HOLIDAY.search(text, m.start() - 9, m.start()) if text[m.start() - 1:m.start()] == " " else None
    cands = [_holiday_day(name, y, rule, later) for y in (st.dct.year - 1, st.dct.year, st.dct.year + 1)]
    if None in cands:
        return None
    if rel is not None and not (m[p + "we"] or _opt(m, p + "wk") or _opt(m, p + "pod")):
        # "last Christmas" (the one before the DCT), "next Easter" (the one after it), "this Thanksgiving" (the
        # DCT's year's): one expression
        word = rel.group(1).lower()
        day = max(c for c in cands if c < st.dct) if word == "last" else \
            min(c for c in cands if c > st.dct) if word in ("next", "coming") else cands[1]
        if word == "next" and (day - st.dct).days <= NEXT_HOLIDAY_NEAR and day != cands[-1]:
            # "whether we're here next Christmas", written on 9 December: the one after the Christmas about to come
            # ("this Christmas"), as "next Friday" written on a Thursday is the week after's
            day = cands[cands.index(day) + 1]
        return _Res("DATE", _iso(day), anchor_kind="dct", span=(rel.start(), m.end()))
    if (week := WEEK_AFTER_HOLIDAY.match(text, m.end())) is not None and not (m[p + "we"] or _opt(m, p + "wk")):
        # "with Thanksgiving next week": the one in that week (whatever the clause before told: "attendance dipped
        # last year, and with Thanksgiving next week, officials expect ...")
        monday = st.dct - dt.timedelta(days=st.dct.weekday()) + dt.timedelta(weeks=YEAR_STEP[week.group(1).lower()])
        if (day := next((c for c in cands if monday <= c < monday + dt.timedelta(days=7)), None)) is not None:
            return _Res("DATE", _iso(day), anchor_kind="dct")
    if st.last_value is not None and len(st.last_value) == 7 and ENTRY_VALUE.match(st.last_value) \
            and RANGE_JOIN.fullmatch(text, st.last_end, m.start()) \
            and RANGE_START_BEFORE.search(text, st.last_start - 12, st.last_start):
        # "without a major release between late June and Thanksgiving", "from September to Christmas": the end of a
        # span that begins with a month or a season, the first such holiday after its start
        begun = dates.start_date(st.last_value)
        if begun is not None and (day := next((c for c in cands if c >= begun), None)) is not None:
            return _Res("DATE", _iso(day), anchor_kind="previous")
    tense, firm = tense_cue(text, m.start(), m.end())
    falls = FALLS_ON_AFTER.match(text, m.end()) is not None
    if falls:
        tense = "future"  # "Christmas Day falls on Friday 25 December": told of the calendar, the one to come
    elif tense is None and BOUND_BEFORE_MONTH.search(text, m.start() - 10, m.start()):
        tense = "future"  # "the last chance to agree the budget before Christmas", "no decision until Easter": a bound
        # ahead (as of a month)
    # "The fire broke out on Christmas Day", written on 3 December: the day a happening gone by was on is last
    # year's, however near this year's is (not "had been pencilled in for Easter", "chosen to avoid Holi": a plan)
    day = _choose(cands, st.dct, tense, falls or firm and (HOLIDAY_TIME_BEFORE.search(text, m.start() - 8, m.start()) is not None
                                                           or COUNTED_BEFORE.search(text, m.start() - 24, m.start()) is not None))
    if st.frame_year is not None and st.frame_end == st.last_end and _frames(st, text, m.start()) \
            and (framed := _holiday_day(name, st.frame_year, rule, later)) is not None:
        day, tense = framed, None  # "a rocky 2022, when a meltdown stranded thousands over Christmas"
    elif st.last_month is not None and st.last_month_end == st.last_end and "\n\n" not in text[st.last_end:m.start()] \
            and (told := _holiday_day(name, int(st.last_month[:4]), rule, later)) is not None \
            and told.month == int(st.last_month[5:7]):
        # "The comeback that defined him came in December 2020. Recalled for the Boxing Day Test ...": the holiday
        # of the month just told, in its paragraph
        day, tense = told, None
    if not firm and st.last_day is not None and (st.last_day_explicit or st.dct is not None and st.last_day > st.dct) \
            and not _broken(text, st.last_day_end, m.start()) \
            and not WEEKDAY_COUNTED.fullmatch(text, st.last_day_end, m.start()):
        # "will finish on Friday 12 June 2026, with a three-week vacation around Easter": the one nearest the day its
        # sentence has just told (so too a day to come that ends a stretch: "runs from Dec. 10 through Dec. 30, with
        # an added matinee on Christmas Eve"); not a weekday counted from the holiday, "the Sunday after
        # Thanksgiving", whose day, read before the holiday's, is no day told)
        day = min(cands, key=lambda c: abs((c - st.last_day).days))
    if st.last_day is not None and st.last_day_explicit and abs(st.last_day.year - st.dct.year) > 1 \
            and m.start() - st.last_day_end <= HOLIDAY_NEAR_REACH and "\n\n" not in text[st.last_day_end:m.start()] \
            and (near := [d for y in (-1, 0, 1) if (d := _holiday_day(name, st.last_day.year + y, rule, later)) is not None
                          and abs((d - st.last_day).days) <= HOLIDAY_NEAR_DAYS]):
        # "at 6:31 p.m. on Sunday, May 8, 2016, as residents were finishing Mother's Day dinners", "on Dec. 24, 2019,
        # as families gathered for Christmas" (written in 2026): the holiday of the day just told in its paragraph, in
        # a year that none of the holidays near the DCT is in (near it, they are chosen by tense and by "last year")
        day, tense = near[0], None
    if m[p + "we"]:
        return _Res("DATE", _weekend_of(day), anchor_kind="dct", tense=tense)  # "Labor Day weekend"
    if _opt(m, p + "wk"):  # (the bank holidays' rule has no week or part of day)
        return _Res("DATE", _at_unit(day, "week"), anchor_kind="dct", tense=tense)  # "Thanksgiving week": its ISO week
    if pod := _opt(m, p + "pod"):
        return _Res("TIME", f"{_iso(day)}T{lx.PARTS_OF_DAY[pod.lower()]}", anchor_kind="dct", tense=tense)
    return _Res("DATE", _iso(day), anchor_kind="dct", tense=tense)


HOLIDAY_NEAR_DAYS: Final = 7  # a holiday this near a day just told is that day's year's (see r_holiday)
HOLIDAY_NEAR_REACH: Final = 300  # ... told this few characters before it

A_BEFORE: Final = re.compile(r"\b[Aa]n?\s+$")
RANGE_START_BEFORE: Final = re.compile(r"(?i:\b(?:between|from)\s+(?:the\s+)?)$")
REL_BEFORE_HOLIDAY: Final = re.compile(r"\b(?i:(last|next|coming|this))\s+$")
WEEKDAY_APPOSED: Final = re.compile(rf",\s+an?\s+(?P<wd>{lx.WEEKDAY_FULL})(?!\w)")
EVERY_BEFORE: Final = re.compile(r"(?i:\b(?:every|each)\s+)$")


GO_BEFORE_NOW: Final = re.compile(r"\b[Gg]o\s+$")
NOTICE_AFTER_NOW: Final = re.compile(r"[\"”'’]|\s+(?:alert|alerts|order|orders|evacuations?|warnings?|notices?|status)\b")
REFS: Final = {"recently": "PAST_REF", "lately": "PAST_REF", "soon": "FUTURE_REF", "long ago": "PAST_REF",
        "back in the day": "PAST_REF", "a while back": "PAST_REF", "a while ago": "PAST_REF", "the other day": "PAST_REF",
        "a short while ago": "PAST_REF", "a little while ago": "PAST_REF", "a short time ago": "PAST_REF",
        "moments ago": "PAST_REF", "a moment ago": "PAST_REF", "a few moments ago": "PAST_REF",
        "any day now": "FUTURE_REF",
        "a long time ago": "PAST_REF", "long time ago": "PAST_REF", "previous years": "PAST_REF"}


def r_ref(m: re.Match[str], p: str, st: _State, text: str) -> _Res | None:
    ms, me = m.span()  # (read once, as the tests below ask for them)
    w = _one_space(m[p + "w"].lower())
    if w == "now" and lx.NOW_NOT_TEMPORAL.search(text[max(0, m.start(p + "w") - 12):m.start(p + "w")]) \
            and not lx.VERB_AFTER_NOW.match(text, me):
        return None  # "countries that are now independent"
    if w == "now" and GO_BEFORE_NOW.search(text, ms - 4, ms) \
            and (starts_at(text, "N", m.start(p + "w")) or NOTICE_AFTER_NOW.match(text, me)):
        return None  # a Level 3 "Go Now" alert, "go now" orders: the order's name
    if w == "soon" and starts_at(text, "Soon", ms) and _in_name(text, ms, me, False):
        return None  # "Owner Lim Heng Soon, 68, said": a name
    if w == "soon" and lx.AS_SOON_AS.search(text[max(0, ms - 4):ms]):
        if not lx.AS_SOON_AS_POSSIBLE.match(text, me):
            return None  # "as soon as he arrives": a conjunction
        start = ms - len(text[:ms]) + len(text[:ms].rstrip()) - 2
        return _Res("DATE", "FUTURE_REF", span=(start, lx.AS_SOON_AS_POSSIBLE.match(text, me).end()))
    if w == "recently" and lx.MOST_RECENTLY.search(text, ms - 5, ms) \
            and lx.DATE_PREPOSITION_AFTER.match(text, me):
        return None  # "most recently in 2021": the latest time, which the date names
    if w in ("recently", "lately", "soon") and lx.AS_SOON_AS.search(text[max(0, ms - 4):ms]) \
            and AS_THEN_DATE.match(text, me):
        return None  # "as recently as 2022", "as soon as Tuesday": the date says when
    if w == "soon" and tense_at(text, ms, me) == "past":
        return None  # "a trickle of cash that soon became a flood", "was soon released": shortly after what the
        # story tells, not a time to come
    if w in ("current", "now") and text[ms].isupper() and CAPITALISED_WORD_BEFORE.search(text, ms - 20, ms) is not None \
            and not _opens_sentence(text, ms) and (w == "current" or NAME_ENDS_AFTER.match(text, me)):
        return None  # "Swift Current", "the advocacy group Safe Homes Now.": a name ("Now" ending its phrase: not
        # "British Library Now in its final fortnight", a listing's "now")
    if w == "current" and CURRENT_NOUN_AFTER.match(text, me) is not None:
        return None  # "warned that the current was too strong": a river's or a cable's
    if w == "the future" and FUTURE_PERSON_AFTER.match(text, me):
        return None  # "married the future Henri II", "met the future king": who someone was to become
    word = m[p + "w"].split()[-1]
    if w.startswith("the") and word[0].isupper() and not _opens_sentence(text, ms):
        return None  # "the Summit of the Future", "Back to the Future": a name
    if w in REFS:
        value = REFS[w]
    elif "past" in w:
        value = "PAST_REF"
    elif "future" in w or "soon" in w or w.endswith("term"):
        value = "FUTURE_REF"  # "in the near term"
    else:
        value = "PRESENT_REF"
    return _Res("DATE", value)


CAPITALISED_WORD_BEFORE: Final = re.compile(r"\b[A-Z][a-z]+\s+$")
NAME_ENDS_AFTER: Final = re.compile(r"(?:[.,;:)\"'\u201d]|$)")
FUTURE_PERSON_AFTER: Final = re.compile(r"\s+(?:(?!I\b)[A-Z]|(?:king|queen|prince|princess|emperor|empress|pope|president|prime\s+minister|"
                                 r"wife|husband|bride|groom|son-in-law|daughter-in-law|chancellor|duke|duchess|owner|leader)\b)")
# a verb or the end of a clause after "current": the noun, no time ("the current was too strong", "a strong current.")
CURRENT_NOUN_AFTER: Final = re.compile(r"(?:\s+(?:was|is|were|are|had|has|swept|carried|pulled|dragged|took|flows?|flowed|runs?)\b|"
                                r"\s*[.,;:!?)]|\s*$)")


r_bankholiday = r_holiday
RESOLVERS: Final = {name: globals()["r_" + name] for name in lx.RULE_NAMES}
# A day list after a month and day: "January 10/12/13", "January 12 and 13".
# After "and"/"or"/"to" a following word means a count ("January 12 and 13 people"); after a dash it does not
# ("January 10-13 in Geneva").
CONTINUATION: Final = re.compile(r"\s*(?:(?P<dash>/|-|–)|\band\b|\bor\b|\bto\b|\bthrough\b|\bthru\b)\s*(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[:.]\d)"
                          # (after a dash, not a day of another month: "28 November – 4 January")
                          rf"(?(dash)(?!\s*{lx.MONTH_ANY})|(?!\s*(?:[A-Z][a-z]|(?!(?:and|or|but|then|in|at|on|for|with|during|when|while|could|would|"
                          r"will|can|may|might|should|must|is|are|was|were|has|have|had|before|after|until|till|from|"
                          # ("the Dec. 9 and 10 meeting", "held on December 15 and 16 before the recess")
                          r"meetings?|sessions?|summit|talks)\s)[a-z]+\s)))")
# (after "to" or "and", a word that may follow a date, not a noun the number counts: "booked to travel Jan. 29 to 31
# could change flights", "from March 3 to 5 in Geneva"; not "raised from March 3 to 5 people")
# "February 5, 6 and 8", "January 10, 12 and 13": a day after a comma continues the list only where the list goes
# on to close with "and" or "or" and a last day (not "On March 5, 10 people died"; but "on Oct. 18 and 19 and a
# Halloween show": a conjunction after the last day is no noun it counts)
_LIST_DAY: Final = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
COMMA_DAY: Final = re.compile(rf",\s*(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?=(?:,\s*{_LIST_DAY})*,?\s+(?:and|or)\s+{_LIST_DAY}"
                       r"(?![\d:%]|\.\d)(?!\s*(?:[A-Z][a-z]|(?!(?:and|or|but|then)\s)[a-z]+\s)))")
DAY_LIST_RULES: Final = ("mdy", "dmy", "ordday")


def _remember(st: _State, value: str, start: int, end: int, rule: str, comparison: bool = False, fiscal: bool = False,
              counted: bool = False, on_day: bool = False, since: bool = False) -> None:
    """Update the anaphoric anchors with a value just resolved (`since`: told after "since", or a day told as the
    bound of a stretch or a figure, "the 12 months ended June 30", "as of Sunday", which nothing that follows is on)."""
    if not value[:1].isdigit():
        return
    st.last_value = value
    st.last_value_counted = counted
    st.last_value_since = since
    st.last_end = end
    st.last_start = start
    if len(value) == 7 and (told := MONTH_VALUE.match(value)):
        if not comparison and not since:
            # ("In October, 71.8% ... 68.9% in the same month last year. ... In October": this one; "has climbed 41%
            # since March ... pricing another cut by March": where a stretch up to now began is no month told again)
            st.months_told[int(told.group(2))] = int(told.group(1))
        if not counted and not since:  # ("the weakest since April and down from 2.8% the previous month": September's)
            st.last_month, st.last_month_end = value, end
            if rule == "month" and st.dct is not None and 0 < st.dct.year * 12 + st.dct.month - int(value[:4]) * 12 - int(value[5:]) <= 2 \
                    and (st.report_month is None or value > st.report_month):
                st.report_month = value  # "Consumer prices rose 0.9% in February" (in March; not "last month",
                # which tells a time more often than the month of a report)
    if len(value) == 3 and value.isdigit():
        st.last_decade = value
    if len(value) == 8 and ISO_WEEK.match(value) and not since:
        st.last_week, st.last_week_end = value, end
    if 4 <= len(value) <= 7 and value[:4].isdigit() and not comparison and not fiscal and not since:
        # (not "fiscal 2027, which starts Oct. 1", nor where a stretch up to now began: "Since last October it has
        # promised faster vetting, and in August it lowered the free float")
        st.frame_year, st.frame_start, st.frame_end = int(value[:4]), start, end
        st.frame_deictic = rule == "rel" and len(value) == 4
    if len(value) >= 10 and ISO_DAY.match(value):  # a day is no quarter or half: it cannot be the period reported on
        # (a year, a month or a quarter is shorter than a day: the length spares the regex)
        day = Day.fromisoformat(value[:10])
        # ("before Christmas", "cancelled since Friday" name no day things happen on; but a holiday apposed to the day
        # just named is as that day: "**Friday (Black Friday):** Doors open at 6 a.m.")
        apposed = rule == "holiday" and st.last_day_explicit and st.last_day == day and start - st.last_day_end < APPOSED_REACH
        if st.last_day is not None and st.last_day != day:
            st.prior_day, st.prior_day_explicit = st.last_day, st.last_day_explicit
        st.last_day = day
        st.dct_told = st.dct_told or day == st.dct
        st.last_day_part = value[10:13]
        st.last_day_end = end
        st.last_day_explicit = (rule != "holiday" or on_day or apposed) and not since
        st.last_day_weekday = rule == "weekday"
        st.days_told[day.weekday()] = day
        st.recent_days.append(day)
        if len(st.recent_days) > RECENT_DAYS:
            del st.recent_days[0]
        if (dct := st.dct) is not None:
            if day > dct:
                st.last_future_day = day
            st.yesterday_told = st.yesterday_told or (dct - day).days == 1
            st.today_told = st.today_told or dct == day
    elif not comparison and value[5:6] in ("Q", "H") and _reportable(st, value, fiscal):
        st.period = value  # (the cheap test first: a year or a month is no quarter or half)


def _reportable(st: _State, value: str, fiscal: bool = False) -> bool:
    """Whether a quarter or half can be the one a report is about: it ended in the half year before the DCT and
    ends later than the one taken so far ("third-quarter net rose ... after a flat second quarter" reports on the
    third; "the fourth quarter of 1988", named in October 1989, is a comparison). A fiscal quarter's months are
    unknown: any can be reported on."""
    end = _period_end(value)
    if end is None or (st.period is not None and end <= _period_end(st.period)):
        return False
    return st.dct is None or fiscal or 0 < st.dct.year * 12 + st.dct.month - end <= 6


def _period_end(value: str) -> int | None:
    """The month a quarter or half ends in, counted from year 0 ("1989-Q3" -> 1989 * 12 + 9)."""
    m = QUARTER_VALUE.match(value)
    return m and int(m.group(1)) * 12 + int(m.group(3)) * (6 if m.group(2) == "H" else 3)


def _starts(low: str, data: bytes, rev: str, trigger: int, floor: int) -> list[int]:
    """Where an expression around a trigger may start: the run of prefix words before it, earliest first."""
    starts = [trigger]
    t = trigger
    if trigger > floor and low[trigger - 1] == "'":
        t = trigger - 1  # "the '90s"; "by two o'clock", from the hour before it
        t -= starts_at(low, "clock", trigger) and trigger - 2 >= floor and low[trigger - 2] == "o"
        starts.append(t)
    elif trigger - 2 >= floor and low[trigger - 1] == "’" and low[trigger - 2] == "o" and starts_at(low, "clock", trigger):
        t = trigger - 2  # "by two o’clock"
        starts.append(t)
    elif trigger > floor + 2 and low[trigger - 1] in RANGE_GAP and "0" <= low[trigger] <= "9" \
            and (low[trigger - 2] in RANGE_GAP_END or low[trigger - 2].isspace() or low[trigger - 2].isdecimal()) \
            and (low_end := RANGE_NUMBER_BEFORE.search(low, max(floor, trigger - 12), trigger)) is not None:
        t = low_end.start()  # "24 to 36 hours", "24-36 hours": the range's first number, no trigger of its own
        starts.append(t)
    if t > floor + 4 and low[t - 2] == ")" and (paren := PAREN_COUNT_BEFORE.search(low, max(floor, t - 8), t)) is not None:
        t = paren.start()  # "within ten (10) days": the count written again in figures, as legal notices do
    first = lx.prefix_run_start(low, data, rev, t, floor)
    if first < 0:
        return starts
    word = low[first:t].rstrip(lx.PREFIX_SEPARATORS)
    if word.isalpha():  # a run of one word, the usual case (the run is ASCII: isalpha is WORD's [a-z]+)
        words = [] if word in lx.INNER_WORDS else [first]
    else:
        words = [w.start() for w in lx.WORD.finditer(low, first, t) if w.group() not in lx.INNER_WORDS]
    if "over" in low[first:t]:
        for i, w in enumerate(words):
            if starts_at(low, "over", w) and (verb := PHRASAL_BEFORE.search(low, w - 10, w)) \
                    and verb.group(1) in lx.PHRASAL_OVER:
                words = words[i + 1:]  # "will take over two days later": the verb's particle, not "more than"
                break
    return words + starts[::-1]


RANGE_GAP: Final = frozenset(" -–")
PAREN_COUNT_BEFORE: Final = re.compile(r"(?<=[a-z] )\(\d{1,3}\)\s$")
RANGE_NUMBER_BEFORE: Final = re.compile(r"(?<![\d.,:/])\d{1,3}(?:\s+(?:to|or)\s+|\s*[-–]\s*)$")
# What the character before a range's gap can be, but for a space or a digit: "to", "or", a dash ("the 3 weeks"
# is no range, and its search, at each of the twelve places before, is spared)
RANGE_GAP_END: Final = frozenset("or-–")
PHRASAL_BEFORE: Final = re.compile(r"\b([a-z]+)\s+$")


def _new_line_opens(text: str, start: int, end: int) -> bool:
    """Whether the word after the last line break in text[start:end] opens a line of its own (a capital, or a list
    item's mark before it): "- August 2025: -0.7\n- September 2025" is a list, whose number is no trigger with the
    next item's month; "runs every 12\nminutes" is a sentence that goes on."""
    line = text.rfind("\n", start, end) + 1
    return line < end and (text[line:end].lstrip(" \t-–•*")[:1].isupper() or BLOCK_START.match(text, line) is not None)


def _triggers(text: str, low: str, ascii_: bytes | None = None) -> list[tuple[int, int]]:
    """(start, end) of each trigger word or number, in text order, none overlapping the one before it. (ascii_: low
    encoded as below, where the caller has it.)"""
    if low is text:  # lowercasing changed the length: the slower case-insensitive reference scan
        return [m.span() for m in lx.TRIGGER_ANY_CASE.finditer(text)
                if "\n" not in m.group() or not _new_line_opens(text, m.start(), m.end())]
    if ascii_ is None:
        ascii_ = low.encode("ascii", "replace")  # same offsets: one byte per character
    found = lx.word_triggers(b" " + ascii_.translate(lx.SHAPE))
    number = lx.NUMBER_TRIGGER.match
    for m in lx.NUMBER_CANDIDATE.finditer(ascii_.translate(lx.NUMBER_SHAPE)):
        n = number(low, m.start())
        if n is not None and not (ascii_.find(b"\n", n.start(), n.end()) >= 0 and _new_line_opens(text, n.start(), n.end())):
            found.append(n.span())
    found.sort()
    # a word inside a number's trigger ("3 weeks") is not a trigger of its own, as in one left-to-right scan
    out, end = [], 0
    for span in found:
        if span[0] >= end:
            out.append(span)
            end = span[1]
    return out


def tag(text: str, dct: str | None = None) -> list[Timex]:
    """All temporal expressions in English text, with TimeML values resolved against `dct` (YYYY-MM-DD)."""
    day = Day.fromisoformat(dct) if dct else None
    if day is not None and not 1 < day.year < 9999:
        day = None  # too near the calendar's ends to count days and years from: as if there were no DCT
    original = text
    text, kept = _plain(text)
    out, crossed_back = _tag(text, day, None)
    years = _entry_years(text, out, day) if day is not None else None
    if years:
        out, crossed_back = _tag(text, day, years)  # read again, so that what is told from those entries follows them
    if crossed_back:
        # A live blog whose entries run newest first back over midnight ("1:12 a.m. ...\n\n12:40 a.m. ...\n\n11:58
        # p.m. ..."): its DCT is the day it began, the day of its oldest entries, and those read first are of the day
        # after; read again so
        out, _ = _tag(text, day, years or None, blog_ahead=True)
    if text.count("Day ") > 1 and (trips := _trip_days(text, out)):
        # an account told day by day: read again, each day's times of the day its label tells
        out, _ = _tag(text, day, years or None, blog_ahead=crossed_back, trips=trips)
        out = _with_trip_days(text, out, trips)
    if kept is not None:
        starts, ends = kept
        for t in out:  # back to the offsets of the text as given
            t.__dict__["start"], t.__dict__["end"] = starts[t.start], ends[t.end - 1]
    if text is not original:
        for t in out:
            t.__dict__["text"] = original[t.start:t.end]  # (made by _timex: see there)
    if day is not None and day.year < 1000:
        for t in out:  # a year counted from a DCT of the first millennium, written with its four figures
            if "0" <= t.value[:1] <= "9" and 0 < (dash := t.value.find("-")) < 4:
                t.__dict__["value"] = t.value[:dash].zfill(4) + t.value[dash:]
    return out


# "Day 3" leading a paragraph (or a sentence) of an account told day by day, before its punctuation or its verb:
# "Day 2. It snowed overnight", "Day 1 – Saturday 16 September, Tokyo", "Day 3 was a Sunday", "Day 2 is the famous
# one", "Day 1 of the trail, Thursday 19 August"; and "Day 9" in "Day 8 and Day 9 took us round the peninsula".
# Matched where "Day " is found, after what may lead it (TRIP_DAY_LEAD, read backwards from there).
TRIP_DAY_LABEL: Final = re.compile(r"Day[ \t]+(?P<n>[1-9]\d?)(?P<more>[ \t]+and[ \t]+Day[ \t]+(?P<n2>[1-9]\d?))?(?![\w-])"
                            r"(?=(?:[ \t]+of[ \t]+the[ \t]+[a-z]+)?(?:\*\*)?(?:[ \t]*[,.:;\u2013\u2014-][ \t\n]|[ \t]+[a-z]))")
TRIP_DAY_LEAD: Final = re.compile(r"(?:^|\n|[.!?] )[ \t]*(?:\*\*|#+[ \t]*)?$")  # a line's or a sentence's start, bold or a heading's marks
# between a label and the day it is told to be: "Day 1, Friday", "Day 1 – Saturday 16 September", "Day 5, a Tuesday,",
# "Day 3 was a Sunday", "Day 1 of the trail, Thursday 19 August"
TRIP_DAY_TOLD: Final = re.compile(r"(?:[ \t]+of[ \t]+the[ \t]+[a-z]+)?(?:\*\*)?(?:[ \t]*[,:\u2013\u2014-][ \t]*|[ \t]+(?:was|is)[ \t]+)(?:an?[ \t]+)?")


def _trip_days(text: str, out: list[Timex]) -> dict[int, tuple[int, Day, Day]]:
    """The days of an account told day by day, each leading its paragraph ("Day 1, Friday. We rolled into Innsbruck
    ...\n\nDay 2. It snowed overnight ...\n\nDay 3 was a Sunday"), dated from the day one of them is told to be (Day
    n is n - 1 days after Day 1): where each label starts -> (where it ends, its day, the day Day 1 is). An account
    needs two such days, and one told as a day; else there are none."""
    labels: list[tuple[int, int, int]] = []
    at = text.find("Day ")
    while at >= 0:
        m = TRIP_DAY_LABEL.match(text, at)
        if m is not None and TRIP_DAY_LEAD.search(text, at - 8 if at > 8 else 0, at) is not None:
            labels.append((at, at + len(m["n"]) + 4, int(m["n"])))
            if m["more"]:
                labels.append((m.start("more") + m["more"].index("Day"), m.end("more"), int(m["n2"])))
        at = text.find("Day ", at + 4)
    if len({n for _, _, n in labels}) < 2:
        return {}
    starts = {t.start: i for i, t in enumerate(out)}
    bases: list[tuple[int, Day]] = []  # (where, the day Day 1 is) for each label told as a day
    for start, end, n in labels:
        told = TRIP_DAY_TOLD.match(text, end)
        i = starts.get(told.end()) if told is not None else None
        if i is not None and ISO_DAY.match(out[i].value):
            try:
                bases.append((start, Day.fromisoformat(out[i].value[:10]) - dt.timedelta(days=n - 1)))
            except (ValueError, OverflowError):
                continue  # (a day near the calendar's ends, or none: "Day 40, 2 January 0001")
    if not bases:
        return {}
    days = {}
    for start, end, n in labels:
        base = bases[0][1]
        for at, first in bases:
            if at <= start:
                base = first  # (the last told before it: an account may number the days of two trips)
        try:
            days[start] = end, base + dt.timedelta(days=n - 1), base
        except OverflowError:
            pass  # (past the calendar's end)
    return days


def _with_trip_days(text: str, out: list[Timex], trips: dict[int, tuple[int, Day, Day]]) -> list[Timex]:
    """The expressions with the days of an account's labels (_trip_days) added where nothing was tagged, and a
    weekday told as any such day ("Day 5, a Tuesday") as the day counted, when it is that weekday."""
    covered = [(t.start, t.end) for t in out]
    starts = {t.start: i for i, t in enumerate(out)}
    added = []
    for start, (end, day, first) in trips.items():
        if not any(s < end and start < e for s, e in covered):
            added.append(_timex(start, end, text[start:end], "DATE", _iso(day), None, "tripday", _iso(first), "previous",
                                None))
        told = TRIP_DAY_TOLD.match(text, end)
        i = starts.get(told.end()) if told is not None else None
        if i is not None and out[i].value == f"XXXX-WXX-{day.weekday() + 1}":
            t = out[i]  # "Day 5, a Tuesday": that Tuesday
            out[i] = _timex(t.start, t.end, t.text, t.type, _iso(day), t.mod, t.rule, _iso(day), "previous", t.tense)
    return sorted(out + added, key=lambda t: t.start) if added else out


# Characters that the web, word processors and other systems write for the ones the rules know, one for one, so
# that every offset holds: spaces that do not break a line ("Dec.&nbsp;17", "3:35&#8239;p.m."), tabs, a line
# separator and an old Mac's line end, hyphens that do not break ("mid&#8209;December") and the curly apostrophe
# ("New Year’s Day", "’08").
PLAIN: Final = {**dict.fromkeys("\t\v\f\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "),
         "\r": "\n", "\u2028": "\n", "\u2010": "-", "\u2011": "-", "’": "'"}
PLAIN_ASCII: Final = str.maketrans({c: w for c, w in PLAIN.items() if c.isascii()})


def plain_characters(text: str) -> str:
    """The text with the characters of PLAIN read as the ones the rules know, one for one. (Each is looked for and
    replaced alone: str.translate goes character by character through Python's objects on a text that is not ASCII,
    172 us on a 3.6 KB article; this way, about 5 us.)"""
    if text.isascii():
        return text.translate(PLAIN_ASCII) if "\t" in text or "\r" in text or "\v" in text or "\f" in text else text
    for c, written in PLAIN.items():
        if c in text:
            text = text.replace(c, written)
    return text


# And what is written otherwise at another length: characters that show nothing (a zero-width space, joiners, a
# soft hyphen in "Decem&shy;ber", a byte-order mark), Windows' line end, the paragraph separator, and the character
# references of HTML, which Markdown keeps ("3:35&nbsp;p.m.", "Nov.&#160;3", "council&rsquo;s"). The offsets found in
# the text so rewritten are mapped back.
INVISIBLE: Final = "\0\xad\u200b\u200c\u200d\u2060\ufeff"  # (and NUL, which _unwrapped writes for what it leaves out)
REWRITTEN: Final = re.compile(f"[{INVISIBLE}]+|\r\n|\u2029|{lx.CHARACTER_REFERENCE.pattern}")
REWRITE: Final = {"\r\n": "\n", "\u2029": "\n\n"}
REWRITTEN_CHARS: Final = INVISIBLE + "\u2029"  # (looked for one by one first: a scan with REWRITTEN is slower)


def _rewrite(written: str) -> str:
    """What the rules read for a stretch REWRITTEN finds."""
    if written[0] == "&":
        written = lx.referenced(written) or written  # (a reference to nothing is left as it is)
        if len(written) > 1 or written not in INVISIBLE and written not in REWRITE:
            return written
    return REWRITE.get(written, "")


# Markup inside a line of Markdown, which a reader does not see and the rules read without (its words stay): the
# markers of emphasis ("on **Thursday**", "in *March*", "for _weeks_"), a link's brackets and target ("[in
# May](https://...)", an image's too), and HTML's inline tags ("<b>Friday</b>"). Emphasis that opens a line (after
# a list's or a quotation's marker) is read as the rules know it there, written with asterisks: words alone on
# their line in bold or italic type head what follows ("**Later**", "*Saturday 11 July*", "*Downing Centre Local
# Court*"), and the lead of a line that goes on after it is an entry's, in bold type ("**10:40 a.m.** Crews arrive",
# "*Afternoon*: The motorcade ...", "_June 27, 2025_ - The ministers ...").
EMPHASIS: Final = re.compile(r"(\*\*|__|\*|_)(?=[^\s*_])((?:(?!\1)[^\n])*?[^\s*_\\])\1(?![\w*])")  # (not after \w, * or \\)
LINE_GOES_ON: Final = re.compile(r"[ \t]*[^\s*_]")  # after emphasis: more words on its line
EMPHASIS_LEAD: Final = re.compile(r"[ \t]*(?:(?:[-*+•]|\d{1,3}[.)]|>)[ \t]+)*$")  # a line's start, before its words
LINK_OPEN: Final = re.compile(r"\[(?=[^\[\]\n]*\]\()")  # (and the "!" of an image before it)
LINK_CLOSE: Final = re.compile(r"\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"\n]*\")?\)")
INLINE_TAG: Final = re.compile(r"</?(?i:a|b|i|em|strong|span|u|small|sup|sub|mark|abbr|time|cite|q|font)\b[^<>\n]*>")


def words_read(text: str) -> str:
    """The text as the words of its sentences are read, character for character: hard-wrapped lines joined (see
    unwrapped) and the markers of Markdown's emphasis, links and HTML's inline tags made spaces (see _markup; those
    of emphasis that opens a line too)."""
    text = unwrapped(text)
    if not ("*" in text or "_" in text or "[" in text or "<" in text):
        return text
    chars = list(text)
    for start, end in inline_markup(text):
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def inline_markup(text: str) -> list[tuple[int, int]]:
    """(start, end) of each marker of Markdown's inline markup in the text, in order (see _markup): what a reader
    does not see, emphasis that opens a line included."""
    return sorted((start, end) for start, end, _ in _markup(text, every=True))


def _markup(text: str, every: bool = False) -> list[tuple[int, int, str]]:
    """The edits (start, end, written instead) that leave out the inline markup of a Markdown text (see EMPHASIS),
    and with `every`, emphasis that opens a line too."""
    edits = []
    if "*" in text or "_" in text:
        for m in _emphasis(text):
            marker = m.group(1)
            if every or EMPHASIS_LEAD.match(text, text.rfind("\n", 0, m.start()) + 1, m.start()) is None:
                edits += [(m.start(), m.start() + len(marker), ""), (m.end() - len(marker), m.end(), "")]
            elif marker != "**" and (marker[0] == "_" or LINE_GOES_ON.match(text, m.end())):
                # (a lead in bold type, written with asterisks, or italics alone on their line, as the rules know them)
                star = "**" if LINE_GOES_ON.match(text, m.end()) else "*" * len(marker)
                edits += [(m.start(), m.start() + len(marker), star), (m.end() - len(marker), m.end(), star)]
    if "[" in text:
        edits += [(m.start() - (text[m.start() - 1:m.start()] == "!"), m.end(), "") for m in LINK_OPEN.finditer(text)]
        edits += [(m.start(), m.end(), "") for m in LINK_CLOSE.finditer(text)]
    if "<" in text:
        edits += [(m.start(), m.end(), "") for m in INLINE_TAG.finditer(text)]
    return edits


def _emphasis(text: str):
    """The matches of EMPHASIS in the text, in order, none after a word's character, "*" or "\\". (Tried at each
    marker, which str.find finds fast: the pattern with that test in front was tried at every character.)"""
    at, find = 0, text.find
    star, low = find("*"), find("_")
    while star >= 0 or low >= 0:
        i = star if low < 0 or 0 <= star < low else low
        if i >= at and not (i and (text[i - 1].isalnum() or text[i - 1] in "_*\\")) \
                and (m := EMPHASIS.match(text, i)) is not None:
            yield m
            at = m.end()
        if i == star:
            star = find("*", max(i + 1, at))
        else:
            low = find("_", max(i + 1, at))


def _plain(text: str) -> tuple[str, tuple[list[int], list[int]] | None]:
    """The text the rules read, with the hard-wrapped lines of prose joined (see _unwrapped), inline markup left
    out (_markup) and the characters of PLAIN, REWRITTEN and lx.addresses read as it says, and, where its length
    changed, where each of its characters starts and ends in the text as given."""
    text, kept = _unwrapped(text), None
    edits = _markup(text) if "*" in text or "_" in text or "[" in text or "<" in text else []
    if "&" in text or "\r" in text or "\0" in text or not text.isascii() and any(c in text for c in REWRITTEN_CHARS):
        edits += [(m.start(), m.end(), _rewrite(m.group())) for m in REWRITTEN.finditer(text)]
    if edits:
        starts: list[int] = []
        ends: list[int] = []
        parts, at = [], 0
        for start, end, written in sorted(edits):
            if start < at:
                continue  # (inside one made already: a reference in a link's target)
            starts.extend(range(at, start))
            ends.extend(range(at + 1, start + 1))
            parts.append(text[at:start])
            starts.extend([start] * len(written))  # (what is read for a reference starts and ends with it)
            ends.extend([end] * len(written))
            parts.append(written)
            at = end
        starts.extend(range(at, len(text)))
        ends.extend(range(at + 1, len(text) + 1))
        parts.append(text[at:])
        text, kept = "".join(parts), (starts, ends)
    return _sentence_cased(plain_characters(lx.mask_addresses(text))), kept


# (FUNCTION_WORDS and CAPITAL_FUNCTION, the words the rules write in lower case, are in the lexicon)
CONTENT_WORD: Final = re.compile(r"(?<![0-9A-Za-z])[A-Za-z][A-Za-z']+")  # (not "am" in "9am", nor "p" in "p.m.")
SHOUTED_DECADE: Final = re.compile(r"(?<=\d0)S(?![A-Za-z])")  # "THE 1950S"


def _title_line(text: str, start: int, end: int) -> bool:
    """Whether every word of text[start:end] but the function words is capitalised, three or more of them. (A line of
    prose is told by its first word in lower case that is no function word, mostly among its first few: the rest is
    not read.)"""
    content = 0
    for w in CONTENT_WORD.finditer(text, start, end):
        word = w.group()
        if word.lower() not in lx.FUNCTION_WORDS:
            if not word[0].isupper():
                return False
            content += 1
    return content >= 3


def _sentence_cased(text: str) -> str:
    """The text with the function words of each line in title case or capitals ("Storm To Hit Coast By The End
    Of The Week", "BY THE END OF THE MONTH") read in lower case, as a sentence writes them (and "1950S" as
    "1950s"): a line every word of which but those is capitalised, three or more of them. Not the first word of a
    sentence, nor a name's ("said The Times": its line has words in lower case)."""
    data = text.encode("ascii", "replace")
    found = lx.capital_function(data, 0)
    if found < 0:
        return text
    chars: list[str] | None = None
    while found >= 0:
        start = text.rfind("\n", 0, found) + 1
        end = text.find("\n", found + 1)  # (the word is on the same line)
        end = len(text) if end < 0 else end
        if _title_line(text, start, end):
            if chars is None:
                chars = list(text)
            for m in lx.CAPITAL_FUNCTION.finditer(data, start, end):
                chars[m.start():m.end()] = text[m.start():m.end()].lower()  # (the space before the word too)
            for m in SHOUTED_DECADE.finditer(text, start, end):
                chars[m.start()] = "s"
        found = lx.capital_function(data, end)
    return text if chars is None else "".join(chars)


WRAP_WIDTH: Final = 100  # text is hard-wrapped at this many characters a line or fewer: 72, 76 and 80 are usual
WRAP_FILLED: Final = 16  # a line that ends this near the width is filled: prose wrapped at the width, the next word too long
# A line that starts a block of its own, not a wrapped sentence's next words: a heading, a quote, a table's row, a
# list item, a paragraph in bold or italic type
BLOCK_START: Final = re.compile(r"[ \t]*(?:[#>|*•+-]|_[_*])")
# A line that starts an item where a sentence ends before it (SENTENCE_BEFORE): a numbered one, one with a few words
# and a dash or a colon ("06:30 – Crews arrive", "Oct. 7, 2023 — Militants attack", "Sunday 22 February: France v
# Italy"); after "on" or "Aug." it goes on with the day ("... no later than Aug.\n18. The agreement ...")
ITEM_START: Final = re.compile(r"[ \t]*(?:\d{1,3}[.)]\s|(?:\S+ ){1,4}[-–—]\s|(?:\S+ ){0,3}\S+:\s)")
SENTENCE_BEFORE: Final = re.compile(r"(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.)(?<!\b[A-Z][a-z]{3}\.)[.!?:;]['\"”’)]*\s*$")


def unwrapped(text: str) -> str:
    """The text with the line breaks inside hard-wrapped paragraphs made spaces, character for character (a word's
    hyphen that ends a line, "mid-\nDecember", keeps its line break): what the words around an expression are read
    in, as the tagger reads it (see _unwrapped)."""
    return _unwrapped(text, same_length=True)


def _unwrapped(text: str, same_length: bool = False) -> str:
    """The text with the line breaks inside hard-wrapped paragraphs made spaces, as they are in the paragraph
    they wrap, and NUL, to be left out, where a word's hyphen ends the line ("mid-\nDecember") and where the CR of a
    joined Windows line end was (with `same_length`, the hyphen's line break stays and the CR is a space).

    A break is wrapped prose's where its line is filled to the width of the text's lines and the next word would
    not have fitted on it, and the next line starts no block or item (BLOCK_START, ITEM_START). Lines of a list or a
    programme of much the same length are filled too: a text's breaks are wrapped prose's only where a third of them
    or more go on with a word in lower case, as a sentence does and an entry does not."""
    breaks = text.count("\n")
    if breaks < 3:
        return text
    need, long, at, find = (breaks + 1) / 9, 0, 0, text.find
    while (end := find("\n", at)) >= 0:  # (the usual text, of long lines, is told at its first few: no list made)
        if end - at > WRAP_WIDTH:
            long += 1
            if long >= need:
                return text  # lines of any length: not wrapped (see below)
        at = end + 1
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines]
    told = [n for n in lengths if n]
    width = max((n for n in told if n <= WRAP_WIDTH), default=0)
    filled = sum(width - WRAP_FILLED <= n <= width for n in told)
    if len(told) - filled <= sum(n > WRAP_WIDTH for n in told) * 9 or filled < 3 or filled * 4 < len(told):
        return text  # lines of any length (not wrapped), or too few filled to tell
    joins: list[tuple[int, bool]] = []
    lower, at = 0, -1
    for line, n, following in zip(lines, lengths, lines[1:]):
        at += len(line) + 1  # where this line's break is
        if n < max(width - WRAP_FILLED, 2) or n > width or not following.strip() or line.lstrip().startswith("#") \
                or BLOCK_START.match(following) is not None \
                or ITEM_START.match(following) is not None and SENTENCE_BEFORE.search(line) is not None:
            continue
        word = following.lstrip(" \t").split(" ", 1)[0]
        joined = line[n - 1] == "-" and line[n - 2].isalnum()  # a word's hyphen: no space was there
        if n + (not joined) + len(word) > width:  # the next word did not fit on the line
            joins.append((at, joined))
            lower += word[:1].islower()
    if lower * 3 < len(joins) or not joins:
        return text
    chars = list(text)
    for at, joined in joins:
        chars[at] = (" " if not joined else "\n" if same_length else "\0")
        if chars[at - 1] == "\r":
            chars[at - 1] = " " if same_length else "\0"
    return "".join(chars)


def _entry_years(text: str, out: list[Timex], dct: Day) -> dict[int, tuple[int, str]]:
    """The entries of a chronology whose month, or month and day, with no year written, were placed after the DCT
    where the entry after them says they lie a year earlier: "March 10 – Regulators close the bank ... Late April
    – A third lender fails ... Summer – The Fed raises rates", written in December, is the March gone by, as the
    summer after it is (an entry's present tense is historical, so the nearest March was taken). Read from the
    last entry back, each placed entry counts for the one before it; in a list told latest first ("Sept. 20 – ...
    July 2 – ... March 10 – ..."), from the first entry on. A programme's entries to come run forward and are
    left as they are."""
    if not any(t.anchor_kind == "dct" and t.rule in MOVABLE_RULES and _entry_at(text, t.start, t.end) for t in out):
        return {}  # (the usual case: no entry can move, so the lists need not be found)
    runs: list = []  # the lists: runs of entries (timex, first day, last day, whether it may move), in text order
    run: list = []
    for t in out:
        if _line_lead(text, t.start) and lx.LINE_END.match(text, _bold_end(text, t.end)) or \
                run and "\n#" in text[run[-1][0].end:t.start]:
            runs.append(run)  # a heading ("2025" alone on its line, "## Reaction") starts another list
            run = []
        if ENTRY_VALUE.match(t.value) and _entry_at(text, t.start, t.end) \
                and (first := dates.start_date(t.value)) is not None:
            run.append((t, first, dates.end_date(t.value),
                        t.anchor_kind == "dct" and t.rule in MOVABLE_RULES and first > dct))
    runs.append(run)
    years: dict[int, tuple[int, str]] = {}
    for entries in runs:
        if not any(e[3] for e in entries):
            continue
        # the order the list runs in, told by its entries that stay where they are
        fixed = [e for e in entries if not e[3]]
        backward = sum(b[2] < a[1] for a, b in zip(fixed, fixed[1:])) > sum(b[1] > a[2] for a, b in zip(fixed, fixed[1:]))
        after = None  # the first and last days and the value of the entry after, as placed (one that ends before
        # this one begins tells that the list runs forward; one overlapping it, "March 31: ... Spring: ...", nothing)
        for t, first, last, movable in (entries if backward else reversed(entries)):
            value = t.value
            if movable and after is not None and _year_back(first) <= after[1] < first:
                years[t.start] = first.year - 1, after[2]
                first, last, value = _year_back(first), _year_back(last), f"{first.year - 1}{value[4:]}"
            after = first, last, value
    return years


SEASON_START: Final = {"SP": "03", "SU": "06", "FA": "09", "WI": "12"}  # the month a season's entry is told from


def _dated_entry(text: str, t: Timex, res: _Res, rule: str, dct_value: str | None) -> tuple[Day, int, bool] | None:
    """The day an entry of a chronology headed by `t` is told from, where its text ends, and whether the entries
    after it go on from that day; None when `t` heads no such entry. The entry follows a dash or colon, or, under a
    date alone on its line, fills the paragraph after it ("**2 May 2023**\nThe Home Secretary announces an
    inquiry. Terms of reference are published in the autumn."). Its date has its year written, or is a day gone by
    ("**29 January** — Sporting accept £48m on Thursday afternoon"). An entry of a month or season is told from
    its first day ("**June 2025** – ... An overtime ban begins on 1 July."), though the entries after it do not go
    on from that day (a month tells no day for "April 9:" to follow), nor from a day whose year is not written."""
    value = res.value
    if res.type != "DATE" or not _line_lead(text, t.start):
        return None  # (the usual case, and the cheap test: most expressions are not at the start of a line)
    season = SEASON_START.get(value[5:])
    if not (ISO_DAY.fullmatch(value) or MONTH_VALUE.match(value) or season and WRITTEN_YEAR.match(value)):
        return None
    written = WRITTEN_YEAR.search(t.text) is not None
    if not written and not (rule in ("mdy", "dmy") and ISO_DAY.fullmatch(value) and dct_value is not None and value < dct_value):
        return None
    tail = _bold_end(text, t.end)
    if not lx.ENTRY_AFTER.match(text, tail) and (clock := CLOCK_IN_ENTRY_HEAD.match(text, t.end)) is not None:
        tail = _bold_end(text, clock.end())  # "**April 19, 5 p.m.** — The deadline passes.": the day's entry
    if lx.ENTRY_AFTER.match(text, tail):
        end = _paragraph_end(text, t.end)
    elif (heading := lx.LINE_END.match(text, tail)) is not None and heading.end() < len(text):
        # (a day gone by whose year is not written heads one too: "**Saturday 14 February**\n\n4pm: MetService issues
        # red warnings, in force from 6am Monday")
        body = len(text) - len(text[heading.end():].lstrip())
        if tail > t.end or starts_at(text, "#", text.rfind("\n", 0, t.start) + 1):
            # a heading in bold type or marked "#" heads the paragraphs down to the next such heading ("**Monday 16
            # February**\n\n1.10am: ...\n\n9am: ...\n\nAfternoon: ... Around 600 people spend Monday night away")
            nxt = NEXT_HEADING.search(text, body)
            end = nxt.start() if nxt else len(text)
        else:
            end = _paragraph_end(text, body)
    else:
        return None
    day = Day.fromisoformat(value if len(value) == 10 else f"{value[:4]}-{season}-01" if season else value + "-01")
    return day, end, len(value) == 10 and written
NEXT_HEADING: Final = re.compile(r"\n[ \t]*\n[ \t]*(?:\*\*|__|#)")  # a paragraph in bold type or a "#" heading
CLOCK_IN_ENTRY_HEAD: Final = re.compile(r",?[ \t]+(?:\d{1,2}(?:[:.][0-5]\d)?[ \t]*(?i:[ap]\.?m\b\.?)|(?i:noon|midday|midnight))")
ENTRY_VALUE: Final = re.compile(r"\d{4}-(?:\d\d|SP|SU|FA)")  # a day (or time), a month, a season within its year
MOVABLE_RULES: Final = frozenset(("mdy", "dmy", "month"))  # an entry's date placed by these, from the DCT, may move


def _timeless_heading(text: str, low: str, start: int) -> bool:
    """Whether the heading line from `start` tells no time but what is now ("**Where are we now?**"); not
    "**7.32pm** - The master reports ...", "**Tuesday**" or "**The next morning**", entries of a chronology."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return all(not "0" <= low[start + s] <= "9" and lx.TRIGGER_KIND.get(low[start + s:start + e]) == "ref"
               for s, e in _triggers(text[start:end], low[start:end]))


def _leave_chronology(st: _State) -> None:
    """Out of a chronology's last entry, at a heading that tells no time (see _timeless_heading): the days its
    entries told are no days the article goes on from ("**Thursday 17 November**\n\nHunt sets out ...\n\n**Where
    are we now?**\n\nSterling ... traded at about $1.33 on Friday")."""
    st.last_day = st.story_day = st.clock = st.evening = st.night_told = None
    st.last_day_end = st.story_day_end = -1
    st.days_told, st.weekday_said = {}, {}


def _year_back(day: Day) -> Day:
    """The same day a year earlier (29 February: the 28th)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)


def _tag(text: str, day: Day | None, entry_years: dict[int, tuple[int, str]] | None,
         blog_ahead: bool = False, trips: dict[int, tuple[int, Day, Day]] | None = None) -> tuple[list[Timex], bool]:
    """tag's reading of the text, with the years of a chronology's entries given (see _entry_years), and a live
    blog's first entries read a day ahead; and whether a live blog's entries went back over midnight."""
    st = _State(day, _iso(day) if day else None, day.year if day else 0, entry_years=entry_years)
    st.blog_ahead = blog_ahead
    out: list[Timex] = []
    low = text.lower()
    if len(low) != len(text):
        low = text  # rare characters change length when lowercased; the case-insensitive scan is slower
    rev = "" if lx.COMPILED else low[::-1]  # (the prefix runs read back from each trigger: lexicon.prefix_run_start)
    size = len(text)
    kinds, resolvers = lx.TRIGGER_KIND, RESOLVERS
    fast = low is not text  # (else the words at the starts are not lowercased: each kind's whole grammar)
    data = low.encode("ascii", "replace")  # (one byte a character: where rules_at reads words, and prefix runs)
    pos = 0
    dct, entry_end = (st.dct, st.dct_value), -1
    labels = sorted(trips.items()) if trips else []
    label = 0
    for t, e in _triggers(text, low, data):
        if t < pos:
            continue
        while label < len(labels) and labels[label][0] <= t:
            at, (end, told, _) = labels[label]  # "Day 2. It snowed overnight": the day the label tells is told there
            _remember(st, _iso(told), at, end, "tripday")
            label += 1
        if t >= entry_end >= 0:
            if (heading := NEXT_HEADING.match(text, entry_end)) is not None and _timeless_heading(text, low, heading.end()):
                _leave_chronology(st)
            (st.dct, st.dct_value), entry_end = dct, -1  # out of a dated entry: the article's own date again
            st.in_entry = False
        if t >= st.back_until >= 0:
            # (see _timeline_day; past the entries, no entry's time of day tells what is to come)
            (st.dct, st.dct_value), st.back_until, st.timeline_minutes = dct, -1, None
        if "0" <= low[t] <= "9":
            if t > 1 and text[t - 1] in ",." and text[t - 2].isdigit():
                continue  # the rest of a number: "2,000", "1.5"
            kind = "digit"
        elif e < size and (text[e].islower() or text[e].isupper() and text[e - 1].isupper() and text[t].isupper()
                           and e - t > 1 and text[t + 1].isupper()):
            continue  # "market", "decision", in capitals "AUGUSTO": a longer word, not the trigger (but "ThursdayThe",
            # two words glued)
        else:
            kind = kinds[low[t:e] if fast else low[t:e].lower()]  # (low is lowercased, but for the rare case)
        for s in _starts(low, data, rev, t, pos):
            for rule in (rules_at(kind, text, low, s, data) if fast else kind_rules(kind)):
                m = rule.match(text, s)
                if m is not None:
                    break  # (the first rule to match, as in their alternation)
            else:
                continue
            if m.end() <= t:
                continue
            name = m.lastgroup
            try:
                res = resolvers[name](m, name + "_", st, text)
            except (ValueError, OverflowError) as error:
                # a count of units past the calendar's years: a length of time back ("12,000 years ago"); any
                # other day past the calendar's ends (counted from a day near them): nothing this rule can tell
                res = _beyond_calendar(m, name + "_") if name == "ago" and isinstance(error, _OutOfRange) else None
            if res is None or res.type == "SET" and res.value in RATE_VALUES and _measure_rate(text, res.span or m.span()):
                continue
            _add(text, m, name, res, st, out)
            pos = res.span[1] if res.span else m.end()  # (a part of the match: the rest is read again)
            if (dated := _dated_entry(text, out[-1], res, name, dct[1])) is not None:
                # "Jan. 13, 1926: A blizzard that began Monday night ...": an entry dated as an article is, whose
                # days are told from its date ("Today in History", a chronology, a "Looking back" column); not
                # "Tuesday: The keynote speech ...", a day of a programme told from the article's date
                st.dct, entry_end, chronological = dated
                st.in_entry = True
                st.dct_value = _iso(st.dct)
                if chronological:
                    st.chronology_day = st.dct  # (a day whose year is not written is placed from the entries around
                    # it, in whatever order they run: see _entry_years)
            elif name == "year" and dct[0] is not None and (day := _this_day_entry(text, out[-1], dct[0])) is not None:
                # "On this date: ... In 1944, an attempt to assassinate Hitler failed ... executed that night", "##
                # From the archive\n\n**1944:** A bomb fails to kill Hitler": the year stays a year, and the entry's
                # days are told from the DCT's day of it
                st.dct, st.dct_value, st.in_entry = day, _iso(day), True
                st.last_day, st.last_day_end, st.last_day_explicit = day, out[-1].end, True
                entry_end = _paragraph_end(text, out[-1].end)
            if name in DAY_LIST_RULES and res.type == "DATE":
                pos = _day_list(text, m, pos, res, out, st)
            elif name == "twoyear" and res.span is not None:
                pos = _year_list(text, pos, out, st)
            break
    _mend(text, out)
    if "vernight" in low:
        _overnight_of_day(text, out)
    if "every" in low or "each" in low:
        _dates_of_every(text, out)
    return out, st.crossed_back


def _mend(text: str, out: list[Timex]) -> None:
    """The passes over the expressions found that join them with their neighbours or the words before them, in
    their order. Each reads only expressions of some rules or types, which most articles lack: those there are
    gathered once, and a pass runs only where what it reads is there. (No pass makes an expression of a rule or
    type that a later one reads and that was not there before, but for _counted_from_day's "anaphor", which it
    tells.)"""
    rules, types = {t.rule for t in out}, {t.type for t in out}
    if len(out) > 1 and "DURATION" in types:
        _join_durations(text, out)
    if "TIME" in types:
        if len(out) > 1:
            _clock_on_day(text, out)
        _approximate_times(text, out)
        _range_first_hours(text, out)
    if not rules.isdisjoint(DAYS_BEFORE_MONTH_RULES):
        _days_before_month(text, out)
    if "DATE" in types:
        _part_of_day_of(text, out)
        if _counted_from_day(text, out):
            rules.add("anaphor")
    if "holiday" in rules:
        _week_of_holiday(text, out)
    if "decade" in rules or "spelled" in rules:
        _decades_joined(text, out)
    if "ago" in rules:
        _ago_today(text, out)
    if not rules.isdisjoint(NAMED_THEN_DATED_RULES) and not rules.isdisjoint(DATED_RULES):
        _named_then_dated(text, out)
    if "month" in rules and not rules.isdisjoint(WEEKDAY_DATED_RULES):
        _month_of_weekday_date(text, out)


DAYS_BEFORE_MONTH_RULES: Final = frozenset(("month", "monyear", "dmy"))  # the rules of what _days_before_month reads
NAMED_THEN_DATED_RULES: Final = frozenset(("holiday", "weekday", "ago", "anaphor"))  # of what _named_then_dated joins first
YEAR_WRITTEN_RULES: Final = frozenset(("year", "season", "monyear"))  # ... or of a year apposed to a count of years
DATED_RULES: Final = frozenset(("mdy", "dmy")) | YEAR_WRITTEN_RULES  # ... and of the date it joins to it (no pass makes one)
APPROX_BEFORE_TIME: Final = re.compile(r"(?i:\b(?:about|around|roughly|approximately|circa)\s+)$")
# what a match of APPROX_BEFORE_TIME ends with before its spaces (see _last_before)
APPROX_LAST: Final = frozenset("tTdDyYaA")
CLOCK_VALUE: Final = re.compile(r".*T\d\d:\d\d")


def _last_before(text: str, lo: int, start: int) -> str:
    """The last character of text[lo:start] that is no space ("" if none). A search for words ending at `start`
    is tried at each position from `lo`, which is dear (several thousand instructions): where the last word cannot
    be one of its words, it is not made."""
    return text[lo if lo > 0 else 0:start].rstrip()[-1:]


HOUR_RANGE_BEFORE: Final = re.compile(r"\b(?i:from|between)\s+(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*"
                               r"(?:to|until|till|and|-|–)\s*$")
MERIDIEM_WRITTEN: Final = re.compile(r"\d\s*(?i:[ap]\.?m\b)")


def _range_first_hours(text: str, out: list[Timex]) -> None:
    """"Visitation will be from 4 to 7 p.m. Thursday", "an open house from 2 to 4 p.m. Saturday", "between 6 and 7:30
    p.m.": the hour that opens a range of clock times, written without its half of the day, is a time of its own, on
    the close's day and in its half of the day (or the morning before it: "from 10 to 2 p.m.")."""
    i = 0
    while i < len(out):
        t = out[i]
        if t.type == "TIME" and t.start > 6 and t.text[:1].isdigit() and CLOCK_VALUE.match(t.value) \
                and text[t.start - 1] in " -–" and (r := HOUR_RANGE_BEFORE.search(text, t.start - 20, t.start)) is not None \
                and (i == 0 or out[i - 1].end <= r.start("h")) and MERIDIEM_WRITTEN.search(t.text) is not None:
            close = int(t.value[11:13]) * 60 + int(t.value[14:16])
            hour, minute = int(r.group("h")) % 12, int(r.group("m") or 0)
            opening = next((h * 60 + minute for h in (hour + 12, hour) if h * 60 + minute < close), None) \
                if close >= 12 * 60 else (hour * 60 + minute if hour * 60 + minute < close else None)
            if opening is not None:
                start, end = r.start("h"), r.end("m") if r.group("m") else r.end("h")
                value = f"{t.value[:10]}T{opening // 60:02d}:{opening % 60:02d}"
                out.insert(i, _timex(start, end, text[start:end], "TIME", value, None, t.rule, t.anchor, t.anchor_kind,
                                     t.tense))
                i += 1
        i += 1


DECADE_VALUE: Final = re.compile(r"\d\d\d")
DECADE_JOINED_AFTER: Final = re.compile(r"\s+(?:and|or|to|through|into|&)\s+(?:the\s+)?(?:(?P<d>\d)0s|(?P<w>"
                                 + lx.SPELLED_DECADE_WORDS + r"))(?![\w'’-])")


def _decades_joined(text: str, out: list[Timex]) -> None:
    """A decade joined to the one before it, written short: "through the 1950s and 60s", "in the Eighties and
    Nineties" are two decades of the first one's century ("60s" alone may be an age or a temperature)."""
    i = 0
    while i < len(out):
        t = out[i]
        if t.rule in ("decade", "spelled") and DECADE_VALUE.fullmatch(t.value) and t.mod is None \
                and (j := DECADE_JOINED_AFTER.match(text, t.end)) is not None \
                and (i + 1 == len(out) or out[i + 1].start >= j.end()):
            digit = int(j.group("d")) if j.group("d") else lx.SPELLED_DECADES[j.group("w").lower()]
            century = int(t.value[:2]) + (digit < int(t.value[2]))
            start = j.start("d") if j.group("d") else j.start("w")
            out.insert(i + 1, _timex(start, j.end(), text[start:j.end()], "DATE", f"{century}{digit}", None, t.rule,
                                     None, None, None))
            i += 1
        i += 1


def _approximate_times(text: str, out: list[Timex]) -> None:
    """"at about 4:36 p.m.", "around 7 a.m.": the approximation is part of a clock time (mod APPROX), as
    annotators of present-day news write it (38 times in 43)."""
    for i, t in enumerate(out):
        if t.type == "TIME" and t.mod is None and _last_before(text, t.start - 16, t.start) in APPROX_LAST \
                and (a := APPROX_BEFORE_TIME.search(text, t.start - 16, t.start)) \
                and CLOCK_VALUE.match(t.value) and (i == 0 or out[i - 1].end <= a.start()):
            out[i] = dataclasses.replace(t, start=a.start(), text=text[a.start():t.end], mod="APPROX")


_ORDINAL_DAYS: Final = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                 "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
SPELLED_ORDINAL_DAY: Final = {w: i + 1 for i, w in enumerate(_ORDINAL_DAYS)}
SPELLED_ORDINAL_DAY.update({f"twenty{sep}{w}": 21 + i for i in range(9) for w in [_ORDINAL_DAYS[i]] for sep in ("-", " ")})
SPELLED_ORDINAL_DAY.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
NTH_DAY_OF_BEFORE: Final = re.compile(rf"(?:\b(?P<wd>{lx.WEEKDAY_FULL}),?\s+)?\b(?i:the|this)\s+(?P<d>3[01]|[12]\d|0?[1-9])"
                               r"(?i:st|nd|rd|th)\s+(?i:day)\s+of\s+$")
EDGE_DAY_OF_BEFORE: Final = re.compile(r"\b(?i:the)\s+((?i:first|last|final))\s+(?i:day)\s+of\s+$")  # "the last day of June"
ORDINAL_DAY_OF_BEFORE: Final = re.compile(r"\b(?i:the)\s+(?P<d>(?i:" + "|".join(sorted(SPELLED_ORDINAL_DAY, key=len, reverse=True))
                                   + r"))\s+of\s+$")
DAY_BEFORE_DAY: Final = re.compile(r"(?<![\w.,/'’-])(?P<d>3[01]|[12]\d|0?[1-9])(?P<sfx>st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:to|(?P<and>and|&))\s+)$")
WEEKDAY_DAY_BEFORE: Final = re.compile(rf"\b{lx.WEEKDAY_FULL}\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:to|and|&)\s+)$")
DAY_COMMA_BEFORE: Final = re.compile(r"(?<![\w.,/'’-])(?P<d>3[01]|[12]\d|0?[1-9])(?P<sfx>st|nd|rd|th)?,\s*$")


def _days_before_month(text: str, out: list[Timex]) -> None:
    """Days of a month told before it that its own rule did not take: a day spelled as an ordinal ("the ninth of
    November 1989", "on the first of May") or the month's first or last day ("the last day of June") is that day of
    the month, one expression; and the first day of a range
    or pair ("17 and 18 March", "1-3 December", "from 9 to 11 May"), which only the second is written with, is its
    own expression of that month and year."""
    i = 0
    while i < len(out):
        t = out[i]
        if t.rule in ("month", "monyear") and MONTH_VALUE.match(t.value) and ends_at(text, "of ", 0, t.start) \
                and (o := ORDINAL_DAY_OF_BEFORE.search(text, t.start - 24, t.start)) is not None \
                and (i == 0 or out[i - 1].end <= o.start()) \
                and (day := _on(int(t.value[:4]), int(t.value[5:7]), SPELLED_ORDINAL_DAY[o.group("d").lower()])):
            out[i] = dataclasses.replace(t, start=o.start(), text=text[o.start():t.end], mod=None, value=day.value)
        elif t.rule in ("month", "monyear") and MONTH_VALUE.match(t.value) and ends_at(text, "day of ", 0, t.start) \
                and (o := NTH_DAY_OF_BEFORE.search(text, t.start - 48, t.start)) is not None \
                and (day := _on(int(t.value[:4]), int(t.value[5:7]), int(o.group("d")))) is not None \
                and (not o.group("wd") or Day.fromisoformat(day.value).weekday() == _weekday(o.group("wd"))):
            # the legal form: "on the 14th day of February 2024", "Dated this 8th day of January 2024", "on Monday the
            # 29th day of June 2026": that day, one expression (with its weekday, read alone before it)
            start = o.start("wd") if o.group("wd") else o.start()
            read_alone = None
            while i and out[i - 1].end > start:
                read_alone = out[i - 1].value
                del out[i - 1]
                i -= 1
            out[i] = dataclasses.replace(out[i], start=start, text=text[start:t.end], mod=None, value=day.value)
            if read_alone is not None and i and out[i - 1].type == "TIME" and out[i - 1].value.startswith(read_alone) \
                    and out[i - 1].anchor == read_alone:
                # ("five o'clock in the afternoon of Friday the 26th day of June 2026": the clock time read the weekday's)
                out[i - 1] = dataclasses.replace(out[i - 1], value=day.value + out[i - 1].value[10:], anchor=day.value)
            if i + 1 < len(out) and out[i + 1].type == "TIME" and CLOCK_VALUE.match(out[i + 1].value) \
                    and DAY_AT_CLOCK.fullmatch(text, out[i].end, out[i + 1].start):
                # ("on the 14th day of February 2024 at 10.30 a.m.": the clock time read before the day was)
                out[i + 1] = dataclasses.replace(out[i + 1], value=day.value + out[i + 1].value[10:], anchor=day.value,
                                                 anchor_kind="previous")
        elif t.rule in ("month", "monyear") and MONTH_VALUE.match(t.value) and ends_at(text, "day of ", 0, t.start) \
                and (o := EDGE_DAY_OF_BEFORE.search(text, t.start - 24, t.start)) is not None \
                and (i == 0 or out[i - 1].end <= o.start()):
            # "If the ruling comes on the last day of June": that day, one expression
            first = Day(int(t.value[:4]), int(t.value[5:7]), 1)
            edge = first if o.group(1).lower() == "first" else _add_months(first, 1) - dt.timedelta(days=1)
            out[i] = dataclasses.replace(t, start=o.start(), text=text[o.start():t.end], mod=None, value=_iso(edge))
        elif t.rule == "dmy" and ISO_DAY.fullmatch(t.value) and t.start and text[t.start].isdigit() \
                and (b := DAY_BEFORE_DAY.search(text, t.start - 12, t.start)) is not None:
            i = _days_listed_before(text, out, i, b)
        elif t.rule == "dmy" and ISO_DAY.fullmatch(t.value) and WEEKDAY_NAMED.match(text, t.start) \
                and (b := WEEKDAY_DAY_BEFORE.search(text, t.start - 24, t.start)) is not None \
                and int(b.group("d")) < int(t.value[8:]) and (day := _on(int(t.value[:4]), int(t.value[5:7]), int(b.group("d")))):
            # "Friday 12 and Saturday 13 December", "Friday 26 to Sunday 28 December": the first day is of the
            # second's month and year, weekday and all (the weekday's rule alone took the nearest Friday)
            s, e = b.start(), b.end("d")
            listed = _timex(s, e, text[s:e], "DATE", day.value, None, "day-list", t.value, "previous", None)
            if i and out[i - 1].start == s and out[i - 1].end <= e:
                out[i - 1] = listed
            elif not i or out[i - 1].end <= s:
                out.insert(i, listed)
                i += 1
        i += 1


def _days_listed_before(text: str, out: list[Timex], i: int, b: re.Match | None) -> int:
    """The days listed before out[i], a day and month, back from the one DAY_BEFORE_DAY found: "17 and 18 March",
    "1-3 December"; after "and", the days before it with commas ("12, 13 and 15 January", "5, 6, 7 and 8 March
    2020"); and an ordinal the rule for "the 15th" took as a day of the DCT's month ("the 4th and 5th of May", "the
    3rd, 4th and 5th of May"). Each is its own expression of that month and year. Returns out[i]'s new index."""
    t, added = out[i], 0  # (each day found is put before the ones found so far, at i)
    later, comma_list = int(t.value[8:]), b.group("and") is not None
    while (day := int(b.group("d"))) < later:
        s, e = b.start("d"), b.end("sfx") if b.group("sfx") else b.end("d")
        value = f"{t.value[:8]}{day:02d}"
        if i and out[i - 1].end > b.start():
            before = out[i - 1]
            if before.rule == "ordday" and before.end == e:
                out[i - 1] = _timex(before.start, before.end, before.text, "DATE", value, None, "day-list", t.value,
                                    "previous", None)
            break
        out.insert(i, _timex(s, e, text[s:e], "DATE", value, None, "day-list", t.value, "previous", None))
        added, later = added + 1, day
        if not comma_list or (b := DAY_COMMA_BEFORE.search(text, s - 8, s)) is None:
            break
    return i + added


def _named_then_dated(text: str, out: list[Timex]) -> None:
    """"Good Friday, April 3", "this Saturday, January 11": a day named, then its date in apposition, is one
    expression, as a weekday before its date is ("Friday, April 3"); and a count of days or years, then its date
    ("four days earlier, on 16 July", "A decade later, in the spring of 2021"), is of that date."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if a.rule in ("holiday", "weekday") and b.value == a.value and b.type == "DATE" and ISO_DAY.fullmatch(b.value) \
                and text[a.end:b.start] == ", " and b.rule in ("mdy", "dmy"):
            out[i] = dataclasses.replace(a, end=b.end, text=text[a.start:b.end])
            del out[i + 1]
        elif a.rule == "holiday" and b.type == "DATE" and b.rule in ("mdy", "dmy") \
                and HOLIDAY_NOUN_APPOSED.fullmatch(text, a.end, b.start) is not None \
                and ISO_DAY.fullmatch(a.value) and ISO_DAY.fullmatch(b.value) \
                and abs((Day.fromisoformat(a.value).replace(year=2000) - Day.fromisoformat(b.value).replace(year=2000)).days) <= HOLIDAY_APPOSED_DAYS:
            # "planned for Mother's Day, March 30": the day the text gives it (Britain's, not America's in May; "the
            # Labour Day public holiday, Monday 6 October", New Zealand's, not America's in September; "ahead of
            # Father's Day on Sunday 1 September", Australia's, not America's in June); and its year: "who died on
            # Easter Monday, 21 April 2025"; so the day off of a holiday: "The Matariki public holiday falls on Friday 20
            # June 2025", "the St Brigid's Day bank holiday on Monday, February 5th"
            out[i] = dataclasses.replace(a, value=b.value)
        elif a.rule in ("ago", "anaphor") and a.type == "DATE" and b.type == "DATE" and b.rule in ("mdy", "dmy") \
                and text[a.end:b.start] in (", on ", ", ") and a.value != b.value and ISO_DAY.fullmatch(a.value) \
                and ISO_DAY.fullmatch(b.value) and abs((Day.fromisoformat(a.value) - Day.fromisoformat(b.value)).days) \
                <= (APPOSED_ON_DAYS if text[a.end:b.start] == ", on " else 3):
            # "had lifted off four days earlier, on 16 July": the date apposed says which day was counted to (from a
            # day the count was not from: "expects to declare the result four days later, on Monday 24 March", the
            # ballot's close not told, was counted from the DCT)
            out[i] = dataclasses.replace(a, value=b.value)
        elif a.rule == "ago" and a.type == "DATE" and len(a.value) == 4 and a.value.isdigit() and b.type == "DATE" \
                and b.rule in YEAR_WRITTEN_RULES and text[a.end:b.start] == ", in " and b.value[:4].isdigit() \
                and b.value[:4] != a.value and WRITTEN_YEAR.search(b.text):
            # "A decade later, in the spring of 2021": the year apposed says which year was counted to
            out[i] = dataclasses.replace(a, value=b.value[:4])
        i += 1


# "Labour Day public holiday, Monday 6 October"; "ahead of Father's Day on Sunday 1 September", "The Matariki public
# holiday falls on Friday 20 June 2025"
HOLIDAY_NOUN_APPOSED: Final = re.compile(r"(?: (?:public |bank |national |school )?holiday)?(?:, | (?:(?:falls|fell|is|was|will\s+(?:fall|be))\s+)?on )")
HOLIDAY_APPOSED_DAYS: Final = 100  # days in the year between a holiday's day and a date apposed to it that may be its day where
# it is told (the Father's Days of America and Australia are 77 to 83 days apart)
APPOSED_ON_DAYS: Final = 31  # days between a count of days and the date apposed after ", on " within which that date is its day
APPOSED_REACH: Final = 4  # characters from a day to a holiday apposed to it: "Friday (Black Friday)", "Monday, Labor Day"
WEEKDAY_DATED_RULES: Final = frozenset(("mdy", "dmy"))
MONTH_DATED_REACH: Final = 120  # characters from a month to a day of it, told with its weekday, in its sentence


def _month_of_weekday_date(text: str, out: list[Timex]) -> None:
    """"The October half-term runs from Monday 27 October": a month, then a day of it told with its weekday in the
    same sentence, is of that day's year, which the weekday tells (the month alone was put by its tense, or by
    none: last October, written in February)."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.rule == "month" and MONTH_VALUE.match(a.value) and b.rule in WEEKDAY_DATED_RULES and ISO_DAY.fullmatch(b.value) \
                and b.value[5:7] == a.value[5:7] and b.value[:4] != a.value[:4] and b.start - a.end < MONTH_DATED_REACH \
                and WEEKDAY_NAMED.search(text, b.start, b.end) and not _broken(text, a.end, b.start):
            out[i] = dataclasses.replace(a, value=b.value[:4] + a.value[4:])


OVERNIGHT_THEN_DAY: Final = re.compile(r"\s+(?:on\s+)?")


def _overnight_of_day(text: str, out: list[Timex]) -> None:
    """"overnight Tuesday", "overnight on Tuesday": the night of that day, one expression (a TIME), as annotators of
    present-day news write it."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if a.rule == "overnight" and a.text.lower() == "overnight" and b.rule == "weekday" and ISO_DAY.fullmatch(b.value) \
                and OVERNIGHT_THEN_DAY.fullmatch(text, a.end, b.start):
            out[i:i + 2] = [dataclasses.replace(a, end=b.end, text=text[a.start:b.end], value=f"{b.value}TNI",
                                                anchor=b.anchor, anchor_kind=b.anchor_kind, tense=b.tense)]
        i += 1


EVERY_OF_DATE: Final = re.compile(r"\s+(?:of\s+)?$")
EACH_BEFORE_DATE: Final = re.compile(r"\b(?i:each|every)\s+$")


def _dates_of_every(text: str, out: list[Timex]) -> None:
    """"12 August every year", "Aug. 9 of each year", "each 21 September", "the 25th of every month": that day of
    every year or month, a set (XXXX-08-12, XXXX-XX-25), one expression."""
    i = 0
    while i < len(out):
        a = out[i]
        if a.type != "DATE" or a.rule not in ("mdy", "dmy", "ordday") or not DAY_VALUE.fullmatch(a.value):
            i += 1
            continue
        day, yearly = a.value[8:10], a.rule != "ordday"
        value = f"XXXX-{a.value[5:7]}-{day}" if yearly else f"XXXX-XX-{day}"
        b = out[i + 1] if i + 1 < len(out) else None
        if b is not None and b.type == "SET" and b.value == ("P1Y" if yearly else "P1M") \
                and b.text.lower().split()[0] in ("every", "each") and EVERY_OF_DATE.fullmatch(text, a.end, b.start):
            out[i:i + 2] = [dataclasses.replace(a, end=b.end, text=text[a.start:b.end], type="SET", value=value)]
        elif yearly and (each := EACH_BEFORE_DATE.search(text, a.start - 7, a.start)) is not None \
                and (i == 0 or out[i - 1].end <= each.start()):
            out[i] = dataclasses.replace(a, start=each.start(), text=text[each.start():a.end], type="SET", value=value)
        i += 1


def _ago_today(text: str, out: list[Timex]) -> None:
    """"Five years ago today", "50 years ago this week", "four years ago this month": that day (week, month) of the
    year so many years back, one expression (an anniversary, as columns and obituaries tell it)."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if a.rule == "ago" and len(a.value) == 4 and a.value.isdigit() and b.rule in ("deictic", "rel") \
                and b.text.lower() in ("today", "this week", "this month") and b.start - a.end == 1 and text[a.end] == " ":
            out[i] = dataclasses.replace(a, end=b.end, text=text[a.start:b.end], value=a.value + b.value[4:],
                                         anchor=b.anchor or b.value)
            del out[i + 1]
        elif a.rule == "ago" and b.rule == "deictic" and b.text.lower() == "today" and b.start - a.end == 1 \
                and text[a.end] == " " and ISO_DAY.fullmatch(b.value) \
                and (day := _same_day_in(a.value, Day.fromisoformat(b.value))) is not None:
            # "since it opened a week ago today", "two months ago today": that weekday of the week, or that day of
            # the month, so many back
            out[i] = dataclasses.replace(a, end=b.end, text=text[a.start:b.end], value=_iso(day), anchor=b.value)
            del out[i + 1]
        i += 1


def _same_day_in(value: str, today: Day) -> Day | None:
    """The day of the week (ISO_WEEK value) with today's weekday, or of the month ("YYYY-MM") with today's day of the
    month (its last, where it is shorter); None for any other value."""
    if (week := ISO_WEEK.fullmatch(value)) is not None:
        try:
            return Day.fromisocalendar(int(week.group(1)), int(week.group(2)), today.isoweekday())
        except ValueError:
            return None
    if len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:].isdigit() and 1 <= int(value[5:]) <= 12:
        y, mo = int(value[:4]), int(value[5:])
        return Day(y, mo, min(today.day, calendar.monthrange(y, mo)[1])) if 1 <= y <= 9999 else None
    return None


DAY_COUNTED: Final = re.compile(r"(?i:the\s+(day|week|morning|afternoon|evening|night)\s+(after|before))")
WEEKEND_COUNTED: Final = re.compile(r"(?i:the\s+weekend)")
WEEKDAY_COUNTED: Final = re.compile(r"\s+(after|before)\s+")
# a day, or a part or week of one, counted from the holiday named after it: the day the happening was on
# what a holiday was the time of: "broke out on Christmas Day", "died suddenly over Thanksgiving" (not "pencilled in
# for Easter")
HOLIDAY_TIME_BEFORE: Final = re.compile(r"\b(?i:on|over|at|during)\s+$")
COUNTED_BEFORE: Final = re.compile(r"\b(?i:the\s+(?:day|night|morning|afternoon|evening|week|weekend)\s+(?:before|after)\s+)$")
THE_BEFORE: Final = re.compile(r"\b(?i:the)\s+$")


def _counted_from_day(text: str, out: list[Timex]) -> bool:
    """"the day after Christmas", "the Sunday after Thanksgiving", "the Monday before July 4": a day counted from
    the holiday or date named right after it, one expression (not "the day after" the last date mentioned); so are
    "the night before Christmas" (a TIME), "the week after 14 January" (the week of the day seven days on) and "the
    weekend before Christmas" (the last one that ends before it), and "the day before last Tuesday's hearing" from
    the weekday. Not from "today" or "yesterday" ("the day before yesterday" is a phrase of its own). Returns whether
    it made an expression of the rule "anaphor" (a week, a weekend or a part of a day counted)."""
    i, anaphor = 0, False
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if b.start - a.end <= 8 and b.type == "DATE" and ISO_DAY.fullmatch(b.value) and b.rule != "deictic":
            day, start, type_, value = Day.fromisoformat(b.value), None, a.type, None
            if (c := DAY_COUNTED.fullmatch(a.text)) and text[a.end:b.start] == " ":
                unit, step = c.group(1).lower(), 1 if c.group(2).lower() == "after" else -1
                start, day = a.start, day + dt.timedelta(days=7 * step if unit == "week" else step)
                if unit == "week":
                    value = _at_unit(day, "week")
                elif unit != "day":
                    value = f"{_iso(day)}T{lx.PARTS_OF_DAY[unit]}"
            elif WEEKEND_COUNTED.fullmatch(a.text) and (w := WEEKDAY_COUNTED.fullmatch(text, a.end, b.start)):
                # the weekend whose Sunday is the last before the day, or whose Saturday is the first after it
                start, step = a.start, 1 if w.group(1) == "after" else -1
                day += dt.timedelta(days=step)
                while day.weekday() != (5 if step == 1 else 6):
                    day += dt.timedelta(days=step)
                type_, value = "DATE", _at_unit(day, "weekend")
            elif a.rule == "weekday" and a.text.lower() in lx.WEEKDAYS and (w := WEEKDAY_COUNTED.fullmatch(text, a.end, b.start)) \
                    and (the := THE_BEFORE.search(text, a.start - 5, a.start)):
                wd, step = _weekday(a.text), 1 if w.group(1) == "after" else -1
                day += dt.timedelta(days=step)
                while day.weekday() != wd:
                    day += dt.timedelta(days=step)
                start = the.start()
            if start is not None:
                out[i] = dataclasses.replace(a, start=start, end=b.end, text=text[start:b.end], type=type_,
                                             value=value or _iso(day), rule=a.rule if value is None else "anaphor",
                                             anchor=b.value, anchor_kind="previous")
                del out[i + 1]
                anaphor = anaphor or value is not None
        i += 1
    return anaphor


WEEK_OF_BEFORE: Final = re.compile(r"\b(?i:the\s+week(?P<we>end)?\s+of\s+(?:the\s+)?)$")
HOLIDAY_WORD_AFTER: Final = re.compile(r"\s+(?i:holidays?)\b")


def _week_of_holiday(text: str, out: list[Timex]) -> None:
    """"the week of Thanksgiving", "the week of the Thanksgiving holiday", "the weekend of the Fourth of July": the
    week (weekend) the holiday's day is in, one expression, as "the week of Nov. 23" is."""
    for i, t in enumerate(out):
        if t.rule == "holiday" and t.type == "DATE" and ISO_DAY.fullmatch(t.value) \
                and (week := WEEK_OF_BEFORE.search(text, t.start - 24, t.start)) is not None:
            end = (after.end() if (after := HOLIDAY_WORD_AFTER.match(text, t.end)) else t.end)
            day = Day.fromisoformat(t.value)
            value = _weekend_of(day) if week.group("we") else _at_unit(day, "week")
            out[i] = dataclasses.replace(t, start=week.start(), end=end, text=text[week.start():end], value=value,
                                         anchor=t.value, anchor_kind="previous")


FIRST_THING_BEFORE: Final = re.compile(r"\b(?i:first\s+thing\s+(?:on\s+)?)$")
# what a match of FIRST_THING_BEFORE ends with before its spaces ("thing", "on"; see _last_before)
FIRST_THING_LAST: Final = frozenset("gGnN")
POD_OF_BEFORE: Final = re.compile(r"\b(?i:the\s+(?:(early|late)\s+)?(morning|afternoon|evening|night)\s+of\s+)$")


def _part_of_day_of(text: str, out: list[Timex]) -> None:
    """"the evening of December 16", "the night of July 14, 2021": that part of that day, a TIME, as annotators
    of present-day news write it (each time in the development fixtures); so is "first thing tomorrow", the
    morning."""
    for i, t in enumerate(out):
        if t.type != "DATE" or len(t.value) != 10 or text[t.start - 1:t.start] != " ":
            continue  # (the cheap tests first: both take a day after a space)
        if starts_at(text, "of ", t.start - 3) and ISO_DAY.match(t.value) \
                and (a := POD_OF_BEFORE.search(text, t.start - 32, t.start)) \
                and (i == 0 or out[i - 1].end <= a.start()):
            out[i] = dataclasses.replace(t, start=a.start(), text=text[a.start():t.end], type="TIME",
                                         value=f"{t.value}T{lx.PARTS_OF_DAY[a.group(2).lower()]}",
                                         mod=lx.PERIOD_MODS.get((a.group(1) or "").lower(), t.mod))
        elif _last_before(text, t.start - 16, t.start) in FIRST_THING_LAST \
                and (a := FIRST_THING_BEFORE.search(text, t.start - 16, t.start)) and ISO_DAY.match(t.value) \
                and (i == 0 or out[i - 1].end <= a.start()):
            # "first thing tomorrow", "first thing on Monday": that morning
            out[i] = dataclasses.replace(t, start=a.start(), text=text[a.start():t.end], type="TIME", value=f"{t.value}TMO")


# "at noon on Dec. 23", "noon Eastern time on March 24", "noon Eastern Daylight Time Wednesday"
# ("at 8pm on polling day, Thursday 10 December": the day in apposition to the one named; "by 16:00 hours on 9 May";
# "at 11pm on the night of Feb. 3", read before "the night of" joins its day)
POD_WORDS_OF: Final = ("morning", "afternoon", "evening", "night")  # a clock time's part of the day, before "of" and its day
DAY_PARTS_TOLD: Final = frozenset(("TMO", "TAF", "TEV", "TNI"))  # ("at 8:30 a.m. ET on Thanksgiving morning")
ON_BETWEEN: Final = re.compile(r",?\s+(?:(?:(?i:hours|hrs)\s+)?on\s+(?:(?:the\s+)?(?:[a-z]+\s+)?day,\s+|the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?|(?:[A-Z][a-z]+|local)(?:\s+(?:Standard|Daylight|Summer))?\s+[Tt]ime,?\s+(?:on\s+)?)")


ZONE_WRITTEN: Final = re.compile(rf"\s(?:\(\s*)?({lx.ZONE})\)?$")  # the zone a clock time's text ends with
# A weekday and the date it is, after a clock time and a comma or a space, is its day: "Published 3:35 PM EST, Thu
# December 17, 2020", "Updated 10:42 AM ET Fri Dec. 18, 2020" (a weekday alone after a comma is the next item of a
# list: "Monday 9 a.m., Tuesday 10 a.m."), unless a day is told right before the time ("Tuesday 10 a.m., Wednesday
# Dec. 16 at noon")
DATE_GAP: Final = re.compile(r",?[ \t]+")
WEEKDAY_DATE: Final = re.compile(rf"{lx.WEEKDAY_DATE_LEAD},?\s+(?:{lx.MONTH_ANY}|{lx.DAY})")


def _clock_on_day(text: str, out: list[Timex]) -> None:
    """A clock time followed by "on" and a day the grammar for times does not read ("opened at 6 a.m. on Black
    Friday", "at midnight on New Year's Eve"), or by a weekday's date (DATE_GAP), is of that day; so is the clock
    time that opens a range of times ending in one ("a silent vigil from noon until 3pm on Good Friday"), unless it
    is midnight, which would open the day rather than end it."""
    for i in range(len(out) - 2, -1, -1):  # (from the end: a range's close has its day before its opening)
        t, d, after = out[i], out[i + 1], out[i].end
        if t.type != "TIME" or not (ISO_DAY.match(t.value) or t.value.startswith(UNKNOWN_DAY + "T")):
            continue
        if DEICTIC_WORD.search(t.text):
            continue  # "from 6pm tonight until noon on Wednesday": its own day
        back, gloss = 0, None
        if d.type == "TIME" and i + 2 < len(out) and text.startswith(")", d.end) and ISO_DAY.match(d.value) \
                and ZONE_IN_BRACKETS.fullmatch(text, t.end, d.start) and ISO_DAY.match(t.value) \
                and abs((Day.fromisoformat(d.value[:10]) - Day.fromisoformat(t.value[:10])).days) <= 1:
            # "at 4:12 p.m. CDT (2112 UTC) on March 14": the time told again in another zone, in brackets, is passed
            # over to the day after it, and moved with the time it tells again
            gloss, d, after = d, out[i + 2], d.end + 1
        elif d.type == "TIME" and i + 2 < len(out) and RANGE_JOIN.fullmatch(text, t.end, d.start) \
                and t.value[10:16] != "T24:00":
            # the day the range's close is on, and the day before it for a range past midnight ("from 6pm until noon
            # on Wednesday" opens on Tuesday)
            back = int(CLOCK_VALUE.match(t.value) is not None and CLOCK_VALUE.match(d.value) is not None
                       and d.value[11:16] < t.value[11:16])
            d, after = out[i + 2], d.end
        if (d.type == "DATE" and len(d.value) == 10 or d.type == "TIME" and d.value[10:] in DAY_PARTS_TOLD) \
                and ISO_DAY.match(d.value) and t.value[:10] != d.value[:10] \
                and (ON_BETWEEN.fullmatch(text, after, d.start)
                     # ("not later than five o'clock in the afternoon of Friday the 26th day of June 2026")
                     or text.endswith(POD_WORDS_OF, t.start, after) and starts_at(text, " of ", after)
                     and d.start == after + 4
                     or DATE_GAP.fullmatch(text, after, d.start)
                     and WEEKDAY_DATE.match(d.text) and not (i and DATE_GAP.fullmatch(text, out[i - 1].end, t.start))) \
                and not lx.DAYS_AFTER_TIME.match(text, after):
            day = d.value[:10] if not back else _iso(Day.fromisoformat(d.value[:10]) - dt.timedelta(days=1))
            if (d.value.endswith("TNI") or text.endswith("night of ", after, d.start)) and t.value[11:13].isdigit() \
                    and int(t.value[11:13]) < SMALL_HOURS_END:
                day = _iso(Day.fromisoformat(day) + dt.timedelta(days=1))  # (see _clock_day: "until 2am on Saturday night")
            if t.value[:10] == day:
                continue
            value = day + t.value[10:]
            if (z := ZONE_WRITTEN.search(t.text)) and t.value[11:13].isdigit() \
                    and (offset := _seasonal_offset(z.group(1), Day.fromisoformat(d.value[:10]), int(t.value[11:13]))):
                value = value[:16] + offset  # "noon Eastern time on March 24": that day's offset (summer time since March 9)
            out[i] = dataclasses.replace(t, value=value, anchor=d.value[:10], anchor_kind="previous")
            if gloss is not None:
                moved = Day.fromisoformat(gloss.value[:10]) + (Day.fromisoformat(day) - Day.fromisoformat(t.value[:10]))
                out[i + 1] = dataclasses.replace(gloss, value=_iso(moved) + gloss.value[10:], anchor=d.value[:10],
                                                 anchor_kind="previous")
        elif d.rule == "holiday" and d is out[i + 1] and ISO_DAY.fullmatch(d.value) and text[after:d.start] == " " \
                and CLOCK_VALUE.match(t.value) is not None:
            # "The game kicks off at 10 a.m. Thanksgiving Day": one expression, as "6 p.m. Thursday" is
            out[i] = dataclasses.replace(t, end=d.end, text=text[t.start:d.end], value=d.value + t.value[10:],
                                         anchor=d.value, anchor_kind="previous")
            del out[i + 1]


DEICTIC_WORD: Final = re.compile(r"(?i:\b(?:today|tonight|yesterday|tomorrow)\b)")
SIMPLE_DURATION: Final = re.compile(r"P(T?)(\d+)([YMWDHS])$")
DURATION_JOINT: Final = re.compile(r"(?:\s*,)?\s+and\s+|\s*,\s*")
DURATION_ORDER: Final = ["Y", "M", "W", "D", "TH", "TM", "TS"]


COMPOUND_DURATION: Final = re.compile(r"P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$")


def _smallest_unit(value: str) -> str | None:
    """The smallest unit of a duration of whole numbers ("P365DT5H": "TH"), as DURATION_ORDER names it."""
    if not COMPOUND_DURATION.match(value):
        return None
    date, _, time = value[1:].partition("T")
    return "T" + time[-1] if time else date[-1]


def _join_durations(text: str, out: list[Timex]) -> None:
    """"four years and nine months", "1 minute, 52 seconds": one length of time (P4Y9M, PT1M52S), not two."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if b.type != "DURATION" or a.type != "DURATION" or b.mod:
            i += 1  # (the cheap tests first)
            continue
        ua = _smallest_unit(a.value)
        vb = SIMPLE_DURATION.match(b.value) if ua else None
        ub = vb and vb[1] + vb[3]
        if vb and DURATION_ORDER.index(ua) < DURATION_ORDER.index(ub) and (
                DURATION_JOINT.fullmatch(text, a.end, b.start) or ua[0] == "T" and text[a.end:b.start] == " ") \
                and not (text[a.end:b.start].strip() == "and" and BETWEEN_BEFORE.search(text, a.start - 12, a.start)):
            # (not the ends of a range: "in early access for between a year and 18 months")
            # (a time of day's parts need no "and": "finished in 18 minutes 40 seconds")
            # "about 365 days, 5 hours and 49 minutes": each part joins the length before it
            value = a.value + ("T" if vb[1] and "T" not in a.value else "") + b.value[len(vb[1]) + 1:]
            out[i:i + 2] = [dataclasses.replace(a, end=b.end, text=text[a.start:b.end], value=value)]
            continue
        i += 1


# "On St Patrick's Day, routes will be diverted from 8am": a holiday things happen on is a day told, as a date is
ON_BEFORE: Final = re.compile(r"\b(?i:on)\s+$")
# a holiday named as one day, which a noun after it is of ("its Easter Sunday services at 8am", "the Christmas Day
# lunch"): the day things happen on, as "on Christmas Day" is
HOLIDAY_DAY_WORD: Final = re.compile(r"(?i:(?:day|eve|sunday|monday|friday|saturday|thursday))$")
TIMEX_FIELDS: Final = ("start", "end", "text", "type", "value", "mod", "rule", "anchor", "anchor_kind", "tense")
assert tuple(Timex.__dataclass_fields__) == TIMEX_FIELDS, "Timex changed: update _timex"


def _timex(start, end, text, type_, value, mod, rule, anchor, anchor_kind, tense) -> Timex:
    """Timex(...) with the same fields in the same order, made without the frozen dataclass's __init__: that one
    sets each of the ten fields through object.__setattr__, which cost as much as resolving the expression."""
    t = object.__new__(Timex)
    object.__setattr__(t, "__dict__", {"start": start, "end": end, "text": text, "type": type_, "value": value,
                                       "mod": mod, "rule": rule, "anchor": anchor, "anchor_kind": anchor_kind,
                                       "tense": tense})
    return t


WEEKDAY_NAMED: Final = re.compile(lx.WEEKDAY_ANY)


RATE_VALUES: Final = frozenset(("PT1S", "PT1M", "PT1H", "P1D"))
MEASURE_BEFORE: Final = re.compile(r"(?i:\b(?:miles|kilomet(?:re|er)s|km|met(?:re|er)s|feet|yards|knots|inches|centimet(?:re|er)s|"
                            r"millimet(?:re|er)s|cm|mm|lit(?:re|er)s|gallons)\s+)$")


def _measure_rate(text: str, span: tuple[int, int]) -> bool:
    """Whether a set of a second, minute, hour or day after "per" is the time of a speed or a flow: "2.3 kilometres
    per second", "90 miles per hour" (not a count of things, "40,000 vehicles per day"; and after "a", "every" it is
    often written as a habit: "walks about 15 kilometres a day")."""
    start = span[0]
    return starts_at(text, "per ", start) and text[start - 1:start] == " " \
        and MEASURE_BEFORE.search(text, start - 16, start) is not None


FULL_WEEK_OF_BEFORE: Final = re.compile(r"\b(?i:the\s+(first|second|third|fourth|last)\s+full\s+(?:working\s+)?week\s+of)\s+$")
ORDINAL_WEEKS: Final = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _told_in_run(st: _State, text: str, ms: int, me: int, before: str) -> bool:
    """Whether a weekday at text[ms:me] that falls in the run of days just told (st.run_first to st.run_last) is told
    as a day of it. "The three-day event returns from Friday 18 August to Sunday 20 August ... Friday's bill is led by
    ... On Saturday, Quist plays": opening its sentence as a programme's days do (not a day a report was made on,
    "said on Friday", nor one tickets go on sale on, inside a sentence); in the sentences after the run in its
    paragraph, told in the present of a programme: "will run from Friday, June 19, through Sunday, June 21. Marisol Vega
    headlines Friday night, the Ashgroves top the bill Saturday"; and "the Wednesday" after it, whatever the tense:
    "from Monday 31st May to Friday 4th June, but the library will open for revision on the Wednesday" (not "the
    Saturday after Christmas", counted from the holiday). `before` is the word before the weekday."""
    if before in ("the", "The") and not COUNTED_FROM_AFTER.match(text, me):
        return True
    opens = _opens_sentence(text, ms) or ends_at(text, "On ", 0, ms) and _opens_sentence(text, ms - 3)
    later = "\n" not in text[st.run_end:ms] and _broken(text, st.run_end, ms)
    if not (opens or later):
        return False
    tense = tense_at(text, ms, me)  # (read once, for either way of telling)
    return opens and tense != "past" or later and tense in (None, "present")


COUNTED_FROM_AFTER: Final = re.compile(r"\s+(?:after|before|of|following|preceding)\b")  # "the Saturday after Christmas"
RUN_JOIN: Final = re.compile(r",?\s*(?:to|until|till|through|thru|-|–|—)\s*")  # between the first and last days of a run
RUN_DAYS: Final = dt.timedelta(days=6)  # a run of days that a weekday told on its own may fall in: a week at most


def _add(text: str, m: re.Match[str], name: str, res: _Res, st: _State, out: list[Timex]) -> None:
    """Record one resolved expression and remember it as the anchor for what follows."""
    start, end = res.span or m.span()
    if name in YEARS_AGO_RULES and st.dct is not None and starts_at(text, " ", end) and len(res.value) == 10 \
            and (ago := YEARS_AGO_AFTER.match(text, end)) is not None and (n := _number(ago.group(1))) is not None and n == int(n) \
            and res.value[:4].isdigit() and not WRITTEN_YEAR.search(text, start, end) \
            and (found := _on(st.dct.year - int(n), int(res.value[5:7]), int(res.value[8:10]), "dct")) is not None:
        # "stabbed outside a takeaway on Bonfire Night three years ago. He died in hospital the following morning":
        # that day of the year so many years back ("three years ago" is an expression of its own)
        res = dataclasses.replace(res, value=found.value, anchor_kind="dct")
    if name == "month" and len(res.value) == 7 and res.value[:4].isdigit() and ends_at(text, "of ", 0, start) \
            and (week := FULL_WEEK_OF_BEFORE.search(text, start - 44, start)) is not None:
        # "in the first full week of December", "the first full working week of January": the ISO week that is the
        # first (second, ..., last) one to lie wholly in the month
        first = Day(int(res.value[:4]), int(res.value[5:7]), 1)
        first += dt.timedelta(days=-first.weekday() % 7)  # its first Monday
        last = _add_months(first, 1) - dt.timedelta(days=7)  # a day of the last week wholly in it
        monday = last if week.group(1).lower() == "last" else first + dt.timedelta(weeks=ORDINAL_WEEKS[week.group(1).lower()])
        res, start = dataclasses.replace(res, value=_at_unit(monday, "week"), mod=None), week.start()
    anchor = None
    if res.anchor_kind == "dct" and st.dct:
        anchor = st.dct_value
    elif res.anchor_kind == "previous":
        anchor = st.last_value if res.value[:1].isdigit() and len(res.value) < 10 else (_iso(st.last_day) if st.last_day else st.last_value)
    elif res.anchor_kind == "period":
        anchor = st.period
    elif res.anchor_kind == "next" and st.entry_years:
        anchor = st.entry_years[start][1]
    out.append(_timex(start, end, text[start:end], res.type, res.value, res.mod, name, anchor, res.anchor_kind, res.tense))
    if (name == "dmy" or name == "mdy") and len(out) > 1 and out[-2].rule in ("dmy", "mdy") and len(res.value) == 10 \
            and len(out[-2].value) == 10 and RUN_JOIN.fullmatch(text, out[-2].end, start) is not None \
            and ISO_DAY.match(res.value) and ISO_DAY.match(out[-2].value):
        run_first, run_last = Day.fromisoformat(out[-2].value), Day.fromisoformat(res.value)
        if run_first < run_last <= run_first + RUN_DAYS:
            st.run_first, st.run_last, st.run_end = run_first, run_last, end  # "from Friday 18 August to Sunday 20 August"
    if st.dct_value is not None and res.value.startswith(st.dct_value) and st.small_hours is not False:
        # "early Wednesday", "shortly after 1 a.m." of the DCT's day: the story may be told from then; not once a
        # later time of that day is told ("at 11 a.m.")
        if res.value[10:11] == "T" and res.value[11:13].isdigit():
            st.small_hours = res.value[11:13] < "06"
        elif res.value[10:11] == "T" and res.value[11:13] in ("MO", "AF", "EV") and st.small_hours \
                and (res.tense or tense_at(text, start, end)) != "future":
            st.small_hours = False  # "This morning we are in lunar orbit" (not "would resume Wednesday morning")
        elif res.mod == "START" and len(res.value) == 10:
            st.small_hours = True
    if name in ("clock", "clock24") and len(out) > 1 and out[-2].type == "TIME" and (
            name == "clock24" and (same := GMT_EQUIVALENT_AFTER.match(text, out[-2].end)) is not None and same.start("h") == start
            or CONVERSION_BETWEEN.fullmatch(text, out[-2].end, start) is not None
            and (ZONE_WRITTEN.search(text, start, end) is not None or PLACE_AFTER_TIME.match(text, end) is not None)):
        # "at 9:37 p.m. EDT, or 0137 GMT Thursday,", "3:35 a.m. local time (2035 GMT Monday)"; "The pre-show starts at
        # 6:30 p.m. CEST, which is 5:30 p.m. BST in London ... and 2:30 a.m. Thursday in Sydney", "(7:27 p.m. BST, 2:27
        # p.m. EDT)": the same instant told again, for other places, whose day is not where the story goes on ("At
        # 9:39 p.m., the plane ...", "At 7:15 p.m. CEST, the stream switches" is Wednesday's, not Thursday's)
        st.span_last = False
        return
    if name == "weekday" and len(out) > 2 and out[-3].type == "TIME" and out[-2].end < start \
            and (same := GMT_EQUIVALENT_AFTER.match(text, out[-3].end)) is not None and same.start("wd") == start:
        # (nor is the weekday of that instant told apart: "The quake hit at 2:14am NZST (1414 GMT on Monday) ... By
        # 3am more than 18,000 people had reported feeling it" is Tuesday's 3am)
        st.span_last = False
        return
    if res.type == "TIME" and res.value[10:13] in ("TEV", "TNI") and res.value[:4].isdigit():
        st.night_told = Day.fromisoformat(res.value[:10]), end
    if res.type == "TIME" and CLOCK_OF_DAY.match(res.value):
        st.clock = Day.fromisoformat(res.value[:10]), int(res.value[11:13]) * 60 + int(res.value[14:16]), end
        if res.value[11:13] >= "18":
            st.evening = st.clock[0], end
    elif st.clock is not None and res.type in ("DATE", "TIME") and ISO_DAY.match(res.value) \
            and not res.value.startswith(_iso(st.clock[0])) and (res.remember or not res.counted) \
            and not _report_before(text, start):  # (a day counted back in an aside leaves the clock's story: r_ago)
        st.clock = None  # another time told: the clock's story is not where the text goes on (a report's day is)
    if res.type in ("DATE", "TIME") and res.remember:
        _remember(st, res.value, start, end, name,
                  # ("6 per cent ahead of last year by the end of October": a year compared with frames nothing; but
                  # "later than last year, when the lake opened on April 3" tells of it)
                  res.comparison or name == "rel" and len(res.value) == 4
                  and COMPARED_YEAR_BEFORE.search(text, start - 16, start) is not None
                  and YEAR_TOLD_OF_AFTER.match(text, end) is None, res.fiscal, res.counted,
                  name == "holiday" and (ON_BEFORE.search(text, start - 4, start) is not None
                                         or text.endswith(SOLAR_ENDS, start, end)  # (a solstice is a moment of its day)
                                         # ("The hottest day was Australia Day, when the mercury reached 44.7 degrees
                                         # at 3.12pm", "the Thanksgiving morning flag football game ... follows at 10
                                         # a.m.": a day, or a part of it, that something is told on)
                                         or starts_at(text, ", when ", end) or len(res.value) > 10
                                         or HOLIDAY_DAY_WORD.search(text, start, end) is not None
                                         and NOUN_AFTER_DAY.match(text, end) is not None
                                         or _entry_at(text, start, end)),  # ("— Good Friday: Stations of the Cross at
                  # noon": the day of a programme's entry, which what follows in it is on)
                  # (the cheap test first: "since" and a space fill the six characters searched)
                  len(res.value) in (7, 10) and text[start - 2:start - 1] in ("e", "E")
                  and SINCE_BEFORE.search(text, start - 6, start) is not None
                  or len(res.value) == 7 and ends_at(text, "from ", start - 5, start)
                  and FIGURE_FROM_MONTH.search(text, max(0, start - 40), start) is not None
                  # ("a 40% chance, down from 60% a week ago. Minutes ..., released at 1130 GMT": a day counted back to
                  # for the figure compared with; not a day named so, "up from 443.6 million Thursday and the week's
                  # most active session", which the story may go on in)
                  or res.counted and len(res.value) == 10 and "from " in text[start - 32 if start > 32 else 0:start]
                  and FROM_FIGURE_BEFORE.search(text, max(0, start - 32), start) is not None
                  or len(res.value) == 10 and text.endswith(BOUND_LAST_WORDS, start - 8, start)
                  and PERIOD_BOUND_BEFORE.search(text, start - 24, start) is not None
                  # ("the fifth anniversary of the Jan. 6, 2021, attack on the Capitol; ... a short ceremony at noon":
                  # the day remembered is not the day the story goes on in)
                  or "anniversary" in text[start - 32 if start > 32 else 0:start]
                  and ANNIVERSARY_OF_BEFORE.search(text, start - 32, start) is not None)
        if name == "rel" and len(res.value) == 4 and res.value.isdigit() and ends_at(text, "year", start, end):
            st.deictic_year = int(res.value), end  # "this year", "last year" (not "next season")
        if st.last_day_explicit and res.type == "DATE" and len(res.value) == 10 and _may_hold(text, start - 17, start, BOUND_WORDS) \
                and ISO_DAY.match(res.value) \
                and (UNTIL_BOUND_BEFORE.search(text, start - 17, start) or COMPARED_WITH_DAY.search(text, start - 16, start)):
            st.last_day_explicit = False  # "clearing is open now and runs until 21 October. ... can add a choice from
            # 1pm": a day something lasts until is no day the story is told on
        if len(res.value) == 10 and starts_at(text, "of ", start - 3) \
                and (pod := POD_OF_BEFORE.search(text, max(0, start - 32), start)) is not None and ISO_DAY.match(res.value):
            st.last_day_part = "T" + lx.PARTS_OF_DAY[pod.group(2).lower()]  # "the night of 5 March" (see _part_of_day_of)
        elif len(res.value) == 10 and ends_at(text, "into ", start - 5, start) and len(out) > 1 \
                and ISO_DAY.match(res.value) and st.last_day is not None \
                and out[-2].value[:10] == _iso(st.last_day - ONE_DAY) and INTO_JOIN.fullmatch(text, out[-2].end, start) \
                and starts_at(text, "of ", out[-2].start - 3) \
                and (pod := POD_OF_BEFORE.search(text, max(0, out[-2].start - 32), out[-2].start)) is not None \
                and lx.PARTS_OF_DAY[pod.group(2).lower()] == "NI":
            # "on the night of Saturday 9 March into Sunday": the night is still Saturday's; what the story tells of
            # it next ("struck at around 11.40pm") is of that evening, and its small hours of Sunday's
            st.last_day, st.last_day_part = st.last_day - ONE_DAY, "TNI"
        if res.type == "DATE" and name != "weekday" and len(out) > 1 and out[-2].end == start - 1 \
                and text[start - 1] == " " and (counted := DAY_COUNTED.fullmatch(out[-2].text)) is not None \
                and counted.group(1).lower() == "day" and ISO_DAY.fullmatch(res.value):
            # "Wednesday afternoon, the day before Thanksgiving. ... delays are expected to peak between 2 p.m. and
            # 7 p.m.": the day told is the one counted from the holiday (_counted_from_day makes them one expression)
            step = 1 if counted.group(2).lower() == "after" else -1
            _remember(st, _iso(Day.fromisoformat(res.value) + dt.timedelta(days=step)), out[-2].start, end, "anaphor")
        if name == "year" and (lx.LINE_END.match(text, _bold_end(text, end))
                               and (_line_lead(text, start) or _heading_words(text, start))
                               or _line_lead(text, start) and YEAR_LABEL_AFTER.match(text, end) is not None):
            # "2024" alone on its line heads a chronology ("### 2024"), and so does a heading that ends with its
            # year ("**Key dates for 2026**", "## Timeline of 2025") or a label that opens with it and ends the line
            # with a colon ("2025 calendar:")
            st.heading_year = int(res.value[:4])
        day = len(res.value) == 10 and ISO_DAY.fullmatch(res.value) is not None  # (a day, no time of it)
        if day and ((_line_lead(text, start) or _numbered_day_lead(text, start)
                     or CAPITAL_RANGE_LEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None)
                    and (lx.LINE_END.match(text, _bold_end(text, end)) or _titled_day_heading(text, start, end))
                    or name in DATED_RULES and lx.LINE_END.match(text, _bold_end(text, end)) and _heading_words(text, start)
                    and text.rfind("\n", 0, start) >= st.heading_end):  # (the end of a span a heading opens is not it)
            # "TUESDAY, JAN. 7" alone on its line heads the day's entries; so does a heading that ends with its date
            # ("**Programme – Saturday 27 June**"; not a live blog's headline that ends with a weekday, "**Judge to
            # hear birthright citizenship challenge Thursday**")
            st.heading_day, st.heading_end = st.last_day, end
        if day and name in ("mdy", "dmy") and WEEKDAY_NAMED.search(text, start, end):
            st.named_weekdays.add(st.last_day)
        if name in ("mdy", "dmy") and st.dct is not None and st.last_day is not None and st.last_day.year < st.dct.year - 1 \
                and ISO_DAY.match(res.value) and WRITTEN_YEAR.search(text, start, end):
            # "December 6, 1986", "the night of March 3, 2021": a story of that year may go back to it
            st.old_days.append(st.last_day)
        if day and name == "dmy" and text[start:start + 1].isdigit() \
                and (b := DAY_BEFORE_DAY.search(text, start - 12, start)) is not None \
                and 0 < (first := int(b.group("d"))) < st.last_day.day and (st.last_day.day - first) % 7:
            # "on 17 and 18 December": the 17th is told too (tagged once the text is read: see _days_listed_before)
            listed = st.last_day.replace(day=first)
            st.days_told[listed.weekday()] = listed
        if day or res.value[10:11] == "T" and ISO_DAY.match(res.value):  # (a day, or a time of one)
            fronted = day and _fronted_report(text, start, end)
            if day and st.story_day is not None and st.last_day < st.story_day and "had " in text[max(0, start - PERFECT_REACH):start] \
                    and _past_perfect_before(text, start):
                st.flashback_end = end  # "The change had been tested in a staging environment the previous Friday": a
                # day the story goes back to, before its own, which stays
            elif not fronted and not _report_before(text, start):
                st.story_day, st.story_day_end, st.report_day, st.reported_on = st.last_day, end, False, False
            else:  # a report's day after the day of what it reports, told in its sentence or the two before, across
                # a paragraph's break ("... on Saturday evening. It was the third major flood since July 2023.\n\nA
                # man died ..., state police said Monday.": "Rain began falling shortly after 4 p.m." is Saturday's)
                # In its own sentence it may come long after ("was knifed on 14 December last year ..., jurors were
                # told on Thursday").
                st.reported_on = True
                if st.story_day is None:
                    st.report_day = False
                else:
                    gap, breaks, at = st.last_day - st.story_day, 0, st.story_day_end
                    while breaks < 4 and (at := _next_break(text, at, start)) >= 0:
                        breaks += 1  # (four are as many as four hundred below: the story's day may be far back)
                    st.report_day = gap > dt.timedelta(0) and (not breaks or gap <= (FRONTED_REPORT_AFTER if fronted else REPORT_AFTER)
                                                               and breaks < 4)  # ("\n\n" is two breaks)
        if day and st.primary_day is None and _may_hold(text, start - 60, end + 50, VOTE_WORDS):
            _vote_day(st, text, start, end, res.value)
        if day and st.election_day is None and _election_near(text, start, end) \
                and ELECTION_NEAR.search(near := _near_in_sentence(text, start, end)) \
                and not OTHER_VOTE_DAY_NEAR.search(near):
            st.election_day = res.value  # (not a primary's or a caucus's: "Election Day" is not theirs; nor a deadline's:
            # "The deadline to register for this election passed on Oct. 7")
    st.span_last = res.type == "DURATION"


CLOCK_OF_DAY: Final = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
# the first day of a range heading its line in capitals, before the range's last day: "MONDAY 17 – THURSDAY 20 FEBRUARY"
CAPITAL_RANGE_LEAD: Final = re.compile(r"[ \t]*(?:\*\*|__)?[A-Z]+DAY,?\s+\d{1,2}(?:ST|ND|RD|TH)?\s*[-–—]\s*")
# The day a report was made, told after its verb: "police said on Sunday", "the company said in a post-incident
# report published late Wednesday", "said in a review released Friday evening", "told reporters on Monday" (not "said the attack happened on Tuesday")
REPORT_BEFORE: Final = re.compile(r"\b(?:said|says|announced|reported|confirmed|wrote|stated|published|disclosed|added|"
                           r"told\s+(?:the\s+)?[A-Za-z]+|said\s+in\s+an?\s+(?:[\w-]+\s+){0,2}(?:statement|report|post|filing|"
                           r"letter|interview|briefing|update|review)(?:\s+(?:released|issued|posted))?)\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
REPORT_VERBS: Final = ("said", "says", "announced", "reported", "confirmed", "wrote", "stated", "published", "disclosed",
                "added", "told")  # (one is in every match of REPORT_BEFORE)
# The word a match of REPORT_BEFORE ends with, before its spaces (but any word after "told"): "said", "on", "late",
# "statement" ...
REPORT_LAST_WORDS: Final = tuple(v for v in REPORT_VERBS if v != "told") + ("on", "late", "early", "statement", "report", "post",
                                                                      "filing", "letter", "interview", "briefing", "update",
                                                                      "review", "released", "issued", "posted")
NOW_WORD: Final = re.compile(r"\b(?i:now|currently)\b")


def _now_in_sentence(text: str, start: int) -> bool:
    """Whether the sentence holding text[start] tells "now" before it."""
    return NOW_WORD.search(text, _sentence_bounds(text, start, start)[0], start) is not None


# the day a stock or a level is counted on: "Corn stocks as of Dec. 1", "cattle in feedlots on Aug. 1", "The order book
# at 31 March" (not a report's day, "figures published on Tuesday", nor a period's end, "the quarter ended Sept. 29")
STOCK_DAY_BEFORE: Final = re.compile(r"(?<!published\s)(?<!released\s)(?<!reported\s)(?<!announced\s)(?<!said\s)"
                              r"\b(?i:as\s+(?:of|at)|on|at)\s+$")
FIGURE_FROM_BEFORE_AGO: Final = re.compile(r"\bfrom\s+(?:[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|cents?|points?|[a-z]+)?\s+)?$")
FIGURE_WORDS_FROM_BEFORE_AGO: Final = re.compile(r"\b(?:(?:up|down)\s+from\s+(?:near\s+|almost\s+|about\s+)?(?:one|two|three|four|five|six|seven|"
                                          r"eight|nine|ten|certainty|zero)|(?:the\s+)?levels?\s+(?:of|seen)|than\s+it\s+(?:was|did|would\s+have))\s+$")
YEARS_AGO_RULES: Final = frozenset(("holiday", "dmy", "mdy"))  # a day of the year, its year not written
YEARS_AGO_AFTER: Final = re.compile(r"\s((?:\d{1,2}|[a-z]+))\s+years?\s+ago\b", re.I)
REPORT_AFTER: Final = dt.timedelta(days=7)  # how long after a happening news reports it
FRONTED_REPORT_AFTER: Final = dt.timedelta(days=31)  # ... and a report told as one, by a day the sentence opens with
# "On Monday, the San Francisco-based firm finally explained what happened": a day put before a report's subject and verb
REPORT_AFTER_FRONTED_DAY: Final = re.compile(r",\s+(?:[\w.'-]+\s+){1,6}?(?:finally\s+|also\s+|formally\s+)?(?:said|explained|announced|"
                                      r"published|released|disclosed|reported|confirmed|revealed|admitted)\b")


def _fronted_report(text: str, start: int, end: int) -> bool:
    """Whether a day opens its sentence ("On Monday, ...") and the subject's verb after it is a report's."""
    return starts_at(text, ",", end) and text.endswith(("On ", "Late ", "Early "), 0, start) \
        and ON_OPENS_SENTENCE.search(text, start - 8, start) is not None and REPORT_AFTER_FRONTED_DAY.match(text, end) is not None


ON_OPENS_SENTENCE: Final = re.compile(r"(?:^|[.!?][\"”']?\s+|\n\s*)(?:On|Late|Early)\s+$")


def _report_before(text: str, start: int) -> bool:
    """Whether REPORT_BEFORE matches right before `start`. Its search is tried at each of the 70 places before
    (several thousand instructions), and most days told have none of its verbs there: plain tests for them, for
    the space it ends with and for the word before that space, come first."""
    lo = start - 70 if start > 70 else 0
    if not text[start - 1:start].isspace():
        return False
    window = text[lo:start]
    words = window.rsplit(None, 1)
    if not words or not words[-1].endswith(REPORT_LAST_WORDS) and "told" not in window:
        return False  # (the most common case: "in", "last", "since", "the" before the date)
    for verb in REPORT_VERBS:
        if verb in window:
            return REPORT_BEFORE.search(text, lo, start) is not None
    return False
# Words of an election near a day told (but a primary's or a caucus's day, or early voting's, is not the one
# "Election Day" is; nor are the days its officials or office are told on: "Monday, said the county's elections
# administrator")
# (the words after "election" by their starts: the window searched may end inside one)
ELECTION_NEAR: Final = re.compile(r"(?i:\b(?:elections?(?!\s+(?:offic|admin|board|worker|staff|commission|authorit|chief|supervis|"
                           r"department|director))|polls|runoff|run-off)\b)")
def _election_near(text: str, start: int, end: int) -> bool:
    """Whether ELECTION_NEAR finds a word within 40 characters of text[start:end]. Most news has no election in
    it: where the words are not there, the case-insensitive search is spared."""
    return _may_hold(text, start - 40, end + 40, ELECTION_WORDS) \
        and ELECTION_NEAR.search(text, start - 40, end + 40) is not None


ELECTION_WORDS: Final = ("election", "polls", "run")  # (one is in every match of ELECTION_NEAR)


# A day told as a vote's own: right before its name ("the March 3 primary", "the Nov. 3 general election", "the May
# 7 local elections"), or after it and a verb ("the election will be held on", "Canadians vote on", "Voters will
# decide on", "setting polling day for"). (The group: a primary's.)
VOTE_AFTER_DAY: Final = re.compile(r"(?:,\s+\d{4})?\s+(?:(?:general|special|presidential|parliamentary|legislative|local|state|"
                            r"national|municipal|mayoral|council|snap|federal|provincial|midterm|party|gubernatorial|"
                            r"congressional|leadership|recall|Democratic|Republican)\s+){0,2}"
                            r"(?:(primar(?:y|ies))|elections?|runoffs?|run-offs?|by-elections?|referendum|polls?)\b", re.I)
VOTE_BEFORE_DAY: Final = re.compile(r"(?i:\b(?:(primar(?:y|ies))|elections?|runoff|run-off|by-elections?|referendum|polling\s+day|"
                             r"(?:go|goes|went|head|heads)\s+to\s+the\s+polls|vote|votes|decide|decides)\s+"
                             r"(?:(?:is|was|are|were|will\s+be|to\s+be|has\s+been|had\s+been)\s+)?"
                             r"(?:(?:held|set|scheduled|called|slated|fixed|due)\s+)?(?:on|for)\s+)$")
ORDER_AFTER_VOTE_DAY: Final = re.compile(r"\s+(?:orders?|writs?|registers?|staff|workers?|polls?|coverage)\b", re.I)  # a kind of thing
VOTE_WORDS: Final = ("rimar", "lection", "unoff", "un-off", "eferend", "poll", "vot", "ecide")  # (one is in each match of the two)
# what is told of an election's day: its day, or its night (a TIME)
VOTE_DAY_NAMES: Final = frozenset(("polling day", "primary day", "voting day", "referendum day", "election night"))


def _vote_day(st: _State, text: str, start: int, end: int, value: str) -> None:
    """Keep the first day told as a vote's own (and a primary's apart): the day that "polling day", "primary day",
    "election night" name in the story."""
    if (after := VOTE_AFTER_DAY.match(text, end)) is None:
        if not text[start - 8 if start > 8 else 0:start].rstrip().lower().endswith(("on", "for")):
            return  # (what VOTE_BEFORE_DAY ends with, a cheap test before its search)
        after = VOTE_BEFORE_DAY.search(text, max(0, start - 60), start)
    if after is not None:
        if after.group(1):
            st.primary_day = value
        if st.vote_day is None:
            st.vote_day = value


OTHER_VOTE_DAY_NEAR: Final = re.compile(r"(?i:\b(?:primar(?:y|ies)|caucus(?:es)?|early\s+vot(?:e|ing)|absentee|deadlines?|"
                                 r"regist(?:er|ration))\b)")


def _day_list(text: str, m, pos: int, res: _Res, out: list[Timex], st: _State) -> int:
    """Extra dates for "January 10/12/13": same month and year as the first, each its own expression."""
    if not DAY_VALUE.fullmatch(res.value):
        return pos
    prefix = res.value[:8]
    while True:
        c = CONTINUATION.match(text, pos) or COMMA_DAY.match(text, pos)
        if not c:
            return pos
        day = int(c.group("day"))
        value = f"{prefix}{day:02d}"
        if prefix[:4].isdigit():
            try:
                Day.fromisoformat(value)
            except ValueError:
                return pos
        s, e = c.span("day")
        e = c.end()
        out.append(_timex(s, e, text[s:e], "DATE", value, None, "day-list", out[-1].value, "previous", None))
        _remember(st, value, s, e, "day-list")
        pos = c.end()
