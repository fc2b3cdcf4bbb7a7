"""seamap: maps of territorial disputes and naval movements, from the text that describes them."""

from importlib import metadata as _metadata

from seamap.brief import Briefing, brief
from seamap.catalog import catalog, data_dir, layers, load_layer
from seamap.errors import SeamapError
from seamap.extract import Scenario, extract, read_article

try:
    __version__ = _metadata.version("seamap")
except _metadata.PackageNotFoundError:  # a source tree that was not installed
    __version__ = "0+unknown"

__all__ = [
    "__version__",
    "Briefing",
    "Route",
    "RouteError",
    "SeamapError",
    "Scenario",
    "brief",
    "catalog",
    "data_dir",
    "extract",
    "layers",
    "load_layer",
    "read_article",
    "route",
]


def __getattr__(name: str):
    # routing pulls in pyproj's transformers and the mesh code: load it on first use
    if name in ("route", "Route", "RouteError"):
        from seamap import routing

        return getattr(routing, name)
    raise AttributeError(f"module 'seamap' has no attribute {name!r}")
