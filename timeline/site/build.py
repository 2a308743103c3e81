"""Build the site with mkdocs into a fresh folder, then swap it into place, so a failed build changes nothing."""
from __future__ import annotations

import ctypes
import glob
import logging
import os
import re
import shutil
import uuid
from pathlib import Path

import timeline
from timeline.errors import BuildError, TimelineError
from timeline.model import Corpus, Settings

REPO_CONFIG = Path(timeline.__file__).parents[1] / "mkdocs.yml"
_LEFTOVER = re.compile(r"-(?:new|old)-[0-9a-f]{8}")  # after ".<out name>": the temp dirs build_site makes


def build_site(settings: Settings, corpus: Corpus | None = None, stats: dict | None = None) -> Path:
    """Build the site into settings.out_dir (from `corpus` if given, else gathered by the plugin); return that dir.
    `stats`, if given, gets how many event and source pages were built, how many reused from the last site,
    and how many had their Markdown made (every one built, and those reused only once made and compared); and,
    with the cache, under "exports", of how many events the exports were made and of how many taken as they were.

    Raises BuildError when mkdocs fails, or the TimelineError that stopped the plugin (a bad template, say).
    """
    import jinja2
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    config_file = config_path(settings)
    out = (settings.out_dir or Path("site")).resolve()
    _check_out_dir(out, settings, config_file)
    out.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(out)
    tmp = out.with_name(f".{out.name}-new-{uuid.uuid4().hex[:8]}")
    tmp.mkdir()
    # mkdocs logs the real reason of a failure and then raises a bare "Aborted"; keep the reasons to report them.
    messages = _Messages()
    logging.getLogger("mkdocs").addHandler(messages)
    plugin = None
    try:
        cfg = load_config(config_file=str(config_file), site_dir=str(tmp), strict=settings.strict or None)
        plugin = cfg.plugins.get("timeline")
        if plugin is None:
            raise BuildError(str(config_file), "the 'timeline' plugin is not listed under 'plugins'")
        plugin.config.content = str(settings.content_dir.resolve())
        if settings.templates_dir is not None:
            plugin.config.templates = str(settings.templates_dir.resolve())
        plugin.corpus = corpus
        if settings.cache_dir is not None:
            from timeline.exportcache import ExportCache

            plugin.reuse_from = (settings.cache_dir / "pages", out)  # unchanged pages of the last site are reused
            plugin.export_cache = ExportCache(settings.cache_dir / "exports", out)  # and unchanged events' exports
        cfg.plugins.on_startup(command="build", dirty=False)
        try:
            build(cfg)
        finally:
            cfg.plugins.on_shutdown()
    except (MkDocsException, jinja2.TemplateError, OSError) as e:
        _discard_pages(plugin)
        shutil.rmtree(tmp, ignore_errors=True)
        if plugin is not None and plugin.error is not None:
            raise plugin.error from None
        reason = "; ".join(messages.errors or [*messages.warnings, str(e) or type(e).__name__])
        raise BuildError(str(config_file), f"the site could not be built: {reason}") from None
    except BaseException:
        _discard_pages(plugin)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        logging.getLogger("mkdocs").removeHandler(messages)
    try:
        _swap(tmp, out)
    except BaseException:
        _discard_pages(plugin)
        raise
    if plugin.page_cache is not None:
        plugin.page_cache.commit()  # it now describes the site in place
    exports = plugin.export_cache
    if exports is not None:
        exports.commit()
    if stats is not None:
        stats.update(built=plugin.pages_built, reused=plugin.pages_reused, rendered=plugin.pages_rendered)
        if exports is not None:
            stats["exports"] = {"made": exports.made, "reused": exports.hits}
    return out


def _discard_pages(plugin) -> None:
    """The build failed: the manifest of its pages goes, the last one (of the site still in place) stays."""
    if plugin is not None and plugin.page_cache is not None:
        plugin.page_cache.discard()
    if plugin is not None and plugin.export_cache is not None:
        plugin.export_cache.discard()


def config_path(settings: Settings) -> Path:
    """settings.config_file, else ./mkdocs.yml, else the project's own mkdocs.yml."""
    if settings.config_file is not None:
        return settings.config_file
    return Path("mkdocs.yml") if Path("mkdocs.yml").is_file() else REPO_CONFIG


def _check_out_dir(out: Path, settings: Settings, config_file: Path) -> None:
    # The old out dir is deleted after the swap: refuse anything that could be the user's own files.
    precious = [Path.cwd(), settings.content_dir.resolve(), config_file.resolve().parent]
    if any(out == p or out in p.parents for p in precious):
        raise BuildError(str(out), "the output folder must not be, or contain, the project or content folder")
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / "index.html").exists())):
        raise BuildError(str(out), "the output folder exists but is not a built site (no index.html); "
                                   "refusing to replace it")


def _remove_leftovers(out: Path) -> None:
    """Delete the half-built and half-replaced sites a killed build left beside `out` (only our own names).

    A build killed between the two renames of a non-atomic swap leaves no `out` but the previous site under
    its -old- name: that one is put back first."""
    if not out.exists():
        olds = sorted(out.parent.glob(f".{glob.escape(out.name)}-old-*"), key=lambda p: p.stat().st_mtime)
        if olds and olds[-1].is_dir():
            olds[-1].rename(out)
    for path in out.parent.glob(f".{glob.escape(out.name)}-*"):
        if _LEFTOVER.fullmatch(path.name[len(out.name) + 1:]) and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one atomic step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _swap(new: Path, out: Path) -> None:
    """Put `new` in the place of `out`: one atomic exchange where the system has it; otherwise two renames
    (each atomic), the old site restored if the second fails and by the next build if killed between them."""
    if out.exists() and _exchange(new, out):
        shutil.rmtree(new, ignore_errors=True)  # `new` now holds the previous site
        return
    old = out.with_name(f".{out.name}-old-{uuid.uuid4().hex[:8]}")
    had_old = out.exists()
    try:
        if had_old:
            out.rename(old)
        try:
            new.rename(out)
        except OSError:
            if had_old:
                old.rename(out)
            raise
    except OSError as e:
        shutil.rmtree(new, ignore_errors=True)
        raise BuildError(str(out), f"could not replace the previous site: {e.strerror or e}") from None
    shutil.rmtree(old, ignore_errors=True)


class _Messages(logging.Handler):
    """Collects mkdocs' errors and warnings during a build (warnings are why a strict build stops)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        (self.errors if record.levelno >= logging.ERROR else self.warnings).append(record.getMessage())
