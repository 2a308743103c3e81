"""`make bench` runs outside `make test` (it takes minutes); its scripts run here at a tiny size, so a change to
what they read cannot break the benchmark unnoticed. No figure is checked: speed is measured, not asserted."""
from __future__ import annotations

import re
import subprocess
import sys

from .helpers import ROOT


def run(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_the_scale_benchmark_runs_on_a_small_corpus(tmp_path):
    # the demo articles, whatever ../shared holds: the folder given has no TimeML texts
    out = run("benchmarks/scale.py", "--articles", "12", "--jobs", "1", "--corpus", str(tmp_path / "none"))
    assert "articles: 12," in out and "incremental rebuild after one edit" in out and "peak memory" in out


def test_the_site_benchmark_runs_on_a_few_events(tmp_path):
    out = run("benchmarks/site_bench.py", "--events", "40", "--keep", str(tmp_path / "site"))
    assert "10 articles, 40 events" in out and "(40 events listed)" in out
    assert (tmp_path / "site" / "index.html").is_file()


def test_the_tagger_benchmark_runs_on_the_demo_corpus(tmp_path):
    # the demo articles repeated, read in batches and one at a time: the same articles and expressions both ways
    out = run("benchmarks/bench.py", "--corpus", str(tmp_path / "none"), "--repeat", "3", "--dateparser-docs", "2",
              "--rounds", "1")
    counts = {label: re.search(r"(\d+) articles .* (\d+) expressions$", l).groups() for l in out.splitlines()
              for label in ("timeline.temporal.tag, 5 KB articles", "  the same, each read just before it")
              if l.startswith(label)}
    assert len(counts) == 2 and len(set(counts.values())) == 1 and int(next(iter(counts.values()))[0]) > 10
    assert "faster than search_dates" in out and "peak traced memory" in out
