"""The whole pipeline at scale: N articles (10,000 by default) gathered cold, from the cache, after editing one
article, and optionally built into a site. Prints articles/s, peak memory, the incremental rebuild ratio and how
much of the linking the linking cache served.

usage: python benchmarks/scale.py [--articles 10000] [--jobs N] [--site] [--keep DIR]

Articles are the TempEval-3 texts (../shared/data/timebank, or --corpus DIR) when present, else the demo corpus,
repeated with publication dates moved 53 days earlier each round (earlier, so that none is in the future and
refused), so dates and events vary across the corpus. The corpus used is printed, and a warning when fewer
articles were read than written.
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


def seed_texts(corpus: Path = TIMEBANK) -> list[tuple[str, str]]:
    """(text, DCT) pairs to repeat."""
    if corpus.is_dir():
        from timeline.temporal.evaluate import dct_day, read_timeml_dir

        out = [(d.text, dct_day(d.dct) or "2000-01-01") for d in read_timeml_dir(corpus)]
        print(f"corpus: {len(out)} TimeML texts from {corpus}")
        return out
    import yaml

    print(f"corpus: the demo articles ({corpus} is not there)")
    out = []
    for f in sorted((ROOT / "content" / "sources").glob("*.md")):
        _, head, body = f.read_text(encoding="utf-8").split("---\n", 2)
        out.append((body, str(yaml.safe_load(head)["published"])))
    return out


def make_corpus(folder: Path, n: int, corpus: Path = TIMEBANK) -> None:
    seeds = seed_texts(corpus)
    (folder / "sources").mkdir(parents=True)
    for i in range(n):
        text, dct = seeds[i % len(seeds)]
        # each round 53 days earlier: far enough apart that copies of one text are not one event dated differently
        day = dt.date.fromisoformat(dct) - dt.timedelta(days=53 * (i // len(seeds)))
        (folder / "sources" / f"a{i:05d}.md").write_text(f"---\npublished: {day}\n---\n{text}", encoding="utf-8")


def peak_mb() -> float:
    """The peak resident memory of this process or of any one worker process, in MB."""
    return max(own_peak_mb(), worker_peak_mb())


def own_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def counts_of(corpus) -> str:
    return f"expressions: {corpus.expressions}; mentions: {corpus.mention_count}; events: {len(corpus.events)}"


def link_split(corpus) -> str:
    """How much of the linking was read from the linking cache, and how long linking took."""
    hits, total = corpus.link_cache_hits, corpus.link_cache_hits + corpus.link_cache_misses
    return f"{hits}/{total} blocks and events ({hits / max(total, 1):.1%}), linking {corpus.timings['linking']:.2f} s"


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
    ap.add_argument("--corpus", type=Path, default=TIMEBANK, help="TimeML texts to repeat (default: ../shared's TimeBank)")
    args = ap.parse_args()

    from timeline.executors import default_jobs
    from timeline.model import Settings
    from timeline.pipeline import gather

    work = Path(tempfile.mkdtemp(prefix="timeline-scale-")) if args.keep is None else args.keep
    content, cache = work / "content", work / "cache"
    try:
        _, t_make = timed(f"write {args.articles} articles", lambda: make_corpus(content, args.articles, args.corpus))
        size = sum(p.stat().st_size for p in (content / "sources").iterdir())
        jobs = args.jobs or default_jobs()
        settings = Settings(content_dir=content, cache_dir=cache, jobs=jobs)
        corpus, cold = timed(f"gather, cold ({jobs} processes)", lambda: gather(settings))
        n, counts, timings = len(corpus.sources), counts_of(corpus), corpus.timings
        del corpus  # so that the peak below is one build's, not two held at once
        warm_corpus, warm = timed("gather, every article from the cache", lambda: gather(settings))
        warm_links = link_split(warm_corpus)
        del warm_corpus
        first = sorted((content / "sources").iterdir())[0]
        first.write_text(first.read_text(encoding="utf-8") + "\nThe ministers met again on Monday.\n", encoding="utf-8")
        corpus, edited = timed("gather, after editing one article", lambda: gather(settings))
        print(f"\narticles: {n}, {size / 1e6:.1f} MB; {counts}")
        if n < args.articles:
            print(f"warning: {args.articles - n} of the {args.articles} articles written were not read (see the build's "
                  f"problems); the figures are for {n}")
        print(f"cold: {n / cold:,.0f} articles/s ({size / 1e6 / cold:.2f} MB/s), of which articles "
              f"{timings['articles']:.2f} s and linking {timings['linking']:.2f} s")
        print(f"incremental rebuild after one edit: {edited:.2f} s = {edited / cold:.1%} of the cold build "
              f"(all from cache: {warm:.2f} s = {warm / cold:.1%})")
        print(f"linking from its cache: all cached {warm_links}; after the edit {link_split(corpus)}")
        print(f"peak memory of gathering (max RSS of this process or a worker): {peak_mb():.0f} MB "
              f"(this process {own_peak_mb():.0f} MB, largest worker {worker_peak_mb():.0f} MB)")
        if args.site:
            from timeline.site.build import build_site

            site_settings = Settings(content_dir=content, out_dir=work / "site", cache_dir=cache, jobs=jobs)
            _, t_site = timed("site build (mkdocs)", lambda: build_site(site_settings, corpus))
            pages = sum(1 for _ in (work / "site").rglob("*.html"))
            print(f"site: {pages} pages in {t_site:.1f} s; peak memory with the site build: {peak_mb():.0f} MB "
                  f"(this process {own_peak_mb():.0f} MB)")
            del corpus
            # What `make site` does after an editor changes one article: gather, then build the site, whose
            # unchanged pages come from the last one (timeline.site.pagecache).
            first.write_text(first.read_text(encoding="utf-8") + "\nThey met once more on Tuesday.\n", encoding="utf-8")
            corpus, again = timed("gather, after editing it again", lambda: gather(settings))
            reuse: dict = {}
            _, t_site2 = timed("site build, reusing unchanged pages", lambda: build_site(site_settings, corpus, reuse))
            exported = reuse.get("exports", {})
            print(f"pages built {reuse['built']}, reused {reuse['reused']} (of which made to compare "
                  f"{reuse['rendered'] - reuse['built']}); events exported {exported.get('made')}, "
                  f"taken from the cache {exported.get('reused')}")
            full_cold, full_edit = cold + t_site, again + t_site2
            print(f"whole build (gather and site) after one edit: {full_edit:.2f} s = {full_edit / full_cold:.1%} of "
                  f"the cold whole build ({full_cold:.2f} s); peak memory: {peak_mb():.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
