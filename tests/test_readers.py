"""The readers stage: files in content/sources/ to Source objects, bad files to Problems."""
from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from timeline import errors
from timeline.errors import SourceError
from timeline.model import FROM_FRONT_MATTER, FROM_HTML, FROM_NONE, FROM_TEXT
from timeline.readers import decode, read_source, read_sources
from timeline.readers.dct import infer_published
from timeline.readers.frontmatter import split_front_matter

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def write(root: Path, rel: str, content: str | bytes) -> Path:
    """Write a file under root/sources/ (bytes as they are, text as UTF-8 without newline translation)."""
    path = root / "sources" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def read(root: Path, rel: str, content: str | bytes):
    return read_source(write(root, rel, content), root)


def error_of(root: Path, rel: str, content: str | bytes) -> SourceError:
    with pytest.raises(SourceError) as info:
        read(root, rel, content)
    return info.value


# --- Markdown and front matter -------------------------------------------------------------------------------


def test_markdown_front_matter_fields_and_exact_body():
    raw = (FIXTURES / "front-matter.md").read_text(encoding="utf-8")
    source = read_source(FIXTURES / "front-matter.md", FIXTURES)
    assert source.text == raw.split("---\n", 2)[2]  # everything after the closing fence, unchanged
    assert source.title == "Biden to offer Putin a 'diplomatic path' out of the Ukraine crisis"
    assert source.outlet == "The Daily Courier"
    assert source.url == "https://courier.example.com/world/biden-putin-path"
    assert (source.published, source.published_from) == ("2021-12-29", FROM_FRONT_MATTER)
    assert source.published_note == "field 'published', line 6"  # shown as "(front matter: field 'published', line 6)"
    assert (source.id, source.path, source.format, source.language) == ("front-matter", "front-matter.md", "md", "en")



def test_markdown_character_references_are_read_as_their_characters(tmp_path):
    body = ("The council&rsquo;s vote on Dec.&nbsp;17 &amp; 18 was &ldquo;final&rdquo; &#8212; &lt;b&gt; &bogus; "
            "&amp;nbsp; AT&T R&notes;\n")
    source = read(tmp_path, "a.md", "---\ntitle: Vote\npublished: 2025-12-19\n---\n" + body)
    assert source.text == ("The council’s vote on Dec.\u00a017 & 18 was “final” — <b> &bogus; &nbsp; AT&T R&notes;\n")  # (not "R¬es;")
    assert source.title == "Vote"
    # a plain-text source is kept as written
    assert read(tmp_path, "b.txt", body).text == body


def test_split_front_matter_returns_body_start_line():
    meta, body, line = split_front_matter("---\na: 1\nb: two\n---\nfirst\nsecond\n", "x.md")
    assert (meta, body, line) == ({"a": 1, "b": "two"}, "first\nsecond\n", 5)


@pytest.mark.parametrize("raw", ["no front matter\n---\nat all\n", "", " ---\nnot: at the start\n---\n"])
def test_split_front_matter_without_front_matter(raw):
    assert split_front_matter(raw, "x.md") == ({}, raw, 1)


def test_split_front_matter_is_generic_for_event_overrides():
    # No source validation: an override's keys come back as YAML gives them; an impossible date stays a string.
    meta, body, line = split_front_matter("---\nid: call-2021-12-30\ndate: 2021-12\nwhen: 2021-02-30\n---\n", "e.md")
    assert meta == {"id": "call-2021-12-30", "date": "2021-12", "when": "2021-02-30"}
    assert (body, line) == ("", 6)
    assert split_front_matter("---\nd: 2021-12-30\n---\n", "e.md")[0] == {"d": dt.date(2021, 12, 30)}


def test_title_falls_back_to_first_non_empty_line(tmp_path):
    assert read(tmp_path, "a.md", "---\npublished: 2021-12-29\n---\n\n\nBiden to offer Putin a path\n\nBody.\n").title \
        == "Biden to offer Putin a path"
    assert read(tmp_path, "b.md", "# A Markdown heading\n\nBody.\n").title == "A Markdown heading"
    assert read(tmp_path, "c.txt", "\n  First line of the text  \nSecond\n").title == "First line of the text"


