"""Static maps for print: PNG at a chosen DPI, SVG and PDF as vectors (matplotlib, no browser).

Drawn in a Lambert conformal conic projection fitted to North-East Asia, with title, legend,
scale bar in nautical miles and kilometres, north arrow and sources. The same inputs give the
same bytes (fixed SVG hash salt, no dates in the file metadata).
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import box

from seamap.catalog import read_layer_json
from seamap.errors import InputError
from seamap.extract import vessel_label
from seamap.geo import geometry_from_geojson, pacific_view
from seamap.io import write_atomic

__all__ = ["export_static", "STATIC_FORMATS"]

STATIC_FORMATS = (".png", ".svg", ".pdf")
PROJ = "+proj=lcc +lat_1=30 +lat_2=60 +lat_0=45 +lon_0=140 +datum=WGS84 +units=m"
VIEW = box(90.0, 10.0, 200.0, 75.0)  # display longitudes (past 180 continues east)



def _project(geoms, tr):
    return [shapely.transform(g, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1]))) for g in geoms]


def _layer(name: str, tr, tol: float = 0.0):
    out = []
    for f in read_layer_json(name)["features"]:
        if f["geometry"] is None:
            continue
        g = pacific_view(geometry_from_geojson(f["geometry"]))
        if not g.intersects(VIEW):
            continue
        g = g.intersection(VIEW) if name in ("land_display", "seas") else g
        if tol:
            g = g.simplify(tol, preserve_topology=True)
        if not g.is_empty:
            out.append((f["properties"], g))
    geoms = _project([g for _, g in out], tr)
    return [(p, g) for (p, _), g in zip(out, geoms, strict=True)]


def export_static(scenario, tracks: dict, path: str | os.PathLike[str], *, title: str | None = None, dpi: int = 200) -> Path:
    """Write a static map (format from the extension: .png, .svg or .pdf)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    p = Path(path)
    fmt = p.suffix.lower()
    if fmt not in STATIC_FORMATS:
        raise InputError(f"Unknown static format {fmt!r}; use one of {', '.join(STATIC_FORMATS)}.")
    if not (30 <= int(dpi) <= 1200):
        raise InputError(f"dpi={dpi!r} is out of range; use 30 to 1200.")
    matplotlib.rcParams["svg.hashsalt"] = "seamap"
    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text in SVG
    tr = Transformer.from_crs("EPSG:4326", PROJ, always_xy=True)
    fig, ax = plt.subplots(figsize=(11, 8.5))
    ax.set_facecolor("#d6e6f2")

    def draw(geoms, **kw):
        import geopandas as gpd

        if geoms:
            gpd.GeoSeries(geoms).plot(ax=ax, **kw)

    draw([g for _, g in _layer("land_display", tr, 0.02)], color="#efe6cf", edgecolor="#9a8c6a", linewidth=0.3)
    draw([g for p_, g in _layer("adiz", tr) if p_["status"] == "published"], facecolor="none", edgecolor="#6c3483", linewidth=1.2)
    draw([g for p_, g in _layer("adiz", tr) if p_["status"] != "published"], facecolor="none", edgecolor="#6c3483", linewidth=1.2, linestyle="--")
    draw([g for _, g in _layer("disputed_zones", tr, 0.005)], facecolor="none", edgecolor="#b03a2e", linewidth=0.6, linestyle=":")
    draw([g for _, g in _layer("disputed_islands", tr)], color="#c0392b", edgecolor="#c0392b", linewidth=1.5)
    draw([g for _, g in _layer("straits", tr)], color="#922b21", linewidth=1.5)
    for f in read_layer_json("seas")["features"]:
        props = f["properties"]
        if props.get("label_lon") is None:
            continue
        lon = props["label_lon"] + (360 if props["label_lon"] < -100 else 0)
        if VIEW.covers(shapely.Point(lon, props["label_lat"])):
            x, y = tr.transform(lon, props["label_lat"])
            ax.text(x, y, props["name"], fontsize=7, style="italic", color="#2b5d86", ha="center", va="center", clip_on=True)
    colours = ("#d35400", "#1f618d", "#7d3c98", "#117a65", "#b7950b", "#943126")
    handles = [Patch(facecolor="#c0392b", label="Disputed island (12 nm / 24 nm zones dotted)"), Line2D([], [], color="#6c3483", label="ADIZ (dashed: partial or derived)"), Line2D([], [], color="#922b21", label="Strait gate line")]
    for k, r in enumerate(scenario.routes):
        t = tracks.get(r["id"], {})
        if "route" not in t:
            continue
        coords = [(x + 360 if x < -100 else x, y) for x, y in t["route"].coords]
        xs, ys = tr.transform([c[0] for c in coords], [c[1] for c in coords])
        c = colours[k % len(colours)]
        ax.plot(xs, ys, color=c, linewidth=2, linestyle="--" if r["status"] == "planned" else "-")
        n = len(xs)
        for f in (0.3, 0.7):
            i = int(f * (n - 2))
            ax.annotate("", xy=(xs[i + 1], ys[i + 1]), xytext=(xs[i], ys[i]), arrowprops={"arrowstyle": "-|>", "color": c, "lw": 1.5})
        ax.plot([xs[0]], [ys[0]], "o", color="white", markeredgecolor=c, markersize=6)
        ax.plot([xs[-1]], [ys[-1]], "o", color=c, markersize=6)
        handles.append(Line2D([], [], color=c, linewidth=2, label=f"{vessel_label(r)} ({r['period'] or 'undated'}): {t['route'].length_nm:.0f} nm"))
    x0, y0 = tr.transform(112.0, 20.0)
    x1, y1 = tr.transform(178.0, 64.0)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_title(title or scenario.title or "seamap briefing map", fontsize=12)
    ax.legend(handles=handles, loc="lower right", fontsize=7, framealpha=0.9, title="Legend", title_fontsize=8)
    # scale bar: 500 km and 300 nm, measured in the projection at the bar's latitude
    bx, by = x0 + 0.04 * (x1 - x0), y0 + 0.05 * (y1 - y0)
    lon_b, lat_b = Transformer.from_crs(PROJ, "EPSG:4326", always_xy=True).transform(bx, by)
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    for dist, lab, dy in ((500_000.0, "500 km", 0.0), (300 * 1852.0, "300 nm", 0.025)):
        lon_e, lat_e, _ = geod.fwd(lon_b, lat_b + 0.0, 90, dist)
        ex, ey = tr.transform(lon_e, lat_e)
        yy = by + dy * (y1 - y0)
        ax.plot([bx, bx + (ex - bx)], [yy, yy], color="black", linewidth=2)
        ax.text(bx + (ex - bx) / 2, yy + 0.006 * (y1 - y0), lab, ha="center", fontsize=7)
    ax.annotate("N", xy=(0.05, 0.93), xytext=(0.05, 0.86), xycoords="axes fraction", ha="center", fontsize=10, arrowprops={"arrowstyle": "-|>", "color": "black"})
    fig.text(0.01, 0.01, "Sources: GSHHS (LGPL), Natural Earth; islands, ADIZ, straits: seamap fact sheet (see geodata/sources.json). Lambert conformal conic projection.", fontsize=6)
    buf = io.BytesIO()
    meta: dict[str, Any] = {"png": {"Software": None}, "svg": {"Date": None, "Creator": "seamap"}, "pdf": {"CreationDate": None, "Creator": "seamap", "Producer": "seamap"}}[fmt[1:]]
    fig.savefig(buf, format=fmt[1:], dpi=int(dpi), metadata=meta, bbox_inches="tight")
    plt.close(fig)
    return write_atomic(p, buf.getvalue())
