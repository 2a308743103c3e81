"""Exports: the demo's structure checked on the export, and every format readable by its standard tools."""
import csv
import io
import json
import re
from pathlib import Path

import networkx as nx
import pytest

from timeline.export import render, write_exports
from timeline.model import Settings
from timeline.pipeline import gather

from .helpers import ROOT

ALL = ["000_2c98f5675e763c05", "001_b3cce1a48545903d", "002_c058d17464a35fec", "003_9b250bf8fdcec7e7",
       "004_2c0f0914c83cbc66"]
S0, S1, S2, S3, S4 = ALL


@pytest.fixture(scope="module")
def demo():
    return gather(Settings(content_dir=ROOT / "content"))


@pytest.fixture(scope="module")
def events(demo):
    return json.loads(render(demo, "json"))["events"]


def about(events, date, pattern):
    """The events on `date` whose quoted sentences match `pattern`."""
    return [e for e in events if e["date"] == date and any(re.search(pattern, m["sentence"]) for m in e["mentions"])]


@pytest.mark.parametrize("date, pattern, sources", [
    ("2021-12-30", r"phone|call", ALL),
    ("2022-01-10", r"Geneva|negotiations", ALL),
    ("2022-01-12", r"NATO", [S0, S2, S4]),
    ("2022-01-13", r"OSCE|Organi[sz]ation for Security", [S0, S2, S4]),
    ("2021-12", r"sanctions", [S0, S1, S4]),
    ("2021-12-29", r"Blinken|Blinkin", [S0, S1, S2, S4]),
])
def test_demo_event_is_one_event_with_its_sources(events, date, pattern, sources):
    [event] = [e for e in about(events, date, pattern) if not e["reporting"]]
    assert set(sources) <= set(event["sources"])


def test_demo_talks_nato_and_osce_are_three_events(events):
    ids = {about(events, d, p)[0]["id"] for d, p in
           [("2022-01-10", "Geneva"), ("2022-01-12", "NATO"), ("2022-01-13", "OSCE|Organi[sz]ation")]}
    assert len(ids) == 3


def test_demo_early_december_call_keeps_month_precision(events):
    [event] = about(events, "2021-12", r"sanctions")
    assert (event["mod"], event["precision"], event["date_text"]) == ("START", "month", "early December 2021")


def test_demo_no_event_quotes_boilerplate(events):
    for e in events:
        for m in e["mentions"]:
            assert not re.search(r"ALSO READ|Read also|See also|©|Leave a Reply|Beer specialist", m["sentence"])


def test_demo_corroboration_and_merge_reasons(events):
    [call] = about(events, "2021-12-30", r"phone|call")
    assert len(call["outlets"]) == 5  # five distinct outlets (a source without one counts as its own)
    assert call["first_source"] in {S0, S1, S2}  # the articles of 29 December reported it first
    assert call["links"] and all(link["reason"] and link["score"] > 0 for link in call["links"])
    mention_ids = {f"{m['source']}:{m['start']}" for m in call["mentions"]}
    linked = {x for link in call["links"] for x in (link["a"], link["b"])}
    assert linked == mention_ids  # every mention is reached by a recorded reason


def test_reports_are_marked(events):
    reports = [e for e in events if e["reporting"]]
    assert reports and all(all(m["reporting"] for m in e["mentions"]) for e in reports)


def test_csv_one_row_per_event(demo, events):
    rows = list(csv.DictReader(io.StringIO(render(demo, "csv"))))
    assert [r["id"] for r in rows] == [e["id"] for e in events]
    assert set(rows[0]) >= {"id", "date", "precision", "title", "sources", "conflict"}
    assert next(r for r in rows if r["date"] == "2014")["precision"] == "year"


def test_ics_all_day_events_for_day_precision_with_exclusive_end(demo, events):
    text = render(demo, "ics")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    vevents = re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", unfolded, re.S)
    day_events = [e for e in events if re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", e["date"])]
    assert len(vevents) == len(day_events)
    [call] = [v for v in vevents if "DTSTART;VALUE=DATE:20211230" in v and "phone" in v.lower()]
    assert "DTEND;VALUE=DATE:20211231" in call
    assert re.search(r"UID:2021-12-30-[a-z0-9-]+@timeline.local", call)
    assert "DTSTART;VALUE=DATE:2014" not in unfolded  # a year is not a day


def test_timelinejs_partial_dates_show_as_written(demo):
    data = json.loads(render(demo, "timelinejs"))
    by_id = {e["unique_id"]: e for e in data["events"]}
    year = next(e for e in data["events"] if e["display_date"] == "2014")
    assert year["start_date"] == {"year": 2014}
    early = next(e for e in data["events"] if e["display_date"] == "early December 2021")
    assert early["start_date"] == {"year": 2021, "month": 12}
    assert len(by_id) == len(data["events"]) and all(e["group"] for e in data["events"])


def test_graphml_loads_in_networkx_with_typed_nodes_and_edges(demo, tmp_path):
    [path] = [p for p in write_exports(demo, tmp_path) if p.suffix == ".graphml"]
    g = nx.read_graphml(path, force_multigraph=True)
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert kinds == {"source", "mention", "event"}
    assert {d["kind"] for _, _, d in g.edges(data=True)} == {"mentioned_in", "in_source", "similar"}


def test_exports_are_identical_across_builds(demo):
    again = gather(Settings(content_dir=ROOT / "content"))
    for fmt in ("json", "csv", "ics", "timelinejs", "graphml"):
        assert render(demo, fmt) == render(again, fmt)


def test_slides_and_calendar_quote_a_markdown_source_as_its_reader_sees_it(tmp_path):
    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    (sources / "barrier.md").write_text(
        "---\npublished: 2025-10-02\n---\nThe *regional council* said the <b>flood barrier</b> will open on "
        "**Friday, Oct. 10**, after [a vote](https://example.com/2025/10/01/vote) by the _board_ <script>x</script>.\n",
        encoding="utf-8")
    corpus = gather(Settings(content_dir=tmp_path / "content"))
    slide = next(e for e in json.loads(render(corpus, "timelinejs"))["events"] if e["start_date"].get("day") == 10)
    assert slide["text"]["text"] == ("<blockquote>The regional council said the flood barrier will open on <mark>Friday, "
                                     "Oct. 10</mark>, after a vote by the board &lt;script&gt;x&lt;/script&gt;."
                                     "</blockquote>")
    calendar = render(corpus, "ics").replace("\r\n ", "")
    assert "DESCRIPTION:“The regional council said the flood barrier will open on Friday\\, Oct. 10\\, after a vote" \
        in calendar
