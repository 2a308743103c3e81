"""The mkdocs plugin: gathers content/ into a Corpus and adds the rendered timeline pages to the build.

mkdocs reads and converts every page before it writes any, and keeps a File and a Page for each until the end
of the build, with its Markdown and HTML. With tens of thousands of pages that would grow with the corpus, so:
- the many pages (one per event, per source, per old event id) are not given to mkdocs at all: once mkdocs has
  built its own, the plugin builds them one at a time, each through the same steps and plugin events mkdocs
  runs for a page (read, convert, render into the theme, write), and lets each go; they are added to
  sitemap.xml when the site has an address;
- the few pages mkdocs does build (the timeline, its periods, the list of sources, the graph) have their
  Markdown rendered only when mkdocs reads them, and their Markdown and HTML parked in a temporary file until
  mkdocs writes them, then let go. What mkdocs sees, and so what it writes, is the same as if all were held.

Material's search plugin likewise keeps every page's text until the end of the build, for search_index.json:
the plugin moves each page's entries to a temporary file as the page is built and writes the index from there,
byte for byte the file the search plugin would have written. Material's offline plugin would then read that
index whole to inline it into search_index.js; the plugin writes that copy too, the same way, in its place.

When build_site gives it the cache folder, a page built alone that is made from the same things as in the last
build (render.Pages.inputs), or whose Markdown (and everything else it is built with) is unchanged, is taken
from the last site instead (timeline.site.pagecache); the first without even making its Markdown.
"""
from __future__ import annotations

import html as html_lib
import json
import logging
import re
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import TableOfContents
from mkdocs.utils import get_relative_url

from timeline.errors import TimelineError
from timeline.model import Corpus, Settings
from timeline.site.render import BUILTIN_TEMPLATES, Pages

log = logging.getLogger("mkdocs.plugins.timeline")
LOCAL_SHIM = "js/iframe-worker-shim.js"


class TimelineConfig(base.Config):
    """Options under `plugins: - timeline:` in mkdocs.yml; paths are relative to mkdocs.yml."""

    content = c.Type(str, default="content")
    templates = c.Type(str, default="site_templates")


