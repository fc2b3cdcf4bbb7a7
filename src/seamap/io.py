"""Writing outputs without ever leaving half a file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from seamap.errors import InputError, OutputError

__all__ = ["MAX_INPUT_BYTES", "read_input", "read_json_file", "read_json_text", "read_text_input", "write_atomic"]

#: the largest file seamap reads, per kind; bigger ones are refused before reading
MAX_INPUT_BYTES = {"article": 8 * 2**20, "track": 32 * 2**20, "scenario": 32 * 2**20}


def read_input(path: str | os.PathLike[str], *, label: str, kind: str) -> bytes:
    """The bytes of a user's input file, or one InputError that names it and says why not.

    ``label`` starts the message ("Article x.txt"); ``kind`` picks the size limit.
    """
    p = Path(path)
    limit = MAX_INPUT_BYTES[kind]
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(f"{label} does not exist.") from None
    except OSError as exc:
        raise InputError(f"{label} cannot be read: {exc.strerror}.") from None
    if p.is_dir():
        raise InputError(f"{label} is a directory; give a file.")
    if not p.is_file():
        raise InputError(f"{label} is not a regular file.")
    if st.st_size > limit:
        raise InputError(f"{label} is {st.st_size / 2**20:.1f} MB; seamap reads {kind} files up to {limit // 2**20} MB.")
    try:
        with open(p, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{label} cannot be read: {exc.strerror}.") from None
    if len(data) > limit:  # it grew while we looked
        raise InputError(f"{label} is over {limit // 2**20} MB; seamap reads {kind} files up to that size.")
    return data


def read_text_input(path: str | os.PathLike[str], *, label: str, kind: str, utf8_hint: str = "") -> str:
    """A user's text file (article or track) as str: refused when binary or not UTF-8."""
    raw = read_input(path, label=label, kind=kind)
    if b"\x00" in raw:
        raise InputError(f"{label} looks binary (it contains NUL bytes); give a UTF-8 text file.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label} is not UTF-8 (bad byte at offset {exc.start}){utf8_hint}.") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"the number {text[:30]} is too large")
    return value


def read_json_text(text: str, label: str, kind: str = "JSON") -> Any:
    """Parse JSON strictly (no NaN or Infinity); one InputError naming ``label`` if it fails."""
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except json.JSONDecodeError as exc:
        raise InputError(f"{label} is not valid {kind} (line {exc.lineno}, column {exc.colno}: {exc.msg}).") from None
    except ValueError as exc:
        raise InputError(f"{label} is not valid {kind} ({exc}).") from None
    except RecursionError:
        raise InputError(f"{label} is nested too deeply to be {kind}.") from None


def read_json_file(path: str | os.PathLike[str], *, label: str = "", kind: str = "JSON", size: str = "scenario") -> Any:
    """Parse a user's JSON file; a missing, oversized or malformed file is one InputError naming it."""
    p = Path(path)
    raw = read_input(p, label=f"{label}{p}", kind=size)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label}{p} is not UTF-8 (bad byte at offset {exc.start}).") from None
    return read_json_text(text, f"{label}{p}", kind)


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
