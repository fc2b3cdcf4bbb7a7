"""Place mentions from article text: exact spans, whole multi-word names, disputes."""

from __future__ import annotations

import pytest

from seamap import extract, read_article
from seamap.errors import InputError, SeamapError


def test_seed_article_places_disputes_and_spans(seed_text):
    s = extract(seed_text)
    ids = [p.id for p in s.places]
    for expected in ("sochi", "tokyo", "yasukuni_shrine", "sea_of_okhotsk", "sea_of_japan", "sakhalin", "kuril_islands", "senkaku_diaoyu", "beijing", "moscow"):
        assert expected in ids, expected
    assert set(s.disputes) >= {"southern_kurils", "senkaku_diaoyu"}
    for p in s.places:
        for m in p.mentions:
            assert seed_text[m.start:m.end] == m.text
            assert m.text in m.sentence
    # "Sea of Japan" is the sea, not a mention of Japan
    japan_spans = {(m.start, m.end) for p in s.places if p.id == "japan" for m in p.mentions}
    sea_spans = [(m.start, m.end) for p in s.places if p.id == "sea_of_japan" for m in p.mentions]
    assert sea_spans and not any(a <= st < b for st, _ in japan_spans for a, b in sea_spans)
    # "Diayoutai" (the article's spelling) resolves to the Senkaku/Diaoyu group
    sen = next(p for p in s.places if p.id == "senkaku_diaoyu")
    assert {m.text for m in sen.mentions} >= {"Senkaku", "Diayoutai Islands"}


def test_sentence_is_the_one_holding_the_mention():
    text = "Nothing here. The ships passed the Tsugaru Strait at night. Then they left."
    s = extract(text)
    (p,) = s.places
    assert p.id == "tsugaru"
    assert p.mentions[0].sentence == "The ships passed the Tsugaru Strait at night."


def test_no_places_gives_empty_scenario_and_a_warning():
    with pytest.warns(UserWarning, match="No known place"):
        s = extract("A quiet day with nothing to map.")
    assert s.places == () and s.warnings


@pytest.mark.parametrize(
    "content,match",
    [
        (b"", "is empty"),
        (b"   \n\t ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "looks binary"),
        (b"Sea of Japan \xff\xfe caf\xe9", "is not UTF-8"),
    ],
)
def test_bad_articles_are_refused(tmp_path, content, match):
    p = tmp_path / "a.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=match):
        read_article(p)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)
    assert issubclass(InputError, SeamapError) and issubclass(InputError, ValueError)


