"""The `govspec` command: check, fmt, build. Exit codes: 0 no errors, 1 errors found, 2 unreadable input."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from govspec.options import CheckOptions
from govspec.pipeline import Outcome, check_outcome, load_file

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def _exit_code(outcomes: Sequence[Outcome]) -> int:
    if any(o.unreadable for o in outcomes):
        return EXIT_UNREADABLE
    return EXIT_ERRORS if any(o.errors for o in outcomes) else EXIT_OK


def _write(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def _language(outcomes: Sequence[Outcome], asked: str | None) -> str:
    """The language asked for, else the one most of the files are written in."""
    if asked:
        return asked
    langs = [o.lang for o in outcomes]
    return "zh" if langs.count("zh") > langs.count("en") else "en"


def _report(outcomes: Sequence[Outcome], output_format: str, lang: str | None = None) -> None:
    findings = [f for o in outcomes for f in o.findings]
    language = _language(outcomes, lang)
    if output_format == "json":
        from govspec.render.json import render_json

        _write(render_json(findings, (o.file for o in outcomes), language))
    else:
        from govspec.render.text import render_text

        _write(render_text(findings, {o.file: o.text for o in outcomes}, language))


def command_check(args: argparse.Namespace) -> int:
    options = CheckOptions(absence_depth=args.absence_depth, timeout=args.timeout)
    outcomes = [check_outcome(load_file(Path(f)), options) for f in args.files]
    _report(outcomes, args.format, args.lang)
    return _exit_code(outcomes)


def command_fmt(args: argparse.Namespace) -> int:
    from govspec.syntax.printer import format_spec

    outcomes = []
    changed = []
    for file in args.files:
        outcome = load_file(Path(file))
        outcomes.append(outcome)
        if outcome.tree is None:
            continue
        formatted = format_spec(outcome.tree)
        if formatted != outcome.text:
            changed.append(file)
            if not args.check:
                Path(file).write_text(formatted, encoding="utf-8")
    unreadable = [o for o in outcomes if o.unreadable]
    if unreadable:
        _report(unreadable, "text", args.lang)
        return EXIT_UNREADABLE
    verb = "would reformat" if args.check else "reformatted"
    for file in changed:
        _write(f"{verb} {file}\n")
    return EXIT_ERRORS if args.check and changed else EXIT_OK


def command_build(args: argparse.Namespace) -> int:
    from govspec.build import build

    return build(Path(args.spec_dir), check=args.check, write=_write)


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number of office holders, not {text!r}")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, not {text!r}")
    return value


LANG_FLAG = "--lang"
LANG_OPTION: dict[str, Any] = {
    "choices": ("zh", "en"),
    "help": "the language of messages (default: the keyword language of the spec)",
}


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="govspec", description="Check the work rules (工作规则) written in govspec.")
    commands = main.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="parse, resolve and check specs; print findings")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument(LANG_FLAG, **LANG_OPTION)
    check.add_argument(
        "--absence-depth", type=_count, metavar="K", help="prove for every absence of up to K office holders"
    )
    check.add_argument(
        "--timeout",
        type=_seconds,
        default=CheckOptions().timeout,
        metavar="SECONDS",
        help="solver time per proof obligation; an obligation that runs out is reported unknown",
    )
    check.set_defaults(run=command_check)
    fmt = commands.add_parser("fmt", help="rewrite specs in the canonical layout")
    fmt.add_argument("files", nargs="+", metavar="FILE")
    fmt.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is not canonical")
    fmt.add_argument(LANG_FLAG, **LANG_OPTION)
    fmt.set_defaults(run=command_fmt)
    build = commands.add_parser("build", help="write model/ snapshots for every spec in a folder")
    build.add_argument("spec_dir", metavar="SPEC_DIR")
    build.add_argument("--check", action="store_true", help="change nothing; exit 1 if a snapshot is stale")
    build.set_defaults(run=command_build)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
