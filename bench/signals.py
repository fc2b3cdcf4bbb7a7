#!/usr/bin/env python3
"""Send Ctrl-C or SIGTERM to real ``seamap brief`` runs at random moments; count bad endings.

Run from the repository root: python bench/signals.py [--runs 100] [--from 0.06] [--to 1.0] [--script]

A good ending is one line on stderr ("seamap: interrupted ...", "seamap: terminated ...") and an
output that is either the old file or the whole new one. A bad ending is a traceback, more than one
line, or a partial file. Signals in the first few hundredths of a second reach Python itself before
it has imported anything of ours, so --from starts after that.
"""

from __future__ import annotations

import argparse
import collections
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=100)
    ap.add_argument("--from", dest="lo", type=float, default=0.06, help="earliest delay, seconds")
    ap.add_argument("--to", dest="hi", type=float, default=1.0, help="latest delay, seconds")
    ap.add_argument("--script", action="store_true", help="run the installed 'seamap' script, not 'python -m seamap'")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    command = [shutil.which("seamap") or "seamap"] if args.script else [sys.executable, "-m", "seamap"]
    rng = random.Random(args.seed)
    endings: collections.Counter = collections.Counter()
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "map.html"
        whole = None
        for _ in range(args.runs):
            out.write_bytes(b"old map")
            sig = rng.choice((signal.SIGINT, signal.SIGTERM))
            proc = subprocess.Popen([*command, "brief", "-o", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            time.sleep(rng.uniform(args.lo, args.hi))
            proc.send_signal(sig)
            _, err = proc.communicate(timeout=300)
            data = out.read_bytes()
            if data != b"old map":
                whole = whole or _reference(command, Path(tmp))
            first = err.decode(errors="replace").split(";")[0].strip()
            endings[(sig.name, proc.returncode, first)] += 1
            if b"Traceback" in err or err.count(b"\n") > 1 or data not in (b"old map", whole) or any(Path(tmp).glob("*.tmp")):
                bad += 1
                print(f"bad ending: {sig.name}, status {proc.returncode}: {err.decode(errors='replace')[-300:]}")
    for (name, status, first), n in sorted(endings.items(), key=str):
        print(f"{n:4d}  {name:7s} status {status:4d}  {first}")
    print(f"{bad} bad endings in {args.runs} runs")
    return 1 if bad else 0


def _reference(command: list[str], tmp: Path) -> bytes:
    ref = tmp / "ref" / "map.html"
    ref.parent.mkdir()
    subprocess.run([*command, "brief", "-o", str(ref)], check=True, capture_output=True)
    return ref.read_bytes()


if __name__ == "__main__":
    raise SystemExit(main())
