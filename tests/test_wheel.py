"""The grammar lives once, in grammar/, and still ships inside a wheel installed away from the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT


def test_wheel_installed_elsewhere_checks_a_spec(tmp_path: Path) -> None:
    wheels, site = tmp_path / "wheels", tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", wheels, ROOT],
        check=True,
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("govspec-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        grammar = archive.read("govspec/syntax/govspec.lark").decode("utf-8")
    assert grammar == (ROOT / "grammar" / "govspec.lark").read_text(encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", site, wheel], check=True
    )
    spec = tmp_path / "board.gov"
    spec.write_text((ROOT / "spec" / "examples" / "company-board.gov").read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run(
        [sys.executable, "-c", "import govspec.syntax.parser as p; print(p.GRAMMAR)"],
        capture_output=True, text=True, cwd=tmp_path, env=env, check=True,
    )  # fmt: skip
    assert Path(where.stdout.strip()).is_relative_to(site) and not Path(where.stdout.strip()).is_symlink()
    result = subprocess.run(
        [sys.executable, "-m", "govspec", "check", "--format", "json", spec.name],
        capture_output=True, text=True, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr
    assert json.loads(result.stdout)["summary"]["files"] == ["board.gov"]
