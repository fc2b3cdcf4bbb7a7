"""Sea routing: never over land, through named straits, across 180°, with clear errors."""

from __future__ import annotations

import json
import warnings

import pytest
import shapely
from common import GEOD
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import Point, shape

from seamap.catalog import read_layer_json
from seamap.errors import InputError, SeamapError, UnknownPlaceError
from seamap.routing import RouteError, route
from seamap.trackio import route_bytes


@pytest.fixture(scope="module")
def land():
    geoms = [shape(f["geometry"]) for f in read_layer_json("land")["features"]]
    return geoms, shapely.STRtree(geoms)


def km_over_land(r, land) -> float:
    geoms, tree = land
    if r.geometry.length == 0:  # start and end in the same place
        return 0.0
    g = shapely.segmentize(r.geometry, 0.01)
    total = 0.0
    for i in tree.query(g, predicate="intersects"):
        inter = g.intersection(geoms[i])
        for part in getattr(inter, "geoms", [inter]):
            if part.geom_type == "LineString" and not part.is_empty:
                xs, ys = part.xy
                total += GEOD.line_length(list(xs), list(ys)) / 1000.0
    return total


def quiet_route(*args, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return route(*args, **kw)


BENCH_PAIRS = [
    ((120.60, 35.95), (148.50, 53.00), ["La Perouse Strait"], ["korea_strait", "la_perouse_soya"]),
    ((132.00, 42.95), (143.00, 41.00), ["Tsugaru Strait"], ["tsugaru"]),
    ((122.30, 31.00), (127.50, 23.50), ["Miyako Strait"], ["miyako"]),
    ((158.75, 52.90), (-170.00, 69.50), [], ["bering"]),
]


@pytest.mark.parametrize("a,b,via,expected", BENCH_PAIRS)
def test_benchmark_pairs_avoid_land_and_take_the_straits(a, b, via, expected, land):
    r = quiet_route([a, b], via=via)
    assert km_over_land(r, land) == 0.0
    assert list(r.passages) == expected
    gc = GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000
    assert r.length_km >= gc


def test_antimeridian_route_is_split_not_looped():
    r = quiet_route([(158.75, 52.90), (-170.00, 69.50)])
    g = r.geometry
    assert g.geom_type == "MultiLineString"
    for part in g.geoms:
        xs = [c[0] for c in part.coords]
        assert all(-180 <= x <= 180 for x in xs)
        assert max(abs(x2 - x1) for x1, x2 in zip(xs[:-1], xs[1:], strict=True)) < 5  # no line across the map
    feat = r.to_feature()
    assert feat["properties"]["passages"] == ["Bering Strait"]
    assert 1300 < feat["properties"]["length_nm"] < 1700


STRAITS = [f["properties"]["id"] for f in read_layer_json("straits")["features"] if f["geometry"] is not None and f["properties"]["id"] not in ("kanmon",)]
# a start and an end on either side of each strait, all published or from the layers
SIDES = {
    "la_perouse_soya": ((139.0, 44.5), (144.0, 46.0)),
    "tsugaru": ((139.0, 41.5), (142.5, 41.2)),
    "korea_strait": ((127.5, 33.8), (130.5, 36.0)),
    "korea_strait_west": ((128.5, 34.2), (129.3, 35.3)),
    "korea_strait_east": ((129.0, 33.9), (130.0, 35.2)),
    "osumi": ((130.0, 31.0), (131.5, 30.8)),
    "miyako": ((125.5, 26.5), (127.0, 24.5)),
    "yonaguni_taiwan_gap": ((122.5, 25.2), (122.6, 23.8)),
    "bashi_channel": ((120.5, 21.5), (122.5, 21.5)),
    "taiwan_strait": ((120.5, 26.0), (119.0, 23.0)),
    "nemuro": ((145.2, 44.3), (145.6, 43.55)),
    "izmena": ((145.3, 43.9), (145.6, 43.5)),
    "yekaterina": ((146.3, 44.9), (147.0, 44.0)),
    "vries_frieza": ((148.5, 46.0), (149.8, 45.0)),
    "bussol": ((150.5, 47.5), (152.0, 46.0)),
    "fourth_kuril": ((154.0, 50.5), (156.0, 49.0)),
    "first_kuril": ((156.0, 51.2), (157.0, 50.4)),
    "tatar_nevelskoy": ((141.5, 51.0), (141.5, 53.0)),
    "bering": ((-170.0, 64.5), (-168.0, 67.0)),
    # central Kuril passages (supplement): Sea of Okhotsk side, Pacific side
    "diana": ((151.8, 47.6), (152.9, 46.9)),
    "rikord": ((152.2, 47.8), (153.2, 47.1)),
    "sredny": ((152.5, 48.0), (153.4, 47.3)),
    "nadezhda": ((152.7, 48.3), (153.6, 47.6)),
    "golovnin": ((152.8, 48.5), (153.7, 47.9)),
    "kruzenshtern": ((153.2, 48.8), (154.0, 48.1)),
    "krenitsyn": ((154.1, 49.5), (155.1, 48.9)),
}


@pytest.mark.parametrize("sid", STRAITS)
def test_forcing_a_strait_puts_it_in_passages(sid):
    names = {f["properties"]["id"]: f["properties"]["name"] for f in read_layer_json("straits")["features"]}
    a, b = SIDES[sid]
    r = quiet_route([a, b], via=[names[sid].split(" (")[0].split(" /")[0]] if sid != "korea_strait_west" and sid != "korea_strait_east" else [names["korea_strait"].split(" (")[0]])
    expected = "korea_strait" if sid.startswith("korea_strait") else sid
    assert expected in r.passages


@pytest.mark.parametrize("sid", ["la_perouse_soya", "tsugaru", "korea_strait", "miyako", "bussol", "yekaterina", "bering", "osumi"])
def test_avoiding_a_strait_removes_it(sid):
    names = {f["properties"]["id"]: f["properties"]["name"] for f in read_layer_json("straits")["features"]}
    a, b = SIDES[sid]
    try:
        r = quiet_route([a, b], avoid=[names[sid].split(" (")[0].split(" /")[0]])
    except RouteError:
        return  # no other way round is an acceptable answer (e.g. the Bering Strait)
    assert sid not in r.passages


def test_unknown_names_list_nearest():
    with pytest.raises(UnknownPlaceError, match=r"Unknown place 'Tsugaru Strat'; nearest known names: Tsugaru Strait"):
        route(["Tsugaru Strat", "Busan"])


@pytest.mark.parametrize(
    "kw,err,match",
    [
        (dict(waypoints=["35,130", "Busan"]), InputError, "look swapped"),
        (dict(waypoints=["200,10", "Busan"]), InputError, "out of range"),
        (dict(waypoints=["nan,10", "Busan"]), InputError, "not a finite"),
        (dict(waypoints=["Busan"]), InputError, "at least two waypoints"),
        (dict(waypoints=["Busan", "Tokyo"], via=["Tsugaru Strait"], avoid=["Tsugaru"]), InputError, "both forced"),
        (dict(waypoints=["Busan", "Tokyo"], via=["Kanmon"]), RouteError, "narrower than the routing mesh"),
        (dict(waypoints=["Busan", "Tokyo"], via=["Japan"]), InputError, "not a strait"),
        (dict(waypoints=["Mongolia", "Busan"]), RouteError, "Mongolia has no coast in the routing domain"),
        (dict(waypoints=["Busan", "Tokyo"], via=["Tokara Strait"]), InputError, "declared gap"),
        # Lake Biwa and Lake Khanka (GSHHS level 2): an error, not a snap to the nearest sea
        (dict(waypoints=["136.08,35.25", "Busan"]), RouteError, r"lies in a lake \(66\d\.\d km², GSHHS \d+\) that is not part of the sea"),
        (dict(waypoints=["Busan", "132.4,45.0"]), RouteError, r"lies in a lake \(40\d\d\.\d km²"),
        # Lake Baikal is outside the lakes layer's window: caught as far inland instead
        (dict(waypoints=["108.0,53.5", "Busan"]), RouteError, r"is 17\d\d km inland from the nearest navigable water"),
    ],
)
def test_bad_input(kw, err, match):
    with pytest.raises(err, match=match):
        route(**kw)
    assert issubclass(err, SeamapError)


def test_city_on_land_starts_at_nearest_water_with_a_warning(land):
    with pytest.warns(UserWarning, match="Vladivostok lies on land or within the coastal sea-room"):
        r = route(["Vladivostok", "Tsugaru Strait"])
    assert km_over_land(r, land) == 0.0


def test_sea_waypoint_ends_inside_that_sea_on_the_way():
    r = quiet_route(["Vladivostok", "Sea of Okhotsk"])
    okhotsk = next(shape(f["geometry"]) for f in read_layer_json("seas")["features"] if f["properties"]["id"] == "sea_of_okhotsk")
    end = Point(r.coords[-1])
    assert okhotsk.covers(end)
    # it stops soon after La Perouse, not at the far label point (150E 55N)
    assert GEOD.inv(end.x, end.y, 150.0, 55.0)[2] > 800_000
    assert r.passages == ("la_perouse_soya",)


def test_route_formats_round_trip(tmp_path):
    r = quiet_route([(132.0, 42.95), (143.0, 41.0)], via=["Tsugaru Strait"])
    fc = json.loads(route_bytes(r, ".geojson"))
    assert fc["features"][0]["properties"]["passages"] == ["Tsugaru Strait"]
    assert fc["features"][0]["geometry"]["coordinates"][0] == [132.0, 42.95]
    gpx = route_bytes(r, ".gpx").decode()
    assert gpx.count("<trkpt") == len(r.coords) and 'lat="42.950000" lon="132.000000"' in gpx
    kml = route_bytes(r, ".kml").decode()
    assert "132.000000,42.950000" in kml
    csv = route_bytes(r, ".csv").decode().splitlines()
    assert csv[0] == "part,seq,lon,lat" and csv[1] == "0,0,132.000000,42.950000"
    with pytest.raises(InputError, match="Unknown route format"):
        route_bytes(r, ".shp")


def _sea_points():
    seas = read_layer_json("seas")["features"]
    geoms = [shape(f["geometry"]) for f in seas if f["properties"]["id"] in ("sea_of_japan", "sea_of_okhotsk", "east_china_sea", "yellow_sea", "philippine_sea", "bering_sea", "north_pacific")]
    water = shapely.union_all(geoms).intersection(shapely.box(115, 20, 180, 72))
    inner = water.buffer(-0.2)
    return inner


INNER = _sea_points()
BOUNDS = INNER.bounds


def _candidates():
    import numpy as np

    xs = np.arange(BOUNDS[0], BOUNDS[2], 0.37)
    ys = np.arange(BOUNDS[1], BOUNDS[3], 0.29)
    pts = [(round(float(x), 4), round(float(y), 4)) for x in xs for y in ys]
    inside = shapely.covers(INNER, shapely.points(pts))
    return [p for p, ok in zip(pts, inside, strict=True) if ok]


CANDIDATES = _candidates()
sea_point = lambda: st.sampled_from(CANDIDATES)  # noqa: E731


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example, HealthCheck.function_scoped_fixture])
@given(a=sea_point(), b=sea_point())
def test_property_random_sea_points(a, b, land):
    r = quiet_route([a, b])
    assert km_over_land(r, land) == 0.0
    assert r.coords[0] == pytest.approx(a, abs=1e-6) and (r.coords[-1][0] % 360, r.coords[-1][1]) == pytest.approx((b[0] % 360, b[1]), abs=1e-6)
    assert r.length_km * 1000 >= GEOD.inv(a[0], a[1], b[0], b[1])[2] - 1.0


