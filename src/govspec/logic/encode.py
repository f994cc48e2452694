"""Model pieces -> Z3 terms: holder counts, absences, who may exercise a power, attendance, document conditions.

Identifiers are ASCII (o0_own, o0_away, h0_o1 …) with a legend, so an obligation file reads in any SMT-LIB solver.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import z3

from govspec.logic.powers import PowerRules
from govspec.logic.scenario import Scenario, Staffing, members_due
from govspec.model.entities import Body, Quorum
from govspec.syntax.tree import And, Condition, Equals, Not, Or


def total(terms: Iterable[z3.ArithRef]) -> z3.ArithRef:
    """A sum; one term stands alone and none is 0 (a unary `(+ x)` is not portable SMT-LIB)."""
    terms = list(terms)
    return z3.Sum(terms) if len(terms) > 1 else terms[0] if terms else z3.IntVal(0)


def any_of(terms: Iterable[z3.BoolRef]) -> z3.BoolRef:
    """Disjunction, false when empty (spelled out: an empty `(or)` is not portable SMT-LIB)."""
    terms = list(terms)
    return z3.Or(*terms) if len(terms) > 1 else terms[0] if terms else z3.BoolVal(False)


def all_of(terms: Iterable[z3.BoolRef]) -> z3.BoolRef:
    terms = list(terms)
    return z3.And(*terms) if len(terms) > 1 else terms[0] if terms else z3.BoolVal(True)


class Absences:
    """Integer variables for one instance: holders of each own pool in its cone, and how many of them are away.

    An open count range (`count 1..`) stays an unbounded integer here: the solver covers every count, no cap needed.
    """

    def __init__(self, staffing: Staffing, offices: Iterable[str]) -> None:
        self.staffing = staffing
        self.cone = staffing.cone(offices)
        self.ids = {office: f"o{i}" for i, office in enumerate(self.cone)}
        self.own = {x: z3.Int(f"{self.ids[x]}_own") for x in self.cone}
        self.away = {x: z3.Int(f"{self.ids[x]}_away") for x in self.cone}
        self.facts: list[z3.BoolRef] = []
        for x in self.cone:
            self.facts += [self.away[x] >= 0, self.away[x] <= self.own[x]]
            spec = staffing.offices[x]
            held = self.holders(x)
            self.facts.append(held >= spec.low)
            if spec.high is not None:
                self.facts.append(held <= spec.high)

    def holders(self, office: str) -> z3.ArithRef:
        return total(self.own[x] for x in self.staffing.below(office))

    def present(self, office: str) -> z3.BoolRef:
        return total(self.own[x] - self.away[x] for x in self.staffing.below(office)) >= 1

    def within(self, depth: int | None, gone: tuple[str, ...] = ()) -> list[z3.BoolRef]:
        """Every holder of the `gone` offices away, and at most `depth` other holders."""
        pinned = {x for office in gone for x in self.staffing.below(office)}
        facts = [self.away[x] == self.own[x] for x in sorted(pinned)]
        if depth is not None:
            facts.append(total(self.away[x] for x in self.cone if x not in pinned) <= depth)
        return facts

    def order(self) -> list[z3.ArithRef]:
        """The terms a witness minimises, in order: fewest absences first, then the earliest pools, then counts."""
        return [total(self.away.values()), *(self.away[x] for x in self.cone), *(self.own[x] for x in self.cone)]

    def scenario(self, model: z3.ModelRef) -> Scenario:
        value = {x: model.eval(v, model_completion=True).as_long() for x, v in self.own.items()}
        away = {x: model.eval(v, model_completion=True).as_long() for x, v in self.away.items()}
        return Scenario(value, away)

    def legend(self) -> list[str]:
        return [f"{self.ids[x]} = {x}" for x in self.cone]

    def able(self, rules: PowerRules, tag: str) -> z3.BoolRef:
        """Some office with a holder at work may exercise the power; adds the power's defining equations.

        The equations are the completion of the rules logic.powers evaluates (holds(X) == one of the ways X comes
        to hold it), not their least fixpoint; that is exact here because every query asks for a scenario where
        nobody may act, and a least fixpoint in which nobody may act exists whenever any fixpoint with that
        property does.
        """
        holds = {x: z3.Bool(f"{tag}_{self.ids[x]}_holds") for x in self.cone}
        passes = {x: z3.Bool(f"{tag}_{self.ids[x]}_passes") for x in self.cone}
        ways: dict[str, tuple[list[z3.BoolRef], list[z3.BoolRef]]] = {x: ([], []) for x in self.cone}
        for origin in rules.origins:
            granted = [passes[g] & self.present(g)] if (g := origin.granter) else []
            condition = all_of([*granted, *(self.present(r) for r in origin.reviewers)])
            ways[origin.office][0].append(condition)
            ways[origin.office][1].append(condition)
        for x in self.cone:
            if (kind := self.staffing.offices[x].kind) is not None:
                ways[x][0].append(holds[kind])
                ways[x][1].append(passes[kind])
        for t in rules.transfers:
            if t.kind == "acting":
                ways[t.target][0].append(z3.Not(self.present(t.source)) & holds[t.source])
                ways[t.target][1].append(z3.Not(self.present(t.source)) & passes[t.source])
            else:
                ways[t.target][0].append(self.present(t.source) & passes[t.source])
                if t.onward:
                    ways[t.target][1].append(self.present(t.source) & passes[t.source])
        for x in self.cone:
            self.facts.append(holds[x] == any_of(ways[x][0]))
            self.facts.append(passes[x] == any_of(ways[x][1]))
        return any_of(self.present(x) & holds[x] for x in self.cone)

    def quorate(self, body: Body) -> z3.BoolRef:
        if body.quorum is None:
            return z3.BoolVal(True)
        pools = members_due(self.staffing, body)
        due = total(self.own[x] for x in pools)
        present = total(self.own[x] - self.away[x] for x in pools)
        return threshold(body.quorum, due, present)


def threshold(quorum: Quorum, due: z3.ArithRef, present: z3.ArithRef) -> z3.BoolRef:
    """present/due op numerator/denominator, multiplied out: with no member due, `>=` holds and `>` does not."""
    left, right = present * quorum.denominator, due * quorum.numerator
    return left > right if quorum.op == ">" else left >= right


class Documents:
    """A concrete document as variables: one integer per single-valued attribute, one Boolean per tag.

    Each attribute ranges over the values the rules name plus one more, "any other", so a witness never
    has to invent a name the spec does not declare. Every attribute but `tag` is single-valued, the addressee
    included: a document sent to two addressees is read as two documents, a judgement the text leaves open.
    """

    def __init__(self, domains: Mapping[str, tuple[str, ...]], below: Mapping[str, tuple[str, ...]]) -> None:
        self.domains = domains
        self.below = below
        self.vars = {a: z3.Int(f"doc_{a}") for a in sorted(domains) if a != "tag"}
        self.tags = {t: z3.Bool(f"doc_tag{i}") for i, t in enumerate(domains.get("tag", ()))}
        self.facts = [z3.And(v >= 0, v <= len(domains[a])) for a, v in self.vars.items()]

    def holds(self, condition: Condition) -> z3.BoolRef:
        if isinstance(condition, Not):
            return z3.Not(self.holds(condition.operand))
        if isinstance(condition, (And, Or)):
            parts = [self.holds(c) for c in condition.operands]
            return all_of(parts) if isinstance(condition, And) else any_of(parts)
        names = [condition.value.text] if isinstance(condition, Equals) else [v.text for v in condition.values]
        if condition.attribute == "tag":
            return any_of(self.tags[n] for n in names)
        domain = self.domains[condition.attribute]
        # Only sub-matters widen a value: `issuer = 副区长` is not met by a document the 常务副区长 issues.
        wanted = sorted({domain.index(x) for n in names for x in self.below.get(n, (n,)) if x in domain})
        return any_of(self.vars[condition.attribute] == i for i in wanted)

    def order(self) -> list[z3.ArithRef]:
        return [*self.vars.values(), *(z3.If(b, 1, 0) for b in self.tags.values())]

    def document(self, model: z3.ModelRef) -> dict[str, object]:
        doc: dict[str, object] = {}
        for attribute, var in self.vars.items():
            index = model.eval(var, model_completion=True).as_long()
            domain = self.domains[attribute]
            doc[attribute] = domain[index] if index < len(domain) else None
        doc["tag"] = frozenset(t for t, b in self.tags.items() if z3.is_true(model.eval(b, model_completion=True)))
        return doc

    def legend(self) -> list[str]:
        lines = [
            f"doc_{a}: {', '.join(f'{i} = {v}' for i, v in enumerate(self.domains[a]))}, else any other"
            for a in self.vars
        ]
        return lines + [f"doc_tag{i} = {t}" for i, t in enumerate(self.tags)]
