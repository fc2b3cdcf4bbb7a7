"""seamap: maps of territorial disputes and naval movements, from the text that describes them."""

import signal as _signal
import sys as _sys

# Started as a command (``python -m seamap`` or ``seamap``), the package loads shapely, pyproj and
# numpy before ``seamap.cli`` can handle a Ctrl-C or a SIGTERM, and numpy's loader turns an
# interrupt into a traceback and an ImportError. So a signal that arrives while it loads is noted,
# the loading finishes, and the command then ends as an interrupted one: one line, nothing written.
_AS_COMMAND = _sys.argv[:1] == ["-m"] or _sys.argv[0].rsplit("/", 1)[-1] in ("seamap", "seamap.exe")
_arrived: list[int] = []
_previous = {s: _signal.signal(s, lambda signum, frame: _arrived.append(signum)) for s in (_signal.SIGINT, _signal.SIGTERM)} if _AS_COMMAND else {}
try:
    from seamap.brief import Briefing, brief
    from seamap.catalog import catalog, data_dir, layers, load_layer
    from seamap.errors import SeamapError
    from seamap.extract import Scenario, extract, read_article
finally:
    for _s, _h in _previous.items():
        _signal.signal(_s, _h)
if _arrived:
    print("seamap: interrupted while starting; nothing was written", file=_sys.stderr)
    raise SystemExit(128 + _arrived[0])

from importlib import metadata as _metadata  # noqa: E402  (after the signals: it takes 15 ms to load, most of the window a signal may arrive in)

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
