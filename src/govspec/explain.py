"""`govspec explain CODE`: what a check proves, with an example that fires and one that passes.

The words come from the check's own docstring (which names its examples); in a source checkout the first fixture
of each kind under tests/cases/CODE is shown too, exactly as the tests run it.
"""

from __future__ import annotations

from pathlib import Path

from govspec.catalogue import TEXTS
from govspec.checks import CHECKS

CASES = Path(__file__).resolve().parents[2] / "tests" / "cases"


def _fixture(code: str, verdict: str) -> list[str]:
    found = sorted((CASES / code / verdict).glob("*.gov")) if CASES.is_dir() else []
    if not found:
        return []
    return [
        f"{verdict} ({found[0].relative_to(CASES.parent.parent)}):",
        *("    " + line for line in found[0].read_text("utf-8").splitlines()),
        "",
    ]


def explain(code: str) -> str | None:
    """The explanation of a code, or None when there is no such code."""
    check = CHECKS.get(code)
    if check is not None:
        lines = [f"{code} {check.name} ({check.severity.value})", "", (check.run.__doc__ or check.summary).strip(), ""]
        return "\n".join([*lines, *_fixture(code, "fires"), *_fixture(code, "passes")]).rstrip() + "\n"
    # A finding of reading or resolving a spec: what it says, in each of its forms, and what to do about it.
    forms = [key for key in TEXTS if key == code or key.startswith(f"{code}.")]
    if not forms:
        return None
    lines = [code, ""]
    for key in forms:
        lines += [_template(said) for said in TEXTS[key]] + [""]
    return "\n".join([*lines, *_fixture(code, "fires"), *_fixture(code, "passes")]).rstrip() + "\n"


def _template(words: str) -> str:
    """A catalogue template as a reader sees it: placeholders in braces, doubled braces single."""
    return words.replace("{{", "{").replace("}}", "}")
