"""The `timeline` command line: thin wrappers over the pipeline; domain errors become clean messages here.

Exit codes: 0 success; 1 a problem in the input (a bad override, or any problem with --strict / in `check`);
2 a usage error (click's); 3 the site could not be built; 4 an internal error (a bug: please report it).
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

EXIT_INPUT, EXIT_BUILD, EXIT_BUG = 1, 3, 4
CONTENT = click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path),
                       default=Path("content"), show_default=True, help="The folder of sources/ and events/.")
PREVIOUS = click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("site"),
                        show_default=True, help="The last built site: event ids that changed since still resolve.")


def pipeline_options(f):
    """Options every command that reads the content folder shares."""
    options = [
        click.option("--jobs", "-j", type=click.IntRange(min=1), help="Processes for reading and tagging (default: all cores)."),
        click.option("--executor", type=click.Choice(["processes", "dask"]), default="processes", show_default=True,
                     help="Where the per-article stages run: a pool of local processes, or Dask."),
        click.option("--scheduler", metavar="ADDRESS", help="A Dask scheduler to use (default: start a local cluster)."),
        click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path), default=Path(".cache/timeline"),
                     show_default=True, help="The incremental cache of per-article results."),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the cache."),
        click.option("--quiet", "-q", is_flag=True, help="No progress on stderr (problems are still reported)."),
        click.option("--report", "report_file", type=click.Path(dir_okay=False, path_type=Path),
                     help="Write a machine-readable build report (counts, problems, timings) as JSON."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _settings(content_dir: Path, jobs=None, executor="processes", scheduler=None, cache_dir=None, no_cache=False, **kw):
    from .model import Settings

    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    return Settings(content_dir=content_dir, jobs=jobs, executor=executor, scheduler=scheduler,
                    cache_dir=None if no_cache else cache_dir, **kw)


def _report(problems) -> None:
    for p in problems:
        click.echo(str(p), err=True)


class _Progress:
    """Progress on stderr: a line at most every half second, and the totals at the end."""

    def __init__(self, quiet: bool):
        import time

        self.quiet, self.clock, self.last = quiet, time.monotonic, 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self.clock()
        if self.quiet or (stage == "articles" and done < total and now - self.last < 0.5):
            return
        self.last = now
        click.echo(f"{stage}: {done}/{total}" if total else f"{stage}: {done}", err=True)


def _gather(settings, quiet: bool = True, report_file: Path | None = None):
    """Gather the corpus, printing every problem found on the way (and the report, when asked)."""
    from .pipeline import gather

    if not settings.content_dir.is_dir():
        raise click.ClickException(f"{settings.content_dir}: no such content folder")
    corpus = gather(settings, _Progress(quiet))
    _report(corpus.problems)
    if report_file:
        _write_report(corpus, report_file)
    return corpus


def _write_report(corpus, path: Path, **extra) -> None:
    from . import __version__

    data = {"version": __version__,
            "counts": {"sources": len(corpus.sources), "expressions": corpus.expressions,
                       "mentions": corpus.mention_count, "events": sum(not e.hidden for e in corpus.events),
                       "problems": len(corpus.problems)},
            "failures": [str(p) for p in corpus.problems if p.severity == "error"],
            "warnings": [str(p) for p in corpus.problems if p.severity != "error"],
            "timings": corpus.timings, "cache_hits": corpus.cache_hits, **extra}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline")
def main() -> None:
    """Turn a folder of news articles into a published, sourced timeline website."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dct", help="Publication date (YYYY-MM-DD) for every file, overriding front matter.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "timeml"]), default="jsonl", show_default=True,
              help="jsonl: one JSON object per expression; timeml: each file as TimeML with <TIMEX3> tags.")
def extract(files: tuple[Path, ...], dct: str | None, fmt: str) -> None:
    """Print the temporal expressions of FILES, one JSON object per line (or as TimeML)."""
    import dataclasses
    import datetime as dt

    from .articles import extract as extract_timexes
    from .errors import TimelineError
    from .readers import read_source

    if dct:
        try:
            dct = dt.date.fromisoformat(dct).isoformat()
        except ValueError:
            raise click.BadParameter(f"expected a date such as 2021-12-30, found {dct!r}", param_hint="--dct")
    failed = False
    for path in files:
        try:
            source = read_source(path, path.parent)
        except TimelineError as e:
            click.echo(f"{path}: {e.message}", err=True)
            failed = True
            continue
        if dct:
            source = dataclasses.replace(source, published=dct)
        elif not source.published:
            click.echo(f"{path}: no publication date; relative dates are left unresolved (use --dct)", err=True)
        timexes = extract_timexes(source)
        if fmt == "timeml":
            from .temporal.evaluate import to_timeml

            click.echo(to_timeml(source.text, timexes, source.published))
            continue
        for t in timexes:
            row = {"source": str(path), "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            if t.mod:
                row["mod"] = t.mod
            click.echo(json.dumps(row, ensure_ascii=False))
    if failed:
        sys.exit(EXIT_INPUT)


@main.command()
@CONTENT
@PREVIOUS
@pipeline_options
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "ics", "timelinejs", "graphml"]), default="json",
              show_default=True, help="json: everything; csv: a row per event; ics: iCalendar; timelinejs: "
                                      "TimelineJS3; graphml: the event-mention-source graph.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
