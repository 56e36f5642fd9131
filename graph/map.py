"""The places of an answer: which facts happened at (or are about) which place, for `plot map`.

Two steps, both in cypher/map/: `facts` finds an answer's facts about an entity (the timeline, its
events, its figures) or the caller brings search matches; `places` finds the places each fact is at,
involves or is about. Facts are grouped by place here; a place is sized by how many facts it has.
A country node the gazetteer gave no point is put inside its shipped outline, a region at the mean of
the places inside it that have one; other places without coordinates are counted and named.
"""

from collections.abc import Sequence
from datetime import date, datetime

from neo4j import Driver
from pydantic import BaseModel, Field

from chronicle.graph.outlines import country_centre
from chronicle.graph.queries import read

__all__ = ["ANSWERS", "MapAnswer", "MapFact", "MapPlace", "answer_facts", "places_of"]

ANSWERS: dict[str, list[str]] = {
    "timeline": ["event", "claim", "figure"],
    "events": ["event"],
    "claims": ["claim"],
    "figures": ["figure"],
}
"""Which facts each answer draws."""


class MapFact(BaseModel):
    """One fact to place on the map, worded for its tooltip."""

    kind: str = Field(examples=["event", "claim", "figure", "effect"])
    id: str = Field(description="The claim's id or the event's key.")
    when: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    what: str
    who: str | None = None
    status: str | None = Field(None, description="For events: happened, claimed, denied, planned, ...")
    metric: str | None = None
    value: float | None = None
    unit: str | None = None
    source: str | None = None
    published_at: date | datetime | None = None


class MapPlace(BaseModel):
    """A place with the facts that happened there or are about it."""

    key: str
    name: str
    kind: str | None = None
    country_code: str | None = None
    lat: float
    lon: float
    located: str = Field(
        "gazetteer",
        description="'gazetteer'; 'country outline' (a country's centre); 'places inside' (their mean).",
    )
    facts: list[MapFact] = Field(default_factory=list)

    @property
    def dates(self) -> list[date]:
        """The facts' first days, oldest first."""
        return sorted({f.valid_from for f in self.facts if f.valid_from})


class MapAnswer(BaseModel):
    """What a map draws: places with their facts, and the places it could not put on the map."""

    places: list[MapPlace]
    facts: int = Field(description="How many facts the answer had.")
    unplaced: int = Field(0, description="Facts with no place at all.")
    undrawn: list[str] = Field(default_factory=list, description="Places without coordinates.")


def answer_facts(
    driver: Driver,
    database: str,
    key: str,
    answer: str = "timeline",
    *,
    since: date | None = None,
    until: date | None = None,
    limit: int = 500,
) -> list[MapFact]:
    """The facts of one answer about the entity `key` (see ANSWERS), oldest first."""
    params = {"key": key, "kinds": ANSWERS[answer], "since": since, "until": until, "limit": limit}
    return [MapFact(**row) for row in read(driver, database, "facts", params, "map")]


def places_of(driver: Driver, database: str, facts: Sequence[MapFact]) -> MapAnswer:
    """Group facts by the places they are at or about; places are listed by how much happened there."""
    rows = read(
        driver,
        database,
        "places",
        {"facts": [{"n": n, "kind": f.kind, "id": f.id} for n, f in enumerate(facts)]},
        "map",
    )
    places: dict[str, MapPlace] = {}
    undrawn: set[str] = set()
    placed: set[int] = set()
    for row in rows:
        lat, lon, located = row["lat"], row["lon"], "gazetteer"
        if lat is None or lon is None:
            centre = country_centre(row["country_code"]) if row["kind"] == "country" else None
            if centre is not None:
                (lat, lon), located = centre, "country outline"
            elif row["inside_lat"] is not None:
                lat, lon, located = row["inside_lat"], row["inside_lon"], "places inside"
            else:
                undrawn.add(row["name"])
                continue
        place = places.setdefault(
            row["key"],
            MapPlace(
                key=row["key"],
                name=row["name"],
                kind=row["kind"],
                country_code=row["country_code"],
                lat=lat,
                lon=lon,
                located=located,
            ),
        )
        fact = facts[row["n"]]
        if all(f.id != fact.id for f in place.facts):
            place.facts.append(fact)
        placed.add(row["n"])
    unplaced = len({n for n in range(len(facts))} - placed - {row["n"] for row in rows})
    ordered = sorted(places.values(), key=lambda p: (-len(p.facts), p.name))
    return MapAnswer(places=ordered, facts=len(facts), unplaced=unplaced, undrawn=sorted(undrawn))
