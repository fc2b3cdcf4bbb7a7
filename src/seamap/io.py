"""Writing outputs without ever leaving half a file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from seamap.errors import InputError, OutputError

__all__ = ["read_json_file", "write_atomic"]


def read_json_file(path: str | os.PathLike[str], *, label: str = "", kind: str = "JSON") -> Any:
    """Parse a user's JSON file; a missing or malformed file is one InputError naming it."""
    p = Path(path)
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{label}{p} does not exist.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{label}{p} is not valid {kind} ({exc}).") from None


def write_atomic(path: str | os.PathLike[str], data: bytes, *, protect: tuple[Path, ...] = ()) -> Path:
    """Write data to a temporary file beside ``path`` and rename it into place.

    An interrupted run leaves the previous file as it was. ``protect`` lists input files the
    output must not overwrite.
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"Output {target} is a directory; give a file name such as {target / 'briefing.html'}.")
    for p in protect:
        try:
            same = target.exists() and target.resolve() == Path(p).resolve()
        except OSError:
            same = False
        if same:
            raise OutputError(f"Output {target} is also an input; seamap never overwrites its input.")
    parent = target.parent if str(target.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"Cannot create the folder {parent} for {target}: {exc.strerror}.") from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise OutputError(f"Cannot write {target}: {exc.strerror}.") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"Cannot write {target}: {exc.strerror}.") from None
        raise
    return target
