"""Document rules' conditions, in plain Python: which pairs of rules could meet on one document, and when it is sure.

A condition that is a conjunction of `attribute = value` / `attribute in {…}` (a *simple* condition) pins each
single-valued attribute to a set of values; two simple conditions meet on a document exactly when those sets
intersect attribute by attribute (tags are a set, so any number of tag requirements can hold at once).

Two readings the text leaves open are decided here, and the same way in the encoding and the oracle: every
attribute but `tag` has one value per document, the addressee included (a document sent to two addressees counts
as two documents); and a value is widened only to its sub-matters, never to kinds of offices, so `issuer = 副区长`
is not met by a document the 常务副区长 issues.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from govspec.catalogue import Say, listed, say
from govspec.model.entities import Model
from govspec.syntax.tree import And, Condition, Equals, MemberOf, Not, Or

Requirements = dict[str, frozenset[str]]


def matter_below(model: Model) -> dict[str, tuple[str, ...]]:
    """Each matter with every matter under it: `subject = 重大事项` also holds for its sub-matters."""
    children: dict[str, list[str]] = defaultdict(list)
    for matter in model.matters.values():
        if matter.parent is not None:
            children[matter.parent].append(matter.name)
    below: dict[str, tuple[str, ...]] = {}
    for name in model.matters:
        found, stack = {name}, [name]
        while stack:
            for child in children[stack.pop()]:
                if child not in found:
                    found.add(child)
                    stack.append(child)
        below[name] = tuple(sorted(found))
    return below


def prevailing(model: Model) -> set[tuple[str, str]]:
    """Every (winner, loser) pair the precedence statements settle, read transitively: a rule that prevails over one
    that prevails over a third prevails over the third too. One walk per rule that prevails over any."""
    found: set[tuple[str, str]] = set()
    for rule in model.documents.values():
        stack, seen = list(rule.prevails), set(rule.prevails)
        while stack:
            loser = stack.pop()
            found.add((rule.name, loser))
            for further in model.documents[loser].prevails:
                if further not in seen:
                    seen.add(further)
                    stack.append(further)
    return found


def effective(model: Model, winners: Mapping[str, tuple[str, ...]], rule: str) -> Condition:
    """The documents a rule applies to: its condition, but not those of the rules it excepts (除…外), nor those of the
    rules that prevail over it (`winners`, from `prevailing`), each read by its own condition."""
    document = model.documents[rule]
    names = (*document.exceptions, *winners.get(rule, ()))
    excepted = [model.documents[name].condition for name in dict.fromkeys(names)]
    if not excepted:
        return document.condition
    return And((document.condition, Not(excepted[0] if len(excepted) == 1 else Or(tuple(excepted)))))


def winners(model: Model) -> dict[str, tuple[str, ...]]:
    """Per rule, the rules that prevail over it, directly or not, in name order."""
    found: dict[str, list[str]] = defaultdict(list)
    for winner, loser in sorted(prevailing(model)):
        found[loser].append(winner)
    return {rule: tuple(names) for rule, names in found.items()}


def conjuncts(condition: Condition) -> tuple[Condition, ...]:
    if isinstance(condition, And):
        return tuple(c for operand in condition.operands for c in conjuncts(operand))
    return (condition,)


def simple(condition: Condition) -> bool:
    return all(isinstance(c, (Equals, MemberOf)) for c in conjuncts(condition))


def _values(condition: Equals | MemberOf, below: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """The values a clause accepts: those it names and their sub-matters (`below` holds matters only)."""
    names = (condition.value,) if isinstance(condition, Equals) else condition.values
    return matters_below(below, (n.text for n in names))


def requirements(condition: Condition, below: Mapping[str, tuple[str, ...]]) -> Requirements:
    """The values each single-valued attribute can take under the condition: a superset, exact when it is simple.

    Conjunctions intersect what their parts allow; a disjunction allows the union, for attributes every part limits.
    """
    if isinstance(condition, (Equals, MemberOf)):
        return {} if condition.attribute == "tag" else {condition.attribute: _values(condition, below)}
    if isinstance(condition, Not):
        return {}
    parts = [requirements(c, below) for c in condition.operands]
    found: Requirements = {}
    if isinstance(condition, And):
        for part in parts:
            for attribute, values in part.items():
                found[attribute] = found[attribute] & values if attribute in found else values
        return found
    shared = set.intersection(*(set(part) for part in parts))
    return {attribute: frozenset().union(*(part[attribute] for part in parts)) for attribute in shared}


@dataclass(frozen=True)
class Subjects:
    """What a rule's documents are about (事由), as its condition says: the matters it names for their subject outside
    any `not` (with their sub-matters, where widened), and whether some of them may be about a matter it does not
    name (`open`: the condition, or a part of an `or` in it, leaves the subject free).

    Checks ask one of two questions of it. `some`: may the rule carry a document about one of these matters, by the
    text's naming? A route that may carry one about M may bring M where it goes without a required step: GS413 and
    the binding of GS405 ask this, for one way the rules allow is a finding. `every`: is every document it may carry
    about one of them? An exception frees a route only when all it carries is excepted: the excepting of GS405 asks
    this. GS208 reads the names themselves, unwidened, as the words of a step's subject.
    """

    named: frozenset[str]
    open: bool

    def some(self, matters: AbstractSet[str]) -> bool:
        return not self.named.isdisjoint(matters)

    def every(self, matters: AbstractSet[str]) -> bool:
        return not self.open and self.named <= matters


def subjects(condition: Condition, below: Mapping[str, tuple[str, ...]]) -> Subjects:
    """What the documents a condition admits are about; `below` widens each matter named to its sub-matters (empty: the
    names as written). Where the condition is closed, `named` is what `requirements` allows the subject."""
    if isinstance(condition, (Equals, MemberOf)) and condition.attribute == "subject":
        return Subjects(_values(condition, below), open=False)
    if isinstance(condition, (Equals, MemberOf, Not)):
        return Subjects(frozenset(), open=True)
    parts = [subjects(c, below) for c in condition.operands]
    closed = [part.named for part in parts if not part.open]
    if isinstance(condition, And) and closed:
        return Subjects(frozenset.intersection(*closed), open=False)
    # An `or`, or an `and` whose every part leaves the subject free: each part's subjects may be the documents'.
    return Subjects(frozenset().union(*(part.named for part in parts)), open=len(closed) < len(parts))


def matters_below(below: Mapping[str, tuple[str, ...]], matters: Iterable[str]) -> frozenset[str]:
    """The matters and every matter under them (`below`, from `matter_below`)."""
    return frozenset(m for name in matters for m in below.get(name, (name,)))


def compatible(first: Requirements, second: Requirements) -> bool:
    merged = [first.get(a, second.get(a)) & second.get(a, first.get(a)) for a in {*first, *second}]  # type: ignore[operator]
    return all(merged)


def candidate_pairs(reqs: Mapping[str, Requirements]) -> list[tuple[str, str]]:
    """Pairs of rules whose requirements intersect on every attribute, found through an index, not all pairs."""
    names = sorted(reqs)
    rank = {name: i for i, name in enumerate(names)}
    by_value: dict[tuple[str, str], set[str]] = defaultdict(set)
    free: dict[str, set[str]] = defaultdict(lambda: set(names))
    for name, req in reqs.items():
        for attribute, values in req.items():
            free[attribute].discard(name)
            for value in values:
                by_value[attribute, value].add(name)
    pairs = []
    for name in names:
        req = reqs[name]
        if not all(req.values()):
            continue  # the rule can never apply: no pair to report
        pool: set[str] | None = None
        for attribute, values in sorted(req.items(), key=lambda item: len(item[1])):
            reach = set(free[attribute]).union(*(by_value[attribute, v] for v in values))
            pool = reach if pool is None else pool & reach
        others = set(names) if pool is None else pool
        pairs += [(name, o) for o in others if rank[o] > rank[name] and compatible(req, reqs[o])]
    return sorted(pairs)


def sample(conditions: Iterable[Condition], below: Mapping[str, tuple[str, ...]]) -> dict[str, object]:
    """A document meeting simple conditions whose requirements are compatible: the first value of each set."""
    conditions = list(conditions)
    doc: dict[str, object] = {}
    merged: Requirements = {}
    for condition in conditions:
        for attribute, values in requirements(condition, below).items():
            merged[attribute] = merged[attribute] & values if attribute in merged else values
    doc.update({attribute: min(values) for attribute, values in merged.items()})
    tags = [
        min(_values(c, below))
        for cond in conditions
        for c in conjuncts(cond)
        if isinstance(c, (Equals, MemberOf)) and c.attribute == "tag"
    ]
    doc["tag"] = frozenset(tags)
    return doc


def domains(conditions: Iterable[Condition], below: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The values the conditions name, per attribute (sub-matters included): a document's attribute is one of
    them or "any other"."""
    found: dict[str, set[str]] = defaultdict(set)
    stack = list(conditions)
    while stack:
        c = stack.pop()
        if isinstance(c, Not):
            stack.append(c.operand)
        elif isinstance(c, (And, Or)):
            stack.extend(c.operands)
        else:
            found[c.attribute] |= _values(c, below)
    return {attribute: tuple(sorted(values)) for attribute, values in sorted(found.items())}


def attribute_words(doc: Mapping[str, object], attributes: Iterable[str]) -> list[Say]:
    """A document in words, for the attributes the rules talk about (`untagged`: tags it is known not to carry)."""
    words = []
    for attribute in sorted(set(attributes)):
        value = doc.get(attribute)
        if attribute in ("tag", "untagged"):
            if value:
                key = "document.tags" if attribute == "tag" else "document.untagged"
                words.append(say(key, tags=listed(sorted(value))))  # type: ignore[arg-type]
        else:
            shown = value if value is not None else say("document.other")
            words.append(say("document.is", attribute=say(f"attribute.{attribute}"), value=shown))
    return words
