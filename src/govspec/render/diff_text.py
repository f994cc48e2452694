"""A semantic diff -> plain text for a terminal, or Markdown for a pull-request comment, in one language."""

from __future__ import annotations

from govspec.catalogue import plural, say, text
from govspec.delta.diff import Diff
from govspec.render.diff_words import sections

INDENT = "  "


def _verdict(diff: Diff, lang: str) -> str:
    if diff.empty:
        return text(say("diff.none"), lang)
    return text(say("diff.worse" if diff.worse else "diff.not_worse"), lang)


def render_diff_text(diff: Diff, lang: str) -> str:
    lines = [text(say("diff.header", old=diff.old, new=diff.new, coverage=plural("coverage", diff.depth)), lang)]
    for section in sections(diff):
        lines += ["", text(section.heading, lang)]
        for line in section.lines:
            lines.append(INDENT + text(line.said, lang))
            lines += [INDENT * 2 + text(under, lang) for under in line.under]
    lines += ["", _verdict(diff, lang)]
    return "\n".join(lines) + "\n"


def render_diff_markdown(diff: Diff, lang: str) -> str:
    title = text(
        say("diff.header", old=f"`{diff.old}`", new=f"`{diff.new}`", coverage=plural("coverage", diff.depth)), lang
    )
    lines = [f"### {title}", "", f"**{_verdict(diff, lang)}**"]
    for section in sections(diff):
        lines += ["", f"#### {text(section.heading, lang)}", ""]
        for line in section.lines:
            lines.append(f"- {text(line.said, lang)}")
            lines += [f"  - {text(under, lang)}" for under in line.under]
    return "\n".join(lines) + "\n"
