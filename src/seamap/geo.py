"""Small longitude helpers shared by the stages (tracks may run past ±180° inside seamap)."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["wrap_lon", "unwrap_lons"]


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
