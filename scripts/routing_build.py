"""The routing mesh for build_geodata.py: a constrained Delaunay triangulation of the sea.

The water of the routing domain (20°E to 150°W, 15°N to 84°N) is triangulated in a gnomonic
projection centred on the North Pole. In that projection every great circle is a straight line,
so a path that is straight inside the triangles is a chain of great-circle legs on the Earth,
and the antimeridian is nothing special. Land is the land layer, simplified to 0.004° and
widened by one minute of latitude (1 nm of sea-room, about half that east-west at 60°N):
straits narrower than about 2 nm (Kanmon) are closed to routing.

Output (deterministic .npy arrays and a JSON index) in ``geodata/routing/``:

* ``vertices.npy``: float64 (n, 2) projected metres;
* ``triangles.npy``: int32 (m, 3), counter-clockwise;
* ``neighbors.npy``: int32 (m, 3), the triangle across edge k (vertex k to k+1), or -1;
* ``landmarks.npy``: uint16 (8, nodes), graph distances from eight landmark nodes to every
  node of the search graph in units of 500 m (the A* bound; see ``seamap.routing``);
* ``index.json``: the projection, the grid index parameters, per strait the triangles its
  gate line crosses (used to forbid a strait), and the landmarks.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import shapely
import shapely.affinity
import shapely.ops
from pyproj import Transformer
from seas import unwrap  # the same Pacific-contiguous longitudes as the seas
from shapely.geometry import box, shape

PROJ = "+proj=gnom +lat_0=90 +lon_0=180 +R=6371008.8 +units=m"
DOMAIN = (20.0, 15.0, 210.0, 84.0)  # unwrapped lon/lat
SIMPLIFY_DEG = 0.004
SEA_ROOM_DEG = 1.0 / 60.0
GRID = 256
CELL_DEG = 1.0


def to_plane(geom, fwd: Transformer):
    return shapely.transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))


def npy_bytes(arr: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.save(buf, arr, allow_pickle=False)
    return buf.getvalue()


def build_mesh(land_features: list[dict], strait_features: list[dict], cell_deg: float = CELL_DEG) -> dict[str, bytes]:
    fwd = Transformer.from_crs("EPSG:4326", PROJ, always_xy=True)
    dom = box(*DOMAIN)
    parts = []
    for f in land_features:
        g = unwrap(shape(f["geometry"]))
        if not g.intersects(dom):
            continue
        g = g.simplify(SIMPLIFY_DEG, preserve_topology=True)
        if not g.is_empty:
            parts.append(g)
    land = shapely.union_all(parts).buffer(SEA_ROOM_DEG, quad_segs=2)
    water = dom.difference(land)
    # Cut the water into 1° cells first: the cell edges bound the size of the triangles, so
    # the corridor search is not misled by open-ocean triangles thousands of km across.
    polys = list(getattr(water, "geoms", [water]))
    tree = shapely.STRtree(polys)
    pieces = []
    for x in np.arange(DOMAIN[0], DOMAIN[2], cell_deg):
        for y in np.arange(DOMAIN[1], DOMAIN[3], cell_deg):
            c = box(x, y, x + cell_deg, y + cell_deg)
            for i in tree.query(c, predicate="intersects"):
                p = polys[int(i)]
                if c.contains(p):
                    pieces.append(p)
                    continue
                r = p.intersection(c)
                pieces.extend(g for g in getattr(r, "geoms", [r]) if g.geom_type == "Polygon" and not g.is_empty)
    polys_out = []
    for piece in pieces:
        plane = shapely.make_valid(to_plane(piece, fwd))
        tris = shapely.constrained_delaunay_triangles(plane)
        polys_out.extend(g for g in tris.geoms if g.geom_type == "Polygon" and g.area > 1.0)
    polys = polys_out
    coords = np.array([np.asarray(p.exterior.coords)[:3] for p in polys])  # (m, 3, 2)
    # counter-clockwise
    cross = (coords[:, 1, 0] - coords[:, 0, 0]) * (coords[:, 2, 1] - coords[:, 0, 1]) - (coords[:, 1, 1] - coords[:, 0, 1]) * (coords[:, 2, 0] - coords[:, 0, 0])
    cw = cross < 0
    coords[cw] = coords[cw][:, ::-1]
    flat = coords.reshape(-1, 2)
    keys = np.round(flat, 2)
    uniq, inverse = np.unique(keys, axis=0, return_inverse=True)
    verts = np.zeros((len(uniq), 2))
    verts[inverse.ravel()] = flat
    triangles = inverse.reshape(-1, 3).astype(np.int32)
    # neighbours by shared undirected edges
    m = len(triangles)
    edges = {}
    neighbors = np.full((m, 3), -1, dtype=np.int32)
    for t in range(m):
        a, b, c = triangles[t]
        for k, (u, v) in enumerate(((a, b), (b, c), (c, a))):
            key = (u, v) if u < v else (v, u)
            other = edges.get(key)
            if other is None:
                edges[key] = (t, k)
            else:
                ot, ok = other
                neighbors[t, k] = ot
                neighbors[ot, ok] = t
    # keep only the largest connected body of water: closed-off lagoons and channels the sea-room
    # closed would otherwise swallow a snapped waypoint and make an "unconnected" route
    comp = np.full(m, -1, dtype=np.int64)
    sizes = []
    for seed in range(m):
        if comp[seed] != -1:
            continue
        cid = len(sizes)
        stack = [seed]
        comp[seed] = cid
        n = 0
        while stack:
            t = stack.pop()
            n += 1
            for u in neighbors[t]:
                if u != -1 and comp[u] == -1:
                    comp[u] = cid
                    stack.append(u)
        sizes.append(n)
    keep = comp == int(np.argmax(sizes))
    new_id = np.cumsum(keep) - 1
    triangles = triangles[keep]
    nb = neighbors[keep]
    neighbors = np.where(nb >= 0, new_id[np.maximum(nb, 0)], -1).astype(np.int32)
    used = np.unique(triangles)
    remap = np.full(len(verts), -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    verts = verts[used]
    triangles = remap[triangles].astype(np.int32)
    m = len(triangles)
    # grid index over triangle bounding boxes
    tri_xy = verts[triangles]
    xmin, ymin = verts.min(axis=0)
    xmax, ymax = verts.max(axis=0)
    cell = max(xmax - xmin, ymax - ymin) / GRID
    lo = np.floor((tri_xy.min(axis=1) - [xmin, ymin]) / cell).astype(int)
    hi = np.floor((tri_xy.max(axis=1) - [xmin, ymin]) / cell).astype(int)
    buckets: dict[int, list[int]] = {}
    for t in range(m):
        for i in range(lo[t, 0], hi[t, 0] + 1):
            for j in range(lo[t, 1], hi[t, 1] + 1):
                buckets.setdefault(i * (GRID + 1) + j, []).append(t)
    order = sorted(buckets)
    offsets = [0]
    flat_ids: list[int] = []
    for k in order:
        flat_ids.extend(buckets[k])
        offsets.append(len(flat_ids))
    # straits: triangles each gate line crosses
    tree = shapely.STRtree([shapely.Polygon(t) for t in tri_xy])
    gates = {}
    for f in strait_features:
        if f["geometry"] is None:
            continue
        g = to_plane(shapely.segmentize(unwrap(shape(f["geometry"])), 0.01), fwd)
        gates[f["properties"]["id"]] = sorted(int(i) for i in tree.query(g, predicate="intersects"))
    index = {
        "schema": "seamap.routing/1",
        "projection": PROJ,
        "domain_unwrapped_lonlat": list(DOMAIN),
        "simplify_deg": SIMPLIFY_DEG,
        "sea_room_deg": SEA_ROOM_DEG,
        "grid": {"n": GRID, "xmin": float(xmin), "ymin": float(ymin), "cell": float(cell)},
        "counts": {"vertices": int(len(verts)), "triangles": int(m)},
        "gates": gates,
    }
    return {
        "vertices.npy": npy_bytes(verts),
        "triangles.npy": npy_bytes(triangles),
        "neighbors.npy": npy_bytes(neighbors),
        "grid_keys.npy": npy_bytes(np.asarray(order, dtype=np.int64)),
        "grid_offsets.npy": npy_bytes(np.asarray(offsets, dtype=np.int64)),
        "grid_ids.npy": npy_bytes(np.asarray(flat_ids, dtype=np.int32)),
        "index.json": (json.dumps(index, separators=(",", ":"), sort_keys=True) + "\n").encode(),
    }


LANDMARKS = 8
LANDMARK_UNIT_M = 500.0


def write_mesh(out: Path, files: dict[str, bytes], write_bytes) -> list[dict]:
    """Write the mesh, then the landmark table the A* search is bounded with.

    The table is computed from the mesh just written, by seamap's own search graph (the graph
    is built from the mesh when routing loads it, so the same code numbers its nodes the same
    way), and its size is checked when it is loaded.
    """
    import hashlib
    import sys

    files = dict(files)
    for name, data in files.items():
        write_bytes(out / "routing" / name, data)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    from seamap.routing import Mesh, landmark_table

    mesh = Mesh(str(out))
    nodes, table = landmark_table(mesh, LANDMARKS, LANDMARK_UNIT_M)
    index = json.loads(files["index.json"])
    index["landmarks"] = {"count": len(nodes), "nodes": nodes, "unit_m": LANDMARK_UNIT_M, "graph_nodes": int(table.shape[1])}
    files["landmarks.npy"] = npy_bytes(table)
    files["index.json"] = (json.dumps(index, separators=(",", ":"), sort_keys=True) + "\n").encode()
    entries = []
    for name, data in files.items():
        write_bytes(out / "routing" / name, data)
        entries.append({"file": f"routing/{name}", "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    return entries


#: how far from a country's land (Natural Earth 50m) a search-graph node counts as its coast
COAST_DEG = 0.25


def country_coast_nodes(out: Path, world_atlas: Path, countries: dict[str, str]) -> dict[str, bytes]:
    """The search-graph nodes near each country's land, so a route "to Vietnam" ends where that
    country's coast is first reached by sea (and one "from Japan" starts on Japan's coast).

    Output: ``country_nodes.npy`` (int32 node ids, country after country) and
    ``country_nodes.json`` (each country's slice; the graph size it was made for).
    """
    import sys

    import shapely
    from build_geodata import load_topojson, natural_earth_polygon
    from shapely.ops import unary_union

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    from seamap.routing import Mesh

    st = Mesh(str(out)).steiner
    u = st["unit"].astype(np.float64)
    lon = np.degrees(np.arctan2(u[:, 1], u[:, 0]))
    lat = np.degrees(np.arcsin(np.clip(u[:, 2], -1.0, 1.0)))
    shapes = {props.get("name"): polys for props, polys in load_topojson(world_atlas / "countries-50m.json", "countries")}
    ranges: dict[str, list[int]] = {}
    chunks = []
    at = 0
    for cid, ne_name in sorted(countries.items()):
        if ne_name not in shapes:
            continue
        geom = unary_union([natural_earth_polygon(r) for r in shapes[ne_name]])
        x0, y0, x1, y1 = geom.bounds
        cand = np.nonzero((lon >= x0 - COAST_DEG) & (lon <= x1 + COAST_DEG) & (lat >= y0 - COAST_DEG) & (lat <= y1 + COAST_DEG))[0]
        shapely.prepare(geom)
        near = cand[shapely.dwithin(geom, shapely.points(lon[cand], lat[cand]), COAST_DEG)].astype(np.int32)
        ranges[cid] = [at, at + len(near)]
        chunks.append(near)
        at += len(near)
    index = {"schema": "seamap.country_nodes/1", "coast_deg": COAST_DEG, "graph_nodes": int(len(lon)), "source": "natural_earth_50m (world-atlas countries-50m.json)", "countries": ranges}
    return {
        "country_nodes.npy": npy_bytes(np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int32)),
        "country_nodes.json": (json.dumps(index, separators=(",", ":"), sort_keys=True) + "\n").encode(),
    }
