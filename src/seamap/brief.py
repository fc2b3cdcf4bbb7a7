"""The main job: article in, briefing map out."""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

from seamap.errors import InputError, UnknownPlaceError
from seamap.extract import Scenario, extract, read_article
from seamap.geo import lonlat_problem
from seamap.io import read_json_file, write_atomic
from seamap.render import BUDGET_BYTES, render_html

__all__ = ["Briefing", "brief", "combine", "example_article", "DEFAULT_OUTPUT"]

DEFAULT_OUTPUT = Path("outputs") / "briefing.html"


def example_article() -> Path:
    """Path of the bundled example article (our own note on the 2012-2013 transits)."""
    return Path(str(resources.files("seamap") / "examples" / "example-briefing-note.txt"))


def route_scenario(scenario) -> dict[str, dict]:
    """Route every movement of a scenario over the sea: route id -> GeoJSON feature (or a note)."""
    from seamap.routing import RouteError, route

    tracks: dict[str, dict] = {}
    for r in scenario.routes:
        names = [w["name"] for w in r["waypoints"] if w.get("lon") is not None]
        names = [n for k, n in enumerate(names) if k == 0 or n != names[k - 1]]  # (two transits of one strait: one track)
        if len(names) < 2:
            tracks[r["id"]] = {"error": "Fewer than two distinct located waypoints: nothing to route."}
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rt = route(names)
            from seamap.analyze import analyze

            analysis = analyze(rt.coords, passages=rt.passage_names)
        except (InputError, UnknownPlaceError, RouteError) as exc:  # this movement only; broken data is fatal
            tracks[r["id"]] = {"error": str(exc)}
            continue
        tracks[r["id"]] = {"route": rt, "analysis": analysis}
    return tracks


def _track_route(coords, name: str):
    """A Route for a recorded track (drawn as recorded): passages from its gate crossings."""
    from seamap.routing import Route, _passages, _straits

    ps = _passages(list(coords))
    ids = tuple(sid for _, sid in ps)
    return Route(coords=tuple((float(x), float(y)) for x, y in coords), waypoints=(), passages=ids, passage_names=tuple(_straits()[i]["name"] for i in ids))


def _add_routes(scenario, tracks: dict, specs) -> Scenario:
    """Append routes given with --route (sentence, from=/via=/to=, or a track file)."""
    from seamap.analyze import analyze
    from seamap.gazetteer import gazetteer
    from seamap.overlay import parse_route_spec
    from seamap.routing import route

    added = list(scenario.routes)
    n = sum(1 for r in added if r["id"].startswith("added_"))
    for spec in specs:
        parsed = parse_route_spec(spec)
        items = []
        if parsed["kind"] == "sentence":
            sub = extract(parsed["text"], title="")
            if not sub.routes:
                raise InputError(f"--route {spec!r}: no vessel movement found in the sentence; name a vessel and where it went, or use from=... to=...")
            for r in sub.routes:
                items.append(({**r, "source": "sentence"}, None))
        elif parsed["kind"] == "waypoints":
            gaz = gazetteer()
            wps = [{"name": parsed["from"], "relation": "from"}] + [{"name": v, "relation": "through"} for v in parsed["via"]] + [{"name": parsed["to"], "relation": "to"}]
            for w in wps:
                try:
                    e = gaz.resolve(w["name"])
                    w.update(id=e.id, type=e.type, lon=e.lon, lat=e.lat, name=e.name)
                except (InputError, UnknownPlaceError):
                    w.update(id=None, type="point", lon=None, lat=None)
                w.update(inferred=False, note=None, sentence=None)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rt = route([parsed["from"], parsed["to"]], via=parsed["via"], avoid=parsed["avoid"])
            items.append(({"vessel": parsed["name"] or "Added route", "period": None, "period_inferred": False, "status": "reported", "waypoints": wps, "sentences": [], "source": "waypoints"}, rt))
        else:
            rt = _track_route(parsed["coords"], parsed["name"])
            times = parsed["times"] or []
            period = None
            if times and times[0] and times[-1]:
                period = f"{times[0]}/{times[-1]}"
            items.append(({"vessel": parsed["name"], "period": period, "period_inferred": False, "status": "recorded", "waypoints": [], "sentences": [], "source": "track file"}, rt))
        for r, rt in items:
            n += 1
            r = {**r, "id": f"added_{n}"}
            added.append(r)
            if rt is None:
                tracks.update(route_scenario(Scenario(routes=(r,))))
            else:
                tracks[r["id"]] = {"route": rt, "analysis": analyze(rt.coords, passages=rt.passage_names)}
    return replace(scenario, routes=tuple(added))


