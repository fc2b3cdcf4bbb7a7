"""Command line: ``seamap layers``, ``seamap extract``, ``seamap brief``."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import warnings
from collections.abc import Sequence
from typing import NoReturn

import seamap
from seamap.errors import SeamapError

__all__ = ["main"]


def _version() -> str:
    from seamap import __version__

    return __version__


def _cmd_layers(args: argparse.Namespace) -> int:
    from seamap.catalog import layers

    entries = layers()
    if args.json:
        out = [{"name": e.name, "title": e.title, "path": str(e.path), "features": e.features, "license": e.license, "sources": list(e.sources), "geometry_type": e.geometry_type, "confidence": e.confidence, "gaps": list(e.gaps)} for e in entries]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    w = max(len(e.name) for e in entries)
    print(f"{'name':{w}}  {'features':>8}  {'geometry':<26}  title")
    for e in entries:
        print(f"{e.name:{w}}  {e.features:>8}  {e.geometry_type:<26}  {e.title}")
        print(f"{'':{w}}  {'':>8}  sources: {', '.join(e.sources)}")
        if e.gaps:
            print(f"{'':{w}}  {'':>8}  gaps: {', '.join(g['id'] for g in e.gaps)}")
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from seamap.extract import extract, read_article

    scenario = extract(read_article(args.article), published=args.published)
    if args.json:
        sys.stdout.write(scenario.to_json())
        return 0
    print(f"{len(scenario.places)} places, disputes: {', '.join(scenario.disputes) or 'none'}")
    for p in scenario.places:
        print(f"  {p.name} ({p.type}) x{len(p.mentions)}: {p.mentions[0].sentence[:100]}")
    return 0


def _brief_many(args: argparse.Namespace) -> int:
    """Several articles: one map each in a folder, or one combined map (--combine)."""
    from pathlib import Path

    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from seamap.brief import brief, combine, route_scenario
    from seamap.errors import InputError
    from seamap.extract import extract, read_article
    from seamap.io import write_atomic
    from seamap.render import render_html

    console = Console(stderr=True)
    texts = [(Path(a), read_article(a)) for a in args.article]  # every input checked before any output
    table = Table(title="seamap brief")
    for col in ("article", "places", "routes", "events", "output"):
        table.add_column(col)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("briefing", total=len(texts))
        if args.combine:
            out = Path(args.output or "outputs/combined.html")
            scs, trs = [], []
            for src, text in texts:
                sc = extract(text, published=args.published)
                scs.append(sc)
                trs.append(route_scenario(sc))
                table.add_row(str(src), str(len(sc.places)), str(len(sc.routes)), str(len(sc.events)), str(out))
                progress.advance(task)
            sc, tracks = combine(scs, trs)
            write_atomic(out, render_html(sc, title=args.title, tracks=tracks, naming=args.naming).encode("utf-8"))
        else:
            folder = Path(args.output or "outputs")
            if folder.suffix:
                raise InputError(f"With several articles, -o names a folder (one map each), not {folder}; or use --combine.")
            stems = [src.stem for src, _ in texts]
            if len(set(stems)) != len(stems):
                raise InputError("Two articles share a file name; their maps would overwrite each other.")
            for src, _ in texts:
                out = brief(src, folder / f"{src.stem}.html", published=args.published, naming=args.naming)
                sc = extract(read_article(src))
                table.add_row(str(src), str(len(sc.places)), str(len(sc.routes)), str(len(sc.events)), str(out))
                progress.advance(task)
    console.print(table)
    return 0


def _cmd_brief(args: argparse.Namespace) -> int:
    from seamap.brief import DEFAULT_OUTPUT, brief

    if args.scenario and args.article:
        print("seamap: error: give an article or --scenario, not both", file=sys.stderr)
        return 2
    if len(args.article) > 1:
        return _brief_many(args)
    args.article = args.article[0] if args.article else None
    out = brief(args.article, args.output or DEFAULT_OUTPUT, title=args.title, published=args.published, naming=args.naming, tiles=args.tiles, routes=tuple(args.route or ()), scenario=args.scenario, static=tuple(x for x in (args.png, args.svg, args.pdf) if x), dpi=args.dpi)
    size = out.stat().st_size
    if args.embed:
        from seamap.embed import embed_snippet

        sys.stdout.write(embed_snippet(out.read_text(encoding="utf-8")))
        print(f"wrote {out} ({size / 1000:.0f} KB); embed snippet on stdout", file=sys.stderr)
        return 0
    print(f"wrote {out} ({size / 1000:.0f} KB) and {out.with_name(out.stem + '.scenario.json')}")
    return 0


def _cmd_route(args: argparse.Namespace) -> int:
    from seamap.routing import route
    from seamap.trackio import route_bytes, write_route

    r = route([args.start, args.end], via=tuple(args.via or ()), avoid=tuple(args.avoid or ()), around=args.around)
    name = f"{args.start} to {args.end}"
    if args.output:
        out = write_route(r, args.output, name=name)
        print(f"wrote {out}: {r.length_nm:.1f} nm ({r.length_km:.1f} km); passages: {', '.join(r.passage_names) or 'none'}", file=sys.stderr)
    else:
        sys.stdout.write(route_bytes(r, ".geojson", name=name).decode())
    return 0


def _cmd_analyze(args: argparse.Namespace) -> int:
    from pathlib import Path

    from seamap.analyze import analyze, format_analysis, tracks_from_geojson
    from seamap.errors import InputError
    from seamap.io import read_json_file

    src = Path(args.input)
    rows = []
    if src.suffix.lower() in (".geojson", ".json"):
        data = read_json_file(src, kind="GeoJSON")
        for name, pts, passages in tracks_from_geojson(data, str(src)):
            rows.append((name, analyze(pts, passages=passages)))
    else:
        from seamap.brief import route_scenario
        from seamap.extract import extract, read_article

        scenario = extract(read_article(src))
        tracks = route_scenario(scenario)
        for r in scenario.routes:
            t = tracks.get(r["id"], {})
            if "analysis" in t:
                rows.append((f"{r['vessel']} ({r['period'] or 'undated'})", t["analysis"]))
        if not rows:
            raise InputError(f"{src} describes no vessel movement that could be routed.")
    sys.stdout.write(format_analysis(rows, args.format))
    return 0


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr (exit 2), like every other seamap error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"seamap: error: {message} (see {self.prog} --help)\n")


class _Terminated(BaseException):
    """SIGTERM, raised so that pending writes clean up like on Ctrl-C."""


def _on_sigterm(signum, frame) -> None:
    raise _Terminated()


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="seamap", description="Maps of territorial disputes and naval movements, from the text that describes them.")
    ap.add_argument("--version", action="version", version=f"seamap {_version()}")
    ap.add_argument("--verbose", action="store_true", help="show warnings and full error details")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p = sub.add_parser("layers", help="list the geodata layers with their sources")
    p.add_argument("--json", action="store_true", help="machine-readable JSON list")
    p.set_defaults(func=_cmd_layers)
    p = sub.add_parser("extract", help="list the places an article mentions")
    p.add_argument("article", help="article file (.txt, .md or .html)")
    p.add_argument("--json", action="store_true", help="print the scenario as JSON (schema seamap.scenario/1)")
    p.add_argument("--published", help="publication date, ISO 8601")
    p.set_defaults(func=_cmd_extract)
    p = sub.add_parser("brief", help="write the briefing map of an article (default: the bundled example)")
    p.add_argument("article", nargs="*", help="article file(s); the bundled example when omitted")
    p.add_argument("--combine", action="store_true", help="with several articles: one combined map instead of one each")
    p.add_argument("-o", "--output", help="output HTML file (default outputs/briefing.html)")
    p.add_argument("--title", help="map title (default: the article's first line)")
    p.add_argument("--published", help="publication date, ISO 8601 (completes dates that lack a year)")
    p.add_argument("--route", action="append", metavar="ROUTE", help="add a route: a sentence, 'from=A via=S to=Z', or a .gpx/.kml/.geojson/.csv track (repeatable)")
    p.add_argument("--scenario", metavar="FILE", help="draw from a scenario file written by an earlier brief (edit it to fix a waypoint or drop a route)")
    p.add_argument("--png", metavar="FILE", help="also write a static PNG map")
    p.add_argument("--svg", metavar="FILE", help="also write a static SVG map (vector)")
    p.add_argument("--pdf", metavar="FILE", help="also write a static PDF map (vector)")
    p.add_argument("--dpi", type=int, default=200, help="PNG resolution (default 200)")
    p.add_argument("--embed", action="store_true", help="also print an HTML snippet that embeds the map in another page")
    p.add_argument("--naming", choices=("neutral", "ja", "zh", "ru", "ko"), default="neutral", help="label usage: neutral shows both sides' names (default)")
    p.add_argument("--tiles", metavar="NAME", help="add an online raster basemap by xyzservices name (off by default; the map stays complete offline)")
    p.set_defaults(func=_cmd_brief)
    p = sub.add_parser("route", help="route a vessel over the sea (GeoJSON on stdout, or -o .geojson/.gpx/.kml/.csv)")
    p.add_argument("--from", dest="start", required=True, help="start: a gazetteer name or lon,lat")
    p.add_argument("--to", dest="end", required=True, help="end: a gazetteer name or lon,lat")
    p.add_argument("--via", action="append", help="a strait the route must pass (repeatable, in order)")
    p.add_argument("--avoid", action="append", help="a strait the route must not use (repeatable)")
    p.add_argument("--around", metavar="GROUP", help="sail round an island group (Japan) through its ring of straits")
    p.add_argument("-o", "--output", help="output file; the format follows the extension")
    p.set_defaults(func=_cmd_route)
    p = sub.add_parser("analyze", help="length, passages, seas, ADIZ entries and closest approach to disputed islands")
    p.add_argument("input", help="a route GeoJSON (from seamap route) or an article")
    p.add_argument("--format", choices=("md", "csv", "json"), default="md")
    p.set_defaults(func=_cmd_analyze)
    return ap


def _one_line(text: str) -> str:
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 seamap error, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    with warnings.catch_warnings():
        warnings.simplefilter("default" if args.verbose else "ignore")
        if not args.verbose:
            warnings.filterwarnings("always", message="The briefing map is")
            warnings.filterwarnings("always", message="No known place")
            warnings.filterwarnings("always", message=".* lies on land")
            # held back until the command is done: a failing run prints its one error line only
            warnings.showwarning = lambda message, *a, **k: pending.append(f"seamap: warning: {message}")
        pending: list[str] = []
        previous = None
        try:
            # started as a command, the package has held Ctrl-C and SIGTERM since it began to load
            early = []
            if threading.current_thread() is threading.main_thread():
                early = seamap._hand_over_signals()
                previous = signal.signal(signal.SIGTERM, _on_sigterm)
            if early:
                raise KeyboardInterrupt if early[0] == signal.SIGINT else _Terminated
            status = args.func(args)
            for line in pending:
                print(line, file=sys.stderr)
            return status
        except SeamapError as exc:
            print(f"seamap: error: {_one_line(str(exc))}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("seamap: interrupted; files being written were left as they were", file=sys.stderr)
            return 130
        except _Terminated:
            print("seamap: terminated; files being written were left as they were", file=sys.stderr)
            return 143
        except RecursionError:
            print("seamap: error: the input is nested too deeply to process.", file=sys.stderr)
            return 1
        except MemoryError:
            print("seamap: error: out of memory; the input is too large.", file=sys.stderr)
            return 1
        except Exception as exc:  # a bug: one line, unless --verbose asks for the traceback
            if args.verbose:
                raise
            print(f"seamap: internal error: {exc.__class__.__name__}: {_one_line(str(exc))} (please report it; --verbose shows the traceback)", file=sys.stderr)
            return 1
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
