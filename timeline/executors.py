"""Where the per-article stages run: in this process, in a pool of processes, or on a Dask cluster.

Every executor returns the articles in the order of the paths given, so the linking stage sees the same input
however the work was spread, each as its JSON text (articles.encode): what the cache stores, made where the
article was. Dask workers exchange their results as JSONL shards in a folder that the linking stage reads (for
a real cluster that folder and content/ must be on storage every worker can reach).
"""
from __future__ import annotations

import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterator

from .articles import encode, process

EXECUTORS = ("processes", "dask")
SERIAL_BELOW = 16  # fewer files than this are not worth starting processes for
SHARD_SIZE = 64  # articles per Dask task and JSONL shard


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _process_pair(args: tuple[Path, Path]) -> str:
    return encode(process(*args))


def run(paths: list[Path], root: Path, executor: str = "processes", jobs: int | None = None,
        scheduler: str | None = None, shard_dir: Path | None = None) -> Iterator[str]:
    """The articles of `paths` as JSON text, in order, computed by the chosen executor. A pool of processes
    starts on the work at once; the articles are taken from it one at a time."""
    jobs = jobs or default_jobs()
    if executor == "dask":
        return _dask(paths, root, jobs, scheduler, shard_dir)
    if jobs <= 1 or len(paths) < SERIAL_BELOW:
        return (encode(process(p, root)) for p in paths)
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        results = pool.map(_process_pair, [(p, root) for p in paths], chunksize=max(1, min(32, len(paths) // (4 * jobs))))
    except BaseException:
        pool.shutdown(cancel_futures=True)
        raise
    return _drain(pool, results)


def _drain(pool: ProcessPoolExecutor, results: Iterator[str]) -> Iterator[str]:
    """The pool's results in order; the pool is shut down when they are all taken, or when the taker stops."""
    try:
        yield from results
    finally:
        pool.shutdown(cancel_futures=True)


def write_shard(paths: list[str], root: str, out: str) -> str:
    """A Dask task: process some files and write their articles as one JSONL shard; returns the shard's path."""
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for p in paths:
            f.write(encode(process(Path(p), Path(root))) + "\n")
    return out


def read_shard(path: str | Path) -> Iterator[str]:
    """The articles of one JSONL shard as JSON text, in order."""
    with open(path, encoding="utf-8", newline="\n") as f:
        for line in f:
            yield line.removesuffix("\n")


def _dask(paths: list[Path], root: Path, jobs: int, scheduler: str | None, shard_dir: Path | None) -> Iterator[str]:
    from dask.distributed import Client, LocalCluster

    own = tempfile.TemporaryDirectory(prefix="timeline-shards-") if shard_dir is None else None
    folder = Path(own.name if own else shard_dir)
    folder.mkdir(parents=True, exist_ok=True)
    cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                                     dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            chunks = [paths[i:i + SHARD_SIZE] for i in range(0, len(paths), SHARD_SIZE)]
            futures = [client.submit(write_shard, [str(p) for p in chunk], str(root), str(folder / f"shard-{i:06d}.jsonl"),
                                     pure=False) for i, chunk in enumerate(chunks)]
            for shard in client.gather(futures):
                yield from read_shard(shard)
    finally:
        if cluster is not None:
            cluster.close()
        if own is not None:
            own.cleanup()


