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
cache holds where each entry is in its shard (16 bytes an entry: the first 8 bytes of its key and its place, in
sorted arrays; the whole key is checked against the shard's line when the entry is read), and the entries it
computed in a temporary file, never the entries themselves. An unreadable entry or shard is recomputed.
"""
from __future__ import annotations

import hashlib
import json
import sys
from array import array
from bisect import bisect_left
from collections import defaultdict
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
        # Every entry this build read or computed, in that order (one used twice, twice): its key's digest (32
        # bytes) in used_keys, and in used_where its place in its shard of the last build (as in old), or, for an
        # entry computed in this build, ~its place in `new` (a negative number). 40 bytes an entry.
        self.used_keys = bytearray()
        self.used_where = array("q")
        self.new = Stash(folder)
        self.hits = self.misses = 0
        self.computed: set[str] = set()  # shards holding an entry computed in this build
        self.files: dict = {}  # shard -> its file, open for reading

    def _load(self) -> dict[str, _Shard]:
        """Shard name -> where each of its entries is in its file; a shard that cannot be read is empty."""
        shards = {}
        for path in sorted(self.folder.glob("*.jsonl")) if self.folder is not None else ():
            try:
                data = path.read_bytes()
            except OSError:
                data = b""
            entries, pos = [], 0
            for line in data.split(b"\n"):  # bytes: a raw U+2028 in the JSON is no line break here
                key, space, value = line.partition(b" ")
                try:
                    if space and len(key) == KEY_CHARS:
                        entries.append((int(key[:16], 16), pos << 32 | len(value)))
                except ValueError:
                    pass  # not a line this version writes: its entry is recomputed
                pos += len(line) + 1
            shards[path.stem] = _Shard(entries)
            del data, entries
        return shards

    def _find(self, shard: str, digest: bytes) -> int | None:
        """Where the entry for digest is in the last build's shard, or None."""
        found = self.old.get(shard)
        for where in found.candidates(digest) if found is not None else ():
            try:
                if self._read(shard, where, KEY_CHARS) == digest.hex():
                    return where
            except (OSError, ValueError):
                return None
        return None

    def _read(self, shard: str, where: int, length: int | None = None) -> str:
        """The text of an entry's line of the last build, from its shard: the JSON after its key, or the first
        `length` characters (OSError or ValueError if unreadable). Each shard is opened once (at most 256
        files), not once an entry."""
        f = self.files.get(shard)
        if f is None:
            f = self.files[shard] = open(self.folder / f"{shard}.jsonl", "rb")
        if length is not None:
            f.seek(where >> 32)
            return f.read(length).decode("ascii")
        f.seek((where >> 32) + KEY_CHARS + 1)
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
        where = self._find(shard, digest)
        if where is not None:
            try:
                out = decode(json.loads(self._read(shard, where)))
            except (OSError, TypeError, ValueError, IndexError, KeyError):
                out = None  # not what this version writes: recompute
            if out is not None:
                self.hits += 1
                self.used_keys += digest
                self.used_where.append(where)
                return out
        self.misses += 1
        out = compute()
        if self.folder is not None:
            self.computed.add(shard)
            self.used_keys += digest
            self.used_where.append(~self.new.append(json.dumps(encode(out), ensure_ascii=False, separators=(",", ":"))))
        return out

    def blocks(self, cluster_block):
        """cluster_block(ms, sim, day), memoised; groups are stored as positions in ms."""
        def memoised(ms: list[Mention], sim: graph.Similarity, day: bool) -> list[list[Mention]]:
            pos = {m.id: i for i, m in enumerate(ms)}
            return self._memo(self.key(f"block day={day}", ms, sim), lambda: cluster_block(ms, sim, day),
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
        shards: dict[str, array] = defaultdict(lambda: array("I"))  # shard -> its entries' places in used_where
        for i in range(len(self.used_where)):
            shards[f"{self.used_keys[32 * i]:02x}"].append(i)
        try:
            for name in sorted(shards.keys() | self.old.keys()):
                entries, path = self._entries(shards.get(name, ())), self.folder / f"{name}.jsonl"
                if not entries:
                    path.unlink(missing_ok=True)
                # unchanged when every entry it holds was read from it and no other: as many as it had
                elif name in self.computed or len(entries) != len(self.old.get(name, ())):
                    write_text(path, "".join(self._line(name, *entry) for entry in entries))
            for stale in self.folder.glob("*.json"):  # shards in the earlier format (one JSON object each)
                stale.unlink()
        except OSError:
            pass  # a cache that cannot be written only makes the next build slower
        finally:
            self.new.close()
            for f in self.files.values():
                f.close()
            self.files.clear()

    def _entries(self, places) -> list[tuple[bytes, int]]:
        """(digest, where) of the entries used at these places in used_where, each key once, in order of use."""
        out, seen = [], set()
        for i in places:
            digest = bytes(self.used_keys[32 * i:32 * i + 32])
            if digest not in seen:
                seen.add(digest)
                out.append((digest, self.used_where[i]))
        return out

    def _line(self, shard: str, digest: bytes, where: int) -> str:
        """An entry's line in its shard; "" for an entry of the last build that can no longer be read."""
        try:
            value = self.new.read(~where) if where < 0 else self._read(shard, where)
        except (OSError, ValueError):
            return ""
        return f"{digest.hex()} {value}\n"


class _Shard:
    """Where the entries of a shard are (offset of the line << 32 | length of its JSON), sorted by the first 8
    bytes of their keys: 16 bytes an entry, where a dict of whole keys took about 90."""

    def __init__(self, entries: list[tuple[int, int]]):
        entries.sort()
        self.prefixes = array("Q", (p for p, _ in entries))
        self.where = array("q", (w for _, w in entries))

    def __len__(self) -> int:
        return len(self.prefixes)

    def candidates(self, digest: bytes) -> list[int]:
        """Where the entries whose keys begin as digest does are (almost always one, or none)."""
        prefix = int.from_bytes(digest[:8], "big")
        i = bisect_left(self.prefixes, prefix)
        out = []
        while i < len(self.prefixes) and self.prefixes[i] == prefix:
            out.append(self.where[i])
            i += 1
        return out


KEY_CHARS = 64  # a key is a SHA-256 digest in hex


def _description(d: list, ms: list[Mention]) -> graph.Description:
    """A stored description of an event of the mentions ms; its strings are those the mentions and the
    linking already hold (the title is one of the mentions' titles; words and reasons recur), not copies."""
    date, mod, title, slug, links = d
    title = next((m.title for m in ms if m.title == title), title)
    return (sys.intern(date), mod and sys.intern(mod), title, slug,
            tuple(Link(ms[a].id, ms[b].id, score, tuple(map(sys.intern, shared)), sys.intern(reason))
                  for a, b, score, shared, reason in links))
