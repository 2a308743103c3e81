"""The incremental cache: each article's per-article results, keyed by its bytes, path and the tool's version.

A rebuild after editing one article reads every other article from here. Entries are written atomically
(a temporary file renamed into place), so a killed build never leaves a half-written entry; an unreadable
entry is simply recomputed.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .articles import Article, from_json, to_json


def write_json(target: Path, data: object) -> None:
    """Write data as JSON to target atomically: readers see the old file or the new one, never a part."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))  # one string: json.dump is slower
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise


class Cache:
    """A folder of <key>.json files; a Cache(None) stores nothing."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.hits = self.misses = 0

    def get(self, key: str) -> Article | None:
        if self.folder is None:
            return None
        try:
            article = from_json(json.loads((self.folder / key[:2] / f"{key}.json").read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return article

    def put(self, key: str, article: Article) -> None:
        if self.folder is None:
            return
        try:
            write_json(self.folder / key[:2] / f"{key}.json", to_json(article))
        except OSError:
            pass  # a cache that cannot be written only makes the next build slower
