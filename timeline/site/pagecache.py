"""Pages of the last build reused by the next: a rebuild after editing one article makes again only the pages
made from what changed, and writes again only those whose Markdown changed.

Each timeline page (a period's), event, redirect and source page is a pure function of its Markdown and of
what every such page is built with: the mkdocs config, its plugins, the theme's files and the navigation. Its Markdown is a pure function of
what the page is made from (render.Pages.inputs: the templates, the events and sources it shows), as far as its
template reads nothing else, which a watch on the template's reads tells. A page has two keys: a digest of
what it is made from with what every page is built with (`input_key`, none for a page whose template read
more), and a digest of its Markdown with it (`key`).
A manifest in the cache folder, one per site folder, lists the pages of the last build that completed: each
one's keys, the size and modification time its file was written with, and its search index entries. A page
whose input key is listed there is reused without making its Markdown; else its Markdown is made, and a page
whose Markdown key is listed is reused. Reused, a page whose file in the last site is still the one written is
hard-linked (else copied) from the last site into the new one instead of being converted, rendered into the
theme and written, and its search entries are taken from the manifest. The result is the same site, byte for
byte.

The new manifest is written beside the old one during the build and replaces it only once the new site is in
place (`commit`): a build that fails or is killed leaves the last manifest, which still describes the last site.
Anything unexpected (a plugin the cache does not know, a manifest that cannot be read or written) means no
page is reused: the build is slower, never different.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import uuid
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path

# The plugins whose work on a page depends only on that page and the config: any other plugin (or hook) might
# read something the key does not cover, so with one configured no page is reused.
KNOWN_PLUGINS = frozenset(("material.plugins.search.plugin", "material.plugins.offline.plugin", "timeline.plugin"))
PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "jinja2", "pymdown-extensions")
NOT_OF_THE_PAGES = frozenset(("site_dir", "dev_addr", "strict"))  # config keys no page shows (site_dir is new each build)


class PageCache:
    """The reusable pages of the site last built into `out`, and the manifest of the build under way."""

    def __init__(self, folder: Path, out: Path, site_dir: Path, signature: str):
        folder.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha256(os.fsencode(out.resolve())).hexdigest()[:16]
        self.path = folder / f"{name}.sqlite"
        for left in folder.glob(f".{name}-*.sqlite"):  # a killed build's
            left.unlink(missing_ok=True)
        self.new_path = folder / f".{name}-{uuid.uuid4().hex[:8]}.sqlite"
        self.out, self.site_dir, self.signature = out, site_dir, signature.encode()
        self.old = None
        if self.path.is_file() and out.is_dir():
            try:
                self.old = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
                self.old.execute("SELECT dest, key, mkey, size, mtime, search FROM page LIMIT 1").fetchall()
            except sqlite3.Error:
                self._close_old()
        self.new = sqlite3.connect(self.new_path)
        self.new.execute("PRAGMA journal_mode=OFF")
        self.new.execute("PRAGMA synchronous=OFF")
        self.new.execute("CREATE TABLE page (dest TEXT PRIMARY KEY, key BLOB, mkey BLOB, size INTEGER, mtime INTEGER, "
                         "search TEXT)")
        self.made: set[Path] = set()
        self._row: tuple = (None, None)  # (dest, its row of the last manifest): read once for both of reuse's asks

    def key(self, dest: str, markdown: str) -> bytes:
        """The key of a page by its Markdown."""
        h = hashlib.sha256(self.signature)
        h.update(b"\0" + dest.encode("utf-8", "surrogatepass") + b"\0" + markdown.encode("utf-8", "surrogatepass"))
        return h.digest()[:16]

    def input_key(self, dest: str, inputs: bytes) -> bytes:
        """The key of a page by what it is made from (`inputs`, as render.Pages.inputs digests it), not made."""
        h = hashlib.sha256(self.signature)
        h.update(b"\1inputs\0" + dest.encode("utf-8", "surrogatepass") + b"\0" + inputs)
        return h.digest()[:16]

    def reuse(self, dest: str, inputs: bytes | None = None, markdown: bytes | None = None) -> str | None:
        """Put the last site's page `dest` in the new site if it is still as written and was made from the same
        inputs (their key, `input_key`), or, when `markdown` is given, from the same Markdown (its key, `key`);
        its search entries ("" for none), or None when the page has to be built. The new manifest lists the
        page under both keys (a page made from the same inputs has the same Markdown); `inputs` is None for a
        page whose template read more than its inputs, which is then found by its Markdown only."""
        if self.old is None:
            return None
        if self._row[0] != dest:
            self._row = (dest, self.old.execute("SELECT size, mtime, search, key, mkey FROM page WHERE dest = ?",
                                                (dest,)).fetchone())
        row = self._row[1]
        if row is None:
            return None
        if markdown is None:
            if inputs is None or row[3] != inputs:
                return None
            markdown = row[4]
        elif row[4] != markdown:
            return None
        source, target = self.out / dest, self.site_dir / dest
        try:
            st = source.stat()
            if (st.st_size, st.st_mtime_ns) != (row[0], row[1]):
                return None
            if target.parent not in self.made:
                target.parent.mkdir(parents=True, exist_ok=True)
                self.made.add(target.parent)
            try:
                os.link(source, target)
            except OSError:
                shutil.copy2(source, target)  # (no hard links here): a copy keeps the time it was written
        except OSError:
            return None
        self._note(dest, inputs, markdown, row[0], row[1], row[2])
        return row[2]

    def record(self, dest: str, inputs: bytes | None, markdown: bytes, search: str) -> None:
        """Note a page just built into the new site, with its keys (as reuse takes them)."""
        try:
            st = (self.site_dir / dest).stat()
        except OSError:
            return  # empty output, which mkdocs does not write
        self._note(dest, inputs, markdown, st.st_size, st.st_mtime_ns, search)

    def _note(self, dest, inputs, markdown, size, mtime, search) -> None:
        self.new.execute("INSERT OR REPLACE INTO page VALUES (?, ?, ?, ?, ?, ?)", (dest, inputs, markdown, size, mtime,
                                                                                   search))

    def commit(self) -> None:
        """The new site is in place: its manifest replaces the last one."""
        self._close_old()
        try:
            self.new.commit()
            self.new.close()
            os.replace(self.new_path, self.path)
        except (OSError, sqlite3.Error):
            self.discard()

    def discard(self) -> None:
        """The build did not complete: the last manifest stays."""
        self._close_old()
        try:
            self.new.close()
        except sqlite3.Error:
            pass
        try:
            self.new_path.unlink()
        except OSError:
            pass

    def _close_old(self) -> None:
        if self.old is not None:
            self.old.close()
        self.old = None


def open_cache(folder: Path | None, out: Path | None, config, nav, doc_files) -> PageCache | None:
    """A PageCache for a build of `config` into a new folder that will replace `out`, or None when pages are not
    to be reused: no cache folder, or a plugin the cache does not know."""
    if folder is None or out is None:
        return None
    if any(type(p).__module__ not in KNOWN_PLUGINS for p in config.plugins.values()):
        return None
    try:
        return PageCache(folder, out, Path(config.site_dir), signature(config, nav, doc_files))
    except (OSError, sqlite3.Error):
        return None


def signature(config, nav, doc_files) -> str:
    """A digest of everything, other than its own Markdown, that a page built alone is made with."""
    from timeline.articles import TOOL

    parts = {
        "tool": TOOL,
        "packages": [_version(p) for p in PACKAGES],
        "config": _plain({k: v for k, v in config.items() if k not in NOT_OF_THE_PAGES}),
        "theme": [_files(Path(d)) for d in config.theme.dirs],
        "nav": [(p.title, p.url) for p in nav.pages] if nav is not None else None,
        "pages": [f.src_uri for f in doc_files],
        "epoch": os.environ.get("SOURCE_DATE_EPOCH"),  # (the dates a theme might print)
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _files(folder: Path) -> list:
    """Each file under folder with its size and modification time."""
    out = []
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            try:
                st = os.stat(os.path.join(root, name))
            except OSError:
                continue
            out.append((os.path.relpath(os.path.join(root, name), folder), st.st_size, st.st_mtime_ns))
    return out


def _plain(value, depth: int = 0):
    """value as JSON-able data that is the same in every build of the same config: mappings and sequences
    followed, a plugin as its class and config, anything else as its repr (or its class alone where the repr
    holds an address, which would differ in every process)."""
    if depth > 12:
        return "..."
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Mapping):
        items = {str(k): _plain(v, depth + 1) for k, v in value.items()}
        if hasattr(value, "dirs") and not isinstance(value, dict):
            items["\0dirs"] = [str(d) for d in value.dirs]  # a Theme
        return items
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v, depth + 1) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if hasattr(value, "config") and hasattr(value, "on_config"):  # a plugin
        return [f"{type(value).__module__}.{type(value).__qualname__}", _plain(value.config, depth + 1)]
    text = repr(value)
    return f"{type(value).__module__}.{type(value).__qualname__}" if " at 0x" in text else text
