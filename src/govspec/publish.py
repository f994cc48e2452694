"""`govspec diagram` and `govspec report`: a spec drawn, and reported as one page, for reviewers to read.

Both take one spec; one that cannot be read or resolved gets its findings printed instead (exit 2 unreadable, 1 not
resolved). Where graphviz's `dot` is missing, a diagram is written as its DOT text and the message says how to
install graphviz; the report says so in place of its diagrams.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from govspec.catalogue import say, text
from govspec.options import CheckOptions
from govspec.pipeline import Outcome, check_outcome, load_file
from govspec.render.graphviz import FORMATS, GraphvizFailed, GraphvizMissing, render
from govspec.syntax.tree import Header, SpecTree

Tell = Callable[[str], None]  # where messages for the user go (standard error)


def _told(tell: Tell, lang: str, key: str, **args: Any) -> None:
    """Say one line of the catalogue to the user, in the run's language."""
    tell(text(say(key, **args), lang) + "\n")


def _loaded(spec: Path, lang: str | None, checked: bool, options: CheckOptions, tell: Tell) -> Outcome | int:
    """The spec, checked when asked; or the exit code after its findings are told."""
    outcome = load_file(spec)
    if outcome.model is None:
        from govspec.render.text import render_text

        tell(render_text(outcome.findings, {outcome.file: outcome.text}, lang or outcome.lang))
        return 2 if outcome.unreadable else 1
    return check_outcome(outcome, options) if checked else outcome


def _write(path: Path, content: str | bytes, lang: str, tell: Tell) -> bool:
    from govspec.files import write_whole

    try:
        write_whole(path, content)
    except OSError as error:
        _told(tell, lang, "publish.cannot_write", file=str(path), reason=error.strerror or str(error))
        return False
    return True


def output_format(asked: str | None, out: Path) -> str:
    """The format asked for, else the one the output file's suffix names, else SVG."""
    if asked:
        return asked
    suffix = out.suffix.lstrip(".").lower()
    return suffix if suffix in FORMATS else "svg"


def diagram(
    spec: Path, kind: str, asked: str | None, wanted: str | None, out: Path, lang: str | None, tell: Tell
) -> int:
    """Draw one diagram of a spec into `out`, a finding overlaid when `wanted` names one (a code, a fingerprint, or
    a headline's group)."""
    from govspec.render.diagrams import drawing
    from govspec.render.drawing import to_dot
    from govspec.render.highlight import chosen, one_situation

    loaded = _loaded(spec, lang, wanted is not None, CheckOptions(), tell)
    if isinstance(loaded, int):
        return loaded
    lang = lang or loaded.lang
    shown = chosen(loaded.findings, wanted) if wanted else []
    if wanted and not shown:
        _told(tell, lang, "publish.no_match", wanted=wanted, file=loaded.file)
        return 2
    dot = to_dot(drawing(loaded.model, kind, lang), one_situation(shown, lang))  # type: ignore[arg-type]
    output = output_format(asked, out)
    try:
        drawn = render(dot, output)
    except GraphvizMissing:
        fallback = out.with_suffix(".dot")
        if not _write(fallback, dot, lang, tell):
            return 2
        _told(tell, lang, "publish.no_dot", file=str(fallback))
        return 0
    except GraphvizFailed as error:
        _told(tell, lang, "publish.dot_failed", reason=error.reason)
        return 2
    return 0 if _write(out, drawn, lang, tell) else 2


def _sources(loaded: Outcome, rules: SpecTree) -> dict[str, str]:
    """The text of every file the rules were read from: an amendment's own, and its base's (already read once)."""
    from govspec.diagnostics import UnreadableInput
    from govspec.syntax.source import read_source

    sources = {loaded.file: loaded.text}
    for file in dict.fromkeys(statement.span.file for statement in rules.statements):
        if file not in sources:
            try:
                sources[file] = read_source(Path(file))
            except UnreadableInput:
                continue
    return sources


def _header_file(rules: SpecTree, spec: Path) -> Path:
    """The file whose header names the rules' source text: an amendment's base, else the spec itself."""
    header = next((s for s in rules.statements if isinstance(s, Header)), None)
    return Path(header.span.file) if header else spec


def report(spec: Path, out: Path, lang: str | None, source_text: Path | None, options: CheckOptions, tell: Tell) -> int:
    """Write the HTML report of a spec into `out`; 1 when it has errors, as `check` says."""
    from govspec.articles import articles, source_file
    from govspec.render.citing import beside
    from govspec.render.figures import figures
    from govspec.render.html import render_html

    loaded = _loaded(spec, lang, True, options, tell)
    if isinstance(loaded, int):
        return loaded
    lang = lang or loaded.lang
    model, rules = loaded.model, loaded.rules
    assert model is not None and rules is not None  # a loaded outcome has resolved
    sources = _sources(loaded, rules)
    source = source_text or source_file(_header_file(rules, spec), model.source)
    try:
        texts = articles(source.read_text(encoding="utf-8")) if source else {}
    except (OSError, UnicodeDecodeError) as error:
        _told(tell, lang, "publish.no_source", file=str(source), reason=str(error))
        return 2
    try:
        drawn = figures(model, loaded.findings, lang)
    except GraphvizFailed as error:
        _told(tell, lang, "publish.dot_failed", reason=error.reason)
        return 2
    page = render_html(
        loaded.file,
        model.title,
        sources,
        loaded.findings,
        loaded.tally,
        beside(rules, sources, texts),
        texts,
        str(source) if source else None,
        drawn,
        lang,
    )
    if not _write(out, page, lang, tell):
        return 2
    if any(figure.svg is None for figure in drawn):
        _told(tell, lang, "publish.report_no_dot")
    return 1 if loaded.errors else 0
