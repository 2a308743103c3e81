"""The site: pages rendered from a hand-built corpus, and real mkdocs builds of them."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer

from timeline.errors import BuildError, SourceError
from timeline.graph import build_graph
from timeline.model import FROM_FRONT_MATTER, Boilerplate, Corpus, Event, Mention, Problem, Settings, Source, Timex
from timeline.site.build import build_site
from timeline.site.render import render_pages, source_text_html

from .helpers import write_source

FIXTURES = Path(__file__).parent / "fixtures" / "site"

CALL_TEXT = """Biden to offer Putin a 'diplomatic path'

The US president and his Russian counterpart are due to speak by phone on Thursday.
In a previous telephone interview in early December, Biden threatened sanctions.

The crisis began in 2014.

Copyright 2021 Example News. All rights reserved."""

EVIL_TITLE = "Biden *says* _yes_ [x](javascript:alert(1)) <script>alert(1)</script>"
EVIL_TEXT = """A senior official said on Wednesday <script>alert(1)</script> that talks went well.

<img src=x onerror=alert(1)> The call is set for Thursday."""


def timex(text: str, phrase: str, value: str, **kw) -> Timex:
    """A Timex for the first occurrence of phrase, with exact offsets."""
    start = text.index(phrase)
    return Timex(start, start + len(phrase), phrase, kw.pop("type", "DATE"), value, **kw)


def mention(source: Source, t: Timex, sentence: str, title: str, **kw) -> Mention:
    """A Mention of t in the sentence that contains it."""
    s = source.text.index(sentence)
    assert s <= t.start < t.end <= s + len(sentence)
    return Mention(f"{source.id}:{t.start}", source.id, t, s, s + len(sentence), s, s + len(sentence),
                   sentence, title, **kw)


def make_corpus() -> Corpus:
    """Two sources (one hostile), five events (one hidden, one corrected by an editor), one problem."""
    call = Source("000_call", "content/sources/000_call.md", CALL_TEXT, "Biden to offer Putin a 'diplomatic path'",
                  outlet="Example News", url="https://example.org/call?a=1&b=2", published="2021-12-29",
                  published_from=FROM_FRONT_MATTER, published_note="published: 2021-12-29")
    evil = Source("001_evil", "content/sources/001_evil.html", EVIL_TEXT, EVIL_TITLE,
                  outlet="<b>Evil</b> & Co", url="javascript:alert(1)", published="2021-12-29",
                  warnings=("<i>odd</i> markup removed",))
    thursday = timex(CALL_TEXT, "on Thursday", "2021-12-30", rule="weekday", anchor="2021-12-29",
                     anchor_kind="dct", tense="future")
    early_dec = timex(CALL_TEXT, "early December", "2021-12", mod="START", rule="month", anchor="2021-12-29",
                      anchor_kind="dct", tense="past")
    year = timex(CALL_TEXT, "2014", "2014", rule="year")
    copyright_year = timex(CALL_TEXT, "2021", "2021", rule="year")
    wednesday = timex(EVIL_TEXT, "on Wednesday", "2021-12-29", rule="weekday", anchor="2021-12-29",
                      anchor_kind="dct", tense="past")
    evil_thursday = timex(EVIL_TEXT, "Thursday", "2021-12-30", rule="weekday", anchor="2021-12-29",
                          anchor_kind="previous", tense="future")
    m_call = mention(call, thursday, "The US president and his Russian counterpart are due to speak by phone on "
                     "Thursday.", "Biden and Putin speak by phone")
    m_dec = mention(call, early_dec, "In a previous telephone interview in early December, Biden threatened "
                    "sanctions.", "Biden threatens sanctions")
    m_2014 = mention(call, year, "The crisis began in 2014.", "The crisis begins")
    m_wed = mention(evil, wednesday, "A senior official said on Wednesday <script>alert(1)</script> that talks "
                    "went well.", "An official speaks", reporting=True)
    m_evil_call = mention(evil, evil_thursday, "<img src=x onerror=alert(1)> The call is set for Thursday.",
                          EVIL_TITLE)
    events = [
        Event("crisis-begins", "2014", None, "The crisis begins", (m_2014,)),
        Event("sanctions-threat", "2021-12", "START", "Biden threatens sanctions", (m_dec,)),
        Event("official-speaks", "2021-12-29", None, EVIL_TITLE, (m_wed,)),
        Event("the-call", "2021-12-30", None, "Biden and Putin speak by phone", (m_call, m_evil_call),
              description="The **second** call in a month.\n\nSee [the text](https://example.org/).",
              date_from="content/events/the-call.md"),
        Event("hidden-one", "2021-12-31", None, "A hidden event", (), hidden=True),
    ]
    corpus = Corpus(
        sources=[call, evil],
        timexes={"000_call": [thursday, early_dec, year, copyright_year], "001_evil": [wednesday, evil_thursday]},
        boilerplate={"000_call": [Boilerplate(CALL_TEXT.index("Copyright"), len(CALL_TEXT), "copyright line")]},
        mention_count=5,
        events=events,
        problems=[Problem("content/sources/bad.md", "the file is <empty>", line=1)],
    )
    corpus.graph = build_graph(corpus.events, corpus.sources)  # the exports read it, as after gather()
    return corpus


def body(page: str) -> str:
    """The page without its front matter."""
    return page.split("\n---\n", 1)[1]


def front_matter(page: str) -> dict:
    return yaml.safe_load(page.split("---\n")[1])


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_pages(make_corpus(), [])


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build") / "site"
    return build_site(Settings(content_dir=out.parent / "content", out_dir=out), corpus=make_corpus())


# --- render_pages --------------------------------------------------------------------------------------------


def test_render_pages_makes_one_page_per_visible_event_and_source(pages):
    assert sorted(pages) == ["events/crisis-begins.md", "events/official-speaks.md", "events/sanctions-threat.md",
                             "events/the-call.md", "feed.xml", "graph.md", "index.md", "problems.md", "sources.md",
                             "sources/000_call.md", "sources/001_evil.md"]


def test_no_problems_page_without_problems():
    corpus = make_corpus()
    corpus.problems = []
    assert "problems.md" not in render_pages(corpus, [])


def test_front_matter_title_is_valid_yaml_and_html_escaped(pages):
    # Material inserts page.meta.title into <title> and the header as HTML, so it must arrive escaped.
    assert front_matter(pages["events/official-speaks.md"])["title"] == html.escape(EVIL_TITLE)
    assert front_matter(pages["index.md"])["title"] == "Timeline"


@pytest.mark.parametrize("path", ["index.md", "events/the-call.md", "sources/000_call.md", "sources/001_evil.md",
                                  "sources.md", "problems.md"])
def test_page_body_is_one_html_block_without_blank_lines(pages, path):
    # Python-Markdown ends a raw HTML block at a blank line and would read the rest as Markdown.
    text = body(pages[path])
    assert text.startswith("<div")
    assert not re.search(r"\n\s*\n", text)


def test_untrusted_markup_is_escaped_in_pages(pages):
    for path, page in pages.items():
        assert "<script" not in page and "<img" not in page and "<b>" not in page, path
        assert 'href="javascript' not in page, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages["sources/001_evil.md"]
    assert "<span class=\"tl-url\">javascript:alert(1)</span>" in pages["sources/001_evil.md"]


def test_source_text_keeps_every_character_at_its_offset():
    corpus = make_corpus()
    source = corpus.sources[0]
    out = str(source_text_html(source, corpus.timexes[source.id], corpus.boilerplate[source.id], {}))
    for t in corpus.timexes[source.id]:
        assert re.search(rf'<mark [^>]*id="t-{t.start}"[^>]*>{re.escape(t.text)}</mark>', out)
    paragraphs = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", out)]
    assert paragraphs == [re.sub(r"\n", "", p) for p in source.text.split("\n\n")]
    # The copyright year is a temporal expression inside boilerplate: the mark nests in the del.
    assert re.search(r'<del class="tl-boilerplate" title="copyright line">Copyright <mark[^>]*>2021</mark>', out)


def test_mark_cut_by_boilerplate_edge_stays_well_nested_with_one_id():
    text = "On Thursday 30 December it rained."
    source = Source("s", "s.md", text, "t")
    t = timex(text, "Thursday 30 December", "2021-12-30")
    out = str(source_text_html(source, [t], [Boilerplate(0, text.index(" 30"), "teaser")], {"s:3": "ev"}))
    tip = 'title="DATE 2021-12-30: Thursday 30 December 2021"'
    assert out == ('<p><del class="tl-boilerplate" title="teaser">On <mark class="tl-timex tl-dated" id="t-3" '
                   f'{tip}><a href="../events/ev.html">Thursday</a></mark></del>'
                   f'<mark class="tl-timex tl-dated" {tip}><a href="../events/ev.html"> 30 December'
                   '</a></mark> it rained.</p>\n')


def test_event_page_explains_each_date_and_names_the_editor(pages):
    page = pages["events/the-call.md"]
    assert "<time datetime=\"2021-12-30\">Thursday 30 December 2021</time>" in page
    assert "speak by phone <mark>on Thursday</mark>." in page
    assert "relative to 29 Dec 2021 (the publication date), future tense" in page
    assert "relative to 29 Dec 2021 (the date mentioned before)" in page
    assert "Date corrected by an editor in <code>content/events/the-call.md</code>" in page
    assert "<strong>second</strong>" in page  # the editor's description is Markdown
    assert f'href="../sources/000_call.html#t-{CALL_TEXT.index("on Thursday")}"' in page
    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; Co: " in page


def test_timeline_groups_by_year_then_month(pages):
    page = pages["index.md"]
    order = [m.group(0) for m in re.finditer(r"<h2[^>]*>\d+</h2>|<h3[^>]*>[^<]+</h3>|events/[\w-]+\.html", page)]
    assert order == ['<h2 id="y-2014">2014</h2>', "events/crisis-begins.html", '<h2 id="y-2021">2021</h2>',
                     '<h3 id="m-2021-12">December 2021</h3>', "events/sanctions-threat.html",
                     "events/official-speaks.html", "events/the-call.html"]
    assert '<span class="tl-when">early December 2021</span>' in page
    assert "hidden-one" not in page
    assert "2 sources" in page and "1 source<" in page


def test_ids_that_would_escape_the_site_are_refused():
    corpus = make_corpus()
    corpus.sources[0] = Source("../evil", "x.md", "text", "t")
    with pytest.raises(BuildError, match="cannot be used as a page name"):
        render_pages(corpus, [])


def test_template_syntax_error_names_the_file_and_line():
    with pytest.raises(BuildError) as info:
        render_pages(make_corpus(), [FIXTURES / "broken"])
    assert info.value.path.endswith("broken/event.md.j2") and info.value.line == 2


# --- a real mkdocs build -------------------------------------------------------------------------------------


def test_built_timeline_is_grouped_by_year_and_month(site):
    page = read(site, "index.html")
    assert page.index(">2014</h2>") < page.index("events/crisis-begins.html") < page.index(">2021</h2>")
    assert page.index(">December 2021</h3>") < page.index("events/the-call.html")
    assert '<ol class="tl-events">' in page
    assert 'href="css/timeline.css"' in page and (site / "css" / "timeline.css").is_file()


def test_built_event_page_highlights_the_expression(site):
    page = read(site, "events/the-call.html")
    assert "<mark>on Thursday</mark>" in page
    assert "<title>Biden and Putin speak by phone - Timeline</title>" in page


def test_built_source_page_links_expressions_to_events(site):
    page = read(site, "sources/000_call.html")
    start = CALL_TEXT.index("on Thursday")
    assert (f'<mark class="tl-timex tl-dated" id="t-{start}" title="DATE 2021-12-30: Thursday 30 December 2021">'
            '<a href="../events/the-call.html">on Thursday</a></mark>') in page
    assert 'href="https://example.org/call?a=1&amp;b=2"' in page


def test_built_site_escapes_hostile_text_everywhere(site):
    for path in site.rglob("*"):
        # The exports are data for other programs (their own tests check their formats), not pages.
        if path.suffix in (".html", ".json", ".xml", ".js") and path.is_file() and "exports" not in path.parts:
            text = path.read_text(encoding="utf-8")
            assert "alert(1)</script>" not in text and "<img src=x" not in text, path
            assert 'href="javascript:' not in text and "<b>Evil" not in text, path
    page = read(site, "sources/001_evil.html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    # Markdown syntax in a title stays literal text: no emphasis, no link.
    assert "*says* _yes_ [x](javascript:alert(1))" in page


def test_built_site_fetches_nothing_from_elsewhere(site):
    for path in site.rglob("*.html"):
        assert not re.search(r'<(?:link|script)[^>]+(?:href|src)="(?:https?:)?//', path.read_text()), path


def test_user_template_overrides_the_built_in_one(tmp_path):
    out = build_site(Settings(content_dir=tmp_path, out_dir=tmp_path / "site", templates_dir=FIXTURES / "override"),
                     corpus=make_corpus())
    page = read(out, "index.html")
    assert "Our own timeline" in page and "tl-timeline" not in page
    assert "<mark>on Thursday</mark>" in read(out, "events/the-call.html")  # other pages keep the built-ins


def test_failed_build_leaves_the_previous_site_untouched(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("previous site")
    with pytest.raises(BuildError, match=r"broken/event\.md\.j2:2: template syntax error"):
        build_site(Settings(content_dir=tmp_path, out_dir=out, templates_dir=FIXTURES / "broken"),
                   corpus=make_corpus())
    assert [p.name for p in tmp_path.iterdir()] == ["site"]  # the half-built temp dir is gone
    assert [p.name for p in out.iterdir()] == ["index.html"] and read(out, "index.html") == "previous site"


def test_rebuild_replaces_the_previous_site(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("previous site")
    (out / "stale.html").write_text("stale")
    build_site(Settings(content_dir=tmp_path, out_dir=out), corpus=make_corpus())
    assert "tl-timeline" in read(out, "index.html") and not (out / "stale.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_refuses_to_replace_a_folder_that_is_not_a_site(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "notes.txt").write_text("mine")
    with pytest.raises(BuildError, match="not a built site"):
        build_site(Settings(content_dir=tmp_path / "content", out_dir=tmp_path / "notes"), corpus=make_corpus())
    assert (tmp_path / "notes" / "notes.txt").read_text() == "mine"
    with pytest.raises(BuildError, match="must not be, or contain, the project or content folder"):
        build_site(Settings(content_dir=tmp_path / "content", out_dir=tmp_path), corpus=make_corpus())


# --- the mkdocs plugin ---------------------------------------------------------------------------------------


def test_plugin_gathers_the_content_dir_it_is_given(tmp_path):
    write_source(tmp_path / "articles", "call.md", "The leaders will speak by phone on Thursday.", "2021-12-29",
                 title="Leaders to speak <by phone>")
    out = build_site(Settings(content_dir=tmp_path / "articles", out_dir=tmp_path / "site"))
    assert "Leaders to speak &lt;by phone&gt;" in read(out, "sources.html")
    assert "Thursday 30 December 2021" in read(out, "index.html")


def test_plugin_stops_on_an_override_that_cannot_apply(tmp_path):
    content = tmp_path / "content"
    write_source(content, "call.md", "The leaders will speak by phone on Thursday.", "2021-12-29")
    (content / "events").mkdir()
    (content / "events" / "fix.md").write_text("---\nid: no-such-event\ntitle: X\n---\n")
    with pytest.raises(BuildError) as info:
        build_site(Settings(content_dir=content, out_dir=tmp_path / "site"))
    assert "events/fix.md:2" in str(info.value) and "no-such-event" in str(info.value)
    assert not (tmp_path / "site").exists()


def test_plugin_resolves_its_dirs_next_to_mkdocs_yml_and_watches_them(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "news").mkdir()
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: T\ndocs_dir: docs\nuse_directory_urls: false\n"
                           "plugins:\n  - timeline:\n      content: news\n      templates: tpl\n")
    cfg = load_config(config_file=str(config_file))
    plugin = cfg.plugins["timeline"]
    plugin.on_config(cfg)
    assert plugin.content_dir == tmp_path / "news" and plugin.templates_dir == tmp_path / "tpl"
    # mkdocs serve's own server, never started: watch() registers paths with its file observer.
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    try:
        plugin.on_serve(server, config=cfg, builder=None)
        watched = server._watched_paths
        assert str(tmp_path / "news") in watched and str(tmp_path / "tpl") not in watched  # tpl does not exist
    finally:
        server.server_close()


def test_plugin_refuses_directory_urls(tmp_path):
    (tmp_path / "docs").mkdir()
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: T\ndocs_dir: docs\nplugins:\n  - timeline\n")
    with pytest.raises(BuildError, match="use_directory_urls: false"):
        build_site(Settings(content_dir=tmp_path, out_dir=tmp_path / "site", config_file=config_file),
                   corpus=make_corpus())


# --- the timeline's precision, filters, anchors and paging ---------------------------------------------------


def test_timeline_shows_precision_honestly(pages):
    page = pages["index.md"]
    year_item = re.search(r'<li class="tl-event tl-p-year"[^>]*id="e-crisis-begins".*?</li>', page).group(0)
    # A year-only event: no <time datetime> (which would claim a day), a badge that only the year is known.
    assert "<time" not in year_item and '<span class="tl-when">2014</span>' in year_item
    assert 'title="Only the year is known">year</span>' in year_item
    approx = re.search(r'<li class="tl-event tl-p-month tl-mod"[^>]*id="e-sanctions-threat".*?</li>', page).group(0)
    assert "early December 2021" in approx and "tl-approx" in approx
    assert '<li class="tl-event tl-p-day" id="e-the-call"' in page


def test_every_event_has_a_permanent_anchor_and_filter_data(pages):
    page = pages["index.md"]
    for ident in ("crisis-begins", "sanctions-threat", "official-speaks", "the-call"):
        assert f'id="e-{ident}"' in page and f'href="#e-{ident}"' in page
    item = re.search(r'<li [^>]*id="e-the-call"[^>]*>', page).group(0)
    assert 'data-sources="[&#34;000_call&#34;,&#34;001_evil&#34;]"' in item
    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; Co" in item  # outlets are JSON, then escaped for the attribute
    assert '<form class="tl-filters" hidden' in page  # shown by the script; without it the page lists everything
    assert '<option value="001_evil">&lt;b&gt;Evil&lt;/b&gt; &amp; Co: Biden *says*' in page


def test_pages_that_repeat_events_are_kept_out_of_search(pages):
    assert front_matter(pages["index.md"])["search"] == {"exclude": True}
    assert front_matter(pages["graph.md"])["search"] == {"exclude": True}
    assert "search" not in front_matter(pages["events/the-call.md"])


def _many_events(counts: dict[str, int]) -> list[Event]:
    """counts: TimeML value -> how many events carry it (ids are the value and a number)."""
    return [Event(f"{value}-{i}", value, None, f"Event {i} of {value}", ())
            for value, n in counts.items() for i in range(n)]


def test_small_timeline_is_one_page():
    from timeline.site.render import paginate

    assert paginate(_many_events({"2020-01-05": 50})) is None


def test_big_timeline_is_paged_by_year_and_a_dense_year_by_month():
    events = _many_events({"2019": 3, "2019-03-01": 150, "2019-04-02": 150, "2020-05-05": 120, "2021-06-06": 100})
    pages = render_pages(Corpus(events=events), [])
    assert {p for p in pages if p.startswith("years/")} == {
        "years/2019.md", "years/2019-03.md", "years/2019-04.md", "years/2020.md", "years/2021.md"}
    home = pages["index.md"]
    # The home page lists only the latest pages that fit (2020 and 2021: 220 > 200, so 2021 alone).
    assert home.count('<li class="tl-event') == 100 and "2021-06-06-0" in home and "2020-05-05-0" not in home
    # One line per year: a dense year's months follow it.
    assert re.search(r'<li><a href="years/2019.html"[^>]*>2019</a> <span class="tl-count">3</span>'
                     r'<span class="tl-jump-months"> <a href="years/2019-03.html" aria-label="March 2019 '
                     r'\(150 events\)"[^>]*>Mar</a> <a href="years/2019-04.html"[^>]*>Apr</a></span></li>', home)
    assert '<li><a href="years/2020.html">2020</a> <span class="tl-count">120</span></li>' in home
    year = pages["years/2019.md"]
    assert front_matter(year)["title"] == "2019 (year only)" and year.count('<li class="tl-event') == 3
    march = pages["years/2019-03.md"]
    assert march.count('<li class="tl-event') == 150 and 'href="../events/2019-03-01-0.html"' in march
    assert 'rel="prev" href="2019.html"' in march and 'rel="next" href="2019-04.html"' in march
    assert re.search(r'<a href="2019-03.html"[^>]*aria-current="page">Mar</a>', march)


def test_a_long_list_of_sources_is_paged():
    # 1,001 sources: sources.md lists the first 500, sources-2.md the next, sources-3.md the last one; each page
    # links to all three, so no page of a large corpus's list holds every source (10,000 would be 3 MB of HTML)
    sources = [Source(f"s{i:04d}", f"s{i:04d}.md", "", f"Article <{i}>") for i in range(1001)]
    pages = render_pages(Corpus(sources=sources), [])
    assert {p for p in pages if p.startswith("sources") and not p.startswith("sources/")} == {
        "sources.md", "sources-2.md", "sources-3.md"}
    first, second, last = pages["sources.md"], pages["sources-2.md"], pages["sources-3.md"]
    assert first.count('<li><a href="sources/') == 500 and second.count('<li><a href="sources/') == 500
    assert last.count('<li><a href="sources/') == 1 and 'href="sources/s1000.html">Article &lt;1000&gt;</a>' in last
    assert '<ol class="tl-source-list" start="501">' in second and 'href="sources/s0500.html"' in second
    assert front_matter(second)["title"] == "Sources 501\u20131000"
    for page in (first, second, last):
        assert 'href="sources.html"' in page and 'href="sources-2.html"' in page and 'href="sources-3.html"' in page
    assert re.search(r'<a href="sources-2.html" aria-current="page">501\u20131000</a>', second)


def test_a_short_list_of_sources_is_one_page(pages):
    assert not any(p.startswith("sources-") for p in pages)
    assert "tl-source-pages" not in pages["sources.md"] and front_matter(pages["sources.md"])["title"] == "Sources"


# --- event page: corroboration, conflicts, merge reasons, related events --------------------------------------


def test_event_page_shows_corroboration_and_related_events(pages):
    page = pages["events/the-call.md"]
    assert "2 sources from 2 outlets" in page
    shared = page[page.index("Reported by the same sources"):]
    assert 'href="../events/crisis-begins.html"' in shared and 'href="../events/official-speaks.html"' in shared
    assert "1 source from 1 outlet" in pages["events/crisis-begins.md"]
    assert "A single source: not corroborated." in pages["events/crisis-begins.md"]


def test_related_events_on_the_same_day():
    from timeline.site.render import related_events

    events = _many_events({"2021-12-30": 3, "2021-12-30T10:00": 1, "2021-12": 1})
    related = related_events(events)
    assert [e.id for e in related["2021-12-30-0"]["same_day"]] == ["2021-12-30-1", "2021-12-30-2",
                                                                  "2021-12-30T10:00-0"]
    assert related["2021-12-0"]["same_day"] == []


def test_event_page_explains_merges_and_conflicts_when_the_pipeline_gives_them():
    import dataclasses

    from timeline.model import Link

    corpus = make_corpus()
    call = corpus.events[3]
    a, b = call.mentions
    moved = dataclasses.replace(b, timex=dataclasses.replace(b.timex, value="2021-12-31"))
    corpus.events[3] = dataclasses.replace(
        call, mentions=(a, moved), tags=("diplomacy",),
        links=(Link(a.id, moved.id, 0.42, ("call", "phone"), "same day and shared words"),))
    page = render_pages(corpus, [])["events/the-call.md"]
    assert "The sources disagree on the date." in page
    assert "Friday 31 December 2021" in page
    assert ('<a href="#mention-1">mention 1</a> (“on Thursday”, Example News) and '
            '<a href="#mention-2">mention 2</a> (“Thursday”, &lt;b&gt;Evil&lt;/b&gt; &amp; Co): '
            'same day and shared words (similarity 0.42: call, phone).' in page)
    assert '<span class="tl-badge tl-tag">diplomacy</span>' in page
    home = render_pages(corpus, [])["index.md"]
    assert "sources disagree on the date" in home and '<option value="diplomacy">diplomacy</option>' in home


# --- source page, graph and feed ------------------------------------------------------------------------------


MARKDOWN_SOURCE = ("## Timeline\n\n- **March 10** – Regulators close the bank ([report](https://example.com/r)).\n"
                   "- A third lender fails, [on April 28](https://example.com/a).\n\n> \"We act on Friday,\" she said."
                   "\n\n| Date | Event |\n|---|---|\n| May 1 | A sale |\n\nA bar | in prose, 3*4, * * *, a ** b, f(__x) and __z__.")


def test_markdown_source_page_shows_the_words_without_the_markup_and_every_expression_at_its_offset():
    text = MARKDOWN_SOURCE
    expressions = [timex(text, w, v) for w, v in (("March 10", "2026-03-10"), ("April 28", "2026-04-28"),
                                                   ("Friday", "2026-06-05"), ("May 1", "2026-05-01"))]
    out = str(source_text_html(Source("s", "s.md", text, "t"), expressions, [], {}))
    shown = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", out)]
    assert shown == ["Timeline", "• March 10 – Regulators close the bank (report).• A third lender fails, on April 28.",
                     '"We act on Friday," she said.', "Date – EventMay 1 – A sale", "A bar | in prose, 3*4, * * *, a ** b, f(__x) and z."]
    for t in expressions:
        assert re.search(rf'<mark [^>]*id="t-{t.start}"[^>]*>{re.escape(t.text)}</mark>', out)
    # a plain-text source is shown as written
    plain = str(source_text_html(Source("s", "s.txt", text, "t", format="txt"), [], [], {}))
    assert "**March 10**" in plain and "[report](https://example.com/r)" in plain


def test_markdown_markup_inside_an_expression_is_shown_as_written():
    text = "It fell on **March 10, 2026** and [March 11](https://example.com)."
    t = timex(text, "March 10, 2026** and [March 11", "2026-03-10")
    out = str(source_text_html(Source("s", "s.md", text, "t"), [t], [], {}))
    assert "<p>It fell on <mark" in out and ">March 10, 2026** and [March 11</mark>.</p>" in out


def test_italics_and_inline_tags_are_shown_without_their_markers_on_source_pages_and_in_quotes():
    from timeline.site.render import quote_html
    text = "The *regional council* said on _Thursday_ that the <b>barrier</b> opens in *March* [this year](https://x.org/a).\n"
    source = Source("s", "s.md", text, "t")
    expressions = [timex(text, w, v) for w, v in (("Thursday", "2025-10-02"), ("March", "2026-03"), ("this year", "2026"))]
    out = str(source_text_html(source, expressions, [], {}))
    shown = html.unescape(re.sub(r"<[^>]+>", "", out)).strip()
    assert shown == "The regional council said on Thursday that the barrier opens in March this year."
    for t in expressions:
        assert re.search(rf'<mark [^>]*id="t-{t.start}"[^>]*>{re.escape(t.text)}</mark>', out)
        quoted = str(quote_html(mention(source, t, text.strip(), "t")))
        assert html.unescape(re.sub(r"<[^>]+>", "", quoted)) == shown
        assert f"<mark>{t.text}</mark>" in quoted


def test_expressions_without_a_link_can_be_focused_to_show_their_value():
    text = "It rained in 2014."
    source = Source("s", "s.md", text, "t")
    out = str(source_text_html(source, [timex(text, "2014", "2014")], [], {}))
    assert '<mark class="tl-timex tl-dated" id="t-13" tabindex="0" title="DATE 2014">2014</mark>' in out


def test_graph_is_a_deterministic_escaped_svg(pages):
    from timeline.site.svg import graph_svg

    corpus = make_corpus()
    events = [e for e in corpus.events if not e.hidden]
    first, second = graph_svg(events, corpus.sources), graph_svg(events, corpus.sources)
    assert first == second and first.events == 4
    svg = str(first.svg)
    assert svg.startswith("<svg") and "<script" not in svg and "&lt;script&gt;" in svg
    assert svg.count('<a href="events/') == 4 and svg.count('<a href="sources/') == 2
    assert svg.count('class="tl-g-edge"') == sum(len(e.sources) for e in events)
    assert svg in pages["graph.md"]


def test_graph_of_a_big_corpus_shows_the_most_reported_events():
    from timeline.site.svg import graph_svg

    drawing = graph_svg(_many_events({"2020-01-01": 400}), [], limit=150)
    assert drawing.events == 150 and str(drawing.svg).count("<circle") == 150


def test_graph_of_many_sources_shows_those_reporting_most():
    from timeline.site.svg import graph_svg

    # 300 sources: s000-s009 report all five events, the rest one event each; a limit of 20 keeps the ten that
    # report most and then the first ten of the others by id, and only their curves
    sources = [Source(f"s{i:03d}", f"s{i:03d}.md", "", f"Title {i}") for i in range(300)]
    mention = lambda sid, n: Mention(f"{sid}:{n}", sid, Timex(0, 4, "2020", "DATE", "2020"), 0, 4, 0, 4, "x", "x")
    events = [Event(f"e{n}", "2020-01-0%d" % (n + 1), None, f"Event {n}",
                    tuple(mention(f"s{i:03d}", n) for i in [*range(10), *range(10 + 58 * n, 68 + 58 * n)]))
              for n in range(5)]
    drawing = graph_svg(events, sources, source_limit=20)
    svg = str(drawing.svg)
    assert (drawing.events, drawing.sources, drawing.source_total) == (5, 20, 300)
    assert svg.count('<a href="sources/') == 20 and 'href="sources/s009.html"' in svg
    assert 'href="sources/s019.html"' in svg and 'href="sources/s020.html"' not in svg
    assert svg.count('class="tl-g-edge"') == 10 * 5 + 10
    page = render_pages(Corpus(sources=sources, events=events), [])["graph.md"]
    assert "5 events; showing the 150 of their 300 sources that report most of them." in page


def test_atom_feed_is_valid_deterministic_and_escaped(pages):
    from xml.etree import ElementTree

    feed = pages["feed.xml"]
    assert feed == render_pages(make_corpus(), [])["feed.xml"]
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ElementTree.fromstring(feed)
    # As new as the newest source, never the time of the build.
    assert root.find("a:updated", ns).text == "2021-12-29T00:00:00Z"
    entries = root.findall("a:entry", ns)
    assert [e.find("a:link", ns).get("href") for e in entries] == [
        "events/the-call.html", "events/official-speaks.html", "events/sanctions-threat.html",
        "events/crisis-begins.html"]
    assert entries[1].find("a:title", ns).text == f"Wednesday 29 December 2021: {EVIL_TITLE}"
    assert "<script>" not in feed


def test_built_site_announces_the_feed_and_ships_its_scripts(site):
    page = read(site, "events/the-call.html")
    assert '<link rel="alternate " type="application/atom+xml" title="Events" href="../feed.xml">' in page
    assert (site / "feed.xml").is_file() and (site / "graph.html").is_file()
    index = read(site, "index.html")
    assert '<script src="js/iframe-worker-shim.js">' in index and '<script src="js/timeline.js">' in index
    assert "unpkg" not in index
    assert (site / "search" / "search_index.js").is_file()  # search from a file path


@pytest.mark.parametrize("text,expected", [
    ("- **March 10** – Regulators close the bank.", "<mark>March 10</mark> – Regulators close the bank."),
    ("| May 1 | A sale is announced |", "<mark>May 1</mark> – A sale is announced"),
    ("The report, published [on March 3](https://example.com/r), found **losses**.",
     "The report, published on <mark>March 3</mark>, found losses."),
    ("1. On March 3 the bank warned of losses.", "On <mark>March 3</mark> the bank warned of losses."),
    ("Shares fell 5 - 3 percent on March 3.", "Shares fell 5 - 3 percent on <mark>March 3</mark>."),
])
def test_quoted_sentence_drops_markdown_markup_but_keeps_the_words(text, expected):
    # Markdown sources are kept as written (offsets count in them); the quotation on an event page shows the
    # words a reader sees, without list markers, bold marks, links' addresses or a table's bars
    from timeline.events import mentions
    from timeline.model import Source
    from timeline.site.render import quote_html
    from timeline.temporal import tag
    source = Source(id="s", path="sources/s.md", text=text, title="t", published="2026-12-03")
    found = mentions(source, tag(text, "2026-12-03"), [])
    assert str(quote_html(found[0])) == expected
