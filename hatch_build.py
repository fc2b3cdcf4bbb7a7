"""Build hook: compile seamap's routing search (src/seamap/_seasearch.c) when seamap is installed.

The module is optional. Where there is no C compiler (or ``SEAMAP_NO_EXTENSION=1`` is set),
the install goes on without it, prints why, and routing searches with SciPy's Dijkstra
instead: the same routes, more slowly. The C file needs only Python's own headers.

A regular wheel gets the compiled module and a platform tag; an editable install gets it next
to the source file, where the editable path finds it.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCE = Path("src") / "seamap" / "_seasearch.c"


def compile_extension(source: Path, target: Path) -> str | None:
    """Compile ``source`` into the extension module ``target``; the reason it failed, or None."""
    cc, ldshared = sysconfig.get_config_var("CC"), sysconfig.get_config_var("LDSHARED")
    if not cc or not ldshared:
        return "this Python does not say which C compiler built it"
    cflags = shlex.split(sysconfig.get_config_var("CFLAGS") or "") + shlex.split(sysconfig.get_config_var("CCSHARED") or "")
    if not sys.platform.startswith("win"):
        cflags.append("-ffp-contract=off")  # no fused multiply-add: the funnel must match the Python steps bit for bit
    include = sysconfig.get_paths()["include"]
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        obj = Path(tmp) / "_seasearch.o"
        steps = [
            [*shlex.split(cc), *cflags, "-I", include, "-c", str(source), "-o", str(obj)],
            [*shlex.split(ldshared), str(obj), "-o", str(target), "-lm"],
        ]
        for cmd in steps:
            try:
                done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            except OSError as exc:
                return f"{cmd[0]} could not be run ({exc})"
            if done.returncode != 0:
                last = (done.stderr or done.stdout).strip().splitlines()
                return f"{cmd[0]} failed: {last[-1] if last else 'no output'}"
    return None


class SeasearchBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
        if os.environ.get("SEAMAP_NO_EXTENSION"):
            print("seamap: SEAMAP_NO_EXTENSION is set; routing will search with SciPy", file=sys.stderr)
            return
        if version == "editable":
            target = root / "src" / "seamap" / f"_seasearch{suffix}"
        else:
            target = root / "build" / "seasearch" / f"_seasearch{suffix}"
        problem = compile_extension(root / SOURCE, target)
        if problem:
            print(f"seamap: the compiled routing search was not built ({problem}); routing will search with SciPy", file=sys.stderr)
            return
        if version != "editable":
            build_data["force_include"][str(target)] = f"seamap/_seasearch{suffix}"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
