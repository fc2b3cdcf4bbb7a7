"""Names to places: the gazetteer built with the layers (``geodata/gazetteer.json``)."""

from __future__ import annotations

import bisect
import difflib
import heapq
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from seamap._scan import Spans, trie_pattern, word_first
from seamap.catalog import ENV_VAR, _read_json, data_dir
from seamap.errors import UnknownPlaceError

__all__ = ["Entry", "Gazetteer", "gazetteer", "said_as_flag"]


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Sōya' and 'soya' fold alike (and ’ and ', and a line
    break inside a name and a space). Kept for the names met again (a text names a few places
    many times)."""
    decomposed = unicodedata.normalize("NFKD", text)
    key = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("–", "-").replace("’", "'")
    return " ".join(key.split()) if "\n" in key or "  " in key or "\t" in key else key


#: after a sea's name, the name of something else: "Pacific Fleet", "Black Sea fleets", "Pacific
#: Rim", "Pacific island nations" (also read for names the gazetteer does not hold, in ``extract``)
NOT_THE_WATER = r"\s+(?:[Ff]leets?|Command|Squadron|Rim|(?:[Ii]slands?\s+)?(?:[Nn]ations?|[Cc]ountries|[Ss]tates)|[Ii]slands?\s+Forum)\b"
#: a water body's name followed by one of these is part of another name: "Osumi Peninsula",
#: and the organisations and regions of ``NOT_THE_WATER``
_LAND_HEAD_AFTER = re.compile(rf"\s+(?:Peninsula|Cape|Island|Islands|Prefecture|City|Port|Airport|Base|Bay|Village|Town|Province)\b|{NOT_THE_WATER}")
_NOT_THE_REGION = re.compile(NOT_THE_WATER)
_LAND_HEAD_BEFORE = re.compile(r"\b(?:Cape|Mount|Port|Lake)\s+$|\bRim of the\s+$|\bIndo–$")  # ("Rim of the Pacific", the exercise; "Indo–Pacific", a region)
#: a word before a water's name that makes it the name of another water: "the South Pacific"
#: lies outside the region we map; "the West Philippine Sea" is Manila's name for waters of the
#: South China Sea
_ANOTHER_WATER_BEFORE = {"north_pacific": re.compile(r"\b(?:South(?:ern)?|Asia|Indo)\s+$"), "philippine_sea": re.compile(r"\bWest $")}  # (and "the Asia Pacific region", "the Indo-Asia Pacific", "the Indo Pacific": regions, not the ocean)
#: a place's name inside another kind of name: a newspaper ("Taiwan News", "the South China
#: Morning Post") or an exercise or operation ("Exercise Bersama Lima", "Operation Pacific Eagle")
#: a fish or whale named after a place: "Alaska pollock", "Okhotsk mackerel", "Pacific saury"
_SPECIES_AFTER = re.compile(r"\s+(?:(?:bluefin|minke|fin|sei|king|snow|red|chum|sockeye)\s+)?(?:pollock|pollack|mackerel|saury|salmon|cod|crabs?|krill|squid|tuna|herring|sardines?|whales?|minke|toothfish|halibut|pilchards?)\b")
_PUBLICATION_AFTER = re.compile(r"\s+(?:Morning\s+)?(?:News|Times|Post|Daily|Herald|Tribune|Today)\b|\s+(?:[Ss]tation|[Rr]esearch\s+[Ss]tation)\b|\s+(?:[Cc]osmodrome|[Ss]paceport|[Ss]pace\s+(?:[Cc]enter|[Cc]entre|[Pp]ort))\b")  # (and "Zhongshan station" in the Antarctic: a station named after a city; "the Vostochny Cosmodrome", not the port)
#: a city's or country's name before a water's head word names that water: "Tokyo Bay"
_WATER_AFTER = re.compile(r"\s+(?:Bay|Gulf|Strait|Straits|Harbou?r|Seas?)\b")  # ("China" in "the South China Sea", a sea we do not hold)
_DEPLOYMENT_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}\s+Deployment\b")
_NAMED_EVENT_BEFORE = re.compile(word_first(r"\b(?:Exercise|Operation)\s+(?:[A-Z][\w-]*\s+){0,3}$"))
_QUOTED_EXERCISE_BEFORE = re.compile(word_first(r"\b[Ee]xercises?,?\s+[“\"‘']$"))  # the exercise “La Perouse”


#: a typeset apostrophe for a plain one, and a line break (text wrapped at a fixed width) for a
#: space: "the Northern\nTerritories"
_CHAR = {"'": "['’]", " ": r"(?:[ \t]*\n[ \t]*|[ \t]+)"}


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    type: str
    lon: float | None
    lat: float | None
    layer: str | None
    feature_id: str | None
    aliases: tuple[str, ...]
    confidence: str
    sources: str
    dispute: str | None = None
    #: ISO 3166-1 alpha-2 code of the country (for a country) or of the country it lies in
    country: str | None = None


_TWO_SEAS = re.compile(r"\b(?P<list>(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, )*)(?:(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?),? and (?:the )?)?(?P<b>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<head>[Ss]eas|straits)\b")  # (and a longer list: "the Bering, Philippine and South China Seas")


def _two_seas(text: str):
    """_TWO_SEAS's matches, found from their head words (rare) back to the list before them."""
    last = -1
    for head in re.finditer(r" (?:[Ss]eas|straits)\b", text) if (" seas" in text or " Seas" in text or " straits" in text) else ():
        lo = max(last, head.start() - 160, 0)
        lo = max(lo, text.rfind("\n", lo, head.start()) + 1, text.rfind(". ", lo, head.start()) + 1)
        for m in _TWO_SEAS.finditer(text, lo, head.end()):
            if m.end() == head.end():
                last = m.end()
                yield m


