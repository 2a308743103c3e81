"""Infer an article's publication date (its DCT) from its text when no metadata gives one.

A cascade of small functions, most reliable first; each candidate is checked for plausibility (a real
calendar date, the weekday it claims, a year in [MIN_YEAR, MAX_YEAR]). Nothing here looks at today's date.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

MIN_YEAR, MAX_YEAR = 1990, 2100
TOP_CHARS = 500  # a dateline or byline date sits near the top; dates further down are about events

# Whitespace inside a date may wrap onto the next line but not cross a blank line.
_SP = r"[^\S\n]*\n?[^\S\n]*"
# A dot only after an abbreviation: after "Thursday" or "December" it ends a sentence.
_WEEKDAY = (r"(?P<weekday>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
            r"|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?)")
_MONTH = (r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>\d{4})\b"

# "Thursday, December 30", "Thu, Dec. 30, 2021"
WEEKDAY_MONTH_DAY = re.compile(rf"\b{_WEEKDAY},?{_SP}{_MONTH}{_SP}{_DAY}(?:,?{_SP}{_YEAR})?", re.I)
# "Thursday 30 December", "Thursday, the 30th of December 2021"
WEEKDAY_DAY_MONTH = re.compile(
    rf"\b{_WEEKDAY},?{_SP}(?:the{_SP})?{_DAY}{_SP}(?:of{_SP})?{_MONTH}(?:,?{_SP}{_YEAR})?", re.I)
# "December 30, 2021", "30 December 2021", "2021-12-30"
MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}{_SP}{_DAY},?{_SP}{_YEAR}", re.I)
DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}{_SP}(?:of{_SP})?{_MONTH},?{_SP}{_YEAR}", re.I)
ISO_DATE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)")  # may run on: 2021-12-29T10:00
# A short line with a copyright notice: "© 2021 Reuters", "Copyright 2005-2021", "(c) AFP 2021".
# Short, so that prose about a copyright lawsuit is not taken for one.
COPYRIGHT_LINE = re.compile(r"^(?=[^\n]{0,200}$)[^\n]*(?:©|\(c\)|\bcopyright\b)[^\n]*", re.I | re.M)
# A year as a word; not part of a decimal or a 24-hour time such as "(2035 GMT)".
YEAR_MENTION = re.compile(r"(?<![.,:])\b(\d{4})\b(?![.,:]\d)(?!\s*(?:GMT|UTC|CET|EST|hrs?\b|hours\b|h\b))")

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_WEEKDAYS = {d: i for i, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


class Guess(NamedTuple):
    """An inferred publication date, the evidence in words, and where the evidence is in the text."""

    date: str  # YYYY-MM-DD
    note: str
    start: int
    end: int


def infer_published(text: str, around: str = "") -> Guess | None:
    """The publication date the text itself gives away, or None; never a guess from today's date.

    `around` is more of the same document that is not article text (a web page's footer): only its
    copyright line and years are used, to tell which year a "Thursday, December 30" is in.
    """
    return weekday_date(text, around) or top_date(text)


def weekday_date(text: str, around: str = "") -> Guess | None:
    """The latest "Thursday, December 30": an article naming a weekday and date is written that day or just after."""
    bound = year_bound(f"{text}\n{around}" if around else text)
    guesses = []
    for pattern in (WEEKDAY_MONTH_DAY, WEEKDAY_DAY_MONTH):
        for m in pattern.finditer(text):
            month, day, weekday = _MONTHS[m["month"][:3].lower()], int(m["day"]), _WEEKDAYS[m["weekday"][:3].lower()]
            if m["year"]:
                year, why = int(m["year"]), ""
            elif bound:
                year, why = _year_for(month, day, weekday, *bound)
            else:
                continue  # the same weekday and date recur every few years: no year, no date
            if year and _fits(year, month, day, weekday):
                note = f'weekday and date "{" ".join(m[0].split())}"{why}'
                guesses.append(Guess(dt.date(year, month, day).isoformat(), note, m.start(), m.end()))
    return max(guesses, key=lambda g: (g.date, -g.start), default=None)


def top_date(text: str) -> Guess | None:
    """The first full date ("December 30, 2021", "30 December 2021", "2021-12-30") near the top."""
    found = []
    for pattern in (MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO_DATE):
        for m in pattern.finditer(text):
            if m.start() >= TOP_CHARS:
                break
            year, day = int(m["year"]), int(m["day"])
            month = int(m["month"]) if m["month"].isdigit() else _MONTHS[m["month"][:3].lower()]
            if _fits(year, month, day):
                note = f'date near the top "{" ".join(m[0].split())}"'
                found.append(Guess(dt.date(year, month, day).isoformat(), note, m.start(), m.end()))
    return min(found, key=lambda g: g.start, default=None)


def year_bound(text: str) -> tuple[int, str, str] | None:
    """(year, kind, evidence): a copyright line's latest year, else the latest year the text mentions."""
    best = None
    for line in COPYRIGHT_LINE.finditer(text):
        years = _years(line[0])
        if years and (best is None or max(years) > best[0]):
            best = (max(years), "copyright", " ".join(line[0].split()))
    if best:
        return best
    years = _years(text)
    return (max(years), "mention", str(max(years))) if years else None


def _year_for(month: int, day: int, weekday: int, bound: int, kind: str, evidence: str) -> tuple[int | None, str]:
    """The year in which month/day falls on the weekday, judged from the bound, and why; None if none fits."""
    if kind == "copyright":
        # A copyright year is an upper bound: the article is from that year or before, most likely just before.
        year = next((y for y in range(bound, MIN_YEAR - 1, -1) if _fits(y, month, day, weekday)), None)
        return year, f' (year {year} bounded by the copyright line "{evidence[:80]}")'
    # The years an article mentions are mostly past ones, sometimes next year: a lower bound, give or take one.
    year = next((y for y in range(bound - 1, MAX_YEAR + 1) if _fits(y, month, day, weekday)), None)
    return year, f" (year {year}, the first that fits from {bound - 1} on; the latest year mentioned is {evidence})"


def _years(text: str) -> list[int]:
    """Plausible years written as numbers in the text."""
    return [int(y) for y in YEAR_MENTION.findall(text) if MIN_YEAR <= int(y) <= MAX_YEAR]


def _fits(year: int, month: int, day: int, weekday: int | None = None) -> bool:
    """A real date in the plausible range, on the stated weekday if one is given."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return False
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return False
    return weekday is None or date.weekday() == weekday
