"""DOT text -> SVG or PNG, by graphviz's own `dot` program (the layout engine; the Python package only wraps it)."""

from __future__ import annotations

import shutil
import subprocess

from govspec.catalogue import Say, say

FORMATS = ("svg", "png", "dot")
TIMEOUT = 60.0  # seconds: the Penglai diagrams lay out in well under one; a spec can never make `dot` hang a run


class GraphvizMissing(Exception):
    """The `dot` program is not installed."""


class GraphvizFailed(Exception):
    """`dot` ran and could not lay out the diagram; `reason` is what it said, or the catalogue's words for a timeout."""

    def __init__(self, reason: Say | str) -> None:
        super().__init__(str(reason))
        self.reason = reason


def dot_program() -> str | None:
    """Where `dot` is, or None when graphviz is not installed."""
    return shutil.which("dot")


def render(dot_text: str, output: str) -> bytes:
    """The diagram laid out and drawn as `output` ("svg" or "png"); "dot" gives the text back as it is."""
    if output == "dot":
        return dot_text.encode("utf-8")
    program = dot_program()
    if program is None:
        raise GraphvizMissing
    try:
        done = subprocess.run(
            [program, f"-T{output}"], input=dot_text.encode("utf-8"), capture_output=True, timeout=TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as error:
        raise GraphvizFailed(say("publish.dot_timeout", seconds=f"{TIMEOUT:.0f}")) from error
    if done.returncode != 0:
        raise GraphvizFailed(done.stderr.decode("utf-8", "replace").strip())
    return done.stdout


def svg_element(svg: bytes) -> str:
    """An SVG document as an element to place inside HTML: without its XML prologue and doctype."""
    text = svg.decode("utf-8")
    return text[text.index("<svg") :]
