"""The geodata catalog: every layer parses, is valid, and matches what the catalog says."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest
import shapely
from shapely.geometry import shape

import seamap
from seamap.catalog import catalog, read_layer_json
from seamap.errors import LayerFileError, SeamapError, UnknownLayerError

REQUIRED = ("land", "disputed_islands", "seas", "adiz", "straits", "places")
ENTRIES = list(catalog().values())


def test_catalog_lists_the_six_layers_and_derived_ones():
    names = [e.name for e in ENTRIES]
    for n in REQUIRED:
        assert n in names
    assert {"land_display", "disputed_zones"} <= set(names)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_layer_matches_its_catalog_entry(entry):
    blob = entry.path.read_bytes()
    assert hashlib.sha256(blob).hexdigest() == entry.sha256
    fc = json.loads(blob)
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == entry.features
    assert entry.crs == "EPSG:4326"
    assert entry.license and entry.attribution and entry.sources
    geoms = [shape(f["geometry"]) for f in fc["features"] if f["geometry"] is not None]
    bounds = shapely.total_bounds(geoms)
    assert entry.bbox == pytest.approx(list(bounds), abs=1e-5)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_layer_geometry_is_valid_rfc7946(entry):
    fc = read_layer_json(entry.name)
    geoms = [shape(f["geometry"]) for f in fc["features"] if f["geometry"] is not None]
    arr = np.array(geoms, dtype=object)
    assert shapely.is_valid(arr).all(), [shapely.is_valid_reason(g) for g in geoms if not g.is_valid][:3]
    coords = shapely.get_coordinates(arr)
    assert (coords[:, 0] >= -180).all() and (coords[:, 0] <= 180).all()
    assert (coords[:, 1] >= -90).all() and (coords[:, 1] <= 90).all()
    polys = [p for g in geoms if g.geom_type in ("Polygon", "MultiPolygon") for p in getattr(g, "geoms", [g])]
    assert all(shapely.is_ccw(p.exterior) for p in polys), "exterior rings must be counter-clockwise"


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.name not in ("land", "land_display")], ids=lambda e: e.name)
def test_every_feature_says_where_it_came_from(entry):
    from seamap.catalog import sources_registry

    reg = sources_registry()
    for f in read_layer_json(entry.name)["features"]:
        p = f["properties"]
        ids = [s for s in (p.get("sources") or "").split(";") if s]
        assert ids, f"{entry.name}: feature {p.get('id') or p.get('group')} has no sources"
        assert all(s in reg for s in ids), [s for s in ids if s not in reg]
        if entry.name != "disputed_zones":
            assert p["confidence"] in ("high", "medium", "low")


def test_land_features_carry_their_source():
    sources = {f["properties"]["source"] for f in read_layer_json("land")["features"]}
    assert sources == {"gshhs_f", "natural_earth_50m"}


def test_load_layer_returns_geodataframe_in_4326():
    gdf = seamap.load_layer("straits")
    assert gdf.crs.to_epsg() == 4326
    assert "la_perouse_soya" in set(gdf["id"])


def test_unknown_layer_lists_known_names():
    with pytest.raises(UnknownLayerError, match=r"Unknown layer 'strait'; known layers: land, .*Did you mean 'straits'"):
        seamap.load_layer("strait")
    with pytest.raises(KeyError):
        seamap.load_layer("nope")
    assert issubclass(UnknownLayerError, SeamapError)


@pytest.fixture()
def geodata_copy(tmp_path, monkeypatch):
    import shutil

    from seamap.catalog import _catalog, data_dir

    dst = tmp_path / "geodata"
    shutil.copytree(data_dir(), dst, ignore=shutil.ignore_patterns("land.geojson", "land_display.geojson"))
    _catalog.cache_clear()
    yield dst
    _catalog.cache_clear()


def test_missing_layer_file_names_the_file(geodata_copy):
    (geodata_copy / "straits.geojson").unlink()
    with pytest.raises(LayerFileError, match=r"Layer file .*straits\.geojson is missing"):
        seamap.load_layer("straits", data=geodata_copy)


def test_corrupt_layer_file_names_the_file(geodata_copy):
    (geodata_copy / "adiz.geojson").write_bytes(b'{"type": "FeatureCollection", "features": [')
    with pytest.raises(LayerFileError, match=r"Layer file .*adiz\.geojson is corrupt"):
        seamap.load_layer("adiz", data=geodata_copy)
    (geodata_copy / "places.geojson").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(LayerFileError, match=r"places\.geojson is corrupt"):
        seamap.load_layer("places", data=geodata_copy)


def test_tampered_layer_fails_verification(geodata_copy):
    p = geodata_copy / "straits.geojson"
    p.write_bytes(p.read_bytes().replace(b"Tsugaru", b"Tsugaro"))
    with pytest.raises(LayerFileError, match="does not match its catalogued sha256"):
        seamap.load_layer("straits", data=geodata_copy, verify=True)


def test_corrupt_catalog_is_one_clear_error(geodata_copy):
    (geodata_copy / "catalog.json").write_text('{"layers": [{"name": "x"}]}')
    with pytest.raises(LayerFileError, match=r"catalog\.json is corrupt"):
        seamap.load_layer("straits", data=geodata_copy)


def test_routing_mesh_files_match_the_catalog():
    from seamap.catalog import data_dir

    folder = data_dir()
    raw = json.loads((folder / "catalog.json").read_text())
    files = raw["routing_mesh"]["files"]
    assert {f["file"] for f in files} >= {"routing/vertices.npy", "routing/triangles.npy", "routing/neighbors.npy", "routing/index.json"}
    for f in files:
        assert hashlib.sha256((folder / f["file"]).read_bytes()).hexdigest() == f["sha256"], f["file"]