def test_a_title_taken_from_a_long_first_paragraph_is_cut_at_a_word(tmp_path):
    paragraph = "The delegation arrived in Geneva on Monday, " + ", ".join(f"clause {k} of the statement" for k in range(60))
    title = read(tmp_path, "a.txt", paragraph + ".\n\nMore.\n").title
    assert title.endswith("…") and len(title) <= 121 and paragraph.startswith(title[:-1])
    assert title[:-1] == title[:-1].rstrip(" ,") and paragraph[len(title) - 1] in " ,"  # a whole word, no comma
    given = read(tmp_path, "b.md", f"---\ntitle: {paragraph}\n---\nBody.\n").title
    assert given == paragraph  # a title the writer gave is never cut


def test_bad_yaml_names_file_and_line(tmp_path):
    e = error_of(tmp_path, "bad.md", "---\ntitle: fine\nurl: [not closed\n---\nBody\n")
    assert (e.path, e.line) == ("sources/bad.md", 3)
    assert str(e).startswith("sources/bad.md:3: the front matter is not valid YAML")


def test_yaml_that_is_not_a_mapping(tmp_path):
    e = error_of(tmp_path, "list.md", "---\n- a\n- b\n---\nBody\n")
    assert e.message == errors.E_FRONT_MATTER_TYPE.format(found="a list")


def test_unclosed_front_matter(tmp_path):
    e = error_of(tmp_path, "open.md", "---\ntitle: never closed\nBody\n")
    assert (e.message, e.line) == (errors.E_FRONT_MATTER_UNCLOSED, 1)


def test_impossible_published_date_names_field_and_line(tmp_path):
    e = error_of(tmp_path, "feb.md", "---\ntitle: T\npublished: 2021-02-30\n---\nBody\n")
    assert e.message == errors.E_BAD_DATE.format(field="published", found="2021-02-30")
    assert e.line == 3


@pytest.mark.parametrize("value", ["soon", "30/12/2021", "2021-12", "2021"])
def test_published_that_is_not_a_date(tmp_path, value):
    e = error_of(tmp_path, "soon.md", f"---\npublished: {value}\n---\nBody\n")
    assert "'published'" in e.message and e.line == 2


@pytest.mark.parametrize("value, expected", [("2021-12-29", "2021-12-29"), ("'2021-12-29'", "2021-12-29"),
                                             ("2021-12-29T10:00:00Z", "2021-12-29")])
def test_published_accepts_dates_datetimes_and_strings(tmp_path, value, expected):
    assert read(tmp_path, "ok.md", f"---\npublished: {value}\n---\nBody\n").published == expected


def test_wrong_field_type_names_the_field(tmp_path):
    e = error_of(tmp_path, "type.md", "---\npublished: 2021-12-29\ntitle: [a, b]\n---\nBody\n")
    assert e.message == errors.E_FIELD_TYPE.format(field="title", expected="a string", found=["a", "b"])
    assert e.line == 3


def test_front_matter_without_body(tmp_path):
    assert error_of(tmp_path, "nobody.md", "---\ntitle: T\n---\n\n").message == errors.E_NO_TEXT


# --- Plain text and the publication date inferred from it ----------------------------------------------------


def test_txt_weekday_date_bounded_by_copyright():
    source = read_source(FIXTURES / "call-on-thursday.txt", FIXTURES)
    assert source.text == (FIXTURES / "call-on-thursday.txt").read_text(encoding="utf-8")
    assert source.title == "Biden and Putin hold second call in a month"
    assert (source.published, source.published_from) == ("2021-12-30", FROM_TEXT)
    assert source.published_note == ('weekday and date "Thursday, December 30" '
                                     '(year 2021 bounded by the copyright line "© The Daily Courier 2021")')


def test_txt_without_a_date_is_returned_with_a_warning(tmp_path):
    write(tmp_path, "undated.txt", "Talks to resume\n\nOfficials said on Wednesday that talks would resume.\n")
    sources, problems = read_sources(tmp_path)
    assert [(s.id, s.published, s.published_from) for s in sources] == [("undated", None, FROM_NONE)]
    assert [(p.path, p.message, p.severity) for p in problems] == [("sources/undated.txt", errors.E_NO_DCT, "warning")]


