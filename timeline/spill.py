"""Long sequences kept on disk while a build runs: the events of a large corpus, not held in memory.

A Spilled is a list of picklable items written one after another to an anonymous temporary file; what memory
holds is one offset per item and the last few items read. Reordering or dropping items rewrites only the offsets.
A Keyed finds a Spilled's items by id too (a corpus's sources). A View is a selection of another sequence's items
by position, itself a sequence: a page's events, say. All read like a list, so whatever takes a list of events
takes them too.
"""
from __future__ import annotations

import io
import pickle
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Callable

from .cache import Stash


class Spilled(Sequence):
    """Items pickled to an anonymous temporary file (in the first of `folders` that can take one: see Stash).

    `shared` names objects items refer to that are not theirs to pickle (a build's loader of stored mentions):
    they are written as their name and are the same objects when an item is read back."""

    RECENT = 64  # items read last, kept at hand: a page reads its event several times

    def __init__(self, *folders: Path | None, shared: dict[str, object] | None = None, recent: int = RECENT):
        self._stash = Stash(*folders)  # for where its file goes
        self._file = None
        self._end = 0
        self.offsets = array("q")  # item i is the pickle at offsets[i], up to the end of its own pickle
        self._shared = dict(shared or {})
        self._names = {id(v): k for k, v in self._shared.items()}
        self._recent: OrderedDict[int, object] = OrderedDict()
        self._keep = recent

    def append(self, item) -> int:
        """Write item after the others; its position."""
        if self._file is None:
            self._file = self._stash._open()
        buf = io.BytesIO()
        pickler = pickle.Pickler(buf, pickle.HIGHEST_PROTOCOL)
        if self._names:
            pickler.persistent_id = self._persistent_id
        pickler.dump(item)
        self._file.seek(self._end)
        self._file.write(buf.getbuffer())
        self.offsets.append(self._end)
        self._end += buf.tell()
        return len(self.offsets) - 1

    def extend(self, items: Iterable) -> None:
        for item in items:
            self.append(item)

    def __len__(self) -> int:
        return len(self.offsets)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._read(j) for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._read(i)

    def __iter__(self):
        for i in range(len(self)):
            yield self._read(i)

    def map(self, fn: Callable) -> "Spilled":
        """Replace each item by fn(item), in place; an item fn gives back unchanged is not written again."""
        for i in range(len(self)):
            old = self._read(i)
            new = fn(old)
            if new is not old:
                self._replace(i, new)
        return self

    def select(self, positions: Iterable[int]) -> "Spilled":
        """Keep the items at these positions, in this order (an item may be dropped, or moved)."""
        self.offsets = array("q", (self.offsets[p] for p in positions))
        self._recent.clear()
        return self

    def _replace(self, i: int, item) -> None:
        """Item i is now item: written after the others, its offset moved to i (the old bytes are left)."""
        self.append(item)
        self.offsets[i] = self.offsets.pop()
        self._recent.pop(i, None)

    def _read(self, i: int):
        if i in self._recent:
            self._recent.move_to_end(i)
            return self._recent[i]
        self._file.seek(self.offsets[i])
        unpickler = pickle.Unpickler(self._file)
        if self._names:
            unpickler.persistent_load = self._shared.__getitem__
        item = unpickler.load()
        if self._keep:
            self._recent[i] = item
            if len(self._recent) > self._keep:
                self._recent.popitem(last=False)
        return item

    def _persistent_id(self, obj):
        return self._names.get(id(obj)) if not isinstance(obj, (str, int, float, tuple)) else None


class Keyed(Sequence):
    """Items in order (a Spilled, at scale), found by their ids too: what is held is each id's position."""

    def __init__(self, items: Sequence | None = None):
        self.items = [] if items is None else items
        self.positions: dict[str, int] = {}

    def append(self, item) -> None:
        self.positions[item.id] = len(self.items)
        self.items.append(item)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)

    def get(self, ident: str):
        """The item with this id, or None."""
        at = self.positions.get(ident)
        return None if at is None else self.items[at]

    def by_id(self) -> Mapping:
        return _ById(self)


class _ById(Mapping):
    def __init__(self, keyed: Keyed):
        self.keyed = keyed

    def __getitem__(self, ident: str):
        return self.keyed.items[self.keyed.positions[ident]]

    def __contains__(self, ident) -> bool:
        return ident in self.keyed.positions

    def __iter__(self):
        return iter(self.keyed.positions)

    def __len__(self) -> int:
        return len(self.keyed.positions)


def by_id(items: Iterable) -> Mapping:
    """id -> item: read from disk as asked for when items is Keyed, else a dict."""
    if isinstance(items, Keyed):
        return items.by_id()
    return {x.id: x for x in items}


class View(Sequence):
    """The items of `base` at `positions` (an array or list of ints), in that order: read from base when asked."""

    def __init__(self, base: Sequence, positions: Sequence[int]):
        self.base, self.positions = base, positions

    def __len__(self) -> int:
        return len(self.positions)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return View(self.base, self.positions[i])
        return self.base[self.positions[i]]

    def __iter__(self):
        base = self.base
        for p in self.positions:
            yield base[p]


def each(items: Sequence, fn: Callable) -> Sequence:
    """fn applied to every item: in place for a Spilled, else a new list."""
    if isinstance(items, Spilled):
        return items.map(fn)
    return [fn(x) for x in items]


def arrange(items: Sequence, positions: Iterable[int]) -> Sequence:
    """The items at these positions, in this order: in place for a Spilled, else a new list."""
    if isinstance(items, Spilled):
        return items.select(positions)
    return [items[p] for p in positions]
