"""The built demo site in a real browser: headless Chromium (Debian's package) driven by Playwright.

The site is built from a copy of content/ plus one hostile article, into a temp dir, by the real pipeline; it is
opened from file:// and over `mkdocs serve` on 127.0.0.1. Every request that leaves the site is recorded and
aborted, and fails the test. Screenshots of the timeline go to test-artifacts/ (kept out of git).
These tests skip only when Chromium is missing or cannot start on this machine; `make test` installs it.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

from timeline.model import Settings
from timeline.site.build import build_site

from .helpers import ROOT, write_source

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = ROOT / "test-artifacts"
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 360, "height": 780}

# Each payload sets a flag (or opens a dialog) if it ever runs; the tests assert that nothing did.
HOSTILE_TITLE = "Hostile <script>window.__pwned = 'title'</script> article"
HOSTILE_OUTLET = "<img src=x onerror=\"window.__pwned='outlet'\">Evil Gazette"
HOSTILE_TEXT = """The ministers will meet in Geneva on Friday <script>window.__pwned = 'text'; alert('x')</script> \
to discuss the pipeline.

<img src=x onerror="window.__pwned='img'; alert('img')"> The observers said the border summit is set for \
14 January 2022 in Vienna.

<a href="javascript:window.__pwned='link'">click</a> <svg onload="window.__pwned='svg'"></svg>"""


# --- fixtures ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium, or a skip that says why it cannot run here."""
    from playwright.sync_api import Error, sync_playwright

    if not CHROMIUM.exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (`make test` installs Debian's chromium package)")
    pw = sync_playwright().start()
    try:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=60_000)
    except Error as e:
        pw.stop()
        pytest.skip(f"Chromium at {CHROMIUM} cannot start on this machine: {e.message.splitlines()[0]}")
    yield chromium
    chromium.close()
    pw.stop()


@pytest.fixture(scope="module")
def content(tmp_path_factory) -> Path:
    """The demo corpus plus a hostile article."""
    folder = tmp_path_factory.mktemp("browser") / "content"
    shutil.copytree(ROOT / "content", folder)
    write_source(folder, "zz_hostile.md", HOSTILE_TEXT, "2021-12-29", title=HOSTILE_TITLE, outlet=HOSTILE_OUTLET)
    return folder


@pytest.fixture(scope="module")
def site(content) -> Path:
    return build_site(Settings(content_dir=content, out_dir=content.parent / "site"))


class Watch:
    """Everything a page did that it should not: console errors, script errors, failed or outside requests,
    dialogs. Requests that leave the site are aborted as well as recorded."""

    def __init__(self, context, local: str):
        self.local = local
        self.problems: list[str] = []
        context.route(lambda url: not self._inside(url), self._abort)

    def _inside(self, url: str) -> bool:
        return url.startswith(self.local) or url.startswith(("data:", "blob:", "about:"))

    def _abort(self, route) -> None:
        self.problems.append(f"request outside the site: {route.request.url}")
        route.abort()

    def page(self, context):
        page = context.new_page()
        page.on("console", lambda m: m.type == "error" and self.problems.append(f"console error: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"script error: {e}"))
        page.on("requestfailed", self._failed)
        page.on("request", lambda r: self._inside(r.url) or self.problems.append(f"outside request: {r.url}"))
        page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))
        return page

    def _failed(self, request) -> None:
        # Aborted is no failure in two cases: mkdocs serve's live-reload poll stays open until the page is left,
        # and a page load is cut short when another navigation replaces it (live reload and the test reloading
        # the same page at once), and so is the favicon the browser fetches for a page that is then left (a
        # missing one fails as "file not found"). A page that really fails to load fails otherwise (404, file
        # not found).
        aborted = request.failure == "net::ERR_ABORTED"
        left = "/livereload/" in request.url or request.resource_type == "document" or request.url.endswith("/favicon.png")
        if not (aborted and left):
            self.problems.append(f"failed request: {request.url} ({request.failure})")

    def assert_clean(self) -> None:
        assert self.problems == []


