/*
 * seamap._seasearch: the routing graph's shortest-path search in C.
 *
 * One function, astar(), over a graph in CSR arrays (int32 row pointers and columns, float64
 * arc lengths in metres).  It is A* that stops as soon as the goal is settled, with the
 * larger of two lower bounds on the distance left:
 *   - the great-circle distance to the goal point (unit vectors of the nodes, float32), and
 *   - landmark bounds |d(L, v) - d(L, goal)| from graph distances to a few landmark nodes,
 *     computed when geodata is built and stored as uint16 multiples of a unit (one row per
 *     landmark; 65535 marks a node the landmark cannot reach).
 * A start is several nodes, each with its own initial length (the arcs from the start point
 * into its triangle); a goal is several nodes, each with the length still to go from it (the
 * arcs from the goal's triangle to the goal point).  The search returns the node chain from a
 * start node to the goal node with the smallest total, or None when no goal can be reached.
 *
 * The bounds are admissible (a landmark bound gives up one unit for the rounding of the stored
 * distances); nodes are re-opened when a shorter way to them turns up, so the result is the
 * graph's shortest path even where that rounding makes a bound a little inconsistent.  Without the goal point (radius 0) and without landmarks it is Dijkstra to the
 * nearest of the goal nodes.
 *
 * Everything is read through the buffer protocol; NumPy is not needed to build this file.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    double f;
    double g;
    int32_t v;
} Entry;

typedef struct {
    Entry *a;
    Py_ssize_t n, cap;
} Heap;

static int heap_push(Heap *h, double f, double g, int32_t v)
{
    if (h->n == h->cap) {
        Py_ssize_t cap = h->cap ? 2 * h->cap : 1024;
        Entry *a = realloc(h->a, (size_t)cap * sizeof(Entry));
        if (!a)
            return -1;
        h->a = a;
        h->cap = cap;
    }
    Py_ssize_t i = h->n++;
    while (i > 0) {
        Py_ssize_t p = (i - 1) / 2;
        if (h->a[p].f <= f)
            break;
        h->a[i] = h->a[p];
        i = p;
    }
    h->a[i].f = f;
    h->a[i].g = g;
    h->a[i].v = v;
    return 0;
}

static Entry heap_pop(Heap *h)
{
    Entry top = h->a[0];
    Entry last = h->a[--h->n];
    Py_ssize_t i = 0, n = h->n;
    for (;;) {
        Py_ssize_t c = 2 * i + 1;
        if (c >= n)
            break;
        if (c + 1 < n && h->a[c + 1].f < h->a[c].f)
            c++;
        if (last.f <= h->a[c].f)
            break;
        h->a[i] = h->a[c];
        i = c;
    }
    if (n)
        h->a[i] = last;
    return top;
}

/* node states */
#define SEEN 1
#define HAS_H 2

typedef struct {
    Py_buffer indptr, indices, weights, unit, landmarks, lm_goal, starts, start_w, goals, goal_w;
} Buffers;

static int get(PyObject *obj, Py_buffer *view, const char *what, Py_ssize_t itemsize)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0)
        return -1;
    if (view->itemsize != itemsize) {
        PyErr_Format(PyExc_TypeError, "%s: expected items of %zd bytes, got %zd", what, itemsize, view->itemsize);
        PyBuffer_Release(view);
        view->obj = NULL;
        return -1;
    }
    return 0;
}

static void release(Buffers *b)
{
    Py_buffer *all[] = {&b->indptr, &b->indices, &b->weights, &b->unit, &b->landmarks,
                        &b->lm_goal, &b->starts, &b->start_w, &b->goals, &b->goal_w};
    for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
        if (all[i]->obj)
            PyBuffer_Release(all[i]);
}