def test_route_leaves_its_waypoints_unchanged():
    wps = ["Vladivostok", (143.0, 41.0)]
    via = ["Tsugaru Strait"]
    quiet_route(wps, via=via)
    assert wps == ["Vladivostok", (143.0, 41.0)] and via == ["Tsugaru Strait"]


def test_around_japan_passes_the_whole_ring_in_order(land):
    r = quiet_route(["Vladivostok", "Vladivostok"], around="Japan")
    assert r.passages in (("la_perouse_soya", "yekaterina", "osumi", "korea_strait"), ("korea_strait", "osumi", "yekaterina", "la_perouse_soya"))
    assert km_over_land(r, land) == 0.0
    assert 2000 < r.length_nm < 3500


def test_around_rejects_unknown_groups_and_via():
    with pytest.raises(InputError, match="around='Taiwan' is not supported; use one of: Japan"):
        route(["Busan", "Tokyo"], around="Taiwan")
    with pytest.raises(InputError, match="do not combine it with via="):
        route(["Busan", "Tokyo"], around="Japan", via=["Tsugaru Strait"])


@pytest.fixture(scope="module")
def reference():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from reference import SteinerReference

    from seamap.routing import mesh

    return SteinerReference(mesh(), k=3)


OPEN_PAIRS = [(a, b) for a, b, via, _ in BENCH_PAIRS if not via] + [
    ((131.0, 37.5), (144.0, 40.5)),  # Sea of Japan to the Pacific: Tsugaru against La Perouse
    ((124.0, 36.0), (139.0, 34.0)),  # Yellow Sea to south of Honshu: Korea Strait, then Kanmon is closed
    ((146.0, 46.0), (155.0, 49.0)),  # Sea of Okhotsk out through the Kurils
    ((178.0, 62.0), (-168.0, 64.5)),  # Gulf of Anadyr across 180° to the Bering Strait
]


