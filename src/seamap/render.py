"""The briefing map: one self-contained, reproducible HTML file.

Leaflet (from the ``xstatic-leaflet`` package) and all data are inlined, so the page needs no
network. Article text only ever reaches the page as JSON data that the page's script puts into
text nodes (never ``innerHTML``), and as HTML-escaped text in the summary: nothing from an
article can run. The same inputs give the same bytes: there are no random ids, timestamps or
unordered collections in the output.

Only this module knows about Leaflet's (lat, lon) order; everything it receives is (lon, lat).
"""

from __future__ import annotations

import html
import json
import os
from importlib import metadata, resources
from typing import Any

import shapely
import shapely.affinity
import shapely.ops
from shapely.geometry import box, mapping

from seamap.catalog import read_layer_json, sources_registry
from seamap.extract import Scenario, vessel_label
from seamap.geo import geometry_from_geojson, pacific_view, round_coords, unwrap_lons

__all__ = ["render_html", "BUDGET_BYTES"]

#: Size budget of a briefing map, Leaflet included (issue: 800 KB for the seed article's brief).
BUDGET_BYTES = 800_000
#: What the map covers, in display longitudes (east of 180° continues past 180).
VIEW_WINDOW = box(60.0, 5.0, 215.0, 84.0)
INITIAL_VIEW = ((20.0, 115.0), (62.0, 168.0))  # Leaflet (lat, lon) corners

# layer -> (simplify tolerance in degrees, decimals kept)
DISPLAY = {
    "land_display": (0.025, 3),
    "seas": (0.1, 2),  # drawn under the land, so their coastlines may be coarse
    "disputed_zones": (0.003, 4),
    "disputed_islands": (0.002, 4),
    "adiz": (0.0, 5),
    "straits": (0.0, 4),
    "places": (0.0, 5),
}

# properties each layer keeps for the page (the rest stays in geodata)
KEEP = {
    "land_display": (),
    "seas": ("id", "name", "name_en_iho", "name_ja", "name_zh", "name_ru", "name_ko", "label_lon", "label_lat", "approximate", "approximate_edges", "limits_basis", "confidence", "sources"),
    "disputed_zones": ("group", "zone", "distance_nm", "method", "approximate"),
    "disputed_islands": ("id", "name_en", "name_ja", "name_zh", "name_ru", "name_ko", "group_name", "administering_state", "claimants", "key_dates", "area_km2_published", "position_corrected", "confidence", "sources"),
    "adiz": ("id", "name", "state", "announced", "effective", "status", "approximate", "confidence", "note", "sources"),
    "straits": ("id", "name", "name_ja", "name_ru", "name_zh", "connects", "shores", "width_km_published", "gate_length_km", "gate_method", "label_lon", "label_lat", "confidence", "sources"),
    "places": ("id", "name", "name_ja", "name_zh", "name_ru", "name_ko", "kind", "confidence", "sources"),
}

LAYER_TITLES = {
    "seas": "Seas",
    "disputed_islands": "Disputed islands",
    "disputed_zones": "12 nm / 24 nm zones",
    "adiz": "Air defense identification zones",
    "straits": "Straits",
    "places": "Reference places",
    "article": "Places in the article",
    "routes": "Vessel movements",
    "events": "Dated events",
    "graticule": "Graticule",
}




