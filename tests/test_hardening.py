"""Bad input at every entry point ends in a result or one clear line: never a traceback or a hang.

A named corpus (articles, scenario files, track files, layer files, command-line arguments) runs
through ``seamap.cli.main`` in this process, so each case is fast and a crash fails the test
with its traceback; hypothesis then fuzzes the parsers underneath. A few cases run as real
processes to check what a shell user sees.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import GEODATA, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seamap.cli import main
from seamap.errors import SeamapError

#: no single bad input may take longer than this (seconds), in this process
BOUND_S = 20.0

GOOD_TRACK = {"type": "Feature", "properties": {"name": "T"}, "geometry": {"type": "LineString", "coordinates": [[131.0, 37.5], [133.0, 38.0]]}}


def cli(argv, capsys):
    """(exit status, stdout, stderr) of the command line, run in this process."""
    t = time.perf_counter()
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse's --help / usage errors
        code = exc.code
    elapsed = time.perf_counter() - t
    out, err = capsys.readouterr()
    assert elapsed < BOUND_S, f"{argv} took {elapsed:.1f} s"
    return code, out, err


def assert_one_line_error(code, err, status=1, match=None):
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert code == status, (code, err)
    assert len(lines) == 1, err
    assert lines[0].startswith("seamap: error: "), err
    assert "Traceback" not in err and "internal error" not in err
    if match:
        assert match in lines[0], lines[0]


# --------------------------------------------------------------------------- articles


def _articles(tmp: Path) -> list[tuple[str, Path, str]]:
    """(case, path, expected message fragment) for articles seamap must refuse."""
    cases = []

    def write(name: str, data: bytes) -> Path:
        p = tmp / name
        p.write_bytes(data)
        return p

    cases.append(("empty", write("empty.txt", b""), "is empty"))
    cases.append(("whitespace", write("ws.txt", b"  \n\t \r\n"), "is empty"))
    cases.append(("binary", write("bin.txt", bytes(range(256)) * 64), "looks binary"))
    cases.append(("latin-1", write("latin1.txt", "La Pérouse, Sôya et Ochotsk".encode("latin-1")), "is not UTF-8"))
    cases.append(("utf-16", write("utf16.txt", "The Xuelong sailed into the Sea of Okhotsk.".encode("utf-16")), "looks binary"))
    cases.append(("truncated utf-8", write("cut.txt", "Sōya Strait".encode()[:2] + "Sōya".encode()[:2]), "is not UTF-8"))
    cases.append(("html without text", write("empty.html", b"<html><head><script>var a=1;</script></head><body>  </body></html>"), "is empty"))
    huge = tmp / "huge.txt"
    with open(huge, "wb") as fh:  # 50 MB of plausible text, refused before it is read
        fh.write(b"The flotilla sailed through the Tsugaru Strait. " * (50 * 2**20 // 48))
    cases.append(("huge (50 MB)", huge, "seamap reads article files up to 8 MB"))
    d = tmp / "folder.txt"
    d.mkdir()
    cases.append(("directory", d, "is a directory"))
    cases.append(("missing", tmp / "missing.txt", "does not exist"))
    return cases


ARTICLE_CASES = ["empty", "whitespace", "binary", "latin-1", "utf-16", "truncated utf-8", "html without text", "huge (50 MB)", "directory", "missing"]


@pytest.fixture(scope="module")
def article_corpus(tmp_path_factory):
    return {case: (p, m) for case, p, m in _articles(tmp_path_factory.mktemp("articles"))}


@pytest.mark.parametrize("command", ["extract", "brief"])
@pytest.mark.parametrize("case", ARTICLE_CASES)
def test_bad_articles(case, command, article_corpus, tmp_path, capsys):
    path, match = article_corpus[case]
    out = tmp_path / "out.html"
    argv = [command, path] + (["-o", out] if command == "brief" else [])
    code, _, err = cli(argv, capsys)
    assert_one_line_error(code, err, match=match)
    assert not out.exists() and list(tmp_path.iterdir()) == []  # nothing written, not even a temp file


def test_article_without_places_gives_an_empty_scenario_and_a_warning(tmp_path, capsys):
    art = tmp_path / "none.txt"
    art.write_text("Nothing happened here today. The weather was mild.", encoding="utf-8")
    code, out, err = cli(["extract", art, "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["places"] == [] and data["routes"] == []
    assert "No known place" in err


def test_markup_and_control_characters_in_articles_are_data(tmp_path, capsys):
    art = tmp_path / "odd.md"
    art.write_text("# <b>Report</b>\n\nThe \x1b[31mXuelong\x1b[0m sailed into the Sea of Okhotsk.\u2028Then south of Sakhalin.", encoding="utf-8")
    code, out, _ = cli(["extract", art, "--json"], capsys)
    assert code == 0
    names = [p["name"] for p in json.loads(out)["places"]]
    assert "Sea of Okhotsk" in names


# --------------------------------------------------------------------------- scenario files


@pytest.fixture(scope="module")
def good_scenario(tmp_path_factory) -> dict:
    from seamap import brief

    out = brief(None, tmp_path_factory.mktemp("sc") / "ex.html")
    return json.loads(out.with_name("ex.scenario.json").read_text(encoding="utf-8"))


def _scenario_cases(good: dict) -> list[tuple[str, bytes, str]]:
    def edited(fn) -> bytes:
        d = json.loads(json.dumps(good))
        fn(d)
        return json.dumps(d).encode()

    raw = json.dumps(good).encode()
    first_track = next(iter(good["tracks"]))
    return [
        ("empty", b"", "is not valid JSON"),
        ("not json", b"seamap", "is not valid JSON"),
        ("truncated", raw[: len(raw) // 2], "is not valid JSON"),
        ("a list", b"[]", "has no schema"),
        ("null", b"null", "has no schema"),
        ("other schema", b'{"schema": "seamap.scenario/9"}', "has schema 'seamap.scenario/9'"),
        ("missing keys", b'{"schema": "seamap.scenario/1"}', "is malformed: KeyError"),
        ("NaN token", raw.replace(b'"lon": ', b'"lon": NaN, "x": ', 1), "NaN is not a JSON number"),
        ("Infinity token", raw.replace(b'"lat": ', b'"lat": -Infinity, "x": ', 1), "is not a JSON number"),
        ("overflowing number", raw.replace(b'"lat": ', b'"lat": 1e999, "x": ', 1), "is too large"),
        ("huge integer", edited(lambda d: d["places"][0].update(lon=10**400)), "out of range"),
        ("string coordinate", edited(lambda d: d["places"][0].update(lon="east")), "non-numeric"),
        ("boolean coordinate", edited(lambda d: d["places"][0].update(lat=True)), "non-numeric"),
        ("latitude out of range", edited(lambda d: d["places"][0].update(lat=123.0)), "out of range"),
        ("places not a list", edited(lambda d: d.update(places=7)), "is malformed"),
        ("mention not an object", edited(lambda d: d["places"][0].update(mentions=[1])), "is malformed"),
        ("track coords not pairs", edited(lambda d: d["tracks"][first_track].update(coords=[[1]])), "is malformed"),
        ("tracks not an object", edited(lambda d: d.update(tracks=[])), "is malformed"),
        ("unknown waypoint", edited(lambda d: d["routes"][0]["waypoints"][0].update(name="Atlantis Strait")) if good["routes"] else b"", ""),
        ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("binary", bytes(range(256)), "is not UTF-8"),
    ]


def test_bad_scenario_files(good_scenario, tmp_path, capsys):
    """Every case: exit 1 and one line (or, for an edit seamap can still draw, a map)."""
    cases = _scenario_cases(good_scenario)
    for case, data, match in cases:
        src = tmp_path / f"{case.replace(' ', '_')}.scenario.json"
        src.write_bytes(data)
        out = tmp_path / f"{case.replace(' ', '_')}.html"
        code, _, err = cli(["brief", "--scenario", src, "-o", out], capsys)
        if case == "unknown waypoint":  # an edited route that cannot be routed is noted, not fatal
            assert code == 0 and out.is_file(), err
            continue
        assert_one_line_error(code, err, match=match)
        assert not out.exists(), case
    assert len(cases) == 21


# --------------------------------------------------------------------------- track files


def _track_cases() -> list[tuple[str, str, str, str]]:
    """(case, file name, content, expected fragment; '' for a valid track)."""
    fc = lambda coords, typ="LineString": json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": typ, "coordinates": coords}}]})  # noqa: E731
    gpx = lambda body: f'<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>T</name><trkseg>{body}</trkseg></trk></gpx>'  # noqa: E731
    laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)) + "]><gpx><trk><name>&lol9;</name></trk></gpx>"
    xxe = '<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]><gpx><trk><name>&x;</name><trkseg><trkpt lat="37" lon="131"/><trkpt lat="38" lon="133"/></trkseg></trk></gpx>'
    return [
        ("geojson not json", "t.geojson", "{", "is not valid JSON"),
        ("geojson list", "t.geojson", "[]", "is not a GeoJSON object"),
        ("geojson NaN", "t.geojson", fc([[131, 37], [float("nan"), 38]]).replace("NaN", "NaN"), "NaN is not a JSON number"),
        ("geojson Infinity", "t.geojson", fc([[131, 37], [133, 38]]).replace("133", "Infinity"), "is not a JSON number"),
        ("geojson latitude out of range", "t.geojson", fc([[131, 37], [133, 95]]), "is out of range"),
        ("geojson lat/lon swapped", "t.geojson", fc([[37.5, 131.0], [38.0, 133.0]]), "are lat and lon swapped"),
        ("geojson longitude out of range", "t.geojson", fc([[131, 37], [233, 38]]), "is out of range"),
        ("geojson self-intersecting polygon", "t.geojson", fc([[[130, 37], [132, 39], [132, 37], [130, 39], [130, 37]]], "Polygon"), "a track is LineString"),
        ("geojson feature not an object", "t.geojson", json.dumps({"type": "FeatureCollection", "features": [1, 2]}), "is not a GeoJSON object"),
        ("geojson coordinates a string", "t.geojson", fc("131,37"), "malformed coordinates"),
        ("geojson boolean coordinate", "t.geojson", fc([[True, 37], [133, 38]]), "malformed coordinate"),
        ("geojson one point", "t.geojson", fc([[131, 37]]), "needs at least two"),
        ("geojson null geometry", "t.geojson", json.dumps({"type": "Feature", "properties": None, "geometry": None}), "a track is LineString"),
        ("geojson across 180", "t.geojson", fc([[178.5, 62.0], [-178.0, 63.5], [-172.0, 64.8]]), ""),
        ("gpx malformed", "t.gpx", "<gpx><trk>", "not well-formed XML"),
        ("gpx billion laughs", "t.gpx", laughs, "not well-formed XML"),
        ("gpx external entity", "t.gpx", xxe, "not well-formed XML"),
        ("gpx nan latitude", "t.gpx", gpx('<trkpt lat="nan" lon="131"/><trkpt lat="38" lon="133"/>'), "is not finite"),
        ("gpx missing lon", "t.gpx", gpx('<trkpt lat="37"/><trkpt lat="38" lon="133"/>'), "lacks a numeric lat or lon"),
        ("gpx no points", "t.gpx", gpx(""), "needs at least two"),
        ("kml bad coordinate", "t.kml", "<kml><Placemark><LineString><coordinates>a,b 1,2</coordinates></LineString></Placemark></kml>", "malformed KML coordinate"),
        ("kml infinite", "t.kml", "<kml><Placemark><LineString><coordinates>131,37 inf,38</coordinates></LineString></Placemark></kml>", "is not finite"),
        ("csv no columns", "t.csv", "a,b\n1,2\n", "needs lat and lon columns"),
        ("csv empty", "t.csv", "", "is empty"),
        ("csv text values", "t.csv", "lat,lon\n37,131\nnorth,east\n", "line 3"),
        ("csv swapped", "t.csv", "lat,lon\n131,37\n133,38\n", "are lat and lon swapped"),
        ("csv huge field", "t.csv", "lat,lon,note\n37,131," + "x" * 200_000 + "\n38,133,y\n", "is not readable CSV"),
        ("csv NUL byte", "t.csv", "lat,lon\n37,131\x00\n38,133\n", "looks binary"),
        ("unknown extension", "t.xyz", "131,37", "unknown extension"),
    ]


TRACK_CASES = _track_cases()


@pytest.mark.parametrize("case,name,content,match", TRACK_CASES, ids=[c[0] for c in TRACK_CASES])
def test_track_files(case, name, content, match, tmp_path, capsys):
    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    out = tmp_path / "out.html"
    code, _, err = cli(["brief", "--route", src, "-o", out], capsys)
    if not match:
        assert code == 0, err
        html = out.read_text(encoding="utf-8")
        assert '"type":"MultiLineString"' in html  # split at 180°, not a line across the map
        return
    assert_one_line_error(code, err, match=match)
    assert "root:" not in err  # the external entity was not resolved
    assert not out.exists()


def test_huge_track_file_is_refused_quickly(tmp_path, capsys):
    src = tmp_path / "big.csv"
    with open(src, "wb") as fh:
        fh.write(b"lat,lon\n" + b"37.0,131.0\n" * (50 * 2**20 // 11))
    code, _, err = cli(["brief", "--route", src, "-o", tmp_path / "o.html"], capsys)
    assert_one_line_error(code, err, match="seamap reads track files up to 32 MB")


# --------------------------------------------------------------------------- layer files


@pytest.fixture
def broken_data(tmp_path, monkeypatch):
    """A copy of geodata (links) whose layer file is replaced by the test."""

    d = tmp_path / "geodata"
    d.mkdir()
    for f in GEODATA.iterdir():
        (d / f.name).symlink_to(f)
    monkeypatch.setenv("SEAMAP_DATA", str(d))
    caches = [f for name, mod in list(sys.modules.items()) if name.startswith("seamap") for f in vars(mod).values() if hasattr(f, "cache_clear")]
    for fn in caches:
        fn.cache_clear()
    yield d
    for fn in caches:
        fn.cache_clear()


@pytest.mark.parametrize(
    "layer,content,match",
    [
        ("seas.geojson", b'{"type": "FeatureCollection", "features": [', "seas"),
        ("seas.geojson", None, "is missing"),
        ("straits.geojson", b"\xff\xfe binary", "straits"),
        ("adiz.geojson", b'{"type": "Topology"}', "adiz"),
        ("routing/index.json", b"{", "Routing mesh"),
    ],
)
def test_corrupt_layer_files(layer, content, match, broken_data, tmp_path, capsys):
    if "/" in layer:  # a file inside a linked folder: copy the folder first
        sub = broken_data / layer.split("/")[0]
        target = sub.resolve()
        sub.unlink()
        sub.mkdir()
        for f in target.iterdir():
            (sub / f.name).symlink_to(f)
    (broken_data / layer).unlink()
    if content is not None:
        (broken_data / layer).write_bytes(content)
    code, _, err = cli(["brief", "-o", tmp_path / "o.html"], capsys)
    assert_one_line_error(code, err, match=match)
    assert "reinstall seamap or rebuild geodata" in err


def test_missing_catalog(broken_data, tmp_path, capsys):
    (broken_data / "catalog.json").unlink()
    code, _, err = cli(["layers"], capsys)
    assert_one_line_error(code, err)


# --------------------------------------------------------------------------- arguments

ARG_CASES = [
    ([], 2, "usage"),
    (["frobnicate"], 2, "invalid choice"),
    (["brief", "--bogus"], 2, "unrecognized arguments: --bogus"),
    (["brief", "--naming", "klingon"], 2, "invalid choice: 'klingon'"),
    (["brief", "--png", "x.png", "--dpi", "5"], 1, "dpi=5 is out of range"),
    (["brief", "--png", "x.tiff"], 1, "Unknown static format"),
    (["brief", "--published", "2013-13-45"], 1, "published='2013-13-45' is not an ISO 8601 date"),
    (["brief", "--tiles", "No.Such.Provider"], 1, "Unknown tile provider"),
    (["brief", "--route", ""], 1, "--route is empty"),
    (["brief", "--route", "from=Busan"], 1, "needs from= and to="),
    (["route", "--from", "Busan"], 2, "--to"),
    (["route", "--from", "nan,1", "--to", "Busan"], 1, "not a finite"),
    (["route", "--from", "35,130", "--to", "Busan"], 1, "look swapped"),
    (["route", "--from", "Busan", "--to", "Tokyo", "--via", "Busan"], 1, "not a strait"),
    (["route", "--from", "Busan", "--to", "Tokyo", "--via", "Tsugaru Strait", "--avoid", "Tsugaru Strait"], 1, "both forced"),
    (["route", "--from", "Atlantis", "--to", "Busan"], 1, "Unknown place 'Atlantis'"),
    (["route", "--from", "Busan", "--to", "Tokyo", "-o", "x.docx"], 1, ".docx"),
    (["route", "--from", "Busan", "--to", "Tokyo", "--around", "Mars"], 1, "around="),
    (["analyze", "missing.geojson"], 1, "does not exist"),
    (["layers", "--json", "extra"], 2, "unrecognized arguments"),
]


@pytest.mark.parametrize("argv,status,match", ARG_CASES, ids=[" ".join(a) or "(none)" for a, _, _ in ARG_CASES])
def test_bad_arguments(argv, status, match, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = cli(argv, capsys)
    if argv == []:
        assert code == 2 and "usage:" in err
        return
    assert_one_line_error(code, err, status=status, match=match)
    assert list(tmp_path.iterdir()) == []


def test_usage_error_in_a_real_process_is_one_line():
    r = subprocess.run([sys.executable, "-m", "seamap", "route", "--from", "Busan"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("seamap: error: ")


# --------------------------------------------------------------------------- fuzzing

#: examples per fuzz test; SEAMAP_FUZZ_EXAMPLES=2000 for a deeper run than CI's
FUZZ_EXAMPLES = int(os.environ.get("SEAMAP_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.sampled_from(["type", "features", "geometry", "coordinates", "properties", "name", "time"]) | st.text(max_size=8), children, max_size=5),
    max_leaves=30,
)


@pytest.mark.filterwarnings("ignore:No known place")
@FUZZ
@given(text=st.text(max_size=400))
def test_fuzz_extract_never_crashes(text):
    from seamap.extract import extract

    try:
        sc = extract(text)
    except SeamapError:
        assert not text.strip()  # only an empty text is refused
        return
    for pl in sc.places:
        for m in pl.mentions:
            assert text[m.start : m.end] == m.text


@pytest.mark.filterwarnings("ignore:No known place")
@FUZZ
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_fuzz_article_bytes(data, suffix, tmp_path_factory):
    from seamap.extract import extract, read_article

    p = tmp_path_factory.mktemp("fa") / f"a{suffix}"
    p.write_bytes(data)
    try:
        text = read_article(p)
    except SeamapError:
        return
    extract(text)


@FUZZ
@given(value=json_values, suffix=st.sampled_from([".geojson", ".json"]))
def test_fuzz_geojson_tracks(value, suffix, tmp_path_factory):
    from seamap.overlay import read_track

    p = tmp_path_factory.mktemp("fg") / f"t{suffix}"
    p.write_text(json.dumps(value), encoding="utf-8")
    try:
        t = read_track(p)
    except SeamapError:
        return
    assert len(t["coords"]) >= 2 and all(-90 <= lat <= 90 for _, lat in t["coords"])


@FUZZ
@given(text=st.text(max_size=300), suffix=st.sampled_from([".gpx", ".kml", ".csv"]))
def test_fuzz_text_tracks(text, suffix, tmp_path_factory):
    from seamap.overlay import read_track

    p = tmp_path_factory.mktemp("ft") / f"t{suffix}"
    p.write_text(text, encoding="utf-8")
    try:
        read_track(p)
    except SeamapError:
        pass


@FUZZ
@given(value=json_values)
def test_fuzz_scenario_files(value, tmp_path_factory):
    from seamap.brief import load_scenario

    p = tmp_path_factory.mktemp("fs") / "s.scenario.json"
    doc = {"schema": "seamap.scenario/1", "places": [], "disputes": [], "vessels": [], "routes": [], "events": []}
    doc.update(value if isinstance(value, dict) else {"places": value})
    p.write_text(json.dumps(doc), encoding="utf-8")
    try:
        load_scenario(p)
    except SeamapError:
        pass


@settings(max_examples=max(20, FUZZ_EXAMPLES // 3), deadline=None)
@given(
    a=st.one_of(st.text(max_size=30), st.tuples(st.floats(), st.floats())),
    b=st.one_of(st.sampled_from(["Busan", "Tsugaru Strait", "Sea of Okhotsk", "130,35"]), st.tuples(st.floats(-200, 200), st.floats(-100, 100))),
)
def test_fuzz_route_waypoints(a, b):
    import warnings

    from seamap.routing import route

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            r = route([a, b])
        except SeamapError:
            return
    assert r.length_km >= 0


def test_fuzz_cli_route_specs(capsys, tmp_path, monkeypatch):
    """A fixed spread of --route strings, each ends in a map or one error line."""
    monkeypatch.chdir(tmp_path)
    specs = ["from=", "to=Busan", "from=Busan to=", "from=Busan to=Atlantis", "from=Busan via=Busan to=Tokyo", "from=200,10 to=Busan", "x.gpx", "from=Busan to=Tokyo name=<script>", "The ship sailed.", "\u202e\u200b"]
    for k, spec in enumerate(specs):
        code, _, err = cli(["brief", "--route", spec, "-o", f"o{k}.html"], capsys)
        if code == 0:
            continue
        assert_one_line_error(code, err)


def test_internal_errors_are_one_line_unless_verbose(monkeypatch, capsys):
    import seamap.cli as c

    def boom(args):
        raise ZeroDivisionError("a bug")

    parser = c.build_parser
    monkeypatch.setattr(c, "_cmd_layers", boom)
    monkeypatch.setattr(c, "build_parser", parser)
    code, _, err = cli(["layers"], capsys)
    assert code == 1 and err.startswith("seamap: internal error: ZeroDivisionError: a bug") and err.count("\n") == 1
    with pytest.raises(ZeroDivisionError):
        main(["--verbose", "layers"])


def test_no_path_of_this_machine_in_outputs(tmp_path):
    """Errors name the user's file as given; outputs carry no absolute path of this machine."""
    from seamap import brief

    out = brief(None, tmp_path / "b.html")
    html = out.read_text(encoding="utf-8")
    assert str(ROOT) not in html and str(tmp_path) not in html
    assert os.sep + "work" + os.sep not in out.with_name("b.scenario.json").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- no lost work


