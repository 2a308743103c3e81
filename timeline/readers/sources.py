"""Files in content/sources/ to Source objects: one reader per format, and the walk over the folder."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from timeline.errors import (E_BAD_DATE, E_FUTURE, E_DUPLICATE_ID, E_FIELD_TYPE, E_LOOSE_FILE, E_NO_DCT,
                             E_NO_SOURCES_DIR, E_NO_TEXT, E_OUTSIDE, E_UNKNOWN_FORMAT, SourceError)
from timeline.model import FROM_FRONT_MATTER, FROM_HTML, FROM_NONE, FROM_TEXT, Problem, Source
from timeline.readers.dct import infer_published
from timeline.readers.decode import read_text
from timeline.readers.frontmatter import field_line, split_front_matter
from timeline.readers.htmlpage import read_page
from timeline.temporal.lexicon import characters

FORMATS = {".md": "md", ".txt": "txt", ".html": "html", ".htm": "html"}
STRING_FIELDS = ("title", "url", "outlet", "language")
NOT_ID_CHARS = re.compile(r"[^A-Za-z0-9_-]")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
TITLE_MAX = 120  # characters of a title taken from the text


def read_source(path: Path, root: Path) -> Source:
    """Read one article file; SourceError if it cannot be used."""
    shown = _relative(path, root)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise SourceError(shown, E_UNKNOWN_FORMAT.format(suffix=path.suffix))
    raw, warnings = read_text(path, shown)
    fields = {"id": source_id(path), "path": shown, "format": fmt, "warnings": warnings}
    around = ""  # text of the same file outside the article, searched only for the year
    if fmt == "md":
        fields.update(_read_md(raw, shown))
    elif fmt == "txt":
        fields.update(text=raw, title=first_line(raw))
    else:
        page = read_page(raw, shown)
        around = page.page_text
        fields.update(text=page.text, title=page.title or first_line(page.text), outlet=page.outlet, url=page.url,
                      language=page.language or "en")
        if page.published:
            fields.update(published=page.published, published_from=FROM_HTML,
                          published_note=f"htmldate found {page.published} in the page's markup")
    if not fields.get("outlet") and (host := _host(fields.get("url"))):
        fields["outlet"] = host  # the site a page came from names its outlet better than nothing does
    if fields.get("published") and fields["published"] > today().isoformat():
        line = field_line(raw.split("\n---", 1)[0], "published") if fmt == "md" else None
        raise SourceError(shown, E_FUTURE.format(found=fields["published"], today=today().isoformat()), line)
    if not fields.get("published"):
        guess = infer_published(fields["text"], around)
        if guess:
            fields.update(published=guess.date, published_from=FROM_TEXT, published_note=guess.note)
        else:
            fields.update(published=None, published_from=FROM_NONE, published_note="")
    return Source(**fields)


def _host(url: str | None) -> str | None:
    """The host name of an http(s) address, without "www." ("https://www.courier.example.com/x" ->
    "courier.example.com"); None for anything else."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname if parts.scheme.lower() in ("http", "https") else None
    except ValueError:  # ("http://[::1" and other addresses that do not parse)
        return None
    return host.removeprefix("www.") if host and "." in host else None


def read_sources(content_dir: Path) -> tuple[list[Source], list[Problem]]:
    """Read every article under content_dir/sources/ in path order; a bad file is a Problem and is skipped."""
    sources: list[Source] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}  # id -> path of the source that has it
    for path, problem in _walk(content_dir):
        if problem:
            problems.append(problem)
            continue
        try:
            source = read_source(path, content_dir)
        except SourceError as e:
            problems.append(Problem(e.path, e.message, e.line))
            continue
        problems.extend(Problem(source.path, w, severity="warning") for w in source.warnings)
        admitted, found = admit(source, seen)
        problems += found
        if admitted:
            sources.append(source)
    return sources, problems


def admit(source: Source, seen: dict[str, str]) -> tuple[bool, list[Problem]]:
    """Whether a source joins the corpus (ids are unique: the first in path order keeps one) and the problems
    that come with it; `seen` maps each admitted id to its source's path and is updated."""
    if source.id in seen:
        return False, [Problem(source.path, E_DUPLICATE_ID.format(id=source.id, other=seen[source.id]))]
    seen[source.id] = source.path
    if source.published is None:
        return True, [Problem(source.path, E_NO_DCT, severity="warning")]
    return True, []


