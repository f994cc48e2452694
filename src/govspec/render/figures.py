"""Model + findings -> figures: every diagram of a spec drawn as SVG, each with the failing findings it concerns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from govspec.diagnostics import Finding
from govspec.model.entities import Model
from govspec.render.diagrams import KINDS, drawing
from govspec.render.drawing import to_dot
from govspec.render.graphviz import GraphvizMissing, render, svg_element
from govspec.render.highlight import failing, one_situation


@dataclass(frozen=True)
class Figure:
    """One diagram: its DOT text, its SVG (None when graphviz is not installed), and the findings drawn on it."""

    kind: str
    title: str
    dot: str
    svg: str | None
    findings: tuple[Finding, ...]


def figures(model: Model, findings: Sequence[Finding], lang: str) -> tuple[Figure, ...]:
    """Every diagram of a model; a failing one draws its most urgent headline's findings, one cause at a time being
    what a reader can follow, and its caption counts the rest."""
    made = []
    for kind in KINDS:
        shown = failing(findings, kind)
        drawn = drawing(model, kind, lang)
        dot = to_dot(drawn, one_situation(shown, lang))
        try:
            svg: str | None = svg_element(render(dot, "svg"))
        except GraphvizMissing:
            svg = None
        made.append(Figure(kind, drawn.title, dot, svg, tuple(shown)))
    return tuple(made)
