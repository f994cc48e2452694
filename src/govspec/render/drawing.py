"""A drawing -> DOT text: the nodes, clusters and edges of one diagram, and how graphviz spells them.

A diagram is built as a plain value (`Drawing`) from the model, and only here turned into DOT, with a highlight laid
over it: offices away greyed out, the statements at fault and the path or cycle of a witness in red, and a caption
naming the failing rule and its articles. Every label is already in words; the font is named so that Chinese renders
as Chinese. A statement is known by its place, (file, line): a finding in an amendment is not one in its base.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from govspec.catalogue import listed, text

# Fontconfig and pango read a list of families; SVG keeps it as a CSS font-family list, which browsers read alike.
FONT = "Noto Sans CJK SC,WenQuanYi Zen Hei,sans-serif"
RED = "#c62828"
CAPTION_COLUMNS = 140  # a caption wider than this is broken into lines, so that it never widens the drawing
GREY = "#9e9e9e"
Place = tuple[str, int]  # (file, line) of the statement that made a box or an arrow; ("", 0) for none
NOWHERE: Place = ("", 0)

# How each kind of node and edge looks: graphviz attributes by style name.
NODE_STYLES: dict[str, dict[str, str]] = {
    "office": {"shape": "box", "style": "rounded,filled", "fillcolor": "#e3f2fd"},
    "unit": {"shape": "box3d", "style": "filled", "fillcolor": "#fff8e1"},
    "external": {"shape": "box", "style": "dashed,rounded"},
    "body": {"shape": "box", "style": "filled,bold", "fillcolor": "#e8f5e9"},
    "document": {"shape": "note", "style": "filled", "fillcolor": "#f3e5f5"},
    "attendee": {"shape": "box", "style": "dashed,rounded", "fontcolor": "#616161"},
    "unnamed": {"shape": "box", "style": "dashed", "color": "#ef6c00", "fontcolor": "#ef6c00"},
}
EDGE_STYLES: dict[str, dict[str, str]] = {
    "reports": {},
    "kind": {"style": "dashed", "arrowhead": "empty"},
    "head": {"style": "dotted", "arrowhead": "none"},
    "member": {"arrowhead": "none"},
    "attends": {"style": "dashed", "arrowhead": "none", "color": "#757575"},
    "signs": {},
    "grant": {"style": "dashed"},
    "cosign": {"style": "dotted"},
    "review": {"style": "dotted", "arrowhead": "odot"},
    "acting": {"penwidth": "1.6"},
    "delegation": {"style": "dashed"},
    "step": {},
}


@dataclass(frozen=True)
class Node:
    """A box in a diagram; `name` is the spec's name it stands for, `place` that of the statement that made it."""

    key: str
    label: str
    style: str
    name: str = ""
    place: Place = NOWHERE
    citations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Edge:
    """An arrow, made by the statement at `place`, which cites `citations`; `ends` are the spec names it joins."""

    tail: str
    head: str
    style: str
    label: str = ""
    ends: tuple[str, str] = ("", "")
    place: Place = NOWHERE
    citations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cluster:
    key: str
    label: str
    nodes: tuple[Node, ...]
    place: Place = NOWHERE
    dashed: bool = False


