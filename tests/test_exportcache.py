"""Each event's part of the exports kept between builds (timeline.exportcache): the exports written with it are
the exports written without it, whatever the cache holds."""
import dataclasses
import sqlite3

import pytest

from timeline.export import FORMATS, write_exports
from timeline.exportcache import ExportCache
from timeline.model import Settings
from timeline.pipeline import gather

from .helpers import ROOT


@pytest.fixture(scope="module")
def demo():
    return gather(Settings(content_dir=ROOT / "content", jobs=1))


def exports(corpus, folder, cache=None) -> dict[str, bytes]:
    write_exports(corpus, folder, cache)
    if cache is not None:
        cache.commit()
    return {name: (folder / name).read_bytes() for name in FORMATS.values()}


def rows(cache_dir) -> int:
    [path] = cache_dir.glob("*.sqlite")
    with sqlite3.connect(path) as db:
        return db.execute("SELECT count(*) FROM part").fetchone()[0]


def test_exports_from_the_cache_are_the_exports_made_afresh(demo, tmp_path):
    fresh = exports(demo, tmp_path / "fresh")
    cache_dir, site = tmp_path / "cache", tmp_path / "site"
    first = ExportCache(cache_dir, site)
    assert exports(demo, tmp_path / "a", first) == fresh and first.hits == 0
    shown = sum(not e.hidden for e in demo.events)
    assert first.made == shown == rows(cache_dir)
    again = ExportCache(cache_dir, site)
    assert exports(demo, tmp_path / "b", again) == fresh and (again.hits, again.made) == (shown, 0)


def test_an_event_changed_is_exported_again_and_the_parts_no_longer_used_are_dropped(demo, tmp_path):
    cache_dir, site = tmp_path / "cache", tmp_path / "site"
    exports(demo, tmp_path / "a", ExportCache(cache_dir, site))
    i = next(i for i, e in enumerate(demo.events) if not e.hidden)
    changed = dataclasses.replace(demo, events=[*demo.events[:i], dataclasses.replace(demo.events[i], title="New"),
                                                *demo.events[i + 1:]])
    cache = ExportCache(cache_dir, site)
    written = exports(changed, tmp_path / "b", cache)
    assert written == exports(changed, tmp_path / "fresh") and b'"title": "New"' in written["timeline.json"]
    assert cache.made == 1 and rows(cache_dir) == sum(not e.hidden for e in demo.events)


def test_a_new_timestamp_makes_every_part_again(demo, tmp_path, monkeypatch):
    """The calendar's DTSTAMP is in every event's part: a build with another SOURCE_DATE_EPOCH uses none."""
    cache_dir, site = tmp_path / "cache", tmp_path / "site"
    exports(demo, tmp_path / "a", ExportCache(cache_dir, site))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    cache = ExportCache(cache_dir, site)
    written = exports(demo, tmp_path / "b", cache)
    assert cache.hits == 0 and written == exports(demo, tmp_path / "fresh")
    assert b"DTSTAMP:20231114T221320Z" in written["events.ics"]


@pytest.mark.parametrize("damage", ["not a database", "another table", "parts of the wrong types", "empty file"])
def test_a_damaged_cache_is_made_again_and_changes_nothing(demo, tmp_path, damage):
    cache_dir, site = tmp_path / "cache", tmp_path / "site"
    exports(demo, tmp_path / "a", ExportCache(cache_dir, site))
    [path] = cache_dir.glob("*.sqlite")
    if damage == "not a database":
        path.write_bytes(b"\x00garbage" * 1000)
    elif damage == "empty file":
        path.write_bytes(b"")
    else:
        with sqlite3.connect(path) as db:
            if damage == "another table":
                db.execute("DROP TABLE part")
                db.execute("CREATE TABLE part (key BLOB, other TEXT)")
            else:
                db.execute("UPDATE part SET json = 12, mention_ids = 'text'")
    cache = ExportCache(cache_dir, site)
    assert exports(demo, tmp_path / "b", cache) == exports(demo, tmp_path / "fresh")
    assert cache.hits == 0
    again = ExportCache(cache_dir, site)
    exports(demo, tmp_path / "c", again)
    assert again.made == 0 and again.hits == sum(not e.hidden for e in demo.events)


def test_the_ids_of_the_last_export_come_from_the_cache_while_it_is_that_export(demo, tmp_path):
    from timeline.export import previous_ids

    cache_dir, site = tmp_path / "cache", tmp_path / "site"
    renamed = dataclasses.replace(demo, events=[dataclasses.replace(e, aliases=("an-old-id",)) if i == 2 else e
                                                for i, e in enumerate(demo.events)])
    exports(renamed, site / "exports", ExportCache(cache_dir / "exports", site))
    from_export = previous_ids(site, skip={demo.events[0].id})
    assert "an-old-id" in from_export and demo.events[0].id not in from_export
    kept = list((cache_dir / "exports").glob("*.ids"))
    assert len(kept) == 1 and len(kept[0].read_text(encoding="utf-8").splitlines()) == \
        sum(not e.hidden for e in demo.events)
    kept[0].write_text(kept[0].read_text(encoding="utf-8").replace("an-old-id", "kept-id"), encoding="utf-8")
    assert previous_ids(site, skip={demo.events[0].id}, cache_dir=cache_dir) == \
        {("kept-id" if k == "an-old-id" else k): v for k, v in from_export.items()}  # (read from the cache's list)
    # the export in place changed since: its own ids
    export = site / "exports" / "timeline.json"
    export.write_text(export.read_text(encoding="utf-8"), encoding="utf-8")
    assert previous_ids(site, skip={demo.events[0].id}, cache_dir=cache_dir) == from_export
