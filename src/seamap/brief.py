"""The main job: article in, briefing map out."""

from __future__ import annotations

import hashlib
import os
import warnings
from importlib import resources
from pathlib import Path

from seamap.extract import extract, read_article
from seamap.io import write_atomic
from seamap.render import BUDGET_BYTES, render_html

__all__ = ["brief", "example_article", "DEFAULT_OUTPUT"]

DEFAULT_OUTPUT = Path("outputs") / "briefing.html"


def example_article() -> Path:
    """Path of the bundled example article (our own note on the 2012-2013 transits)."""
    return Path(str(resources.files("seamap") / "examples" / "example-briefing-note.txt"))


def route_scenario(scenario) -> dict[str, dict]:
    """Route every movement of a scenario over the sea: route id -> GeoJSON feature (or a note)."""
    from seamap.errors import SeamapError
    from seamap.routing import route

    tracks: dict[str, dict] = {}
    for r in scenario.routes:
        names = [w["name"] for w in r["waypoints"] if w.get("lon") is not None]
        if len(names) < 2:
            tracks[r["id"]] = {"error": "Fewer than two located waypoints: nothing to route."}
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rt = route(names)
        except SeamapError as exc:
            tracks[r["id"]] = {"error": str(exc)}
            continue
        from seamap.analyze import analyze

        tracks[r["id"]] = {"route": rt, "analysis": analyze(rt.coords, passages=rt.passage_names)}
    return tracks


def brief(article: str | os.PathLike[str] | None = None, output: str | os.PathLike[str] | None = None, *, title: str | None = None, published: str | None = None, naming: str = "neutral", tiles: str | None = None) -> Path:
    """Extract the scenario from an article and write its briefing map.

    Parameters
    ----------
    article
        Path of a .txt, .md or .html article; the bundled example when omitted.
    output
        Where to write the HTML; ``outputs/briefing.html`` when omitted.

    Returns
    -------
    Path
        The file written.
    """
    src = Path(article) if article is not None else example_article()
    text = read_article(src)
    scenario = extract(text, title=title, published=published)
    tracks = route_scenario(scenario)
    doc = render_html(scenario, title=title, input_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), tracks=tracks, naming=naming, tiles=tiles)
    data = doc.encode("utf-8")
    if len(data) > BUDGET_BYTES:
        warnings.warn(f"The briefing map is {len(data) / 1000:.0f} KB, over its {BUDGET_BYTES / 1000:.0f} KB budget.", stacklevel=2)
    return write_atomic(output if output is not None else DEFAULT_OUTPUT, data, protect=(src,))