class TimelinePlugin(BasePlugin[TimelineConfig]):
    """Generates index.md, events/*.md, sources/*.md, sources.md and problems.md from the content folder."""

    # build_site sets this to render a corpus it was given instead of gathering one.
    corpus: Corpus | None = None
    # The error that stopped the build, kept so build_site can report it as it was raised.
    error: TimelineError | None = None
    # The corpus the last build rendered, for the exports written after it.
    built: Corpus | None = None
    # Generated pages' Markdown and HTML between mkdocs reading them and writing them (a timeline.cache.Stash).
    parked = None
    # Material's search index, whose entries are spooled to disk (a timeline.cache.Spool) as pages are built.
    search_index = None
    search_spool = None
    # Material's offline plugin, whose inlined copy of the search index this plugin writes instead (see above).
    offline = None
    # The pages of the build (timeline.site.render.Pages): its many pages (events, sources, redirects) are built
    # one at a time after mkdocs' own, and what they are built with.
    pages = files = nav = env = render = None
    # Set by build_site: the cache folder of pages (timeline.site.pagecache) and the site the new one replaces,
    # whose unchanged pages are reused; and the PageCache of the build, which build_site commits or discards.
    reuse_from: tuple = None
    page_cache = None
    # Set by build_site too: each event's part of the exports kept from the last build (timeline.exportcache),
    # which build_site commits or discards.
    export_cache = None
    _captured: list | None = None  # the search entries of the page being built, for the page cache
    pages_built = pages_reused = 0  # of the many pages: built, or taken unchanged from the last site
    pages_rendered = 0  # of the many pages: whose Markdown was made (all but those reused by their inputs)

    def on_config(self, config):
        """Resolve the content and templates dirs against mkdocs.yml's folder."""
        if config.use_directory_urls:
            # The generated pages link to each other as plain .html files.
            raise PluginError("the timeline plugin needs 'use_directory_urls: false' in mkdocs.yml, found true")
        root = Path(config.config_file_path or ".").resolve().parent
        self.content_dir = root / self.config.content
        self.templates_dir = root / self.config.templates
        # Material's offline search loads its worker through the iframe-worker shim, which it would fetch from
        # a CDN; the site ships its own copy (in docs_dir), so nothing is fetched from elsewhere.
        polyfills = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in str(p)]
        config.extra["polyfills"] = [*polyfills, LOCAL_SHIM]
        return config

    def on_files(self, files, /, *, config):
        """Gather the corpus, render every page and add it to the build as a generated file."""
        try:
            corpus = self.corpus
            if corpus is None:
                from timeline.pipeline import fatal, gather  # imported here: the pipeline pulls in the NLP stack

                corpus = gather(Settings(content_dir=self.content_dir, templates_dir=self.templates_dir,
                                         config_file=Path(config.config_file_path), strict=config.strict))
                for problem in corpus.problems:
                    log.warning(str(problem))
                if stop := fatal(corpus):
                    # An override that cannot apply would publish the event its editor meant to correct.
                    raise PluginError("; ".join(str(p) for p in stop))
            pages = Pages(corpus, [self.templates_dir], config.site_name, config.site_url)
            self.built = corpus
        except TimelineError as e:
            self.error = e
            raise PluginError(str(e)) from None
        from timeline.cache import Spool, Stash

        # Beside the site being built: on its disk, not in memory even where /tmp is.
        self.parked = Stash(Path(config.site_dir).resolve().parent)
        self.search_index, self.search_spool = _spoolable_search_index(config), None
        if self.search_index is not None:
            self.search_spool = Spool(Path(config.site_dir).resolve().parent)
            self.offline = _offline_plugin(config)
            if self.offline is not None:
                self.offline.config.enabled = False  # until the end of the build: see _unpark
        self.render = render = self._renderer(pages.render)
        self.pages, self.files = pages, files
        self.verbatim = {} if only_builtin_templates([self.templates_dir]) else None
        for path in pages.own:
            if old := files.get_file_from_path(path):
                files.remove(old)
            if path.endswith(".md"):
                files.append(_PageFile.of(config, path, render))
            else:  # the feed: a static file, and small (its latest events only)
                files.append(File.generated(config, path, content=render(path)))
        for path, _, _ in pages.many():  # built after mkdocs' own pages, one at a time: see _build_alone
            if old := files.get_file_from_path(path):
                files.remove(old)
        if not config.nav:
            # Without a nav mkdocs would list every event and source page in the sidebar.
            config.nav = [{"Timeline": "index.md"}, {"Sources": "sources.md"}, {"Graph": "graph.md"}]
            if "problems.md" in pages.own:
                config.nav.append({"Problems": "problems.md"})
        return files

    def _renderer(self, make: Callable[[str], str]) -> Callable[[str], str]:
        """make (a page's path -> the page), with a template's error kept for build_site and reported the way
        mkdocs expects."""
        def render(path: str) -> str:
            try:
                return make(path)
            except TimelineError as e:
                self.error = e
                raise PluginError(str(e)) from None
        return render

    @event_priority(-100)  # last: the Markdown every plugin made of the page
    def on_page_markdown(self, markdown, /, *, page, config, files):
        """A generated page's body is one block of HTML (see render.py), which Markdown would give back as it is,
        after parsing it twice (mkdocs, for its anchors; Markdown, for where the block ends), which is most of the
        time a page of the timeline takes. With the built-in templates, Markdown is given a stand-in, and the
        page's HTML is its body (_verbatim_content). Your own templates' pages go through Markdown."""
        if self.verbatim is not None and isinstance(page.file, _PageFile) and markdown.startswith("<"):
            self.verbatim[page.file.src_uri] = markdown
            return VERBATIM
        return markdown

    @event_priority(100)  # first: every plugin sees the page as Markdown would have made it
    def _verbatim_content(self, html, /, *, page, config, files):
        body = self.verbatim.pop(page.file.src_uri, None) if self.verbatim is not None else None
        if body is None:
            return html
        page.markdown = body
        if html != f"<p>{VERBATIM}</p>":  # another plugin changed the stand-in: Markdown after all
            page.render(config, files)
            return page.content
        page.present_anchor_ids = anchor_ids(body)  # as mkdocs finds them (for its check of links to them)
        return body.strip()

    @event_priority(-100)  # last: what is parked is what every plugin made of the page
    def _park_content(self, html, /, *, page, config, files):
        """Park a generated page's Markdown and HTML until mkdocs writes the page (see the module's docstring),
        and its anchor ids for good: only mkdocs' check of links to them, after every page is written, asks."""
        if isinstance(page.file, _PageFile) and not page.file.alone and not page.file.inclusion.is_excluded() \
                and self.parked is not None:
            self.parked.put((page.file.src_uri, "markdown"), page.markdown)
            self.parked.put((page.file.src_uri, "html"), html)
            page.markdown = ""  # not None: see _release
            if page.present_anchor_ids:
                page.present_anchor_ids = _ParkedAnchors(self.parked, page.file.src_uri, page.present_anchor_ids)
            return ""
        return html

    on_page_content = CombinedEvent(_verbatim_content, _park_content)

    @event_priority(100)  # first: every plugin sees the page as mkdocs made it
    def _unpark_page(self, context, /, *, page, config, nav):
        """Bring a parked page's Markdown and HTML back just before mkdocs renders it into the theme."""
        if self.parked is not None and (page.file.src_uri, "html") in self.parked:
            page.markdown = self.parked.take((page.file.src_uri, "markdown"))
            page.content = self.parked.take((page.file.src_uri, "html"))
        return context

    @event_priority(-100)  # last: after the search plugin has indexed the page
    def _spool_search_entries(self, context, /, *, page, config, nav):
        """Move the search entries of the page just indexed to disk (see the module's docstring)."""
        if self.search_spool is not None:
            for entry in self.search_index.entries:
                text = _search_json(entry) + ","
                self.search_spool.append(text)
                if self._captured is not None:
                    self._captured.append(text)
            self.search_index.entries.clear()
        return context

    on_page_context = CombinedEvent(_unpark_page, _spool_search_entries)

    def _announce_feed(self, output, /, *, page, config):
        """Announce the Atom feed in every page's head, so readers and browsers find it; name the search dialog,
        which the theme leaves unnamed for screen readers."""
        href = get_relative_url("feed.xml", page.url)
        # rel is a token list; the space keeps it out of Material's exact [rel=alternate] match, which would fetch
        # sitemap.xml for a language switcher and fail from a file path. Feed readers still see "alternate".
        link = f'<link rel="alternate " type="application/atom+xml" title="Events" href="{href}">'
        output = output.replace("</head>", link + "</head>", 1)
        return output.replace('<div class="md-search" data-md-component="search" role="dialog">',
                              '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">', 1)

    @event_priority(-100)  # last: the page is written as it stands now, so nothing needs its Markdown or HTML
    def _release(self, output, /, *, page, config):
        """Drop what mkdocs keeps of a generated page once it is written: its Markdown and HTML, its table of
        contents (only its own page shows it), its front matter but the title."""
        if isinstance(page.file, _PageFile):
            # Empty, not None: mkdocs takes a page without Markdown for one never read (and gives it no title).
            page.markdown = page.content = ""
            page.toc = _NO_TOC
            page.meta = {"title": page.meta["title"]} if "title" in page.meta else {}
        return output

    on_post_page = CombinedEvent(_announce_feed, _release)

    @event_priority(-100)  # last: the navigation and environment every page is rendered with
    def on_nav(self, nav, /, *, config, files):
        self.nav = nav
        return nav

    @event_priority(-100)
    def on_env(self, env, /, *, config, files):
        self.env = env
        return env

    @event_priority(100)  # first: before any plugin ends the build (the search index is written from its spool)
    def _build_alone(self, *, config):
        """Build the event and source pages one at a time, each read, converted, rendered into the theme and
        written, then let go: the steps and plugin events mkdocs runs for a page of its own, without the File and
        Page that mkdocs would hold for every page until the end of the build (see the module's docstring)."""
        from mkdocs.commands.build import _build_page, _populate_page
        from mkdocs.structure.files import InclusionLevel
        from mkdocs.structure.pages import Page

        doc_files = self.files.documentation_pages()
        sitemap = _SitemapSpool(config) if config.site_url else None
        cache = self._open_page_cache(config, doc_files) if self.pages is not None else None
        for path, kind, what in self.pages.many() if self.pages is not None else ():
            file = _PageFile.of(config, path, lambda _, k=kind, w=what: self.pages.render_item(k, w), alone=True)
            file.inclusion = InclusionLevel.INCLUDED
            watch = search = key = None
            if cache is not None:
                # First by what the page is made from, without making it; else by its Markdown, made to compare.
                inputs, watch = self.pages.inputs(kind, what)
                key = cache.input_key(file.dest_uri, inputs)
                search = cache.reuse(file.dest_uri, inputs=key)
            if search is None:
                markdown = self._renderer(lambda _: self.pages.render_item(kind, what, watch))(path)  # (called at once)
                file.render = lambda _, markdown=markdown: markdown
                self.pages_rendered += 1
                if cache is not None:
                    if watch.strayed:  # its template read more than its inputs: known by its Markdown only
                        key = None
                    mkey = cache.key(file.dest_uri, markdown)
                    search = cache.reuse(file.dest_uri, inputs=key, markdown=mkey)
            if search is not None:  # the last site's page, unchanged: in place, with its search entries
                if search:
                    self.search_spool.append(search)
                if sitemap is not None:
                    sitemap.add(Page(None, file, config))
                self.pages_reused += 1
                continue
            self._captured = [] if cache is not None else None
            page = Page(None, file, config)
            _populate_page(page, config, self.files)
            _build_page(page, config, doc_files, self.nav, self.env)
            self.pages_built += 1
            if cache is not None:
                cache.record(file.dest_uri, key, mkey, "".join(self._captured))
                self._captured = None
            if sitemap is not None:
                sitemap.add(page)
        self.pages = None
        if sitemap is not None:
            sitemap.write()

    def _open_page_cache(self, config, doc_files):
        """The cache of pages the last build made (see timeline.site.pagecache), when build_site gave one and
        every page's search entries pass through the spool (a page taken from the cache has no other way in)."""
        from timeline.site.pagecache import open_cache

        if self.reuse_from is None:
            return None
        searching = any(type(p).__module__ == "material.plugins.search.plugin" for p in config.plugins.values())
        if searching and self.search_spool is None:
            return None
        self.page_cache = open_cache(*self.reuse_from, config, self.nav, doc_files)
        return self.page_cache

    @event_priority(-50)  # after the search plugin has written its (empty) index, before offline inlines it
    def _post_build(self, *, config):
        """Write the search index from its spool; write the downloadable exports next to the pages, when the
        pipeline provides them."""
        from timeline import export

        self._write_search_index(config)
        self._unpark()

        if self.built is not None and hasattr(export, "write_exports"):
            try:
                export.write_exports(self.built, Path(config.site_dir) / "exports", self.export_cache)
            except TimelineError as e:
                self.error = e
                raise PluginError(str(e)) from None

    @event_priority(-150)  # after the offline plugin's turn, which it skipped
    def _restore_offline(self, *, config):
        if self.offline is not None:
            self.offline.config.enabled = True
        self.offline = None

    on_post_build = CombinedEvent(_build_alone, _post_build, _restore_offline)

    def on_build_error(self, *, error):
        self._unpark()
        self._restore_offline(config=None)

    def _write_search_index(self, config) -> None:
        """search_index.json as the search plugin writes it, {"config": ..., "docs": [...]}, its docs copied from
        the spool: the plugin's own JSON of an index holding one placeholder entry, the placeholder replaced.
        And its copy inlined into a script, as the offline plugin writes it, when that plugin is used."""
        if self.search_spool is None:
            return
        self.search_index.entries.append(_PLACEHOLDER)
        head, tail = self.search_index.generate_search_index(None).split(_search_json(_PLACEHOLDER))
        self.search_index.entries.clear()
        folder = Path(config.site_dir) / "search"
        folder.mkdir(parents=True, exist_ok=True)
        self._write_spooled(folder / "search_index.json", head, tail)
        if self.offline is not None:
            self._write_spooled(folder / "search_index.js", f"var __index = {head}", tail)

    def _write_spooled(self, path: Path, head: str, tail: str) -> None:
        with open(path, "wb") as out:
            out.write(head.encode("utf-8"))
            self.search_spool.copy_to(out)
            if self.search_spool.count:
                out.seek(-1, 1)  # the last entry's comma
            out.write(tail.encode("utf-8"))
            out.truncate()

    def _unpark(self):
        if self.parked is not None:
            self.parked.close()
        self.parked = None
        if self.search_spool is not None:
            self.search_spool.close()
        self.search_spool = self.search_index = None

    def on_serve(self, server, /, *, config, builder):
        """Rebuild on `mkdocs serve` when the articles, overrides or templates change."""
        for path in dict.fromkeys([self.content_dir, self.templates_dir, BUILTIN_TEMPLATES]):
            if path.exists():
                server.watch(str(path))
        return server


