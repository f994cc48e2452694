"""The proof checks end to end: proofs/ re-checked by a second solver, minimal cores, unknowns, the command line."""

from __future__ import annotations

import copy
import gc
import itertools
import pickle
import re
import weakref
from dataclasses import replace
from pathlib import Path

import cvc5
import pytest
import z3
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from govspec.checks import CHECKS, run_checks
from govspec.checks.obligations import proof_files
from govspec.checks.routing import _conflicting, _query, _statements
from govspec.cli import main
from govspec.logic.solve import Holds, Prover, Query, Unknown
from govspec.options import CheckOptions
from govspec.pipeline import load_file, load_text

OBLIGATIONS = sorted((ROOT / "proofs").rglob("*.smt2"))
CASES = ROOT / "tests" / "cases"


def cvc5_answer(text: str) -> str:
    """What cvc5, a solver independent of z3, answers to an SMT-LIB script."""
    solver = cvc5.Solver()
    parser = cvc5.InputParser(solver)
    parser.setStringInput(cvc5.InputLanguage.SMT_LIB_2_6, text, "obligation")
    symbols = parser.getSymbolManager()
    answers = []
    while not (command := parser.nextCommand()).isNull():
        answers.append(command.invoke(solver, symbols))
    return "".join(answers).strip()


def recorded_verdicts(folder: Path) -> dict[str, str]:
    lines = (folder / "verdicts.txt").read_text("utf-8").splitlines()
    return {line.split("\t")[0]: line.split("\t")[1].split()[0] for line in lines if not line.startswith("#")}


def test_there_are_committed_obligations() -> None:
    assert any(path.parent.name == "penglai" for path in OBLIGATIONS), "run `govspec build spec/`"


@pytest.mark.parametrize("path", OBLIGATIONS, ids=lambda p: str(p.relative_to(ROOT / "proofs")))
def test_second_solver_agrees(path: Path) -> None:
    text = path.read_text("utf-8")
    holds_when = re.search(r"^; holds when: (sat|unsat)$", text, re.MULTILINE)
    assert holds_when, f"{path.name} does not say which answer means the property holds"
    answer = cvc5_answer(text)
    assert answer in ("sat", "unsat"), f"cvc5 answered {answer!r}"
    recorded = recorded_verdicts(path.parent)[path.name]
    assert recorded == ("holds" if answer == holds_when.group(1) else "refuted"), f"cvc5 says {answer}"


def test_proof_files_are_deterministic() -> None:
    model = load_file(ROOT / "spec" / "penglai.gov").model
    assert model is not None
    assert proof_files(model, CheckOptions()) == proof_files(model, CheckOptions())


def test_penglai_shows_that_nobody_signs_while_the_head_is_away() -> None:
    """第六条 hands the 常务副区长 only the overall work: 第五十六条 documents have no signer while the 区长 is away."""
    model = load_file(ROOT / "spec" / "penglai.gov").model
    assert model is not None
    findings = run_checks(model)
    gaps = [f for f in findings if f.code == "GS324" and "'区长' is away" in f.message and "sign" in f.message]
    assert gaps, "the missing stand-in for signing must show"
    assert all(
        "第六条" in f.citations and any(c.startswith("第五十六条") or c.startswith("第四十八条") for c in f.citations)
        for f in gaps
    )
    assert any(f.code == "GS311" and f.witness.get("absent") == ["区长"] for f in findings)


MATTER_SPEC = """office 甲
office 乙
group 组 = 甲, 乙
unit 府 head 甲
unit 局 head 乙
body 一 of 府 {{ members 甲; convener 甲; chair 甲 }}
body 二 of 府 {{ members 甲; convener 甲; chair 甲 }}
class 类
body 三 {{ members 甲; convener 甲; chair 甲; is 类{decides} }}
matter 上 {{ {parent} }}
matter 下 is 上 {{ {child} }}
"""
# 府 decides through its bodies 一 and 二; 局 has none, and decides as itself. A ban may name the class 类, barring
# 三; 三 may declare that it decides either matter, which allows it that matter.
DECIDERS = ["一", "二", "三", "甲", "乙", "组", "府", "局"]
CLAUSE = st.one_of(
    st.tuples(
        st.sampled_from(["must", "may"]), st.lists(st.sampled_from(DECIDERS), min_size=1, max_size=3, unique=True)
    ),
    st.tuples(st.just("never"), st.lists(st.sampled_from([*DECIDERS, "类"]), min_size=1, max_size=3, unique=True)),
)
DECIDES = st.sampled_from(["", "; decides 上", "; decides 下"])


def _clauses(drawn: list[tuple[str, list[str]]]) -> str:
    return "; ".join(f"{mode} {', '.join(bodies)}" for mode, bodies in drawn)


