"""Reading a spec file: bytes -> text, refusing what is not a readable spec (binary, bad UTF-8, too large)."""

from __future__ import annotations

import re
from pathlib import Path

from govspec.catalogue import Say, advice, say
from govspec.diagnostics import Finding, Severity, Span, UnreadableInput

MAX_BYTES = 16 * 1024 * 1024
LONE_CR = re.compile(r"\r(?!\n)")


def _unreadable(file: str, message: Say, line: int = 1, column: int = 1, help: Say | None = None) -> UnreadableInput:
    span = Span(file, line, column, line, column + 1)
    return UnreadableInput((Finding("GS001", Severity.ERROR, message, (span,), help=help or advice("GS001", message)),))


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (in characters) of a byte offset, decoding the line prefix leniently."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


def _too_large(file: str, size: int) -> UnreadableInput:
    return _unreadable(
        file,
        say("GS001.too_large", size=f"{size / 1_048_576:.1f}", limit=MAX_BYTES // 1_048_576),
        help=say("GS001.too_large.help"),
    )


def decode(data: bytes, file: str) -> str:
    """Decode a spec's bytes as UTF-8 text, or raise UnreadableInput saying where and why not."""
    if len(data) > MAX_BYTES:
        raise _too_large(file, len(data))
    nul = data.find(b"\0")
    if nul >= 0:
        line, column = _position(data, nul)
        raise _unreadable(file, say("GS001.binary"), line, column)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _position(data, error.start)
        raise _unreadable(
            file, say("GS001.utf8", byte=f"{data[error.start]:02x}"), line, column, help=say("GS001.utf8.help")
        ) from None
    # A line may end in CR alone (old Mac files): read as a line break, a comment ends there, not at the file's end.
    return LONE_CR.sub("\n", text.removeprefix("\ufeff"))


def read_source(path: Path) -> str:
    """Read a spec file as text; a missing or unreadable file raises UnreadableInput."""
    file = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _too_large(file, size)
        data = path.read_bytes()
    except OSError as error:
        raise _unreadable(file, say("GS001.unreadable", reason=error.strerror or error)) from None
    return decode(data, file)