@pytest.mark.parametrize("text, expected", [
    ("On Thursday, December 30, they spoke.\n\n© – Agence France-Presse, 2021", "2021-12-30"),
    ("Copyright 2005-2021 Reuters\nThursday 30 December: the call", "2021-12-30"),
    ("The call on Thu, Dec. 30, 2021 lasted an hour.", "2021-12-30"),
    ("Sent Thursday, the 30th of December 2021", "2021-12-30"),
    # A stale copyright year still bounds from above: the latest fitting year before it.
    ("(c) 2024 The Courier\nOn Thursday, December 30 they spoke.", "2021-12-30"),
    # Years the text mentions are mostly past: a lower bound (the seed from Le Monde only mentions 2014).
    ("On Thursday, December 30 they spoke, as in 2014 over Crimea.", "2021-12-30"),
    ("Scheduled for Thursday, December 30. Bigger crisis awaits in 2022.", "2021-12-30"),
    # Several weekday-dates: the latest one.
    ("On Wednesday, December 29 Blinken called. On Thursday, December 30 Biden called. © 2021", "2021-12-30"),
    # A weekday that does not fit its written year is a typo or not a date: the full date near the top wins.
    ("Friday, Dec 30, 2021", "2021-12-30"),
    ("By staff reporters\nDecember 29, 2021\nThe talks resume on Thursday.", "2021-12-29"),
    ("Updated 29 December 2021, 10:00", "2021-12-29"),
    ("Posted 2021-12-29T10:00:00Z", "2021-12-29"),
    # No evidence of the year: the same weekday and date recur every few years.
    ("They spoke on Thursday, December 30.", None),
    # A 24-hour time is not a year.
    ("The call happened at 3:35 p.m. (2035 GMT) on Thursday, December 30.", None),
    # "Thursday." ends a sentence; "December 30" is not its date.
    ("It was agreed on Thursday. December 30 was the deadline in 2021.", None),
    # A full date far from the top is about an event, not the article.
    ("x" * 600 + " December 29, 2021", None),
    ("Nothing here but 30 February 2021", None),
])
def test_inferred_publication_date(text, expected):
    guess = infer_published(text)
    assert (guess.date if guess else None) == expected
    if guess:
        assert guess.note and guess.start < guess.end <= len(text)


# --- HTML ----------------------------------------------------------------------------------------------------


def test_html_news_page():
    source = read_source(FIXTURES / "news-page.html", FIXTURES)
    assert source.format == "html"
    assert "a senior administration official said on Wednesday." in source.text
    assert "Russian and American officials are due to meet in Geneva on January 10" in source.text
    assert "Politics" not in source.text  # the menu is not the article
    assert source.title == "Biden and Putin speak by phone as Ukraine tensions mount"
    assert source.outlet == "The Daily Courier"
    assert source.url.startswith("https://courier.example.com/world/")
    assert (source.published, source.published_from) == ("2021-12-29", FROM_HTML)
    assert source.language == "en"


def test_a_page_without_a_site_name_takes_its_outlet_from_its_address(tmp_path):
    html = (FIXTURES / "news-page.html").read_text(encoding="utf-8")
    html = html.replace('<meta property="og:site_name" content="The Daily Courier">', "")
    html = html.replace(" | The Daily Courier</title>", "</title>")
    assert read(tmp_path, "page.html", html).outlet == "courier.example.com"
    md = "---\ntitle: T\nurl: https://www.gazette.example.org/a\npublished: 2026-01-05\n---\nIt rained on Monday."
    assert read(tmp_path, "a.md", md).outlet == "gazette.example.org"
    for url in ("javascript:alert(1)", "http://[::1", "not a url", "https://localhost/x"):
        assert read(tmp_path, "b.md", md.replace("https://www.gazette.example.org/a", url)).outlet is None, url
    assert read(tmp_path, "c.md", md.replace("title: T", "title: T\noutlet: The Gazette")).outlet == "The Gazette"


def test_html_chronology_keeps_its_list_and_its_years():
    # A saved page's list of dated entries comes out one entry to a line, so the tagger reads it as a chronology:
    # the entries run forward into the summer gone by, and the section headed 2025 is of that year
    from timeline.temporal import tag
    source = read_source(FIXTURES / "chronology-page.html", FIXTURES)
    assert source.published == "2026-12-03"
    assert "\n- March 10 – Regulators close the bank" in source.text
    values = {t.text: t.value for t in tag(source.text, source.published)}
    assert [values[k] for k in ("March 10", "March 12", "Late April", "May 1", "Summer", "Feb. 4")] == \
        ["2026-03-10", "2026-03-12", "2026-04", "2026-05-01", "2026-SU", "2025-02-04"]


