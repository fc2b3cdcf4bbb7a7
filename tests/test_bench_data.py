"""The news annotations stored for bench/news_eval.py agree with the table of pages they belong to."""

from __future__ import annotations

import json
import re
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_news_gold_matches_the_news_sources_table():
    gold = json.loads((BENCH / "news_gold.json").read_text(encoding="utf-8"))
    rows = {}
    for line in (BENCH / "news_sources.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| (\w+?\d+) \| \w+ \| .*? \| (.*) \|\s*$", line)
        if m:
            text = re.sub(r"\([^)]*\)", "", m.group(2))
            rows[m.group(1)] = [x.strip() for x in re.split(r"[;,]", text) if re.fullmatch(r"\s*[a-z_]+\s*", x)]
    assert len(rows) == len(gold["waypoints"]) == 1539
    assert rows == gold["waypoints"]
    from seamap.gazetteer import gazetteer

    known = gazetteer().by_id
    assert {w for ws in rows.values() for w in ws} <= set(known)  # every annotated waypoint is a gazetteer id
    assert set(gold["places"]) <= set(rows)


def test_no_page_is_annotated_twice():
    """A page collected again for a later set is no held-out text: each page has one row (the same
    address, or the address with the article's slug after it, is the same page)."""
    pages = {}
    for line in (BENCH / "news_sources.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| (\w+?\d+) \| \w+ \| (\S+)", line)
        if m and "/" in m.group(2):
            pages[m.group(1)] = re.sub(r"^(?:https?://)?(?:www\.)?", "", m.group(2)).rstrip("/")
    ids = sorted(pages)
    twice = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :] if pages[a] == pages[b] or pages[a].startswith(pages[b] + "/") or pages[b].startswith(pages[a] + "/")]
    assert twice == []