def scenario_document(scenario, tracks: dict, options: dict) -> dict:
    """The scenario file written next to a brief: everything needed to draw it again."""
    doc = scenario.to_dict()
    doc["tracks"] = {
        rid: ({"coords": [list(c) for c in t["route"].coords], "passages": list(t["route"].passages), "passage_names": list(t["route"].passage_names), "waypoint_names": [w["name"] for w in r["waypoints"] if w.get("lon") is not None]} if "route" in t else {"error": t.get("error")})
        for r in scenario.routes
        for rid, t in [(r["id"], tracks.get(r["id"], {}))]
    }
    doc["options"] = options
    return doc


def _check_positions(data: dict) -> None:
    """Every coordinate a scenario file gives is a finite lon/lat in range (or null)."""

    def point(lon, lat, where: str) -> None:
        if lon is None and lat is None:
            return
        for v in (lon, lat):
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise ValueError(f"{where} has a non-numeric coordinate ({str(lon)[:30]}, {str(lat)[:30]})")
            if isinstance(v, int) and abs(v) > 1000:
                raise ValueError(f"{where} has a coordinate out of range ({str(lon)[:30]}, {str(lat)[:30]})")
        problem = lonlat_problem(lon, lat, lon_limit=540.0)  # tracks may run past ±180
        if problem == "not finite":
            raise ValueError(f"{where} has a non-finite coordinate ({lon}, {lat})")
        if problem:
            raise ValueError(f"{where} has a coordinate out of range ({lon}, {lat})")

    for pl in data["places"]:
        point(pl.get("lon"), pl.get("lat"), f"place {str(pl.get('name'))[:40]!r}")
    for r in data["routes"]:
        for w in r["waypoints"]:
            point(w.get("lon"), w.get("lat"), f"route {str(r.get('id'))[:40]!r}")
    tracks = data.get("tracks", {})
    if not isinstance(tracks, dict):
        raise ValueError("'tracks' is not an object")
    for rid, t in tracks.items():
        if isinstance(t, dict) and "coords" in t:
            for c in t["coords"]:
                point(c[0], c[1], f"track {rid[:40]!r}")