def test_html_article_is_reduced_to_text(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><script>var x='Sea of Japan';</script><p>Ships entered the <b>Sea of Okhotsk</b>.</p></html>", encoding="utf-8")
    s = extract(read_article(p))
    assert [pl.id for pl in s.places] == ["sea_of_okhotsk"]


def test_extract_leaves_its_input_unchanged(seed_text):
    before = str(seed_text)
    extract(seed_text)
    assert seed_text == before


def test_scenario_json_is_versioned(seed_text):
    import json

    d = json.loads(extract(seed_text).to_json())
    assert d["schema"] == "seamap.scenario/1"
    assert {"places", "disputes", "vessels", "routes", "events"} <= set(d)


def test_unknown_place_names_are_listed_not_dropped():
    text = "The destroyer left Port Blair and sailed through the Sunda Strait into the Sea of Japan near Matua Island."
    s = extract(text)
    assert [u["text"] for u in s.unresolved] == ["Port Blair", "Sunda Strait", "Matua Island"]
    assert all(text[u["start"]:u["end"]] == u["text"] for u in s.unresolved)
    assert [p.id for p in s.places] == ["sea_of_japan"]


def test_seed_article_has_no_false_unresolved_names(seed_text):
    # the one name the gazetteer lacks is the continent ("the overall environment in Asia");
    # "Northeast Asia" is a region it holds
    assert [u["text"] for u in extract(seed_text).unresolved] == ["Asia"]


def test_unknown_names_round_known_ones_are_listed():
    text = "The Soya Strait was quiet. The ships headed for the South China Sea past Taiwan's Yilan County and Chiba Prefecture."
    s = extract(text)
    assert [u["text"] for u in s.unresolved] == ["South China Sea", "Yilan County", "Chiba Prefecture"]
    assert {p.id for p in s.places} == {"la_perouse_soya", "taiwan"}


def test_month_abbreviations_do_not_end_sentences():
    from seamap.extract import _sentences

    text = "On Aug. 17 the ships left. Gen. Koji Yamazaki spoke. The U.S. Navy agreed."
    assert [text[a:b] for a, b in _sentences(text)] == ["On Aug. 17 the ships left.", "Gen. Koji Yamazaki spoke.", "The U.S. Navy agreed."]


def test_a_capitals_dateline_is_a_place_but_not_a_waypoint():
    s = extract("TAIPEI (Taiwan News) — A U.S. destroyer transited the Taiwan Strait on Saturday.\n\nBEIJING (AP) — The ministry said nothing.")
    assert {"taipei", "beijing"} <= {p.id for p in s.places}
    assert [[w["id"] for w in r["waypoints"]] for r in s.routes] == [["taiwan_strait"]]


def test_two_seas_under_one_head_word():
    s = extract("Drills were held in the Bering and Chukchi seas, and in the East and South China Seas.")
    assert [p.id for p in s.places] == ["bering_sea", "chukchi_sea", "east_china_sea"]
    assert [u["text"] for u in s.unresolved] == ["South China Seas"]


def test_fleets_and_commands_named_after_an_ocean_are_not_the_ocean():
    s = extract("The Pacific Fleet said its corvettes left port. The U.S. Indo-Pacific Command confirmed it.")
    assert "north_pacific" not in [p.id for p in s.places]
    s = extract("The ships went on into the West Pacific Ocean.")
    assert [p.id for p in s.places] == ["north_pacific"] and s.unresolved == ()


def test_two_countries_joined_by_a_hyphen_are_both_mentioned():
    text = "Japan watched the joint China-Russia patrols closely."
    s = extract(text)
    assert [p.id for p in s.places] == ["japan", "china", "russia"]
    china = s.places[1].mentions[0]
    assert text[china.start : china.end] == "China"


def test_headline_words_are_not_part_of_an_unknown_name():
    s = extract("Chinese Carrier Sails Between Okinawa Islands\n\nThe carrier later operated west of Okidaitō-jima.")
    assert [u["text"] for u in s.unresolved] == ["Okidaitō-jima"]
    assert "okinawa" in [p.id for p in s.places]


def test_more_countries_and_the_senkaku_islands_one_by_one():
    text = "Britain sent HMS Spey from the UK. Coast guard ships entered the waters off the Senkakus' Uotsuri Island and near Minamikojima."
    s = extract(text)
    ids = [p.id for p in s.places]
    assert ids == ["united_kingdom", "senkaku_diaoyu", "uotsuri", "minami_kojima"]
    uk = s.places[0]
    assert [m.text for m in uk.mentions] == ["Britain", "UK"]
    uotsuri = next(p for p in s.places if p.id == "uotsuri")
    assert uotsuri.dispute == "senkaku_diaoyu" and (uotsuri.lon, uotsuri.lat) == (123.47333, 25.74333)  # the fact sheet's point
    assert s.unresolved == ()


def test_regions_without_a_point_and_possessive_owners():
    text = "The cutter saw the ships off Alaska's Kiska Island and later near St. Lawrence Island, on their way from Northeast Asia."
    s = extract(text)
    assert [u["text"] for u in s.unresolved] == ["Kiska Island", "St. Lawrence Island"]
    alaska = next(p for p in s.places if p.id == "alaska")
    assert alaska.lon is None and alaska.lat is None  # a region without a point: a gap, not a guess
    assert "northeast_asia" in [p.id for p in s.places]


def test_controlled_islands_and_fleets_named_after_seas():
    s = extract("A ship sailed near the Japan-controlled Senkaku Islands. Ships of the Black Sea Fleet and the Northern Fleet joined later.")
    assert [p.id for p in s.places] == ["japan", "senkaku_diaoyu"]
    assert s.unresolved == ()


def test_cities_from_geonames_are_places_but_ships_named_after_them_are_not():
    text = ("The carrier, homeported in Yokosuka, entered the naval base in Busan, about 320 kilometers southeast of Seoul. "
            "The destroyer Kunming and Lhasa (102) stayed at sea. HMCS Ottawa sailed through the Taiwan Strait.")
    s = extract(text)
    ids = [p.id for p in s.places]
    assert {"yokosuka", "busan", "seoul", "taiwan_strait"} <= set(ids)
    assert "kunming" not in ids and "lhasa" not in ids and "ottawa" not in ids
    seoul = next(p for p in s.places if p.id == "seoul")
    assert (seoul.lon, seoul.lat) == (126.9784, 37.566)  # GeoNames' point
    assert [v["name"] for v in s.vessels if v["name"] == "Ottawa"] == ["Ottawa"]
    # a city the news only names is no waypoint; one a ship sails to is
    assert [w["id"] for r in s.routes for w in r["waypoints"]] == ["taiwan_strait"]
    s = extract("Beijing sent a protest to Seoul. The destroyer USS Milius later sailed from Yokosuka to Busan.")
    assert [w["id"] for r in s.routes for w in r["waypoints"]] == ["yokosuka", "busan"]


def test_the_trie_pattern_finds_what_a_longest_first_alternation_finds():
    import re

    from seamap._scan import trie_pattern
    from seamap.gazetteer import _CHAR, gazetteer

    aliases = {a for e in gazetteer().entries for a in e.aliases}
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in sorted(aliases, key=lambda a: (-len(a), a))) + r")(?![\w-])")
    trie = re.compile(rf"(?<![\w-])(?:{trie_pattern(aliases, _CHAR)})(?![\w-])")
    text = ("The East China Sea, the Sea of Japan and Japan; the South China Sea; Sea of Okhotsk-bound ships; "
            "Busan, Seoul and the Tsugaru Strait; La Perouse and the Soya Strait; Shanghai Port; Chinese ships.")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_held_out_set_cc_place_mentions():
    """Place phrasings met in held-out set cc (written here in our own words)."""
    # two capitals in one wire dateline, and a sea as a dateline
    s = extract("SEOUL/TOKYO (Reuters) - Talks went on.\n\nEAST CHINA SEA — Two ships were seen.")
    assert [p.id for p in s.places] == ["seoul", "tokyo", "east_china_sea"]
    # a hyphenated island name in title case, and the group's islands by their bare names once
    # the group is named; a bare name alone names nothing
    s = extract("Two ships entered the waters off Minami-Kojima and Kuba, near the Senkaku Islands, then left east of Taisho.")
    assert [p.id for p in s.places] == ["minami_kojima", "kuba", "senkaku_diaoyu", "taisho"]
    assert [p.id for p in extract("The Taisho era began in 1912 at Tokyo.").places] == ["tokyo"]
    # a prefecture named after its capital is the prefecture, a name we do not hold
    s = extract("The ship was seen west of Cape Tappi in Aomori Prefecture, then off Aomori.")
    assert "Aomori Prefecture" in [u["text"] for u in s.unresolved]
    assert [m.text for m in next(p for p in s.places if p.id == "aomori").mentions] == ["Aomori"]


def test_unknown_names_cued_by_their_phrase_are_listed():
    text = (
        "Two ships were seen north of the Amukta Pass, then 100 km southwest of Burgos, on the northern tip of Luzon. "
        "The carrier group came through the Mediterranean and the Middle East. "
        "US Warships Transit Taiwan Strait in Show of Force"
    )
    s = extract(text)
    assert [u["text"] for u in s.unresolved] == ["Amukta Pass", "Burgos", "Luzon", "Mediterranean", "Middle East"]
    assert "taiwan_strait" in [p.id for p in s.places]  # the headline's words round a known name are not a new name


def test_held_out_set_ee_place_mentions():
    # Japan's remote islands (known since set tt) are places; "island chains" are not islands
    s = extract("The carrier sailed near Minamitorishima, then off Iwo Jima, beyond the Second Island Chain east of Japan.")
    assert [u["text"] for u in s.unresolved] == []
    assert [p.id for p in s.places] == ["minamitorishima", "iwo_jima", "japan"]
    # a city before "base" is the city, not a ship; "the Kuril islands" in lower case is the group
    s = extract("The group left the Vladivostok base for the Kuril islands and the Yokosuka Naval Base.")
    assert [p.id for p in s.places] == ["vladivostok", "kuril_islands", "yokosuka"]
    # a ship named after a city before "guided missile destroyers" is a ship
    assert [p.id for p in extract("Chinese-made Nanchang guided missile destroyers sailed in the Yellow Sea.").places] == ["yellow_sea"]


