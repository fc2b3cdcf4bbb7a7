"""Sea routing over a navigation mesh of the water itself.

The mesh (``geodata/routing/``, built by ``scripts/build_geodata.py``) is a constrained
Delaunay triangulation of the sea in a gnomonic projection centred on the North Pole, where
great circles are straight lines. A route is found in two steps: A* over the triangles gives a
corridor of water from start to end, and the funnel algorithm pulls the shortest path through
that corridor. Every leg of the result is a great-circle arc that stays inside the water
triangles, so it never crosses the land layer (widened by about 1 nm of sea-room).

Passages are found by crossing the straits layer's gate lines; ``via`` forces a strait (the
route passes through the middle of its gate) and ``avoid`` removes the triangles its gate
crosses, so no route can use it.
"""

from __future__ import annotations

import heapq
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
from shapely.geometry import LineString, MultiLineString, Point, shape

from seamap.catalog import data_dir, read_layer_json
from seamap.errors import InputError, SeamapError
from seamap.gazetteer import gazetteer
from seamap.geo import round_coords, unwrap_lons, wrap_lon

__all__ = ["Route", "RouteError", "Waypoint", "route", "parse_waypoint"]

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
        base = os.path.join(folder, "routing")
        try:
            with open(os.path.join(base, "index.json"), encoding="utf-8") as fh:
                self.index = json.load(fh)
            self.verts = np.load(os.path.join(base, "vertices.npy"))
            self.tris = np.load(os.path.join(base, "triangles.npy"))
            self.nbrs = np.load(os.path.join(base, "neighbors.npy"))
            self.centroid_ll = np.load(os.path.join(base, "centroids_lonlat.npy"))
            self.edge_costs = np.load(os.path.join(base, "edge_costs.npy"))
            self.grid_keys = np.load(os.path.join(base, "grid_keys.npy"))
            self.grid_offsets = np.load(os.path.join(base, "grid_offsets.npy"))
            self.grid_ids = np.load(os.path.join(base, "grid_ids.npy"))
        except (OSError, ValueError) as exc:
            raise SeamapError(f"Routing mesh in {base} is missing or corrupt ({exc}); rebuild geodata with scripts/build_geodata.py.") from None
        g = self.index["grid"]
        self.gn, self.gx, self.gy, self.gcell = g["n"], g["xmin"], g["ymin"], g["cell"]
        self.fwd = Transformer.from_crs("EPSG:4326", self.index["projection"], always_xy=True)
        self.inv = Transformer.from_crs(self.index["projection"], "EPSG:4326", always_xy=True)
        self.txy = self.verts[self.tris]  # (m, 3, 2)
        self.centroids = self.txy.mean(axis=1)
        # flat Python lists: far faster to build than nested ones, and fast to index in A*
        self.n_tris = len(self.tris)
        self.nbr_flat = self.nbrs.ravel().tolist()
        self.cost_flat = self.edge_costs.ravel().tolist()
        lon, lat = np.radians(self.centroid_ll[:, 0]), np.radians(self.centroid_ll[:, 1])
        # unit vectors: the chord between two centroids never exceeds the geodesic, so
        # R * chord is an admissible A* heuristic
        self.unit = np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)]).ravel().tolist()

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
            for t in sorted(ids):
                for k in range(3):
                    if self.nbr_flat[3 * t + k] != -1:
                        continue  # only boundary edges can be nearest from outside
                    p, q = self.txy[t, k], self.txy[t, (k + 1) % 3]
                    d = q - p
                    s = max(0.0, min(1.0, float(((x - p[0]) * d[0] + (y - p[1]) * d[1]) / (d @ d or 1.0))))
                    cx, cy = p[0] + s * d[0], p[1] + s * d[1]
                    dist = math.hypot(cx - x, cy - y)
                    if dist < best[0]:
                        best = (dist, t, cx, cy)
            if best[1] != -1 and best[0] < (r - 1) * self.gcell:
                break
        if best[1] == -1:
            raise RouteError("No navigable water near the point.")
        # step a hair inside the triangle
        t = best[1]
        cx, cy = self.centroids[t]
        return t, best[2] + (cx - best[2]) * 1e-3, best[3] + (cy - best[3]) * 1e-3

    # -- search
    def corridor(self, t0: int, t1: int, blocked: frozenset[int]) -> list[int]:
        """A* over triangles; costs are geodesic distances between centroids."""
        if t0 == t1:
            return [t0]
        R = 6_356_000.0  # polar radius: keeps the chord heuristic admissible
        unit, nbrs, costs = self.unit, self.nbr_flat, self.cost_flat
        gx, gy, gz = unit[3 * t1 : 3 * t1 + 3]
        sqrt = math.sqrt

        def h(t):
            i = 3 * t
            return R * sqrt((unit[i] - gx) ** 2 + (unit[i + 1] - gy) ** 2 + (unit[i + 2] - gz) ** 2)

        inf = math.inf
        came = [-1] * self.n_tris
        gcost = [inf] * self.n_tris
        gcost[t0] = 0.0
        heap = [(h(t0), 0.0, t0)]
        push, pop = heapq.heappush, heapq.heappop
        while heap:
            _, g, t = pop(heap)
            if t == t1:
                path = [t]
                while path[-1] != t0:
                    path.append(came[path[-1]])
                return path[::-1]
            if g > gcost[t]:
                continue
            for i in range(3 * t, 3 * t + 3):
                n = nbrs[i]
                if n < 0 or n in blocked:
                    continue
                ng = g + costs[i]
                if ng < gcost[n]:
                    gcost[n] = ng
                    came[n] = t
                    push(heap, (ng + h(n), ng, n))
        return []

    def funnel(self, start: tuple[float, float], end: tuple[float, float], corridor: list[int]) -> list[tuple[float, float]]:
        """Shortest path through a triangle corridor (the 'simple stupid funnel')."""
        portals: list[tuple[tuple[float, float], tuple[float, float]]] = [(start, start)]
        for a, b in zip(corridor[:-1], corridor[1:], strict=True):
            k = self.nbr_flat[3 * a : 3 * a + 3].index(b)
            p, q = self.txy[a, k], self.txy[a, (k + 1) % 3]
            portals.append(((float(q[0]), float(q[1])), (float(p[0]), float(p[1]))))  # (left, right)
        portals.append((end, end))

        def area2(a, b, c):
            return (c[0] - a[0]) * (b[1] - a[1]) - (b[0] - a[0]) * (c[1] - a[1])

        path = [start]
        apex, left, right = start, portals[0][0], portals[0][1]
        ai = li = ri = 0
        i = 1
        while i < len(portals):
            pl, pr = portals[i]
            if area2(apex, right, pr) <= 0.0:
                if apex == right or area2(apex, left, pr) > 0.0:
                    right, ri = pr, i
                else:
                    path.append(left)
                    apex, ai = left, li
                    left = right = apex
                    li = ri = ai
                    i = ai + 1
                    continue
            if area2(apex, left, pl) >= 0.0:
                if apex == left or area2(apex, right, pl) < 0.0:
                    left, li = pl, i
                else:
                    path.append(right)
                    apex, ai = right, ri
                    left = right = apex
                    li = ri = ai
                    i = ai + 1
                    continue
            i += 1
        if path[-1] != end:
            path.append(end)
        return path

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


