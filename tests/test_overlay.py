"""Overlaying routes, the scenario file round trip, track files, and the embed snippet."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import warnings

import pytest

from seamap.brief import brief
from seamap.errors import InputError
from seamap.overlay import parse_route_spec, read_track


def quiet_brief(*a, **k):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return brief(*a, **k)


def sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_brief_scenario_brief_gives_the_same_bytes(tmp_path):
    a = quiet_brief(None, tmp_path / "a.html")
    sc = tmp_path / "a.scenario.json"
    assert json.loads(sc.read_text())["schema"] == "seamap.scenario/1"
    b = quiet_brief(None, tmp_path / "b.html", scenario=sc)
    assert sha(a) == sha(b)


def test_edited_scenario_drops_a_route_and_reroutes_a_changed_waypoint(tmp_path):
    quiet_brief(None, tmp_path / "a.html")
    sc = tmp_path / "a.scenario.json"
    d = json.loads(sc.read_text())
    assert [r["vessel"] for r in d["routes"]] == ["Xuelong", "Chinese task group"]
    d["routes"] = d["routes"][:1]
    # end the icebreaker's voyage in the Bering Sea instead of Shanghai
    d["routes"][0]["waypoints"] = [w for w in d["routes"][0]["waypoints"] if w["name"] != "Shanghai"]
    sc.write_text(json.dumps(d))
    out = quiet_brief(None, tmp_path / "b.html", scenario=sc)
    data = json.loads(out.read_text().split('id="seamap-data">', 1)[1].split("</script>", 1)[0])
    assert [r["vessel"] for r in data["routes"]] == ["Xuelong"]
    assert data["routes"][0]["latlngs"][-1][0] > 60  # now ends in the Chukchi Sea, not at Shanghai


@pytest.mark.parametrize("schema", ["seamap.scenario/2", None])
def test_scenario_of_another_schema_is_refused(tmp_path, schema):
    p = tmp_path / "s.json"
    p.write_text(json.dumps({"schema": schema}))
    with pytest.raises(InputError, match=r"has (no schema|schema .*); this seamap reads 'seamap.scenario/1'"):
        brief(None, tmp_path / "x.html", scenario=p)
    assert not (tmp_path / "x.html").exists()


def test_route_from_a_sentence_and_from_waypoints(tmp_path):
    quiet_brief(None, tmp_path / "a.html", routes=("In May a Russian destroyer sailed from Vladivostok through the Tsugaru Strait into the Pacific", "from=Busan via=Korea Strait to=Tokyo name=Ferry"))
    d = json.loads((tmp_path / "a.scenario.json").read_text())
    added = {r["id"]: r for r in d["routes"] if r["id"].startswith("added_")}
    assert added["added_1"]["vessel"] == "Russian destroyer" and [w["id"] for w in added["added_1"]["waypoints"]] == ["vladivostok", "tsugaru", "north_pacific"]
    assert "Tsugaru Strait" in d["tracks"]["added_1"]["passage_names"]
    assert added["added_2"]["vessel"] == "Ferry" and "Korea Strait (both channels)" in d["tracks"]["added_2"]["passage_names"]


GPX = """<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>AIS 123</name><trkseg>
<trkpt lat="60.0" lon="179.5"><time>2020-01-01T00:00:00Z</time></trkpt><trkpt lat="60.1" lon="-179.5"><time>2020-01-01T06:00:00Z</time></trkpt><trkpt lat="60.2" lon="-178.5"/></trkseg></trk></gpx>"""
KML = """<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>K</name><LineString><coordinates>179.5,60.0 -179.5,60.1 -178.5,60.2</coordinates></LineString></Placemark></kml>"""
CSV = "MMSI,BaseDateTime,LAT,LON\n273000000,2020-01-01T00:00,60.0,179.5\n273000000,2020-01-01T06:00,60.1,-179.5\n273000000,2020-01-01T12:00,60.2,-178.5\n"
GEOJSON = json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "G"}, "geometry": {"type": "LineString", "coordinates": [[179.5, 60.0], [-179.5, 60.1], [-178.5, 60.2]]}}]})


@pytest.mark.parametrize("suffix,content", [(".gpx", GPX), (".kml", KML), (".csv", CSV), (".geojson", GEOJSON)])
def test_track_files_read_with_their_coordinates(tmp_path, suffix, content):
    p = tmp_path / f"t{suffix}"
    p.write_text(content)
    t = read_track(p)
    assert t["coords"] == [(179.5, 60.0), (180.5, 60.1), (181.5, 60.2)]  # unwrapped across 180°
    if suffix == ".gpx":
        assert t["name"] == "AIS 123" and t["times"][0] == "2020-01-01T00:00:00Z"
    if suffix == ".csv":
        assert t["name"] == "273000000" and t["times"][2] == "2020-01-01T12:00"


@pytest.mark.parametrize(
    "suffix,content,match",
    [
        (".csv", "lat,lon\n60,179\nabc,180\n", r"t\.csv, line 3: lat/lon 'abc'"),
        (".csv", "x1,y1\n1,2\n", "needs lat and lon columns"),
        (".csv", "lat,lon\n95,10\n60,10\n", "latitude 95.0 is beyond"),
        (".csv", "lat,lon\n60,10\n", "has 1 point"),
        (".gpx", "<gpx><trk><trkseg><trkpt lat='1'/></trkseg>", "not well-formed XML \\(line 1"),
        (".gpx", "<gpx><trk><trkseg><trkpt lat='1'/><trkpt lat='2' lon='3'/></trkseg></trk></gpx>", "lacks a numeric lat or lon"),
        (".kml", "<kml><coordinates>1,2 x,y</coordinates></kml>", "malformed KML coordinate 'x,y'"),
        (".geojson", '{"type": "FeatureCollection", "features": [', "not valid JSON \\(line 1"),
        (".geojson", '{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": []}}', "is a 'Polygon'"),
        (".geojson", '{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[1, "a"], [2, 3]]}}', "malformed coordinate"),
    ],
)
def test_bad_track_files_name_file_and_line(tmp_path, suffix, content, match):
    p = tmp_path / f"t{suffix}"
    p.write_text(content)
    with pytest.raises(InputError, match=match):
        read_track(p)


def test_route_spec_kinds(tmp_path):
    assert parse_route_spec("from=Vladivostok via=Tsugaru Strait to=Pacific Ocean")["via"] == ["Tsugaru Strait"]
    assert parse_route_spec("A frigate sailed into the Sea of Japan.")["kind"] == "sentence"
    with pytest.raises(InputError, match="needs from= and to="):
        parse_route_spec("via=Tsugaru Strait")
    with pytest.raises(InputError, match="does not exist"):
        parse_route_spec("missing.gpx")


def test_track_overlay_draws_as_recorded(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text(CSV)
    quiet_brief(None, tmp_path / "a.html", routes=(str(p),))
    d = json.loads((tmp_path / "a.scenario.json").read_text())
    r = next(r for r in d["routes"] if r["id"] == "added_1")
    assert r["status"] == "recorded" and r["period"] == "2020-01-01T00:00/2020-01-01T12:00"
    assert d["tracks"]["added_1"]["coords"] == [[179.5, 60.0], [180.5, 60.1], [181.5, 60.2]]


def test_cli_bad_route_is_one_line_and_writes_nothing(tmp_path):
    r = subprocess.run([sys.executable, "-m", "seamap", "brief", "-o", str(tmp_path / "x.html"), "--route", str(tmp_path / "nope.gpx")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "does not exist" in r.stderr
    assert list(tmp_path.iterdir()) == []


def test_several_articles_one_map_each_or_combined(tmp_path):
    from conftest import SEED

    from seamap.brief import example_article

    if not SEED.is_file():
        pytest.skip("seed article not available")
    r = subprocess.run([sys.executable, "-m", "seamap", "brief", str(SEED), str(example_article()), "-o", str(tmp_path / "maps")], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "maps").glob("*.html")) == ["example-briefing-note.html", "russo-japanese-rapprochement.html"]
    assert "seamap brief" in r.stderr and "routes" in r.stderr  # the summary table
    r = subprocess.run([sys.executable, "-m", "seamap", "brief", str(SEED), str(example_article()), "--combine", "-o", str(tmp_path / "all.html")], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    data = json.loads((tmp_path / "all.html").read_text().split('id="seamap-data">', 1)[1].split("</script>", 1)[0])
    assert [x["vessel"] for x in data["routes"]] == ["Xuelong", "Chinese naval vessels", "Xuelong", "Chinese task group"]


def test_several_articles_refuse_a_bad_one_before_writing(tmp_path):
    from seamap.brief import example_article

    r = subprocess.run([sys.executable, "-m", "seamap", "brief", str(example_article()), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "maps")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "does not exist" in r.stderr
    assert not (tmp_path / "maps").exists()


def test_briefing_object_adds_routes_and_displays_in_jupyter():
    from seamap import Briefing

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        b = Briefing.from_article()
        b2 = b.add_route("from=Busan via=Korea Strait to=Tokyo name=Ferry")
    assert [r["vessel"] for r in b.scenario.routes] == ["Xuelong", "Chinese task group"]  # unchanged
    assert [r["vessel"] for r in b2.scenario.routes][-1] == "Ferry"
    snippet = b2._repr_html_()
    assert snippet.startswith('<figure class="seamap-embed"') and "srcdoc=" in snippet and "Ferry" in snippet


def test_adding_a_route_is_deterministic(tmp_path):
    spec = ("In May a Russian destroyer sailed from Vladivostok through the Tsugaru Strait into the Pacific",)
    a = quiet_brief(None, tmp_path / "a.html", routes=spec)
    b = quiet_brief(None, tmp_path / "b.html", routes=spec)
    assert sha(a) == sha(b)


def test_a_strait_passed_twice_is_one_track_not_a_failed_map():
    """Set bg: "made two transits through the Taiwan Strait" lists the strait twice; routing draws
    no zero-length track and the map is still made, with the reason noted for that route."""
    from seamap import extract
    from seamap.brief import route_scenario

    sc = extract("The destroyer USS John Finn made two transits through the Taiwan Strait in January and March.")
    assert [[w["id"] for w in r["waypoints"]] for r in sc.routes] == [["taiwan_strait", "taiwan_strait"]]
    tracks = route_scenario(sc)
    assert tracks == {"route_1": {"error": "Fewer than two distinct located waypoints: nothing to route."}}