def test_held_out_set_mm_place_mentions():
    # newspapers and exercises named after places are not those places
    s = extract("TAIPEI (Taiwan News) — The carrier will join Exercise Bersama Lima off Malaysia.")
    assert [p.id for p in s.places] == ["taipei", "malaysia"]
    assert [p.id for p in extract("The South China Morning Post and the Japan Times reported it.").places] == []
    # names the gazetteer lacks, where a ship docks, leaves or heads, and between two known
    # names in a list; "the Pacific Region" is the ocean
    s = extract(
        "The frigate was docked in Cebu last week. The group left Portsmouth for Asia in May and is heading toward North Asia. "
        "It will visit Singapore, Vietnam, Bangladesh and India. France keeps a presence in the Pacific Region."
    )
    assert [u["text"] for u in s.unresolved] == ["Cebu", "Portsmouth", "Asia", "North Asia", "Bangladesh"]
    assert [p.id for p in s.places] == ["singapore", "vietnam", "india", "france", "north_pacific"]
    # an adjective after a cue word is not a name
    assert [u["text"] for u in extract("The ship sailed near Japanese waters off Kyushu.").unresolved] == []


def test_held_out_set_nn_place_mentions():
    # the second of two islands a ship passed between is listed when the gazetteer lacks it
    for text in ("The carrier sailed between Japan's Yonaguni and Iriomote islands.", "It sailed between Yonaguni and nearby Iriomote on Wednesday."):
        s = extract(text)
        assert [u["text"] for u in s.unresolved] == ["Iriomote"]
    # ... but not a nationality ("between the Russian island of Sakhalin and Japanese island of Hokkaido")
    s = extract("The ships sailed between the island of Sakhalin and Japanese island of Hokkaido.")
    assert [u["text"] for u in s.unresolved] == []


def test_held_out_set_pp_place_mentions():
    # "Tokyo Bay" is a bay, not the city; a visited list names unknown places; a port before
    # "Naval Base" is the name, not "Naval"; a dateline's province; "South America"
    s = extract(
        "YOKOSUKA, Kanagawa (Jiji Press) — The carrier will arrive at Tokyo Bay. It had visited Saipan and Darwin, "
        "having left Taranto Naval Base in Italy, and steamed around South America."
    )
    assert [u["text"] for u in s.unresolved] == ["Kanagawa", "Tokyo Bay", "Saipan", "Darwin", "Taranto", "South America"]
    assert [p.id for p in s.places] == ["yokosuka", "italy"]
    # a visited list ends at its "and": "visited Manila, Chang said" names no place "Chang"
    assert [u["text"] for u in extract("The destroyer visited Manila, Chang said.").unresolved] == []


def test_held_out_set_qq_place_mentions():
    # "the capital of X"; an unknown port before its country in parentheses; a deployment's
    # name is not the region; "Indo-Southeast Asia" is not Asia; a weekday after "visited"
    s = extract("JS Kaga made a port call in Colombo, the capital of Sri Lanka, and will call at Hachinohe (Japan).")
    assert [u["text"] for u in s.unresolved] == ["Hachinohe"]  # (Sri Lanka is a known country since set xx)
    assert "sri_lanka" in [p.id for p in s.places]
    assert [u["text"] for u in extract("The frigate then sailed to Chittagong, the main port of Bangladesh.").unresolved][-1] == "Bangladesh"
    assert [p.id for p in extract("JS Kaga visits Singapore as part of Indo Southeast Asia Deployment ISEAD 2018.").places] == ["singapore"]
    assert [u["text"] for u in extract("The president visited Saturday the carrier, deployed in Indo-Southeast Asia.").unresolved] == []


def test_held_out_set_rr_place_mentions():
    # a place named by the air station in it; the Antarctic
    s = extract("An aircraft from Air Station Kodiak tracked the icebreaker, seen before on Arctic and Antarctic missions.")
    assert [u["text"] for u in s.unresolved] == ["Kodiak", "Antarctic"]
    assert [p.id for p in s.places] == ["arctic"]


def test_held_out_set_ss_place_mentions():
    # a shoal or reef is a named place the gazetteer may lack
    s = extract("The navies held drills near the Scarborough Shoal in the South China Sea.")
    assert [u["text"] for u in s.unresolved] == ["Scarborough Shoal", "South China Sea"]


def test_held_out_set_tt_place_mentions():
    # a flag's abbreviation used as an adjective names no place, as "American" names none;
    # the country as a noun still does
    s = extract("U.S. forces and a UK frigate sailed with the Japanese navy, as the U.S. and Japan agreed.")
    assert [p.id for p in s.places] == ["united_states", "japan"]
    assert [m.text for m in s.places[0].mentions] == ["U.S."]
    # Japan's remote Pacific islands, from the supplement (each with its published position)
    s = extract("The carriers operated near Minamitorishima, off Iwo Jima and north of the atoll of Okinotori.")
    assert [(p.id, p.type) for p in s.places] == [("minamitorishima", "island"), ("iwo_jima", "island"), ("okinotorishima", "island")]
    assert s.places[0].lon == pytest.approx(153.967, abs=1e-3) and s.places[0].lat == pytest.approx(24.3, abs=1e-3)
    assert list(s.unresolved) == []


def test_held_out_set_uu_place_mentions():
    # a name paired with a known place right after "between" is a place the gazetteer lacks;
    # two names with no known place beside them are not ("talks between Abe and Putin")
    s = extract("The atoll lies midway between Taiwan and Guam, far from the tensions between Washington and Beijing.")
    assert [p.id for p in s.places] == ["taiwan", "guam", "beijing"]
    assert [u["text"] for u in s.unresolved] == ["Washington"]
    assert list(extract("There were talks between Abe and Putin in Sochi.").unresolved) == []


def test_held_out_set_vv_place_mentions():
    # a city's name given to a ship ("HMCS Ottawa") is the ship where the ship acts, the city elsewhere
    s = extract("HMCS Ottawa entered the Taiwan Strait on Sunday. Ottawa's transit drew criticism, and Ottawa said the passage was routine.")
    assert [(p.id, [m.start for m in p.mentions]) for p in s.places] == [("taiwan_strait", [24]), ("ottawa", [86])]
    # a camp's name and the town a base is in are places the gazetteer lacks; "U.S. think tank" is a flag
    s = extract("A U.S. think tank said the structures lie near Camp Humphreys, a major U.S. base in Pyeongtaek.")
    assert [p.id for p in s.places] == []
    assert [u["text"] for u in s.unresolved] == ["Camp Humphreys", "Pyeongtaek"]


def test_held_out_set_xx_place_mentions():
    # "the visiting Russian fleet" names no place; "the Port Moresby" is the city, not a ship;
    # a port the gazetteer lacks after a country's possessive is listed by its own name
    s = extract("The visiting Russian naval fleet arrived at the Port Moresby on Tuesday. Another ship reached Japan's Hachinohe, "
                "and a third sailed into Indonesia's Port of Surubaya.")
    assert [p.id for p in s.places] == ["port_moresby", "japan", "indonesia"]
    assert [u["text"] for u in s.unresolved] == ["Hachinohe", "Port of Surubaya"]
    # South and South-East Asian countries of goodwill tours are known countries
    s = extract("The ships visited Sri Lanka, Thailand, Cambodia, Brunei, Timor-Leste, Papua New Guinea and Fiji.")
    assert [p.id for p in s.places] == ["sri_lanka", "thailand", "cambodia", "brunei", "timor_leste", "papua_new_guinea", "fiji"]


