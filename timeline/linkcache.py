"""The linking cache: what clustering a block of mentions and describing an event gave, keyed by exactly what
they depend on, so a rebuild after editing one article recomputes only the days and events it touches.

A key is a hash of the tool's version and code (articles.TOOL), the mentions involved (every field linking reads)
and the idf of every word they hold. idf is rounded (graph.IDF_STEPS), so an article more or less changes the
idf of few words and the keys of few blocks. Because a key covers every input, a result read from here is the
result computing it would give: a build depends only on its inputs, never on what the cache held before.

The entries live in 256 shards (by the key's first two hex digits), each a line per entry: the key, a space
and the entry as JSON. After a build, the shards that gained or lost an entry are rewritten atomically (a
temporary file renamed into place) with just the entries the build used, so the cache never grows past one
build's worth and an edit rewrites only a few shards. An entry stays on disk until a build asks for it: the
cache holds where each entry is in its shard (and the entries it computed, in a temporary file), never the
entries themselves, so what linking holds does not grow with the cache. An unreadable entry or shard is
recomputed.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Callable

from . import graph
from .articles import TOOL
from .cache import Stash, write_text
from .model import Link, Mention

FOLDER = "links"  # under the cache folder: <two hex digits of the key>.jsonl, a shard of the entries


def _mention_digest(m: Mention) -> bytes:
    """A digest of every field of a mention that linking reads (its words, date, order, title)."""
    t = m.timex
    return hashlib.sha1("\0".join(map(str, (m.id, m.source, t.start, t.text, t.value, t.mod, m.sentence_start,
                                             m.sentence, m.reporting, m.title, m.headline))).encode()).digest()


class LinkCache:
    """Memoises graph's per-block clustering and per-event description; a LinkCache(None) stores nothing."""

    def __init__(self, folder: Path | None):
        self.folder = folder / FOLDER if folder is not None else None
        self.old = self._load()
        # key -> where the entry is: its place in its shard (as in old), or None when computed in this build
        # (then it is in `new`); every entry this build read or computed, in that order. Keys are the digests'
        # bytes, half the size of their hex.
        self.used: dict[bytes, int | None] = {}
        self.new = Stash(folder)
        self.hits = self.misses = 0
        self.computed: set[str] = set()  # shards holding an entry computed in this build
        self.files: dict = {}  # shard -> its file, open for reading

    def _load(self) -> dict[str, dict[bytes, int]]:
        """Shard name -> where each of its entries is in its file (key -> offset << 32 | length, in bytes);
        a shard that cannot be read is empty."""
        shards = {}
        for path in sorted(self.folder.glob("*.jsonl")) if self.folder is not None else ():
            try:
                data = path.read_bytes()
            except OSError:
                data = b""
            index, pos = {}, 0
            for line in data.split(b"\n"):  # bytes: a raw U+2028 in the JSON is no line break here
                key, space, value = line.partition(b" ")
                try:
                    if space:
                        index[bytes.fromhex(key.decode("ascii"))] = (pos + len(key) + 1) << 32 | len(value)
                except ValueError:
                    pass  # not a line this version writes: its entry is recomputed
                pos += len(line) + 1
            shards[path.stem] = index
        return shards

    def _read(self, shard: str, where: int) -> str:
        """The JSON text of an entry of the last build, from its shard (OSError or ValueError if unreadable). Each
        shard is opened once (at most 256 files), not once an entry."""
        f = self.files.get(shard)
        if f is None:
            f = self.files[shard] = open(self.folder / f"{shard}.jsonl", "rb")
        f.seek(where >> 32)
        return f.read(where & 0xFFFFFFFF).decode("utf-8")

    def key(self, kind: str, ms: list[Mention], sim: graph.Similarity) -> str:
        """The hash of everything a result for these mentions depends on."""
        h = hashlib.sha256(f"{TOOL}\0{kind}\0".encode())
        words: set[str] = set()
        for m in ms:
            h.update(_mention_digest(m))  # not kept: a digest per mention would grow with the corpus
            words.update(sim.terms[m.id])
        h.update(" ".join(f"{t}={sim.idf[t]}" for t in sorted(words)).encode())
        return h.hexdigest()

    def _memo(self, key: str, compute: Callable[[], object], encode, decode):
        """The decoded entry for key, or compute's result (stored encoded)."""
        shard, digest = key[:2], bytes.fromhex(key)
        where = self.old.get(shard, {}).get(digest)
        if where is not None:
            try:
                out = decode(json.loads(self._read(shard, where)))
            except (OSError, TypeError, ValueError, IndexError, KeyError):
                out = None  # not what this version writes: recompute
            if out is not None:
                self.hits += 1
                self.used[digest] = where
                return out
        self.misses += 1
        out = compute()
        if self.folder is not None:
            self.computed.add(shard)
            self.new.put(digest, json.dumps(encode(out), ensure_ascii=False, separators=(",", ":")))
            self.used[digest] = None
        return out

    def blocks(self, cluster_block):
        """cluster_block(ms, sim, thin), memoised; groups are stored as positions in ms."""
        def memoised(ms: list[Mention], sim: graph.Similarity, thin: bool) -> list[list[Mention]]:
            pos = {m.id: i for i, m in enumerate(ms)}
            return self._memo(self.key(f"block thin={thin}", ms, sim), lambda: cluster_block(ms, sim, thin),
                              lambda groups: [[pos[m.id] for m in g] for g in groups],
                              lambda groups: [[ms[i] for i in g] for g in groups])
        return memoised

    def descriptions(self, describe):
        """describe(group, sim), memoised; a link's mentions are stored as positions in the group."""
        def memoised(ms: list[Mention], sim: graph.Similarity) -> graph.Description:
            pos = {m.id: i for i, m in enumerate(ms)}
            return self._memo(self.key("event", ms, sim), lambda: describe(ms, sim),
                              lambda d: [*d[:4], [[pos[x.a], pos[x.b], x.score, x.shared, x.reason] for x in d[4]]],
                              lambda d: _description(d, ms))
        return memoised

    def save(self) -> None:
        """Keep exactly this build's entries: rewrite the shards that gained or lost one, delete emptied ones."""
        if self.folder is None:
            return
        shards: dict[str, list[bytes]] = {}
        for digest in self.used:
            shards.setdefault(digest.hex()[:2], []).append(digest)
        try:
            for name in sorted(shards.keys() | self.old.keys()):
                keys, path = shards.get(name, []), self.folder / f"{name}.jsonl"
                if not keys:
                    path.unlink(missing_ok=True)
                elif name in self.computed or set(keys) != self.old.get(name, {}).keys():
                    write_text(path, "".join(self._line(name, k) for k in keys))
            for stale in self.folder.glob("*.json"):  # shards in the earlier format (one JSON object each)
                stale.unlink()
        except OSError:
            pass  # a cache that cannot be written only makes the next build slower
        finally:
            self.new.close()
            for f in self.files.values():
                f.close()
            self.files.clear()

    def _line(self, shard: str, digest: bytes) -> str:
        """An entry's line in its shard; "" for an entry of the last build that can no longer be read."""
        where = self.used[digest]
        try:
            value = self.new.get(digest) if where is None else self._read(shard, where)
        except (OSError, ValueError):
            return ""
        return f"{digest.hex()} {value}\n"


def _description(d: list, ms: list[Mention]) -> graph.Description:
    """A stored description of an event of the mentions ms; its strings are those the mentions and the
    linking already hold (the title is one of the mentions' titles; words and reasons recur), not copies."""
    date, mod, title, slug, links = d
    title = next((m.title for m in ms if m.title == title), title)
    return (sys.intern(date), mod and sys.intern(mod), title, slug,
            tuple(Link(ms[a].id, ms[b].id, score, tuple(map(sys.intern, shared)), sys.intern(reason))
                  for a, b, score, shared, reason in links))
