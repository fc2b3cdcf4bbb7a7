"""Every island, strait and place of the fact sheet with a published position is in geodata,
within 1 km of that position; gaps are declared, not filled."""

from __future__ import annotations

import pytest
import shapely
from common import GEOD, NM, distance_m
from shapely.geometry import Point, shape

from seamap.catalog import catalog, read_layer_json


def features(name):
    return {(f["properties"].get("id") or f["properties"].get("group")): f for f in read_layer_json(name)["features"]}


def published_islands(facts):
    isl = facts["islands"]
    out = []
    for it in isl["southern_kurils_northern_territories"]["islands"]:
        if it["id"] == "habomai":
            for m in it["members"]:
                tab = m.get("lesser_kuril_table")
                if tab:
                    out.append((m["romaji"], tab["lon"], tab["lat"]))
            continue
        rp = it["representative_point"]
        out.append((it["id"], rp["lon"], rp["lat"]))
    for it in isl["senkaku_diaoyu"]["islands"]:
        rp = it["representative_point"]
        out.append((it["id"], rp["lon"], rp["lat"]))
    rp = isl["liancourt_rocks"]["representative_point"]
    out.append(("liancourt_rocks", rp["lon"], rp["lat"]))
    return out


def test_every_published_island_has_a_polygon_within_1km(facts):
    geoms = [shape(f["geometry"]) for f in read_layer_json("disputed_islands")["features"]]
    islands = published_islands(facts)
    assert len(islands) == 3 + 5 + 8 + 1
    for name, lon, lat in islands:
        d = min(distance_m(g, lon, lat) for g in geoms)
        assert d <= 1000.0, f"{name}: nearest polygon {d:.0f} m from its published position"


def test_all_eight_senkaku_features_are_separate_polygons(facts):
    feats = [f for f in read_layer_json("disputed_islands")["features"] if f["properties"]["group"] == "senkaku_diaoyu"]
    assert len(feats) == 8
    assert len({f["properties"]["gshhs_id"] for f in feats}) == 8
    for f in feats:
        p = f["properties"]
        assert p["name_ja"] and p["name_zh"], p["id"]
        assert "People's Republic of China (claims)" in p["claimants"]


def test_gshhs_senkaku_offset_is_detected_and_corrected_in_land_too(facts):
    uotsuri = features("disputed_islands")["senkaku_uotsuri"]
    note = uotsuri["properties"]["position_corrected"]
    assert note and "moved by" in note
    metres = float(note.split("(")[1].split(" m")[0])
    assert 5000 < metres < 7000  # GSHHS draws Uotsuri-jima about 6 km ENE of the SOA position
    gid = uotsuri["properties"]["gshhs_id"]
    land = [f for f in read_layer_json("land")["features"] if f["properties"].get("gshhs_id") == gid]
    assert len(land) == 1 and land[0]["properties"]["position_corrected"] == note
    rp = facts["islands"]["senkaku_diaoyu"]["islands"][0]["representative_point"]
    assert distance_m(shape(land[0]["geometry"]), rp["lon"], rp["lat"]) <= 1000.0


def test_the_unlocated_habomai_islet_is_a_declared_gap():
    gaps = catalog()["disputed_islands"].gaps
    assert [g["id"] for g in gaps] == ["habomai_kaigara"]
    assert gaps[0]["reason"]


