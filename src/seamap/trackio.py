"""Writing routes as GeoJSON, GPX, KML or CSV (chosen by the file extension)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from xml.sax.saxutils import escape

from seamap.errors import InputError
from seamap.io import write_atomic
from seamap.routing import Route

__all__ = ["route_bytes", "write_route", "FORMATS"]

FORMATS = (".geojson", ".json", ".gpx", ".kml", ".csv")


def _parts(r: Route) -> list[list[tuple[float, float]]]:
    g = r.geometry
    return [list(p.coords) for p in getattr(g, "geoms", [g])]


def route_bytes(r: Route, fmt: str, *, name: str = "seamap route") -> bytes:
    fmt = fmt.lower()
    if fmt in (".geojson", ".json"):
        fc = {"type": "FeatureCollection", "features": [r.to_feature({"name": name})]}
        return (json.dumps(fc, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    if fmt == ".gpx":
        segs = "".join("<trkseg>" + "".join(f'<trkpt lat="{lat:.6f}" lon="{lon:.6f}"/>' for lon, lat in part) + "</trkseg>" for part in _parts(r))
        desc = escape(f"{r.length_nm:.1f} nm; passages: {', '.join(r.passage_names) or 'none'}")
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="seamap" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>{escape(name)}</name><desc>{desc}</desc>{segs}</trk></gpx>\n').encode()
    if fmt == ".kml":
        lines = "".join("<LineString><tessellate>1</tessellate><coordinates>" + " ".join(f"{lon:.6f},{lat:.6f}" for lon, lat in part) + "</coordinates></LineString>" for part in _parts(r))
        desc = escape(f"{r.length_nm:.1f} nm; passages: {', '.join(r.passage_names) or 'none'}")
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>{escape(name)}</name><description>{desc}</description><MultiGeometry>{lines}</MultiGeometry></Placemark></Document></kml>\n').encode()
    if fmt == ".csv":
        rows = ["part,seq,lon,lat"]
        for i, part in enumerate(_parts(r)):
            rows.extend(f"{i},{k},{lon:.6f},{lat:.6f}" for k, (lon, lat) in enumerate(part))
        return ("\n".join(rows) + "\n").encode()
    raise InputError(f"Unknown route format {fmt!r}; use one of {', '.join(FORMATS)}.")


def write_route(r: Route, path: str | os.PathLike[str], *, name: str = "seamap route") -> Path:
    p = Path(path)
    return write_atomic(p, route_bytes(r, p.suffix, name=name))
