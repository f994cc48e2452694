"""Settings of one check run, shared by the command line, the API and every check."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CheckOptions:
    """The absence depth to prove for (None: the spec's own assertions decide) and the solver timeout in seconds."""

    absence_depth: int | None = None
    timeout: float = 10.0