def test_html_without_date_metadata_falls_back_to_the_text(tmp_path):
    html = (FIXTURES / "news-page.html").read_text(encoding="utf-8")
    html = html.replace('content="2021-12-29T10:00:00Z"', 'content=""').replace("/2021/", "/")
    html = html.replace("by telephone on Thursday,", "by telephone on Thursday, December 30,")
    source = read(tmp_path, "page.htm", html)
    assert (source.published, source.published_from) == ("2021-12-30", FROM_TEXT)


def test_html_without_an_article_is_a_problem(tmp_path):
    shutil.copy(FIXTURES / "no-article.html", write(tmp_path, "index.html", "x"))
    sources, problems = read_sources(tmp_path)
    assert sources == []
    assert [(p.path, p.message) for p in problems] == [("sources/index.html", errors.E_NO_ARTICLE)]


# --- Bytes, encodings, sizes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t"])
def test_empty_file(tmp_path, content):
    assert error_of(tmp_path, "empty.txt", content).message == errors.E_EMPTY


def test_binary_file(tmp_path):
    assert error_of(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").message == errors.E_BINARY


def test_cp1252_file_is_read_with_a_warning(tmp_path):
    write(tmp_path, "windows.txt", "Putin said: “We don’t want war” – 29 December 2021\n".encode("cp1252"))
    sources, problems = read_sources(tmp_path)
    assert sources[0].text == "Putin said: “We don’t want war” – 29 December 2021\n"
    assert len(sources[0].warnings) == 1 and "cp1252" in sources[0].warnings[0]
    assert [(p.severity, p.message) for p in problems] == [("warning", sources[0].warnings[0])]


def test_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path):
    source = read(tmp_path, "odd.txt", b"Caf\xe9 \x81 on 29 December 2021\n")
    assert source.text == "Café \x81 on 29 December 2021\n"
    assert "latin-1" in source.warnings[0]


def test_utf16_with_bom_is_text(tmp_path):
    assert read(tmp_path, "notepad.txt", "Kyiv, 29 December 2021\n".encode("utf-16")).text == "Kyiv, 29 December 2021\n"


def test_bom_stripped_and_crlf_normalised_before_offsets(tmp_path):
    raw = "\ufeff---\r\ntitle: T\r\npublished: 2021-12-29\r\n---\r\nLine one\r\nLine two\r\n"
    source = read(tmp_path, "crlf.md", raw)
    assert source.text == "Line one\nLine two\n"
    assert (source.title, source.published, source.warnings) == ("T", "2021-12-29", ())


def test_file_larger_than_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(decode, "MAX_BYTES", 2 * 2**20)
    e = error_of(tmp_path, "huge.txt", "x" * (3 * 2**20))
    assert e.message == "the file is 3.0 MB, more than the 2 MB an article may have"


def test_unknown_suffix_is_an_error_for_read_source(tmp_path):
    assert error_of(tmp_path, "notes.docx", "text").message == errors.E_UNKNOWN_FORMAT.format(suffix=".docx")


# --- The folder: order, ids, duplicates, links ---------------------------------------------------------------


@pytest.mark.parametrize("name, expected", [
    ("My Article é.md", "My-Article"),
    ("2021-12-30_AFP call.txt", "2021-12-30_AFP-call"),
    ("Putin–Biden (2).txt", "Putin-Biden--2"),
    ("already-fine_ID.md", "already-fine_ID"),
])
def test_source_id_is_url_safe(tmp_path, name, expected):
    assert read(tmp_path, name, "Title\n\nText on 29 December 2021.\n").id == expected


def test_source_id_without_any_ascii_letters_is_stable_and_distinct(tmp_path):
    a, b = read(tmp_path, "Путин.txt", "Путин\n"), read(tmp_path, "Байден.txt", "Байден\n")
    assert a.id.startswith("source-") and a.id != b.id
    assert read(tmp_path, "Путин.txt", "Путин\n").id == a.id