@pytest.mark.parametrize("a,b", OPEN_PAIRS)
def test_route_is_within_3_percent_of_the_reference_shortest_path(a, b, reference):
    """The reference (bench/reference.py) searches a denser graph over the whole mesh."""
    from seamap.routing import _locate, mesh

    m = mesh()
    r = quiet_route([a, b])
    (t0, p0), (t1, p1) = _locate(m, a, "a", []), _locate(m, b, "b", [])
    ll = m.to_lonlat(reference.path(t0, p0, t1, p1))
    ref_nm = GEOD.line_length([c[0] for c in ll], [c[1] for c in ll]) / 1852.0
    assert r.length_nm <= 1.03 * ref_nm
    assert r.length_nm >= 0.97 * ref_nm  # a much shorter 'route' would mean a broken check


@pytest.mark.parametrize(
    "a, b",
    [((121.80, 38.80), (158.75, 52.90)), ((120.60, 35.95), (148.50, 53.00)), ((129.10, 35.00), (139.80, 35.45)), ((122.30, 31.00), (127.50, 23.50))],
)
def test_resumed_funnel_gives_the_path_of_a_full_pass(a, b, monkeypatch):
    """The corridor refinement restarts each funnel pass after the bends that read only
    unchanged portals; the path must be the one a pass from the start gives."""
    from seamap import routing

    m = routing.mesh()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t0, p0 = routing._locate(m, a, "a", [])
        t1, p1 = routing._locate(m, b, "b", [])
    corridor = m.corridor(t0, p0, t1, p1)
    resumed = m.shortest(p0, p1, corridor)
    calls = []

    def from_start(old, new, run):
        calls.append(1)
        return None

    monkeypatch.setattr(routing.Mesh, "_resume_point", staticmethod(from_start))
    full = m.shortest(p0, p1, corridor)
    assert calls, "the refinement made no second pass: the case does not exercise resuming"
    assert resumed == full