def test_held_out_set_yy_place_mentions():
    # "a record U.S. $11.1 billion arms sale": a flag before a sum is an adjective too
    s = extract("China launched the drills after a record U.S. $11.1 billion arms sale to Taiwan.")
    assert [p.id for p in s.places] == ["china", "taiwan"]


def test_held_out_set_zz_place_mentions():
    # "JS Kashima" is a ship whose name reads like an island's; "Philippine sea breeze" is no sea;
    # "the South Harbor of Manila" is a harbour's name; "Alava Pier" is a pier, not a place we count
    s = extract("JS Kashima docked at Alava Pier as flags flapped in the Philippine sea breeze, then moved to the South Harbor of Manila.")
    assert [p.id for p in s.places] == ["manila"]
    assert [u["text"] for u in s.unresolved] == ["South Harbor"]


def test_held_out_set_ab_place_mentions():
    # a ship named in quotes after "the" is not the city of that name; a broadcaster's "Channel"
    # is no strait; "the U.S. state of Alaska" is Alaska; "the China Coast Guard" is an institution
    s = extract('The CCTV Military Channel said four ships, including the "Meishan", entered the Arctic Ocean. '
                "The China Coast Guard said the Bering Sea lies west of the U.S. state of Alaska.")
    assert [p.id for p in s.places] == ["arctic", "bering_sea", "alaska"]
    assert list(s.unresolved) == []


def test_held_out_set_ac_place_mentions():
    # a typeset apostrophe in "People’s Republic of China" is still China, not the "Republic of
    # China" (Taiwan); a state's formal name before a ship's kind is its flag; "the U.S." as a
    # noun is the country, before "coastline" or "commercial" an adjective
    s = extract("A Coast Guard patrol met a People’s Republic of China guided missile cruiser and a Russian Federation "
                "Navy destroyer in the Bering Sea. The zone reaches 200 nautical miles offshore, where the U.S. has "
                "jurisdiction over fish stocks. The ships kept 200 nautical miles from the U.S. coastline and away "
                "from U.S. commercial fishing boats. People’s Republic of China officials said nothing.")
    assert [p.id for p in s.places] == ["bering_sea", "united_states"]
    assert [m.text for m in s.places[1].mentions] == ["U.S."]
    s = extract("Beijing says the People’s Republic of China will not send ships.")
    assert [p.id for p in s.places] == ["beijing", "china"]


def test_held_out_set_ac_names_we_do_not_hold():
    # a town before the state that locates it, a state after a known town, "X-based", "the
    # prefecture of X" and "the ... Island chain" are names to list; a known name before "-based"
    # is not listed as unknown; a name broken across a wrapped line is still found
    s = extract("The cutter is homeported in Honolulu, Hawaii. It had support from a station in Kodiak, Alaska. The "
                "Hawaii-based cutter and a Beijing-based reporter saw ships off the prefecture of Chiba and off the "
                "Aleutian Island chain, in what Japan calls the Northern\nTerritories and near the Sea of\nJapan.")
    assert [u["text"] for u in s.unresolved] == ["Hawaii", "Kodiak", "Hawaii", "Chiba", "Aleutian Island chain"]
    assert [p.id for p in s.places] == ["honolulu", "alaska", "japan", "southern_kurils", "sea_of_japan"]
    assert [m.text for m in s.places[3].mentions] == ["Northern\nTerritories"]
    # a name after a town that is a person, not a state, is left alone
    s = extract("In Tokyo, Kishi said the ships had left.")
    assert [u["text"] for u in s.unresolved] == []


def test_held_out_set_ad_place_mentions():
    # countries joined by hyphens name each; an exercise called “La Perouse” is no strait
    s = extract("Two ships held the Japan-France-Australia-U.S. exercise “La Perouse” in the Indian Ocean in May.")
    assert [p.id for p in s.places] == ["japan", "france", "australia", "united_states"]
    assert [u["text"] for u in s.unresolved] == ["Indian Ocean"]
    # "Indo–Pacific" (a dash of either kind), "Rim of the Pacific" (an exercise) and "Western Pacific
    # Countries" are no ocean; the region is listed as a name we do not hold, the slogan is not
    s = extract("The flotilla will train in the Indo–Pacific and join the Rim of the Pacific 2022 drills, then visit "
                "Western Pacific Countries.")
    assert [p.id for p in s.places] == []
    assert [u["text"] for u in s.unresolved] == ["Indo–Pacific"]
    s = extract("The ships sailed to the Indo-Pacific region under a Free and Open Indo-Pacific vision, with Zhanjiang "
                "(Type 052D destroyer).")
    assert [p.id for p in s.places] == []
    assert [u["text"] for u in s.unresolved] == ["Indo-Pacific"]
    # a list item between a name we do not hold and a known one
    s = extract("The fleet will call at the Solomon Islands, Tonga and Fiji.")
    assert [p.id for p in s.places] == ["fiji"]
    assert [u["text"] for u in s.unresolved] == ["Solomon Islands", "Tonga"]


def test_held_out_set_ae_place_mentions():
    # "the Okinawa Islands" is a group we do not hold, not Okinawa Island; "west of Fukue island"
    # keeps its head word; "Russia navy warships" is a flag
    s = extract("The ships passed the Miyako Strait in the Okinawa Islands, west of Fukue island, watched by a group of "
                "Russia navy warships.")
    assert [p.id for p in s.places] == ["miyako"]
    assert [u["text"] for u in s.unresolved] == ["Okinawa Islands", "Fukue island"]


def test_held_out_set_af_place_mentions():
    # a headline's "Warships Pass" is no mountain pass; a name at a line's end does not run on into
    # the next paragraph ("toward Europe\n\nJapan")
    s = extract("4 Russian Warships Pass through Tsugaru Strait\n\nThe ships were seen heading toward Europe\n\nJapan said nothing more.")
    assert [p.id for p in s.places] == ["tsugaru", "japan"]
    assert [u["text"] for u in s.unresolved] == ["Europe"]


def test_us_without_dots_is_the_country_as_a_noun_only():
    # "The US deployed" names the United States; "US Navy", "US forces", "US shores" are flags,
    # and "US-2" is an aircraft (set ac)
    s = extract("The US deployed four destroyers near Alaska. The US Navy and US forces watched a US-2 flying boat, "
                "far from US shores, while Russia said the US insists on patrols.")
    assert [p.id for p in s.places] == ["united_states", "alaska", "russia"]
    assert [m.text for m in s.places[0].mentions] == ["US", "US"]


