"""Model -> drawings: the five diagrams a reviewer reads a rule set by, as plain values (render/drawing.py writes DOT).

- `org`: offices, units and their heads, reporting lines (an office with two superiors has two arrows), kinds, and
  the external authorities set apart;
- `bodies`: each meeting body with its members, convener and chair, quorum, and non-voting attendees;
- `signing`: who signs which document rule: directly, by entrustment or authorisation, as a stand-in; co-signers and
  prior review;
- `chains`: every escalation, leave-approval and document route, one row each, as written;
- `standing-in`: the powers each office holds, who stands in for whom with which powers and for which reasons, and
  who entrusts which power to whom.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from govspec.catalogue import Words, listed
from govspec.diagnostics import Span
from govspec.model.entities import Body, Chain, Cited, Model, Part, PowerKey
from govspec.render.drawing import Cluster, Drawing, Edge, Node, Place

KINDS = ("org", "bodies", "signing", "chains", "standing-in")
NODE_STYLE = {"office": "office", "unit": "unit", "external": "external", "body": "body"}
EXTERNALS_A_ROW = 4


def _at(span: Span) -> Place:
    return (span.file, span.line)


def _title(model: Model, kind: str, words: Words) -> str:
    return words(f"diagram.title.{kind}", title=model.title or model.file)


def _name_node(model: Model, name: str) -> Node:
    kind = model.kind_of(name) or "office"
    declared = {**model.offices, **model.units, **model.labels, **model.bodies}.get(name)
    if declared is None:
        return Node(name, name, NODE_STYLE.get(kind, "office"), name)
    return Node(name, name, NODE_STYLE.get(kind, "office"), name, _at(declared.span), declared.citations)


def _org(model: Model, words: Words) -> Drawing:
    named = {line.subordinate for line in model.reports} | {s for line in model.reports for s in line.superiors}
    externals = {name for name, label in model.labels.items() if label.kind == "external"}
    inside = [_name_node(model, name) for name in sorted((named | set(model.offices) | set(model.units)) - externals)]
    edges = [
        Edge(line.subordinate, superior, "reports", "", (line.subordinate, superior), _at(line.span), line.citations)
        for line in model.reports
        for superior in line.superiors
    ]
    edges += [
        Edge(o.name, o.kind, "kind", words("diagram.is_a"), (o.name, o.kind), _at(o.span), o.citations)
        for o in model.offices.values()
        if o.kind
    ]
    edges += [
        Edge(u.name, u.head, "head", words("diagram.head"), (u.name, u.head), _at(u.span), u.citations)
        for u in model.units.values()
        if u.head
    ]
    # Authorities no line reaches are listed in one box, a few a row, so the cluster stays as narrow as the chart.
    apart = sorted(externals - named)
    rows = "\n".join(words.of(listed(apart[at : at + EXTERNALS_A_ROW])) for at in range(0, len(apart), EXTERNALS_A_ROW))
    reached = tuple(_name_node(model, name) for name in sorted(externals & named))
    listed_apart = (Node("external/apart", rows, "external"),) if apart else ()
    outside = Cluster("external", words("diagram.external"), reached + listed_apart, dashed=True)
    return Drawing("org", _title(model, "org", words), "BT", tuple(inside), (outside,), tuple(edges))


def _quorum(body: Body, words: Words) -> str:
    if body.quorum is None:
        return words("diagram.no_quorum")
    fraction = f"{body.quorum.numerator}/{body.quorum.denominator}"
    return words("diagram.quorum_more" if body.quorum.op == ">" else "diagram.quorum_least", fraction=fraction)


def _names(part: Part | None) -> tuple[str, ...]:
    return part.names if part else ()


def _body(body: Body, words: Words) -> tuple[Cluster, list[Edge]]:
    head = Node(body.name, f"{body.name}\n{_quorum(body, words)}", "body", body.name, _at(body.span), body.citations)
    roles: dict[str, list[str]] = {}
    for member in (*body.members.names, *_names(body.conveners), *_names(body.chairs)):
        roles.setdefault(member, [])
    for role, part in (("diagram.convener", body.conveners), ("diagram.chair", body.chairs)):
        for member in _names(part):
            roles[member].append(words(role))
    nodes = [Node(f"{body.name}/{m}", m, "office", m) for m in roles]
    members = body.members
    edges = [
        Edge(
            body.name,
            f"{body.name}/{m}",
            "member",
            words.of(listed(r)) if r else "",
            (body.name, m),
            _at(members.span),
            members.citations,
        )
        for m, r in roles.items()
    ]
    for attendee in _names(body.attendees):
        key = f"{body.name}/{attendee}"
        nodes.append(Node(key, attendee, "attendee", attendee))
        span, cites = body.attendees.span, body.attendees.citations  # type: ignore[union-attr]
        edges.append(
            Edge(body.name, key, "attends", words("diagram.attendee"), (body.name, attendee), _at(span), cites)
        )
    return Cluster(body.name, body.name, (head, *nodes), _at(body.span)), edges


def _bodies(model: Model, words: Words) -> Drawing:
    made = [_body(body, words) for body in model.bodies.values()]
    edges = tuple(edge for _, body_edges in made for edge in body_edges)
    return Drawing("bodies", _title(model, "bodies", words), "LR", (), tuple(c for c, _ in made), edges)


def _power(power: PowerKey, words: Words) -> str:
    if power.kind == "named":
        return power.target
    return words(f"power.scope_{power.kind}", target=power.target)


def _to(tail: str, head: str, style: str, label: str, statement: Cited) -> Edge:
    """An edge between two named things, made by `statement`."""
    return Edge(tail, head, style, label, (tail, head), _at(statement.span), statement.citations)


def _merged(edges: Iterable[Edge]) -> tuple[Edge, ...]:
    """Edges of one style between the same two boxes drawn as one, their labels one under another."""
    by_ends: dict[tuple[str, str, str], list[Edge]] = {}
    for edge in edges:
        by_ends.setdefault((edge.tail, edge.head, edge.style), []).append(edge)
    return tuple(
        replace(
            same[0],
            label="\n".join(dict.fromkeys(e.label for e in same)),
            citations=tuple(dict.fromkeys(c for e in same for c in e.citations)),
        )
        for same in by_ends.values()
    )


def _signing(model: Model, words: Words) -> Drawing:
    edges: list[Edge] = []
    for rule in model.documents.values():
        signers = rule.signers
        for option in signers.options if signers else ():
            label = words("diagram.signs")
            if option.grant:
                label = words(f"diagram.by_{option.grant}", by=option.granted_by)
            if option.reviewers:
                label += "\n" + words("diagram.reviewed", reviewers=words.of(listed(option.reviewers)))
            style = "grant" if option.grant else "signs"
            edges.append(_to(option.office, rule.name, style, label, signers))  # type: ignore[arg-type]
        for cosigners in rule.cosigners:
            edges += [_to(o, rule.name, "cosign", words("diagram.cosigns"), cosigners) for o in cosigners.offices]
        for review in rule.reviews:
            label = words("diagram.prior_review_optional" if review.optional else "diagram.prior_review")
            edges += [_to(o, rule.name, "review", label, review) for o in review.offices]
        for acting in model.actings:
            if not acting.powers or PowerKey("sign", rule.name) in acting.powers:
                label = words("diagram.stands_in", absent=acting.absent)
                edges.append(_to(acting.standin, rule.name, "acting", label, acting))
        for delegation in model.delegations:
            if (delegation.power.kind, delegation.power.target) == ("sign", rule.name):
                label = words(f"diagram.by_{delegation.mode}", by=words.of(listed(delegation.delegators)))
                edges += [_to(d, rule.name, "grant", label, delegation) for d in delegation.delegates]
    documents = [
        Node(r.name, r.name, "document", r.name, _at(r.span), r.citations)
        for r in model.documents.values()
        if r.signers
    ]
    signers = sorted({edge.tail for edge in edges})
    nodes = (*(_name_node(model, name) for name in signers), *documents)
    return Drawing("signing", _title(model, "signing", words), "LR", nodes, (), tuple(edges))


def _chain_label(chain: Chain, words: Words) -> str:
    about = words.of(listed(chain.about)) if chain.about else words("diagram.every_occasion")
    if chain.kind == "leave":
        return words("diagram.leave_notify" if chain.notify else "diagram.leave", name=chain.name, about=about)
    if chain.kind == "route" and not chain.about:
        return words("diagram.route", name=chain.name)
    return words(f"diagram.{chain.kind}", name=chain.name, about=about)


def _chain(number: int, chain: Chain, words: Words) -> tuple[Cluster, list[Edge]]:
    columns = [list(chain.subjects)] if chain.subjects else []
    columns += [list(step.nodes) for step in chain.steps]
    # The one of an office's holders in charge is drawn as such: two boxes of one office are then one holder.
    charged = ([()] if chain.subjects else []) + [step.in_charge for step in chain.steps]
    nodes: dict[str, Node] = {}

    def key(at: int, name: str | None) -> str:
        made = f"{number}/{at}/{name or '?'}"
        if made not in nodes:
            label = words("party.in_charge", office=name) if name in charged[at] else name
            nodes[made] = (
                Node(made, label, "office", name, _at(chain.span))
                if name
                else Node(made, words("diagram.unnamed"), "unnamed", "?", _at(chain.span))
            )
        return made

    edges = [
        Edge(key(at, tail), key(at + 1, head), "step", "", (tail or "?", head or "?"), _at(chain.span), chain.citations)
        for at in range(len(columns) - 1)
        for tail in columns[at]
        for head in columns[at + 1]
    ]
    if len(columns) == 1:
        for name in columns[0]:
            key(0, name)
    label = _chain_label(chain, words)
    if chain.citations:
        label = words("diagram.cited", label=label, articles=listed(chain.citations))
    return Cluster(f"chain-{number}", label, tuple(nodes.values()), _at(chain.span)), edges


def _chains(model: Model, words: Words) -> Drawing:
    order = {"escalation": 0, "leave": 1, "route": 2}
    chains = sorted(model.chains, key=lambda c: (order[c.kind], c.span.line))
    made = [_chain(number, chain, words) for number, chain in enumerate(chains)]
    edges = tuple(edge for _, chain_edges in made for edge in chain_edges)
    return Drawing("chains", _title(model, "chains", words), "LR", (), tuple(c for c, _ in made), edges)


def _standing_in(model: Model, words: Words) -> Drawing:
    held: dict[str, list[str]] = {}
    for power in model.powers.values():
        for holder in power.holders:
            held.setdefault(holder, []).append(power.name)
    edges: list[Edge] = []
    for acting in model.actings:
        powers = words.of(listed(_power(p, words) for p in acting.powers)) if acting.powers else words("power.every")
        label = words("diagram.acting", powers=powers)
        if acting.reasons:
            label += "\n" + words("diagram.when", reasons=words.of(listed(acting.reasons)))
        ends = (acting.absent, acting.standin)
        edges.append(Edge(acting.absent, acting.standin, "acting", label, ends, _at(acting.span), acting.citations))
    for delegation in model.delegations:
        label = words(f"diagram.{delegation.mode}", power=_power(delegation.power, words))
        edges += [
            Edge(giver, taker, "delegation", label, (giver, taker), _at(delegation.span), delegation.citations)
            for giver in delegation.delegators
            for taker in delegation.delegates
        ]
    named = sorted({*held, *(name for edge in edges for name in edge.ends)})
    nodes = []
    for name in named:
        node = _name_node(model, name)
        if name in held:
            node = Node(
                node.key,
                f"{name}\n{words('diagram.holds', powers=words.of(listed(held[name])))}",
                node.style,
                name,
                node.place,
            )
        nodes.append(node)
    return Drawing("standing-in", _title(model, "standing-in", words), "LR", tuple(nodes), (), _merged(edges))


BUILDERS: dict[str, Callable[[Model, Words], Drawing]] = {
    "org": _org,
    "bodies": _bodies,
    "signing": _signing,
    "chains": _chains,
    "standing-in": _standing_in,
}


def drawing(model: Model, kind: str, lang: str = "en") -> Drawing:
    """The diagram of one kind (one of KINDS) of a resolved model, its words in `lang`."""
    return replace(BUILDERS[kind](model, Words(lang)), lang=lang)
