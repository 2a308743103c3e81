"""Helpers that write real content folders for tests; no stand-ins for the pipeline."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def write_source(content: Path, name: str, body: str, published: str | None = None, **meta) -> Path:
    """Write content/sources/<name> (Markdown with front matter when it ends in .md) and return its path."""
    folder = content / "sources"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if name.endswith(".md"):
        fields = dict(meta, **({"published": published} if published else {}))
        head = "".join(f"{k}: {json.dumps(v)}\n" for k, v in fields.items())
        path.write_text(f"---\n{head}---\n{body}", encoding="utf-8")
    else:
        path.write_text(body, encoding="utf-8")
    return path


def write_override(content: Path, name: str, front: str, body: str = "") -> Path:
    """Write content/events/<name> with the given front matter lines."""
    folder = content / "events"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\n{front.strip()}\n---\n{body}", encoding="utf-8")
    return path
