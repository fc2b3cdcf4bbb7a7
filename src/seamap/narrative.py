"""Vessels, movements and dated events from article text (rules, no statistical model).

Works sentence by sentence on the place mentions found by :mod:`seamap.extract`:

* a **vessel** is a name from the vessel list (Xuelong = Snow Dragon, the Joint Sea-2013
  ships) or an unnamed group such as "Chinese naval vessels", with its flag;
* a **movement** is a sentence where a vessel (or a phrase referring back to the last one)
  goes somewhere: "sailed into", "passed between X and Y", "cruised south of", "through the
  Kurile island chain", "circumnavigated Japan". Each place becomes a waypoint with the words
  that placed it (``relation``) and ``inferred`` when the text implies rather than names it;
* an **event** is a sentence with a date and a happening (met, talks, test, exercise, visit).
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from pyproj import Geod

from seamap._scan import (
    Needs,
    Spans,
    WordGate,
    first_letter_branches,
    folded_matches,
    key_spans,
    keyed_matches,
    odd_folds,
    required_words,
    stretch_matches,
    trie_pattern,
    word_first,
)
from seamap.gazetteer import Entry, Gazetteer, gazetteer, said_as_flag

__all__ = ["find_vessels", "find_routes", "find_events"]

GEOD = Geod(ellps="WGS84")

# Named vessels: canonical name -> (aliases, flag, type)
VESSELS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "Xuelong": (("Xuelong", "Xue Long", "Snow Dragon", "Xuelong 2"), "China", "icebreaker"),
    "Shenyang": (("Shenyang",), "China", "destroyer"),
    "Shijiazhuang": (("Shijiazhuang",), "China", "destroyer"),
    "Wuhan": (("Wuhan",), "China", "destroyer"),
    "Lanzhou": (("Lanzhou",), "China", "destroyer"),
    "Yancheng": (("Yancheng",), "China", "frigate"),
    "Yantai": (("Yantai",), "China", "frigate"),
    "Hongzehu": (("Hongzehu",), "China", "replenishment ship"),
    "Liaoning": (("Liaoning",), "China", "aircraft carrier"),
    "Shandong": (("Shandong",), "China", "aircraft carrier"),
    "Fujian": (("Fujian",), "China", "aircraft carrier"),
}
#: hull prefixes and the flag they stand for
PREFIX_FLAG = {"JMSDF": "Japan", "USS": "United States", "USNS": "United States", "CNS": "China", "RFS": "Russia", "JS": "Japan", "ROKS": "South Korea", "HMS": "United Kingdom", "HMAS": "Australia", "HMCS": "Canada", "FS": "France", "INS": "India", "ROCS": "Taiwan", "HNLMS": "Netherlands", "HNoMS": "Norway", "FGS": "Germany", "ITS": "Italy", "ESPS": "Spain", "HMNZS": "New Zealand", "BRP": "Philippines", "RSS": "Singapore", "KRI": "Indonesia", "HDMS": "Denmark", "JDS": "Japan", "USCGC": "United States", "USCG": "United States", "CGC": "United States", "Zr. Ms.": "Netherlands", "Zr.Ms.": "Netherlands", "Hr. Ms.": "Netherlands", "Hr.Ms.": "Netherlands", "MS": None, "MV": None, "M/V": None,
               "HMA Ships": "Australia", "HMA Ship": "Australia", "Her Majesty’s Ships": "United Kingdom", "Her Majesty's Ships": "United Kingdom", "Her Majesty’s Ship": "United Kingdom", "Her Majesty's Ship": "United Kingdom",  # ("Her Majesty’s Ships Tamar and Spey")
               "BAP": "Peru", "B.A.P.": "Peru", "B.A.P": "Peru", "PNS": "Pakistan", "HTMS": "Thailand"}  # (distant navies' training ships on goodwill visits: "BAP Unión", "the B.A.P Union")
_PREFIXES = "|".join(map(re.escape, PREFIX_FLAG))  # (as patterns: "B.A.P." and "Hr. Ms." with their full stops)
_NAME = r"(?:Mc|Mac)?[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)?(?:\s(?:[A-Z]\.\s)?(?:Mc|Mac)?[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)?){0,3}(?:\s(?:of|del|de|da)\s[A-Z][a-zà-öø-ÿ]+)?"  # "Prince of Wales", "BRP Davao del Sur"
# "USS Halsey", "the destroyer Shaoxing", "surveillance ship Beijixing (791)"
PREFIXED_RE = re.compile(word_first(rf"\b(?P<prefix>{_PREFIXES})(?:\s+\([A-Z][^()]{{0,40}}\))?\s+['‘\"“]?(?P<name>{_NAME}|[A-Z]{{3,}}(?:-[A-Z]{{2,}})?(?:\s[A-Z]{{3,}})?\b(?![a-z]))"))  # HMCS 'Ottawa' too; "JS IZUMO" as navies' releases write it
#: what follows a ship's name in news: a hull number, an IMO number, a comma, a verb of what it did
_AFTER_A_SHIPS_NAME = r"(?=\s*(?:\((?:[A-Z]{1,4}[ -]?)?\d{2,4}\)|\((?:IMO\s+\d{7}|built\s)|,|\.|\s+(?:was|were|and|sailed|passed|transited|entered|crossed|headed|left|had|has|is|through|in|on|at|that|which|made|makes|arrived|arrives|departed|docked|anchored|moored|berthed|visited|visits|will|would|returned|joined|for|circles|circled|sails|heads|enters|passes|transits|crosses|returns|leaves|arrives|docks|loaded|stopped|delivered|discharged|picked|alongside|spent|encountered|lying|observed|conducted|operating|called|calls|reached|reaches|began|continued|went|turned|changed|finally|later|then|also|capsized|sank|foundered|vanished|collided|sets|set|slowly|weighed|weighs|embarked|embarks|steamed|cruised|pulled|detected|identified|previously|patrolled|patrolling|leaving|plans|planned|moored|approaching)\b))"
SHIPWORD_NAME_RE = re.compile(r"\b(?:(?:icebreaker|destroyer|frigate|cruiser|corvette|submarine|carrier|warship|ship|tanker|oiler|tug|vessel|containership|boxship|freighter|dredger|liner|ferry|trawler|(?<=[Tt]he )boat|(?<=patrol )boat|yacht|sailboat|catamaran|(?<=sailing )boat)(?:\s*,?\s+the|,|(?<=vessel)s,|(?<=ship)s,)?|TEU(?<=\d TEU)|(?:Icebreaker|Destroyer|Frigate|Warship|Ship|Vessel),|(?<=destroyer )escort|(?<=Guard )Cutter)\s+(?:[A-Z]{1,2}\d{2,4}\s+)?(?P<quote>[\"“«'‘])?(?P<name>(?<=[\"“«'‘])[A-Z]{3,}(?:\s[A-Z]{1,12}){0,2}(?=[\"”»'’])|[A-Z][a-zà-ÿ][^\W\d_]*(?:-[A-Z][^\W\d_]+)?(?:\s[A-Z][a-zà-ÿ][^\W\d_]*(?:\s[A-Z][a-zà-ÿ][^\W\d_]*)?)?(?:\s(?:No\.\s)?\d{1,3}(?![\d,.:]\d)|-?\d{1,3}(?![\w-]|[.,:]\d)|\s[A-Z]{1,2}\d{3,5}|\s(?:I{1,3}|IV|VI{0,3}|IX|X)(?![\w-])|\s[B-HJ-UWYZ](?![\w'’-]|\.\w))?)[\"”»'’]?" + _AFTER_A_SHIPS_NAME)
# "a modern Russian Navy corvette, identified as the Gremyashchiy (hull number 337)"
IDENTIFIED_RE = re.compile(r"\b(?:icebreaker|destroyer|frigate|cruiser|corvette|submarine|carrier|warship|ship|vessel|tanker|freighter)s?,?\s+(?:(?:was|were)\s+)?(?:identified as|named|called|believed to be|thought to be)\s+(?:the\s+)?(?P<name>[A-Z][a-zà-ÿ][^\W\d_]*(?:[ -][A-Z][^\W\d_]+){0,2}(?:\s[B-HJ-UWYZ](?![\w'’-]))?(?:\s\d{1,3})?)(?![\w-]|[- ]class\b)")  # (and "The vessels were identified as Xiang Yang Hong 302 and ...")  # (not "the Luyang-III class")
NAVY_FLAG = {"people's liberation army navy": "China", "people's liberation army": "China", "chinese people's liberation army": "China", "chinese people's liberation army navy": "China", "pla navy": "China", "chinese navy": "China", "russian navy": "Russia", "russian pacific fleet": "Russia", "pacific fleet": "Russia", "japan maritime self-defense force": "Japan", "royal navy": "United Kingdom", "royal canadian navy": "Canada", "royal australian navy": "Australia", "royal new zealand navy": "New Zealand", "indian navy": "India", "u.s. navy": "United States", "us navy": "United States", "united states navy": "United States", "republic of korea navy": "South Korea", "rok navy": "South Korea", "french navy": "France", "german navy": "Germany", "italian navy": "Italy", "royal netherlands navy": "Netherlands", "philippine navy": "Philippines"}
NAVY_OF_RE = re.compile(r"\b(?P<what>(?:survey\s+)?(?:vessels?|ships?|warships?|destroyers?|frigates?|submarines?)|[Dd]etachment|[Ss]quadron|[Ff]lotilla|(?:naval\s+)?(?:escort\s+)?(?:task ?force|fleet))\s+(?:of|from)\s+the\s+(?P<navy>(?:Chinese\s+)?People['’]s Liberation Army(?: Navy)?|PLA Navy|Chinese [Nn]avy|Russian [Nn]avy|Russian Pacific Fleet|Pacific Fleet|Japan Maritime Self-Defense Force|Royal Navy|Royal Canadian Navy|Royal Australian Navy|Royal New Zealand Navy|Indian [Nn]avy|U\.S\. Navy|US Navy|United States Navy|Republic of Korea Navy|ROK Navy|French [Nn]avy|German [Nn]avy|Italian [Nn]avy|Royal Netherlands Navy|Philippine Navy)\b")
SHIPS_FROM_RE = re.compile(r"[WwSsſVvFfDd](?<!\w.)(?i:(?<=w)arships|(?<=s)hips|(?<=v)essels|(?<=f)rigates|(?<=d)estroyers)(?:\s+and\s+(?:aircraft|planes|jets))?\s+(?:from|of)\s+(?:the\s+)?(?P<from>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)*)")  # (its first letter opens it, so that the engine scans for it; the long s folds to s)
NAMED_GROUP_RE = re.compile(r"\b(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})\s+(?:Carrier Strike Group|Amphibious Ready Group|Expeditionary Strike Group|Strike Group|CSG|ARG)\b")
#: a ship told by its tonnage, its flag or the people aboard it: "The 82,900-gt Westerdam (built
#: 2004)", "the British-flagged Diamond Princess made her 48th visit", "aboard Super Star Aquarius,"
DESCRIBED_NAME_RE = re.compile(r"(?:\b\d{1,3}(?:,\d{3})+[- ]?(?:gt|GT|grt|GRT|dwt|DWT|tons?|tonnes?)|\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?-flagged)\s+(?:the\s+)?(?P<name>[A-Z][a-zà-ÿ][^\W\d_]*(?:\s[A-Z][a-zà-ÿ][^\W\d_]*){0,2})" + _AFTER_A_SHIPS_NAME
                               + r"|\b[Tt]he\s+(?P<crewed>[A-Z][a-zà-ÿ][^\W\d_]*(?:\s(?:[A-Z][a-zà-ÿ][^\W\d_]*|\d{1,3})){0,3}),\s+(?:which|that)\s+(?:had|has|carried|carries)\s+(?:a\s+crew|\d+\s+crew)\b"
                               + r"|\b[Cc]rew\s+(?:members?\s+)?(?:[\w-]+\s+){0,4}?(?:from|of|aboard|on)\s+the\s+(?P<crew>[A-Z][a-zà-ÿ][^\W\d_]*(?:\s(?:[A-Z][a-zà-ÿ][^\W\d_]*|\d{1,3})){0,3})(?=[\s,.;:)])(?!\s+(?:[A-Z]|\d))"
                               + r"|\b(?:[Aa]board|[Oo]n\s+board|[Oo]nboard|boarded)[^\S\n]+(?:the\s+)?(?P<aboard>[A-Z][a-zà-ÿ][^\W\d_]*(?:\s[A-Z][a-zà-ÿ][^\W\d_]*){0,2})(?=[\s,.;:)])(?!\s+(?:[A-Z]|(?:flights?|planes?|aircraft|jets?|trains?|bus|buses|helicopters?)\b))")
#: a name said to be a ship: "Pallada was a frigate and the flagship of ...", "The Pallada is a 356 foot, three masted sailing vessel"
NAME_IS_KIND_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[Tt]he\s+)?(?P<name>[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+){0,2}(?:\s(?:I{1,3}|IV|VI{0,3}|IX|X))?)\s+(?:was|is)\s+(?:an?|the)\s+(?:(?!(?:with|and|of|the|for|on|in|aboard|who|that)\s)(?:[\w,-]|(?<=\d)\.(?=\d))+\s+){0,5}?(?:frigate|destroyer|cruiser|corvette|submarine|icebreaker|tanker|ferry|liner|trawler|catamaran|yacht|sailboat|(?:sailing|training|cargo|container|research|cruise|passenger|survey|patrol)\s+(?:ship|vessel))\b")
#: a ship named after its class: "the Izumo-class Kaga will set sail" (not "Izumo-class Carrier", a headline's kind)
CLASS_NAME_RE = re.compile(r"\b[A-Z][a-z]+-class\s+(?P<name>(?!(?:Carriers?|Destroyers?|Frigates?|Cruisers?|Corvettes?|Submarines?|Helicopter|Ships?|Vessels?|Warships?|Aircraft|Guided|Missile|Patrol)\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?![\w-])")
_TITLED_KINDS = ("Ship ", "Frigate ", "Destroyer ", "Corvette ", "Cruiser ", "Submarine ", "Warship ", "Icebreaker ")  # (TITLED_KIND_RE's kinds, and the keys it is tried at)
_TITLED_KIND = "|".join(k.strip() for k in _TITLED_KINDS)
#: a ship's kind, capitalised, opening a sentence or line before its name (and hull number): "Ship
#: Fuyuzuki of the ...", "Frigate 015-Tran Hung Dao and a delegation ..."
TITLED_KIND_RE = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=—\s)|(?<=--\s))(?:{_TITLED_KIND})\s+(?:\d{{2,4}}-)?(?P<name>(?![A-Z][a-z]+(?:s|ing|ed)\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,3}})\b(?![\w-])(?=\s+(?:of|and)\s|\s*[,(])", re.M)  # (not a headline's verb: "Destroyer Sails Through ...", "Ship Carrying ...")
#: a quoted name before its kind: 'The "Zhen He" oceangoing training warship'
QUOTED_KIND_RE = re.compile(r"\b[Tt]he\s+[\"“](?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?<!Ship)(?<!Vessel))[\"”]\s+(?:(?!(?:to|which|that|of|in|on|the|a|an|its|their|is|was|were|and)\b)[\w-]+\s+){0,3}?(?:warship|ship|vessel|frigate|destroyer|icebreaker|carrier|submarine|cruiser|corvette)s?\b")
NAME_IMO_RE = re.compile(r"(?<![\w-])(?P<name>(?!The\b|A\b|An\b)[A-Z][a-zà-ÿ]+(?:\s(?:[A-Z][\w-]*|\d{1,3})){0,3})\s+\(IMO(?:\s+(?:No\.?|number))?\s*:?\s*\d{7}\)")
_NAME_IS_KIND_KEYS = (" was a", " is a", " was the", " is the")
_KIND_TITLE = re.compile(r"^(?:Research|Survey|Training|Patrol)\s+(?:Vessel|Ship)\s+(?=[A-Z])")
_DESCRIBED_KEYS = ("-flagged", "gt ", "GT ", "grt ", "GRT ", "dwt ", "DWT ", "-ton", " ton", "board", "crew")
#: a bare name that docks, lies at anchor or is on a cruise: "The Diamond Princess on Friday last
#: week docked in the Port of Keelung", "The Diamond Princess is on a 16-day cruise"
SHIP_VERB_NAME_RE = re.compile(word_first(r"\b[Tt]he\s+(?P<name>[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+){0,2}(?:\s[B-HJ-UWYZ](?=\s))?)\s+(?:(?:on|last|this|early|late|later|then|finally)\s+(?:[\w.,-]+\s+){0,3}?(?:docked|berthed|moored|anchored)\b|(?:docked|berthed|moored|anchored|dropped\s+anchor|weighed\s+anchor)\b|(?:is|was)\s+(?:being\s+)?(?:held\s+)?(?:[\w-]+\s+){0,6}?at\s+anchor\b|(?:is|was)\s+on\s+an?\s+(?:[\w-]+\s+){0,2}(?:cruise|voyage)\b)"))
_SHIP_VERB_KEYS = ("docked", "berthed", "moored", "anchor", "cruise", "voyage")


#: a named vessel's alias that is also a place name counts only next to a ship word
PLACE_LIKE_NAMES = {"Shandong", "Liaoning", "Fujian", "Wuhan", "Lanzhou", "Shenyang", "Shijiazhuang", "Yancheng", "Yantai"}
SHIP_WORDS = r"(?:icebreaker|destroyer escort|destroyer|frigate|cruiser|corvette|submarine|carrier|aircraft carrier|warship|vessel|ship|freighter|dredger|tanker|patrol boat|research vessel|replenishment ship|cutter|ferry)"
NATIONALITY = {"China Coast Guard": "China", "Japan Coast Guard": "Japan", "Japan Maritime Self-Defense Force": "Japan", "Japan Maritime Self Defense Force": "Japan", "Maritime Self-Defense Force": "Japan", "Maritime Self Defense Force": "Japan", "MSDF": "Japan", "Chinese": "China", "Russian": "Russia", "Japanese": "Japan", "Korean": "South Korea", "South Korean": "South Korea", "North Korean": "North Korea", "N. Korean": "North Korea", "S. Korean": "South Korea", "American": "United States", "U.S.": "United States", "US": "United States", "Taiwanese": "Taiwan", "China": "China", "Canadian": "Canada", "Australian": "Australia", "British": "United Kingdom", "French": "France", "German": "Germany", "Germany": "Germany", "New Zealand": "New Zealand", "Indian": "India", "Philippine": "Philippines", "Filipino": "Philippines", "Vietnamese": "Vietnam", "Iranian": "Iran", "Dutch": "Netherlands", "Polish": "Poland", "Italian": "Italy", "Soviet": "Soviet Union", "UK": "United Kingdom", "U.K.": "United Kingdom", "People's Liberation Army Navy": "China", "PLA Navy": "China", "Peruvian": "Peru", "Chilean": "Chile", "Mexican": "Mexico", "Pakistani": "Pakistan", "Indonesian": "Indonesia"}
#: a name followed by what it is, a ship: "the Taiyuan, a Chinese navy missile destroyer" (not the city)
SHIP_APPOSITION = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,4}?(?:destroyer|frigate|cruiser|corvette|warship|submarine|carrier|icebreaker|(?<=helicopter )vessel|(?<=landing )ship|(?<=assault )ship)\b")  # (and "the Dokdo, a large landing platform helicopter vessel")
#: a ship's prefix just before a name: "JS Kashima" is a ship, not an island
SHIP_PREFIX_BEFORE = re.compile(word_first(rf"\b(?:{_PREFIXES})\)?\s+$"))  # (and "Japanese Defense Ship (JDS) Kashima")
#: a one-word ship name after its prefix: "HMCS Ottawa" (so a bare "Ottawa" later is the ship)
PREFIXED_SHIP_RE = re.compile(word_first(rf"\b(?:{_PREFIXES})\s+([A-Z][a-zà-öø-ÿ]+)\b(?!\s+[A-Z])"))
_NAT = "|".join(sorted((re.escape(k) for k in NATIONALITY), key=len, reverse=True))
#: what follows a ship's name in a group's name ("USS Nimitz Carrier Strike Group") or a
#: headline's verb ("USS George Washington Heads to Japan"): not part of the name
_GROUP_WORDS = ("Carrier", "Strike", "Amphibious", "Expeditionary", "Battle", "Ready")
_GROUP_TAIL = re.compile(rf"\s+(?:{'|'.join(_GROUP_WORDS)})\b.*$")
_NAME_TAIL = re.compile(rf"\s+(?:{'|'.join(_GROUP_WORDS)}|Heads|Arrives|Sails|Returns|Leaves|Docks|Enters|Visits|Transits|Passes|Makes|Conducts|Joins)\b.*$")
#: a name told before its kind, as Russian releases write them: "the Varyag missile cruiser", "the
#: Pacific Fleet's Marshal Shaposhnikov frigate", "the Admiral Vinogradov and Admiral Tributs major
#: anti-submarine ships" (a class told the same way, "the Udaloy destroyer", is left out below)
_NAME_FIRST_WORD = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:\s(?:I{1,3}|IV|VI{0,3})(?![\w-])|\s[B-HJ-UWYZ](?![\w'’.-]))?"  # (and "the Kazu I tour boat", "the Lady R cargo vessel")
NAME_FIRST_RE = re.compile(rf"(?:\b[Tt]he|\b[Ii]ts|(?<=['’])s)\s+(?:(?:{_NAT})\s+)?(?P<names>{_NAME_FIRST_WORD}(?:(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?{_NAME_FIRST_WORD})*)\s+(?:(?!(?:along|with|and|or|of|to|for|by|from|in|on|at|than|as|like|the|an?|that|which|who|whose|his|her|its|their|is|was|were|are|has|had|have|said|says|told)\s)[a-z][a-z-]+\s+){{0,3}}?(?P<kind>cruisers?|liners?|ferry|ferries|destroyers?|frigates?|corvettes?|icebreakers?|(?<=[a-z] )ships|(?<=[a-z] )ship|(?<=[a-z] )vessel(?!\s+[A-Z])|(?:LNG\s+|LPG\s+)?tankers?|(?:LNG|LPG|gas)\s+carriers?|(?:tour|pleasure|sightseeing|excursion)\s+boats?|(?:fishing\s+|freezer\s+)?trawlers?|(?<=[A-Z] )boat|(?<=\bI )boat)\b(?![- ](?:class|type)\b)(?!-)")  # (and "the Voskhod LNG tanker", "the Buran gas carrier")
_NAME_FIRST_HEADS = re.compile(r"\b(?:[Tt]he|[Ii]ts)\b|(?<=['’])s\b")  # (where a match can start: tried only there before a kind)
_NAME_FIRST_KEYS = ("cruiser", "liner", "ferr", "destroyer", "frigate", "corvette", "icebreaker", "ship", "tanker", "carrier", " boat", " vessel", "trawler")  # (its kinds: tried only where they stand)
#: classes that news names the way NAME_FIRST_RE reads a ship ("two Sovremenny destroyers")
_CLASS_NAMES = frozenset({"Panamax", "Neopanamax", "Suezmax", "Aframax", "Handysize", "Handymax", "Supramax", "Ultramax", "Capesize", "Kamsarmax", "Udaloy", "Sovremenny", "Slava", "Kirov", "Kilo", "Grisha", "Steregushchiy", "Gorshkov", "Neustrashimy", "Ropucha", "Dubna", "Vishnya", "Borei", "Yasen", "Oscar", "Akula", "Karakurt", "Buyan", "Luyang", "Jiangkai", "Renhai", "Jiangwei", "Jiangdao", "Fuchi", "Fuyu", "Dongdiao", "Shupang", "Yuzhao", "Yuting", "Arleigh Burke", "Ticonderoga", "Nimitz", "Zumwalt", "Aegis", "Kongo", "Atago", "Maya", "Izumo", "Hyuga", "Akizuki", "Murasame", "Takanami", "Asahi", "Mogami", "Asagiri", "Hatsuyuki", "Abukuma", "Soryu", "Taigei", "Oyashio", "Sejong", "Type"})
#: a name told before what it is: "the Vendemiaire, a French frigate", "the Higgins, a US guided missile destroyer"
#: "The Sazanami passed through the Taiwan Strait ... to become the first ... destroyer to do so":
#: a bare name that moves, told as a ship later in its sentence
THE_NAME_MOVED_RE = re.compile(word_first(r"\b[Tt]he\s+(?P<name>[A-Z][a-zà-ÿ]{3,})\s+(?:passed|sailed|transited|steamed|cruised|crossed)\s+(?:through|into|across)\b(?=[^.;]{0,200}?\b(?:destroyer|frigate|warship|cruiser|corvette|submarine|(?:aircraft\s+)?carrier)\b)"))
_MOVED_THROUGH = re.compile(r"(?:passed|sailed|transited|steamed|cruised|crossed)\s+(?:through|into|across)\b")
_THE_NAME_BEFORE = re.compile(word_first(r"\b[Tt]he\s+[A-Z][a-zà-ÿ]{3,}\s+$"))


#: two names set off by their kind: "Pacific Heron and Pacific Egret, the specialized ships belonging to"
_KIND_AFTER_NAMES = re.compile(r",\s+(?:the|two|both)\s+(?:[\w-]+\s+){0,3}?(?:ships|vessels|tankers|freighters|carriers|icebreakers)\b")  # (found first: it starts with a comma)
_NAMES_BEFORE_KIND = re.compile(r"\b(?P<a>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s+and\s+(?:the\s+)?(?P<b>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})$")
#: a second name after a ship's: "the Pacific Pintail and the Pacific Heron"
_AND_NEXT_NAME = re.compile(r"\s+and\s+(?:the\s+)?(?P<n>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})(?![\w'’-]|\s+(?:\d|[A-Z]))")


def _names_moved(text: str) -> Iterator[re.Match]:
    """THE_NAME_MOVED_RE's matches, found from the verbs (few) rather than from every "the"."""
    for v in _MOVED_THROUGH.finditer(text):
        if (the := _THE_NAME_BEFORE.search(text, max(0, v.start() - 40), v.start())) and (m := THE_NAME_MOVED_RE.match(text, the.start())):
            yield m


#: a merchant ship told by its flag of registry: "The Huihai Pacific, which sails under the flag of
#: Panama", "The Mermar, also registered in Panama", "the Olia, sailing under the flag of Gabon"
FLAG_OF_RE = re.compile(word_first(r"\b[Tt]he\s+(?P<name>[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?),\s+(?:which\s+)?(?:also\s+)?(?:(?:(?:sails|sailing|sailed|flies|flying)\s+under\s+(?:the\s+)?(?:flag\s+of|[A-Z][a-z]+\s+flag)|(?:is\s+|was\s+)?(?:registered|flagged)\s+in)\s+(?P<reg>[A-Z][a-z]+)|(?:carrying|laden\s+with|loaded\s+with)\s+(?:an?\s+)?(?:cargo|gas|LNG|LPG|oil|crude|coal|grain|fuel|diesel|containers)\b)"))  # (and "The Arctic Mulan, carrying gas from ...")
#: a paragraph that opens with a ship's name and what it is: "Christophe de Margerie, the world's
#: first ice-breaking LNG tanker, has ..."
LEAD_APPOSITIVE_RE = re.compile(r"(?m:^)(?P<name>[A-Z][a-zà-ÿ]+(?:\s(?:de|la|le|van|von|der)\s[A-Z][a-zà-ÿ]+|\s[A-Z][a-zà-ÿ]+){0,2}(?:\s\d{1,3})?),\s+(?:the|an?)\s+(?:world['’]s\s+)?(?:(?:[\w()-]+|\d{1,3}(?:,\d{3})+)\s+){0,8}?(?:tanker|gas\s+carrier|LNG\s+carrier|cargo\s+ship|container\s+ship|bulk\s+carrier|(?:feeder|container|cargo)\s+vessel|containership|boxship|submarine|icebreaker|destroyer|frigate|cruiser|corvette)\b")  # (and "Alexander Nevskiy, a strategic submarine of ...", "Hui Da 9, a 2,500 TEU feeder vessel, ...")
_LEAD_KIND_WORDS = ("tanker", "carrier", "cargo ship", "container ship", "feeder vessel", "container vessel", "cargo vessel", "containership", "boxship", "submarine", "icebreaker", "destroyer", "frigate", "cruiser", "corvette")
_FLAG_OF_WORDS = ("flag", "registered in", "flagged in", ", carrying", ", laden", ", loaded with")
_FLAG_OF_CUE = re.compile(r",\s+(?:which\s+)?(?:also\s+)?(?:sails|sailing|sailed|flies|flying|is\s+registered|was\s+registered|registered|is\s+flagged|was\s+flagged|flagged|carrying|laden|loaded)\b")


def _flagged_ships(text: str) -> Iterator[re.Match]:
    """FLAG_OF_RE's matches, found from the words after the name (rare) rather than from every "the"."""
    last = -1
    for c in _FLAG_OF_CUE.finditer(text):
        for m in FLAG_OF_RE.finditer(text, max(0, c.start() - 48), c.end() + 40):
            if m.start() > last and m.start("name") < c.start() <= m.end("name") + 1:
                last = m.start()
                yield m


#: the words SHIPWORD_NAME_RE's matches start with (a match starts at one of them, at a word's start)
_SHIPWORD_KEYS = ("icebreaker", "destroyer", "frigate", "cruiser", "corvette", "submarine", "carrier", "warship", "ship", "tanker", "oiler", "tug", "vessel", "containership", "boxship", "freighter", "dredger", "liner", "ferry", "trawler", "boat", "yacht", "sailboat", "catamaran", "TEU", "Icebreaker", "Destroyer", "Frigate", "Warship", "Ship", "Vessel", "escort", "Cutter")


def _shipword_matches(text: str) -> list[re.Match]:
    """SHIPWORD_NAME_RE's matches, tried only where one of its words starts a word."""
    return keyed_matches(SHIPWORD_NAME_RE, text, _SHIPWORD_KEYS)


#: a ship told by what it carries: "the Istanbul Bridge carried about 4,000 twenty-foot equivalent
#: units (TEUs) of cargo", "The Yong Sheng is carrying 20 containers"
CARGO_NAME_RE = re.compile(word_first(r"\b[Tt]he\s+(?P<name>[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+){0,2})\s+(?:carried|carries|(?:is|was)\s+carrying)\s+(?:(?:about|some|nearly|almost|around|more\s+than|over|up\s+to)\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,4}?\(?(?:containers|TEUs?)\b"))


#: the second of two names after one ship word: "two of the vessels, Zhuhaiyun and Xiang Yang Hong 10, were ..."
_AND_NAME = re.compile(r"\s+and\s+(?P<name>[A-Z][a-zà-ÿ][^\W\d_]*(?:\s[A-Z][a-zà-ÿ][^\W\d_]*){0,2}(?:\s\d{1,3})?)(?=\s*,|\s*\.|[ \t]*\n|\s+[–—-]\s|\s+(?:were|are|have|had|sailed|left|departed|entered|passed)\b)")  # (and "HMS Tamar and Spey" ending a headline, "Ships Tamar and Spey – sailed into")


#: a name in a list of names after a comma, another following it: "Brisbane, Toowoomba and Stalwart"
_LIST_NAME = re.compile(r",\s+(?P<name>[A-Z][a-zà-ÿ][^\W\d_]*(?:\s[A-Z][a-zà-ÿ][^\W\d_]*){0,2})(?=,\s+[A-Z]|,?\s+and\s+[A-Z])")
#: a title set off after a name, which makes the name a person's: ", the British First Secretary of the Sea"
_PERSON_TITLE_AFTER = re.compile(r"\s*,\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}?(?:Secretary|Minister|Lord|Admiral|[Ss]pokes(?:man|woman|person)|[Cc]hief|[Cc]ommander|[Cc]aptain|President|[Dd]irector|[Aa]mbassador|[Oo]fficial|[Aa]nalyst|[Ee]xpert|[Pp]rofessor|[Rr]esearcher|[Mm]inister|[Ss]ecretary)\b")
_APPOSED_NAME_END = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?,|\s+and\s+[A-Z]")
_NOT_A_SHIPS_FIRST_WORD = frozenset("About On In At By For With After Before During From To Since Until Oct Sept Nov Dec Jan Feb Mar Apr Aug Jun Jul It They This That These Those Its Their He She We"
                                    " Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Several Many Some Police Officials Pictured Shown Above Below".split())  # (and "... found on fishing vessel\nEleven Taiwanese ... were arrested": a headline, then a sentence)


def _and_the_next(text: str, matches: Iterator[re.Match]) -> Iterator[re.Match]:
    """The matches, each followed by the names joined to it by commas and "and" when the list ends
    the phrase ("HMA Ships Brisbane, Toowoomba and Stalwart")."""
    for m in matches:
        yield m
        end = m.end("name")
        while (n := _LIST_NAME.match(text, end) or (_AND_NAME.match(text, end) if text.startswith(" and ", end) else None)) is not None:
            yield n
            end = n.end("name")


def _lead_named_ships(text: str) -> Iterator[re.Match]:
    """LEAD_APPOSITIVE_RE's matches, found from the ship's kind (rare) back to its line's start."""
    starts = set()
    for word in _LEAD_KIND_WORDS:  # (each kind found by a plain search: faster than one pattern of them all)
        at = text.find(word)
        while at != -1:
            ls = text.rfind("\n", 0, at) + 1
            if at - ls < 200:
                starts.add(ls)
            at = text.find(word, at + 1)
    for ls in sorted(starts):
        if (m := LEAD_APPOSITIVE_RE.match(text, ls)) is not None:
            yield m


#: a Chinese ship's name ending in "Hao" (number): "Tan Suo Er Hao", "Haiyang Dizhi 12 Hao"
#: (HAO_RE and MARU_RE are searched with stretch_matches: no match holds a semicolon or comma, nor
#: HAO_RE's a full stop)
HAO_RE = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}(?:\s\d{1,3})?\sHao)\b")
#: a Japanese merchant, fishing or research ship's name ending in "Maru" (and its number): "Nisshin
#: Maru", "Yushin Maru No. 3", "the No. 2 Kyoshin Maru" (the Kyoshin Maru)
MARU_RE = re.compile(r"(?<![\w-])(?P<name>(?!(?:The|A|An|Its|Their|Our)\s)[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?\sMaru(?:\s(?:No\.\s?)?\d{1,3}\b|-\d{1,3}\b)?)(?![\w-])")  # (and "Sho Maru-68")
APPOSITIVE_RE = re.compile(word_first(rf"\b[Tt]he\s+(?P<name>[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?(?:\s\d{{1,3}})?),\s+(?:an?|the\s+(?:only|sole|lone|last|newest|largest|oldest)|the(?=\s+cruise\s))\s+(?:(?P<nat>{_NAT})\s+)?(?:[\w-]+\s+|\d{{1,3}}(?:,\d{{3}})+-\w+\s+){{0,5}}?(?:icebreaker|destroyer|frigate|cruiser|corvette|submarine|aircraft carrier|warship|cruise\s+(?:ship|liner)|liner|(?:passenger\s+)?ferry|(?:patrol|intelligence|survey|research|spy|surveillance|reconnaissance|supply|landing|tracking)\s+(?:vessel|ship))\b"))  # (and "the Yuan Wang 5, a ballistic missile and satellite tracking ship")
_GROUP_HEAD = r"(?:(?:destroyer|frigate|submarine|warship|carrier|naval|navy) group|naval forces|(?:ship )?detachment|(?:naval |vessel |ship )*formation|(?:carrier )?strike group|fishing boats?|(?:missile|patrol|torpedo|landing) boats|cutters?|vessels|warships|ships|destroyers|frigates|corvettes|flotilla|task group|task ?force|task unit|squadron|fleets|fleet(?!\s+(?:oiler|tanker|tug|replenishment|support|auxiliary))|(?:fleet )?oilers?|submarines|destroyer|frigate|corvette|submarine|warship|vessel|ship|icebreakers|icebreaker|(?:aircraft )?carriers|aircraft carrier|carrier|tankers|tanker|freighters|freighter|dredgers|dredger|trawlers|trawler|(?<!patrol )(?<!guard )(?<!Guard )boats?)"
# "Chinese naval vessels", "two Chinese Navy ships", "a Russian Navy Udaloy I-class destroyer"
_DESCRIPTOR = r"(?:[Nn]avy|[Nn]aval|nuclear(?:-powered)?|diesel(?:-electric)?|attack|(?:cruise|ballistic)[- ]missile|[Gg]overnment|[Mm]ilitary|[Mm]aritime|[Cc]oast [Gg]uard|PLA|[Rr]esearch|survey|reconnaissance|surveillance|spy|electronic|training|salvage|support|escort|combat|intelligence(?:-gathering)?|(?:guided[- ])?missile|anti-submarine|anti-sub|supply|replenishment|patrol|(?:tank )?landing|amphibious|hospital|fishing|sand(?:-dredging)?|dredging|container|cargo|merchant|commercial|feeder|oil|crude|gas|chemical|bulk|wooden|small|motor|[\w]+-class|class|(?!(?:Compan(?:y|ies)|Firms?|Operators?|Owners?|Dispatch(?:es)?|Sends?|Deploys?)\b)[A-Z][\w'-]*|I{1,3}|V)"  # (not "Chinese Companies Dispatch Multiple Container Ships", a headline's firms)
#: a country's possessive before its ships: "China's two operating carriers", "Russia's warships"
_POSS_FLAG = {"China": "China", "Russia": "Russia", "Japan": "Japan", "South Korea": "South Korea", "North Korea": "North Korea", "Taiwan": "Taiwan", "Canada": "Canada", "Australia": "Australia", "Britain": "United Kingdom", "United Kingdom": "United Kingdom", "France": "France", "Germany": "Germany", "India": "India", "America": "United States"}
_POSS_TAIL = r"['’]s(?:\s+(?:two|three|four|five|six|both|\d+|first|second|third|fourth|fifth|newest|latest|new))?(?:\s+(?:operating|active|domestically[- ]built|home-?built|home-?made))?(?!\s+[A-Z])"  # (not "China's Liaoning aircraft carrier": a name)
_POSS = rf"(?:{'|'.join(_POSS_FLAG)}){_POSS_TAIL}"
#: _POSS with its tail after each country, so that every alternative opens with a word (see GROUP_RE)
_POSS_EACH = "|".join(f"{country}{_POSS_TAIL}" for country in _POSS_FLAG)
_COUNTRY_SENT_RE = re.compile(word_first(rf"\b(?P<country>{'|'.join(_POSS_FLAG)})(?:\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:sent|dispatched|deployed|sends|dispatches|deploys|for\s+sending)|['’]s\s+(?:recent\s+|latest\s+|first\s+)?(?:transit|passage)\s+of)\s+(?P<n>two|three|four|five|six|\d+|an?)\s+(?:(?:naval|navy|military)\s+)?(?P<what>(?:patrol\s+)?(?:warships?|ships?|vessels?)|frigates?|destroyers?|corvettes?|submarines?)\b"))  # (and "criticised Britain for sending a navy patrol vessel", "Germany's recent transit of two warships")


def _nat_flag(nat: str) -> str:
    """The flag of GROUP_RE's nationality: an adjective ("Chinese") or a possessive ("China's two")."""
    return NATIONALITY.get(nat) or _POSS_FLAG[re.split(r"['’]", nat)[0]]


GROUP_RE = re.compile(word_first(rf"\b(?P<nat>{_POSS_EACH}|{_NAT})(?:[^\S\n]+\([A-Z]{{2,6}}\))?[^\S\n]+(?P<what>(?:(?:{_DESCRIPTOR}[^\S\n]+){{1,4}}(?![a-z]+ed\s|(?:sends|deploys|dispatches|has|have|says|keeps|uses|operates|plans|hosts|holds|welcomes|tours|sees)\s)[a-z][a-z-]+[^\S\n]+|(?:{_DESCRIPTOR}[^\S\n]+){{0,4}})(?i:{_GROUP_HEAD}))\b(?!-|\s+[Rr]eviews?\b)"))  # "naval weapons carrier" (not "ship-to-ship transfers"); "Chinese Warships" in a headline
# "Chinese and Russian naval vessels", "10 Russian Navy and Chinese People's Liberation Army Navy ships"
JOINT_RE = re.compile(word_first(rf"\b(?P<a>{_NAT})(?:\s+(?:[Nn]avy|[Nn]aval))?(?:\s+and|,)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?P<b>{_NAT})\s+(?P<what>(?:{_DESCRIPTOR}[ \t]+){{0,5}}{_GROUP_HEAD})\b"))  # (within a line: "Russian, Chinese Ships Near Alaska" is a headline's own)
# with no flagged or named vessel in the text: "the carrier", "the ships", "ten vessels"
GENERIC_RE = re.compile(r"\b(?:[Tt]he|[Aa]|[Aa]n|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+(?:other\s+)?(?:\d{1,3}(?:,\d{3})*-[a-z]+\s+)?(?:naval\s+|navy\s+)?(?P<what>(?:[A-Z][\w-]*\s+){0,2}(?=[a-z])(?:[a-z-]+\s+)?(?:aircraft carrier|carrier|warships?|ships?|vessels?|destroyers?|frigates?|submarines?|subs?|icebreaker|fleet|flotilla|cutters?|ferry|ferries|freighters?|dredgers?|trawlers?|yachts?|boats?|(?:carrier |amphibious |expeditionary )?(?:strike|ready) group|task force|task group|detachment|squadron))\b")
NAMED_RE = re.compile(rf"\b(?:the\s+)?(?P<nat>{_NAT})?\s*(?:research\s+)?{SHIP_WORDS}\s*,?\s+(?:the\s+)?(?P<name>[A-Z][a-zA-Z]+(?:[ -][A-Z][a-zA-Z]+)?)")
_BACKREF = r"\b(?:both (?:sides|navies|nations|countries|fleets)|the two (?:navies|sides|fleets)|(?:the|these|those|that|this) (?:[\w-]+ ){0,2}?(?:boats?|trawlers?)|(?:the|these|those|that|this|a|an|another) (?:[\w-]+ ){0,3}?(?:vessel|ship|mothership|icebreaker|ice breaker|ships|vessels|group|flotilla|task group|warships|destroyers|frigates|corvettes|submarines|squadron|squad|task unit|taskforce|detachment|carrier|fleet|tanker|tankers|ferry|liner|dredger|dredgers)|it|its|they|their|them|she|her)\b"
BACKREF_RE = re.compile(first_letter_branches(_BACKREF), re.I)  # (used only as yes or no: split by first letter, for speed)

MOVE_RE = re.compile(
    r"\b(?:sailed|sails|sail|passed|passes|pass|cruised|cruises|traversed|traverses|traversing|transited|transits|transit|steamed|entered|enters|entering|crossed|crosses|headed|heads|moved|moves(?! (?:being|made|by)\b)|move|returned|returns|returning(?<=is returning|re returning|as returning|be returning)|left|leaves|leaving|leave(?:(?<=will leave)|(?<=to leave)|(?<=would leave)|(?<=shall leave))|depart(?:ed|s|ing|(?<=to depart)|(?<=will depart)|(?<=would depart)|(?<=shall depart))|circumnavigated|circumnavigate|circumnavigating|navigated|navigating|navigates|(?<=to )navigate(?= (?:the|this|that|through) )|ventured|venturing|traveled|travelled|traveling|travelling|travels|plowed|ploughed|intruded|reached|reaching|turned|turning|(?:made|performed|conducted|conducting|completed|carried out) (?:a|its|it['’]s|their|the|his|her) (?:(?:[\w\"“”-]+ ){0,3}(?:way|transit|passage|voyage|journey|trip|cruise)|freedom[ -]of[ -]navigation (?:operation|transit|patrol|mission)(?: \(FONOP\))?(?= (?:through|in|into|across|near|off|to)\b))|(?:made|makes|make|making) a similar man(?:oeu|eu)vre|embark(?:ed|s|ing)? on (?:a|an|its|her|their) (?:[\w-]+ ){0,3}?(?:voyage|journey|cruise|trip|deployment|mission)|made (?:(?:a|an|its|her|their|the) )?transition|transfer(?:s|red|ring)?(?= to )|moving|went|goes|continued|continuing|continues?(?= (?:its|their|her|the) (?:[\w-]+ )?(?:trip|voyage|journey|cruise|deployment) | (?:across|through|onwards?|home|homewards?)\b)|exited|proceed(?:ed|s|ing)|penetrated|channell?(?:ed|ing)|sailing|passing|cruising|transiting|heading|crossing|took (?:it|them|the \w+)|sent|sends|sending|dispatched|dispatches|set(?:s|ting)? (?:sail|course(?= for ))|(?:taken|towed|tows|towing|escort(?:ed|s|ing|(?= (?:it|them) )))(?= (?:[\w-]+ ){0,4}?to )|escorted(?:(?<=being escorted)|(?<=been escorted)|(?<=is escorted)|(?<=was escorted)|(?<=were escorted)|(?<=are escorted))(?= (?:by [^.;,]{0,60}? )?(?:through|into|across|along) )|(?:started|starts|began|begins) (?:its|her|their) (?:[\w-]+ ){0,3}?(?:transit|voyage|journey|passage)(?= (?:on [^.;,]{1,20}? )?(?:in|from|at|to|for|towards?) )|set (?:out|off)|kick(?:ed|s|ing)? off (?:its|their|her|his|the) (?:[\w-]+ ){0,2}(?:journey|voyage|expedition|cruise|deployment|mission|trip|patrol)|(?:is|was|were|are) (?:waved|seen) off|waved? off(?= [^.;]{0,80}? from )|exiting|(?:make|makes|made|making) (?:a|its|their|her) (?:(?:first|final|last|next)\s+)?(?:port )?stop|stop(?= (?:in|at) )|stopped (?:in|at|over)(?= )|travel (?=across|to|through|from)|(?:port )?(?:visits|calls) (?:were|was) (?:made|paid)|(?:were|was) visited|sets (?:out|off)|setting (?:out|off)|head|arrived|arrives|arrive|arriving|return|go|docked|docks|docking|(?:be|is|are|was|were) visiting|berthed|(?:loaded|picked up|took on)(?= (?:[\w-]+ ){0,5}?(?:at|from) (?:an?|the) )|(?<=be )(?:unloaded|discharged)(?= (?:in|at) ports? )|board(?= the (?:ship|vessel|icebreaker) (?:in|at) )|landed(?= at (?:the |an? )?(?:[\w-]+ ){0,3}?(?:terminal|port|harbou?r)\b)|anchored|(?:dropped|drops|dropping|weighed|weighs|weighing|weigh) anchor|(?:re)?deployed (?:to|from)|relocated to|to port (?:at|in)|tailed|tailing|trailed|trailing|pursued|pursuing|chased|on (?:its|their|her) arrival|(?:previous|earlier|last) (?:[\w-]+ ){0,2}(?:passage|transit|crossing|patrol|voyage)s?|['’]s (?:[\w-]+ )?(?:passage|transit|voyage|journey) through|passage of (?:the |a |an )?(?:[\w-]+ ){0,2}(?:frigate|destroyer|cruiser|corvette|carrier|submarine|icebreaker) [\"“]?(?=[A-Z])|(?:has|have|had) (?:so far |already )?taken|forays?|en route|on (?:its|their|her) way|(?:making|work(?:ed|ing|s)) (?:its|their|her) way|bound for|(?:to|will|would|shall) visit|visits(?= )|(?:making|make|makes|made) (?:port )?stops|pulled into|put into|made a port call|(?:made|makes|make|making) (?:port|(?:a )?business calls?)|called at|calls at|stops(?:(?<=includes stops)|(?<=included stops)|(?<=including stops)|(?<=include stops))(?= (?:in|at) )|at anchor(?= (?:in|at|off) )|(?:started|began)(?:(?<=tour started)|(?<=tour began)|(?<=cruise started)|(?<=cruise began)|(?<=voyage started)|(?<=voyage began)|(?<=deployment started)|(?<=deployment began)|(?<=journey started)|(?<=journey began)|(?<=trip started)|(?<=trip began)|(?<=mission started)|(?<=mission began))(?= (?:in|from|at) )|call(?:(?<=will call)|(?<= to call))(?= (?:at|in) )|port visits? (?:in|at|to)|visit ports? (?:in|at)|(?:made|make|makes|making|completed|finished|paid|concluded) (?:a |its |their |her |the )?(?:[\w-]+ )?(?:port )?(?:visit|call|stopover)s?|(?:patrol|deployment|voyage|cruise|tour)(?: season)?,? which (?:has|have|had) included|ports? of call (?:include|included|are|were|will be)|port-calls? (?:at|in|to)|(?:first|next|final) (?:stop|port)(?= (?:[\w'’-]+ ){0,3}?(?:was|is|will be)\b)|port (?:visits|calls) (?:also )?took place|visited|advanc(?:ed|ing)|approach(?:ed|ing)|(?:took|taking|takes) an? (?:[\w-]+ ){0,2}(?:journey|voyage|trip|route|passage)|deployment of|departure of|bring (?:the|our|this|her) (?:[\w-]+ ){0,4}?(?:flagship|ship|carrier|vessel|frigate|destroyer))\b",
    re.I,
)
INTRUSION_RE = re.compile(r"\b(?:entered|entering|enters|intruded|intruding|intrusion|sailed into|went into|(?:sailed|sailing|navigated|navigating|operated|operating)(?:\s+\w+ward)? in|was in|were in|linger(?:ed|ing)|remain(?:ed|ing)|stay(?:ed|ing)|loiter(?:ed|ing))\b[^.;]*\b(?:waters|seas|contiguous zone|territorial (?:limit|sea))\b", re.I)
#: a disputed group's zones named in a sentence about ships there ("confirmed inside the contiguous zone ... around the Senkakus")
_ZONE_RE = re.compile(r"\b(?:contiguous zone|territorial (?:waters|seas?|limit)|exclusive economic zone|EEZ)\b", re.I)
PLANNED_RE = re.compile(r"\b(?:will(?!(?-i:\s+[A-Z][a-z]+(?:\s+[a-z]|[,.])))|plans? to|planned to|is to|are to|is expected to|are expected to|(?:is|are) set to|scheduled to|intends? to|would)\b", re.I)
# a leg told after a later one; a bare pluperfect ("they had sailed from ...") is often the same
# leg's detail in news, so it needs "already" or an explicit marker
EARLIER_RE = re.compile(r"\A\s*Earlier\s+(?=[A-Z])|\A\s*(?:Just\s+)?(?:a\s+few|several|two|three|four|five)\s+days\s+ago\b|\bearlier\s+this\s+(?:month|week)\b|\b(?:before that|which had (?:crossed|passed|sailed|transited|entered)|beg[au]n (?:(?:its|their|her) (?:[\w-]+ )?(?:voyage|journey|trip|circumnavigation|patrol|deployment|mission)|to sail)|had just|to have (?:taken part|participated) in|[Hh]aving (?:left|sailed|visited|passed|departed|transited|crossed)|had earlier|earlier,|a day earlier|previously|had already (?:passed|sailed|transited|crossed)|had been (?:confirmed|seen|spotted|observed|sighted) to have|had been (?:deployed|operating|stationed|exercising|patrolling))\b", re.I)
# where a vessel was seen or what it did there: such a sentence places it in a sea, nothing more
# ("spotted ... in the Sea of Japan", "fired machine guns in an area of the Sea of Japan")
SIGHT_RE = re.compile(r"\b(?:patrol(?:s|led)?(?= (?:the|in|off|near|around|waters)\b)|spotted|sighted|(?:was|were|been) (?:also |later |then )?(?:detained|seized|captured)|collided|caught fire|sightings? of|encountered|(?:was|were) lying|lay alongside|moored alongside|(?:was|were) (?:also )?monitored|(?:was|were) (?:(?:then|later|also|again|next|subsequently) )?seen|observed|detected|fired|firing|conducted|conducting|conducts?|held|holding|carried out|carrying out|operating|operated|exercising|drilling|deployed|stationed|patrolling|caught sight of|operate|operates|participated in|participating in|participates? in|met(?= (?:in|at|off) )|took part in|taking part in|kicked off|commenced|commences|begun|carry out|preparing for|responded to|on (?:[\w-]+ ){0,2}patrols?|staged|staging|hold|holds|harassed|(?:was|were) approached|intercepted|joined(?: up)? with|launched|began|started|confirmed|remain(?:s|ed|ing)|stay(?:s|ed|ing)|linger(?:s|ed|ing)|(?:was|were) present|met up with|explored|exploring|surveys|surveyed|surveying|blocked|blocking|confronted|surrounded|standoff|gathered|assembled|during (?:the|an?|its|their) (?:[\w-]+ ){0,3}(?:exercises?|drills?|patrols?|deployment)|completed (?:(?:a|an|its|their|the)\s+)?(?:[\w-]+\s+){0,3}(?:drills?|exercises?|training|man(?:eu|oeu)vres?|maneuvers|operations?|patrols?))\b", re.I)
#: "from its home port in Shanghai", "to the nearby city of Qingdao": the words before a port's name
_PORT_OF = r"(?:(?:(?:its|their|the|an?) (?:[\w-]+ ){0,2}(?:[Bb]ase|(?:sea)?[Pp]ort|home(?:port)?|[Hh]arbou?r|shipyard|city|town|point|island|pier|wharf|quay|berth|terminal) (?:in|at|of)|(?:its|their|her) (?:home )?(?:station|base|home ?port),|(?:(?:east|west|north|south|northeast|northwest|southeast|southwest)(?:ern)? )?(?-i:[A-Z])[a-z]+(?:['’]s|(?<=n)|(?<=ese)) (?:[\w-]+ ){0,2}?(?:port city|port|city|capital|naval base)(?: of| in| at)?|(?:nearby |neighbou?ring )?(?:city|[Pp]ort|town|(?:[\w-]+ )?hub) of|cent(?:re|er) of|(?:the )?Fleet Activities(?: \([A-Z]+\))?|(?:the )?[Nn]aval (?:[Bb]ase|[Ss]tation)|(?-i:[A-Z])[a-z]+(?: (?-i:[A-Z])[a-z]+)?['’]s)\s+)?"  # (and "heading towards China's Beihai": its owner's possessive)
#: the names told before this one in a list: "the Mediterranean, India, Australia and ", also
#: with their countries in brackets: "Subic Bay (Philippines), Sasebo ("
_NAME_LIST = r"(?:(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*)*(?:\s+(?:region|coast|area))?(?:\s*\([^)]*\)|\s*\[[^\]]*\])?(?:[,;]\s+(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+(?:(?:at|in|to)\s+)?(?:ports?\s+(?:in|of)\s+)?))*(?:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s*\(\s*)?"
#: "port calls in five countries namely India, ...": the words that announce a list of countries
_COUNTRIES_NAMELY = r"(?i:(?:[\w-]+\s+){0,4}(?:countries|nations),?\s+(?:namely|including|in particular|such as|among them),?\s+|(?:the\s+)?(?:[\w-]+\s+){0,3}(?:countries|nations|states|cities|ports?|towns|harbou?rs)\s+of\s+)?"  # (and "the Pacific island nations of ", "the cities of Kochi, Hiroshima, ...")
_PORT_STAY = re.compile(r"\b(?:maintenance|refit|repairs?|overhaul)(?:\s+period)?\s+(?:in|at|alongside)\s+(?:the\s+)?(?:(?:naval\s+)?base\s+in\s+)?$", re.I)
#: where a cargo came aboard: "loaded its cargo at the Snøhvit LNG export terminal in Norway",
#: "loaded LNG in early June from a floating storage unit in Russia's Far East"
_LOADED_AT = r"(?:\b(?:from|at)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:storage\s+(?:unit|facility|tank|vessel)|terminal|plant|facility)\s+(?:in|at|near|off)\s+(?:[A-Z][\w-]*,\s+in\s+)?|\bloaded\s+(?:its\s+|a\s+|the\s+)?(?:[\w-]+\s+)?cargo\s+(?:at|in)\s+)(?:the\s+)?"
#: patterns of the per-sentence and per-mention checks, compiled once
_ALONG_WITH_LEAD = re.compile(r"\s*(?:In addition to|Besides|Apart from|Along with|Together with|Like|Unlike|As well as)\b[^,]*,")
_IN_MONTH = re.compile(word_first(r"\bin (January|February|March|April|May|June|July|August|September|October|November|December)\b"))
_AND_TAIL = re.compile(word_first(r"\band\s+(?:the\s+)?$"))
_HAD_TAIL = re.compile(word_first(r"\b(?:had|have|has)\s+(?:\w+\s+)?$"))
_SINCE_TAIL = re.compile(word_first(r"\bsince\s+(?:early\s+|late\s+|mid-)?$"))
#: "encountered potential sanctions violation activity in the East China Sea": the ship that met it was there
_MET_ACTIVITY = re.compile(word_first(r"\b(?:encountered|witnessed|came across|found)\s+(?:[\w-]+\s+){0,4}activit(?:y|ies)\s+in\s+(?:the\s+)?$"))
#: a voyage's end or start told by a noun (relations below, and what makes a city so named a
#: waypoint: _VOYAGE_END_NOUN)
_WITH_DESTINATION = r"\bwith\s+(?:(?:its|her|their|a|the)\s+)?(?:final\s+)?destination\s+(?:of\s+)?$"
_ORIGINATING_IN = r"\b(?:trip|voyage|journey|route|service|transit)\s+originat(?:ing|ed)\s+(?:in|at|from)\s+(?:the\s+)?$"
_STARTED_TRANSIT_IN = r"\b(?:started|starts|began|begins)\s+(?:its|her|their)\s+(?:[\w-]+\s+){0,3}?(?:transit|voyage|journey|passage)\s+(?:on\s+[^.;,]{1,20}?\s+)?(?:in|from|at)\s+(?:the\s+)?$"
_SERVICE_FROM = r"\b(?:connecting|linking|connects|links|(?:runs?|operates?|services?|routes?|ferry|ferries|ships?)\s+between|to\s+and\s+from)\s+(?:the\s+)?(?:city\s+of\s+|port\s+of\s+)?$"
_SERVICE_TO = r"\b(?:connecting|linking|connects|links|(?:runs?|operates?|services?|routes?|ferry|ferries|ships?)\s+between|to\s+and\s+from)\s+(?:[^.;]{1,70}?)\s+(?:with|and|to)\s+(?:the\s+)?(?:city\s+of\s+|port\s+of\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?['’]s\s+)?$"
_SERVICE_ENDS = re.compile(f"(?:{_SERVICE_FROM})|(?:{_SERVICE_TO})")
#: a destination told with no preposition: "en route Pohang", "enroute Japan"
_EN_ROUTE = r"\ben[ -]?route\s+$"
#: a call told by a noun or an adverb: "the arrival of the hospital ship USNS Mercy at U.S. Naval
#: Base Guam", "a port call aboard U.S. Naval Base Guam", "Docks on Guam", "stopped briefly in
#: Singapore", "is making a historic call at Vietnam"
_CALLED_AT = re.compile(r"\b(?:arrival\s+of\s+[^,.;]{1,60}?\s+(?:at|in)|(?:welcom(?:e|ed|es|ing)|greet(?:ed|s|ing))\s+(?:ceremony\s+)?(?:to|for)?\s*(?:the\s+)?(?:crew\s+of\s+)?[^,.;]{1,80}?\s+(?:at|in)|port\s+calls?\s+(?:at|in|aboard)|(?:made|makes?|making|paid|pays|paying)\s+(?:a|an|its|their|her)\s+(?:[\w-]+\s+)?calls?\s+(?:at|in)|dock(?:s|ed|ing)?\s+on|stop(?:ped|ping|s)?\s+\w+ly\s+(?:in|at))\s+(?:the\s+)?(?:U\.S\.\s+)?(?:[Nn]aval\s+[Bb]ase\s+|[Pp]ort\s+of\s+)?$", re.I)
#: how far a voyage will go: "as far east as Guam, and as far south as the northern coast of Australia"
_AS_FAR = r"\bas\s+far\s+(?:east|west|north|south)\s+as\s+(?:the\s+)?"
_AS_FAR_AS_TAIL = _AS_FAR + r"(?:(?:northern|southern|eastern|western)\s+coast\s+of\s+)?$"
#: a voyage told by its purpose, and the names the gazetteer lacks that may open its list: "set sail
#: on Monday for a humanitarian medical mission in Kiribati, Tonga and East Timor"
_MISSION_IN_RE = re.compile(r"\bfor\s+(?:an?|its|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:mission|visit|tour|port\s+call)s?\s+(?:in|to)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$", re.I)
#: people who join a ship on its way: "most members will board the ship in Australia"
_BOARD_IN = r"\bboard\s+the\s+(?:ship|vessel|icebreaker)\s+(?:in|at)\s+(?:the\s+)?$"
_BOARD_IN_RE = re.compile(_BOARD_IN)
#: the last call of a voyage told as its port: "The group's final port of call in its 110-day voyage will be in Guam"
_FINAL_PORT = r"\b(?:its|her|their|the|\w+['’]s)\s+(?:final|next|last)\s+port\s+of\s+call\s+(?:in\s+(?:its|her|their|the)\s+[^.;,]{0,30}?\s+)?(?:was|is|will\s+be)\s+(?:in|at)\s+(?:the\s+)?$"
_FINAL_PORT_RE = re.compile(_FINAL_PORT, re.I)
RELATIONS = [
    ("from", r"\bset(?:s|ting)?\s+sail\s+at\s+(?:an?|the|its|her|their)\s+(?:[\w-]+\s+){0,2}?(?:port|harbou?r|naval\s+base|base|pier|wharf)\s+in\s+$"),  # "sets sail at a port in Zhoushan"
    ("from", r"\b(?:left|leaving|leaves|departed|departing)\s+port\s+(?:in|at)\s+(?:the\s+)?$"),  # "left port in China in the first week of August"
    ("to", r"\b(?:unloaded|discharged)\s+(?:in|at)\s+ports?\s+(?:in|of)\s+(?:the\s+)?$"),  # "It will be unloaded in ports in the UK, Germany, ..."
    ("to", _BOARD_IN),  # "members will board the ship in Australia": a stop on its way
    ("start and end", r"\b(?:start|starts|started|begin|begins|began)\s+and\s+(?:end|ends|ended|finish|finishes|finished)\s+(?:at|in)\s+(?:the\s+)?(?:port\s+of\s+)?$"),  # "The tour will start and end at Kobe port"
    ("from", rf"\b(?:tour|cruise|voyage|deployment|journey|trip|mission)\s+(?:started|began|commenced)\s+(?:on\s+[^.;,]{{1,20}}?,?\s+(?:\d{{4}},\s+)?)?(?:(?:in|from)\s+(?:the\s+)?|at\s+(?:the\s+)?(?:{_PORT_OF})?)$"),  # (and "His journey began at a yacht harbour in San Francisco")  # "the training tour started in Japan in May"
    ("to", _EN_ROUTE),  # "departed Sasebo en route Pohang", "departed Singapore enroute Japan"
    ("to", r"\b(?:to|towards?|for)\s+(?:its|their|her)\s+home\s?port\s+(?:of\s+|in\s+|at\s+)?$"),  # "expected to head towards its home port Jiangyin"
    ("to", r"\bat\s+anchor\s+(?:in|at|off)\s+(?:the\s+)?$"),  # "the squadron was at anchor in Amsterdam"
    ("into", r"(?:sailed |steamed |moved |headed |went )?(?:into|entering into|entering|entered|enter)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:areas?|parts?|waters|sections?|reaches|cent(?:re|er)|heart)\s+of\s+(?:the\s+)?)?$"),
    ("through", r"\b(?:through|via|by way of|across|pass(?:ed|ing|es)\s+by|transited|transiting|transits|transit|crossed|crossing|crosses|cross|passed|passing|passes|pass|penetrated|navigated|navigating|traversed|traversing|covering|(?:transit|passage|crossing)\s+(?:of|through))\s+(?:the\s+)?$"),
    ("through", rf"\bthrough\s+(?:[\w-]+,?\s+){{0,9}}?(?:such\s+as|including)\s+{_NAME_LIST}(?:the\s+)?$"),  # "the route went through areas ..., such as the Velkitsky, Sannikov, Long and Bering straits"
    ("to", rf"\b(?:to|towards?|for|visit\w*)\s+(?:the\s+)?(?:\d+\s+)?(?:(?:waters|harbou?rs)\s+and\s+)?(?:ports?|harbou?rs|parts)\s+(?:of|in)\s+{_COUNTRIES_NAMELY}{_NAME_LIST}(?:the\s+)?$"),  # "head for the waters and ports of Indonesia, Australia and New Zealand", "visit the ports of eleven nations, including Vietnam"
    ("to", r"(?:(?<=deployment )touching|(?<=vessels )touring|(?<=ships )touring|\btouch(?:ed|es|ing)?\s+base\s+(?:at|in))\s+(?:the\s+)?$"),  # "a deployment touching Thailand and Singapore", "after touching base at Singapore", "several vessels touring Papua New Guinea"
    ("through", r"\bacross\s+(?:some\s+|about\s+|nearly\s+|more\s+than\s+)?[\d,.]+\s*(?:miles|nautical\s+miles|kilometres|kilometers|km|nm)\s+of\s+(?:the\s+)?$"),  # "striking out across 2,600 miles of the Pacific"
    ("to", r"\b(?:moved|sailed|headed|went|returned|return|proceeded|set sail)(?:\s+\w+){0,3}?\s+(?:back\s+)?(?:to|for)\s+(?:the\s+)?waters\s+(?:near|off|around)\s+(?:the\s+)?(?:[Pp]ort\s+of\s+)?$"),  # "has now moved to waters near Pohang"
    ("near", r"(?:near|off|\bclose\s+to|\bnext\s+to)\s+(?:the\s+)?$"),  # (and "sailed close to Tsushima Island")
    ("from", r"\b(?:left|leaving|departed|departing|departs|embarked\s+from|sailed\s+from)\s+(?:the\s+)?(?:east|west|north|south|eastern|western|northern|southern|pacific|atlantic)\s+coast\s+of\s+$"),  # "departed the west coast of Canada"
    ("from", rf"{_LOADED_AT}{_PORT_OF}$"),  # "picked up LNG from a storage facility in Kamchatka, in the Russian Far East": where its cargo came aboard
    ("to", r"\bto\s+(?:one|some|two|three|four|five|each|several)\s+of\s+the\s+$"),  # "escorted the vessels ... to one of the Southern Kuril Islands"
    ("from", _ORIGINATING_IN),  # "a six week return trip originating in Shanghai"
    ("through", r"\bcover(?:s|ed|ing)?\s+(?:the\s+)?(?:regions?|areas?|waters|parts?)\s+of\s+(?:the\s+)?$"),  # "a 67-day mission to cover regions of the Bering Sea, ..."
    ("from", _STARTED_TRANSIT_IN),  # "started its 4500 km transit on 8 August in Dalian"
    ("to", _WITH_DESTINATION),  # "departed ... with destination Rizhao"
    ("from", r"\b(?:left|leaving|departed|departing)\s+(?:from\s+)?(?:the\s+)?(?-i:[A-Z])[\w-]*\s+(?:pier|wharf|quay|berth|terminal|marina)\s+(?:in|at)\s+(?:the\s+)?$"),  # "left Harumi pier in Tokyo"
    ("to", r"\b(?:return\w*|came|comes|went|goes)\s+(?:back\s+)?to\s+(?:dock|port|berth)\s+(?:at|in)\s+(?:the\s+)?$"),  # "returns to dock at the Dalian Shipyard"
    ("to", r"\b(?:towed|brought|taken|escorted|guided)\s+(?:it\s+|them\s+)?(?:to\s+shore|ashore|to\s+land)\s+(?:in|at)\s+(?:the\s+)?$"),  # "a wooden boat ... towed to shore in Sokcho"
    ("to", _FINAL_PORT),  # "The group's final port of call in its 110-day voyage will be in Guam"
    ("to", rf"\b(?:its|her|their|the)\s+(?:final\s+|next\s+)?destination\s+(?:was|is|will\s+be)\s+(?:[^.;,]{{0,60}}?\s+(?:in|at)\s+)?(?:the\s+)?{_PORT_OF}$"),  # "Their destination was ... the secluded Russian port of Dunai"
    ("from", rf"\b(?:from(?:\s+under)?|left|leaving|(?:will|to|would|shall) leave|departed|departing|departs|weigh(?:ed|s|ing)?\s+anchor\s+(?:on\s+)?(?:[A-Z][a-z]+\.?\s+\d{{1,2}},?\s+)?(?:at|in|from))\s+(?:the\s+)?(?:(?-i:[A-Z]{{2,6}})\s+)?{_PORT_OF}$"),  # (and "departed from the MSDF Yokosuka base")  # "weighed anchor on May 15 at a military port in Zhoushan"
    ("to", rf"\b(?:dropped|drops|dropping)\s+anchor\s+(?:in|at|off)\s+(?:the\s+)?{_PORT_OF}$"),  # "dropped anchor in Zhoushan port"
    ("to", rf"\b(?<!according )(?<!connected )(?<!linked )(?<!tied )(?<!related )(?:to|towards?|for|back to|returned to|returning to|reach(?:ed|ing)?|arriv(?:ed|ing|es|e)(?: (?:early|late|on|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:January|February|March|April|May|June|July|August|September|October|November|December)|\d{{1,2}},?)){{0,3}} (?:at|in)|(?:made|making|makes?|finished|completed|paid) (?:a |its |their )?(?:port|(?:port|business) calls?) (?:at|in)(?:\s+port)?|pulled into|put into|call(?:s|ed|ing)? at|made landfall (?:on|in|at)|(?<=before )finishing (?:in|at))\s+(?:the\s+)?{_PORT_OF}$"),  # (and "will call at Osaka, Yokohama, Tokyo", "made landfall on Guam")
    ("to", r"\b(?:returned|returning|back|came back|come back)\s+to\s+(?:its|their|her)\s+$"),  # "returned to its Shanghai base"
    ("to", r"\bto\s+port\s+(?:at|in)\s+$"),  # "the first non-forward deployed carrier to port at Yokosuka"
    ("to", rf"\b(?i:port\s+)?(?:visits|calls)\s+(?:were|was)\s+(?:made|paid)\s+(?:to|in|at)\s+{_NAME_LIST}(?:the\s+)?$"),  # "Port visits were made to Mumbai, Singapore, Jakarta and Haiphong"
    ("to", r"\b(?:towards?|toward)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+$"),  # "continued towards Japan's Yonaguni Island"
    ("to", r"\b(?:round[- ])?(?:trip|voyage|journey|route|passage)s?\s+between\s+(?:the\s+)?$"),  # "a round trip between the Pacific and the Atlantic"
    # a ferry service's two ends: "a ferry service connecting Fukuoka ... with South Korea's Busan",
    # "runs between Busan and Fukuoka", "to and from Busan and Shimonoseki", "services between X and Y"
    ("from", _SERVICE_FROM),
    ("to", _SERVICE_TO),
    # "it visited the Mediterranean, India, Australia and Japan": each place of the list
    ("to", rf"\bvisit(?:ed|ing|s)?\s+{_COUNTRIES_NAMELY}{_NAME_LIST}(?:the\s+)?$"),
    ("to", rf"\b(?:port[- ]calls?\s+(?:at|in|to|on)|ports?\s+of\s+call\s+(?:include|included|are|were|will\s+be)|port\s+(?:visits|calls)\s+(?:also\s+)?took\s+place\s+in|port\s+(?:visits|calls)\s+(?:will\s+)?include)\s+{_NAME_LIST}(?:the\s+)?$"),  # (and "Port visits also took place in Indonesia, Japan, ...")
    ("through", rf"\b(?:sail\w*|pass\w*|transit\w*|navigat\w*)\s+(?:through\s+|across\s+|cross\s+)?(?:[\w-]+\s+){{0,3}}(?:channels|waterways|straits)(?:\s+and\s+(?:channels|waterways|straits))?\s*,?\s+(?:including|such as|namely),?\s+{_NAME_LIST}(?:the\s+)?$"),  # "sail cross important channels and waterways including the Taiwan Strait, ..."  # "the port-calls at Qingdao", "the scheduled ports of call include Singapore and Yokosuka"
    ("to", rf"\b(?:patrol|deployment|voyage|cruise|tour|journey)(?:\s+season)?,?\s+which\s+(?:has|have|had)\s+included\s+{_NAME_LIST}(?:the\s+)?$"),  # "its 2016 patrol season, which has included India, Singapore, and the Philippines"
    ("to", rf"\b(?:ports|countries|nations|continents)\s+to\s+include\s+{_NAME_LIST}(?:the\s+)?$"),
    ("to", _AS_FAR_AS_TAIL),  # "will take the French naval force as far east as Guam, and as far south as the northern coast of Australia"  # "will visit 20 ports in 16 countries on the five continents to include Tahiti, Tokyo, ..."
    ("to", rf"\b(?:goodwill|visits?|voyages?|tours?|cruises?|missions?)\s+to\s+(?:\w+\s+)?(?:countries|nations),?\s+(?:such\s+as|including|namely),?\s+{_NAME_LIST}(?:the\s+)?$"),  # "to spread peace and goodwill to eight countries such as Singapore, ..."
    ("to", r"\b(?:first|next|last|final|second|third)\s+(?:stop|port(?:\s+of\s+call)?)\s+(?:[\w'’-]+\s+){0,3}?(?:was|is|will\s+be)\s+(?:[A-Z][a-z]+\s+){0,2}?(?:[A-Z][a-z]+,\s+)?$"),  # "Blue Ridge's first stop was Port Kelang, Malaysia": the country stands for a port we lack
    ("to", rf"\b(?:visit\w*|travel\w*(?:\s+(?:across|to|through))?|(?:sail\w*|cruise\w*|voyage|journey)\s+(?:across|to|through))\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|several|many|a\s+number\s+of)\s+)?(?:[A-Z][\w-]+\s+)?(?:countries|nations|ports)\s*,?\s+(?:including|such as|among them|namely),?\s+{_NAME_LIST}(?:the\s+)?$"),  # "travel across 13 countries, including the United States, Germany ...", "will visit 13 countries, namely, Seychelles, ...", "visited countries including the Seychelles"
    ("to", r"\b(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?stay\s+(?:in|at)\s+(?:the\s+)?$"),
    ("to", rf"\b(?:tour|voyage|cruise|deployment|trip)\s+including\s+{_NAME_LIST}(?:the\s+)?$"),  # "the first stop of a North Pacific tour including Victoria, Seattle, ..."
    ("to", rf"\bcall(?:ed|s|ing)?\s+at\s+(?:\w+\s+)?ports\s+in\s+{_NAME_LIST}(?:the\s+)?$"),  # "called at seven ports in Canada and the United States"  # "after a 6-day stay in Malaysia"
    ("to", rf"\b(?i:port\s+(?:visits?|calls?)|visit(?:s|ing)?\s+(?:\d+\s+|several\s+|[a-z]+\s+)?ports?|(?:port\s+)?stop(?:over|ped|ping)?s?)\s+(?:in|at|to)\s+(?:ports?\s+(?:in|of)\s+)?{_COUNTRIES_NAMELY}{_NAME_LIST}(?:the\s+)?$"),  # "following port visits in Jakarta, Indonesia, and Manila", "making stops in India, ...", "to visit 12 ports in ...", "port calls in five countries namely India, ..."
    ("to", _PORT_STAY.pattern),  # "a period of planned maintenance in Yokosuka": a port stay
    ("out of", r"(?:out of|exited|exiting)\s+(?:the\s+)?$"),
    ("south of", r"south of\s+(?:the\s+)?$"),
    ("north of", r"north of\s+(?:the\s+)?$"),
    ("east of", r"east of\s+(?:the\s+)?$"),
    ("west of", r"west of\s+(?:the\s+)?$"),
    ("along", r"along\s+(?:the\s+)?$"),
    ("around", r"(?:around|circumnavigated|circumnavigating|circumnavigate|circling|circled)\s+(?:the\s+)?$"),  # (and "after circling Taiwan")
    ("in", r"\b(?:patroll(?:ing|ed)|patrols?)\s+(?:of\s+)?(?:the\s+)?$"),
    ("in", r"\b(?:in|around|near|off)\s+(?:the\s+)?(?:waters|seas?|areas?)\s+(?:around|near|off|of|surrounding)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*,?\s+including\s+(?:the\s+)?$"),  # "in the waters around Japan including the East China Sea"  # "while patrolling the East China Sea"
    ("in", r"\b(?:explor\w*|survey\w*|stud(?:y|ied|ying))\s+(?:[\w-]+\s+){0,3}(?:such as|including|like)\s+(?:the\s+)?$"),  # "to explore marine areas such as the Bering Sea"
    ("in", r"\b(?:observations?|surveys?|studies|study|exploration|research)\s+(?:of|in)\s+(?:the\s+)?$"),  # "observations of the Chukchi Sea atmosphere"
    ("in", r"\bin\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:,\s+|\s+and\s+))+(?:the\s+)?$"),  # "deployed in the South China Sea and Pacific Ocean"
    ("in", rf"(?:in|at)\s+(?:the\s+)?(?:(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?|(?:[\w-]+\s+){{1,2}}?)(?:areas?|parts?|sections?|stretch|waters|vicinity|zones?|seaboard)\s+of\s+(?:the\s+)?)?{_PORT_OF}$"),  # "in key areas of the Western Pacific", "in the eastern seaboard of the Philippine Sea"
]
BETWEEN_RE = re.compile(r"between\s+(?:the\s+)?(?P<a>[^,.;]+?)\s+and\s+(?:the\s+)?(?P<b>[^,.;]+?)(?=[,.;]|\s+(?:into|and|to|towards?|toward|before|after|on|in|as|from|while|when|heading|sailing|bound)\b|$)")

# Straits by their two shores (islands and land masses a writer names)
SHORES: dict[frozenset[str], str] = {
    frozenset({"sakhalin", "japan"}): "la_perouse_soya",
    frozenset({"sakhalin", "hokkaido"}): "la_perouse_soya",
    frozenset({"hokkaido", "honshu"}): "tsugaru",
    frozenset({"hokkaido", "japan"}): "tsugaru",  # (the only water between Hokkaido and the rest of Japan: "the strait between Japan and Hokkaido")
    frozenset({"japan", "south_korea"}): "korea_strait",
    frozenset({"korea", "japan"}): "korea_strait",
    frozenset({"tsushima", "south_korea"}): "korea_strait",
    frozenset({"kyushu", "south_korea"}): "korea_strait",
    frozenset({"kyushu", "tsushima"}): "korea_strait",
    frozenset({"kyushu", "tanegashima"}): "osumi",
    frozenset({"kagoshima", "tanegashima"}): "osumi",
    frozenset({"honshu", "kyushu"}): "kanmon",
    frozenset({"okinawa", "miyako_island"}): "miyako",
    frozenset({"okinawa", "miyako"}): "miyako",
    frozenset({"taiwan", "china"}): "taiwan_strait",
    frozenset({"sakhalin", "russia"}): "tatar_nevelskoy",
    frozenset({"hokkaido", "kunashir"}): "nemuro",
    frozenset({"kunashir", "iturup"}): "yekaterina",
    frozenset({"russia", "united_states"}): "bering",
    frozenset({"taiwan", "philippines"}): "bashi_channel",
    frozenset({"taiwan", "yonaguni"}): "yonaguni_taiwan_gap",
}
#: islands that lie inside a strait, between its channels: a ship passing near one between the
#: two seas the strait joins passes the strait ("south of Yonaguni" could be either side of it)
ISLAND_IN_STRAIT: dict[str, str] = {"tsushima": "korea_strait"}
KURIL_PASSAGES = ("nemuro", "yekaterina", "vries_frieza", "bussol", "fourth_kuril", "first_kuril")
# Passages around Japan, clockwise seen from above (north, east, south, west)
AROUND_JAPAN_CW = ("la_perouse_soya", "kuril", "osumi", "korea_strait")
YEAR_RE = re.compile(r"\b(?:in\s+)?(?:(?P<season>early|mid|late|spring|summer|autumn|fall|winter)[- ]?(?:of\s+)?)?(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)?\s*(?:(?<=mid-)|(?<=early-)|(?<=late-)|(?<![-/]))(?P<year>19[5-9]\d|20[0-4]\d)\b")
MONTHS = {m: i for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"), 1)}
_MONTH_ABBR = {"Jan.": "January", "Feb.": "February", "Mar.": "March", "Apr.": "April", "Aug.": "August", "Sep.": "September", "Sept.": "September", "Oct.": "October", "Nov.": "November", "Dec.": "December"}
#: a month, or its abbreviation with its full stop, as dates write them
_MONTH_OR_ABBR = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
DAY_RE = re.compile(r"\b(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?(?P<month>" + _MONTH_OR_ABBR + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*(?P<year>(?:19|20)\d\d))?\b|\b(?P<day2>\d{1,2})\s+(?P<month2>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?P<year2>(?:19|20)\d\d))?\b")
ACTION_RE = re.compile(r"\b(?:launched|tested|declared|announced|signed|landed|conducted|held|began)\b", re.I)
EVENT_RE = re.compile(r"\b(?:met|meeting|summit|talks|negotiations|consultations|visit(?:ed)?|test(?:ed)?|exercises?|drills?|launched|inspection|declared|announced|signed|landed|scrambl\w+|purchased?)\b", re.I)


@dataclass
class _Route:
    vessel: str
    waypoints: list[dict[str, Any]] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    period: str | None = None
    period_inferred: bool = False
    status: str = "reported"
    sentences: list[str] = field(default_factory=list)
    last_day: int | None = None
    last_date: int | None = None
    companions: list[str] = field(default_factory=list)  # ships told with it as one subject


_VESSEL_OF_ALIAS: dict[str, list[tuple[str, str]]] = {}
for _canonical, (_aliases, _, _) in VESSELS.items():
    for _alias in _aliases:
        _VESSEL_OF_ALIAS.setdefault(_alias, []).append((_canonical, _alias))
_VESSEL_ALIAS_RE = re.compile(word_first(rf"\b(?:{'|'.join(re.escape(a) for a in sorted(_VESSEL_OF_ALIAS, key=len, reverse=True))})\b"))


#: between a group phrase and a ship's name, words that make them two ships: "a Chinese coast
#: guard vessel approached the Onnuri" (not "a Chinese icebreaker, the Snow Dragon")
_CLAUSE_BETWEEN = re.compile(r"\b(?:approach\w*|sail\w*|follow\w*|shadow\w*|track\w*|block\w*|escort\w*|trail\w*|confront\w*|surround\w*|monitor\w*|intercept\w*|watch\w*|join\w*|met|meet\w*|with|and)\b")


def _last_name_word(name: str) -> str | None:
    """The last word of a ship's longer name, by which "the Vinson" tells the USS Carl Vinson."""
    last = name.split()[-1]
    return last if " " in name and last[0].isupper() else None


#: a cruise ship's name as its line writes it (no match holds a full stop, semicolon or comma)
_CRUISE_SHIP_RE = re.compile(r"\b(?:(?:Costa|MSC|Celebrity|Carnival|Seabourn)\s+(?!(?:Cruises?|Crociere|Line|Lines|Group|Company|Corp|Corporation|Inc|Holdings|Japan|China|Asia|Australia|Italia|America)\b)(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?|[a-z]+[A-Z][a-z]+)"
                             r"|[A-Z][a-z]+\s+of\s+the\s+Seas|(?:Diamond|Sapphire|Golden|Grand|Crown|Island|Coral|Ruby|Emerald|Majestic|Regal|Royal|Star|Sun|Dawn|Sea|Enchanted|Discovery|Sky)\s+Princess)\b")
_CRUISE_SHIP_KEYS = ("Costa", "MSC", "Celebrity", "Carnival", "Seabourn", "Seas", "Princess")


def _bare_forms(name: str, subject: bool = True) -> tuple[tuple[str, str], ...]:
    """The forms a later bare mention of a ship's name can take, in the order they are tried, each
    with what it needs around it: the name, in capitals, with each word's first letter a capital
    ("Newnew Polar Bear" for "NewNew Polar Bear"), and its last word after "the" ("the Vinson") or,
    when ``subject``, as a subject before its verb ("Morosini had already made port visits" for the
    Francesco Morosini; not the rest of the name before it)."""
    forms = [(name, ""), (name.upper(), ""), *([(name.title(), "")] if name.title() != name else [])]
    if last := _last_name_word(name):
        forms += [(last, "the"), *([(last, name[: -len(last)])] if subject else [])]
    return tuple(forms)


#: what follows a bare mention: the end of a word, and not "-class" ("the Kirov-class cruiser")
_BARE_END = re.compile(r"\b(?![- ]class\b)")
#: the verbs of a voyage after a ship's last name told as a subject ("Morosini had already made
#: port visits"; not "Washington has urged calm" nor "Washington has made it clear")
_BARE_SUBJECT_VERB = (r"\s+(?:(?:had|has|have|will|would)\s+(?:[a-z]+\s+){0,2}?)?(?:(?:make|makes|made|making)\s+(?:[a-z]+\s+){0,2}?(?:visits?|calls?|stops?|stopovers?)"
                      r"|arriv(?:e|es|ed)|leaves?|left|sail(?:s|ed)?|depart(?:s|ed)?|visit(?:s|ed)?|dock(?:s|ed)?|call(?:s|ed)|reach(?:es|ed)?|return(?:s|ed)?|enter(?:s|ed)?|transit(?:s|ed)?)\b")
_BARE_SUBJECT = re.compile(_BARE_SUBJECT_VERB)


def _bare_at(text: str, at: int, forms: tuple[tuple[str, str], ...]) -> int | None:
    """Where a bare mention of the name whose ``forms`` these are, starting at ``at``, ends; the
    first form that fits, as an alternation of them would find it. A form's need: "" none, "the"
    after "the", else before a verb and not after this lead (the rest of the name)."""
    for form, need in forms:
        if not text.startswith(form, at) or not _BARE_END.match(text, at + len(form)):
            continue
        if not need or (need == "the" and text[max(0, at - 4) : at] in ("the ", "The ")) or (need != "the" and text[max(0, at - len(need)) : at] != need and _BARE_SUBJECT.match(text, at + len(form))):
            return at + len(form)
    return None


def _word_starts_pattern(words: set[str]) -> str:
    """A pattern that matches the first character of each place where one of ``words`` starts at a
    word boundary (overlapping ones too: only one character is taken); as ``\\b(?=words)``, but
    opening with each word's first character, which the engine scans for fast.

    >>> [m.start() for m in re.finditer(_word_starts_pattern({"Carl Vinson", "Vinson"}), "USS Carl Vinson; AVinson")]
    [4, 9]
    """
    by_first: dict[str, list[str]] = {}
    for w in sorted(words):
        by_first.setdefault(w[0], []).append(w[1:])
    branches = []
    for c, rests in by_first.items():
        boundary = r"(?<!\w.)" if (c.isalnum() or c == "_") else r"(?<=\w.)"  # (a boundary before a word character: none before it)
        branches.append(re.escape(c) + boundary + ("(?=" + trie_pattern(rests) + ")" if all(rests) else ""))
    return "|".join(branches)


_FISHING = re.compile(r"fishing\s", re.I)
#: fishing boats with no flag told: "around 10 fishing boats carrying activists" (no match holds
#: a semicolon or comma, and each holds a match of _FISHING: searched with stretch_matches)
_FISHING_BOATS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|a|an)\s+(?:[\w.-]+\s+){0,2}?(?P<what>fishing (?:boats?|vessels?))\b", re.I)
#: a nationality (and navy words) right before a ship's kind: "the Chinese naval destroyer Taiyuan"
_NAT_BEFORE_KIND = re.compile(word_first(rf"\b(?:{_NAT})\s+(?:(?:[Nn]avy|[Nn]aval|guided[- ]missile|missile|destroyer)\s+)*$"))  # (and "the Japan Maritime Self-Defense Force destroyer escort Sendai")
#: what NAVY_OF_RE needs after its ships: "of the" or "from the" and the start of a navy's name
#: (NAVY_OF_RE is searched only between the semicolons and commas around these: stretch_matches)
_NAVY_OF_HEAD = re.compile(r"(?:of|from)\s+the\s+(?:Chinese\s+People|People|PLA|Chinese|Russian|Pacific|Japan|Royal|(?:Indian|French|German|Italian)\s+[Nn]avy|(?:U\.S\.|US|United\s+States|Republic\s+of\s+Korea|ROK|Philippine)\s+Navy)")  # (not "of the United Nations")


#: words before a flag's ships that make them other ships than those told: "two more", "another"
_MORE_BEFORE = re.compile(r"\b(?:(?:two|three|four|five|six|\d+)\s+more|another|additional)\s+(?:\w+\s+)?$")


def find_vessels(text: str) -> list[dict[str, Any]]:
    """Named vessels (aliases merged) and unnamed groups, in order of first mention."""
    out: dict[str, dict[str, Any]] = {}
    hits: dict[str, list[tuple[str, re.Match]]] = {}
    for m in _VESSEL_ALIAS_RE.finditer(text):  # every alias of the vessel list, in one pass
        if re.match(r"[- ]class\b", text[m.end() : m.end() + 6]):
            continue  # "Murasame-class destroyer JS Samidare": the class, not the ship it is named after
        for canonical, alias in _VESSEL_OF_ALIAS[m.group(0)]:
            hits.setdefault(canonical, []).append((alias, m))
    for canonical, found in hits.items():
        _, flag, typ = VESSELS[canonical]
        # a name that is also a place ("Liaoning") is the ship throughout once the text calls it
        # a ship somewhere ("the carrier Liaoning ... Liaoning and other carrier ships")
        shiplike = canonical in PLACE_LIKE_NAMES and any(_ship_context(text, m.start(), m.end()) for _, m in found)
        for a, m in found:
            if canonical in PLACE_LIKE_NAMES and not _ship_context(text, m.start(), m.end()) and not (shiplike and not _PLACE_NOT_SHIP_AFTER.match(text, m.end())):
                continue  # Liaoning the province, Wuhan the city, "Fujian Huihai Shipping" a company
            v = out.setdefault(canonical, {"id": canonical.lower(), "name": canonical, "aliases": [], "flag": flag, "type": typ, "named": True, "first": m.start(), "mentions": []})
            if a not in v["aliases"]:
                v["aliases"].append(a)
            v["first"] = min(v["first"], m.start())
            v["mentions"].append({"start": m.start(), "end": m.end(), "text": m.group(0)})
    known = {a for aliases, _, _ in VESSELS.values() for a in aliases}
    stop = {*WEEKDAYS, *MONTHS, *NATIONALITY, "The", "Navy", "Strait", "Sea", "Island", "Islands", "Ministry", "Defense", "Defence", "Forces", "Fleet", "Command", "Zr", "Hr",
            "Chief", "Minister", "Deputy", "Director", "Spokesman", "Spokeswoman", "Headquarters", "Coast", "Guard", "Cruises", "Line", "Lines"}  # (and titles: "the JMSDF Chief of Staff"; not "Admiral", ships' names start with it)
    place_types: dict[str, list[str]] = {}  # a candidate name's place types, looked up once per name

    def types_of(name: str) -> list[str]:
        if name not in place_types:
            place_types[name] = [e.type for e, a, b, _ in gazetteer().find(name) if (a == 0 and b == len(name)) or e.type in ("city", "port", "country", "island")]  # (an ocean's or a sea's word in a longer name is not it: "the Pacific Heron")
        return place_types[name]

    def whole_places(name: str) -> list[str]:
        return [x for _, a, b, x in gazetteer().find(name) if a == 0 and b == len(name)]

    prefix_flag = None  # (the flag of the last prefixed name, for the name joined to it)
    # each pattern's scan where a plain one would try every position: from its key words, or
    # only between the stops around them, or a walk of its own
    scans = {
        HAO_RE: lambda: stretch_matches(HAO_RE, text, ("Hao",), ".;,"),
        CLASS_NAME_RE: lambda: stretch_matches(CLASS_NAME_RE, text, ("-class",), ".;,"),
        MARU_RE: lambda: stretch_matches(MARU_RE, text, ("Maru",), ";,"),
        THE_NAME_MOVED_RE: lambda: _names_moved(text),
        FLAG_OF_RE: lambda: _flagged_ships(text),
        CARGO_NAME_RE: lambda: keyed_matches(CARGO_NAME_RE, text, (" carri",), 60),
        DESCRIBED_NAME_RE: lambda: keyed_matches(DESCRIBED_NAME_RE, text, _DESCRIBED_KEYS, 60),
        SHIP_VERB_NAME_RE: lambda: keyed_matches(SHIP_VERB_NAME_RE, text, _SHIP_VERB_KEYS, 90),
        NAME_IS_KIND_RE: lambda: keyed_matches(NAME_IS_KIND_RE, text, _NAME_IS_KIND_KEYS, 40),
        NAME_IMO_RE: lambda: keyed_matches(NAME_IMO_RE, text, ("(IMO",), 60),
        TITLED_KIND_RE: lambda: keyed_matches(TITLED_KIND_RE, text, _TITLED_KINDS),
        QUOTED_KIND_RE: lambda: keyed_matches(QUOTED_KIND_RE, text, ('The "', 'the "', "The “", "the “")),
        LEAD_APPOSITIVE_RE: lambda: _lead_named_ships(text),
        SHIPWORD_NAME_RE: lambda: _and_the_next(text, _shipword_matches(text)),
        IDENTIFIED_RE: lambda: _and_the_next(text, keyed_matches(IDENTIFIED_RE, text, ("identified as", "named", "called", "believed to be", "thought to be"), 40)),
        PREFIXED_RE: lambda: _and_the_next(text, keyed_matches(PREFIXED_RE, text, tuple(PREFIX_FLAG))),
    }
    for rx in (PREFIXED_RE, SHIPWORD_NAME_RE, IDENTIFIED_RE, APPOSITIVE_RE, THE_NAME_MOVED_RE, FLAG_OF_RE, LEAD_APPOSITIVE_RE, HAO_RE, MARU_RE, CARGO_NAME_RE, DESCRIBED_NAME_RE, SHIP_VERB_NAME_RE, NAME_IS_KIND_RE, NAME_IMO_RE, CLASS_NAME_RE, TITLED_KIND_RE, QUOTED_KIND_RE):
        if (rx is FLAG_OF_RE and not any(w in text for w in _FLAG_OF_WORDS)) or (rx is HAO_RE and " Hao" not in text) or (rx is MARU_RE and " Maru" not in text) or (rx is CLASS_NAME_RE and "-class " not in text):
            continue  # (their words looked for first: the scans are slow and the words rare; _lead_named_ships starts from its own)
        found_here = scans[rx]() if rx in scans else rx.finditer(text)
        for m in found_here:
            ng = next((g for g in ("aboard", "crew", "crewed") if m.groupdict().get(g)), "name")  # (DESCRIBED_NAME_RE names its other ways apart)
            title = _KIND_TITLE.match(m.group(ng))  # ("Aboard Research Vessel Mirai": the Mirai)
            name = _NAME_TAIL.sub("", m.group(ng)[title.end() if title else 0 :].strip())  # "USS Nimitz Carrier Strike Group" is the Nimitz's group; "USS George Washington Heads to Japan" a headline
            at = m.start(ng) + (title.end() if title else 0)
            if name.isupper():
                name = name.title()  # "JS IZUMO" is the Izumo
            # a name that is a sea or strait is not a ship's; one that is a city may be ("HMCS Ottawa")
            quoted = bool(m.groupdict().get("quote"))  # "the Australian destroyer 'Brisbane'": quotes make a city's name a ship's
            flagged = rx is SHIPWORD_NAME_RE and bool(_NAT_BEFORE_KIND.search(text, max(0, m.start() - 60), m.start()))  # "the Chinese destroyer Taiyuan": a flag and a kind make a city's name a ship's
            if name in known or name.split()[0] in stop:
                continue
            if rx is LEAD_APPOSITIVE_RE and (name.split()[0] in _NOT_A_SHIPS_FIRST_WORD or any(w in stop for w in name.split())):
                continue  # "On Saturday, a Chinese Navy destroyer was seen ...": a time, not a ship's name
            if rx is SHIPWORD_NAME_RE and text[m.start()].islower() and "," in text[m.start() : m.start("name")] and not (_APPOSED_NAME_END.match(text, m.end("name")) and name.split()[0] not in _NOT_A_SHIPS_FIRST_WORD):
                continue  # "the submarine, Vladimir Monomakh, is": a name set off by commas (not "the ship, On Saturday ...")
            if rx is SHIPWORD_NAME_RE and "," in text[m.start() : m.start("name")] and _PERSON_TITLE_AFTER.match(text, m.end("name")):
                continue  # "the departure of the British aircraft carrier, Tony Radakin, the British First Secretary of the Sea, said": a person
            if rx is SHIPWORD_NAME_RE and "\n" in text[m.start() : m.start("name")] and name.split()[0] in _NOT_A_SHIPS_FIRST_WORD:
                continue  # "... found on fishing vessel" (a headline), then "Eleven Taiwanese ... were arrested"
            if rx is NAME_IS_KIND_RE and name.split()[0] in _NOT_A_SHIPS_FIRST_WORD:
                continue  # "This was the first real sail training ship I'd visited"
            if rx in (HAO_RE, MARU_RE) and name.split()[0] in _NOT_A_SHIPS_FIRST_WORD:
                name = name.split(None, 1)[1] if " " in name else ""  # "About Kaiwo Maru" (a heading): the Kaiwo Maru
                if not name:
                    continue
            if rx in (FLAG_OF_RE, LEAD_APPOSITIVE_RE, HAO_RE, MARU_RE, CARGO_NAME_RE):  # "The Huihai Pacific, which sails under the flag of Panama": a ship, whatever place is in its name
                if whole_places(name):
                    continue
            elif any(t not in ("city", "port") or (rx not in (PREFIXED_RE, APPOSITIVE_RE) and not quoted and not flagged) for t in types_of(name)):
                continue
            flag = PREFIX_FLAG.get(m.groupdict().get("prefix") or "")
            if rx is PREFIXED_RE:
                if "prefix" in m.groupdict():
                    prefix_flag = flag
                else:
                    flag = prefix_flag  # "HMS Tamar and Spey": the second name under the first's prefix
            if rx is LEAD_APPOSITIVE_RE or ng != "name":
                flag = None  # (and "Japanese health authorities ... passengers and crew on the Diamond Princess": the people's, not the ship's)
            elif rx is HAO_RE:
                flag = "China"  # ("Hao", number: a Chinese ship's name)
            elif rx is MARU_RE:
                flag = "Japan"  # ("Maru": a Japanese ship's name)
            elif rx is FLAG_OF_RE:
                flag = m.group("reg")  # the flag of registry (None for "The Arctic Mulan, carrying gas")
            elif rx is APPOSITIVE_RE:  # (the flag in the apposition: "a French frigate", "a frigate of the Royal Australian Navy")
                navy = re.match(r"\s+of\s+the\s+([\w' ]+?Navy|Pacific Fleet)\b", text[m.end() : m.end() + 50])
                flag = NATIONALITY.get(m.group("nat") or "") or (NAVY_FLAG.get(navy.group(1).lower()) if navy else None)
            elif rx is not PREFIXED_RE:  # the flag of "a modern Russian Navy corvette, identified as ...", "the French frigate X"
                lead = text[max(0, m.start() - 60) : m.start(ng)]
                lead = lead[lead.rfind("!") + 1 :]  # (not an exclamation before: "... Check on China!\nOn May 31, the destroyer Izumo")
                nat = list(re.finditer(rf"\b({_NAT})\b", lead))
                navy = list(re.finditer(r"\b(People['’]s Liberation Army Navy|PLA Navy|Russian Pacific Fleet|Pacific Fleet|Royal Navy)\b", lead, re.I))
                if navy and (not nat or navy[-1].start() > nat[-1].start()):  # the nearer of the two ("Pacific Fleet (PF) task unit ... ship Admiral Panteleyev")
                    flag = NAVY_FLAG.get(navy[-1].group(1).lower().replace("’", "'"))
                else:
                    flag = NATIONALITY[nat[-1].group(1)] if nat else None  # ("The Pacific Fleet's missile cruiser Varyag")
            v = out.setdefault(name, {"id": re.sub(r"\W+", "_", name.lower()), "name": name, "aliases": [], "flag": flag, "type": "ship", "named": True, "first": at, "mentions": []})
            if not any(x["start"] == at for x in v["mentions"]):
                v["mentions"].append({"start": at, "end": m.end(ng), "text": name})
    # "on board the Pacific Pintail and the Pacific Heron": the ship named next to a ship found,
    # with the same first word (a fleet's names); "Pacific Heron and Pacific Egret, the specialized
    # ships belonging to ...": names set off by their kind
    named = [(m.group(g), m.start(g)) for k in _KIND_AFTER_NAMES.finditer(text) if (m := _NAMES_BEFORE_KIND.search(text, max(0, k.start() - 90), k.start())) for g in ("a", "b")]
    for v in list(out.values()):
        for x in list(v["mentions"]):
            nxt = _AND_NEXT_NAME.match(text, x["end"])
            if nxt and nxt.group("n").split()[0] == v["name"].split()[0] and nxt.group("n") != v["name"]:
                named.append((nxt.group("n"), nxt.start("n")))
    for name, at in named:
        if name in known or name.split()[0] in stop or any(w in stop for w in name.split()) or whole_places(name):
            continue
        v = out.setdefault(name, {"id": re.sub(r"\W+", "_", name.lower()), "name": name, "aliases": [], "flag": None, "type": "ship", "named": True, "first": at, "mentions": []})
        if not any(y["start"] == at for y in v["mentions"]):
            v["mentions"].append({"start": at, "end": at + len(name), "text": name})
            v["first"] = min(v["first"], at)
    told_classes: set[str] | None = None  # the names the text writes as classes ("Udaloy-class"), found once
    for m in keyed_matches(NAME_FIRST_RE, text, _NAME_FIRST_KEYS, 200, _NAME_FIRST_HEADS):
        for n in re.finditer(_NAME_FIRST_WORD, m.group("names")):
            name, at = n.group(0), m.start("names") + n.start()
            if (lead := re.match(rf"(?:{_NAT})\s+(?=[A-Z])", name)) and lead.group(0).split()[0] in NATIONALITY:
                name, at = name[lead.end() :], at + lead.end()  # "the Russian Voskhod LNG tanker": the Voskhod
            if told_classes is None:
                told_classes = set()
                for c in re.finditer(r"[- ](?:class|type)\b", text, re.I):
                    words = re.findall(r"[A-Za-z]+", text[max(0, c.start() - 60) : c.start()])[-2:] if text[c.start() - 1 : c.start()].isalpha() else []
                    told_classes |= {words[-1].lower(), " ".join(words).lower()} if words else set()
            if name in known or name in _CLASS_NAMES or any(w in stop for w in name.split()) or name.lower() in told_classes:
                continue
            if any(len(n.split()) > 1 and n.split()[-1] == name for n in out):
                continue  # "the Aquarius ship" after "Superstar Aquarius": the ship named, not another
            if types_of(name):
                continue  # a place's name ("the Zhanjiang missile destroyer") is left to the place rules
            nat = re.findall(rf"\b({_NAT})\b", text[max(0, m.start() - 40) : at])
            navy = re.findall(r"\b(Pacific Fleet|Russian Navy|Chinese Navy|PLA Navy)\b", text[max(0, m.start() - 40) : at], re.I)
            flag = NATIONALITY[nat[-1]] if nat else (NAVY_FLAG.get(navy[-1].lower()) if navy else None)
            v = out.setdefault(name, {"id": re.sub(r"\W+", "_", name.lower()), "name": name, "aliases": [], "flag": flag, "type": m.group("kind").rstrip("s"), "named": True, "first": at, "mentions": []})
            if not any(x["start"] == at for x in v["mentions"]):
                v["mentions"].append({"start": at, "end": at + len(name), "text": name})
    # cruise ships, named by their lines' fashions: "Costa neoRomantica", "Spectrum of the Seas",
    # "Diamond Princess", "Celebrity Millennium" (each mention found here; "the Costa Cruises Company" is a firm)
    cruise = stretch_matches(_CRUISE_SHIP_RE, text, _CRUISE_SHIP_KEYS, ".;,") if any(k in text for k in _CRUISE_SHIP_KEYS) else []
    told = Spans((x["start"], x["end"]) for v in out.values() for x in v["mentions"]) if cruise else Spans()
    for m in cruise:
        name = re.sub(r"\s+", " ", m.group(0))
        if told.overlaps(m.start(), m.start() + 1):
            continue
        v = out.setdefault(name, {"id": re.sub(r"\W+", "_", name.lower()), "name": name, "aliases": [], "flag": None, "type": "cruise ship", "named": True, "first": m.start(), "mentions": []})
        v["mentions"].append({"start": m.start(), "end": m.end(), "text": name})
    # later bare mentions of a pattern-found name: where any of them starts, found in one pass,
    # then each name tried there (a text can name dozens of ships)
    # (and "the Vinson" for the USS Carl Vinson: the last word of a longer name, after "the")
    # (and "Newnew Polar Bear" for "NewNew Polar Bear": a name's capitals as other reports write them)
    bare = {name: _bare_forms(name, subject=not types_of(_last_name_word(name) or name)) for name, v in out.items() if v["type"] != "group" and name not in VESSELS}  # (not "Washington has" for the George Washington: a place's name)
    if bare:
        anywhere = re.compile(_word_starts_pattern({f for forms in bare.values() for f, _ in forms}))
        starts = {name: {x["start"] for x in out[name]["mentions"]} for name in bare}
        by_head: dict[str, list[str]] = {}  # the names a form of which starts with these four characters (or is this shorter form)
        for name, forms in bare.items():
            for head in dict.fromkeys(f[:4] for f, _ in forms):
                by_head.setdefault(head, []).append(name)
        sizes = sorted({len(head) for head in by_head})
        for at in (m.start() for m in anywhere.finditer(text)):
            for name in by_head.get(text[at : at + 4], ()) if sizes == [4] else [n for k in sizes for n in by_head.get(text[at : at + k], ())]:
                if at not in starts[name] and (end := _bare_at(text, at, bare[name])) is not None:
                    out[name]["mentions"].append({"start": at, "end": end, "text": name})
                    starts[name].add(at)
        for name in bare:
            out[name]["first"] = min(x["start"] for x in out[name]["mentions"])
    # "Seven surface combat vessels of the People's Liberation Army Navy": a group flagged by its navy
    for m in stretch_matches(NAVY_OF_RE, text, _NAVY_OF_HEAD, ";,"):  # (only between the stops around the words after "of the": the scan is slow)
        flag = NAVY_FLAG[m.group("navy").lower().replace("’", "'")]
        one = m.group("what").lower().endswith(("vessel", "ship", "destroyer", "frigate", "submarine"))  # "a survey ship from the Chinese navy": one ship
        v = out.setdefault(f"{flag} {'ship' if one else 'group'}".lower(), {"id": "", "name": "", "aliases": [], "flag": flag, "type": "group", "named": False, "first": m.start(), "mentions": []})
        v["mentions"].append({"start": m.start(), "end": m.end(), "text": m.group(0), "label": f"{m.group('navy')} {m.group('what')}" if one else f"{m.group('navy')} ships"})
    # "warships from Australia and New Zealand": a group flagged by the countries it comes from
    # (the mentions told so far, as spans sorted by start with the furthest end reached: the
    # phrases this loop adds end before the next match starts, so they need not join them)
    told = sorted((x["start"], x["end"]) for v in out.values() for x in v["mentions"])
    told_starts, reach = [a for a, _ in told], list(itertools.accumulate((b for _, b in told), max))
    for m in SHIPS_FROM_RE.finditer(text):
        countries = [(e.name, b) for e, _, b, _ in gazetteer().find(m.group("from")) if e.type == "country"]
        flags = [name for name, _ in countries]
        k = bisect.bisect_right(told_starts, m.start())
        if flags and not (k and reach[k - 1] > m.start()):
            flag = " and ".join(sorted(set(flags)))
            key = flag.lower() if len(set(flags)) > 1 else f"{flag} group".lower()  # (the keys of joint and flagged groups)
            v = out.setdefault(key, {"id": "", "name": "", "aliases": [], "flag": flag, "type": "group", "named": False, "first": m.start(), "mentions": []})
            end = m.start("from") + max(b for _, b in countries)  # (the phrase ends at its last country)
            v["mentions"].append({"start": m.start(), "end": end, "text": text[m.start() : end], "label": text[m.start() : end]})
    # "Germany sent two warships through the strait": a group flagged by the country that sent it
    for m in _COUNTRY_SENT_RE.finditer(text) if re.search(r"\b(?:sen[td]s?|sending|dispatch(?:es|ed)?|deploy(?:s|ed)?|transit|passage)\b", text) else ():  # (its verbs, looked for first)
        flag = _POSS_FLAG[m.group("country")]
        plural = m.group("what").endswith("s")
        adjective = next((k for k, f in NATIONALITY.items() if f == flag and k != flag and " " not in k and k[-1] in "nehs" and not k.isupper()), flag)
        v = out.setdefault(f"{flag} {'group' if plural else 'ship'}".lower(), {"id": "", "name": "", "aliases": [], "flag": flag, "type": "group", "named": False, "first": m.start("n"), "mentions": []})
        v["mentions"].append({"start": m.start("n"), "end": m.end(), "text": text[m.start("n") : m.end()], "label": f"{adjective} {m.group('what')}"})
    # "the Makin Island Amphibious Ready Group", "the Carl Vinson Carrier Strike Group": a named group
    for m in stretch_matches(NAMED_GROUP_RE, text, ("Group", "CSG", "ARG"), ".;,"):  # (only between the stops around its head words: the scan is slow)
        name = _GROUP_TAIL.sub("", re.sub(rf"^(?:{_PREFIXES})\s+", "", m.group("name")))
        name = re.sub(rf"^(?:{_NAT})\s+", "", name)  # "the Chinese Liaoning Carrier Strike Group" is the Liaoning's
        if name in _VESSEL_OF_ALIAS:
            continue  # (a ship the vessel list knows: its own mentions file the group under it)
        if not name or name.split()[0] in ("The", "A", "An", "US", "U.S.", "UK", *_GROUP_WORDS) or name in NATIONALITY:
            continue
        v = out.setdefault(name, {"id": re.sub(r"\W+", "_", name.lower()), "name": name, "aliases": [], "flag": None, "type": "group", "named": True, "first": m.start(), "mentions": []})
        v["mentions"].append({"start": m.start(), "end": m.end(), "text": m.group(0)})
    joint: dict[str, str] = {}  # flag -> the joint group's key
    joints = list(JOINT_RE.finditer(text))
    first_single: dict[str, int] = {}  # where each flag's own group is first told
    counted: dict[str, int] = {}  # the number each flag's own group is first told with ("five Russian navy ships")
    groups = list(GROUP_RE.finditer(text))  # (read twice below)
    joint_starts = [j.start() for j in joints]  # (non-overlapping, in text order)
    for m in groups:
        k = bisect.bisect_right(joint_starts, m.start())
        if not (k and m.start() < joints[k - 1].end()):
            f = _nat_flag(m.group("nat"))
            first_single.setdefault(f, m.start())
            n = re.search(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$", text[max(0, m.start() - 12) : m.start()], re.I)
            if n and f not in counted:
                counted[f] = _NUMBER_WORDS.get(n.group(1).lower(), n.group(1))
    for m in joints:
        flags = sorted({NATIONALITY[m.group("a")], NATIONALITY[m.group("b")]})
        if len(flags) == 2:
            # "Chinese and Russian warships ... the Russian destroyer": one flotilla; but a joint
            # phrase after each flag's own ships ("monitoring Russian and Chinese vessels") is a
            # summary, and so is a headline over "five Russian ships ... three Chinese vessels"
            # (each flag's ships counted apart, in different numbers)
            apart = all(f in counted for f in flags) and counted[flags[0]] != counted[flags[1]]
            for f in flags:
                if m.start() < first_single.get(f, len(text)) and not apart:
                    joint.setdefault(f, " and ".join(flags).lower())
            label = f"{m.group('a')} and {m.group('b')} {m.group('what')}"
            v = out.setdefault(joint.get(flags[0], joint.get(flags[1], " and ".join(flags).lower())), {"id": "", "name": "", "aliases": [], "flag": " and ".join(flags), "type": "group", "named": False, "first": m.start(), "mentions": []})
            v["mentions"].append({"start": m.start(), "end": m.end(), "text": m.group(0), "label": label})
    taken = sorted((x["start"], x["end"]) for v in out.values() for x in v["mentions"])
    taken_starts = [a for a, _ in taken]
    for m in groups:
        nat, what = m.group("nat"), m.group("what")
        k = bisect.bisect_right(taken_starts, m.start())
        if any(m.start() < y for _, y in taken[max(0, k - 4) : k]):
            continue  # inside a joint group's phrase
        # one unnamed group per flag (or per joint group): news calls the same ships
        # "warships", "vessels", "a destroyer and two landing ships" in turn
        more = re.match(rf"\s+and\s+(?:\w+[\s-]+){{0,3}}{_GROUP_HEAD}", text[m.end() : m.end() + 60])
        # "a destroyer and two landing ships" is a group; "a U.S. destroyer and a Canadian frigate" is not
        plural = bool(re.search(r"s$|fleet$|flotilla$|group$|force$|squadron$|detachment$", what)) or bool(more and not re.search(rf"\b(?:{_NAT})\b", more.group(0)))
        # a lone ship ("a Chinese navy frigate") is not the group ("two Chinese survey vessels")
        flag = _nat_flag(nat)
        key = joint.get(flag, f"{flag} {'group' if plural else 'ship'}".lower())
        # "two more Russian naval vessels", "another Chinese destroyer": ships other than the flag's told so far
        more = key in out and _MORE_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None
        if more:
            key += " (more)"
        v = out.setdefault(key, {"id": "", "name": "", "aliases": [], "flag": flag, "type": "group", "named": False, "first": m.start(), "mentions": []})
        v["mentions"].append({"start": m.start(), "end": m.end(), "text": m.group(0), "label": f"other {nat} {what}" if more else f"{nat} {what}"})
    # "around 10 fishing boats carrying activists left Ishigaki": boats with no flag told
    if _FISHING.search(text):
        taken = Spans((x["start"], x["end"]) for v in out.values() for x in v["mentions"])
        for m in stretch_matches(_FISHING_BOATS, text, _FISHING, ";,"):  # (only between the stops around its head word: the scan is slow)
            if not taken.overlaps(m.start("what"), m.start("what") + 1):
                v = out.setdefault("fishing boats", {"id": "fishing_boats", "name": "fishing boats", "aliases": [], "flag": None, "type": "group", "named": False, "first": m.start(), "mentions": []})
                v["mentions"].append({"start": m.start(), "end": m.end(), "text": m.group(0), "label": "fishing boats"})
                taken.add(m.start(), m.end())
    _sailed_boat(text, out)
    _drifting_boat(text, out)
    _unseen_submarine(text, out)
    if not out:
        generic = list(GENERIC_RE.finditer(text))
        for i, m in enumerate(generic):
            if any(_OBSERVED.fullmatch(text[m.end() : n.start()]) for n in generic[i + 1 : i + 3]):
                continue  # "the Asagiri destroyer of the Self-Defense Forces detected a submarine": the observer
            v = out.setdefault("unidentified", {"id": "unidentified", "name": f"unidentified {m.group('what')}", "aliases": [], "flag": None, "type": "group", "named": False, "first": m.start(), "mentions": []})
            v["mentions"].append({"start": m.start(), "end": m.end(), "text": m.group(0)})
    if not out:
        # no ship told at all: "South Korea's Navy conducted ...", "its Navy and Air Force"
        # (and a navy among the services a command sent: "dispatched army, navy, air force and
        # rocket force troops to conduct drills in the Taiwan Strait", flagged by the text's first nationality)
        first_nat = re.search(rf"\b({_NAT})\b", text)
        for m in re.finditer(rf"\b(?:(?P<nat>{_NAT}|[A-Z][\w ]+?['’]s)\s+|(?i:the|its|their)\s+|(?<=army, ))(?i:navy)\b", text):
            nat = (m.group("nat") or (first_nat.group(1) if first_nat and not m.group(0).lower().startswith(("the", "its", "their")) else "")).rstrip("'’s").strip()
            flag = NATIONALITY.get(nat) or next((e.name for e, *_ in gazetteer().find(nat) if e.type == "country"), None)
            v = out.setdefault("navy", {"id": "navy", "name": f"{flag} navy" if flag else "navy", "aliases": [], "flag": flag, "type": "group", "named": False, "first": m.start(), "mentions": []})
            v["mentions"].append({"start": m.start(), "end": m.end(), "text": m.group(0)})
    if not out:
        # no ship and no navy told: countries that hold an exercise together stand for their
        # ships ("China and Russia have begun a joint naval exercise in the Sea of Japan")
        for m in [*_COUNTRIES_EXERCISE.finditer(text), *_NAVIES_EXERCISE.finditer(text)]:
            flags = sorted({e.name for e, *_ in gazetteer().find(m.group("who")) if e.type == "country"} | {NATIONALITY[x] for x in re.findall(rf"\b(?:{_NAT})\b", m.group("who")) if x in NATIONALITY})
            if flags:
                key = " and ".join(flags)
                v = out.setdefault(key.lower(), {"id": "", "name": f"{key} ships", "aliases": [], "flag": key, "type": "group", "named": False, "first": m.start("who"), "mentions": []})
                v["id"] = re.sub(r"\W+", "_", v["name"].lower())
                v["mentions"].append({"start": m.start("who"), "end": m.end("who"), "text": m.group("who"), "label": v["name"]})
    # "a Chinese icebreaker, the Snow Dragon": the group phrase only introduces a named vessel
    named_starts = sorted(m["start"] for v in out.values() if v["named"] for m in v["mentions"])
    named_ends = sorted(m["end"] for v in out.values() if v["named"] for m in v["mentions"])

    def near(values: list[int], lo: int, hi: int) -> list[int]:
        """The values in [lo, hi] (sorted lists: the text's named mentions can be thousands)."""
        return values[bisect.bisect_left(values, lo) : bisect.bisect_right(values, hi)]

    for key in [k for k, v in out.items() if not v["named"]]:
        v = out[key]
        # (or describes one: "the USS Ronald Reagan, a similar U.S. vessel, which left Japan")
        v["mentions"] = [m for m in v["mentions"] if not any(not _CLAUSE_BETWEEN.search(text, m["end"], st) for st in near(named_starts, m["end"], m["end"] + 20)) and not any(re.fullmatch(r"[\"”»']?,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}", text[en : m["start"]]) for en in near(named_ends, m["start"] - 30, m["start"]))]
        if not v["mentions"]:
            del out[key]
            continue
        v["first"] = min(m["start"] for m in v["mentions"])
        v["mentions"].sort(key=lambda m: m["start"])  # (named by the phrase told first)
        labels = [m.pop("label", None) or m["text"] for m in v["mentions"]]
        if not v["name"]:  # a flagged group: named by its first remaining phrase
            _name_group(v, labels)
    # "the carrier passed between Okinawa and Miyako ... The Liaoning did not enter": when one
    # named carrier (or icebreaker) is in the text, "the carrier" is that ship, before or after
    for word, kinds in (("(?:aircraft )?carrier", ("aircraft carrier",)), ("icebreaker", ("icebreaker",))):
        named = [v for v in out.values() if v["named"] and v.get("type") in kinds]
        if len(named) == 1:
            for m in re.finditer(rf"\b[Tt]he {word}\b(?!,?\s+(?:the\s+)?[A-Z])", text):
                if not any(x["start"] <= m.start() < x["end"] for x in named[0]["mentions"]):
                    named[0]["mentions"].append({"start": m.start(), "end": m.end(), "text": m.group(0)})
                    named[0]["first"] = min(named[0]["first"], m.start())
    # "A U.S. destroyer ... the destroyer USS Ralph Johnson": a lone unnamed ship that a later
    # sentence names is that named ship
    for key in [k for k, v in out.items() if not v["named"] and k.endswith(" ship")]:
        v = out[key]
        heads = {m["text"].split()[-1].lower() for m in v["mentions"]}
        words = "|".join(map(re.escape, heads))
        told_as = min(
            # (a ship of no flag told, if "the destroyer" comes right before its name: 'the destroyer "Barry"')
            (n for n in out.values() if n["named"] and (n["flag"] == v["flag"] or (n["flag"] is None and v["flag"])) and any(re.search(rf"\b(?:{words})\b[^.;]{{0,40}}$" if n["flag"] else rf"\b[Tt]he\s+(?:{words})\s*[\"“]?$", text[max(0, m["start"] - 50) : m["start"]], re.I) for m in n["mentions"])),
            key=lambda n: n["first"],
            default=None,
        )
        # "A U.K. frigate sailed through ... The Richmond, a frigate, is part of ...": the ship told
        # as one of that kind after its name is the group's mentions of that kind (not its "British
        # ship" of 2019, another ship)
        apposed = (
            next(((n, k.group(1).lower()) for n in out.values() if n["named"] and n["flag"] == v["flag"] for m in n["mentions"] if (k := re.match(rf",\s+an?\s+(?:[\w-]+\s+){{0,3}}?({words})\b", text[m["end"] : m["end"] + 60], re.I))), None)
            if told_as is None and "," in text
            else None
        )
        if apposed is not None:
            ship, head = apposed
            moved = [m for m in v["mentions"] if m["text"].split()[-1].lower() == head]
            v["mentions"] = [m for m in v["mentions"] if m not in moved]
            ship["mentions"] += moved
            ship["first"] = min([ship["first"], *(m["start"] for m in moved)])
            if not v["mentions"]:
                del out[key]
            else:
                v["first"] = min(m["start"] for m in v["mentions"])
                _name_group(v, [m["text"] for m in v["mentions"]])
        elif told_as is not None:
            # ("Japan releases map of Chinese aircraft carrier activities ... the Liaoning ... the
            # Shandong": of two named ships of that kind, the one told first)
            kind = [n for n in out.values() if n["named"] and n["flag"] == v["flag"] and n.get("type") == told_as.get("type")] or [told_as]
            _merge_vessel(out, key, min(kind, key=lambda n: n["first"]))
        else:
            # "An Australian warship sailed ... HMAS Toowoomba conducted ...": the one named ship of its flag
            same_flag = [n for n in out.values() if n["named"] and n["flag"] == v["flag"]]
            if len(same_flag) > 1:
                # "... told RW News that it was the French Navy's frigate Prairial that made the voyage"
                same_flag = [n for n in same_flag if any(re.search(r"\bit\s+was\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$", text[max(0, m["start"] - 60) : m["start"]]) and re.match(r"\s+that\b", text[m["end"] :]) for m in n["mentions"])]
            if v["flag"] and len(same_flag) == 1:
                _merge_vessel(out, key, same_flag[0])
    # "A detachment of ships from the Russian Pacific Fleet consisting of the missile cruiser
    # Varyag, ...": a group made of named ships is filed under the first of them
    for key in [k for k, v in out.items() if not v["named"]]:
        for m in out[key]["mentions"]:
            made = _MADE_OF.match(text, m["end"])
            named = made and next((n for n in out.values() if n["named"] and any(x["start"] == made.end() for x in n["mentions"])), None)
            if named:
                _merge_vessel(out, key, named)
                break
    # "two Chinese aircraft carriers ... the Liaoning and the Shandong": a flag's carriers, as a
    # group, are its named carriers, filed under the first told (a navy has few of them)
    for key in [k for k, v in out.items() if not v["named"] and k.endswith(" group") and re.search(r"\bcarriers\b", v["mentions"][0]["text"], re.I)]:
        v = out[key]
        named = [n for n in out.values() if n["named"] and n["flag"] == v["flag"] and n.get("type") == "aircraft carrier"]
        if len(named) >= 2:
            _merge_vessel(out, key, min(named, key=lambda x: x["first"]))
    # "A U.S. destroyer and a Canadian frigate ... USS Ralph Johnson and HMCS Ottawa": a joint
    # group whose every flag has a named ship is those ships, filed under the first named
    for key in [k for k, v in out.items() if not v["named"] and " and " in (v["flag"] or "")]:
        v = out[key]
        flags = set(v["flag"].split(" and "))
        named = [n for n in out.values() if n["named"] and n["flag"] in flags]
        if named and {n["flag"] for n in named} >= flags:
            n = min(named, key=lambda x: x["first"])
            _merge_vessel(out, key, n)
    # "BRP Davao del Sur and BRP Conrado Yap sailed ... The Philippine ships activated ...": a
    # flag's group told only as "the <flag> ships" after its named ships is those ships
    for key in [k for k, v in out.items() if not v["named"] and v["flag"] and " and " not in v["flag"] and k.endswith(" group")]:
        v = out[key]
        named = [n for n in out.values() if n["named"] and n["flag"] == v["flag"] and n["first"] < v["first"]]
        if named and all(re.match(r"[Tt]he\s", m["text"]) or re.search(r"\b[Tt]he\s+$", text[max(0, m["start"] - 5) : m["start"]]) for m in v["mentions"]):
            _merge_vessel(out, key, min(named, key=lambda x: x["first"]))
    vessels = sorted(out.values(), key=lambda v: v["first"])
    for v in vessels:
        del v["first"]
    return vessels


#: the words between an observer and the ship it saw: "... of the Self-Defense Forces detected "
#: a report of boats adrift or washed ashore ("ghost ships"): its unnamed boats are told as "a wooden
#: boat", "the vessel", "this 40-metre boat", "the craft"
_ASHORE_MOVE = re.compile(r"(?:wash|drift|came|ran)\w* (?:ashore|aground|up)")
_DRIFT_WORDS = ("ashore", "aground", "adrift", "washed up", "wash up", "ghost ship", "Ghost Ship", "Ghost ship")
_A_BOAT = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?!(?:of|in|on|at|from|to|by|with|and|for)\s)[\w-]+\s+){0,3}?(?:boat|vessel|craft|ship)\b(?![\w-])")


def _drifting_boat(text: str, out: dict[str, dict[str, Any]]) -> None:
    """Boats adrift or washed ashore, unnamed: each "a wooden boat", "the vessel", "the craft" of
    the report is a mention of one boat (the unnamed group the text told with its flag, or an
    unidentified boat), so that "A wooden boat, which drifted ashore ..., is seen in Oga" has a
    subject. Reports of named ships are left as they are."""
    if not any(w in text for w in _DRIFT_WORDS) or any(v["named"] for v in out.values()):
        return
    spans = [m.span() for m in _A_BOAT.finditer(text)]
    if not spans:
        return
    groups = [v for v in out.values() if not v["named"] and any(re.search(r"\b(?:boats?|vessels?|ships?|craft)$", x.get("label") or x["text"]) for x in v["mentions"])]
    if groups:
        boat = min(groups, key=lambda v: v["first"])
    else:
        what = re.sub(r"^\S+\s+(?:unidentified\s+)?", "", text[spans[0][0] : spans[0][1]])  # "A wooden boat": an unidentified wooden boat
        spans = sorted(set(spans) | {m.span() for m in GENERIC_RE.finditer(text)})  # (and the ship words of the unnamed ship a report without boats would tell: "the ferry")
        boat = out.setdefault("drifting boat", {"id": "unidentified", "name": f"unidentified {what}", "aliases": [], "flag": None, "type": "group", "named": False, "first": len(text), "mentions": []})
    label = (boat["mentions"][0].get("label") or boat["mentions"][0]["text"]) if boat["mentions"] else boat["name"]  # (the boat keeps the name the text gave it)
    taken = Spans((x["start"], x["end"]) for v in out.values() for x in v["mentions"])
    for a, b in spans:
        if not taken.overlaps(a, b):
            boat["mentions"].append({"start": a, "end": b, "text": text[a:b], "label": label})
    boat["mentions"].sort(key=lambda x: x["start"])
    boat["first"] = boat["mentions"][0]["start"]


#: a submarine seen under water, its flag unknown: "a foreign submarine", "an unidentified
#: submarine", "the sub" (not "anti-submarine", "submarine cables", "the submarine USS Kentucky")
_DETECTED = re.compile(r"\b(?:detected|detection|spotted|sighted|tracked|tracking|monitored)\b", re.I)
_A_SUBMARINE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?!(?:of|in|on|at|from|to|by|with|and|for|was|is|enemy|fake|simulated|mock|target|midget)\s)[\w-]+\s+){0,3}?(?:submarine|sub)\b(?![\w-]|\s+(?:cables?|hunters?|chasers?|bases?|warfare|tenders?|rescue)\b|,?\s+(?:the\s+)?(?:USS\s|HMS\s|[A-Z][a-z]))")


def _unseen_submarine(text: str, out: dict[str, dict[str, Any]]) -> None:
    """A submarine detected under water, unnamed: each "a foreign submarine", "the submarine",
    "the sub" of the report is a mention of one submarine (the unnamed one the text told with its
    flag, "a Chinese navy submarine", or an unidentified one), so that the ships that watched it
    ("a Maritime Self-Defense Force vessel ... spotted a submarine") do not take its moves.
    Reports of named ships are left as they are, and so are those where a submarine is told once
    ("sunk by a North Korean torpedo fired by a midget submarine") or never seen."""
    if "sub" not in text or any(v["named"] for v in out.values()) or not _DETECTED.search(text):
        return
    taken = Spans((x["start"], x["end"]) for v in out.values() for x in v["mentions"])
    told = [m.span() for m in _A_SUBMARINE.finditer(text)]
    spans = [(a, b) for a, b in told if not taken.overlaps(a, b)]
    if len(told) < 2 or not spans:
        return  # (and "a Chinese submarine", a group already told)
    subs = [v for v in out.values() if not v["named"] and re.search(r"\bsub(?:marine)?$", v["name"] or v["mentions"][0].get("label") or v["mentions"][0]["text"])]
    if subs:
        sub = min(subs, key=lambda v: v["first"])  # ("a Chinese navy submarine" told before "the submarine")
    else:
        sub = out.setdefault("unseen submarine", {"id": "unidentified_submarine", "name": "unidentified submarine", "aliases": [], "flag": None, "type": "group", "named": False, "first": len(text), "mentions": []})
    label = (sub["mentions"][0].get("label") or sub["mentions"][0]["text"]) if sub["mentions"] else sub["name"]
    sub["mentions"] += [{"start": a, "end": b, "text": text[a:b], "label": label} for a, b in spans]
    sub["mentions"].sort(key=lambda x: x["start"])
    sub["first"] = sub["mentions"][0]["start"]


#: a small boat's report: a yacht, a sailboat, a catamaran (where its sailor stands for it)
_SMALL_CRAFT = re.compile(r"\b(?:yacht|sailboat|sailing\s+(?:boat|vessel)|catamaran|sloop)s?\b", re.I)
_SMALL_CRAFT_KEYS = ("acht", "ACHT", "ailboat", "AILBOAT", "ailing", "AILING", "atamaran", "ATAMARAN", "loop", "LOOP")
_SAILOR_WORDS = ("sailor", "yachtsman", "yachtswoman", "adventurer", "skipper", "mariner", "voyager", "seafarer", "singlehander")
_SAILOR_WORD = "(?:" + "|".join(_SAILOR_WORDS) + ")"
#: who sails it: "Blind sailor Mitsuhiro Iwamoto", "Kenichi Horie, dubbed 'Japan's most famous
#: yachtsman'", "Iwamoto is an experienced sailor", "Horie's yacht leaves for U.S."
_SAILOR_NAMES = (
    re.compile(rf"\b(?i:{_SAILOR_WORD})\s+(?:(?:[A-Z][a-z'’]+|[A-Z]\.)\s+){{0,2}}(?P<s>[A-Z][a-z]{{2,}})\b(?!\s+[A-Z])"),
    re.compile(rf"\b(?P<s>[A-Z][a-z]{{2,}})(?:,\s+|\s+(?:is|was)\s+)(?:[^.;]{{0,40}}?\s)?(?:an?\s+|the\s+)?(?:[\w'’“”\"-]+\s+){{0,4}}?{_SAILOR_WORD}\b"),
    re.compile(r"\b(?P<s>[A-Z][a-z]{2,})['’]s\s+(?:[\w-]+\s+){0,3}?(?:yacht|sailboat|sailing\s+boat|catamaran)\b"),
    re.compile(r"\b(?P<s>[A-Z][a-z]{2,})(?!\s+[A-Z])\s+[^.;]{0,80}?\b(?:in|aboard|on(?:\s+board)?)\s+(?:his|her)\s+(?:[\w()-]+\s+){0,4}?(?:yacht|sailboat|sailing\s+boat|catamaran)\b"),
)
#: the words each holds, for stretch_matches (no match holds a full stop or a semicolon); the first
#: reads its word in any case and holds initials' full stops ("skipper J. Smith"), so it is searched whole
_SAILOR_NAME_KEYS = (None, *(required_words(rx.pattern) for rx in _SAILOR_NAMES[1:]))
#: a person the text names in full and then by surname ("Mitsuhiro Iwamoto ... Iwamoto told"): the
#: sailor, when no pattern above names one
_FULL_NAME = re.compile(r"(?<![\w.])(?P<f>[A-Z][a-z'’]{2,})\s+(?P<s>[A-Z][a-z]{2,})\b(?!\s+[A-Z])")
_NOT_A_SURNAME = frozenset("News Times Press Post Guard Navy Force Forces Club Association University Prefecture Island Islands Bay Harbor Harbour Port Strait Channel Sea Ocean Coast Bridge Yacht Marina Station Sector District Cape Peninsula".split())
#: "the solo sailor", "A blind Japanese sailor", "The mariner": the one sailing it, unnamed
_A_SAILOR = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:[\w'’-]+\s+){{0,3}}?{_SAILOR_WORD}\b(?!s)|\b[Tt]he\s+\d{{1,3}}-year-old(?=\s+[a-z]+ed\b)")
_A_SAILOR_KEYS = required_words(_A_SAILOR.pattern)  # (no match holds a full stop: stretch_matches)
#: (each word first, its look-behinds after it: the engine scans fast for a pattern that opens with a word)
_HE_SHE = re.compile(r"He\b(?:(?<=^He)|(?<=[.!?]\sHe)|(?<=\nHe))|She\b(?:(?<=^She)|(?<=[.!?]\sShe)|(?<=\nShe))|he\b(?:(?<=,\she)|(?<=\band\she))|she\b(?:(?<=,\sshe)|(?<=\band\sshe))")
_THE_BOAT_PHRASE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)\s+(?:(?!(?:on|in|at|of|to|from|the|an?|aboard|across)\s)[\w'’.-]+\s+){0,3}?(?:yacht|sailboat|sailing\s+boat|catamaran)\b")
_BOAT_BEFORE = re.compile(r"(?:yacht|sailboat|sailing\s+(?:boat|vessel)|catamaran),?\s+(?:the\s+)?$", re.I)
_BOAT_IS = re.compile(r"\s+(?:is|was)\s+an?\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\b(?:catamaran|yacht|sailboat)\b")
_NOT_A_SAILOR = frozenset("The This That These Those His Her Their Its He She They Mr Ms Mrs Dr Blind Solo Japanese American Chinese Russian Korean Canadian Australian British Coast Guard Navy".split())


def _sailed_boat(text: str, out: dict[str, dict[str, Any]]) -> None:
    """A lone sailor's boat: in a report of a yacht's voyage, the sailor who sails it stands for
    it ("Blind sailor Mitsuhiro Iwamoto ... Iwamoto arrived at Onahama Port"; "The mariner started
    his journey in Japan"; "He had set off from San Francisco"). The sailor's name, an unnamed
    "the solo sailor" and a sentence's "He" become mentions of the boat: the one the text names
    with its kind ("his 12-meter yacht, Dream Weaver"), or an unnamed one named after the sailor."""
    craft = _SMALL_CRAFT.search(text) if any(w in text for w in _SMALL_CRAFT_KEYS) else None  # (its words looked for first: the scan is slow)
    if not (craft or (any(w in text for w in ("ailor", "ingleh")) and re.search(r"(?i:\b(?:sailor|yachtsman|yachtswoman|singlehander)\b)", text) and re.search(r"\bboat\b", text))):  # (a skipper and a boat are a fishing boat's)
        return

    ship_words = {w for v in out.values() for w in v["name"].split()}  # (out holds no boat yet: the words of every ship's name, read once)
    judged: dict[str, bool] = {}  # (a name a long text writes many times is judged once)

    def may_be_sailor(name: str) -> bool:
        if name not in judged:
            judged[name] = not (name in _NOT_A_SAILOR or name in _NOT_A_SURNAME or name in NATIONALITY or name in ship_words or any(gazetteer().find(name)))
        return judged[name]

    counts: dict[str, int] = {}
    for rx, keys in zip(_SAILOR_NAMES, _SAILOR_NAME_KEYS, strict=True):
        for m in stretch_matches(rx, text, keys) if keys else folded_matches(rx, text, _SAILOR_WORDS):  # (the first opens with a sailor word, in any case)
            name = m.group("s")
            if name not in counts and may_be_sailor(name):
                counts[name] = 0
    if counts:  # how often each is written, as a whole word (one scan for them all: whole words never overlap)
        for m in re.finditer(word_first(rf"\b(?:{'|'.join(counts)})\b"), text):
            counts[m.group(0)] += 1
    else:
        for m in _FULL_NAME.finditer(text):
            for name in (m.group("s"), m.group("f")):  # (by surname; or by given name: "Kenichi Horie ... Kenichi wrote")
                if name not in counts and may_be_sailor(name) and may_be_sailor(m.group("f")):
                    alone = len(re.findall(rf"(?<![A-Za-z'’] )(?<![A-Za-z'’]){name}\b(?!\s+[A-Z])", text))
                    if alone >= 2:
                        counts[name] = alone
                        break
    sailor = max(counts, key=lambda n: (counts[n], -text.find(n))) if counts else None
    phrases = [m.span() for m in stretch_matches(_A_SAILOR, text, _A_SAILOR_KEYS)]
    if sailor is None and not phrases:
        return
    boats = [v for v in out.values() if v["named"] and v["type"] != "group" and any(_BOAT_BEFORE.search(text, max(0, x["start"] - 30), x["start"]) or _BOAT_IS.match(text, x["end"]) for x in v["mentions"])]
    spans = phrases
    if sailor:
        spans += [m.span() for m in re.finditer(rf"\b(?:(?:Mr|Ms|Mrs)\.? )?(?:[A-Z][a-z'’]+ )?{sailor}\b", text)]
        spans += [m.span() for m in _HE_SHE.finditer(text)]
    if boats:
        boat = min(boats, key=lambda v: v["first"])
    else:
        word = re.sub(r"s$", "", craft.group(0).lower()) if craft else "boat"
        boat = out.setdefault("small craft", {"id": "", "name": f"{sailor}'s {word}" if sailor else f"unidentified {word}", "aliases": [], "flag": None, "type": "yacht", "named": False, "first": len(text), "mentions": []})
        boat["id"] = re.sub(r"\W+", "_", boat["name"].lower())
        spans += [m.span() for m in _THE_BOAT_PHRASE.finditer(text)] + ([m.span() for m in re.finditer(r"\b(?:[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?boat\b", text)] if not craft else [])
    taken = Spans((x["start"], x["end"]) for v in out.values() for x in v["mentions"])
    for a, b in sorted(set(spans)):
        if not taken.overlaps(a, b):
            boat["mentions"].append({"start": a, "end": b, "text": text[a:b]})
            taken.add(a, b)
    if not boat["mentions"]:
        del out["small craft"]
        return
    boat["mentions"].sort(key=lambda x: x["start"])
    boat["first"] = boat["mentions"][0]["start"]


_OBSERVED = re.compile(r"[^.;]{0,80}?\b(?:detected|spotted|sighted|observed|encountered|saw|found|confirmed|tracked|monitored|shadowed)\s+", re.I)


_NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}
#: countries as the subject of a naval exercise: "China and Russia have begun a joint ... exercise"
#: navies as the subject of an exercise: "The Chinese and Russian navies will hold joint military exercises ..."
_NAVIES_EXERCISE = re.compile(rf"(?:^|[.!?]\s+|\n)(?:The\s+)?(?P<who>(?:{_NAT})\s+and\s+(?:{_NAT}))\s+(?:navies|naval forces|militaries)\s+(?:have\s+|has\s+|are\s+|will\s+)?(?:begun|began|launched|launch|kicked off|commenced|held|hold|conducted|conduct|staged|started|start|preparing)\b[^.;]{{0,80}}\b(?:exercises?|drills?|maneuvers?|manoeuvres?|patrols?)\b")
_COUNTRIES_EXERCISE = re.compile(r"(?:^|[.!?]\s+|\n|[—–-]\s+)(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+)*\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:have\s+|has\s+|are\s+|will\s+)?(?:begun|began|launched|launch|kicked off|commenced|held|hold|conducted|conduct|staged|started|start|preparing)\b[^.;]{0,80}\b(?:exercises?|drills?|maneuvers?|manoeuvres?|patrols?)\b")


#: what comes between a group and the first named ship it is made of: " consisting of the missile cruiser "
_MADE_OF = re.compile(rf",?\s+(?:consisting of|comprising|made up of|composed of|led by)\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?(?:(?:{_PREFIXES})\s+)?(?=[A-Z])")


def _name_group(v: dict[str, Any], labels: list[str]) -> None:
    """Name the unnamed group ``v`` by the first of the phrases that tell it; the others are its aliases."""
    labels = list(dict.fromkeys(labels))
    v["name"], v["aliases"], v["id"] = labels[0], labels[1:], re.sub(r"\W+", "_", labels[0].lower())


def _merge_vessel(out: dict[str, dict[str, Any]], key: str, into: dict[str, Any]) -> None:
    """File the unnamed group ``out[key]`` under the named ship it turned out to be."""
    v = out.pop(key)
    into["mentions"] += v["mentions"]
    into["first"] = min(into["first"], v["first"])


def _ship_context(text: str, a: int, b: int) -> bool:
    """A name next to a ship word ('the carrier Liaoning', 'Liaoning aircraft carrier') or
    after 'the' ('the Liaoning')."""
    before, after = text[max(0, a - 30) : a], text[b : b + 30]
    # (also a quoted name, «Shijiazhuang», and the second of two: "destroyers Xining and Wuxi")
    # ("the Vladivostok base" and "the Yokosuka Naval Base" are places, not ships)
    # ("the Liaoning and Shandong": the second of two after "the")
    the_ship = _THE_BEFORE.search(before) and not _CAPE_LIKE.match(text, a, b) and not _PLACE_WORD_AFTER.match(after) and not after.startswith("-based")
    # ("destroyers Yan’an and Zhanjiang", "Zhanjiang (Type 052D destroyer)")
    # ("Liaoning transiting Miyako Strait": a province neither sails nor transits)
    return bool(the_ship or _SHIP_WORD_BEFORE.search(before) or _SHIP_WORD_AFTER.match(after) or _SAILS_AFTER.match(after))


#: a disease named after the place it was found in: "the Wuhan Coronavirus"
_DISEASE_WORDS = r"\s+(?:[Cc]oronavirus|virus|pneumonia|outbreak)\b"
#: what makes a ship's name that is also a place's the place: "Liaoning Province", "Fujian Huihai
#: Shipping Co Ltd" and "the Fujian-based company" (a firm named after its province)
_PLACE_NOT_SHIP_AFTER = re.compile(r"\s+(?:Province|province|Peninsula|peninsula|Port|port|City|city)\b|" + _DISEASE_WORDS + r"|-based\b|(?:\s+[A-Z][a-z]+)?\s+(?:Shipping|Group|Company|Co|Corporation|Ltd|Lines?|University|Government)\b")
_THE_BEFORE = re.compile(word_first(r"\b[Tt]he\s+(?:[A-Z][\w'’-]+\s+and\s+)?[\"“']?$"))
_CAPE_LIKE = re.compile(r"(?:Port|Cape|Mount|Fort)\s")
_DISEASE_AFTER = re.compile(_DISEASE_WORDS)
_PLACE_WORD_AFTER = re.compile(_DISEASE_WORDS + r"|\s+(?:International\s+)?(?:[Cc]ruise\s+|[Pp]assenger\s+|[Ff]erry\s+)?(?:Terminal|Pier|Wharf)\b|\s+(?:[Cc]ruise|[Pp]assenger|[Ff]erry)\s+(?:[Tt]erminal|[Pp]ier|[Ww]harf)\b|\s+(?:[Nn]aval\s+)?(?:[Bb]ase|[Pp]ort|[Hh]arbou?r|[Rr]egions?|[Aa]reas?|[Cc]it(?:y|ies)|[Pp]refectures?|[Pp]rovinces?|[Pp]eninsulas?|[Gg]ulf|[Bb]ay|[Ss]hipyards?|[Dd]ockyards?)\b|\s+(?:LNG\s+|oil\s+|gas\s+|import\s+|export\s+|container\s+)*[Tt]erminals?\b")  # ("the Beihai LNG terminal": the port's; "the Dalian Shipyard": the city's; "the Tokyo cruise terminal")
_SHIP_WORD_BEFORE = re.compile(rf"\b{SHIP_WORDS}s?(?:,|\s+(?:--|—|–)|:)?\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+and\s+)?(?:(?:{_PREFIXES})\s+)?[«\"“']?$|\b(?:{_PREFIXES})\)?\s+(?:[A-Z][\w'’-]+\s+and\s+)?$")
_SAILS_AFTER = re.compile(r"\s+(?:(?:has|had|was|is)\s+)?(?:transit(?:s|ed|ing)|sail(?:s|ed|ing)|steam(?:s|ed|ing)|cruis(?:es|ed|ing)|pass(?:es|ed|ing)\s+(?:through|between))\b")
_SHIP_WORD_AFTER = re.compile(rf"\s+(?:aircraft\s+|(?:guided[- ])?missile\s+|[\w-]+-class\s+)?{SHIP_WORDS}s?\b|\s*\((?:Type\s+\w+\s+)?(?:guided[- ])?(?:missile\s+)?{SHIP_WORDS}\b", re.I)


#: the words between two ships told as one subject: "and", "and the frigate", ", HMCS"
_JOINED_BY = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?!(?:including|such|like|led|among|with|of)\b)[a-z][\w-]*\s+){{0,3}}(?:(?:{_PREFIXES})\s+)?")


class _Told:
    """Where each vessel is told in the text, sorted, for the "which vessel is this" lookups."""

    def __init__(self, vessels: list[dict[str, Any]]):
        self.spans = sorted((m["start"], m["end"], v["name"]) for v in vessels for m in v["mentions"])
        self.starts = [a for a, _, _ in self.spans]

    def at(self, s0: int, s1: int) -> str | None:
        """The first vessel told in [s0, s1)."""
        k = bisect.bisect_left(self.starts, s0)
        return self.spans[k][2] if k < len(self.spans) and self.spans[k][0] < s1 else None

    def before(self, s0: int, verb_at: int) -> tuple[str, int] | None:
        """The vessel told last in [s0, verb_at), and where that mention ends."""
        k = bisect.bisect_left(self.starts, verb_at) - 1
        return (self.spans[k][2], self.spans[k][1]) if k >= 0 and self.spans[k][0] >= s0 else None

    def joined(self, text: str, s0: int, s1: int, name: str) -> list[str]:
        """The vessels told joined to ``name``'s first mention in [s0, s1) by "and" or a comma
        ("the Liaoning and Shandong", "USS Higgins and the frigate HMCS Vancouver")."""
        k = bisect.bisect_left(self.starts, s0)
        while k < len(self.spans) and self.spans[k][0] < s1 and self.spans[k][2] != name:
            k += 1
        out: list[str] = []
        while k + 1 < len(self.spans) and self.spans[k + 1][0] < s1 and _JOINED_BY.fullmatch(text, self.spans[k][1], self.spans[k + 1][0]):
            k += 1
            if self.spans[k][2] not in (name, *out):
                out.append(self.spans[k][2])
        # (and the ship it sailed with: "Cutter Munro transits the Taiwan Strait during a routine
        # transit with ... destroyer USS Kidd")
        if k + 1 < len(self.spans) and self.spans[k + 1][0] < s1 and self.spans[k + 1][2] not in (name, *out):
            a, b = self.spans[k][1], self.spans[k + 1][0]
            cue = _COMPANION.search(text, a, b)  # (the cue, then a few words up to the next ship's name)
            if cue is not None and cue.start() - a <= 120 and "." not in text[a : cue.start()] and ";" not in text[a : cue.start()]:
                out.append(self.spans[k + 1][2])
        return out

    def other_than(self, before: int, name: str) -> str | None:
        """The vessel told last before ``before`` that is not ``name``."""
        for _, _, n in reversed(self.spans[: bisect.bisect_left(self.starts, before)]):
            if n != name:
                return n
        return None


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: "said Tuesday", "told a press conference Tuesday", "told reporters on Tuesday": when it was reported
_REPORTED = r"(?:said|says|announced|reported|told|confirmed|added|stated|noted)\s+(?:(?:an?|the)\s+)?(?:(?:press|news)\s+(?:conference|briefing)\s+|reporters\s+|journalists\s+|in\s+a\s+statement\s+)?(?:on\s+)?"
_WEEKDAY_RE = re.compile(rf"\b(?P<verb>{_REPORTED})?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


#: a sentence that goes on from the one before: "The ship then ...", "It then ...", "Then ..."
_THEN_RE = re.compile(r"\s*(?:(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[\w-]+\s+){0,3}?(?:ships?|vessels?|destroyers?|frigates?|group|flotilla|warships?)|It|They)\s+then\b|\s*Then\b")


def _weekday(sentence: str) -> int | None:
    """The weekday a sentence's movement happened on (not the day it was reported, unless the
    movement is told as "earlier the same day")."""
    reported = None
    sentence = re.sub(r"\([^()]*\b(?:GMT|UTC)\b[^()]*\)", " ", sentence)  # "3:30 a.m. (6:30 p.m. Wednesday GMT)", "(1830 GMT Tuesday)": the same time, told in GMT
    for m in _WEEKDAY_NEEDS.finditer(sentence):
        if not m.group("verb") and re.fullmatch(r"\s*On\s+", sentence[: m.start()]) and re.match(r",\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:said|says|announced|reported|confirmed)\b", sentence[m.end() :]):
            reported = WEEKDAYS.index(m.group("day")) if reported is None else reported  # "On Friday, the officials said ...": the day it was told
            continue
        if not m.group("verb"):
            return WEEKDAYS.index(m.group("day"))
        reported = WEEKDAYS.index(m.group("day")) if reported is None else reported
    if reported is not None and re.search(r"\b(?:earlier|later)\s+(?:the|that)\s+same\s+day\b|\bthe\s+same\s+day\b", sentence):
        return reported  # "The ministry said Wednesday that ... entered the East China Sea earlier the same day"
    return None


_REPORTED_DATE = re.compile(rf"\b{_REPORTED}$|\b(?:released|published|issued)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,6}}?(?:in\s+[A-Z][\w-]+\s+)?(?:on\s+)?$")  # (and "a photo released by the Ministry of Defense in Tokyo on October 23")


#: the caption of a picture the page printed: "A photo released by the Ministry ... showing ..."
_PICTURE_CAPTION = re.compile(r"\s*(?:A|An|The|This)\s+(?:[\w-]+\s+)?(?:(?:photo|photograph|picture|image|map|handout|video|screenshot)\s+(?:released|provided|taken|issued|published|posted|distributed)\b[^.;]{0,120}?\bshowing|(?:photo|photograph|picture|image)\s+shows)\b")  # (and "This photo shows ... arriving at the port of Manila"; a map that shows a route still tells it)
_KIND_WORD = re.compile(r"carrier|destroyer|frigate|corvette|submarine|icebreaker|cruiser")
#: a ship told by its kind as a subject: "the carrier strike group", "the Japan-based destroyer"
_THE_KIND_BEFORE = re.compile(word_first(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(carrier|destroyer|frigate|corvette|submarine|icebreaker|cruiser)s?\b(?:\s+(?:strike\s+)?group)?\s+(?:(?:has|have|had|also|then|later|will|would)\s+)*$"))
#: a day told without its month: "on the 21st", "on the night of the 22nd"
_DAY_ONLY = re.compile(word_first(r"\bon\s+the\s+(?:(?:night|morning|afternoon|evening)\s+of\s+the\s+)?([12]?\d|3[01])(?:st|nd|rd|th)\b"))


#: the days a telling spans: "from March 10 to March 11", "between Dec. 2 and 5", "July 22-27"
_DAY_SPAN = re.compile(rf"\b(?:(?:from|between)\s+)?(?P<m1>{_MONTH_OR_ABBR})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|through)\s*(?:(?P<m2>{_MONTH_OR_ABBR})\s+)?(?P<d2>\d{{1,2}})\b(?!:)")


def _last_day(sentence: str, first: int) -> int:
    """The last day (month * 31 + day) of the span of days ``sentence`` tells that starts on
    ``first``; ``first`` itself when it tells none."""
    for m in _DAY_SPAN.finditer(sentence) if _DIGIT.search(sentence) else ():
        m1 = MONTHS[_MONTH_ABBR.get(m.group("m1"), m.group("m1"))]
        if m1 * 31 + int(m.group("d1")) == first:
            m2 = m.group("m2")
            return (MONTHS[_MONTH_ABBR.get(m2, m2)] if m2 else m1) * 31 + int(m.group("d2"))
    return first


#: a sighting on the way told after the destination: "en route to Pacific ... when spotted in"
_SEEN_WHEN = re.compile(r"\b(?:en route|on (?:its|their|her) way|heading|headed|bound)\b[^.;]{0,60}\bwhen\s+(?:(?:it|they|she)\s+(?:was|were)\s+)?(?:spotted|sighted|seen|detected|found|observed)\s+(?:sailing\s+|navigating\s+)?in\s+(?:the\s+)?$", re.I)
#: a firm named after a country: "China Southern Airlines"
_COMPANY_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Airlines?|Airways|Shipping|Corporation|Bank|Television|Broadcasting)\b")
#: a headline's infinitive, a plan: "German Frigate to Pass Through the Taiwan Strait"
_HEADLINE_PLAN = re.compile(r"\b(?:frigate|destroyer|warship|ship|vessel|carrier|submarine|icebreaker|corvette|cutter|flotilla|fleet)s?\s+to\s+(?:pass|sail|transit|cross|enter|visit|head|steam|call|dock|arrive)\b", re.I)
#: a time that leads its sentence: "In June, ...", "On Aug. 27, ...", "Last month ..."
_TIME_LEADS = re.compile(r"\s*(?:(?:In|On|Last|Earlier|Back in)\s+(?:[A-Z][a-z]+\.?|\d{4}|month|year|week)\b|(?:Last|Earlier this)\s+(?:month|year|week)\b)")
#: a strait's passage told as a noun after its name: "Taiwan Strait Transit"
_PASSAGE_NOUN_AFTER = re.compile(r"\s+(?:[Tt]ransits?|[Pp]assages?|[Cc]rossings?)\b")
#: aircraft, not ships: "crossed the Taiwan Strait's median line and entered the airspace"
_AIR_WORDS = re.compile(r"\b(?:airspace|aircraft|fighters?|jets?|(?:war)?planes?|bombers?|drones?|sorties)\b")
#: a waterway as some ships' habit: "the usual route Chinese warships take"
_USUAL_ROUTE = re.compile(r"\b(?:usual|customary|normal|typical|preferred)\s+(?:route|path|passage|gateway|way)\b")
#: a place an exercise is held in: "major maritime exercises in the Pacific"
_EXERCISE_IN = re.compile(r"\b(?:exercises?|drills?|man(?:oeu|eu)vres?|maneuvers|war\s?games)\s+in\s+(?:the\s+)?$", re.I)


def _date(sentence: str) -> int | None:
    """The first month and day the sentence tells of a movement (not the day it was reported),
    as month * 31 + day; None when it gives none."""
    for m in _DAY_NEEDS.finditer(sentence) if _DIGIT.search(sentence) else ():  # (a day has a digit: DAY_RE tries every position)
        if _REPORTED_DATE.search(sentence[: m.start()]):
            continue
        month = m.group("month") or m.group("month2")
        day = int(m.group("day") or m.group("day2"))
        return MONTHS[_MONTH_ABBR.get(month, month)] * 31 + day
    return None


#: the words _ADJECTIVE_TAIL can end on (besides a number's and a hyphened word's): its adjectives and units
_ADJECTIVE_LAST = frozenset("russian canadian norwegian american open western eastern northern southern central wider broader broad wide high west east north south northwest northeast southwest southeast northwestern northeastern southwestern southeastern sensitive contentious strategic narrow busy disputed key vital international icy frozen remote neighbouring neighboring nearby treacherous dangerous perilous stormy long mile miles km kms kilometer kilometers kilometre kilometres".split())
_ADJECTIVE_TAIL = re.compile(r"\b(?:(?:highly|very|most|strategically|politically|fiercely|hotly|geopolitically|increasingly|heavily)\s+)?(?:(?:[a-z]+i[sz]ed|open|western|eastern|northern|southern|central|wider|broader|broad|wide|high|west|east|north|south|north-?west|north-?east|south-?west|south-?east|north-?western|north-?eastern|south-?western|south-?eastern|sensitive|contentious|strategic|narrow|busy|disputed|key|vital|international|icy|frozen|remote|neighbou?ring|nearby|treacherous|dangerous|perilous|stormy|russian|canadian|norwegian|american|\d+[- ](?:mile|km|kilometer|kilometre|nautical[- ]mile)s?(?:[- ](?:wide|long))?)\s+(?:and\s+)?)+$", re.I)  # (and "the 90-mile-wide Taiwan Strait", "is now in the Russian Arctic")


#: a listed place, the time of its passage, and the next item: "... Strait on July 24 and the "
_DATED_ITEM = re.compile(r"^(?P<lead>.*[A-Z][\w'’-]*(?:\s+(?:Strait|Straits|Sea|Channel|Gap))?)\s+(?:on|in|from|between)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[A-Z][a-z]+)?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{1,2})?|[A-Z][a-z]+day|(?:early|mid|late)[- ]?[A-Z][a-z]+|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)\s*,?\s+and\s+(?:the\s+)?$")


_PORT_CALL_LIST = re.compile(rf"\b(?i:(?:business|port)\s+calls?\s+(?:at|to|in)|visit(?:s|ed|ing)?)\s+(?:the\s+)?ports?\s+(?:of|in)\s+{_COUNTRIES_NAMELY}{_NAME_LIST}(?:the\s+)?$")


#: a voyage's end told as a return home: "returned to their home base in Vladivostok after ...",
#: "arrived at the main base ... after completing the tasks of a long voyage"
_HOME_AGAIN = re.compile(r"\b(?:have|has|had)?\s*(?:returned|arrived|come back|came back)\b[^.;]{0,80}\b(?:home|main|permanent)\s+(?:naval\s+)?(?:base|port)\b|\b(?:returned|arrived)\b[^.;]{0,80}\bafter\s+(?:completing|successfully|wrapping up|finishing|concluding|(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}(?:voyage|deployment|campaign|cruise|mission|expedition)s?\b)|\breturned\s+to\s+(?:its|their|her)\s+[A-Z][\w-]*\s+(?:home\s+)?(?:base|port)\b|\b(?:completed|concluded|finished)\b[^.;]{0,80}\band\s+returned\b", re.I)


#: an island's waters entered: "entered prohibited waters around Kinmen", "entered Kinmen waters"
#: an island's waters told by a smaller island in it the gazetteer lacks: "entered the restricted
#: waters of Wuqiu, Kinmen", "... around the outlying islands of Dongyin in Matsu and Wuqiu in Kinmen"
_ISLAND_WATERS_VIA = re.compile(r"\b(?:entered|entering|enters|re-entered|intruded\s+into|intruding\s+into)\b[^.;]{0,60}\bwaters\s+(?:of|around|surrounding|near|off)\s+(?:the\s+)?(?P<between>(?:[\w'’-]+\s+){0,8}?(?-i:[A-Z])[\w'’-]+)(?:,\s+|\s+in\s+)$", re.I)  # (not "waters off a chain of islets in Okinawa")
_ISLAND_WATERS_BEFORE = re.compile(r"\b(?:entered|entering|enters|re-entered|intruded\s+into|intruding\s+into|(?:sailed|navigated|cruised)\s+inside|approached)\b[^.;]{0,60}\bwaters\s+(?:of|around|surrounding|near|off)\s+(?:the\s+)?(?:(?!(?:in|on|at|of|off|near)\s)[\w'’-]+\s+){0,3}$", re.I)  # (not "waters off the Senkaku Islands in Okinawa")
#: "in the contiguous zone south-southeast of Tanegashima Island", "crossed into Japanese waters
#: southwest of Kagoshima's Kuchinoerabu Island", "exiting the area at a point south of Yakushima":
#: a ship in an island's waters, placed by a bearing from it
_ISLAND_BEARING_BEFORE = re.compile(r"(?:\b(?:waters|contiguous zone|territorial seas?|area|point|travell?ed|sailed|sailing|moved|moving|navigating|navigated|exited|exiting|left|leaving|spotted|sighted|seen|detected)\s*,?\s+(?:(?:them|it|the\s+area)\s+)?(?:from\s+)?(?:(?:about|some|around|roughly)\s+)?(?:\d+\s*(?:km|kilometers|kilometres|miles|nautical miles)\s+)?(?:to\s+the\s+)?|\bfrom\s+the\s+)(?:(?:north|south|east|west)(?:-?(?:north|south)?(?:east|west))?|north|south)(?:\s+(?:side|coast|tip))?\s+of\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?island\s+of\s+|(?:the\s+)?[\w-]+['’]s\s+|neighbou?ring\s+|nearby\s+)?$"
                                    r"|\b(?:waters|(?<=in )seas|contiguous zone|territorial seas?)\b[^.;,]{0,30},?\s+off\s+(?:the\s+coast\s+of\s+)?(?:(?-i:[A-Z])[\w-]+['’]s\s+)?$"
                                    r"|\b(?:operating|sailing|cruising|surveying|anchored|loitering)\s+off\s+(?:the\s+coast\s+of\s+)?$"  # "detected the survey ship operating off Okinawa"
                                    r"|\b(?:exclusive economic zone|EEZ|economic waters)(?:\s*\(EEZ\))?\s+(?:near|around|off|of|surrounding|to\s+the\s+(?:north|south|east|west)\w*\s+of)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:island|atoll|islet|reef|prefecture)\s+of\s+)?$"  # "within Japan's exclusive economic zone near Minamitorishima", "the Japanese economic waters surrounding the remote Pacific atoll of Okinotori"
                                    r"|\b(?:territorial\s+waters|(?:Japan['’]s|Japanese)\s+(?:territorial\s+)?waters)\s+(?:near|around|off)\s+(?:the\s+)?(?:islands?\s+of\s+)?(?:(?-i:[A-Z])[\w-]*\s+(?:and\s+)?)?$", re.I)  # "entered Japan's waters near the islands of Uotsuri and Minamikojima"
_ENTERED_BEFORE = re.compile(r"\b(?:entered|entering|enters|re-entered|sailed\s+inside)\s+(?:the\s+)?$", re.I)
_WATERS_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:restricted|territorial|prohibited|surrounding)\s+)?waters\b")
#: a military, a navy or a fleet, not ships, holding drills: "its Pacific Fleet will conduct an exercise in ...",
#: "The Russian Navy has been conducting large-scale maritime exercises in the Sea of Okhotsk since ..."
_INSTITUTION_DRILL = re.compile(r"(?:\b[Tt]he\s+|\b[Ii]ts\s+|^\s*)(?:(?:Russian|Chinese|Japanese|Russia['’]s|China['’]s)\s+)?(?:military|army|[Nn]avy|armed forces|(?:Pacific|Northern|Baltic|Black Sea)\s+Fleet(?:\s+forces)?)\s+(?:has been\s+|have been\s+|had been\s+|will\s+|would\s+|is\s+|are\s+|was\s+|were\s+|has\s+|have\s+)?(?:carrying out|conducting|conduct|conducted|hold|holding|held|stage|staging|staged|started|begun|began|launched|kicked off)\b[^.;]{0,60}\b(?:drills?|exercises?|maneuvers?|manoeuvres?)\b")
_SET_OUT = re.compile(r"\b(?:departed|left|(?:waved|seen) off|set(?:s|ting)? (?:sail|out|off)|kicked off (?:its|their|her|the) (?:[\w-]+ ){0,2}(?:journey|voyage|expedition|cruise|deployment|mission|trip))\s+(?:from\s+)?", re.I)


def _no_voyage_round_japan(sent: str, a: int, b: int, mentions) -> bool:
    """Whether "around Japan" at sent[a:b] tells no voyage round it, so that no passages are
    guessed: part of the way, a voyage whose legs are told, one recalled or guessed, or a place
    or activity around Japan rather than a ship's course."""
    before = sent[:a]
    return bool(
        # "sailed nearly halfway around Japan"; "began their voyage around Japan ... when they transited"
        re.search(r"\b(?:half|halfway|half-way|partly|part of the way)\s+around\s+$|\bbeg[au]n\s+(?:(?:its|their|her)\s+)?(?:[\w-]+\s+)?(?:voyage|journey|trip|cruise|to sail)\s+around\s+$", before, re.I)
        # "Last year, Chinese and Russian warships circumnavigated Japan, prompting ...": recalled, its passages untold
        or (re.search(r"\b(?:last year|a year ago|the previous year|earlier this year|in (?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b", before, re.I) and not any(x.type in ("strait", "sea") for x, *_ in mentions))
        # "were expected to make a complete circle around Japan if they continued": a guess
        or re.search(r"\b(?:expected|likely|poised|set|able)\s+to\s+(?:[\w-]+\s+){0,4}around\s+$", before, re.I)
        or re.match(r"[^.;]{0,40}\bif\b", sent[b:])
        # "the EEZ around Japan's Okinotorishima island": round that island
        or re.match(r"['’]s?\s", sent[b:])
        # "a domestic training cruise around Japan": round its ports, not round the islands
        or re.search(r"\bdomestic\s+(?:[\w-]+\s+){0,2}(?:cruise|voyage|tour|trip)\s+around\s+$", before, re.I)
        # "the waters and airspace around Japan", "military actions around Japan": where, not a course
        or re.search(r"\b(?:(?:waters|airspace|areas?|seas|region|vicinity|EEZ|zones?)\s+(?:\w+\s+){0,2}|(?:actions?|activit(?:y|ies)|assertiveness|behaviou?r|pressure|presence|tensions?|threats?|traffic)\s+)around\s+(?:the\s+)?$", before, re.I)
    )


#: islands too large for "waters southwest of Hokkaido" to place a ship more closely than the sea
_LARGE_ISLANDS = frozenset({"hokkaido", "honshu", "kyushu", "shikoku", "sakhalin"})


def _island_by_bearing(sent: str, a: int, e: Entry, moves: list) -> bool:
    """Whether a moving ship is placed in the waters of the island named at ``a`` by a bearing
    from it ("entered territorial waters southwest of Kuchinoerabu Island"); not when it only
    approached them ("approaching restricted waters south of Kinmen")."""
    m = _ISLAND_BEARING_BEFORE.search(sent[:a]) if moves and e.id not in _LARGE_ISLANDS else None
    if m is not None and (far := re.search(r"(\d+)\s*(km|kilometers|kilometres|miles|nautical miles)\b", m.group(0))):
        km = int(far.group(1)) * {"miles": 1.609, "nautical miles": 1.852}.get(far.group(2), 1.0)
        if km > _CONTIGUOUS_KM:
            return False  # "seen about 140 kilometers north of Miyako Island": a position at sea, beyond the island's waters
    if m is not None and m.group(0).startswith("waters") and re.search(r"\b(?:Pacific|Sea|Ocean)\s+$", sent[: m.start()]):
        return False  # "navigating the West Pacific waters south of Miyako Island": the sea's waters, placed by a bearing
    return m is not None and not re.search(r"\bapproach\w*\s+(?:[\w'’-]+\s+){0,3}$", sent[: m.start()], re.I)


#: an island's waters told by "the island" named before: "through the island's contiguous zone"
_THE_ISLANDS_WATERS = re.compile(word_first(r"\b(?:the|that)\s+island['’]s\s+(?:contiguous\s+zone|territorial\s+(?:waters|seas?)|waters)\b"))
#: the ship that ordered another to stop, told before the other's move: "ignored orders from a Japanese coast guard cutter"
_ORDERS_FROM = re.compile(word_first(r"\b(?:orders?|instructions?|demands?)\s+(?:from|by|of)\s+(?:an?\s+|the\s+)?$"))
#: a position at sea measured from a place: "in waters about 230 kilometers from Amami Oshima"
_POSITION_FROM = re.compile(r"\b(?:waters|point|position|area|located|lying|spotted|sighted|seen|detected|found)\s+(?:(?:about|some|around|roughly|approximately|nearly|just)\s+)?\d[\d,.]*\s*(?:km|kilometers|kilometres|miles|nautical miles|nm)\s+(?:away\s+)?from\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$")
#: how far an island's waters reach: its contiguous zone, 24 nautical miles (UNCLOS art. 33)
_CONTIGUOUS_KM = 24 * 1.852


#: each relation's pattern, compiled once (_relation runs for every place named), with the words
#: one of which it needs (read from the pattern): a tail that lacks them all is not searched
_RELATIONS_RX = [(name, re.compile(pat, re.I), required_words(pat, re.I)) for name, pat in RELATIONS]
_RELATIONS_GATE = WordGate([needs for _, _, needs in _RELATIONS_RX])


def _relation(before: str) -> str:
    if before.endswith(("-", "–", "- ", "– ")):
        before = re.sub(r"\b[A-Z][\w']*\s?[-–]\s?$", "", before)  # "through the Okinawa–Miyako Strait"
    tail = before[-60:]
    words = tail.split()[-2:]
    last = (words[0] if len(words) == 2 and words[1].lower() == "and" else words[-1] if words else "").lower()
    if last in _ADJECTIVE_LAST or "-" in last or any(c.isdigit() for c in last) or last.endswith(("ized", "ised")):  # (the only words _ADJECTIVE_TAIL can end on: the tail is searched only then; and "the increasingly militarized Taiwan Strait")
        tail = _ADJECTIVE_TAIL.sub("", tail)  # "to the open Pacific" reads as "to the Pacific"
    if ("s " in tail[-24:] or "Activities" in tail[-30:]) and (owner := _OWNER_TAIL.search(tail)):
        before = before[: len(before) - (len(tail) - owner.start())] if before.endswith(tail[owner.start() :]) else before  # (and for the lists below: "visited ... Keelung and South Korea's Busan")
        tail = tail[: owner.start()]  # "stuck in thick ice in Russia's Far East Sea of Okhotsk": in the sea
    if "port" in before[-200:] and _PORT_CALL_LIST.search(before[-200:]):
        return "to"  # "made business calls at the ports of over 10 countries, in particular, India, ...": a long lead-in
    dated = _DATED_ITEM.search(before[-160:]) if _AND_TAIL.search(tail) else None
    if dated:  # "through the Tsushima Strait on July 24 and the Soya Strait": the list goes on past a date
        return _relation(dated.group("lead") + " and ")
    wide = before[-130:]  # (a call told by a noun may stand further back than the tail: "the arrival of the hospital ship USNS Comfort at")
    if ("mission" in wide or "visit" in wide or "tour" in wide or "call" in wide) and _MISSION_IN_RE.search(before, max(0, len(before) - 160)):
        return "to"  # a purpose, and before a long list: "for a humanitarian medical mission in Kiribati, Tonga, Vanuatu, Solomon Islands and"
    if any(w in wide for w in ("arrival", "call at", "call in", "calls at", "calls in", "call aboard", "ock", "stop", "welcom", "greet")) and _CALLED_AT.search(wide):
        return "to"
    for k in _RELATIONS_GATE.candidates(tail.lower()) if not odd_folds(tail) else range(len(_RELATIONS_RX)):  # (a long s or dotless i: the gate's lower-case words may miss what re.I matches)
        name, rx, _ = _RELATIONS_RX[k]
        if rx.search(tail):
            return name
    # "patrolled the waters around the disputed islets, called Diaoyu by China": a name given to
    # the islands the words before told of takes their relation
    called = _CALLED_TAIL.search(tail) if ("called" in tail or "known as" in tail) else None
    if called:
        return _relation(before[: len(before) - (len(tail) - called.start())] + " ")
    # "channeling through five marginal seas of the Arctic: the Chukchi Sea, ...": a list after a
    # colon takes the words that led to it
    colon = re.search(r"(?P<lead>.*\b(?:through|into|across|via|in|to|visited|visiting))\s+(?:[\w-]+\s+){0,8}?[\w-]+\s*:\s*(?:the\s+)?$", before[-120:]) if re.search(r":\s*(?:the\s+)?$", before) else None
    if colon:
        return _relation(colon.group("lead") + " ")
    # "into the Beaufort and Chukchi seas": a name the gazetteer lacks, first in a list
    listed = re.search(r"^(?P<lead>.*?\S)\s+(?:(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*)*(?:\s*\([^)]*\))?(?:\s*[,;]\s*|\s+and\s+|\s*[,;]\s*and\s+|\s+as\s+well\s+as\s+(?:(?:at|in|to)\s+)?(?:ports?\s+(?:in|of)\s+)?))+(?:the\s+)?$", _ADJECTIVE_TAIL.sub("", before[-260:])) if re.search(r"[A-Z)][\w'-]*\)?(?:[,;]\s*|\s+and\s+|[,;]\s*and\s+|\s+as\s+well\s+as\s+(?:(?:at|in|to)\s+)?(?:ports?\s+(?:in|of)\s+)?)(?:the\s+)?$", tail) else None  # (and "stops in Southeast Asia as well as at ports in India")
    if listed:
        # (a headline's capitals are no names: "to Catch Whales Off Tohoku, Hokkaido" is off Hokkaido)
        prep = list(_TITLE_PREPOSITION.finditer(before, listed.end("lead")))
        if prep:
            return _relation(before[: prep[-1].start()] + prep[-1].group(1).lower() + " ")
        return _relation(listed.group("lead") + " ")
    return "mentioned"


_CALLED_TAIL = re.compile(r"(?<=\s)(?:the|these|those)\s+(?:[a-z][\w-]*\s+){0,2}(?:islands|islets|isles|island chain|archipelago|strait|waterway),?\s+(?:called|known\s+as)\s+(?:the\s+)?$")
_OWNER_TAIL = re.compile(r"(?<=\s)(?:(?:Russia|China|Japan|(?:South\s+|North\s+)?Korea|Taiwan)['’]s\s+(?:Far\s+(?:East\s+)?)?|(?:[A-Z][\w-]*\s+){0,4}(?:Force|Forces|Navy|Guard|Fleet|Command)['’]s\s+|Fleet\s+Activities\s+(?:\([A-Z]+\)\s+)?)$")  # (and "returned to the Fleet Activities (FLEACT) Yokosuka base")
_TITLE_PREPOSITION = re.compile(r"\b(Off|Near|Around|Into|Through|Toward|Towards|From|In|At|Along|Across)\s+(?=[A-Z])")


def _entry_point(e: Entry) -> tuple[float, float] | None:
    return (e.lon, e.lat) if e.lon is not None and e.lat is not None else None


def _choose_kuril(prev: tuple[float, float] | None, nxt: tuple[float, float] | None) -> str:
    gaz = gazetteer()
    if prev is None and nxt is None:
        return "bussol"

    def cost(sid):
        p = _entry_point(gaz.by_id[sid])
        total = 0.0
        for q in (prev, nxt):
            if q is not None:
                total += GEOD.inv(q[0], q[1], p[0], p[1])[2]
        return total

    return min(KURIL_PASSAGES, key=cost)


def _holds_group(gaz: Gazetteer, dispute: str | None, waypoints: Iterable[dict[str, Any]]) -> bool:
    """Whether any of these waypoints is a place of the disputed group ``dispute``."""
    return any(w.get("id") in gaz.by_id and gaz.by_id[w["id"]].dispute == dispute for w in waypoints)


def _waypoint(e: Entry, relation: str, inferred: bool, span: tuple[int, int], sentence: str, note: str | None = None) -> dict[str, Any]:
    group = gazetteer().by_id.get(e.dispute) if relation == "waters of" and e.type == "island" and e.dispute else None
    if group is not None and group.lon is not None:
        e = group  # "inside the territorial limit, mainly around Minamikojima": the group's waters
    return {"name": e.name, "id": e.id, "type": e.type, "lon": e.lon, "lat": e.lat, "relation": relation, "inferred": inferred, "start": span[0], "end": span[1], "sentence": sentence, "note": note}


_DIGIT = re.compile(r"\d")
_YEAR_DIGITS = re.compile(r"(?:19[5-9]|20[0-4])\d")  # (looked for before YEAR_RE, which tries every position)


#: a record claimed for a voyage already told: "makes him the world's oldest person to complete a
#: solo, nonstop crossing of the Pacific", "He is the first blind person to successfully sail across"
_RECORD_CLAIM = re.compile(r"\b(?:is|was|became|become|becomes|becoming|makes?|made|making)\s+(?:(?:him|her|them)\s+)?(?:now\s+)?(?:the\s+)?(?:world['’]s\s+)?(?:first|oldest|youngest)\s+(?:[\w-]+\s+){0,2}?(?:person|man|woman|sailor|yachtsman|yachtswoman|adventurer|one)\s+(?:ever\s+|in\s+the\s+world\s+|on\s+record\s+)?to\s+", re.I)
_MONTH_NAME = re.compile(word_first(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"))


def _one_arrival_each(wps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The waypoints without a port reached again right after itself in a sentence that tells the
    same arrival ("Italian ship visits Manila" over "... arrived at the Port of Manila")."""
    return [w for k, w in enumerate(wps) if not (k and w.get("relation") in ("to", "into") and wps[k - 1].get("relation") in ("to", "into") and w.get("id") is not None and wps[k - 1].get("id") == w.get("id") and _told_again(wps[k - 1].get("sentence") or "", w.get("sentence") or ""))]


def _told_again(first: str, second: str) -> bool:
    """Whether two sentences that bring a ship to the same port tell one arrival: no other day, no
    other month, no "previous" or "again" visit."""
    if _days_apart(first, second) or re.search(r"\b(?:previous|earlier|last|first)\s+(?:time|visit|call)\b|\bagain\b", second, re.I):
        return False
    a, b = {m[:3] for m in _MONTH_NAME.findall(first)}, {m[:3] for m in _MONTH_NAME.findall(second)}
    return not (a and b and a.isdisjoint(b))


_MONTH_KEYS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _period(sentence: str, last_year: int | None, published_year: int | None) -> tuple[str | None, bool, int | None]:
    # (a year after "since" dates a history, not this sentence: "exercises held since 1986";
    # but "since 2021, when HMS Richmond passed" dates that passage)
    m = None if not _YEAR_DIGITS.search(sentence) else next((m for m in YEAR_RE.finditer(sentence) if not (re.search(r"\bsince\s+(?:(?:early|mid|late)[- ]?)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?$|\bsince\s+(?:its|their|the)\s+(?:inception|founding|launch|start|creation|establishment|beginning)\s+in\s+$", sentence[max(0, m.start("year") - 40) : m.start("year")], re.I) and not re.match(r",?\s+when\b", sentence[m.end() :]))), None)
    if m:
        year = int(m.group("year"))
        month = m.group("month")
        season = m.group("season")
        if month:
            return f"{year}-{MONTHS[month]:02d}", False, year
        if season in ("summer",):
            return f"{year}-06/{year}-08", False, year
        if season in ("mid",):
            return f"{year}-05/{year}-08", False, year
        return str(year), False, year
    if "year" in sentence.lower() and re.search(r"\bnext year\b|\ba year later\b|\bthe following year\b", sentence, re.I) and last_year and _MOVE_LOWER.search(sentence.lower()):
        return str(last_year + 1), True, last_year + 1  # (a voyage's; not "It will be replaced by a modern vessel next year")
    base = last_year or published_year
    mm = _IN_MONTH.search(sentence)
    if mm and base:
        return f"{base}-{MONTHS[mm.group(1)]:02d}", True, base
    return None, False, last_year


#: a voyage to or from a country: "en route to", "on its way to", "returned to", "a trip from X to"
#: a ship at a port's event, or meeting another there, told before the port: "took part in the Navy Day parade on July 28 in "
_TOOK_PART_IN_PORT = re.compile(r"\b(?:took|taking|takes|take) part in\b(?:(?!\bin\b)[^.;]){0,60}\b(?:celebrations?|parade|review|festivities|ceremony|show)\b[^.;]{0,30}\bin\s+$"
                                r"|\b(?:met|meets|meeting)(?: up)? with\b(?:(?!\bin\b)[^.;]){0,60}\bin\s+$", re.I)  # "met up with her sister HMS Spey in Yokohama"
#: a ship arriving at a port told just before its name ("arrived at a key naval base in the city of")
#: a capital as the subject of a government's verb: "as London deepens military ties", "Tokyo protested"
_CAPITAL_AS_SUBJECT = re.compile(r"\s+(?:(?:has|have|had)\s+(?:\w+\s+)?)?(?:deepens?|deepened|says?|said|wants?|wanted|seeks?|sought|hopes?|hoped|believes?|believed|announced|announces|warned|warns|protested|protests|claims?|claimed|considers?|considered|insists?|insisted|urged|urges|called\s+on|accused|accuses|condemned|condemns|responded|responds|lodged)\b")
#: what a ship does in a sea, said as its activities: "will conduct surveillance activities in the East China Sea"
_OWN_ACTIVITIES = re.compile(r"\b(?:conduct\w*|carr\w+\s+out)\s+(?:[\w-]+\s+)?(?:surveillance|monitoring|patrol(?:ling)?|survey|research)\s+activities\s+in\s+(?:the\s+)?$", re.I)
#: a port call refused: "denied a U.S. Navy request for the aircraft carrier USS John C. Stennis to enter the Hong Kong port"
_REFUSED_ENTRY = re.compile(r"\b(?:prohibited|barred|banned|denied|refused|blocked|forbade|rejected|turned\s+down)\b(?:[^.;]|(?<=[A-Z])\.){0,80}?\b(?:from\s+entering|to\s+enter|entry\s+(?:to|into)|to\s+visit|from\s+visiting|to\s+call\s+at|to\s+dock\s+(?:at|in)|docking\s+(?:at|in)|(?:port\s+)?visit\s+to|port\s+call\s+(?:at|in))\b[^.;,]*"
                            # "had sought to stop in Shanghai during its tour but was denied"
                            r"|\b(?:sought|wanted|hoped|planned|asked|tried)\s+to\s+(?:stop|call|dock|visit|make\s+a\s+port\s+call)\b[^.;]{0,80}?\bbut\s+(?:was|were|had\s+been)\s+(?:denied|refused|rejected|turned\s+(?:away|down))\b", re.I)
#: the ports of call a deployment "has included": "its 2016 patrol season, which has included India, ..."
_STOPS_INCLUDED = re.compile(r"\b(?:(?:includes?|included|including)\s+(?:port\s+)?(?:stops|calls|visits)\s+(?:in|at|to)|(?:patrol|deployment|voyage|cruise|tour|journey)(?:\s+season)?,?\s+which\s+(?:has|have|had)\s+included|ports?\s+of\s+call\s+(?:include|included|are|were|will\s+be)|port\s+(?:visits|calls)\s+(?:will\s+)?include|port[- ]calls?\s+(?:at|in|to)|port\s+(?:visits|calls)\s+(?:also\s+)?took\s+place\s+in|(?:ports|countries|nations|continents)\s+to\s+include)\s+$", re.I)  # (and "Port visits also took place in", "20 ports in 16 countries ... to include")  # (and "the scheduled ports of call include")
#: "to Boryeong in South Korea": a port the gazetteer lacks, then its country
_FROM_LEADS = re.compile(r"\s*From\s+(?:the\s+)?(?:port\s+of\s+)?")  # "From Yokohama, the ship arrived at Kagoshima"
_IN_ITS_COUNTRY = re.compile(r"\s+in\s+(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?")
_PLAN_GIVEN_UP = re.compile(r"\b(?:[Oo]riginally|[Ii]nitially)\s+(?:scheduled|planned|due|set|expected|meant|intended)\s+to\b[^.;]*?(?=,\s+(?:the|it|she|they|[A-Z])|[.;]|$)")
#: a club, marina or harbour left, then the city it is in: "left the Hawaii Yacht Club, Honolulu"
_FROM_CLUB_IN = re.compile(word_first(r"\b(?:from|left|leaving|departed|departing)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+)+(?:Yacht\s+Club|Yacht\s+Harbou?r|Marina)\s*,\s+$"))
#: "from Nishinomiya to San Francisco": a voyage's two ends told together (each a waypoint, though
#: no travel word stands right before them: "crossed the Pacific in the opposite direction, from ...")
#: a ship found in a port: "A North Korean vessel was found at South Korea's Samcheok-hang Port"
_FOUND_AT = re.compile(word_first(r"\b(?:was|were)\s+(?:\w+\s+)?found\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s\s+)?$"))
#: a ship at a port's quay, loading or unloading: "unloading cargo at Najin", "alongside in Rason Port"
_CARGO_AT = re.compile(r"\b(?:(?:un)?load(?:ed|ing|s)?|(?:waiting|ready|about)\s+to\s+be\s+(?:un)?loaded|alongside)\b(?:\s+(?:with\s+)?[\w-]+){0,3}?\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s\s+)?(?:(?:[\w-]+\s+)?port\s+of\s+)?$")
_TO_NEXT = re.compile(r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,)?\s+to\s+(?:the\s+)?[A-Z]")  # (and "from Rason, North Korea, to Vostochny")
_FROM_BEFORE_TO = re.compile(word_first(r"\bfrom\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+to\s+(?:the\s+)?$"))
#: a port the gazetteer lacks, then its country: "to Sakaiminato, Japan", "from Donghae, South Korea,"
#: a new ship's departure from the yard that built it, the yard's city told after it
_YARD_DEPARTURE = re.compile(word_first(r"\b(?:left|leaving|departed|departing|sent\s+off)\s+(?:from\s+)?[^.;]{0,80}?\b(?:shipyard|yard|facilities|facility)\b[^.;]{0,80}?\b(?:in|at|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:city\s+of\s+)?$"))
_BOUND_FOR = re.compile(r"\b(?:under ?way|bound|en route|head(?:ed|ing))\s+(?:for|to|towards?)\s+(?:the\s+)?$", re.I)
_DESTINATION_WAS = re.compile(r"\b(?:its|her|their|the|\w+['’]s)\s+(?:final\s+|next\s+)?destination\s+(?:(?:was|is|will\s+be)\b[^.;,]{0,120}|port\s+(?:of|in|at)\s+(?:the\s+)?)$", re.I)
#: a ship that lies between two shores, not one that passes between them
_LIES_BETWEEN = re.compile(r"\b(?:sank|sunk|sinks|sinking|capsized|foundered|search(?:ed|ing)?|an\s+area)\b[^.;]{0,50}$", re.I)
#: the nationality adjectives (not the countries' names, nor the institutions') of NATIONALITY
_ADJ_NAT_WORDS = tuple(k for k in NATIONALITY if re.fullmatch(r"(?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:an|ese|ish|ch|ine|et|ino)", k)) + ("UK", "U.K.", "US", "U.S.")  # (and "the UK port of Barrow-in-Furness")
_ADJ_NAT = "|".join(sorted((re.escape(w) for w in _ADJ_NAT_WORDS), key=len, reverse=True))
_PASSES_BEFORE = re.compile(r"\b(?:through|pass\w*|sail\w*|transit\w*|cross\w*|navigat\w*|head\w*|steam\w*)\b[^.;]{0,50}$", re.I)
#: a capital or a country acting at the head of a clause of its own: "after Pyongyang carried out tests in ..."
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|while|as)\s+$")
_ACTOR_VERB = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:carried\s+out|conducted|launched|fired|tested|held|staged|test-fired)\b")
#: a ship told as the object, right after the verb: "greeted the frigate and the Germans at ..."
_THE_SHIP_AFTER = re.compile(r"\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|frigate|destroyer|cruiser|corvette|carrier|warship|submarine|icebreaker)s?\b")
#: a voyage home told by the word: "... through the Panama Canal and onwards home to Japan"
_HOME_TO = re.compile(r"\b(?:home|homewards?)\s+to\s+(?:the\s+)?$")
#: a departure told right before a country's port: "left Malaysia's Port Kelang"
_DEPARTED_FROM = re.compile(r"\b(?:left|leaving|leaves|departed|departing|departs|(?:sailed|set\s+sail)\s+from)\s+$")
#: a port the gazetteer lacks, told with its country's adjective: "the secluded Russian port of Dunai"
_ADJ_UNNAMED_PORT = re.compile(r"\b(?:an?|the|its|their|her)\s+(?:nearby\s+|nearest\s+)?(?P<adj>" + _ADJ_NAT + r")\s+(?:(?:naval|military|fishing)\s+)?(?:[Pp]ort|harbou?r|naval\s+base)(?=\s*(?:[,.;:)]|$)|\s+(?:of\s+[Oo]rigin|for|on|where|after|and|while|with|early|late|last|this|near|close)\b|\s+at\s+[A-Z])")  # "taken to a South Korean military port" (not "a Japanese port facility"), "visited a Filipino port at Subic Bay"
_ADJ_PORT_OF = re.compile(word_first(rf"\b(?P<adj>{_ADJ_NAT}) (?:(?:naval|military|fishing|cargo|container|coal|oil|commercial) )?(?:port|port city|naval base|harbou?r|town|city) of (?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"))
#: a name made into an adjective: "North Korea-linked vessels", "China-made drones"
_COMPOUND_AFTER = re.compile(r"-(?:linked|made|owned|backed|registered|controlled|administered|flagged|built|led|allied|funded|sponsored|aligned|affiliated|related|produced|supplied|sanctioned)\b")
#: travel by land or air right before a place: "a night bus from Tokyo", "a flight to San Francisco"
_OTHER_MEANS = re.compile(r"\b(?:bus|train|flight|plane|taxi)\s+(?:from|to|back\s+to)\s+(?:the\s+)?$", re.I)
_UNKNOWN_PORT_COUNTRY = re.compile(word_first(r"\b(?:to|from|for)\s+(?:the\s+)?(?:(?:its|their|her)\s+home\s?port\s+of\s+)?(?:port\s+of\s+|town\s+of\s+)?(?P<name>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)(?:,\s+|\s+in\s+(?:the\s+)?)$"))  # (and "from the port of Barrow-in-Furness in the U.K.")
_FROM_PORT_IN = re.compile(word_first(r"\b(?:from|left|leaving|departed|departing)\s+(?:the\s+)?(?:(?:[A-Z][\w'-]*[\s-])+port|port\s+of\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?,?)\s+in\s+(?:the\s+)?$"))  # (and "departed from the port of Hakata, in Fukuoka")
_HARBOUR_AFTER = re.compile(r"(?:-hang)?\s+(?:[Hh]arbou?r|[Pp]ort|(?:naval\s+)?base|home\s*port|homeport)\b")  # ("slipped into Honolulu Harbor", "returned to its Yokosuka homeport": the city's port)
_LEFT_ITS = re.compile(word_first(r"\b(?:left|leaving|leaves?|departed|departing|departs?)\s+(?:its|their|her)\s+$"))
_HOME_AFTER = re.compile(r"\s+(?:home\s*port|homeport|(?:naval\s+)?base)\b")
_VIA_PORTS = re.compile(word_first(r"\b(?:via|by way of)\s+(?:the\s+)?(?:ports?\s+of\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:,\s+(?:and\s+)?|\s+and\s+))*$"))
_UNKNOWN_PORT_IN = re.compile(word_first(r"\b(?:to|towards?|for|at|entered|entering)\s+(?:the\s+)?(?:(?:[Pp]ort|[Cc]ity|[Tt]own)\s+of\s+)?(?P<port>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?(?:\s+(?:Naval\s+Base|Port|Harbou?r|Bay))?)\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?$"))  # (and "returned to Tsoying Naval Base in southern Taiwan", "a port call at Cam Ranh Bay in central Vietnam")
#: countries that are islands, which a voyage can go round ("circling Taiwan")
_ISLAND_COUNTRIES = frozenset({"taiwan", "sri_lanka"})
#: a ship that sailed into a port: "sailed into Auckland on the morning of 10 May"
_SAILED_INTO = re.compile(r"\b(?:sail(?:ed|s|ing)?|steam(?:ed|s|ing)?|cruis(?:ed|es|ing))\s+into\s+(?:the\s+)?$")
_ARRIVAL = re.compile(r"\b(?:arriv(?:ed|es|ing|e|al)|reach(?:ed|es|ing)|pulled into|put into|made landfall|dock(?:ed|s|ing)|berthed|landed at|anchored|quarantined|dropped anchor|at anchor|(?:made a )?port call|(?:made|makes?) (?:port|(?:a )?business call)|call(?:ed|s|ing)? (?:at|in))\b[^.;]{0,80}$", re.I)  # (and "will call at Osaka")
_VISIT_TO = re.compile(rf"\b(?i:(?:visit(?:s|ed|ing)?(?:\s+and\s+(?:[a-z-]+\s+){{0,3}}?services)?|goodwill(?:\s+(?:cruise|voyage|tour|mission|visit))?(?=\s+to\s)|(?:port\s+)?stop(?:over|ped|ping)?s?|(?:port|business)\s+calls?|(?<=deployment )touching|(?<=vessels )touring|(?<=ships )touring|touch(?:ed|es|ing)?\s+base)(?:\s+(?:were|was)\s+(?:made|paid))?)\s+(?:(?:to|in|at)\s+)?(?:\d+\s+|[a-z]+\s+|[A-Z][a-z]+(?:n|ese)\s+(?=ports?\s))?(?:ports?\s+)?(?:to\s+|in\s+|at\s+|of\s+)?{_COUNTRIES_NAMELY}{_NAME_LIST}(?:the\s+)?$")  # "visits to Singapore", "it visited India" (and "a deployment touching Thailand and Singapore", "touching base at Singapore", "friendly visits and humanitarian medical services to Kiribati, ... and East Timor")
#: a port named as a ship's base or home, or the base named first: "its home port in San
#: Diego", "departed Naval Base San Diego"
_HOME_PORT = re.compile(r"\b(?:(?:home\s*port|base|port)\s+(?:in|at|of)|[Nn]aval\s+(?:[Bb]ase|[Ss]tation)|(?<=its )home\s?port,?|(?<=their )home\s?port,?)\s+(?:the\s+)?$")  # (and "towards its home port Jiangyin", "departed from its home port, Yokosuka Air Base")
_LEFT = re.compile(r"\b(?:tour|cruise|voyage|deployment|journey|trip|mission)\s+(?:started|began|commenced)\s+(?:on\s+[^.;,]{1,20}?,?\s+(?:\d{4},\s+)?)?(?:in|from|at\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:harbou?r|marina|pier|port)\s+in)\s+$|\b(?:left|leaving|leaves?|departed|departing)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+|Fleet\s+Activities\s+(?:\([A-Z]+\)\s+)?|(?:an?\s+|its\s+|her\s+|his\s+|(?-i:[A-Z])[\w-]*\s+)?(?:yacht\s+)?(?:pier|wharf|quay|berth|terminal|harbou?r|marina|port)\s+(?:in|at)\s+|(?:east|west|north|south|eastern|western|northern|southern|pacific|atlantic)\s+coast\s+of\s+)?$", re.I)  # (and "departed the west coast of Canada")  # "having left Germany in August", "left southern Italy"
#: what follows a verb of travel up to the place named next: a preposition of direction, a
#: berth or the waters near it, and a country's possessive ("towards China's Beihai", "to a pier at Zhoushan")
_TRAVEL_END_TAIL = r"\b(?:[^.;,]|(?<=[a-z])\.(?=\s\d)|(?<=\d),(?=\s\d{4}\b)){0,60}?(?<!close )(?<!closer )(?<!next )(?<!due )(?<!according )\b(?:to|towards?|for|from(?:\s+under)?)\s+(?:visit\s+)?(?:(?:(?:a|an|its|their|her)\s+(?:[\w-]+\s+){0,2}?(?:pier|berth|wharf|quay|dock|shipyard|yard|terminal)|shore)\s+(?:at|in|of)\s+)?(?:the\s+)?(?:waters\s+(?:near|off|around)\s+(?:the\s+)?)?(?:neighbou?ring\s+|nearby\s+)?(?:(?-i:[A-Z])[a-z]+(?:\s(?-i:[A-Z])[a-z]+)?['’]s\s+)?$"
#: (a month's abbreviation or a date's comma in between is no clause break: "left Port Kelang on Sept. 23 for
#: Brisbane", "set sail from Zhoushan on Sept. 7, 2015 to Malaysia")
_TRAVEL_END = re.compile(r"\b(?:en route|u-turns?|diverted|dispatched(?=\s+from\s)|loaded|taken|towed|brought|escorted|shipped|transported|arriv(?:ed|es|ing|e)(?=[^.;,]{0,60}?\bfrom\s)|on (?:its|their|her) way|(?:mak(?:e|es|ing)|made|found|work(?:ed|s|ing)?) (?:its|it['’]s|their|her) way|set(?:s|ting)? (?:off|out)|bound|headed|heading|head(?=\s+(?:for|to|towards?)\s)|sail(?:ed|ing|s)?|return(?:ed|ing|s)?|trip|voyage|journey|went|going|continu(?:ed|ing)|depart(?:ed|ing|s)?|left|leaving|leaves?|transit(?:ed|ing)?|travel(?:l?ed|l?ing)|cruis(?:ed|ing)|cruises?(?=\s+(?:to|from|towards?)\s)|moved|move|moving|expedition|beginning|starting|start(?:ed|s)?(?=\s+from\s))" + _TRAVEL_END_TAIL, re.I)
#: a ship running from its pursuers: "sped off toward China", "fled to", "escaped back to China"
_FLIGHT_VERB = r"(?:sped|speeding|raced|racing|fled|fleeing|escaped|escaping)(?: off| away| back)?"
#: rarer verbs of travel, tried only in a sentence that holds one of their words: "under way for China",
#: "followed Angara to a pier at Zhoushan", "taking its cargo to North Korea's Chongjin"
_TRAVEL_END_RARE = re.compile(r"\b(?:under ?way|followed|tracked|" + _FLIGHT_VERB + r"|(?:deliver(?:ed|s|ing)?|tak(?:ing|es)|took|haul(?:ed|s|ing)?|carr(?:y|ying|ied|ies)) (?:its |their |her |the )?(?:[\w-]+ )?(?:cargo(?:es)?|goods|containers|munitions|shipments?))" + _TRAVEL_END_TAIL, re.I)
_FLIGHT_KEYS = ("sped ", "speeding ", "raced ", "racing ", "fled ", "fleeing ", "escaped ", "escaping ")
_TRAVEL_END_RARE_KEYS = ("der way", "derway", "followed", "tracked", "cargo", "goods", "containers", "munitions", "shipment", *_FLIGHT_KEYS)

_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")


_EN_ROUTE_END = re.compile(_EN_ROUTE, re.I)


def _travel_end(before: str) -> re.Match | None:
    """_TRAVEL_END's search, with a number's thousands comma not taken for a clause break
    ("loaded 4,300 breeding dairy cows for Tangshan")."""
    m = _TRAVEL_END.search(before)
    if m is None and "route" in before[-10:]:
        m = _EN_ROUTE_END.search(before)  # "en route Pohang": a destination with no preposition
    if m is None and any(k in before for k in _TRAVEL_END_RARE_KEYS):
        m = _TRAVEL_END_RARE.search(before)
    if m is None and "," in before[-90:] and _THOUSANDS_COMMA.search(before, max(0, len(before) - 90)):
        m = _TRAVEL_END.search(_THOUSANDS_COMMA.sub("", before))
    return m


#: a voyage or a stay named after the water it is in: "an Arctic voyage", "its Arctic Ocean
#: observation mission", "an Arctic Ocean area with sea ice" (after the name)
_WATER_MISSION_AFTER = re.compile(r"\s+(?:(?:Ocean|Sea)\s+)?(?:(?:research|observation|survey|scientific|exploration)\s+)?(?:voyage|expedition|mission|cruise|area|region|zone)s?\b")
#: a ship's trip named after the water (after the name): "Western Pacific patrol", "Pacific crossing"
_WATER_TRIP_AFTER = re.compile(r"\s+(?:(?:Ocean|Sea)\s+)?(?P<trip>patrol|crossing|deployment|voyage)s?\b", re.I)
#: its own: a, its, his, her, their and up to four words before the name ("a 42-day, 10, 000-nautical-mile")
_OWN_TRIP_BEFORE = re.compile(r"\b(?:an?|its|his|her|their)\s+(?:[\w,'’-]+\s+){0,4}$")
#: a seized ship's destination, a port the gazetteer lacks on an island it holds
_TAKEN_TO_PORT_ON = re.compile(word_first(r"\b(?:taken|towed|escorted|brought)\s+(?:it\s+|them\s+)?to\s+(?:the\s+)?(?:port\s+(?:of|at)\s+)?[A-Z][\w'-]*(?:[\s-][A-Z][\w'-]*)?(?:,\s+(?:also\s+)?known\s+as\s+[A-Z][\w'-]*(?:[\s-][A-Z][\w'-]*)?(?:\s+in\s+[A-Z]\w+)?,)?\s+(?:in|on)\s+(?:the\s+)?$"))
#: a voyage's end or start told by a noun: "departed ... with destination Rizhao", "a return trip originating in Shanghai"
_VOYAGE_END_NOUN = re.compile("|".join((_WITH_DESTINATION, _STARTED_TRANSIT_IN, _ORIGINATING_IN)), re.I)
_PERSON_VISIT = re.compile(r"\b(?:President|Premier|Prime\s+Minister|Minister|Secretary|Chancellor|King|Queen|Emperor|Pope|Mr\.|Ms\.|Mrs\.)(?:\s+(?:[A-Z][\w.-]+\s+){0,3}[A-Z][\w-]+)?['’]s\s+(?:[\w-]+\s+){0,2}visit\s+to\s+(?:the\s+)?$"
                           r"|\b(?:Chief\s+of\s+Staff|Commander|Admiral|Minister|Secretary|President|Premier|Ambassador|Spokes(?:man|woman|person)|Director|Chairman)(?:\s+[A-Z][\w.-]+){0,3}\s+(?:will\s+|would\s+|to\s+)?(?:also\s+)?visit(?:s|ed)?\s+(?:the\s+)?$")  # (and "the JMSDF Chief of Staff Hiroshi Yamamura will visit Qingdao")
_VISITED = re.compile(r"(?P<subject>[\w.-]+)\s+(?:(?:so\s+far|also|later|then|has|had|have|subsequently|earlier|will|would|be|been|is|are|was|were|last|first|previously|recently|once|again|already)\s+){0,3}(?:visit(?:ed|ing)|visit(?=\s+ports?\b))\b(?=[^.;]*$)")


#: a territory the gazetteer holds as a country, reached at its naval base: "docked at Naval Base
#: Guam", "pulled into Victor Wharf at Naval Base Guam"
_AT_ISLANDS_BASE = re.compile(r"\b(?:dock\w*|moor\w*|berth\w*|anchor\w*|arriv\w*|(?:pulled|put)\s+into)\b[^.;]{0,40}?\bat\s+(?:the\s+)?(?:U\.S\.\s+)?[Nn]aval\s+(?:[Bb]ase|[Ss]tation)\s+$")


#: a voyage told by where it will take the crew: "the route next will bring sailors to Tokyo",
#: "the adventure will lead them to parts of Egypt, Italy"
_ROUTE_LEADS_TO = re.compile(rf"\bwill\s+(?:bring|lead|take)\s+(?:[\w-]+\s+){{0,2}}?to\s+(?:(?:the\s+)?parts\s+of\s+)?{_NAME_LIST}(?:the\s+)?$")


#: the same relation's pattern, as what a country's mention must follow to be gone to ("as far
#: south as the northern coast of Australia")
_AS_FAR_AS = re.compile(_AS_FAR_AS_TAIL)


#: an area's reach, not a voyage's: "with their patrol area ... extending as far north as"
_AREA_AS_FAR = re.compile(r"\b(?:area|zone|region)\b[^.;]{0,160}?" + _AS_FAR + r"(?:[A-Z][\w'-]*\s+(?:and|or)\s+)?$")


#: a cruise line's offer: "itineraries ... include three and five night cruises from Singapore"
_ITINERARIES_OFFERED = re.compile(r"\bitineraries\b[^.;]{0,80}?\b(?:include|included|including|feature|features|offer|offers)\b[^.;]{0,60}?\bcruises\b")


#: a home port abroad, not a voyage: "forward-deployed to Sasebo, Japan"
_FORWARD_DEPLOYED = re.compile(r"\bforward[- ]deployed\s+(?:to|at|in)\s+(?:the\s+)?$")


def _ship_visits(before: str) -> bool:
    """Whether a place told after "visited" is a ship's port of call: the verb's subject is a
    ship, a ship's name or a pronoun ("it visited India"), not "lawmakers visited Taiwan" (nor
    "President Rodrigo Duterte's visit to Japan")."""
    if "visit" not in before:
        return True  # (both patterns need the word: a place told with no visit before it is no person's)
    if _PERSON_VISIT.search(before):
        return False
    m = _VISITED.search(before)
    if m is not None and m.group("subject") in ("is", "are", "was", "were", "has", "have", "had", "will", "would") and re.search(rf"(?i:{_GROUP_HEAD})\b[^.;]*,\s*$", before[: m.start()]):
        return True  # "The British aircraft carrier strike group, led by ..., is visiting Guam": the subject before the aside
    return m is None or bool(re.fullmatch(rf"(?i:it|they|which|after|before|while|when|to|and|by|group|groups|servicemen|sailors|mariners|seamen|crews?|units?|tankers?|oilers?|cruise|voyage|tour|{_GROUP_HEAD})|[A-Z][\w-]*", m.group("subject")))  # ("an eight-day cruise visiting the cities of ...": the ship's)  # (the crews' visit is their ship's: "Russian servicemen visited Singapore")  # ("covered 12,000 miles and visited ...": the same subject)


#: a movement's subject that names no vessel: forces, an unnamed ship of the text's, a pronoun,
#: the shipment it carries ("A shipment of MOX fuel that left Cherbourg ... arrived in Japan")
_SUBJECT = r"\b(?:voyage|journey|route|adventure|itinerary|shipments?|consignments?|cargo(?:es)?|(?:nuclear\s+|MOX\s+)?fuel|(?:radioactive\s+|nuclear\s+)?waste|ferry|ferries|(?:tour|pleasure|sightseeing)\s+boats?|barges?|(?:ferry|passenger|sea)\s+(?:services?|routes?)|(?:collision|incident|accident)s?(?=\s+$)|(?:tour|cruise|trip)(?=\s+(?:will\s+|would\s+)?$)|forces|servicemen|sailors|mariners|seamen|cadets|researchers|scientists|members\s+of\s+the\s+(?:[\w-]+\s+){0,4}(?:Navy|Self-Defense\s+Force)|(?:strike|carrier|task|naval|ready) (?:group|force)|(?:surface|deployment|IPD|naval|task) units?|warships?|(?:flag)?ships?|vessels?|destroyers?|frigates?|corvettes?|cruisers?|carriers?|flotilla|fleet|squadron|detachment|expedition|navy|it|its|they)\b"
_SUBJECT_RE = re.compile(first_letter_branches(_SUBJECT), re.I)  # (used only as yes or no: split by first letter, for speed)

#: a sentence whose subject is a ship told before ("The frigate also ..."), and the words that
#: make a ship named after it a companion ("... trained with the destroyer X")
_BACKREF_SUBJECT = re.compile(r"\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|frigate|destroyer|carrier|warship|icebreaker|submarine|corvette|cruiser|ferry|liner)\s+(?!(?:[A-Z]|of\b|and\b))")
_COMPANION = re.compile(word_first(r"\b(?:with|alongside|accompanied by|escorted by|joined(?: by)?)\s+(?:[\w'-]+\s+){0,5}$"))
#: "through the strait", "sailed through the waters": a strait told before, named again by reference
_THE_STRAIT_RE = re.compile(r"\b(?:through|entered|entering|crossed|crossing|transited|transiting|transit of|passage of|navigate|navigated|navigating)\s+(?:a\s+corridor\s+in\s+)?(?:the|this|that)\s+(?:(?:same|narrow|strategic|strategically|international|busy|critical|sensitive|contested|and|\d+[- ](?:mile|km|kilometer|kilometre)s?(?:[- ]wide)?)\s+){0,4}(?:strait|waters|channel|waterway|passage|body of water)\b(?!\s+(?:of|off|near|around|between)\b)"
                            r"|\bstrait\s+(?:transit|passage|crossing|voyage)s?\b(?!\s+(?:of|through))|\b(?:previous|last|earlier|latest)\s+(?:publici[sz]ed\s+|known\s+)?(?:passage|transit|crossing|patrol)\b(?!\s+(?:of|through))"  # "The last publicized strait transit", "The previous passage"
                            r"|\bsimilar\s+(?:passage|transit|crossing|voyage|man(?:oeu|eu)vre|maneuver)s?\b(?!\s+(?:of|through|in\s+the\s+[A-Z]))"  # "The US and Canadian navies made a similar transit in September", "after it made a similar manoeuvre in November"
                            r"|\b(?:made|performed|conducted|completed)\s+the\s+transit\b(?!\s+(?:of|through|in\s+the\s+[A-Z]|to|from))"  # "In June, destroyer USS Russell made the transit"
                            r"|\bjoint\s+(?:passage|transit)s?\s+by\b(?=[^.;]{0,60}\b(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"  # "a joint transit by American and Canadian vessels in June"
                            r"|\b(?:(?:passed|sailed|went|steamed|navigated)\s+through|transited|crossed)\s+it\b(?!\s+(?:was|is|had|has|would|will)\b)"  # "Two German Navy ships sailed through it last month"
                            r"|\b(?:passed|sailed|went|steamed)\s+through(?=\s+(?:en route|on (?:its|their|her) way|during|while|as|in \d)|\s*[,.])", re.I)  # "passed through en route from Japan"


#: dates that are not the voyage's: citations, links, and a ship's history ("the Shandong,
#: commissioned in 2019, had sailed ...")
_CENTURY_DIGITS = re.compile(r"(?:19|20)\d\d")
#: a ship's history, whose years are not its voyage's ("commissioned in 2012", "went into service in 1983")
_SHIP_HISTORY = r"^\s*First\s+(?:unveiled|launched|commissioned)\s+in\s+(?:\w+\s+)?(?:19|20)\d\d\s*(?=,)|\b(?:bought|purchased|acquired)\s+(?:from\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+)?(?:in|between)\s+(?:19|20)\d\d(?:\s+and\s+(?:19|20)\d\d)?\b|(?:,\s*|\band\s+|\bwas\s+)(?:which\s+was\s+)?(?:first\s+)?(?:commissioned|launched|built|delivered|completed|christened|unveiled)(?:\s+by\s+[^,;.]{1,40}?)?\s+in\s+(?:\w+\s+)?(?:19|20)\d\d\s*(?=[,.;])|\b(?:went|came|entered)\s+(?:into\s+)?service\s+in\s+(?:\w+\s+)?(?:19|20)\d\d\b"   # (", commissioned by the Chinese navy in 2012,"; "one of four China bought from Russia between 1996 and 2002"; "Since it went into service in 1983, ...")
_NOT_THE_VOYAGE_DATE = re.compile(r"\([^)]*\)|https?://\S+|" + _SHIP_HISTORY)
_SHIP_HISTORY_RE = re.compile(_SHIP_HISTORY)
#: the words one of which _SHIP_HISTORY needs before its year (a cheap test first: the pattern has no word to start from)
_HISTORY_WORDS = re.compile(r"commission|launch|built|deliver|complet|christen|unveil|service|bought|purchas|acquir")


def in_ship_history(text: str, at: int) -> bool:
    """Whether the year at ``at`` is told as part of a ship's history ("commissioned in 2019")."""
    return bool(_HISTORY_WORDS.search(text, max(0, at - 100), at)) and any(h.start() <= at < h.end() for h in _SHIP_HISTORY_RE.finditer(text, max(0, at - 100), at + 6))


#: an exercise at a disputed group: the drill's words, and the words before the group's name
_DRILL_WORD = re.compile(r"\b(?:exercises?|drills?|training|maneuvers?|manoeuvres?)\b", re.I)
_DEFEND_BEFORE = re.compile(r"\b(?:defen[cs]e of|defend(?:ing)?|protect(?:ing)?|around|near|on|at)\s+(?:(?:the|its|their|country['’]s|[\w-]+)\s+){0,3}?(?:(?:islets?|islands?|rocks)\s+of\s+)?$", re.I)


#: cheap whole-sentence checks before the costlier patterns that need them
_MAY_NEGATE = re.compile(word_first(r"\bnot\b|n't|\bnever\b"))
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "both": 2, "twin": 2}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: several passages of one strait told at once: "two transits through", "transits ... in January and March"
_PASSAGES_COUNTED = re.compile(rf"\b(?P<n>two|three|four|both|twin)\s+(?:[\w-]+\s+)?(?:transits|passages|crossings)\b|\b(?:transits|passages|crossings)\b(?=[^.;]{{0,80}}?\bin\s+{_MONTH}\s+and\s+{_MONTH}\b)", re.I)
_HABIT_ADVERBS = "regularly|routinely|usually|often|frequently|typically|normally|repeatedly|periodically|occasionally"
#: many trips told as one: a count of them, or a present perfect since a month or year
_TRIPS_COUNTED = re.compile(r"\b(?:made|make|makes|making|completed|conducted)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|many|numerous|dozens\s+of|repeated|frequent|regular)\s+(?:[\w-]+\s+)?(?:voyages|trips|runs|deliveries|shipments)\b"
                            r"|\b(?:at\s+least|more\s+than)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:voyages|trips|deliveries|shipments)\s+(?:have|had)\s+been\s+made\b"
                            r"|\b(?:have|has)\s+(?:\w+\s+)?(?:taken|carried|shipped|delivered|transported|moved|hauled)\s+(?:[\w-]+\s+){0,4}?(?:from|to|between)\b[^.;]{0,80}?\bsince\s+(?:last\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b")
#: a clause whose verb a habit's adverb follows: "returning periodically to Japan"
_HABIT_CLAUSE = re.compile(r"\b\w+(?:ing|s)\s+(?:regularly|routinely|periodically|occasionally|frequently)\s+(?:to|from|through|into|in|around|between)\b[^.;,]*", re.I)
_MAY_BE_HABIT = re.compile(rf"\b(?:{_HABIT_ADVERBS}|once|twice|times|basis)\b")
_MAY_BE_USUAL = re.compile(word_first(r"\b(?:usual|normal|regular|customary|typical)\b"))


def _mentions_in(text: str, text_mentions: list | None):
    """A function (s0, s1) -> ``gazetteer().find(text[s0:s1])`` as a list, offsets within the
    sentence; taken from ``text_mentions`` (the whole text's, once found) when given."""
    if text_mentions is None:
        return lambda s0, s1: list(gazetteer().find(text[s0:s1]))
    by_start = sorted(text_mentions, key=lambda h: h[1])
    starts = [h[1] for h in by_start]

    def within(s0: int, s1: int) -> list:
        k0, k1 = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, s1)
        return [(e, a - s0, b - s0, m) for e, a, b, m in by_start[k0:k1] if b <= s1]

    return within


def find_routes(text: str, sentences: list[tuple[int, int]], vessels: list[dict[str, Any]], *, published_year: int | None = None, text_mentions: list | None = None) -> list[dict[str, Any]]:
    """One route per described movement of a vessel, with ordered waypoints. ``text_mentions``:
    ``gazetteer().find(text)`` as a list, when the caller has it already (it is read otherwise)."""
    gaz = gazetteer()
    told = _Told(vessels)
    flag_of = {v["name"]: v.get("flag") for v in vessels}
    named_ships = {v["name"] for v in vessels if v.get("named")}
    strait_mentions: list[tuple[int, Entry]] = []  # the text's straits, in order (see straits_before)
    straits_found = False

    def straits_before(pos: int) -> int:
        """How many of the text's straits are named before ``pos`` (for "through the strait",
        "transited it"); the text is searched for them once, when first needed."""
        nonlocal straits_found
        if not straits_found:
            strait_mentions.extend((a, e) for e, a, _, _ in (text_mentions if text_mentions is not None else gaz.find(text)) if e.type == "strait")
            straits_found = True
        return bisect.bisect_left(strait_mentions, pos, key=lambda m: m[0])

    disputed_mentions: list[tuple[int, Entry]] | None = None  # for "the island chain" (see below)
    island_mentions: list[tuple[int, Entry]] | None = None  # for "the island's contiguous zone" (see below)
    kinds_told: dict[tuple[str, str], bool] = {}
    rare_keys_at = _KeysAt(text, _MOVE_RARE_KEYS)  # (found in the whole text once, not per sentence)

    def of_kind(name: str, kind: str) -> bool:
        """``_of_kind`` with the words before each mention, once per vessel and kind."""
        if (name, kind) not in kinds_told:
            kinds_told[(name, kind)] = _of_kind(vessels, name, kind, text)
        return kinds_told[(name, kind)]

    sentence_mentions = _mentions_in(text, text_mentions)
    sentences = _contrasted(text, sentences, told)
    routes: dict[str, _Route] = {}
    order: list[str] = []
    keys_of: dict[str, list[str]] = {}  # a vessel's route keys, in order (the routes of a long text are many)

    def route_at(key: str, vessel: str, period: str | None, inferred: bool) -> _Route:
        """The route filed under ``key``, opened for ``vessel`` and ``period`` when none is yet."""
        if key not in routes:
            routes[key] = _Route(vessel=vessel, period=period, period_inferred=inferred)
            order.append(key)
            keys_of.setdefault(vessel, []).append(key)
        return routes[key]

    companions_seen: dict[tuple[int, str], tuple[int, bool]] = {}

    def companions_told(x: _Route, flag: str) -> bool:
        """``_told_as_companions(x.sentences, flag)``, read once per sentence: a route's sentences
        only grow, and once told, its companions stay told (a long text's routes are long)."""
        n, found = companions_seen.get((id(x), flag), (0, False))
        if not found and n < len(x.sentences):
            found = _told_as_companions(x.sentences[n:], flag)
            companions_seen[(id(x), flag)] = (len(x.sentences), found)
        return found

    def add_listed(ships: list[tuple[int, int, int]], e: Entry, s0: int, sent: str, period: str | None, inferred: bool, lead: str, quote_ship: bool = False, skip: str | None = None) -> None:
        """Each listed ship's passages of the strait ``e`` (its span and its number of days, from
        ``_listed_ship_days``), a passage a day, inferred, in the ship's own route; a waypoint's
        note is ``lead`` (after the ship's words, quoted, with ``quote_ship``) and which passage."""
        for a, b, n in ships:
            ship = told.at(s0 + a, s0 + b)
            if ship is None or ship == skip:
                continue
            add_passages(ship, e, (s0 + a, s0 + b), sent, period, inferred, f"'{sent[a:b]}': {lead}" if quote_ship else lead, n)

    def add_passages(ship: str, e: Entry, span: tuple[int, int], sent: str, period: str | None, inferred: bool, why: str, n: int, all_again: bool = False) -> None:
        """``n`` passages of the strait ``e`` (inferred, each noted ``why`` and which passage) in
        ``ship``'s route; each after the first is another passage ("again"), or every one is."""
        r2 = route_at(f"{ship}|{period or ''}", ship, period, inferred)
        r2.sentences.append(sent.strip())
        r2.waypoints += [{**_waypoint(e, "through", True, span, sent.strip(), note=f"{why}, passage {j + 1} of {n}"), "again": all_again or j > 0} for j in range(n)]
    last_vessel: str | None = None
    # the report's year, when its byline or lead names it (a year named later may be a plan's: "by 2030")
    dated_lead = bool(published_year) and str(published_year) in text[:300]
    last_year: int | None = None
    last_period: str | None = None
    for k_sent, (s0, s1) in enumerate(sentences):
        sent = text[s0:s1]
        if k_sent and len(sent) > 40 and any(_printed_again(sent.strip(), text[a:b].strip()) for a, b in sentences[max(0, k_sent - 2) : k_sent]):
            continue  # a caption or headline a page prints twice in a row tells nothing new (nor a lead printed again without its dateline)
        if k_sent and len(sent) > 40 and "\n" in sent:
            for a, b in sentences[max(0, k_sent - 2) : k_sent]:
                headline = text[a:b].strip()
                if len(headline) > 30 and sent.lstrip().startswith((headline + " ", headline + "\n")):
                    s0 += sent.index(headline) + len(headline)  # "Chinese warships paid visit to X\n\nChinese warships paid visit to X 03.08.2011 ...": the headline again, then the story
                    sent = text[s0:s1]
                    break
        if ("showing" in sent or " shows " in sent) and _PICTURE_CAPTION.match(sent):
            continue  # "A map released by the Ministry of Defense ... showing the circle course taken by ...": what a picture shows, told by the report too
        plain = _NOT_THE_VOYAGE_DATE.sub(" ", sent) if ("(" in sent or "http" in sent or _CENTURY_DIGITS.search(sent)) else sent
        if "-built" in plain:
            plain = re.sub(r"\b(?:19|20)\d\d-built\b", " ", plain)  # "The 2002-built Gulf Livestock 1": when it was built  # citations, links and a ship's history carry other dates (each needs one of these)
        lower = sent.lower()  # (the verb patterns run on it without re.I: four times faster)
        if ("drill" in lower or "exercise" in lower or "maneuv" in lower or "manoeuv" in lower) and _INSTITUTION_DRILL.search(sent) and told.at(s0, s1) is None:
            continue  # "its Pacific Fleet will conduct an exercise in the Sea of Japan ...", "the Russian military has been carrying out drills in ...": a force's drills, not the ships' voyage
        period, p_inferred, year_here = _period(plain, last_year, published_year)
        if period is None and dated_lead and last_year and last_year < published_year and any(k in sent for k in _MONTH_KEYS) and (d := DAY_RE.search(plain)) and not (d.group("year") or d.group("year2")):
            # "... arrived in Iwaki harbor after 9 a.m. on April 20", after "his first attempt in
            # 2013": a day told without its year is in the report's year, not the one recalled
            period, p_inferred = str(published_year), True
        period_before = last_period
        if year_here:
            last_year = year_here
        carried = not period  # (a time told in an earlier sentence, not this one's)
        if period:
            last_period = period
        else:
            period, p_inferred = last_period, last_period is not None
        may_be_usual = bool(_MAY_BE_USUAL_NEEDS.search(lower, lower))
        moves = _moves(sent, lower, rare_keys_at.within(s0, s1)) if not ("?" in sent and re.search(r"\?[\"'”’]?\s*$", sent)) else []  # a question asserts no voyage
        # "the first Royal Navy transit of the strait since 2021, when HMS Richmond passed ...":
        # a noun "transit" is not the verb whose subject names the ship
        verbs = [m for m in moves if not (m.group(0).lower() in ("transit", "transits", "return", "transfer") and re.search(r"\b(?:a|an|the|its|their|his|her|first|second|third|latest|last|previous|routine|\w+['’]s)\s+(?:[\w-]+\s+){0,3}$", sent[: m.start()], re.I))]
        if verbs and len(verbs) < len(moves):
            moves = verbs
        sight_only = not moves and (bool(_SIGHT_LOWER.search(lower)) or (any(k in lower for k in _SIGHT_RARE_KEYS) and bool(_SIGHT_RARE.search(lower))))
        if sight_only:
            moves = _sightings(lower)
        # "but it did not sail through the Taiwan Strait": not a movement, nor are the places of its clause
        negated = [(m.start(), min([i for i in (sent.find(c, m.end()) for c in ".;") if i >= 0] + [len(sent)])) for m in re.finditer(r"\b(?:rather than|instead of)\b", sent)] if ("rather than" in sent or "instead of" in sent) else []
        if _PEOPLE_WORDS_NEEDS.search(lower, lower):  # (not "Two South Korean warships and a delegation ... visited Vladivostok")
            negated += [m.span() for m in _PEOPLE_TRAVEL.finditer(sent) if not re.search(r"\b(?:ships?|vessels?|warships?|destroyers?|frigates?|carriers?)\s+and\s+(?:an?\s+|the\s+)?$", sent[: m.start()], re.I)
                        and not ((near := told.before(s0, s0 + m.start())) and re.fullmatch(r"\s+and\s+(?:an?\s+|the\s+)?", text[near[1] : s0 + m.start()]))]  # (nor "Frigate 015-Tran Hung Dao and a delegation ... departed")
        if " but " in lower or " before " in lower or " when " in lower:
            negated += [(m.start(), m.start("but")) for m in _TURNED_AWAY.finditer(sent)]
        if ("periodically" in lower or "regularly" in lower or "routinely" in lower or "frequently" in lower or "occasionally" in lower):
            negated += [m.span() for m in _HABIT_CLAUSE.finditer(sent)]  # "... and returning periodically to Japan throughout the year": a habit
        if "cursions" in lower or "intrusions" in lower:  # "a protest over a series of intrusions by Chinese ships into ...": others' visits
            negated += [m.span() for m in re.finditer(r"\b(?:a series of|repeated|frequent|numerous|recent)\s+(?:[\w-]+\s+)?(?:intrusions|incursions)\b[^.;]*", sent)]
        if "enter" in lower or "visit" in lower or "entry" in lower or "dock" in lower or "denied" in lower:  # "the Chinese prohibited a U.S. Navy aircraft carrier from entering the Hong Kong port": a visit refused
            negated += [m.span() for m in _REFUSED_ENTRY.finditer(sent)]
        if "originally" in lower or "initially" in lower:  # "Originally scheduled to return to Keelung on Friday, ...": a plan given up
            negated += [m.span() for m in _PLAN_GIVEN_UP.finditer(sent)]
        if "because of" in lower or "owing to" in lower:  # "took the route through the strait because of bad weather in the Western Pacific": a cause
            negated += [(m.start(), min([i for i in (sent.find(c, m.end()) for c in ".;,") if i >= 0] + [len(sent)])) for m in re.finditer(r"\b(?:because of|owing to)\b", sent)]
        negated += [(m.start(), min([i for i in (sent.find(c, m.end()) for c in ".;,") if i >= 0] + [len(sent)])) for m in moves if _MAY_NEGATE_NEEDS.search(lower, lower) and re.search(r"\b(?:did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|never|not)\s+(?:\w+\s+)?$", sent[: m.start()], re.I)]
        had_moves = bool(moves)
        moves = [m for m in moves if not any(a <= m.start() < b for a, b in negated)]
        if had_moves and not moves and not sight_only:
            # "will operate in the Western Pacific rather than make port visits to Australia"
            moves = [m for m in _sightings(lower) if not any(a <= m.start() < b for a, b in negated)]
            sight_only = bool(moves)
        # "Royal Australian Navy vessels regularly transit through the strait": a habit, not a passage
        if ("times " in lower or "twice " in lower) and re.search(r"\b(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) times)\s+(?:\w+\s+)?(?:called|visited|been|calls|visits|sailed|passed|entered)\b", lower):
            moves = []  # "Japanese warships eight times called at Vladivostok": a tally of past visits, not a voyage
        if (" number of" in lower or "more and more" in lower) and re.search(r"\b(?:an increasing|a growing|a rising) number of\b|\bmore and more\b", lower):
            moves = []  # "an increasing number of Chinese naval vessels have been operating in ...": a trend, not a voyage
        habit = False
        if _MAY_BE_HABIT_NEEDS.search(lower, lower) and (
            any(re.search(rf"\b(?:{_HABIT_ADVERBS})\s+(?:\w+\s+)?$", sent[: m.start()], re.I) for m in moves)
            or re.search(r"\b(?:once|twice|\w+ times)(?: or \w+)? (?:a|per|each|every) (?:day|week|month|year)\b", sent)
            # "The U.S. Navy sends warships through the strait periodically" (or "on a regular basis"):
            # a present tense and its adverb after
            or any(re.fullmatch(r"(?:sends|sails|transits|passes|sail|transit|pass)", m.group(0), re.I) and re.search(r"^[^,;.]*\b(?:regularly|routinely|periodically|occasionally|frequently|often|on\s+an?\s+(?:regular|routine|frequent|monthly|weekly|daily|near-monthly|almost\s+monthly)\s+basis)\b", sent[m.end() :], re.I) for m in moves)
            # "returning periodically to Japan": the adverb right after the verb
            or any(re.match(r"\s+(?:regularly|routinely|periodically|occasionally|frequently)\b", sent[m.end() :]) for m in moves)
        ):
            moves, habit = [], True  # (and the verbs it joins: "have repeatedly entered ... or sailed through")
        if ("trips" in lower or "voyages" in lower or "deliveries" in lower or " runs " in lower or "shipments" in lower or (" since " in lower and ("taken " in lower or "carried " in lower or "shipped " in lower or "delivered " in lower or "transported " in lower or "moved " in lower or "hauled " in lower))) and _TRIPS_COUNTED.search(lower):
            moves, habit = [], True  # "Angara made at least 11 voyages ... from Rajin", "ships that have taken cargo from Rason since last August": many trips, none told
        if "itineraries" in lower and _ITINERARIES_OFFERED.search(lower):
            moves, habit = [], True  # "Other itineraries in the ship's Asian season include ... cruises from Singapore": what a line sells, no voyage told
        if ("for years" in lower or "every year" in lower or "each year" in lower or "for decades" in lower) and re.search(r"^\s*for (?:years|decades)\b|\b(?:every|each) year\b", lower) and not re.search(r"\b(?:this|last) year\b", lower):
            moves, habit = [], True  # "For years, North Korean fishing boats ... have arrived in Japan"; "Dozens of ... vessels wash up on Japan's coast every year": a habit
        if "began making" in lower and re.search(r"\bbegan\s+making\s+(?:regular\s+)?(?:port\s+)?(?:calls|visits)\b", lower):
            moves, habit = [], True  # "U.S. destroyers began making port calls in Vietnam in 2004": the start of a habit
        if " so for " in lower and re.search(r"\b(?:have|has)\s+(?:done|been doing)\s+so\s+for\s+(?:many\s+|several\s+|\d+\s+)?(?:years|decades)\b", lower):
            moves, habit = [], True  # "U.S. ships transit ... via the Taiwan Strait and have done so for many years": a habit
        if "usual" in lower and (usual := _USUAL_ROUTE.search(sent)) is not None and told.at(s0 + usual.start(), s1) is not None:
            # "the waterway that ... is the usual route Chinese warships and warplanes take when they
            # head into the Pacific": whose habit it is, no subject for the next sentence (a ship told
            # before it still is)
            moves = [m for m in moves if m.start() < usual.start()]
            habit = habit or told.at(s0, s0 + usual.start()) is None
        # "awaiting orders to determine whether they will pass through the strait": undecided
        if "whether" in lower or "possibility" in lower:
            moves = [m for m in moves if not re.search(r"\b(?:whether|possibility\s+(?:of|that))\b[^.;]*$", sent[: m.start()], re.I)]  # (and "has not ruled out the possibility of the frigate passing through ...")
        move = moves[0] if moves else None
        verb_at = s0 + move.start() if move else s1
        lead = _ALONG_WITH_LEAD.match(sent)
        vessel = told.at(s0 + (lead.end() if lead and move is not None and lead.end() < move.start() else 0), verb_at)  # the subject comes before the verb ("In addition to the Chinese ships, 16 Russian warships sailed")
        if vessel is not None and move is not None and "order" in lower and (k := bisect.bisect_left(told.starts, s0)) < len(told.spans) and _ORDERS_FROM.search(text, max(s0, told.spans[k][0] - 40), told.spans[k][0]):
            vessel = told.at(told.spans[k][1], verb_at)  # "the trawler ... ignored orders from a Japanese coast guard cutter to stop ... and sped off": not the ship that gave the orders
        if move is not None and move.group(0).lower().startswith("passage of"):
            vessel = told.at(s0 + move.start(), s0 + move.end() + 60) or vessel  # "the passage of the destroyer JS Takanami"
        elif move is not None and move.group(0).lower() in ("deployment of", "departure of", "arrival of"):
            vessel = told.at(s0 + move.start(), s0 + move.end() + 80) or vessel  # "coincide with the deployment of the CNS Liaoning strike group"
        if move is not None:
            near = told.before(s0, verb_at)
            if near and re.search(r",?\s*(?:which|that)\s+(?:\w+\s+)?$", text[near[1] : verb_at]):
                vessel = near[0]  # "... monitored the Liaoning-led flotilla, which later conducted ..."
            clause = next(reversed(list(re.finditer(r"(?:,\s*|\b(?:weeks?|days?|months?|years?|hours?|shortly|just|soon)\s+)(?:when|as|after|while|until|before|since)\s+", sent[: move.start()]))), None)
            if clause is not None:  # "... since Nov. 1, when USS Rafael Peralta passed through": the clause's own subject
                vessel = told.at(s0 + clause.end(), verb_at) or vessel
            if " was " in sent and _LAST_TO.search(sent, max(0, move.start() - 60), move.start()) and (was := _WAS.search(sent, move.end(), move.end() + 60)) is not None:
                vessel = told.at(s0 + was.end(), s0 + was.end() + 40) or vessel  # "the last U.S. warship to navigate the strait was the USS Halsey on May 8": the ship named after "was"
        if vessel is not None and last_vessel and vessel != last_vessel and move and _definite_same_flag(sent, vessel, last_vessel, vessels):
            vessel = last_vessel  # "The Pacific Fleet's cruiser Varyag ... The Russian naval ships made business calls ...": the ships told
        if vessel is not None and last_vessel and vessel != last_vessel and move and re.match(r"\s*(?:[^,.;]{0,40},\s*)?[Tt]he same\s+(?:[\w-]+\s+){0,3}?(?:ships?|vessels?|warships?|group|flotilla|fleet|formation|destroyers?|frigates?)\b", sent):
            vessel = last_vessel  # "The same Chinese naval group was previously detected ...": the ships told
        if vessel is not None and last_vessel and vessel != last_vessel and move and _BACKREF_SUBJECT.match(sent):
            first = told.spans[bisect.bisect_left(told.starts, s0)][0]
            if _COMPANION.search(text[s0:first]):
                vessel = last_vessel  # "The frigate also trained with ... destroyer JS Samidare before ...": the frigate
        if vessel is None and last_vessel and move and re.match(r"\s*(?:After|Following|Before|Having)\b[^,;]*,\s*(?:(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:ship|mothership|vessel|frigate|destroyer|carrier|warship|icebreaker|submarine|corvette|cruiser|flotilla|group|shipment|consignment)s?|it|they)\b", sent):
            vessel = last_vessel  # "After a port visit in Haiphong ..., the warship is resuming its mission"
        if vessel is None and last_vessel and move and re.match(r"\s*(?:(?:Part|Much|Most|Some)\s+of\s+)?(?:the|their|its|her)\s+route\s+(?:went|passed|ran|led|took)\b", sent):
            vessel = last_vessel  # "Part of the route went through areas ... such as the ... Bering straits": the voyage told
        if vessel is None and last_vessel and move and BACKREF_RE.search(sent[: moves[-1].start()]):
            vessel = last_vessel  # "After transiting the strait, the warships entered ..."
        if vessel is None and last_vessel and move and not sight_only and re.match(r"(?:transiting|sailing|heading|moving|navigating|passing)\b", move.group(0), re.I) and re.search(r"\b(?:identified|spotted|sighted|detected|tracked|observed|monitoring|monitored|shadowed|shadowing)\b", sent[: move.start()], re.I):
            vessel = last_vessel  # "an aircraft identified the Ji Di and the Zhong Shan Da Xue Ji Di transiting the Bering Sea": the ships told
        if vessel is None and last_vessel and move and re.match(r"\s+(?:one|two|three|both|all|some|each|several)\s+of\s+them\b", lower[move.end() :]):
            vessel = last_vessel  # "A Coast Guard cutter responded to one of them in the Chukchi Sea": the ships told
        if vessel is None and last_vessel and move and re.match(r"(?:previous|earlier|last)\b", move.group(0), re.I):
            # (or the ship the sentence names: "The previous transit was in October, when USS Higgins sailed through")
            vessel = told.at(s0 + move.end(), s1) or last_vessel  # "The previous passage, in 2024, was carried out jointly with Australia": that navy's, told as its ship's
        if vessel is None and last_vessel and move and re.search(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,3}?(?:vessels|ships|warships|flotilla|fleet|group|frigates|destroyers|corvettes|submarines)\b", sent[move.end() :], re.I):
            vessel = last_vessel  # "After passing through the Soya Strait, the vessels are believed to have ..."
        if vessel is None and last_vessel and move and re.match(r"ports? of call|port-calls?\b|port (?:visits|calls) (?:also )?took place|stops\b", move.group(0), re.I):
            vessel = last_vessel  # "The scheduled ports of call include Singapore and Yokosuka", "planned port visits which include stops in Australia": the ships told last
        if vessel is None and last_vessel and move and re.fullmatch(r"(?:port )?(?:visits|calls) (?:were|was) (?:made|paid)|(?:were|was) visited", move.group(0), re.I):
            vessel = last_vessel  # "Previously, Mumbai, Singapore ... and Busan were visited": the ship told last
        if vessel is None and last_vessel and move and move.group(0)[:3].lower() in ("wel", "gre", "boa") and _THE_SHIP_AFTER.match(sent, move.end()):
            vessel = last_vessel  # "Kishi greeted the frigate and the Germans at the Tokyo cruise terminal": the ship, the object
        if vessel is None:
            vessel = told.at(s0, s1)
        if vessel is None and move and (_SUBJECT_RE.search(sent[: move.start()]) or move.group(0) in ("voyage", "journey", "crossing") or move.group(0).endswith(" stop in")) and _told_or_headline(sent, move):  # (and "The next stop in Jakarta allowed them ...")
            # "Russian Navy naval forces passed through ...", "one of its warships has sailed
            # through ...", "escorted the corvette as it passed through ...": the vessel told
            # last, or the text's only vessel when none was told yet (a told movement, not the
            # present-tense "Ships transit ... via the Taiwan Strait")
            vessel = last_vessel or (vessels[0]["name"] if len(vessels) == 1 else None)
            if vessel is None:  # "The flotilla ... sailed between Okinawa and Miyako. The Liaoning did not ...": the ship told next
                vessel = told.at(s1, s1 + 300)
            kind = re.search(r"\b(carrier|destroyer|frigate|corvette|submarine|icebreaker|cruiser)s?\b", sent[: move.start()], re.I)
            if vessel is not None and vessel != last_vessel and kind and not _of_kind(vessels, vessel, kind.group(1).lower()):
                vessel = None  # "The carrier ... entered Busan" is not the frigate HMCS Ottawa told later
        if move is not None and vessel is not None:
            watched = re.search(r"\b(?:watched|monitored|tracked|shadowed|followed|trailed|escorted|observed)\b[^.;]*\b(?:until|as|when|while|after)\s+(?:they|it)\s+(?:\w+\s+)?$", sent[: move.start()], re.I)
            if watched:  # "the cutter watched the ships until they sailed into ...": the ships watched
                watcher = told.at(s0, s0 + watched.start())
                kinds = re.findall(r"\b(cutter|ship|vessel|destroyer|frigate|corvette|carrier|patrol boat)s?\b", sent[: watched.start()], re.I)
                if watcher == vessel or (watcher is None and any(k.lower() in vessel.lower() for k in kinds)):
                    vessel = told.other_than(s0 + watched.start(), vessel) or vessel  # (an unnamed watcher leaves the ship told last: "The cutter Kimball monitored the four ships as they moved ...")
        if move is not None and vessel is not None and re.fullmatch(r"(?i:observed|spotted|sighted|encountered|detected|monitored|tracked|confirmed|saw)", move.group(0)):
            seen = told.at(s0 + move.end(), s1)  # "A Japan Coast Guard patrol vessel observed four China Coast Guard ships in ...": the ships observed
            if seen is not None and seen != vessel:
                vessel = seen
        if vessel is None and last_vessel and move and (navies := re.match(rf"\s*(?:The\s+)?((?:(?:{_NAT})(?:,\s+|\s+and\s+)?)+)\s+(?:[Nn]av(?:y|ies)|[Nn]aval forces)\s+(?:\w+\s+){{0,2}}$", sent[: move.start()])):
            if flag_of.get(last_vessel) in {NATIONALITY[n] for n in re.findall(_NAT, navies.group(1))}:
                vessel = last_vessel  # "The US and Canadian navies made a similar transit in September": their ships told last
        if vessel is None and move and vessels and not routes:  # (a lead's subject, not a later aside)
            vessel = _country_subject(sent[: move.start()], vessels, told, s1)
        if vessel is not None and vessel == last_vessel and move and _KIND_WORD.search(lower, max(0, move.start() - 60), move.start()) and (kind := _THE_KIND_BEFORE.search(sent, max(0, move.start() - 60), move.start())) and not of_kind(vessel, kind.group(1).lower()):
            # "... when the carrier strike group sails through the sea on its way to Japan", told
            # after patrol vessels: the carrier whose route was told, not the ships told last
            vessel = next((x for x in reversed([routes[k].vessel for k in order[-12:]]) if of_kind(x, kind.group(1).lower())), vessel)
        counting = bool(move and last_vessel and (_HAD_TAIL.search(sent, 0, move.start()) or re.match(r"\s*(?:It|This|That)\s+(?:was|is|marked|marks)\b", sent)) and _NTH_TIME.search(sent[: move.start()]) and not _SINCE_WHEN.search(sent))  # (not "the first such passage since Oct. 2, when USS Dewey passed through")
        picked = None
        if last_vessel and (this := _THIS_PASSAGE.match(sent)):
            vessel, counting = last_vessel, True  # "This transit marked the first passage of German ships ...": the one just told
            kind = re.match(r"\s+of\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(carrier|destroyer|frigate|corvette|submarine|icebreaker|cruiser)\b", sent[this.end() :])
            if kind and not of_kind(last_vessel, kind.group(1)):
                # "The passage of the Japan-based destroyer ..." after Chinese warships were told: the destroyer whose passage was told
                picked = next((x for x in reversed([routes[k].vessel for k in order[-12:]]) if of_kind(x, kind.group(1))), None)
                vessel = picked or last_vessel
        if counting:
            # "It was the second time a Japanese warship had passed ...": this passage, counted, by
            # the ship the sentence names or the one told last (the count's "since 2022" does not
            # date the sentences that follow)
            last_period = period_before
            own = told.at(s0, verb_at)
            vessel = own if own and flag_of.get(own) != flag_of.get(last_vessel) else picked or last_vessel
        if vessel is not None and moves and not _YEAR_DIGITS.search(plain) and any(routes[k].waypoints for k in keys_of.get(vessel, ())) and ("first" in lower or "oldest" in lower or "youngest" in lower) and _RECORD_CLAIM.search(sent):
            last_vessel = vessel  # "He is the first blind person to successfully sail across the Pacific": the voyage told, claimed as a record
            continue
        if "took place" in lower and last_vessel and (dated := _SIMILAR_DATED.search(sent)) is not None and not any(e.type == "strait" for e, *_ in sentence_mentions(s0, s1)) and (k := straits_before(s0)) and strait_mentions[k - 1][1].lon is not None:
            # "Similar Navy passages took place on March 5 and January 24": the strait told last,
            # passed once a date, by the ships told last
            e = strait_mentions[k - 1][1]
            add_passages(last_vessel, e, (s0 + dated.start(), s0 + dated.end()), sent, period, p_inferred, f"'{dated.group(0)}': the {e.name} told before", len(re.findall(_DAY_OF_MONTH, dated.group("days"))), all_again=True)
            continue
        if ":" in sent and ("passages" in lower or "transits" in lower or "crossings" in lower) and (similar := _SIMILAR_PASSAGES.search(sent)) is not None and not any(e.type == "strait" for e, *_ in sentence_mentions(s0, s1)) and (k := straits_before(s0)) and strait_mentions[k - 1][1].lon is not None:
            # "US warships ... had made similar passages since Biden took office on Jan. 20: the USS
            # John S. McCain on Feb. 4 and April 17, the USS Curtis Wilbur on Feb. 24, ...": each
            # listed ship's passages of the strait told last, a passage a date
            e = strait_mentions[k - 1][1]
            listed = _listed_ship_days(sent, similar.end() - 1)
            add_listed(listed, e, s0, sent, period, p_inferred, f"'{similar.group(0).rstrip(': ')}': the {e.name} told before")
            if listed:
                continue
        if "same" in lower and (same_way := _SAME_WAY_BACK.search(sent)) is not None and not negated and (back_of := vessel or last_vessel) and keys_of.get(back_of) and not sentence_mentions(s0, s1):
            # "Before returning the same way on Sunday, the Chinese carrier conducted ...": back
            # through the straits the route told came by, to where it came from (inferred)
            r = routes[keys_of[back_of][-1]]
            back = [w for w in reversed(r.waypoints[:-1]) if w.get("id") in gaz.by_id]
            if any(w.get("type") == "strait" for w in back) and not any(w.get("relation", "").startswith("back ") for w in r.waypoints):
                span = (s0 + same_way.start(), s0 + same_way.end())
                r.waypoints += [_waypoint(gaz.by_id[w["id"]], "back through" if w.get("type") == "strait" else "back to", True, span, sent.strip(), note=f"'{same_way.group(0)}': the way the route came, reversed") for w in back]
                r.sentences.append(sent.strip())
                last_vessel = back_of
                continue
        if vessel is None or not moves:
            if vessel and not habit:  # (the ships of a habit are no subject for the next sentence)
                last_vessel = vessel
            continue
        last_vessel = vessel
        key = f"{vessel}|{period or ''}"
        # a new period for the same vessel starts a new route; same vessel, same period continues
        same = keys_of.get(vessel, [])
        if not any(routes[k].waypoints for k in same) and (host := next((k for k, x in routes.items() if vessel in x.companions and x.waypoints and (period is None or x.period in (None, period))), None)) is not None:
            same = [host]  # a ship told as another's companion goes on in that ship's route ("Munro transits ... with USS Kidd", then "Kidd ...")
        if same and (counting or period is None or routes[same[-1]].period == period or (p_inferred and routes[same[-1]].period and routes[same[-1]].period.startswith(period + "-"))):  # (a headline's route takes its detail's date; "earlier this month" is within the route's month)
            key = same[-1]  # (a count's "since 2022" is not the passage's date)
        elif same and routes[same[-1]].period is None and (carried or _headlines(routes[same[-1]].waypoints)):
            # an undated telling (a headline) takes the date of the detail that follows; so does one
            # retold under a time an earlier sentence gave ("It was the first such instance in 2025"
            # then "... transited the Taiwan Strait from south to north today"), not another voyage
            key = same[-1]
            routes[key].period, routes[key].period_inferred = period, p_inferred
        r = route_at(key, vessel, period, p_inferred)
        if (_PLANNED_NEEDS.search(sent, lower) or (" to " in sent and sent.rstrip().rstrip("\"'”’)")[-1:] not in ".!?" and _HEADLINE_PLAN.search(sent) is not None)) and not (r.status == "reported" and r.waypoints):  # (and a headline's infinitive: "German Frigate to Pass Through the Taiwan Strait")
            r.status = "planned"  # (a voyage already told as done stays done: "... an exercise it said it would conduct")
        r.sentences.append(sent.strip())
        earlier = bool(_EARLIER_NEEDS.search(sent, lower))
        new: list[dict[str, Any]] = []
        mentions = sentence_mentions(s0, s1)
        # "... after the Higgins and the Vancouver transited it together on Oct. 20": another
        # ship's clause; its places and times are not this vessel's
        others = _other_clauses(sent, s0, move, vessel, told)
        all_mentions, mentions = mentions, [x for x in mentions if not any(c0 <= x[1] < c1 for _, c0, c1, _ in others)]
        adj_ports: set[int] = set()
        if (" port" in sent or " Port" in sent or " base" in sent or "city of " in sent or "town of " in sent or " harbo" in sent) and any(w + " " in sent for w in _ADJ_NAT_WORDS):
            # "the Russian port of Dunai", "taken to a South Korean military port": the country stands for a port we lack
            found = [(pm, pm.start("name"), pm.end("name"), pm.group("name")) for pm in _ADJ_PORT_OF.finditer(sent)] + [(pm, pm.start(), pm.end(), pm.group(0)) for pm in _ADJ_UNNAMED_PORT.finditer(sent)]
            for pm, a0, b0, said in found:
                if not any(a <= a0 < b or a0 <= a < b0 for _, a, b, _ in all_mentions) and not any(c0 <= pm.start() < c1 for _, c0, c1, _ in others) and (country := gaz.find_name(NATIONALITY[pm.group("adj")])) is not None:
                    adj_ports.add(a0)
                    mentions = sorted([*mentions, (country, a0, b0, said)], key=lambda x: x[1])
        consumed: set[int] = set()
        for bm in _betweens(sent, mentions):
            inside = [(e, a, b) for e, a, b, _ in mentions if a in bm.starts]
            ids = [e.id for e, _, _ in inside]
            if len(ids) >= 2:
                pair = frozenset(ids[:2]) if ids[0] != ids[1] else None
                sid = SHORES.get(pair) if pair else None
                if sid and _LIES_BETWEEN.search(sent, max(0, bm.start - 60), bm.start) and not _PASSES_BEFORE.search(sent, max(0, bm.start - 60), bm.start):
                    sid = None  # "their cargo ship sank in rough waters between Japan and South Korea": where it lies, no passage
                named_here = {x.id for x, _, _, _ in mentions}
                if sid and sid not in named_here:
                    e = gaz.by_id[sid]
                    w = _waypoint(e, "between", True, (s0 + bm.start, s0 + bm.end), sent.strip(), note=f"the strait between {inside[0][0].name} and {inside[1][0].name}")
                    w["later"] = bool(re.search(r"\b(?:later|then|afterwards|subsequently|after that)\b", sent, re.I))
                    new.append(w)
                    consumed.update(a for _, a, _ in inside[:2])
                elif sid:
                    consumed.update(a for e, a, _ in inside[:2] if e.id != sid)  # the strait is named outright too
                elif pair and len({e.dispute for e, _, _ in inside[:2]}) == 1 and inside[0][0].dispute and inside[0][0].dispute in gaz.by_id and moves and not _holds_group(gaz, inside[0][0].dispute, [*r.waypoints, *new]):
                    # "sailed northward in the contiguous zone between Kuba Island and Taisho Island":
                    # in the waters of the disputed group the two islands belong to
                    new.append(_waypoint(gaz.by_id[inside[0][0].dispute], "waters of", True, (s0 + bm.start, s0 + bm.end), sent.strip(), note=f"between {inside[0][0].name} and {inside[1][0].name}"))
                    consumed.update(a for _, a, _ in inside[:2])
        # a time of its own ("between May 8 and 10") makes another visit to waters the route has been in
        fresh_here = bool(_TIMES_NEEDS.search(sent, lower)) and not _no_new_time(sent, " ".join(r.sentences[:-1]))
        prev_rel = None
        prev_end = -1
        prev_place = None
        lead_at = 0  # where the words that placed a list of places end ("heading to Singapore and India")
        # "through the Miyako Strait — a gateway into the Pacific that separates Okinawa from
        # Miyako Island": an aside describing a place says nothing about the voyage
        asides = [(m.start(), m.end()) for m in re.finditer(r"\s[—–]\s+(?:a|an|the)\s[^—–]*(?:[—–]|$)", sent)]
        # "... off Okinotori Island, a remote atoll in the western Pacific that ...": nor does one
        # that places an island or a port
        asides += [(m.start(), m.end()) for m in _PLACE_ASIDE.finditer(sent)]
        # "the ships arrived shortly after Pyongyang carried out new cruise missile tests in the
        # Yellow Sea": a clause whose subject is a capital or a country, acting, is no voyage's
        if " after " in sent or " before " in sent or " while " in sent or " as " in sent:
            asides += [(a, min([i for i in (sent.find(",", b), sent.find(";", b)) if i >= 0] + [len(sent)])) for e, a, b, _ in mentions if e.type in ("city", "country") and _SUBORDINATE_BEFORE.search(sent, max(0, a - 10), a) and _ACTOR_VERB.match(sent, b)]
        dest_told = "destination" in lower
        quay_told = "load" in lower or "alongside" in lower
        supply_told = "suppl" in lower or "refuel" in lower
        yard_told = "yard" in lower or "facilit" in lower
        for e, a, b, matched in mentions:
            before_place, prev_place = prev_place, (e, b)
            if a in consumed or any(x <= a < y for x, y in asides) or any(x <= a < y for x, y in negated):
                continue
            if e.type != "strait" and sent[b : b + 1] in ("-", "–", " ") and any(x.type == "strait" and re.fullmatch(r"\s?[-–]\s?", sent[b:xa]) for x, xa, _, _ in mentions):
                continue  # "Okinawa" in "the Okinawa–Miyako Strait": a shore in the strait's name
            ported = sent[max(0, a - 5) : a] == "Port " and e.type in ("city", "port")
            rel = _relation(sent[: a - 5] if ported else sent[:a])  # "left Malaysia's Port Klang", "departed Port Klang, Malaysia": Klang's port
            fleet_base = e.type in ("city", "port") and sent[max(0, a - 17) : a] == "Fleet Activities "
            if fleet_base:  # "departed Commander, Fleet Activities Yokosuka (CFAY)": the U.S. Navy's base there
                rel = _relation(re.sub(r"(?:Commander,\s+)?Fleet\s+Activities\s+$", "", sent[:a])) if rel == "mentioned" else rel
                fleet_base = rel in ("to", "from") and bool(re.search(r"\b(?:departed|left|leaving|departing|returned|arrived|arriving)\s+(?:from\s+|at\s+|to\s+)?(?:Commander,\s+)?Fleet\s+Activities\s+$", sent[:a]))
            if rel == "to" and ("show" in lower or "demonstrat" in lower or "display" in lower) and re.search(r"\b(?:show|shows|showed|showing|demonstrate|demonstrates|demonstrated|demonstrating|display|displays|displayed|displaying)\b[^.;,]{0,60}\bto\s+(?:the\s+)?$", sent[:a], re.I):
                continue  # "this voyage would show the new strength of the British navy to China": whom it is shown to
            if rel == "to" and "as far" in sent[max(0, a - 60) : a] and _AREA_AS_FAR.search(sent, max(0, a - 200), a):
                rel = "mentioned"  # "their patrol area ... extending as far north as the Bering Sea": an area's reach, no voyage
            if rel == "to" and "deployed" in sent[max(0, a - 30) : a] and _FORWARD_DEPLOYED.search(sent, max(0, a - 40), a):
                rel = "in"  # "Mine Countermeasure Squadron 7, forward-deployed to Sasebo": where the ships are based, no voyage
            if rel == "from" and _POSITION_FROM.search(sent, max(0, a - 70), a):
                continue  # "a suspicious ship sailing in waters about 230 kilometers from Amami Oshima": a position measured from it
            if rel == "from" and re.search(r"\b(?:moving|moved|heading|headed|turning|turned|steering|steered|drifting)\s+away\s+from\s+(?:the\s+)?$", sent[max(0, a - 30) : a]):
                continue  # "moving away from Sri Lanka": a heading, not where it left
            destined = dest_told and rel in ("in", "mentioned", "to") and bool(_DESTINATION_WAS.search(sent, max(0, a - 160), a))
            resupplied = supply_told and rel in ("in", "mentioned") and e.type in ("city", "port", "country") and bool(re.search(r"\b(?:resupply|re-supply|refuel\w*|replenish\w*|supplies)\s+(?:at|in)\s+(?:the\s+)?$", sent[max(0, a - 40) : a], re.I))
            from_yard = e.type in ("city", "port") and rel in ("in", "mentioned", "from") and yard_told and bool(_YARD_DEPARTURE.search(sent, max(0, a - 200), a))
            if from_yard:
                rel = "from"  # "left the facilities of ... Hyundai Heavy Industries in the southeastern coastal city of Ulsan", "sent off from a shipyard in Ulsan"
            if destined or resupplied:
                rel = "to"  # (and "After receiving resupply at Australia": a port call)  # "Their destination was an inconspicuous naval facility tucked away in the secluded Russian port of Dunai"
            if rel != "mentioned" and sent[b : b + 1] == "-" and _COMPOUND_AFTER.match(sent, b):
                continue  # "ease of access for North Korea-linked vessels": a country that qualifies the ships, not where they went
            if rel in ("from", "to", "through") and ("bus" in lower or "train" in lower or "flight" in lower or "plane" in lower or "taxi" in lower) and _OTHER_MEANS.search(sent, max(0, a - 40), a):
                continue  # "Jen and Antoine have taken a night bus from Tokyo", "a flight to San Francisco": people's travel by land or air
            if rel in ("from", "to") and ("connect" in lower or "link" in lower) and not ("ferr" in lower or "passenger" in lower or "service" in lower) and _SERVICE_ENDS.search(sent, max(0, a - 120), a):
                rel = "mentioned"  # "the Tsugaru Strait, which links the Sea of Japan with the Pacific": no service's ends
            if rel == "in" and e.type in ("city", "port", "country") and moves and any(w in lower for w in ("ashore", "aground", "wash")) and any(_ASHORE_MOVE.match(m.group(0)) for m in moves):
                rel = "to"  # "A wooden boat, which drifted ashore ..., is seen in Oga, Akita Prefecture, Japan": where it came ashore
            if e.type == "country" and prev_rel and before_place is not None and before_place[0].type in ("city", "port") and _IN_ITS_COUNTRY.fullmatch(sent, before_place[1], a):
                prev_end = b
                continue  # "Kochi, ... and Miyazaki in western Japan, as well as Busan": where the listed ports are
            passive_visit = bool(re.match(r"(?:\s*,\s*(?:and\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)*\s+(?:were|was|had been|have been)\s+visited\b", sent[b:]))
            if passive_visit:
                rel = "to"  # "Mumbai, Singapore, Jakarta, Hai Phong and Busan were visited"
            if e.type in ("city", "port") and rel == "out of":
                rel = "from"  # "after the Indian warships start exiting Tokyo"
            if e.type in ("city", "port") and rel in ("in", "into") and re.match(r"\s+(?:[Hh]arbou?r|[Pp]ort)\b", sent[b:]):
                rel = "to"  # "four Indian warships are in Tokyo harbour", "slipped into Honolulu Harbor"
            if e.type == "strait" and re.match(r"\s+(?:transits?|passages?|crossings?)\b", sent[b:]):
                rel = "through"  # "conducted a Taiwan Strait transit"
            if prev_rel and (rel in ("mentioned", prev_rel) or (rel == "in" and re.fullmatch(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", sent[prev_end:a]))) and re.fullmatch(r"[)\]]?(?:\s*\([^)]*\)|\s*\[[^\]]*\]|\s*,?\s*(?:and\s+)?(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)*(?:\s*\([^)]*\)|\s*\[[^\]]*\])?(?:\s*(?:,\s*)?and\s+(?:the\s+)?|\s*,\s*(?:the\s+)?|\s*,?\s*as\s+well\s+as\s+(?:the\s+)?|\s*[(\[]\s*)(?:Port\s+)?", sent[prev_end:a]) and not re.match(r"['’]s\b", sent[b:]):  # "the Bering Sea, Chukchi Sea and Arctic Ocean" (not "..., Britain's ministry said")
                rel = prev_rel
            else:
                lead_at = a
            # "will return to Yokohama via Akita and Aomori": ports on the way are stops
            via_port = e.type in ("city", "port") and rel == "through" and bool(_VIA_PORTS.search(sent, max(0, a - 120), a))
            if via_port:
                rel = "to"
            if rel == "mentioned" and e.type in ("city", "port") and _LEFT_ITS.search(sent, max(0, a - 40), a) and _HOME_AFTER.match(sent, b):
                rel = "from"  # "departed its Yokosuka homeport"
            round_trip = rel == "start and end"  # "The tour will start and end at Kobe port": its first and last port
            if round_trip:
                rel = "to"
            if rel == "mentioned" and e.type in ("city", "port") and _FROM_CLUB_IN.search(sent, max(0, a - 80), a):
                rel = "from"  # "left the Hawaii Yacht Club, Honolulu": the club's city
            if rel == "in" and e.type in ("strait", "sea", "gulf", "city") and _FROM_PORT_IN.search(sent, max(0, a - 80), a):
                rel = "from"  # "dispatched from the De-Kastri port in the Tatar Strait": a port the gazetteer lacks, on that water (or in that city: "left Onahama port in Iwaki")
            if e.type == "country" and re.search(r"\(\s*$", sent[:a]) and re.match(r"\s*\)", sent[b:]):
                named = re.search(r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s*\(\s*$", sent[:a])
                if named is None or (before_place is not None and before_place[1] == named.end(1)):
                    prev_rel, prev_end = rel, b
                    continue  # "Busan (South Korea)": the country locates a port the route has
                rel, port_country = _relation(sent[: named.start(1)]), True  # "Sasebo (Japan)": the country stands for a port the gazetteer lacks
            else:
                port_country = a in adj_ports or resupplied
            if rel == "to" and not _ship_visits(sent[:a]):
                continue  # "as a delegation of U.S. lawmakers visited Taiwan": not the ship's visit
            if rel == "to" and re.search(r"\bafter\s+(?:concluding\s+|ending\s+|a\s+|their\s+|its\s+|the\s+)*(?:port\s+)?visits?\s+to\s+(?:the\s+)?$", sent[:a], re.I):
                rel = "from"  # "after concluding their visit to South Korea, sailed ...": where they came from
            if rel == "near" and e.type in ("city", "port") and re.search(r"\bsail(?:ed|s)\s+off\s+$", sent[:a]):
                rel = "from"  # "the task unit sailed off Vladivostok on May 3": it left the port
            if rel == "near" and e.type == "strait" and re.search(r"\bthrough\b[^,.;]*$", sent[:a]):
                rel = "through"  # "passing through waters near Okinawa and the Miyako Strait"
            prev_rel, prev_end = rel, b
            if e.type in ("island", "city") and (unit := re.match(r"(?:,\s+[A-Z]\w+)*,?\s+(?:and\s+[A-Z]\w+\s+)?(?:Division|Branch|Command|Base)\b", sent[b:])) and not (unit.group(0).endswith("Base") and moves and rel in ("to", "from", "in")):
                continue  # "patrol boats from the Kinmen, Matsu, and Penghu Division": a unit's name (not "docked at Yokosuka Base", "left the Kure Base": the port's base)
            if e.type == "city" and _DISEASE_AFTER.match(sent, b):
                continue  # "measures taken against the Wuhan Coronavirus": a disease's name
            if e.type in ("island", "island_group", "region", "city", "country") and (owned := _OWNS_PLACE.match(sent, b)) and not (
                e.type in ("city", "island", "country")
                and (re.search(r"(?:[Pp]ort|[Hh]arbou?r)$", owned.group(0)) or (e.type == "country" and owned.group(0).endswith("Bay") and _ARRIVAL_OR_INTO.search(sent, max(0, a - 80), a)))
                and not any(b < x < owned.end() for _, x, _, _ in mentions)
            ):
                continue  # "off Okinawa Prefecture's Ishigaki Island": the owner of the place the ship is at (but "escort its crew to Kaohsiung's Singda Harbor", "arrived in Vietnam's Cam Ranh port", "arrived at a port in Vietnam's Cam Ranh Bay": a harbour we lack, the city's or country's)
            via = _ISLAND_WATERS_VIA.search(sent[:a]) if e.type == "island" and not e.dispute else None
            if via is not None and any(via.start("between") <= x < a for _, x, _, _ in mentions):
                via = None  # (a known place in between is the one whose waters they are: "waters off the Senkaku Islands in Okinawa")
            if e.type == "island" and not e.dispute and e.lon is not None and (via is not None or _ISLAND_WATERS_BEFORE.search(sent[:a]) or (_ENTERED_BEFORE.search(sent[:a]) and _WATERS_AFTER.match(sent[b:])) or _island_by_bearing(sent, a, e, moves)):
                # "entered prohibited waters around Kinmen", "again entered Kinmen waters": the island's waters
                if not any(w.get("id") == e.id for w in [*(r.waypoints[-1:] if not fresh_here else ()), *new]):
                    new.append(_waypoint(e, "waters of", False, (s0 + a, s0 + b), sent.strip()))
                continue
            if e.dispute and _DISPUTE_ABOUT.search(sent[max(0, a - 60) : a]):
                continue  # "tensions ... including the territorial dispute over the nearby Senkaku Islands": what is disputed, not where the ship is
            if e.dispute and e.lon is not None and e.type in ("island", "island_group") and (_INTRUSION_NEEDS.search(sent, lower) or (_ZONE_RE.search(sent) and moves)):
                # "entered Japanese territorial waters around the Senkaku Islands"; one island of
                # a group already in the route ("the waters off the Senkakus' Uotsuri Island") adds nothing
                if not _holds_group(gaz, e.dispute, [*(r.waypoints if not fresh_here else ()), *new]):
                    new.append(_waypoint(e, "waters of", False, (s0 + a, s0 + b), sent.strip()))
                continue
            if rel in ("in", "near") and e.dispute and e.lon is not None and e.type in ("island", "island_group") and re.search(r"\b(?:in|into|within)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:vicinity|waters|areas?|seas?)\s+(?:of|around|near|off)\s+(?:the\s+)?$" if rel == "near" else r"\b(?:vicinity|waters|areas?|seas?)\s+(?:of|around|near|off)\s+(?:the\s+)?$", sent[:a], re.I) and not _holds_group(gaz, e.dispute, [*(r.waypoints if not fresh_here else ()), *new]):
                # "carried out joint training in the vicinity of the Liancourt Rocks"
                new.append(_waypoint(e, "waters of", False, (s0 + a, s0 + b), sent.strip()))
                continue
            if e.dispute and e.lon is not None and e.type in ("island", "island_group") and _DRILL_WORD.search(sent) and (_DEFEND_BEFORE.search(sent[max(0, a - 80) : a]) or re.match(r"\s+(?:defen[cs]e|landing)\b", sent[b:])):
                # "an exercise to defend the easternmost islets of Dokdo", "a Dokdo defense drill",
                # "a landing drill on Dokdo": the drill is in the waters of the disputed group
                if not _holds_group(gaz, e.dispute, [*(r.waypoints if not fresh_here else ()), *new]):
                    new.append(_waypoint(e, "waters of", False, (s0 + a, s0 + b), sent.strip()))
                continue
            if rel == "near" and e.dispute and e.lon is not None and e.type in ("island", "island_group") and moves and not sight_only and not _holds_group(gaz, e.dispute, [*(r.waypoints if not fresh_here else ()), *new]):
                # "sailed back and forth near the Senkaku Islands": in the waters of the disputed group
                new.append(_waypoint(e, "waters of", False, (s0 + a, s0 + b), sent.strip()))
                continue
            if rel == "near":
                continue
            # (and "was alongside at Fleet Base West in Fremantle, Australia": a quay in a port we lack)
            docked = re.search(r"\b(?:(?:dock\w*|berth\w*|arriv\w*|anchor\w*|alongside)\s+(?:at|in)|(?:put|pulled|sailed|steamed)\s+into|reach(?:ed|es|ing)?|return\w*\s+(?:back\s+)?(?:to\s+(?:\w+\s+)?(?:base|port|home)\s+)?(?:in|at|to))\s+(?:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+in\s+(?=[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*,\s+$))?(?P<port>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*,\s+)?$", sent[:a]) if e.type == "country" else None
            owned = re.match(r"['’]s\s+(?:[a-z][\w-]*\s+)?(?:[Pp]ort\s+of\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+(?:International\s+)?(?:[Pp]ort|[Hh]arbou?r|[Nn]aval\s+[Bb]ase|Bay))?\b(?!['’])", sent[b:]) if e.type == "country" else None  # (and "Vietnam's strategic Cam Ranh International Port")
            if e.type == "country" and re.match(r"\s+port\s+calls?\b", sent[b:]) and re.search(r"\b(?:make|makes|made|making|pay|pays|paid|paying)\s+(?:an?\s+)?$", sent[:a], re.I):
                rel, port_country = "to", True  # "Japanese destroyers make Vietnam port call": a call at a port of that country
            if owned and rel in ("from", "mentioned") and _DEPARTED_FROM.search(sent, max(0, a - 40), a) and not any(b < x < b + owned.end() for _, x, _, _ in all_mentions):
                rel, port_country = "from", True  # "left Malaysia's Port Kelang on Sept. 23": a port it lacks, in that country
            if owned and _ARRIVAL_OR_INTO.search(sent[:a]) and not any(b < x < b + owned.end() for _, x, _, _ in all_mentions):
                rel, port_country = "to", True  # "reached Japan's Sasebo", "sailed into Indonesia's Port of Surubaya": a port it lacks, in that country
                prev_rel = rel
            if e.type in ("island", "island_group") and rel in ("in", "mentioned") and _TAKEN_TO_PORT_ON.search(sent, max(0, a - 120), a) and not (before_place is not None and before_place[0].type in ("city", "port") and _IN_ITS_COUNTRY.fullmatch(sent, before_place[1], a)):
                rel = "to"  # "taken to Furukamappu, known as Yuzhno-Kurilsk in Russia, on Kunashiri Island": a port it lacks, on that island (not "taken to Korsakov in Sakhalin", a port it has)
            port_in = _UNKNOWN_PORT_IN.search(sent[:a]) if e.type in ("country", "city") and rel in ("in", "mentioned") and e.lon is not None else None  # (and "bound for the Port of Jingtang in Tangshan": a port we lack, in that city)
            port_lead = re.sub(r"(?:[Pp]ort|[Cc]ity|[Tt]own)\s+of\s+$", "", sent[: port_in.start("port")]) if port_in else ""  # ("bound for the Port of Jingtang": bound for it)
            if port_in and not any(port_in.start("port") <= x < a for _, x, _, _ in all_mentions) and (_travel_end(port_lead) or _ARRIVAL.search(port_lead) or re.search(r"\bent(?:ered|ering)\s+(?:the\s+)?$", port_lead)):
                rel, port_country = "to", True  # "a voyage ... to Boryeong in South Korea": a port it lacks, in that country
            if e.type == "country" and rel == "from" and e.lon is not None and not re.match(r"['’]s?\s", sent[b:]) and re.search(_LOADED_AT + r"$", sent[:a]):
                port_country = True  # "loaded its cargo at the Snøhvit LNG export terminal in Norway": where it came from
            if docked and rel in ("in", "mentioned", "to", "into") and e.lon is not None:
                rel, port_country = "to", port_country or bool(docked.group("port"))  # "docked in Reykjavik, Iceland": a port the gazetteer lacks, in that country
            elif e.type == "country" and rel in ("in", "mentioned", "from") and e.lon is not None and re.search(r"\b(?:left|leaving|departed|departing|(?:set|sets|setting)\s+sail\s+from|sailed\s+from)(?:\s+from)?\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:\s+(?:province|prefecture|region|state|county))?(?:,\s+|\s+in\s+(?:the\s+)?))$", sent[:a]):
                rel, port_country = "from", True  # "departed from Taranto, Italy", "having left Taranto Naval Base in Italy", "left Guangdong province in China"
            if e.type in ("city", "port") and rel in ("in", "mentioned") and re.match(r"['’]s?\s(?!(?:[\w-]+\s+){0,2}(?:harbou?r|port|base|pier|wharf|docks?|naval|shipyard|anchorage|roadstead|berths?|waters)\b)", sent[b:]):
                continue  # "emphasizing Tokyo's presence": a capital standing for its government (not "Manila's south harbor")
            if e.type in ("city", "port") and rel in ("in", "mentioned") and _CAPITAL_AS_SUBJECT.match(sent, b):
                continue  # "as London deepens military ties": a capital standing for its government
            if e.type in ("city", "port") and rel in ("in", "mentioned") and _ARRIVAL.search(sent[:a]) and not re.search(r"\bprefecture of\s+$", sent[:a], re.I):
                rel = "to"  # "arrived at a key naval base in the southeastern city of Busan"
            if may_be_usual and re.search(r"\b(?:usual|normal|regular|customary|typical)\s+(?:route|path|passage|way)\b[^,.;]*$", sent[:a], re.I):
                continue  # "reversed their usual route into the Pacific via the Miyako Strait"
            if e.type == "country" and "visit" in lower and re.search(r"\bto\s+visit\s+(?:the\s+)?$", sent[:a], re.I):
                rel = "to"  # "en route through the Taiwan Strait to visit Vietnam"
            if rel == "in" and e.type == "sea" and sent[max(0, a - 24) : a].rstrip().endswith(("waters in", "waters in the")) and any(w.get("relation") == "waters of" for w in [*r.waypoints, *new]):
                continue  # "observed entering the territorial waters in the East China Sea" after the islands' waters: where those waters lie
            if rel == "in" and re.search(r"\b(?:activit(?:y|ies)|presence)\s+(?:(?:has|have|had)\s+)?(?:(?:increased|grown|expanded|intensified|risen|surged)\s+)?in\s+(?:the\s+)?$", sent[:a], re.I) and not _OWN_ACTIVITIES.search(sent[:a]) and not _MET_ACTIVITY.search(sent[:a]):  # (a ship's "surveillance activities in the East China Sea" are its own)
                continue  # "Chinese naval activity has increased in the North Pacific": a trend's area, not where the ship went
            if e.type == "country" and rel == "in" and _AT_ISLANDS_BASE.search(sent, max(0, a - 90), a):
                rel = "to"  # "pulled into Victor Wharf at Naval Base Guam": a territory reached at its naval base
            if e.type == "country" and (rel not in ("around", "to", "from") or said_as_flag(sent, matched, b)):
                continue  # (a flag is no place gone to or from: "200 miles from the U.S. shoreline")
            span = (s0 + a, s0 + b)
            if e.id == "kuril_islands" and rel in ("through", "mentioned", "in"):
                new.append({"kuril": True, "relation": "through", "span": span, "sentence": sent.strip(), "text": matched})
                continue
            if rel == "south of" and e.id == "sakhalin":
                new.append(_waypoint(gaz.by_id["la_perouse_soya"], "south of", True, span, sent.strip(), note="passing south of Sakhalin is passing the La Pérouse (Sōya) Strait"))
                continue
            if e.dispute and e.lon is not None and e.type in ("island", "island_group") and rel == "around":
                # "navigating in the contiguous zone ... around the Senkaku Islands"
                new.append(_waypoint(e, "waters of", False, (s0 + a, s0 + b), sent.strip()))
                continue
            if rel == "around" and e.id == "japan":
                if not _no_voyage_round_japan(sent, a, b, mentions):
                    new.append({"around": "japan", "relation": "around", "span": span, "sentence": sent.strip(), "text": matched})
                continue
            if e.type == "island" and re.match(r"\s+(?:city|town|port)\s+of\b", sent[b:]):
                continue  # "in the Hokkaido city of Abashiri": the island names where the city is
            if e.id in _LARGE_ISLANDS and before_place is not None and before_place[0].type in ("city", "port") and before_place[0].country == e.country and re.fullmatch(r",\s*|(?:\s+(?:[Nn]aval\s+)?(?:[Pp]ort|[Hh]arbou?r|[Bb]ase))?\s+in\s+(?:(?:southern|northern|eastern|western|central|southwestern|southeastern|northwestern|northeastern)\s+)?", sent[before_place[1] : a]):
                continue  # "Port Abashiri in the city of Abashiri, Hokkaido", "Kagoshima Port in southern Kyushu": the island locates the city
            if e.type == "city" and before_place is not None and before_place[0].type in ("city", "port") and re.fullmatch(r"\s*\(\s*", sent[before_place[1] : a]) and sent[b : b + 1] == ")":
                continue  # "Maizuru (Kyoto)": the prefecture a port lies in, named after its capital
            if e.type == "country" and before_place is not None and before_place[0].type in ("city", "port", "island") and re.fullmatch(r"(?:\s+(?:[Nn]aval\s+)?(?:[Bb]ase|[Pp]ort|[Hh]arbou?r))?,\s*(?:the\s+)?", sent[before_place[1] : a]):
                if new and new[-1].get("id") == before_place[0].id:
                    new[-1]["in_country"] = e.id  # (so "departed for Japan ... en route to Yokosuka, Japan" ends at Yokosuka)
                continue  # "arrived at Busan, South Korea": the country locates the port
            if e.type == "country" and _COMPANY_AFTER.match(sent, b):
                continue  # "traveled to China Southern Airlines": a firm named after a country
            if e.type == "country" and re.match(r"\s+(?:(?:Maritime|Ground|Air)\s+)?(?:Self-Defen[cs]e\s+Forces?|Coast\s+Guard|Navy|Naval|Defen[cs]e\s+Ministry)\b", sent[b:]):
                continue  # "a port call at the Japan Maritime Self-Defense Force Yokosuka base": the force's flag
            if e.type == "country" and re.match(r"['’](?:s\b|\s)", sent[b:]) and not port_country:
                continue  # "arrived at South Korea's port of Busan": the port is the end, the country its owner
            if e.type == "country" and rel == "from" and re.search(r"\b(?:ships?|vessels?|warships?|frigates?|destroyers?|navies|navy|forces|sailors|troops|personnel|delegations?)\s+from\s+(?:the\s+)?$", sent[:lead_at], re.I):
                continue  # "in concert with naval ships from Australia and New Zealand": their flags
            if rel == "from" and e.type == "country" and re.search(r"\b(?:warnings?|responses?|reactions?|protests?|criticism|condemnation|rebukes?|anger|objections?|threats?|pressure|backlash|wrath)\s+from\s+(?:the\s+)?$", sent[:a], re.I):
                continue  # "despite the warnings from China", "a fierce response from China": a government's words, not a port left
            if e.type == "country" and rel in ("to", "from") and _COUNTRY_OUTPOST_AFTER.match(sent, b):
                continue  # "reached Showa Station, Japan's Antarctic research base", "reaches Japan's base in Antarctica": the country's outpost, elsewhere
            if e.type == "country" and e.lon is not None and rel in ("to", "from") and (passive_visit or ((u := _UNKNOWN_PORT_COUNTRY.search(sent, max(0, a - 60), a)) is not None and not any(x.type in ("city", "port", "country", "island") for x, *_ in gaz.find(u.group("name")))) or (rel == "to" and "ashore" in lower and any(_ASHORE_MOVE.match(m.group(0)) for m in moves)) or (rel == "from" and re.search(r"\b(?:originated|come)\s+from\s+$", sent[:a])) or _travel_end(sent[:lead_at]) or _VISIT_TO.search(sent[:lead_at]) or _LEFT.search(sent[:lead_at]) or _STOPS_INCLUDED.search(sent[:lead_at]) or port_country or (rel == "to" and (re.search(r"\b(?:ports?|harbou?rs|parts)\s+(?:of|in)\s+(?:the\s+)?$", sent[:lead_at]) or (_CALLED_AT.search(sent[:lead_at]) and not re.match(r"\s+(?:[A-Z][\w-]*\s+){1,2}(?:Naval|Navy|Base|Port|Harbou?r)\b", sent[b:])))) or (rel == "from" and re.search(r"\bfrom\s+(?:its|their|her)\s+home\s?port\s+in\s+$", sent[:a])) or (rel == "to" and _ARRIVAL.search(sent[:lead_at])) or (rel == "to" and (_ROUTE_LEADS_TO.search(sent[:lead_at]) or _AS_FAR_AS.search(sent[:lead_at]) or _MISSION_IN_RE.search(sent, max(0, lead_at - 160), lead_at) or _FINAL_PORT_RE.search(sent, max(0, lead_at - 100), lead_at) or (moves and (_HOME_TO.search(sent, max(0, lead_at - 30), lead_at) or _BOARD_IN_RE.search(sent, max(0, lead_at - 40), lead_at)))))):
                # "en route to Vietnam", "a trip from Japan to Vietnam": the route ends (or starts)
                # on that country's coast, where it is first reached by sea
                w = _waypoint(e, rel, False, span, sent.strip(), note=f"the coast of {e.name} where it is first reached by sea")
                if rel == "to" and _ARRIVAL.search(sent[:lead_at]) and not (_travel_end(sent[:lead_at]) or _VISIT_TO.search(sent[:lead_at]) or port_country):
                    w["arrival"] = True  # "arrived in South Korea": a port named next is that arrival's end
                elif rel == "to" and _BOUND_FOR.search(sent, max(0, a - 40), a):
                    w["arrival"] = True  # "while under way for China" ... "followed Angara to a pier at Zhoushan": the port is where it was bound
                new.append(w)
                continue
            if e.type == "country" and rel == "around" and e.id in _ISLAND_COUNTRIES and e.lon is not None and moves and re.search(r"\b(?:trip|voyage|tour|cruise|journey|sail\w*|circl\w*|circumnavigat\w*)\s+(?:around\s+)?$", sent[:a], re.I):  # (not "seven ports around Taiwan")
                new.append(_waypoint(e, rel, False, span, sent.strip()))  # "its exhibition trip around Taiwan", "after circling Taiwan"
                continue
            if e.type in ("country",) or e.lon is None:
                continue
            if (e.type in ("city", "port") or (e.type in ("island", "island_group") and sent[max(0, a - 4) : a] in ("the ", "The "))) and SHIP_APPOSITION.match(sent, b):
                continue  # "entered the Taiyuan, a Chinese navy missile destroyer": the ship, not the city
            if e.type in ("city", "port") and _ship_context(sent, a, b):
                continue  # "with frigates Vancouver and Ottawa", "HMCS Ottawa and Vancouver": ships named after cities
            if e.type == "city" and re.match(r"\s+(?:Memorial|Cemetery|Museum|University|Monument)\b", sent[b:]):
                continue  # "the Cheonan Memorial": a memorial named after a city (or a ship)
            if e.type == "city" and re.match(r"\s+(?:[Pp]refecture\b|Pref\.)", sent[b:]):
                continue  # "Maizuru, Kyoto Prefecture": the prefecture that locates the port, not a stop
            if e.type == "city" and re.match(r"\s*(?:\((?:Type\s+\w+\s+)?|(?:guided[- ])?missile\s+)(?:destroyer|frigate|cruiser|corvette)", sent[b:], re.I):
                continue  # "the Zhanjiang missile destroyer", "Zhanjiang (Type 052D destroyer)": a ship named after a city
            if e.type in ("region", "ocean", "sea") and rel in ("mentioned", "in") and moves and re.search(r"\b(?:an?|its|their|her)\s+$", sent[max(0, a - 8) : a]) and _WATER_MISSION_AFTER.match(sent, b):
                rel = "in" if re.match(r"\s+(?:(?:Ocean|Sea)\s+)?(?:area|region|zone|waters)\b", sent[b:]) else "to"  # "to embark on an Arctic voyage", "completing its Arctic Ocean observation mission", "in an Arctic Ocean area with sea ice" (not "During the Arctic voyage": the voyage told again)
            own_trip = False
            if e.type in ("ocean", "sea") and rel in ("mentioned", "in") and moves and (trip := _WATER_TRIP_AFTER.match(sent, b)) and _OWN_TRIP_BEFORE.search(sent, max(0, a - 60), a):
                own_trip = True
                # "following a 42-day Western Pacific patrol", "completed his nonstop Pacific voyage":
                # the ship's own trip, named after the water it was in or crossed
                rel = "in" if trip.group("trip").lower().startswith(("patrol", "deployment")) else "across"
            if e.type in ("city", "port") and rel in ("through", "mentioned") and re.search(r"\b(?:pass\w*|transit\w*)\s+through\s+(?:the\s+)?(?:port|harbou?r)\s+of\s+$", sent[:a], re.I):
                rel = "to"  # "After passing through the Port of Tokyo": a port of call on the way
            base_entered = e.type in ("city", "port") and rel in ("in", "into", "mentioned", "to") and bool(re.match(r"\s+(?:[Nn]aval\s+)?(?:[Bb]ase|[Pp]ort)\b", sent[b:])) and bool(re.search(r"\b(?:entered|entering|arriv\w+|dock\w*|call\w*)\b(?:[^.;]|(?<=[A-Z])\.){0,40}$", sent[:a], re.I))
            if base_entered:
                rel = "to"  # "entered the U.S. Navy's Yokosuka base"
            if rel == "into" and e.type in ("city", "port") and (re.match(r"\s+(?:waters|harbou?r)\b", sent[b:]) or re.search(r"\b(?:entered|entering|enters)\s+(?:the\s+)?$", sent[:a])):
                rel, base_entered = "to", True  # "entered Hong Kong waters": the port reached
            sailed_into = rel == "into" and e.type in ("city", "port") and bool(_SAILED_INTO.search(sent[:a]))
            if rel == "into" and e.type in ("city", "port") and (sailed_into or _ARRIVAL.search(sent[:a])):
                rel = "to"  # "pulled into Colombo harbor"; "sailed into Auckland"
            at_event = rel == "in" and e.type in ("city", "port") and bool(_TOOK_PART_IN_PORT.search(sent[:a]))
            if at_event:
                rel = "to"  # "took part in the Navy Day celebrations on July 28 in Vladivostok": the ship was there
            at_quay = rel == "in" and e.type in ("city", "port") and ((quay_told and bool(_CARGO_AT.search(sent, max(0, a - 110), a))) or ("found" in lower and bool(_FOUND_AT.search(sent, max(0, a - 60), a)) and bool(_HARBOUR_AFTER.match(sent, b))))
            if at_quay:
                rel = "to"  # "waiting to be loaded with containers at North Korea's port of Najin": the ship is in port
            if e.type in ("city", "port") and rel in ("in", "at", "mentioned") and "home" in lower and _HOME_PORT_AT.search(sent, max(0, a - 80), a):
                rel = "to"  # "returned to its home port at the Yokosuka naval base"
            if e.sources == "geonames_cities15000" and (rel not in ("to", "from") or not (fleet_base or at_event or at_quay or destined or resupplied or from_yard or ported or via_port or round_trip or port_country or _HARBOUR_AFTER.match(sent, b) or (rel == "from" and moves and _FROM_LEADS.fullmatch(sent, 0, a)) or base_entered or passive_visit or _travel_end(sent[:lead_at]) or _STOPS_INCLUDED.search(sent[:lead_at]) or sailed_into or _ARRIVAL.search(sent[:a]) or _VISIT_TO.search(sent[:lead_at]) or _LEFT.search(sent[:lead_at]) or _HOME_PORT.search(sent[:a]) or _PORT_STAY.search(sent[:a]) or re.search(r"\b(?:port|harbou?r)\s+(?:city\s+|town\s+)?of\s+$", sent[:a], re.I) or (rel == "from" and re.search(r"\bexit\w*\s+$", sent[:a])) or (rel in ("from", "to") and ("connect" in lower or "link" in lower or "between" in lower or "and from" in lower) and _SERVICE_ENDS.search(sent, max(0, a - 120), a)) or (rel == "from" and (_FROM_PORT_IN.search(sent, max(0, a - 80), a) or _FROM_CLUB_IN.search(sent, max(0, a - 80), a) or (moves and _TO_NEXT.match(sent, b) and re.search(r"\bfrom\s+$", sent[:a])))) or (rel == "to" and moves and _FROM_BEFORE_TO.search(sent, max(0, a - 80), a)) or _VOYAGE_END_NOUN.search(sent, max(0, a - 48), a))):
                continue  # "a protest to Seoul", "southeast of Seoul": a city the news only names is a waypoint after travel words
            if e.type in ("city", "port") and rel == "in" and re.search(r"\b(?:headquarter\w*|based|home(?:port\w*)?|stationed)\b[^.;]{0,80}$", sent[:a], re.I) and not re.search(r"\b(?:visit\w*|arriv\w*|call\w*)\b[^.;]{0,60}\b(?:headquarter\w*|based|home)", sent[:a], re.I):
                continue  # "Russia, which headquarters its Pacific Fleet in ... Vladivostok": where a fleet lives, not the voyage
            if e.type in ("city", "port") and re.match(r"\s+(?:strait|straits|channel|bay)\b", sent[b:]):
                continue  # "sail through Kagoshima strait": a strait told by a city's name, not the city
            if e.type in ("city", "port") and rel in ("south of", "north of", "east of", "west of", "along", "around"):
                continue  # "1,740 kilometers south of Tokyo" measures from a city; the ship is not there
            if e.type == "sea" and rel in ("south of", "north of", "east of", "west of") and not re.search(r"\d\s*(?:km|kilometers|kilometres|miles|nautical miles)\s+\w+\s+of\s+(?:the\s+)?$", sent[:a]):
                rel = "in"  # "spotted in the Japan Sea and south of the Sea of Okhotsk": in its southern part
            if e.type in ("sea", "ocean") and re.search(r"\bStrait\s+in\s+(?:the\s+)?$", sent[:a]):
                continue  # "the waters of the Tsugaru Strait in the Sea of Japan": where the strait is said to be
            if e.type == "strait" and rel in ("in", "mentioned") and re.search(r"\b(?:travers\w*|transit\w*|pass\w*|sail\w*|cross\w*|navigat\w*)\s+(?:through\s+)?(?:the\s+)?(?:international\s+)?waters\s+of\s+(?:the\s+)?$", sent[:a], re.I):
                rel = "through"  # "traversing the international waters of the Tsugaru Strait"
            if e.type in ("city", "port") and (re.match(r"\s+(?:Prefecture|Times|News|Post|Daily|Herald)\b", sent[b:]) or (rel == "in" and not re.search(r"\b(?:arriv\w*|dock\w*|call\w*|anchor\w*|berth\w*|moor\w*|port|base|maintenance|repairs?|refit|overhaul|stopover)\b[^.;]{0,40}$", sent[:a], re.I))):
                continue  # "headquarters in Naha", "off Kagoshima Prefecture": where someone is, not the ship
            if e.type == "island" and rel in ("in", "into", "mentioned") and (
                (_ARRIVAL.search(sent[:a]) and re.search(r"\b(?:base|port|harbou?r|pier|island)\b[^.;]{0,40}$", sent[:a], re.I))
                or (re.match(r"\s+(?:[Nn]aval\s+)?(?:[Bb]ase|[Pp]ort|[Hh]arbou?r)\b", sent[b:]) and re.search(r"\b(?:entered|entering|arriv\w+|dock\w*|call\w*)\b[^.;]{0,40}$", sent[:a], re.I))
            ):
                rel = "to"  # "arrived at a naval base on Jeju Island", "entered the Jeju Naval Base"
            if e.type == "island" and rel == "in" and ("moored" in lower or "docked" in lower or "berthed" in lower) and re.search(r"\b(?:moored|docked|berthed)\b[^.;]{0,50}\bin\s+(?:[A-Z][\w-]*\s+){1,2}(?:[Pp]refecture|[Pp]rovince|[Cc]ounty)\s+(?:in|on)\s+$", sent[:a]):
                rel = "to"  # "moored it in Aomori Prefecture in Honshu": a port we lack, on that island
            if e.type in ("island", "island_group") and rel not in ("to", "from"):
                continue  # "in waters ... off Rebun Island in Hokkaido" places a sighting, not a waypoint
            if rel == "in" and before_place is not None and new and new[-1].get("relation") == "waters of" and new[-1].get("end") == s0 + before_place[1] and re.fullmatch(r"\s*,?\s*in\s+(?:the\s+)?", sent[before_place[1] : a]):
                continue  # "a drill to defend the Liancourt Rocks in the East Sea": the sea the islands are in
            if rel == "in" and any(w.get("relation") == "waters of" for w in new) and re.search(r"\b(?:islands?|islets?|isle|rocks?|outcroppings?)\s+in\s+(?:the\s+)?$", sent[:a], re.I):
                continue  # "... to defend the islets of Dokdo ... the cluster of rocks in the East Sea"
            between_shore = bool(new) and new[-1].get("relation") == "between" and new[-1].get("type") == "strait" and before_place is not None and new[-1].get("end", 0) >= s0 + before_place[1]  # ("passing between Okinawa and Miyako in the East China Sea": the sea the passage was in)
            if rel == "in" and not sight_only and ((before_place is not None and not between_shore and before_place[0].type in ("island", "island_group", "city", "port", "region", "gulf") and re.fullmatch(r"\s*,?\s*in\s+(?:the\s+)?", sent[before_place[1] : a])) or re.search(r"\b(?:islands?|islets?|isle|rocks?|bay|port|city)\s+(?:of\s+(?-i:[A-Z])[\w-]+\s+)?in\s+(?:the\s+)?$", sent[:a], re.I)):
                continue  # "near the Senkaku Islands in the East China Sea" says where the islands are
            if rel == "in" and sight_only and re.search(r"\b(?:near|around|off)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:islands?|islets?)\s+in\s+(?:the\s+)?$", sent[:a]):
                continue  # "a foreign submarine in waters near disputed islands in the East China Sea was confirmed to be Chinese": a "near" of islands the sea only places
            if rel == "in" and re.search(r"\b(?:behaviou?r|activit(?:y|ies)|(?<=Chinese )operations|(?<=Russian )operations|tactics|claims?|tensions?|disputes?|assertiveness|aggression|militari[sz]ation|interests?|presence|ambitions?)\s+in\s+(?:the\s+)?(?:disputed\s+|contested\s+)?$", sent[:a], re.I) and not _OWN_ACTIVITIES.search(sent[:a]) and not _MET_ACTIVITY.search(sent[:a]):
                continue  # "China's aggressive behaviour in the East China Sea" is about the country
            if e.type == "strait" and "median" in lower and _AIR_WORDS.search(lower) and (re.match(r"['’]s\s+(?:[\w-]+\s+)?median\s+line\b", sent[b:]) or re.search(r"\bmedian\s+line\s+(?:of|in)\s+(?:the\s+)?$", sent[:a])):
                continue  # "11 were found to have crossed the Taiwan Strait's median line and entered the airspace near Taiwan": aircraft over the line, no ship through the strait
            if rel == "in" and "involving" in lower and _EXERCISE_IN.search(sent, max(0, a - 40), a) and re.match(r"\s+(?:Ocean\s+)?(?:this\s+\w+\s+)?involving\b", sent[b:]):
                continue  # "major maritime exercises in the Pacific involving the U.S. Navy and its allies": whose exercise the sentence says, not this ship's voyage
            after_in = rel == "in" and (re.search(r"\b(?:after|following)\b(?:[^,.;]|,(?=\d)){0,100}\b(?:in|patrolling of|patrols? of)\s+(?:the\s+)?$", sent[:a], re.I) or (own_trip and re.search(r"\b(?:after|following)\b[^.;]{0,100}$", sent[:a], re.I)))  # "after sailing 4,900 miles to exercise in", "after ... patrolling of Pacific Ocean waters", "arrived in Japan in April following training exercises in the East China Sea"
            # (but "was en route to Pacific ... when spotted in East China Sea": where it was seen on the way)
            seen_on_way = rel == "in" and not after_in and "when" in sent and bool(_SEEN_WHEN.search(sent, max(0, a - 130), a))
            if rel == "in" and not after_in and not seen_on_way and any(w.get("relation") in ("to", "into") for w in new) and not re.search(r"\b(?:ended|ending|ends|finished|finishing|back)\b[^,.;]{0,30}\bin\s+(?:the\s+)?$", sent[:a], re.I):
                continue  # "... to the Sea of Okhotsk, possibly for a patrol in the Pacific"
            if rel == "to" and re.search(r"\b(?:message|signal|warning|protest|letter|note|notice|notification|request|complaint|reply|response|concern|displeasure|regret)s?\W{0,2}\s+to\s+(?:the\s+)?$", sent[:a], re.I):
                continue  # "would send a message to Beijing"
            if rel == "to" and ("convey" in lower or "relay" in lower or "communicat" in lower or "express" in lower or "lodge" in lower or "protest" in lower) and re.search(r"\b(?:conveyed|conveys|relayed|relays|communicated|communicates|expressed|expresses|lodged|lodges|protested|protests)\b[^.;]{0,40}?\bto\s+(?:the\s+)?$", sent[:a], re.I):
                continue  # "The Japanese government conveyed to Moscow that it is closely monitoring ...": whom it was told to
            if rel == "from" and re.search(r"\b(?:praise|criticism|protests?|condemnation|responses?|reactions?|statements?|officials?|warnings?|support|pressure|objections?|anger|complaints?|concerns?|calls?|demands?)\s+from\s+(?:the\s+)?$", sent[:a], re.I):
                continue  # "praise from Taipei and criticism from Beijing"
            if rel == "mentioned" and e.type == "strait" and moves and _PASSAGE_NOUN_AFTER.match(sent, b):
                rel = "through"  # "Coast Guard Cutter Make Eighth U.S. Taiwan Strait Transit": the strait's transit
            if rel == "mentioned":
                continue  # named in passing ("an Arctic expedition"), not a place the vessel went
            w = _waypoint(e, rel, False, span, sent.strip())
            if at_event:
                w["at_event"] = True  # (kept in a sentence that only sees the ship: "met up with HMS Spey in Yokohama")
            if after_in or seen_on_way or (between_shore and rel == "in" and e.type in ("sea", "ocean")):
                w["first"] = True  # "returned to Shanghai after 83 days in the Arctic"; "passing between Okinawa and Miyako in the East China Sea": the sea the strait was entered from
            if e.type == "strait" and re.search(r"\bafter\s+(?:passing|transiting|crossing|sailing|going)(?:\s+through)?\s+(?:the\s+)?$", sent[:a][-60:], re.I):
                w["first"] = True  # "... in the Chukchi Sea, after passing through the Bering Strait"
            if (e.type == "strait" and re.search(r"\b(?:by way of|via)\s+(?:the\s+)?$", _ADJECTIVE_TAIL.sub("", sent[:a][-60:]))) or via_port:
                w["via"] = True  # "into the Sea of Okhotsk, most likely by way of the La Perouse Strait"
            if round_trip:
                w["final"] = True
                new.append({**_waypoint(e, "from", False, span, sent.strip()), "lead": True})
            new.append(w)
        here = re.search(r"\b(?:arrived|arrives|arrive|arriving|docked|anchored|return|returns|returned)\s+(?:to\s+(?:its|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:base|home\s?port|port)\s+)?here\b", sent)  # (and "returned to her forward operating base here")
        if here and not any(w.get("type") in ("city", "port") for w in new):
            # "IANS Vladivostok (Russia) ... Three Indian Naval ships ... arrived here on Monday": the dateline's city
            home = next((e for e, a, _, _ in gaz.find(text[:160]) if e.type in ("city", "port") and e.lon is not None), None)
            if home is not None:
                new.append(_waypoint(home, "to", True, (s0 + here.start(), s0 + here.end()), sent.strip(), note=f"'here' is the dateline's {home.name}"))
        if not any(w.get("type") == "strait" for w in new):
            # "detected southeast of Tsushima ... travelling from the Sea of Japan to the East China
            # Sea": an island inside a strait, passed between the two seas that strait joins
            ends = {w.get("id") for w in new if w.get("relation") in ("from", "to", "into")}
            for e, a, b, _ in mentions:
                sid = ISLAND_IN_STRAIT.get(e.id)
                if sid and e.type == "island" and len(ends & CONNECTS[sid]) == 2 and _relation(sent[:a]) not in ("to", "from", "into", "through"):
                    new.append(_waypoint(gaz.by_id[sid], "past", True, (s0 + a, s0 + b), sent.strip(), note=f"{e.name} lies in the {gaz.by_id[sid].name}"))
                    break
        if not sight_only and not any(w.get("type") == "strait" for w in new):
            refs = list(_THE_STRAIT_NEEDS.finditer(sent, lower))  # ("through the waters" before "the previous transit" as the words that name it)
            ref = next((m for m in refs if not re.match(r"(?i:strait|previous|last|earlier|latest|similar)\b", m.group(0))), refs[0] if refs else None)
            if ref is not None and re.match(r"(?:made|performed|conducted|completed)\s", ref.group(0)) and not _TIME_LEADS.match(sent):
                ref = None  # "USS Dewey made the transit with HMCS Winnipeg" retells the transit told; "In June, destroyer USS Russell made the transit" is another
            k = straits_before(s0 + ref.start()) if ref else 0
            told_strait = strait_mentions[k - 1][1] if k and strait_mentions[k - 1][1].lon is not None else None
            if ref is not None and told_strait is None and "same" in ref.group(0).lower():
                # "passed between Okinawa's main island and Miyakojima ... had navigated through the
                # same waterway": a strait the route took by inference, no text naming it
                passed = next((w for key in reversed(keys_of.get(vessel, [])) for w in reversed(routes[key].waypoints) if w.get("type") == "strait" and w.get("id") in gaz.by_id), None)
                told_strait = gaz.by_id[passed["id"]] if passed else None
            if told_strait is not None:
                e = told_strait
                # (ships of another flag told it: "a Japanese destroyer sailed through the Taiwan
                # Strait ... Germany sent two warships through the strait" is another passage;
                # but "the latest transit" is one told, by whichever ships)
                noun = re.match(r"(?i:previous|last|earlier|latest|strait|similar)\b", ref.group(0))
                # the same passage told again (by this vessel, or the ships it named) unless at a time of its own
                counted = _SINCE_A_TIME.sub(" ", sent)  # ("the first time a New Zealand ship had passed through the strait since 2017": not a time of this passage)
                fresh = _TIMES.search(counted) and not _no_new_time(counted, " ".join(r.sentences[:-1]))  # ("... occurred in September of last year")
                other = bool(re.match(r"(?i:previous|last|earlier|similar|joint)\b", ref.group(0)) or re.search(r"\b(?i:previous|last|earlier)\s+(?:[\w-]+\s+)?$", sent[: ref.start()]))  # another passage than the one told, by its own words ("The last Taiwan Strait voyage")
                # "had navigated through the same waterway in the opposite direction on May 2": the
                # strait told, passed another time (though in a month the route already names)
                other = other or ("direction" in lower and _OPPOSITE_WAY.search(sent) is not None)
                # "... together with two naval vessels from Australia and New Zealand" told first, then
                # "the New Zealand and Australian ships sailed through the strait": the same passage
                flag = flag_of.get(vessel)  # (ships of no flag are told as nobody's companions)
                host = None if fresh or other or not flag else next((x for x in routes.values() if x is not r and companions_told(x, flag) and any(w.get("id") == e.id for w in x.waypoints)), None)
                if host is not None:
                    if vessel not in host.companions and vessel != host.vessel and any(v["name"] == vessel and v.get("named") for v in vessels):
                        host.companions.append(vessel)
                # (a ship named apart from the ships of a route told is not among them: "USS Mustin
                # conducted a routine transit through the strategic strait" after USS John S. McCain's)
                elif (fresh or other or e.id not in {w.get("id") for w in r.waypoints}) and (other or not _told_before([x for x in routes.values() if noun or (_may_be_same_ships(flag_of, x.vessel, vessel) and not (vessel in named_ships and x.vessel in named_ships and vessel != x.vessel and vessel not in x.companions))], e.id, sent)):
                    w = _waypoint(e, "through", True, (s0 + ref.start(), s0 + ref.end()), sent.strip(), note=f"'{ref.group(0)}' refers to the {e.name} named before")
                    new.append(w)
        if _INTRUSION_NEEDS.search(sent, lower) and not any(w.get("relation") == "waters of" for w in new) and not any(e.dispute for e, *_ in mentions):
            chain = re.search(r"\b(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}(?:island chain|islands|islets|chain)\b", sent)  # (not "the Saki-shima island chain", a chain named)
            if chain and disputed_mentions is None:  # the text's disputed islands, found once, in order
                disputed_mentions = [(a, e) for e, a, _, _ in (text_mentions if text_mentions is not None else gaz.find(text)) if e.dispute and e.type in ("island", "island_group")]
            k = bisect.bisect_left(disputed_mentions, s0, key=lambda m: m[0]) if chain else 0
            group = disputed_mentions[k - 1][1] if k else None
            if group is not None and not _holds_group(gaz, group.dispute, r.waypoints):
                # "went into the territorial seas of the uninhabited island chain": the disputed group told before
                w = _waypoint(group if group.type == "island_group" else gaz.by_id.get(group.dispute, group), "waters of", True, (s0 + chain.start(), s0 + chain.end()), sent.strip(), note=f"'{chain.group(0)}' refers to the {group.name} named before")
                new.append(w)
        if "island" in lower and not new and (isle := _THE_ISLANDS_WATERS.search(sent)) and (moves or _INTRUSION_NEEDS.search(sent, lower)):
            # "detected passing by Amami-Oshima Island ... traveling westward through the
            # island's contiguous zone": the waters of the island named last before
            if island_mentions is None:
                island_mentions = [(a, e) for e, a, _, _ in (text_mentions if text_mentions is not None else gaz.find(text)) if e.type == "island" and e.lon is not None and e.id not in _LARGE_ISLANDS]
            k = bisect.bisect_left(island_mentions, s0 + isle.start(), key=lambda m: m[0])
            if k and not any(w.get("id") == island_mentions[k - 1][1].id for w in r.waypoints[-1:]):
                new.append(_waypoint(island_mentions[k - 1][1], "waters of", True, (s0 + isle.start(), s0 + isle.end()), sent.strip(), note=f"'{isle.group(0)}' refers to {island_mentions[k - 1][1].name}, named before"))
        if sight_only:
            new = [w for w in new if (w.get("relation") == "in" and w.get("type") in ("sea", "ocean", "gulf", "strait", "region")) or (w.get("relation") in ("through", "between") and w.get("type") == "strait") or w.get("relation") == "waters of" or w.get("at_event")]
        placed = list(new)  # (before a retelling is dropped: a clause of the sentence may pass the same strait)
        new = _retold(r.waypoints, new, "".join(sent[x:y] for x, y in zip([0, *(c1 for _, _, c1, _ in others)], [*(c0 for _, c0, _, _ in others), len(sent)], strict=True)))
        if ("transits" in lower or "passages" in lower or "crossings" in lower) and (count := _PASSAGES_COUNTED.search(sent)):
            # "conducted two transits through the Taiwan Strait", "performed transits through the
            # strait in January and March": one waypoint a passage
            n = _COUNT_WORDS.get((count.group("n") or "two").lower(), 2)
            for w in [w for w in new if w.get("type") == "strait" and 0 <= w["start"] - (s0 + count.end()) <= 80 and not re.search(r"[;:]", text[s0 + count.end() : w["start"]])][:1]:
                new += [{**w, "note": f"'{count.group(0)}': passage {k + 2} of {n}", "again": True} for k in range(n - 1)]
        if ";" in sent or ", the " in sent:
            # "The USS John S. McCain sailed through the Strait on Feb. 4 and April 7; the USS Curtis
            # Wilbur on Feb. 24, May 18 and June 22; and the USS Benfold on July 28": a passage a
            # date, the ship's own and each listed ship's after it
            strait = next((w for w in reversed(new) if w.get("type") == "strait" and not w.get("again")), None)
            listed = _listed_passages(sent, strait["end"] - s0) if strait is not None and s0 <= strait["end"] <= s1 else None
            if listed is not None:
                (a, b, n), *rest = listed
                new += [{**strait, "start": s0 + a, "end": s0 + b, "note": f"'{sent[a:b]}': passage {k + 2} of {n}", "again": True} for k in range(n - 1)]
                add_listed(rest, gaz.by_id[strait["id"]], s0, sent, period, p_inferred, f"listed after {vessel}'s passage of the {strait['name']}", quote_ship=True, skip=vessel)
        # in text order, except that an origin leads ("entered the East China Sea from the Sea of
        # Japan") and a strait passed "after" which the rest happened comes first
        new.sort(key=lambda w: (w.get("relation") != "from" and not w.get("first"), w.get("start", (w.get("span") or (0,))[0])))
        day = _weekday(sent)  # (like the date: a weekday of a sentence that placed nothing does not carry over)
        if day is None and k_sent and _THEN_RE.match(sent):
            p0, p1 = sentences[k_sent - 1]
            day = _weekday(text[p0:p1])  # "... spotted it off Okushiri on Thursday. The ship then passed through ...": that day, though that sentence placed nothing
        if day is not None and (retold := {w.get("id") for w in placed} - {w.get("id") for w in new}):
            for w in r.waypoints:  # a passage told first with no day takes the day of its retelling
                if w.get("id") in retold and w.get("day") is None:
                    w["day"] = day
        if day is None:
            day = r.last_day
        if new:
            r.last_day = day
        # a sentence without a date goes with the last sentence that placed the vessel (a date
        # of something else, "operations off Hokkaido on June 9", does not carry over)
        date = _date(plain)
        if date is None and "on the " in plain and (only := _DAY_ONLY.search(plain)) and (told_month := [*DAY_RE.finditer(text, max(0, s0 - 3000), s0)]):
            # "on the night of the 22nd": a day of the month told last ("October 18th" before it)
            month = told_month[-1].group("month") or told_month[-1].group("month2")
            date = MONTHS[_MONTH_ABBR.get(month, month)] * 31 + int(only.group(1))
        if date is not None and (retold := {w.get("id") for w in placed} - {w.get("id") for w in new}):
            for w in r.waypoints:  # (so does one told first with no date: a caption, then the dated report)
                if w.get("id") in retold and w.get("date") is None:
                    w["date"] = date
        if date is None:
            date = r.last_date
        if new:
            r.last_date = date
        for w in new:
            w["day"] = day
            w["date"] = date
        if new and r.waypoints and not earlier and all(w.get("relation") == "from" and w.get("type") in ("city", "port") for w in new) and _SET_OUT.search(sent) and not re.search(r"\b(?:later|then|subsequently|afterwards|next|again)\b", sent, re.I):
            earlier = True  # "A joint detachment departed from Vladivostok on September 21 for the drills": told last, the voyage's start
        if _HOME_AGAIN_NEEDS.search(sent, lower):  # "have returned to their home base in Vladivostok after ...": the voyage's end, told first
            for w in new:
                if w.get("relation") == "to" and w.get("type") in ("city", "port"):
                    w["final"] = True
        if earlier:
            r.waypoints = new + r.waypoints
        else:
            r.waypoints.extend(new)
        if any(w.get("lead") for w in new):  # (a round trip's first port leads its voyage: after the route's last departure so far)
            rest = [w for w in r.waypoints if not w.get("lead")]
            k = max((i + 1 for i, w in enumerate(rest) if w.get("relation") == "from"), default=0)
            r.waypoints = rest[:k] + [w for w in r.waypoints if w.get("lead")] + rest[k:]
        if placed:  # "the Liaoning and Shandong were operating in the Pacific": one movement, both ships
            r.companions += [c for c in told.joined(text, s0, s1, vessel) if c not in r.companions]
        # "... the third warship to sail in the strait this month after the Higgins and the
        # Vancouver transited it together on Oct. 20": another ship's passage in a clause of its own
        told_before = None
        if others:
            k = straits_before(s0)
            told_before = next((e for _, e in reversed(strait_mentions[:k]) if e.lon is not None), None)
        for other, e, span, when, inferred in _clause_passages(sent, s0, others, all_mentions, placed, told_before):
            period_c, inferred_c, _ = _period(when, last_year, published_year)
            key_c = f"{other}|{period_c or ''}"
            rc = routes.get(key_c)
            if rc is None:
                rc = routes[key_c] = _Route(vessel=other, period=period_c, period_inferred=inferred_c)
                order.append(key_c)
                keys_of.setdefault(other, []).append(key_c)
            if e.id not in {w.get("id") for w in rc.waypoints}:
                rc.sentences.append(sent.strip())
                rel = {"strait": "through", "sea": "in", "ocean": "in"}.get(e.type, "to")
                rc.waypoints.append(_waypoint(e, rel, inferred, span, sent.strip(), note=f"told in a clause of its own: '{when.strip()}'"))
                if rel == "to" and e.type in ("city", "port") and _HOME_AGAIN_NEEDS.search(sent, lower):
                    rc.waypoints[-1]["final"] = True  # (a return home told in the clause)
    out = []
    for key in order:
        r = routes[key]
        wps = r.waypoints
        days = list(dict.fromkeys(w["day"] for w in wps if w.get("day") is not None))
        dates = list(dict.fromkeys(w["date"] for w in wps if w.get("date") is not None))
        if len(dates) > 1:
            # "on July 28 ... (told after) on Aug. 17": by date, across a new year if that is shorter
            start = min(dates, key=lambda d0: max((d - d0) % 403 for d in dates))
            wps = sorted(wps, key=lambda w: ((w["date"] if w.get("date") is not None else dates[0]) - start) % 403)
        elif len(days) > 1:
            # "on Tuesday ... on Monday, the same ship ...": tell the week in order. The week
            # starts at the day that makes the shortest span (Saturday to Monday is two days), or
            # at the one day a port was left ("left Keelung on Tuesday ... returned on Saturday")
            left_on = {w["day"] for w in wps if w.get("day") is not None and w.get("relation") == "from" and w.get("type") in ("city", "port")}
            start = next(iter(left_on)) if len(left_on) == 1 else min(days, key=lambda d0: max((d - d0) % 7 for d in days))
            first = days[0]
            wps = sorted(wps, key=lambda w: ((w["day"] if w.get("day") is not None else first) - start) % 7)
        wps = [w for w in wps if not w.get("final")] + [w for w in wps if w.get("final")]
        # "Russian, Chinese fleets spotted sailing around Japan" (a headline) over a report that
        # tells the passages: the passages told, not four guessed ones
        told_straits = {w.get("id") for w in wps if w.get("type") == "strait" and not w.get("around")}
        headline_round = [w for w in wps if w.get("around") == "japan" and not re.search(r"[.!?][\"'”’)]*\s*$", (w.get("sentence") or "").strip())]
        if len(told_straits) >= 2 or (headline_round and len(headline_round) == len(wps) and len(order) > 1):
            wps = [w for w in wps if w not in headline_round]  # (also a headline's own route over routes told apart)
        for w in wps:
            w.pop("day", None)
            w.pop("date", None)
        wps = _resolve_compound(wps)
        # "arrives in South Korea ... arrived at a naval port in Busan": the port is the end
        # (unless the port is reached on a day of its own: "a port call in Singapore from June 23 to
        # 28 ... arrived in Yokosuka on August 22")
        wps = [w for k, w in enumerate(wps) if not (w.get("arrival") and k + 1 < len(wps) and wps[k + 1].get("type") in ("city", "port") and wps[k + 1].get("relation") in ("to", "in") and not _days_apart(wps[k + 1].get("sentence") or "", w.get("sentence") or "") and _may_lie_in(gaz, wps[k + 1], w))]
        # a country the voyage was bound for, then a port told as in it: the port is the end
        wps = [w for k, w in enumerate(wps) if not (w.get("type") == "country" and w.get("relation") == "to" and any(x.get("in_country") == w.get("id") for x in wps[k + 1 :]))]
        wps = _order(wps)
        # "arriving at a harbor in Iwaki" (a caption) then "arrived in Iwaki harbor": one arrival told twice
        # (not two visits: "arrived at ... Busan on Wednesday ... The previous time, the ... carrier visited the port of Busan in March")
        wps = _one_arrival_each(wps)
        # "arrived at South Harbor in Manila, starting a goodwill visit to the Philippines": a
        # country visited right before or after a port of its own is that port's country
        # (not a return to the country the voyage left from: "departed from Shanghai ... will return to China")
        # (a return to the country told right before a port of its own is a return to that port:
        # "returned to Taiwan on Saturday ... docked at the northern port city of Keelung")
        # (a country reached twice in a row is one arrival there: "arrived in South Korea on March 2 ...
        # the first carrier group to visit South Korea since June")
        wps = [w for k, w in enumerate(wps) if not (k and w.get("type") == "country" and w.get("relation") == "to" and wps[k - 1].get("id") == w.get("id") and wps[k - 1].get("relation") == "to")]
        wps = [w for k, w in enumerate(wps) if not (w.get("type") == "country" and w.get("relation") == "to" and ((_ports_of(gaz, w, wps[max(0, k - 1) : k] + wps[k + 1 : k + 2]) and not _RETURN_TOLD.search(w.get("sentence") or "")) or _ports_of(gaz, w, [x for x in wps[k + 1 : k + 2] if x.get("relation") == "to"])))]
        # (and a country left right before or after a port of its own left: "has finally left Japan ... departed its Yokosuka homeport")
        wps = [w for k, w in enumerate(wps) if not (w.get("type") == "country" and w.get("relation") == "from" and _ports_of(gaz, w, [x for x in wps[max(0, k - 1) : k] + wps[k + 1 : k + 2] if x.get("relation") == "from"]))]
        # "... arrived at Yokosuka on Thursday. It departed from Taranto, Italy, on June 1": a lead
        # that tells the arrival, then a departure from elsewhere, tells the voyage end first
        lead = next((k for k, w in enumerate(wps) if w.get("relation") not in ("to", "into")), len(wps))
        # (not when those arrivals were told after it, as earlier: "departed Nagasaki today.
        # Previously, Singapore ... and Busan were visited")
        if 0 < lead < len(wps) and wps[lead].get("relation") == "from" and wps[lead].get("id") not in {w.get("id") for w in wps[:lead]} and wps[lead].get("sentence") != wps[0].get("sentence") and not any(w.get("start", 0) > wps[lead].get("start", 0) and EARLIER_RE.search(w.get("sentence") or "") for w in wps[:lead]):
            wps = wps[lead:] + wps[:lead]
        # "returned to Shanghai on Monday ... set out from Shanghai on July 11 to explore the Bering
        # Sea": a return home told before the voyage's detail is still its end
        start = next((w for w in wps if w.get("relation") == "from"), None)
        if start is not None:
            # (also "returned to Shanghai ... beginning in early July from Qingdao")
            back = [w for w in wps if w is not start and w is not wps[-1] and (w.get("id") == start.get("id") or wps.index(w) < wps.index(start)) and w.get("relation") == "to" and re.search(r"\breturn", w.get("sentence") or "", re.I)]
            if back:
                wps = [w for w in wps if w is not back[0]] + [back[0]]
        for w in wps:
            w.pop("arrival", None)
            w.pop("in_country", None)
            w.pop("via", None)
            w.pop("lead", None)
            w.pop("first", None)
            w.pop("at_event", None)
            w.pop("again", None)
        if len([w for w in wps if w.get("lon") is not None]) < 1:
            continue
        out.append(
            {
                "id": f"route_{len(out) + 1}",
                "vessel": r.vessel,
                "period": r.period,
                "period_inferred": r.period_inferred,
                "status": r.status,
                "waypoints": wps,
                "sentences": r.sentences,
                **({"with": r.companions} if r.companions else {}),
            }
        )
    # "On August 22, the carrier made its port call at Yokosuka. ... It departed from Taranto on
    # June 1 ... and arrived in Yokosuka on August 22": a lead telling only the arrival is the end
    # of the dated voyage told after it, not a route of its own
    for r in list(out):
        wps = r["waypoints"]
        if len(wps) == 1 and wps[0].get("relation") == "from":
            # "The Kangei Maru ... sets out ... from Shimonoseki Port on Tuesday" (a caption) over
            # "May 21, 2024 ... departed ... from Shimonoseki ... on Tuesday": the same departure
            later = next((x for x in out[out.index(r) + 1 :] if x["vessel"] == r["vessel"] and len(x["waypoints"]) > 1 and x["waypoints"][0].get("id") == wps[0].get("id") and x["waypoints"][0].get("relation") == "from" and not _days_apart(x["waypoints"][0].get("sentence") or "", wps[0].get("sentence") or "")), None)
            if later is not None:
                later["sentences"] = r["sentences"] + [t for t in later["sentences"] if t not in r["sentences"]]
                out.remove(r)
                continue
        if len(wps) == 1 and wps[0].get("relation") in ("to", "into"):
            later = next((x for x in out[out.index(r) + 1 :] if x["vessel"] == r["vessel"] and len(x["waypoints"]) > 1 and x["waypoints"][-1].get("id") == wps[0].get("id") and not _days_apart(x["waypoints"][-1].get("sentence") or "", wps[0].get("sentence") or "")), None)
            if later is not None:
                later["sentences"] = r["sentences"] + [t for t in later["sentences"] if t not in r["sentences"]]
                out.remove(r)
                continue
            # "... have returned to their home base in Vladivostok. During the cruise, the ships
            # visited ...": a return home told first ends the voyage told after it
            later = next((x for x in out[out.index(r) + 1 :] if x["vessel"] == r["vessel"]), None) if wps[0].get("final") else None
            if later is not None:
                later["waypoints"] = later["waypoints"] + wps
                later["sentences"] = r["sentences"] + [t for t in later["sentences"] if t not in r["sentences"]]
                out.remove(r)
    # "A US Navy ship transited the Taiwan Strait on Thursday ... USS Dewey conducted a Taiwan
    # Strait transit October 14-15, 2021": an undated telling, then the dated account of the same
    # passage by the same ship (not "another transit", "again", "returned", "the last transit";
    # nor after a telling with a month of its own: "on November 5" then "in September 2023")
    for r in list(out):
        later = next((x for x in out[out.index(r) + 1 :] if x["vessel"] == r["vessel"]), None) if r["period"] is None else None
        if later is not None and later["period"] and any(w.get("type") == "strait" for w in r["waypoints"]) and [w.get("id") for w in r["waypoints"]] == [w.get("id") for w in later["waypoints"]] and not any(_TIMES.search(t) for t in r["sentences"]) and not any(_NOT_RETOLD.search(t) or _ANOTHER_OCCASION.search(t) for t in later["sentences"]):
            later["sentences"] = r["sentences"] + [t for t in later["sentences"] if t not in r["sentences"]]
            out.remove(r)
    # "Indian warships arrive in Manila" (a headline) over "INS Delhi ... arrived in Manila": the
    # headline's group is the ships the story names; its route is the story's, told before it
    unnamed = {v["name"] for v in vessels if not v.get("named")}
    for r in list(out):
        if len(out) > 1 and r["vessel"] in unnamed and _headlines(r["waypoints"]) and (cover := _told_again_below(r, out, flag_of, unnamed)) is not None:
            cover["sentences"] = r["sentences"] + [t for t in cover["sentences"] if t not in r["sentences"]]
            out.remove(r)
    for k, r in enumerate(out, 1):
        r["id"] = f"route_{k}"
        r["waypoints"] = _one_arrival_each(r["waypoints"])  # (again, once the routes are put in order)
        for w in r["waypoints"]:
            w.pop("final", None)
    return out


def _told_again_below(r: dict[str, Any], routes: list[dict[str, Any]], flag_of: dict[str, str | None], unnamed: set[str]) -> dict[str, Any] | None:
    """The route of a named vessel (or of a group whose name holds the headline's: "Russian
    Pacific Fleet ships" for "Russian Pacific Fleet"), told after ``r`` (a headline group's), that
    holds every place of ``r``, of the same flag or of none told: the same ships, told again by
    the story (not "Chinese maritime surveillance vessels" after a headline's "Chinese research
    ship": other ships at the same islands)."""
    gaz = gazetteer()
    ids = collections.Counter(w.get("id") for w in r["waypoints"])
    start = min(w.get("start", 0) for w in r["waypoints"])
    flag = flag_of.get(r["vessel"])
    for x in routes:
        if x is r or x["vessel"] == r["vessel"] or min(w.get("start", 0) for w in x["waypoints"]) <= start:
            continue
        if flag and flag_of.get(x["vessel"]) not in (None, flag):
            continue
        a, b = r["vessel"].lower(), x["vessel"].lower()
        kind_a, kind_b = a.split()[-1].rstrip("s"), b.split()[-1].rstrip("s")
        if x["vessel"] in unnamed and a not in b and b not in a and kind_a != kind_b and not (kind_b in ("ship", "warship") and kind_a not in ("ship", "vessel", "warship", "boat")) and kind_a not in ("fleet", "flotilla", "squadron"):
            continue  # (a group of the same kind: "U.S. aircraft carrier", "U.S. Navy aircraft carrier"; a kind, then ships of any kind: "German Frigate" then "German ships"; a fleet, then its ships of any kind: "Japanese fleet" then "A Japanese submarine and two destroyers")
        left = ids - collections.Counter(w.get("id") for w in x["waypoints"])
        # (a country the headline names is covered by a port of it the story names: "makes port call in S. Korea", "arrived in ... Busan")
        codes = {gaz.by_id[w["id"]].country for w in x["waypoints"] if w.get("type") in ("city", "port") and w.get("id") in gaz.by_id}
        if all(k in gaz.by_id and gaz.by_id[k].type == "country" and gaz.by_id[k].country in codes for k in left):
            return x
    return None


#: a subject of proper names only ("Russia and China have", "MOSCOW, Russia: Russia, China")
_PROPER_SUBJECT = re.compile(r"(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?:\s*,\s*|\s+and\s+|\s+))+(?:(?:has|have|had|also|jointly|together|again|now|reportedly|recently|\w+ly)\s+)*")


#: the words just before "Japan's Sasebo" that make it a port of call
_ARRIVAL_OR_INTO = re.compile(r"\b(?:reach(?:ed|es|ing)?|arriv\w*\s+(?:at|in)|(?:sailed|steamed|pulled|put)\s+into|dock\w*\s+(?:at|in)|call\w*\s+at|visit(?:ed|ing)?)\s+(?:an?\s+(?:[\w-]+\s+)?port\s+in\s+)?$", re.I)  # (and "arrived at a port in Vietnam's Cam Ranh Bay")
_PLACE_ASIDE = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:(?:atoll|island|islet|isle|reef|archipelago|port|city|town|village|outpost)\s+(?:in|off|near|on)|(?:waterway|strait|channel|passage)\s+(?:that\s+(?:connects|links|separates)|connecting|linking|separating|between)|(?:entryway|gateway|entrance|doorway)\s+(?:into|to))\s+[^,;.]*")  # (and "the Osumi Strait, a narrow waterway connecting two larger bodies of water in the western Pacific")
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+")


def _contrasted(text: str, sentences: list[tuple[int, int]], told: _Told) -> list[tuple[int, int]]:
    """Split a sentence that tells two ships in contrast into its two clauses: "The Shandong
    remains in the Pacific, while the Liaoning transited between Okinawa and Miyako Island"
    places each ship by its own clause (the second's subject opens its clause)."""
    out = []
    for s0, s1 in sentences:
        for m in _CONTRAST.finditer(text, s0, s1):
            first, second = told.before(s0, m.start()), told.at(m.end(), min(m.end() + 24, s1))
            if first is not None and second is not None and first[0] != second:
                out.append((s0, m.start()))
                s0 = m.end()
        out.append((s0, s1))
    return out


_RETURN_TOLD = re.compile(r"\breturn(?:s|ed|ing)?\b|\bback\s+to\b")  # ("For the return voyage, it will load timber products bound for China")


def _ports_of(gaz: Gazetteer, country: dict[str, Any], near: list[dict[str, Any]]) -> bool:
    """Whether a port, city or island among ``near`` lies in ``country``."""
    code = gaz.by_id[country["id"]].country
    return code is not None and any(x.get("type") in ("city", "port", "island") and x.get("id") in gaz.by_id and gaz.by_id[x["id"]].country == code for x in near)


def _of_kind(vessels: list[dict[str, Any]], name: str, kind: str, text: str | None = None) -> bool:
    """Whether the text calls the vessel ``name`` a ``kind`` ("carrier", "frigate", ...); with
    ``text``, also by the words just before a mention ("the destroyer USS John Finn")."""
    v = next((v for v in vessels if v["name"] == name), None)
    if v is None:
        return False
    if kind in (v.get("type") or "") or any(kind in m["text"].lower() for m in v["mentions"]):
        return True
    rx = _kind_before(kind)
    return text is not None and any(rx.search(text, max(0, m["start"] - 40), m["start"]) for m in v["mentions"])


@functools.lru_cache(maxsize=16)
def _kind_before(kind: str) -> re.Pattern:
    """A ship's kind just before its name: "the destroyer USS John Finn"."""
    return re.compile(rf"\b{kind}\s+(?:[A-Z][\w.]*\s+){{0,2}}$", re.I)


def _country_subject(subject: str, vessels: list[dict[str, Any]], told: _Told, s1: int) -> str | None:
    """The vessel meant when countries are a movement's subject ("Russia and China have conducted
    a joint patrol in ..."): their ships' group, else the text's only vessel, else the next told."""
    subject = re.sub(r"^\s*[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][\w.'’ -]+)?(?:\s*\([^)]*\))?\s*(?:[:—–]|--)\s*", "", subject)  # a wire dateline ("SEOUL, June 5 (Yonhap) --")
    subject = re.sub(r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\s)", "", subject)  # "South Korea on Monday kicked off"
    subject = re.sub(r"\s+(?:said|says|announced|announces)\s+that\s+(?:it|they)\s+(?:will\s+|would\s+)?$", " ", subject)  # "South Korea's Navy announced Thursday that it will"
    if subject.strip() and not _PROPER_SUBJECT.fullmatch(subject):
        subject = re.split(r",\s+|\s+[—–-]\s+", subject)[-1]  # "In a move highlighting ..., Russia and China are", "Vladivostok, Russia – China and Russia"
    if not subject.strip() or not _PROPER_SUBJECT.fullmatch(subject):
        return None
    flags = {e.name for e, *_ in gazetteer().find(subject) if e.type == "country"}
    if not flags:
        return None
    mine = [v for v in vessels if v.get("flag") and set(v["flag"].split(" and ")) & flags]
    if mine:
        return mine[0]["name"]
    if len(vessels) == 1:
        return vessels[0]["name"]
    return told.at(s1, s1 + 300)


_TIMES = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|last (?:month|year))\b|\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.(?=\s*\d)|\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)(?=\s\d{1,2}\b)")  # "Sept. 9", "Sept 10" too
_MOVE_LOWER = re.compile(first_letter_branches(MOVE_RE.pattern.replace("(?=[A-Z])", "")))  # (one branch per first letter: the same matches, fewer tries)
#: rarer movement verbs, tried only in a sentence that holds one of their words (a port call "in",
#: a quarantine, a U-turn, a cruise that begins, a tour that starts and ends at a port, a ship
#: slipped into a harbour or diverted)
_MOVE_RARE = re.compile(r"\b(?:(?:took|taking|take|takes|boarded|board) (?:a|an|the) (?:[\w-]+ ){0,2}?ferry(?= (?:from|to) )|(?:(?<=route )|(?<=voyage )|(?<=journey )|(?<=trip )|(?<=tour )|(?<=cruise )|(?<=adventure )|(?<=deployment ))(?:[\w-]+ )?will (?:bring|lead|take)(?= (?:[\w-]+ ){0,2}?to )|(?:made|makes|make|making) landfall(?= (?:on|in|at) )|port (?:visits|calls) (?:will )?include(?= )|as far (?:east|west|north|south) as(?= )|(?:next|first|last|final) stop in(?= )|(?:connecting|linking)(?= (?:[\w'’.-]+ ){1,8}?(?:with|and|to) \w)|(?:runs?|operates?|operate daily) (?:daily |weekly )?(?:between|carrying)|found (?:its|their|her) way(?= (?:to|into|back) )|(?:wash(?:ed|es|ing)?|drift(?:ed|s|ing)?|came|ran) (?:ashore|aground)|(?:drift(?:ed|s|ing)?|float(?:ed|s|ing)?|(?:set|cast)(?: it| her| them)? adrift)(?= (?:across|into|toward|towards|through) )|(?:(?<=was )|(?<=were )|(?<=been ))moored(?= (?:in|at) )|moored (?:it|her|them)(?= (?:in|at) )|wash(?:ed|es|ing)? up(?= (?:on|in|at) )|(?:(?<=have )|(?<=has )|(?<=had ))come(?= from )|originated(?= from )|(?:was|were|be|been|being) (?:later |then |first |\w+ly )?(?:transported|shipped)(?= (?:[\w-]+ ){0,5}?(?:from|to) )|(?:(?<=journey )|(?<=voyage ))(?:began|begins|started|starts|commenced)(?= (?:at|in|from|on) )|call(?:ed|s|ing) (?:at|in)(?= )|quarantined(?= (?:in|at|off) )|slipped (?:into|out of)|diverted|(?:begin|begins|began|beginning|start|starts|started|starting) (?:(?:a|an) (?:[\w-]+ ){0,3}?(?:cruise|voyage|journey|tour|trip)(?= (?:visiting|calling|to|around|from) )|and (?:end|ends|ended|finish|finishes|finished)(?= (?:at|in) ))|(?:made|makes|make|making) (?:[\w-]+ ){0,2}u-turns?|under ?way(?= (?:for|to|towards?|from) )|(?<=been )under ?way(?= in the )|(?:(?<=was )|(?<=were ))found(?= (?:at|in) )|(?<=[a-z] )(?:tracked|followed) (?:it|her|the (?:[\w-]+ )?(?:ship|vessel|tanker)|[\w-]+(?: [\w-]+)?)(?= to (?:a|the) )|(?:(?<=their )|(?<=s its )|(?<=s her )|(?<=s next )|(?<=t next )|(?<='s )|(?<=’s ))destination (?:was|is|will be|port)(?= )|(?:waiting|ready|about) to be (?:un)?loaded(?= )|(?:un)?loading (?:[\w-]+ ){0,2}?(?:cargo|containers|goods)(?= (?:[\w-]+ ){0,3}?(?:at|in) )|alongside(?= (?:at|in) )|(?:deliver(?:ed|s|ing)?|tak(?:ing|es)|took|haul(?:ed|s|ing)?) (?:its |their |her |the )?(?:[\w-]+ ){0,2}?(?:cargo|cargoes|goods|containers|munitions|shipments?)(?= (?:[\w-]+ ){0,3}?(?:from|to) )|" + _FLIGHT_VERB + r"(?= (?:toward|towards|to|for|into|across) )|(?:(?<=is )|(?<=are )|(?<=was )|(?<=were ))bound(?= (?:for|to) )|(?:strik(?:e|es|ing)|struck) out(?= (?:across|for|to|towards?) )|(?<=deployment )touching(?= \w)|(?<= and )visit(?= (?:the )?ports? of )|arrival of(?= )|(?:(?<=is )|(?<=are )|(?<=was )|(?<=were ))visiting(?= )|(?<=vessels )touring(?= \w)|(?<=ships )touring(?= \w)|touch(?:ed|es|ing)? base (?:at|in)(?= )|(?:welcom(?:e|ed|es|ing)|greet(?:ed|s|ing))(?= (?:ceremony )?(?:to |for )?(?:the )?(?:crew of )?[^.;]{1,80}? (?:at|in) )|(?:(?<=on a )|(?<=on an )|(?<=on its )|(?<=on her )|(?<=on their )|(?<=began a )|(?<=begin a )|(?<=begins a )|(?<=started a )|(?<=starts a ))(?:[\w-]+ ){0,3}?deployment(?= (?:to|in|into|through|across) ))\b")
#: a voyage told by its noun alone, in a sentence with no movement verb: "a nonstop voyage from San
#: Diego to Fukushima", "the 8,700-mile journey across the Pacific from San Diego"
_VOYAGE_NOUN = re.compile(word_first(r"\b(?:voyage|journey|crossing)(?= (?:across|from|to|through) )"))
_MOVE_RARE_KEYS = ("will bring", "will lead", "will take", "landfall", "include", "as far ", " stop in", "moored", "drift", "float", "adrift", "found at", "found in", "followed", "tracked", "destination", "load", "alongside", "derway", "der way", "deliver", "taking", "took", "takes", "haul", "call", "quarantin", "slipped", "diverted", "begin", "began", "start", "commenced", "u-turn", "transported", "shipped", "ashore", "aground", "wash", "come from", "originated", "found its way", "found their way", "connecting", "linking", "runs between", "run between", "operates between", "operate between", "daily carrying", "weekly carrying", " ferry ", " bound for ", " bound to ", "struck out", "striking out", "strike out", "strikes out", "deployment touching", "arrival of", "is visiting", "are visiting", "was visiting", "were visiting", "and visit the port", "and visit port", "touching base", "touched base", "vessels touring", "ships touring", "welcom", "greet", "deployment to", "deployment in", "deployment through", "deployment across", *_FLIGHT_KEYS)
_SIGHT_LOWER = re.compile(SIGHT_RE.pattern)  # (not split by first letter: its alternatives are fewer, and the split measured slower)
#: rarer placings, tried only in a sentence that holds one of their words: a ship lost
#: ("capsized", "sank"), caught in ice, or where "the incident occurred"
_SIGHT_RARE = re.compile(r"\b(?:(?:illegally\s+)?fishing(?:\s+illegally)?(?= in )|sea trials?(?= (?:in|off|near|around) )|capsized|sank|sinks|(?<=has )sunk|(?<=have )sunk|(?<=was )sunk|(?<=were )sunk|foundered|went missing|vanished|(?<=on |nt |ns |ts )(?:occurred|happened|took place)(?= in )|(?:got\s+)?(?:stuck|trapped|ice-?bound)|caught in (?:the )?ice|gripped by (?:pack )?ice)\b", re.I)
_SIGHT_RARE_KEYS = ("fishing", "sea trial", "capsiz", "sank", "sinks", "sunk", "founder", "missing", "vanish", "occurred", "happened", "took place", "stuck", "trapped", " ice", "icebound", "ice-bound")


def _sightings(lower: str) -> list[re.Match]:
    """SIGHT_RE's matches and the rarer placings', in order."""
    found = list(_SIGHT_LOWER.finditer(lower))
    if any(k in lower for k in _SIGHT_RARE_KEYS) and (rare := [m for m in _SIGHT_RARE.finditer(lower) if not any(x.start() <= m.start() < x.end() for x in found)]):
        found = sorted(found + rare, key=lambda m: m.start())
    return found


_NOT_A_SHIP_SENT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:missiles?|rockets?|projectiles?|shells?|drones?|balloons?|planes?|jets?|aircraft(?!\s+carriers?)|bombers?|fighters?|messages?|signals?|letters?|delegations?)\b")


class _KeysAt:
    """Where the words of ``keys`` stand in a text's lower-case copy, found once by plain searches,
    so that whether a sentence holds one is a lookup rather than a search per key and sentence."""

    def __init__(self, text: str, keys: tuple[str, ...]) -> None:
        lower = text.lower()
        self.ok = len(lower) == len(text)  # (a few characters grow when lower-cased: then each sentence is searched)
        self.spans = key_spans(lower, keys) if self.ok else []
        self.starts = [a for a, _ in self.spans]

    def within(self, s0: int, s1: int) -> bool | None:
        """Whether a key stands wholly inside text[s0:s1]; None when that is not known."""
        if not self.ok:
            return None
        k = bisect.bisect_left(self.starts, s0)
        while k < len(self.spans) and self.spans[k][0] < s1:
            if self.spans[k][1] <= s1:
                return True
            k += 1
        return False


def _moves(sent: str, lower: str, rare_keys: bool | None = None) -> list[re.Match]:
    """MOVE_RE's matches in a sentence, found in its lower-case copy (same offsets); "the passage
    of the frigate X" still needs the name's capital in the sentence itself. ``rare_keys``: whether
    the sentence holds one of ``_MOVE_RARE_KEYS``, when the caller knows (see ``_KeysAt``)."""
    found = list(_MOVE_LOWER.finditer(lower))
    if not found and ("voyage" in lower or "journey" in lower or "crossing" in lower):
        found = list(_VOYAGE_NOUN.finditer(lower))  # "to complete a solo, non-stop voyage across the Pacific Ocean": the voyage, with no verb of its own
    if (rare_keys if rare_keys is not None else any(k in lower for k in _MOVE_RARE_KEYS)) and (rare := [m for m in _MOVE_RARE.finditer(lower) if not any(x.start() <= m.start() < x.end() for x in found)]):
        found = sorted(found + rare, key=lambda m: m.start())
    return [
        m
        for m in found
        if (not m.group(0).startswith("passage of") or re.match(r"[A-Z]", sent[m.end() :]))
        and (m.group(0) != "visits" or re.match(r" (?:the )?[A-Z]", sent[m.end() :]))  # ("Esmeralda visits Busan": a verb; not "visits by officials")
        and (not m.group(0).startswith(("connect", "link")) or "ferr" in lower or "passenger" in lower)  # "links the Sea of Japan with", "historical links to ships": no service told
        and not (m.group(0) in ("sent", "sends") and _NOT_A_SHIP_SENT.match(lower, m.end()))  # "tests that sent missiles landing in the Sea of Japan"
    ]


#: a place that owns the next one named: "Okinawa Prefecture's Ishigaki Island", "Okinawa's Kume Island"
_OWNS_PLACE = re.compile(r"(?:\s+[Pp]refecture)?['’]s\s+(?:[A-Z][\w-]+\s+){1,2}(?:Island|Islands|Islet|Atoll|Peninsula|Township|Port|Harbou?r|Bay|(?:[Nn]aval\s+|[Nn]avy\s+)?[Bb]ase|port|harbou?r)\b|\s+(?:port(?:\s+city)?|naval\s+base)\s+of\s+(?=[A-Z])")  # (and "Japan's Sasebo naval base", "the Sakhalin port of Korsakov")
#: a disputed place named as what a dispute is about
_DISPUTE_ABOUT = re.compile(r"\b(?:disputes?|row|rows|spat|claims?|sovereignty|feud)\s+(?:over|to|about|regarding)\s+(?:the\s+)?(?:nearby\s+|disputed\s+|contested\s+|[\w]+-(?:controlled|administered|held|claimed)\s+)?$", re.I)  # (and "a dispute over the Japanese-controlled Senkaku Islands")
#: a heading given up: "headed for the Senkaku Islands at one point but changed course"
_TURNED_AWAY = re.compile(r"\b(?:head(?:ed|ing)|steer(?:ed|ing)|bound|moving|sailing)\s+(?:for|to|towards?)\b[^.;]{0,80}?(?P<but>\b(?:but|before|when)\s+(?:then\s+|later\s+)?(?:they\s+|it\s+|she\s+)?(?:were\s+|was\s+)?(?:changed|turned|veered|reversed|altered|pulled|rerouted|re-routed|diverted|redirected))\b", re.I)  # (and "were headed for routine deployment in the Western Pacific ..., when they were rerouted")  # (and "moving toward the Senkaku Islands, before they pulled away")
_PEOPLE_WORDS = re.compile(r"delegat|lawmakers|senators|minister|premier|stopover|envoy|tourists|passengers")
#: people's travel told beside a ship's: "a Czech delegation, led by Senate President X, arrived in Taiwan"
_PEOPLE_TRAVEL = re.compile(r"\b(?:delegations?|delegates|lawmakers|senators|ministers?|premier|president|envoys?|tourists|passengers)\b(?:(?!\b(?:ships?|vessels?|destroyers?|frigates?|carriers?|warships?|it|they)\b)[^.;]){0,70}?\b(?:arrived|arrives|arriving|visited|visits|left|departed|returned|made\s+(?:a|an)\s+(?:[\w-]+\s+)?stopover)\b[^.;,]*", re.I)


#: a clause with a subject of its own after the main one: "..., after HMS Richmond made the journey"
_CLAUSE_OPEN = re.compile(r"(?:,\s*|\s)(?:after|when|since|before)\s+(?!(?:the\s+)?(?:first|last|second|third|\d))")
#: what such a clause passes through when it names no strait: the one its sentence told
_CLAUSE_STRAIT_REF = re.compile(r"\b(?:it|the (?:same )?(?:strait|waterway|journey|transit|passage|trip|voyage|route))\b", re.I)


def _other_clauses(sent: str, s0: int, move: re.Match | None, vessel: str | None, told: _Told) -> list[tuple[str, int, int, re.Match]]:
    """Clauses after the main verb ('after / when / since / before ...') whose subject is another
    told ship that moved: (ship, where the clause starts and ends, its verb)."""
    out: list[tuple[str, int, int, re.Match]] = []
    if move is None or vessel is None:
        return out
    for c in _CLAUSE_OPEN.finditer(sent, move.end()):
        end = min([i for i in (sent.find(x, c.end()) for x in (";", ". ", ", which", ", a move")) if i >= 0] + [len(sent)])
        clause = sent[c.end() : end]
        mv = next((m for m in _MOVE_LOWER.finditer(clause.lower()) if _told_or_headline(clause, m) or re.match(r"(?:made|took|completed|conducted|performed|carried out)\b", m.group(0))), None)
        other = told.at(s0 + c.end(), s0 + c.end() + mv.start()) if mv else None
        if other is not None and other != vessel:
            out.append((other, c.end(), end, mv))
    return out


def _clause_passages(sent: str, s0: int, others: list[tuple[str, int, int, re.Match]], mentions, new: list[dict[str, Any]], told_before: Entry | None) -> list[tuple[str, Entry, tuple[int, int], str, bool]]:
    """Where each clause of ``_other_clauses`` takes its ship: the first place named after its
    verb, or the strait its sentence (or the text before it) told, for "transited it" and "made
    the journey". (ship, place, span, the clause's words, whether the place is inferred)."""
    out = []
    told = next((w["id"] for w in new if w.get("type") == "strait"), None)
    for other, c0, c1, mv in others:
        told = told or next((e.id for e, a, _, _ in reversed(mentions) if e.type == "strait" and a < c0), None) or (told_before.id if told_before else None)
        named = [(e, a, b) for e, a, b, _ in mentions if e.type in ("strait", "sea", "ocean", "city", "port", "island") and e.lon is not None and c0 + mv.start() <= a < c1]
        # (not a capital as a government: "..., prompting Tokyo to express concern")
        named = [(e, a, b) for e, a, b in named if not (e.type in ("city", "port") and (re.match(r"\s+to\s+[a-z]", sent[b:]) or re.search(r"\b(?:prompting|leading|urging|causing|forcing|spurring)\s+$", sent[:a])))]
        if named:
            (e, a, b), inferred = named[0], False
        elif told is not None and _CLAUSE_STRAIT_REF.search(sent[c0 + mv.start() : c1]):
            e, (a, b), inferred = gazetteer().by_id[told], (c0 + mv.start(), c0 + mv.end()), True
        else:
            continue
        out.append((other, e, (s0 + a, s0 + b), sent[c0:c1], inferred))
    return out


def _may_lie_in(gaz: Gazetteer, port: dict[str, Any], country: dict[str, Any]) -> bool:
    """Whether the waypoint ``port`` may lie in the waypoint ``country``: their country codes
    agree, or either is unknown ("a port call at Guam ... India and Germany, before they make
    their final stop in Busan": Busan is not Germany's)."""
    p, c = gaz.by_id.get(port.get("id") or ""), gaz.by_id.get(country.get("id") or "")
    a, b = p.country if p else None, c.country if c else None
    return not a or not b or a == b


#: words that tell of another occasion than the one told ("The last publicized strait transit ...")
_ANOTHER_OCCASION = re.compile(r"\b(?:previous|last|earlier|prior)\b", re.I)
_DAY_OF_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b(?!:)"
_DAYS_OF_MONTHS = rf"{_DAY_OF_MONTH}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_DAY_OF_MONTH})*"
#: the days a passage told right before was made on: " on Feb. 4 and April 7"
_OWN_DAYS = re.compile(rf"[\])]?\s+on\s+(?P<days>{_DAYS_OF_MONTHS})")
#: another ship's passages listed after, its verb and strait left out: "; the USS Curtis Wilbur on Feb. 24, May 18 and June 22"
#: passages told as like the one told, their ships listed after a colon: "had made similar passages since ...:"
_SIMILAR_PASSAGES = re.compile(r"\b(?:similar|such|other|earlier|previous)\s+(?:passages|transits|crossings)\b[^:;]{0,80}:")
_LISTED_SHIP_DAYS = re.compile(rf"\s*[;,:]\s+(?:and\s+)?(?P<ship>(?:the\s+)?[A-Z](?:[^;,.]|(?<=\b[A-Z])\.){{1,50}}?)\s+on\s+(?P<days>{_DAYS_OF_MONTHS})(?=\s*(?:[;,.]|$))")


def _listed_passages(sent: str, at: int) -> list[tuple[int, int, int]] | None:
    """For a strait's passage told up to ``at`` and then its days ("... through the Strait on Feb. 4
    and April 7; the USS Curtis Wilbur on Feb. 24, ..."): the span of the days and their number,
    then each listed ship's span and its number of days; None when the sentence lists no more than
    one passage."""
    own = _OWN_DAYS.match(sent, at)
    if own is None:
        return None
    out = [(own.start("days"), own.end("days"), len(re.findall(_DAY_OF_MONTH, own.group("days")))), *_listed_ship_days(sent, own.end())]
    return out if len(out) > 1 or out[0][2] > 1 else None


def _listed_ship_days(sent: str, pos: int) -> list[tuple[int, int, int]]:
    """The ships listed from ``pos`` on with their days, each a clause of its own ("; the USS Curtis
    Wilbur on Feb. 24, May 18 and June 22"): each ship's span and its number of days."""
    out = []
    while (m := _LISTED_SHIP_DAYS.match(sent, pos)) is not None:
        out.append((m.start("ship"), m.end("ship"), len(re.findall(_DAY_OF_MONTH, m.group("days")))))
        pos = m.end()
    return out


_HOME_PORT_AT = re.compile(r"\b(?:returned|returning|returns|return|arrived|arriving|came\s+back|back)\s+(?:to|at)\s+(?:its|her|their|the)\s+home\s?(?:port|base)\s+(?:at|in|of)\s+(?:the\s+)?$", re.I)
#: "the last U.S. warship to " before a movement: the ship is named after the verb's "was"
_LAST_TO = re.compile(r"\b(?:the|its)\s+(?:last|previous|latest)\s+[^,;]{0,40}\bto\s+$")
_WAS = re.compile(r"\b(?:was|were)\s+")
#: passages like the one told, on days of their own: "Similar Navy passages took place on March 5 and January 24"
_SIMILAR_DATED = re.compile(rf"\b(?:[Ss]imilar|[Ee]arlier|[Pp]revious|[Oo]ther)\s+(?:[A-Z][\w.]*\s+)?(?:passages|transits|crossings)\s+took\s+place\s+on\s+(?P<days>{_DAYS_OF_MONTHS})")
_OPPOSITE_WAY = re.compile(r"\b(?:in|from)\s+the\s+(?:opposite|other|reverse)\s+direction\b", re.I)
#: a country's outpost named after it (a base or station elsewhere): "Japan's Antarctic research base"
_COUNTRY_OUTPOST_AFTER = re.compile(r"['’]s\s+(?:[A-Za-z-]+\s+){0,3}?(?:base|station|facility|outpost)\b")
#: a return told as the way the route came ("before returning the same way", "sailed back along the same route")
_SAME_WAY_BACK = re.compile(r"\b(?:return(?:ed|ing|s)?|(?:came|come|coming|sailed|sailing|headed|heading|went|going)\s+back)\s+(?:(?:through|by|via|along)\s+)?the\s+same\s+(?:way|route|waters|waterway|passage)\b", re.I)


def _told_before(kin: list[_Route], strait_id: str, sent: str) -> bool:
    """Whether the routes ``kin`` (of ships that may be the sentence's) hold the strait
    ``strait_id`` already, and the sentence gives its passage no time of its own: the same
    passage told again."""
    if not any(w.get("id") == strait_id for x in kin for w in x.waypoints) or _SINCE_WHEN.search(sent):
        return False
    told_text = " ".join(t for y in kin for t in y.sentences if t != sent.strip())
    # (a telling dated by its weekday is no headline whose detail this dated sentence gives: "a US
    # Navy ship transited the Taiwan Strait on Thursday and Friday" then "On Sept. 17, the USS
    # Barry ..." and "The USS John S. McCain sailed through the Strait on Feb. 4")
    return _no_new_time(sent, told_text) or (not _TIMES.search(told_text) and _day_dates_only(sent) and _weekday(told_text) is None)


def _told_as_companions(sentences: list[str], flag: str | None) -> bool:
    """Whether ``sentences`` tell ships of ``flag`` as another ship's companions ("together with
    two naval vessels from Australia and New Zealand", "alongside the Australian destroyer")."""
    if not flag:
        return False
    rx = _companions_of(flag)
    return any(_companion_cue(t) and rx.search(t) for t in sentences)


@functools.lru_cache(maxsize=4096)
def _companion_cue(sentence: str) -> bool:
    """Whether a sentence holds _COMPANION_CUE (asked again for each strait a later sentence names)."""
    return _COMPANION_CUE.search(sentence) is not None


@functools.lru_cache(maxsize=64)
def _companions_of(flag: str) -> re.Pattern:
    """The words that tell ships of ``flag`` as companions: a cue, then the flag's country or
    nationality within the clause."""
    names = {f for f in flag.split(" and ")} | {k for k, f in NATIONALITY.items() if f in flag.split(" and ")}
    words = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:together with|alongside|accompanied by|joined by|along with|(?:passage|transit|crossing|journey|voyage)\s+with)\b[^.;]{{0,80}}?\b(?:{words})\b")


#: (and a passage told with its companions: "completed the passage with naval ships from Australia and New Zealand")
_COMPANION_CUE = re.compile(word_first(r"\b(?:together with|alongside|accompanied by|joined by|along with|(?:passage|transit|crossing|journey|voyage)\s+with)\b"))


def _may_be_same_ships(flag_of: dict[str, str | None], a: str, b: str) -> bool:
    """Whether vessels ``a`` and ``b`` may be the same ships told in other words: their flags
    share a country, or either has none."""
    fa, fb = flag_of.get(a), flag_of.get(b)
    return a == b or not fa or not fb or bool(set(fa.split(" and ")) & set(fb.split(" and ")))


def _definite_same_flag(sent: str, vessel: str, last_vessel: str, vessels: list[dict[str, Any]]) -> bool:
    """Whether ``vessel`` is an unnamed group the sentence opens with "The <flag> ...", and the
    vessel told last is a named ship of that flag: the same ships, told again."""
    if not sent.lstrip().startswith("The"):
        return False  # (what the pattern below needs first, looked for before the vessels are read)
    info = {v["name"]: v for v in vessels}
    v, last = info.get(vessel), info.get(last_vessel)
    if not v or not last or v.get("named") or not last.get("named") or not v.get("flag") or v.get("flag") != last.get("flag"):
        return False
    return bool(re.match(rf"\s*The\s+{re.escape(vessel)}\b", sent))


def _told_or_headline(sent: str, move: re.Match) -> bool:
    """Whether a movement verb tells what happened: past or ongoing ("passed", "sailing", "set
    sail"), or any tense in a headline line ("... vessel sails from Shanghai to Arctic"), unlike
    the present tense of a habit ("Ships transit ... via the Taiwan Strait")."""
    if re.search(r"(?:ed|ing|went|left|sent|seen|took\s+\S+|set sail|ed\s+(?:out|off|up)|^bound(?: for| to)?|^(?:next|first|last|final) stop in|(?:ed|ing)\s+(?:in|at|into|to))$", move.group(0)) or (move.group(0) == "began" and re.search(r"\b(?:journey|voyage)\s+$", sent[: move.start()])) or re.match(r"(?i:made|paid|took)\s", move.group(0)):
        return True  # (and "made a historic visit to Tokyo")
    if re.fullmatch(r"(?:voyage|journey|crossing)", move.group(0)) and re.search(r"\bthe\s+(?:[\w,-]+\s+){0,3}$", sent[: move.start()], re.I):
        return True  # "The tale of the journey from Latvia to the Tsushima Strait": a voyage told as a noun
    if re.search(r"\b(?:will|would|plans? to|planned to|is to|are to|scheduled to|expected to)\s+(?:also\s+)?$", sent[: move.start()], re.I) or re.match(r"(?:will|would|shall|to)\s", move.group(0), re.I):
        return True  # a plan told: "The units would make port calls to ...", "... will visit San Diego"
    line_end = sent.find("\n", move.end())
    if line_end < 0:
        line_end = len(sent)  # a headline that is a paragraph of its own
    return not re.search(r"[.!?][\"')\]]*$", sent[:line_end].strip())


def _days_apart(sentence: str, told: str) -> bool:
    """Whether ``sentence`` names a day ("August 22") and ``told`` names days, none of them it."""
    def days(t: str) -> set[tuple[str, str]]:
        return {((m.group("month") or m.group("month2"))[:3], m.group("day") or m.group("day2")) for m in DAY_RE.finditer(t)}

    mine, theirs = days(sentence), days(told)
    return bool(mine and theirs and not mine & theirs)


def _no_new_time(sentence: str, told: str) -> bool:
    """Whether every month and year ``sentence`` names is in ``told`` already: a telling with a
    time of its own ("In April, ...") is another occasion, not the same passage again (a time
    after "since" is no telling's own: "its first return to the Arctic since 2023")."""
    return all(_told_when(t.group(0), told) or _SINCE_TAIL.search(sentence, max(0, t.start() - 14), t.start()) for t in _TIMES.finditer(sentence))


_SINCE_A_TIME = re.compile(word_first(r"\bsince\s+(?:early\s+|late\s+|mid-)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s*(?:19|20)\d\d)?|(?:19|20)\d\d)\b(?!,?\s+when\b)"))  # "since 2017", "since June" (not "since 2021, when ...": that dates a passage)


def _told_when(t: str, told: str) -> bool:
    """Whether ``told`` names the time ``t`` other than after "since" ("their third joint transit
    since June" did not happen in June)."""
    at = told.find(t)
    while at >= 0:
        if not _SINCE_TAIL.search(told[max(0, at - 14) : at]):
            return True
        at = told.find(t, at + 1)
    return False


#: "the first such passage since Oct. 2, when USS Dewey passed through": an earlier occasion
_SINCE_WHEN = re.compile(r"\bsince\b[^;]{0,40}?,?\s+when\b", re.I)


def _day_dates_only(sentence: str) -> bool:
    """Whether every time the sentence names is a day of a month ("Feb. 10"), the detail a dated
    account gives of a passage its headline told, unlike "In April" (another occasion)."""
    days = [m.span() for m in _DAY_NEEDS.finditer(sentence)]
    return all(any(a <= m.start() < b for a, b in days) for m in _TIMES_NEEDS.finditer(sentence))


_NOT_RETOLD = re.compile(r"\b(?:another|second(?! time| such)|again|back(?! and forth)|returned|returning|return|other|(?:opposite|reverse) direction|as well|similar (?:passages?|transits?|crossings?|voyages?|man(?:oeu|eu)vres?|maneuvers?)|joint (?:transit|passage)s? by (?=[^.;]{0,60}\b(?:in|on) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|(?:previous|last) time)\b", re.I)  # "for the second time" is this passage; "a similar transit in September" another


def _headlines(wps: list[dict[str, Any]]) -> bool:
    """Whether every telling so far is a headline: no time, no closing full stop."""
    told = [w.get("sentence") or "" for w in wps]
    return not any(_TIMES.search(t) or re.search(r"[.!?][\"')\]]*$", t.strip()) for t in told)


#: "This transit marked the first passage of ...": a sentence about the passage just told
_THIS_PASSAGE = re.compile(r"\s*(?:This|That|The)\s+(?:transit|passage|voyage|crossing|sailing|move|deployment|journey)\b")

#: "It was the second time that ... had passed through": a count of passages, about this one
_NTH_TIME = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:time\b|such\s)", re.I)  # ("the first such transit in 2025")


def _printed_again(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` printed again, whole or but for a short lead ("Mar. 18—") on one of them."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) > 60 and len(long_) - len(short) <= 30 and long_.endswith(short)



def _retold(wps: list[dict[str, Any]], new: list[dict[str, Any]], sent: str) -> list[dict[str, Any]]:
    """A sentence that tells a passage already told ("5 ships entered ..." then "Five ships
    have entered ...", or the detail "it sailed south-west in the Sea of Japan and passed
    through the Tsushima Strait" after the headline): what it adds is placed round the passage
    it repeats, and nothing is counted twice. Returns what is left to append."""
    if not new or not wps or _NOT_RETOLD.search(sent):
        return new
    told = " ".join(w.get("sentence") or "" for w in wps)
    last = wps[-1]
    again = next((w for w in new if w.get("id") == last.get("id") and w.get("relation") in ("to", "into")), None)
    before = [w for w in new if w is not again and w.get("first")]
    if again is not None and again is new[-1] and not before and len(new) > 1 and all(w.get("type") == "strait" and w.get("relation") in ("through", "between") for w in new[:-1]):
        before = new[:-1]  # "en route to Pacific" then "passing through the Miyako Strait ... en route to the Pacific Ocean": the way to the end told ahead
    if again is not None and before and len(before) == len(new) - 1 and last.get("relation") in ("to", "into") and _no_new_time(sent, told):
        # "makes a call at Qingdao" then "makes a call at Qingdao after patrolling the Pacific":
        # the same arrival, and what led to it goes before it
        known = {w.get("id") for w in wps}
        wps[-1:-1] = [w for w in before if w.get("id") not in known]
        return []
    # "In April, the carrier sailed through the Miyako Strait": another occasion; but a headline
    # with no time at all is retold by the dated detail that follows it
    fresh_time = not _no_new_time(sent, told) and not _NTH_TIME.search(sent) and not _THIS_PASSAGE.match(sent)
    if not fresh_time and (day := _date(_DATELINE_LEAD.sub("", sent, count=1))) is not None and not _NTH_TIME.search(sent):
        # "sailed south in the waters between ... on Dec. 16" after the passage the report is
        # about, dated otherwise: another passage, though in the same month
        told_here = [w for w in wps if w.get("id") in {x.get("id") for x in new}]
        # (a day inside the days the first telling spans is that passage: "passed through the
        # Tsugaru Strait from March 10 to March 11" then "... passed through the Tsugaru Strait
        # and headed for the Sea of Japan on March 11")
        fresh_time = bool(told_here) and all(w.get("date") is not None and w.get("date") != day and not (w.get("date") < day <= _last_day(w.get("sentence") or "", w["date"])) for w in told_here)
    if fresh_time and (told_times := [m.group(0) for m in _TIMES.finditer(told)]) and all(t.isdigit() for t in told_times) and {t for t in _TIMES.findall(sent) if t.isdigit()} <= set(told_times):
        # "... Make Eighth U.S. Taiwan Strait Transit in 2021" then "... transits the Taiwan Strait
        # ..., Aug. 27": a telling dated by its year alone is retold by the day's detail in that year
        fresh_time = False
    if fresh_time and _TIMES.search(told):
        return new  # (a telling with no time at all is retold by the dated detail that follows it)
    if fresh_time and re.search(r"\blast (?:month|year)\b", sent) and re.search(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b", told):
        return new  # "on Saturday ..." then "in March of last year, the carrier transited ...": another occasion
    if "first time" in sent and not _no_new_time(sent, told) and _date(sent) is None and re.search(r"\bfor the first time\s+(?:this|last)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", sent):
        return new  # "sailed ... into the western Pacific on Monday" then "It ... navigated in the Pacific for the first time this April": that first time, not this week's
    ids = [w.get("id") for w in wps]
    # (not a departure from where the route ends: "docked at Keelung" then "left Keelung on Tuesday")
    same_run = [w.get("id") for w in new] == ids[-len(new) :] and not (len(new) == 1 and new[0].get("relation") == "from" and wps[-1].get("relation") == "to")
    if same_run and not fresh_time:
        return []
    origins = [w for w in new if w.get("relation") == "from" and w.get("id") not in ids]
    rest = [w.get("id") for w in new if w not in origins]
    if origins and rest and all(i in ids for i in rest) and not fresh_time:
        # "sails for ROK, Japan" then "left Dalian ... for visits to the ROK and Japan": the same
        # voyage, now with where it began
        k = ids.index(rest[0])
        wps[k:k] = origins
        return []
    if not _TIMES.search(told):
        # the dated detail of a headline told with no time retells it where it places the ship
        # alike: "hold drills in Yellow Sea" then "exercises in the Yellow Sea on September 6, with
        # a German warship docking at Incheon"
        def key(w: dict[str, Any]) -> tuple[Any, Any]:
            if w.get("type") == "strait" and w.get("relation") in ("through", "between", "south of", "north of", "in", "mentioned"):
                return w.get("id"), "through"  # (a strait "passed through" or "between Taiwan and China" alike)
            return w.get("id"), "to" if w.get("relation") in ("to", "in", "into") else w.get("relation")  # (arriving "in" or "to" Busan alike)

        pairs = [key(w) for w in new]
        tail = [key(w) for w in wps]
        k = next((k for k in range(min(len(pairs), len(tail)), 0, -1) if pairs[:k] == tail[-k:]), 0)
        if k:
            return new[k:]
        if len(pairs) > len(tail) and set(tail) <= set(pairs) and fresh_time:
            # "The fleet is spotted south of the Sea of Okhotsk" (a caption), then "... spotted in
            # the Japan Sea and south of the Sea of Okhotsk since Feb. 1": the dated detail, in its order
            wps.clear()
            return new
    for t, w in enumerate(new):
        # (an island's waters too: "entered waters around Yakushima" then the detail "crossed into
        # territorial waters south of Yakushima" after "spotted southeast of Tanegashima"; but not
        # "... near Yakushima Island in November last year": another occasion)
        if (w.get("type") != "strait" and (w.get("relation") != "waters of" or fresh_time)) or w.get("id") not in ids:
            continue
        k = len(ids) - 1 - ids[::-1].index(w["id"])
        known = set(ids)
        if any(x.get("type") == "strait" for x in wps[k + 1 :]):
            if wps[k].get("date") is None or wps[k].get("date") != _date(sent):
                return new  # other straits since: a second passage, not the same one
            # "... that passed through the Tsugaru Strait on Oct. 18 also passed through the Osumi
            # Strait ..." then "passed through the Tsugaru Strait on Oct. 18 to go from the Sea of
            # Japan to the Pacific": that passage again, on its day, with its detail round it
            pre = [x for x in new if x.get("id") not in known and (new.index(x) < t or x.get("relation") == "from")]  # (where it came from leads)
            post = [x for x in new[t + 1 :] if x.get("id") not in known and x not in pre]
            for x in pre + post:
                x["date"], x["day"] = wps[k].get("date"), wps[k].get("day")
            wps[k : k + 1] = [*pre, wps[k], *post]
            return []
        pre = [x for x in new[:t] if x.get("id") not in known]
        # what was told between the two tellings, in other sentences, led up to the passage
        # ("found the ships in the Pacific ... they passed through the Tsugaru Strait")
        same = [x for x in wps[k + 1 :] if x.get("sentence") == wps[k].get("sentence")]
        between = [x for x in wps[k + 1 :] if x.get("sentence") != wps[k].get("sentence")]
        ahead = [x for x in between if x.get("relation") in ("to", "into")]  # a destination told since stays after it
        between = [x for x in between if x.get("relation") not in ("to", "into")]
        wps[k:] = between + pre + [wps[k]] + same + ahead
        return [x for x in new[t + 1 :] if x.get("id") not in known]
    return new


class _Span(NamedTuple):
    """A 'between' clause found by ``_betweens``: where it runs, and where its two shores' names start."""

    start: int
    end: int
    starts: tuple[int, int]


#: the water a ship crossed, told before what it separates: "transited the narrow body of water
#: separating China from Taiwan"
_CROSSED_WATER = re.compile(r"\b(?:transit\w*|cross\w*|sail\w*|pass\w*|travers\w*|navigat\w*|steam\w*)\s+(?:[\w-]+\s+){0,5}?(?:water|waters|strait|channel|waterway|passage|gap)\s+(?:that\s+)?$")


def _betweens(sent: str, mentions) -> list:
    """'between X and Y' clauses: the pattern, and failing it two known places after 'between'
    joined by 'and' within the clause ("between the main island of Okinawa Prefecture, southern
    Japan, and Miyako Island"). (Each pattern is tried only on a sentence that holds its word.)"""
    found: list[_Span] = []
    if len(mentions) < 2:
        return found  # (each clause joins two places the sentence names)
    for f in BETWEEN_RE.finditer(sent):
        # the last place named on each side: "between Taiwan's Yilan County and Japan's
        # Yonaguni Island" is Taiwan and Yonaguni
        side_a = [a for _, a, _, _ in mentions if f.start("a") <= a < f.end("a")]
        side_b = [a for _, a, _, _ in mentions if f.start("b") <= a < f.end("b")]
        if side_a and side_b:
            found.append(_Span(f.start(), f.end(), (side_a[-1], side_b[-1])))
    # "through the narrow band of ocean that separates China and Taiwan" (and "through a strait
    # separating Japan's main islands, Honshu and Hokkaido")
    for f in () if "separat" not in sent and "divid" not in sent else re.finditer(r"\b(?:separat|divid)\w*\s+(?:the\s+)?(?:[^,.;]{1,40}?,\s+)?(?P<a>[^,.;]+?)\s+(?:and|from)\s+(?:the\s+)?(?P<b>[^,.;]+?)(?=[,.;]|$|\s+(?:and|in|on|as|while|when|according)\b)", sent):
        side_a = [a for _, a, _, _ in mentions if f.start("a") <= a < f.end("a")]
        side_b = [a for _, a, _, _ in mentions if f.start("b") <= a < f.end("b")]
        if side_a and side_b and (re.search(r"\bthrough\b", sent[: f.start()]) or _CROSSED_WATER.search(sent[: f.start()])):
            found.append(_Span(f.start(), f.end(), (side_a[-1], side_b[-1])))
    # "through the Okinawa-Miyako strait": a strait named by its two shores
    for f in () if "-" not in sent and "–" not in sent else re.finditer(r"\b(?P<a>[A-Z][\w']*)\s?[-–]\s?(?P<b>[A-Z][\w']*)\s+(?i:strait|channel|passage|gap)\b", sent):
        side_a = [a for e, a, _, _ in mentions if f.start("a") <= a < f.end("a") and e.type != "strait"]
        side_b = [a for e, a, _, _ in mentions if f.start("b") <= a < f.end("b") and e.type != "strait"]  # ("Okinawa–Miyako Strait" names the strait itself)
        if side_a and side_b:
            found.append(_Span(f.start(), f.end(), (side_a[-1], side_b[-1])))
    # "navigated through Okinawa's main island and Miyakojima Island": through a pair of known shores
    for f in () if "through" not in sent else re.finditer(r"\bthrough\s+(?:the\s+)?(?P<a>(?:(?!\b(?:to|on|in|for|with|via|visits?|calls?|after|before)\b)[^,.;])+?)\s+and\s+(?:the\s+)?(?P<b>[^,.;]+?)(?=[,.;]|$|\s+(?:in|on|into|to|towards?|toward|before|after|heading)\b)", sent):  # (not "through Asian waters on port visits to Japan and South Korea")
        side_a = [(e.id, a) for e, a, _, _ in mentions if f.start("a") <= a < f.end("a")]
        side_b = [(e.id, a) for e, a, _, _ in mentions if f.start("b") <= a < f.end("b")]
        if side_a and side_b and frozenset({side_a[-1][0], side_b[-1][0]}) in SHORES:
            found.append(_Span(f.start(), f.end(), (side_a[-1][1], side_b[-1][1])))
    for m in () if "between" not in sent and "waters " not in sent else re.finditer(r"\bbetween\b|\bwaters (?:near|off|around)\b", sent):  # "the waters near Okinawa and Miyako"
        if any(f.start <= m.start() < f.end for f in found):
            continue  # the pattern found this clause already
        end = min([i for i in (sent.find(".", m.end()), sent.find(";", m.end())) if i >= 0] + [len(sent), m.end() + 140])
        inside = [(a, b) for e, a, b, _ in mentions if m.end() <= a < end and e.type != "strait"]  # shores, not the strait itself
        lead = sent[m.end() : inside[0][0]] if inside else ""
        if len(inside) >= 2 and len(lead) <= 32 and not re.search(r"\d", lead):
            cut = re.search(r"\band\b", sent[inside[0][1] :])
            second = next((x for x in inside[1:] if cut and x[0] >= inside[0][1] + cut.end()), None)
            if second is not None:
                found.append(_Span(m.start(), second[1], (inside[0][0], second[0])))
    # one passage a pair of shores: "through waters between the main island of Okinawa and the
    # island of Miyakojima" is found by two patterns
    kept: list = []
    for f in found:
        if not any(f.start < g.end and g.start < f.end and f.starts[1] == g.starts[1] for g in kept):
            kept.append(f)
    return kept


def _resolve_compound(wps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Turn 'through the Kurils' and 'around Japan' into concrete passages."""
    gaz = gazetteer()
    out: list[dict[str, Any]] = []
    for i, w in enumerate(wps):
        if w.get("kuril"):
            prev = next(((x["lon"], x["lat"]) for x in reversed(out) if x.get("lon") is not None), None)
            nxt = None
            for x in wps[i + 1 :]:
                if x.get("around") == "japan":
                    nxt = _entry_point(gaz.by_id["osumi"])
                    break
                if x.get("lon") is not None:
                    nxt = (x["lon"], x["lat"])
                    break
            sid = _choose_kuril(prev, nxt)
            out.append(_waypoint(gaz.by_id[sid], "through", True, w["span"], w["sentence"], note=f"'{w['text']}' names no passage; {gaz.by_id[sid].name} makes the shortest leg"))
            continue
        if w.get("around") == "japan":
            cw = {"la_perouse_soya": "kuril", "kuril": "osumi", "osumi": "korea_strait", "korea_strait": "la_perouse_soya"}
            ccw = {v: k for k, v in cw.items()}
            done = [x.get("id") for x in out if x.get("id")]
            last = None
            for x in reversed(done):
                key = "kuril" if x in KURIL_PASSAGES else ("osumi" if x in ("osumi", "miyako", "tokara") else x)
                if key in cw:
                    last = key
                    break
            step = ccw if last == "osumi" else cw  # out past Kyushu into the Pacific: north-east
            end_sea = next((x for x in wps[i + 1 :] if x.get("type") == "sea"), None)
            key = step[last] if last else "la_perouse_soya"
            for _ in range(4):
                if key == last:
                    break
                sid = "yekaterina" if key == "kuril" else key
                out.append(_waypoint(gaz.by_id[sid], "around", True, w["span"], w["sentence"], note="a passage around Japan, in the direction of travel"))
                if end_sea and end_sea["id"] == "sea_of_japan" and key in ("korea_strait", "la_perouse_soya"):
                    break
                if end_sea and end_sea["id"] == "east_china_sea" and key == "osumi":
                    break
                key = step[key]
            continue
        out.append(w)
    return out


#: the seas at either end of each strait (gazetteer ids)
CONNECTS: dict[str, frozenset[str]] = {
    "la_perouse_soya": frozenset({"sea_of_okhotsk", "sea_of_japan"}),
    "tatar_nevelskoy": frozenset({"sea_of_okhotsk", "sea_of_japan"}),
    "tsugaru": frozenset({"sea_of_japan", "north_pacific"}),
    "korea_strait": frozenset({"sea_of_japan", "east_china_sea", "yellow_sea"}),
    "kanmon": frozenset({"sea_of_japan", "seto_inland_sea"}),
    "osumi": frozenset({"east_china_sea", "north_pacific", "philippine_sea"}),
    "tokara": frozenset({"east_china_sea", "north_pacific", "philippine_sea"}),
    "miyako": frozenset({"east_china_sea", "north_pacific", "philippine_sea"}),
    "yonaguni_taiwan_gap": frozenset({"east_china_sea", "north_pacific", "philippine_sea"}),
    "bashi_channel": frozenset({"north_pacific", "philippine_sea"}),
    "bering": frozenset({"bering_sea", "chukchi_sea"}),
    **{k: frozenset({"sea_of_okhotsk", "north_pacific"}) for k in KURIL_PASSAGES},
}
_AT_STRAIT = ("through", "between", "south of", "north of", "mentioned", "in")


#: a wire dateline: "Tokyo, Dec. 26 (Jiji Press)--", "SHANGHAI, April 8 (Xinhua) --"
_DATELINE_LEAD = re.compile(r"^\s*[A-Z][A-Za-z .'-]+(?:\s*\[[^\]]*\])?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^)]*\))?\s*(?:--|—|–|-|:)")  # (and "Beijing [China], February 22 (ANI):")


def _own_day(a: str, b: str) -> bool:
    """Whether sentence ``a`` dates a movement on a day (not its dateline's) that ``b`` does not
    tell: "sailed south ... on Dec. 16" is a passage of its own, not the headline of ``b``."""
    da = _date(_DATELINE_LEAD.sub("", a, count=1))
    return da is not None and da != _date(_DATELINE_LEAD.sub("", b, count=1))


#: a strait passed on the way back: "sailed back through", "returned through", "reversing course"
_BACK_THROUGH = re.compile(r"\b(?:(?:sailed|sailing|headed|heading|came|coming|went|going|steamed|passed|passing|moved|moving)\s+back\s+(?:through|via|across)|return(?:ed|ing|s)?\s+(?:\w+\s+)?(?:through|via)|revers(?:ed|ing)\s+(?:its\s+|their\s+)?course)\b", re.I)


def _order(wps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Put the waypoints in travel order.

    News tells a transit headline first ("passed through the Tsugaru Strait") and the detail
    after ("sailed from the Sea of Japan to the Pacific"), so:

    * a strait named alone in one sentence and again later is the headline: the later one stays;
    * destinations ('to') go last;
    * a strait goes between the two seas it joins when the route names both, and before a sea
      it leads into when it was placed by 'between' or 'south of'.
    """
    by_sentence: dict[str, int] = {}
    for w in wps:
        by_sentence[w.get("sentence", "")] = by_sentence.get(w.get("sentence", ""), 0) + 1
    kept = []
    for i, w in enumerate(wps):
        # (a later telling with a time of its own, "In April, ...", is another passage)
        # (nor is a port left and then returned to: "left Keelung on Tuesday ... return to Keelung")
        later = [x for x in wps[i + 1 :] if x.get("id") and x.get("id") == w.get("id") and x.get("sentence") != w.get("sentence") and _no_new_time(x.get("sentence") or "", w.get("sentence") or "") and not (w.get("type") == "strait" and _own_day(w.get("sentence") or "", x.get("sentence") or "")) and not (w.get("relation") == "from" and x.get("relation") == "to" and w.get("type") in ("city", "port"))]
        # (nor a strait passed again on the way back: "the Shandong then sailed back through the Luzon Strait")
        if later and w.get("type") == "strait":
            later = [x for x in later if not _BACK_THROUGH.search(x.get("sentence") or "")]
        if later and by_sentence.get(w.get("sentence", ""), 0) == 1:
            continue
        # a departure from a port the route already reached, told later without a time of its own,
        # is that stop's end ("arrived at Kagoshima ... passengers who were leaving Kagoshima")
        # (a stop the route has gone on from, not its last: "docked at Keelung ... left Keelung on Tuesday" is the voyage's start)
        if w.get("relation") == "from" and w.get("type") in ("city", "port") and any(x.get("id") == w.get("id") and x.get("relation") == "to" and x.get("sentence") != w.get("sentence") and _no_new_time(w.get("sentence") or "", x.get("sentence") or "") for x in kept[:-1]):
            continue
        kept.append(w)
    out: list[dict[str, Any]] = []
    pending: list[dict[str, Any]] = []
    for k, w in enumerate(kept):  # destinations last within each sentence's run of waypoints
        if k and kept[k - 1].get("sentence") != w.get("sentence"):
            out.extend(pending)
            pending = []
        (pending if w.get("relation") == "to" else out).append(w)
    out.extend(pending)
    for k, w in enumerate(list(out)):
        if w.get("type") == "strait" and w.get("relation") in ("between", "south of", "north of") and not w.get("later"):
            for j, x in enumerate(out[:k]):
                if x.get("id") in CONNECTS.get(w["id"], ()):
                    if x.get("sentence") == w.get("sentence") and x.get("relation") in ("through", "in", "from"):
                        break  # "through the East China Sea, between South Korea and Japan": in order
                    # after a sea it left ("exited the Pacific and entered the East China Sea"), before one it reached
                    out.insert(j + (x.get("relation") in ("out of", "from")), out.pop(k))
                    break
    # a sentence that tells a single transit places its strait: right before the sea it leads
    # to ("through the Tsushima Strait toward the Sea of Japan"), or right after the sea it
    # came from when another sentence says so ("sailed from the Sea of Japan to the Pacific")
    straits_in: dict[str, int] = {}
    for x in out:
        if x.get("type") == "strait":
            straits_in[x.get("sentence", "")] = straits_in.get(x.get("sentence", ""), 0) + 1
    # an origin: 'from' X, or a sea the vessel was 'in' before going 'to' somewhere in that sentence
    origins = [x for x in out if x.get("relation") == "from"]
    if not origins:
        origins = [x for x in out if x.get("relation") == "in" and x.get("type") in ("sea", "ocean") and any(y.get("sentence") == x.get("sentence") and y.get("relation") in ("to", "into") for y in out)]
    for w in [x for x in out if x.get("type") == "strait" and x.get("relation") in _AT_STRAIT]:
        if straits_in.get(w.get("sentence", ""), 0) != 1:
            continue
        joins = CONNECTS.get(w.get("id"), frozenset())
        leads = [x for x in out if x is not w and x.get("sentence") == w.get("sentence") and x.get("relation") in ("to", "into") and x.get("id") in joins]
        # the sea it leads into is the one named after it ("into the Bering Sea and through the
        # Bering Strait into the Chukchi Sea"), else the first named
        dest = next((x for x in leads if x.get("start", 0) > w.get("start", 0)), leads[0] if leads else None)
        # a headline strait before the sentence that gives the origin: "moved from the Pacific Ocean to ..."
        origin = origins[0] if len(origins) == 1 and out.index(origins[0]) > out.index(w) else None
        if origin is not None and any(x is not w and x.get("id") == w.get("id") for x in out) and _own_day(w.get("sentence") or "", origin.get("sentence") or ""):
            origin = None  # "sailed south between ... on Dec. 16": a passage of its own day, not the one that came from the Pacific
        if origin is None and dest is None:
            continue
        out.remove(w)
        if origin is not None and (dest is None or out.index(origin) < out.index(dest)):
            out.insert(out.index(origin) + 1, w)
        else:
            out.insert(out.index(dest), w)
    # "... and then into the Sea of Okhotsk, most likely by way of the La Perouse Strait": a
    # strait told after the sea it leads into, with "by way of" or "via", goes before that sea
    # (and ports on the way before the port they lead to: "return to Yokohama via Akita and Aomori")
    for w in [x for x in out if x.get("via")]:
        k = out.index(w)
        dest = [x for x in out[:k] if x.get("sentence") == w.get("sentence") and x.get("relation") in ("to", "into") and (x.get("id") in CONNECTS.get(w.get("id"), ()) or (w.get("type") in ("city", "port") and not x.get("via")))]
        if dest:
            out.remove(w)
            out.insert(out.index(dest[-1]), w)
    # drop immediate repeats
    dedup: list[dict[str, Any]] = []
    for w in out:
        if dedup and not w.get("again") and dedup[-1].get("id") == w.get("id") and (_no_new_time(w.get("sentence") or "", dedup[-1].get("sentence") or "") or (dedup[-1].get("relation") in ("to", "into", "in") and w.get("relation") == "from" and re.search(r"\b(?:due to|will|scheduled to|set to|expected to)\b", w.get("sentence") or ""))):
            # (and "arrived at Colombo ... are due to commence their itinerary from Colombo": one stop)
            continue  # (but "In April, ... through the Miyako Strait" again is a second passage)
        dedup.append(w)
    return dedup


def find_events(text: str, sentences: list[tuple[int, int]], *, published_year: int | None = None, text_mentions: list | None = None) -> list[dict[str, Any]]:
    """Dated happenings: a sentence with a day and month and an event word (``text_mentions`` as
    for ``find_routes``)."""
    sentence_mentions = _mentions_in(text, text_mentions)
    out = []
    last_year = published_year
    for s0, s1 in sentences:
        sent = text[s0:s1]
        if not _DIGIT.search(sent):
            continue  # (no day, no date: DAY_RE and YEAR_RE try every position)
        ym = YEAR_RE.search(sent) if _YEAR_DIGITS.search(sent) else None
        for m in _DAY_NEEDS.finditer(sent):
            month = m.group("month") or m.group("month2")
            month = _MONTH_ABBR.get(month, month)
            day = int(m.group("day") or m.group("day2"))
            year = m.group("year") or m.group("year2")
            if not EVENT_RE.search(sent) or not (1 <= day <= 31):
                continue
            in_parens = sent[: m.start()].count("(") > sent[: m.start()].count(")")
            if in_parens and not ACTION_RE.search(sent):
                continue  # a citation's date, not the event's
            inferred = False
            if year is None:
                if ym and ym.group("year"):
                    year = ym.group("year")
                elif last_year:
                    year, inferred = str(last_year), True
            places = [e for e, a, b, _ in sentence_mentions(s0, s1) if e.type not in ("country",)]
            located = [e for e in places if e.lon is not None]
            near = (located or places or [None])[0]
            participants = sorted({n for n in re.findall(r"\b(?:President|Prime Minister|Minister|Deputy Foreign Minister|Foreign Minister)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", sent)})
            out.append(
                {
                    "id": f"event_{len(out) + 1}",
                    "date": f"{year}-{MONTHS[month]:02d}-{day:02d}" if year else f"--{MONTHS[month]:02d}-{day:02d}",
                    "date_inferred": inferred,
                    "date_text": m.group(0).strip(),
                    "what": EVENT_RE.search(sent).group(0).lower(),
                    "place": near.name if near else None,
                    "lon": near.lon if near else None,
                    "lat": near.lat if near else None,
                    "participants": participants,
                    "sentence": sent.strip(),
                    "start": s0 + m.start(),
                    "end": s0 + m.end(),
                }
            )
            break
        if ym and ym.group("year"):
            last_year = int(ym.group("year"))
    return out


#: the yes-or-no patterns of each sentence, tried only on sentences that hold a word they need
#: (most sentences hold none: "earlier", "territorial waters", "returned", "is to", a date)
_EARLIER_NEEDS, _INTRUSION_NEEDS, _HOME_AGAIN_NEEDS, _PLANNED_NEEDS, _TIMES_NEEDS, _THE_STRAIT_NEEDS = map(Needs, (EARLIER_RE, INTRUSION_RE, _HOME_AGAIN, PLANNED_RE, _TIMES, _THE_STRAIT_RE))
_MAY_BE_HABIT_NEEDS, _MAY_NEGATE_NEEDS, _MAY_BE_USUAL_NEEDS, _PEOPLE_WORDS_NEEDS = map(Needs, (_MAY_BE_HABIT, _MAY_NEGATE, _MAY_BE_USUAL, _PEOPLE_WORDS))
_DAY_NEEDS, _WEEKDAY_NEEDS = Needs(DAY_RE), Needs(_WEEKDAY_RE)
