"""Absolute dates in non-English sources ("le 10 janvier", "el 30 de diciembre") through dateparser.

dateparser knows many languages but returns no offsets, swallows neighbouring words and turns ordinary
words into dates; so each match is located in the text, trimmed to its date words, and kept only when it
names a month, a four-digit year or a day/month in digits. Relative words ("hoy", "demain") are left out:
without tense analysis in that language we would guess. Off the hot path: loaded lazily, results cached.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache

from ..model import Timex

DIGIT_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}\b")
YEAR4 = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
TOKEN = re.compile(r"\w+", re.U)
MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")


@lru_cache(maxsize=None)
def month_words(language: str) -> frozenset[str]:
    """Every spelling of the month names dateparser knows in a language, lowercased."""
    from dateparser.languages.loader import LocaleDataLoader
    info = LocaleDataLoader().get_locale(language).info
    return frozenset(w.lower().rstrip(".") for key in MONTH_KEYS for w in info.get(key, []))


def _date_like(span: str, months: frozenset[str]) -> bool:
    words = [w.lower() for w in TOKEN.findall(span)]
    return any(w in months for w in words) or bool(YEAR4.search(span) or DIGIT_DATE.search(span))


def _trim(span: str, months: frozenset[str]) -> str:
    """The span without trailing words that are neither digits nor month names ("le 10 janvier à" -> "le 10 janvier")."""
    tokens = list(TOKEN.finditer(span))
    while tokens and not (tokens[-1].group().isdigit() or tokens[-1].group().lower() in months):
        tokens.pop()
    return span[:tokens[-1].end()] if tokens else ""


def _value(span: str, when: dt.datetime, months: frozenset[str]) -> str:
    """The TimeML value at the precision the words give: a day, a month or a year."""
    words = [w.lower() for w in TOKEN.findall(span)]
    has_month = any(w in months for w in words) or DIGIT_DATE.search(span)
    has_day = any(w.isdigit() and len(w) <= 2 for w in words) or DIGIT_DATE.search(span)
    if has_month and has_day:
        return when.date().isoformat()
    if has_month:
        return f"{when.year}-{when.month:02d}"
    return str(when.year)


@lru_cache(maxsize=256)
def _search(text: str, dct: str | None, language: str) -> tuple[Timex, ...]:
    from dateparser.search import search_dates
    settings = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "current_period"}
    if dct:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(dct)
    found = search_dates(text, languages=[language], settings=settings) or []
    months = month_words(language)
    out: list[Timex] = []
    pos = 0
    for span, when in found:
        start = text.find(span, pos)
        if start < 0:
            continue
        pos = start + len(span)
        span = _trim(span, months)
        if not span or not _date_like(span, months):
            continue
        value = _value(span, when, months)
        if dct and len(value) == 10 and not YEAR4.search(span):
            value = _nearest_year(value, dct)
        out.append(Timex(start, start + len(span), span, "DATE", value, None, f"dateparser-{language}",
                         dct, "dct" if dct and not YEAR4.search(span) else None, None))
    return tuple(out)


def _nearest_year(value: str, dct: str) -> str:
    """A day named without its year is taken in the year that puts it nearest the DCT."""
    base = dt.date.fromisoformat(dct)
    month, day = int(value[5:7]), int(value[8:10])
    cands = []
    for y in (base.year - 1, base.year, base.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            pass
    return min(cands, key=lambda d: abs((d - base).days)).isoformat() if cands else value


def tag_foreign(text: str, dct: str | None, language: str) -> list[Timex]:
    """Absolute dates in a non-English text, with offsets; cached per (text, DCT, language). Spaces that do not
    break a line ("le 10&nbsp;janvier", as French typography writes them), tabs and the like are read as the plain
    characters, one for one, as the English tagger reads them (its PLAIN)."""
    from .tagger import plain_characters
    read = plain_characters(text)
    found = _search(read, dct, language)
    return [dataclasses.replace(t, text=text[t.start:t.end]) for t in found] if read != text else list(found)


def tag_any(text: str, dct: str | None, language: str = "en") -> list[Timex]:
    """Temporal expressions in a text of any language: the English tagger for English, dateparser otherwise."""
    if (language or "en").lower().startswith("en"):
        from .tagger import tag
        return tag(text, dct)
    return tag_foreign(text, dct, language.lower()[:2])