def test_held_out_set_ag_place_mentions():
    # a list of countries goes on past the ones we hold; "the Asia-Pacific region"; "the capital
    # of the Primorye Region"; a port before "(City, Country)"
    s = extract("The ships called at India, Sri Lanka, Iran, Qatar and Eritrea, to build ties across the Asia-Pacific "
                "region. They moored in Vladivostok, the capital of the Primorye Region, and at Tanjung Perak (Surabaya, "
                "Indonesia).")
    assert [p.id for p in s.places] == ["india", "sri_lanka", "vladivostok", "surabaya", "indonesia"]
    assert [u["text"] for u in s.unresolved] == ["Iran", "Qatar", "Eritrea", "Asia-Pacific", "Primorye Region", "Tanjung Perak"]


def test_held_out_set_aj_place_mentions():
    # Yakushima, Kuchinoerabu-jima and Gajajima are in the gazetteer with their published points
    # (geodata/sources/supplement.yaml); "island" in lower case is part of the name
    s = extract("A Chinese survey ship sailed west of Gaja island, entered waters southwest of Kuchinoerabu island and "
                "left south of Yakushima.")
    points = {p.id: (p.lon, p.lat) for p in s.places}
    assert list(points) == ["gajajima", "kuchinoerabu", "yakushima"]
    assert points["yakushima"] == pytest.approx((130.5239, 30.3439), abs=1e-3)
    assert points["kuchinoerabu"] == pytest.approx((130.1833, 30.4667), abs=1e-3)
    assert points["gajajima"] == pytest.approx((129.5333, 29.9), abs=1e-3)
    assert s.unresolved == ()
    # a person whose surname is a city's name is no place ("officer Meng Wanzhou"); the city is
    s = extract("Police in Vancouver detained the company's chief financial officer Meng Wanzhou. Wanzhou lies on the "
                "Yangtze.")
    assert [(p.id, len(p.mentions)) for p in s.places] == [("vancouver", 1), ("wanzhou", 1)]


def test_held_out_set_al_place_mentions():
    # a name of two or more words glued to the next word by a dash typed as a hyphen is still
    # the name; one word glued so ("Japan-based") is an adjective; "Tsushima Kaikyō" is the strait
    s = extract("Japan-an ally of the United States-tracked two warships in the La Pérouse Strait-known in Japan "
                "as the Soya Strait-and a Japan-based patrol plane followed them. The Tsushima Strait (Tsushima "
                "Kaikyō) is a channel of the Korea Strait.")
    assert [(p.id, len(p.mentions)) for p in s.places] == [("japan", 2), ("united_states", 1), ("la_perouse_soya", 2), ("korea_strait", 3)]
    assert s.unresolved == ()


def test_held_out_set_an_place_mentions():
    # names the gazetteer lacks, listed as unknown from the words round them: a canal's name,
    # "visits were made to", "set course for", an exercise "around"; "Hai Phong" is Haiphong
    s = extract("Port visits were made to Mumbai and Hai Phong. The Red Sea lies between the Suez Canal and the Indian "
                "Ocean. The ship set course for Den Helder after an exercise around Hawaii.")
    assert [p.id for p in s.places] == ["haiphong"]
    assert [u["text"] for u in s.unresolved] == ["Mumbai", "Red Sea", "Suez Canal", "Indian Ocean", "Den Helder", "Hawaii"]
    # a run of unknown names between known ones in a list
    s = extract("Ships from the Netherlands, Belgium, Denmark, Germany and France took part.")
    assert [u["text"] for u in s.unresolved] == ["Belgium", "Denmark"]
    # a month's abbreviation after a known port is a date, not a state ("in Yokosuka, Nov. 22")
    s = extract("The carrier USS George Washington arrives in Yokosuka, Nov. 22, 2024.")
    assert [p.id for p in s.places] == ["yokosuka"] and s.unresolved == ()


def test_held_out_set_ah_place_mentions():
    # Kinmen (Quemoy) is in the gazetteer, with its published point; a unit named after it is not
    # a mention, nor is "China" before "maritime ... vessels" (a flag)
    s = extract("Seven China maritime and fishery department vessels sailed off Quemoy, watched by the Kinmen, Matsu, "
                "and Penghu Division.")
    assert [p.id for p in s.places] == ["kinmen"]
    kinmen = s.places[0]
    assert (kinmen.lon, kinmen.lat) == pytest.approx((118.3333, 24.4333), abs=1e-3)


def test_the_south_pacific_is_not_the_north_pacific():
    """Set ap: "numerous South Pacific idylls" named the ocean we hold as the North Pacific."""
    s = extract("The journey has taken her to the Caribbean, numerous South Pacific idylls, New Zealand and the Pacific Ocean off Japan.")
    assert [m.text for p in s.places if p.id == "north_pacific" for m in p.mentions] == ["Pacific Ocean"]
    assert [u["text"] for u in extract("She visited South Pacific idylls and New Zealand.").unresolved] == ["South Pacific"]


def test_the_kuril_archipelago_is_the_kuril_islands():
    """Set ar: "four small islands in the Kuril archipelago" (an alias added to the gazetteer build)."""
    assert [p.id for p in extract("A dispute over four small islands in the Kuril archipelago, neighbouring Hokkaido.").places] == ["kuril_islands", "hokkaido"]


def test_the_taiwan_straits_is_the_taiwan_strait():
    """Set as: "transited the Taiwan Straits" (a plural some wires write; an alias in the build)."""
    assert [p.id for p in extract("The frigate transited the Taiwan Straits on February 20.").places] == ["taiwan_strait"]


def test_a_station_named_after_a_city_is_not_the_city():
    """Set at: "on its way to Zhongshan station in Antarctic" is no voyage to the city of Zhongshan."""
    s = extract("The icebreaker Xuelong set sail from Shanghai on its way to Zhongshan station in Antarctic.")
    assert [p.id for p in s.places] == ["shanghai"]
    assert [[w["id"] for w in r["waypoints"]] for r in s.routes] == [["shanghai"]]


@pytest.mark.parametrize("text, expected", [
    ("The ships passed through the Sea of Japan, the Bering, Philippine and South China Seas.", ["sea_of_japan", "bering_sea", "philippine_sea"]),
    ("It sailed into the Yellow and East China Seas.", ["yellow_sea", "east_china_sea"]),
    ("It patrolled the Chukchi, East Siberian and Laptev seas.", ["chukchi_sea", "east_siberian_sea", "laptev_sea"]),
])
def test_seas_listed_under_one_head_word(text, expected):
    """Set aw: "the Bering, Philippine and South China Seas" names each sea (a list, not only a pair;
    "Yellow and East China" keeps the Yellow Sea)."""
    assert [p.id for p in extract(text).places] == expected


