"""Chains: cycles, gaps, dead ends and silences in reporting lines, leave approval and escalation. Model -> findings."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from govspec.catalogue import Say, listed, names, say
from govspec.checks.deciders import Deciders, deciders
from govspec.checks.registry import check, finding
from govspec.checks.soft import softened
from govspec.diagnostics import Finding, Severity, Span, citation_list
from govspec.graphs import (
    ChainGraphs,
    CitedGraph,
    Edge,
    Node,
    Places,
    Unnamed,
    chain_graph,
    chain_graphs,
    closed_cycles,
    cycle_in,
    cycles,
    dead_ends,
    externals,
    lineage,
    node_key,
    path_to,
    reached_from,
    step_from,
)
from govspec.graphs.build import institutions
from govspec.logic.powers import named_holders
from govspec.logic.scenario import Staffing, reason_words
from govspec.model.entities import Chain, Cited, Model
from govspec.options import CheckOptions


def graphs_of(model: Model) -> ChainGraphs:
    """The model's chain graphs, built once for all the checks that read them (a model is immutable)."""
    return model.derive(chain_graphs, lambda: chain_graphs(model))


def edge_list(path: Iterable[Edge]) -> list[dict[str, str]]:
    """A witness path: every edge with the place and, where it cites one, the article of the statement that made it."""
    return [
        {"from": str(u), "to": str(v), "at": f"{o.span.file}:{o.span.line}"}
        | ({"citation": "、".join(o.citations)} if o.citations else {})
        for u, v, o in path
    ]


def cited(*sources: Cited) -> tuple[str, ...]:
    return citation_list(tuple(source.citations for source in sources))


def in_order(sources: Iterable[Cited]) -> tuple[Span, ...]:
    """Where `sources` are, each place once, in the order given: a witness's statements, then what they lead to."""
    return tuple(dict.fromkeys(source.span for source in sources))


def spans_of(sources: Iterable[Cited]) -> tuple[Span, ...]:
    return tuple(sorted(in_order(sources)))


def _cyclic_families(graphs: ChainGraphs) -> Iterator[tuple[Say, CitedGraph]]:
    # Routes may loop (a document goes to a decision and back, 第五十三条) and leaders cover for each other
    # (工作补位, 第七条), so neither routes nor standing-in are read for cycles; GS323 reads delegations.
    yield say("GS401.reporting"), graphs.reporting
    yield say("GS401.leave"), graphs.leave
    for matter, graph in graphs.escalations.items():
        what = say("GS401.escalations") if matter is None else say("GS401.escalations_about", matter=matter)
        yield what, graph


