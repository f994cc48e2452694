"""`kill -9` in the middle of a write leaves every file whole: the old content or the new, never a part of it.

The fault hook of govspec.files (GOVSPEC_FAULT_AFTER_BYTES=N) kills the process once its writes have put N bytes in
temporary files, before the next byte or rename: N inside a file cuts its temporary copy short, N at its end kills
before the rename, N one byte into the next file kills after the rename of the one before. The next run of the same
command finishes the job and removes the temporary files the killed one left.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from govspec.build import artefacts
from govspec.files import TEMPORARY, leftovers, write_whole

OLD = "office   区长 @第六条   # 区长负责制\noffice 副区长\nform 函\ndocument 文 when form = 函 { signer 区长 }\n"
NEW = OLD.replace("document 文", "document 文件")


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A grammar cache filled before any run is killed, so that the only writes counted are the command's own."""
    folder = tmp_path_factory.mktemp("cache")
    spec = folder / "warm.gov"
    spec.write_text(OLD, encoding="utf-8")
    assert govspec(folder, "fmt", "--check", str(spec)).returncode == 1
    spec.unlink()
    return folder


def govspec(cache: Path, *argv: str, fault: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "GOVSPEC_FAULT_AFTER_BYTES"}
    env["GOVSPEC_CACHE_DIR"] = str(cache)
    if fault is not None:
        env["GOVSPEC_FAULT_AFTER_BYTES"] = str(fault)
    return subprocess.run(
        [sys.executable, "-m", "govspec", *argv], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def temporaries(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if TEMPORARY.fullmatch(path.name))


def canonical() -> str:
    from govspec.syntax.parser import parse
    from govspec.syntax.printer import format_spec

    return format_spec(parse(OLD, "spec.gov"))


@pytest.mark.parametrize("where", ["first byte", "a third", "last byte", "before the rename"])
def test_fmt_killed_while_writing_leaves_the_old_spec_and_the_next_fmt_the_new(
    tmp_path: Path, cache: Path, where: str
) -> None:
    new = canonical().encode("utf-8")
    fault = {"first byte": 0, "a third": len(new) // 3, "last byte": len(new) - 1, "before the rename": len(new)}
    spec = tmp_path / "spec.gov"
    spec.write_text(OLD, encoding="utf-8")
    killed = govspec(cache, "fmt", str(spec), fault=fault[where])
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert spec.read_text(encoding="utf-8") == OLD
    [left] = temporaries(tmp_path)
    assert left.read_bytes() == new[: fault[where]], "the kill came in the middle of the write"
    again = govspec(cache, "fmt", str(spec))
    assert again.returncode == 0, again.stderr
    assert spec.read_bytes() == new
    assert temporaries(tmp_path) == []


def test_fmt_not_killed_when_the_fault_lies_past_its_writes(tmp_path: Path, cache: Path) -> None:
    spec = tmp_path / "spec.gov"
    spec.write_text(OLD, encoding="utf-8")
    done = govspec(cache, "fmt", str(spec), fault=len(canonical().encode("utf-8")) + 1)
    assert done.returncode == 0, done.stderr
    assert spec.read_text(encoding="utf-8") == canonical()


def _tree(root: Path) -> dict[Path, bytes]:
    return {path.relative_to(root): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def test_build_killed_at_any_write_leaves_every_artefact_whole(tmp_path: Path, cache: Path) -> None:
    """Killed inside, at the end of and between the files of a build: each artefact is its old or its new content
    in full (or absent if it is new), and the next build finishes the job and leaves no temporary file."""
    template = tmp_path / "template"
    (template / "spec").mkdir(parents=True)
    (template / "spec" / "a.gov").write_text(OLD, encoding="utf-8")
    assert govspec(cache, "build", str(template / "spec")).returncode == 0
    (template / "spec" / "a.gov").write_text(NEW, encoding="utf-8")
    old = _tree(template)
    outputs, _ = artefacts(template / "spec", template.resolve())
    new = {path.relative_to(template.resolve()): text.encode("utf-8") for path, text in outputs.items()}
    written = [data for path, data in new.items() if old.get(path) != data]  # in the order build writes them
    assert len(written) >= 3
    ends = [sum(len(data) for data in written[: k + 1]) for k in range(len(written))]
    starts = [0, *ends[:-1]]
    clean = tmp_path / "clean"
    shutil.copytree(template, clean)
    assert govspec(cache, "build", str(clean / "spec")).returncode == 0
    for k, data in enumerate(written):
        for fault in (starts[k] + 1, (starts[k] + ends[k]) // 2, ends[k]):
            root = tmp_path / f"killed-{fault}"
            shutil.copytree(template, root)
            killed = govspec(cache, "build", str(root / "spec"), fault=fault)
            assert killed.returncode == -signal.SIGKILL, (fault, killed.stdout, killed.stderr)
            after = _tree(root)
            assert old.keys() <= after.keys()
            for path, content in after.items():
                assert TEMPORARY.fullmatch(path.name) or content in (old.get(path), new.get(path)), (fault, path)
            [left] = temporaries(root)
            assert left.read_bytes() == data[: fault - starts[k]], "killed inside, or at the end of, file k"
            assert govspec(cache, "build", str(root / "spec")).returncode == 0
            assert _tree(root) == _tree(clean), fault


def test_only_what_a_write_of_the_named_files_left_counts_as_left_over(tmp_path: Path) -> None:
    names = [".a.gov.k3x_9qz0.tmp", ".b.gov.k3x_9qz0.tmp", ".a.gov.backup.tmp", "a.gov", ".a.gov.k3x_9qz0.tmp.keep"]
    for name in names:
        (tmp_path / name).write_text("", encoding="utf-8")
    assert leftovers(tmp_path, {"a.gov"}) == [tmp_path / ".a.gov.k3x_9qz0.tmp"]
    assert leftovers(tmp_path / "missing", {"a.gov"}) == []


def test_a_pipe_is_written_through_never_replaced_by_a_file(tmp_path: Path) -> None:
    """`-o /dev/stdout` or a named pipe: renaming a temporary file over it would leave a plain file in its place."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    write_whole(pipe, "区长\n")
    reader.join(timeout=10)
    assert received == ["区长\n".encode()]
    assert stat.S_ISFIFO(pipe.stat().st_mode)
