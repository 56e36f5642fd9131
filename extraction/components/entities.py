"""chronicle_entities: people, places and organisations with mentions, canonical names and keys.

`__call__` = find candidates (mentions.py) -> cluster them (coref.py) -> type, name and key each
cluster here -> write `doc.spans["entities"]` (label = type, `span._.entity_key`) and
`doc._.entities`. Demonyms ("Russian") are mentions of their country when the article names it, and
are listed in `doc.spans["demonyms"]` for the rules that read them.
"""

from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from chronicle.extraction.ids import entity_key
from chronicle.extraction.models import Entity, Mention, PlaceInfo
from chronicle.extraction.rules.anaphora import anaphoric_mentions
from chronicle.extraction.rules.coref import cluster_candidates, nominal_mentions
from chronicle.extraction.rules.docindex import load_jsonl
from chronicle.extraction.rules.gazetteer import (
    BIG_CITY,
    QUALIFIERS,
    Gazetteer,
    PlaceRecord,
    load_gazetteer,
    place_rank,
)
from chronicle.extraction.rules.mentions import (
    ORG,
    PERSON,
    PLACE,
    Candidate,
    find_candidates,
    find_demonyms,
)
from chronicle.extraction.rules.place_pairs import paired_places
from chronicle.extraction.rules.town_names import town_place

__all__ = ["EntityLinker"]

_TYPE_ORDER = (PLACE, PERSON, ORG)


@dataclass
class _Context:
    """Countries and (country, admin1) regions named by an article's places."""

    countries: set[str | None] = field(default_factory=set)
    region_countries: set[str | None] = field(default_factory=set)
    regions: set[tuple[str | None, str | None]] = field(default_factory=set)


_WORLD_CITY = 1_000_000  # a city this big is meant by its name unless the article's regions say otherwise
_FAME_RATIO = 10


