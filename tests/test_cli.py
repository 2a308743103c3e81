"""The command line, run as a user runs it: extract, export, build and check on real files."""
import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import main

from .helpers import write_source

FIXTURES = Path(__file__).parent / "fixtures" / "cli"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_extract_prints_one_json_object_per_expression_with_offsets(tmp_path):
    path = write_source(tmp_path, "a.md", "They will speak on Thursday, two weeks before talks on January 10.",
                        "2021-12-29", title="T")
    result = run("extract", path)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    body = path.read_text().split("---\n", 2)[2]
    assert [(r["text"], r["type"], r["value"]) for r in rows] == [
        ("Thursday", "DATE", "2021-12-30"), ("two weeks", "DURATION", "P2W"), ("January 10", "DATE", "2022-01-10")]
    assert all(body[r["start"]:r["end"]] == r["text"] and r["source"] == str(path) for r in rows)


def test_extract_dct_option_overrides_front_matter(tmp_path):
    path = write_source(tmp_path, "a.md", "The call is on Thursday.", "2021-12-29")
    rows = [json.loads(x) for x in run("extract", path, "--dct", "2022-03-01").stdout.splitlines()]
    assert rows[0]["value"] == "2022-03-03"


def test_extract_rejects_a_bad_dct():
    result = run("extract", FIXTURES / "call.txt", "--dct", "2021-02-30")
    assert result.exit_code == 2 and "expected a date such as 2021-12-30" in result.output


def test_export_json_lists_sources_and_events_in_date_order(tmp_path):
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    shutil.copy(FIXTURES / "call.txt", content / "sources")
    result = run("export", "--content", content, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [s["id"] for s in data["sources"]] == ["call"]
    assert data["sources"][0]["published"] == "2021-12-30" and data["sources"][0]["published_from"] == "inferred from the text"
    assert [e["date"] for e in data["events"]] == ["2021-12-30", "2022-01-10"]
    mention = data["events"][0]["mentions"][0]
    assert set(mention) >= {"source", "start", "end", "text", "value", "sentence"} and mention["source"] == "call"
    assert set(data["events"][0]) >= {"id", "date", "title", "description", "sources", "mentions"}


def test_txt_and_html_sources_build_into_one_timeline(tmp_path):
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    shutil.copy(FIXTURES / "call.txt", content / "sources")
    shutil.copy(FIXTURES / "talks.html", content / "sources")
    result = run("build", "--content", content, "--out", tmp_path / "site")
    assert result.exit_code == 0, result.output
    data = json.loads(run("export", "--content", content).stdout)
    html_source = next(s for s in data["sources"] if s["id"] == "talks")
    assert (html_source["published"], html_source["outlet"]) == ("2022-01-10", "Example Times")
    by_date = {e["date"]: sorted(e["sources"]) for e in data["events"]}
    assert by_date["2021-12-30"] == ["call", "talks"]  # the call, reported by both
    assert by_date["2022-01-10"] == ["call", "talks"]  # "on Monday" in a page of 10 January is that day
    assert (tmp_path / "site" / "sources" / "talks.html").exists()
    assert "Thursday 30 December 2021" in (tmp_path / "site" / "index.html").read_text()


def test_a_txt_source_without_any_date_warns_that_relative_dates_are_unanchored(tmp_path):
    content = tmp_path / "content"
    write_source(content, "undated.txt", "The ministers will meet next Tuesday to discuss the crisis.")
    result = run("check", "--content", content)
    assert result.exit_code == 1
    assert "sources/undated.txt: warning: no publication date" in result.output


def test_check_passes_on_a_clean_folder(tmp_path):
    write_source(tmp_path, "a.md", "The call is on Thursday.", "2021-12-29")
    result = run("check", "--content", tmp_path)
    assert result.exit_code == 0 and "ok: 1 sources" in result.output


def test_missing_content_folder_is_a_clean_error(tmp_path):
    result = run("build", "--content", tmp_path / "nope", "--out", tmp_path / "site")
    assert result.exit_code != 0 and "no such content folder" in result.output and "Traceback" not in result.output


TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>demo</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-12-29" temporalFunction="false" functionInDocument="CREATION_TIME">2021-12-29</TIMEX3></DCT>
<TEXT>The leaders will speak on <TIMEX3 tid="t1" type="DATE" value="2021-12-30">Thursday</TIMEX3>, <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> before talks.</TEXT>
</TimeML>
"""


def test_eval_scores_a_folder_of_timeml(tmp_path):
    (tmp_path / "demo.tml").write_text(TML)
    result = run("eval", "--timeml", tmp_path)
    assert result.exit_code == 0, result.output
    all_row = next(line.split() for line in result.stdout.splitlines() if line.startswith("ALL"))
    assert all_row[1:] == ["2", "1.000/1.000/1.000", "1.000/1.000/1.000", "1.000"]


def test_extract_timeml_wraps_each_expression(tmp_path):
    path = write_source(tmp_path, "a.md", "They will speak on Thursday.", "2021-12-29")
    result = run("extract", "--format", "timeml", path)
    assert result.exit_code == 0, result.output
    assert 'functionInDocument="CREATION_TIME">2021-12-29</TIMEX3>' in result.output
    assert 'type="DATE" value="2021-12-30">Thursday</TIMEX3>' in result.output


def test_a_french_source_gets_absolute_dates_through_its_language(tmp_path):
    write_source(tmp_path, "fr.md", "Les pourparlers auront lieu le 10 janvier à Genève.", "2021-12-29", language="fr")
    data = json.loads(run("export", "--content", tmp_path).stdout)
    assert [(e["date"], e["mentions"][0]["text"]) for e in data["events"]] == [("2022-01-10", "le 10 janvier")]
