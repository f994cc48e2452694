"""Fuzzing the command line: specs of spec/ and tests/ mutated at random (from a seed), each read by `check`, `fmt`
and now and then `build`, in worker processes under a time limit per run.

A mutant passes when every run exits 0, 1 or 2 without a traceback in time; `check` exits alike in every format, and
JSON, SARIF and JUnit output parse; `fmt` leaves an unreadable spec as it was, and a readable one in a layout `fmt`
no longer changes, with the same findings; `build --check` finds current what `build` has just written. Findings are
compared by fingerprint: it reads the file, the code, the message, citations and witness but no line number, so a
statement moved to another line keeps its findings, and a change of meaning does not.
"""

from __future__ import annotations

import faulthandler
import io
import json
import multiprocessing
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from xml.etree import ElementTree

from conftest import ROOT
from govspec.syntax.keywords import KEYWORDS, ONE_LANGUAGE, SPELLINGS

SOURCES = tuple(sorted((ROOT / "spec").rglob("*.gov")))
TEST_SOURCES = tuple(sorted((ROOT / "tests").rglob("*.gov")))
RUNS = 7  # command-line runs per mutant, at most
KEYWORD_WORDS = (
    {word for pair in KEYWORDS.values() for word in pair}
    | set(ONE_LANGUAGE.values())
    | {word for spellings in SPELLINGS.values() for word in spellings}
)
WORDS = sorted(KEYWORD_WORDS)
TRANSLATIONS = {one: other for pair in KEYWORDS.values() for one, other in (pair, pair[::-1])}
NUMBERS = ("0", "00", "1", "99999999999999999999", str(2**63), "4294967297", "1" + "0" * 4400, "1" * 5000)
TOKEN = re.compile(r"\w+|[^\w\s]")
NUMBER = re.compile(r"\d+")
FORMATS = ("text", "json", "sarif", "junit", "github")
LANGS = ((), ("--lang", "zh"), ("--lang", "en"), ("--verbose",))
DEPTHS = ((), (), ("--absence-depth", "0"), ("--absence-depth", "2"), ("--absence-depth", "999999"))
CONDITION = re.compile(r"(?:when|适用)\s+([^{\n]*?)\s*(?=\{|@|$)", re.MULTILINE)

Mutation = Callable[[random.Random, str], str]


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True) or [""]


def _tokens(text: str) -> list[re.Match[str]]:
    return list(TOKEN.finditer(text))


