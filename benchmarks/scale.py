"""The whole pipeline at scale: N articles (10,000 by default) gathered cold, from the cache, after editing one
article, and optionally built into a site. Prints articles/s, peak memory and the incremental rebuild ratio.

usage: python benchmarks/scale.py [--articles 10000] [--jobs N] [--site] [--keep DIR]

Articles are the TempEval-3 texts (../shared/data/timebank) when present, else the demo corpus, repeated with
publication dates moved 53 days further each round, so dates and events vary across the corpus.
"""
from __future__ import annotations

import argparse
import datetime as dt
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TIMEBANK = ROOT.parent / "shared" / "data" / "timebank"


def seed_texts() -> list[tuple[str, str]]:
    """(text, DCT) pairs to repeat."""
    if TIMEBANK.is_dir():
        from timeline.temporal.evaluate import dct_day, read_timeml_dir

        return [(d.text, dct_day(d.dct) or "2000-01-01") for d in read_timeml_dir(TIMEBANK)]
    import yaml

    out = []
    for f in sorted((ROOT / "content" / "sources").glob("*.md")):
        _, head, body = f.read_text(encoding="utf-8").split("---\n", 2)
        out.append((body, str(yaml.safe_load(head)["published"])))
    return out


def make_corpus(folder: Path, n: int) -> None:
    seeds = seed_texts()
    (folder / "sources").mkdir(parents=True)
    for i in range(n):
        text, dct = seeds[i % len(seeds)]
        # each round 53 days later: far enough apart that copies of one text are not one event dated differently
        day = dt.date.fromisoformat(dct) + dt.timedelta(days=53 * (i // len(seeds)))
        (folder / "sources" / f"a{i:05d}.md").write_text(f"---\npublished: {day}\n---\n{text}", encoding="utf-8")


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def timed(label: str, fn):
    t0 = time.perf_counter()
    out = fn()
    elapsed = time.perf_counter() - t0
    print(f"{label:<44} {elapsed:8.2f} s", flush=True)
    return out, elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--site", action="store_true", help="also build the site (slow at 10,000 articles)")
    ap.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = ap.parse_args()

    from timeline.executors import default_jobs
    from timeline.model import Settings
    from timeline.pipeline import gather

    work = Path(tempfile.mkdtemp(prefix="timeline-scale-")) if args.keep is None else args.keep
    content, cache = work / "content", work / "cache"
    try:
        _, t_make = timed(f"write {args.articles} articles", lambda: make_corpus(content, args.articles))
        size = sum(p.stat().st_size for p in (content / "sources").iterdir())
        jobs = args.jobs or default_jobs()
        settings = Settings(content_dir=content, cache_dir=cache, jobs=jobs)
        corpus, cold = timed(f"gather, cold ({jobs} processes)", lambda: gather(settings))
        _, warm = timed("gather, every article from the cache", lambda: gather(settings))
        first = sorted((content / "sources").iterdir())[0]
        first.write_text(first.read_text(encoding="utf-8") + "\nThe ministers met again on Monday.\n", encoding="utf-8")
        _, edited = timed("gather, after editing one article", lambda: gather(settings))
        n = len(corpus.sources)
        print(f"\narticles: {n}, {size / 1e6:.1f} MB; expressions: {sum(map(len, corpus.timexes.values()))}; "
              f"mentions: {len(corpus.mentions)}; events: {len(corpus.events)}")
        print(f"cold: {n / cold:,.0f} articles/s ({size / 1e6 / cold:.2f} MB/s), of which articles "
              f"{corpus.timings['articles']:.2f} s and linking {corpus.timings['linking']:.2f} s")
        print(f"incremental rebuild after one edit: {edited:.2f} s = {edited / cold:.1%} of the cold build "
              f"(all from cache: {warm:.2f} s)")
        if args.site:
            from timeline.site.build import build_site

            _, t_site = timed("site build (mkdocs)", lambda: build_site(
                Settings(content_dir=content, out_dir=work / "site", cache_dir=cache, jobs=jobs), corpus))
            pages = sum(1 for _ in (work / "site").rglob("*.html"))
            print(f"site: {pages} pages in {t_site:.1f} s")
        print(f"peak memory (max RSS of this process or a worker): {peak_mb():.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
