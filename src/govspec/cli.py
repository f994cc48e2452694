"""The `govspec` command: check, fmt, build, explain, diff, diagram, report. Exit codes: 0 nothing to fail on, 1 errors
found (or, with `--fail-on warning`, warnings), 2 unreadable input."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from govspec.diagnostics import Finding, Severity
from govspec.options import CheckOptions
from govspec.pipeline import STDIN_NAME, Outcome, check_outcome, load_bytes, load_file, without_collection
from govspec.syntax.keywords import most_spoken

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2
STDIN = "-"
WRITTEN_AT_ONCE = 1 << 20  # characters of output encoded at a time
MAX_TIMEOUT = 4_294_967  # the solver counts milliseconds in 32 bits: a longer time would wrap round to nearly none


def _write(text: str) -> None:
    # A file name that is not valid UTF-8 reaches us as surrogates; it is written back as the bytes it was. The
    # report of a large spec runs to many megabytes: it is encoded a part at a time, never all at once beside itself.
    for start in range(0, len(text), WRITTEN_AT_ONCE):
        sys.stdout.buffer.write(text[start : start + WRITTEN_AT_ONCE].encode("utf-8", "surrogateescape"))
    sys.stdout.flush()


def _progress(text: str) -> None:
    """Say what a long run is doing, on standard error and only when someone is watching it."""
    if sys.stderr.isatty():
        sys.stderr.write(f"\r\033[K{text}")
        sys.stderr.flush()


def _language(outcomes: Sequence[Outcome], asked: str | None) -> str:
    """The language asked for, else the one most of the files are written in."""
    if asked:
        return asked
    return most_spoken([o.lang for o in outcomes])


def _load(file: str) -> Outcome:
    return load_bytes(sys.stdin.buffer.read(), STDIN_NAME) if file == STDIN else load_file(Path(file))


def _chosen(findings: list[Finding], args: argparse.Namespace, known: set[str]) -> list[Finding]:
    """The findings the options ask about: of the codes named and not in the baseline. A spec that could not be read
    or resolved is never hidden: no check ran on it."""
    if not args.only and not known:
        return findings  # and the checks, with z3 and networkx, stay unimported where none ran
    from govspec.checks import CHECKS

    return [
        f
        for f in findings
        if f.code not in CHECKS or ((not args.only or f.code in args.only) and f.fingerprint not in known)
    ]


def _baseline(path: str | None) -> set[str] | str:
    """The fingerprints a baseline file records, or why it cannot be read."""
    if path is None:
        return set()
    try:
        recorded = json.loads(Path(path).read_text(encoding="utf-8"))
        return set(recorded["fingerprints"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        return f"govspec: cannot read the baseline {path}: {error}\n"


def _render(findings: list[Finding], outcomes: Sequence[Outcome], args: argparse.Namespace) -> str:
    lang = _language(outcomes, args.lang)
    tallies = {o.file: o.tally for o in outcomes if o.tally is not None}
    if args.format == "json":
        from govspec.render.json import render_json

        return render_json(findings, (o.file for o in outcomes), lang, tallies)
    if args.format == "sarif":
        from govspec.render.sarif import render_sarif

        return render_sarif(findings, lang)
    if args.format == "junit":
        from govspec.render.junit import render_junit

        return render_junit(findings, (o.file for o in outcomes), tallies, lang, args.only or ())
    if args.format == "github":
        from govspec.render.github import render_github

        return render_github(findings, lang)
    from govspec.render.text import render_report

    sources = {o.file: o.text for o in outcomes}
    return render_report(findings, sources, tallies, lang, verbose=args.verbose, summary_only=args.summary)


def command_check(args: argparse.Namespace) -> int:
    known = _baseline(args.baseline)
    if isinstance(known, str):
        sys.stderr.write(known)
        return EXIT_UNREADABLE
    if args.files.count(STDIN) > 1:
        sys.stderr.write("govspec: standard input (-) can be read only once\n")
        return EXIT_UNREADABLE
    outcomes = []
    for number, file in enumerate(args.files, 1):
        where = f"govspec: checking {file} ({number}/{len(args.files)})"
        _progress(where)
        options = CheckOptions(args.absence_depth, args.timeout, lambda doing, at=where: _progress(f"{at}: {doing}"))
        outcomes.append(check_outcome(_load(file), options).reported())
    _progress("")
    everything = [f for o in outcomes for f in o.findings]
    chosen = _chosen(everything, args, known)
    floor = Severity(args.severity).weight
    with without_collection():
        printed = _render([f for f in chosen if f.severity.weight >= floor], outcomes, args)
    _write(printed)
    if args.write_baseline:
        problem = _record(Path(args.write_baseline), everything)
        if problem:
            sys.stderr.write(problem)
            return EXIT_UNREADABLE
    if any(o.unreadable for o in outcomes):
        return EXIT_UNREADABLE
    if args.write_baseline:
        return EXIT_OK
    failing = Severity(args.fail_on).weight
    return EXIT_ERRORS if any(f.severity.weight >= failing for f in chosen) else EXIT_OK


def _record(path: Path, findings: list[Finding]) -> str | None:
    """Record every finding of this run as the baseline; why it could not be written, if it could not."""
    from govspec.files import write_whole

    recorded = {"version": 1, "fingerprints": sorted({f.fingerprint for f in findings})}
    try:
        write_whole(path, json.dumps(recorded, indent=2) + "\n")
    except OSError as error:
        return f"govspec: cannot write the baseline {path}: {error.strerror or error}\n"
    return None


def command_fmt(args: argparse.Namespace) -> int:
    from govspec.files import leftovers, write_whole
    from govspec.syntax.printer import format_spec

    outcomes = []
    changed = []
    for file in args.files:
        outcome = _load(file)
        outcomes.append(outcome)
        if outcome.tree is None:
            continue
        formatted = format_spec(outcome.tree)
        # Standard input, a pipe or a device has no place to rewrite: its canonical form goes to standard output.
        if (file == STDIN or not Path(file).is_file()) and not args.check:
            _write(formatted)
        elif formatted != outcome.text:
            changed.append(file)
            if not args.check:
                try:
                    write_whole(Path(file), formatted)
                    # What a write of this file killed before its rename left beside it goes once it is whole again.
                    for stray in leftovers(Path(file).parent, {Path(file).name}):
                        stray.unlink(missing_ok=True)
                except OSError as error:
                    sys.stderr.write(f"govspec fmt: cannot write {file}: {error.strerror or error}\n")
                    return EXIT_UNREADABLE
    unreadable = [o for o in outcomes if o.unreadable]
    if unreadable:
        from govspec.render.text import render_text

        findings = [f for o in unreadable for f in o.findings]
        _write(render_text(findings, {o.file: o.text for o in unreadable}, _language(unreadable, args.lang)))
        return EXIT_UNREADABLE
    verb = "would reformat" if args.check else "reformatted"
    for file in changed:
        _write(f"{verb} {file}\n")
    return EXIT_ERRORS if args.check and changed else EXIT_OK


def command_build(args: argparse.Namespace) -> int:
    from govspec.build import build

    if args.out and Path(args.out).exists() and not Path(args.out).is_dir():
        sys.stderr.write(f"govspec build: {args.out} is not a folder\n")
        return EXIT_UNREADABLE
    return build(Path(args.spec_dir), check=args.check, write=_write, out=Path(args.out) if args.out else None)


def command_diff(args: argparse.Namespace) -> int:
    from govspec.delta.command import run_diff

    options = CheckOptions(args.absence_depth, args.timeout)
    return run_diff(args.files, args.git, options, args.format, args.lang, _write, sys.stderr.write)


def command_explain(args: argparse.Namespace) -> int:
    from govspec.explain import explain

    said = explain(args.code.upper())
    if said is None:
        sys.stderr.write(f"govspec explain: no check has the code {args.code}\n")
        return EXIT_UNREADABLE
    _write(said)
    return EXIT_OK


def command_diagram(args: argparse.Namespace) -> int:
    from govspec.publish import diagram

    return diagram(Path(args.spec), args.kind, args.format, args.highlight, Path(args.out), args.lang, _tell)


def command_report(args: argparse.Namespace) -> int:
    from govspec.publish import report

    options = CheckOptions(args.absence_depth, args.timeout)
    source = Path(args.source_text) if args.source_text else None
    return report(Path(args.spec), Path(args.out), args.lang, source, options, _tell)


def _tell(said: str) -> None:
    sys.stderr.write(said)


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number of office holders, not {text!r}")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(
            f"expected a number of seconds above 0 and at most {MAX_TIMEOUT}, not {text!r}"
        )
    return value


def _code(text: str) -> str:
    from govspec.checks import CHECKS

    code = text.upper()
    if code not in CHECKS and not (len(code) == 5 and code.startswith("GS") and code[2:].isdigit()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a govspec code (such as GS311)")
    return code


LANG_OPTION: dict[str, Any] = {
    "choices": ("zh", "en"),
    "help": "the language of messages (default: the keyword language of the spec)",
}


class _Version(argparse.Action):
    """`--version`: reads the installed version only when asked, since reading package metadata costs every run."""

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        from govspec.version import VERSION

        print(f"govspec {VERSION}")
        parser.exit()


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="govspec", description="Check the work rules (工作规则) written in govspec.")
    main.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    commands = main.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="parse, resolve and check specs; print findings")
    check.add_argument("files", nargs="+", metavar="FILE", help="spec files; - reads one from standard input")
    check.add_argument("--format", choices=("text", "json", "sarif", "junit", "github"), default="text")
    check.add_argument("--lang", **LANG_OPTION)
    check.add_argument("--verbose", action="store_true", help="list every finding under its headline")
    check.add_argument("--summary", action="store_true", help="print only the summary")
    check.add_argument("--only", nargs="+", type=_code, metavar="CODE", help="report only findings of these codes")
    check.add_argument(
        "--severity", choices=("error", "warning", "info"), default="info", help="report findings at least this severe"
    )
    check.add_argument(
        "--fail-on", choices=("error", "warning"), default="error", help="exit 1 on findings at least this severe"
    )
    check.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in this baseline")
    check.add_argument("--write-baseline", metavar="FILE", help="record the findings reported now as the baseline")
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
    fmt.add_argument("files", nargs="+", metavar="FILE", help="spec files; - formats standard input to standard output")
    fmt.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is not canonical")
    fmt.add_argument("--lang", **LANG_OPTION)
    fmt.set_defaults(run=command_fmt)
    build = commands.add_parser("build", help="write model/ snapshots and proofs/ obligations for a folder of specs")
    build.add_argument("spec_dir", metavar="SPEC_DIR")
    build.add_argument("--check", action="store_true", help="change nothing; exit 1 if a snapshot is stale")
    build.add_argument("--out", metavar="DIR", help="write model/ and proofs/ here (default: beside SPEC_DIR)")
    build.set_defaults(run=command_build)
    explain = commands.add_parser("explain", help="what a check proves, with an example that fires and one that passes")
    explain.add_argument("code", metavar="CODE")
    explain.set_defaults(run=command_explain)
    diff = commands.add_parser("diff", help="what a change to the rules changes: powers, quorum, chains, proofs")
    diff.add_argument("files", nargs="+", metavar="SPEC", help="OLD NEW, or one SPEC with --git")
    diff.add_argument("--git", metavar="REV", help="compare SPEC with its version at this git revision")
    diff.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    diff.add_argument("--lang", **LANG_OPTION)
    diff.add_argument("--absence-depth", type=_count, metavar="K", help="compare every absence of up to K holders")
    diff.add_argument("--timeout", type=_seconds, default=CheckOptions().timeout, metavar="SECONDS")
    diff.set_defaults(run=command_diff)
    diagram = commands.add_parser("diagram", help="draw a diagram of a spec, a finding overlaid (graphviz)")
    diagram.add_argument("spec", metavar="SPEC")
    diagram.add_argument("--kind", required=True, choices=("org", "bodies", "signing", "chains", "standing-in"))
    diagram.add_argument("--format", choices=("svg", "png", "dot"), help="default: the suffix of -o, else svg")
    diagram.add_argument("--highlight", metavar="FINDING", help="overlay the findings of a code, or one fingerprint")
    diagram.add_argument("-o", "--out", required=True, metavar="FILE")
    diagram.add_argument("--lang", **LANG_OPTION)
    diagram.set_defaults(run=command_diagram)
    report = commands.add_parser("report", help="write one self-contained HTML page: findings, text, diagrams")
    report.add_argument("spec", metavar="SPEC")
    report.add_argument("-o", "--out", required=True, metavar="FILE")
    report.add_argument("--lang", **LANG_OPTION)
    report.add_argument(
        "--source-text", metavar="FILE", help="the rules' own text (default: a .txt beside the spec with its 文号)"
    )
    report.add_argument("--absence-depth", type=_count, metavar="K", help="as for check")
    report.add_argument("--timeout", type=_seconds, default=CheckOptions().timeout, metavar="SECONDS")
    report.set_defaults(run=command_report)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
