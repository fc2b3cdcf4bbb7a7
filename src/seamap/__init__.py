"""seamap: maps of territorial disputes and naval movements, from the text that describes them."""

import signal as _signal
import sys as _sys

# Started as a command (``python -m seamap`` or ``seamap``), the package loads shapely, pyproj and
# numpy before ``seamap.cli`` can handle a Ctrl-C or a SIGTERM, and numpy's loader turns an
# interrupt into a traceback and an ImportError. So a signal that arrives while it loads is noted,
# the loading finishes, and the command then ends as an interrupted one: one line, nothing written.
_SCRIPT = _sys.argv[0].rsplit("/", 1)[-1] in ("seamap", "seamap.exe")
_AS_COMMAND = _sys.argv[:1] == ["-m"] or _SCRIPT
# ``python -m seamap`` and the ``seamap`` script go on to ``seamap.cli.main``, which takes the
# signals over (``_hand_over_signals``). Until then they stay noted: runpy, the script and argparse
# have moments of their own where a Ctrl-C would end in a traceback.
_M = _sys.orig_argv.index("-m") + 1 if "-m" in _sys.orig_argv else len(_sys.orig_argv)
_CLI_NEXT = _AS_COMMAND and (_SCRIPT or _sys.orig_argv[_M : _M + 1] == ["seamap"])
_arrived: list[int] = []
_previous = {s: _signal.signal(s, lambda signum, frame: _arrived.append(signum)) for s in (_signal.SIGINT, _signal.SIGTERM)} if _AS_COMMAND else {}
try:
    from importlib import metadata as _metadata

    from seamap.brief import Briefing, brief
    from seamap.catalog import catalog, data_dir, layers, load_layer
    from seamap.errors import SeamapError
    from seamap.extract import Scenario, extract, read_article

    try:
        __version__ = _metadata.version("seamap")
    except _metadata.PackageNotFoundError:  # a source tree that was not installed
        __version__ = "0+unknown"
finally:
    if not _CLI_NEXT:
        for _s, _h in _previous.items():
            _signal.signal(_s, _h)
        _previous.clear()
if _arrived:
    print("seamap: interrupted while starting; nothing was written", file=_sys.stderr)
    raise SystemExit(128 + _arrived[0])


def _hand_over_signals() -> list[int]:
    """Give Ctrl-C and SIGTERM back to the handlers they had; return those that came while seamap loaded."""
    while _previous:
        _s, _h = _previous.popitem()
        _signal.signal(_s, _h)
    return list(_arrived)


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
