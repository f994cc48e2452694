"""The compiled grammar kept between runs: compiling the LALR tables takes longer than checking a whole spec."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import lark
from lark import Lark, Token

from govspec.files import write_whole

OPTIONS: dict[str, object] = {"parser": "lalr", "propagate_positions": True, "maybe_placeholders": True}


def cache_folder() -> Path:
    """Where compiled grammars live: $GOVSPEC_CACHE_DIR, else the user's cache folder (the temporary folder for a
    user with no home)."""
    if chosen := os.environ.get("GOVSPEC_CACHE_DIR"):
        return Path(chosen)
    if base := os.environ.get("XDG_CACHE_HOME"):
        return Path(base) / "govspec"
    try:
        return Path.home() / ".cache" / "govspec"
    except RuntimeError:
        return Path(tempfile.gettempdir()) / "govspec-cache"


def cache_file(grammar: str) -> Path:
    """The cache file of this grammar text, lark version and Python: a changed grammar never reads a stale file."""
    key = "\0".join((grammar, lark.__version__, sys.version, repr(sorted(OPTIONS.items()))))
    return cache_folder() / f"grammar-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}.lark"


def compiled(grammar: str, on_comment: Callable[[Token], object]) -> Lark:
    """The LALR parser of `grammar`, read from the cache when it is there, else compiled and cached whole.

    `on_comment` is kept in the cache by name, so it must be a module-level function."""
    target = cache_file(grammar)
    try:
        with target.open("rb") as cached:
            return Lark.load(cached)
    except Exception:  # a missing, unreadable or damaged cache only costs the compiling
        pass
    parser = Lark(grammar, lexer_callbacks={"COMMENT": on_comment}, **OPTIONS)  # type: ignore[arg-type]
    saved = io.BytesIO()
    parser.save(saved)
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        write_whole(target, saved.getvalue())
    return parser
