"""Geometry helpers shared by the tests (geodesic, via pyproj)."""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import Point

GEOD = Geod(ellps="WGS84")
NM = 1852.0


def distance_m(geom, lon: float, lat: float) -> float:
    """Geodesic distance from a point to a geometry (0 inside).

    Measured in an azimuthal equidistant projection centred on the point, where the distance
    from the centre to anything is the geodesic distance.
    """
    if geom.covers(Point(lon, lat)):
        return 0.0
    tr = Transformer.from_crs("EPSG:4326", f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m", always_xy=True)
    local = shapely.transform(geom, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
    return float(local.distance(Point(0.0, 0.0)))
