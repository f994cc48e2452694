"""Resolved model -> the nodes its chains pass through: groups expanded, units and kinds counted, silence a node."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise, product

from govspec.model.entities import Chain, Cited, Model, Office, Step


@dataclass(frozen=True)
class Unnamed:
    """A step the text does not name (`?`): a node of its own, so two silences never join two chains."""

    chain: int
    step: int

    def __str__(self) -> str:
        return "?"


Node = str | Unnamed
Edge = tuple[Node, Node, Cited]
Level = tuple[Node, ...]


def node_key(node: Node) -> tuple[int, str, int, int]:
    """A total order on nodes (names first, then unnamed steps), so every result can be sorted."""
    if isinstance(node, Unnamed):
        return (1, "", node.chain, node.step)
    return (0, node, 0, 0)


@dataclass(frozen=True)
class Places:
    """How names on chains are read: a group stands for each of its offices; a unit and its head count as each other."""

    groups: Mapping[str, tuple[str, ...]]
    heads: Mapping[str, str]
    counts: Mapping[str, frozenset[str]]
    kinded: tuple[Office, ...]

    @classmethod
    def of(cls, model: Model) -> Places:
        heads = {name: unit.head for name, unit in model.units.items() if unit.head}
        led: dict[str, set[str]] = {}
        for unit, head in heads.items():
            led.setdefault(head, set()).add(unit)
        # Only an office with a kind or a unit counts as more than itself; the rest need no entry.
        offices = [o.name for o in model.offices.values() if o.kind or o.name in led]
        counts = {office: frozenset(model.kinds(office)).union(led.get(office, ())) for office in offices}
        counts |= {unit: frozenset({unit}) | counts[head] for unit, head in heads.items()}
        groups = {name: tuple(dict.fromkeys(group.offices)) for name, group in model.groups.items()}
        # The offices that are a kind of another, found once: every chain graph joins them to their kinds.
        return cls(groups, heads, counts, tuple(o for o in model.offices.values() if o.kind))

    def __call__(self, name: str) -> tuple[str, ...]:
        return self.groups.get(name, (name,))

    def counts_as(self, node: Node) -> frozenset[Node]:
        """An office counts as each of its kinds (常务副区长 is a 副区长) and the units it heads; a unit as its head."""
        return self.counts.get(node, frozenset({node})) if isinstance(node, str) else frozenset({node})

    @cached_property
    def counted_by(self) -> Mapping[str, frozenset[str]]:
        """Per name, the offices and units other than itself that count as it."""
        found: dict[str, set[str]] = {}
        for node, counts in self.counts.items():
            for name in counts - {node}:
                found.setdefault(name, set()).add(node)
        return {name: frozenset(nodes) for name, nodes in found.items()}

    def counting_as(self, names: Iterable[str]) -> frozenset[Node]:
        """Every node that counts as one of `names`, the names themselves included."""
        named = set(names)
        return frozenset(named.union(*(self.counted_by.get(name, ()) for name in named)))

    def names(self, names: tuple[str, ...]) -> Level:
        """The offices `names` stand for, each once."""
        if len(names) > 1:
            return tuple(dict.fromkeys(office for name in names for office in self(name)))
        return self.groups.get(names[0], names) if names else names

    def step(self, index: int, position: int, step: Step) -> Level:
        """The nodes of one step of chain `index`, `?` becoming that step's own unnamed node."""
        nodes = (
            node for name in step.nodes for node in (self(name) if name is not None else (Unnamed(index, position),))
        )
        return tuple(dict.fromkeys(nodes))


