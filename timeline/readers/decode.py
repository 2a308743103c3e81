"""Bytes on disk to the text every offset indexes: size and binary checks, encoding, line endings."""
from __future__ import annotations

import codecs
from pathlib import Path

from timeline.errors import E_BINARY, E_EMPTY, E_ENCODING, E_TOO_LARGE, E_UNREADABLE, SourceError

MAX_BYTES = 20 * 1024 * 1024  # far above any article; stops a stray dump or video from eating memory
BINARY_PROBE = 8192  # a NUL byte this early means the file is not text
FALLBACK_ENCODINGS = ("cp1252", "latin-1")  # what non-UTF-8 news text usually is; latin-1 never fails


def read_text(path: Path, shown: str) -> tuple[str, tuple[str, ...]]:
    """The file's text with a BOM stripped and CRLF made LF, plus warnings; `shown` names it in errors."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(shown, E_TOO_LARGE.format(size_mb=size / 2**20, limit_mb=MAX_BYTES / 2**20))
        data = path.read_bytes()
    except OSError as e:
        raise SourceError(shown, E_UNREADABLE.format(detail=e.strerror or e)) from None
    text, warnings = decode(data, shown)
    # Offsets index this normalised text, so every later stage sees the same characters.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SourceError(shown, E_EMPTY)
    return text, warnings


def decode(data: bytes, shown: str) -> tuple[str, tuple[str, ...]]:
    """Decode UTF-8 (or UTF-16 with a BOM); fall back to cp1252 or latin-1 with a warning."""
    if not data.strip():
        raise SourceError(shown, E_EMPTY)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-16 is full of NUL bytes but is text; Windows editors save it with a BOM.
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:BINARY_PROBE]:
        raise SourceError(shown, E_BINARY)
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as e:
        bad = f"byte 0x{data[e.start]:02x} at offset {e.start}"
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, (E_ENCODING.format(detail=f"{bad}; read it as {encoding}"),)
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover
