"""Static exports for print: opened and checked, reproducible."""

from __future__ import annotations

import hashlib
import re
import warnings

import pytest

from seamap.brief import brief
from seamap.errors import InputError


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    d = tmp_path_factory.mktemp("static")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        brief(None, d / "a.html", static=(d / "a.png", d / "a.svg", d / "a.pdf"), dpi=100)
        brief(None, d / "b.html", static=(d / "b.png", d / "b.svg", d / "b.pdf"), dpi=100)
    return d


def test_png_is_a_png_of_the_chosen_dpi(exports):
    blob = (exports / "a.png").read_bytes()
    assert blob[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(blob[16:20], "big")
    assert 700 < width < 1300  # 11 in at 100 dpi, trimmed to the drawing
    assert 30_000 < len(blob) < 2_000_000


def test_svg_is_vector_with_legend_text(exports):
    svg = (exports / "a.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for text in ("Legend", "Disputed island", "Xuelong", "500 km", "300 nm", "Sources: GSHHS"):
        assert text in svg, text
    assert "<image" not in svg  # no raster inside


def test_pdf_has_one_page_and_legend_text(exports):
    pdf = (exports / "a.pdf").read_bytes()
    assert pdf[:5] == b"%PDF-"
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1


@pytest.mark.parametrize("ext", ["png", "svg", "pdf"])
def test_static_exports_are_reproducible(exports, ext):
    a = hashlib.sha256((exports / f"a.{ext}").read_bytes()).hexdigest()
    b = hashlib.sha256((exports / f"b.{ext}").read_bytes()).hexdigest()
    assert a == b


def test_bad_static_requests(tmp_path):
    with pytest.raises(InputError, match="Unknown static format '.tif'"):
        brief(None, tmp_path / "a.html", static=(tmp_path / "a.tif",))
    with pytest.raises(InputError, match="dpi=5 is out of range"):
        brief(None, tmp_path / "b.html", static=(tmp_path / "b.png",), dpi=5)
    assert list(tmp_path.iterdir()) == []  # nothing half-written
