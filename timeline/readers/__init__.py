"""Readers: turn the files in content/sources/ into Source objects (text, title, outlet, publication date).

One module per concern: decode (bytes to text), frontmatter (Markdown YAML headers), htmlpage (saved web
pages), dct (the publication date inferred from the text) and sources (the per-format readers and the walk).
"""
from timeline.readers.sources import admit, list_files, read_source, read_sources, source_id

__all__ = ["admit", "list_files", "read_source", "read_sources", "source_id"]
