"""New routes on a brief: from a sentence, from waypoints and straits, or from a track file.

Track files (GeoJSON, GPX, KML, CSV with lat/lon columns, such as an AIS export) are drawn as
recorded, not re-routed. Every parse error names the file and the line or field.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from seamap.errors import InputError
from seamap.geo import lonlat_problem, unwrap_lons
from seamap.io import read_json_text, read_text_input

__all__ = ["parse_route_spec", "read_track"]

TRACK_SUFFIXES = (".geojson", ".json", ".gpx", ".kml", ".csv")
_KV = re.compile(r"\b(from|via|to|avoid|name)=(.*?)(?=\s+\b(?:from|via|to|avoid|name)=|$)")


def _checked(lon: float, lat: float, where: str) -> tuple[float, float]:
    problem = lonlat_problem(lon, lat)
    if problem == "not finite":
        raise InputError(f"{where}: coordinate ({lon}, {lat}) is not finite.")
    if problem == "swapped":
        raise InputError(f"{where}: latitude {lat} is beyond ±90; are lat and lon swapped?")
    if problem:
        raise InputError(f"{where}: coordinate ({lon}, {lat}) is out of range.")
    return lon, lat


def read_track(path: str | Path) -> dict[str, Any]:
    """Read a recorded track: {"name", "coords" (unwrapped lon/lat), "times" (ISO or None)}."""
    p = Path(path)
    text = read_text_input(p, label=f"Track file {p}", kind="track")
    suffix = p.suffix.lower()
    if suffix in (".geojson", ".json"):
        pts, times, name = _geojson(text, p)
    elif suffix == ".gpx":
        pts, times, name = _gpx(text, p)
    elif suffix == ".kml":
        pts, times, name = _kml(text, p)
    elif suffix == ".csv":
        pts, times, name = _csv(text, p)
    else:
        raise InputError(f"Track file {p} has an unknown extension; use one of {', '.join(TRACK_SUFFIXES)}.")
    if len(pts) < 2:
        raise InputError(f"Track file {p} has {len(pts)} point{'s' if len(pts) != 1 else ''}; a track needs at least two.")
    return {"name": name or p.stem, "coords": unwrap_lons(pts), "times": times if any(times) else None}


def _geojson(text: str, p: Path):
    data = read_json_text(text, f"Track file {p}")
    if not isinstance(data, dict):
        raise InputError(f"Track file {p} is not a GeoJSON object.")
    kind = data.get("type")
    feats = data.get("features") if kind == "FeatureCollection" else [data] if kind == "Feature" else [{"geometry": data, "properties": {}}]
    if not isinstance(feats, list):
        raise InputError(f"Track file {p}: 'features' is not a list.")
    pts, times, name = [], [], None
    for k, f in enumerate(feats):
        if not isinstance(f, dict):
            raise InputError(f"Track file {p}: feature {k} is not a GeoJSON object.")
        g = f.get("geometry") or {}
        props = f.get("properties") or {}
        if not isinstance(g, dict) or not isinstance(props, dict):
            raise InputError(f"Track file {p}: feature {k} has a malformed geometry or properties.")
        if name is None and isinstance(props.get("name"), str):
            name = props["name"]
        typ = g.get("type")
        coords = g.get("coordinates")
        if typ == "LineString":
            parts = [coords]
        elif typ == "MultiLineString":
            parts = coords
        elif typ == "Point":
            parts = [[coords]]
        else:
            raise InputError(f"Track file {p}: feature {k} is a {str(typ)[:40]!r}; a track is LineString, MultiLineString or Points.")
        if not isinstance(parts, list) or not all(isinstance(part, list) for part in parts):
            raise InputError(f"Track file {p}: feature {k} has malformed coordinates.")
        t = props.get("time") if typ == "Point" else None
        for part in parts:
            for c in part:
                if not isinstance(c, list) or len(c) < 2 or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in c[:2]):
                    raise InputError(f"Track file {p}: feature {k} has a malformed coordinate {str(c)[:60]}.")
                pts.append(_checked(float(c[0]), float(c[1]), f"Track file {p}, feature {k}"))
                times.append(t if isinstance(t, str) else None)
    return pts, times, name


def _xml(text: str, p: Path):
    try:
        return ET.fromstring(text)
    except ET.ParseError as exc:
        line, col = exc.position
        raise InputError(f"Track file {p} is not well-formed XML (line {line}, column {col}).") from None


def _gpx(text: str, p: Path):
    root = _xml(text, p)
    pts, times = [], []
    name = None
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "name" and name is None and el.text:
            name = el.text.strip()
        if tag in ("trkpt", "rtept"):
            try:
                lat, lon = float(el.attrib["lat"]), float(el.attrib["lon"])
            except (KeyError, ValueError):
                raise InputError(f"Track file {p}: a <{tag}> lacks a numeric lat or lon attribute ({el.attrib}).") from None
            pts.append(_checked(lon, lat, f"Track file {p}, <{tag}>"))
            t = next((c.text for c in el if c.tag.rsplit("}", 1)[-1] == "time"), None)
            times.append(t.strip() if t else None)
    return pts, times, name


def _kml(text: str, p: Path):
    root = _xml(text, p)
    pts = []
    name = None
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "name" and name is None and el.text:
            name = el.text.strip()
        if tag == "coordinates" and el.text:
            for tok in el.text.split():
                parts = tok.split(",")
                try:
                    lon, lat = float(parts[0]), float(parts[1])
                except (IndexError, ValueError):
                    raise InputError(f"Track file {p}: malformed KML coordinate {tok!r}.") from None
                pts.append(_checked(lon, lat, f"Track file {p}"))
    return pts, [None] * len(pts), name


def _csv(text: str, p: Path):
    try:
        return _csv_rows(text, p)
    except csv.Error as exc:
        raise InputError(f"Track file {p} is not readable CSV ({exc}).") from None


def _csv_rows(text: str, p: Path):
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise InputError(f"Track file {p} is empty.")
    fields = {f.strip().lower(): f for f in reader.fieldnames if f}
    lat_f = next((fields[k] for k in ("lat", "latitude", "y") if k in fields), None)
    lon_f = next((fields[k] for k in ("lon", "lng", "long", "longitude", "x") if k in fields), None)
    if not lat_f or not lon_f:
        raise InputError(f"Track file {p} needs lat and lon columns (found: {', '.join(reader.fieldnames)}).")
    time_f = next((fields[k] for k in ("time", "timestamp", "basedatetime", "datetime") if k in fields), None)
    name_f = next((fields[k] for k in ("name", "vesselname", "vessel", "mmsi") if k in fields), None)
    pts, times, name = [], [], None
    for i, row in enumerate(reader, start=2):
        try:
            lat, lon = float(row[lat_f]), float(row[lon_f])
        except (TypeError, ValueError):
            raise InputError(f"Track file {p}, line {i}: lat/lon {row.get(lat_f)!r}, {row.get(lon_f)!r} are not numbers.") from None
        pts.append(_checked(lon, lat, f"Track file {p}, line {i}"))
        times.append(row.get(time_f) if time_f else None)
        if name_f and not name and row.get(name_f):
            name = row[name_f]
    return pts, times, name


def parse_route_spec(spec: str) -> dict[str, Any]:
    """Classify a --route value: a track file, key=value waypoints, or a sentence."""
    s = spec.strip()
    if not s:
        raise InputError("--route is empty.")
    if Path(s).suffix.lower() in TRACK_SUFFIXES and "=" not in s:
        return {"kind": "track", **read_track(s)}
    if "\n" not in s and len(s) < 4096 and Path(s).suffix and Path(s).is_file():
        raise InputError(f"Track file {s} has an unknown extension; use one of {', '.join(TRACK_SUFFIXES)}.")
    if re.match(r"^(from|via|to|avoid|name)=", s):
        kv: dict[str, list[str]] = {}
        for key, val in _KV.findall(s):
            kv.setdefault(key, []).append(val.strip())
        if "from" not in kv or "to" not in kv:
            raise InputError(f"--route {spec!r} needs from= and to= (and optional via=, avoid=, name=).")
        return {"kind": "waypoints", "from": kv["from"][0], "to": kv["to"][-1], "via": kv.get("via", []), "avoid": kv.get("avoid", []), "name": (kv.get("name") or [None])[0]}
    return {"kind": "sentence", "text": s}
