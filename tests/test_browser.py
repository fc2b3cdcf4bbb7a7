"""The briefing map in Debian's headless chromium, with every network request blocked."""

from __future__ import annotations

import pytest
from conftest import CHROMIUM

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def open_page(browser, path, *, wait_for_map=True):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems, external = [], []
    page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))

    def guard(route):
        if route.request.url.startswith(("file:", "about:", "data:")):
            route.continue_()
        else:
            external.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.goto(path.resolve().as_uri())
    if wait_for_map:
        page.wait_for_function("window.seamapMap !== undefined")
    return page, problems, external


@pytest.fixture(scope="module")
def example_map(tmp_path_factory):
    from seamap import brief

    return brief(None, tmp_path_factory.mktemp("b") / "example.html")


def test_loads_offline_without_errors(browser, example_map):
    page, problems, external = open_page(browser, example_map)
    assert problems == [] and external == []
    assert page.title().startswith("Two Chinese transits")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator(".leaflet-control-layers-overlays label").count() >= 8
    page.close()


def test_each_layer_toggles(browser, example_map):
    page, problems, _ = open_page(browser, example_map)
    labels = page.locator(".leaflet-control-layers-overlays label")
    for i in range(labels.count()):
        label = labels.nth(i)
        name = label.inner_text().strip()
        count = "Object.keys(window.seamapMap._layers).length"
        before = page.evaluate(count)
        label.locator("input").click()
        after = page.evaluate(count)
        assert after < before, f"toggling {name!r} off removed nothing"
        label.locator("input").click()
        assert page.evaluate(count) == before, f"toggling {name!r} back on did not restore it"
    legend = page.locator("#legend").inner_text()
    assert "Disputed island" in legend and "Strait gate line" in legend
    assert problems == []
    page.close()


def test_popup_shows_the_source_sentence(browser, example_map):
    page, problems, _ = open_page(browser, example_map)
    page.evaluate(
        """() => { const m = window.seamapMap; let target = null;
        m.eachLayer(l => { if (l.getPopup && l.getTooltip && l.getTooltip() && l.getTooltip().getContent().textContent === 'Sea of Okhotsk' && l.getRadius) target = l; });
        target.openPopup(); }"""
    )
    quotes = page.locator(".leaflet-popup-content blockquote.source-sentence").all_inner_texts()
    assert len(quotes) == 2
    assert quotes[0].startswith("Its route north took it through the Korea Strait")
    assert "passed through the Soya Strait into the Sea of Okhotsk on 14 July" in quotes[1]
    assert problems == []
    page.close()


PAYLOADS = [
    "<script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "${window.__pwned='template'}",
    "`+(window.__pwned='backtick')+`",
    "</script><script>window.__pwned='close'</script>",
]


def test_article_text_never_executes(browser, tmp_path):
    from seamap import brief

    body = " ".join(f"The vessel {p} sailed into the Sea of Okhotsk near {p}." for p in PAYLOADS)
    art = tmp_path / "evil.txt"
    art.write_text(f"{PAYLOADS[1]} {PAYLOADS[0]}\n\n{body}", encoding="utf-8")
    out = brief(art, tmp_path / "evil.html")
    page, problems, external = open_page(browser, out)
    assert page.evaluate("window.__pwned") is None
    # the payload is shown as text in the title
    assert "<img src=x" in page.locator("#title").inner_text()
    page.evaluate(
        """() => { window.seamapMap.eachLayer(l => { if (l.getRadius && l.getTooltip && l.getTooltip() && l.getTooltip().getContent().textContent === 'Sea of Okhotsk') l.openPopup(); }); }"""
    )
    text = page.locator(".leaflet-popup-content").inner_text()
    assert "window.__pwned='template'" in text
    assert page.evaluate("window.__pwned") is None
    assert external == [] and not [p for p in problems if "dialog" in p]
    page.close()


@pytest.fixture(scope="module")
def seed_map(tmp_path_factory):
    from conftest import SEED

    from seamap import brief

    if not SEED.is_file():
        pytest.skip("seed article not available")
    return brief(SEED, tmp_path_factory.mktemp("s") / "seed.html")


def test_seed_map_draws_both_routes_and_the_slider_moves_them(browser, seed_map):
    page, problems, external = open_page(browser, seed_map)
    assert problems == [] and external == []
    count = """() => { let n = 0; window.seamapMap.eachLayer(l => { if (l instanceof L.Polyline && !(l instanceof L.Polygon) && l.getTooltip && l.getTooltip() && /Xuelong|Chinese naval vessels/.test(l.getTooltip().getContent().textContent)) n++; }); return n; }"""
    assert page.evaluate(count) == 2
    slider = page.locator("#time")
    maxv = int(slider.get_attribute("max"))
    assert maxv >= 2
    slider.evaluate("(s) => { s.value = 0; s.dispatchEvent(new Event('input')); }")
    assert page.evaluate(count) == 1  # only the 2012 voyage
    assert page.locator("#time-label").inner_text().startswith("2012")
    slider.evaluate(f"(s) => {{ s.value = {maxv}; s.dispatchEvent(new Event('input')); }}")
    assert page.evaluate(count) == 2
    text = page.locator("#summary-routes").inner_text()
    assert "Xuelong" in text and "La Pérouse Strait" in text and "nm" in text
    page.close()


@pytest.mark.parametrize("naming,expected", [("neutral", "Sea of Japan (East Sea)"), ("ja", "日本海"), ("ko", "동해")])
def test_naming_changes_the_labels(browser, tmp_path, naming, expected):
    from seamap import brief

    out = brief(None, tmp_path / f"{naming}.html", naming=naming)
    page, problems, _ = open_page(browser, out)
    labels = page.locator(".sea-label").all_inner_texts()
    assert any(t.startswith(expected) for t in labels), labels
    groups = page.locator(".group-label").all_inner_texts()
    if naming == "ja":
        assert "尖閣諸島" in groups and "北方領土" in groups and "竹島" in groups
    if naming == "neutral":
        assert "Senkaku / Diaoyu Islands" in groups
    assert problems == []
    page.close()


def test_measure_tool_reports_nautical_miles(browser, example_map):
    page, problems, _ = open_page(browser, example_map)
    page.get_by_role("button", name="Measure (nm)").click()
    box = page.locator("#map").bounding_box()
    page.mouse.click(box["x"] + 300, box["y"] + 300)
    page.mouse.click(box["x"] + 500, box["y"] + 300)
    out = page.locator(".measure output").inner_text()
    assert out.endswith(" nm") and float(out.split()[0]) > 10
    # independently: the geodesic between the two clicked points, in nautical miles (1,852 m)
    from common import GEOD

    a, b = page.evaluate("() => { const m = window.seamapMap; return [300, 500].map(x => { const ll = m.containerPointToLatLng([x, 300]); return [ll.lng, ll.lat]; }); }")
    expected = GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1852
    assert float(out.split()[0]) == pytest.approx(expected, rel=0.01)
    assert problems == []
    page.close()


def test_tiles_are_optional_and_fail_gracefully_offline(browser, tmp_path):
    from seamap import brief

    out = brief(None, tmp_path / "tiles.html", tiles="OpenStreetMap.Mapnik")
    page, problems, external = open_page(browser, out)
    page.wait_for_timeout(300)
    assert external and all("tile.openstreetmap.org" in u for u in external)  # tried, blocked
    assert page.locator(".leaflet-overlay-pane path").count() > 100  # the vector map is all there
    assert [p for p in problems if "pageerror" in p] == []
    page.close()


def test_analysis_panel_and_date_on_the_seed_map(browser, seed_map):
    page, problems, _ = open_page(browser, seed_map)
    panel = page.locator("#analysis").inner_text()
    assert "Route analysis" in panel and "Xuelong" in panel and "nm" in panel and "closest:" in panel
    assert page.locator("#map-date").inner_text() == "Latest date in the text: 2014-02-08."
    assert problems == []
    page.close()


def test_embed_snippet_renders_inside_a_host_page(browser, tmp_path, example_map):
    from seamap.embed import embed_snippet

    host = tmp_path / "host.html"
    host.write_text("<!DOCTYPE html><html><head><style>div{border:5px solid red} h1{color:green}</style></head><body><h1>Report</h1>" + embed_snippet(example_map.read_text(encoding="utf-8")) + "<p id='after'>after</p></body></html>", encoding="utf-8")
    page, problems, external = open_page(browser, host, wait_for_map=False)
    frame = page.frame_locator("iframe")
    frame.locator(".leaflet-control-layers").wait_for()
    assert frame.locator("#title").inner_text().startswith("Two Chinese transits")
    # the host's styles stay out of the map, and the host page is unchanged
    assert frame.locator("#map").evaluate("e => getComputedStyle(e).borderTopWidth") == "0px"
    assert page.locator("h1").evaluate("e => getComputedStyle(e).color") == "rgb(0, 128, 0)"
    assert "Sources:" in page.locator("figcaption").inner_text()
    assert external == [] and [p for p in problems if "pageerror" in p] == []
    page.close()



