"""Route analysis: the facts a briefer cites about a track.

Length (geodesic), the straits and seas it passes in order, for each ADIZ whether and where it
enters and how far it runs inside, and for each disputed island group the closest approach and
whether it enters the 12 nm or 24 nm zone. Each answer carries the confidence of the data it
rests on: a partial or approximate zone gives an approximate answer, labelled so.
"""

from __future__ import annotations

import csv
import io
import json
from functools import lru_cache
from typing import Any

import numpy as np
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import Point

from seamap.catalog import read_layer_json
from seamap.errors import InputError
from seamap.geo import geometry_from_geojson, unwrap_lons, wrap_lon

__all__ = ["analyze", "format_analysis"]

GEOD = Geod(ellps="WGS84")
NM = 1852.0


@lru_cache(maxsize=1)
def _layers() -> dict[str, list[tuple[dict[str, Any], Any]]]:
    out = {}
    for name in ("seas", "adiz", "disputed_islands", "disputed_zones"):
        out[name] = [(f["properties"], geometry_from_geojson(f["geometry"]) if f["geometry"] else None) for f in read_layer_json(name)["features"]]
    return out


def _dense(coords: list[tuple[float, float]], step_km: float = 2.0) -> list[tuple[float, float]]:
    """Points every ~2 km along the geodesic legs (longitudes unwrapped)."""
    out = [coords[0]]
    for (x0, y0), (x1, y1) in zip(coords[:-1], coords[1:], strict=True):
        d = GEOD.inv(x0, y0, x1, y1)[2]
        n = max(1, int(d / (step_km * 1000)))
        if n > 1:
            out.extend(unwrap_lons(GEOD.npts(x0, y0, x1, y1, n - 1), start=out[-1][0]))
        out.append((x1, y1))
    return out


def _seg_lengths_m(pts: list[tuple[float, float]]) -> np.ndarray:
    a = np.asarray(pts)
    return np.asarray(GEOD.inv(a[:-1, 0], a[:-1, 1], a[1:, 0], a[1:, 1])[2])


