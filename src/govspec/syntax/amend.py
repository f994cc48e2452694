"""Amendment tree + base tree -> the amended syntax tree (修正案): statements added, replaced and repealed by citation.

An amendment file starts with `amends "base.gov"` (修正 "…"), a path read from the amendment's own folder. Its
directives find base statements by a citation they carry, narrowed by a statement keyword and name when given
(`repeal acting 区长 @第六条`); a replacement takes the place of the first statement it replaces. Statements written
outside any directive are added, like those of `add { … }`. The amended tree keeps every statement's own span, so a
finding points into the base or the amendment, whichever says it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from govspec.catalogue import say
from govspec.diagnostics import Finding, Severity, UnreadableInput
from govspec.syntax import tree as t
from govspec.syntax.parser import parse
from govspec.syntax.source import read_source
from govspec.syntax.tree import DECLARATIONS, KINDS

AMENDMENT_CODE = "GS110"
# A base's path -> its text and the name its findings give it.
Reader = Callable[[Path], tuple[str, str]]
DIRECTIVES = (t.Amends, t.Addition, t.Replacement, t.Repeal)


def is_amendment(spec: t.SpecTree) -> bool:
    return any(isinstance(s, t.Amends) for s in spec.statements)


def _kinds(statement: t.Statement) -> tuple[str, ...]:
    if isinstance(statement, t.Declaration):
        return (DECLARATIONS[statement.keyword],)
    return KINDS.get(type(statement), ())


# The fields a target may call a statement by: what it declares, or whom or what it is about. The first field a
# statement has names it; a keyword that declares several things, or is about several, is called by each of them.
_ONE_NAME = ("name", "absent", "subordinate", "via", "who", "office")
_MANY_NAMES = ("names", "subjects", "steps", "senders", "issuers", "targets")


def _names(statement: t.Statement) -> tuple[str, ...]:
    """The names a target may call a statement by."""
    for field in _ONE_NAME:
        value = getattr(statement, field, None)
        if isinstance(value, t.Name):
            return (value.text,)
    for field in _MANY_NAMES:
        if isinstance(values := getattr(statement, field, None), tuple):
            return tuple(n.text for n in values)
    if isinstance(statement, t.Delegation):
        return (statement.power.target.text,)
    if isinstance(statement, t.Allow):
        return (statement.code,)
    return ()


def matches(target: t.Target, statement: t.Statement) -> bool:
    """A base statement is the target's: it cites the citation and is of the keyword and name the target gives."""
    if target.citation not in statement.citations:
        return False
    if target.kind is not None and target.kind not in _kinds(statement):
        return False
    return target.name is None or target.name.text in _names(statement)


def _unmatched(directive: t.Replacement | t.Repeal) -> Finding:
    target = directive.target
    return Finding(
        AMENDMENT_CODE,
        Severity.ERROR,
        say("GS110.target", citation=target.citation),
        (directive.span,),
        (target.citation,),
        help=say("GS110.target.help"),
    )


def apply(base: t.SpecTree, amendment: t.SpecTree) -> tuple[t.SpecTree, tuple[Finding, ...]]:
    """The base with the amendment's directives applied in order, and an error for each target nothing matches."""
    statements = [s for s in base.statements if not isinstance(s, t.Amends)]
    problems: list[Finding] = []
    for directive in amendment.statements:
        if isinstance(directive, t.Amends):
            continue
        if isinstance(directive, t.Addition):
            statements += directive.statements
        elif isinstance(directive, t.Replacement | t.Repeal):
            hit = [i for i, s in enumerate(statements) if matches(directive.target, s)]
            if not hit:
                problems.append(_unmatched(directive))
                continue
            new = directive.statements if isinstance(directive, t.Replacement) else ()
            kept = [s for i, s in enumerate(statements) if i not in hit]
            at = hit[0]
            statements = kept[:at] + list(new) + kept[at:]
        else:
            statements.append(directive)
    # Comments are printed by line, which two files' lines would mix up: an amended tree is never printed.
    return t.SpecTree(amendment.file, tuple(statements)), tuple(problems)


def _amends(amendment: t.SpecTree) -> t.Amends:
    """The statement that names an amendment's base."""
    return next(s for s in amendment.statements if isinstance(s, t.Amends))


def base_path(amendment: t.SpecTree) -> Path:
    amends = _amends(amendment)
    # Normalised, so findings in the base name it as a path, not as a way back out of the amendment's folder.
    return Path(os.path.normpath(Path(amendment.file).parent / amends.base))


def _circular(amendment: t.SpecTree) -> Finding:
    amends = _amends(amendment)
    return Finding(
        AMENDMENT_CODE,
        Severity.ERROR,
        say("GS110.circular", base=amends.base),
        (amends.span,),
        help=say("GS110.circular.help"),
    )


def _special(path: Path) -> bool:
    """A folder or a device (/dev/stdin): no spec, and reading it could block. A name the system refuses is left to
    read_source, which says why."""
    try:
        return path.exists() and not path.is_file()
    except OSError:
        return False


def _not_a_file(amendment: t.SpecTree) -> Finding:
    amends = _amends(amendment)
    said = say("GS110.not_a_file", base=amends.base)
    return Finding(AMENDMENT_CODE, Severity.ERROR, said, (amends.span,), help=say("GS110.circular.help"))


def amended(
    amendment: t.SpecTree, read: Reader | None = None, seen: tuple[Path, ...] = ()
) -> tuple[t.SpecTree, tuple[Finding, ...]]:
    """The rules an amendment file makes of its base (itself perhaps an amendment), read from disk, or by `read`
    (the files as a git revision has them, say).

    Raises UnreadableInput, with the base's own findings, when the base cannot be read or parsed.
    """
    path = base_path(amendment)
    here = Path(amendment.file).resolve()
    if path.resolve() in (*seen, here):
        raise UnreadableInput((_circular(amendment),))
    if read is None and _special(path):
        raise UnreadableInput((_not_a_file(amendment),))
    text, name = read(path) if read else (read_source(path), str(path))
    base = parse(text, name)
    found: tuple[Finding, ...] = ()
    if is_amendment(base):
        base, found = amended(replace(base, file=str(path)), read, (*seen, here))
    tree, problems = apply(base, amendment)
    return tree, found + problems


def misplaced(spec: t.SpecTree) -> tuple[Finding, ...]:
    """A directive in a file that amends nothing, or a second `amends`: errors, for there is no base to change."""
    amends = [s for s in spec.statements if isinstance(s, t.Amends)]
    wrong = [s for s in spec.statements if isinstance(s, DIRECTIVES[1:])] if not amends else amends[1:]
    return tuple(
        Finding(AMENDMENT_CODE, Severity.ERROR, say("GS110.misplaced"), (s.span,), help=say("GS110.misplaced.help"))
        for s in wrong
    )


def without_directives(spec: t.SpecTree) -> t.SpecTree:
    """The spec with misplaced directives left out, so the rest of it can still be resolved and reported on."""
    return replace(spec, statements=tuple(s for s in spec.statements if not isinstance(s, DIRECTIVES)))
