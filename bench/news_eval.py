#!/usr/bin/env python3
"""Score extraction on the real news reports of ``bench/news_sources.md``.

The reports are other people's prose, so they are not stored here: copy the paragraphs about
each transit into ``DIR/ID.txt`` (the ids and pages are in ``bench/news_sources.md``), then

    python bench/news_eval.py DIR [--set v] [--places] [-v] [--speed]

Waypoints: precision / recall / F1 over the multiset of gazetteer ids per text, and the number
of texts whose ordered sequence of straits is exact. ``--places``: precision / recall of place
mentions (a name the gazetteer does not hold counts when seamap lists it as unresolved), for
the sets whose places were annotated. The annotations are ours, in ``bench/news_gold.json``.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import warnings
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "news_gold.json"


def set_of(report_id: str) -> str:
    return report_id.rstrip("0123456789")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="folder with ID.txt files")
    ap.add_argument("--set", help="only this set (the letters of the ids: v, w, aa, ...)")
    ap.add_argument("--places", action="store_true", help="score place mentions instead of waypoints")
    ap.add_argument("-v", action="store_true", help="print every text, not only the imperfect ones")
    ap.add_argument("--speed", action="store_true", help="time extraction of 1 MB made of the texts, repeated (median of three)")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    from seamap.extract import extract
    from seamap.gazetteer import gazetteer

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    table = gold["places"] if args.places else gold["waypoints"]
    same = gold["place_names_now_known"]
    ids = sorted(k for k in table if (args.set is None or set_of(k) == args.set) and (args.folder / f"{k}.txt").is_file())
    if not ids:
        print(f"news_eval: no annotated texts found in {args.folder}" + (f" for set {args.set}" if args.set else ""), file=sys.stderr)
        return 2
    if args.speed:  # news is denser in ships and places than the seed article extract_eval repeats
        from timing import median_seconds

        one = "\n\n".join((args.folder / f"{k}.txt").read_text(encoding="utf-8") for k in ids)
        big = ((one + "\n\n") * (1_000_000 // len(one) + 1))[:1_000_000]
        extract(one)
        print(f"1 MB of {len(ids)} news texts, repeated: median {median_seconds(lambda: extract(big), 3):.2f} s")
        return 0
    gaz = gazetteer()
    tp = fp = fn = exact = 0
    for k in ids:
        sc = extract((args.folder / f"{k}.txt").read_text(encoding="utf-8"))
        if args.places:
            got = {p.id for p in sc.places} | {u["text"] for u in sc.unresolved}
            want = {same.get(x, x) for x in table[k]}
            t = len(got & want)
            tp, fp, fn = tp + t, fp + len(got - want), fn + len(want - got)
            if args.v or got != want:
                print(k, "extra", sorted(got - want), "missed", sorted(want - got))
            continue
        got = [w["id"] for r in sc.routes for w in r["waypoints"] if w.get("id")]
        want = table[k]
        cg, cw = collections.Counter(got), collections.Counter(want)
        t = sum((cg & cw).values())
        tp, fp, fn = tp + t, fp + sum(cg.values()) - t, fn + sum(cw.values()) - t
        straits = [x for x in got if gaz.by_id[x].type == "strait"] == [x for x in want if x in gaz.by_id and gaz.by_id[x].type == "strait"]
        exact += straits
        if args.v or got != want:
            print(k, "OK " if straits else "BAD", got, "| annotated", want)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * p * r / max(p + r, 1e-9)
    if args.places:
        print(f"{len(ids)} texts: place mentions P {p:.2f} R {r:.2f} ({tp + fp} found, {fp} wrong, {fn} missed)")
    else:
        print(f"{len(ids)} texts: waypoint P {p:.2f} R {r:.2f} F1 {f1:.2f}; exact strait sequence {exact}/{len(ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
