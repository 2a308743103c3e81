"""End to end on the demo corpus: the built site and the export hold the story's events on their dates.

The golden export (tests/golden/demo-export.json) pins every event, date and mention; a change that moves a
date fails here. Regenerate it on purpose with: TIMELINE_UPDATE_GOLDEN=1 make test
"""
import html
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

from .helpers import ROOT, SHARED

CONTENT = ROOT / "content"
GOLDEN = Path(__file__).parent / "golden" / "demo-export.json"
ALL = {"000_2c98f5675e763c05", "001_b3cce1a48545903d", "002_c058d17464a35fec", "003_9b250bf8fdcec7e7",
       "004_2c0f0914c83cbc66"}
S0, S1, S2, S3, S4 = sorted(ALL)

# (date as shown, words one of the event's quoted sentences must contain, sources that report it with a date)
EXPECTED = [
    ("2014", r"Crimea", {S0, S3, S4}),
    ("Friday 17 December 2021", r"draft security agreement", {S2}),
    ("Thursday 30 December 2021", r"phone|call", ALL),
    ("Monday 10 January 2022", r"Geneva|negotiations", ALL),
    ("Wednesday 12 January 2022", r"NATO", {S0, S2, S4}),
    ("Thursday 13 January 2022", r"OSCE|Organi[sz]ation for Security", {S0, S2, S4}),
]


def text_of(fragment: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment))).strip()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "site"
    result = CliRunner().invoke(main, ["build", "--content", str(CONTENT), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def timeline_items(site: Path) -> list[dict]:
    """Each event on the home page: date text, event page, source count."""
    page = (site / "index.html").read_text()
    items = []
    for li in re.findall(r'<li class="tl-event[^"]*"[^>]*>(.*?)</li>', page, re.S):
        href = re.search(r'href="(events/[^"]+)"', li).group(1)
        items.append({"date": text_of(re.search(r'class="tl-date">(.*?)</span>', li, re.S).group(1)),
                      "page": site / href, "count": int(re.search(r"(\d+) sources?", text_of(li)).group(1))})
    return items


def event_sources(page: Path) -> set[str]:
    block = re.search(r'<ul class="tl-sources">(.*?)</ul>', page.read_text(), re.S).group(1)
    return set(re.findall(r'sources/([^"/]+)\.html', block))


@pytest.mark.parametrize("date, topic, sources", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_timeline_holds_the_event_once_citing_every_source(site, date, topic, sources):
    on_date = [i for i in timeline_items(site) if i["date"] == date]
    matching = [i for i in on_date if any(re.search(topic, text_of(q)) for q in
                                          re.findall(r"<blockquote.*?</blockquote>", i["page"].read_text(), re.S))]
    assert len(matching) == 1, f"{date}: {len(matching)} events about {topic!r} among {len(on_date)} on that date"
    [event] = matching
    cited = event_sources(event["page"])
    assert sources <= cited
    assert event["count"] == len(cited)


def test_early_december_call_is_one_event_at_month_precision(site):
    [item] = [i for i in timeline_items(site) if i["date"] == "early December 2021"]
    assert event_sources(item["page"]) == {S0, S1, S4}


def test_no_event_comes_from_boilerplate(site):
    for item in timeline_items(site):
        page = text_of(item["page"].read_text())
        for marker in ("ALSO READ", "Bigger Crisis Awaits", "Agence France-Presse, 2021", "See also", "Read also",
                       "Leave a Reply", "Beer specialist"):
            assert marker not in page, f"{item['page'].name} quotes boilerplate {marker!r}"


def test_source_page_strikes_boilerplate_and_links_dates_to_events(site):
    page = (site / "sources" / f"{S3}.html").read_text()
    assert re.search(r'<del[^>]*title="copyright line"[^>]*>© – Agence France-Presse, <mark', page)
    assert re.search(r'<a [^>]*href="\.\./events/2021-12-30-[^"]+\.html"[^>]*>\s*<mark[^>]*>today</mark>', page) or \
        re.search(r'<mark[^>]*>\s*<a [^>]*href="\.\./events/2021-12-30-[^"]+\.html"[^>]*>today</a>', page)


def test_export_matches_the_golden_file():
    result = CliRunner().invoke(main, ["export", "--content", str(CONTENT)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    summary = [{"id": e["id"], "date": e["date"], "mod": e["mod"], "title": e["title"], "sources": e["sources"],
                "mentions": [[m["source"], m["text"], m["value"]] for m in e["mentions"]]} for e in data["events"]]
    if os.environ.get("TIMELINE_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert summary == json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds is not beside the project")
def test_demo_sources_are_the_seed_articles_unchanged():
    for seed in sorted((SHARED / "seeds").glob("*.txt")):
        body = (CONTENT / "sources" / f"{seed.stem}.md").read_text(encoding="utf-8").split("---\n", 2)[2]
        assert body == seed.read_text(encoding="utf-8")