@pytest.fixture
def file_view(browser, site):
    """(page, watch, base url) over file://."""
    context = browser.new_context(viewport=DESKTOP)
    watch = Watch(context, site.as_uri() + "/")
    page = watch.page(context)
    yield page, watch, site.as_uri() + "/"
    context.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(content):
    """`mkdocs serve` of its own copy of the content on 127.0.0.1 (a free port): (url, content dir).
    Stopped at the end."""
    content = shutil.copytree(content, content.parent / "served" / "content")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(ROOT / config["docs_dir"])
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "timeline" in plugin:
            plugin["timeline"] = {"content": str(content), "templates": str(ROOT / "site_templates")}
    config_file = content.parent / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config), encoding="utf-8")
    port = free_port()
    log = (config_file.parent / "serve.log").open("w")
    # mkdocs serve builds into a temporary folder of its own, which it removes when stopped by an interrupt: the
    # folder goes in this test's own tmp (so nothing is left in the system's, whatever happens), and it is
    # stopped with SIGINT, as Ctrl-C would.
    scratch = content.parent / "tmp"
    scratch.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(config_file),
                             "-a", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT, cwd=content.parent,
                            env={**os.environ, "TMPDIR": str(scratch)})
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(f"mkdocs serve did not start: {(config_file.parent / 'serve.log').read_text()[-2000:]}")
                time.sleep(0.3)
        yield url, content
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture
def serve_view(browser, served):
    context = browser.new_context(viewport=DESKTOP)
    watch = Watch(context, served[0])
    page = watch.page(context)
    yield page, watch, served[0]
    context.close()


# --- helpers ---------------------------------------------------------------------------------------------------


def open_page(page, url: str) -> None:
    page.goto(url, wait_until="load")
    if url.startswith("file:"):
        page.wait_for_load_state("networkidle")
    else:
        # mkdocs serve's live reload keeps a request open, so the network is never idle: give scripts a moment.
        page.wait_for_timeout(500)


def timeline_items(page) -> list[dict]:
    return page.eval_on_selector_all(
        ".tl-timeline li.tl-event",
        "els => els.map(li => ({id: li.id, visible: !!li.offsetParent,"
        " outlets: JSON.parse(li.dataset.outlets), sources: JSON.parse(li.dataset.sources),"
        " href: li.querySelector('a.tl-title').href}))")


