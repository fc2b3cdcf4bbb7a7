"""From article text to a Scenario.

This first stage finds every gazetteer place the text mentions, with the exact character span
and the sentence it stands in, and the disputes those places belong to. Vessels, routes and
dated events come next (see the extraction issue); the Scenario already has their slots so a
saved scenario keeps its shape.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import hashlib
import html.parser
import json
import os
import re
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from seamap._scan import key_spans, keyed_matches, matches_at, stretch_matches
from seamap.errors import InputError
from seamap.gazetteer import NOT_THE_WATER, gazetteer, said_as_flag
from seamap.io import read_text_input

__all__ = ["Mention", "Place", "Scenario", "extract", "read_article"]

SCHEMA = "seamap.scenario/1"
# A capitalised name with a geographic head word, or a capitalised name after a place preposition
_GEO_NAME = re.compile(  # (every branch starts with a capital: the lookahead first lets the scan skip the rest fast)
    r"(?=[A-Z])\b(?:(?:St\.\s+|Saint\s+|Mount\s+|Mt\.\s+)?(?:[A-Z][\w'’-]+(?<!['’]s)\s+){1,3}(?:Seas?|Strait|Straits|Islands?\s+chain|Island|Islands|Bay|Gulf|Channel|Peninsula|Ocean|Archipelago|Cape|Port|Harbou?r|Islets?|Rocks?|Prefecture|Ward|County|Province|Oblast|Krai|Territory|Basin|Plateau|Trench|Ridge|Pass|City|Jima|Shima|Atoll|Shoal|Reef|Canal|River)(?<!Port(?=\s+of\s+[A-Z]))"  # (not "East China's": a possessive is no part of a name)
    r"|\b(?=[A-Z][a-z]+\s+(?:province|peninsula|prefecture|islands)\b)(?<!and )(?!(?:[A-Z][a-z]+(?:ese|ian|ish|can|ean|ern)|Dutch|French|Thai|Greek|Philippine|Pacific|Arctic|Atlantic|Outer|Remote|Disputed|Offshore|Outlying|Main|Home|The|This|That|These|Those|Each|Every|Two|Three|Four|Five|Several|Many|Some|Both|All|Other|Small|Tiny|Uninhabited)\s)[A-Z][a-z]+\s+(?:province|peninsula|prefecture|islands)"  # "Zhejiang province", "the Shandong peninsula", "the northern Aomori prefecture", "the Goto islands" (not "Yonaguni and Iriomote islands": two names under one head word)
    r"|(?<=\band )(?:[A-Z][\w'’-]+\s+){1,2}seas\b"  # "the East and South China seas": the second of two seas under one lower-case head word
    r"|(?:Sea|Strait|Gulf|Bay|Port|Cape|Isle) of (?:the )?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"|(?:Port(?!\s+(?:Visits?|Calls?|Call|Stops?)\b)|Cape|Camp) [A-Z][\w'’-]+"
    r"|[A-Z][\w'’]+-(?:jima|shima)|(?:[A-Z][a-z]+-)?[A-Z][a-z]+(?:shima|jima))\b(?!\s+Route|\s+Chain|-\d)"  # "Okidaitō-jima", "Minamitorishima"
)
#: nationality adjectives and calendar words: capitalised, but not the names of places
_ADJECTIVE = r"[A-Z][a-z]+(?:ese|ian|ish|can|ean)\b|(?:Dutch|French|Thai|Greek|Philippine)\b"
_CALENDAR = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"  # ("in Yokosuka, Nov. 22": a date)
#: a capitalised name a place phrase marks: "north-west of Burgos", "the main island of Luzon",
#: and the well-known seas and regions beyond the gazetteer's reach, named without a head word
#: the alternatives of _CUED_NAME, each with the words it cannot match without (None: no such
#: words), so that a text lacking them is searched without it: the same matches, found faster
#: the words of the rarer cues (each looked for from them: see _KEYWORD_PARTS), and the name they announce
_STORED_AT_WORDS = ("facility", "plant", "terminal", "storage unit")
_SIDE_WORDS = ("northern", "southern", "eastern", "western", "north-eastern", "north-western", "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern")
_FLAG_WORDS = ("flag of", "registered in", " flag")
_TAKEN_WORDS = ("taken", "towed", "escorted", "known as")
_RARE_CUE_NAME = rf"(?!{_ADJECTIVE}|(?:{_CALENDAR}|The)\b|[A-Z][a-z]+\s+(?:Fleet|Navy|Command|Group|Deputy)\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?![\w'’-])"
_HYPHENED_CUE_NAME = rf"(?!{_ADJECTIVE}|(?:{_CALENDAR}|The)\b)[A-Z][a-z]+(?:-(?:[a-z]{{1,3}}-)?[A-Z][a-z]+)?(?:[ \t]+[A-Z][a-z]+)?(?![\w'’-])"
_CUED_PARTS: tuple[tuple[tuple[str, ...] | None, str], ...] = (
    (None, rf"\b(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of|(?:main |largest |biggest |northern |southern |north-?western |north-?eastern |south-?western |south-?eastern )?(?:islands?|port|city|town|village|tip|coast|capital|prefecture|province|region) of)\s+(?:(?<=capital of )the\s+)?(?P<a>[A-Z][a-z]+(?:-(?:[a-z]{{1,3}}-)?[A-Z][a-z]+)?(?:[ \t]+(?!{_CALENDAR}\b)[A-Z][a-z]+)?(?:\s+island\b)?)(?![\w'’-])"),  # (and "the port of Mutsu-Ogawara", "the port of Barrow-in-Furness")
    (("port", "harbo", "naval base"), r"['’]s\s+(?P<d>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:port|harbou?r|naval base)\b"),  # "Vietnam's Cam Ranh port"
    (("military port", "naval port"), rf"\b(?P<j>(?!{_ADJECTIVE}|(?:The|A|An|Its|Their)\b)[A-Z][a-z]+)\s+(?:military|naval)\s+port\b"),  # "approaches Wusong military port"
    # the countries a mission visits, listed: "13 countries, namely, Seychelles, Tanzania, ..."
    (("countries",), r"\bcountries,?\s+(?:namely|including|such\s+as),?\s+(?:the\s+)?(?P<h>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][a-z]+(?:\s+(?:of\s+the\s+)?[A-Z][a-z]+)?)*)"),
    (None, r"\b(?:the\s+(?P<b>Mediterranean|Caribbean|Baltic|Atlantic)|(?P<c>(?<![Oo]pen\s)(?:Indo|Asia)[-–]Pacific(?=\s+(?:region|area)\b|\s*[.,;:)”\x22’]|\s+(?:and|in|on|to|from|as|with|where|which|amid)\b|$)|Middle East|Near East|Horn of Africa|Korean [Pp]eninsula|Korea(?<![\w-]Korea)(?<!South\sKorea)(?<!North\sKorea)(?<!of\sKorea)(?=['’]s\s|\s*[.,;:)]|\s+(?:and|in|on|to|from|as|with|where|which|since|for)\b)|(?<![\w-])(?:North|East|South|Central|West|Southeast|Northeast)\s+Asia|(?<![\w-])(?<!t\s)(?<!h\s)(?<!l\s)(?<!Nikkei\s)Asia|Europe|South\s+Africa|(?<!South\s)Africa|Oceania|Antarctic|Antarctica|(?:North|South|Central|Latin)\s+America))\b(?![-\w]|\s+(?:Sea|Ocean|Fleet|fleet|Command|minke|krill|toothfish)\b|(?:\s+[A-Z][\w-]*){0,2}\s+Deployment)"),
    # where a ship docks, leaves, heads or lies: "docked in Cebu", "left Portsmouth", "off Hawaii"
    (None, rf"\b(?:(?:docked|berthed|moored|anchored|arrived|based|stationed|homeported)\s+(?:in|at)|reached|left|departed(?:\s+from)?|leaving|toward|towards|off|near|(?:[Ee]xercises?|[Dd]rills?)\s+around|(?:set\s+course|set\s+sail|bound|headed|heading|sailed|left|departed)\s+for|(?:visits|calls)\s+(?:were|was)\s+(?:made|paid)\s+to|(?:port\s+)?calls?\s+(?:at|in))\s+(?:[A-Z][a-z]+['’]s\s+)?(?P<e>(?!{_ADJECTIVE}|(?:{_CALENDAR}|Pier|Berth|Terminal|The|Naval|Fleet|Air)\b)[A-Z][a-z]+(?:[ \t]+(?!(?:Naval|Base|Air|Fleet|Station|Port|Pier|Terminal|Wharf|Berth|{_CALENDAR})\b)[A-Z][a-z]+)?)(?![\w'’-]|\s+(?:Pier|Terminal|Wharf|Berth)\b)"),
    # the places a ship visited, as a list: "had visited Guam and Darwin"
    (("visit", "call", "stops"), rf"\b(?:visit(?:ed|ing)|visits?\s+to|port\s+calls?\s+(?:to|at|in)|(?:stops|port\s+visits)\s+(?:in|at))\s+(?P<g>(?!{_ADJECTIVE}\b|(?:President|Prime|Minister|Premier|King|Queen|Emperor|Pope|General|Admiral|Defen[cs]e|Foreign|The|{_CALENDAR})\b)[A-Z][a-z]+(?:[ \t]+(?:de[ \t]+)?[A-Z][a-z]+)?(?:(?:[,;]\s+[A-Z][a-z]+(?:[ \t]+(?:de[ \t]+)?[A-Z][a-z]+)?)*[,;]?\s+and\s+[A-Z][a-z]+(?:[ \t]+(?:de[ \t]+)?[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+(?![\w'’-]))?)?)(?![\w'’-])"),  # (and "stops in Pearl Harbor; Victoria, Canada; ...; and Cartagena, Colombia")
    # where a ship or unit is based: "the Hawaii-based cutter"
    (("-based",), rf"(?<![\w-])(?=[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?-based\b)(?P<l>(?!{_ADJECTIVE}|(?:{_CALENDAR}|Land|Sea|Shore|Ship|Carrier|Ground|Space|Air|Home|Mothership|Community|Science|Rules)\b)[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)-based\b"),  # (and "the Hong Kong-based owner": a known name of two words)  # (the lookahead first: it fails fast; "Land-based whaling" names no place)
    # the town a base is in: "a major U.S. base in Pyeongtaek"
    (("base",), r"\b(?:air |naval |military |army )?base\s+(?:(?:in|of|at)\s+)?(?P<k>(?!The\b|This\b|That\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+(?:[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+)?)(?![\w'’-])"),  # (and "the Korean naval base of Pyeongtaek", "the Vietnamese naval base Cam Ranh")
    # a place named by the base or station in it: "from Air Station Kodiak"
    (("Station", "Base"), r"\b(?:Air|Naval|Coast\s+Guard)\s+(?:Station|Base|Air\s+Station)\s+(?P<i>[A-Z][a-z]+)(?![\w'’-])"),
    # where a cargo is stored or loaded ("a storage facility in Kamchatka"), a land told by its side
    # ("in northern Siberia"), a merchant ship's flag ("the flag of Panama", "registered in Gabon")
    (_STORED_AT_WORDS, rf"\b(?:facility|plant|terminal|storage unit) (?:in|at|near) (?P<n>{_RARE_CUE_NAME})"),
    (_SIDE_WORDS, rf"\b(?:in|from|across) (?:{'|'.join(_SIDE_WORDS)}) (?P<o>{_RARE_CUE_NAME})"),
    (_FLAG_WORDS, rf"\b(?:flag of|registered in) (?P<m>{_RARE_CUE_NAME})|\bunder the (?P<s>{_RARE_CUE_NAME}) flag\b"),  # (and "under the Tanzania flag"; "the Togo-flagged freighter" is an adjective, as "Japan-based")
    # where a seized ship is taken, and the other name it is known by: "taken to Furukamappu, known
    # as Yuzhno-Kurilsk", "towed them to Korsakov"; a port told as "the Nemuro port"
    (_TAKEN_WORDS, rf"\b(?:(?:taken|towed|escorted)\s+(?:it\s+|them\s+)?to|known\s+as)\s+(?:the\s+)?(?:port\s+(?:of|at|in)\s+)?(?P<q>{_HYPHENED_CUE_NAME})"),
    ((" port",), rf"\bthe\s+(?P<r>{_HYPHENED_CUE_NAME})\s+port\b(?!\s+of\b)"),  # (not "the Sakhalin port of Korsakov")
    # an island chain told with a lower-case head: "the prefecture's Tokara island chain"
    ((" island chain",), rf"(?<![\w'’-])(?P<t>{_HYPHENED_CUE_NAME})\s+island\s+chain\b"),
    # the province or prefecture after a wire dateline's city: "YOKOSUKA, Kanagawa (Jiji Press)"
    ((None), r"(?m:^)[A-Z]{3,}[A-Z .'-]*,\s+(?P<f>[A-Z][a-z]+)(?=\s*\(|,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|[ \t]+(?:—|–|--?)[ \t])"),  # (and "ZHANJIANG, Guangdong, June 24", "YOKOSUKA, Kanagawa —")
)
_CUED_NAME = re.compile("|".join(p for _, p in _CUED_PARTS))


#: parts of _CUED_NAME looked for from their key words, found by plain searches, rather than as
#: alternatives tried at every position of the text (the same matches, found faster): the regions
#: named without a head word ("the Mediterranean", "Southeast Asia"), whose names start at most 12
#: characters before their key word; where a ship docks, leaves, heads or lies ("docked in Cebu",
#: "off Hawaii"), whose cue starts with its key word; and the rarer cues above
_KEYWORD_PARTS = (
    (next(i for i, (_, p) in enumerate(_CUED_PARTS) if "(?P<b>" in p), 12, ("Mediterranean", "Caribbean", "Baltic", "Atlantic", "Pacific", "East", "Africa", "Korea", "Asia", "Europe", "Oceania", "Antarctic", "America")),
    (next(i for i, (_, p) in enumerate(_CUED_PARTS) if "(?P<e>" in p), 0, ("docked", "berthed", "moored", "anchored", "arrived", "based", "stationed", "homeported", "reached", "left", "departed", "leaving", "toward", "off", "near", "Exercise", "exercise", "Drill", "drill", "set", "bound", "headed", "heading", "sailed", "visits", "calls", "port", "call")),
    (next(i for i, (_, p) in enumerate(_CUED_PARTS) if "(?P<n>" in p), 0, _STORED_AT_WORDS),
    (next(i for i, (_, p) in enumerate(_CUED_PARTS) if "(?P<o>" in p), 7, _SIDE_WORDS),  # ("across northern ...")
    (next(i for i, (_, p) in enumerate(_CUED_PARTS) if "(?P<m>" in p), 30, _FLAG_WORDS),  # ("under the Tanzania flag": the name before its key word)
    (next(i for i, (_, p) in enumerate(_CUED_PARTS) if "(?P<q>" in p), 0, _TAKEN_WORDS),
    (next(i for i, (_, p) in enumerate(_CUED_PARTS) if "(?P<r>" in p), 40, (" port",)),  # ("the Yuzhno-Kurilsk port": the name up to 40 characters before)
    (next(i for i, (_, p) in enumerate(_CUED_PARTS) if "(?P<t>" in p), 30, (" island chain",)),
    (next(i for i, (_, p) in enumerate(_CUED_PARTS) if "(?P<h>" in p), 0, ("countries",)),
    (next(i for i, (_, p) in enumerate(_CUED_PARTS) if "(?P<g>" in p), 0, ("visit", "port", "stops")),
)
_KEYWORD_PART_RE = {i: re.compile(_CUED_PARTS[i][1]) for i, _, _ in _KEYWORD_PARTS}
#: parts of _CUED_NAME no match of which holds a full stop, semicolon or comma, searched only in
#: the stretches between those that hold their words (``stretch_matches``): "Sasebo naval port",
#: "the Hawaii-based cutter", "a base in Pyeongtaek", "Air Station Kodiak"
_STRETCH_PARTS = {next(i for i, (_, p) in enumerate(_CUED_PARTS) if f"(?P<{g}>" in p): keys for g, keys in (("j", ("military", "naval")), ("l", ("-based",)), ("k", ("base",)), ("i", ("Station", "Base")))}
_CUED_PART_RE = tuple(re.compile(p) for _, p in _CUED_PARTS)
#: which part of _CUED_PARTS a match came from, by the groups it names (to merge the scans as one)
_PART_OF_GROUP = {g: i for i, (_, p) in enumerate(_CUED_PARTS) for g in re.compile(p).groupindex}
#: the groups that hold one name each (the lists, "g" and "h", are split into their names)
_NAME_GROUPS = tuple(g for g in _PART_OF_GROUP if g not in ("g", "h"))


def _cued_matches(text: str) -> list[re.Match]:
    """_CUED_NAME's matches in text, as one left-to-right scan of its parts would find them."""
    present = [words is None or any(w in text for w in words) for words, _ in _CUED_PARTS]
    found = []
    for part, back, keys in _KEYWORD_PARTS:
        if present[part]:
            found += [(m.start(), part, m) for m in keyed_matches(_KEYWORD_PART_RE[part], text, keys, back)]
            present[part] = False
    for part, rx in enumerate(_CUED_PART_RE):  # (each part a scan of its own: most start with a word a plain search finds fast)
        if present[part]:
            found += [(m.start(), part, m) for m in (stretch_matches(rx, text, _STRETCH_PARTS[part], ".;,") if part in _STRETCH_PARTS else rx.finditer(text))]
    out, end = [], -1
    for start, _, m in sorted(found, key=lambda t: (t[0], t[1])):
        if start >= end:
            out.append(m)
            end = m.end()
    return out


