"""Sea polygons for build_geodata.py.

Water in a working window (20°E to 150°W, 15°N to 82°N, longitudes unwrapped past 180°) is cut
along limit lines, and each sea is the piece of water that holds its selector point.

Each limit line says what it rests on:

* ``s23``: a landmark or parallel the fact sheet quotes from IHO S-23 (1953), located on the
  GSHHS shoreline where S-23 names a cape (for example "Nomo Saki, 32°35'N" becomes the western
  tip of Kyushu on that parallel);
* ``law``: the Japanese statutory limit of the Seto Inland Sea (published coordinates);
* ``strait``: a strait gate line of the straits layer;
* ``construction``: an approximate stand-in where no limit is in the fact sheet (for example
  the meridian 140°E between the East Siberian and Laptev Seas). Seas bounded by any
  construction line are ``approximate: true`` and say which edges are approximate.

Selector points only choose a piece of water; they are not published facts and are not output.
"""

from __future__ import annotations

import json
import math

import numpy as np
import shapely
import shapely.affinity
import shapely.ops
from shapely.geometry import LineString, Point, box
from shapely.ops import unary_union

UNIVERSE = box(20.0, 15.0, 210.0, 82.0)
EXTEND_DEG = 0.08
CUT_HALF_WIDTH = 0.003


def unwrap(geom):
    """Move what lies west of 130°W by +360° so the North Pacific is contiguous."""
    if geom.bounds[0] >= -130.0:
        return geom
    if geom.bounds[2] < -130.0:
        return shapely.affinity.translate(geom, 360.0)
    west = geom.intersection(box(-180.0, -90.0, -130.0, 90.0))
    east = geom.intersection(box(-130.0, -90.0, 180.0, 90.0))
    return unary_union([east, shapely.affinity.translate(west, 360.0)])


def extend(line: LineString, d: float = EXTEND_DEG) -> LineString:
    c = list(line.coords)

    def push(a, b):
        dx, dy = a[0] - b[0], a[1] - b[1]
        n = math.hypot(dx, dy) or 1.0
        return (a[0] + dx / n * d, a[1] + dy / n * d)

    return LineString([push(c[0], c[1]), *c, push(c[-1], c[-2])])


def extreme(poly, which: str):
    xy = np.asarray(poly.exterior.coords)
    i = {"south": xy[:, 1].argmin(), "north": xy[:, 1].argmax(), "west": xy[:, 0].argmin(), "east": xy[:, 0].argmax()}[which]
    return (float(xy[i, 0]), float(xy[i, 1]))


def on_parallel(polys, lat: float, lon_from: float, lon_to: float, which: str):
    """Where a parallel first meets a large land mass, scanning west or east."""
    line = LineString([(lon_from, lat), (lon_to, lat)])
    hits = []
    for p in polys:
        inter = line.intersection(p.boundary)
        for g in getattr(inter, "geoms", [inter]):
            if not g.is_empty:
                hits.append((g.x, g.y) if g.geom_type == "Point" else g.coords[0])
    if not hits:
        raise SystemExit(f"seas: parallel {lat} meets no land between {lon_from} and {lon_to}")
    return min(hits) if which == "west" else max(hits)


SEA_META = {
    "seto_inland_sea": ("Seto Inland Sea", (133.333333, 34.166667), "published label point"),
    "sea_of_okhotsk": ("Sea of Okhotsk", (150.0, 55.0), "published label point"),
    "chukchi_sea": ("Chukchi Sea", (-172.0, 69.0), "published label point"),
    "east_siberian_sea": ("East Siberian Sea", (163.0, 72.0), "published label point"),
    "sea_of_japan": ("Sea of Japan (East Sea)", (135.0, 40.0), "selector"),
    "east_china_sea": ("East China Sea", (126.0, 29.0), "selector"),
    "yellow_sea": ("Yellow Sea", (123.0, 36.0), "selector"),
    "bohai_sea": ("Bohai Sea", (120.0, 39.0), "selector"),
    "philippine_sea": ("Philippine Sea", (132.0, 22.0), "selector"),
    "bering_sea": ("Bering Sea", (180.0, 58.0), "selector"),
    "laptev_sea": ("Laptev Sea", (125.0, 76.0), "selector"),
    "kara_sea": ("Kara Sea", (75.0, 75.0), "selector"),
    "barents_sea": ("Barents Sea", (40.0, 74.0), "selector"),
    "north_pacific": ("North Pacific Ocean", (170.0, 40.0), "selector"),
}