def load_scenario(path: str | os.PathLike[str]):
    """Read a scenario file: (Scenario, tracks, options). Edited waypoints are routed again."""
    from seamap.analyze import analyze
    from seamap.extract import Mention, Place
    from seamap.routing import Route

    p = Path(path)
    data = read_json_file(p, label="Scenario file ")
    if not isinstance(data, dict) or data.get("schema") != "seamap.scenario/1":
        found = data.get("schema") if isinstance(data, dict) else None
        what = "no schema" if found is None else f"schema {str(found)[:60]!r}"
        raise InputError(f"Scenario file {p} has {what}; this seamap reads 'seamap.scenario/1'.")
    try:
        _check_positions(data)
        places = tuple(Place(**{**pl, "mentions": tuple(Mention(**m) for m in pl["mentions"])}) for pl in data["places"])
        scenario = Scenario(
            places=places,
            disputes=tuple(data["disputes"]),
            vessels=tuple(data["vessels"]),
            routes=tuple(data["routes"]),
            events=tuple(data["events"]),
            title=data.get("title"),
            source_sha256=data.get("source_sha256"),
            warnings=tuple(data.get("warnings", ())),
            unresolved=tuple(data.get("unresolved", ())),
        )
        tracks: dict = {}
        stale = []
        for r in scenario.routes:
            t = data.get("tracks", {}).get(r["id"])
            names = [w["name"] for w in r["waypoints"] if w.get("lon") is not None]
            if t and "coords" in t and (t.get("waypoint_names") == names or not r["waypoints"]):
                rt = Route(coords=tuple((float(x), float(y)) for x, y in t["coords"]), waypoints=(), passages=tuple(t["passages"]), passage_names=tuple(t["passage_names"]))
                tracks[r["id"]] = {"route": rt, "analysis": analyze(rt.coords, passages=rt.passage_names)}
            else:
                stale.append(r)
        if stale:
            tracks.update(route_scenario(Scenario(routes=tuple(stale))))
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError) as exc:
        raise InputError(f"Scenario file {p} is malformed: {exc.__class__.__name__}: {str(exc)[:200]}.") from None
    return scenario, tracks, data.get("options", {})