class EntityLinker:
    """Recognise, type, cluster and key the named entities of one article."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        data_dir: str | None = None,
        spans_key: str = "entities",
        fuzzy_max_distance: int = 2,
    ) -> None:
        """Args: data_dir: gazetteer folder (default: the packaged extraction/data);
        spans_key: span group written; fuzzy_max_distance: edit distance for misspelt surnames."""
        self.name = name
        self.spans_key = spans_key
        self.fuzzy_max_distance = fuzzy_max_distance
        self.data_dir = data_dir
        self.gazetteer: Gazetteer = load_gazetteer(data_dir)
        # the kind of an unknown place its cue word says ('the village of X'): place_cues.jsonl 'place_kind'
        self.cue_kinds = {
            r["cue"]: r["place_kind"] for r in load_jsonl("place_cues.jsonl", data_dir) if "place_kind" in r
        }

    def initialize(self, get_examples: object = None, *, nlp: Language | None = None) -> None:
        """Load the gazetteers (already done at construction; kept for spaCy's initialize)."""
        self.gazetteer = load_gazetteer(self.data_dir)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate `doc` with entity spans and Entity records."""
        entities, spans = self.match(doc)
        self.set_annotations(doc, entities, spans)
        return doc

    def match(self, doc: Doc) -> tuple[list[Entity], list[Span]]:
        """The entities of the doc and one span per mention (not yet written to the doc)."""
        cands = find_candidates(doc, self.gazetteer)
        clusters = cluster_candidates(doc, cands, self.gazetteer, self.fuzzy_max_distance)
        typed = [(members, _decide(votes)) for members, votes in clusters]
        context = [_context(members) if kind == PLACE else _Context() for members, kind in typed]
        typed = self._small_towns(doc, typed, context)
        paired = paired_places(doc, typed, self.gazetteer)  # 'Gainesville, Va.', 'Tacoma, Washington'
        for index, record in paired.items():
            if index < len(context):
                context[index] = _record_context(record)
        by_key: dict[str, Entity] = {}
        spans: list[Span] = []
        for index, (members, kind) in enumerate(typed):
            if kind is None:
                continue
            others = _Context()
            for other, found in enumerate(context):
                if other != index:
                    others.countries |= found.countries
                    others.region_countries |= found.region_countries
                    others.regions |= found.regions
            entity = self._entity(doc, members, kind, others, paired.get(index))
            if entity is None:
                continue
            existing = by_key.get(entity.key)
            if existing is None:
                by_key[entity.key] = entity
            else:
                existing.mentions += entity.mentions
                existing.aliases = sorted({*existing.aliases, *entity.aliases} - {existing.name})
            for cand in members:
                span = Span(doc, cand.start, cand.end, label=kind)
                span._.entity_key = entity.key
                spans.append(span)
        self._add_nominals(doc, typed, by_key, spans)
        for start, end, key in anaphoric_mentions(doc, spans, self.data_dir):
            span = doc[start:end]
            by_key[key].mentions.append(Mention(text=span.text, start=span.start_char, end=span.end_char))
        self._add_demonyms(doc, by_key, spans)
        self._add_nested_places(doc, by_key, spans)
        entities = sorted(by_key.values(), key=lambda e: min(m.start for m in e.mentions))
        for entity in entities:
            entity.mentions.sort(key=lambda m: m.start)
        return entities, sorted(spans, key=lambda s: (s.start, s.end))

    def _small_towns(
        self, doc: Doc, typed: list[tuple[list[Candidate], str | None]], context: list[_Context]
    ) -> list[tuple[list[Candidate], str | None]]:
        """Clusters typed Person or Organization that are small towns of the article's countries,
        standing like places (town_names.py), retyped Place."""
        countries = {c for found in context for c in found.countries | found.region_countries} - {None}
        taken = {i for members, _ in typed for c in members for i in range(c.start, c.end)}
        countries |= {code for _, _, code in find_demonyms(doc, self.gazetteer, taken)}  # 'Ukrainian troops'
        countries |= {  # the country of a city it names: 'Colchester' for a town in England
            c.places[0].country_code
            for members, kind in typed
            if kind == PLACE
            for c in members
            if c.places and c.places[0].kind == "city"
        }
        if not countries:
            return typed
        place_tokens = {
            i for members, kind in typed if kind == PLACE for c in members for i in range(c.start, c.end)
        }
        return [
            (members, PLACE)
            if kind in (PERSON, ORG) and town_place(doc, members, place_tokens, countries, self.gazetteer)
            else (members, kind)
            for members, kind in typed
        ]

    def _add_nominals(
        self,
        doc: Doc,
        typed: list[tuple[list[Candidate], str | None]],
        by_key: dict[str, Entity],
        spans: list[Span],
    ) -> None:
        """Mentions such as 'the commander' for the one titled person they can only mean."""
        titles: dict[str, set[str]] = {}
        for members, kind in typed:
            found = {c.title for c in members if c.title}
            if kind == PERSON and found:
                key = entity_key(PERSON, _person_name(members))
                titles.setdefault(key, set()).update(found)
        taken = {i for span in spans for i in range(span.start, span.end)}
        for start, end, key in nominal_mentions(doc, titles, self.gazetteer, taken):
            span = Span(doc, start, end, label=PERSON)
            span._.entity_key = key
            spans.append(span)
            by_key[key].mentions.append(Mention(text=span.text, start=span.start_char, end=span.end_char))

    def _add_demonyms(self, doc: Doc, by_key: dict[str, Entity], spans: list[Span]) -> None:
        """'Russian forces', 'the Ukrainian army': a mention of the country when the article names it
        (never a country of its own: 'a French engineer' is not about France), and a span in
        `doc.spans["demonyms"]` for the rules that read them."""
        taken = {i for span in spans for i in range(span.start, span.end)}
        demonyms = []
        for start, end, code in find_demonyms(doc, self.gazetteer, taken):
            span = Span(doc, start, end, label="Demonym")
            country = self.gazetteer.countries.get(code)
            span._.entity_key = country.key if country else None
            demonyms.append(span)
            entity = by_key.get(country.key) if country is not None else None
            if entity is not None:
                entity.mentions.append(Mention(text=span.text, start=span.start_char, end=span.end_char))
        doc.spans["demonyms"] = demonyms

    def _add_nested_places(self, doc: Doc, by_key: dict[str, Entity], spans: list[Span]) -> None:
        """A place named inside an organisation's name ('the Jamaica Cancer Society', 'Nigerian Army')
        is a mention of that place when the article names the place itself. The organisation keeps
        its span and no place is made from a name alone: an organisation's name is no report about
        the place, and a place made from it would be an entity the article does not speak of."""
        forms: dict[str, str] = {}
        for entity in by_key.values():
            if entity.type == PLACE:
                for text in (entity.name, *entity.aliases, *(m.text for m in entity.mentions)):
                    forms.setdefault(_strip_the(text), entity.key)
        for span in spans:
            if span.label_ != ORG:
                continue
            for start, end, key in _nested(doc, span, forms, self.gazetteer):
                text = doc[start:end].text
                first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
                by_key[key].mentions.append(Mention(text=text, start=first, end=last))

    def set_annotations(self, doc: Doc, entities: list[Entity], spans: list[Span]) -> None:
        """Write the span groups and `doc._.entities`."""
        doc.spans[self.spans_key] = spans
        doc._.entities = entities

    def _entity(
        self,
        doc: Doc,
        members: list[Candidate],
        kind: str,
        context: "_Context",
        paired: PlaceRecord | None = None,
    ) -> Entity | None:
        texts = Counter(c.text for c in members)
        place: PlaceInfo | None = None
        if kind == PLACE:
            record = paired or _best_place(members, context)
            if record is None:  # a town under 15,000 people: read only for mentions typed Place
                towns = self.gazetteer.towns(_strip_the(texts.most_common(1)[0][0]), context.countries)
                record = towns[0] if towns else None
            if record is not None:
                name, key, place = record.name, record.key, self.gazetteer.place_info(record)
                if not name.isascii():  # 'Khān Yūnis': English text writes 'Khan Younis'
                    name = _strip_the(texts.most_common(1)[0][0])
            else:
                name = _strip_the(texts.most_common(1)[0][0])
                key = entity_key(PLACE, name)
                cue = next((c.place_kind for c in members if c.place_kind), None)
                place = PlaceInfo(kind=self.cue_kinds.get(cue or "", "other"))  # type: ignore[arg-type]
        elif kind == PERSON:
            name = _person_name(members)
            key = entity_key(PERSON, name)
        else:
            known = next(
                (self.gazetteer.known_orgs[t] for t in texts if t in self.gazetteer.known_orgs), None
            )
            names = texts + Counter(c.qualified for c in members if c.qualified)
            long_forms = [t for t in names if not t.isupper()] or list(names)
            name = known or _strip_the(max(long_forms, key=lambda t: (len(t), names[t], t)))
            key = entity_key(ORG, name)
        mentions = [
            Mention(text=c.text, start=doc[c.start].idx, end=doc[c.end - 1].idx + len(doc[c.end - 1]))
            for c in members
        ]
        aliases = sorted({_strip_the(t) for t in texts} - {name})
        return Entity(key=key, type=kind, name=name, aliases=aliases, mentions=mentions, place=place)


def _nested(doc: Doc, span: Span, forms: dict[str, str], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """(start, end, place key) of the article's places named inside `span`, longest first, left to
    right: a name the article gives a place, or a demonym of a country it names."""
    found: list[tuple[int, int, str]] = []
    places = set(forms.values())
    i = span.start
    while i < span.end:
        for width in (4, 3, 2, 1):
            end = i + width
            if end > span.end or (i == span.start and end == span.end):
                continue
            if not (doc[i].is_title or doc[i].is_upper):
                break
            text = doc[i:end].text
            key = forms.get(text)
            if key is None and (country := gazetteer.demonym_country(text)) is not None:
                key = country.key if country.key in places else None
            if key is not None:
                found.append((i, end, key))
                i = end - 1
                break
        i += 1
    return found


def _person_name(members: list[Candidate]) -> str:
    """The fullest name used for the person (most words, then most often)."""
    texts = Counter(c.text for c in members)
    return max(texts, key=lambda t: (len(t.split()), texts[t], t))


def _strip_the(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def _decide(votes: Counter[str]) -> str | None:
    """The type with most votes (ties: Place, Person, Organization); None without evidence."""
    best = max(_TYPE_ORDER, key=lambda t: (votes[t], -_TYPE_ORDER.index(t)))
    return best if votes[best] > 0 else None


def _best_place(members: list[Candidate], context: _Context) -> PlaceRecord | None:
    """The candidate place: a country first, then one inside a region or country the article's other
    places name ('Parkland' beside 'Florida'), then by kind (big cities first), then one in the country
    of a region the article names ('St. Petersburg' beside 'Florida'), then by population; but a
    city of a million people or more outranks a namesake a tenth its size or less that no region
    the article names holds ('Rome' beside 'the United States' is still Rome, Italy)."""
    records = [r for c in members for r in c.places]
    if not records:
        return None
    if any(c.region for c in members):
        regions = [r for r in records if r.kind == "region"]
        records = regions or records
    best = _first_place(records, context)
    if (named := _named_city(members, records, best, context)) is not None:
        return named  # 'Frankfurt' is Frankfurt am Main, not Frankfort, Kentucky that GeoNames also spells so
    famous = max(records, key=lambda r: (r.population, r.id))
    if (
        best.kind == "city"
        and famous.kind == "city"
        and famous.population >= _WORLD_CITY
        and famous.population >= _FAME_RATIO * best.population
        and (best.country_code, best.admin1_code) not in context.regions
    ):
        return famous  # 'Rome' is Rome, Italy, though the article names only the United States
    return best


def _called(record: PlaceRecord, texts: set[str]) -> bool:
    """Whether the article writes the place's own name, or the name before a qualifier ('Frankfurt'
    of 'Frankfurt am Main'), rather than one of its alternate spellings."""
    return record.name in texts or any(
        record.name.split(q)[0] in texts for q in QUALIFIERS if q in record.name
    )


def _named_city(
    members: list[Candidate], records: list[PlaceRecord], best: PlaceRecord, context: _Context
) -> PlaceRecord | None:
    """A big city called by the name the article writes, when the context picked a town a tenth its
    size or less that has that name only as an alternate spelling and that no region the article
    names holds: a GeoNames alias never hijacks a name a big city bears."""
    texts = {_strip_the(c.text) for c in members}
    if best.kind not in ("city", "village") or _called(best, texts):
        return None
    if (best.country_code, best.admin1_code) in context.regions:
        return None
    called = [
        r
        for r in records
        if r.kind == "city"
        and _called(r, texts)
        and r.population >= BIG_CITY
        and r.population >= _FAME_RATIO * best.population
    ]
    return max(called, key=lambda r: (r.population, r.id)) if called else None


def _first_place(records: list[PlaceRecord], context: _Context) -> PlaceRecord:
    return min(
        records,
        key=lambda r: (
            r.kind != "country",
            (r.country_code, r.admin1_code) not in context.regions,
            r.country_code not in context.countries,
            place_rank(r)[0],
            r.country_code not in context.region_countries,
            place_rank(r),
        ),
    )


def _record_context(record: PlaceRecord) -> _Context:
    """What a place fixed by its pair tells about the others: its country, or its region."""
    found = _Context()
    if record.kind == "country":
        found.countries.add(record.country_code)
    elif record.kind == "region":
        found.region_countries.add(record.country_code)
        found.regions.add((record.country_code, record.admin1_code))
    return found


def _context(members: list[Candidate]) -> _Context:
    """What a Place cluster tells about the others: the country it names, or the region (and its
    country) when its best reading is a country or a first-level region."""
    found = _Context()
    for cand in members:
        if not cand.places:
            continue
        best = cand.places[0]
        if best.kind == "country":
            found.countries.add(best.country_code)
        elif best.kind == "region" and all(r.kind != "city" or r.population < 100_000 for r in cand.places):
            found.region_countries.add(best.country_code)
            if best.admin1_code:
                found.regions.add((best.country_code, best.admin1_code))
    return found