def delete_line(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    del lines[rng.randrange(len(lines))]
    return "".join(lines)


def duplicate_line(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    at = rng.randrange(len(lines))
    lines.insert(rng.randrange(len(lines) + 1), lines[at])
    return "".join(lines)


def swap_lines(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[a], lines[b] = lines[b], lines[a]
    return "".join(lines)


def delete_token(rng: random.Random, text: str) -> str:
    tokens = _tokens(text)
    if not tokens:
        return text
    token = rng.choice(tokens)
    return text[: token.start()] + text[token.end() :]


def duplicate_token(rng: random.Random, text: str) -> str:
    tokens = _tokens(text)
    if not tokens:
        return text
    token = rng.choice(tokens)
    return text[: token.end()] + " " + token.group() + text[token.end() :]


def swap_tokens(rng: random.Random, text: str) -> str:
    tokens = _tokens(text)
    if len(tokens) < 2:
        return text
    first, second = sorted(rng.sample(tokens, 2), key=lambda m: m.start())
    return (
        text[: first.start()]
        + second.group()
        + text[first.end() : second.start()]
        + first.group()
        + text[second.end() :]
    )


def replace_name(rng: random.Random, text: str) -> str:
    """One word in place of another of the same spec: a signer, member or stand-in becomes someone else."""
    words = [m for m in _tokens(text) if m.group()[0].isalpha() and m.group() not in KEYWORD_WORDS]
    if not words:
        return text
    word, other = rng.choice(words), rng.choice(words)
    return text[: word.start()] + other.group() + text[word.end() :]


def translate_keyword(rng: random.Random, text: str) -> str:
    """A keyword in the other language: statements of both languages in one spec, or one statement of both."""
    words = [m for m in _tokens(text) if m.group() in TRANSLATIONS]
    if not words:
        return text
    word = rng.choice(words)
    return f"{text[: word.start()]} {TRANSLATIONS[word.group()]} {text[word.end() :]}"


def insert_comment(rng: random.Random, text: str) -> str:
    """A comment at the end of a line, on a line of its own, or between the words of a statement."""
    at = rng.choice([0, *(m.end() for m in _tokens(text))])
    comment = rng.choice(("# 注释", "  # note {", "# }", "#", "＃ 全角"))
    return f"{text[:at]}{comment}\n{text[at:]}"


def insert_keyword(rng: random.Random, text: str) -> str:
    at = rng.choice([0, *(m.end() for m in _tokens(text))])
    return f"{text[:at]} {rng.choice(WORDS)} {text[at:]}"


def flip_byte(rng: random.Random, text: str) -> str:
    data = bytearray(text.encode("utf-8", "surrogateescape"))
    if data:
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return data.decode("utf-8", "surrogateescape")


def absurd_number(rng: random.Random, text: str) -> str:
    numbers = list(NUMBER.finditer(text))
    value = rng.choice(NUMBERS)
    if not numbers:
        statement = rng.choice(("office 新职 count {}..", "body 新会 {{ members 新职; quorum > 1/{} }}"))
        return text + statement.format(value) + "\n"
    number = rng.choice(numbers)
    return text[: number.start()] + value + text[number.end() :]


def deep_nesting(rng: random.Random, text: str) -> str:
    depth = rng.choice((50, 500, 5000))
    conditions = list(CONDITION.finditer(text))
    if conditions and rng.random() < 0.6:
        found = rng.choice(conditions)
        wrapped = rng.choice(("(" * depth + found.group(1) + ")" * depth, "not " * depth + found.group(1)))
        return text[: found.start(1)] + wrapped + text[found.end(1) :]
    at = rng.randrange(len(text) + 1)
    return text[:at] + rng.choice(("{", "(", "[", '"', "#")) * depth + text[at:]


def line_endings(rng: random.Random, text: str) -> str:
    return text.replace("\n", rng.choice(("\r", "\r\n", "\n\n", "\u2028")))


def truncate(rng: random.Random, text: str) -> str:
    data = text.encode("utf-8", "surrogateescape")
    return data[: rng.randrange(len(data) + 1)].decode("utf-8", "surrogateescape")


def splice_line(rng: random.Random, text: str) -> str:
    """A statement of another spec, whose names this one may not declare."""
    other = _lines(rng.choice(SOURCES + TEST_SOURCES).read_text(encoding="utf-8"))
    lines = _lines(text)
    lines.insert(rng.randrange(len(lines) + 1), rng.choice(other).rstrip("\n") + "\n")
    return "".join(lines)


MUTATIONS: tuple[Mutation, ...] = (
    delete_line,
    duplicate_line,
    swap_lines,
    delete_token,
    duplicate_token,
    swap_tokens,
    replace_name,
    translate_keyword,
    insert_comment,
    insert_keyword,
    flip_byte,
    absurd_number,
    deep_nesting,
    line_endings,
    truncate,
    splice_line,
)


@dataclass(frozen=True)
class Mutant:
    number: int
    name: str  # the source, the mutations applied in order, and the options
    content: bytes
    options: tuple[str, ...] = ()  # of every check run
    form: str = "text"  # the format of the second check run
    build: bool = False  # whether `build` and `build --check` run on it too (they take longest)


def mutant(seed: int, number: int) -> Mutant:
    """Mutant `number` of the run seeded `seed`: half come from spec/, half from the fixtures under tests/."""
    rng = random.Random(f"{seed}:{number}")
    source = rng.choice(SOURCES if number % 2 else TEST_SOURCES)
    text = source.read_text(encoding="utf-8")
    applied = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        mutation = rng.choice(MUTATIONS)
        text = mutation(rng, text)
        applied.append(mutation.__name__)
    options = (*rng.choice(DEPTHS), *rng.choice(LANGS))
    form, build = rng.choice(FORMATS), rng.random() < 0.25
    said = f"{' '.join(options)} --format {form}{', build' if build else ''}"
    name = f"#{number} {source.relative_to(ROOT)}: {', '.join(applied)} [{said}]"
    return Mutant(number, name, text.encode("utf-8", "surrogateescape"), options, form, build)


def mutants(seed: int, count: int) -> Iterator[Mutant]:
    return (mutant(seed, number) for number in range(count))


@dataclass(frozen=True)
class Examined:
    """How the runs on one mutant went: the exit code of each, what was wrong, and their time together."""

    mutant: Mutant
    exits: tuple[int, ...]
    problems: tuple[str, ...]
    seconds: float


def _cli(argv: list[str]) -> tuple[int, str]:
    """Run the command in this process; its exit code and all it printed, a traceback included."""
    from govspec.cli import main

    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="surrogateescape")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="surrogateescape")
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = main(argv)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 2
    except BaseException:
        code = -1
        err.write(traceback.format_exc())
    finally:
        sys.stdout, sys.stderr = saved
    out.flush()
    err.flush()
    said = out.buffer.getvalue() + err.buffer.getvalue()  # type: ignore[attr-defined]
    return code, said.decode("utf-8", "surrogateescape")


def _findings(printed: str) -> dict[tuple[str, str, str], str] | str:
    """The findings `check --format json` printed, each its message by its code, severity and fingerprint, or why
    the output is not such a report."""
    try:
        report = json.loads(printed)
        return {(f["code"], f["severity"], f["fingerprint"]): f["message"] for f in report["findings"]}
    except (ValueError, KeyError, TypeError) as error:
        return f"check --format json printed no report ({error}): {printed[:300]!r}"


def _malformed(form: str, printed: str) -> str | None:
    """Why output in a machine-readable format does not read as that format, if it does not."""
    try:
        if form in ("json", "sarif"):
            json.loads(printed)
        elif form == "junit":
            ElementTree.fromstring(printed)
    except (ValueError, ElementTree.ParseError) as error:
        return f"check --format {form} printed no {form} ({error}): {printed[:300]!r}"
    return None


def examine(job: Mutant, folder: Path, watch: Callable[[str], None]) -> tuple[list[int], list[str]]:
    """Run check, check in another format, fmt, fmt again, check (and build) on one mutant; `watch` hears each
    command before it runs."""
    spec, out = folder / "spec" / "mutant.gov", folder / "out"
    spec.parent.mkdir(exist_ok=True)
    shutil.rmtree(out, ignore_errors=True)
    spec.write_bytes(job.content)
    exits: list[int] = []
    problems: list[str] = []

    def run(*argv: str) -> tuple[int, str]:
        said = " ".join(argv).replace(str(folder), "DIR")  # the same for every worker and run
        watch(said)
        code, printed = _cli([*argv])
        exits.append(code)
        if code not in (0, 1, 2):
            problems.append(f"`govspec {said}` exited {code}")
        if "Traceback" in printed:
            problems.append(f"`govspec {said}` printed a traceback:\n{printed[-3000:]}")
        return code, printed

    code, said = run("check", *job.options, "--format", "json", str(spec))
    if code not in (0, 1, 2):
        return exits, problems
    before = _findings(said)
    other, said = run("check", *job.options, "--format", job.form, str(spec))
    if other != code:
        problems.append(f"check exited {code} with --format json and {other} with --format {job.form}")
    problems += filter(None, [_malformed(job.form, said)])
    formatted, _ = run("fmt", str(spec))
    if code == 2:
        if formatted != 2 or spec.read_bytes() != job.content:
            problems.append(f"fmt of an unreadable spec exited {formatted} or changed it")
        return exits, [*problems, *_differences(before, before)]
    if formatted != 0:
        problems.append(f"fmt of a readable spec exited {formatted}")
    once = spec.read_bytes()
    run("fmt", str(spec))
    if spec.read_bytes() != once:
        problems.append("fmt is not idempotent: fmt(fmt(x)) differs from fmt(x)")
    again, said = run("check", *job.options, "--format", "json", str(spec))
    if again != code:
        problems.append(f"check exited {code} before fmt and {again} after")
    built = run("build", str(spec.parent), "--out", str(out))[0] if job.build else None
    if built == 0 and run("build", "--check", str(spec.parent), "--out", str(out))[0] != 0:
        problems.append("build --check finds stale what build has just written")
    return exits, [*problems, *_differences(before, _findings(said))]


def _differences(
    before: dict[tuple[str, str, str], str] | str, after: dict[tuple[str, str, str], str] | str
) -> list[str]:
    """What is wrong with the reports before and after fmt: one not a report, or findings lost or gained."""
    if isinstance(before, str) or isinstance(after, str):
        return list(dict.fromkeys(report for report in (before, after) if isinstance(report, str)))
    if before.keys() == after.keys():
        return []
    lost = [message for key, message in before.items() if key not in after]
    gained = [message for key, message in after.items() if key not in before]
    return [f"fmt changed the findings: lost {lost}, gained {gained}"]


Examiner = Callable[[Mutant, Path, Callable[[str], None]], tuple[list[int], list[str]]]


def _serve(jobs: Connection, folder: str, limit: float, examiner: Examiner) -> None:
    """A worker: examine each mutant sent, each run under the time limit, until it is ended."""
    import govspec.checks  # noqa: F401 - imported before the first mutant, so that its time is its own

    dump = open(Path(folder) / "hang.txt", "w", encoding="utf-8")  # noqa: SIM115 - open for the worker's life

    def watch(command: str) -> None:
        # A run over the limit is ended from a thread of faulthandler's own, even inside the solver's C code; the
        # stacks it dumps say where the run was.
        dump.seek(0)
        dump.truncate()
        dump.write(f"over {limit} s: govspec {command}\n")
        dump.flush()
        faulthandler.dump_traceback_later(limit, exit=True, file=dump)

    while True:
        job = jobs.recv()
        started = time.perf_counter()
        exits, problems = examiner(job, Path(folder), watch)
        faulthandler.cancel_dump_traceback_later()
        jobs.send((exits, problems, time.perf_counter() - started))


class _Worker:
    def __init__(self, folder: Path, limit: float, examiner: Examiner) -> None:
        self.folder = folder
        folder.mkdir(exist_ok=True)
        self.conn, theirs = multiprocessing.Pipe()
        self.process = multiprocessing.get_context("spawn").Process(
            target=_serve, args=(theirs, str(folder), limit, examiner), daemon=True
        )
        self.process.start()
        theirs.close()
        self.job: Mutant | None = None
        self.started = 0.0

    def give(self, job: Mutant) -> None:
        self.job, self.started = job, time.perf_counter()
        self.conn.send(job)

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


def examine_all(jobs: Iterable[Mutant], workers: int, limit: float, examiner: Examiner = examine) -> Iterator[Examined]:
    """Examine every mutant in `workers` processes (by `examine`, or a module-level stand-in); a run over `limit`
    seconds ends its worker and fails its mutant, a fresh worker takes the next."""
    pending = iter(jobs)
    backstop = RUNS * limit + 30
    with tempfile.TemporaryDirectory(prefix="govspec-fuzz-") as base:
        pool = [_Worker(Path(base) / str(n), limit, examiner) for n in range(workers)]
        try:
            busy: dict[Connection, _Worker] = {}
            while True:
                for worker in pool:
                    if worker.conn not in busy and (job := next(pending, None)) is not None:
                        worker.give(job)
                        busy[worker.conn] = worker
                if not busy:
                    return
                # The worker's own watchdog ends a slow run; this is the backstop if the worker cannot.
                for conn in wait(list(busy), timeout=backstop):
                    worker = busy.pop(conn)  # type: ignore[arg-type]
                    try:
                        exits, problems, seconds = worker.conn.recv()
                    except EOFError:
                        yield _died(worker)
                        pool[pool.index(worker)] = _Worker(worker.folder, limit, examiner)
                        continue
                    assert worker.job is not None
                    yield Examined(worker.job, tuple(exits), tuple(problems), seconds)
                for conn, worker in list(busy.items()):
                    if time.perf_counter() - worker.started > backstop:
                        del busy[conn]
                        worker.process.kill()
                        yield _died(worker)
                        pool[pool.index(worker)] = _Worker(worker.folder, limit, examiner)
        finally:
            for worker in pool:
                worker.stop()


def _died(worker: _Worker) -> Examined:
    worker.process.join(timeout=5)
    worker.stop()
    dump = worker.folder / "hang.txt"
    said = dump.read_text(encoding="utf-8", errors="replace") if dump.exists() else ""
    assert worker.job is not None
    seconds = time.perf_counter() - worker.started
    problem = f"the worker ended (exit {worker.process.exitcode}) after {seconds:.1f} s: {said[-3000:]}"
    return Examined(worker.job, (), (problem,), seconds)
