"""Route analysis checked against values computed independently with pyproj."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from common import GEOD, NM
from shapely.geometry import shape

from seamap.analyze import analyze, format_analysis, tracks_from_geojson
from seamap.catalog import read_layer_json
from seamap.errors import InputError


def test_meridian_through_the_china_adiz():
    # 124.5°E crosses the published edge 1-2 (33°11'N) and the edge 5-4 at 25.4125°N
    a = analyze([(124.5, 34.0), (124.5, 24.0)])
    z = next(x for x in a["adiz"] if x["zone"].startswith("East China Sea"))
    assert z["entered"] and not z["approximate"]
    entry, exit_ = z["crossings"]
    assert entry["event"] == "entry" and entry["lat"] == pytest.approx(33.183333, abs=0.02)
    assert exit_["event"] == "exit" and exit_["lat"] == pytest.approx(25.4125, abs=0.02)
    expected_nm = GEOD.inv(124.5, 33.183333, 124.5, 25.4125)[2] / NM
    assert z["inside_nm"] == pytest.approx(expected_nm, abs=2.5)
    assert a["length_nm"] == pytest.approx(GEOD.inv(124.5, 34, 124.5, 24)[2] / NM, abs=0.006)


def test_partial_and_missing_zones_say_so():
    a = analyze([(124.5, 34.0), (124.5, 24.0)])
    japan = next(x for x in a["adiz"] if x["zone"].startswith("Japan"))
    assert japan["entered"] is None and "incomplete" in japan["note"]


@pytest.mark.parametrize("nm,in12,in24", [(10.0, True, True), (18.0, False, True), (30.0, False, False)])
def test_closest_approach_to_the_senkakus(nm, in12, in24):
    geoms = [shape(f["geometry"]) for f in read_layer_json("disputed_islands")["features"] if f["properties"]["group"] == "senkaku_diaoyu"]
    # the northernmost vertex of the group, and a track due east-west `nm` nautical miles north of it
    lon0, lat0 = max((c for g in geoms for c in g.exterior.coords), key=lambda c: c[1])
    _, lat_n, _ = GEOD.fwd(lon0, lat0, 0, nm * NM)
    a = analyze([(lon0 - 0.4, lat_n), (lon0 + 0.4, lat_n)])
    d = next(x for x in a["disputes"] if x["group"].startswith("Senkaku"))
    assert d["closest_nm"] == pytest.approx(nm, abs=0.05)
    assert d["entered_12nm"] is in12 and d["entered_24nm"] is in24


def test_antimeridian_track_is_measured_across_180():
    a = analyze([(179.0, 60.0), (181.0, 60.0)])
    assert a["length_km"] == pytest.approx(GEOD.inv(179, 60, -179, 60)[2] / 1000, abs=0.006)
    assert a["seas"] == ["Bering Sea"]


def test_duration_and_speed():
    a = analyze([(130.0, 35.0), (131.0, 35.0)], start="2013-07-13T00:00", end="2013-07-13T10:00")
    assert a["duration_h"] == 10.0
    assert a["mean_speed_kn"] == pytest.approx(GEOD.inv(130, 35, 131, 35)[2] / NM / 10, abs=0.006)


@pytest.mark.parametrize("coords,match", [([(130.0, 35.0)], "no geometry"), ([(130.0, 35.0), (130.0, 35.0)], "no geometry"), ([(130.0, 35.0), (130.0, float("nan"))], "invalid coordinate")])
def test_bad_routes(coords, match):
    with pytest.raises(InputError, match=match):
        analyze(coords)


def test_geojson_reader_and_report_formats():
    fc = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "test"}, "geometry": {"type": "MultiLineString", "coordinates": [[[179.0, 60.0], [180.0, 60.0]], [[-180.0, 60.0], [-179.0, 60.0]]]}}]}
    ((name, pts, _),) = tracks_from_geojson(fc, "t.geojson")
    assert name == "test" and pts == [(179.0, 60.0), (180.0, 60.0), (181.0, 60.0)]
    rows = [(name, analyze(pts))]
    md = format_analysis(rows, "md")
    assert md.splitlines()[0].startswith("| route | length_nm") and "| test |" in md
    assert format_analysis(rows, "csv").splitlines()[1].startswith("test,")
    assert json.loads(format_analysis(rows, "json"))[0]["route"] == "test"
    with pytest.raises(InputError, match="no LineString"):
        tracks_from_geojson({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1, 2]}}]}, "p.geojson")


def test_cli_analyze_seed(seed_text, tmp_path):
    from conftest import SEED

    r = subprocess.run([sys.executable, "-m", "seamap", "analyze", str(SEED), "--format", "csv"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    rows = r.stdout.splitlines()
    assert rows[0].startswith("route,length_nm") and len(rows) == 3
    assert "Bering Strait" in rows[1]
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "seamap", "analyze", str(bad)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "is not valid GeoJSON" in r.stderr and "Traceback" not in r.stderr