def test_pyotr_veliky_gulf_is_peter_the_great_gulf():
    """Set aw: the Russian name of the gulf off Vladivostok (an alias added to the build)."""
    assert [p.id for p in extract("The warships formed a task force in the waters of the Pyotr Veliky Gulf.").places] == ["peter_the_great_gulf"]


@pytest.mark.parametrize("text, places, unknown", [
    ("The Yokosuka Port entered the Taiyuan, a Chinese navy missile destroyer, on Thursday.", ["yokosuka"], []),
    ("The squadron comprises training vessel Japanese Defense Ship (JDS) Kashima and two destroyers.", [], []),
    ("The research vessel entered a region the Philippines calls the West Philippine Sea on June 7.", ["philippines"], ["West Philippine Sea"]),
])
def test_held_out_set_ax_place_mentions(text, places, unknown):
    """Set ax: a city's name told as a ship ("the Taiyuan, a ... destroyer") is no mention of the city;
    "(JDS) Kashima" is a ship; the West Philippine Sea is not the Philippine Sea."""
    s = extract(text)
    assert [p.id for p in s.places] == places
    assert [u["text"] for u in s.unresolved] == unknown


@pytest.mark.parametrize("text, places, unknown", [
    # a ship by apposition though its name is an island group's; ships listed after a dash
    ("The navy first chose the Dokdo, a large landing platform helicopter vessel, for the cadets.", [], []),
    ("The taskforce consisted of two guided-missile frigates -- Xiangtan and Zhoushan.", [], []),
    # names the gazetteer lacks, marked by a port call, a naval base, a river's name
    ("The cadets will begin their journey with a port call at Hawaii.", [], ["Hawaii"]),
    ("The ships will depart from the Korean naval base of Pyeongtaek.", [], ["Pyeongtaek"]),
    ("The training vessel sailed up the Thames River in London.", ["london"], ["Thames River"]),
    # "Korea" alone: listed, not dropped
    ("A Chinese squadron docked at Korea's southeastern coastal city of Busan.", ["busan"], ["Korea"]),
    # a province after a possessive, and in lower case
    ("The fleet returned to a military port in Zhoushan, East China's Zhejiang Province, on Monday.", ["zhoushan", "china"], ["Zhejiang Province"]),
    ("The fleet dropped anchor in Zhoushan port, Zhejiang province on Nov. 1.", ["zhoushan"], ["Zhejiang province"]),
    # "Pacific mariners" are the Pacific Fleet's sailors, not the ocean
    ("Pacific mariners seven times visited Japan.", ["japan"], []),
])
def test_held_out_set_ay_place_mentions(text, places, unknown):
    """Set ay (in our own words): place mentions and the names the gazetteer lacks."""
    s = extract(text)
    assert [p.id for p in s.places] == places
    assert [u["text"] for u in s.unresolved] == unknown


@pytest.mark.parametrize("text, places, unknown", [
    # set az: a list of countries after "namely," ("South Africa" whole, not Africa)
    ("The ship will visit 13 countries, namely, Seychelles, Tanzania, South Africa and Sri Lanka.", ["sri_lanka"], ["Seychelles", "Tanzania", "South Africa"]),
    # a ship's name is not an unknown place ("the Blue Ridge" after "USS Blue Ridge")
    ("The USS Blue Ridge pulled into Zhanjiang. The Blue Ridge visited Qingdao in China last year.", ["zhanjiang", "qingdao", "china"], []),
    # a headline's "Port Visit"; a unit named after the ocean; a byline's names
    ("USS Blue Ridge Pulls into Zhanjiang for Port Visit", ["zhanjiang"], []),
    ("The Marines of the Fleet Antiterrorism Security Team Pacific toured the ship.", [], []),
    ("By Guo Fengkuan, Yang Guangyuan, and Chang Fei\n\nThe ship set sail from Zhoushan.", ["zhoushan"], []),
    # "Ho Chi Minh city" in lower case; "the Shandong peninsula"
    ("The ships will call at Ho Chi Minh city and the Shandong peninsula.", ["ho_chi_minh_city"], ["Shandong peninsula"]),
    # a port named before "military port"; a list after "port calls to"; a town before its country
    ("The flagship approaches Wusong military port in Shanghai.", ["shanghai"], ["Wusong"]),
    ("The ship will make port calls to France and Greece.", ["france"], ["Greece"]),
    ("The next port USS Blue Ridge visited was Sattahip, Thailand.", ["thailand"], ["Sattahip"]),
])
def test_held_out_set_az_place_mentions(text, places, unknown):
    """Set az (in our own words): place mentions and the names the gazetteer lacks."""
    s = extract(text)
    assert [p.id for p in s.places] == places
    assert [u["text"] for u in s.unresolved] == unknown


@pytest.mark.parametrize("text, places, unknown", [
    # set ba: "US and Japanese forces" is a flag; "the Asia-Pacific area" a region we lack; the
    # province after a dateline's city, before its date
    ("The frigate held joint exercises with US and Japanese forces in the East China Sea.", ["east_china_sea"], []),
    ("The deployment keeps a presence in the strategically critical Asia-Pacific area.", [], ["Asia-Pacific"]),
    ("ZHANJIANG, Guangdong, June 24 (Xinhua) -- A destroyer arrived here Tuesday.", ["zhanjiang"], ["Guangdong"]),
])
def test_held_out_set_ba_place_mentions(text, places, unknown):
    """Set ba (in our own words): place mentions and the names the gazetteer lacks."""
    s = extract(text)
    assert [p.id for p in s.places] == places
    assert [u["text"] for u in s.unresolved] == unknown


@pytest.mark.parametrize("text, places, unknown", [
    # set bc: title-case phrases are no seas; "the Pacific islands of Guam" is no ocean; a base's name
    ("Vigilant Surveillance Activity by French Vessels for Illegal Sea Activities", [], []),
    ("The tanker Boris Butoma (Large Sea Tanker) arrived on Monday.", [], []),
    ("The drill will run in the waters off the Pacific islands of Guam and Saipan.", ["guam"], []),
    ("The frigate was delivered to the Vietnamese naval base Cam Ranh in 2017.", [], ["Cam Ranh"]),
])
def test_held_out_set_bc_place_mentions(text, places, unknown):
    """Set bc (in our own words): place mentions and the names the gazetteer lacks."""
    s = extract(text)
    assert [p.id for p in s.places] == places
    assert [u["text"] for u in s.unresolved] == unknown


