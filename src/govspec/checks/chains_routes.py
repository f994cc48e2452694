"""Document routes: the mandatory hop (第五十一条), a single primary recipient (不得多头主送), and documents delivered
to someone who may sign them. Each route is its own chain. Model -> findings."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise

from govspec.catalogue import names, say
from govspec.checks.chains import cited, edge_list, graphs_of
from govspec.checks.registry import check, finding
from govspec.checks.signing import signer_words
from govspec.diagnostics import Finding, Severity
from govspec.graphs import Edge, Level, Node, Unnamed, chain_graph, node_key, path_to
from govspec.logic.powers import PowerIndex, reachable
from govspec.logic.scenario import Staffing
from govspec.model.entities import Chain, Model, PowerKey
from govspec.options import CheckOptions


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

    Fires: `through 办公室 before 区长` with `route R: 局长 -> 区长`. Passes: `route R: 局长 -> 办公室 -> 区长`.
    """
    graphs = graphs_of(model)
    places = graphs.places
    rules = [
        (rule, places.counting_as(places(rule.via)), places.counting_as(o for t in rule.targets for o in places(t)))
        for rule in model.mandatory
    ]
    for index in graphs.chains.of_kind("route"):
        route = model.chains[index]
        for rule, via, targets in rules:
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

    A rule that names no signer, only what its documents must carry, has nobody for them to reach.
    Fires: `document 任免 when subject = 任免 { signer 区长 }` with no route `about 任免`.
    Passes: `route 发文 about 任免: 局长 -> 办公室 -> 区长`.
    """
    chains = graphs_of(model).chains
    carried = {name for index in chains.of_kind("route") for name in chains.statements[index].about}
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
    power to sign: as a signer, a kind of one, a stand-in or a delegate.
    Fires: `route 发文 about 办公室公文: 局长 -> 区政府办公室 -> 区长` where the 办公室主任 signs.
    Passes: `route 发文 about 办公室公文: 局长 -> 区政府办公室`, the 办公室 acting through its head.
    """
    graphs = graphs_of(model)
    places, chains = graphs.places, graphs.chains
    staffing = Staffing.of(model)
    index = PowerIndex(model, staffing)
    for i in chains.of_kind("route"):
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
