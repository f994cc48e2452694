"""Settings of one check run, shared by the command line, the API and every check."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CheckOptions:
    """The absence depth to prove for (None: the spec's own assertions decide) and the solver timeout in seconds;
    `progress`, when given, hears what a long run is doing (it is no part of what the run computes)."""

    absence_depth: int | None = None
    timeout: float = 10.0
    progress: Callable[[str], None] | None = field(default=None, compare=False, repr=False)