@lru_cache(maxsize=2)
def _mesh(folder: str) -> Mesh:
    return Mesh(folder)


def mesh() -> Mesh:
    return _mesh(str(data_dir()))


@lru_cache(maxsize=1)
def _straits() -> dict[str, dict[str, Any]]:
    out = {}
    for f in read_layer_json("straits")["features"]:
        if f["geometry"] is None:
            continue
        out[f["properties"]["id"]] = {"name": f["properties"]["name"], "geom": shape(f["geometry"])}
    return out


@lru_cache(maxsize=1)
def _seas() -> dict[str, Any]:
    return {f["properties"]["id"]: shape(f["geometry"]) for f in read_layer_json("seas")["features"]}


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
    if kind == "country":
        raise InputError(f"{e.name!r} is a country; name a port, sea or strait (or use around= for an island group).")
    return Waypoint(lon=e.lon, lat=e.lat, name=e.name, kind=kind, ref=e.id)


def _checked_point(lon: float, lat: float, text: str) -> Waypoint:
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise InputError(f"Waypoint {text!r} is not a finite lon,lat pair.")
    if abs(lat) > 90 and abs(lon) <= 90:
        raise InputError(f"Waypoint {text!r} has latitude {lat} beyond ±90; lon and lat look swapped (seamap takes lon,lat).")
    if abs(lat) > 90 or abs(lon) > 180:
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


