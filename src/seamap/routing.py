"""Sea routing over a navigation mesh of the water itself.

The mesh (``geodata/routing/``, built by ``scripts/build_geodata.py``) is a constrained
Delaunay triangulation of the sea in a gnomonic projection centred on the North Pole, where
great circles are straight lines. A route is found in three steps:

1. a search over a graph with one or two points on every shared triangle edge, joined inside each
   triangle by great-circle arcs, picks the triangles. It is A* in C (``_seasearch.c``, built
   when seamap is installed), bounded by the great-circle distance to the goal and by graph
   distances to eight landmarks stored with the mesh, and it stops when the goal is settled.
   Where the C module could not be built, SciPy's Dijkstra does the same search (for legs over
   300 km run as A* by re-weighting the arcs with the great-circle distance to the goal);
2. the funnel pass pulls the shortest path through those triangles;
3. where that path bends round a vertex in open water, the triangles are swung to the vertex's
   other side and the funnel rerun, until the path bends only at coasts.

Every leg of the result is a great-circle arc inside the water triangles, so it never crosses
the land layer (widened by about 1 nm of sea-room). ``bench/routing.py`` measures the lengths
against a denser reference graph.

Passages are found by crossing the straits layer's gate lines; ``via`` forces a strait (the
route passes through the middle of its gate) and ``avoid`` makes the triangles its gate
crosses impassable, so no route can use it.
"""

from __future__ import annotations

import json
import math
import os
import warnings
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

import numpy as np
import shapely
import shapely.affinity
import shapely.ops
from pyproj import Geod, Transformer
from shapely.geometry import LineString, MultiLineString, Point

from seamap.catalog import ENV_VAR, data_dir, read_layer_json
from seamap.errors import InputError, LayerFileError, SeamapError
from seamap.gazetteer import gazetteer
from seamap.geo import geometry_from_geojson, lonlat_problem, round_coords, unwrap_lons, wrap_lon

try:  # the compiled search (src/seamap/_seasearch.c), built by hatch_build.py when installed
    from seamap import _seasearch
except ImportError:  # pragma: no cover - an install without a C compiler
    _seasearch = None

__all__ = ["Route", "RouteError", "Waypoint", "route", "parse_waypoint", "search_backend"]

#: set to ``scipy`` to search with SciPy's Dijkstra even when the compiled search is installed
SEARCH_ENV = "SEAMAP_SEARCH"


def search_backend() -> str:
    """The shortest-path search routes use: ``"c"`` (seamap's compiled A*, the default when
    it was built at install) or ``"scipy"`` (SciPy's Dijkstra; also forced by
    ``SEAMAP_SEARCH=scipy``)."""
    if _seasearch is None or os.environ.get(SEARCH_ENV, "").strip().lower() == "scipy":
        return "scipy"
    return "c"

GEOD = Geod(ellps="WGS84")
NM = 1852.0


class RouteError(SeamapError, ValueError):
    """No sea route exists between the waypoints (or with the given via/avoid)."""


@dataclass(frozen=True)
class Waypoint:
    """A point the route must pass: a gazetteer name or a lon/lat pair (EPSG:4326)."""

    lon: float
    lat: float
    name: str | None = None
    kind: str = "point"  # point | strait | sea | port | city | island | ...
    ref: str | None = None  # gazetteer id

    def __post_init__(self) -> None:
        for v, lo, hi, what in ((self.lon, -180.0, 180.0, "lon"), (self.lat, -90.0, 90.0, "lat")):
            if not isinstance(v, (int, float)) or not (lo <= v <= hi):
                raise InputError(f"Waypoint {self.name or ''} has {what}={v!r}; expected a number in [{lo}, {hi}].".replace("Waypoint  ", "Waypoint "))


@dataclass(frozen=True)
class Route:
    """A sea track: lon/lat coordinates (longitudes may pass 180 inside; output splits them)."""

    coords: tuple[tuple[float, float], ...]
    waypoints: tuple[Waypoint, ...]
    passages: tuple[str, ...]
    passage_names: tuple[str, ...]
    warnings: tuple[str, ...] = field(default=())

    @cached_property
    def length_km(self) -> float:
        lons = [c[0] for c in self.coords]
        lats = [c[1] for c in self.coords]
        return float(GEOD.line_length(lons, lats)) / 1000.0

    @property
    def length_nm(self) -> float:
        return self.length_km * 1000.0 / NM

    @property
    def geometry(self):
        """RFC 7946 geometry: a LineString, or a MultiLineString split at ±180°."""
        return _split_antimeridian(self.coords)

    def to_feature(self, properties: dict[str, Any] | None = None) -> dict[str, Any]:
        geom = shapely.geometry.mapping(self.geometry)
        return {
            "type": "Feature",
            "properties": {
                **(properties or {}),
                "length_nm": round(self.length_nm, 2),
                "length_km": round(self.length_km, 2),
                "passages": list(self.passage_names),
                "passage_ids": list(self.passages),
                "waypoints": [w.name or f"{w.lon:.5f},{w.lat:.5f}" for w in self.waypoints],
            },
            "geometry": {"type": geom["type"], "coordinates": round_coords(geom["coordinates"])},
        }