def _layer_for_page(name: str, data: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    tol, nd = DISPLAY[name]
    keep = KEEP[name]
    feats = []
    for f in read_layer_json(name, data=data)["features"]:
        if f["geometry"] is None:
            continue
        g = pacific_view(geometry_from_geojson(f["geometry"]))
        if not g.intersects(VIEW_WINDOW):
            continue
        if name == "land_display" and not VIEW_WINDOW.contains(g):
            g = g.intersection(VIEW_WINDOW)
        if name == "seas":  # islands are drawn by the land layer above: holes only cost bytes
            g = shapely.MultiPolygon([shapely.Polygon(p.exterior) for p in getattr(g, "geoms", [g]) if p.area > 0.05])
        if tol:
            g = g.simplify(tol, preserve_topology=True)
        if g.is_empty:
            continue
        props = {k: f["properties"].get(k) for k in keep}
        if name in ("seas", "straits") and props.get("label_lon") is not None and props["label_lon"] < -100:
            props["label_lon"] += 360.0
        geom = mapping(g)
        feats.append({"type": "Feature", "properties": props, "geometry": {"type": geom["type"], "coordinates": round_coords(geom["coordinates"], nd)}})
    return {"type": "FeatureCollection", "features": feats}


def _tile_provider(name: str) -> dict[str, Any]:
    """An xyzservices provider by name, e.g. 'OpenStreetMap.Mapnik' (needs network when viewed)."""
    from seamap.errors import InputError

    try:
        import xyzservices.providers as xyz
    except ImportError:  # pragma: no cover - xyzservices is a dependency
        raise InputError("--tiles needs the xyzservices package.") from None
    try:
        p = xyz.query_name(name)
    except ValueError:
        raise InputError(f"Unknown tile provider {name!r}; use an xyzservices name such as 'OpenStreetMap.Mapnik' or 'CartoDB.Positron'.") from None
    if p.requires_token():
        raise InputError(f"Tile provider {name!r} needs an API key; choose one that does not.")
    url = p.build_url(scale_factor="")
    from urllib.parse import urlsplit

    return {"url": url, "attribution": p.get("attribution", ""), "max_zoom": p.get("max_zoom", 18), "origin": f"{urlsplit(url.replace('{s}', 'a')).scheme}://{urlsplit(url.replace('{s}', 'a')).netloc.split('{')[0]}"}


def _json_for_script(obj: Any) -> str:
    """JSON that is safe inside <script type="application/json">: no '<', '>', '&' or line separators."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _leaflet() -> tuple[str, str]:
    base = resources.files("xstatic.pkg.leaflet") / "data"
    js = (base / "leaflet.js").read_text(encoding="utf-8")
    css = (base / "leaflet.css").read_text(encoding="utf-8")
    # The page loads nothing: drop the stylesheet's image URLs (we use no image markers).
    import re

    css = re.sub(r"url\([^)]*\)", "none", css)
    js = js.replace("//# sourceMappingURL=leaflet.js.map", "")
    return js, css


def _version() -> str:
    try:
        return metadata.version("seamap")
    except metadata.PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def _graticule(step: float = 10.0) -> dict[str, Any]:
    feats = []
    lon = 60.0
    while lon <= 215.0:
        feats.append({"type": "Feature", "properties": {"label": f"{lon if lon <= 180 else lon - 360:g}°"}, "geometry": {"type": "LineString", "coordinates": [[lon, 5.0], [lon, 84.0]]}})
        lon += step
    lat = 10.0
    while lat <= 80.0:
        feats.append({"type": "Feature", "properties": {"label": f"{lat:g}°N"}, "geometry": {"type": "LineString", "coordinates": [[60.0, lat], [215.0, lat]]}})
        lat += step
    return {"type": "FeatureCollection", "features": feats}


NAMINGS = ("neutral", "ja", "zh", "ru", "ko")
# Group names as the fact sheet gives them, by the usage of each state (neutral shows all sides).
GROUP_LABELS = {
    "southern_kurils": {"neutral": "Southern Kurils / Northern Territories", "ja": "北方領土", "ru": "Южные Курилы", "zh": "南千岛群岛", "ko": "Southern Kurils / Northern Territories"},
    "senkaku_diaoyu": {"neutral": "Senkaku / Diaoyu Islands", "ja": "尖閣諸島", "zh": "钓鱼岛及其附属岛屿", "ru": "Senkaku / Diaoyu Islands", "ko": "Senkaku / Diaoyu Islands"},
    "liancourt_rocks": {"neutral": "Liancourt Rocks (Dokdo / Takeshima)", "ko": "독도", "ja": "竹島", "zh": "Liancourt Rocks", "ru": "Liancourt Rocks"},
}


def _label(props: dict[str, Any], naming: str, default_key: str = "name") -> str:
    if naming != "neutral":
        v = props.get(f"name_{naming}")
        if v:
            return str(v)
    return str(props.get(default_key) or "")


ROUTE_COLOURS = ("#d35400", "#1f618d", "#7d3c98", "#117a65", "#b7950b", "#943126")


def _routes_for_page(scenario: Scenario, tracks: dict | None) -> list[dict[str, Any]]:
    import math

    out = []
    for k, r in enumerate(scenario.routes):
        t = (tracks or {}).get(r["id"], {})
        rt = t.get("route")
        item = {
            "id": r["id"],
            "vessel": vessel_label(r),
            "period": r["period"],
            "status": r["status"],
            "colour": ROUTE_COLOURS[k % len(ROUTE_COLOURS)],
            "waypoints": [{"name": w["name"], "relation": w["relation"], "inferred": w["inferred"], "note": w.get("note")} for w in r["waypoints"]],
            "sentences": r["sentences"],
            "date": (r["period"] or "")[:7],
            "error": t.get("error"),
        }
        if rt is not None:
            # continuous on the map (no jumps of 360°), the Pacific kept in one piece
            first = rt.coords[0][0]
            cont = unwrap_lons(rt.coords, start=first + 360.0 if first < -100 else first)
            thin = cont[:: max(1, len(cont) // 400)] + [cont[-1]]
            item["latlngs"] = [[round(y, 4), round(x, 4)] for x, y in thin]
            arrows = []
            n = len(cont)
            for f in (0.2, 0.4, 0.6, 0.8):
                i = min(n - 2, int(f * (n - 1)))
                (x0, y0), (x1, y1) = cont[i], cont[i + 1]
                ang = math.degrees(math.atan2(x1 - x0, (y1 - y0) / max(0.2, math.cos(math.radians(y0)))))
                arrows.append([round(y0, 4), round(x0, 4), round(ang, 1)])
            item["arrows"] = arrows
            item["length_nm"] = round(rt.length_nm, 1)
            item["length_km"] = round(rt.length_km, 1)
            item["passages"] = list(rt.passage_names)
            a = t.get("analysis")
            if a:
                ent = [z for z in a["adiz"] if z.get("entered")]
                item["adiz"] = "; ".join(f"{z['zone']}: {z['inside_nm']:.0f} nm inside" + (" (approximate zone)" if z["approximate"] else "") for z in ent) or "none entered"
                item["seas"] = a["seas"]
                cl = min(a["disputes"], key=lambda d: d["closest_nm"])
                zone = " (inside the 12 nm zone)" if cl.get("entered_12nm") else " (inside the 24 nm zone)" if cl.get("entered_24nm") else ""
                item["closest"] = f"{cl['group']}: {cl['closest_nm']:.1f} nm{zone}"
        out.append(item)
    return out


PAGE_LAYERS_FILE = "page_layers.json"


def build_page_layers(data: str | os.PathLike[str] | None = None) -> dict[str, dict[str, Any]]:
    """The reference layers as the page draws them: clipped to the view, simplified, rounded."""
    return {name: _layer_for_page(name, data) for name in DISPLAY}


def page_layers() -> dict[str, dict[str, Any]]:
    """The page's layers, a fresh copy: read from ``page_layers.json``, which the geodata build
    writes with ``build_page_layers``, or computed when a data folder lacks it."""
    from seamap.catalog import data_dir
    from seamap.errors import LayerFileError

    path = data_dir() / PAGE_LAYERS_FILE
    if not path.is_file():
        return build_page_layers()
    try:
        layers = json.loads(path.read_bytes())
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise LayerFileError(f"{path} cannot be read ({exc.__class__.__name__}); reinstall seamap or rebuild geodata with scripts/build_geodata.py.") from None
    if not isinstance(layers, dict) or set(layers) != set(DISPLAY):
        raise LayerFileError(f"{path} does not hold the page layers {', '.join(DISPLAY)}; rebuild geodata with scripts/build_geodata.py.")
    return layers


def render_html(scenario: Scenario, *, title: str | None = None, input_sha256: str | None = None, tracks: dict | None = None, naming: str = "neutral", tiles: str | None = None) -> str:
    """Render the briefing map for a scenario as one HTML document (str).

    The page shows the reference layers (land, seas, disputed islands with their 12/24 nm zones,
    ADIZs, straits, places) and every place the article mentions, with the sentence it came from.
    """
    title = title or scenario.title or "seamap briefing map"
    if naming not in NAMINGS:
        from seamap.errors import InputError

        raise InputError(f"Unknown naming {naming!r}; use one of {', '.join(NAMINGS)}.")
    data = page_layers()
    for name in ("seas", "straits"):
        for f in data[name]["features"]:
            f["properties"]["label"] = _label(f["properties"], naming)
    groups_seen: dict[str, list[float]] = {}
    for f in data["disputed_islands"]["features"]:
        g = geometry_from_geojson(f["geometry"]).representative_point()
        groups_seen.setdefault(f["properties"]["group_name"], [g.y, g.x])
    key_of = {"Southern Kurils / Northern Territories": "southern_kurils", "Senkaku / Diaoyu / Diaoyutai Islands": "senkaku_diaoyu", "Liancourt Rocks (Dokdo / Takeshima)": "liancourt_rocks"}
    data["group_labels"] = [{"label": GROUP_LABELS[key_of[gname]][naming], "lat": round(ll[0], 4), "lon": round(ll[1], 4)} for gname, ll in groups_seen.items() if gname in key_of]
    data["naming"] = naming
    tile = None
    if tiles:
        tile = _tile_provider(tiles)
    data["tiles"] = tile
    data["graticule"] = _graticule()
    article = []
    for p in scenario.places:
        if p.lon is None or p.lat is None:
            continue
        lon = p.lon + 360.0 if p.lon < -100 else p.lon
        article.append({"id": p.id, "name": p.name, "type": p.type, "lon": round(lon, 5), "lat": round(p.lat, 5), "sentences": list(dict.fromkeys(m.sentence for m in p.mentions)), "mentions": len(p.mentions)})
    data["article"] = article
    data["routes"] = _routes_for_page(scenario, tracks)
    data["events"] = [
        {"date": e["date"], "what": e["what"], "place": e["place"], "participants": e["participants"], "sentence": e["sentence"], "lat": e["lat"], "lon": (e["lon"] + 360.0 if e["lon"] is not None and e["lon"] < -100 else e["lon"])}
        for e in scenario.events
    ]
    data["view"] = [list(INITIAL_VIEW[0]), list(INITIAL_VIEW[1])]
    data["titles"] = LAYER_TITLES
    registry = sources_registry()
    used_sources = sorted({s for name in DISPLAY for f in data[name]["features"] for s in (f["properties"].get("sources") or "").split(";") if s})
    data["sources"] = {s: registry[s]["title"] for s in used_sources if s in registry}
    manifest = {
        "generator": "seamap",
        "version": _version(),
        "input_sha256": input_sha256 or scenario.source_sha256,
        "data_sources": ["natural_earth_50m", "gshhs_f", "northeast-asia-facts.yaml", "geodata/sources/supplement.yaml"],
        "schema": "seamap.scenario/1",
    }
    js, css = _leaflet()
    esc = html.escape
    summary_places = "".join(f"<li>{esc(p.name)} ({esc(p.type)}): {len(p.mentions)} mention{'s' if len(p.mentions) != 1 else ''}</li>" for p in scenario.places) or "<li>No known place is mentioned in the text.</li>"
    islands = read_layer_json("disputed_islands")["features"]
    groups: dict[str, dict] = {}
    for f in islands:
        pr = f["properties"]
        groups.setdefault(pr["group_name"], pr)
    summary_disputes = "".join(f"<li>{esc(g)}: administered by {esc(pr['administering_state'])}; claimants: {esc(pr['claimants'])}</li>" for g, pr in groups.items())
    mentioned = set(scenario.disputes)
    route_items = []
    for r in data["routes"]:
        wps = ", ".join(f"{w['name']} ({w['relation']}{', inferred' if w['inferred'] else ''})" for w in r["waypoints"])
        length = f"{r['length_nm']:.0f} nm ({r['length_km']:.0f} km)" if "length_nm" in r else f"not routed: {r['error']}"
        passages = ", ".join(r.get("passages", [])) or "none"
        extra = f" ADIZ: {esc(r['adiz'])}. Closest disputed islands: {esc(r['closest'])}." if "adiz" in r else ""
        route_items.append(f"<li>{esc(r['vessel'])}, {esc(r['period'] or 'date not stated')} ({esc(r['status'])}): {esc(wps)}. Track {esc(length)}; passages: {esc(passages)}.{extra}</li>")
    summary_routes = "".join(route_items) or "<li>No vessel movement was found in the text.</li>"
    summary_events = "".join(f"<li>{esc(e['date'])}: {esc(e['what'])}{' at ' + esc(e['place']) if e['place'] else ''}{'; ' + esc(', '.join(e['participants'])) if e['participants'] else ''}</li>" for e in data["events"]) or "<li>No dated event was found.</li>"
    notes = "".join(f"<p class=\"notice\">{esc(w)}</p>" for w in scenario.warnings)
    sources_html = "".join(f"<li>{esc(sid)}: {esc(t)}</li>" for sid, t in sorted(data["sources"].items()))
    disputes_line = ", ".join(esc(d) for d in scenario.disputes) or "none"
    named_dates = sorted([e["date"] for e in scenario.events if e["date"][:1].isdigit()] + [(r["period"] or "").split("/")[-1] for r in scenario.routes if r["period"]])
    date_line = f"Latest date in the text: {esc(named_dates[-1])}." if named_dates else "The text names no date."
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:{' https:' if tile else ''}; base-uri 'none'; form-action 'none'">
<meta name="generator" content="seamap {esc(_version())}">
<meta name="seamap-manifest" content="{esc(json.dumps(manifest, sort_keys=True, ensure_ascii=False), quote=True)}">
<title>{esc(title)}</title>
<style>{css}</style>
<style>{PAGE_CSS}</style>
</head>
<body>
<header><h1 id="title">{esc(title)}</h1><p class="sub">Briefing map generated by seamap {esc(_version())}. Disputes mentioned: {disputes_line}. <span id="map-date">{date_line}</span></p>{notes}</header>
<main>
<div id="timebar"><label for="time">Show movements and events up to: <output id="time-label"></output></label> <input type="range" id="time" min="0" max="0" step="1" value="0"></div>
<div id="map" role="application" aria-label="Interactive map of {esc(title)}"></div>
<section id="summary" aria-label="Text alternative to the map">
<h2>What the map shows</h2>
<h3>Vessel movements</h3><ul id="summary-routes">{summary_routes}</ul>
<h3>Dated events</h3><ul id="summary-events">{summary_events}</ul>
<h3>Places the article mentions</h3><ul id="summary-places">{summary_places}</ul>
<h3>Names the gazetteer does not know</h3><ul id="summary-unresolved">{"".join(f"<li>{esc(u['text'])}</li>" for u in scenario.unresolved) or "<li>none</li>"}</ul>
<h3>Disputed island groups</h3><ul id="summary-disputes">{summary_disputes}</ul>
<p>Disputes the article refers to: {disputes_line}{'' if mentioned else '.'}</p>
</section>
</main>
<footer><h2>Sources</h2><ul id="sources">{sources_html}</ul>
<p>Coastlines: GSHHS full resolution (LGPL) and Natural Earth (public domain). Approximate or partial features are drawn dashed.</p></footer>
<script type="application/json" id="seamap-data">{_json_for_script(data)}</script>
<script>{js}</script>
<script>{PAGE_JS}</script>
</body>
</html>
"""
    return doc


PAGE_CSS = """
html,body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#1d2733;background:#fff}
header{padding:.5rem 1rem;border-bottom:1px solid #ccd}
header h1{font-size:1.25rem;margin:0}
.sub{margin:.2rem 0;color:#445}
.notice{background:#fff4d6;padding:.3rem .6rem;margin:.3rem 0}
#map{height:72vh;min-height:420px;background:#cfe3f1}
#summary,footer{padding:.5rem 1rem}
footer{font-size:12px;color:#445;border-top:1px solid #ccd}
.group-label{background:rgba(255,255,255,.85);border:1px solid #c0392b;color:#7b241c;font-weight:600}
.measure{background:#fff;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);padding:2px}.measure button{font:inherit;padding:2px 6px}.measure output{display:block;font-size:12px;padding:0 4px}
.sea-label{background:none;border:none;box-shadow:none;color:#2b5d86;font-style:italic;font-weight:600}
.strait-label{background:rgba(255,255,255,.7);border:none;box-shadow:none;color:#7a1f1f;font-size:11px;padding:0 2px}
.seamap-legend{background:#fff;padding:.4rem .6rem;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:16rem}
.seamap-legend h2{font-size:13px;margin:0 0 .2rem}
.seamap-legend ul{list-style:none;margin:0;padding:0}
.seamap-legend li{display:flex;align-items:center;gap:.4rem;margin:.1rem 0}
.sw{display:inline-block;width:18px;height:10px;border:2px solid #333}
#timebar{padding:.3rem 1rem;background:#f4f6f8}#timebar input{width:min(40rem,60vw);vertical-align:middle}
.arrow{color:inherit;font-size:16px;line-height:16px;text-align:center}
.nm-scale{background:rgba(255,255,255,.8);padding:0 4px;border:2px solid #777;border-top:none;font-size:11px}
.popup table{border-collapse:collapse}.popup th{text-align:left;padding-right:.5rem;vertical-align:top;color:#445}
.popup blockquote{margin:.3rem 0;padding-left:.5rem;border-left:3px solid #c33;max-width:22rem}
@media print{#map{height:60vh}.leaflet-control-layers{display:none}header,footer,#summary{break-inside:avoid}}
"""

PAGE_JS = r"""
(function(){
'use strict';
var D = JSON.parse(document.getElementById('seamap-data').textContent);
var map = L.map('map', {preferCanvas: false, zoomSnap: 0.25, minZoom: 2, maxZoom: 12, attributionControl: true});
map.fitBounds(D.view);
map.attributionControl.setPrefix('Leaflet');
map.attributionControl.addAttribution('GSHHS (LGPL), Natural Earth, seamap fact sheet');
function el(tag, cls, text){ var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined && text !== null) e.textContent = String(text); return e; }
function table(rows){
  var box = el('div', 'popup'), t = el('table');
  rows.forEach(function(r){ if (r[1] === null || r[1] === undefined || r[1] === '') return; var tr = el('tr'); tr.appendChild(el('th', null, r[0])); tr.appendChild(el('td', null, r[1])); t.appendChild(tr); });
  box.appendChild(t); return box;
}
function keyDates(j){ try { return JSON.parse(j).map(function(k){ return k.date + ': ' + k.event; }).join(' | '); } catch (e) { return null; } }
function sourcesText(ids){ if (!ids) return null; return ids.split(';').filter(Boolean).map(function(s){ return D.sources[s] ? D.sources[s] + ' [' + s + ']' : s; }).join('; '); }
var styles = {
  seas: {color: '#7fa7c9', weight: 0.5, fillColor: '#b9d6ec', fillOpacity: 0.35},
  disputed_zones: function(f){ return {color: '#b03a2e', weight: 1, dashArray: f.properties.zone === 'territorial_sea' ? null : '4 4', fill: false}; },
  disputed_islands: function(f){ var a = f.properties.administering_state || ''; var c = /^Russia/.test(a) ? '#884ea0' : /^Japan/.test(a) ? '#c0392b' : '#1f618d'; return {color: c, weight: 2, fillColor: c, fillOpacity: 0.75}; },
  adiz: function(f){ var p = f.properties; return {color: '#6c3483', weight: 2, dashArray: p.approximate ? '8 6' : null, fill: p.status === 'published', fillOpacity: 0.05}; },
  straits: {color: '#922b21', weight: 3},
  graticule: {color: '#8aa', weight: 0.5, interactive: false}
};
map.createPane('seaPane'); map.getPane('seaPane').style.zIndex = 350;
map.createPane('landPane'); map.getPane('landPane').style.zIndex = 360; map.getPane('landPane').style.pointerEvents = 'none';
var land = L.geoJSON(D.land_display, {pane: 'landPane', style: {color: '#9a8c6a', weight: 0.6, fillColor: '#efe6cf', fillOpacity: 1}, interactive: false}).addTo(map);
var overlays = {}, legendItems = {};
if (D.tiles) { var tl = L.tileLayer(D.tiles.url, {attribution: D.tiles.attribution, maxZoom: D.tiles.max_zoom}); tl.on('tileerror', function(){ tl._failed = true; }); overlays['Raster tiles (online)'] = tl; tl.addTo(map); }
function add(name, layer, on, legend){ overlays[D.titles[name]] = layer; legendItems[name] = {layer: layer, legend: legend}; if (on) layer.addTo(map); }
add('graticule', L.geoJSON(D.graticule, {style: styles.graticule}), true, {label: 'Graticule (10°)', color: '#8aa'});
add('seas', L.geoJSON(D.seas, {pane: 'seaPane', style: styles.seas, onEachFeature: function(f, l){
  var p = f.properties;
  l.bindPopup(function(){ return table([['Sea', p.name], ['IHO name', p.name_en_iho], ['Japanese', p.name_ja], ['Chinese', p.name_zh], ['Russian', p.name_ru], ['Korean', p.name_ko], ['Limits', p.limits_basis], ['Approximate edges', p.approximate_edges], ['Confidence', p.confidence], ['Sources', sourcesText(p.sources)]]); });
}}), true, {label: 'Sea (limits partly approximate)', color: '#7fa7c9', fill: '#b9d6ec'});
var seaLabels = L.layerGroup(D.seas.features.map(function(f){ var p = f.properties; return L.tooltip({permanent: true, direction: 'center', className: 'sea-label', interactive: false}).setLatLng([p.label_lat, p.label_lon]).setContent(el('span', null, p.label)); }));
overlays['Sea names'] = seaLabels; seaLabels.addTo(map);
var groupLabels = L.layerGroup(D.group_labels.map(function(g){ return L.tooltip({permanent: true, direction: 'right', offset: [12, 0], className: 'group-label', interactive: false}).setLatLng([g.lat, g.lon]).setContent(el('span', null, g.label)); }));
overlays['Disputed island names'] = groupLabels; groupLabels.addTo(map);
add('disputed_zones', L.geoJSON(D.disputed_zones, {style: styles.disputed_zones, onEachFeature: function(f, l){ var p = f.properties; l.bindPopup(function(){ return table([['Zone', p.zone === 'territorial_sea' ? '12 nm territorial sea (approximate)' : '24 nm contiguous zone (approximate)'], ['Group', p.group], ['Method', p.method]]); }); }}), true, {label: '12 nm (solid) / 24 nm (dashed) zone', color: '#b03a2e'});
add('disputed_islands', L.geoJSON(D.disputed_islands, {style: styles.disputed_islands, onEachFeature: function(f, l){
  var p = f.properties;
  l.bindPopup(function(){ return table([['Island', p.name_en], ['Japanese', p.name_ja], ['Chinese', p.name_zh], ['Russian', p.name_ru], ['Korean', p.name_ko], ['Group', p.group_name], ['Administered by', p.administering_state], ['Claimants', p.claimants], ['Area (km², published)', p.area_km2_published], ['Key dates', keyDates(p.key_dates)], ['Position', p.position_corrected], ['Confidence', p.confidence], ['Sources', sourcesText(p.sources)]]); });
}}), true, {label: 'Disputed island (colour: administering state: Russia purple, Japan red, Korea blue)', color: '#c0392b', fill: '#c0392b'});
add('adiz', L.geoJSON(D.adiz, {style: styles.adiz, onEachFeature: function(f, l){
  var p = f.properties;
  l.bindPopup(function(){ return table([['Zone', p.name], ['State', p.state], ['Announced', p.announced], ['Effective', p.effective], ['Status', p.status + (p.approximate ? ' (approximate)' : '')], ['Note', p.note], ['Sources', sourcesText(p.sources)]]); });
}}), true, {label: 'ADIZ (dashed: partial or derived)', color: '#6c3483'});
add('straits', L.geoJSON(D.straits, {style: styles.straits, onEachFeature: function(f, l){
  var p = f.properties;
  l.bindPopup(function(){ return table([['Strait', p.name], ['Japanese', p.name_ja], ['Russian', p.name_ru], ['Chinese', p.name_zh], ['Connects', p.connects], ['Shores', p.shores], ['Width (km, published)', p.width_km_published], ['Gate line (km)', p.gate_length_km], ['Gate', p.gate_method], ['Sources', sourcesText(p.sources)]]); });
  if (p.label_lat !== null) l.bindTooltip(el('span', null, p.label), {permanent: false, className: 'strait-label'});
}}), true, {label: 'Strait gate line', color: '#922b21'});
add('places', L.geoJSON(D.places, {pointToLayer: function(f, ll){ return L.circleMarker(ll, {radius: 4, color: '#34495e', weight: 1, fillColor: '#fff', fillOpacity: 1}); }, onEachFeature: function(f, l){
  var p = f.properties; l.bindPopup(function(){ return table([['Place', p.name], ['Japanese', p.name_ja], ['Chinese', p.name_zh], ['Russian', p.name_ru], ['Korean', p.name_ko], ['Kind', p.kind], ['Confidence', p.confidence], ['Sources', sourcesText(p.sources)]]); });
}}), true, {label: 'Reference place', color: '#34495e', fill: '#fff'});
var art = L.layerGroup(D.article.map(function(a){
  var m = L.circleMarker([a.lat, a.lon], {radius: 7, color: '#c0392b', weight: 2, fillColor: '#f5b041', fillOpacity: 0.9});
  m.bindPopup(function(){ var box = table([['Mentioned', a.name], ['Type', a.type], ['Mentions', a.mentions]]); a.sentences.forEach(function(s){ box.appendChild(el('blockquote', 'source-sentence', s)); }); return box; });
  m.bindTooltip(el('span', null, a.name));
  return m;
}));
add('article', art, true, {label: 'Place named in the article', color: '#c0392b', fill: '#f5b041'});
function when(d){ return d && /^[0-9]/.test(d) ? d : '9999'; }
var timed = [];
var routesLayer = L.layerGroup();
D.routes.forEach(function(r){
  if (!r.latlngs) return;
  var g = L.layerGroup();
  var line = L.polyline(r.latlngs, {color: r.colour, weight: 3, dashArray: r.status === 'planned' ? '8 6' : null});
  line.bindPopup(function(){
    var box = table([['Vessel', r.vessel], ['Period', r.period], ['Status', r.status], ['Length', r.length_nm + ' nm (' + r.length_km + ' km)'], ['Passages', r.passages.join(', ') || 'none'], ['Seas', (r.seas || []).join(' → ')], ['ADIZ', r.adiz], ['Closest disputed islands', r.closest]]);
    var ol = el('ol'); r.waypoints.forEach(function(w){ ol.appendChild(el('li', null, w.name + ' (' + w.relation + (w.inferred ? ', inferred' : '') + ')' + (w.note ? ': ' + w.note : ''))); });
    box.appendChild(ol); r.sentences.forEach(function(s){ box.appendChild(el('blockquote', 'source-sentence', s)); }); return box; });
  line.bindTooltip(el('span', null, r.vessel + (r.period ? ' (' + r.period + ')' : '')));
  g.addLayer(line);
  r.arrows.forEach(function(a){ var d = el('div', 'arrow'); d.style.color = r.colour; d.style.transform = 'rotate(' + (a[2] - 90) + 'deg)'; d.textContent = '\u27a4'; g.addLayer(L.marker([a[0], a[1]], {icon: L.divIcon({html: d, className: '', iconSize: [16, 16]}), interactive: false, keyboard: false})); });
  var s0 = r.latlngs[0], s1 = r.latlngs[r.latlngs.length - 1];
  g.addLayer(L.circleMarker(s0, {radius: 6, color: r.colour, fillColor: '#fff', fillOpacity: 1, weight: 3}).bindTooltip(el('span', null, 'Start: ' + r.vessel)));
  g.addLayer(L.circleMarker(s1, {radius: 6, color: r.colour, fillColor: r.colour, fillOpacity: 1, weight: 3}).bindTooltip(el('span', null, 'End: ' + r.vessel)));
  routesLayer.addLayer(g); timed.push({date: when(r.date), layer: g, group: routesLayer});
});
add('routes', routesLayer, true, {label: 'Vessel movement (dashed: planned)', color: '#d35400'});
var eventsLayer = L.layerGroup();
D.events.forEach(function(e){
  if (e.lat === null) return;
  var m = L.circleMarker([e.lat, e.lon], {radius: 8, color: '#1b2631', weight: 2, fillColor: '#5dade2', fillOpacity: 0.9});
  m.bindPopup(function(){ var box = table([['Date', e.date], ['What', e.what], ['Where', e.place], ['Participants', e.participants.join(', ')]]); box.appendChild(el('blockquote', 'source-sentence', e.sentence)); return box; });
  m.bindTooltip(el('span', null, e.date + ': ' + e.what));
  eventsLayer.addLayer(m); timed.push({date: when(e.date.slice(0, 7)), layer: m, group: eventsLayer});
});
add('events', eventsLayer, true, {label: 'Dated event', color: '#1b2631', fill: '#5dade2'});
var dates = Array.from(new Set(timed.map(function(t){ return t.date; }))).sort();
var slider = document.getElementById('time'), label = document.getElementById('time-label');
slider.max = Math.max(0, dates.length - 1); slider.value = slider.max;
function applyTime(){ var cut = dates[+slider.value]; label.textContent = cut === '9999' ? 'all (undated included)' : (cut || 'all'); timed.forEach(function(t){ var show = !cut || t.date <= cut; if (show && !t.group.hasLayer(t.layer)) t.group.addLayer(t.layer); if (!show && t.group.hasLayer(t.layer)) t.group.removeLayer(t.layer); }); }
slider.addEventListener('input', applyTime); applyTime();
if (!dates.length) document.getElementById('timebar').hidden = true;
L.control.layers(null, overlays, {collapsed: false}).addTo(map);
L.control.scale({metric: true, imperial: false}).addTo(map);
var NmScale = L.Control.extend({options: {position: 'bottomleft'}, onAdd: function(){ this._div = el('div', 'nm-scale'); this._div.setAttribute('aria-label', 'scale in nautical miles'); map.on('zoomend moveend', this._update, this); this._update(); return this._div; }, _update: function(){
  var y = map.getSize().y / 2, w = 100; var d = map.distance(map.containerPointToLatLng([0, y]), map.containerPointToLatLng([w, y])) / 1852;
  var nice = [1,2,5,10,20,50,100,200,500,1000,2000].filter(function(n){ return n <= d; }).pop() || 1;
  this._div.style.width = Math.round(w * nice / d) + 'px'; this._div.textContent = nice + ' nm';
}});
new NmScale().addTo(map);
var Measure = L.Control.extend({options: {position: 'topleft'}, onAdd: function(){
  var box = el('div', 'measure'), btn = el('button', null, 'Measure (nm)'), out = el('output');
  btn.type = 'button'; btn.setAttribute('aria-pressed', 'false'); box.appendChild(btn); box.appendChild(out);
  L.DomEvent.disableClickPropagation(box);
  var on = false, pts = [], line = L.polyline([], {color: '#000', weight: 2, dashArray: '4 4'});
  function total(){ var d = 0; for (var i = 1; i < pts.length; i++) d += map.distance(pts[i - 1], pts[i]); return d / 1852; }
  function click(e){ pts.push(e.latlng); line.setLatLngs(pts); out.textContent = total().toFixed(1) + ' nm'; }
  btn.addEventListener('click', function(){ on = !on; btn.setAttribute('aria-pressed', String(on)); btn.textContent = on ? 'Stop measuring' : 'Measure (nm)';
    if (on) { pts = []; line.setLatLngs([]); line.addTo(map); out.textContent = 'click the map'; map.on('click', click); } else { map.off('click', click); } });
  return box; }});
new Measure().addTo(map);
var Legend = L.Control.extend({options: {position: 'bottomright'}, onAdd: function(){ this._div = el('div', 'seamap-legend'); this._div.id = 'legend'; L.DomEvent.disableClickPropagation(this._div); this._update(); map.on('overlayadd overlayremove', this._update, this); return this._div; }, _update: function(){
  var d = this._div; while (d.firstChild) d.removeChild(d.firstChild);
  d.appendChild(el('h2', null, 'Legend')); var ul = el('ul');
  Object.keys(legendItems).forEach(function(k){ var it = legendItems[k]; if (!map.hasLayer(it.layer)) return; var li = el('li'); var sw = el('span', 'sw'); sw.style.borderColor = it.legend.color; sw.style.background = it.legend.fill || 'transparent'; li.appendChild(sw); li.appendChild(el('span', null, it.legend.label)); ul.appendChild(li); });
  d.appendChild(ul);
}});
new Legend().addTo(map);
var routed = D.routes.filter(function(r){ return r.latlngs; });
if (routed.length) {
  var Panel = L.Control.extend({options: {position: 'topright'}, onAdd: function(){
    var d = el('div', 'seamap-legend'); d.id = 'analysis'; d.appendChild(el('h2', null, 'Route analysis'));
    var ul = el('ul'); routed.forEach(function(r){ var li = el('li'); var sw = el('span', 'sw'); sw.style.borderColor = r.colour; li.appendChild(sw);
      li.appendChild(el('span', null, r.vessel + ': ' + Math.round(r.length_nm) + ' nm; ADIZ: ' + r.adiz + '; closest: ' + r.closest)); ul.appendChild(li); });
    d.appendChild(ul); L.DomEvent.disableClickPropagation(d); return d; }});
  new Panel().addTo(map);
}
window.seamapMap = map;
})();
"""