@functools.lru_cache(maxsize=64)
def _cued_name_re(present: tuple[bool, ...]) -> re.Pattern:
    """_CUED_NAME without the alternatives whose words the text lacks (``present``, one flag per part):
    one scan of every cue, the reference ``_cued_matches`` is tested against."""
    return re.compile("|".join(p for (_, p), here in zip(_CUED_PARTS, present, strict=True) if here))


#: a capitalised name as an item of a list ("..., Sri Lanka and ..."); ``extract`` keeps it when
#: the items on both sides are places it knows
_LIST_GAP = re.compile(r"(?P<lead>,\s+|\s+and\s+)(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?P<sep>,\s+(?:and\s+)?|\s+and\s+)")
#: the next item of a list, up to its last ("..., Qatar and Eritrea.")
_LIST_ITEM = re.compile(rf"(?P<lead>,\s+(?:and\s+)?|\s+and\s+)(?P<name>(?!{_ADJECTIVE}|(?:{_CALENDAR}|The)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[,.;:)]|\s+and\s|\s*$)")
#: the second of two islands "between" which a ship passed, when only the first is known
_PAIRED_NAME = re.compile(rf"\s+and\s+(?:nearby\s+|the\s+)?(?P<name>(?!{_ADJECTIVE})[A-Z][a-z]+)(?![\w'’-]|\s+[A-Z])")
#: a town before the state or country that locates it ("in Kodiak, Alaska"), and a state after a
#: known town ("in Honolulu, Hawaii.")
_TOWN_BEFORE = re.compile(rf"\b(?:in|at|from|near|(?:stop|port|port of call)\s+(?:[\w-]+\s+){{0,4}}?(?:was|is))\s+(?P<name>(?!{_ADJECTIVE}|(?:{_CALENDAR}|The)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+$")
_STATE_AFTER = re.compile(rf",\s+(?P<name>(?!{_ADJECTIVE}|(?:{_CALENDAR})\b)[A-Z][a-z]+)(?=\s*[.;:)]|\s*$)")
#: the first of two places "between" which something lies, when only the second is known
_BETWEEN_FIRST = re.compile(rf"\bbetween\s+(?:the\s+)?(?P<name>(?!{_ADJECTIVE}|The\b)[A-Z][a-z]+)\s+and\s+(?:the\s+)?$")
#: title-case words that open a headline's phrase, not a name: "Carrier Sails Between Okinawa Islands"
_NOT_NAME_WORDS = frozenset("Between Through Into Near Off Around Toward Towards Via From To In On At Past Across Sails Sail Sailed Passes Pass Passed Enters Enter Entered Transits Transit Crosses Cross Heads Nears Spotted Seen Visits Visit Visited Arrives Leaves Departs Reaches Squadron Naval Station".split())  # (and "Squadron Visits Pearl Harbor", "Naval Station Pearl Harbor")
_NOT_NAME_WORD_RE = re.compile(rf"\b(?:{'|'.join(sorted(_NOT_NAME_WORDS))})\s+")
#: a full stop after these is not a sentence end ("Aug. 17", "Gen. Koji Yamazaki", "the U.S. Navy")
ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Capt", "Cmdr", "Adm", "Sen", "Rep", "Gov", "Prof", "St", "No", "U.S", "U.K", "U.N", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "vs", "Zr", "Hr")  # ("Zr. Ms. Tromp": a Dutch ship's prefix)
_NOT_AFTER = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in ABBREVIATIONS) + r"(?<!\b[A-Z]\.)"  # (nor a middle initial: "USS William P. Lawrence")
#: nor after "a.m." or "p.m." before the day or zone it belongs to ("around 12:10 a.m. Wednesday")
_CLOCK_GOES_ON = r"(?!(?<=[ap]\.m\.)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|GMT|UTC|JST|Japan time|Tokyo time|Beijing time|local time|\())"
_SENTENCE_END = re.compile(rf"(?<=[.!?]){_NOT_AFTER}{_CLOCK_GOES_ON}[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|(?<=\s[A-Z]\.)[ \t]*\n(?=[\"'“‘(]?[A-Z])")  # (a letter at a line's end is no initial: "a post on X.")
#: a page's own date line: "Posted on 2025-11-27 17:52:17", "Published on: 27 Nov 2025"
_PAGE_DATE_LINE = re.compile(r"(\n)[ \t]*(?:Posted|Published|Updated|Last [Uu]pdated)(?:[ \t]+on)?:?[ \t]*(?:\n[ \t]*\n)?[^\n]*\d[^\n]*(\n)")
#: the end of a social media post quoted in a page: its link, or its author and date
_EMBED_END = re.compile(r"(?:\bpic\.twitter\.com/\w+|\(@\w+\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})[ \t]*(\n)")