def test_a_forced_strait_is_crossed_not_touched():
    """Aiming at the middle of a gate and turning back would list the strait without passing it:
    from the Sea of Okhotsk via the Diana Strait the route must come out on the Pacific side, not
    return to the Sea of Okhotsk and leave by the Bussol Strait."""
    r = quiet_route(["Sea of Okhotsk", "Philippine Sea"], via=["Diana Strait"])
    assert r.passages == ("diana",)
    gate = shape(next(f["geometry"] for f in read_layer_json("straits")["features"] if f["properties"]["id"] == "diana"))
    crossings = shapely.intersection(shapely.LineString(r.coords), gate)
    assert len(getattr(crossings, "geoms", [crossings])) % 2 == 1  # crossed once (or an odd number of times)


# -- the compiled search (src/seamap/_seasearch.c) and its SciPy stand-in


def _compiler() -> str | None:
    import shlex
    import shutil
    import sysconfig

    cc = sysconfig.get_config_var("CC")
    return shutil.which(shlex.split(cc)[0]) if cc else None


def _built() -> bool:
    from seamap import routing

    return routing._seasearch is not None


needs_c = pytest.mark.skipif(not _built(), reason="the compiled search was not built (no C compiler at install)")


def test_the_install_built_the_compiled_search_where_there_is_a_compiler():
    """hatch_build.py compiles _seasearch.c at install; a silent failure would leave routing on
    the slow SciPy search."""
    from seamap import routing

    if _compiler() is None:
        pytest.skip("no C compiler on this machine: the install falls back to SciPy by design")
    assert routing._seasearch is not None
    assert routing.search_backend() == "c"