_HYPHEN_CHAIN = re.compile(r"(?:[A-Z](?<![\w-].)[a-z]+|U(?<![\w-].)\.S\.)(?:-(?:[A-Z][a-z]+|U\.S\.)){2,}(?![\w-])")  # (the capital first, then what stands before it: the scan skips to capitals)
#: "the Huihai Pacific": a word before the ocean's name that is no direction makes it a name
_NAME_BEFORE_OCEAN = re.compile(word_first(r"\b[Tt]he\s+(?!(?:North|South|East|West|Central|Mid|Far|Asia|Indo|Trans)|\w+(?:ern|east|west)\s)[A-Z][a-z]+\s+$"))
_HYPHEN_PAIR = re.compile(r"([A-Z](?<![\w-].)[a-z]+)-([A-Z][a-z]+)(?![\w-])")
#: "the Japan-controlled Senkaku Islands", "Moscow-held islands": the country or capital is named
_SEA_COMPOUND = re.compile(r"\s+(?:breeze|air|level|power|lanes?|routes?|trials?|state|floor|bed|salt|water|ice|life|change)\b")
_STRAIT_AFTER = re.compile(r"\s+(?i:strait|channel|passage|gap)\b")
_CONTROLLED = re.compile(r"([A-Z](?<![\w-].)[a-z]+)-(?:controlled|administered|held|claimed|occupied)\b")
_DATELINE = re.compile(r"(?m)(?:^[ \t]*(?:\d{6}-[A-Z]-[A-Z0-9]{4,8}-\d{3,4}[ \t]+)?|(?<=Location:)[ \t]*)(?P<names>[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]{2,}){0,2}(?:/[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]{2,}){0,2})*)(?=\s*(?:\(|,|:|—|–|--)|[ \t]*\n[ \t]*\n)")  # (or a line of its own before the story; and a photo's caption line, "240822-N-NF288-091 SOUTH CHINA SEA (Aug. 22, 2024)", and its "Location: TAIWAN STRAIT, ...")


#: a hyphen between a word and a lower-case one: where a name may be glued to the word after it
_GLUED_HYPHEN = re.compile(r"-(?<=[^\W\d_]-)(?=[a-z])(?!(?:based|led|flagged|made|built|owned|registered|controlled|backed|born|bound|class|style|type|era|language|speaking)\b)")
#: a country's abbreviation used as an adjective, like "American" or "British", is not a mention
#: of the country as a place: "U.S. forces", "a U.S. maritime defensive line", "UK Type 45 destroyer"
_FLAG_ABBREVIATIONS = frozenset({"U.S.", "US", "UK", "U.K."})
#: a state's formal name said as a flag: "a People's Republic of China Guided Missile Cruiser",
#: "a Russian Federation Navy destroyer" (folded)
_FORMAL_FLAGS = frozenset({"people's republic of china", "russian federation", "republic of korea", "united states of america"})
_MODIFIED = re.compile(
    r"(?:[ \t]+and[ \t]+(?:[A-Z][a-z]+(?:ese|ian|ish|can|ean)|Dutch|French|Thai|Greek))?"  # (and "US and Japanese forces")
    r"[ \t]+(?:[A-Z0-9$€£¥][\w.-]*|(?:navy|naval|navies|forces?|military|warships?|destroyers?|frigates?|cruisers?|ships?|vessels?|aircraft|carriers?|"
    r"submarines?|officials?|troops|territory|territorial|allies|ally|maritime|nuclear|guided(?:-missile)?|lawmakers|waters|extended|community|"
    r"exclusive|defen[cs]e|government|administration|bases?|sailors|soldiers|marines|army|air|coast|transits?|operations?|patrols?|presence|"
    r"embassy|intelligence|commanders?|command|strategy|policy|envoy|ambassador|citizens|flagship|replenishment|fleet|task|strike|carrier-based|"
    r"defensive|mainland|homeland|officers?|personnel|crew|planes?|jets?|bombers?|drones?|surveillance|reconnaissance|pilots?|think|allied|state|coastline|shorelines?|shores|city|cities|towns?|commercial|fraud|charges|sanctions|prosecutors|authorities|tariffs|treaty|list)\b)"
)


