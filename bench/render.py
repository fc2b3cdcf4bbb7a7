#!/usr/bin/env python3
"""Cold `seamap brief` wall time and size, side by side with the import floor.

Run from the repository root: python bench/render.py [--runs 7] [--article PATH]
Prints medians of fresh-process wall times measured interleaved in one run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--article", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "russo-japanese-rapprochement.txt"))
    args = ap.parse_args()
    out = Path(tempfile.mkdtemp()) / "brief.html"
    article = [args.article] if Path(args.article).is_file() else []
    cmds = {
        "import geopandas, shapely (floor)": [sys.executable, "-c", "import geopandas, shapely"],
        "seamap brief (cold)": [sys.executable, "-m", "seamap", "brief", *article, "-o", str(out)],
    }
    try:
        import folium  # noqa: F401

        cmds["import geopandas, folium (issue floor)"] = [sys.executable, "-c", "import geopandas, folium"]
    except ImportError:
        pass
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for _ in range(args.runs):
        for k, c in cmds.items():
            times[k].append(timed(c))
    for k, v in times.items():
        print(f"{k:40s} median {statistics.median(v) * 1000:7.0f} ms  (n={len(v)})")
    floor = statistics.median(times.get("import geopandas, folium (issue floor)", times["import geopandas, shapely (floor)"]))
    print(f"{'ratio brief / floor':40s} {statistics.median(times['seamap brief (cold)']) / floor:7.2f}")
    print(f"{'briefing map size':40s} {out.stat().st_size / 1000:7.0f} KB ({'seed article' if article else 'bundled example'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
