"""Property-based tests: on any text, the tagger, the readers and the mention finder never raise, offsets
always point at what they name, and values are always TimeML.

`make test` runs a short profile; `make fuzz` runs the long one (HYPOTHESIS_PROFILE=fuzz).
"""
from __future__ import annotations

import html
import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline import dates
from timeline.errors import TimelineError
from timeline.events import mentions
from timeline.model import Source
from timeline.readers import read_source
from timeline.segment import boilerplate
from timeline.temporal import tag

settings.register_profile("default", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Newsy fragments, so random text often contains things the grammar reacts to.
WORDS = ["Thursday", "December", "January 10", "the day after", "next month", "early", "late", "2014", "May",
         "said", "will", "on", "in", "at", "3:35 p.m.", "(2035 GMT)", "ago", "two weeks", "a day before", "last",
         "this week", "the 1990s", "the third quarter", "every Monday", "now", "recently", "second", "100,000",
         "March", "GMT", "tomorrow night", ",", ".", "\n\n", "ThursdayThe", "10On", "fifty minutes", "about",
         "the end of the year", "Christmas", "1997", "30", "12/30/2021", "2021-12-30", "the following week"]
newsy = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=60).map(" ".join)
any_text = st.text(max_size=400) | newsy
dct = st.none() | st.dates(min_value=dates.dt.date(1900, 1, 1), max_value=dates.dt.date(2100, 12, 31)).map(str)


@given(any_text, dct)
def test_tagger_offsets_and_values_are_always_valid(text, day):
    previous_end = -1
    for t in tag(text, day):
        assert text[t.start:t.end] == t.text and t.start < t.end
        assert t.start >= previous_end  # in text order, never overlapping
        previous_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert dates.is_timeml(t.value), (t.text, t.value)


# Lines of chronologies, programmes and live blogs: headings, entries headed by a time, sentences that count from
# the days told. Their order and the DCT (often none) vary, so entries' days, midnights and sections meet in ways
# no article written so far has them.
LINES = ["**Autumn 2025**", "## Monday 3 March", "**22 March 1976**", "**Later**", "**Where are we now?**",
         "Tuesday, Jan. 7", "*Saturday 11 July*", "**1979**", "### 2024", "**Last month**", "MONDAY",
         "**The next morning**", "# Live: storm hits coast", "**Dec. 31, 1999**", "**10:40 a.m.**", "Key events",
         "6.46pm – The guard sets off.", "4.20am – The last survivor is freed.", "11:58 p.m. — Midnight approaches.",
         "00:47 It's done.", "**10:40 a.m.:** Death toll rises.", "Midnight – the polls close.", "12.15am: Counting.",
         "23:00 The window is shut.", "- 8 a.m.: Doors open.", "**4:12 p.m.** The miner is out.", "Afternoon – calm.",
         "Two days later, he was arrested.", "That evening the crowd grew.", "At 3am on Sunday the river rose.",
         "In 2019, the plant closed; it reopened that October.", "The vote is on the 23rd.", "between 11pm and 1am",
         "December's consumer price index is due.", "In 2022, flu peaked in early December and fell by mid-January.", ""]
chronology = st.lists(st.sampled_from(LINES), min_size=1, max_size=14).map("\n".join)


@given(chronology, dct)
@example("**Autumn 2025**\n6.46pm – The guard sets off.\n\n**Later**\n1.20am – The last survivor is freed.", None)
# (a day heading and a report's day, and no day told before the clock time: TypeError comparing None in _time_day)
@example("**Autumn 2025**\nThursday\nsaid\nThursdayThe\n\n**\nAt 3am", None)
def test_tagger_reads_any_chronology(text, day):
    for t in tag(text, day):
        assert text[t.start:t.end] == t.text and dates.is_timeml(t.value), (t.text, t.value)


# Text as the web, word processors and plain-text wires write it: character references, invisible and
# non-breaking characters, other line ends, addresses, and lines wrapped after a space or a word's hyphen. The
# tagger reads a text rewritten from these and maps its offsets back to the text as given: they must stay in order
# and in the text, whatever it holds (and see the next test).
WRITTEN = ["&nbsp;", "&#160;", "&#x200b;", "&shy;", "&amp;", "&bogus;", "&#0;", "&#1114111;", "&rsquo;", "\r\n", "\r",
           "\u2028", "\u2029", "\u00ad", "\u200b", "\u00a0", "\u2011", "\u202f", "\t", "\ufeff", "\0",
           "https://example.com/2020/01/02/x", "[link](images/2023-07-04.png)", "www.example.org/1998/", "mid-\n",
           "twenty-\n", "-\r\n", "\n", "\n\n", "a sentence that fills much of a line before it is wrapped"]
written = st.lists(st.sampled_from(WRITTEN + WORDS) | st.text(max_size=4), max_size=80).map("".join) \
    | st.lists(st.sampled_from(WRITTEN + WORDS), max_size=80).map(" ".join)


@given(written, dct)
@example("The council said on\r\nThursday that the barrier, first promised for Aug.&nbsp;18, will not open until mid-\r\n"
         "December.\r\nWork stopped for about 18 hours after a crane failed at 3:35&nbsp;p.m. on a Tuesday in the\r\n"
         "autumn, the council's [statement](https://example.com/2025/09/12/x) said on the\r\nsame day.\r\n\r\nEnd.",
         "2025-10-02")
def test_tagger_offsets_index_text_written_otherwise(text, day):
    previous_end = -1
    for t in tag(text, day):
        assert text[t.start:t.end] == t.text and previous_end <= t.start < t.end, (t.text, t.start, t.end)
        previous_end = t.end
        assert dates.is_timeml(t.value), (t.text, t.value)


