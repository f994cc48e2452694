"""Document routes: the mandatory hop (第五十一条), on routes and on the escalations it names, a single primary
recipient (不得多头主送), and documents delivered to someone who may sign them. Each route is its own chain.
Model -> findings."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise

from govspec.catalogue import names, say
from govspec.checks.chains import cited, edge_list, graphs_of, in_order
from govspec.checks.registry import check, finding
from govspec.checks.signing import signer_words
from govspec.diagnostics import Finding, Severity
from govspec.graphs import (
    ChainGraphs,
    Chains,
    Edge,
    Level,
    Node,
    Places,
    Unnamed,
    chain_graph,
    lineage,
    node_key,
    path_to,
    way_around,
)
from govspec.logic.documents import Subjects, matter_below, matters_below, subjects
from govspec.logic.powers import PowerIndex, reachable
from govspec.logic.scenario import Staffing
from govspec.model.entities import Chain, Mandatory, Model, PowerKey
from govspec.options import CheckOptions


def binds_route(model: Model, below: Mapping[str, tuple[str, ...]], rule: Mandatory, route: Chain) -> bool:
    """Whether a mandatory step binds a route: naming no document rule or matter, it binds every route; naming some,
    the routes that carry the documents of a rule it names, or documents that may be on a matter it names (or a kind
    of one: `Subjects.some`, for one such document skipping the step is a finding). A route whose documents are all
    of rules, or on matters, it excepts is not bound (`Subjects.every`: the exception frees only what it covers); one
    that names none carries documents of any kind, and is. `below`: `matter_below` of the model."""
    named, excepted = matters_below(below, rule.matters), matters_below(below, rule.excepted_matters)

    def about(document: str) -> Subjects:
        return subjects(model.documents[document].condition, below)

    carried = route.about
    if rule.documents or rule.matters:
        carried = tuple(d for d in carried if d in rule.documents or about(d).some(named))
        if not carried:
            return False
    return not carried or not all(d in rule.excepted_documents or about(d).every(excepted) for d in carried)


def binds_matter(model: Model, rule: Mandatory, matter: str) -> bool:
    """Whether a mandatory step binds the escalations of a matter: it names the matter or a kind of it (a plain one
    names none, and binds no escalation), and excepts neither."""
    kinds = lineage(model, matter)
    return not set(rule.matters).isdisjoint(kinds) and set(rule.excepted_matters).isdisjoint(kinds)


def _mandatory_nodes(places: Places, rule: Mandatory) -> tuple[frozenset[Node], frozenset[Node]]:
    """Every node that counts as the rule's step, and every node that counts as one of its targets."""
    return places.counting_as(places(rule.via)), places.counting_as(o for t in rule.targets for o in places(t))


def skipping_path(
    route: Chain, steps: Sequence[Level], via: AbstractSet[Node], targets: AbstractSet[Node]
) -> list[Node] | None:
    """A way through `route`, whose `steps` are read, that reaches one of `targets` before passing `via`; None if there
    is none. `via` and `targets` hold every node that counts as one of them.

    The way takes, at each step, the smallest office that is not the mandatory one, while there is such an office.
    """
    # The way is chosen only once it is found: most routes pass the mandatory step, and choosing costs more than that.
    passed: list[Level] = []
    for position, (step, nodes) in enumerate(zip(route.steps, steps, strict=True)):
        # The first step sends the document; only a later one receives it.
        if position and not targets.isdisjoint(nodes):
            return [*(min(level, key=node_key) for level in passed), min(targets.intersection(nodes), key=node_key)]
        # An unnamed step may be the mandatory one: the text is silent there (GS407), not contradictory.
        if not via.isdisjoint(nodes) or None in step.nodes:
            others = [node for node in nodes if node not in via and not isinstance(node, Unnamed)]
            if not others or step.joint:
                return None
            nodes = tuple(others)
        passed.append(nodes)
    return None