@check("GS401", "chain-cycle", Severity.ERROR)
def chain_cycle(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A chain runs in a circle: reporting lines, leave approvals or escalations come back to where they began.

    Fires: `reports 副区长 -> 区长` with `reports 区长 -> 副区长`. Passes: `reports 副区长 -> 区长` alone.
    """
    seen: set[tuple[tuple[Node, Node, int], ...]] = set()
    for what, graph in _cyclic_families(graphs_of(model)):
        for component in cycles(graph):
            cycle = cycle_in(graph, component)
            # A cycle of escalations naming no matter shows in every matter's graph; report it once.
            key = tuple((u, v, id(origin)) for u, v, origin in cycle)
            if key in seen:
                continue
            seen.add(key)
            witness: dict[str, object] = {"cycle": edge_list(cycle)}
            if len(component) > len(cycle):
                witness["entangled"] = [str(node) for node in component]
            origins = [origin for _, _, origin in cycle]
            yield finding(
                "GS401",
                say("GS401", what=what, cycle=" -> ".join([*(str(u) for u, _, _ in cycle), str(cycle[0][0])])),
                locations=spans_of(origins),
                citations=cited(*origins),
                witness=witness,
            )


def _declared(model: Model, node: Node) -> tuple[Cited, ...]:
    tables = (model.offices, model.units, model.bodies, model.labels)
    return tuple(table[node] for table in tables if isinstance(node, str) and node in table)


@check("GS402", "chain-gap", Severity.WARNING)
def chain_gap(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A reporting line stops short: it ends somewhere that is neither the head nor a declared external authority.

    Only reporting lines are read so: a leave chain ends at whoever approves (GS404 asks who approves the approver's
    own absence) and a route where its documents are delivered (GS410 asks whether someone there may sign them).
    Fires: `reports 局长 -> 区审计局` where 区审计局 has no head and answers to no one.
    Passes: `reports 局长 -> 区长`, 区长 heading 区政府.
    """
    graphs = graphs_of(model)
    graph = graphs.reporting
    # Where a line stops, no edge leaves: such a node reaches only itself, so it takes no search to see it short of a
    # top. An office that reports to no one is GS202's finding; an unnamed step is where the text falls silent (GS407).
    stops = [n for n in dead_ends(graph, graphs.tops) if n not in model.offices and not isinstance(n, Unnamed)]
    for end in sorted(stops, key=node_key):
        path = path_to(graph, end)
        origins = [origin for _, _, origin in path]
        yield finding(
            "GS402",
            say("GS402", start=path[0][0], end=end),
            locations=in_order((*origins, *_declared(model, end))),
            citations=cited(*origins),
            witness={"path": edge_list(path), "end": str(end)},
        )


def _reaches_top(places: Places, end: Node, ends: Collection[Node]) -> bool:
    """Whether a chain ending at `end` reaches a top: a unit acts through its head, as GS402 reads it."""
    return end in ends or (isinstance(end, str) and places.heads.get(end) in ends)


@check("GS403", "escalation-dead-end", Severity.ERROR)
def escalation_dead_end(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """Escalations of a matter end at someone who cannot decide it, or go round without reaching anyone who can.

    Escalations are read together, per matter: one that ends where another goes on is continued by it.
    Fires: `escalation E about 议题: 局长 -> 副区长` with `matter 议题 { may 区长 }`. Passes: `… -> 副区长 -> 区长`.
    """
    graphs = graphs_of(model)
    ends, outside, deciding = graphs.tops, externals(model), institutions(model)
    for matter, graph in sorted(graphs.escalations.items(), key=lambda item: item[0] or ""):
        who_decides = deciders(model, graphs.places, matter) if matter is not None else None
        settles = _settles(graphs.places, ends, outside, deciding, who_decides)
        # Where only a soft ban stops a dispute, the dead end breaks a rule the text lets yield: a warning.
        yields = _settles(graphs.places, ends, outside, deciding, who_decides.hard if who_decides else None)
        # Where escalations stop is asked first, of those few nodes: most graphs stop nowhere short of a decider.
        stops = [end for end in dead_ends(graph, ()) if not settles(end)]
        loops = [loop for loop in closed_cycles(graph, ()) if not any(settles(node) for node in loop)]
        if not stops and not loops:
            continue
        judged = _disputed(model, graphs, matter, graph, settles)
        # Witnesses stay where the dispute can go, so that they blame only the escalations that carry it.
        region = graph if judged is graph.digraph else CitedGraph(graph.digraph.subgraph(judged), graph.reread)
        what = say("GS403.no_matter") if matter is None else say("GS401.escalations_about", matter=matter)
        for end in sorted((end for end in stops if end in judged), key=node_key):
            path = path_to(region, end)
            into = _ending_at(region, end, path)
            key = ("GS403.ends" if len(into) == 1 else "GS403.end") + ("_top" if who_decides is None else "")
            message = say(key, names=names((chain.name for chain in into), "and"), end=end, matter=matter or "")
            yield _dead_end(message, who_decides, into, {"path": edge_list(path)}, yields(end))
        for loop in (loop for loop in loops if loop[0] in judged):
            # A matter's dispute is brought to the loop by an escalation of its own: the witness shows the way in,
            # then goes round from where it arrives.
            lead = _leading_into(region, loop) if who_decides is not None else []
            entry = lead[-1][1] if lead else loop[0]
            circle = cycle_in(region, [entry, *(node for node in loop if node != entry)])
            who = say("GS403.loop_top") if who_decides is None else say("GS403.loop_decider", matter=matter)
            message = say("GS403.loop", what=what, names=names(str(node) for node in loop), who=who)
            witness = ({"path": edge_list(lead)} if lead else {}) | {"loop": edge_list(circle)}
            soft = any(yields(node) for node in loop)
            yield _dead_end(message, who_decides, [o for _, _, o in (*lead, *circle)], witness, soft)


def _settles(
    places: Places,
    ends: Collection[Node],
    outside: Collection[Node],
    deciding: Mapping[str, tuple[str, ...]],
    who_decides: Deciders | None,
) -> Callable[[Node], bool]:
    """Whether a dispute is settled at a node: where someone may decide its matter, or with no matter named, at the
    top; a matter handed to a declared external authority is decided there, outside these rules. An institution that
    decides through bodies of its own (`deciding`) settles a matter it may decide, or one of its bodies may; its
    head does not decide for it. Where the text falls silent, GS407 reports it."""

    def settles(node: Node) -> bool:
        if isinstance(node, Unnamed) or node in outside:
            return True
        if who_decides is None:
            return _reaches_top(places, node, ends)
        return who_decides.decides(places, deciding, node)

    return settles


def _disputed(
    model: Model, graphs: ChainGraphs, matter: str | None, graph: CitedGraph, settles: Callable[[Node], bool]
) -> Collection[Node]:
    """Where a dispute about `matter` can go: the escalations about it or a matter it is a kind of, then those that
    go on from where they end unsettled.

    The escalations naming no matter join every matter's graph to carry its disputes on; where they alone lead,
    they are judged once, against the top, as escalations naming no matter.
    """
    chains = graphs.chains
    indices = chains.asking("escalation")
    if matter is None or all(chains.statements[i].about for i in indices):
        return graph.digraph
    kinds = set(lineage(model, matter))
    own = [i for i in indices if not kinds.isdisjoint(chains.statements[i].about)]
    settled = {node for node in graph.digraph if settles(node)}
    ends = [node for i in own for node in chains.levels[i][-1] if node not in settled]
    inside = {node for i in own for level in chains.levels[i] for node in level}
    return inside | reached_from(graph, ends, settled)


def _leading_into(region: CitedGraph, loop: list[Node]) -> list[Edge]:
    """A way into `loop` from outside it, to the first of its nodes that has one; none if the loop is where it began."""
    digraph, inside = region.digraph, set(loop)
    for entry in loop:
        if any(p not in inside for p in digraph.predecessors(entry)):
            outside = digraph.subgraph([node for node in digraph if node not in inside or node == entry])
            return path_to(CitedGraph(outside, region.reread), entry)
    return []


def _ending_at(graph: CitedGraph, end: Node, path: list[Edge]) -> list[Chain]:
    """The escalations that end at `end`; where it is a unit's head or a kind reached by a join, the last on `path`."""
    into = {o for p in graph.digraph.predecessors(end) for o in graph.origins(p, end) if isinstance(o, Chain)}
    return sorted(into, key=lambda chain: chain.span) or [o for _, _, o in path if isinstance(o, Chain)][-1:]


def _dead_end(
    message: Say, who_decides: Deciders | None, statements: list[Cited], witness: dict[str, object], soft: bool
) -> Finding:
    """A dead end of the escalations `statements`, placed at each of them, then where its matter is declared; `soft`:
    one that only a soft ban makes, and so at most a warning."""
    sources = who_decides.sources if who_decides is not None else ()
    found = finding(
        "GS403",
        message,
        locations=in_order((*statements, *sources[:1])),
        citations=cited(*statements, *sources),
        witness=witness
        | ({"deciders": sorted(who_decides.allowed - who_decides.barred)} if who_decides is not None else {}),
    )
    return softened(found, who_decides.hedges) if soft and who_decides is not None else found


@dataclass(frozen=True)
class _Approved:
    """Whose absence some rule says who approves: from work, for which reasons of absence (None: any reason the
    spec does not declare), and from each body's meetings (`everywhere`: by rules naming no occasion). With them the
    rules that speak of an office's absence from work, and of each body's meetings by name (a finding rests on what
    they leave out, and on their readings), and the offices that approve. Built by `_approved` alone."""

    work: dict[str, set[str | None]] = field(default_factory=dict)
    meetings: dict[str, set[str]] = field(default_factory=dict)
    everywhere: set[str] = field(default_factory=set)
    work_rules: dict[str, list[Chain]] = field(default_factory=dict)
    meeting_rules: dict[str, list[Chain]] = field(default_factory=dict)
    approvers: set[Node] = field(default_factory=set)

    def cover(self, model: Model, chain: Chain, covered: list[str], reasons: tuple[str | None, ...]) -> None:
        """Record the occasions one leave rule approves for the offices it covers."""
        if not chain.about:
            self.everywhere.update(covered)
        why = [name for name in chain.about if name not in model.bodies] if chain.about else reasons
        for office in covered if why else ():
            self.work.setdefault(office, set()).update(why)
            self.work_rules.setdefault(office, []).append(chain)
        for body in chain.about:
            if body in model.bodies:
                self.meetings.setdefault(body, set()).update(covered)
                self.meeting_rules.setdefault(body, []).append(chain)


def _approved(model: Model, graphs: ChainGraphs, reasons: tuple[str | None, ...]) -> _Approved:
    """Read every leave rule that asks for approval (not one only reported, 报备) for the occasions it names: a meeting
    body, a reason of absence (absence from work for that reason), or, naming none, every occasion. A unit asking is
    its head asking; nobody is covered by a rule whose only approvers are themselves or the unit they head (区政府领导
    同志 asking the 区长 says nothing of the 区长's own leave)."""
    chains, heads = graphs.chains, graphs.places.heads
    led: dict[str, set[str]] = {}
    for unit, head in heads.items():
        led.setdefault(head, set()).add(unit)
    approved = _Approved()
    for i in chains.of_kind("leave"):
        chain, levels = chains.statements[i], chains.levels[i]
        if chain.notify or len(levels) < 2:
            continue
        # The levels are read already: groups stand for their offices; a unit asking is its head.
        asking, named = levels[0], levels[-1]
        approved.approvers.update(named)
        if len(asking) == 1 and len(named) == 1:  # the common rule, one asking one: no sets to build
            one = heads.get(asking[0], asking[0]) if isinstance(asking[0], str) else None
            mine = led.get(one, ()) if one is not None else ()
            covered = [one] if one is not None and named[0] != one and named[0] not in mine else []
        else:
            askers = {heads.get(node, node) for node in asking if isinstance(node, str)}
            covered = [office for office in askers if set(named) - {office} - led.get(office, set())]
        approved.cover(model, chain, covered, reasons)
    return approved


@check("GS404", "absence-without-approver", Severity.WARNING)
def absence_without_approver(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """No rule says who approves an office's absence: from work for some reason, or from a body's meetings.

    Each occasion is asked on its own: a rule about the 常务会议 does not approve a trip, nor one about trips a
    missed 全体会议 or a sick day; a reason the spec does not declare is one more occasion, unless its list of reasons
    is closed. A rule for an office covers the kinds of it (常务副区长 as a 副区长). Absence from work is asked of the
    offices the rules give something to do (a seat on a body, a power): an office only invited to attend has no
    duty for an absence to leave undone.
    Fires: `office 局长` holding a power and no `leave 局长: …`; or `leave 局长 about 出差: 区长` while 局长 sits on
    a body. Passes: `leave 局长: 区长`, which names no occasion and so covers every one.
    """
    staffing = Staffing.of(model)
    approved = _approved(model, graphs_of(model), staffing.why_away)
    seated = {m for body in model.bodies.values() for m in body.members.names}
    dutiful = seated | named_holders(model) | approved.approvers
    every = frozenset(staffing.why_away)

    def missing(office: str) -> frozenset[str | None]:
        """The reasons of absence no rule covers for an office the rules give something to do (none: no duty)."""
        kinds = model.kinds(office)
        if dutiful.isdisjoint(kinds):
            return frozenset()
        return every.difference(*(approved.work.get(kind, ()) for kind in kinds))

    for office in model.offices.values():
        uncovered = missing(office.name)
        # A kind of an office with the same gap (the 常务副区长 as a 副区长) is reported with that office.
        if not uncovered or (office.kind is not None and missing(office.kind) == uncovered):
            continue
        partly = len(uncovered) < len(every)
        reasons = listed(reason_words(staffing, why) for why in staffing.why_away if why in uncovered)
        speaking = [chain for kind in model.kinds(office.name) for chain in approved.work_rules.get(kind, ())]
        yield finding(
            "GS404",
            say("GS404.work_for", office=office.name, reasons=reasons)
            if partly
            else say("GS404.work", office=office.name),
            locations=(office.span,),
            citations=citation_list((model.articles(office.citations), *(c.citations for c in speaking))),
            witness={
                "office": office.name,
                "occasion": say("GS404.occasion_work_for", reasons=reasons) if partly else say("GS404.occasion_work"),
            },
        )
    for body in model.bodies.values():
        named = approved.meetings.get(body.name, set())
        missing_members = [
            m
            for m in body.members.names
            if approved.everywhere.isdisjoint(model.kinds(m)) and named.isdisjoint(model.kinds(m))
        ]
        if missing_members:
            yield finding(
                "GS404",
                say("GS404.meetings", offices=names(missing_members, "and"), body=body.name),
                locations=(body.members.span,),
                citations=cited(body, body.members, *approved.meeting_rules.get(body.name, ())),
                witness={
                    "body": body.name,
                    "members": missing_members,
                    "occasion": say("GS404.occasion_meetings", body=body.name),
                },
            )


@check("GS407", "unnamed-step", Severity.WARNING)
def unnamed_step(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A chain has a step the text does not name (`?`): it says the matter goes on, not to whom.

    Fires: `leave 局长: 办公室 -> ?`. Passes: `leave 局长: 办公室 -> 区长`.
    """
    chains = graphs_of(model).chains
    for silence in chains.silences:
        chain, position = model.chains[silence.chain], silence.step
        graph = chain_graph(chains, silence.chain)
        # A silent first step has nothing before it: the witness is the step it leads to.
        path = path_to(graph, silence) or step_from(graph, silence)
        yield finding(
            "GS407",
            say("GS407", chain=say(f"GS407.{chain.kind}", name=chain.name), step=position + 1),
            locations=(chain.span,),
            citations=chain.citations,
            witness={"path": edge_list(path), "step": position + 1},
        )