#: a title or role and a given name before a city's name: the name is a person's ("officer Meng Wanzhou")
#: a byline, "By Guo Fengkuan, Yang Guangyuan, and Chang Fei": names of people, not cities
_BYLINE = re.compile(r"[ \t]*By\s+[A-Z][a-z]+\s+[A-Z][a-z]+(?:,?\s+(?:and\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+)*\s*$", re.M)
_PERSON_BEFORE = re.compile(r"\b(?:[Oo]fficer|[Cc]hief|[Ee]xecutive|[Pp]resident|[Mm]inister|[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Dd]irector|[Cc]hairman|[Gg]eneral|[Aa]dmiral|[Cc]aptain|[Cc]ommander|[Dd]iplomat|[Bb]usinessman|[Ww]oman|[Mm]an|[Cc]ommandant|Mr\.|Ms\.|Mrs\.|Dr\.|Adm\.|Gen\.|Capt\.|Cmdr\.|Col\.|Lt\.|Sen\.|Rep\.|Gov\.|Prof\.),?\s+(?:[A-Z][a-z]+\s+)?$")  # (and "MSDF Chief of Staff Adm. Ryo Sakai", "said its captain, Akihiro Kitajima")
#: a person told by name, given name first, after "said" or before what they are: "said Sachiko
#: Sakai, a 66-year-old taxi driver", "Hideki Hiratsuka, head of the squid fishing fleet"
_SAID_NAME_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+[A-Z][a-z]+\s+$")
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w,])\s*[A-Z][a-z]+\s+$")
_WHO_AFTER = re.compile(r",\s+(?:an?\s+\d|\d{1,3}\b|head\s+of|chief\s+of|captain\s+of|president\s+of|director\s+of|spokes(?:man|woman|person)\b)")