@settings(max_examples=60, deadline=None)
@given(st.lists(CLAUSE, max_size=2), st.lists(CLAUSE, min_size=1, max_size=3), DECIDES)
def test_routing_cores_are_minimal_contradictions(parent: list, child: list, decides_clause: str) -> None:
    """Brute force over who decides (a group standing for its offices, a unit for its bodies, a class for its bodies,
    a body's `decides` allowing it): the counting test, the solver and the core's minimality all agree."""
    text = MATTER_SPEC.format(parent=_clauses(parent), child=_clauses(child), decides=decides_clause)
    model = load_text(text, "m.gov").model
    assert model is not None
    statements = _statements(model, model.matters["下"])
    terms = dict(zip(statements, _query(statements).facts, strict=True))
    decides = sorted({str(v) for t in terms.values() for v in z3.z3util.get_vars(t)})

    def consistent(names: list[str]) -> bool:
        for values in itertools.product((False, True), repeat=len(decides)):
            world = [(z3.Bool(d), z3.BoolVal(v)) for d, v in zip(decides, values, strict=True)]
            if all(z3.is_true(z3.simplify(z3.substitute(terms[n], *world))) for n in names):
                return True
        return False

    clash = not consistent(list(terms))
    assert _conflicting(statements) == clash
    core = Prover(timeout=10).minimal_core(terms)
    if not clash:
        assert isinstance(core, Holds)
        return
    assert isinstance(core, tuple) and not consistent(list(core))
    assert all(consistent([n for n in core if n != left_out]) for left_out in core), "the core is not minimal"