static PyObject *astar(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *o[10];
    double gx, gy, gz, radius, lm_unit;
    if (!PyArg_ParseTuple(args, "OOOOOdOOOOOdddd:astar", &o[0], &o[1], &o[2], &o[3], &o[4], &lm_unit, &o[5],
                          &o[6], &o[7], &o[8], &o[9], &gx, &gy, &gz, &radius))
        return NULL;
    Buffers b;
    memset(&b, 0, sizeof(b));
    if (get(o[0], &b.indptr, "indptr", 4) || get(o[1], &b.indices, "indices", 4) ||
        get(o[2], &b.weights, "weights", 8) || get(o[3], &b.unit, "unit", 4) ||
        get(o[4], &b.landmarks, "landmarks", 2) || get(o[5], &b.lm_goal, "lm_goal", 8) ||
        get(o[6], &b.starts, "starts", 8) || get(o[7], &b.start_w, "start_w", 8) ||
        get(o[8], &b.goals, "goals", 8) || get(o[9], &b.goal_w, "goal_w", 8)) {
        release(&b);
        return NULL;
    }
    const int32_t *indptr = b.indptr.buf, *indices = b.indices.buf;
    const double *w = b.weights.buf, *lm_goal = b.lm_goal.buf, *start_w = b.start_w.buf, *goal_w = b.goal_w.buf;
    const float *unit = b.unit.buf;
    const uint16_t *lm = b.landmarks.buf;
    const int64_t *starts = b.starts.buf, *goals = b.goals.buf;
    Py_ssize_t n = b.indptr.len / 4 - 1;
    Py_ssize_t n_lm = b.lm_goal.len / 8;
    Py_ssize_t n_start = b.starts.len / 8, n_goal = b.goals.len / 8;
    if (n < 1 || b.unit.len / 4 < 3 * n || b.landmarks.len / 2 < n_lm * n || b.start_w.len / 8 != n_start ||
        b.goal_w.len / 8 != n_goal || b.indices.len != b.weights.len / 2 ||
        indptr[n] > b.indices.len / 4) {
        release(&b);
        PyErr_SetString(PyExc_ValueError, "astar: array sizes do not match");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n_start; i++)
        if (starts[i] < 0 || starts[i] >= n)
            goto bad_node;
    for (Py_ssize_t i = 0; i < n_goal; i++)
        if (goals[i] < 0 || goals[i] >= n)
            goto bad_node;

    uint8_t *state = calloc((size_t)n, 1);
    int32_t *goal_of = calloc((size_t)n, sizeof(int32_t)); /* goal index + 1 */
    int32_t *pred = malloc((size_t)n * sizeof(int32_t));
    double *g = malloc((size_t)n * sizeof(double));
    double *h = malloc((size_t)n * sizeof(double));
    Heap heap = {NULL, 0, 0};
    PyObject *result = NULL;
    if (!state || !goal_of || !pred || !g || !h) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n_goal; i++) {
        int32_t v = (int32_t)goals[i];
        if (!goal_of[v] || goal_w[i] < goal_w[goal_of[v] - 1])
            goal_of[v] = (int32_t)i + 1;
    }
    int use_gc = radius > 0.0;

#define BOUND(v)                                                                                  \
    do {                                                                                          \
        if (!(state[v] & HAS_H)) {                                                                \
            double best_h = 0.0;                                                                  \
            if (use_gc) {                                                                         \
                double ux = unit[3 * (v)], uy = unit[3 * (v) + 1], uz = unit[3 * (v) + 2];        \
                double cx = uy * gz - uz * gy, cy = uz * gx - ux * gz, cz = ux * gy - uy * gx;    \
                best_h = radius * atan2(sqrt(cx * cx + cy * cy + cz * cz), ux * gx + uy * gy + uz * gz); \
            }                                                                                     \
            for (Py_ssize_t k = 0; k < n_lm; k++) {                                               \
                uint16_t q = lm[k * n + (v)];                                                     \
                double d = q == 0xFFFF ? 0.0 : fabs(q * lm_unit - lm_goal[k]) - lm_unit;          \
                if (d > best_h) /* false for a landmark that cannot reach the goal (NaN) */       \
                    best_h = d;                                                                   \
            }                                                                                     \
            h[v] = best_h;                                                                        \
            state[v] |= HAS_H;                                                                    \
        }                                                                                         \
    } while (0)

    for (Py_ssize_t i = 0; i < n_start; i++) {
        int32_t v = (int32_t)starts[i];
        double gv = start_w[i];
        if ((state[v] & SEEN) && g[v] <= gv)
            continue;
        BOUND(v);
        state[v] |= SEEN;
        g[v] = gv;
        pred[v] = -1;
        if (heap_push(&heap, gv + h[v], gv, v) < 0) {
            PyErr_NoMemory();
            goto done;
        }
    }
    double best = INFINITY;
    int32_t best_node = -1;
    while (heap.n) {
        Entry e = heap_pop(&heap);
        if (e.f >= best)
            break;
        int32_t v = e.v;
        if (e.g > g[v])
            continue; /* a longer way that has since been beaten */
        if (goal_of[v]) {
            double total = e.g + goal_w[goal_of[v] - 1];
            if (total < best) {
                best = total;
                best_node = v;
            }
        }
        for (int32_t k = indptr[v]; k < indptr[v + 1]; k++) {
            int32_t u = indices[k];
            double gu = e.g + w[k];
            if (!(gu < INFINITY))
                continue;
            if ((state[u] & SEEN) && g[u] <= gu)
                continue;
            BOUND(u);
            state[u] |= SEEN;
            g[u] = gu;
            pred[u] = v;
            if (heap_push(&heap, gu + h[u], gu, u) < 0) {
                PyErr_NoMemory();
                goto done;
            }
        }
    }
