"""Temporal expressions: find them, normalise them to TimeML values, keep their offsets."""
from .. import native

native.choose()  # the compiled tagger where it is up to date, else its source (timeline/native.py)
from .tagger import tag  # noqa: E402

__all__ = ["tag"]
