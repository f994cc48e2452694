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
from govspec.model.entities import Acting, Cited, Delegation, Model, PowerKey


class Causes:
    """The causes of absence findings in one model."""

    def __init__(self, model: Model, staffing: Staffing) -> None:
        self.model = model
        self.staffing = staffing
        self.actings: dict[str, list[Acting]] = defaultdict(list)
        for acting in model.actings:
            self.actings[acting.absent].append(acting)

    def _away(self, scenario: Scenario) -> tuple[list[str], list[str]]:
        """The pools the scenario has someone away from, and the offices among them that stand-in rules name."""
        pools = [pool for pool, count in sorted(scenario.away.items()) if count]
        named = sorted(o for o in self.actings if set(self.staffing.below(o)) & set(pools))
        return pools, named

    def of(self, proof: Proof) -> Cause | None:
        """The cause of a finding on a proof about who may act that failed (under one reading or both)."""
        if proof.power is None or not isinstance(proof.verdict, Refuted | OnlyIf):
            return None
        witness = proof.verdict.witness
        scenario = witness[0] if isinstance(witness, tuple) else witness
        return self.absence(scenario, proof.power, proof.hinge) if isinstance(scenario, Scenario) else None

    def absence(self, scenario: Scenario, power: PowerKey, hinge: Hinge | None = None) -> Cause | None:
        """The cause of a finding that nobody may exercise `power` in `scenario`."""
        pools, named = self._away(scenario)
        reasons = [f"{pool}:{why}" for pool in pools for why in scenario.why.get(pool, ())]
        fact = (power.kind, power.target, *power.occasion, "while", *pools, *reasons)
        if hinge is not None:
            return self.entrustment(hinge.entrustments, power, fact)
        actings = [a for office in named for a in self.actings[office]]
        lacking = describe_power(power)
        # A stand-in rule that passes the power but not for this absence is narrow in its reasons, not its powers.
        passing = [
            a
            for a in actings
            if not a.powers or any(p.kind == power.kind and p.target == power.target for p in a.powers)
        ]
        if passing and not any(scenario.away_for(self.staffing, a.absent, a.reasons) for a in passing):
            return self._stand_in(
                "reason", passing, lacking, fact, reasons=listed(dict.fromkeys(r for a in passing for r in a.reasons))
            )
        if actings:
            return self._stand_in("stand_in", actings, lacking, fact)
        offices = [self.model.offices[o] for o in pools if o in self.model.offices]
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

    def _stand_in(
        self, kind: str, actings: list[Acting], lacking: object, fact: tuple[str, ...], **more: object
    ) -> Cause:
        """The cause of a finding that the stand-in rules `actings` leave open."""
        citations = self.model.articles(citation_list(tuple(a.citations for a in actings)))
        absent = sorted({a.absent for a in actings})
        return Cause(
            kind,
            tuple(absent),
            tuple(sorted(a.span for a in actings)),
            citations,
            (
                ("absent", names(absent, "and")),
                ("standins", names(dict.fromkeys(a.standin for a in actings), "or")),
                ("where", _where(citations)),
                *more.items(),
            ),
            lacking,
            fact,
        )

    def _making(self, giver: str, receiver: str, power: PowerKey) -> list[Cited]:
        """The statements by which `giver` entrusts `power` to `receiver`: a document rule's signer or a delegation."""
        made: list[Cited] = [
            d
            for d in self.model.delegations
            if giver in d.delegators
            and receiver in d.delegates
            and (d.power.kind, d.power.target) == (power.kind, power.target)
        ]
        rule = self.model.documents.get(power.target) if power.kind == "sign" else None
        if (
            rule is not None
            and rule.signers
            and any(o.office == receiver and o.granted_by == giver for o in rule.signers.options)
        ):
            made.append(rule)
        return made

    def entrustment(self, entrustments: tuple[Entrustment, ...], power: PowerKey, fact: tuple[str, ...]) -> Cause:
        """The cause of a verdict that hinges on reading the entrustments the text leaves open."""
        # Readings are not articles: two findings on one entrustment share its cause whatever readings they take.
        written_in = sorted({(giver, receiver, self.model.articles(found)) for giver, receiver, found in entrustments})
        making = [s for giver, receiver, _ in written_in for s in self._making(giver, receiver, power)]
        written = tuple(sorted({s.span for s in making})) or _citing(
            self.model, tuple(c for _, _, f in written_in for c in f)
        )
        # An entrustment no article cites is known by the statements that make it.
        uncited = (
            tuple(s.span.file + ":" + _identity(s) for s in making) if not any(f for _, _, f in written_in) else ()
        )
        return Cause(
            "entrustment",
            (*(part for giver, receiver, found in written_in for part in (giver, receiver, *found)), *uncited),
            written,
            citation_list(tuple(found for _, _, found in written_in)),
            (
                ("entrustment", entrustment_list(self.model, entrustments)),
                ("givers", names(dict.fromkeys(giver for giver, _, _ in entrustments), "and")),
            ),
            describe_power(power),
            fact,
        )


def _identity(statement: Cited) -> str:
    """A statement that makes an entrustment, named without its place."""
    if isinstance(statement, Delegation):
        return f"delegation {statement.power.kind} {statement.power.target}"
    return f"document {getattr(statement, 'name', '')}"


def _where(articles: tuple[str, ...]) -> object:
    return say("cause.where", articles=listed(articles)) if articles else say("cause.where_rule")


def _citing(model: Model, cites: tuple[str, ...]) -> tuple[Span, ...]:
    """The statements that make an entrustment: those that cite all of its articles."""
    if not cites:
        return ()
    statements: list[Cited] = [*model.powers.values(), *model.documents.values(), *model.delegations]
    return tuple(sorted({s.span for s in statements if set(cites) <= set(s.citations)}))
