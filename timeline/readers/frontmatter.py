"""YAML front matter at the top of a Markdown file, for sources and event overrides alike."""
from __future__ import annotations

import re

import yaml

from timeline.errors import E_FRONT_MATTER, E_FRONT_MATTER_TYPE, E_FRONT_MATTER_UNCLOSED, SourceError

OPENING_FENCE = re.compile(r"\A---[ \t]*\n")
CLOSING_FENCE = re.compile(r"^---[ \t]*(?:\n|\Z)", re.M)

_KIND = {list: "a list", str: "a string", int: "a number", float: "a number", bool: "true/false"}


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps an impossible date such as 2021-02-30 as its string.

    PyYAML raises a bare ValueError for those, with no line; as a string it reaches the caller's
    field validation, which can name the field and its line.
    """

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def split_front_matter(raw: str, path: str) -> tuple[dict, str, int]:
    """Split `---` YAML front matter from the body: (metadata, body, 1-based line where the body starts)."""
    opening = OPENING_FENCE.match(raw)
    if not opening:
        return {}, raw, 1
    closing = CLOSING_FENCE.search(raw, opening.end())
    if not closing:
        raise SourceError(path, E_FRONT_MATTER_UNCLOSED, 1)
    text = raw[opening.end():closing.start()]
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        if mark is not None and mark.index >= len(text) and getattr(e, "context_mark", None) is not None:
            mark = e.context_mark  # "got <stream end>": the unclosed bracket or quote is where the mistake is
        # The YAML starts on line 2 of the file and marks count from 0.
        line = mark.line + 2 if mark is not None else 1
        problem, context = getattr(e, "problem", None), getattr(e, "context", None)
        detail = f"{problem} ({context})" if problem and context else problem or str(e)
        raise SourceError(path, E_FRONT_MATTER.format(detail=detail), line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        found = _KIND.get(type(data), type(data).__name__)
        raise SourceError(path, E_FRONT_MATTER_TYPE.format(found=found), 2)
    return data, raw[closing.end():], raw.count("\n", 0, closing.end()) + 1


def field_line(head: str, name: str) -> int | None:
    """The line of a top-level key in a file's front matter, for error messages."""
    m = re.search(rf"^{re.escape(name)}[ \t]*:", head, re.M)
    return head.count("\n", 0, m.start()) + 1 if m else None