@dataclass(frozen=True)
class Drawing:
    """One diagram: `rankdir` is TB (top-down) or LR (left-to-right), chosen per kind for readability; `lang` is the
    language its words are in, and its lists of articles joined in."""

    kind: str
    title: str
    rankdir: str
    nodes: tuple[Node, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    edges: tuple[Edge, ...] = ()
    lang: str = "en"


@dataclass(frozen=True)
class Highlight:
    """What a finding draws on a diagram: `absent` names greyed out, `involved` names outlined in red, `steps` (from,
    to) pairs and `places` (statements at fault, by file and line) whose edges are red, and a caption in words."""

    absent: frozenset[str] = frozenset()
    involved: frozenset[str] = frozenset()
    steps: frozenset[tuple[str, str]] = frozenset()
    places: frozenset[Place] = frozenset()
    caption: str = ""

    def at_fault(self, place: Place) -> bool:
        """Whether the statement at `place` is one the finding points at."""
        return place != NOWHERE and place in self.places


def quoted(text: str) -> str:
    """A DOT string: backslashes and quotes escaped, new lines as graphviz's centred line breaks."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _attributes(attributes: dict[str, str]) -> str:
    return "[" + ", ".join(f"{name}={quoted(value)}" for name, value in attributes.items()) + "]"


def _node(node: Node, highlight: Highlight, lang: str) -> str:
    attributes = {"label": node.label, **NODE_STYLES[node.style]}
    cited = text(listed(node.citations), lang)
    if node.citations:
        attributes["tooltip"] = cited
    if node.name in highlight.absent:
        attributes.update(style="filled,dashed", fillcolor="#eeeeee", color=GREY, fontcolor=GREY)
    elif highlight.at_fault(node.place):
        attributes.update(color=RED, penwidth="2.5", fontcolor=RED)
        if node.citations:  # inside the box, where no edge can cross it
            attributes["label"] = f"{node.label}\n{cited}"
    elif node.name in highlight.involved:
        attributes.update(color=RED, penwidth="2.5", fontcolor=RED)
    return f"  {quoted(node.key)} {_attributes(attributes)};"


def _edge(edge: Edge, highlight: Highlight, lang: str) -> str:
    attributes = {**EDGE_STYLES[edge.style]}
    cited = text(listed(edge.citations), lang)
    if edge.label:
        attributes["label"] = edge.label
    if edge.citations:
        attributes["tooltip"] = cited
    if edge.ends in highlight.steps or highlight.at_fault(edge.place):
        attributes.update(color=RED, fontcolor=RED, penwidth="2.5")
        if edge.citations:
            attributes["xlabel"] = cited
    return f"  {quoted(edge.tail)} -> {quoted(edge.head)} {_attributes(attributes)};"


def _cluster(number: int, cluster: Cluster, highlight: Highlight, lang: str) -> Iterator[str]:
    yield f"  subgraph {quoted(f'cluster_{number}')} {{"
    # A cluster would take the graph's font colour, red under a caption: it is black unless it is at fault itself.
    style = {"label": cluster.label, "style": "rounded,dashed" if cluster.dashed else "rounded", "color": "#90a4ae"}
    style["fontcolor"] = "black"
    if highlight.at_fault(cluster.place):
        style.update(color=RED, penwidth="2.5", fontcolor=RED)
    yield "  " + "; ".join(f"{name}={quoted(value)}" for name, value in style.items()) + ";"
    for node in cluster.nodes:
        yield "  " + _node(node, highlight, lang)
    yield "  }"


def wrapped(line: str) -> str:
    """A long line broken into lines of about CAPTION_COLUMNS columns, a Chinese character taking two."""
    wide = sum(unicodedata.east_asian_width(ch) in ("W", "F") for ch in line)
    width = CAPTION_COLUMNS // 2 if wide * 2 > len(line) else CAPTION_COLUMNS
    return "\n".join(textwrap.wrap(line, width, break_on_hyphens=False)) or line


def to_dot(drawing: Drawing, highlight: Highlight | None = None) -> str:
    """The DOT text of a drawing, with a highlight laid over it."""
    highlight = highlight if highlight is not None else Highlight()
    font = quoted(FONT)
    caption = "\n".join(wrapped(line) for line in highlight.caption.split("\n"))
    title = drawing.title + (f"\n{caption}" if caption else "")
    lines = [
        f"digraph {quoted(drawing.kind)} {{",
        f'  graph [charset="UTF-8", fontname={font}, rankdir={drawing.rankdir}, labelloc=t, fontsize=16,'
        f" label={quoted(title)}, fontcolor={quoted(RED if highlight.caption else 'black')}, nodesep=0.3,"
        " ranksep=0.45, newrank=true, forcelabels=true];",
        f'  node [fontname={font}, fontsize=12, margin="0.12,0.06"];',
        f"  edge [fontname={font}, fontsize=10];",
    ]
    lines += [_node(node, highlight, drawing.lang) for node in drawing.nodes]
    for number, cluster in enumerate(drawing.clusters):
        lines += _cluster(number, cluster, highlight, drawing.lang)
    lines += [_edge(edge, highlight, drawing.lang) for edge in drawing.edges]
    lines.append("}")
    return "\n".join(lines) + "\n"