def build_seas(b) -> list[dict]:
    from build_geodata import feature, geodesic_m, q, split_antimeridian  # noqa: F401

    facts, supp = b.facts, b.supp
    polys = []
    for p, _props in b.land.all_polygons():
        s = p.simplify(0.01, preserve_topology=True)
        if not s.is_empty and s.area > 2e-5:
            polys.append(unwrap(s))
    land = unary_union(polys)
    water = UNIVERSE.difference(land)

    big = [p for p, _ in b.land.gshhs if p.area > 0.5]
    sup_i = supp["islands"]
    jeju = b.gshhs_poly(sup_i["jeju"]["point"]["lon"], sup_i["jeju"]["point"]["lat"])
    hokkaido = b.gshhs_poly(sup_i["hokkaido"]["point"]["lon"], sup_i["hokkaido"]["point"]["lat"])
    okinawa = b.gshhs_poly(sup_i["okinawa"]["point"]["lon"], sup_i["okinawa"]["point"]["lat"])
    st = facts["straits"]
    yg = st["yonaguni_taiwan_gap"]["shores"][0]
    taiwan = max(b.land_near(yg["lon"] - 1.0, yg["lat"], 1.5), key=lambda p: p.area)
    mainland_kr = max(b.land_near(127.0, 35.5, 1.5), key=lambda p: p.area)
    ecs = facts["seas"]["east_china_sea"]["iho_s23_1953_limits"]
    nomo_lat = ecs["on_the_north"][0]["lat"]
    hisaki_lat = ecs["on_the_east"][4]["lat"]
    parallel_3317 = ecs["on_the_north"][3]["lat"]
    okh = facts["seas"]["sea_of_okhotsk"]["iho_s23_1953_limits"]["on_the_southeast"][0]["lat"]
    tyk = facts["seas"]["sea_of_japan"]["iho_s23_1953_limits"]["on_the_north"][0]["lat"]

    nomo = on_parallel(big, nomo_lat, 129.0, 130.4, "west")
    hisaki = on_parallel(big, hisaki_lat, 130.6, 131.8, "east")
    jeju_s, jeju_w = extreme(jeju, "south"), extreme(jeju, "west")
    kr_near = shapely.ops.nearest_points(mainland_kr, Point(jeju_w))[0]
    yon = (yg["lon"], yg["lat"])
    tw_ne = shapely.ops.nearest_points(taiwan, b.gshhs_poly(*yon))[0]
    tw_n, tw_s = extreme(taiwan, "north"), extreme(taiwan, "south")
    hateruma = ecs["on_the_south"][3]
    miyako = sup_i["miyako"]["point"]
    nosappu = on_parallel([hokkaido], okh, 145.0, 146.0, "east")
    kam = [p for p in b.land_near(156.5, 51.5, 1.5) if p.area > 1.0]
    lopatka = min((pt for p in kam for pt in p.exterior.coords if 155.5 < pt[0] < 157.5), key=lambda c: c[1])
    kur = st
    dalian = (supp["places"]["dalian"]["point"]["lon"], supp["places"]["dalian"]["point"]["lat"])
    liaodong = [p for p in b.land_near(121.3, 38.9, 0.4) if p.area > 0.05]
    laotieshan = min((pt for p in liaodong for pt in p.exterior.coords), key=lambda c: c[1])
    isl = facts["islands"]["southern_kurils_northern_territories"]["islands"]
    shikotan = next(i for i in isl if i["id"] == "shikotan")["representative_point"]
    iturup = next(i for i in isl if i["id"] == "iturup")["representative_point"]
    seto = facts["seas"]["seto_inland_sea"]["japanese_law_boundary"]["lines"]
    gate = {f["properties"]["id"]: f for f in b.strait_features}

    def gate_line(key):
        from shapely.geometry import shape

        return unwrap(shape(gate[key]["geometry"]))

    limits = [
        ("strait", "La Pérouse (Sōya) Strait gate", gate_line("la_perouse_soya")),
        ("strait", "Tsugaru Strait gate", gate_line("tsugaru")),
        ("strait", "Bering Strait gate", gate_line("bering")),
        ("law", "Seto Inland Sea: Kii Hinomisaki - Gamōda-misaki", LineString([(seto[0]["from"]["lon"], seto[0]["from"]["lat"]), (seto[0]["to"]["lon"], seto[0]["to"]["lat"])])),
        ("law", "Seto Inland Sea: Sada-misaki - Sekizaki", LineString([(seto[1]["from"]["lon"], seto[1]["from"]["lat"]), (seto[1]["to"]["lon"], seto[1]["to"]["lat"])])),
        ("law", "Seto Inland Sea: Takenoko-jima - Wakamatsu (Kanmon, west)", LineString([(seto[2]["from"]["lon"], seto[2]["from"]["lat"]), (seto[2]["to"]["lon"], seto[2]["to"]["lat"])])),
        ("s23", "Japan Sea north limit: parallel of Cape Tyk (51°45'N) across the Tatar Strait", LineString([(140.0, tyk), (142.6, tyk)])),
        ("s23", "East China Sea north limit: Nomo Saki (32°35'N) to the S point of Jeju (via the Goto Islands, drawn straight)", LineString([nomo, jeju_s])),
        ("s23", "East China Sea north limit: parallel 33°17'N west from Jeju to the mainland", LineString([jeju_w, (jeju_w[0] - 0.05, parallel_3317), (118.0, parallel_3317)])),
        ("construction", "Yellow Sea / Japan Sea: W extreme of Jeju to the nearest Korean mainland (S-23 line via the SW Korean islands not located)", LineString([jeju_w, (kr_near.x, kr_near.y)])),
        ("construction", "Bohai Sea / Yellow Sea: from Shandong at 121°E to the southern tip of the Liaodong Peninsula and on to Dalian (no limit in the fact sheet)", LineString([(121.0, 37.0), laotieshan, dalian])),
        ("s23", "East China Sea south limit: N point of Taiwan, then west along 25°24'N", LineString([tw_n, (118.0, 25.4)])),
        ("s23", "East China Sea south-east limit: NE Taiwan to Yonaguni, Hateruma, Miyako, Okinawa, then to Hi Saki (31°17'N, Kyushu), drawn straight", LineString([(tw_ne.x, tw_ne.y), yon, (hateruma["lon"], hateruma["lat"]), (miyako["lon"], miyako["lat"]), extreme(okinawa, "south"), (sup_i["okinawa"]["point"]["lon"], sup_i["okinawa"]["point"]["lat"]), hisaki])),
        ("construction", "Philippine Sea / South China Sea: S tip of Taiwan to northern Luzon", LineString([tw_s, (121.0, 17.5)])),
        ("construction", "Philippine Sea / North Pacific: along the Izu-Bonin-Mariana arc, drawn as three straight legs", LineString([(138.8, 35.2), (140.0, 30.0), (142.0, 25.0), (145.0, 15.0)])),
        ("s23", "Sea of Okhotsk south-east limit: Nosappu Saki (43°23'N) through the Kurils (Shikotan, Iturup, the Vries, Bussol, Fourth and First Kuril Strait points) to Cape Lopatka", LineString([nosappu, (shikotan["lon"], shikotan["lat"]), (iturup["lon"], iturup["lat"]), *[(kur[k]["representative_point"]["lon"], kur[k]["representative_point"]["lat"]) for k in ("vries_frieza", "bussol", "fourth_kuril", "first_kuril")], lopatka, (157.2, 51.6)])),
        ("construction", "Bering Sea / North Pacific: parallel 54°N from Kamchatka to 158°W (stand-in for the Komandorski-Aleutian arc)", LineString([(158.0, 54.0), (202.0, 54.0), (202.0, 56.9)])),
        ("construction", "Chukchi / East Siberian Sea: meridian 180° through Wrangel Island", LineString([(180.0, 67.0), (180.0, 83.0)])),
        ("construction", "East Siberian / Laptev Sea: meridian 140°E by the New Siberian Islands", LineString([(140.0, 70.0), (140.0, 83.0)])),
        ("construction", "Laptev / Kara Sea: meridian 100°E by Severnaya Zemlya", LineString([(100.0, 73.0), (100.0, 83.0)])),
        ("construction", "Kara / Barents Sea: meridian 60°E by Novaya Zemlya", LineString([(60.0, 68.0), (60.0, 83.0)])),
        ("construction", "Barents Sea west: meridian 20°E", LineString([(20.5, 69.0), (20.5, 83.0)])),
    ]
    cuts = unary_union([extend(line, 0.25 if kind == "strait" else EXTEND_DEG).buffer(CUT_HALF_WIDTH) for kind, _, line in limits])
    pieces = list(getattr(water.difference(cuts), "geoms", [water.difference(cuts)]))
    tree = shapely.STRtree(pieces)

    seas_facts = facts["seas"]
    out = []
    used: dict[int, str] = {}
    for key, (name, sel, sel_kind) in SEA_META.items():
        pt = Point(sel[0] + 360.0 if sel[0] < -140.0 else sel[0], sel[1])
        idx = [int(i) for i in tree.query(pt) if pieces[int(i)].covers(pt)]
        if not idx:
            raise SystemExit(f"seas: selector for {key} is not in water")
        piece = pieces[idx[0]]
        if idx[0] in used:
            raise SystemExit(f"seas: {key} shares its water with {used[idx[0]]}: a limit line between them leaks")
        used[idx[0]] = key
        touching = [(kind, label) for kind, label, line in limits if extend(line).buffer(CUT_HALF_WIDTH * 3).intersects(piece)]
        approx_edges = [label for kind, label in touching if kind == "construction"]
        sf = seas_facts.get(key, {})
        names = sf.get("names", {})
        label_pt = sel if sel_kind == "published label point" else None
        if label_pt is None:
            rp = piece.representative_point()
            label_pt = (rp.x - 360.0 if rp.x > 180 else rp.x, rp.y)
        props = {
            "id": key,
            "name": name,
            "name_en_iho": names.get("en"),
            "name_ja": names.get("ja"),
            "name_zh": names.get("zh_hans"),
            "name_ru": names.get("ru"),
            "name_ko": names.get("ko") or names.get("ko_rok"),
            "limits_basis": "; ".join(f"{kind}: {label}" for kind, label in touching),
            "approximate": bool(approx_edges) or key not in seas_facts or "iho_s23_1953_limits" not in sf or sf.get("iho_s23_1953_limits", {}).get("value", "x") is None,
            "approximate_edges": "; ".join(approx_edges) or None,
            "label_lon": q(label_pt[0]),
            "label_lat": q(label_pt[1]),
            "label_basis": "published" if sel_kind == "published label point" else "representative point of the polygon",
            "clipped_to": "working window 20°E-150°W, 15°N-82°N",
            "sources": ";".join(dict.fromkeys((sf.get("names_source") or []) + ((sf.get("iho_s23_1953_limits") or {}).get("source") or sf.get("source") or []) + ["gshhs_f", "natural_earth_50m", "seamap_derived"])),
            "confidence": "medium" if not approx_edges else "low",
        }
        out.append(feature(split_antimeridian(piece), props))
    return out


__all__ = ["build_seas", "json"]