def said_as_flag(text: str, matched: str, end: int) -> bool:
    """Whether a country's name ending at ``end`` is said as a flag, an adjective, rather than
    the country as a place: "U.S. forces", "from the U.S. shoreline", "a Russian Federation
    Navy destroyer"."""
    return (matched in _FLAG_ABBREVIATIONS or fold(matched) in _FORMAL_FLAGS) and _MODIFIED.match(text, end) is not None


#: the letters English writes in Japanese and Russian names, and the German (Dutch, Polish)
#: spelling of the same sounds, which reports translated from those languages keep: "Mijako" for
#: Miyako, "Ochotsk" for Okhotsk, "Sachalin" for Sakhalin, "Honschu" for Honshu (not "w" for "v":
#: English writes Wrangel Island so, another place than the port of Vrangel)
_GERMAN_SPELLING = {"shch": "schtsch", "kh": "ch", "zh": "sch", "sh": "sch", "ch": "tsch", "y": "j"}
_GERMAN_LETTERS = re.compile(r"shch|kh|zh|sh|ch|y(?=[aeiou])", re.I)


def german_spellings(name: str) -> set[str]:
    """``name`` as German spelling writes its sounds: all at once, and one kind of letters at a
    time ("Kunashir" is "Kunaschir"; "Miyako" is "Mijako"), the case of each first letter kept.

    >>> sorted(german_spellings("Sea of Okhotsk")), sorted(german_spellings("Miyako"))
    (['Sea of Ochotsk'], ['Mijako'])
    """

    def spell(m: re.Match, kinds: set[str]) -> str:
        low = m.group(0).lower()
        if low not in kinds:
            return m.group(0)
        out = _GERMAN_SPELLING[low]
        return out[0].upper() + out[1:] if m.group(0)[0].isupper() else out

    kinds = {m.group(0).lower() for m in _GERMAN_LETTERS.finditer(name)}
    spelt = {_GERMAN_LETTERS.sub(lambda m: spell(m, kinds), name)} | {_GERMAN_LETTERS.sub(lambda m, k=k: spell(m, {k}), name) for k in kinds}
    return spelt - {name}


