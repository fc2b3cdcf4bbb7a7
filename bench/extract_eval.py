#!/usr/bin/env python3
"""Scored evaluation of seamap.extract on short texts written for it.

Run from the repository root: python bench/extract_eval.py

Prints place precision/recall (sets of gazetteer ids per text), route waypoint F1, the share
of texts whose ordered strait sequence is exact, recall of implied straits ("between X and Y"),
and the seed article's warm extraction time.
"""

from __future__ import annotations

import time
import warnings
from pathlib import Path

from timing import median_seconds

from seamap import extract

CASES = [
    {"text": "On 3 May a Russian destroyer sailed from Vladivostok through the Tsugaru Strait into the Pacific.",
     "places": {"vladivostok", "tsugaru", "north_pacific"}, "waypoints": ["vladivostok", "tsugaru", "north_pacific"], "implied": []},
    {"text": "Two Chinese frigates passed between Okinawa and Miyako Island and entered the Philippine Sea.",
     "places": {"okinawa", "miyako_island", "philippine_sea"}, "waypoints": ["miyako", "philippine_sea"], "implied": ["miyako"]},
    {"text": "The Chinese flotilla steamed north through the Korea Strait into the Sea of Japan and later passed between Sakhalin and Hokkaido.",
     "places": {"korea_strait", "sea_of_japan", "sakhalin", "hokkaido"}, "waypoints": ["korea_strait", "sea_of_japan", "la_perouse_soya"], "implied": ["la_perouse_soya"]},
    {"text": "A Japanese research vessel left Busan and crossed the Sea of Japan to Vladivostok.",
     "places": {"busan", "sea_of_japan", "vladivostok"}, "waypoints": ["busan", "sea_of_japan", "vladivostok"], "implied": []},
    {"text": "Russian warships will sail through the Soya Strait into the Sea of Ochotsk next month.",
     "places": {"la_perouse_soya", "sea_of_okhotsk"}, "waypoints": ["la_perouse_soya", "sea_of_okhotsk"], "implied": [], "status": "planned"},
    {"text": "Chinese naval vessels transited the Osumi Strait into the East China Sea. Before that the ships had passed the Tsugaru Strait.",
     "places": {"osumi", "east_china_sea", "tsugaru"}, "waypoints": ["tsugaru", "osumi", "east_china_sea"], "implied": []},
    {"text": "The icebreaker Xuelong sailed from Shanghai into the Bering Sea and through the Bering Strait into the Chukchi Sea.",
     "places": {"shanghai", "bering_sea", "bering", "chukchi_sea"}, "waypoints": ["shanghai", "bering_sea", "bering", "chukchi_sea"], "implied": []},
    {"text": "A Russian submarine group passed between Kunashir and Iturup and headed into the Pacific.",
     "places": {"kunashir", "iturup", "north_pacific"}, "waypoints": ["yekaterina", "north_pacific"], "implied": ["yekaterina"]},
    {"text": "Chinese coast guard ships sailed from Ningbo toward the Senkaku Islands, which Beijing calls the Diaoyu Islands.",
     "places": {"ningbo", "senkaku_diaoyu"}, "waypoints": ["ningbo", "senkaku_diaoyu"], "implied": []},
    {"text": "In July 2013 the Chinese task group left Qingdao, passed the Korea Strait and entered the Sea of Japan near Vladivostok.",
     "places": {"qingdao", "korea_strait", "sea_of_japan", "vladivostok"}, "waypoints": ["qingdao", "korea_strait", "sea_of_japan"], "implied": []},
    {"text": "Russian destroyers cruised south of Sakhalin and then sailed through the Kuril island chain into the Pacific Ocean.",
     "places": {"sakhalin", "kuril_islands", "north_pacific"}, "waypoints": ["la_perouse_soya", "kuril", "north_pacific"], "implied": ["la_perouse_soya"]},
    {"text": "A Chinese destroyer group sailed from Dalian through the Yellow Sea and the Taiwan Strait.",
     "places": {"dalian", "yellow_sea", "taiwan_strait"}, "waypoints": ["dalian", "yellow_sea", "taiwan_strait"], "implied": []},
    {"text": "American warships passed between Taiwan and the Philippines into the South China Sea on Tuesday.",
     "places": {"taiwan", "philippines"}, "waypoints": ["bashi_channel"], "implied": ["bashi_channel"]},
    {"text": "The Russian squadron sailed out of Petropavlovsk-Kamchatsky, crossed the Bering Sea and reached the Chukchi Sea.",
     "places": {"petropavlovsk_kamchatsky", "bering_sea", "chukchi_sea"}, "waypoints": ["petropavlovsk_kamchatsky", "bering_sea", "chukchi_sea"], "implied": []},
    {"text": "Japanese destroyers transited the Nemuro Strait and the Tatar Strait before returning to Tokyo.",
     "places": {"nemuro", "tatar_nevelskoy", "tokyo"}, "waypoints": ["nemuro", "tatar_nevelskoy", "tokyo"], "implied": []},
    {"text": "Chinese warships sailed through the Miyako Strait into the western Pacific, then circumnavigated Japan, entering the Sea of Japan.",
     "places": {"miyako", "north_pacific", "japan", "sea_of_japan"}, "waypoints": ["miyako", "north_pacific", "kuril", "la_perouse_soya", "sea_of_japan"], "implied": []},
]
# News-style texts, added after reading how defence ministries and wire services report
# transits (headline first, detail after; weekdays; hull numbers; joint flotillas)
CASES += [
    {"text": "Japan's Joint Staff said on Friday that a Russian destroyer had crossed the Tsugaru Strait. The ship was first seen on Thursday in the Sea of Japan west of Hokkaido and reached the Pacific early on Friday.",
     "places": {"japan", "tsugaru", "sea_of_japan", "hokkaido", "north_pacific"}, "waypoints": ["sea_of_japan", "tsugaru", "north_pacific"], "implied": []},
    {"text": "Five Chinese and three Russian warships sailed together through the Osumi Strait on Wednesday night. After the passage the joint flotilla turned west into the East China Sea.",
     "places": {"osumi", "east_china_sea"}, "waypoints": ["osumi", "east_china_sea"], "implied": []},
    {"text": "The U.S. 7th Fleet said the destroyer USS Ralph Johnson made a routine transit of the Taiwan Strait on Tuesday.",
     "places": {"taiwan_strait"}, "waypoints": ["taiwan_strait"], "implied": []},  # ("U.S." here is a flag, as "American" would be)
    {"text": "A Chinese intelligence-gathering ship, Tianwangxing (853), was seen heading south through the Tsushima Strait into the East China Sea, the ministry said.",
     "places": {"korea_strait", "east_china_sea"}, "waypoints": ["korea_strait", "east_china_sea"], "implied": []},
    {"text": "Four China Coast Guard vessels entered Japan's territorial waters off the Senkaku Islands on Sunday and left about two hours later.",
     "places": {"china", "japan", "senkaku_diaoyu"}, "waypoints": ["senkaku_diaoyu"], "implied": []},
    {"text": "The carrier Shandong did not use the Bashi Channel this time; it went through the Balintang Channel into the Philippine Sea.",
     "places": {"bashi_channel", "philippine_sea"}, "waypoints": ["philippine_sea"], "implied": []},
    {"text": "Six Russian ships sailed west across the Soya Strait, having been spotted about 100 km east of Cape Soya at dawn.",
     "places": {"la_perouse_soya"}, "waypoints": ["la_perouse_soya"], "implied": []},
    {"text": "The survey vessel moved through the Osumi Strait, which lies between the Osumi Peninsula and Tanegashima, and into the Pacific.",
     "places": {"osumi", "tanegashima", "north_pacific"}, "waypoints": ["osumi", "north_pacific"], "implied": []},
    {"text": "On Saturday the two Russian corvettes passed through the Tsushima Strait toward the Sea of Japan. A day earlier, on Friday, they had sailed north through the Miyako Strait.",
     "places": {"korea_strait", "sea_of_japan", "miyako"}, "waypoints": ["miyako", "korea_strait", "sea_of_japan"], "implied": []},
    {"text": "Seven Chinese naval ships, led by the destroyer Nanchang (101), passed between Yonaguni Island and Taiwan and sailed on into the Pacific.",
     "places": {"yonaguni", "taiwan", "north_pacific"}, "waypoints": ["yonaguni_taiwan_gap", "north_pacific"], "implied": ["yonaguni_taiwan_gap"]},
    {"text": "Japanese officials said the ships had left Vladivostok on Monday, steamed south through the Sea of Japan and exited through the Korea Strait on Wednesday.",
     "places": {"vladivostok", "sea_of_japan", "korea_strait"}, "waypoints": ["vladivostok", "sea_of_japan", "korea_strait"], "implied": []},
]
KURIL = {"nemuro", "izmena", "yekaterina", "vries_frieza", "bussol", "fourth_kuril", "first_kuril"}
STRAIT_TYPES = {"strait"}


