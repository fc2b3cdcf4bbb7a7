"""Small longitude helpers shared by the stages (tracks may run past ±180° inside seamap)."""

from __future__ import annotations

import math
from collections.abc import Iterable

__all__ = ["wrap_lon", "unwrap_lons", "round_coords", "pacific_view", "geometry_from_geojson", "lonlat_problem"]


def lonlat_problem(lon: float, lat: float, lon_limit: float = 180.0) -> str | None:
    """What is wrong with a lon/lat pair: None, "not finite", "swapped" (a latitude beyond
    ±90 that would fit as a longitude) or "out of range". ``lon_limit`` allows the unwrapped
    longitudes of a track (up to 540)."""
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return "not finite"
    if abs(lat) > 90 and abs(lon) <= 90:
        return "swapped"
    if abs(lat) > 90 or abs(lon) > lon_limit:
        return "out of range"
    return None


def wrap_lon(lon: float) -> float:
    """A longitude in [-180, 180)."""
    return ((lon + 180.0) % 360.0) - 180.0


def unwrap_lons(points: Iterable[tuple[float, float]], start: float | None = None) -> list[tuple[float, float]]:
    """Shift longitudes by multiples of 360° so consecutive points never jump more than 180°.

    ``start`` sets the longitude the first point is brought next to.
    """
    out: list[tuple[float, float]] = []
    prev = start
    for lon, lat in points:
        if prev is not None:
            lon += 360.0 * round((prev - lon) / 360.0)
        out.append((lon, lat))
        prev = lon
    return out


def round_coords(obj, nd: int = 5):
    """Round nested coordinate lists to nd decimals (and turn -0.0 into 0.0)."""
    if isinstance(obj, float):
        v = round(obj, nd)
        return 0.0 if v == 0 else v
    if isinstance(obj, (list, tuple)):
        return [round_coords(x, nd) for x in obj]
    return obj


def pacific_view(geom):
    """Move parts lying west of 100°W by +360° so the Pacific stays in one piece on a map."""
    import shapely.affinity

    def shift(g):
        return shapely.affinity.translate(g, 360.0) if g.bounds[2] < -100.0 else g

    if hasattr(geom, "geoms") and geom.geom_type.startswith("Multi"):
        return type(geom)([shift(g) for g in geom.geoms])
    return shift(geom)


def geometry_from_geojson(geom: dict):
    """A shapely geometry from a GeoJSON geometry dict; the same as ``shape`` but polygons are
    built from NumPy arrays (``shape`` converts every coordinate in Python)."""
    import numpy as np
    import shapely
    from shapely.geometry import shape

    kind, coords = geom.get("type"), geom.get("coordinates")
    if kind == "Polygon" and coords:
        return _polygon(coords, np, shapely)
    if kind == "MultiPolygon" and coords and all(coords):
        return shapely.MultiPolygon([_polygon(p, np, shapely) for p in coords])
    return shape(geom)


def _polygon(rings, np, shapely):
    shell = np.asarray(rings[0], dtype=float)
    holes = [np.asarray(r, dtype=float) for r in rings[1:]]
    return shapely.Polygon(shell, holes or None)
