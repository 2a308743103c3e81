"""Absolute dates in French and Spanish sources, through dateparser, with offsets."""
import pytest

pytest.importorskip("dateparser")

from timeline.temporal.multilingual import tag_any  # noqa: E402

WED = "2021-12-29"

CASES = [
    ("Les négociations auront lieu le 10 janvier à Genève.", "fr", "10 janvier", "2022-01-10"),
    ("Le président a parlé le 29 décembre 2021 avec Poutine.", "fr", "29 décembre 2021", "2021-12-29"),
    ("La llamada fue el 30 de diciembre por la tarde.", "es", "30 de diciembre", "2021-12-30"),
    ("La reunión será el 10 de enero en Ginebra.", "es", "10 de enero", "2022-01-10"),
    # with the spaces that do not break a line that French typography and web pages write
    ("Le président a parlé le 29\u00a0décembre\u00a02021 avec Poutine\u202f: c’est fini.", "fr", "29\u00a0décembre\u00a02021",
     "2021-12-29"),
    ("La llamada fue el 30\u00a0de\u00a0diciembre por la tarde.", "es", "30\u00a0de\u00a0diciembre", "2021-12-30"),
]


@pytest.mark.parametrize("text,lang,span,value", CASES)
def test_foreign_dates(text, lang, span, value):
    found = tag_any(text, WED, lang)
    assert found, text
    for t in found:
        assert text[t.start:t.end] == t.text
    hit = [t for t in found if span in t.text]
    assert hit and hit[0].value == value


def test_ordinary_words_are_not_dates():
    assert tag_any("Nous avons dit que nous voulons la paix.", WED, "fr") == []


def test_english_goes_to_the_english_tagger():
    assert [t.value for t in tag_any("They will speak on Thursday.", WED, "en")] == ["2021-12-30"]
