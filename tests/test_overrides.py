"""Editors' overrides: every field reaches the built page; a bad override stops the build naming its file."""
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.model import Settings
from timeline.overrides import read_overrides
from timeline.pipeline import gather

from .helpers import write_override, write_source

BODY = ("Biden and Putin will speak by phone on Thursday about Ukraine.\n\n"
        "Negotiators meet in Geneva on January 10 for security talks.")


@pytest.fixture
def content(tmp_path) -> Path:
    write_source(tmp_path / "content", "a.md", BODY, "2021-12-29", title="Call")
    return tmp_path / "content"


def ids(content: Path) -> dict[str, str]:
    return {e.date: e.id for e in gather(Settings(content_dir=content)).events}


def build(content: Path, out: Path):
    return CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(out)])


def page_text(path: Path) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", path.read_text()))


def test_title_date_description_and_hide_reach_the_built_site(content, tmp_path):
    call, talks = ids(content)["2021-12-30"], ids(content)["2022-01-10"]
    write_override(content, "call.md", f"id: {call}\ntitle: Biden and Putin talk by phone\ndate: 2021-12-31",
                   "Editors' note: the call *lasted* fifty minutes.")
    write_override(content, "talks.md", f"id: {talks}\nhide: true")
    result = build(content, tmp_path / "site")
    assert result.exit_code == 0, result.output
    home = page_text(tmp_path / "site" / "index.html")
    assert "Biden and Putin talk by phone" in home and "Friday 31 December 2021" in home
    assert "Geneva" not in home
    event_page = (tmp_path / "site" / "events" / f"{call}.html").read_text()
    assert "<em>lasted</em>" in event_page  # the body is the editors' Markdown
    assert "events/call.md" in event_page  # the page says who corrected it
    assert not (tmp_path / "site" / "events" / f"{talks}.html").exists()


def test_unknown_id_fails_naming_the_file_and_suggesting_ids(content, tmp_path):
    call = ids(content)["2021-12-30"]
    write_override(content, "typo.md", f"title: x\nid: {call}x")
    result = build(content, tmp_path / "site")
    assert result.exit_code == 1
    assert f"events/typo.md:3: error: no event has the id '{call}x' (did you mean: {call}" in result.output
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("front, message", [
    ("id: x\ndate: 2021-02-30", "events/bad.md:3: error: 'date' must be a TimeML date value"),
    ("id: x\ndate: next week", "events/bad.md:3: error: 'date' must be a TimeML date value"),
    ("id: x\ncolour: red", "events/bad.md:3: error: unknown key 'colour'"),
    ("title: no id", "events/bad.md:1: error: an override needs an 'id'"),
    ("id: x\nhide: maybe", "events/bad.md:3: error: 'hide' must be true or false"),
    ("id: [unclosed", "events/bad.md:2: error: the front matter is not valid YAML"),
])
def test_malformed_overrides_are_reported_with_file_and_line(content, front, message):
    write_override(content, "bad.md", front)
    _, problems = read_overrides(content)
    assert [str(p)[:len(message)] for p in problems] == [message]


def test_check_reports_every_problem_at_once(content):
    write_override(content, "one.md", "id: nope")
    write_override(content, "two.md", "id: x\ndate: soon")
    result = CliRunner().invoke(main, ["check", "--content", str(content)])
    assert result.exit_code == 1
    assert "events/one.md:2: error: no event has the id 'nope'" in result.output
    assert "events/two.md:3: error: 'date' must be" in result.output
