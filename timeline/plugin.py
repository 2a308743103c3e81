"""The mkdocs plugin: gathers content/ into a Corpus and adds the rendered timeline pages to the build."""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from timeline.errors import TimelineError
from timeline.model import Corpus, Settings
from timeline.site.render import BUILTIN_TEMPLATES, render_pages

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
            pages = render_pages(corpus, [self.templates_dir], config.site_name, config.site_url)
            self.built = corpus
        except TimelineError as e:
            self.error = e
            raise PluginError(str(e)) from None
        for path, content in pages.items():
            if old := files.get_file_from_path(path):
                files.remove(old)
            files.append(File.generated(config, path, content=content))
        if not config.nav:
            # Without a nav mkdocs would list every event and source page in the sidebar.
            config.nav = [{"Timeline": "index.md"}, {"Sources": "sources.md"}, {"Graph": "graph.md"}]
            if "problems.md" in pages:
                config.nav.append({"Problems": "problems.md"})
        return files

    def on_post_page(self, output, /, *, page, config):
        """Announce the Atom feed in every page's head, so readers and browsers find it; name the search dialog,
        which the theme leaves unnamed for screen readers."""
        href = get_relative_url("feed.xml", page.url)
        # rel is a token list; the space keeps it out of Material's exact [rel=alternate] match, which would fetch
        # sitemap.xml for a language switcher and fail from a file path. Feed readers still see "alternate".
        link = f'<link rel="alternate " type="application/atom+xml" title="Events" href="{href}">'
        output = output.replace("</head>", link + "</head>", 1)
        return output.replace('<div class="md-search" data-md-component="search" role="dialog">',
                              '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">', 1)

    def on_post_build(self, *, config):
        """Write the downloadable exports next to the pages, when the pipeline provides them."""
        from timeline import export

        if self.built is not None and hasattr(export, "write_exports"):
            try:
                export.write_exports(self.built, Path(config.site_dir) / "exports")
            except TimelineError as e:
                self.error = e
                raise PluginError(str(e)) from None

    def on_serve(self, server, /, *, config, builder):
        """Rebuild on `mkdocs serve` when the articles, overrides or templates change."""
        for path in dict.fromkeys([self.content_dir, self.templates_dir, BUILTIN_TEMPLATES]):
            if path.exists():
                server.watch(str(path))
        return server