def test_no_text_surface_executes_markup(browser, tmp_path):
    """Payloads through every way user or article text reaches the outputs: the article, --title,
    a --route sentence, a from=/to= name, a GPX track name, an edited scenario file (place, vessel,
    event, dispute and unresolved names), the embed snippet and the static SVG."""
    import json

    from seamap import brief
    from seamap.embed import embed_snippet

    p0, p1, p2, p3, p4 = PAYLOADS
    art = tmp_path / "evil.txt"
    art.write_text(f"{p1}\n\nThe icebreaker {p0} sailed into the Sea of Okhotsk on 5 March 2014. Officials in {p4}-land met in Sochi on 8 February 2014. Ships crossed the {p2} Strait.", encoding="utf-8")
    gpx = tmp_path / "t.gpx"
    gpx.write_text(f'<gpx><trk><name>{p1.replace("<", "&lt;").replace(">", "&gt;").replace(chr(34), "&quot;")}</name><trkseg><trkpt lat="37" lon="131"/><trkpt lat="38" lon="133"/></trkseg></trk></gpx>', encoding="utf-8")
    first = brief(art, tmp_path / "first.html", title=p3, routes=(f"The Chinese icebreaker Xuelong sailed from Busan through the Tsugaru Strait, said {p0}.", f"from=Busan to=Vladivostok name={p4}", str(gpx)))
    sc = json.loads((tmp_path / "first.scenario.json").read_text(encoding="utf-8"))
    sc["title"] = p1
    for pl in sc["places"]:
        pl["name"] = f"{pl['name']} {p0}"
        for m in pl["mentions"]:
            m["sentence"] = f"{m['sentence']} {p4}"
    for v in sc["vessels"]:
        v["name"] = p1
    for e in sc["events"]:
        e["what"] = p4
    for d in sc["disputes"]:
        d["name"] = p0
    sc["unresolved"] = [{"text": p1, "start": 0, "end": 1, "sentence": p4}]
    edited = tmp_path / "edited.scenario.json"
    edited.write_text(json.dumps(sc), encoding="utf-8")
    second = brief(None, tmp_path / "second.html", scenario=edited, static=(tmp_path / "second.svg",))

    opener = """() => { let n = 0; window.seamapMap.eachLayer(l => {
        if (l.getPopup && l.getPopup()) { l.openPopup(); n++; }
        if (l.getTooltip && l.getTooltip()) { l.openTooltip(); n++; } }); return n; }"""
    for out in (first, second):
        page, problems, external = open_page(browser, out)
        assert page.evaluate(opener) > 20
        for sel in ("#title", "#summary", "#sources"):
            if page.locator(sel).count():
                page.locator(sel).first.inner_text()
        assert page.evaluate("window.__pwned") is None, out
        assert external == [] and not [p for p in problems if "dialog" in p or "pageerror" in p], problems
        page.close()
    # the names are shown as text (the title given with --title is kept in the scenario's options)
    page, _, _ = open_page(browser, second)
    assert page.locator("#title").inner_text() == p3
    page.close()
    # the embed snippet, in a host page
    host = tmp_path / "host.html"
    host.write_text("<!DOCTYPE html><html><body>" + embed_snippet(second.read_text(encoding="utf-8")) + "</body></html>", encoding="utf-8")
    page, problems, external = open_page(browser, host, wait_for_map=False)
    page.frame_locator("iframe").locator(".leaflet-control-layers").wait_for()
    assert page.evaluate("window.__pwned") is None
    assert p3 in page.locator("figcaption").inner_text()
    assert not [p for p in problems if "dialog" in p or "pageerror" in p]
    page.close()
    # the static SVG: no script, no event handler, and the payload as escaped text
    import xml.etree.ElementTree as ET

    svg = (tmp_path / "second.svg").read_text(encoding="utf-8")
    elements = list(ET.fromstring(svg).iter())
    assert not [e.tag for e in elements if e.tag.rsplit("}", 1)[-1].lower() in ("script", "foreignobject", "a")]
    assert not [(e.tag, k) for e in elements for k in e.attrib if k.rsplit("}", 1)[-1].lower().startswith("on")]
    assert any(p in (e.text or "") for p in (p1, p4) for e in elements)  # payloads are there, as text
    page, problems, _ = open_page(browser, tmp_path / "second.svg", wait_for_map=False)
    assert page.evaluate("window.__pwned") is None and not [p for p in problems if "dialog" in p]
    page.close()
