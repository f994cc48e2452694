"""A semantic diff -> JSON: the stable machine-readable form of `govspec diff --format json`.

`worse` and `empty` answer the CI question; `powers` lists each power whose holders changed, with each office's
relation and the scenarios that show it; `quorum`, `edges`, `proofs`, `findings` and `statements` the rest.
"""

from __future__ import annotations

import json
from typing import Any

from govspec.catalogue import text, words
from govspec.delta.diff import Diff
from govspec.diagnostics import Property
from govspec.logic.compare import PowerChange, Witness
from govspec.render.json import finding_dict


def _witness(witness: Witness | None, lang: str) -> dict[str, Any] | None:
    if witness is None:
        return None
    return {
        "scenario": words(witness.words, lang),
        "before": list(witness.before),
        "after": list(witness.after),
    }


def _power(change: PowerChange, lang: str) -> dict[str, Any]:
    return {
        "kind": change.power.kind,
        "target": change.power.target,
        "occasion": list(change.power.occasion),
        "relation": change.relation,
        "before": list(change.before),
        "after": list(change.after),
        "offices": [
            {
                "office": s.actor,
                "relation": s.relation,
                "standing_reading": s.reading,
                "gained": _witness(s.gained, lang),
                "lost": _witness(s.lost, lang),
            }
            for s in change.shifts
        ],
    }


def _property(prop: Property | None, lang: str) -> dict[str, Any] | None:
    if prop is None:
        return None
    return {"verdict": prop.verdict, "witness": words(prop.witness, lang)}


def diff_dict(diff: Diff, lang: str = "en") -> dict[str, Any]:
    return {
        "version": 1,
        "old": diff.old,
        "new": diff.new,
        "depth": diff.depth,
        "empty": diff.empty,
        "worse": diff.worse,
        "powers": [_power(c, lang) for c in diff.powers],
        "quorum": [
            {"body": f.body, "due": f.due, "present": f.present, "quorate_before": f.before} for f in diff.quorum
        ],
        "edges": [{"graph": e.graph, "from": e.source, "to": e.target, "added": e.added} for e in diff.edges],
        "proofs": [
            {"name": p.name, "worse": p.worse, "before": _property(p.before, lang), "after": _property(p.after, lang)}
            for p in diff.proofs
        ],
        "findings": {
            "new": [finding_dict(f, lang) for f in diff.new_findings],
            "fixed": [finding_dict(f, lang) for f in diff.fixed_findings],
            "unchanged": diff.unchanged_findings,
        },
        "statements": [{"table": e.table, "name": text(e.name, lang), "change": e.change} for e in diff.entries],
    }


def render_diff_json(diff: Diff, lang: str = "en") -> str:
    return json.dumps(diff_dict(diff, lang), ensure_ascii=False, indent=2) + "\n"
