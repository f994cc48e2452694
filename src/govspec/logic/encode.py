"""Model pieces -> Z3 terms: holder counts, absences, who may exercise a power, attendance, document conditions.

Identifiers are ASCII (o0_own, o0_away, h0_o1 …) with a legend, so an obligation file reads in any SMT-LIB solver.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import z3

from govspec.logic.powers import PowerRules
from govspec.logic.scenario import Scenario, Staffing, members_due
from govspec.logic.solve import Least
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
    For the pools of offices whose stand-in rules name reasons (`reasoned`), how many are away for each reason too.
    """

    def __init__(self, staffing: Staffing, offices: Iterable[str], reasoned: Iterable[str] = ()) -> None:
        self.staffing = staffing
        self.cone = staffing.cone([*offices, *reasoned])
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
        for counted in staffing.totals:
            if counted.pools[0] in self.own:  # the cone holds every pool of a total it touches
                together = total(self.own[x] for x in counted.pools)
                self.facts.append(together >= counted.low)
                if counted.high is not None:
                    self.facts.append(together <= counted.high)
        self.reasons = staffing.why_away
        pools = sorted({x for office in reasoned for x in staffing.below(office)}, key=self.cone.index)
        self.why = {x: {r: z3.Int(f"{self.ids[x]}_why{i}") for i, r in enumerate(self.reasons)} for x in pools}
        for x, counts in self.why.items():
            self.facts += [n >= 0 for n in counts.values()]
            self.facts.append(total(counts.values()) == self.away[x])

    def holders(self, office: str) -> z3.ArithRef:
        return total(self.own[x] for x in self.staffing.below(office))

    def present(self, office: str) -> z3.BoolRef:
        return total(self.own[x] - self.away[x] for x in self.staffing.below(office)) >= 1

    def whole(self, office: str) -> z3.BoolRef:
        """The office has holders and none of them (nor of a kind of it) is away."""
        return z3.And(self.holders(office) >= 1, total(self.away[x] for x in self.staffing.below(office)) == 0)

    def away_for(self, office: str, reasons: tuple[str, ...]) -> z3.BoolRef:
        """Every absent holder of the office is away for one of `reasons`, and it has a holder to be away (any
        reason, and a vacancy, when there are none)."""
        if not reasons:
            return z3.BoolVal(True)
        uncovered = [n == 0 for x in self.staffing.below(office) for r, n in self.why[x].items() if r not in reasons]
        return all_of([self.holders(office) >= 1, *uncovered])

    def within(self, depth: int | None, gone: tuple[str, ...] = ()) -> list[z3.BoolRef]:
        """A holder of each `gone` office away, and at most `depth` + len(`gone`) absences in all (for one gone office,
        exactly: that holder and at most `depth` others)."""
        facts = [total(self.away[x] for x in self.staffing.below(office)) >= 1 for office in gone]
        if depth is not None:
            facts.append(total(self.away.values()) <= depth + len(gone))
        return facts

    def order(self) -> list[Least]:
        """The terms a witness minimises, in order: fewest absences first, then the earliest pools, then counts,
        then the declared reasons (so an absence is for another reason unless a declared one is needed). Each with
        its floor: a pool that is an office's only one holds at least the office's low count."""
        why = [(n, 0) for x in self.why for r, n in self.why[x].items() if r is not None]
        own = [(self.own[x], self._floor(x)) for x in self.cone]
        return [(total(self.away.values()), 0), *((self.away[x], 0) for x in self.cone), *own, *why]

    def _floor(self, pool: str) -> int:
        return self.staffing.offices[pool].low if self.staffing.below(pool) == (pool,) else 0

    def scenario(self, model: z3.ModelRef) -> Scenario:
        def value(term: z3.ArithRef) -> int:
            return model.eval(term, model_completion=True).as_long()

        own = {x: value(v) for x, v in self.own.items()}
        away = {x: value(v) for x, v in self.away.items()}
        why = {
            x: tuple(r for r, n in counts.items() for _ in range(value(n))) for x, counts in self.why.items() if away[x]
        }
        return Scenario(own, away, why)

    def legend(self) -> list[str]:
        lines = [f"{self.ids[x]} = {x}" for x in self.cone]
        names = ", ".join(f"why{i} = {r if r is not None else 'any other reason'}" for i, r in enumerate(self.reasons))
        return lines + ([f"away for each reason: {names}"] if self.why else [])

    def able(self, rules: PowerRules, tag: str) -> z3.BoolRef:
        """Some office with a holder at work may exercise the power (or an institution holds it); adds the power's
        defining equations. The rules must be read (`PowerRules.read`) where the text is silent.

        The equations are the completion of the rules logic.powers evaluates (holds(X) == one of the ways X comes
        to hold it), not their least fixpoint; that is exact here because every query asks for a scenario where
        nobody may act, and a least fixpoint in which nobody may act exists whenever any fixpoint with that
        property does.
        """
        if rules.institutions:
            return z3.BoolVal(True)
        return any_of(self.may_act(rules, tag).values())

    def may_act(self, rules: PowerRules, tag: str) -> dict[str, z3.BoolRef]:
        """For each office of the cone: it has a holder at work who may exercise the power; adds the power's defining
        equations (see `able`), whatever institutions hold it too."""
        holds = {x: z3.Bool(f"{tag}_{self.ids[x]}_holds") for x in self.cone}
        passes = {x: z3.Bool(f"{tag}_{self.ids[x]}_passes") for x in self.cone}
        ways: dict[str, tuple[list[z3.BoolRef], list[z3.BoolRef]]] = {x: ([], []) for x in self.cone}

        def at_work(office: str) -> z3.BoolRef:
            return self.whole(office) if office == rules.charged else self.present(office)

        def given(giver: str, standing: bool | None) -> z3.BoolRef:
            return passes[giver] if standing else passes[giver] & at_work(giver)

        for origin in rules.origins:
            granted = [given(g, origin.standing)] if (g := origin.granter) else []
            condition = all_of([*granted, *(at_work(r) for r in origin.reviewers)])
            ways[origin.office][0].append(condition)
            ways[origin.office][1].append(condition)
        for x in self.cone:
            if (kind := self.staffing.offices[x].kind) is not None and kind != rules.charged:
                ways[x][0].append(holds[kind])
                ways[x][1].append(passes[kind])
        for t in rules.transfers:
            if t.kind == "acting":
                stands_in = z3.Not(at_work(t.source)) & self.away_for(t.source, t.reasons)
                ways[t.target][0].append(stands_in & holds[t.source])
                ways[t.target][1].append(stands_in & passes[t.source])
            else:
                ways[t.target][0].append(given(t.source, t.standing))
                if t.onward:
                    ways[t.target][1].append(given(t.source, t.standing))
        for x in self.cone:
            self.facts.append(holds[x] == any_of(ways[x][0]))
            self.facts.append(passes[x] == any_of(ways[x][1]))
        return {x: at_work(x) & holds[x] for x in self.cone}

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

    def order(self) -> list[Least]:
        return [*((v, 0) for v in self.vars.values()), *((z3.If(b, 1, 0), 0) for b in self.tags.values())]

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
