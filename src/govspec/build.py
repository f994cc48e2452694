"""`govspec build`: regenerate the committed artefacts (model/ snapshots, proofs/) for every spec, or check them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from govspec.checks.obligations import proof_files
from govspec.files import leftovers, write_whole
from govspec.model.snapshot import snapshot
from govspec.options import CheckOptions
from govspec.pipeline import load_file


def artefacts(spec_dir: Path, root: Path) -> tuple[dict[Path, str], list[str]]:
    """Every artefact the specs under `spec_dir` produce, keyed by its path under `root`, and the problems that
    stopped any."""
    outputs: dict[Path, str] = {}
    problems: list[str] = []
    for spec in sorted(spec_dir.rglob("*.gov")):
        relative = spec.relative_to(spec_dir)
        outcome = load_file(spec)
        if outcome.model is None:
            problems.append(f"{spec}: {len(outcome.findings)} error(s); run `govspec check {spec}`")
            continue
        outputs[root / "model" / relative.with_suffix(".json")] = snapshot(outcome.model, relative.as_posix())
        proofs = root / "proofs" / relative.with_suffix("")
        outputs.update({proofs / name: text for name, text in proof_files(outcome.model, CheckOptions()).items()})
    return outputs, problems


def build(spec_dir: Path, check: bool, write: Callable[[str], None], out: Path | None = None) -> int:
    """Write (or with `check`, compare) every artefact under `out`, by default the folder that holds `spec_dir`; 1
    when any is stale or orphaned, or a spec does not resolve."""
    if not spec_dir.is_dir():
        write(f"govspec build: {spec_dir} is not a folder\n")
        return 2
    root = (out or spec_dir.resolve().parent).resolve()
    outputs, problems = artefacts(spec_dir, root)
    stale = [path for path, text in outputs.items() if not path.is_file() or path.read_text("utf-8") != text]
    # What an earlier build wrote for a rule that is gone: kept, it would read as a current proof. Only a spec's own
    # proofs folder is swept, and only for what a build writes there; other files and folders are not govspec's.
    folders = {path.parent for path in outputs if path.name == "verdicts.txt"}
    orphans = sorted(
        path
        for folder in folders
        if folder.is_dir()
        for path in folder.iterdir()
        if path.is_file() and (path.suffix == ".smt2" or path.name == "verdicts.txt") and path not in outputs
    )
    # A build killed mid-write leaves the temporary file of the artefact it was writing: swept like an orphan.
    written: dict[Path, set[str]] = {}
    for path in outputs:
        written.setdefault(path.parent, set()).add(path.name)
    orphans += [stray for folder, names in written.items() for stray in leftovers(folder, names)]
    for problem in problems:
        write(f"{problem}\n")
    for path in stale:
        if check:
            write(f"stale: {path.relative_to(root)} (run `govspec build {spec_dir}`)\n")
        else:
            try:
                write_whole(path, outputs[path])
            except OSError as error:
                write(f"govspec build: cannot write {path}: {error.strerror or error}\n")
                return 2
            write(f"wrote {path.relative_to(root)}\n")
    for path in orphans:
        if check:
            write(f"orphaned: {path.relative_to(root)} (run `govspec build {spec_dir}`)\n")
        else:
            try:
                path.unlink()
            except OSError as error:
                write(f"govspec build: cannot remove {path}: {error.strerror or error}\n")
                return 2
            write(f"removed {path.relative_to(root)}\n")
    if not check:
        write(f"govspec build: model snapshots in {root / 'model'}, proof obligations in {root / 'proofs'}\n")
    return 1 if problems or (check and (stale or orphans)) else 0