def test_interrupted_write_leaves_the_previous_file(tmp_path, monkeypatch):
    """Ctrl-C (or SIGTERM, raised the same way) in the middle of writing: old bytes, no temp file."""
    import seamap.io as sio

    out = tmp_path / "map.html"
    out.write_bytes(b"previous map")
    real_fsync = os.fsync

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(sio.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        sio.write_atomic(out, b"new map" * 100_000)
    monkeypatch.setattr(sio.os, "fsync", real_fsync)
    assert out.read_bytes() == b"previous map"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]


@pytest.fixture(scope="module")
def reference_brief(tmp_path_factory) -> bytes:
    d = tmp_path_factory.mktemp("ref")
    r = subprocess.run([sys.executable, "-m", "seamap", "brief", "-o", str(d / "ref.html")], capture_output=True, timeout=180)
    assert r.returncode == 0, r.stderr
    return (d / "ref.html").read_bytes()


@pytest.mark.parametrize("sig,status", [("SIGINT", 130), ("SIGTERM", 143)])
def test_signal_during_a_brief_leaves_old_or_new_file_whole(sig, status, tmp_path, reference_brief):
    """Signals at spread-out moments of a real run: the output is the old file or the full new one."""
    import signal

    outcomes = []
    for delay in (0.2, 0.5, 0.8, 1.1, 1.4, 1.8):
        out = tmp_path / "map.html"
        out.write_bytes(b"previous map")
        proc = subprocess.Popen([sys.executable, "-m", "seamap", "brief", "-o", str(out)], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(getattr(signal, sig))
        _, err = proc.communicate(timeout=180)
        data = out.read_bytes()
        assert data in (b"previous map", reference_brief), f"{sig} after {delay} s left a partial file"
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
        assert b"Traceback" not in err, err
        if proc.returncode > 0:
            assert proc.returncode == status and err.decode().count("\n") == 1, err
        elif proc.returncode < 0:
            # the signal came before seamap's handlers were in place (no message), or CPython
            # ended the process by the signal after seamap's message (rare; the shell shows the
            # same status, 128 + the signal number)
            assert proc.returncode == -getattr(signal, sig), err
            assert err == b"" or (err.decode().count("\n") == 1 and err.startswith(b"seamap: ")), err
        outcomes.append(data == reference_brief)
    assert not all(outcomes), "no signal arrived before the write; the test proved nothing"


def test_two_briefs_on_one_output_leave_one_complete_file(tmp_path, reference_brief):
    out = tmp_path / "map.html"
    procs = [subprocess.Popen([sys.executable, "-m", "seamap", "brief", "-o", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    assert out.read_bytes() == reference_brief
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html", "map.scenario.json"]


def test_seamap_never_overwrites_its_input(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("The Xuelong sailed into the Sea of Okhotsk.", encoding="utf-8")
    before = art.read_bytes()
    code, _, err = cli(["brief", art, "-o", art], capsys)
    assert_one_line_error(code, err, match="never overwrites its input")
    assert art.read_bytes() == before


# --------------------------------------------------------------------------- reproducibility


def test_same_inputs_same_bytes_across_hash_seeds(tmp_path):
    """HTML, scenario JSON, route GeoJSON and SVG are identical across PYTHONHASHSEED values."""
    outputs = {}
    for seed in ("0", "1", "4242"):
        d = tmp_path / seed
        d.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        for args in (["brief", "-o", str(d / "b.html"), "--svg", str(d / "b.svg")], ["route", "--from", "Busan", "--via", "Tsugaru Strait", "--to", "Petropavlovsk", "-o", str(d / "r.geojson")]):
            r = subprocess.run([sys.executable, "-m", "seamap", *args], capture_output=True, env=env, timeout=300)
            assert r.returncode == 0, r.stderr
        outputs[seed] = {p.name: p.read_bytes() for p in sorted(d.iterdir())}
    assert set(outputs["0"]) == {"b.html", "b.scenario.json", "b.svg", "r.geojson"}
    assert outputs["0"] == outputs["1"] == outputs["4242"]


@pytest.mark.parametrize("sig,status", [("SIGINT", 130), ("SIGTERM", 143)])
def test_a_signal_while_the_command_loads_the_package_is_one_line(sig, status):
    # the package loads numpy, shapely and pyproj before seamap.cli can catch a signal (numpy's
    # loader turns Ctrl-C into a traceback and an ImportError): started as a command, seamap
    # notes the signal, finishes loading and ends as an interrupted command, with one line
    code = (
        "import os, signal, sys, threading\n"
        "sys.argv[:] = ['-m']\n"  # as runpy sets it while it loads the package of 'python -m seamap'
        f"threading.Timer(0.02, os.kill, (os.getpid(), signal.{sig})).start()\n"
        "import seamap\n"
        "print('not interrupted')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert proc.returncode == status, proc.stderr
    assert proc.stderr == b"seamap: interrupted while starting; nothing was written\n"
    assert proc.stdout == b""
    # imported by a program, the package leaves its signals alone
    plain = subprocess.run([sys.executable, "-c", "import signal, seamap; print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)"], capture_output=True, timeout=120)
    assert plain.stdout == b"True\n"


@pytest.mark.parametrize("sig,status,word", [("SIGINT", 130, "interrupted"), ("SIGTERM", 143, "terminated")])
def test_a_signal_after_the_package_loaded_and_before_the_command_runs_is_one_line(sig, status, word, tmp_path):
    # between the package's last line and the command's own handlers lie runpy (or the script
    # pip writes) and argparse; a signal there is held and the command ends on it, in one line
    out = tmp_path / "map.html"
    code = (
        "import os, signal, sys\n"
        "sys.argv[:] = ['seamap']\n"  # as the 'seamap' script starts
        "import seamap.cli\n"
        f"os.kill(os.getpid(), signal.{sig})\n"
        f"sys.exit(seamap.cli.main(['brief', '-o', {str(out)!r}]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert proc.returncode == status, proc.stderr
    assert proc.stderr.decode().startswith(f"seamap: {word};") and proc.stderr.count(b"\n") == 1, proc.stderr
    assert list(tmp_path.iterdir()) == []
    # handed over: the command's process has Python's own Ctrl-C again once it is done
    after = subprocess.run([sys.executable, "-c", "import signal, sys\nsys.argv[:] = ['seamap']\nimport seamap.cli\nseamap.cli.main(['layers'])\nprint(signal.getsignal(signal.SIGINT) is signal.default_int_handler)"], capture_output=True, timeout=120)
    assert after.stdout.splitlines()[-1] == b"True", after.stderr