class Gazetteer:
    """Lookup by canonical name, id or alias; mention finding in text."""

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.by_id = {e.id: e for e in entries}
        self._by_key: dict[str, Entry] = {}
        for e in entries:
            for name in (e.id, e.name, *e.aliases):
                self._by_key.setdefault(fold(name), e)
        # (names only: an id is no name a text writes; "Nemuro" the town is not the strait "nemuro")
        self._by_name = {fold(name): e for e in reversed(entries) for name in (e.name, *e.aliases)}
        # one pattern for every alias, as a trie: the longer of two names at the same place wins
        # ("Sea of Japan" over "Japan"), and the engine does not try 1,600 alternatives in turn
        names = {a for e in entries for a in e.aliases}
        # the same name with each hyphenated part capitalised ("Minami-Kojima" for "Minami-kojima")
        names |= {re.sub(r"(?<=-)([a-z])", lambda m: m.group(1).upper(), a) for a in names if re.search(r"-[a-z]", a) and " " not in a}
        # and with a lower-case head word, as news often writes it: "the Kuril islands", "the Tsugaru strait"
        names |= {a[: a.rindex(" ") + 1] + a[a.rindex(" ") + 1 :].lower() for a in names if re.search(r"\s(?:Islands?|Straits?|Channel|Peninsula|Sea|City)$", a)}  # (and "Ho Chi Minh city", "the Korean straits")
        # and "the southern Kuril Islands": a compass word in lower case before a name
        names |= {a[0].lower() + a[1:] for a in names if re.match(r"(?:South|North|East|West)(?:ern)?\s+[A-Z]", a)}
        # and a Japanese or Russian place's name in German spelling ("the Sea of Ochotsk", "between
        # Okinawa and Mijako"), where it is no other place's name
        for e in entries:
            if e.country in ("JP", "RU", None) and e.type != "country":  # (the region's seas, straits and disputed islands hold no country)
                for a in e.aliases:
                    for spelt in german_spellings(a):
                        if len(spelt) >= 5 and fold(spelt) not in self._by_key:
                            self._by_key[fold(spelt)] = self._by_name[fold(spelt)] = e
                            names.add(spelt)
        # (a dash typed as a hyphen ends a name too: "the Miyako Strait-a key chokepoint"; so does a
        # port's, city's or province's suffix)
        self._mention_re = re.compile(rf"(?<![\w-])(?:{trie_pattern(names, _CHAR)})(?![\w]|-(?!(?:a|an|the|which|where|its|one|hang|si|shi|ko|gun|do)\b)[\w])")  # (and Korean and Japanese suffixes of port, city, county, province: "Samcheok-hang", "Incheon-si", "Hakata-ko")
        # a name of two or more words glued to the next word by a dash typed as a hyphen ("the La
        # Pérouse Strait-known in Japan as ...", "an ally of the United States-intercepted"); one
        # word glued so ("Japan-based") is an adjective, not a mention
        self._glued_re = re.compile(rf"(?<![\w-])(?:{trie_pattern({a for a in names if ' ' in a}, _CHAR)})$")

    def find_key(self, name: str) -> Entry | None:
        """The entry whose name, id or alias folds like ``name``, or None."""
        return self._by_key.get(fold(name))

    def find_name(self, name: str) -> Entry | None:
        """The entry whose name or alias (not id) folds like ``name``, or None."""
        return self._by_name.get(fold(name))

    def resolve(self, name: str) -> Entry:
        """The entry for a name, id or alias; unknown names list the nearest known names."""
        key = fold(name.strip())
        if key in self._by_key:
            return self._by_key[key]
        near = difflib.get_close_matches(key, list(self._by_key), n=3, cutoff=0.6)
        names = [self._by_key[n].name for n in near]
        hint = f"; nearest known names: {', '.join(dict.fromkeys(names))}" if names else ""
        raise UnknownPlaceError(f"Unknown place {name!r}{hint}. Use a gazetteer name or a lon,lat pair.")

    def find(self, text: str):
        """Yield (entry, start, end, matched text) for every known name in text, left to right.

        A water body's short name inside a longer land name is not that water body: "Osumi
        Peninsula", "Cape Soya" and "Tsugaru Peninsula" are not straits.
        """
        found = []
        towns: dict[str, bool] = {}  # a water's one-word name the text writes as a town's (looked up once per word)
        named_events = "Exercise" in text or "Operation" in text
        glued = [m for h in _GLUED_HYPHEN.finditer(text) if (m := self._glued_re.search(text, max(0, h.start() - 48), h.start()))] if "-" in text else []
        matches = self._mention_re.finditer(text)
        if glued:  # (a glued name replaces what the plain pass found inside it: "Soya" in "Soya Strait-eastward")
            spans = Spans((g.start(), g.end()) for g in glued)
            matches = heapq.merge([m for m in matches if not any(a <= m.start() and m.end() <= b for a, b in spans.near(m.start(), m.end()))], glued, key=lambda m: m.start())
        for m in matches:
            entry = self._by_key.get(fold(m.group(0)))
            if entry is None:
                continue
            if entry.type in ("strait", "sea", "ocean") and (_LAND_HEAD_AFTER.match(text, m.end()) or _LAND_HEAD_BEFORE.search(text[max(0, m.start() - 12) : m.start()])):
                continue
            if entry.type == "region" and _NOT_THE_REGION.match(text, m.end()):
                continue  # "the Far East Fleet": a fleet named after the region
            if entry.type in ("strait", "sea") and " " not in m.group(0):
                word = m.group(0)
                if word not in towns:
                    towns[word] = re.search(word_first(rf"\b{re.escape(word)}") + r"(?:,\s+(?:South\s+|North\s+)?Korea\b|,\s+(?:Japan|Russia|China)\b|\s+in\s+(?:[a-z]+\s+)?(?:South\s+)?Korea\b)", text) is not None
                if towns[word]:
                    continue  # "Donghae, South Korea", "Donghae in northeastern South Korea": a port named like the sea, in the whole text
            if entry.type in ("country", "city") and (_PUBLICATION_AFTER.match(text, m.end()) or (_WATER_AFTER.match(text, m.end()) and not (entry.type == "city" and re.match(r"\s+Harbou?r\b", text[m.end() : m.end() + 10])))):  # ("the San Diego Harbour" is the city's harbour)
                continue
            if entry.type == "city" and m.start() > 3 and text[m.start() - 1] == " " and text[max(0, m.start() - 5) : m.start() - 1] in ("Shin", " New"):
                continue  # "Shin Nagasaki port", "New Taipei": another place, named after the city
            if m.start() and text[m.start() - 1] in "“\"‘'" and _QUOTED_EXERCISE_BEFORE.search(text[max(0, m.start() - 14) : m.start()]):
                continue
            if named_events and _NAMED_EVENT_BEFORE.search(text[max(0, m.start() - 60) : m.start()]):
                continue
            if m.group(0).endswith(" sea") and _SEA_COMPOUND.match(text, m.end()):
                continue  # "Philippine sea breeze": a compound noun, not the sea
            if _DEPLOYMENT_AFTER.match(text, m.end()):
                continue  # "JS Kaga visits Singapore as part of Indo Southeast Asia Deployment ISEAD 2018"
            if entry.id == "sea_of_japan" and m.group(0) == "East Sea" and "South China Sea" in text[max(0, m.start() - 40) : m.start()]:
                continue  # "the South China Sea, or the East Sea as referred to in Vietnam": Vietnam's name for it
            if entry.id in _ANOTHER_WATER_BEFORE and _ANOTHER_WATER_BEFORE[entry.id].search(text, max(0, m.start() - 9), m.start()):
                continue  # "the South Pacific", "the West Philippine Sea": another water's name
            if m.group(0) == "Pacific" and (re.match(r"\s+(?:mariners|sailors|seamen|servicemen|fleet|islands?|island\s+(?:nations?|states?|countries)|nations?|countries)\b", text[m.end() : m.end() + 24]) or re.search(r"\b(?:Team|Group|Squadron|Command|Forces?|Unit|Detachment)\s+$", text[max(0, m.start() - 14) : m.start()])):
                continue  # "Pacific mariners seven times visited ...": the Pacific Fleet's sailors
            if m.group(0) in ("Pacific", "Arctic", "the Arctic", "The Arctic") and re.match(r"\s+(?!Ocean\b|Region\b|Circle\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-zA-Z]", text[m.end() : m.end() + 40]):
                continue  # "Pacific Archer 24", "Pacific Partnership": an exercise's name, not the ocean; "Arctic Mulan", "Arctic LNG 2": a tanker's, a project's
            if m.group(0) == "Pacific" and _NAME_BEFORE_OCEAN.search(text, max(0, m.start() - 24), m.start()):
                continue  # "the Huihai Pacific": a tanker's name
            if text[m.end() + 1 : m.end() + 2].islower() and _SPECIES_AFTER.match(text, m.end()):
                continue  # "Alaska pollock", "Okhotsk mackerel": a catch, not a place
            found.append((entry, m.start(), m.end(), m.group(0)))
        # two seas under one head word: "in the East China and Yellow seas"
        # (and "the Barents, Kara seas", "the Velkitsky, Sannikov, Long and Bering straits")
        dropped: list[tuple[int, int]] = []  # (the names under a head word, and the shorter names inside them, set apart once)
        listed: list = []
        for m in _two_seas(text):
            if m.group("a") is None and not m.group("list") and m.group("head") != "seas":
                continue  # ("the Bering Seas" alone, "Taiwan straits": left to the names' own pass)
            head, kind = (" Strait", "strait") if m.group("head") == "straits" else (" Sea", "sea")
            items = [(m.start("list") + i.start(), m.start("list") + i.end(), i.group(0)) for i in re.finditer(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", m.group("list"))]
            items += [(m.start(g), m.end(g), m.group(g)) for g in ("a", "b") if m.group(g)]
            for k, (a, b, item) in enumerate(items):
                names = [item]
                if k < len(items) - 1 and " " not in item and " " in m.group("b"):
                    names.insert(0, f"{item} {m.group('b').split()[-1]}")  # "the East and South China Seas" ("East China" first: "East Sea" is the Sea of Japan's)
                entry = next((e for e in (self._by_key.get(fold(n + head)) for n in names) if e is not None), None)
                # a sea's name wins over a shorter name inside it ("China" in "East China"),
                # known or not ("South China" in "the East and South China Seas")
                dropped.append((a, b))
                if entry is not None and entry.type == kind:
                    listed.append((entry, a, b, item))
        if dropped:
            dropped.sort()
            starts_d = [x for x, _ in dropped]
            longest_d = max(y - x for x, y in dropped)
            found = [f for f in found if not any(x < f[2] and f[1] < y for x, y in dropped[max(0, bisect.bisect_left(starts_d, f[1] - longest_d)) : bisect.bisect_left(starts_d, f[2])])] + listed
        # two countries joined by a hyphen: "joint China-Russia patrols", "Japan-China talks"
        for m in _HYPHEN_PAIR.finditer(text):
            pair = [self._by_key.get(fold(m.group(g))) for g in (1, 2)]
            if all(e is not None and e.type == "country" for e in pair) or (
                all(e is not None and e.type in ("island", "island_group", "country") for e in pair) and _STRAIT_AFTER.match(text, m.end())
            ):  # (and the two shores of "the Okinawa-Miyako strait")
                for g, e in zip((1, 2), pair, strict=True):
                    found.append((e, m.start(g), m.end(g), m.group(g)))
        for m in _HYPHEN_CHAIN.finditer(text):  # "the Japan-France-Australia-U.S. exercise": each country
            # (no other pass matches a name joined by hyphens on both sides)
            parts = list(re.finditer(r"[^-]+", m.group(0)))
            ents = [self._by_key.get(fold(p.group(0))) for p in parts]
            if all(e is not None and e.type == "country" for e in ents):
                found += [(e, m.start() + p.start(), m.start() + p.end(), p.group(0)) for p, e in zip(parts, ents, strict=True)]
        for m in _CONTROLLED.finditer(text):
            e = self._by_key.get(fold(m.group(1)))
            if e is not None and e.type in ("country", "city"):
                found.append((e, m.start(1), m.end(1), m.group(1)))
        # a wire dateline in capitals: "TAIPEI (Taiwan News) —", "BEIJING (AP) —", "SEOUL, Dec. 5"
        spans = sorted((x, y) for _, x, y, _ in found)  # (what the passes above found, to look up by position)
        starts, longest = [x for x, _ in spans], max((y - x for x, y in spans), default=0)
        for m in _DATELINE.finditer(text):  # (and "TOKYO/BEIJING (Reuters)", "EAST CHINA SEA —")
            for part in re.finditer(r"[^/]+", m.group("names")):
                a, b = m.start("names") + part.start(), m.start("names") + part.end()
                entry = self._by_key.get(fold(part.group(0)))
                if entry is not None and entry.type in ("city", "port", "country", "sea", "ocean", "strait") and not any(x < b and a < y for x, y in spans[bisect.bisect_left(starts, a - longest) : bisect.bisect_left(starts, b)]):
                    found.append((entry, a, b, part.group(0)))
                    k = bisect.bisect_left(starts, a)
                    starts.insert(k, a)
                    spans.insert(k, (a, b))
                    longest = max(longest, b - a)
        yield from sorted(found, key=lambda f: f[1])


@lru_cache(maxsize=4)
def _load(folder: str) -> Gazetteer:
    raw = _read_json(data_dir(folder) / "gazetteer.json")
    entries = [
        Entry(
            id=e["id"],
            name=e["name"],
            type=e["type"],
            lon=e["lon"],
            lat=e["lat"],
            layer=e["layer"],
            feature_id=e["feature_id"],
            aliases=tuple(e["aliases"]),
            confidence=e["confidence"],
            sources=e["sources"],
            dispute=e.get("dispute"),
            country=e.get("country_code"),
        )
        for e in raw["entries"]
    ]
    return Gazetteer(entries)


@cache
def _default(env: str | None) -> Gazetteer:
    """The default folder's gazetteer, for the value ``env`` of $SEAMAP_DATA (finding the folder
    reads the disk, and the extractor asks for the gazetteer a thousand times a megabyte)."""
    return _load(str(data_dir()))


def gazetteer(data: str | os.PathLike[str] | None = None) -> Gazetteer:
    """The packaged gazetteer (cached)."""
    if data is None:
        return _default(os.environ.get(ENV_VAR))
    return _load(str(data_dir(data)))