SAME_TRACK_CASES = [
    ([(121.80, 38.80), (158.75, 52.90)], {}),
    ([(158.75, 52.90), (-170.00, 69.50)], {}),
    ([(150.00, 50.00), (153.00, 44.00)], {}),
    ([(122.30, 29.85), (123.50, 25.75)], {}),
    (["Qingdao", "Sea of Okhotsk"], {"via": ["La Perouse Strait"]}),
    (["Vladivostok", "141.5,41.0"], {"avoid": ["Tsugaru Strait"]}),
    (["Busan", "Sea of Okhotsk"], {}),  # a sea as the goal: the nearest of its nodes
    (["Shanghai", "Shanghai"], {"around": "Japan"}),
]


@needs_c
@pytest.mark.parametrize("waypoints, kw", SAME_TRACK_CASES)
def test_compiled_and_scipy_searches_give_the_same_tracks(waypoints, kw, monkeypatch):
    from seamap import routing

    fast = quiet_route(waypoints, **kw)
    monkeypatch.setenv(routing.SEARCH_ENV, "scipy")
    assert routing.search_backend() == "scipy"
    slow = quiet_route(waypoints, **kw)
    assert fast.coords == slow.coords
    assert fast.passages == slow.passages


@needs_c
def test_compiled_funnel_matches_the_python_steps(monkeypatch):
    """The C funnel pass must give the same doubles as the Python one, from the start and when
    resumed after a bend."""
    from seamap import routing

    m = routing.mesh()
    t0, p0 = routing._locate(m, (121.80, 38.80), "a", [])
    t1, p1 = routing._locate(m, (158.75, 52.90), "b", [])
    corridor = m.corridor(t0, p0, t1, p1)
    fast = m._funnel(p0, p1, corridor)
    half = (fast[0][: len(fast[1]) // 2 + 1], fast[1][: len(fast[1]) // 2], fast[2][: len(fast[1]) // 2])
    fast_resumed = m._funnel(p0, p1, corridor, half)
    monkeypatch.setenv(routing.SEARCH_ENV, "scipy")
    slow = m._funnel(p0, p1, corridor)
    slow_resumed = m._funnel(p0, p1, corridor, half)
    assert len(fast[1]) > 10  # a corridor with bends on both sides
    for a, b in ((fast, slow), (fast_resumed, slow_resumed), (fast_resumed, fast)):
        assert [tuple(p) for p in a[0]] == [tuple(p) for p in b[0]]
        assert a[1] == b[1] and a[2] == b[2]


@needs_c
def test_compiled_search_rejects_bad_arrays_with_an_error_not_a_crash():
    import numpy as np

    from seamap import _seasearch, routing

    m = routing.mesh()
    indptr, indices = m._csr
    w = m._weights(frozenset())[:-6]
    lm = m.landmarks[0][:0]
    ok = (np.array([0], dtype=np.int64), np.zeros(1), np.array([5], dtype=np.int64), np.zeros(1))
    with pytest.raises(IndexError):
        _seasearch.astar(indptr, indices, w, m.steiner["unit"], lm, 1.0, np.zeros(0), np.array([len(indptr) + 5], dtype=np.int64), np.zeros(1), *ok[2:], 0.0, 0.0, 0.0, 0.0)
    with pytest.raises(ValueError):
        _seasearch.astar(indptr, indices, w[:-1], m.steiner["unit"], lm, 1.0, np.zeros(0), *ok, 0.0, 0.0, 0.0, 0.0)
    with pytest.raises(TypeError):
        _seasearch.astar(indptr.astype(np.int64), indices, w, m.steiner["unit"], lm, 1.0, np.zeros(0), *ok, 0.0, 0.0, 0.0, 0.0)
    with pytest.raises(ValueError, match="not neighbours"):
        _seasearch.funnel(m.tris, m.nbrs, m.verts, np.array([0, 40000], dtype=np.int64), 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0)


def test_landmark_bounds_never_exceed_graph_distances_and_are_tight_on_long_legs():
    """A* is exact only while the landmark bound |d(L, u) - d(L, v)| (less one unit of the stored
    table) is at most the graph distance from u to v."""
    import numpy as np
    from scipy.sparse.csgraph import dijkstra

    from seamap import routing

    m = routing.mesh()
    table, unit = m.landmarks
    n = m.steiner["n"] - 1
    assert table.shape == (8, n) and unit == 500.0
    assert not (np.asarray(table) == m.UNREACHED).any()  # one sea: every landmark reaches every node
    g = m._graph(frozenset())[:n, :n]
    rng = np.random.default_rng(3)
    sources = rng.integers(0, n, 4)
    dist = dijkstra(g, indices=sources)
    targets = rng.integers(0, n, 500)
    lm = np.asarray(table, dtype=np.float64) * unit
    ratios = []
    for k, s in enumerate(sources):
        bound = np.max(np.abs(lm[:, [s]] - lm[:, targets]), axis=0) - unit
        true = dist[k, targets]
        assert (bound <= true + 1e-6).all()
        far = true > 2_000_000
        ratios.extend((bound[far] / true[far]).tolist())
    assert np.median(ratios) > 0.8  # landmarks on the domain's rim bound long legs closely


def test_a_landmark_table_for_another_graph_is_not_used(tmp_path):
    import shutil

    import numpy as np

    from seamap import routing

    shutil.copytree(routing.mesh().base, tmp_path / "routing")
    np.save(tmp_path / "routing" / "landmarks.npy", np.zeros((8, 10), dtype=np.uint16))
    m = routing.Mesh(str(tmp_path))
    assert m.landmarks[0].shape[0] == 0
    ref = routing.mesh()
    t0, p0 = routing._locate(ref, (121.80, 38.80), "a", [])
    t1, p1 = routing._locate(ref, (158.75, 52.90), "b", [])
    assert m.corridor(t0, p0, t1, p1) == ref.corridor(t0, p0, t1, p1)


def test_build_hook_compiles_the_search_and_reports_a_failure_in_one_line(tmp_path):
    import importlib.util
    import sysconfig
    from pathlib import Path

    pytest.importorskip("hatchling")
    if _compiler() is None:
        pytest.skip("no C compiler")
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("hatch_build", root / "hatch_build.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    target = tmp_path / f"_seasearch{sysconfig.get_config_var('EXT_SUFFIX')}"
    assert hook.compile_extension(root / "src" / "seamap" / "_seasearch.c", target) is None
    mod_spec = importlib.util.spec_from_file_location("_seasearch", target)
    mod = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(mod)
    assert callable(mod.astar) and callable(mod.funnel)
    broken = tmp_path / "broken.c"
    broken.write_text("this is not C\n")
    problem = hook.compile_extension(broken, tmp_path / "broken.so")
    assert problem and "\n" not in problem and "failed" in problem


def test_a_country_as_an_end_is_its_coast_reached_by_sea(land):
    """"To Vietnam" ends where Vietnam's coast is first reached by sea; "from Japan" starts on the
    Japanese coast nearest the way on. Both ends lie within the coast band (0.25°) of the country."""
    import numpy as np

    from seamap import routing

    ranges, nodes = routing._country_table()
    lon, lat = routing._node_lonlat()
    r = quiet_route(["Taiwan Strait", "Vietnam"])
    assert km_over_land(r, land) == 0.0
    a, b = ranges["vietnam"]
    end = r.coords[-1]
    assert min(GEOD.inv(end[0], end[1], float(lon[k]), float(lat[k]))[2] for k in nodes[a:b]) < 1.0  # a Vietnamese coast node
    assert 105.0 < end[0] < 110.0 and 15.0 < end[1] < 22.5
    r = quiet_route(["Japan", "Vietnam"])
    a, b = ranges["japan"]
    start = r.coords[0]
    d = GEOD.inv(np.full(b - a, start[0]), np.full(b - a, start[1]), lon[nodes[a:b]], lat[nodes[a:b]])[2]
    assert d.min() < 1.0 and start[0] < 126.0  # the Ryukyu end of Japan, the one nearest Vietnam
    assert r.passages and km_over_land(r, land) == 0.0