def today() -> dt.date:
    """The date a publication date may not be after: SOURCE_DATE_EPOCH's day when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date() if epoch.isdigit() else dt.date.today()


def list_files(content_dir: Path) -> tuple[list[Path], list[Problem]]:
    """The article files under content_dir/sources/ in path order, and the problems found while looking."""
    paths, problems = [], []
    for path, problem in _walk(content_dir):
        (problems.append(problem) if problem else paths.append(path))
    return paths, problems


def source_id(path: Path) -> str:
    """The file name without suffix, made URL-safe: anything but letters, digits, - and _ becomes -."""
    slug = NOT_ID_CHARS.sub("-", path.stem).strip("-")
    # A name with no ASCII letters or digits at all (e.g. Cyrillic) still needs a distinct, stable id.
    return slug or "source-" + hashlib.sha1(path.stem.encode("utf-8")).hexdigest()[:8]


def first_line(text: str) -> str:
    """The first non-empty line, stripped (a Markdown heading loses its #s): the title when none is given. A
    first line longer than TITLE_MAX is a paragraph, not a headline: it is cut at a word, with an ellipsis."""
    for line in text.split("\n"):
        if line.strip():
            title = MARKDOWN_HEADING.sub("", line.strip())
            if len(title) <= TITLE_MAX:
                return title
            cut = title.rfind(" ", 0, TITLE_MAX)
            return title[:cut if cut > TITLE_MAX // 2 else TITLE_MAX].rstrip(" ,;:-–—") + "…"
    return ""


def _read_md(raw: str, shown: str) -> dict:
    """Front matter fields and body of a Markdown article; the body is kept as written, but for HTML's character
    references, which Markdown reads as the characters they stand for ("Dec.&nbsp;17", "council&rsquo;s", as text
    converted from a web page keeps them): its words, titles and quotations are those a reader of it sees."""
    meta, body, _ = split_front_matter(raw, shown)
    head = raw[:len(raw) - len(body)]  # field lines are looked up here, never in the body
    if not body.strip():
        raise SourceError(shown, E_NO_TEXT)
    fields: dict = {"text": characters(body)}
    for name in STRING_FIELDS:
        value = meta.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise SourceError(shown, E_FIELD_TYPE.format(field=name, expected="a string", found=value),
                              field_line(head, name))
        if value.strip():
            fields[name] = value.strip()
    fields.setdefault("title", first_line(body))
    if meta.get("published") is not None:
        fields.update(published=_iso_date(meta["published"], head, shown), published_from=FROM_FRONT_MATTER,
                      published_note=f"field 'published', line {field_line(head, 'published')}")  # (shown after "front matter: ")
    return fields


def _iso_date(value: object, head: str, shown: str) -> str:
    """YYYY-MM-DD from a YAML date, datetime or 'YYYY-MM-DD' string; SourceError naming the field otherwise."""
    if isinstance(value, dt.datetime):  # before date: a datetime is a date too
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and ISO_DAY.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise SourceError(shown, E_BAD_DATE.format(field="published", found=value), field_line(head, "published"))


def _relative(path: Path, root: Path) -> str:
    """The path as shown to the user: relative to root when it is inside it."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _walk(content_dir: Path):
    """(path, None) for each article file under content_dir/sources/ in path order, or (None, Problem). An article
    file put in content_dir itself is not read: a warning says where it belongs (a README there is left alone)."""
    for loose in sorted(content_dir.glob("*")) if content_dir.is_dir() else ():
        if loose.suffix.lower() in FORMATS and not loose.name.startswith(".") \
                and not loose.name.lower().startswith("readme") and loose.is_file():
            yield None, Problem(loose.name, E_LOOSE_FILE.format(sources=(content_dir / "sources").as_posix(),
                                                                events=(content_dir / "events").as_posix()),
                                severity="warning")
    folder = content_dir / "sources"
    if not folder.is_dir():
        yield None, Problem("sources", E_NO_SOURCES_DIR.format(path=folder.as_posix()))
        return
    root, visited = content_dir.resolve(), set()
    found = []  # (shown path, path or None, Problem or None)
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=True):
        here = Path(dirpath)
        real = here.resolve()
        if real in visited:  # a symlink loop, or a folder already read through another link
            dirnames[:] = []
            continue
        visited.add(real)
        # Hidden files and folders (.git, .DS_Store, editor swap files) are not articles.
        names = [d for d in dirnames if not d.startswith(".")]
        names += [f for f in filenames if not f.startswith(".") and Path(f).suffix.lower() in FORMATS]
        inside = real.is_relative_to(root)
        outside = {name: _outside(here / name, root, content_dir, inside) for name in names}
        found += [(p.path, None, p) for p in outside.values() if p]
        dirnames[:] = sorted(d for d in dirnames if d in outside and not outside[d])
        found += [(_relative(here / f, content_dir), here / f, None)
                  for f in filenames if f in outside and not outside[f]]
    for _, path, problem in sorted(found, key=lambda item: item[0]):
        yield path, problem


def _outside(path: Path, root: Path, content_dir: Path, folder_inside: bool) -> Problem | None:
    """A Problem if path is a link that leads outside the content folder."""
    if folder_inside and not path.is_symlink():
        return None  # a plain entry of a folder inside the content folder: no need to resolve it
    target = path.resolve()
    if target.is_relative_to(root):
        return None
    return Problem(_relative(path, content_dir), E_OUTSIDE.format(target=target))