@check("GS405", "route-skips-mandatory-step", Severity.ERROR)
def route_skips_mandatory_step(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A route reaches an office that documents may reach only through a mandatory step, without passing that step.

    Only the routes the step binds are read (`binds_route`): a route carrying only documents it excepts is free.
    Fires: `through 办公室 before 区长` with `route R: 局长 -> 区长`. Passes: `route R: 局长 -> 办公室 -> 区长`.
    """
    graphs = graphs_of(model)
    rules = [(rule, *_mandatory_nodes(graphs.places, rule)) for rule in model.mandatory]
    below = matter_below(model)
    for index in graphs.chains.of_kind("route"):
        route = model.chains[index]
        for rule, via, targets in rules:
            if not binds_route(model, below, rule, route):
                continue
            path = skipping_path(route, graphs.chains.levels[index][1:], via, targets)
            if path is None:
                continue
            edges: list[Edge] = [(u, v, route) for u, v in pairwise(path)]
            yield finding(
                "GS405",
                say("GS405", route=route.name, target=path[-1], via=rule.via),
                locations=(route.span, rule.span),
                citations=cited(route, rule),
                witness={"path": edge_list(edges), "mandatory": rule.via},
            )


def _passing_steps(chains: Chains, indices: Sequence[int], via: AbstractSet[Node]) -> set[tuple[Node, Node]]:
    """The edges of the escalations `indices` into joint recipients beside the mandatory step, or beside a step the
    text does not name (it may be the mandatory one), that no other step of theirs makes: a matter sent that way
    reaches the step too."""
    passing: set[tuple[Node, Node]] = set()
    other: set[tuple[Node, Node]] = set()
    for i in indices:
        for position, step in enumerate(chains.statements[i].steps, start=1):
            before, after = chains.levels[i][position - 1], chains.levels[i][position]
            beside = step.joint and (not via.isdisjoint(after) or None in step.nodes)
            (passing if beside else other).update((u, v) for u in before for v in after)
    return passing - other


@check("GS411", "escalation-skips-mandatory-step", Severity.ERROR)
def escalation_skips_mandatory_step(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """An escalation of a matter a mandatory step names reaches its target without passing that step.

    A mandatory step binds only the escalations of the matters it names (`about`), and of kinds of them, but not of
    those it excepts. Escalations that ask for a decision are read together, as GS403 reads them: one that ends where
    another goes on is continued by it. One that only reports (报备) is read on its own, as a route is. Fires:
    `through 办公室 before 区长 about 议题` with `escalation E about 议题: 局长 -> 副区长 -> 区长`. Passes:
    `escalation E about 议题: 局长 -> 办公室 -> 区长`, or the step naming no matter.
    """
    rules = [rule for rule in model.mandatory if rule.matters]
    if rules:
        graphs = graphs_of(model)
        yield from _deciding_skips(model, graphs, rules)
        yield from _reporting_skips(model, graphs, rules)


def _deciding_skips(model: Model, graphs: ChainGraphs, rules: list[Mandatory]) -> Iterator[Finding]:
    """GS411 on the escalations that ask for a decision, per matter, read together."""
    chains = graphs.chains
    asking = chains.asking("escalation")
    for matter, graph in sorted(graphs.escalations.items(), key=lambda item: item[0] or ""):
        if matter is None:
            continue
        # The graph holds the escalations about the matter or a kind of it, and those naming no matter; a dispute
        # about it is raised where its own escalations begin.
        kinds = set(lineage(model, matter))
        indices = [i for i in asking if not (about := chains.statements[i].about) or not kinds.isdisjoint(about)]
        sources = [node for i in asking if matter in chains.statements[i].about for node in chains.levels[i][1]]
        for rule in (rule for rule in rules if binds_matter(model, rule, matter)):
            via, targets = _mandatory_nodes(graphs.places, rule)
            barred = via | {node for node in graph.digraph if isinstance(node, Unnamed)}
            way = way_around(graph, sources, targets, barred, _passing_steps(chains, indices, via))
            if way:
                yield _escalation_skip(matter, rule, way)


def _reporting_skips(model: Model, graphs: ChainGraphs, rules: list[Mandatory]) -> Iterator[Finding]:
    """GS411 on the escalations that only report a matter, each on its own."""
    chains = graphs.chains
    for index in chains.of_kind("escalation"):
        escalation = chains.statements[index]
        if not escalation.notify:
            continue
        for rule in rules:
            matter = next((m for m in escalation.about if binds_matter(model, rule, m)), None)
            if matter is None:
                continue
            path = skipping_path(escalation, chains.levels[index][1:], *_mandatory_nodes(graphs.places, rule))
            if path is not None:
                yield _escalation_skip(matter, rule, [(u, v, escalation) for u, v in pairwise(path)])


def _escalation_skip(matter: str, rule: Mandatory, way: list[Edge]) -> Finding:
    origins = [origin for _, _, origin in way]
    return finding(
        "GS411",
        say("GS411", matter=matter, target=way[-1][1], via=rule.via),
        locations=(*in_order(origins), rule.span),
        citations=cited(*origins, rule),
        witness={"path": edge_list(way), "mandatory": rule.via},
    )


@check("GS406", "several-primary-recipients", Severity.ERROR)
def several_primary_recipients(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A route that must have a single primary recipient sends the document to several at once.

    Fires: `route R single: 局长 -> 办公室 & 区长`. Passes: `route R single: 局长 -> 办公室 -> 区长`.
    """
    chains = graphs_of(model).chains
    for index in chains.of_kind("route"):
        route = model.chains[index]
        # The first step sends (several may issue a document jointly); the later steps receive.
        for position, step in enumerate(route.steps[1:] if route.single else (), start=1):
            recipients = chains.levels[index][position + 1]
            if not step.joint or len(recipients) < 2:
                continue
            yield finding(
                "GS406",
                say("GS406", route=route.name, step=position + 1, recipients=names(str(r) for r in recipients)),
                locations=(route.span,),
                citations=route.citations,
                witness={
                    "path": edge_list(path_to(chain_graph(chains, index), recipients[0])),
                    "recipients": [str(r) for r in recipients],
                },
            )


@check("GS408", "document-without-route", Severity.WARNING)
def document_without_route(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """No route says how the documents of a document rule travel to their signer.

    A rule that names no signer, only what its documents must carry, has nobody for them to reach; a route that only
    reports documents (报备) brings them to nobody who signs.
    Fires: `document 任免 when subject = 任免 { signer 区长 }` with no route `about 任免`.
    Passes: `route 发文 about 任免: 局长 -> 办公室 -> 区长`.
    """
    chains = graphs_of(model).chains
    carried = {name for index in chains.asking("route") for name in chains.statements[index].about}
    for rule in model.documents.values():
        if rule.name not in carried and rule.signers is not None:
            yield finding(
                "GS408",
                say("GS408", rule=rule.name),
                locations=(rule.span,),
                citations=model.articles(rule.citations),
                witness={"document": rule.name},
            )


@check("GS410", "route-ends-without-signer", Severity.WARNING)
def route_ends_without_signer(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A route carries a document rule's documents, but nobody at its last step may ever sign them.

    A route ends where its documents are delivered; for the documents of a rule that is their signer. Someone at the
    last step may sign when the office (or the head of a unit there, or an office of a group) could ever hold the
    power to sign: as a signer, a kind of one, a stand-in or a delegate. A route that only reports its documents
    (报备) asks nobody to sign them, and may end anywhere.
    Fires: `route 发文 about 办公室公文: 局长 -> 区政府办公室 -> 区长` where the 办公室主任 signs.
    Passes: `route 发文 about 办公室公文: 局长 -> 区政府办公室`, the 办公室 acting through its head.
    """
    graphs = graphs_of(model)
    places, chains = graphs.places, graphs.chains
    staffing = Staffing.of(model)
    index = PowerIndex(model, staffing)
    for i in chains.asking("route"):
        route = model.chains[i]
        last = chains.levels[i][-1]
        if any(isinstance(node, Unnamed) for node in last):
            continue  # the text does not say where the route ends (GS407)
        delivered = {counted for node in last for counted in places.counts_as(node)}
        delivered |= {head for node in last if isinstance(node, str) and (head := places.heads.get(node))}
        for name in route.about:
            rule = model.documents[name]
            if rule.signers is None:
                continue  # a rule that only says what its documents carry names nobody to deliver them to
            signers = reachable(index.rules(PowerKey("sign", name)), staffing)[0]
            if delivered.isdisjoint(signers):
                yield finding(
                    "GS410",
                    say(
                        "GS410",
                        route=route.name,
                        rule=name,
                        ends=names((str(node) for node in last), "and"),
                        signers=signer_words(rule),
                    ),
                    locations=(route.span, rule.span),
                    citations=cited(route, rule),
                    witness={
                        "path": edge_list(path_to(chain_graph(chains, i), last[0])),
                        "document": name,
                        "signers": sorted(signers) or [say("scene.nobody")],
                    },
                )