#undef BOUND
    if (best_node < 0) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    Py_ssize_t len = 0;
    for (int32_t v = best_node; v >= 0; v = pred[v]) {
        if (++len > n) {
            PyErr_SetString(PyExc_RuntimeError, "astar: the predecessor chain loops");
            goto done;
        }
    }
    result = PyList_New(len);
    if (!result)
        goto done;
    Py_ssize_t i = len;
    for (int32_t v = best_node; v >= 0; v = pred[v]) {
        PyObject *x = PyLong_FromLong(v);
        if (!x) {
            Py_CLEAR(result);
            goto done;
        }
        PyList_SET_ITEM(result, --i, x);
    }
done:
    free(state);
    free(goal_of);
    free(pred);
    free(g);
    free(h);
    free(heap.a);
    release(&b);
    return result;
bad_node:
    release(&b);
    PyErr_SetString(PyExc_IndexError, "astar: a start or goal node is outside the graph");
    return NULL;
}

/*
 * funnel(tris, nbrs, verts, corridor, sx, sy, ex, ey, ax, ay, ai)
 *
 * The funnel pass ("simple stupid funnel") through a corridor of triangles, step for step the
 * pure-Python Mesh._funnel in routing.py (same arithmetic, same order, so the same doubles).
 * tris and nbrs are int32 (m, 3) (the triangle across edge k, vertex k to k + 1), verts
 * float64 (n, 2), corridor int64.  (ax, ay, ai) is where the pass starts: the start point and
 * portal 0, or the last bend of an earlier pass and its portal.  Returns the points it adds
 * to the path (the end point last), the bends (vertex id, portal index) and, per bend, the
 * portal whose reading made it.
 */
static int append_point(PyObject *list, double x, double y)
{
    PyObject *p = Py_BuildValue("(dd)", x, y);
    if (!p)
        return -1;
    int r = PyList_Append(list, p);
    Py_DECREF(p);
    return r;
}

static int append_bend(PyObject *bends, PyObject *trig, int32_t v, Py_ssize_t at, Py_ssize_t by)
{
    PyObject *bend = Py_BuildValue("(in)", v, at), *t = PyLong_FromSsize_t(by);
    int r = (!bend || !t || PyList_Append(bends, bend) < 0 || PyList_Append(trig, t) < 0) ? -1 : 0;
    Py_XDECREF(bend);
    Py_XDECREF(t);
    return r;
}

