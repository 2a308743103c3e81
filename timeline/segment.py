"""Cut a source's text into sentences and find its boilerplate; spans only, the text is never copied."""
from __future__ import annotations

import re

from . import patterns as pt
from .model import Boilerplate


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, stripped of surrounding whitespace, in order."""
    spans, start = [], 0
    for m in pt.SENTENCE_END.finditer(text):
        if m.group().startswith("\n"):
            if _soft_wrap(text, m.start(), m.end()):
                continue
            end = m.start()
        else:
            if pt.ABBREVIATIONS.search(text, max(0, m.start() - 8), m.start()) and not (
                    pt.CLOCK_ABBREVIATION.search(text, max(0, m.start() - 4), m.start())
                    and not pt.CLOCK_GOES_ON.match(text, m.end())):
                continue
            end = m.end()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _soft_wrap(text: str, start: int, end: int) -> bool:
    """Whether the line break text[start:end] only wraps a long line inside a sentence, as in hard-wrapped
    plain text or a Markdown paragraph: one newline after a long line that does not end a sentence, before a
    line that opens no list, heading or quote."""
    if end - start != 1:
        return False  # a blank line ends a paragraph
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start].rstrip()
    return len(line) >= pt.WRAPPED_LINE_MIN_CHARS and not pt.LINE_ENDS_SENTENCE.search(line) \
        and not pt.LINE_OPENS_BLOCK.match(text, end)


def _add(text: str, start: int, end: int, spans: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def lines(text: str):
    """(start, end, line) for each line of the text."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def boilerplate(text: str) -> list[Boilerplate]:
    """The lines of a page that are not its news: copyright, teasers, comment forms, bios, captions."""
    found: list[Boilerplate] = []
    all_lines = [(s, e, l) for s, e, l in lines(text)]
    for i, (s, e, line) in enumerate(all_lines):
        if not line.strip():
            continue
        reason = next((why for rx, why in pt.BOILERPLATE_LINES if rx.search(line)), None)
        if reason is None and len(line) <= pt.BIO_MAX_CHARS and len(pt.BIO_WORDS.findall(line)) >= pt.BIO_MIN_WORDS:
            reason = "author bio"
            prev = _previous_nonblank(all_lines, i)
            if prev and re.fullmatch(r"\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*", prev[2]):
                found.append(Boilerplate(prev[0], prev[1], "author bio"))  # the author's name above the bio
        if reason:
            found.append(Boilerplate(s, e, reason))
    return sorted(found, key=lambda b: b.start)


def _previous_nonblank(all_lines, i):
    for j in range(i - 1, -1, -1):
        if all_lines[j][2].strip():
            return all_lines[j]
    return None


def inside(spans: list[Boilerplate], start: int, end: int) -> Boilerplate | None:
    """The boilerplate span containing [start, end), if any."""
    for b in spans:
        if b.start <= start and end <= b.end:
            return b
    return None
