"""TimeML date values: parse, validate, order and describe them at their real precision.

A value is never widened into a full date: "2014" stays a year and is described as "2014", never as
1 January 2014. Sorting uses the start of the period, with coarser precision first on ties.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASONS = {"SP": ("spring", 3), "SU": ("summer", 6), "FA": ("autumn", 9), "WI": ("winter", 12)}
PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
MOD_WORDS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about", "BEFORE": "before",
             "AFTER": "after", "LESS_THAN": "less than", "MORE_THAN": "more than", "EQUAL_OR_LESS": "no more than",
             "EQUAL_OR_MORE": "at least", "ON_OR_BEFORE": "on or before", "ON_OR_AFTER": "on or after"}

# Precision names, coarsest first; the index orders ties in sort_key.
PRECISIONS = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "weekend", "day", "time")

_VALUE = re.compile(
    r"""^(?:
      (?P<century>\d{2})
    | (?P<decade>\d{3})
    | (?P<year>\d{4})
      (?:-(?:
          H(?P<half>[12])
        | Q(?P<quarter>[1-4])
        | (?P<season>SP|SU|FA|WI)
        | W(?P<week>\d{2})(?P<weekend>-WE)?
        | (?P<month>\d{2})(?:-(?P<day>\d{2})
            (?:T(?:(?P<pod>MO|MI|AF|EV|NI|DT)|(?P<hour>\d{2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?)
               (?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?
          )?
      ))?
    )$""",
    re.X,
)


@dataclass(frozen=True)
class Parsed:
    """The parts of a calendar value; absent parts are None, never filled in."""

    precision: str
    year: int
    month: int | None = None
    day: int | None = None
    week: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    hour: int | None = None
    minute: int | None = None
    part_of_day: str | None = None
    zone: str | None = None


@functools.lru_cache(maxsize=1 << 16)
def parse(value: str) -> Parsed | None:
    """Parse a calendar TimeML value (not a duration or a *_REF); None if it is not one or is impossible."""
    m = _VALUE.match(value or "")
    if not m:
        return None
    g = m.groupdict()
    if g["century"]:
        # ("00", the first century, starts in year 1: the calendar has no year 0)
        return Parsed("century", max(1, int(g["century"]) * 100))
    if g["decade"]:
        return Parsed("decade", int(g["decade"]) * 10) if int(g["decade"]) else None  # ("000": no such decade)
    year = int(g["year"])
    if year == 0:
        return None  # the calendar has no year 0 (a year before AD 1 is written "BC0001" and the like)
    if g["half"]:
        return Parsed("half", year, half=int(g["half"]))
    if g["quarter"]:
        return Parsed("quarter", year, quarter=int(g["quarter"]))
    if g["season"]:
        return Parsed("season", year, season=g["season"])
    if g["week"]:
        week = int(g["week"])
        if not 1 <= week <= dt.date(year, 12, 28).isocalendar()[1]:
            return None
        return Parsed("weekend" if g["weekend"] else "week", year, week=week)
    if not g["month"]:
        return Parsed("year", year)
    month = int(g["month"])
    if not 1 <= month <= 12:
        return None
    if not g["day"]:
        return Parsed("month", year, month)
    day = int(g["day"])
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    if g["pod"]:
        return Parsed("time", year, month, day, part_of_day=g["pod"], zone=g["zone"])
    if g["hour"]:
        hour, minute = int(g["hour"]), int(g["minute"] or 0)
        if hour > 24 or minute > 59:
            return None
        return Parsed("time", year, month, day, hour=hour, minute=minute, zone=g["zone"])
    return Parsed("day", year, month, day)


def is_valid(value: str) -> bool:
    """True for any TimeML value we can produce: calendar values, durations, sets' periods and *_REF."""
    return parse(value) is not None or value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") or bool(
        re.fullmatch(r"P(?:T?(?:\d+(?:\.\d+)?|X)[YMWDHS]|T(?:\d+|X)M)+|P(?:\d+|X)(?:DE|CE|Q|H|WE)", value or "")) \
        or bool(_BC.match(value or ""))


def precision(value: str) -> str | None:
    """The precision of a calendar value ("year", "month", "day", ...), None for non-calendar values."""
    p = parse(value)
    return p.precision if p else None


def start_date(value: str) -> dt.date | None:
    """The first day of the period a calendar value names (for ordering and calendars, not for display)."""
    p = parse(value)
    if p is None:
        return None
    if p.precision == "week" or p.precision == "weekend":
        return dt.date.fromisocalendar(p.year, p.week, 6 if p.precision == "weekend" else 1)
    month = p.month or (1 + 3 * (p.quarter - 1) if p.quarter else
                        1 + 6 * (p.half - 1) if p.half else SEASONS[p.season][1] if p.season else 1)
    return dt.date(p.year, month, p.day or 1)


def end_date(value: str) -> dt.date | None:
    """The last day of the period a calendar value names."""
    p = parse(value)
    if p is None:
        return None
    if p.precision in ("day", "time"):
        return start_date(value)
    if p.precision in ("week", "weekend"):
        return start_date(value) + dt.timedelta(days=6 if p.precision == "week" else 1)
    if p.precision == "month":
        nxt = dt.date(p.year + p.month // 12, p.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    months = {"quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}[p.precision]
    first = start_date(value)
    y, m = divmod(first.month - 1 + months, 12)
    return dt.date(first.year + y, m + 1, 1) - dt.timedelta(days=1)


def day_of(value: str) -> str | None:
    """The day a day- or time-precision value falls on, as YYYY-MM-DD; None for coarser values."""
    p = parse(value)
    if p is None or p.precision not in ("day", "time"):
        return None
    return value[:10]


def sort_key(value: str) -> tuple:
    """Chronological key: start of the period, then coarser precision first, then the value itself."""
    p = parse(value)
    if p is None:
        return (dt.date.max, len(PRECISIONS), value)
    minutes = (p.hour or 0) * 60 + (p.minute or 0)
    return (start_date(value), PRECISIONS.index(p.precision), minutes, value)


def sort_fields(value: str) -> tuple[int, int, int, str]:
    """sort_key as plain numbers and the value, for a database to order by: the start as an ordinal, the
    precision's rank, the minutes, the value (a value that is no date: last, after every date)."""
    key = sort_key(value)
    if len(key) == 3:
        return dt.date.max.toordinal(), key[1], 0, value
    return key[0].toordinal(), key[1], key[2], value


DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second", "DE": "decade",
                  "CE": "century", "Q": "quarter", "WE": "weekend"}
_DURATION = re.compile(r"^P(T?)(\d+(?:\.\d+)?|X)(DE|CE|WE|[YMWDHSQ])$")


# A year or century before the common era, as TimeML writes it: "BC0044" (44 BC), "BC03" (the 4th century BC). No
# date of the calendar module is before year 1: these are told, not placed on the timeline.
_BC = re.compile(r"^BC(?:(?P<century>\d{2})|(?P<year>\d{4}))$")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _describe_other(value: str) -> str:
    """Durations in words ("50 minutes", "several years"), the vague references, years before the common era."""
    if bc := _BC.match(value):
        return f"{_ordinal(int(bc['century']) + 1)} century BC" if bc["century"] else f"{int(bc['year'])} BC"
    m = _DURATION.match(value)
    if m:
        unit = "minute" if m.group(1) and m.group(3) == "M" else DURATION_UNITS[m.group(3)]
        n = m.group(2)
        if n == "X":
            return f"several {unit}s" if unit != "century" else "several centuries"
        plural = n != "1" and unit != "century"
        return f"{n} {unit}{'s' if plural else ''}" if unit != "century" or n == "1" else f"{n} centuries"
    return {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}.get(value, value)


def describe(value: str, mod: str | None = None) -> str:
    """Human text at the value's real precision: "2014", "early December 2021", "Thursday 30 December 2021"."""
    p = parse(value)
    if p is None:
        text = _describe_other(value)
        return f"{MOD_WORDS.get(mod, mod.lower())} {text}" if mod else text
    if p.precision == "century":
        text = f"{_ordinal(p.year // 100 + 1)} century"
    elif p.precision == "decade":
        text = f"the {p.year}s"
    elif p.precision == "year":
        text = str(p.year)
    elif p.precision == "half":
        text = f"{'first' if p.half == 1 else 'second'} half of {p.year}"
    elif p.precision == "quarter":
        text = f"Q{p.quarter} {p.year}"
    elif p.precision == "season":
        text = f"{SEASONS[p.season][0]} {p.year}"
    elif p.precision == "month":
        text = f"{MONTH_NAMES[p.month - 1]} {p.year}"
    elif p.precision == "week":
        monday = start_date(f"{p.year}-W{p.week:02d}")
        text = f"week of {monday.day} {MONTH_NAMES[monday.month - 1]} {monday.year}"
    elif p.precision == "weekend":
        # its own two days ("weekend of 21–22 November 2026"), not the Monday that opens its week
        sat = start_date(f"{p.year}-W{p.week:02d}") + dt.timedelta(days=5)
        sun = sat + dt.timedelta(days=1)
        first = f"{sat.day}" if sat.month == sun.month else f"{sat.day} {MONTH_NAMES[sat.month - 1]}" + (
            f" {sat.year}" if sat.year != sun.year else "")
        text = f"weekend of {first}–{sun.day} {MONTH_NAMES[sun.month - 1]} {sun.year}"
    else:
        d = dt.date(p.year, p.month, p.day)
        text = f"{WEEKDAY_NAMES[d.weekday()]} {d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
        if p.part_of_day:
            text += f", {PARTS_OF_DAY[p.part_of_day]}"
        elif p.hour is not None:
            text += f", {p.hour:02d}:{p.minute:02d}" + (" UTC" if p.zone == "Z" else f" {p.zone}" if p.zone else "")
    if mod in ("START", "MID", "END"):
        return f"{MOD_WORDS[mod]} {text}"
    if mod:
        return f"{MOD_WORDS.get(mod, mod.lower())} {text}"
    return text


def short(value: str) -> str:
    """Compact form for anchors: "29 Dec 2021", "Dec 2021", "2014"."""
    p = parse(value)
    if p is None:
        return value
    if p.precision in ("day", "time"):
        return f"{p.day} {MONTH_NAMES[p.month - 1][:3]} {p.year}"
    if p.precision == "month":
        return f"{MONTH_NAMES[p.month - 1][:3]} {p.year}"
    return describe(value)


def compatible(a: str, b: str) -> bool:
    """True when one value's period contains the other's (same day; a month and a day in it; ...)."""
    pa, pb = parse(a), parse(b)
    if pa is None or pb is None:
        return False
    da, db = day_of(a), day_of(b)
    if da and db:
        return da == db
    coarse, fine = (a, b) if PRECISIONS.index(pa.precision) <= PRECISIONS.index(pb.precision) else (b, a)
    pc = parse(coarse)
    if pc.precision in ("year", "month"):
        return fine.startswith(coarse)
    return coarse == fine


_PLACEHOLDER = re.compile(r"^[0-9X]{4}(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{1,2}(?:-[1-7X]|-WE)?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
                          r"(?:T(?:[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2})?)?|MO|MI|AF|EV|NI|DT)(?:Z|[+-]\d\d(?::?\d\d)?)?)?$")


def is_timeml(value: str) -> bool:
    """A TimeML value, including the X placeholders of a date whose year or day is unknown (XXXX-12-30)."""
    return is_valid(value) or ("X" in value and bool(_PLACEHOLDER.match(value)))
