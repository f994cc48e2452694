"""What a drafter edits to remove a finding about who may act while someone is away.

An absence finding is caused by the stand-in rules of the office that is away, when they hand on too little, or by
the office itself, when nothing says who stands in for it; a verdict that hinges on how an entrustment is read is
caused by the statement that makes the entrustment. Many findings share one such cause (one stand-in rule too
narrow shows up for every power it leaves behind), and the report gathers them under it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from operator import attrgetter

from govspec.catalogue import listed, names, say
from govspec.checks.proving import Entrustment, Hinge, Proof, entrustment_list
from govspec.diagnostics import Cause, Span, citation_list
from govspec.logic.powers import PARTIES, PowerIndex, at_work, describe_power
from govspec.logic.scenario import Scenario, Staffing
from govspec.logic.solve import OnlyIf, Refuted
from govspec.model.entities import Acting, Cited, Delegation, Model, PowerKey

PLACE = attrgetter("file", "line", "column", "end_line", "end_column")  # the order of spans, without their slow __lt__

# The gaps a stand-in rule can leave, in the order a headline names them: the first found is the one to fix first.
GAPS = ("stand_in", "joint_part", "no_stand_in", "reason", "stand_in_away")


class Causes:
    """The causes of absence findings in one model."""

    def __init__(self, model: Model, staffing: Staffing) -> None:
        self.model = model
        self.staffing = staffing
        self.index = PowerIndex(model, staffing)
        # Many findings blame the same stand-in rules (every power an office's rules leave behind): their places,
        # articles and names are gathered once per list of rules.
        self._blamed: dict[tuple[str, tuple[int, ...]], Cause] = {}

    def of(self, proof: Proof) -> Cause | None:
        """The cause of a finding on a proof about who may act that failed (under one reading or both)."""
        if proof.power is None or not isinstance(proof.verdict, Refuted | OnlyIf):
            return None
        witness = proof.verdict.witness
        scenario = witness[0] if isinstance(witness, tuple) else witness
        if not isinstance(scenario, Scenario):
            return None
        return self.absence(scenario, proof.power, proof.hinge, proof.part, proof.charged)

    def absence(
        self,
        scenario: Scenario,
        power: PowerKey,
        hinge: Hinge | None = None,
        part: str | None = None,
        charged: str | None = None,
    ) -> Cause | None:
        """The cause of a finding that nobody may exercise `power` (`part`'s share of it) in `scenario`: for the
        offices holding it that are away (wholly, or for `charged`, the office whose holder in charge holds the part,
        any one holder), the first gap found among, in this order, stand-in rules that do not
        pass the power, no stand-in rule at all, stand-in rules that do not apply for the reason of the absence, and
        stand-ins away too. None when the gap is none of these (a reviewer away, say): the finding is its own cause."""
        pools = [pool for pool, count in sorted(scenario.away.items()) if count]
        reasons = [f"{pool}:{why}" for pool in pools for why in scenario.why.get(pool, ())]
        fact = (power.kind, power.target, *power.occasion, part or "", "while", *pools, *reasons)
        if hinge is not None:
            return self.entrustment(hinge.entrustments, power, fact)
        holders = sorted({o.office for o in self.index.origins(power, part) if o.office in self.model.offices})
        gaps: dict[str, list[tuple[str, list[Acting]]]] = defaultdict(list)
        for holder in holders:
            if not at_work(self.staffing, scenario, holder, charged):
                kind, blamed = self._gap(scenario, holder, power, part)
                if kind:
                    gaps[kind].append((holder, blamed))
        lacking = describe_power(power)
        found = next((kind for kind in GAPS if gaps[kind]), None)
        if found is None:
            return None
        if found == "no_stand_in":
            return self._unnamed([holder for holder, _ in gaps[found]], lacking, fact)
        named = "stand_in_unscoped" if found == "stand_in" and power.kind in PARTIES else found
        return self._stand_in(named, [a for _, blamed in gaps[found] for a in blamed], lacking, fact)

    def _gap(
        self, scenario: Scenario, holder: str, power: PowerKey, part: str | None = None
    ) -> tuple[str, list[Acting]]:
        """What keeps the stand-in rules of an office wholly away from passing `power` on, and the rules to blame."""
        pools = self.staffing.below(holder)
        every = [a for member in pools for a in self.index.passing(member, power)]
        others = self.index.other_parts(power, part)
        passing = [a for a in every if a.standin not in others]
        if every and not passing:
            return "joint_part", every
        if not passing:
            actings = [a for member in pools for a in self.index.absent.get(member, ())]
            return ("stand_in", actings) if actings else ("no_stand_in", [])
        applying = [a for a in passing if scenario.away_for(self.staffing, a.absent, a.reasons)]
        if not applying:
            return "reason", passing
        if not any(scenario.present(self.staffing, a.standin) for a in applying):
            return "stand_in_away", applying
        return "", []

    def _unnamed(self, holders: list[str], lacking: object, fact: tuple[str, ...]) -> Cause:
        offices = [self.model.offices[o] for o in holders]
        return Cause(
            "no_stand_in",
            ("office", *holders),
            tuple(o.span for o in offices),
            self.model.articles(citation_list(tuple(o.citations for o in offices))),
            (("absent", names(holders, "and")),),
            lacking,
            fact,
        )

    def _stand_in(self, kind: str, actings: list[Acting], lacking: object, fact: tuple[str, ...]) -> Cause:
        """The cause of a finding that the stand-in rules `actings` leave open."""
        key = (kind, tuple(map(id, actings)))
        if key not in self._blamed:
            self._blamed[key] = self._blame(kind, actings)
        return replace(self._blamed[key], lacking=lacking, fact=fact)

    def _blame(self, kind: str, actings: list[Acting]) -> Cause:
        """A cause as far as it depends only on the stand-in rules it blames: its subject, places, articles, words."""
        actings = list({id(a): a for a in actings}.values())  # each statement once (by identity: hashing is slow)
        citations = self.model.articles(citation_list(tuple(a.citations for a in actings)))
        absent = sorted({a.absent for a in actings})
        return Cause(
            kind,
            ("acting", *absent),
            tuple(sorted((a.span for a in actings), key=PLACE)),
            citations,
            (
                ("absent", names(absent, "and")),
                ("standins", names(dict.fromkeys(a.standin for a in actings), "or")),
                ("where", _where(citations)),
                ("reasons", listed(dict.fromkeys(r for a in actings for r in a.reasons))),
            ),
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
            ("entrustment", *(part for giver, receiver, f in written_in for part in (giver, receiver, *f)), *uncited),
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
