"""Editors' overrides: every field reaches the built page; a bad override stops the build naming its file."""
import json
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


def export(content: Path, site: Path | None = None) -> dict:
    args = ["export", "--content", str(content)] + (["--site", str(site)] if site else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


TWO_DAYS = ("Negotiators meet the NATO council in Brussels on January 12.\n\n"
            "Negotiators meet the OSCE council in Vienna on January 13.\n\n"
            "On January 13, the OSCE chair said the talks would be frank.")


def test_merge_folds_events_into_one_and_keeps_the_old_id_as_alias(tmp_path):
    content = tmp_path / "content"
    write_source(content, "a.md", TWO_DAYS, "2021-12-29")
    nato, osce = [e["id"] for e in export(content)["events"] if not e["reporting"]][:2]
    write_override(content, "m.md", f"id: {nato}\nmerge: [{osce}]\ntitle: NATO and OSCE meetings")
    [event] = [e for e in export(content)["events"] if not e["reporting"]]
    assert event["id"] == nato and osce in event["aliases"] and event["title"] == "NATO and OSCE meetings"
    assert {m["value"] for m in event["mentions"]} == {"2022-01-12", "2022-01-13"}
    assert any("merged by an editor in events/m.md" in link["reason"] for link in event["links"])
    assert build(content, tmp_path / "site").exit_code == 0
    page = (tmp_path / "site" / "events" / f"{nato}.html").read_text()
    assert "merged by an editor" in page and "NATO and OSCE meetings" in page
    redirect = (tmp_path / "site" / "events" / f"{osce}.html").read_text()
    assert f'http-equiv="refresh" content="0; url={nato}.html"' in redirect


def test_split_moves_mentions_into_an_event_of_their_own(tmp_path):
    content = tmp_path / "content"
    write_source(content, "a.md", "Biden and Putin will speak by phone on Thursday.\n\n"
                                  "On Thursday, Biden and Putin will also sign a phone pact, officials said.", "2021-12-29")
    [event] = export(content)["events"]
    assert len(event["mentions"]) == 2
    write_override(content, "s.md", f"id: {event['id']}\nsplit:\n  - {{source: a, text: sign a phone pact}}")
    events = export(content)["events"]
    assert sorted(len(e["mentions"]) for e in events) == [1, 1]
    moved = next(e for e in events if "pact" in e["mentions"][0]["sentence"])
    kept = next(e for e in events if e is not moved)
    assert moved["id"] != event["id"] and kept["id"] == event["id"]
    assert build(content, tmp_path / "site").exit_code == 0
    def quotes(eid):  # the sentences an event page quotes (not its list of related events)
        return " ".join(re.findall(r"<blockquote.*?</blockquote>", (tmp_path / "site" / "events" / f"{eid}.html").read_text(), re.S))
    assert "pact" not in quotes(kept["id"]) and "speak by phone" in quotes(kept["id"])
    assert "pact" in quotes(moved["id"])


def test_tags_sources_and_a_new_event_reach_the_export_and_the_page(content, tmp_path):
    call = ids(content)["2021-12-30"]
    write_override(content, "tags.md", f"id: {call}\ntags: [diplomacy, us-russia]\nsources:\n"
                                       f"  - {{title: White House readout, url: 'https://example.org/readout'}}")
    write_override(content, "new.md", "id: 2022-02-24-invasion\nnew: true\ndate: 2022-02-24\n"
                                      "title: Russia invades Ukraine", "Added by the editors.")
    events = {e["id"]: e for e in export(content)["events"]}
    assert events[call]["tags"] == ["diplomacy", "us-russia"]
    assert events[call]["citations"] == [{"title": "White House readout", "url": "https://example.org/readout",
                                          "outlet": None}]
    new = events["2022-02-24-invasion"]
    assert new["manual"] and new["mentions"] == [] and new["description"] == "Added by the editors."
    result = build(content, tmp_path / "site")
    assert result.exit_code == 0, result.output
    assert "Russia invades Ukraine" in page_text(tmp_path / "site" / "index.html")
    assert (tmp_path / "site" / "events" / "2022-02-24-invasion.html").exists()
    call_page = page_text(tmp_path / "site" / "events" / f"{call}.html")
    assert "diplomacy" in call_page and "us-russia" in call_page and "White House readout" in call_page
    assert 'href="https://example.org/readout"' in (tmp_path / "site" / "events" / f"{call}.html").read_text()


def test_a_changed_id_resolves_and_an_override_of_it_still_applies(tmp_path):
    content, site = tmp_path / "content", tmp_path / "site"
    write_source(content, "a.md", "Russian negotiators will meet in Geneva on January 10 for security talks.", "2021-12-29")
    assert build(content, site).exit_code == 0
    [old] = [e["id"] for e in export(content, site)["events"]]
    write_source(content, "b.md", "Security talks in Geneva on January 10 will test arms control and missiles "
                                  "and missiles again, arms control experts say.", "2021-12-29")
    write_override(content, "x.md", f"id: {old}\ntitle: The Geneva talks")
    [event] = export(content, site)["events"]
    assert event["id"] != old and old in event["aliases"]  # the new article changed the event's words, so its id
    assert event["title"] == "The Geneva talks"
    assert build(content, site).exit_code == 0
    assert f"url={event['id']}.html" in (site / "events" / f"{old}.html").read_text()


def test_check_reports_an_override_whose_event_vanished(tmp_path):
    content, site = tmp_path / "content", tmp_path / "site"
    a = write_source(content, "a.md", "Russian negotiators will meet in Geneva on January 10.", "2021-12-29")
    assert build(content, site).exit_code == 0
    [old] = [e["id"] for e in export(content, site)["events"]]
    a.unlink()
    write_source(content, "b.md", "The ministers spoke on Monday.", "2021-12-29")
    write_override(content, "x.md", f"id: {old}\ntitle: Talks")
    result = CliRunner().invoke(main, ["check", "--content", str(content), "--site", str(site)])
    assert result.exit_code == 1
    assert f"events/x.md:2: error: the event '{old}' vanished after the articles changed" in result.output


def test_a_new_event_cannot_reuse_an_existing_id(content):
    call = ids(content)["2021-12-30"]
    write_override(content, "dup.md", f"id: {call}\nnew: true\ndate: 2021-12-30\ntitle: Duplicate")
    result = CliRunner().invoke(main, ["check", "--content", str(content)])
    assert result.exit_code == 1 and "a new event cannot take the id" in result.output


def test_corrections_keep_the_events_in_date_order_whether_held_or_on_disk(tmp_path):
    """Events on disk (a build's) are corrected in place and a changed date is placed among the unchanged
    events by search: the result is the events a held list gives, in date order."""
    import datetime
    from timeline.graph import event_key
    from timeline.model import Event, Override
    from timeline.overrides import apply_overrides
    from timeline.spill import Spilled

    day = datetime.date(2022, 1, 1)
    events = [Event(f"e{i:02d}", f"{day + datetime.timedelta(days=i)}", None, f"Event {i}", ()) for i in range(30)]
    events.insert(0, Event("month", "2022-01", None, "In January", ()))  # a coarser date sorts first of its month
    assert events == sorted(events, key=event_key)  # as linking gives them
    overrides = [Override("events/n.md", "new", title="Added", date="2022-01-15T10:00", new=True),
                 Override("events/a.md", "e03", date="2022-02-20"), Override("events/b.md", "e20", date="2021-12-01"),
                 Override("events/c.md", "e06", merge=("e05",)), Override("events/d.md", "e10", hide=True),
                 Override("events/e.md", "e00", title="Renamed")]
    held, problems = apply_overrides(events, overrides)
    spilled = Spilled(tmp_path)
    spilled.extend(events)
    on_disk, problems_on_disk = apply_overrides(spilled, overrides)
    assert on_disk is spilled and list(on_disk) == held and problems == problems_on_disk == []
    assert held == sorted(held, key=event_key) and len(held) == len(events)  # one merged away, one added
    order = [e.id for e in held]
    assert order[:3] == ["e20", "month", "e00"] and order[-1] == "e03" and "e05" not in order
    assert order.index("e14") < order.index("new") < order.index("e15") and held[0].date == "2021-12-01"
    assert [e.title for e in held if e.id == "e00"] == ["Renamed"] and [e.hidden for e in held if e.id == "e10"] == [True]
    assert held[order.index("e06")].aliases == ("e05",)
