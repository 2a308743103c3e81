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
    return Corpus(
        sources=[call, evil],
        timexes={"000_call": [thursday, early_dec, year, copyright_year], "001_evil": [wednesday, evil_thursday]},
        boilerplate={"000_call": [Boilerplate(CALL_TEXT.index("Copyright"), len(CALL_TEXT), "copyright line")]},
        mentions=[m_2014, m_dec, m_call, m_wed, m_evil_call],
        events=events,
        problems=[Problem("content/sources/bad.md", "the file is <empty>", line=1)],
    )


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
                             "events/the-call.md", "index.md", "problems.md", "sources.md",
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
    assert out == ('<p><del class="tl-boilerplate" title="teaser">On <mark class="tl-timex tl-dated" id="t-3" '
                   'title="DATE 2021-12-30"><a href="../events/ev.html">Thursday</a></mark></del>'
                   '<mark class="tl-timex tl-dated" title="DATE 2021-12-30"><a href="../events/ev.html"> 30 December'
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
    assert (f'<mark class="tl-timex tl-dated" id="t-{start}" title="DATE 2021-12-30">'
            '<a href="../events/the-call.html">on Thursday</a></mark>') in page
    assert 'href="https://example.org/call?a=1&amp;b=2"' in page


def test_built_site_escapes_hostile_text_everywhere(site):
    for path in site.rglob("*"):
        if path.suffix in (".html", ".json", ".xml", ".js") and path.is_file():
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
