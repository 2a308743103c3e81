"""One small exception hierarchy. Every message names the file (and line), what was expected and what was found.

The CLI and the mkdocs plugin turn these into a clean message and a non-zero exit; a traceback is a bug.
"""
from __future__ import annotations


class TimelineError(Exception):
    """Base of every error the tool reports to a user."""

    def __init__(self, path: str | None, message: str, line: int | None = None):
        self.path, self.message, self.line = path, message, line
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


class SourceError(TimelineError):
    """An article that cannot be read: unreadable, empty, binary, malformed front matter."""


class OverrideError(TimelineError):
    """An event override that is malformed or refers to an event that does not exist."""


class BuildError(TimelineError):
    """The site could not be built (templates, mkdocs)."""


# Message templates, named so tests and docs can refer to them.
E_EMPTY = "the file is empty"
E_BINARY = "the file is binary, not text (found a NUL byte)"
E_ENCODING = "the file is not valid UTF-8 text ({detail})"
E_FRONT_MATTER = "the front matter is not valid YAML: {detail}"
E_FRONT_MATTER_TYPE = "the front matter must be a mapping of keys to values, found {found}"
E_FIELD_TYPE = "front matter field '{field}' must be {expected}, found {found!r}"
E_BAD_DATE = "'{field}' must be a date such as 2021-12-30, found {found!r}"
E_NO_ARTICLE = "no article text could be extracted from this HTML page"
E_UNKNOWN_FORMAT = "unsupported file type '{suffix}' (expected .md, .txt or .html)"
E_DUPLICATE_ID = "two sources have the id '{id}' (the other is {other})"
E_NO_DCT = "no publication date: relative dates in this article (\"Thursday\", \"next month\") could not be anchored"
E_OVERRIDE_NO_ID = "an override needs an 'id' naming the event it corrects"
E_OVERRIDE_UNKNOWN_ID = "no event has the id '{id}'{suggestion}"
E_OVERRIDE_BAD_DATE = "'date' must be a TimeML date value such as 2021-12-07, 2021-12 or 2014, found {found!r}"
E_OVERRIDE_UNKNOWN_KEY = "unknown key '{key}' (expected one of: {expected})"

# Readers (timeline/readers/).
E_UNREADABLE = "the file cannot be read ({detail})"
E_TOO_LARGE = "the file is {size_mb:.1f} MB, more than the {limit_mb:.0f} MB an article may have"
E_FRONT_MATTER_UNCLOSED = "the front matter opened by '---' on line 1 has no closing '---' line"
E_NO_TEXT = "there is no article text after the front matter"
E_HTML_PARSE = "the HTML page could not be parsed ({detail})"
E_OUTSIDE = "this link points outside the content folder (to {target})"
E_NO_SOURCES_DIR = "there is no sources folder (expected the articles in {path})"
E_LOOSE_FILE = "not read: an article goes in {sources}/, an editor's correction in {events}/"
E_FUTURE = "'published' is {found}, a date in the future (today is {today}): relative dates would be anchored wrong"