def _unwrap_lon(lon: float) -> float:
    return lon + 360.0 if lon < -100.0 else lon


def _leg(m: Mesh, a: tuple[float, float], b: tuple[float, float], blocked: frozenset[int], notes: list[str], names: tuple[str, str]) -> list[tuple[float, float]]:
    pa, pb = m.to_plane(*a), m.to_plane(*b)
    ends = []
    for (x, y), (lon, lat), nm in ((pa, a, names[0]), (pb, b, names[1])):
        t = m.locate(x, y)
        if t == -1:
            t, x2, y2 = m.nearest_water(x, y)
            lon2, lat2 = m.inv.transform(x2, y2)
            km = GEOD.inv(lon, lat, lon2, lat2)[2] / 1000.0
            notes.append(f"{nm} lies on land or within the coastal sea-room; the route uses the nearest navigable water, {km:.1f} km away.")
            x, y = x2, y2
        ends.append((t, (x, y)))
    (t0, p0), (t1, p1) = ends
    corr = m.corridor(t0, t1, blocked)
    if not corr:
        raise RouteError(f"No sea route from {names[0]} to {names[1]}: they are in unconnected waters (or every way is avoided).")
    return m.funnel(p0, p1, corr)


def _passages(coords: list[tuple[float, float]]) -> list[tuple[float, str]]:
    line = LineString(coords)
    found = []
    for sid, st in _straits().items():
        if sid in ("korea_strait_west", "korea_strait_east"):
            continue
        g = st["geom"]
        gu = shapely.transform(g, lambda xy: np.column_stack([np.where(xy[:, 0] < -100, xy[:, 0] + 360, xy[:, 0]), xy[:, 1]]))
        for cand in (gu, shapely.affinity.translate(gu, -360.0)):
            inter = line.intersection(cand)
            if inter.is_empty:
                continue
            pts = [p for p in getattr(inter, "geoms", [inter]) if p.geom_type == "Point"]
            for p in pts:
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
        a_ll = coords[-1] if coords else _resolve_point(a)
        b_ll = _resolve_point(b)
        if b.kind == "strait" and b.ref:
            # pick the channel that makes the shorter leg
            options = _gate_points(b.ref)
            if len(options) > 1:
                b_ll = min(options, key=lambda p: GEOD.inv(a_ll[0], a_ll[1], p[0], p[1])[2])
        names = (a.name or f"{a_ll[0]:.3f},{a_ll[1]:.3f}", b.name or f"{b_ll[0]:.3f},{b_ll[1]:.3f}")
        leg = m.to_lonlat(_leg(m, (wrap_lon(a_ll[0]), a_ll[1]), b_ll, blocked, notes, names))
        if b.kind == "sea" and b.ref and b.ref != "north_pacific":
            leg = _until_inside(leg, b.ref)
        if coords:
            shift = 360.0 * round((coords[-1][0] - leg[0][0]) / 360.0)
            leg = [(x + shift, y) for x, y in leg]
        coords.extend(leg if not coords else leg[1:])
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
