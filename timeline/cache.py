"""The incremental cache: each article's per-article results, keyed by its bytes, path and the tool's version;
and the stash, where one build keeps texts out of memory while it runs.

A rebuild after editing one article reads every other article from here. Entries are written atomically
(a temporary file renamed into place), so a killed build never leaves a half-written entry; an unreadable
entry is simply recomputed.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .articles import Article, decode


def write_text(target: Path, text: str) -> None:
    """Write text to target atomically (UTF-8): readers see the old file or the new one, never a part."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise


class Cache:
    """A folder of <key>.json files; a Cache(None) stores nothing."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.hits = self.misses = 0

    def get(self, key: str) -> tuple[Article, str] | None:
        """The article stored under key and its JSON text (articles.encode); None if none is, or it is unreadable."""
        if self.folder is None:
            return None
        try:
            text = self._path(key).read_text(encoding="utf-8")
            article = decode(text)
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return article, text

    def has(self, key: str) -> bool:
        """Whether an entry for key is stored (it may still turn out unreadable)."""
        return self.folder is not None and self._path(key).is_file()

    def put(self, key: str, text: str) -> None:
        """Store an article's JSON text (articles.encode)."""
        if self.folder is None:
            return
        try:
            write_text(self._path(key), text)
        except OSError:
            pass  # a cache that cannot be written only makes the next build slower

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"


class Stash:
    """Texts kept out of memory while a build runs (its articles; its pages between mkdocs reading and writing
    them), in an anonymous temporary file, gone when closed or when the process ends however it ends.

    The file goes in the first of `folders` that exists when the first text comes (a folder the build writes
    to anyway: on that disk, rather than in a system temporary folder that may be held in memory), else in
    the system's temporary folder."""

    def __init__(self, *folders: Path | None):
        self.folders = [f for f in folders if f is not None]
        self.file = None
        # name -> where its text is in the file: offset << 32 | length, one int rather than a pair (a build at
        # scale keeps three entries per page)
        self.where: dict[object, int] = {}

    def put(self, name: object, text: str) -> None:
        """Keep text under name (any hashable), in place of what name held."""
        self.where[name] = self.append(text)

    def get(self, name: object) -> str:
        """The text kept under name (KeyError if none is)."""
        return self.read(self.where[name])

    def append(self, text: str) -> int:
        """Keep text under no name: where it is (for read), which the caller keeps."""
        if self.file is None:
            self.file = self._open()
        data = text.encode("utf-8", "surrogatepass")
        self.file.seek(0, os.SEEK_END)
        where = self.file.tell() << 32 | len(data)
        self.file.write(data)
        return where

    def read(self, where: int) -> str:
        """The text kept where append said."""
        self.file.seek(where >> 32)
        return self.file.read(where & 0xFFFFFFFF).decode("utf-8", "surrogatepass")

    def take(self, name: object) -> str:
        """The text kept under name, forgetting it (KeyError if none is)."""
        text = self.get(name)
        del self.where[name]
        return text

    def __contains__(self, name: object) -> bool:
        return name in self.where

    def close(self) -> None:
        if self.file is not None:
            self.file.close()

    def _open(self):
        for folder in self.folders:
            try:
                return tempfile.TemporaryFile(dir=folder)
            except OSError:  # not there, or not writable
                continue
        return tempfile.TemporaryFile()


class Spool:
    """Texts appended one after another to an anonymous temporary file, to be copied out whole at the end: a
    long sequence (every page's search entries) that is written once, in order, and never read piecemeal."""

    def __init__(self, *folders: Path | None):
        self.stash = Stash(*folders)  # for where its file goes
        self.count = 0

    def append(self, text: str) -> None:
        if self.stash.file is None:
            self.stash.file = self.stash._open()
        self.stash.file.write(text.encode("utf-8", "surrogatepass"))
        self.count += 1

    def copy_to(self, out) -> None:
        """Write everything appended, in order, to the binary file out."""
        if self.stash.file is not None:
            self.stash.file.flush()
            self.stash.file.seek(0)
            shutil.copyfileobj(self.stash.file, out)

    def close(self) -> None:
        self.stash.close()