static PyObject *funnel(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *ot, *on, *ov, *oc;
    double sx, sy, ex, ey, ax, ay;
    Py_ssize_t ai;
    if (!PyArg_ParseTuple(args, "OOOOddddddn:funnel", &ot, &on, &ov, &oc, &sx, &sy, &ex, &ey, &ax, &ay, &ai))
        return NULL;
    Py_buffer bt = {0}, bn = {0}, bv = {0}, bc = {0};
    PyObject *path = NULL, *bends = NULL, *trig = NULL, *result = NULL;
    int32_t *lv = NULL, *rv = NULL;
    double *L = NULL, *R = NULL;
    if (get(ot, &bt, "tris", 4) || get(on, &bn, "nbrs", 4) || get(ov, &bv, "verts", 8) || get(oc, &bc, "corridor", 8))
        goto done;
    const int32_t *tris = bt.buf, *nbrs = bn.buf;
    const double *verts = bv.buf;
    const int64_t *corr = bc.buf;
    Py_ssize_t m = bt.len / 12, nv = bv.len / 16, nc = bc.len / 8;
    if (nc < 1 || bn.len != bt.len) {
        PyErr_SetString(PyExc_ValueError, "funnel: empty corridor or mismatched arrays");
        goto done;
    }
    Py_ssize_t n = nc + 1; /* portals: the start, one per corridor step, the end */
    if (ai < 0 || ai >= n) {
        PyErr_SetString(PyExc_ValueError, "funnel: resume portal outside the corridor");
        goto done;
    }
    lv = malloc((size_t)n * sizeof(int32_t));
    rv = malloc((size_t)n * sizeof(int32_t));
    L = malloc((size_t)n * 2 * sizeof(double));
    R = malloc((size_t)n * 2 * sizeof(double));
    if (!lv || !rv || !L || !R) {
        PyErr_NoMemory();
        goto done;
    }
    lv[0] = rv[0] = lv[n - 1] = rv[n - 1] = -1;
    L[0] = R[0] = sx;
    L[1] = R[1] = sy;
    L[2 * (n - 1)] = R[2 * (n - 1)] = ex;
    L[2 * (n - 1) + 1] = R[2 * (n - 1) + 1] = ey;
    for (Py_ssize_t i = 0; i + 1 < nc; i++) {
        int64_t a = corr[i], b = corr[i + 1];
        if (a < 0 || a >= m || b < 0 || b >= m) {
            PyErr_SetString(PyExc_IndexError, "funnel: a corridor triangle is outside the mesh");
            goto done;
        }
        int k = 0;
        while (k < 3 && nbrs[3 * a + k] != b)
            k++;
        if (k == 3) {
            PyErr_SetString(PyExc_ValueError, "funnel: corridor triangles are not neighbours");
            goto done;
        }
        int32_t l = tris[3 * a + (k + 1) % 3], r = tris[3 * a + k];
        if (l < 0 || l >= nv || r < 0 || r >= nv) {
            PyErr_SetString(PyExc_IndexError, "funnel: a vertex is outside the mesh");
            goto done;
        }
        lv[i + 1] = l;
        rv[i + 1] = r;
        L[2 * (i + 1)] = verts[2 * l];
        L[2 * (i + 1) + 1] = verts[2 * l + 1];
        R[2 * (i + 1)] = verts[2 * r];
        R[2 * (i + 1) + 1] = verts[2 * r + 1];
    }
    path = PyList_New(0);
    bends = PyList_New(0);
    trig = PyList_New(0);
    if (!path || !bends || !trig)
        goto done;
    double lx = ax, ly = ay, rx = ax, ry = ay, lastx = ax, lasty = ay;
    Py_ssize_t li = ai, ri = ai, i = ai + 1;
    while (i < n) {
        double px = R[2 * i], py = R[2 * i + 1];
        if ((px - ax) * (ry - ay) - (rx - ax) * (py - ay) <= 0.0) {
            if ((ax == rx && ay == ry) || (px - ax) * (ly - ay) - (lx - ax) * (py - ay) > 0.0) {
                rx = px;
                ry = py;
                ri = i;
            } else {
                lastx = L[2 * li];
                lasty = L[2 * li + 1];
                if (append_point(path, lastx, lasty) < 0 || append_bend(bends, trig, lv[li], li, i) < 0)
                    goto done;
                ax = lx;
                ay = ly;
                ai = li;
                rx = lx;
                ry = ly;
                ri = li;
                i = ai + 1;
                continue;
            }
        }
        px = L[2 * i];
        py = L[2 * i + 1];
        if ((px - ax) * (ly - ay) - (lx - ax) * (py - ay) >= 0.0) {
            if ((ax == lx && ay == ly) || (px - ax) * (ry - ay) - (rx - ax) * (py - ay) < 0.0) {
                lx = px;
                ly = py;
                li = i;
            } else {
                lastx = R[2 * ri];
                lasty = R[2 * ri + 1];
                if (append_point(path, lastx, lasty) < 0 || append_bend(bends, trig, rv[ri], ri, i) < 0)
                    goto done;
                ax = rx;
                ay = ry;
                ai = ri;
                lx = rx;
                ly = ry;
                li = ri;
                i = ai + 1;
                continue;
            }
        }
        i++;
    }
    if ((lastx != ex || lasty != ey) && append_point(path, ex, ey) < 0)
        goto done;
    result = PyTuple_Pack(3, path, bends, trig);
done:
    Py_XDECREF(path);
    Py_XDECREF(bends);
    Py_XDECREF(trig);
    free(lv);
    free(rv);
    free(L);
    free(R);
    Py_buffer *all[] = {&bt, &bn, &bv, &bc};
    for (size_t k = 0; k < 4; k++)
        if (all[k]->obj)
            PyBuffer_Release(all[k]);
    return result;
}

static PyMethodDef methods[] = {
    {"astar", astar, METH_VARARGS,
     "astar(indptr, indices, weights, unit, landmarks, lm_unit, lm_goal, starts, start_w, goals, goal_w, gx, gy, gz, radius)\n"
     "--\n\n"
     "Shortest node chain from a start node to the goal node with the smallest total, or None."},
    {"funnel", funnel, METH_VARARGS,
     "funnel(tris, nbrs, verts, corridor, sx, sy, ex, ey, ax, ay, ai)\n"
     "--\n\n"
     "The funnel pass from (ax, ay) at portal ai: (added points, bends, triggers)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_seasearch", "The routing graph's A* search in C.", -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__seasearch(void) { return PyModule_Create(&module); }
