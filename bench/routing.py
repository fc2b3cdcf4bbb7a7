#!/usr/bin/env python3
"""seamap routing side by side with searoute (PyPI) on the same machine, in the same run.

Run from the repository root: python bench/routing.py [--repeat 7]

Per tool and pair: length (nm), km over the seamap land layer (GSHHS full resolution in the
region), passages (gate lines crossed, seamap's straits layer for both tools), warm median ms
per route, and the first route in a fresh process (including loading). seamap runs twice:
with its compiled search ("seamap") and with SciPy's Dijkstra ("seamap/scipy", what an install
without a C compiler uses); the two must give the same tracks.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

import shapely
from pyproj import Geod
from shapely.geometry import shape

GEOD = Geod(ellps="WGS84")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/reference.py

PAIRS = [
    ("Qingdao -> Sea of Okhotsk via La Perouse", (120.60, 35.95), (148.50, 53.00), ["La Perouse Strait"]),
    ("Vladivostok approach -> 143E 41N via Tsugaru", (132.00, 42.95), (143.00, 41.00), ["Tsugaru Strait"]),
    ("Yangtze mouth -> 127.5E 23.5N via Miyako", (122.30, 31.00), (127.50, 23.50), ["Miyako Strait"]),
    ("150E 50N -> 153E 44N through the Kurils", (150.00, 50.00), (153.00, 44.00), []),
    ("Busan -> Tokyo Bay", (129.10, 35.00), (139.80, 35.45), []),
    ("Dalian -> Petropavlovsk", (121.80, 38.80), (158.75, 52.90), []),
    ("Petropavlovsk -> Chukchi Sea", (158.75, 52.90), (-170.00, 69.50), []),
    ("Ningbo -> Senkaku waters", (122.30, 29.85), (123.50, 25.75), []),
]


def land_index():
    from seamap.catalog import read_layer_json

    geoms = [shape(f["geometry"]) for f in read_layer_json("land")["features"]]
    return geoms, shapely.STRtree(geoms)


def split(coords):
    from seamap.routing import _split_antimeridian

    return _split_antimeridian(coords)


def km_over_land(geom, land, tree) -> float:
    # densify to ~2 km so lon/lat straight segments are measured as drawn
    geom = shapely.segmentize(geom, 0.02)
    total = 0.0
    for i in tree.query(geom, predicate="intersects"):
        inter = geom.intersection(land[i])
        for g in getattr(inter, "geoms", [inter]):
            if g.geom_type == "LineString" and not g.is_empty:
                xs, ys = g.xy
                total += GEOD.line_length(list(xs), list(ys))
    return total / 1000.0


def passages_of(coords):
    from seamap.routing import _passages, _straits

    return [_straits()[s]["name"].split(" (")[0].split(" /")[0] for _, s in _passages(coords)]


def first_route_seconds(code: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--random", type=int, default=40, help="random sea-point pairs for the shortest-path bound")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    import searoute as sr

    from seamap.routing import SEARCH_ENV, route, search_backend

    if search_backend() != "c":
        print("note: the compiled search is not installed; both seamap rows use SciPy")

    def seamap_route(a, b, via, backend):
        os.environ[SEARCH_ENV] = backend
        try:
            return route([a, b], via=via)
        finally:
            os.environ.pop(SEARCH_ENV, None)

    land, tree = land_index()
    rows = []
    for name, a, b, via in PAIRS:
        tracks = {}
        for tool in ("seamap", "seamap/scipy", "searoute"):
            if tool.startswith("seamap"):
                backend = "scipy" if tool.endswith("scipy") else ""
                fn = lambda a=a, b=b, via=via, backend=backend: seamap_route(a, b, via, backend)  # noqa: E731
            else:
                fn = lambda a=a, b=b: sr.searoute(list(a), list(b), units="naut")  # noqa: E731
            res = fn()
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t)
            if tool.startswith("seamap"):
                coords = list(res.coords)
                tracks[tool] = coords
                geom = res.geometry
                nm = res.length_nm
                passages = list(res.passage_names)
                passages = [p.split(" (")[0].split(" /")[0] for p in passages]
            else:
                raw = res["geometry"]["coordinates"]
                coords = []
                prev = None
                for lon, lat in raw:  # unwrap for passage finding
                    if prev is not None:
                        while lon - prev > 180:
                            lon -= 360
                        while lon - prev < -180:
                            lon += 360
                    coords.append((lon, lat))
                    prev = lon
                geom = split(coords)
                nm = GEOD.line_length([c[0] for c in coords], [c[1] for c in coords]) / 1852.0
                passages = passages_of(coords)
            if tool == "seamap/scipy" and tracks["seamap/scipy"] != tracks["seamap"]:
                print(f"MISMATCH: the two seamap searches gave different tracks for {name}")
            rows.append({"pair": name, "tool": tool, "nm": nm, "km_over_land": km_over_land(geom, land, tree), "passages": passages, "warm_ms": statistics.median(times) * 1000})
    first = "import warnings; warnings.simplefilter('ignore'); from seamap.routing import route; route([(120.60, 35.95), (148.50, 53.00)], via=['La Perouse Strait'])"
    cold = {
        "seamap": statistics.median(first_route_seconds(first) for _ in range(5)),
        "seamap/scipy": statistics.median(first_route_seconds(f"import os; os.environ['{SEARCH_ENV}'] = 'scipy'; " + first) for _ in range(5)),
        "searoute": statistics.median(first_route_seconds("import searoute as sr; sr.searoute([120.60, 35.95], [148.50, 53.00])") for _ in range(5)),
    }
    print(f"{'pair':46s} {'tool':12s} {'length nm':>9s} {'km over land':>12s} {'warm ms':>8s}  passages")
    for r in rows:
        print(f"{r['pair']:46s} {r['tool']:12s} {r['nm']:9.0f} {r['km_over_land']:12.1f} {r['warm_ms']:8.1f}  {', '.join(r['passages']) or '-'}")
    print("first route in a fresh process (median of 5, s): " + ", ".join(f"{k} {v:.2f}" for k, v in cold.items()))
    shortest_bound(args.random)
    return 0


def _plane_nm(m, path) -> float:
    ll = m.to_lonlat(path)
    return GEOD.line_length([c[0] for c in ll], [c[1] for c in ll]) / 1852.0


def shortest_bound(n_random: int) -> None:
    """seamap's track length over the reference solver's (bench/reference.py), same mesh, same
    leg end points: the eight pairs (via a strait: legs to and from the gate's middle) and
    random pairs of sea points in 115°E-170°W, 20°N-72°N."""
    import random

    import numpy as np
    from reference import SteinerReference

    from seamap.routing import _gate_points, _locate, _strait_id, mesh, route

    m = mesh()
    t = time.perf_counter()
    refs = {k: SteinerReference(m, k=k) for k in (3, 5)}
    print(f"\nshortest-path bound: reference graphs built in {time.perf_counter() - t:.0f} s")
    rng = random.Random(7)
    pairs = [(name, a, b, via) for name, a, b, via in PAIRS]
    while len(pairs) < len(PAIRS) + n_random:
        pts = []
        while len(pts) < 2:
            lon, lat = rng.uniform(115.0, 190.0), rng.uniform(20.0, 72.0)
            lon = lon - 360.0 if lon > 180.0 else lon
            if m.locate(*m.to_plane(lon, lat)) != -1:
                pts.append((round(lon, 3), round(lat, 3)))
        pairs.append((f"random {pts[0]} -> {pts[1]}", pts[0], pts[1], []))
    ratios = []
    for name, a, b, via in pairs:
        ours = route([a, b], via=via)
        stops = [a] + [_gate_points(_strait_id(v))[0] for v in via] + [b]
        ref_nm = {}
        for k, ref in refs.items():
            total = 0.0
            for p, q in zip(stops[:-1], stops[1:], strict=True):
                (t0, p0), (t1, p1) = _locate(m, p, "a", []), _locate(m, q, "b", [])
                total += _plane_nm(m, ref.path(t0, p0, t1, p1))
            ref_nm[k] = total
        best = min(min(ref_nm.values()), ours.length_nm)
        ratios.append(ours.length_nm / best)
        if not name.startswith("random"):
            print(f"{name:46s} seamap {ours.length_nm:7.1f} nm  reference k=3 {ref_nm[3]:7.1f}  k=5 {ref_nm[5]:7.1f}  ratio {ours.length_nm / best:.4f}")
    r = np.array(ratios)
    print(f"all {len(r)} pairs: seamap / best known  median {np.median(r):.4f}  worst {r.max():.4f}  over 1.03: {(r > 1.03).sum()}")


if __name__ == "__main__":
    raise SystemExit(main())