#: patterns the place pass runs once per mention (compiled once)
_UNIT_AFTER = re.compile(r"(?:,\s+[A-Z]\w+)*,?\s+(?:and\s+[A-Z]\w+\s+)?(?:Division|Branch)\b")
_FLAG_BEFORE_SHIPS = re.compile(r"(?:(?:,[ \t]*|[ \t]+and[ \t]+)[A-Z][a-z]+){0,2}[ \t]+(?:naval|[Nn]avy|maritime|warships?|vessels?|ships?|military|fishing|tankers?)\b")
_PREFECTURE_AFTER = re.compile(r"\s+(?:[Pp]refecture\b|time\b|Territory\b|Krai\b|Oblast\b)")  # (and "the Khabarovsk Territory", a region)
_NAMED_AFTER_COUNTRY = re.compile(r"\b(?:Press Trust|Times|Bank|University)\s+[Oo]f\s+$")
_COMPANY_AFTER = re.compile(r"\s+(?:Group|Company|Corporation|Holdings)\b")  # ("Shandong Port Group": a company)
_STREET_AFTER = re.compile(r"\s+(?:Drive|Street|Avenue|Road|Boulevard|Lane)\b")
_TONNAGE_BEFORE = re.compile(r"\d[\d,.]*[- ]tonn?e?s?\s+$")
_HULL_NUMBER_AFTER = re.compile(r"[ \t]*\(\d{2,4}\)")
_SHIP_KIND_BEFORE = re.compile(r"\b(?:tanker|carrier|vessel|ship|freighter|icebreaker)s?,?\s+$")
_SHIP_TITLE_BEFORE = re.compile(r"\b(?:Ship|Cutter|Vessel)\s+$")
_WATER_HEAD = re.compile(r"(?i)\b(?:strait|sea|channel|kaikyo)\b")


@functools.lru_cache(maxsize=256)
def _said_without_head(name: str) -> bool:
    """Whether a water's name is said without its head word ("La Perouse", not "La Perouse Strait")."""
    return not _WATER_HEAD.search(name)
_PREPOSITION_TAIL = re.compile(r"\b(?:in|at|from|near|to)\s+$")
_LIST_COMMA = re.compile(r",\s+(?:and\s+)?")


@dataclass(frozen=True)
class Mention:
    """Where a place is named: character span in the article and the sentence around it."""

    start: int
    end: int
    text: str
    sentence: str

    def __post_init__(self) -> None:
        if not (0 <= self.start < self.end):
            raise InputError(f"Mention span must satisfy 0 <= start < end, got ({self.start}, {self.end}).")


@dataclass(frozen=True)
class Place:
    """A gazetteer place the article mentions."""

    id: str
    name: str
    type: str
    lon: float | None
    lat: float | None
    mentions: tuple[Mention, ...]
    dispute: str | None = None

    def __post_init__(self) -> None:
        for v, lo, hi, what in ((self.lon, -180.0, 180.0, "lon"), (self.lat, -90.0, 90.0, "lat")):
            if v is not None and not (lo <= v <= hi):  # also rejects NaN
                raise InputError(f"Place {self.name!r} has {what}={v!r}; expected a number in [{lo}, {hi}].")


@dataclass(frozen=True)
class Scenario:
    """What an article describes, ready to be drawn (schema ``seamap.scenario/1``)."""

    places: tuple[Place, ...] = ()
    disputes: tuple[str, ...] = ()
    vessels: tuple[dict[str, Any], ...] = ()
    routes: tuple[dict[str, Any], ...] = ()
    events: tuple[dict[str, Any], ...] = ()
    title: str | None = None
    source_sha256: str | None = None
    warnings: tuple[str, ...] = field(default=())
    unresolved: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return {"schema": SCHEMA, **d}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def vessel_label(route: dict[str, Any]) -> str:
    """A route's vessel as a map labels it: with the ships told with it ("Liaoning with Shandong")."""
    return f"{route['vessel']} with {', '.join(route['with'])}" if route.get("with") else route["vessel"]


class _TextOnly(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("p", "br", "div", "h1", "h2", "h3", "li", "section", "article"):
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def read_article(path: str | os.PathLike[str]) -> str:
    """Read an article (.txt, .md or .html) as text; refuse what is not an article.

    Raises
    ------
    InputError
        For a missing path, a directory, binary or non-UTF-8 bytes, or an empty text.
    """
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p} is a directory; give an article file (.txt, .md or .html).")
    text = read_text_input(p, label=f"Article {p}", kind="article", utf8_hint="; re-save it as UTF-8")
    if p.suffix.lower() in (".html", ".htm"):
        parser = _TextOnly()
        parser.feed(text)
        text = "".join(parser.parts)
    if not text.strip():
        raise InputError(f"Article {p} is empty.")
    return text


_ORGANISATION = re.compile(r"[ \t]+(?:Coast\s+Guard|Maritime\s+Self-Defen[cs]e\s+Force|Ground\s+Self-Defen[cs]e\s+Force|Air\s+Self-Defen[cs]e\s+Force|Air\s+Force|Marine\s+Corps)\b")  # (and "United States Air Force Col. ...")


