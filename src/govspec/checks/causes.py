"""What a drafter edits to remove a finding about who may act while someone is away.

An absence finding is caused by the stand-in rules of the office that is away, when they hand on too little, or by
the office itself, when nothing says who stands in for it; a verdict that hinges on how an entrustment is read is
caused by the statement that makes the entrustment. Many findings share one such cause (one stand-in rule too
narrow shows up for every power it leaves behind), and the report gathers them under it.
"""

from __future__ import annotations

from collections import defaultdict

from govspec.catalogue import listed, names, say
from govspec.checks.proving import Entrustment, Hinge, Proof, entrustment_list
from govspec.diagnostics import Cause, Span, citation_list
from govspec.logic.powers import describe_power
from govspec.logic.scenario import Scenario, Staffing
from govspec.logic.solve import OnlyIf, Refuted
from govspec.model.entities import Acting, Cited, Model, PowerKey


class Causes:
    """The causes of absence findings in one model."""

    def __init__(self, model: Model, staffing: Staffing) -> None:
        self.model = model
        self.staffing = staffing
        self.actings: dict[str, list[Acting]] = defaultdict(list)
        for acting in model.actings:
            self.actings[acting.absent].append(acting)

    def _away(self, scenario: Scenario) -> list[str]:
        """The offices the scenario has someone away from, named as the stand-in rules name them where they do."""
        pools = [pool for pool, count in sorted(scenario.away.items()) if count]
        named = [o for o in self.actings if set(self.staffing.below(o)) & set(pools)]
        return sorted(set(named)) or pools

    def of(self, proof: Proof) -> Cause | None:
        """The cause of a finding on a proof about who may act that failed (under one reading or both)."""
        if proof.power is None or not isinstance(proof.verdict, Refuted | OnlyIf):
            return None
        witness = proof.verdict.witness
        scenario = witness[0] if isinstance(witness, tuple) else witness
        return self.absence(scenario, proof.power, proof.hinge) if isinstance(scenario, Scenario) else None

    def absence(self, scenario: Scenario, power: PowerKey, hinge: Hinge | None = None) -> Cause | None:
        """The cause of a finding that nobody may exercise `power` in `scenario`."""
        away = self._away(scenario)
        fact = (power.kind, power.target, *power.occasion, "while", *away)
        if hinge is not None:
            return self.entrustment(hinge.entrustments, power, fact)
        actings = [a for office in away for a in self.actings.get(office, ())]
        lacking = describe_power(power)
        if actings:
            citations = self.model.articles(citation_list(tuple(a.citations for a in actings)))
            return Cause(
                "stand_in",
                tuple(sorted({a.absent for a in actings})),
                tuple(sorted(a.span for a in actings)),
                citations,
                (
                    ("absent", names(sorted({a.absent for a in actings}), "and")),
                    ("standins", names(dict.fromkeys(a.standin for a in actings), "or")),
                    ("where", _where(citations)),
                ),
                lacking,
                fact,
            )
        offices = [self.model.offices[o] for o in away if o in self.model.offices]
        if not offices:
            return None
        return Cause(
            "no_stand_in",
            tuple(o.name for o in offices),
            tuple(o.span for o in offices),
            self.model.articles(citation_list(tuple(o.citations for o in offices))),
            (("absent", names((o.name for o in offices), "and")),),
            lacking,
            fact,
        )

    def entrustment(self, entrustments: tuple[Entrustment, ...], power: PowerKey, fact: tuple[str, ...]) -> Cause:
        """The cause of a verdict that hinges on reading the entrustments the text leaves open."""
        # Readings are not articles: two findings on one entrustment share its cause whatever readings they take.
        written_in = sorted({(giver, receiver, self.model.articles(found)) for giver, receiver, found in entrustments})
        written = _citing(self.model, tuple(c for _, _, found in written_in for c in found))
        return Cause(
            "entrustment",
            tuple(part for giver, receiver, found in written_in for part in (giver, receiver, *found)),
            written,
            citation_list(tuple(found for _, _, found in written_in)),
            (
                ("entrustment", entrustment_list(self.model, entrustments)),
                ("givers", names(dict.fromkeys(giver for giver, _, _ in entrustments), "and")),
            ),
            describe_power(power),
            fact,
        )


def _where(articles: tuple[str, ...]) -> object:
    return say("cause.where", articles=listed(articles)) if articles else say("cause.where_rule")


def _citing(model: Model, cites: tuple[str, ...]) -> tuple[Span, ...]:
    """The statements that make an entrustment: those that cite all of its articles."""
    if not cites:
        return ()
    statements: list[Cited] = [*model.powers.values(), *model.documents.values(), *model.delegations]
    return tuple(sorted({s.span for s in statements if set(cites) <= set(s.citations)}))