def export(content_dir: Path, site_dir: Path, fmt: str, output: Path | None, quiet: bool, report_file: Path | None,
           **pipeline) -> None:
    """Export the events and their sources."""
    from .export import write
    from .pipeline import fatal

    corpus = _gather(_settings(content_dir, out_dir=site_dir, **pipeline), quiet, report_file)
    if fatal(corpus):
        sys.exit(EXIT_INPUT)
    if output:
        with open(output, "wb") as f:
            write(corpus, fmt, f)
    else:
        sys.stdout.flush()
        write(corpus, fmt, sys.stdout.buffer)  # a piece at a time: the export is as large as the corpus
        sys.stdout.buffer.flush()


@main.command()
@CONTENT
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("site"),
              show_default=True, help="Where the built site goes (replaced only when the build succeeds).")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The mkdocs.yml to use (default: ./mkdocs.yml, else the project's).")
@click.option("--strict", is_flag=True, help="Stop on any problem, writing nothing.")
@pipeline_options
def build(content_dir: Path, out_dir: Path, config_file: Path | None, strict: bool, quiet: bool,
          report_file: Path | None, **pipeline) -> None:
    """Build the timeline site from the content folder (what `make site` runs)."""
    import time

    from .errors import TimelineError
    from .pipeline import fatal
    from .site.build import build_site

    settings = _settings(content_dir, out_dir=out_dir, config_file=config_file, strict=strict, **pipeline)
    corpus = _gather(settings, quiet)
    if stop := fatal(corpus, strict):
        click.echo(f"build stopped: {len(stop)} problem(s) above; {out_dir} was left as it was", err=True)
        sys.exit(EXIT_INPUT)
    t0 = time.perf_counter()
    pages: dict = {}
    try:
        path = build_site(settings, corpus, pages)
    except TimelineError as e:
        if report_file:
            _write_report(corpus, report_file, site_error=str(e))
        click.echo(f"build failed: {e}", err=True)
        sys.exit(EXIT_BUILD)
    corpus.timings["site"] = round(time.perf_counter() - t0, 3)
    if report_file:
        exports = pages.pop("exports", None)
        _write_report(corpus, report_file, pages=pages, **({"exports": exports} if exports else {}))
    shown = sum(not e.hidden for e in corpus.events)
    click.echo(f"built {path}: {shown} events from {len(corpus.sources)} sources", err=True)


@main.command(name="eval")
@click.option("--timeml", "folder", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder of TimeML (.tml) files: their text, creation time and gold TIMEX3 tags.")
@click.option("--part", type=click.Choice(["all", "dev", "heldout"]), default="all", show_default=True,
              help="Score all documents, the development four fifths, or the held-out fifth.")
def evaluate(folder: Path, part: str) -> None:
    """Score the tagger on TimeML files: relaxed/strict span P/R/F1 and value F1, overall and per type."""
    from .temporal.evaluate import evaluate_dir, format_scores

    click.echo(format_scores(evaluate_dir(folder, part)))


@main.command()
@CONTENT
@PREVIOUS
@pipeline_options
def check(content_dir: Path, site_dir: Path, quiet: bool, report_file: Path | None, **pipeline) -> None:
    """Validate every source and override; report all problems; exit non-zero on any."""
    corpus = _gather(_settings(content_dir, out_dir=site_dir, **pipeline), quiet, report_file)
    if corpus.problems:
        click.echo(f"{len(corpus.problems)} problem(s)", err=True)
        sys.exit(EXIT_INPUT)
    click.echo(f"ok: {len(corpus.sources)} sources, {len(corpus.events)} events", err=True)


def run() -> None:
    """The console script: the CLI, with any unexpected error turned into one line instead of a traceback."""
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as e:  # a bug: say so plainly, keep the details for a report
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        click.echo(f"internal error: {type(e).__name__}: {e} (set TIMELINE_DEBUG=1 to see where; please report it)", err=True)
        sys.exit(EXIT_BUG)


if __name__ == "__main__":
    run()
