"""Speed of the temporal tagger against dateparser's search_dates on the same texts, in one run.

usage: python benchmarks/bench.py [--corpus DIR] [--dateparser-docs 40] [--article-size 5000] [--rounds 9]

When Node.js and benchmarks/chrono/node_modules are there (`make bench` installs them with npm), chrono-node,
the fastest date finder we know of, is timed on the same 5 KB articles in its own process.

Texts: the TempEval-3 TimeML files in ../shared/data/timebank when present, else the demo corpus repeated.
They are streamed (never held together), so memory stays flat in the number of articles. Start-up (imports,
regex compilation, dateparser's language data) is excluded. dateparser is slow, so it runs on a subset and is
compared per document. Texts are also cut into 5 KB articles, the size the targets are stated for.
A pass over the corpus takes a fraction of a second, so on a shared machine one pass is noisy: each
measurement is repeated (--rounds) and the median is printed with the slowest and fastest round. On the
dateparser subset, a round of dateparser takes about half a second but one of ours a hundredth, too short to time
on a busy machine: each of our rounds tags the subset SUBSET_PASSES times, and the ratio is per document.
The 5 KB articles are read BATCH at a time and each batch is tagged in one timed stretch, as chrono-node and
dateparser are timed on texts already read: reading and parsing the TimeML files between two articles evicts the
tagger's patterns from the processor's caches and costs it a tenth or more of its speed. That figure, each article
read just before it is tagged, is printed too.
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TIMEBANK = ROOT.parent / "shared" / "data" / "timebank"


SUBSET_PASSES = 10  # our passes over the dateparser subset in one timed round (see the module's docstring)
BATCH = 64  # 5 KB articles read ahead of each timed stretch: memory stays bounded (see the module's docstring)


def texts(corpus: Path | None, repeat: int):
    """(text, dct) pairs, one at a time."""
    if corpus is not None and corpus.exists():
        from timeline.temporal.evaluate import dct_day, read_timeml_dir
        for d in read_timeml_dir(corpus):
            yield d.text, dct_day(d.dct)
        return
    from timeline.readers.sources import read_sources
    sources, _ = read_sources(ROOT / "content")
    for _ in range(repeat):
        for s in sources:
            yield s.text, s.published


def articles(pairs, size: int):
    """The texts' characters cut into articles of `size` characters (the last one shorter), each cut at the
    paragraph or sentence break nearest the size and tagged with the DCT of the text it starts in."""
    rest, dct = "", None
    for text, d in pairs:
        if not rest:
            dct = d
        rest += ("\n\n" if rest else "") + text
        while len(rest) >= size:
            cut = max(rest.rfind("\n", size // 2, size), rest.rfind(". ", size // 2, size) + 1)
            cut = cut if cut > 0 else size
            yield rest[:cut], dct
            rest, dct = rest[cut:].lstrip(), d
    if rest:
        yield rest, dct


def batches(pairs, size: int):
    """The pairs in lists of `size` (the last one shorter), read one list at a time."""
    batch = []
    for pair in pairs:
        batch.append(pair)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(tagger, pairs, batch: int = 0) -> tuple[int, int, int, float]:
    """Articles, characters, expressions and seconds for tagging every pair: each timed alone, or with `batch`,
    read `batch` at a time and each batch timed as a whole."""
    n = chars = found = 0
    elapsed = 0.0
    for group in batches(pairs, batch) if batch else ([pair] for pair in pairs):
        t0 = time.perf_counter()
        for text, dct in group:
            found += len(tagger(text, dct))
        elapsed += time.perf_counter() - t0
        n += len(group)
        chars += sum(len(text) for text, _ in group)
    return n, chars, found, elapsed


def rounds(k: int, tagger, make_pairs, batch: int = 0) -> tuple[int, int, int, list[float]]:
    """run() repeated k times over fresh streams: articles, characters, expressions and each round's seconds."""
    results = [run(tagger, make_pairs(), batch) for _ in range(k)]
    n, chars, found, _ = results[0]
    return n, chars, found, sorted(r[3] for r in results)


