"""Model -> JSON snapshot (model/<spec>.json): deterministic, byte for byte, for review diffs and staleness checks."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from govspec.model.entities import Model
from govspec.syntax import tree as t


def _plain(value: Any) -> Any:
    """A JSON-ready value holding what model equality sees: places (spans, files) are left out, so a snapshot
    changes only when the rules do, and its diff is the semantic diff of an amendment."""
    if isinstance(value, t.Name):
        return value.text
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.compare and not (f.metadata.get("snapshot") == "when stated" and getattr(value, f.name) == f.default)
        }
        if isinstance(value, (t.Equals, t.MemberOf, t.Not, t.And, t.Or)):
            return {"op": type(value).__name__.lower(), **fields}
        return fields
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def snapshot(model: Model, source_name: str) -> str:
    """The model as indented JSON text, keys in declaration order, ending with a newline."""
    data = {"spec": source_name, **_plain(model)}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