def test_read_sources_order_formats_and_ignored_files(tmp_path):
    write(tmp_path, "b.txt", "B\n\n29 December 2021\n")
    write(tmp_path, "a/z.md", "---\npublished: 2021-12-29\n---\nZ\n")
    write(tmp_path, "a/y.MD", "---\npublished: 2021-12-29\n---\nY\n")
    write(tmp_path, "notes.docx", b"PK\x03\x04\x00")
    write(tmp_path, ".DS_Store", b"\x00\x00\x00\x01Bud1")
    write(tmp_path, ".drafts/hidden.md", "Hidden\n")
    write(tmp_path, "a/.#z.md", "an editor lock file\n")
    sources, problems = read_sources(tmp_path)
    assert [s.path for s in sources] == ["sources/a/y.MD", "sources/a/z.md", "sources/b.txt"]
    assert problems == []


def test_bad_file_is_skipped_and_the_rest_go_on(tmp_path):
    write(tmp_path, "a.txt", b"")
    write(tmp_path, "b.txt", "B\n\n29 December 2021\n")
    sources, problems = read_sources(tmp_path)
    assert [s.id for s in sources] == ["b"]
    assert [str(p) for p in problems] == [f"sources/a.txt: error: {errors.E_EMPTY}"]


def test_duplicate_ids_keep_the_first(tmp_path):
    write(tmp_path, "a/call.md", "---\npublished: 2021-12-29\n---\nFirst\n")
    write(tmp_path, "b/call.txt", "Second\n\n29 December 2021\n")
    sources, problems = read_sources(tmp_path)
    assert [s.path for s in sources] == ["sources/a/call.md"]
    assert [(p.path, p.message) for p in problems] == [
        ("sources/b/call.txt", errors.E_DUPLICATE_ID.format(id="call", other="sources/a/call.md"))]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="this platform has no symlinks")
def test_symlinks_outside_the_content_folder_are_problems(tmp_path):
    content, outside = tmp_path / "content", tmp_path / "elsewhere"
    write(content, "real.txt", "Real\n\n29 December 2021\n")
    (outside / "dir").mkdir(parents=True)
    (outside / "secret.txt").write_text("Secret\n")
    (outside / "dir" / "more.txt").write_text("More\n")
    (content / "sources" / "leak.txt").symlink_to(outside / "secret.txt")
    (content / "sources" / "leakdir").symlink_to(outside / "dir")
    (content / "sources" / "inside.txt").symlink_to(content / "sources" / "real.txt")
    (content / "sources" / "loop").symlink_to(content / "sources")
    sources, problems = read_sources(content)
    # A link inside the folder is read like any file; the link back to sources/ is not walked twice.
    assert [s.path for s in sources] == ["sources/inside.txt", "sources/real.txt"]
    assert sorted((p.path, p.message.split(" (")[0]) for p in problems if p.severity == "error") == [
        ("sources/leak.txt", "this link points outside the content folder"),
        ("sources/leakdir", "this link points outside the content folder")]


def test_an_article_left_in_the_content_folder_itself_is_named_in_a_warning(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "kept.txt").write_text("Talks resumed on Monday.", encoding="utf-8")
    (tmp_path / "storm.md").write_text("---\ntitle: Storm\n---\nGales on Friday.", encoding="utf-8")
    (tmp_path / "README.md").write_text("What this folder holds.", encoding="utf-8")
    sources, problems = read_sources(tmp_path)
    assert [s.path for s in sources] == ["sources/kept.txt"]
    loose = [p for p in problems if p.path == "storm.md"]
    assert len(loose) == 1 and loose[0].severity == "warning" and "sources/" in loose[0].message
    assert not [p for p in problems if p.path == "README.md"]


def test_missing_sources_folder(tmp_path):
    sources, problems = read_sources(tmp_path)
    assert sources == [] and problems[0].message.startswith("there is no sources folder")


# --- The demo corpus -----------------------------------------------------------------------------------------


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds/ is not beside the project (it is optional material)")
def test_seeds_read_as_txt_keep_their_text(tmp_path):
    for seed in sorted(SEEDS.glob("*.txt")):
        source = read_source(seed, SEEDS)
        assert source.text == seed.read_bytes().decode("utf-8").replace("\r\n", "\n"), seed.name
        assert source.warnings == ()
