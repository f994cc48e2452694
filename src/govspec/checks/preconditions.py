"""Steps required before a decision (须经合法性审查 … 方可决定, 报区委主要领导同志后方可提交会议研究): the
escalations and routes that bring a matter to those who decide it pass whoever does the step first. Model ->
findings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import pairwise

from govspec.catalogue import names, say
from govspec.checks.chains import cited, edge_list, graphs_of
from govspec.checks.chains_routes import skipping_path
from govspec.checks.deciders import decider_named, deciders, meetings
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity
from govspec.graphs import Edge, Node, Places, lineage
from govspec.graphs.build import institutions
from govspec.logic.documents import matter_below, matters_below, subjects
from govspec.model.entities import Chain, Model, Precondition
from govspec.options import CheckOptions


def deciding(model: Model, places: Places, matter: str, stage: str, nodes: Iterable[Node]) -> frozenset[Node]:
    """Those of `nodes` where `matter` is decided, as a chain reaches them: where the rules let it be decided, read as
    GS403 reads it (`Deciders.decides`: an office named itself outweighs its kind; a unit deciding through bodies of
    its own is reached as an institution, not through its head) for "decide"; for "submit", the meetings it is put
    to, the bodies that decide or discuss it (`meetings`).

    Unlike GS414's question (`decider_named`), every ban counts here, a soft one too: a chain that reaches someone the
    rules bar, even in principle, does not in principle bring the matter to a decision, and an error needs that."""
    if stage == "submit":
        return meetings(model, matter)
    who, units = deciders(model, places, matter), institutions(model)
    return frozenset(node for node in nodes if who.decides(places, units, node))


def matters_of(model: Model, below: Mapping[str, tuple[str, ...]], chain: Chain) -> tuple[str, ...]:
    """What a chain may bring to a decision, broadest first: an escalation's matters, or the matters a document a
    route carries may be about (`Subjects.some`: one way the rules allow is enough), each with its kinds."""
    if chain.kind == "escalation":
        named = matters_below(below, chain.about)
    elif chain.kind == "route":
        named = frozenset().union(*(subjects(model.documents[rule].condition, below).named for rule in chain.about))
    else:
        return ()
    return tuple(sorted(named, key=lambda matter: (len(lineage(model, matter)), matter)))


@check("GS413", "decision-skips-required-step", Severity.ERROR)
def decision_skips_required_step(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """An escalation or route brings a matter to its decider without first passing whoever does a required step.

    The step is one the text requires before the decision (须经合法性审查 … 方可决定), or before the matter is put to
    a meeting, one that decides or discusses it (方可提交会议研究). Each chain is read as written, step by step, as
    GS405 reads a mandatory step: an unnamed step may be the doer.
    Fires: `precondition 合法性审查 by 司法局 before deciding M` with `escalation E about M: 局长 -> 区长`, the 区长
    deciding M. Passes: `escalation E about M: 局长 -> 司法局 -> 区长`.
    """
    graphs = graphs_of(model)
    places, chains = graphs.places, graphs.chains
    below = matter_below(model)
    indices = [*chains.of_kind("escalation"), *chains.of_kind("route")]
    for rule in model.preconditions:
        if not rule.doers:
            continue  # GS414: nobody to pass
        via = places.counting_as(office for doer in rule.doers for office in places(doer))
        matters = matters_below(below, rule.matters)  # and every kind of them
        for index in indices:
            chain = model.chains[index]
            for matter in (m for m in matters_of(model, below, chain) if m in matters):
                # A decider who does the step itself does it as it decides (集体讨论决定 by the deciding body).
                reached = (node for level in chains.levels[index][1:] for node in level)
                targets = deciding(model, places, matter, rule.stage, reached) - via
                path = skipping_path(chain, chains.levels[index][1:], via, targets)
                if path is None:
                    continue
                edges: list[Edge] = [(u, v, chain) for u, v in pairwise(path)]
                words = say(f"GS407.{chain.kind}", name=chain.name)
                yield finding(
                    "GS413",
                    say(
                        f"GS413.{rule.stage}",
                        chain=words,
                        matter=matter,
                        target=path[-1],
                        steps=names(rule.steps, "and"),
                        doers=names(rule.doers, "or"),
                    ),
                    locations=(chain.span, rule.span),
                    citations=cited(chain, rule),
                    witness={"path": edge_list(edges), "steps": list(rule.steps), "doers": list(rule.doers)},
                )
                break  # one finding per chain and rule: the first matter it brings without the step


def _nothing_after(model: Model, rule: Precondition) -> list[str]:
    """The matters of a precondition with nothing for its step to come before: for a step before deciding, the rules
    do not say who decides them (`decider_named`: a ban does not unsay it, a soft one least of all); for a step before
    submitting, no meeting decides or discusses them."""
    if rule.stage == "submit":
        return [matter for matter in rule.matters if not meetings(model, matter)]
    return [matter for matter in rule.matters if not decider_named(model, matter)]


@check("GS414", "required-step-unchecked", Severity.WARNING)
def required_step_unchecked(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A required step cannot be checked: nobody is named to do it, or the rules do not say who decides its matter.

    For a step before a meeting, no meeting decides or discusses the matter. A statement that leaves both the doer and
    the decision open is one finding that says both.
    Fires: `precondition 合法合规性审查 before deciding M` (no `by`); or `… by 司法局 before deciding M` where no
    rule says who decides M, nor does an escalation take it to an external authority.
    Passes: `precondition 合法性审查 by 司法局 before deciding M` with `matter M { may 区长 }`, or with only `never
    区长` softly (原则上不得由) besides: a ban says who may not decide, not that the rules are silent.
    """
    for rule in model.preconditions:
        open_matters = _nothing_after(model, rule)
        declared = [model.matters[matter] for matter in open_matters]
        steps = names(rule.steps, "and")
        if not rule.doers:
            key = f"GS414.doer_{rule.stage}" if open_matters else "GS414.doer"
            yield finding(
                "GS414",
                say(key, steps=steps, matters=names(rule.matters), undecided=names(open_matters)),
                locations=(rule.span, *(matter.span for matter in declared)),
                citations=cited(rule, *declared),
                witness={"steps": list(rule.steps), "matters": list(rule.matters)},
            )
            continue
        for matter in declared:
            yield finding(
                "GS414",
                say(f"GS414.{rule.stage}", steps=steps, matter=matter.name),
                locations=(rule.span, matter.span),
                citations=cited(rule, matter),
                witness={"steps": list(rule.steps), "matter": matter.name},
            )
