"""`govspec diff OLD NEW` and `govspec diff --git REV SPEC`: load and check both versions, then report their semantic
diff. Exit codes: 0 nothing got worse, 1 a property that held now fails or a new error appears, 2 unreadable input."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from govspec.catalogue import Say, advice, say, text
from govspec.delta.diff import Diff, semantic_diff
from govspec.diagnostics import Finding, Severity, Span, UnreadableInput
from govspec.options import CheckOptions
from govspec.pipeline import Outcome, check_outcome, load_file, load_text
from govspec.syntax.amend import Reader
from govspec.syntax.source import decode

EXIT_OK, EXIT_WORSE, EXIT_UNREADABLE = 0, 1, 2


def _shown(path: Path, revision: str) -> bytes | str:
    """A file's bytes at a git revision (`git cat-file blob REV:path`), or git's reason why not; OSError when git
    cannot run."""
    shown = subprocess.run(
        ["git", "-C", str(path.parent), "cat-file", "blob", f"{revision}:./{path.name}"],
        capture_output=True,
        check=False,
    )
    if shown.returncode != 0:
        return shown.stderr.decode("utf-8", "replace").strip()
    return shown.stdout


def _reader(revision: str) -> Reader:
    """Reads an amendment's bases as the revision has them, so an old amendment amends its old base."""

    def read(path: Path) -> tuple[str, str]:
        name = f"{path}@{revision}"
        try:
            shown = _shown(path, revision)
        except OSError as error:
            shown = str(error.strerror or error)
        if isinstance(shown, str):
            span = Span(name, 1, 1, 1, 2)
            said = say("GS001.unreadable", reason=shown)
            raise UnreadableInput((Finding("GS001", Severity.ERROR, said, (span,), help=advice("GS001", said)),))
        return decode(shown, name), name

    return read


def at_revision(path: Path, revision: str) -> Outcome | Say:
    """The spec as it was at a git revision, amendments read with their bases as they were then, or why it cannot
    be read."""
    try:
        shown = _shown(path, revision)
    except OSError as error:
        return say("diff.no_git", reason=str(error.strerror or error))
    if isinstance(shown, str):
        return say("diff.not_at", file=str(path), revision=revision, reason=shown)
    name = f"{path}@{revision}"
    try:
        source = decode(shown, name)
    except UnreadableInput as error:
        return Outcome(name, "", None, None, error.findings)
    return load_text(source, name, _reader(revision))


def _unreadable(outcomes: list[Outcome]) -> list[Finding]:
    """The findings that stop a comparison: a version that did not parse, or did not resolve."""
    return [f for o in outcomes if o.model is None for f in o.findings if o.unreadable or f.severity is Severity.ERROR]


def run_diff(
    files: list[str],
    revision: str | None,
    options: CheckOptions,
    form: str,
    lang: str | None,
    write: Callable[[str], None],
    complain: Callable[[str], None],
) -> int:
    """Compare two versions and write their diff in `form` (text, json, markdown) and `lang` (else the new one's)."""
    from govspec.render.text import render_text

    if revision is not None:
        if len(files) != 1:
            complain(text(say("diff.one_spec"), lang or "en") + "\n")
            return EXIT_UNREADABLE
        new = load_file(Path(files[0]))
        old = at_revision(Path(files[0]), revision)
        if isinstance(old, Say):
            complain(text(old, lang or new.lang) + "\n")
            return EXIT_UNREADABLE
    elif len(files) != 2:
        complain(text(say("diff.two_specs"), lang or "en") + "\n")
        return EXIT_UNREADABLE
    else:
        old, new = load_file(Path(files[0])), load_file(Path(files[1]))
    stopped = _unreadable([old, new])
    if stopped:
        write(render_text(stopped, {o.file: o.text for o in (old, new)}, lang or new.lang))
        return EXIT_UNREADABLE
    diff = semantic_diff(check_outcome(old, options), check_outcome(new, options), options)
    write(_render(diff, form, lang or new.lang))
    return EXIT_WORSE if diff.worse else EXIT_OK


def _render(diff: Diff, form: str, lang: str) -> str:
    if form == "json":
        from govspec.render.diff_json import render_diff_json

        return render_diff_json(diff, lang)
    from govspec.render.diff_text import render_diff_markdown, render_diff_text

    return (render_diff_markdown if form == "markdown" else render_diff_text)(diff, lang)
