"""Temporal expressions: find them, normalise them to TimeML values, keep their offsets."""
from .tagger import tag

__all__ = ["tag"]
