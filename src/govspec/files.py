"""Writing files whole: a reader never sees half a file, and a failed write leaves the old one in place."""

from __future__ import annotations

import os
import re
import signal
import tempfile
from collections.abc import Collection
from pathlib import Path
from typing import BinaryIO

TEMPORARY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")  # the temporary file of a write of `name`


class _Fault:
    """Tests only: GOVSPEC_FAULT_AFTER_BYTES=N kills the process once writes put N bytes in temporary files."""

    def __init__(self, setting: str | None) -> None:
        self.left = int(setting) if setting and setting.isdigit() else None

    def write(self, out: BinaryIO, data: bytes) -> None:
        """Write `data`; under the hook, only up to its byte, and there the process dies before another byte or
        rename, as under `kill -9`."""
        if self.left is None:
            out.write(data)
            return
        out.write(data[: self.left])
        out.flush()
        self.left -= min(len(data), self.left)
        if self.left == 0:
            os.kill(os.getpid(), signal.SIGKILL)


_FAULT = _Fault(os.environ.get("GOVSPEC_FAULT_AFTER_BYTES"))


def write_whole(path: Path, content: str | bytes) -> None:
    """Write `content` (text as UTF-8) to `path` through a temporary file in the same folder, renamed over it at
    once; a device or pipe (`-o /dev/stdout`) is written as it is, never replaced by a file."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if path.exists() and not path.is_file():
        with path.open("wb") as out:
            out.write(data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(handle, _mode(path))
        with os.fdopen(handle, "wb") as out:
            _FAULT.write(out, data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode(path: Path) -> int:
    """The permissions the file keeps, or those a new file gets under the umask: a temporary file is made private."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def leftovers(folder: Path, names: Collection[str]) -> list[Path]:
    """The temporary files that writes of `names` killed before their rename left in `folder`."""
    if not folder.is_dir():
        return []
    found = ((path, TEMPORARY.fullmatch(path.name)) for path in folder.iterdir())
    return sorted(path for path, match in found if match and match["name"] in names)