def norm(i: str, inferred: bool = True) -> str:
    return "kuril" if inferred and i in KURIL else i


def main() -> int:
    warnings.simplefilter("ignore")
    tp = fp = fn = 0
    wtp = wfp = wfn = 0
    exact = 0
    exact_all = 0
    imp_hit = imp_all = 0
    for c in CASES:
        s = extract(c["text"])
        got = {p.id for p in s.places}
        tp += len(got & c["places"])
        fp += len(got - c["places"])
        fn += len(c["places"] - got)
        wps = [norm(w["id"], w["inferred"] and w["relation"] != "between") for r in s.routes for w in r["waypoints"]]
        exp = c["waypoints"]
        common = sum(min(wps.count(x), exp.count(x)) for x in set(exp))
        wtp += common
        wfp += len(wps) - common
        wfn += len(exp) - common
        strait_ids = {"kuril"} | {x for x in exp if x not in ("sea_of_japan",)}
        got_straits = [w for w in wps if w == "kuril" or w.endswith(("strait", "_gap")) or w in ("tsugaru", "osumi", "miyako", "bering", "nemuro", "la_perouse_soya", "korea_strait", "taiwan_strait", "tatar_nevelskoy", "bashi_channel", "yekaterina", "kanmon")]
        exp_straits = [w for w in exp if w in got_straits or w == "kuril" or w in ("tsugaru", "osumi", "miyako", "bering", "nemuro", "la_perouse_soya", "korea_strait", "taiwan_strait", "tatar_nevelskoy", "bashi_channel", "yekaterina")]
        del strait_ids
        if got_straits == exp_straits:
            exact += 1
        if wps == exp:
            exact_all += 1
        # a Kuril passage the text leaves open counts as "kuril"; one fixed by its shores
        # ("between Kunashir and Iturup") counts by name, as in the waypoint score above
        inferred = {norm(w["id"], w["relation"] != "between") for r in s.routes for w in r["waypoints"] if w["inferred"]}
        imp_all += len(c["implied"])
        imp_hit += len(set(c["implied"]) & inferred)
    p = tp / (tp + fp)
    r = tp / (tp + fn)
    wp = wtp / (wtp + wfp) if wtp + wfp else 0
    wr = wtp / (wtp + wfn)
    f1 = 2 * wp * wr / (wp + wr) if wp + wr else 0
    print(f"texts: {len(CASES)}")
    print(f"place mentions: precision {p:.2f}, recall {r:.2f}")
    print(f"route waypoints: precision {wp:.2f}, recall {wr:.2f}, F1 {f1:.2f}")
    print(f"exact ordered strait sequence: {exact}/{len(CASES)}")
    print(f"exact ordered waypoint sequence (straits and seas): {exact_all}/{len(CASES)}")
    print(f"implied straits (between X and Y, south of Sakhalin) recall: {imp_hit}/{imp_all} = {imp_hit / imp_all:.2f}")
    seed = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "russo-japanese-rapprochement.txt"
    if seed.is_file():
        text = seed.read_text(encoding="utf-8")
        extract(text)
        print(f"seed article, warm: median {median_seconds(lambda: extract(text), 20) * 1000:.1f} ms")
        big = (text + "\n\n") * (1_000_000 // len(text) + 1)
        t = time.perf_counter()
        extract(big[:1_000_000])
        print(f"1 MB of text: {time.perf_counter() - t:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
