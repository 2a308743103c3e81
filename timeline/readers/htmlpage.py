"""A saved news web page: article text and metadata with trafilatura, publication date with htmldate."""
from __future__ import annotations

from typing import NamedTuple

from timeline.errors import E_HTML_PARSE, E_NO_ARTICLE, SourceError

MIN_ARTICLE_WORDS = 20  # a menu, a caption or a cookie notice is not a news article

VISIBLE_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
# htmldate rejects dates after max_date, which defaults to today: a fixed bound keeps builds reproducible.
HTMLDATE_OPTIONS = {"original_date": True, "extensive_search": False, "max_date": "2100-12-31"}


class Page(NamedTuple):
    """What a web page gives us; text is the extracted article, every other field may be missing."""

    text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None  # YYYY-MM-DD from the page's markup
    language: str | None
    page_text: str  # all the visible text, one text node a line: the footer's copyright line is in it


def read_page(html: str, shown: str) -> Page:
    """Extract the article and its metadata from an HTML page; SourceError if there is no article."""
    # Heavy imports (lxml, the extractors) only when an HTML source is actually read.
    import htmldate
    import trafilatura

    try:
        # A parsed tree, not the string: both libraries would download a "page" that is just a URL.
        tree = trafilatura.load_html(html)
        if tree is None:
            raise SourceError(shown, E_NO_ARTICLE)
        # favor_precision: the default mode falls back to any text on the page (the menu of an
        # index page), so a page without an article would never be reported as one.
        doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                          favor_precision=True, date_extraction_params=HTMLDATE_OPTIONS)
        published = htmldate.find_date(tree, **HTMLDATE_OPTIONS)
    except SourceError:
        raise
    except Exception as e:  # noqa: BLE001 - a third-party parser failing on one page must not stop the build
        raise SourceError(shown, E_HTML_PARSE.format(detail=f"{type(e).__name__}: {e}")) from None
    if doc is None or len((doc.text or "").split()) < MIN_ARTICLE_WORDS:
        raise SourceError(shown, E_NO_ARTICLE)
    lang = (tree.get("lang") or "").split("-")[0].strip().lower() or None
    page_text = "\n".join(" ".join(t.split()) for t in tree.xpath(VISIBLE_TEXT) if t.strip())
    return Page(doc.text, doc.title, doc.sitename, doc.url, published, lang, page_text)
