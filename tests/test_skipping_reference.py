"""Skipping a mandatory step (GS411) and skipping a level (GS412) agree with a plain-Python reference on random
governments: escalations and routes over offices, units, kinds, a group and an external authority."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise

from hypothesis import event, given, settings
from hypothesis import strategies as st

from govspec.model.entities import Chain, Mandatory, Matter, Model, NoSkipping, Step
from reference_graphs import kinds_of, read_chain
from test_graphs_reference import NODES, World, model, run, worlds

Path = list[tuple[str, ...]]


def selves(world: World, node: str) -> set[str]:
    """What a node counts as: an office its kinds and the units it heads; a unit itself and what its head counts as."""
    if node in world.heads:
        return {node} | selves(world, world.heads[node])
    if node in NODES:
        return {node, *kinds_of(world.kinds, node), *(unit for unit, head in world.heads.items() if head == node)}
    return {node}


def counting_as(world: World, name: str) -> set[str]:
    """Every node that counts as `name` (a group: as one of its offices)."""
    names = set(world.groups.get(name, (name,)))
    return {node for node in [*NODES, *world.heads, *world.groups, "e"] if selves(world, node) & names} | names


def level(world: World, name: str) -> list[str]:
    return list(world.groups.get(name, (name,)))


steps = st.lists(
    st.tuples(st.lists(st.sampled_from([*NODES[:6], "u" + NODES[0], "g", "e"]), min_size=1, max_size=2), st.booleans()),
    min_size=2,
    max_size=4,
)


def chains_of(kind: str, drawn: list[tuple[Path, bool]]) -> tuple[Chain, ...]:
    return tuple(
        Chain(kind, f"c{i}", (), ("m",) if about else (), tuple(Step(tuple(s), joint) for s, joint in path))
        for i, (path, about) in enumerate(drawn)
    )


# ---- GS411: an escalation of a bound matter reaches a target without passing the mandatory step ----


def escalation_skips(world: World, chains: tuple[Chain, ...], via: str, targets: Iterable[str]) -> bool:
    """Whether a dispute raised by an escalation about `m` can reach a target, one step or more, without passing
    `via`: escalations are read together, through units and kinds, and a joint step beside `via` passes it."""
    barred = counting_as(world, via)
    wanted = set().union(*(counting_as(world, t) for t in targets))
    passing, other = set(), set()
    for chain in chains:
        levels = [[n for x in step.nodes for n in level(world, x)] for step in chain.steps]
        for before, after, step in zip(levels, levels[1:], chain.steps[1:], strict=False):
            pairs = {(u, v) for u in before for v in after}
            (passing if step.joint and barred & set(after) else other).update(pairs)
    written = [(u, v) for chain in chains for u, v in _written(chain)]
    edges = [
        edge for edge in read_chain(written, world.groups, world.heads, world.kinds) if edge not in passing - other
    ]
    sources = {n for chain in chains if chain.about for x in chain.steps[0].nodes for n in level(world, x)}
    frontier = sorted(sources - barred)
    seen: set[str] = set()
    while frontier:
        node = frontier.pop()
        for u, v in edges:
            if u == node and v not in barred:
                if v in wanted:
                    return True
                if v not in seen:
                    seen.add(v)
                    frontier.append(v)
    return False


def _written(chain: Chain) -> list[tuple[str, str]]:
    nodes = [step.nodes for step in chain.steps]
    return [(u, v) for before, after in pairwise(nodes) for u in before for v in after]


@settings(max_examples=80)
@given(
    worlds(),
    st.lists(st.tuples(steps, st.booleans()), min_size=1, max_size=4),
    st.sampled_from([*NODES[:6], "u" + NODES[0]]),
    st.lists(st.sampled_from([*NODES[:6], "g", "e"]), min_size=1, max_size=2, unique=True),
)
def test_escalation_findings_match_the_reference(world, drawn, via, targets):
    chains = chains_of("escalation", [([(tuple(s), j) for s, j in path], about) for path, about in drawn])
    base = model(world)
    units = dict(base.units)
    if via not in units and via.startswith("u"):
        return  # the drawn unit does not exist in this world
    rule = Mandatory(via, tuple(targets), matters=("m",))
    checked = replace(base, matters={"m": Matter("m")}, chains=chains, mandatory=(rule,), reports=())
    found = run("GS411", checked)
    event("skips" if found else "passes")
    assert len(found) <= 1
    assert bool(found) == escalation_skips(world, chains, via, targets)
    for f in found:
        path = [(edge["from"], edge["to"]) for edge in f.witness["path"]]
        assert path[-1][1] in set().union(*(counting_as(world, t) for t in targets))
        assert not {v for _, v in path} & counting_as(world, via)


def test_a_plain_step_binds_no_escalation():
    world = World([], [], {}, {}, {"g": ("o1",)}, {"e"})
    chains = chains_of("escalation", [([(("o0",), False), (("o1",), False)], True)])
    checked = replace(model(world), matters={"m": Matter("m")}, chains=chains)
    assert run("GS411", replace(checked, mandatory=(Mandatory("o2", ("o1",)),))) == []
    assert len(run("GS411", replace(checked, mandatory=(Mandatory("o2", ("o1",), matters=("m",)),)))) == 1
    excepted = Mandatory("o2", ("o1",), matters=("m",), excepted_matters=("m",))
    assert run("GS411", replace(checked, mandatory=(excepted,))) == []


# ---- GS412: a route sends over the head of the sender's direct superior ----


def above(world: World, lines: list[tuple[str, str]], sender: str) -> tuple[set[str], set[str]]:
    """The direct superiors of `sender` and everyone above it, reading a unit as its head and an office as its kinds."""

    def up(node: str) -> set[str]:
        mine = selves(world, node)
        return {v for u, v in lines if u in mine and v not in mine}

    direct = up(sender)
    reached = set(direct)
    while more := set().union(*(up(node) for node in reached)) - reached:
        reached |= more
    return direct, reached - selves(world, sender)


def skips(world: World, lines: list[tuple[str, str]], sender: str, recipient: str) -> bool:
    direct, higher = above(world, lines, sender)
    counts = selves(world, recipient)
    return not counts & direct and not counts & selves(world, sender) and bool(counts & higher)


@settings(max_examples=80)
@given(worlds(), st.lists(steps, min_size=1, max_size=3))
def test_level_findings_match_the_reference(world, drawn):
    # Besides the routes drawn, one straight from each subordinate to its superior's superior: most skip a level.
    jumps = [([((a,), False), ((c,), False)], False) for a, b in world.lines for b2, c in world.lines if b == b2]
    routes = chains_of("route", [*(([(tuple(s), False) for s, _ in path], False) for path in drawn), *jumps])
    checked: Model = replace(model(world), chains=routes, no_skipping=(NoSkipping(),))
    lines = world.read(world.lines)
    expected = set()
    for route in routes:
        levels = [[n for x in step.nodes for n in level(world, x)] for step in route.steps]
        for position, (before, after) in enumerate(pairwise(levels), start=1):
            pairs = sorted((a, b) for a in before for b in after if skips(world, lines, a, b))
            if pairs:
                expected.add((route.name, position, pairs[0]))
    found = set()
    for f in run("GS412", checked):
        path = f.witness["path"]
        found.add((f.text.args[0][1], len(path), (path[-1]["from"], path[-1]["to"])))
        up = [(edge["from"], edge["to"]) for edge in f.witness["lines"]]
        assert set(up) <= set(lines)
    event("skips" if found else "passes")
    assert found == expected