def brief(
    article: str | os.PathLike[str] | None = None,
    output: str | os.PathLike[str] | None = None,
    *,
    title: str | None = None,
    published: str | None = None,
    naming: str = "neutral",
    tiles: str | None = None,
    routes: tuple[str, ...] = (),
    scenario: str | os.PathLike[str] | None = None,
    write_scenario: bool = True,
    static: tuple[str | os.PathLike[str], ...] = (),
    dpi: int = 200,
) -> Path:
    """Extract the scenario from an article and write its briefing map.

    Parameters
    ----------
    article
        Path of a .txt, .md or .html article; the bundled example when omitted.
    output
        Where to write the HTML; ``outputs/briefing.html`` when omitted. The scenario that
        reproduces the map is written beside it as ``OUT.scenario.json``.
    routes
        Extra routes: a sentence, ``"from=A via=S to=Z"``, or a GPX/KML/GeoJSON/CSV track file.
    scenario
        Draw from a scenario file written by an earlier brief (possibly edited) instead of an
        article.

    Returns
    -------
    Path
        The HTML file written.
    """
    out = Path(output) if output is not None else DEFAULT_OUTPUT
    if static:  # refuse bad export requests before anything is written
        from seamap.static import STATIC_FORMATS

        for sp in static:
            if Path(sp).suffix.lower() not in STATIC_FORMATS:
                raise InputError(f"Unknown static format {Path(sp).suffix!r}; use one of {', '.join(STATIC_FORMATS)}.")
        if not (30 <= int(dpi) <= 1200):
            raise InputError(f"dpi={dpi!r} is out of range; use 30 to 1200.")
    protect: tuple[Path, ...]
    if scenario is not None:
        sc, tracks, options = load_scenario(scenario)
        title = title if title is not None else options.get("title")
        naming = options.get("naming", naming) if naming == "neutral" else naming
        tiles = tiles if tiles is not None else options.get("tiles")
        input_sha = options.get("input_sha256") or sc.source_sha256
        protect = (Path(scenario),)
    else:
        src = Path(article) if article is not None else example_article()
        text = read_article(src)
        sc = extract(text, title=title, published=published)
        tracks = route_scenario(sc)
        input_sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        protect = (src,)
    if routes:
        sc = _add_routes(sc, tracks, routes)
    doc = render_html(sc, title=title, input_sha256=input_sha, tracks=tracks, naming=naming, tiles=tiles)
    data = doc.encode("utf-8")
    if len(data) > BUDGET_BYTES:
        warnings.warn(f"The briefing map is {len(data) / 1000:.0f} KB, over its {BUDGET_BYTES / 1000:.0f} KB budget.", stacklevel=2)
    sc_path = out.with_name(out.stem + ".scenario.json") if out.suffix else out.with_name(out.name + ".scenario.json")
    if write_scenario:
        for p in protect:
            try:
                if sc_path.exists() and sc_path.resolve() == p.resolve():
                    sc_path = out.with_name(out.stem + ".new.scenario.json")
            except OSError:
                pass
    written = write_atomic(out, data, protect=protect)
    if static:
        from seamap.static import export_static

        for sp in static:
            export_static(sc, tracks, sp, title=title, dpi=dpi)
    if write_scenario:
        options = {"title": title, "naming": naming, "tiles": tiles, "input_sha256": input_sha}
        blob = (json.dumps(scenario_document(sc, tracks, options), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        write_atomic(sc_path, blob, protect=protect)
    return written


def combine(scenarios: list[Scenario], tracks_list: list[dict]) -> tuple[Scenario, dict]:
    """One scenario from several: places merged by id, routes and events kept with their source."""
    places: dict[str, Any] = {}
    routes, events, vessels, disputes, tracks = [], [], [], [], {}
    for k, (sc, tr) in enumerate(zip(scenarios, tracks_list, strict=True), start=1):
        for p in sc.places:
            if p.id in places:
                places[p.id] = replace(places[p.id], mentions=places[p.id].mentions + p.mentions)
            else:
                places[p.id] = p
        for r in sc.routes:
            rid = f"a{k}_{r['id']}"
            routes.append({**r, "id": rid})
            if r["id"] in tr:
                tracks[rid] = tr[r["id"]]
        events.extend({**e, "id": f"a{k}_{e['id']}"} for e in sc.events)
        vessels.extend(v for v in sc.vessels if v["name"] not in {x["name"] for x in vessels})
        disputes.extend(d for d in sc.disputes if d not in disputes)
    title = " / ".join(s.title or "" for s in scenarios if s.title)[:200] or None
    return Scenario(places=tuple(places.values()), disputes=tuple(disputes), vessels=tuple(vessels), routes=tuple(routes), events=tuple(events), title=title), tracks


class Briefing:
    """A briefing in Python: a scenario, its routed tracks, and its map.

    >>> b = Briefing.from_article()               # the bundled example
    >>> b = b.add_route("from=Busan via=Korea Strait to=Tokyo name=Ferry")
    >>> b.save("outputs/ferry.html")             # doctest: +SKIP

    In Jupyter the briefing displays itself as the interactive map.
    """

    def __init__(self, scenario: Scenario, tracks: dict, *, naming: str = "neutral", title: str | None = None):
        self.scenario = scenario
        self.tracks = tracks
        self.naming = naming
        self.title = title

    @classmethod
    def from_article(cls, article: str | os.PathLike[str] | None = None, *, published: str | None = None, naming: str = "neutral") -> Briefing:
        src = Path(article) if article is not None else example_article()
        sc = extract(read_article(src), published=published)
        return cls(sc, route_scenario(sc), naming=naming)

    @classmethod
    def from_scenario(cls, path: str | os.PathLike[str]) -> Briefing:
        sc, tracks, options = load_scenario(path)
        return cls(sc, tracks, naming=options.get("naming", "neutral"), title=options.get("title"))

    def add_route(self, spec: str) -> Briefing:
        """A new Briefing with one more route (sentence, from=/via=/to=, or a track file)."""
        tracks = dict(self.tracks)
        return Briefing(_add_routes(self.scenario, tracks, (spec,)), tracks, naming=self.naming, title=self.title)

    def html(self) -> str:
        return render_html(self.scenario, title=self.title, tracks=self.tracks, naming=self.naming)

    def save(self, path: str | os.PathLike[str]) -> Path:
        return write_atomic(path, self.html().encode("utf-8"))

    def _repr_html_(self) -> str:
        from seamap.embed import embed_snippet

        return embed_snippet(self.html(), height=560)