def search(page, words: str) -> list[str]:
    """Type into Material's search box; the titles of the results."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(words, delay=30)  # Material searches on key events
    page.locator(".md-search-result__item").first.wait_for(timeout=20_000)
    return page.locator(".md-search-result__item h1").all_inner_texts()


# --- over file:// ----------------------------------------------------------------------------------------------


# Not 404.html: mkdocs gives it site-absolute links, for a server to send at any depth (checked over serve).
PAGES = ["index.html", "graph.html", "sources.html", "sources/zz_hostile.html", "feed.xml"]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_from_a_file_path_without_errors_or_outside_requests(file_view, path):
    page, watch, base = file_view
    open_page(page, base + path)
    if path.endswith(".html"):
        assert page.locator("h1").first.inner_text()
    watch.assert_clean()


def test_every_event_on_the_timeline_links_to_a_page_that_exists(file_view, site):
    page, watch, base = file_view
    open_page(page, base + "index.html")
    items = timeline_items(page)
    assert len(items) == len(list((site / "events").glob("*.html"))) > 10
    for item in items:
        # The permanent anchor is the event's id, which is derived from its date and words.
        assert item["id"] == "e-" + item["href"].rsplit("/", 1)[1].removesuffix(".html")
        assert page.locator(f'a.tl-permalink[href="#{item["id"]}"]').count() == 1
    for item in items:
        open_page(page, item["href"])
        assert page.url == item["href"] and page.locator("article h1").count() == 1
        assert page.locator(".tl-mentions li").count() >= 1
    watch.assert_clean()


def test_filters_show_only_the_events_of_an_outlet_and_a_source(file_view):
    page, watch, base = file_view
    open_page(page, base + "index.html")
    form = page.locator("form.tl-filters")
    assert form.is_visible()
    items = timeline_items(page)
    page.select_option("select[name=outlet]", "Le Monde")
    after = timeline_items(page)
    wanted = {i["id"] for i in items if "Le Monde" in i["outlets"]}
    assert 0 < len(wanted) < len(items)
    assert {i["id"] for i in after if i["visible"]} == wanted
    assert page.locator(".tl-filter-status").inner_text() == f"Showing {len(wanted)} of {len(items)} events."
    # A year whose events are all filtered out loses its heading too.
    assert page.locator("section.tl-year:has(h2:text-is('1997'))").is_hidden()
    assert "outlet=Le+Monde" in page.url
    page.click("form.tl-filters button[type=reset]")
    page.wait_for_function("document.querySelectorAll('.tl-timeline li.tl-event[hidden]').length === 0")
    # A filter in the address applies on load (a shared link keeps its view).
    open_page(page, base + "index.html?source=zz_hostile")
    visible = {i["id"] for i in timeline_items(page) if i["visible"]}
    assert visible and visible == {i["id"] for i in items if "zz_hostile" in i["sources"]}
    watch.assert_clean()


def test_without_javascript_the_timeline_lists_every_event(browser, site):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    page.goto(site.as_uri() + "/index.html")
    assert page.locator("form.tl-filters").is_hidden()
    assert page.locator(".tl-timeline li.tl-event").count() == len(list((site / "events").glob("*.html")))
    assert all(page.locator(".tl-timeline li.tl-event").evaluate_all("els => els.map(e => !!e.offsetParent)"))
    context.close()


def test_search_finds_events_from_a_file_path(file_view):
    page, watch, base = file_view
    open_page(page, base + "index.html")
    titles = search(page, "Crimea")
    assert any("Crimea" in t for t in titles), titles
    watch.assert_clean()


def test_hostile_article_executes_nothing(file_view):
    page, watch, base = file_view
    for path in ["sources/zz_hostile.html", "index.html", "sources.html", "graph.html"]:
        open_page(page, base + path)
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("article script, article img[src=x], article svg[onload]").count() == 0, path
    open_page(page, base + "sources/zz_hostile.html")
    text = page.locator(".tl-text").inner_text()
    assert "<script>window.__pwned = 'text'; alert('x')</script>" in text
    assert "<img src=x onerror=" in text
    assert HOSTILE_TITLE in page.locator("article h1").inner_text()
    event_links = page.locator(".tl-text mark a")
    assert event_links.count() >= 1
    for href in event_links.evaluate_all("els => els.map(a => a.href)"):
        open_page(page, href)
        assert page.evaluate("window.__pwned") is None, href
    titles = search(page, "Vienna")
    assert titles and page.evaluate("window.__pwned") is None
    watch.assert_clean()


def test_expression_shows_its_type_and_value_on_keyboard_focus(file_view):
    page, watch, base = file_view
    open_page(page, base + "sources/zz_hostile.html")
    mark = page.locator("mark.tl-timex").first
    tip = mark.get_attribute("title")
    assert re.match(r"(DATE|TIME) \S+", tip)
    page.keyboard.press("Tab")
    for _ in range(80):  # walk the page by keyboard until the expression (or its link) has focus
        if page.evaluate("document.activeElement.closest('mark.tl-timex') !== null"):
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail("no temporal expression can be reached with the keyboard")
    shown = page.evaluate("getComputedStyle(document.activeElement.closest('mark.tl-timex'), '::after').content")
    assert json.loads(shown) == page.evaluate("document.activeElement.closest('mark.tl-timex').title")
    watch.assert_clean()


def test_pages_have_landmarks_and_one_main_heading(file_view):
    page, watch, base = file_view
    for path in ["index.html", "events/" + sorted((Path(base[7:]) / "events").iterdir())[0].name,
                 "sources/zz_hostile.html", "graph.html"]:
        open_page(page, base + path)
        assert page.locator("header").count() >= 1 and page.locator("main").count() == 1, path
        assert page.locator("nav").count() >= 1 and page.locator("article h1").count() == 1, path
        assert page.locator("html").get_attribute("lang") == "en"
    watch.assert_clean()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_pages_pass_the_axe_accessibility_rules(browser, site, viewport):
    """axe-core's WCAG A and AA rules (contrast, names, landmarks, lists...); the script is the copy shipped in
    the axe-playwright-python package, injected into the page, so nothing is fetched."""
    import axe_playwright_python

    axe = Path(axe_playwright_python.__file__).parent / "axe.min.js"
    context = browser.new_context(viewport=viewport)
    watch = Watch(context, site.as_uri() + "/")
    page = watch.page(context)
    event = sorted((site / "events").iterdir())[-1].name
    found = []
    for path in ["index.html", f"events/{event}", "sources/zz_hostile.html", "sources.html", "graph.html"]:
        open_page(page, site.as_uri() + "/" + path)
        page.add_script_tag(path=str(axe))
        result = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                               " 'best-practice'], resultTypes: ['violations']})")
        found += [f"{path}: {v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
                  for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert found == []
    # axe itself reads the stylesheets by XHR, which file:// refuses (console errors that are axe's, not the
    # site's: the other tests check the pages without it); nothing may leave the site all the same.
    assert [p for p in watch.problems if "outside" in p] == []
    context.close()


@pytest.mark.parametrize("name, viewport", [("desktop", DESKTOP), ("phone", PHONE)])
def test_timeline_screenshot_and_fits_the_screen(browser, site, name, viewport):
    context = browser.new_context(viewport=viewport)
    watch = Watch(context, site.as_uri() + "/")
    page = watch.page(context)
    open_page(page, site.as_uri() + "/index.html")
    # Nothing wider than the screen: no sideways scrolling of the page itself.
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"timeline-{name}.png"), full_page=True)
    page.emulate_media(media="print")
    assert page.locator("form.tl-filters").is_hidden() and page.locator(".md-header").is_hidden()
    page.emulate_media(media="screen")
    watch.assert_clean()
    context.close()


# --- over mkdocs serve -----------------------------------------------------------------------------------------


def test_served_site_loads_and_searches_without_outside_requests(serve_view):
    page, watch, base = serve_view
    for path in ["index.html", "graph.html", "sources/zz_hostile.html", "no/such/page.html"]:
        open_page(page, base + path)
        assert page.evaluate("window.__pwned") is None
    assert page.locator("h1").inner_text() == "404 - Not found"
    watch.problems = [p for p in watch.problems if "404 (Not Found)" not in p]  # the one error we asked for
    open_page(page, base + "index.html")
    titles = search(page, "Crimea")
    assert any("Crimea" in t for t in titles), titles
    watch.assert_clean()


def test_serve_rebuilds_when_an_article_changes(serve_view, served):
    page, watch, base = serve_view
    content = served[1]
    open_page(page, base + "index.html")
    assert "lighthouse" not in page.content()
    write_source(content, "zz_new.md", "The harbour board will open the new lighthouse on 20 January 2022.",
                 "2021-12-30", title="Lighthouse news")
    deadline = time.monotonic() + 300  # a rebuild runs the whole pipeline; allow for a busy machine
    while "lighthouse" not in page.locator(".tl-timeline").inner_text():
        log = (content.parent / "serve.log").read_text()[-3000:]
        assert time.monotonic() < deadline, f"mkdocs serve did not rebuild after an article was added:\n{log}"
        time.sleep(1)
        from playwright.sync_api import Error
        try:
            open_page(page, base + "index.html")
        except Error as e:  # live reload reloaded the page at the same moment: this load was cut short
            if "ERR_ABORTED" not in str(e):
                raise
            page.wait_for_load_state("load")
    watch.assert_clean()