def line(label: str, n: int, chars: int, found: int, times: list[float]) -> str:
    elapsed = statistics.median(times)
    spread = f"  ({n / times[-1]:,.0f}-{n / times[0]:,.0f})" if len(times) > 1 else ""
    return (f"{label:34} {n:6d} articles {chars / max(n, 1) / 1000:5.1f} KB avg  {n / elapsed:9.1f} articles/s{spread}  "
            f"{chars / elapsed / 1e6:6.2f} MB/s  {found} expressions")


def chrono(pairs, k: int, ours: tuple[int, int, int, list[float]]) -> str:
    """chrono-node timed over the same articles by benchmarks/chrono/bench.js, as a line like ours."""
    script = ROOT / "benchmarks" / "chrono" / "bench.js"
    if shutil.which("node") is None or not (script.parent / "node_modules" / "chrono-node").is_dir():
        return "chrono-node: not installed (make bench installs it with npm; needs Node.js)"
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as f:
        for text, dct in pairs:
            f.write(json.dumps([text, dct]) + "\n")
        f.flush()
        done = subprocess.run(["node", str(script), f.name, str(k)], capture_output=True, text=True)
    if done.returncode:
        return f"chrono-node: failed ({done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode})"
    r = json.loads(done.stdout)
    ratio = statistics.median(r["times"]) / statistics.median(ours[3])
    return (line(f"chrono-node {r['version']}, same articles", r["articles"], r["chars"], r["found"], sorted(r["times"]))
            + f"\n  ours is {ratio:.2f}x chrono's speed on them (chrono finds dates only: no types, durations or sets)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=TIMEBANK)
    ap.add_argument("--repeat", type=int, default=200, help="demo corpus repetitions when there is no TimeML corpus")
    ap.add_argument("--dateparser-docs", type=int, default=40)
    ap.add_argument("--article-size", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=9, help="repetitions of each timing; the median is printed")
    args = ap.parse_args()
    corpus = args.corpus if args.corpus.exists() else None
    print(f"corpus: {corpus or 'demo corpus x %d' % args.repeat}")
    from timeline import native
    print("tagger: " + ("compiled with mypyc (timeline/native.py)" if native.in_use() == "compiled" else
                        "run from its source (not compiled: `python -m timeline.native` says why)"))

    from timeline.temporal import tag
    tag("Warm-up on Thursday, December 30, 2021, at 3:35 p.m.", "2021-12-29")  # start-up excluded

    ours = rounds(args.rounds, tag, lambda: texts(corpus, args.repeat))
    print(line("timeline.temporal.tag", *ours))
    big = rounds(args.rounds, tag, lambda: articles(texts(corpus, args.repeat), args.article_size), BATCH)
    print(line(f"timeline.temporal.tag, {args.article_size // 1000} KB articles", *big))
    each = rounds(args.rounds, tag, lambda: articles(texts(corpus, args.repeat), args.article_size))
    print(line("  the same, each read just before it", *each))
    print(chrono(articles(texts(corpus, args.repeat), args.article_size), args.rounds, big))

    tracemalloc.start()
    run(tag, texts(corpus, args.repeat))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak traced memory while tagging the stream: {peak / 1e6:.2f} MB; "
          f"max RSS of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000:.1f} MB")

    from dateparser.search import search_dates
    search_dates("Warm-up on Thursday", languages=["en"])  # loads the language data

    def dateparser_tag(text, dct):
        base = dt.datetime.fromisoformat(dct) if dct else dt.datetime(2000, 1, 1)
        return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []

    subset = list(itertools.islice(texts(corpus, args.repeat), args.dateparser_docs))
    theirs = rounds(max(1, args.rounds // 2), dateparser_tag, lambda: subset)
    print(line("dateparser.search.search_dates", *theirs))
    same = rounds(args.rounds, tag, lambda: subset * SUBSET_PASSES)
    print(line(f"timeline.temporal.tag, same subset x{SUBSET_PASSES}", *same))
    ratio_docs = (statistics.median(theirs[3]) / theirs[0]) / (statistics.median(same[3]) / same[0])
    print(f"ratio on the same {theirs[0]} documents: {ratio_docs:.0f}x faster than search_dates")


if __name__ == "__main__":
    main()
