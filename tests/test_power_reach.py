"""The networkx reach of graphs/powers.py against `reachable()` of logic/powers: who could ever hold and pass a power.

Random power rules are built by hand (origins with and without granters and reviewers, kinds of offices, acting and
delegation transfers with and without `onward`, self-loops and cycles by chance), and read from random specs. The
comparison must also catch a graph with one wrong edge rule: each mutant below is found wrong on some random rules.
"""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx
import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from govspec.checks import CHECKS, CheckOptions
from govspec.graphs.powers import HOLDS, PASSES, Node, power_graph, reach, reached, sources
from govspec.logic.powers import Origin, PowerIndex, PowerRules, Transfer, reachable
from govspec.logic.scenario import Staffing
from govspec.model.entities import Office, PowerKey
from test_oracle import SETTINGS, every_power, model_of, specs

OFFICES = ("甲", "乙", "丙", "丁", "戊")
POWER = PowerKey("named", "权")


@st.composite
def cases(draw: st.DrawFn) -> tuple[PowerRules, Staffing]:
    """Small power rules over up to five offices, each office maybe a kind of an earlier one."""
    offices = OFFICES[: draw(st.integers(1, len(OFFICES)))]
    pick = st.sampled_from(offices)
    kinds = {o: draw(st.sampled_from([None, *offices[:i]])) if i else None for i, o in enumerate(offices)}
    staffing = Staffing({o: Office(o, kind=kinds[o]) for o in offices})
    origins = draw(
        st.lists(
            st.builds(
                Origin,
                pick,
                st.one_of(st.none(), pick),
                st.lists(pick, max_size=1).map(tuple),
            ),
            max_size=3,
        )
    )
    transfers = draw(
        st.lists(st.builds(Transfer, st.sampled_from(["acting", "delegation"]), pick, pick, st.booleans()), max_size=8)
    )
    return PowerRules(POWER, tuple(origins), tuple(transfers)), staffing


def agrees(graph: nx.DiGraph, start: list[Node], rules: PowerRules, staffing: Staffing) -> bool:
    return reached(graph, start) == reachable(rules, staffing)


@settings(max_examples=300, deadline=None)
@given(cases())
def test_reach_is_reachable_on_random_rules(case):
    rules, staffing = case
    assert reach(rules, staffing) == reachable(rules, staffing)


@SETTINGS
@given(specs())
def test_reach_is_reachable_on_every_power_of_random_specs(text):
    model = model_of(text)
    staffing = Staffing.of(model)
    index = PowerIndex(model, staffing)
    for rules in every_power(model, index):
        assert reach(rules, staffing) == reachable(rules, staffing), rules.power


def test_reach_goes_through_cycles_and_self_loops():
    staffing = Staffing({o: Office(o) for o in OFFICES})
    rules = PowerRules(
        POWER,
        (Origin("甲"),),
        (
            Transfer("delegation", "甲", "甲", False),
            Transfer("delegation", "甲", "乙", True),
            Transfer("delegation", "乙", "丙", True),
            Transfer("delegation", "丙", "乙", True),
            Transfer("acting", "丙", "丁", True),
            Transfer("delegation", "戊", "戊", True),
        ),
    )
    assert reach(rules, staffing) == reachable(rules, staffing) == ({"甲", "乙", "丙", "丁"}, {"甲", "乙", "丙", "丁"})


Mutant = Callable[[PowerRules, Staffing], tuple[nx.DiGraph, list[Node]]]


def always_onward(rules: PowerRules, staffing: Staffing) -> tuple[nx.DiGraph, list[Node]]:
    """Wrong: a delegation without `onward` lets the delegate pass the power on too."""
    graph = power_graph(rules, staffing)
    graph.add_edges_from(((t.source, PASSES), (t.target, PASSES)) for t in rules.transfers if t.kind == "delegation")
    return graph, sources(rules)


def kinds_upward(rules: PowerRules, staffing: Staffing) -> tuple[nx.DiGraph, list[Node]]:
    """Wrong: what an office holds, the office it is a kind of holds too."""
    graph = power_graph(rules, staffing)
    graph.add_edges_from(((o, HOLDS), (x.kind, HOLDS)) for o, x in staffing.offices.items() if x.kind is not None)
    return graph, sources(rules)


def grants_ignored(rules: PowerRules, staffing: Staffing) -> tuple[nx.DiGraph, list[Node]]:
    """Wrong: an origin holds the power whether or not anyone may grant it."""
    graph = power_graph(rules, staffing)
    start = [(o.office, role) for o in rules.origins for role in (HOLDS, PASSES)]
    graph.add_nodes_from(start)
    return graph, start


def stand_ins_pass_nothing_on(rules: PowerRules, staffing: Staffing) -> tuple[nx.DiGraph, list[Node]]:
    """Wrong: a stand-in holds what the absent office holds but may never pass it on."""
    graph = power_graph(rules, staffing)
    graph.remove_edges_from(((t.source, PASSES), (t.target, PASSES)) for t in rules.transfers if t.kind == "acting")
    return graph, sources(rules)


@pytest.mark.parametrize("mutant", [always_onward, kinds_upward, grants_ignored, stand_ins_pass_nothing_on])
def test_the_comparison_catches_a_wrong_edge_rule(mutant: Mutant):
    def wrong(case: tuple[PowerRules, Staffing]) -> bool:
        return not agrees(*mutant(*case), *case)

    rules, staffing = find(cases(), wrong, settings=settings(max_examples=2000, database=None))
    assert agrees(power_graph(rules, staffing), sources(rules), rules, staffing)


def test_a_delegation_without_onward_is_not_passed_on():
    """区长 entrusts 副区长, who may not pass it on to 主任: 主任 never holds it, though the mutant says it does."""
    staffing = Staffing({o: Office(o) for o in ("区长", "副区长", "主任")})
    rules = PowerRules(
        POWER,
        (Origin("区长"),),
        (Transfer("delegation", "区长", "副区长", False), Transfer("delegation", "副区长", "主任", False)),
    )
    assert reachable(rules, staffing) == ({"区长", "副区长"}, {"区长"})
    assert reach(rules, staffing) == reachable(rules, staffing)
    everyone = {"区长", "副区长", "主任"}
    assert reached(*always_onward(rules, staffing)) == (everyone, everyone)


@settings(max_examples=400, deadline=None, suppress_health_check=SETTINGS.suppress_health_check)
@given(specs())
def test_standing_in_for_every_power_fires_exactly_where_no_power_reaches(text):
    """GS409 asks only the powers that start upstream of an office; brute force asks every power of the spec."""
    model = model_of(text)
    staffing = Staffing.of(model)
    index = PowerIndex(model, staffing)
    holding = set().union(*(reachable(rules, staffing)[0] for rules in every_power(model, index)))
    expected = sorted(a.absent for a in model.actings if not a.powers and a.absent not in holding)
    fired = sorted(
        f.witness["absent"]
        for f in CHECKS["GS409"].run(model, CheckOptions())
        if str(f.witness["power"]) == "every power"
    )
    assert fired == expected