#: what follows a ship's bare name, not a city's: "Ottawa sailed", "Ottawa's transit"
_AS_A_SHIP = re.compile(r"['’]s\s+(?:transit|passage|crossing|voyage|crew|deck|captain|commanding|movements?|moves|course|route)\b|\s+(?:sailed|transited|passed|entered|left|arrived|docked|steamed|crossed)\b")


def _sentences(text: str) -> list[tuple[int, int]]:
    # (every cut starts right after a stop or at a line's end: tried there only, not at every position)
    starts = [b for _, b in key_spans(text, (".", "!", "?"))] + [a for a, _ in key_spans(text, ("\n",))]
    cuts = [m.span() for m in matches_at(_SENTENCE_END, text, starts)]
    if "pic.twitter.com/" in text or "(@" in text:  # (a post quoted in the page ends at its line's end)
        cuts = sorted(cuts + [m.span(1) for m in keyed_matches(_EMBED_END, text, ("pic.twitter.com/", "(@"))])  # (every match starts at one of its keys)
    if "Posted" in text or "Published" in text or "pdated" in text:  # (a page's "Posted on ..." line stands alone)
        cuts = sorted(cuts + [sp for m in _PAGE_DATE_LINE.finditer(text) for sp in (m.span(1), m.span(2))])
    if heads := _headline_ends(text):  # (a headline in title case ends at its line's end, with no stop of its own)
        cuts = sorted(cuts + heads)
    if "- " in text or "• " in text:  # (a bulleted line is a statement of its own, stop or none)
        if bullets := _bullet_line_ends(text):
            cuts = sorted(cuts + bullets)
    spans, start = [], 0
    for a, b in cuts:
        if a < start:
            continue  # (a cut inside one already made)
        spans.append((start, a))
        start = b
    spans.append((start, len(text)))
    return spans


_BULLET = re.compile(r"[ \t]*[-•–*][ \t]+\S")


def _bullet_line_ends(text: str) -> list[tuple[int, int]]:
    """The line ends (as cuts) before and after each bulleted line ("- Ship was en route to
    Pacific ...", "• The carrier ..."): a summary's points are told one by one, with no stops."""
    out = []
    start = 0
    while start < len(text):
        at = text.find("\n", start)
        end = len(text) if at == -1 else at
        if _BULLET.match(text, start, end):
            if start:
                out.append((start - 1, start))
            if at != -1:
                out.append((at, at + 1))
        if at == -1:
            break
        start = at + 1
    return sorted(set(out))


def _headline_ends(text: str) -> list[tuple[int, int]]:
    """The line ends (as cuts) of lines written as headlines, with no stop of their own, before a
    line that starts a sentence (found from the line ends: a pattern tried at every position of a
    megabyte costs more than the few lines a text has)."""
    out = []
    start, at = 0, text.find("\n")
    while at != -1:
        line = text[start:at].rstrip(" \t")
        nxt = text[at + 1 : at + 3].lstrip("\"'“‘(")
        if line and line[-1] not in ".!?,;:" and nxt[:1].isupper() and (_title_case(line) or _caption_line(text, start, line)):
            out.append((at, at + 1))
        start, at = at + 1, text.find("\n", at + 1)
    return out


_LAST_WORD_OPEN = re.compile(r"(?:\b(?:the|a|an|of|to|in|on|at|for|from|by|with|and|or|but|as|into|near|off|its|their|his|her|that|which|who|was|were|is|are|has|have|had)|[-–—(])$", re.I)


def _caption_line(text: str, start: int, line: str) -> bool:
    """Whether a line without a stop inside a text stands alone as a caption ("Angara, in the years
    before her transfer to Russia's Pacific trade lanes"): a short line after a sentence's end
    whose last word leaves nothing open, so it is no wrapped sentence. (A first line is left to
    the headline rules: a sentence-case headline's subject is often the ship told next.)"""
    if len(line) > 110 or len(line.split()) < 3 or _LAST_WORD_OPEN.search(line):
        return False
    k = start  # (the last character before the line that is not a space: read back, not a copy of all the text before)
    while k and text[k - 1] in " \t\n":
        k -= 1
    return k > 0 and text[k - 1] in ".!?\"”'’)"


