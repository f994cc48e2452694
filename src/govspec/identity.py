"""What makes a finding the same finding after the spec is edited elsewhere: its fingerprint, and the headline it
belongs to. Neither reads a line number, so both survive lines moving; both read the file, so two specs are never
mixed up; findings that say the same thing in one file are told apart by their order."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from govspec.catalogue import Listed, Say, text, words
from govspec.diagnostics import Finding

PLACES = frozenset({"at", "line"})  # witness entries and message arguments that say where, not what


def _digest(*parts: Any) -> str:
    said = json.dumps(parts, ensure_ascii=False, sort_keys=True)
    # A file name that is not UTF-8 carries surrogates: its own bytes go into the digest.
    return hashlib.sha256(said.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def _placeless(value: Any) -> Any:
    """Words and witness without what says where: `at` entries and `line` arguments, at any depth."""
    if isinstance(value, Say):
        return Say(value.key, tuple((name, "" if name in PLACES else _placeless(arg)) for name, arg in value.args))
    if isinstance(value, Listed):
        return Listed(tuple(_placeless(item) for item in value.items), value.joint)
    if isinstance(value, Mapping):
        return {key: _placeless(item) for key, item in value.items() if key not in PLACES}
    if isinstance(value, list | tuple):
        return [_placeless(item) for item in value]
    return value


def _file(finding: Finding) -> str:
    return finding.locations[0].file if finding.locations else ""


def _plain(finding: Finding) -> str:
    said = text(_placeless(finding.text), "en")
    witness = words(_placeless(finding.witness), "en")
    return _digest(_file(finding), finding.code, said, list(finding.citations), witness)


def identified(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """The findings of one run, each with its fingerprint; a finding that has one keeps it, so a later filter never
    renumbers what it leaves."""
    if all(f.fingerprint for f in findings):
        return tuple(findings)
    seen: dict[str, int] = {}
    stamped = []
    for finding in findings:
        plain = _plain(finding)
        seen[plain] = seen.get(plain, 0) + 1
        printed = plain if seen[plain] == 1 else f"{plain}-{seen[plain]}"
        stamped.append(finding if finding.fingerprint else replace(finding, fingerprint=printed))
    return tuple(stamped)


def group_id(finding: Finding) -> str:
    """The headline a fingerprinted finding belongs to: its file and the statements its cause names, or the finding
    itself."""
    cause = finding.cause
    return _digest(_file(finding), list(cause.subject)) if cause else finding.fingerprint
