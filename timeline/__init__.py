"""timeline: turn a folder of news articles into a published, sourced timeline website."""

__version__ = "0.1.0"