def _arc(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Distances (m) between rows of unit vectors, as the chord through the Earth (radius
    6371.0088 km). For the search graph's arcs (at most about 150 km) the chord is within 4 m of
    the great circle; unlike the great circle it needs no arcsin, and it obeys the triangle
    inequality, so the chord to the goal is a consistent A* heuristic for these weights."""
    d = u - v
    x, y, z = d[..., 0], d[..., 1], d[..., 2]
    return (6_371_008.8 * np.sqrt(x * x + y * y + z * z)).astype(np.float64)


def _split_antimeridian(coords) -> LineString | MultiLineString:
    parts: list[list[tuple[float, float]]] = [[]]
    prev = None
    for lon, lat in coords:
        w = wrap_lon(lon)
        if w == -180.0 and lon > 0:
            w = 180.0
        if prev is not None and abs(w - prev[0]) > 180.0:
            # crossing: interpolate the latitude at ±180
            plon, plat = prev
            a = plon + (360.0 if plon < 0 else 0.0)
            b = w + (360.0 if w < 0 else 0.0)
            t = (180.0 - a) / (b - a) if b != a else 0.0
            lat180 = plat + t * (lat - plat)
            parts[-1].append((180.0 if plon > 0 else -180.0, lat180))
            parts.append([(-180.0 if plon > 0 else 180.0, lat180)])
        parts[-1].append((w, lat))
        prev = (w, lat)
    parts = [p for p in parts if len(p) >= 2]
    if len(parts) == 1:
        return LineString(parts[0])
    return MultiLineString(parts)


# --------------------------------------------------------------------------- the mesh


class Mesh:
    """The navigation mesh, loaded from ``geodata/routing`` (memory-mapped)."""

    def __init__(self, folder: str):
        base = self.base = os.path.join(folder, "routing")
        try:
            with open(os.path.join(base, "index.json"), encoding="utf-8") as fh:
                self.index = json.load(fh)
            self.verts = np.load(os.path.join(base, "vertices.npy"))
            self.tris = np.load(os.path.join(base, "triangles.npy"))
            self.nbrs = np.load(os.path.join(base, "neighbors.npy"))
            self.grid_keys = np.load(os.path.join(base, "grid_keys.npy"))
            self.grid_offsets = np.load(os.path.join(base, "grid_offsets.npy"))
            self.grid_ids = np.load(os.path.join(base, "grid_ids.npy"))
        except (OSError, ValueError) as exc:
            raise LayerFileError(f"Routing mesh in {base} is missing or corrupt ({exc}); reinstall seamap or rebuild geodata with scripts/build_geodata.py.") from None
        g = self.index["grid"]
        self.gn, self.gx, self.gy, self.gcell = g["n"], g["xmin"], g["ymin"], g["cell"]
        self.fwd = Transformer.from_crs("EPSG:4326", self.index["projection"], always_xy=True)
        self.inv = Transformer.from_crs(self.index["projection"], "EPSG:4326", always_xy=True)
        proj = dict(p.lstrip("+").split("=") for p in self.index["projection"].split() if "=" in p)
        if proj.get("proj") != "gnom" or float(proj.get("lat_0", 0)) != 90.0 or float(proj.get("lon_0", 0)) != 180.0:
            raise SeamapError(f"Routing mesh projection {self.index['projection']!r} is not the north-polar gnomonic (lon_0=180) this code expects; rebuild geodata.")
        self.radius = float(proj["R"])
        self.txy = self.verts[self.tris]  # (m, 3, 2)
        self.centroids = self.txy.mean(axis=1)
        self.n_tris = len(self.tris)
        self.nbr_flat = self.nbrs.ravel().tolist()
        self.tri_flat = self.tris.ravel().tolist()
        self.vert_list = self.verts.tolist()  # [x, y] lists: compared and indexed like tuples
        self._graphs: dict[frozenset[int], Any] = {}
        self._weight_sets: dict[frozenset[int], np.ndarray] = {}

    # -- location
    def _cell_ids(self, i: int, j: int) -> np.ndarray:
        if not (0 <= i <= self.gn and 0 <= j <= self.gn):
            return np.empty(0, dtype=np.int32)
        key = i * (self.gn + 1) + j
        k = int(np.searchsorted(self.grid_keys, key))
        if k >= len(self.grid_keys) or self.grid_keys[k] != key:
            return np.empty(0, dtype=np.int32)
        return self.grid_ids[self.grid_offsets[k] : self.grid_offsets[k + 1]]

    def _contains(self, ids: np.ndarray, x: float, y: float) -> np.ndarray:
        t = self.txy[ids]
        a, b, c = t[:, 0], t[:, 1], t[:, 2]

        def cross(p, q):
            return (q[:, 0] - p[:, 0]) * (y - p[:, 1]) - (q[:, 1] - p[:, 1]) * (x - p[:, 0])

        eps = -1e-6
        return ids[(cross(a, b) >= eps) & (cross(b, c) >= eps) & (cross(c, a) >= eps)]

    def locate(self, x: float, y: float) -> int:
        i, j = int((x - self.gx) // self.gcell), int((y - self.gy) // self.gcell)
        hits = self._contains(self._cell_ids(i, j), x, y)
        return int(hits[0]) if len(hits) else -1

    def nearest_water(self, x: float, y: float, max_rings: int = 40) -> tuple[int, float, float]:
        """The closest point of the mesh to (x, y): (triangle, x, y)."""
        i0, j0 = int((x - self.gx) // self.gcell), int((y - self.gy) // self.gcell)
        best = (math.inf, -1, x, y)
        for r in range(max_rings):
            ids = set()
            for i in range(i0 - r, i0 + r + 1):
                for j in (j0 - r, j0 + r) if r else (j0,):
                    ids.update(self._cell_ids(i, j).tolist())
            for j in range(j0 - r + 1, j0 + r):
                for i in (i0 - r, i0 + r) if r else ():
                    ids.update(self._cell_ids(i, j).tolist())
            if ids:
                arr = np.fromiter(sorted(ids), dtype=np.int64, count=len(ids))
                for k in range(3):
                    t = arr[self.nbrs[arr, k] == -1]  # only coast edges can be nearest from outside
                    if not len(t):
                        continue
                    p, q = self.txy[t, k], self.txy[t, (k + 1) % 3]
                    d = q - p
                    dd = np.einsum("ij,ij->i", d, d)
                    s = np.clip(((x - p[:, 0]) * d[:, 0] + (y - p[:, 1]) * d[:, 1]) / np.where(dd > 0, dd, 1.0), 0.0, 1.0)
                    cx, cy = p[:, 0] + s * d[:, 0], p[:, 1] + s * d[:, 1]
                    dist = np.hypot(cx - x, cy - y)
                    i = int(np.argmin(dist))
                    if dist[i] < best[0]:
                        best = (float(dist[i]), int(t[i]), float(cx[i]), float(cy[i]))
            if best[1] != -1 and best[0] < (r - 1) * self.gcell:
                break
        if best[1] == -1:
            raise RouteError("No navigable water near the point.")
        # step a hair inside the triangle
        t = best[1]
        cx, cy = self.centroids[t]
        return t, best[2] + (cx - best[2]) * 1e-3, best[3] + (cy - best[3]) * 1e-3

    # -- search
    @cached_property
    def steiner(self) -> dict[str, Any]:
        """The search graph: points on every shared edge, joined inside each triangle by
        straight arcs (metres; see ``_arc``).

        Shortest paths bend only at mesh vertices, so an edge longer than ``ONE_POINT_EDGE_M``
        gets two points, 1 % in from each end, to let the search hug a corner on either side;
        a shorter edge gets one point in its middle. The funnel pass then makes the path exact.
        Measured against a denser graph in ``bench/routing.py`` (the 10 km threshold keeps every
        benchmark pair within 3 %; 30 km does not).
        """
        nb = self.nbrs
        t_idx, side = np.nonzero(nb >= 0)
        keep = t_idx < nb[t_idx, side]
        et, es = t_idx[keep], side[keep]
        ne = len(et)
        edge_of = np.full((self.n_tris, 3), -1, dtype=np.int64)
        edge_of[et, es] = np.arange(ne)
        other = nb[et, es]
        back = np.argmax(nb[other] == et[:, None], axis=1)
        edge_of[other, back] = np.arange(ne)
        p, q = self.txy[et, es], self.txy[et, (es + 1) % 3]
        # a short edge (a coast's fan of small triangles) gets one point in its middle: a path
        # crossing it can be off by at most half its length, and the funnel pass removes that
        up, uq = self._unit(p), self._unit(q)
        count = np.where(_arc(up, uq) > self.ONE_POINT_EDGE_M, 2, 1)
        first = np.concatenate([[0], np.cumsum(count)[:-1]])
        node_edge = np.repeat(np.arange(ne), count)
        j_of = np.arange(len(node_edge)) - first[node_edge]
        t_of = np.where(count[node_edge] == 1, 0.5, np.where(j_of == 0, 0.01, 0.99))[:, None]
        pts = p[node_edge] * (1 - t_of) + q[node_edge] * t_of
        unit = self._unit(pts).astype(np.float32)  # 0.4 m resolution: plenty for the search
        # each edge's points see, in each of its two triangles, the points of the other two
        # edges: up to eight arcs, laid out row by row so the CSR arrays need no sort
        cols = []
        for t, k in ((et, es), (other, back)):
            for d in (1, 2):
                e2 = edge_of[t, (k + d) % 3]
                safe = np.maximum(e2, 0)
                for j in (0, 1):
                    cols.append(np.where((e2 >= 0) & (j < count[safe]), first[safe] + j, -1))
        table = np.repeat(np.column_stack(cols).astype(np.int32), count, axis=0)  # (nodes, 8)
        ok = table >= 0
        cidx = table[ok]
        n = len(node_edge) + 1  # the last node is the query's start, re-wired per query
        indptr = np.concatenate([[0], np.cumsum(ok.sum(axis=1)), [0]])
        indptr[-1] = indptr[-2] + 6
        w = _arc(unit[cidx], np.repeat(unit, ok.sum(axis=1), axis=0))  # row by row, like cidx; only the arcs that exist
        return {
            "edge_of": edge_of, "edge_tris": np.column_stack([et, other]), "unit": unit, "n": n, "xy": pts,
            "first": first, "count": count, "node_edge": np.append(node_edge, -1),
            "indptr": indptr, "indices": np.concatenate([cidx, np.arange(6)]),
            "w": np.concatenate([w, np.ones(6)]),
            "longest": float(w.max()),
            "degree": np.append(ok.sum(axis=1), 6),
        }

    def _unit(self, xy: np.ndarray) -> np.ndarray:
        """Unit vectors (x to 0°E, z to the pole) of plane points: a gnomonic point is the
        sphere point seen from the centre, so the vector is the plane point lifted onto the
        tangent plane at the pole and normalised (for lon_0 = 180°: (y, -x, R))."""
        x, y, r = xy[:, 1], -xy[:, 0], self.radius
        norm = np.sqrt(x * x + y * y + r * r)
        return np.column_stack([x / norm, y / norm, r / norm])

    def _weights(self, blocked: frozenset[int]) -> np.ndarray:
        """The arc lengths, with the arcs inside blocked triangles made unusable (infinite)."""
        st = self.steiner
        if not blocked:
            return st["w"]
        w = self._weight_sets.get(blocked)
        if w is None:
            w = st["w"].copy()
            # an arc lies in the triangle its two end edges share
            indices = st["indices"]
            rows = np.repeat(np.arange(st["n"]), st["degree"])[:-6]
            a, b = st["edge_tris"][st["node_edge"][rows]], st["edge_tris"][st["node_edge"][indices[:-6]]]
            tri = np.where((a[:, 0] == b[:, 0]) | (a[:, 0] == b[:, 1]), a[:, 0], a[:, 1])
            bad = np.isin(tri, np.fromiter(blocked, dtype=np.int64, count=len(blocked)))
            w[:-6][bad] = np.inf
            if len(self._weight_sets) > 8:
                self._weight_sets.clear()
            self._weight_sets[blocked] = w
        return w

    def _graph(self, blocked: frozenset[int]):
        """The search graph as a SciPy matrix (the search without the compiled module)."""
        g = self._graphs.get(blocked)
        if g is None:
            from scipy.sparse import csr_matrix

            st = self.steiner
            w = self._weights(blocked).copy()  # _wire writes the start node's arcs into it
            g = csr_matrix((w, st["indices"].astype(np.int32), st["indptr"].astype(np.int32)), shape=(st["n"], st["n"]))
            if len(self._graphs) > 8:
                self._graphs.clear()
            self._graphs[blocked] = g
        return g

    @cached_property
    def _csr(self) -> tuple[np.ndarray, np.ndarray]:
        """Row pointers and columns of the graph without the spare start node, as int32."""
        st = self.steiner
        return st["indptr"][: st["n"]].astype(np.int32), st["indices"][:-6].astype(np.int32)

    #: the landmark table's "cannot reach" mark
    UNREACHED = 65535

    @cached_property
    def landmarks(self) -> tuple[np.ndarray, float]:
        """Graph distances from a few landmark nodes to every node (``landmarks.npy``, one
        uint16 row per landmark in units of ``unit_m`` metres) and that unit; an empty table
        when the mesh has none or it was built for another graph."""
        info = self.index.get("landmarks")
        empty = (np.zeros((0, self.steiner["n"] - 1), dtype=np.uint16), 1.0)
        if not info:
            return empty
        try:
            table = np.load(os.path.join(self.base, "landmarks.npy"), mmap_mode="r")
        except (OSError, ValueError):
            return empty
        if table.dtype != np.uint16 or table.ndim != 2 or table.shape[1] != self.steiner["n"] - 1:
            return empty
        return table, float(info["unit_m"])

    def _c_search(self, n0, w0, n1, w1, blocked: frozenset[int], goal=None) -> list[int] | None:
        """The compiled A* (``_seasearch.astar``): the node chain from one of ``n0`` (``w0``
        metres from the start) to the best of ``n1`` (``w1`` metres short of the goal). ``goal``
        is the goal point's unit vector; without it the search is Dijkstra to the nearest of
        ``n1``."""
        indptr, indices = self._csr
        w = self._weights(blocked)[:-6]
        if goal is None:
            lm, unit_m, lm_goal, gx, gy, gz, radius = self.landmarks[0][:0], 1.0, np.zeros(0), 0.0, 0.0, 0.0, 0.0
        else:
            lm, unit_m = self.landmarks
            q = lm[:, n1].astype(np.float64)
            q[q == self.UNREACHED] = np.inf
            lm_goal = (q * unit_m + w1).min(axis=1) if len(n1) else np.zeros(len(lm))
            lm_goal[~np.isfinite(lm_goal)] = np.nan  # a landmark that cannot reach the goal gives no bound
            (gx, gy, gz), radius = (float(c) for c in goal), self.radius
        return _seasearch.astar(
            indptr, indices, w, self.steiner["unit"], lm, unit_m, np.ascontiguousarray(lm_goal, dtype=np.float64),
            np.asarray(n0, dtype=np.int64), np.asarray(w0, dtype=np.float64),
            np.asarray(n1, dtype=np.int64), np.asarray(w1, dtype=np.float64), gx, gy, gz, radius,
        )

    def _attach(self, t: int, xy: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
        st = self.steiner
        nodes = np.array([st["first"][e] + i for e in st["edge_of"][t] if e >= 0 for i in range(st["count"][e])], dtype=np.int64)
        return nodes, _arc(st["unit"][nodes], self._unit(np.array([xy])))

    def corridor(self, t0: int, p0: tuple[float, float], t1: int, p1: tuple[float, float], blocked: frozenset[int] = frozenset()) -> list[int]:
        """The triangles of the shortest path over the search graph (SciPy's Dijkstra)."""
        if t0 == t1:
            return [t0]
        n0, w0 = self._attach(t0, p0)
        n1, w1 = self._attach(t1, p1)
        if not len(n0) or not len(n1):
            return []
        us, ug = self._unit(np.array([p0, p1]))
        if search_backend() == "c":
            chain = self._c_search(n0, w0, n1, w1, blocked, goal=ug)
            return [] if chain is None else self._chain_corridor(t0, chain, t1)
        st, g = self.steiner, self._graph(blocked)
        s = st["n"] - 1
        direct = float(_arc(us[None], ug[None])[0])
        if direct < self.SHORT_M:
            pred, meet = self._short_search(g, s, n0, w0, n1, w1, direct)
        else:
            pred, meet = self._astar_search(g, s, n0, w0, n1, w1, ug, direct)
        if pred is None:
            return []
        return self._chain_corridor(t0, self._trace(pred, meet, s), t1)

    def _trace(self, pred: np.ndarray, end: int, s: int) -> list[int]:
        """The graph nodes from the start node ``s`` (excluded) to ``end``, from predecessors."""
        chain = []
        v = end
        while v != s:
            if v < 0 or len(chain) > self.n_tris:
                raise SeamapError("Routing search returned a broken path; please report this.")
            chain.append(v)
            v = int(pred[v])
        chain.reverse()
        return chain

    def corridor_to_any(self, t0: int, p0: tuple[float, float], targets: np.ndarray, blocked: frozenset[int] = frozenset()):
        """The corridor to the nearest (by sea) of the graph nodes ``targets``, and that node's
        point: how a leg "into the Sea of Okhotsk" ends where the sea is first reached."""
        st = self.steiner
        n0, w0 = self._attach(t0, p0)
        if not len(n0) or not len(targets):
            return [], p0
        if search_backend() == "c":
            chain = self._c_search(n0, w0, targets, np.zeros(len(targets)), blocked)
            if chain is None:
                return [], p0
            goal = chain[-1]
        else:
            g, s = self._graph(blocked), st["n"] - 1
            closest = float(np.min(_arc(st["unit"][targets], self._unit(np.array([p0])).astype(np.float32))))
            pred, goal = self._short_search(g, s, n0, w0, targets, np.zeros(len(targets)), closest)
            if pred is None:
                return [], p0
            chain = self._trace(pred, goal, s)
        x, y = st["xy"][goal]
        return self._chain_corridor(t0, chain, None), (float(x), float(y))

    def _chain_corridor(self, t0: int, chain: list[int], t1: int | None) -> list[int]:
        """The triangles a chain of graph nodes crosses, from ``t0`` (and into ``t1``), loop-free."""
        st = self.steiner
        corridor = [t0]
        for node in chain:
            a, b = (int(x) for x in st["edge_tris"][st["node_edge"][node]])
            if corridor[-1] not in (a, b) and len(corridor) > 1 and corridor[-2] in (a, b):
                corridor.pop()  # the path touched an edge and came back: undo that crossing
            corridor.append(b if corridor[-1] == a else a)
        if t1 is not None and corridor[-1] != t1:
            corridor.append(t1)  # the last point sits on an edge of the goal's triangle
        simple: list[int] = []
        at: dict[int, int] = {}
        for t in corridor:
            if t in at:  # a loop: cut it out
                for u in simple[at[t] + 1 :]:
                    del at[u]
                del simple[at[t] + 1 :]
            else:
                at[t] = len(simple)
                simple.append(t)
        return simple

    #: shared edges shorter than this carry one search point instead of two
    ONE_POINT_EDGE_M = 10_000.0

    #: below this great-circle distance a plain Dijkstra (a disc round the start) is cheaper
    #: than re-weighting the whole graph for A*
    SHORT_M = 300_000.0

    @staticmethod
    def _wire(g, s: int, nodes: np.ndarray, weights: np.ndarray) -> None:
        """Point the spare start node's six arcs at the query's triangle."""
        lo, pad = g.indptr[s], 6 - len(nodes)
        g.indices[lo : lo + 6] = np.concatenate([nodes, np.repeat(nodes[:1], pad)])
        g.data[lo : lo + 6] = np.concatenate([weights, np.repeat(weights[:1], pad)])

    def _short_search(self, g, s, n0, w0, n1, w1, direct):
        """Dijkstra from the start, as far as a growing limit; exact once the goal is inside it.

        The goal is any of the nodes ``n1``, each ``w1`` metres short of it (all zero for "the
        nearest of these nodes"); ``direct`` scales the first limit."""
        from scipy.sparse.csgraph import dijkstra

        self._wire(g, s, n0, w0)
        for factor in (1.6, 3.0, 8.0, math.inf):
            limit = direct * factor + 2.0 * self.steiner["longest"]
            kw = {} if math.isinf(factor) else {"limit": limit}
            dist, pred = dijkstra(g, directed=True, indices=s, return_predecessors=True, **kw)
            total = dist[n1] + w1
            k = int(np.argmin(total))
            if math.isfinite(total[k]) and total[k] <= limit:  # every node of the path is within that length of the start
                return pred, int(n1[k])
        return None, -1

    def _astar_search(self, g, s, n0, w0, n1, w1, ug, direct):
        """A* run as Dijkstra on reduced arc weights w - h(u) + h(v), h = great-circle distance to
        the goal: the search covers an ellipse round start and goal instead of a disc."""
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import dijkstra

        st = self.steiner
        u = st["unit"]
        h = np.append(_arc(u, ug.astype(np.float32)), direct)  # the spare start node last
        data = np.take(h, g.indices)
        np.subtract(data, np.repeat(h, st["degree"]), out=data)
        np.add(data, g.data, out=data)
        np.maximum(data, 1e-6, out=data)  # consistent heuristic: only rounding goes below zero
        red = csr_matrix((data, g.indices, g.indptr), shape=g.shape)  # shares the arrays
        self._wire(red, s, n0, np.maximum(w0 - direct + h[n0], 1e-6))
        for factor in (0.45, 1.5, math.inf):
            limit = direct * factor + 1.0
            kw = {} if math.isinf(factor) else {"limit": limit}
            dist, pred = dijkstra(red, directed=True, indices=s, return_predecessors=True, **kw)
            total = dist[n1] + w1 - h[n1]
            k = int(np.argmin(total))
            if math.isfinite(total[k]) and total[k] <= limit:  # the last node before the goal lies within the limit: exact
                return pred, int(n1[k])
        return None, -1

    def funnel(self, start: tuple[float, float], end: tuple[float, float], corridor: list[int]) -> list[tuple[float, float]]:
        """Shortest path through a triangle corridor (the 'simple stupid funnel')."""
        return self._funnel(start, end, corridor)[0]

    @staticmethod
    def _resume_point(old: list[int], new: list[int], run):
        """The part of a funnel run over ``old`` that holds for ``new`` (see ``_funnel``)."""
        q = 0
        for a, b in zip(old, new, strict=False):
            if a != b:
                break
            q += 1
        path, bends, trig = run
        keep, seen = 0, 0
        for t in trig:
            seen = max(seen, t)
            if seen > q - 1:  # portal i joins corridor[i - 1] and corridor[i]
                break
            keep += 1
        return path[: keep + 1], bends[:keep], trig[:keep]

    def _funnel(self, start, end, corridor, resume=None):
        """The funnel pass; also returns, per bend, the mesh vertex and the corridor position,
        and the portal whose reading made the bend.

        ``resume`` is an earlier run's ``(path, bends, triggers)`` cut to the bends that read
        only portals the two corridors share: the pass restarts at the last of them, which
        gives the same result as a pass from the start (a bend, once made, depends on nothing
        after the portal that made it). The compiled module runs the same steps in C."""
        if search_backend() == "c":
            path, bends, trig = [(float(start[0]), float(start[1]))], [], []
            if resume is not None and resume[1]:
                path, bends, trig = list(resume[0]), list(resume[1]), list(resume[2])
            (ax, ay), ai = path[-1], (bends[-1][1] if bends else 0)
            more = _seasearch.funnel(
                self.tris, self.nbrs, self.verts, np.asarray(corridor, dtype=np.int64),
                float(start[0]), float(start[1]), float(end[0]), float(end[1]), float(ax), float(ay), ai,
            )
            return path + more[0], bends + more[1], trig + more[2]
        start, end = [float(start[0]), float(start[1])], [float(end[0]), float(end[1])]  # like vert_list
        nbr, tris, verts = self.nbr_flat, self.tri_flat, self.vert_list
        lv, rv = [-1], [-1]  # vertex ids of each portal's left and right end
        for a, b in zip(corridor[:-1], corridor[1:], strict=True):
            k = nbr[3 * a : 3 * a + 3].index(b)
            lv.append(tris[3 * a + (k + 1) % 3])
            rv.append(tris[3 * a + k])
        lv.append(-1)
        rv.append(-1)
        n = len(lv)
        pl_ = [start] + [verts[v] for v in lv[1:-1]] + [end]
        pr_ = [start] + [verts[v] for v in rv[1:-1]] + [end]
        lxs, lys = [p[0] for p in pl_], [p[1] for p in pl_]
        rxs, rys = [p[0] for p in pr_], [p[1] for p in pr_]
        # the same steps as the textbook version with area2(a, b, c) =
        # (c.x - a.x) * (b.y - a.y) - (b.x - a.x) * (c.y - a.y), on plain floats for speed
        path = [start]
        bends: list[tuple[int, int]] = []  # (vertex id, portal index)
        trig: list[int] = []  # the portal read when each bend was made
        ax, ay = start
        ai = 0
        if resume is not None and resume[1]:
            path, bends, trig = list(resume[0]), list(resume[1]), list(resume[2])
            ax, ay = path[-1]
            ai = bends[-1][1]
        lx, ly, rx, ry = ax, ay, ax, ay
        li = ri = ai
        i = ai + 1
        while i < n:
            px, py = rxs[i], rys[i]
            if (px - ax) * (ry - ay) - (rx - ax) * (py - ay) <= 0.0:
                if (ax == rx and ay == ry) or (px - ax) * (ly - ay) - (lx - ax) * (py - ay) > 0.0:
                    rx, ry, ri = px, py, i
                else:
                    path.append(pl_[li])
                    bends.append((lv[li], li))
                    trig.append(i)
                    ax, ay, ai = lx, ly, li
                    rx, ry = lx, ly
                    ri = li
                    i = ai + 1
                    continue
            px, py = lxs[i], lys[i]
            if (px - ax) * (ly - ay) - (lx - ax) * (py - ay) >= 0.0:
                if (ax == lx and ay == ly) or (px - ax) * (ry - ay) - (rx - ax) * (py - ay) < 0.0:
                    lx, ly, li = px, py, i
                else:
                    path.append(pr_[ri])
                    bends.append((rv[ri], ri))
                    trig.append(i)
                    ax, ay, ai = rx, ry, ri
                    lx, ly = rx, ry
                    li = ri
                    i = ai + 1
                    continue
            i += 1
        if path[-1] != end:
            path.append(end)
        return path, bends, trig

    def _other_way(self, corridor: list[int], v: int, pos: int, blocked: frozenset[int]) -> list[int] | None:
        """The corridor with its turn round open-water vertex ``v`` taken on the other side.

        ``pos`` is a portal index whose end is ``v``. The corridor's triangles round ``v`` form
        one arc of the vertex's closed fan; the replacement is the other arc. None when ``v``
        is on the coast (its fan is open) or the swap would revisit or use a blocked triangle.
        """
        tf, nbr = self.tri_flat, self.nbr_flat

        def has(t: int) -> bool:
            return v == tf[3 * t] or v == tf[3 * t + 1] or v == tf[3 * t + 2]

        i = j = min(max(pos - 1, 0), len(corridor) - 1)
        if not has(corridor[i]):
            return None
        while i > 0 and has(corridor[i - 1]):
            i -= 1
        while j < len(corridor) - 1 and has(corridor[j + 1]):
            j += 1
        if i == j:
            return None
        first, last = corridor[i], corridor[j]
        arc = [first]
        prev, t = corridor[i + 1], first
        for _ in range(64):
            kv = tf[3 * t : 3 * t + 3].index(v)
            # the two neighbours across the edges that touch v; leave by the one not came from
            a, b = nbr[3 * t + kv], nbr[3 * t + (kv + 2) % 3]
            nxt = b if a == prev else a
            if nxt < 0:
                return None  # the fan is open: v is on the coast
            prev, t = t, nxt
            if t == last:
                break
            if t in blocked:
                return None
            arc.append(t)
        else:
            return None
        rest = corridor[:i] + arc + corridor[j:]
        if len(set(rest)) != len(rest):
            return None
        return rest

    def shortest(self, start, end, corridor: list[int], blocked: frozenset[int] = frozenset(), rounds: int = 40):
        """Funnel, then swing the corridor across any open-water vertex the path bends round.

        The A* corridor passes each mesh vertex on one side; the funnel honours that, so a path
        can bend round a vertex in open water. Taking the corridor round the vertex's other side
        removes that bend and shortens the path; repeated until the path bends only at coasts.
        """
        run = self._funnel(start, end, corridor)
        bends = run[1]
        for _ in range(rounds):
            changed = False
            before = corridor
            seen: set[int] = set()
            for v, pos in reversed(bends):
                if v in seen:
                    continue  # a path can touch a vertex twice; swap it once per round
                seen.add(v)
                swapped = self._other_way(corridor, v, pos, blocked)
                if swapped is not None:
                    corridor, changed = swapped, True
            if not changed:
                break
            run = self._funnel(start, end, corridor, self._resume_point(before, corridor, run))
            bends = run[1]
        return run[0]

    def to_plane(self, lon: float, lat: float) -> tuple[float, float]:
        if lat < self.index["domain_unwrapped_lonlat"][1] or lat > self.index["domain_unwrapped_lonlat"][3]:
            raise RouteError(f"({lon}, {lat}) is outside the routing domain (15°N to 84°N, 20°E to 150°W).")
        x, y = self.fwd.transform(lon, lat)
        return float(x), float(y)

    def to_lonlat(self, pts: list[tuple[float, float]], step_m: float = 20_000.0) -> list[tuple[float, float]]:
        """Densify plane segments (great circles) and convert to lon/lat, unwrapped across 180°."""
        if len(pts) == 1:
            pts = [pts[0], pts[0]]
        dense = [pts[0]]
        for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:], strict=True):
            n = max(1, int(math.hypot(x1 - x0, y1 - y0) // step_m))
            for k in range(1, n + 1):
                dense.append((x0 + (x1 - x0) * k / n, y0 + (y1 - y0) * k / n))
        xs, ys = zip(*dense, strict=True)
        lons, lats = self.inv.transform(np.array(xs), np.array(ys))
        return unwrap_lons(zip(lons.tolist(), lats.tolist(), strict=True))


def landmark_table(m: Mesh, count: int = 8, unit_m: float = 500.0, centre: tuple[float, float] = (135.0, 40.0)):
    """Landmarks for the A* bound, chosen farthest-first by graph distance (build time).

    The first is the node farthest by sea from the node nearest ``centre``; each next one is
    the node farthest from all chosen so far, so they ring the routing domain's edges, where a
    landmark "behind" the goal makes the bound tight. Returns the node ids and a
    ``(count, nodes)`` uint16 table of graph distances in units of ``unit_m`` metres
    (``Mesh.UNREACHED`` where a landmark cannot reach a node).
    """
    from scipy.sparse.csgraph import dijkstra

    st = m.steiner
    n = st["n"] - 1
    g = m._graph(frozenset())[:n, :n]
    x, y = m.to_plane(*centre)
    seed = int(np.argmin(np.hypot(st["xy"][:, 0] - x, st["xy"][:, 1] - y)))
    d = dijkstra(g, indices=seed)
    reach = np.isfinite(d)
    nodes: list[int] = []
    rows = []
    nearest = np.where(reach, d, -1.0)  # the first landmark is the node farthest from the seed
    for _ in range(count):
        node = int(np.argmax(nearest))
        nodes.append(node)
        rows.append(dijkstra(g, indices=node))
        nearest = np.where(reach, np.min(rows, axis=0), -1.0)  # distance to the nearest landmark
    table = np.array(rows) / unit_m
    if np.nanmax(np.where(np.isfinite(table), table, np.nan)) >= Mesh.UNREACHED:
        raise SeamapError(f"Landmark distances exceed the uint16 table at {unit_m} m per step; use a larger unit.")
    return nodes, np.where(np.isfinite(table), np.round(table), Mesh.UNREACHED).astype(np.uint16)


@lru_cache(maxsize=2)
def _mesh(folder: str) -> Mesh:
    return Mesh(folder)


@lru_cache(maxsize=4)
def _folder(env: str | None) -> str:
    return str(data_dir())


def mesh() -> Mesh:
    return _mesh(_folder(os.environ.get(ENV_VAR)))


@lru_cache(maxsize=1)
def _straits() -> dict[str, dict[str, Any]]:
    out = {}
    for f in read_layer_json("straits")["features"]:
        if f["geometry"] is None:
            continue
        out[f["properties"]["id"]] = {"name": f["properties"]["name"], "geom": geometry_from_geojson(f["geometry"])}
    return out


@lru_cache(maxsize=1)
def _seas() -> dict[str, Any]:
    return {f["properties"]["id"]: geometry_from_geojson(f["geometry"]) for f in read_layer_json("seas")["features"]}


# --------------------------------------------------------------------------- waypoints


def parse_waypoint(value: Any) -> Waypoint:
    """A Waypoint from a gazetteer name, a "lon,lat" string, a (lon, lat) pair or a Waypoint."""
    if isinstance(value, Waypoint):
        return value
    if isinstance(value, (tuple, list)) and len(value) == 2:
        lon, lat = (float(v) for v in value)
        return _checked_point(lon, lat, f"{lon},{lat}")
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"Waypoint {value!r} is neither a place name nor a lon,lat pair.")
    text = value.strip()
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 2:
        try:
            lon, lat = float(parts[0]), float(parts[1])
        except ValueError:
            pass
        else:
            return _checked_point(lon, lat, text)
    e = gazetteer().resolve(text)
    if e.lon is None or e.lat is None:
        raise InputError(f"{e.name!r} has no published position, so it cannot be a waypoint.")
    kind = {"sea": "sea", "ocean": "sea", "strait": "strait"}.get(e.type, e.type)
    return Waypoint(lon=e.lon, lat=e.lat, name=e.name, kind=kind, ref=e.id)


def _checked_point(lon: float, lat: float, text: str) -> Waypoint:
    problem = lonlat_problem(lon, lat)
    if problem == "not finite":
        raise InputError(f"Waypoint {text!r} is not a finite lon,lat pair.")
    if problem == "swapped":
        raise InputError(f"Waypoint {text!r} has latitude {lat} beyond ±90; lon and lat look swapped (seamap takes lon,lat).")
    if problem:
        raise InputError(f"Waypoint {text!r} is out of range: lon must be in [-180, 180], lat in [-90, 90].")
    return Waypoint(lon=lon, lat=lat, name=None, kind="point")


def _strait_id(value: str) -> str:
    e = gazetteer().resolve(value)
    if e.type != "strait":
        raise InputError(f"{value!r} is a {e.type}, not a strait; via= and avoid= take straits.")
    if e.id not in _straits():
        raise InputError(f"{e.name!r} has no gate line in the straits layer (a declared gap), so it cannot be forced or avoided.")
    return e.id


# --------------------------------------------------------------------------- routing


def _gate_points(sid: str) -> list[tuple[float, float]]:
    """Middle of each water section of a strait's gate line (one per channel)."""
    geom = _straits()[sid]["geom"]
    lines = list(getattr(geom, "geoms", [geom]))
    out = []
    for line in lines:
        p = line.interpolate(0.5, normalized=True)
        out.append((p.x, p.y))
    return out


def _gate_sides(sid: str, mid: tuple[float, float], came_from: tuple[float, float]) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """Two points either side of a strait's gate line at ``mid`` (the nearer to ``came_from``
    first), 5 km from the line or a quarter of the gate's length if that is less."""
    geom = _straits()[sid]["geom"]
    line = min(getattr(geom, "geoms", [geom]), key=lambda g: g.distance(Point(mid)))
    (x0, y0), (x1, y1) = line.coords[0], line.coords[-1]
    k = math.cos(math.radians(mid[1]))
    dx, dy = (x1 - x0) * k, y1 - y0
    norm = math.hypot(dx, dy)
    if norm == 0.0:
        return None
    length_km = GEOD.line_length([x0, x1], [y0, y1]) / 1000.0
    off = min(5.0, 0.25 * length_km) / 111.32  # degrees of latitude
    nx, ny = -dy / norm, dx / norm
    a = (mid[0] + nx * off / k, mid[1] + ny * off)
    b = (mid[0] - nx * off / k, mid[1] - ny * off)
    da, db = (GEOD.inv(came_from[0], came_from[1], p[0], p[1])[2] for p in (a, b))
    return (a, b) if da <= db else (b, a)


def _unwrap_lon(lon: float) -> float:
    return lon + 360.0 if lon < -100.0 else lon


#: how far a waypoint on land may be from the water it is moved to
MAX_SNAP_KM = 200.0


def _locate(m: Mesh, ll: tuple[float, float], name: str, notes: list[str]) -> tuple[int, tuple[float, float]]:
    x, y = m.to_plane(*ll)
    t = m.locate(x, y)
    if t == -1:
        lake = _lake_at(ll[0], ll[1])
        if lake is not None:
            raise RouteError(f"{name} lies in a lake ({lake['area_km2_gshhs']:g} km², GSHHS {lake['id'].removeprefix('gshhs_lake_')}) that is not part of the sea; seamap routes at sea only.")
        t, x2, y2 = m.nearest_water(x, y)
        lon2, lat2 = m.inv.transform(x2, y2)
        km = GEOD.inv(ll[0], ll[1], lon2, lat2)[2] / 1000.0
        if km > MAX_SNAP_KM:
            raise RouteError(f"{name} is {km:.0f} km inland from the nearest navigable water (more than {MAX_SNAP_KM:.0f} km); name a port, sea or strait instead.")
        notes.append(f"{name} lies on land or within the coastal sea-room; the route uses the nearest navigable water, {km:.1f} km away.")
        x, y = x2, y2
    return t, (x, y)


def _leg(m: Mesh, a: tuple[float, float], b: tuple[float, float], blocked: frozenset[int], notes: list[str], names: tuple[str, str], sea: str | None = None, country: str | None = None) -> list[tuple[float, float]]:
    t0, p0 = _locate(m, a, names[0], notes)
    if country is not None:
        # "to Vietnam": end where the country's coast is first reached, by sea
        corr, p1 = m.corridor_to_any(t0, p0, _country_nodes(country, names[1]), blocked)
        if not corr:
            raise RouteError(f"No sea route from {names[0]} to the coast of {names[1]}: they are in unconnected waters (or every way is avoided).")
        return m.shortest(p0, p1, corr, blocked)
    if sea is not None and not _sea_inner(sea).covers(Point(wrap_lon(a[0]), a[1])):
        # "into the Sea of X": end where the sea is first reached (well inside it), by sea
        corr, p1 = m.corridor_to_any(t0, p0, _sea_nodes(sea), blocked)
        if corr:
            return m.shortest(p0, p1, corr, blocked)
    t1, p1 = _locate(m, b, names[1], notes)
    corr = m.corridor(t0, p0, t1, p1, blocked)
    if not corr:
        raise RouteError(f"No sea route from {names[0]} to {names[1]}: they are in unconnected waters (or every way is avoided).")
    return m.shortest(p0, p1, corr, blocked)


@lru_cache(maxsize=1)
def _lakes():
    feats = [f for f in read_layer_json("lakes")["features"] if f["geometry"]]
    geoms = [geometry_from_geojson(f["geometry"]) for f in feats]
    return [f["properties"] for f in feats], geoms, shapely.STRtree(geoms)


def _lake_at(lon: float, lat: float) -> dict[str, Any] | None:
    """The lakes layer's feature (properties) containing the point, if any."""
    props, geoms, tree = _lakes()
    hits = tree.query(Point(wrap_lon(lon), lat), predicate="within")
    return props[int(min(hits))] if len(hits) else None


@lru_cache(maxsize=16)
def _sea_nodes(sid: str) -> np.ndarray:
    """The search graph's nodes well inside a sea (see ``_sea_inner``)."""
    lon, lat = _node_lonlat()
    inner = _sea_inner(sid)
    x0, y0, x1, y1 = inner.bounds
    cand = np.nonzero((lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1))[0]
    shapely.prepare(inner)
    return cand[shapely.contains_xy(inner, lon[cand], lat[cand])]


@lru_cache(maxsize=1)
def _country_table() -> tuple[dict[str, list[int]], np.ndarray]:
    """Each country's coast nodes (``country_nodes.json`` / ``.npy``, built from Natural Earth)."""
    m = mesh()
    try:
        with open(os.path.join(m.base, "country_nodes.json"), encoding="utf-8") as fh:
            index = json.load(fh)
        nodes = np.load(os.path.join(m.base, "country_nodes.npy"))
    except (OSError, ValueError):
        return {}, np.zeros(0, dtype=np.int32)
    if index.get("graph_nodes") != m.steiner["n"] - 1:
        return {}, np.zeros(0, dtype=np.int32)  # made for another graph
    return index["countries"], nodes


def _country_nodes(cid: str, name: str) -> np.ndarray:
    """The search-graph nodes on a country's coast; an error when it has none in the domain."""
    ranges, nodes = _country_table()
    a, b = ranges.get(cid, (0, 0))
    if a == b:
        raise RouteError(f"{name} has no coast in the routing domain (15°N to 84°N, 20°E to 150°W); name a port, sea or strait instead.")
    return nodes[a:b].astype(np.int64)


def _country_start(cid: str, name: str, toward: tuple[float, float]) -> tuple[float, float]:
    """Where a route "from Japan" starts: the country's coast node nearest the next waypoint."""
    nodes = _country_nodes(cid, name)
    lon, lat = _node_lonlat()
    _, _, dist = GEOD.inv(np.full(len(nodes), toward[0]), np.full(len(nodes), toward[1]), lon[nodes], lat[nodes])
    k = int(nodes[int(np.argmin(dist))])
    return float(lon[k]), float(lat[k])


@lru_cache(maxsize=1)
def _node_lonlat() -> tuple[np.ndarray, np.ndarray]:
    u = mesh().steiner["unit"].astype(np.float64)
    return np.degrees(np.arctan2(u[:, 1], u[:, 0])), np.degrees(np.arcsin(np.clip(u[:, 2], -1.0, 1.0)))


@lru_cache(maxsize=1)
def _gate_lines() -> list[tuple[str, Any]]:
    """Each strait's gate line in Pacific-contiguous longitudes, and again 360° west."""
    out = []
    for sid, st in _straits().items():
        if sid in ("korea_strait_west", "korea_strait_east"):
            continue
        gu = shapely.transform(st["geom"], lambda xy: np.column_stack([np.where(xy[:, 0] < -100, xy[:, 0] + 360, xy[:, 0]), xy[:, 1]]))
        out += [(sid, gu), (sid, shapely.affinity.translate(gu, -360.0))]
    return out


def _passages(coords: list[tuple[float, float]]) -> list[tuple[float, str]]:
    line = LineString(coords)
    found = []
    for sid, gate in _gate_lines():
        inter = line.intersection(gate)
        if inter.is_empty:
            continue
        for p in getattr(inter, "geoms", [inter]):
            if p.geom_type == "Point":
                found.append((line.project(p), sid))
    found.sort()
    out: list[tuple[float, str]] = []
    for pos, sid in found:
        if out and out[-1][1] == sid and pos - out[-1][0] < 0.5:
            continue
        out.append((pos, sid))
    return out


#: Passages round Japan, clockwise seen from above (north, north-east, south, west)
AROUND = {"japan": ("la_perouse_soya", "yekaterina", "osumi", "korea_strait")}


def route(waypoints, *, via=(), avoid=(), around: str | None = None) -> Route:
    """Route a vessel over the sea through the waypoints, in order.

    Parameters
    ----------
    waypoints
        Two or more gazetteer names (ports, seas, straits, islands), ``"lon,lat"`` strings or
        (lon, lat) pairs.
    via
        Straits the route must pass, in order, between the first and the last waypoint.
    avoid
        Straits the route must not use.
    around
        An island group to sail round ("Japan"): the route passes its ring of straits in
        order, clockwise or anticlockwise, whichever is shorter, starting nearest the start.

    Returns
    -------
    Route
        With ``coords`` (lon/lat), ``length_nm``, ``length_km`` and ``passages`` (the straits
        whose gate lines it crosses, in order).

    Examples
    --------
    >>> r = route(["Vladivostok", "141.5,41.0"], via=["Tsugaru Strait"])
    >>> r.passage_names
    ('Tsugaru Strait',)
    """
    wps = [parse_waypoint(w) for w in waypoints]
    if len(wps) < 2:
        raise InputError(f"A route needs at least two waypoints, got {len(wps)}.")
    if around is not None:
        key = str(around).strip().lower()
        if key not in AROUND:
            raise InputError(f"around={around!r} is not supported; use one of: {', '.join(k.title() for k in AROUND)}.")
        if via:
            raise InputError("around= sets the straits itself; do not combine it with via=.")
        ring = AROUND[key]
        start = min(range(len(ring)), key=lambda i: GEOD.inv(wps[0].lon, wps[0].lat, *_gate_points(ring[i])[0])[2])
        names = {sid: _straits()[sid]["name"].split(" (")[0].split(" /")[0] for sid in ring}
        options = []
        for step in (1, -1):
            seq = [ring[(start + step * k) % len(ring)] for k in range(len(ring))]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                options.append(route(waypoints, via=[names[s] for s in seq], avoid=avoid))
        best = min(options, key=lambda r: r.length_km)
        for n in best.warnings:
            warnings.warn(n, stacklevel=2)
        return best
    via_ids = [_strait_id(v) for v in via]
    avoid_ids = [_strait_id(v) for v in avoid]
    both = sorted(set(via_ids) & set(avoid_ids))
    if both:
        names = ", ".join(_straits()[s]["name"] for s in both)
        raise InputError(f"{names} is both forced (via) and avoided; drop it from one of them.")
    m = mesh()
    for sid in via_ids:
        if not m.index["gates"].get(sid):
            raise RouteError(f"{_straits()[sid]['name']} is narrower than the routing mesh's sea-room (about 1 nm from each shore), so no route can be forced through it.")
    blocked = frozenset(t for s in avoid_ids for t in m.index["gates"].get(s, []))
    if "korea_strait" in avoid_ids:
        blocked |= frozenset(t for s in ("korea_strait_west", "korea_strait_east") for t in m.index["gates"].get(s, []))
    # expand: first, via straits, the remaining waypoints (via goes after the first waypoint)
    seq: list[Waypoint] = [wps[0]]
    for sid in via_ids:
        seq.append(Waypoint(lon=_gate_points(sid)[0][0], lat=_gate_points(sid)[0][1], name=_straits()[sid]["name"], kind="strait", ref=sid))
    seq.extend(wps[1:])
    notes: list[str] = []
    coords: list[tuple[float, float]] = []
    for i in range(len(seq) - 1):
        a, b = seq[i], seq[i + 1]
        b_ll = _resolve_point(b)
        if coords:
            a_ll = coords[-1]
        elif a.kind == "country" and a.ref:
            a_ll = _country_start(a.ref, a.name or a.ref, b_ll)  # "from Japan": its coast nearest the way on
        else:
            a_ll = _resolve_point(a)
        cross = None
        if b.kind == "strait" and b.ref:
            # pick the channel that makes the shorter leg
            options = _gate_points(b.ref)
            if len(options) > 1:
                b_ll = min(options, key=lambda p: GEOD.inv(a_ll[0], a_ll[1], p[0], p[1])[2])
            if i + 1 < len(seq) - 1:
                # a strait on the way is crossed, not touched: aim at a point just short of
                # its gate line, then go to one just beyond it
                cross = _gate_sides(b.ref, b_ll, a_ll)
                if cross is not None:
                    b_ll = cross[0]
        names = (a.name or f"{a_ll[0]:.3f},{a_ll[1]:.3f}", b.name or f"{b_ll[0]:.3f},{b_ll[1]:.3f}")
        sea = b.ref if b.kind == "sea" and b.ref and b.ref != "north_pacific" else None
        country = b.ref if b.kind == "country" and b.ref else None
        leg = m.to_lonlat(_leg(m, (wrap_lon(a_ll[0]), a_ll[1]), b_ll, blocked, notes, names, sea, country))
        if sea is not None:
            leg = _until_inside(leg, sea)
        _join(coords, leg)
        if cross is not None:
            # the crossing itself; a side point that falls in the coastal sea-room is moved to
            # the nearest navigable water without a note (the user did not name that point)
            _join(coords, m.to_lonlat(_leg(m, (wrap_lon(coords[-1][0]), coords[-1][1]), cross[1], blocked, [], names)))
    ps = _passages(coords)
    ids = tuple(s for _, s in ps)
    for sid in via_ids:
        if sid not in ids:
            notes.append(f"The route was forced through {_straits()[sid]['name']} but does not cross its gate line cleanly.")
    for n in notes:
        warnings.warn(n, stacklevel=2)
    return Route(
        coords=tuple((float(x), float(y)) for x, y in coords),
        waypoints=tuple(wps),
        passages=ids,
        passage_names=tuple(_straits()[s]["name"] for s in ids),
        warnings=tuple(notes),
    )


def _join(coords: list[tuple[float, float]], leg: list[tuple[float, float]]) -> None:
    """Append a leg to a track, shifted by whole turns so the longitudes run on across 180°."""
    if coords:
        shift = 360.0 * round((coords[-1][0] - leg[0][0]) / 360.0)
        leg = [(x + shift, y) for x, y in leg][1:]
    coords.extend(leg)


def _resolve_point(w: Waypoint) -> tuple[float, float]:
    """Where a waypoint is aimed: a sea's label point, a strait's gate middle, or the point."""
    if w.kind == "strait" and w.ref and w.ref in _straits():
        return _gate_points(w.ref)[0]
    return (w.lon, w.lat)


@lru_cache(maxsize=32)
def _sea_inner(sid: str):
    poly = _seas()[sid]
    # islands and coastal detail do not change what "well inside" means: drop them first
    outline = shapely.MultiPolygon([shapely.Polygon(p.exterior) for p in getattr(poly, "geoms", [poly])]).simplify(0.05)
    inner = outline.buffer(-0.4)
    return inner if not inner.is_empty else poly


def _until_inside(leg: list[tuple[float, float]], sid: str) -> list[tuple[float, float]]:
    """Cut a leg aimed at a sea's label point where it is well inside the sea (about 40 km)."""
    inner = _sea_inner(sid)
    for k, (lon, lat) in enumerate(leg):
        if k and inner.covers(Point(wrap_lon(lon), lat)):
            return leg[: k + 1]
    return leg