@pytest.mark.parametrize("zone,nm", [("territorial_sea", 12), ("contiguous_zone", 24)])
def test_zones_are_geodesic_distances_from_the_shore(zone, nm):
    islands = [shape(f["geometry"]) for f in read_layer_json("disputed_islands")["features"] if f["properties"]["group"] == "senkaku_diaoyu"]
    shore = shapely.union_all(islands)
    z = next(f for f in read_layer_json("disputed_zones")["features"] if f["properties"]["group"] == "senkaku_diaoyu" and f["properties"]["zone"] == zone)
    outer = shape(z["geometry"])
    ring = max(getattr(outer, "geoms", [outer]), key=lambda g: g.area).exterior
    for k in range(0, len(ring.coords), max(1, len(ring.coords) // 24)):
        lon, lat = ring.coords[k]
        d = distance_m(shore, lon, lat) / NM
        assert d == pytest.approx(nm, rel=0.01), f"{zone} vertex {k} lies {d:.2f} nm from the shore"


def test_china_adiz_vertices_equal_the_published_ones(facts):
    published = [(v["lon"], v["lat"]) for v in facts["adiz"]["china_east_china_sea_adiz"]["vertices"]]
    f = features("adiz")["china_ecs_adiz"]
    ring = f["geometry"]["coordinates"][0][:-1]
    # RFC 7946 orientation may reverse the order: compare as a cycle in either direction
    assert len(ring) == 6
    start = min(range(6), key=lambda i: abs(ring[i][0] - published[0][0]) + abs(ring[i][1] - published[0][1]))
    rot = ring[start:] + ring[:start]
    if abs(rot[1][0] - published[1][0]) > 1e-6:
        rot = [rot[0]] + rot[1:][::-1]
    for (lon, lat), (plon, plat) in zip(rot, published, strict=True):
        assert lon == pytest.approx(plon, abs=1e-6) and lat == pytest.approx(plat, abs=1e-6)
    assert f["properties"]["status"] == "published"


def test_partial_and_missing_adiz_are_marked():
    a = features("adiz")
    assert a["japan_adiz"]["properties"]["status"] == "partial" and a["japan_adiz"]["properties"]["approximate"] is True
    assert len(a["japan_adiz"]["geometry"]["coordinates"]) == 7
    assert a["korea_kadiz_2013"]["properties"]["confidence"] == "low"
    assert a["taiwan_adiz"]["geometry"] is None and a["taiwan_adiz"]["properties"]["status"] == "gap"


def test_every_fact_sheet_strait_is_present(facts):
    st = features("straits")
    for key, s in facts["straits"].items():
        assert key in st, key
        rp = s.get("representative_point") or {}
        if rp.get("lat") is not None and key != "bering":
            geom = shape(st[key]["geometry"])
            assert distance_m(geom, rp["lon"], rp["lat"]) <= 1000.0, key
    assert st["tokara"]["geometry"] is None  # no published shores or point: a gap
    for key in ("korea_strait_west", "korea_strait_east", "miyako", "yonaguni_taiwan_gap", "bering"):
        assert st[key]["geometry"] is not None


@pytest.mark.parametrize("key,published_km,tolerance", [("la_perouse_soya", 43, 0.1), ("yekaterina", 22, 0.2), ("first_kuril", 12.4, 0.1), ("yonaguni_taiwan_gap", 108, 0.05), ("izmena", 20, 0.1)])
def test_gate_lines_span_the_published_widths(key, published_km, tolerance):
    g = shape(features("straits")[key]["geometry"])
    (lon1, lat1), (lon2, lat2) = g.coords[0], g.coords[-1]
    km = GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000
    assert km == pytest.approx(published_km, rel=tolerance)


def test_every_published_place_is_present(facts):
    pl = features("places")
    for key, p in facts["places"].items():
        pt = p.get("point") or {}
        assert key in pl, key
        if pt.get("lat") is not None:
            lon, lat = pl[key]["geometry"]["coordinates"]
            assert GEOD.inv(lon, lat, pt["lon"], pt["lat"])[2] < 1.0, key
    assert pl["sakhalin"]["properties"]["derived"] is True


@pytest.mark.parametrize("name,lon,lat", [("Hateruma", 123.783333, 24.05), ("Liancourt Rocks", 131.866667, 37.241667), ("Kuba-jima", 123.681667, 25.923333), ("Tanfilyev (Habomai)", 145.916667, 43.433333)])
def test_small_islands_exist_in_the_land_layer(name, lon, lat):
    tree_geoms = [shape(f["geometry"]) for f in read_layer_json("land")["features"] if f["properties"]["source"] == "gshhs_f"]
    tree = shapely.STRtree(tree_geoms)
    near = tree.query(Point(lon, lat).buffer(0.05))
    assert min(distance_m(tree_geoms[i], lon, lat) for i in near) <= 1000.0, name


def test_no_bogus_antimeridian_land_in_the_bering_strait():
    land = [shape(f["geometry"]) for f in read_layer_json("land")["features"]]
    tree = shapely.STRtree(land)
    for lon, lat in ((-169.0, 65.8), (179.9, 62.0), (-179.9, 62.0), (-175.0, 60.0)):
        hits = [i for i in tree.query(Point(lon, lat)) if land[i].covers(Point(lon, lat))]
        assert not hits, f"land layer covers open water at {lon}, {lat}"
    # and the land on both sides of 180° is there
    assert any(land[i].covers(Point(175.0, 66.5)) for i in tree.query(Point(175.0, 66.5)))
    assert any(land[i].covers(Point(-176.0, 67.0)) for i in tree.query(Point(-176.0, 67.0)))


def test_seas_cover_the_required_names_and_say_when_approximate():
    seas = features("seas")
    for key in ("sea_of_okhotsk", "sea_of_japan", "east_china_sea", "yellow_sea", "bohai_sea", "philippine_sea", "bering_sea", "chukchi_sea", "east_siberian_sea", "laptev_sea", "kara_sea", "barents_sea", "seto_inland_sea", "north_pacific"):
        assert key in seas
        p = seas[key]["properties"]
        assert p["limits_basis"]
        if p["approximate_edges"]:
            assert p["approximate"] is True
    assert seas["sea_of_japan"]["properties"]["name"] == "Sea of Japan (East Sea)"
    # Points well inside each sea fall in it
    for key, lon, lat in (("sea_of_okhotsk", 150.0, 55.0), ("sea_of_japan", 135.0, 40.0), ("east_china_sea", 125.0, 30.0), ("yellow_sea", 123.5, 35.5), ("bering_sea", -175.0, 58.0), ("chukchi_sea", -170.0, 70.0), ("seto_inland_sea", 133.3, 34.2)):
        assert shape(seas[key]["geometry"]).covers(Point(lon, lat)), key
