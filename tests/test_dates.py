"""TimeML values keep their precision: parsed, described, ordered and compared without filling anything in."""
import datetime as dt

import pytest

from timeline import dates


@pytest.mark.parametrize("value, text", [
    ("2014", "2014"),
    ("2021-12", "December 2021"),
    ("2021-12-30", "Thursday 30 December 2021"),
    ("2021-12-30T15:35", "Thursday 30 December 2021, 15:35"),
    ("2021-12-30TEV", "Thursday 30 December 2021, evening"),
    ("2021-W52", "week of 27 December 2021"),
    # a weekend by its own days, not by the Monday of its week
    ("2026-W47-WE", "weekend of 21–22 November 2026"),
    ("2026-W44-WE", "weekend of 31 October–1 November 2026"),
    ("2022-W52-WE", "weekend of 31 December 2022–1 January 2023"),
    ("2021-Q4", "Q4 2021"),
    ("199", "the 1990s"),
    ("19", "20th century"),
    ("20", "21st century"),
    ("00", "1st century"),
    ("BC0044", "44 BC"),  # before the common era: told, though no calendar date can hold it
    ("BC03", "4th century BC"),
    ("PAST_REF", "in the past"),
])
def test_describe_keeps_real_precision(value, text):
    assert dates.describe(value) == text


def test_mod_words():
    assert dates.describe("2021-12", "START") == "early December 2021"
    assert dates.describe("2021", "END") == "late 2021"
    assert dates.describe("PT50M", "APPROX") == "about 50 minutes"
    assert dates.describe("P1M", "LESS_THAN") == "less than 1 month"
    assert dates.describe("PXY") == "several years"


# (the calendar has no year 0: "0000", "0000-01" and the decade "000" name nothing; found by make fuzz)
@pytest.mark.parametrize("value", ["2021-02-30", "2021-13", "2021-W60", "2021-12-30T25:00", "abc", "", "0000", "0000-01", "000"])
def test_impossible_values_do_not_parse(value):
    assert dates.parse(value) is None


@pytest.mark.parametrize("value", ["P2W", "PT50M", "PXY", "P1.5Y", "PRESENT_REF", "2021-12-30", "P1DE"])
def test_valid_values(value):
    assert dates.is_valid(value)


def test_the_first_century_starts_in_year_one():
    # "the first century" is "00"; its start was year 0, which no date can hold (sorting it raised ValueError)
    assert dates.start_date("00") == dt.date(1, 1, 1)
    assert dates.sort_key("00") < dates.sort_key("01")


def test_year_is_not_sorted_as_first_of_january_after_a_day():
    values = ["2014-01-01", "2014", "2013-12-31", "2014-01"]
    assert sorted(values, key=dates.sort_key) == ["2013-12-31", "2014", "2014-01", "2014-01-01"]


@pytest.mark.parametrize("a, b, ok", [
    ("2021-12-30", "2021-12-30T15:35", True),
    ("2021-12", "2021-12-30", True),
    ("2021", "2021-06", True),
    ("2021-12", "2022-01-10", False),
    ("2021-12-29", "2021-12-30", False),
])
def test_compatible(a, b, ok):
    assert dates.compatible(a, b) is ok


def test_sort_fields_order_values_as_sort_key_does_in_a_database():
    # Linking has its events sorted by the store's database (SQLite's ORDER BY on these fields, text compared
    # as UTF-8 bytes) instead of holding every key: the order must be sort_key's, values that are no date last.
    import itertools
    import sqlite3

    values = ["2014", "2014-01", "2014-01-01", "2013-12-31", "2014-01-01T09:30", "2014-01-01T10:00", "2014-01-01TMO",
              "2014-W01", "2014-Q1", "2014-H1", "2014-SP", "201", "20", "PAST_REF", "FUTURE_REF", "P3D", "XXXX-12",
              "2014-01-01T09:30-05", "1999-12-31T23:59", "0900", "9999-12-31", "2014-01-XX", "é-not-a-date"]
    ids = ["b", "a", "é", "z"]
    rows = [(v, i) for v, i in itertools.product(values, ids)]
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE k (start, rank, minutes, value, id)")
    db.executemany("INSERT INTO k VALUES (?,?,?,?,?)", ((*dates.sort_fields(v), i) for v, i in reversed(rows)))
    ordered = db.execute("SELECT value, id FROM k ORDER BY start, rank, minutes, value, id").fetchall()
    assert ordered == sorted(rows, key=lambda r: (dates.sort_key(r[0]), r[1]))
