"""Commands that prove nothing start without the solver and graph libraries: a syntax error or `fmt` pays only for
reading the spec."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

PROBE = """
import sys
from govspec.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(sorted(name for name in ("z3", "networkx") if name in sys.modules))
"""


def loaded_after(*arguments: str) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE, *arguments], capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize(
    "arguments",
    [("check", "{broken}"), ("fmt", "--check", "{spec}"), ("check", "{broken}", "--format", "json")],
)
def test_a_run_that_proves_nothing_imports_neither_z3_nor_networkx(tmp_path: Path, arguments: tuple[str, ...]) -> None:
    broken = tmp_path / "broken.gov"
    broken.write_text('rules "r"\noffice 区长\nbody 会 { members 区长; quorum > }\n', encoding="utf-8")
    spec = ROOT / "spec" / "penglai.gov"
    assert loaded_after(*(a.format(broken=broken, spec=spec) for a in arguments)) == "[]"


def test_a_check_that_proves_imports_both() -> None:
    assert loaded_after("check", str(ROOT / "spec" / "penglai.gov")) == "['networkx', 'z3']"


def test_the_package_imports_its_api_when_first_asked_for_it() -> None:
    """`import govspec` leaves the command line free to import the rest when it chooses; the API is all there."""
    probe = (
        "import sys, govspec\n"
        "print('govspec.model.entities' in sys.modules)\n"
        "from govspec import CheckOptions, Finding, Model, Severity, Span, UnreadableInput, check, diff, load\n"
        "from govspec.model.entities import Model as Defined\n"
        "print(Model is Defined)\n"
        "try:\n"
        "    govspec.Nothing\n"
        "except AttributeError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["False", "True", "module 'govspec' has no attribute 'Nothing'"]
