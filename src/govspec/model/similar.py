"""Which declared name a misspelt one most likely meant ("did you mean"), weighing the characters that differ.

One character makes a different organ in Chinese: 区政府 and 市政府, 区委 and 区人大常委会 are different bodies, and
suggesting one for the other would mislead. So a difference in a character that names a level or an organ costs
more than the whole name is worth, while a slip between characters that sound or look alike (付 for 副) costs
little. Names without Chinese characters are compared as plain text.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

# Characters that say which level of government or which organ a name is: changing one names another organ.
ORGAN = frozenset("中央国省市区县镇乡街村人大常委会政府协党部厅局办室处科院所组")
# Characters often written one for the other (by sound or by sight): a slip, not another name.
SLIPS = frozenset(
    frozenset(pair) for pair in ("付副", "己已", "在再", "做作", "帐账", "象像", "坐座", "即既", "带代", "记纪", "密秘")
)
CUTOFF = 0.6
SLACK = 0.4  # the share of a Chinese name one may misspell and still be offered the name meant
CLOSE = 0.05  # two candidates within this of each other are both offered


def _cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _cost(a: str | None, b: str | None) -> float:
    """The cost of one edit: a deletion or insertion (None on one side) or a substitution."""
    changed = [ch for ch in (a, b) if ch is not None]
    if a is not None and b is not None and frozenset((a, b)) in SLIPS:
        return 0.3
    return 2.0 if any(ch in ORGAN for ch in changed) else 1.0


def _distance(a: str, b: str) -> float:
    """Weighted edit distance between two names."""
    previous = [0.0]
    for ch in b:
        previous.append(previous[-1] + _cost(None, ch))
    for x in a:
        current = [previous[0] + _cost(x, None)]
        for j, y in enumerate(b, 1):
            current.append(
                min(
                    previous[j] + _cost(x, None),
                    current[j - 1] + _cost(None, y),
                    previous[j - 1] + (0.0 if x == y else _cost(x, y)),
                )
            )
        previous = current
    return previous[-1]


def likeness(name: str, candidate: str) -> float:
    """How alike two names are, from 1 (the same) down; below CUTOFF, not worth suggesting."""
    if not (_cjk(name) or _cjk(candidate)):
        return difflib.SequenceMatcher(None, name, candidate).ratio()
    distance = _distance(name, candidate)
    longer = max(len(name), len(candidate), 1)
    # A short Chinese name is a word or two: one ordinary slip in it (区张 for 区长) is still worth a suggestion,
    # as long as the names share a character.
    if distance <= max(1.0, SLACK * longer) and set(name) & set(candidate):
        return max(CUTOFF, 1.0 - distance / longer)
    return 1.0 - distance / longer


def closest(name: str, candidates: Iterable[str]) -> list[str]:
    """The declared name most like `name`, or the two most like it when they are about as close; none when nothing
    is close enough."""
    scored = sorted(((likeness(name, c), c) for c in set(candidates) if c != name), key=lambda x: (-x[0], x[1]))
    best = [(score, c) for score, c in scored if score >= CUTOFF]
    if not best:
        return []
    return [c for score, c in best[:2] if best[0][0] - score <= CLOSE]