def test_a_solver_that_gives_up_is_reported_never_passed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unknown verdicts become GS399 findings; no assertion is reported proved and no margin is claimed."""
    monkeypatch.setattr(Prover, "_check", lambda self, *assumptions: z3.unknown)
    text = (CASES / "GS311" / "fires" / "entrusted-by-the-absent.gov").read_text("utf-8")
    text += "body 会 { members 区长, 副区长; chair 区长; convener 区长; quorum > 1/2 }\n"
    text += "assert signer all while absent <= 1\n"
    model = load_text(text, "giving-up.gov").model
    assert model is not None
    codes = [f.code for f in run_checks(model)]
    assert "GS399" in codes
    assert not {"GS311", "GS350", "GS302", "GS303"} & set(codes)


def test_absence_depth_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    spec = str(CASES / "GS350" / "fires" / "two-signers.gov")
    assert main(["check", spec]) == 0
    assert "proved for every absence of up to 2 office holders" in capsys.readouterr().out
    assert main(["check", "--absence-depth", "3", "--timeout", "5", "--verbose", spec]) == 1
    assert "checked every absence of up to 3 office holders" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_code:
        main(["check", "--timeout", "0", spec])
    assert exit_code.value.code == 2


MARGIN_SPEC = """office 区长
office 副区长 count 2
office 常务副区长 is 副区长
body 会 { members 区长, 副区长; convener 区长; chair 区长; quorum > 1/2 }
"""


def _margins(text: str) -> list[str]:
    model = load_text(text, "margin.gov").model
    assert model is not None
    return [f"{f.code} {f.message}" for f in CHECKS["GS302"].run(model, CheckOptions())]


def test_a_margin_is_claimed_only_once_it_is_proved(monkeypatch: pytest.MonkeyPatch) -> None:
    """The solver gives up on "quorate with 1 away": the margin is unknown, never claimed."""
    decide, calls = Prover.decide, []

    def giving_up_on_the_second(self: Prover, query: Query) -> object:
        calls.append(query)
        return Unknown("timeout (simulated)") if len(calls) == 2 else decide(self, query)

    monkeypatch.setattr(Prover, "decide", giving_up_on_the_second)
    found = _margins(MARGIN_SPEC)
    assert any(f.startswith("GS399") for f in found)
    assert not any("sure to be quorate" in f for f in found), found


def test_a_margin_does_not_rest_on_a_minimised_witness(monkeypatch: pytest.MonkeyPatch) -> None:
    """A solver that stops minimising keeps a witness with needless absences; the margin stays the proved one."""
    expected = _margins(MARGIN_SPEC)
    assert expected == [
        "GS302 '会' is sure to be quorate (> 1/2 of them) with up to 1 member absent; 2 absent can leave it short"
    ]

    def needless_absences(self: Prover, order: object) -> z3.ModelRef:
        names = {str(v): v for fact in self.solver.assertions() for v in z3.z3util.get_vars(fact)}
        everyone = [v == names[n.replace("_away", "_own")] for n, v in names.items() if n.endswith("_away")]
        self.solver.push()
        self.solver.add(*everyone)
        model = self.solver.model() if self.solver.check() == z3.sat else None
        self.solver.pop()
        if model is None:
            self.solver.check()
            model = self.solver.model()
        return model

    monkeypatch.setattr(Prover, "_canonical", needless_absences)
    assert _margins(MARGIN_SPEC) == expected


def test_each_family_of_proofs_is_proved_once_per_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """GS301 and GS302 share their margins, GS350 and GS351 their assertions, `govspec build` all of them."""
    decide, calls = Prover.decide, []

    def counted(self: Prover, query: Query) -> object:
        calls.append(query)
        return decide(self, query)

    monkeypatch.setattr(Prover, "decide", counted)
    text = MARGIN_SPEC + "assert quorum 会 while absent <= 1\n"
    model = load_text(text, "once.gov").model
    assert model is not None
    list(CHECKS["GS301"].run(model, CheckOptions()))
    margins = len(calls)
    assert margins > 0
    list(CHECKS["GS302"].run(model, CheckOptions()))
    assert len(calls) == margins
    list(CHECKS["GS351"].run(model, CheckOptions()))
    asserted = len(calls)
    assert asserted > margins
    list(CHECKS["GS350"].run(model, CheckOptions()))
    run_checks(model)
    checked = len(calls)
    proof_files(model, CheckOptions())
    assert len(calls) == checked


def test_a_model_and_what_was_proved_of_it_go_together() -> None:
    """Proofs refer back to their model (their queries read it): kept anywhere but with it, they kept every model
    ever checked alive, in a long run of `diff`, of many files, or of a program using govspec."""
    model = load_text(MARGIN_SPEC + "assert quorum 会 while absent <= 1\n", "gone.gov").model
    assert model is not None
    run_checks(model)
    assert model.derived, "the checks keep their proofs with the model"
    gone = weakref.ref(model)
    del model
    gc.collect()
    assert gone() is None


def test_a_copy_of_a_model_is_proved_afresh() -> None:
    """A copy, made by `replace`, by `copy` or through pickling (to another process), carries the rules alone."""
    model = load_text(MARGIN_SPEC, "copy.gov").model
    assert model is not None
    run_checks(model)
    assert model.derived
    for copied in (replace(model), copy.copy(model), pickle.loads(pickle.dumps(model))):
        assert copied == model and not copied.derived
        assert run_checks(copied) == run_checks(model)


@pytest.mark.parametrize("solver_core", [None, ("s0", "s2"), ("s0", "s1"), ("s0", "s1", "s2")])
def test_a_minimal_conflict_is_the_same_whichever_core_the_solver_finds(
    monkeypatch: pytest.MonkeyPatch, solver_core: tuple[str, ...] | None
) -> None:
    """`a` conflicts with `b` and with `c` alike. The solver's unsat core depends on what it solved before in the
    process, and starting from it the same spec got one witness in one run and the other in the next (found by
    fuzzing GS332); each statement, the last first, is left out when the rest still conflict: the answer is (a, b)."""
    if solver_core is not None:
        monkeypatch.setattr(z3.Solver, "unsat_core", lambda self: [z3.Bool(name) for name in solver_core])
    x = z3.Bool("x")
    assert Prover(10).minimal_core({"a": x, "b": z3.Not(x), "c": z3.Not(x)}) == ("a", "b")


@pytest.mark.parametrize("count", ["1..", "1..99999999"])
def test_a_witness_far_from_least_is_made_least_in_few_steps(count: str) -> None:
    """Lowering a witness one by one from about 10^20 never ended; halving the gap ends, at the same least value."""
    spec = f"office B count {count}\noffice C is B\noffice E count 1..\nbody M {{ members B, E; quorum > 1/1000000 }}\n"
    model = load_text(spec, "m.gov").model
    assert model is not None
    [margin] = [f for f in run_checks(model) if f.code == "GS302"]
    assert margin.witness["survives"] == 1
    assert [str(holders) for holders in margin.witness["holders"]] == ["B: 1", "E: 1"]


def test_the_least_value_of_a_whole_number_is_found_by_halving() -> None:
    x, y = z3.Ints("x y")
    for least in (0, 7, 10**18):
        prover = Prover(5)
        facts = [x >= least, y >= 0, x + y > least - 1]
        query = Query(facts, lambda m: m.eval(x).as_long(), lambda _: True, ((x, 0), (y, 0)))
        verdict = prover.decide(query)
        assert verdict.witness == least


class CountingProver(Prover):
    """A prover that counts its solver calls."""

    calls = 0

    def _check(self, *assumptions: z3.BoolRef) -> z3.CheckSatResult:
        self.calls += 1
        return super()._check(*assumptions)


@pytest.mark.parametrize(("floor", "calls"), [(0, 2), (5, 1)])
def test_a_term_at_its_floor_costs_no_solver_call(floor: int, calls: int) -> None:
    """A witness already at the least value the facts allow is least without asking the solver again; a floor
    below it still leads to the same witness, by probing."""
    x = z3.Int("x")
    prover = CountingProver(5)
    query = Query([x >= 5, x <= 5], lambda m: m.eval(x).as_long(), lambda _: True, ((x, floor),))
    verdict = prover.decide(query)
    assert verdict.witness == 5
    assert prover.calls == calls