def _distance_m(geom, lon: float, lat: float) -> float:
    """Geodesic distance from a point to a geometry (azimuthal equidistant at the point)."""
    if geom.covers(Point(lon, lat)):
        return 0.0
    # a bare PROJ pipeline: the same numbers as from_crs("EPSG:4326", aeqd), without the
    # database look-ups that make each from_crs cost milliseconds
    tr = Transformer.from_pipeline(f"+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step +proj=aeqd +lat_0={lat} +lon_0={lon} +ellps=WGS84 +units=m")
    local = shapely.transform(geom, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
    return float(local.distance(Point(0.0, 0.0)))


def _two_nearest(geom, points: np.ndarray) -> np.ndarray:
    """Indices of the two points nearest ``geom`` (planar degrees), as argsort(distance)[:2].

    The distance to the convex hull is a cheap lower bound, so only the points whose bound
    beats the second-best exact distance found so far need the exact (slow) measure.
    """
    lower = shapely.distance(geom.convex_hull, points)
    order = np.argsort(lower, kind="stable")
    k = 32
    while True:
        cand = order[:k]
        exact = shapely.distance(geom, points[cand])
        top = np.argsort(exact, kind="stable")[:2]
        if k >= len(order) or lower[order[k]] > exact[top[-1]]:
            return cand[top]
        k *= 4


def analyze(coords, *, passages: tuple[str, ...] = (), start: str | None = None, end: str | None = None) -> dict[str, Any]:
    """Analyse a track given as lon/lat coordinates (longitudes may run past 180°).

    Parameters
    ----------
    coords
        The track, two or more (lon, lat) points.
    passages
        Strait names already known from routing (reported as they are).
    start, end
        ISO 8601 times of the first and last point, when known: give duration and mean speed,
        and interpolated times at ADIZ entry and exit.
    """
    pts = [(float(x), float(y)) for x, y in coords]
    if len(pts) < 2 or all(p == pts[0] for p in pts):
        raise InputError("The route has no geometry to analyse (fewer than two distinct points).")
    for x, y in pts:
        if not (np.isfinite(x) and np.isfinite(y) and -90 <= y <= 90):
            raise InputError(f"The route has an invalid coordinate ({x}, {y}).")
    dense = _dense(pts)
    seg = _seg_lengths_m(dense)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    total = float(cum[-1])
    wrapped = [(wrap_lon(x), y) for x, y in dense]
    points = shapely.points(wrapped)
    L = _layers()
    res: dict[str, Any] = {"length_nm": round(total / NM, 2), "length_km": round(total / 1000, 2), "passages": list(passages)}
    t0 = t1 = None
    if start and end:
        t0, t1 = np.datetime64(start), np.datetime64(end)
        hours = float((t1 - t0) / np.timedelta64(1, "s")) / 3600.0
        if hours <= 0:
            raise InputError(f"The route ends ({end}) before it starts ({start}).")
        res["duration_h"] = round(hours, 2)
        res["mean_speed_kn"] = round(total / NM / hours, 2)

    def time_at(m: float) -> str | None:
        if t0 is None:
            return None
        return str(t0 + np.timedelta64(int((t1 - t0) / np.timedelta64(1, "s") * m / total), "s"))

    # seas in order
    seas_seq: list[str] = []
    geoms = [g for _, g in L["seas"]]
    tree = shapely.STRtree(geoms)
    for i in range(0, len(points), 5):
        hit = [j for j in tree.query(points[i], predicate="intersects")]
        if hit:
            name = L["seas"][int(hit[0])][0]["name"]
            if not seas_seq or seas_seq[-1] != name:
                seas_seq.append(name)
    res["seas"] = seas_seq
    # ADIZ
    adiz = []
    for props, geom in L["adiz"]:
        item = {"zone": props["name"], "status": props["status"], "confidence": props["confidence"], "approximate": bool(props["approximate"])}
        if geom is None or geom.geom_type != "Polygon":
            item.update(entered=None, note="The zone's published boundary is incomplete (" + props["status"] + "): entry cannot be determined.")
            adiz.append(item)
            continue
        inside = shapely.covers(geom, points)
        crossings = []
        for k in range(1, len(inside)):
            if inside[k] != inside[k - 1]:
                m = float(cum[k - 1] + seg[k - 1] / 2)
                lon, lat = wrapped[k]
                crossings.append({"event": "entry" if inside[k] else "exit", "lon": round(lon, 4), "lat": round(lat, 4), "along_nm": round(m / NM, 1), "time": time_at(m)})
        dist = float(sum(seg[k] for k in range(len(seg)) if inside[k] and inside[k + 1]))
        item.update(entered=bool(inside.any()), starts_inside=bool(inside[0]), crossings=crossings, inside_nm=round(dist / NM, 1), inside_km=round(dist / 1000, 1))
        adiz.append(item)
    res["adiz"] = adiz
    # disputed groups
    groups: dict[str, list[Any]] = {}
    names: dict[str, str] = {}
    for props, geom in L["disputed_islands"]:
        groups.setdefault(props["group"], []).append(geom)
        names[props["group"]] = props["group_name"]
    disputes = []
    for gid, gl in groups.items():
        u = shapely.union_all(gl)
        # candidates: the few nearest track points in degrees, then exact geodesic distance
        best = _two_nearest(u, points)
        near = min((_distance_m(u, wrapped[i][0], wrapped[i][1]), int(i)) for i in best)
        item = {"group": names[gid], "closest_nm": round(near[0] / NM, 2), "closest_at": {"lon": round(wrapped[near[1]][0], 4), "lat": round(wrapped[near[1]][1], 4)}, "approximate": True, "note": "distance to the GSHHS shoreline (normal baseline); zones approximate"}
        for props, geom in L["disputed_zones"]:
            if props["group"] != gid:
                continue
            key = "entered_12nm" if props["zone"] == "territorial_sea" else "entered_24nm"
            zone = geom if props["zone"] == "territorial_sea" else shapely.union_all([geom] + [g for p2, g in L["disputed_zones"] if p2["group"] == gid and p2["zone"] == "territorial_sea"])
            hits = np.nonzero(shapely.covers(zone, points))[0]
            item[key] = bool(len(hits))
            if len(hits):
                item[key.replace("entered", "first_inside")] = {"lon": round(wrapped[hits[0]][0], 4), "lat": round(wrapped[hits[0]][1], 4)}
        disputes.append(item)
    res["disputes"] = disputes
    return res


def tracks_from_geojson(data: dict[str, Any], source: str) -> list[tuple[str, list[tuple[float, float]], tuple[str, ...]]]:
    """(name, unwrapped coordinates, passages) for each line feature of a GeoJSON document."""
    feats = data.get("features") if data.get("type") == "FeatureCollection" else [data] if data.get("type") == "Feature" else None
    if not feats:
        raise InputError(f"{source} holds no GeoJSON features; give a route written by `seamap route`, or an article.")
    out = []
    for k, f in enumerate(feats):
        g = f.get("geometry") or {}
        props = f.get("properties") or {}
        if g.get("type") == "LineString":
            parts = [g.get("coordinates") or []]
        elif g.get("type") == "MultiLineString":
            parts = g.get("coordinates") or []
        else:
            continue
        pts: list[tuple[float, float]] = []
        for part in parts:
            for c in part:
                if not isinstance(c, (list, tuple)) or len(c) < 2:
                    raise InputError(f"{source}: feature {k} has a malformed coordinate {c!r}.")
                lon, lat = float(c[0]), float(c[1])
                if not (np.isfinite(lon) and np.isfinite(lat)) or abs(lat) > 90 or abs(lon) > 180:
                    raise InputError(f"{source}: feature {k} has an out-of-range coordinate ({lon}, {lat}).")
                if pts:
                    lon = unwrap_lons([(lon, lat)], start=pts[-1][0])[0][0]
                    if (lon, lat) == pts[-1]:
                        continue
                pts.append((lon, lat))
        out.append((str(props.get("name") or f"feature {k}"), pts, tuple(props.get("passages") or ())))
    if not out:
        raise InputError(f"{source} has no LineString or MultiLineString feature to analyse.")
    return out


def format_analysis(rows: list[tuple[str, dict[str, Any]]], fmt: str = "md") -> str:
    """A report table (markdown or CSV) or JSON for named analyses."""
    if fmt == "json":
        return json.dumps([{"route": n, **a} for n, a in rows], ensure_ascii=False, indent=2) + "\n"
    header = ["route", "length_nm", "length_km", "passages", "seas", "adiz_entered", "adiz_inside_nm", "closest_disputed", "closest_nm", "in_12nm_zone", "in_24nm_zone"]
    table = []
    for n, a in rows:
        ent = [z for z in a["adiz"] if z.get("entered")]
        closest = min(a["disputes"], key=lambda d: d["closest_nm"])
        table.append(
            [
                n,
                f"{a['length_nm']:.1f}",
                f"{a['length_km']:.1f}",
                "; ".join(a["passages"]) or "none",
                "; ".join(a["seas"]),
                "; ".join(z["zone"] + (" (approximate)" if z["approximate"] else "") for z in ent) or "none",
                "; ".join(f"{z['inside_nm']:.1f}" for z in ent) or "0",
                closest["group"],
                f"{closest['closest_nm']:.1f}",
                "yes" if closest.get("entered_12nm") else "no",
                "yes" if closest.get("entered_24nm") else "no",
            ]
        )
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        w.writerows(table)
        return buf.getvalue()
    if fmt != "md":
        raise InputError(f"Unknown format {fmt!r}; use md, csv or json.")

    def cell(v: str) -> str:
        return v.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in r) + " |" for r in table]
    return "\n".join(lines) + "\n"