INVISIBLE = ["\u200b", "\u00ad", "\ufeff", "\u2060", "&shy;", "&#8203;", "&#x200B;"]
one_line = st.lists(st.sampled_from([w for w in WORDS if "\n" not in w]), max_size=40).map(" ".join)
# what is done at a place of a line: an invisible character put in, or the character there written as a decimal or
# hexadecimal character reference
DONE = st.sampled_from(INVISIBLE + ["&#{};", "&#x{:X};"])


@given(one_line, st.dictionaries(st.integers(0, 10**6), DONE, max_size=10), dct)
def test_invisible_characters_and_character_references_change_only_the_offsets(plain, done, day):
    text = plain
    for at, how in sorted({at % (len(plain) + 1): how for at, how in done.items()}.items(), reverse=True):
        if "{" not in how:
            text = text[:at] + how + text[at:]
        elif at < len(plain):
            text = text[:at] + how.format(ord(plain[at])) + text[at + 1:]

    def visible(s: str) -> str:
        return re.sub("[\u200b\u00ad\ufeff\u2060]", "", html.unescape(s))

    expected = [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in tag(plain, day)]
    found = [(len(visible(text[:t.start])), len(visible(text[:t.end])), visible(t.text), t.type, t.value, t.mod)
             for t in tag(text, day)]
    assert found == expected


MARKUP = [("**", "**"), ("*", "*"), ("_", "_"), ("__", "__"), ("[", "](https://example.com/2020/01/02/a)"),
          ("[", "](images/2023-07-04.png \"A title\")"), ("<b>", "</b>"), ("<a href=\"https://x.org/1999\">", "</a>")]


@given(st.lists(st.sampled_from([w for w in WORDS if w.strip(" ,.") and "\n" not in w]), min_size=1, max_size=30),
       st.lists(st.tuples(st.integers(1, 30), st.integers(1, 4), st.sampled_from(MARKUP)), max_size=6), dct)
def test_inline_markdown_markup_changes_only_the_offsets(words, marked, day):
    """Words inside a line wrapped in emphasis, a link or an inline HTML tag are read as the words alone."""
    plain = " ".join(words)
    runs, taken = {}, set()
    for first, count, markup in marked:  # runs of whole words, none at the line's start, none overlapping
        span = set(range(first, min(first + count, len(words))))
        if span and not span & taken and first < len(words):
            runs[first] = (max(span), markup)
            taken |= span
    pieces, back, at = [], [], 0  # the marked-up text and, for each of its characters, its offset in the plain one

    def put(piece: str, plain_at: int | None) -> None:
        pieces.append(piece)
        back.extend(range(plain_at, plain_at + len(piece)) if plain_at is not None else [None] * len(piece))

    i = 0
    while i < len(words):
        if i:
            put(" ", at)
            at += 1
        last, markup = runs.get(i, (i, None))
        run = " ".join(words[i:last + 1])
        put(markup[0], None) if markup else None
        put(run, at)
        at += len(run)
        put(markup[1], None) if markup else None
        i = last + 1
    text = "".join(pieces)
    expected = [(t.start, t.end, t.type, t.value, t.mod) for t in tag(plain, day)]
    found = [(back[t.start], back[t.end - 1] + 1, t.type, t.value, t.mod) for t in tag(text, day)]
    assert found == expected, text


# Words that build and join clauses, for the event finder's reading of sentences (its titles, subjects, reporting
# frames): "And was told on Friday" once raised an IndexError there.
CLAUSE_WORDS = ["And", "and", "But", "but", "Or", "was", "had", "is", "were", "told", "the council", "officials",
                "it", "that", "which", "who", "when", '"', "“", "”", "(", ")", "—", "–", ":", ";", "- ", "**", "#",
                "According to", "said", "is expected to", "to pay", "until", "since", "after", "before", "The vote"]
clauses = st.lists(st.sampled_from(WORDS + CLAUSE_WORDS), max_size=40).map(" ".join)


@given(any_text | written | clauses | st.lists(st.sampled_from(WORDS + [w for pair in MARKUP for w in pair]),
                                               max_size=60).map(" ".join), dct)
@example("EARLY\nThursday", "2000-01-01")  # an expression across the last line break, headed alone on its line
def test_mentions_point_into_the_text(text, day):
    from timeline.site.render import quote_html
    source = Source(id="s", path="sources/s.md", text=text, title="t", published=day)
    for m in mentions(source, tag(text, day), boilerplate(text)):
        assert text[m.sentence_start:m.sentence_end] == m.sentence
        assert m.sentence_start <= m.timex.start and m.timex.end <= m.sentence_end or m.sentence == ""
        quoted = str(quote_html(m))  # quoted without the markup a reader does not see, the expression marked
        assert quoted.count("<mark>") <= 1 and "<mark></mark>" not in quoted


@given(st.binary(max_size=600) | any_text.map(lambda s: s.encode("utf-8", "surrogatepass")),
       st.sampled_from([".md", ".txt", ".html"]))
def test_readers_return_a_source_or_a_clear_error(data, suffix):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"a{suffix}"
        path.write_bytes(data)
        try:
            source = read_source(path, Path(d))
        except TimelineError as e:
            assert e.message and e.path
            return
        assert isinstance(source.text, str) and source.id == "a"
        assert source.published is None or dates.parse(source.published) is not None


@given(st.text(max_size=40))
def test_date_values_parse_or_are_rejected(value):
    p = dates.parse(value)
    if p is not None:
        assert dates.describe(value) and dates.sort_key(value)