@dataclass(frozen=True)
class Chains:
    """A model's chain statements as read: the levels of each (who starts it, then each step's nodes), which are of
    each kind, and every step the text leaves unnamed.

    `stays`: per chain and level, the offices whose holder in charge of the chain's subject is named there or at the
    next level. No step of the chain leads from such an office to itself: the one in charge is one holder, so a step
    between it and its own office either stays with that holder (报请分管副区长……直至分管副区长提出意见) or goes to a
    colleague, never round to where it came from.
    """

    statements: Sequence[Chain]
    levels: tuple[tuple[Level, ...], ...]
    kinds: Mapping[str, tuple[int, ...]]
    silences: tuple[Unnamed, ...]
    stays: Mapping[tuple[int, int], frozenset[str]]

    @classmethod
    def of(cls, model: Model, places: Places) -> Chains:
        group, names = places.groups.get, places.names
        kinds: defaultdict[str, list[int]] = defaultdict(list)
        levels: list[tuple[Level, ...]] = []
        silences: list[Unnamed] = []
        stays: dict[tuple[int, int], frozenset[str]] = {}
        # One pass, its loop written out: it runs once per step of every chain, the bulk of reading a large model.
        for index, statement in enumerate(model.chains):
            kinds[statement.kind].append(index)
            subjects = statement.subjects
            read = [names(subjects) if len(subjects) > 1 else group(subjects[0], subjects) if subjects else subjects]
            charged: frozenset[str] = frozenset()
            for step in statement.steps:
                if step.in_charge or charged:
                    # An office a step also names plainly is reached as any of its holders: not only the one in charge.
                    plain = tuple(n for n in step.nodes if n is not None and n not in step.in_charge)
                    now = frozenset(names(step.in_charge)).difference(names(plain))
                    stays[index, len(read) - 1] = charged | now
                    charged = now
                # One name, the common step, is read without the general case; its own tuple is its level.
                if len(nodes := step.nodes) == 1 and nodes[0] is not None:
                    read.append(group(nodes[0], nodes))
                    continue
                position = len(read) - 1  # the levels read so far: the subjects, then each step before this one
                read.append(places.step(index, position, step))
                if None in nodes:
                    silences.append(Unnamed(index, position))
            levels.append(tuple(read))
        by_kind = {kind: tuple(indices) for kind, indices in kinds.items()}
        return cls(model.chains, tuple(levels), by_kind, tuple(silences), stays)

    def of_kind(self, kind: str) -> tuple[int, ...]:
        """The indices of the statements of one kind, in order."""
        return self.kinds.get(kind, ())

    def asking(self, kind: str) -> tuple[int, ...]:
        """The statements of one kind that ask someone to approve, decide or sign: all but those that only report
        (报备)."""
        return tuple(i for i in self.of_kind(kind) if not self.statements[i].notify)

    @cached_property
    def staying(self) -> frozenset[int]:
        """The statements with a step to a holder in charge: only their edges are read one by one (`_read`)."""
        return frozenset(i for i, _ in self.stays)

    def pairs(self, indices: Iterable[int]) -> list[tuple[Node, Node]]:
        """The edges of the statements `indices` without their statements, as a graph is built from them."""
        levels, staying = self.levels, self.staying
        found: list[tuple[Node, Node]] = []
        for i in indices:
            if i in staying:
                found += ((u, v) for u, v, _ in self._read(i))
            else:
                found += (pair for before, after in pairwise(levels[i]) for pair in product(before, after))
        return found

    def _read(self, i: int) -> Iterator[Edge]:
        """The edges of statement `i` with it, none from an office to itself where one end is its holder in charge."""
        statement = self.statements[i]
        for position, (before, after) in enumerate(pairwise(self.levels[i])):
            same = self.stays.get((i, position), frozenset())
            for u, v in product(before, after):
                if u != v or u not in same:
                    yield u, v, statement

    def edges(self, indices: Iterable[int]) -> Iterator[Edge]:
        """Edges of the statements `indices`, each with its statement: from the subjects to the first step, then step
        to step. Read only when a witness is written; one name to one name, the common link, is read on its own."""
        statements, levels = self.statements, self.levels
        for i in indices:
            if i in self.staying:
                yield from self._read(i)
                continue
            statement = statements[i]
            for before, after in pairwise(levels[i]):
                if len(before) == 1 and len(after) == 1:
                    yield before[0], after[0], statement
                else:
                    for u, v in product(before, after):
                        yield u, v, statement
