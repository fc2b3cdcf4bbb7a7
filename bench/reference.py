"""A slow reference solver for the shortest land-free path, to bound seamap's routes.

seamap searches a graph with two points on every shared mesh edge (near its ends), then the
funnel pass makes the track exact inside the triangles the search chose. What needs checking
is that choice: which side of each island and which channel the track takes.

This solver places ``k`` Steiner points on every shared edge of the same mesh (k=3: near both
ends and the middle; k=5 adds the quarter points), joins every pair of points on different edges
of a triangle by a great-circle arc, and runs SciPy's Dijkstra over the whole graph (no limit,
no heuristic). Its triangles go through the same funnel pass. As k grows the Steiner path
converges on the true shortest path in the mesh (the approximation scheme of Lanthier,
Maheshwari and Sack for shortest paths on triangulated surfaces), so the best of k=3 and k=5
is a close stand-in for the shortest land-free path.

Building the graphs takes seconds and each query is a full Dijkstra (a tenth of a second or
more), which is why it lives in bench/ and not in the package.
"""

from __future__ import annotations

import math

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

R_EARTH = 6_371_008.8


def _unit(mesh, xy: np.ndarray) -> np.ndarray:
    lon, lat = mesh.inv.transform(xy[:, 0], xy[:, 1])
    lon, lat = np.radians(lon), np.radians(lat)
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


def _arc(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    chord = np.linalg.norm(u - v, axis=-1)
    return 2.0 * R_EARTH * np.arcsin(np.clip(chord / 2.0, 0.0, 1.0))


class SteinerReference:
    def __init__(self, mesh, k: int = 3):
        self.mesh = m = mesh
        nt = m.n_tris
        nb = m.nbrs
        # one id per interior edge: (triangle, side) with triangle < neighbour
        t_idx, side = np.nonzero(nb >= 0)
        keep = t_idx < nb[t_idx, side]
        et, es = t_idx[keep], side[keep]
        ne = len(et)
        edge_of = -np.ones((nt, 3), dtype=np.int64)
        edge_of[et, es] = np.arange(ne)
        other = nb[et, es]
        # the neighbour's side that points back
        back = np.argmax(nb[other] == et[:, None], axis=1)
        edge_of[other, back] = np.arange(ne)
        self.edge_tris = np.column_stack([et, other])
        p = m.txy[et, es]
        q = m.txy[et, (es + 1) % 3]
        ts = np.array([0.5]) if k == 1 else np.linspace(0.01, 0.99, k)
        pts = (p[:, None, :] * (1 - ts)[None, :, None] + q[:, None, :] * ts[None, :, None]).reshape(-1, 2)
        self.k, self.ne, self.pts = k, ne, pts
        self.unit = _unit(m, pts)
        # arcs inside each triangle between points of different edges
        rows, cols = [], []
        for a, b in ((0, 1), (1, 2), (2, 0)):
            ea, eb = edge_of[:, a], edge_of[:, b]
            ok = (ea >= 0) & (eb >= 0)
            ea, eb = ea[ok], eb[ok]
            for i in range(k):
                for j in range(k):
                    rows.append(ea * k + i)
                    cols.append(eb * k + j)
        r = np.concatenate(rows)
        c = np.concatenate(cols)
        w = _arc(self.unit[r], self.unit[c])
        n = ne * k + 2  # two spare nodes for the query's start and end
        self.n = n
        base = csr_matrix((np.concatenate([w, w]), (np.concatenate([r, c]), np.concatenate([c, r]))), shape=(n, n))
        self.base = base
        self.edge_of = edge_of

    def _attach(self, t: int, xy: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
        ids = [e for e in self.edge_of[t] if e >= 0]
        nodes = np.array([e * self.k + i for e in ids for i in range(self.k)], dtype=np.int64)
        u = _unit(self.mesh, np.array([xy]))
        return nodes, _arc(self.unit[nodes], u)

    def path(self, t0: int, p0: tuple[float, float], t1: int, p1: tuple[float, float]) -> list[tuple[float, float]]:
        """Shortest land-free path (plane coordinates) between two located points."""
        m = self.mesh
        if t0 == t1:
            return [p0, p1]
        s, g = self.n - 2, self.n - 1
        n0, w0 = self._attach(t0, p0)
        n1, w1 = self._attach(t1, p1)
        extra = csr_matrix(
            (np.concatenate([w0, w0, w1, w1]),
             (np.concatenate([np.full(len(n0), s), n0, np.full(len(n1), g), n1]),
              np.concatenate([n0, np.full(len(n0), s), n1, np.full(len(n1), g)]))),
            shape=(self.n, self.n),
        )
        dist, pred = dijkstra(self.base + extra, indices=s, return_predecessors=True)
        if not math.isfinite(dist[g]):
            return []
        chain = []
        v = pred[g]
        while v != s:
            chain.append(int(v))
            v = pred[v]
        chain.reverse()
        # triangles: start in t0, cross each Steiner point's edge into the other triangle
        corridor = [t0]
        for node in chain:
            a, b = self.edge_tris[node // self.k]
            nxt = b if corridor[-1] == a else a
            if corridor[-1] not in (a, b):
                raise RuntimeError("Steiner path left its triangle")
            corridor.append(int(nxt))
        if corridor[-1] != t1:
            raise RuntimeError("Steiner path did not end in the goal triangle")
        # a path may cross the same edge back (ties at k points); drop such loops
        simple: list[int] = []
        for t in corridor:
            if t in simple:
                simple = simple[: simple.index(t) + 1]
            else:
                simple.append(t)
        return m.shortest(p0, p1, simple)