_NO_TOC = TableOfContents([])
VERBATIM = "timeline-page-body"  # what Markdown converts instead of a generated page's body (see on_page_markdown)
_START_TAG = re.compile(r"<([a-zA-Z][^\s/>]*)(\s[^>]*)>")
_ANCHOR_ATTRIBUTE = re.compile(r"""\s(id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def anchor_ids(body: str) -> set[str]:
    """The anchors of a block of HTML as mkdocs collects them (any tag's id, an a's name): from the generated
    pages' tags, whose attribute values are escaped and quoted."""
    out = set()
    for tag in _START_TAG.finditer(body):
        for attribute in _ANCHOR_ATTRIBUTE.finditer(tag.group(2)):
            if attribute.group(1) == "id" or tag.group(1).lower() == "a":
                out.add(html_lib.unescape(attribute.group(2) if attribute.group(2) is not None else attribute.group(3)))
    return out


def only_builtin_templates(templates_dirs: list) -> bool:
    """Whether every template a page is made with is a built-in one (no folder but the built-in one holds any)."""
    builtin = BUILTIN_TEMPLATES.resolve()
    return all(Path(d).resolve() == builtin or not any(Path(d).rglob("*.j2")) for d in templates_dirs if d)


class _ParkedAnchors:
    """The anchor ids of a page, kept in the stash: all mkdocs asks of them is whether one is there."""

    __slots__ = ("stash", "key")

    def __init__(self, stash, src_uri: str, ids: set[str]):
        self.stash, self.key = stash, (src_uri, "anchors")
        stash.put(self.key, "\n".join(ids))

    def __contains__(self, anchor: str) -> bool:
        return anchor in self.stash.get(self.key).split("\n")

    def __bool__(self) -> bool:
        return True


_PLACEHOLDER = {"location": "\0timeline search entries\0"}


def _search_json(entry: dict) -> str:
    """An entry of the search index as the search plugin's json.dumps writes it inside the whole index."""
    return json.dumps(entry, separators=(",", ":"), default=str)


def _spoolable_search_index(config):
    """Material's search index, when its entries can be spooled: a plain build (not a dirty reload, which
    merges the last build's entries), the index of the class whose JSON _write_search_index reproduces."""
    try:
        from material.plugins.search.plugin import SearchIndex
    except ImportError:
        return None
    for name, instance in config.plugins.items():
        index = getattr(instance, "search_index", None)
        if (type(index) is SearchIndex and isinstance(index.entries, list) and not index.entries
                and not getattr(instance, "is_dirty", True) and getattr(instance, "search_index_prev", None) is None):
            return index
    return None


def _offline_plugin(config):
    """Material's offline plugin, if the build uses it."""
    try:
        from material.plugins.offline.plugin import OfflinePlugin
    except ImportError:
        return None
    return next((p for p in config.plugins.values() if type(p) is OfflinePlugin and p.config.enabled), None)


class _PageFile(File):
    """A generated page whose Markdown is made from the corpus each time mkdocs reads it, instead of being held
    from the start of the build (mkdocs reads each page once)."""

    render: Callable[[str], str]
    alone: bool = False  # built by the plugin on its own, after mkdocs' pages (nothing to park)

    @classmethod
    def of(cls, config, path: str, render: Callable[[str], str], alone: bool = False) -> _PageFile:
        f = cls.generated(config, path, content="")  # the content is never stored: see content_string
        f._content, f.render, f.alone = None, render, alone
        return f

    @property
    def content_string(self) -> str:
        return self.render(self.src_uri) if self._content is None else File.content_string.fget(self)

    @content_string.setter
    def content_string(self, value: str):
        File.content_string.fset(self, value)

    @property
    def content_bytes(self) -> bytes:
        return self.content_string.encode() if self._content is None else File.content_bytes.fget(self)

    @content_bytes.setter
    def content_bytes(self, value: bytes):
        File.content_bytes.fset(self, value)

    def is_modified(self) -> bool:
        return True  # like every generated file


class _SitemapSpool:
    """The pages built alone, added to the sitemap.xml mkdocs wrote for its own pages (only with a site_url: without
    one mkdocs lists no page at all): their entries wait in a spool, then go in before the closing tag, and the
    .gz copy is written again with the time mkdocs gave it."""

    def __init__(self, config):
        from timeline.cache import Spool

        self.path = Path(config.site_dir) / "sitemap.xml"
        self.spool = Spool(Path(config.site_dir).resolve().parent)

    def add(self, page) -> None:
        url = page.canonical_url or page.abs_url
        if url:
            self.spool.append(f"\n    <url>\n         <loc>{escape(url)}</loc>\n    </url>")

    def write(self) -> None:
        import gzip
        import shutil

        try:
            head, tail = self.path.read_text(encoding="utf-8").rsplit("</urlset>", 1)
        except (OSError, ValueError):
            self.spool.close()
            return  # the theme wrote no sitemap
        with open(self.path, "wb") as out:  # streamed: the entries are never all in memory
            out.write(head.rstrip().encode("utf-8"))
            self.spool.copy_to(out)
            out.write(f"\n</urlset>{tail}".encode("utf-8"))
        self.spool.close()
        gz = self.path.with_name("sitemap.xml.gz")
        if gz.exists():
            with open(gz, "rb") as f:
                mtime = int.from_bytes(f.read(8)[4:8], "little")  # the time mkdocs stamped on its copy
            with open(self.path, "rb") as src, gzip.GzipFile(filename=str(gz), mode="wb", mtime=mtime) as f:
                shutil.copyfileobj(src, f)