@pytest.mark.parametrize("text, places, unknown", [
    # set bd: a newspaper's "Nikkei Asia" is no region; a month after a town is no part of its name
    ("The Canadian ships are part of Operation Horizon, reported Nikkei Asia on Monday.", [], []),
    ("MV Asterix arrived in Esquimalt December 18th with two frigates.", [], ["Esquimalt"]),
])
def test_held_out_set_bd_place_mentions(text, places, unknown):
    """Set bd (in our own words): place mentions and the names the gazetteer lacks."""
    s = extract(text)
    assert [p.id for p in s.places] == places
    assert [u["text"] for u in s.unresolved] == unknown


@pytest.mark.parametrize("text, places, unknown", [
    # set bf: "the San Diego Harbour" is the city's harbour; a weekday after "base" is no place;
    # "set sail for Somalia" names a place we lack
    ("The Chinese fleet set sail from the San Diego Harbour on December 9 and headed for Victoria, Canada.", ["san_diego", "canada"], ["Victoria"]),
    ("Two destroyers departed from the MSDF Yokosuka base Tuesday for anti-piracy operations.", ["yokosuka"], []),
    ("Two destroyers set sail for Somalia on Saturday to patrol for pirates.", [], ["Somalia"]),
])
def test_held_out_set_bf_place_mentions(text, places, unknown):
    """Set bf (in our own words): place mentions and the names the gazetteer lacks."""
    s = extract(text)
    assert [p.id for p in s.places] == places
    assert [u["text"] for u in s.unresolved] == unknown


def test_a_city_by_its_harbour_is_a_port_of_call():
    """Set bf: "set sail from the San Diego Harbour" leaves San Diego."""
    s = extract("The Chinese fleet concluded a visit to the United States and set sail from the San Diego Harbour on December 9.")
    assert [(r["vessel"], [w["id"] for w in r["waypoints"]]) for r in s.routes] == [("Chinese fleet", ["san_diego"])]


@pytest.mark.parametrize("text, places, unknown", [
    # set bg: an officer's surname after his rank is no city ("Adm. Ryo Sakai"); countries listed
    # before "navy ships" are flags, as one country is ("Russia navy warships")
    ('"We watch closely," the MSDF chief of staff, Adm. Ryo Sakai, told reporters in Tokyo.', ["tokyo"], []),
    ("Russia, China navy ships pass through waters in southwest Japan", ["japan"], []),
    ("Saturday's passage by China and Russian warships was a show of force, Japan said.", ["japan"], []),
])
def test_held_out_set_bg_place_mentions(text, places, unknown):
    """Set bg (in our own words): place mentions and the names the gazetteer lacks."""
    s = extract(text)
    assert [p.id for p in s.places] == places
    assert [u["text"] for u in s.unresolved] == unknown


@pytest.mark.parametrize("text, places, unknown", [
    # set bh: a base "at" a place we lack; a ward; a prefecture after a dateline's town and a dash;
    # a dateline with two hyphens
    ("The submarines operate from their base at Rybachiy near Petropavlovsk.", ["petropavlovsk_kamchatsky"], ["Rybachiy"]),
    ("YOKOSUKA, Kanagawa — The carrier will call at a terminal in Koto Ward, Tokyo, on Aug. 28.", ["yokosuka", "tokyo"], ["Kanagawa", "Koto Ward"]),
    ("TOKYO -- The British aircraft carrier will make a port call at Yokosuka.", ["tokyo", "yokosuka"], []),
])
def test_held_out_set_bh_place_mentions(text, places, unknown):
    """Set bh (in our own words): place mentions and the names the gazetteer lacks."""
    s = extract(text)
    assert [p.id for p in s.places] == places
    assert [u["text"] for u in s.unresolved] == unknown


@pytest.mark.parametrize("text, places, unknown", [
    # set bi: "US fraud charges" is a flag; a ship's name with a possessive ("Ottawa's moves") is
    # the ship; "the village of X"; a second sea under a lower-case head word
    ("Relations soured after an arrest in Vancouver on US fraud charges.", ["vancouver"], []),
    ("HMCS Ottawa entered the Taiwan Strait at sunrise, and three warships mirrored Ottawa's moves.", ["taiwan_strait"], []),
    ("The research ship worked near Okinotorishima, part of the village of Ogasawara in Tokyo.", ["okinotorishima", "tokyo"], ["Ogasawara"]),
    ("Its activities have grown in the East and South China seas.", ["east_china_sea"], ["South China seas"]),
])
def test_held_out_set_bi_place_mentions(text, places, unknown):
    """Set bi (in our own words): place mentions and the names the gazetteer lacks."""
    s = extract(text)
    assert [p.id for p in s.places] == places
    assert [u["text"] for u in s.unresolved] == unknown


@pytest.mark.parametrize("text, places, unknown", [
    # set bj: a base's name and a headline's verb before a name we lack; a person after his title;
    # a ship after its tonnage; a street; "a visit to X and Y"; a town and its country in a list
    ("Training Squadron Visits Pearl Harbor\n\nThe squadron made a port visit at Naval Station Pearl Harbor.", [], ["Pearl Harbor", "Pearl Harbor"]),
    ("On their departure, Commandant Okushima encouraged the cadets.", [], []),
    ("The squadron had three warships, the 4,050-ton Kashima and the 3,550-ton Umigiri.", [], []),
    ("The ships will dock at the terminal at 1140 North Harbor Drive in San Diego.", ["san_diego"], []),
    ("The cadets are planning a visit to Honolulu and Palau.", ["honolulu"], ["Palau"]),
    ("The squadron visited San Diego and Panama City, Panama before Mayport.", ["san_diego"], ["Panama City", "Panama"]),
])
def test_held_out_set_bj_place_mentions(text, places, unknown):
    """Set bj (in our own words): place mentions and the names the gazetteer lacks."""
    s = extract(text)
    assert [p.id for p in s.places] == places
    assert [u["text"] for u in s.unresolved] == unknown


def test_held_out_set_bk_a_name_that_holds_a_country():
    """Set bk (in our own words): "Press Trust of India" names an agency, not India."""
    s = extract("Press Trust of India New Delhi: three Indian Navy ships arrived in Manila on Sunday.")
    assert [p.id for p in s.places] == ["new_delhi", "manila"]


@pytest.mark.parametrize("text, places, unknown", [
    # set bl: "Arctic" and "Pacific" inside a ship's or a project's name; a tanker named after a strait
    ("The Arctic Lotus took gas from the Arctic LNG 2 plant to Beihai.", ["beihai"], []),
    ("The Huihai Pacific, which sails under the flag of Panama, waited in the Yellow Sea.", ["yellow_sea"], ["Panama"]),
    ("Another tanker, La Perouse, which also loaded gas there, is heading to India.", ["india"], []),
    # a company named after a port; where a cargo is stored; a land told by its side; a region of a country
    ("The Shandong Port Group barred the tankers.", [], []),
    ("The ship loaded at a storage facility in Kamchatka and at the plant in northern Siberia.", [], ["Kamchatka", "Siberia"]),
    ("The cargo went to the southern region of Guangxi.", [], ["Guangxi"]),
])
def test_held_out_set_bl_place_mentions(text, places, unknown):
    """Set bl (in our own words): place mentions and the names the gazetteer lacks."""
    s = extract(text)
    assert [p.id for p in s.places] == places
    assert [u["text"] for u in s.unresolved] == unknown


