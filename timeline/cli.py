"""The `timeline` command line: thin wrappers over the pipeline; domain errors become clean messages here.

Exit codes: 0 success; 1 a problem in the input (a bad override, or any problem with --strict / in `check`);
2 a usage error (click's); 3 the site could not be built.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

EXIT_INPUT, EXIT_BUILD = 1, 3
CONTENT = click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path),
                       default=Path("content"), show_default=True, help="The folder of sources/ and events/.")
PREVIOUS = click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("site"),
                        show_default=True, help="The last built site: event ids that changed since still resolve.")


def _settings(content_dir: Path, **kw):
    from .model import Settings

    return Settings(content_dir=content_dir, **kw)


def _report(problems) -> None:
    for p in problems:
        click.echo(str(p), err=True)


def _gather(settings):
    """Gather the corpus, printing every problem found on the way."""
    from .pipeline import gather

    if not settings.content_dir.is_dir():
        raise click.ClickException(f"{settings.content_dir}: no such content folder")
    corpus = gather(settings)
    _report(corpus.problems)
    return corpus


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
    import datetime as dt

    from .errors import TimelineError
    from .pipeline import extract as extract_timexes
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
            import dataclasses

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
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "ics", "timelinejs", "graphml"]), default="json",
              show_default=True, help="json: everything; csv: a row per event; ics: iCalendar; timelinejs: "
                                      "TimelineJS3; graphml: the event-mention-source graph.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
def export(content_dir: Path, site_dir: Path, fmt: str, output: Path | None) -> None:
    """Export the events and their sources."""
    from .export import render
    from .pipeline import fatal

    corpus = _gather(_settings(content_dir, out_dir=site_dir))
    if fatal(corpus):
        sys.exit(EXIT_INPUT)
    text = render(corpus, fmt)
    if output:
        output.write_text(text, encoding="utf-8", newline="")
    else:
        click.echo(text, nl=False)


@main.command()
@CONTENT
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("site"),
              show_default=True, help="Where the built site goes (replaced only when the build succeeds).")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The mkdocs.yml to use (default: ./mkdocs.yml, else the project's).")
@click.option("--strict", is_flag=True, help="Stop on any problem, writing nothing.")
def build(content_dir: Path, out_dir: Path, config_file: Path | None, strict: bool) -> None:
    """Build the timeline site from the content folder (what `make site` runs)."""
    from .errors import TimelineError
    from .pipeline import fatal
    from .site.build import build_site

    settings = _settings(content_dir, out_dir=out_dir, config_file=config_file, strict=strict)
    corpus = _gather(settings)
    if stop := fatal(corpus, strict):
        click.echo(f"build stopped: {len(stop)} problem(s) above; {out_dir} was left as it was", err=True)
        sys.exit(EXIT_INPUT)
    try:
        path = build_site(settings, corpus)
    except TimelineError as e:
        click.echo(f"build failed: {e}", err=True)
        sys.exit(EXIT_BUILD)
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
def check(content_dir: Path, site_dir: Path) -> None:
    """Validate every source and override; report all problems; exit non-zero on any."""
    corpus = _gather(_settings(content_dir, out_dir=site_dir))
    if corpus.problems:
        click.echo(f"{len(corpus.problems)} problem(s)", err=True)
        sys.exit(EXIT_INPUT)
    click.echo(f"ok: {len(corpus.sources)} sources, {len(corpus.events)} events", err=True)


if __name__ == "__main__":
    main()
