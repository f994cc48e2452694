"""govspec: write work rules (工作规则) as a spec, prove them consistent, see where they fail.

The public API: `load` a spec into a resolved model, `check` it for findings, `diff` two versions of it.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from govspec.delta.diff import Diff
    from govspec.diagnostics import Finding, Severity, Span, UnreadableInput
    from govspec.model.entities import Model
    from govspec.options import CheckOptions

# The types of the API, imported from where they are defined when first asked for: the command line starts by
# importing what its command needs, in an order of its own choosing (see govspec.__main__).
_DEFINED_IN = {
    "CheckOptions": "govspec.options",
    "Finding": "govspec.diagnostics",
    "Model": "govspec.model.entities",
    "Severity": "govspec.diagnostics",
    "Span": "govspec.diagnostics",
    "UnreadableInput": "govspec.diagnostics",
}

__all__ = ["CheckOptions", "Finding", "Model", "Severity", "Span", "UnreadableInput", "check", "diff", "load"]


def __getattr__(name: str) -> Any:
    """An API type, imported from where it is defined on first use."""
    if name in _DEFINED_IN:
        return getattr(importlib.import_module(_DEFINED_IN[name]), name)
    raise AttributeError(f"module 'govspec' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_DEFINED_IN})


def load(path: str | Path) -> Model:
    """The resolved model of a spec file; raises UnreadableInput with every finding that prevents it."""
    from govspec.diagnostics import UnreadableInput
    from govspec.pipeline import load_file

    outcome = load_file(Path(path))
    if outcome.model is None:
        raise UnreadableInput(outcome.findings)
    return outcome.model


def check(path: str | Path, options: CheckOptions | None = None) -> tuple[Finding, ...]:
    """Every finding for a spec file: syntax and resolution errors, or the results of every check."""
    from govspec.pipeline import check_outcome, load_file

    return check_outcome(load_file(Path(path)), options).findings


def diff(old: str | Path, new: str | Path, options: CheckOptions | None = None) -> Diff:
    """The semantic diff of two versions of a spec (either may be an amendment); raises UnreadableInput when one of
    them cannot be read or resolved."""
    from govspec.delta.diff import semantic_diff
    from govspec.diagnostics import UnreadableInput
    from govspec.options import CheckOptions
    from govspec.pipeline import check_outcome, load_file

    options = options or CheckOptions()
    outcomes = [load_file(Path(path)) for path in (old, new)]
    for outcome in outcomes:
        if outcome.model is None:
            raise UnreadableInput(outcome.findings)
    before, after = (check_outcome(o, options) for o in outcomes)
    return semantic_diff(before, after, options)