def _title_case(line: str) -> bool:
    """Whether a line is written as a headline: four words or more, most of them capitalised
    ("New Whaling Mother ship Sets Out On First Expedition; Kangei Maru to Catch Whales ...")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


#: a capital speaking for its government: "Ottawa said the passage was routine"
_GOVERNMENT_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told|announced|protested|stated|called|criticized|criticised|condemned|urged|warned|denied|responded|rejected|insisted)\b")
#: both Koreas named at once, the first by its half of the name: "South and North Korea engage in a skirmish"
_BOTH_KOREAS = re.compile(r"\b(South|North)\s+and\s+(?:North|South)\s+Korea(?![\w-])")
#: a strait named after a place: "the Straits of Malacca" (the gazetteer's own straits are matched whole)
_STRAIT_OF_BEFORE = re.compile(r"\bStraits?\s+of\s+$")
#: a feature of the sea floor named after a country: "the Taiwan Bank", "the Japan Trench"
_SEABED_AFTER = re.compile(r"\s+(?:Banks?|Shoals?|Trough|Trench|Ridge|Basin|Rise|Seamounts?|Plateau|Reefs?)\b")
#: a ship's name in quotes after its kind: 'the Coast Guard vessel "Kinmen"'
_QUOTED_SHIP_BEFORE = re.compile(r"\b(?:vessel|ship|cutter|boat|frigate|destroyer|patrol ship)\s+[\"“']$")
#: an aircraft's model after its maker's name, which is a city's: "Kawasaki P-1", "Shenyang J-15"
_MODEL_AFTER = re.compile(r"\s+[A-Z]{1,3}-\d{1,3}[A-Z]?\b")
#: the words that make a prefixed ship's bare name a place again: "arrived in Ottawa" (not "Cheonan was launched")
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|to|from|at|near|off|toward|towards|into|visit(?:ed|ing)?|left|leaving|reached)\s+(?:the\s+(?:city|port)\s+of\s+)?$", re.I)


def extract(text: str, *, published: str | None = None, title: str | None = None) -> Scenario:
    """Find the places (and the disputes they belong to) an article mentions.

    Parameters
    ----------
    text
        The article as text.
    published
        Publication date (ISO 8601); used by later stages to complete dates.
    title
        A title for the scenario; defaults to the article's first line.

    Examples
    --------
    >>> s = extract("The flotilla sailed through the Soya Strait into the Sea of Okhotsk.")
    >>> [p.name for p in s.places]
    ['La Pérouse Strait / Sōya Strait', 'Sea of Okhotsk']
    """
    if not isinstance(text, str):
        raise InputError(f"extract() takes article text as str, got {type(text).__name__}.")
    if not text.strip():
        raise InputError("The article text is empty.")
    # hyphens other than the keyboard's are read as it: web copy writes "Ningbo‑Zhoushan" and
    # "door‑to‑door" with the non-breaking hyphen (U+2011)
    if "\u2011" in text or "\u2010" in text:  # (one character for one: every span is the article's own)
        text = text.replace("\u2011", "-").replace("\u2010", "-")
    gaz = gazetteer()
    sentences = _sentences(text)
    found: dict[str, list[Mention]] = {}
    order: list[str] = []
    si = 0
    from seamap.narrative import _DISEASE_AFTER, PREFIXED_SHIP_RE, SHIP_APPOSITION, SHIP_PREFIX_BEFORE, _ship_context

    text_mentions = list(gaz.find(text))  # (find_routes reads it too)
    hits = list(text_mentions)
    # the islands of a disputed group by their bare names ("near Taisho, the easternmost islet"),
    # once the text names the group
    groups = {e.dispute for e, *_ in hits if e.dispute and e.type == "island_group"}
    if groups:
        spans = sorted((a, b) for _, a, b, _ in hits)
        span_starts, longest = [a for a, _ in spans], max((b - a for a, b in spans), default=0)
    for e in gaz.entries:
        if e.dispute in groups and e.type == "island":
            for short in {re.sub(r"(?:\s+Island|-jima|-shima)$", "", a) for a in e.aliases} - set(e.aliases):
                # (the name first, the word boundary before it checked after: a pattern that opens
                # with a plain word is looked for by a fast scan, one that opens with a check is not)
                for m in re.finditer(rf"{re.escape(short)}(?<![\w-]{re.escape(short)})(?![\w-])", text):
                    # (no known name over it: only those starting within the longest name's reach can be)
                    if not any(a < m.end() and m.start() < b for a, b in spans[bisect.bisect_left(span_starts, m.start() - longest) : bisect.bisect_left(span_starts, m.end())]):
                        hits.append((e, m.start(), m.end(), m.group(0)))
    # "South and North Korea": the first Korea told by its half of the name alone
    for m in keyed_matches(_BOTH_KOREAS, text, (" and North Korea", " and South Korea"), 6):
        e = gaz.by_id.get("south_korea" if m.group(1) == "South" else "north_korea")
        if e is not None:
            hits.append((e, m.start(1), m.end(1), m.group(1)))
    hits.sort(key=lambda h: h[1])
    # the names the text gives ships with a prefix ("HMCS Ottawa"): the bare name is the ship too
    ship_names = {m.group(1) for m in PREFIXED_SHIP_RE.finditer(text)}
    unheld_names: list[tuple[int, int]] = []  # a sea-floor feature or strait named after a place we hold
    for entry, start, end, matched in hits:
        if (entry.type in ("city", "port") or (entry.type in ("island", "island_group") and text[max(0, start - 4) : start] in ("the ", "The "))) and SHIP_APPOSITION.match(text, end):
            continue  # "entered the Taiyuan, a Chinese navy missile destroyer": the ship
        if entry.type == "country" and _NAMED_AFTER_COUNTRY.search(text, max(0, start - 16), start):
            continue  # "Press Trust of India", "the Times of India": a name that holds the country's
        if entry.type == "country" and _ORGANISATION.match(text, end):
            continue  # "the China Coast Guard said", "the Japan Maritime Self-Defense Force": an institution's name
        if entry.type in ("city", "country") and text[max(0, start - 10) : start] in ("Treaty of ", "treaty of ") and not text[max(0, start - 11) : start - 10].isalpha():
            continue  # "the Treaty of Shimonoseki in 1895": a treaty's name, not the city's
        if entry.type in ("island", "city") and _UNIT_AFTER.match(text[end : end + 60]):
            continue  # "the Kinmen, Matsu, and Penghu Division": a unit's name
        if entry.type == "country" and _FLAG_BEFORE_SHIPS.match(text[end : end + 40]):
            continue  # "seven China maritime and fishery department vessels", "Russia navy warships", "the Russia Navy", "Russia, China navy ships": a flag
        if entry.type in ("island", "city") and text.startswith(" Islands", end) and text[max(0, start - 4) : start] in ("the ", "The "):
            continue  # "the Okinawa Islands", "the Miyako Islands": a group we do not hold (listed below; a route may still take the island as a strait's shore; a headline's "Between Okinawa Islands" is the island's)
        if entry.type == "country" and said_as_flag(text, matched, end):
            continue  # "U.S. forces", "the UK Carrier Strike Group": a flag, said as an adjective ("American")
        if entry.type == "country" and text.startswith("$", end):
            continue  # "US$2.5 million": a currency
        if entry.type == "country" and (seabed := _SEABED_AFTER.match(text, end)):
            unheld_names.append((start, seabed.end()))
            continue  # "the Taiwan Bank", "the Japan Trench": a feature of the sea floor named after the country (listed below as a name we do not hold)
        if entry.type in ("city", "country", "island") and (strait := _STRAIT_OF_BEFORE.search(text, max(0, start - 12), start)):
            unheld_names.append((strait.start(), end))
            continue  # "the Straits of Malacca": a strait we lack, named after the city (listed below as a name we do not hold)
        if entry.type == "island" and _QUOTED_SHIP_BEFORE.search(text, max(0, start - 30), start):
            continue  # 'The Coast Guard vessel "Kinmen"': a ship named after the island
        if entry.type == "city" and _DISEASE_AFTER.match(text, end):
            continue  # "the Wuhan Coronavirus": a disease's name
        if entry.type == "city" and _MODEL_AFTER.match(text, end):
            continue  # "a Kawasaki P-1 maritime patrol aircraft", "Shenyang J-15 fighters": the maker's name
        if entry.type == "city" and _PREFECTURE_AFTER.match(text[end : end + 40]):
            continue  # "Aomori Prefecture" is the prefecture (listed below as a name we do not hold)
        if entry.type == "city" and entry.sources == "geonames_cities15000" and (_PERSON_BEFORE.search(text, max(0, start - 60), start) or _BYLINE.match(text, text.rfind("\n", 0, start) + 1) or _SAID_NAME_BEFORE.search(text, max(0, start - 40), start) or (_WHO_AFTER.match(text, end) and _GIVEN_NAME_BEFORE.search(text, max(0, start - 20), start))):
            continue  # "Huawei chief financial officer Meng Wanzhou": a person whose surname is a city's name
        if entry.type in ("strait", "sea") and _said_without_head(matched) and _SHIP_KIND_BEFORE.search(text, max(0, start - 24), start):
            continue  # "another sanctioned tanker, La Perouse, which also loaded ...": a ship named after the strait
        if entry.type in ("city", "port"):
            ls, le = text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1
            if _ship_context(text[ls:le], start - ls, end - ls) or _HULL_NUMBER_AFTER.match(text[end : end + 8]) or (matched in ship_names and (_AS_A_SHIP.match(text, end) or not (_PLACE_WORD_BEFORE.search(text, max(0, start - 30), start) or _GOVERNMENT_AFTER.match(text, end)))):
                continue  # "the destroyer Kunming", "Lhasa (102)", "HMCS Ottawa ... Ottawa sailed": a ship named after a city
        while si < len(sentences) - 1 and sentences[si][1] <= start:
            si += 1
        s0, s1 = sentences[si]
        m = Mention(start=start, end=end, text=matched, sentence=text[s0:s1].strip())
        if entry.id not in found:
            found[entry.id] = []
            order.append(entry.id)
        found[entry.id].append(m)
    known_spans = sorted((m.start, m.end) for ms in found.values() for m in ms)
    country_or_city = {m.text for pid, ms in found.items() if gaz.by_id[pid].type in ("country", "city", "island") for m in ms}  # (and "Sakhalin Bay", "the Gulf of Sakhalin": not the island)
    known_starts = [x for x, _ in known_spans]
    unresolved = []

    sentence_starts = [x for x, _ in sentences]

    def unknown_name(a: int, b: int) -> dict[str, Any]:
        """text[a:b] as a name the gazetteer does not hold, with its sentence."""
        k = bisect.bisect_right(sentence_starts, a) - 1
        s0, s1 = sentences[k] if k >= 0 and a < sentences[k][1] else (a, b)
        return {"text": text[a:b], "start": a, "end": b, "sentence": text[s0:s1].strip()}

    cued = []
    for m in _cued_matches(text):
        groups = m.groupdict()  # (the parts left out have no groups)
        if groups.get("g"):  # a visited list: each name of it
            cued += [(m.start("g") + n.start(), m.start("g") + n.end()) for n in re.finditer(r"[A-Z][a-z]+(?:[ \t]+(?:de[ \t]+)?[A-Z][a-z]+)?", m.group("g"))]
        elif groups.get("h"):  # a list of countries: each name (and "the Republic of the Congo")
            cued += [(m.start("h") + n.start(), m.start("h") + n.end()) for n in re.finditer(r"[A-Z][a-z]+(?:\s+(?:of\s+the\s+)?[A-Z][a-z]+)?", m.group("h"))]
        else:
            cued += [(m.start(g), m.end(g)) for g in _NAME_GROUPS if groups.get(g)]
    cued += unheld_names
    geo = [(m.start(), m.end()) for m in _GEO_NAME.finditer(text)]  # (in text order, not overlapping)
    geo_starts = [x for x, _ in geo]
    cued = {c for c in cued if not (k := bisect.bisect_right(geo_starts, c[0])) or c[0] >= geo[k - 1][1]}  # not inside a headed name
    for a, b in sorted({*geo, *cued}):
        if SHIP_PREFIX_BEFORE.search(text, max(0, a - 8), a) or _SHIP_TITLE_BEFORE.search(text, max(0, a - 8), a):
            continue  # "JS Kashima", "Japan Coast Guard Ship Akitsushima": a ship's name, though it reads like an island's
        if _STREET_AFTER.match(text, b) or _COMPANY_AFTER.match(text, b):
            continue  # "1140 North Harbor Drive": a street; "the Shandong Port Group": a company
        if _PERSON_BEFORE.search(text, max(0, a - 60), a):
            continue  # "Commandant Okushima encouraged them": a person, though the name reads like an island's
        if text[a:b] in ship_names or _TONNAGE_BEFORE.search(text, max(0, a - 24), a):
            continue  # "officers of Kashima" after "JDS Kashima", "the 4,050-ton Kashima": a ship
        is_cued = (a, b) in cued
        if is_cued and gaz.find_name(text[a:b]) is not None:
            continue  # "Beijing-based": a known name the gazetteer's own pass leaves alone
        lead = re.match(r"(?:The|A|An)\s+", text[a:b])
        if lead:
            a += lead.end()  # "The Soya Strait" at the start of a sentence
        while (w := re.match(r"([A-Z][a-z]+)\s+|[A-Z][a-z]+-(?:controlled|administered|held|claimed|occupied)\s+", text[a:b])) and (w.group(1) in _NOT_NAME_WORDS or w.group(1) is None):
            a += w.end()  # headline words, and "Japan-controlled" before a name
        if " " not in text[a:b] and "-" not in text[a:b] and not is_cued and not re.search(r"[a-z](?:shima|jima)$", text[a:b]):
            continue  # only the head word was left ("Between Islands")
        owner = re.match(r"[A-Z][\w-]+['’]s\s+", text[a:b])
        if owner:
            a += owner.end()  # "Taiwan's Yilan County", "Alaska's Kiska Island": the name is what follows
        mid = list(_NOT_NAME_WORD_RE.finditer(text[a:b]))
        if mid:
            a += mid[-1].end()  # "Spy Ship Near Southwestern Islands": the name, if any, follows the headline's word
        if re.fullmatch(r"(?:(?:North|South)(?:ern|east|west|eastern|western)?|East(?:ern)?|West(?:ern)?|\w+most|Remote|Outlying|Main|Largest|Smaller|Outer)\s+Islands?", text[a:b]):
            continue  # "Japan's Southernmost Island", "Southwestern Islands": a description, not a name
        if re.search(r"\b(?:Warships?|Ships?|Vessels?|Destroyers?|Frigates?|Carriers?|Submarines?|Navy)\b", text[a:b]):
            continue  # "4 Russian Warships Pass through ...": a headline's subject and verb, not a pass
        if re.search(r"\b(?:TV|Television|Military|News|Sports)\s+Channel$|^[A-Z]{2,}\s", text[a:b]):
            continue  # "the CCTV Military Channel": a broadcaster
        after = text[b : b + 80]  # (a window, not the rest of the text: this runs for every candidate name)
        if re.search(r"\sSeas?$", text[a:b]) and re.match(r"[ \t]+(?:Tankers?|Activit(?:y|ies)|Lanes?|Routes?|Trials?|Power|Level|Operations?|Security|Transport|Denial|Control)\b", after):
            continue  # "for Illegal Sea Activities", "(Large Sea Tanker)": a title-case phrase, not a sea
        if re.match(NOT_THE_WATER, after) or re.match(r"\s+Chain\b", after) or re.match(r"\s+(?:Amphibious|Carrier|Expeditionary|Strike)\s+(?:Ready\s+|Strike\s+)?Group|\s*-?\s*(?:19|20)\d\d\b", after):
            continue  # "the Black Sea Fleet" is a fleet, not a sea; "Makin Island Amphibious Ready Group" a ship's group; "Joint Sea 2017" an exercise
        k = bisect.bisect_left(known_starts, b)  # the known names that start before b ...
        cover = [(x, y) for x, y in known_spans[max(0, k - 8) : k] if a < y]  # ... and end after a
        own = (re.search(r"\s(?:Strait|Straits|Sea|Basin|Bay|Channel|Gulf)$", text[a:b]) and all(y < b and text[x:y] in country_or_city for x, y in cover)) or (
            re.match(r"(?:Sea|Strait|Gulf|Bay|Isle) of ", text[a:b]) and all(x > a and text[x:y] in country_or_city for x, y in cover)
        )  # "Singapore Strait", "the Strait of Malacca" are not the city or country they are named after
        if cover and text[cover[0][0] : cover[0][1]] in country_or_city and re.fullmatch(r"(?:the\s+)?" + re.escape(text[cover[0][0] : cover[0][1]]) + r"\s+(?:Harbou?r|Port|Naval\s+Base)", text[a:b]):
            continue  # "the San Diego Harbour": the city we hold, by its harbour
        if cover and not own and (min(x for x, _ in cover) <= a or max(y for _, y in cover) >= b):
            continue  # a name the gazetteer knows, or one with a head word ("Hokkaido Island"), or
            # a known name after a headline's words ("Warships Transit Taiwan Strait")
        # else a longer name round a known one ("South China Sea" round "China") is its own name
        unresolved.append(unknown_name(a, b))
    # names the gazetteer lacks, found by what stands next to known ones
    ends, starts = {y for _, y in known_spans}, set(known_starts)
    taken = sorted([*known_spans, *((u["start"], u["end"]) for u in unresolved)])
    taken_starts = [x for x, _ in taken]

    def add_unresolved(a: int, b: int) -> None:
        """List text[a:b] unless it starts a known name or overlaps a name found already."""
        k = bisect.bisect_left(taken_starts, b)
        if a in starts or any(a < y for _, y in taken[max(0, k - 8) : k]) or any(u["start"] < b and a < u["end"] for u in unresolved[-4:]):
            return
        unresolved.append(unknown_name(a, b))

    # between two known names in a list: "Singapore, Vietnam, Sri Lanka and India", or a known
    # one and one listed already: "the Solomon Islands, Tonga and Fiji"
    listed_ends, listed_starts = ends | {u["end"] for u in unresolved}, starts | {u["start"] for u in unresolved}
    # (and a run of them: "the Netherlands, Belgium, Denmark, Germany")
    for y in sorted(listed_ends):
        run: list[re.Match] = []
        while len(run) < 3 and (m := _LIST_GAP.match(text, run[-1].end("name") if run else y)):
            run.append(m)
            if m.end("name") + len(m.group("sep")) in listed_starts:
                for item in run:
                    adj = re.match(rf"(?:{_ADJECTIVE})\s+(?=[A-Z])", item.group("name"))  # "French New Caledonia" is New Caledonia
                    add_unresolved(item.start("name") + (adj.end() if adj else 0), item.end("name"))
                break
    # a list of countries goes on past the ones we hold to its end: "India, Sri Lanka, Iran,
    # Qatar and Eritrea." (two countries we hold lead it)
    country_spans = sorted((m.start, m.end) for pid, ms in found.items() if gaz.by_id[pid].type == "country" for m in ms)
    for (_, b0), (a1, b1) in zip(country_spans, country_spans[1:], strict=False):
        if not _LIST_COMMA.fullmatch(text[b0:a1]):
            continue
        at = b1
        while (m := _LIST_ITEM.match(text, at)) and not gaz.find_name(m.group("name")):
            add_unresolved(m.start("name"), m.end("name"))
            at = m.end("name")
            if "and" in m.group("lead"):
                break
    # before the country that locates it: "Sasebo (Japan)"
    for pid, ms in found.items():
        if gaz.by_id[pid].type == "country":
            for m in ms:
                w0 = max(0, m.start - 40)
                if text[m.end : m.end + 1] == ")" and (n := re.search(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+\((?:[A-Z][a-z]+,\s*)?$", text[w0 : m.start])):  # (and "Tanjung Perak (Surabaya, Indonesia)")
                    add_unresolved(w0 + n.start(1), w0 + n.end(1))
    # a town and the state or country it lies in, one of them known: "a station in Kodiak,
    # Alaska", "homeported in Honolulu, Hawaii"
    for pid, ms in found.items():
        kind = gaz.by_id[pid].type
        for m in ms:
            if kind in ("country", "region") and text[m.end : m.end + 1] in ".,;:)" and (n := _TOWN_BEFORE.search(text, max(0, m.start - 64), m.start)):
                add_unresolved(n.start("name"), n.end("name"))
            if kind in ("city", "port") and _PREPOSITION_TAIL.search(text[max(0, m.start - 8) : m.start]) and (n := _STATE_AFTER.match(text, m.end)):
                add_unresolved(n.start("name"), n.end("name"))
    # paired with a known island after "between": "between Japan's Yonaguni and Iriomote islands";
    # or with a known place right after "between", either side: "between Taiwan and Guam",
    # "tensions between Washington and Beijing"
    for pid, ms in found.items():
        kind = gaz.by_id[pid].type
        if kind in ("island", "island_group", "country", "city"):
            for m in ms:
                paired = _PAIRED_NAME.match(text, m.end)
                if paired and re.search(r"\bbetween\s+(?:the\s+)?$" if kind in ("country", "city") else r"\bbetween\b", text[max(0, m.start - 60) : m.start]):
                    add_unresolved(paired.start("name"), paired.end("name"))
                first = _BETWEEN_FIRST.search(text, max(0, m.start - 40), m.start) if kind in ("country", "city", "island") and text[m.end : m.end + 1] not in ("'", "’") else None
                if first:
                    add_unresolved(first.start("name"), first.end("name"))
    if "South" in text:  # "numerous South Pacific idylls": an ocean we do not hold, named without a head word
        for m in re.finditer(r"\bSouth(?:ern)?\s+Pacific\b", text):
            add_unresolved(m.start(), m.end())
    from seamap.narrative import find_events, find_routes, find_vessels, in_ship_history

    vessels = find_vessels(text)
    ship_spans = sorted((x["start"], x["end"]) for v in vessels if v.get("named") for x in v["mentions"])
    ship_starts = [x for x, _ in ship_spans]

    def a_ships_name(u: dict[str, Any]) -> bool:
        k = bisect.bisect_right(ship_starts, u["start"])
        return bool(k) and ship_spans[k - 1][0] <= u["start"] < ship_spans[k - 1][1] and u["end"] <= ship_spans[k - 1][1] + 1

    unresolved = [u for u in unresolved if not a_ships_name(u)]  # "USS Blue Ridge ... the Blue Ridge": a ship, not a ridge
    unresolved.sort(key=lambda u: u["start"])
    # a known name inside an unknown longer one ("China" in "South China Sea") is not a mention
    inside = [(u["start"], u["end"]) for u in unresolved]
    inside_starts = [a for a, _ in inside]
    for pid in order:
        found[pid] = [m for m in found[pid] if not any(a <= m.start and m.end <= b for a, b in inside[max(0, bisect.bisect_right(inside_starts, m.start) - 8) : bisect.bisect_right(inside_starts, m.start)])]
    order = [pid for pid in order if found[pid]]
    places = tuple(
        Place(
            id=e.id,
            name=e.name,
            type=e.type,
            lon=e.lon,
            lat=e.lat,
            mentions=tuple(found[e.id]),
            dispute=e.dispute,
        )
        for e in (gaz.by_id[i] for i in order)
    )
    disputes = tuple(dict.fromkeys(p.dispute for p in places if p.dispute))

    pub_year = None
    if published:
        m = re.fullmatch(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][0-9:.+\-Z]*)?\s*", published)
        try:
            if not m:
                raise ValueError
            datetime.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
        except ValueError:
            raise InputError(f"published={published[:40]!r} is not an ISO 8601 date (YYYY-MM-DD).") from None
        pub_year = int(m.group(1))
    if pub_year is None:
        # no publication date: the latest year the text names is the best context for the rest
        # (not a year told only in the ship's history: "Since it went into service in 1983, ...";
        # the latest years are read first, each occurrence's own words, not the whole text)
        told: dict[int, list[int]] = {}
        for y in re.finditer(r"\b(19[5-9]\d|20[0-4]\d)\b", text):
            told.setdefault(int(y.group(1)), []).append(y.start())
        pub_year = next((year for year in sorted(told, reverse=True) if not all(in_ship_history(text, at) for at in told[year])), None)
    routes = find_routes(text, sentences, vessels, published_year=pub_year, text_mentions=text_mentions)
    events = find_events(text, sentences, published_year=pub_year, text_mentions=text_mentions)
    notes: tuple[str, ...] = ()
    if not places:
        notes = ("No known place is mentioned in the text; the map shows the reference layers only.",)
        warnings.warn(notes[0], stacklevel=2)
    if title is None:
        first = text.strip().splitlines()[0].strip()
        title = first[:120] if first else None
    return Scenario(
        places=places,
        disputes=disputes,
        vessels=tuple(vessels),
        routes=tuple(routes),
        events=tuple(events),
        title=title,
        source_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        warnings=notes,
        unresolved=tuple(unresolved),
    )
