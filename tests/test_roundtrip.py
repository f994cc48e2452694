"""`fmt` round trip: random syntax trees printed by the formatter parse back to equal trees (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govspec.syntax import tree as t
from govspec.syntax.keywords import ATTRIBUTES, HEDGES, LEADS, MOMENTS, PERIODS, PROPERTIES, UNITS
from govspec.syntax.parser import parse
from govspec.syntax.printer import format_spec

WORDS = [
    "区长",
    "副区长",
    "常务会议",
    "办公室",
    "区委",
    "任免",
    "纪要",
    "Board",
    "chair_2",
    "秘书·长",
    "office",
    "每",
    "2x",
]
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="”\n\r"), min_size=1, max_size=6
)
names = st.builds(t.Name, st.one_of(st.sampled_from(WORDS), texts))
name_lists = st.lists(names, min_size=1, max_size=3).map(tuple)
optional_lists = st.lists(names, max_size=3).map(tuple)
citations = st.lists(
    st.one_of(
        st.from_regex(r"第[一二三四五六七八九十]{1,3}条(\([一二三四五六七]\))?", fullmatch=True),
        st.from_regex(r"Art\.[0-9]{1,2}", fullmatch=True),
    ),
    max_size=2,
).map(tuple)
langs = st.sampled_from(["en", "zh"])


def statement(cls: type, *args: st.SearchStrategy, **kwargs: st.SearchStrategy) -> st.SearchStrategy:
    return st.builds(cls, *args, citations=citations, lang=langs, **kwargs)


conditions = st.recursive(
    st.one_of(
        st.builds(t.Equals, st.sampled_from(sorted(ATTRIBUTES)), names),
        st.builds(t.MemberOf, st.sampled_from(sorted(ATTRIBUTES)), name_lists),
    ),
    lambda inner: st.one_of(
        st.builds(t.Not, inner),
        st.builds(t.And, st.lists(inner, min_size=2, max_size=3).map(tuple)),
        st.builds(t.Or, st.lists(inner, min_size=2, max_size=3).map(tuple)),
    ),
    max_leaves=6,
)
counts = st.integers(0, 5).flatmap(
    lambda low: st.builds(t.Count, st.just(low), st.one_of(st.none(), st.integers(low, low + 5)))
)
powers = st.builds(t.PowerRef, st.sampled_from(["named", "sign", "convene", "chair", "leave"]), names)
nodes = st.one_of(names, st.builds(t.Unspecified), st.builds(t.InCharge, names))
hops = st.one_of(
    st.builds(t.Hop, st.lists(nodes, min_size=1, max_size=3).map(tuple)),
    st.builds(t.Hop, st.lists(nodes, min_size=2, max_size=3).map(tuple), st.just(True)),
)
chains = st.lists(hops, min_size=1, max_size=4).map(tuple)
list_clause = statement(
    t.ListClause,
    st.sampled_from(["members", "convener", "chair", "attendees", "decides", "discusses", "class"]),
    name_lists,
)
body_clauses = st.one_of(
    list_clause,
    statement(t.Quorum, st.sampled_from([">", ">="]), st.integers(0, 9), st.integers(0, 9)),
    statement(t.Frequency, st.integers(1, 4), st.sampled_from(sorted(PERIODS))),
    statement(t.AdHoc, hedge=st.sampled_from(sorted(HEDGES))),
)
changes = st.one_of(statement(t.Change, name_lists, st.booleans()), statement(t.Change, st.just(()), st.just(True)))
validity = st.sampled_from([None, True, False])
signer_options = st.builds(
    t.SignerOption,
    names,
    st.one_of(st.none(), st.builds(t.Grant, st.sampled_from(["entrust", "authorise"]), names, validity)),
    optional_lists,
)
document_clauses = st.one_of(
    statement(t.Signer, st.lists(signer_options, min_size=1, max_size=3).map(tuple)),
    statement(t.Cosigner, name_lists, st.one_of(st.none(), conditions), st.booleans()),
    statement(t.Reviewer, name_lists, conditions),
    statement(t.Reviewer, name_lists, st.none(), st.booleans()),
    statement(t.Requirement, name_lists),
)
periods = st.sampled_from(sorted(PERIODS))
hedges = st.one_of(st.none(), st.sampled_from(sorted(HEDGES)))
stages = st.sampled_from(["decide", "submit"])
time_limits = st.one_of(
    st.builds(t.TimeLimit, st.just("lead"), st.sampled_from(sorted(LEADS)), st.integers(0, 99), periods),
    st.builds(
        t.TimeLimit,
        st.just("moment"),
        moments=st.lists(st.sampled_from(sorted(MOMENTS)), min_size=1, max_size=3, unique=True).map(tuple),
    ),
    st.just(t.TimeLimit("prompt")),
)
measures = st.one_of(
    statement(t.Measure, names, st.one_of(st.none(), names), st.sampled_from([">", ">=", "<", "<=", "="]),
              st.from_regex(r"[0-9]{1,3}(\.[0-9])?", fullmatch=True),
              st.one_of(st.none(), st.sampled_from(sorted(UNITS)))),
    statement(t.Measure, names, st.one_of(st.none(), names), st.sampled_from([">=", "<="]),
              st.from_regex(r"[0-9]{1,2}", fullmatch=True), st.one_of(st.none(), st.sampled_from(sorted(UNITS))),
              st.integers(1, 3), periods),
)  # fmt: skip
statements = st.one_of(
    statement(t.Header, texts, st.one_of(st.none(), texts)),
    statement(t.Office, names, st.one_of(st.none(), counts), optional_lists, st.one_of(st.none(), names)),
    statement(t.Declaration, st.sampled_from(["external", "guest", "form", "tag", "class"]), name_lists),
    statement(t.Unit, names, st.one_of(st.none(), names)),
    statement(t.Group, names, name_lists, st.one_of(st.none(), counts)),
    statement(t.Power, names, st.none()),
    statement(t.Power, names, names, optional_lists),
    statement(t.Charge, names, name_lists),
    statement(
        t.Matter,
        names,
        st.one_of(st.none(), names),
        st.lists(statement(t.Routing, st.sampled_from(["must", "may", "never"]), name_lists), max_size=3).map(tuple),
        st.lists(changes, max_size=2).map(tuple),
    ),
    statement(t.Body, names, st.lists(body_clauses, max_size=5).map(tuple), st.one_of(st.none(), names)),
    statement(
        t.Document, names, conditions, st.lists(document_clauses, max_size=3).map(tuple), optional_lists, optional_lists
    ),
    statement(
        t.Delegation, st.sampled_from(["entrust", "authorise"]), powers, name_lists, name_lists, st.booleans(), validity
    ),
    statement(
        t.Acting,
        names,
        names,
        st.lists(powers, max_size=3).map(tuple),
        optional_lists,
        st.one_of(st.none(), names),
        st.sampled_from(["推选", "决定"]),
    ),
    statement(t.Reports, names, name_lists),
    statement(t.Escalation, names, optional_lists, chains, st.booleans()),
    statement(t.Leave, name_lists, optional_lists, chains, st.booleans()),
    statement(t.Route, names, st.booleans(), chains, optional_lists, st.booleans()),
    statement(t.Mandatory, names, name_lists, optional_lists, optional_lists),
    statement(t.NoSkipping, optional_lists),
    statement(t.IssuingBan, name_lists, name_lists),
    statement(t.Separation, names, name_lists),
    measures,
    statement(t.Assertion, st.sampled_from(sorted(PROPERTIES)), optional_lists, st.none()),
    statement(
        t.Assertion,
        st.sampled_from(sorted(PROPERTIES)),
        optional_lists,
        st.integers(0, 5),
        st.sampled_from(["<", "<="]),
    ),
    statement(t.Allow, st.from_regex(r"GS[0-9]{3}", fullmatch=True), texts),
    statement(t.Reasons, name_lists, st.booleans()),
    statement(t.Reading, names, texts),
    statement(t.Precondition, name_lists, optional_lists, name_lists, stages, hedge=hedges),
    statement(t.Deadline, names, st.one_of(st.none(), names), time_limits, hedge=hedges),
)
specs = st.builds(t.SpecTree, st.just("random.gov"), st.lists(statements, min_size=1, max_size=8).map(tuple))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs)
def test_formatted_random_specs_parse_back_equal(spec: t.SpecTree) -> None:
    text = format_spec(spec)
    again = parse(text, "random.gov")
    assert again == spec, text
    assert format_spec(again) == text