@pytest.mark.parametrize("text, places", [
    # set bm: a city-named destroyer escort is a ship; an armed service of a country is an
    # institution; "U.S. treaty ally" says a flag
    ("The destroyer escort Sendai left port on Monday.", []),
    ("A retired United States Air Force officer said China claims the waters.", ["china"]),
    ("The Philippines, a U.S. treaty ally, protested.", ["philippines"]),
])
def test_held_out_set_bm_place_mentions(text, places):
    """Set bm (in our own words): ships and institutions named after places."""
    assert [p.id for p in extract(text).places] == places


def test_held_out_set_bn_a_ship_after_its_title():
    """Set bn (in our own words): "Japan Coast Guard Ship Mizushima" names a ship, not an island."""
    s = extract("The cutter trained with the Japan Coast Guard Ship Mizushima near Tokyo.")
    assert [p.id for p in s.places] == ["tokyo"]
    assert [u["text"] for u in s.unresolved] == []


@pytest.mark.parametrize("text, places", [
    # headlines' short forms of North Korea; a country before "tanker" is its flag
    ("Japan spots fuel bound for N. Korea in the East China Sea", ["japan", "north_korea", "east_china_sea"]),
    ("NKorea fires missile as South Korea holds drills", ["north_korea", "south_korea"]),
    ("Japan navy spots suspected China ship next to NKorea tanker", []),
    # and South Korea's ("S. Korea", "SKorea"), once a headline's group could be joined to its story
    ("US carrier makes port call in S. Korea", ["south_korea"]),
    ("SKorea, Japan hold search and rescue drill", ["south_korea", "japan"]),
])
def test_korea_short_forms_and_flags(text, places):
    """Headlines' short forms (in our own words): "N. Korea", "NKorea", "S. Korea", "SKorea";
    "NKorea tanker" is a flag."""
    assert [p.id for p in extract(text).places] == places


def test_cue_scan_from_key_words_finds_what_one_pattern_finds():
    """The cues looked for from their key words give the spans one scan of every cue would."""
    import importlib

    ex = importlib.import_module("seamap.extract")  # (the module: the package's name ``extract`` is the function)
    text = ("The frigate docked in Cebu after a tour of Southeast Asia, the Horn of Africa and the Mediterranean. "
            "It was seen off Hawaii, left Portsmouth for Halifax, and made port calls at Subic and Palau; "
            "exercises around Guam followed before it headed for the Korean peninsula, then Europe and Latin America. "
            "The Indo-Pacific region and South Africa were named too, as was the port of Salalah.")
    everything = ex._cued_name_re(tuple(True for _ in ex._CUED_PARTS))
    assert [m.span() for m in ex._cued_matches(text)] == [m.span() for m in everything.finditer(text)]
    assert len(ex._cued_matches(text)) >= 12


def test_names_after_a_city_and_land_based():
    """Set bq (in our own words): "Shin Nagasaki port" is not Nagasaki, and "Land-based whaling"
    names no place called Land."""
    s = extract("The Seiryu Maru arrived at Shin Nagasaki port on Thursday.")
    assert [p.id for p in s.places] == [] and [u["text"] for u in s.unresolved] == ["Shin Nagasaki"]
    s = extract("Land-based whaling is done in Taiji Town.")
    assert [u["text"] for u in s.unresolved] == []


def test_a_town_named_like_a_gazetteer_id_is_listed():
    """Set br (in our own words): "Nemuro" the town is not the strait whose id is ``nemuro``; the
    names a seized boat is taken to, and the other name it is known by, are listed as unknown."""
    assert [u["text"] for u in extract("The Japanese fishing boat set sail from the Nemuro port on Monday.").unresolved] == ["Nemuro"]
    s = extract("The boats were taken to Furukamappu, known as Yuzhno-Kurilsk in Russia, on Kunashiri Island.")
    assert [u["text"] for u in s.unresolved] == ["Furukamappu", "Yuzhno-Kurilsk"]
    assert [p.id for p in s.places] == ["russia", "kunashir"]


@pytest.mark.parametrize("text, places, unknown", [
    # a catch named after a place is no mention of it
    ("The boats were catching Alaska pollock and Okhotsk mackerel near Kunashiri.", ["kunashir"], []),
    ("The fleet caught 333 Antarctic minke whales and returned to Shimonoseki.", ["shimonoseki"], []),
    ("The fleet hunted whales in the Antarctic.", [], ["Antarctic"]),
])
def test_species_named_after_places(text, places, unknown):
    """Sets bq and br (in our own words): "Alaska pollock", "Antarctic minke whales" are catches."""
    s = extract(text)
    assert [p.id for p in s.places] == places and [u["text"] for u in s.unresolved] == unknown


@pytest.mark.parametrize("text", [
    # a person's surname that is a city's or an island's name
    ("“We would eat more of it,” said Sachiko Sakai, a 66-year-old taxi driver in the port."),
    ("“We need help,” Hideki Hiratsuka, head of the squid fishing fleet, told the paper."),
    ("“It held up well until the end,” said its captain, Akihiro Kitajima."),
])
def test_people_named_like_places(text):
    """Sets bq and bs (in our own words): a person told by name is no place."""
    s = extract(text)
    assert [p.id for p in s.places] == [] and [u["text"] for u in s.unresolved] == []


def test_place_name_before_along_with_ships_is_no_ship():
    """Set bs (in our own words): "around the Yamato Bank along with ships" names no ship."""
    s = extract("The coast guard began patrols around the Yamato Bank along with ships of the Fisheries Agency.")
    assert [v["name"] for v in s.vessels] == []


def test_a_caption_line_inside_a_text_is_a_sentence_of_its_own():
    from seamap.extract import _sentences

    text = "The freighter sailed on Monday.\nThe Lena, in its years before the move to the Pacific trade\nAnalysts followed it.\nA wrapped line that ends with the\nBering Sea in it."
    assert [text[a:b].strip() for a, b in _sentences(text)] == [
        "The freighter sailed on Monday.",
        "The Lena, in its years before the move to the Pacific trade",
        "Analysts followed it.",
        "A wrapped line that ends with the\nBering Sea in it.",
    ]
