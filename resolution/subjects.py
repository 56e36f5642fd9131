"""What one article says about identity, read from its GraphDoc alone (pure, no index).

Each extracted entity becomes a `Subject`: its *base key* (the key it would get if the graph knew
nothing else: a gazetteer id, else type + folded name), its *rank* (how sure the article is of its
type), the alias keys it *binds* (its spellings, an acronym it defines, its surname, near-spellings of
its surname) and the alias keys it *looks up* (the same, plus an acronym or surname used alone).

Alias keys are strings in small namespaces, so one index holds them all:

- `f|<Type>|<fold>`: a spelling of a name of that type (every name and alias the article uses);
- `t|<fold>`: the same spelling whatever the type, to settle type conflicts by rank;
- `a|<ACRONYM>`: an acronym defined in an article ('Institute for the Study of War (ISW)');
- `s|<surname fold>`: the surname of a person named in full;
- `d|<given name>|<surname or one letter less>`: near-spellings of a full name (Syrksky), the given name
  in one form for its romanisations (`names.given_name`: Aleksandr and Oleksandr);
- `d|org|<first word>|<the rest or one letter less>`: near-spellings of an organisation's name ('Ford
  Motors' of 'Ford Motor Company');
- `k|<key>`: an analyst's redirect of a whole node (merge decisions);
- `v|<words>|<article id>`: one article's vote on the type of a name (its type and how many mentions
  it gave the name), read by prefix to settle a conflict between two types of equal rank.
"""

from dataclasses import dataclass, field

from chronicle.extraction.ids import slug
from chronicle.extraction.models import Entity, GraphDoc
from chronicle.extraction.rules.gazetteer import load_gazetteer
from chronicle.resolution.names import (
    acronym_of,
    deletions,
    fold,
    fold_words,
    given_name,
    is_acronym,
    name_words,
    spells_out,
)

__all__ = [
    "FUZZY_MIN",
    "Subject",
    "base_key",
    "is_town",
    "is_town_key",
    "is_vote_prefix",
    "rank_of",
    "subject_of",
    "subjects",
    "vote_prefix",
]

FUZZY_MIN = 5  # a surname shorter than this is never matched by a near-spelling
_STRONG_KINDS = {"country", "region"}
_EXTRACTOR_PREFIXES = ("person:", "organization:", "place:")
_BIG_CITY = 100_000  # a town smaller than this yields to a person of that surname ('Obama')


@dataclass
class Subject:
    """One extracted entity as the resolver sees it."""

    old_key: str
    type: str
    name: str
    base_key: str
    rank: int
    binds: list[str] = field(default_factory=list)
    looks_up: list[str] = field(default_factory=list)
    acronym_lookup: str | None = None  # 'a|ISW' for an acronym used alone
    surname_lookup: str | None = None  # 's|sirski' for a surname used alone
    near_lookups: list[str] = field(default_factory=list)  # 'd|...' keys of a full name
    type_lookup: str | None = None  # 't|fold' to find the same name under another type
    # nodes named by a surname, acronym or part alone: (alias key, the shared key that must not
    # name someone else) -- 'Syrskyi' seen before 'Oleksandr Syrskyi'
    absorbs: list[tuple[str, str | None]] = field(default_factory=list)
    part_lookup: str | None = None  # 'p|general staff' for a short name used alone
    name_fold: str = ""  # the folded canonical name ('oleksandr sirski')
    votes: int = 1  # mentions the article gives the name: its evidence for the type
    vote_key: str | None = None  # 'v|jordan|<article id>': this article's vote on the name's type
    article: str = ""  # the id of the article it comes from

    @property
    def words(self) -> int:
        """Words in the canonical name (full names outrank single words)."""
        return len(self.name.split())

    @property
    def lone_surname(self) -> str | None:
        """The surname a one-word name may be ('sirski' for 'Syrskyi' alone), folded as a person's
        name is; None for any other name."""
        return self.surname_lookup.removeprefix("s|") if self.surname_lookup else None


def rank_of(entity: Entity) -> int:
    """How sure the article is of the entity's type: 3 a gazetteer country or region or a person
    named in full, 2 a multi-word organisation or a city of 100,000, 1 a smaller town or a one-word
    name, 0 a place the gazetteer does not know."""
    words = len(entity.name.split())
    if entity.type == "Place":
        place = entity.place
        if place is None or (place.geonames_id is None and not entity.key.startswith("place:iso:")):
            return 0
        if place.kind in _STRONG_KINDS:
            return 3
        record = load_gazetteer().by_id.get(f"geonames:{place.geonames_id}")
        return 2 if record is not None and record.population >= _BIG_CITY else 1
    if entity.type == "Person":
        return 3 if words >= 2 else 1
    return 2 if words >= 2 else 1


def base_key(entity: Entity) -> str:
    """The key without any index: a gazetteer place keeps its id key, others type + folded name.
    A key the extractor did not make (another producer's, a test fixture's) is kept as it is."""
    if entity.type == "Place" and entity.key.startswith(("place:geonames:", "place:iso:")):
        return entity.key
    if not entity.key.startswith(_EXTRACTOR_PREFIXES):
        return entity.key
    folded = fold(entity.name, entity.type)
    return f"{entity.type.lower()}:{slug(folded) if folded else slug(entity.name)}"


def _forms(entity: Entity) -> list[str]:
    """The name and every alias written in the article (never a pronoun or 'the company': those are
    mentions, not names)."""
    seen = dict.fromkeys([entity.name, *entity.aliases])
    return [f for f in seen if f and f.strip()]


def is_town_key(key: str, rank: int) -> bool:
    """The key and rank of a gazetteer city or village (not a country or region): a geonames place of
    rank 2 or less."""
    return key.startswith("place:geonames:") and rank <= 2


def is_town(subject: "Subject") -> bool:
    """A gazetteer city or village (not a country or region): its name may be a company's too
    ('Toyota'), so its type against an organisation's is settled by evidence, not rank."""
    return subject.type == "Place" and is_town_key(subject.base_key, subject.rank)


def is_vote_prefix(key: str) -> bool:
    """'v|jordan|': a lookup of every vote on a name, read by prefix."""
    return key.startswith("v|") and key.endswith("|")


def vote_prefix(vote_key: str) -> str:
    """'v|jordan|' for 'v|jordan|<article id>': every article's vote on that name."""
    return "|".join(vote_key.split("|", 2)[:2]) + "|"


def subject_of(entity: Entity, outlets: set[str], article_id: str = "") -> Subject:
    """One entity of an article as the resolver sees it; `outlets` are folded outlet names."""
    kind = entity.type
    if kind == "Place" and fold(entity.name, "Organization") in outlets:
        kind = "Organization"  # an outlet is never a place ('Eastern Europe Desk')
        entity = entity.model_copy(update={"type": kind, "place": None})
    subject = Subject(
        old_key=entity.key,
        type=kind,
        name=entity.name,
        base_key=base_key(entity),
        rank=rank_of(entity),
        article=article_id,
    )
    name_fold = fold(entity.name, kind)
    subject.name_fold = name_fold
    plain = " ".join(name_words(entity.name))
    gazetteer_place = kind == "Place" and subject.base_key.startswith(("place:geonames:", "place:iso:"))
    if plain and not is_acronym(entity.name):
        subject.type_lookup = f"t|{plain}"  # the same words under any type
        if article_id and (not gazetteer_place or is_town(subject)):  # a town votes against a company
            subject.votes = len(entity.mentions) or 1
            subject.vote_key = f"v|{plain}|{article_id}"
    if gazetteer_place:  # a gazetteer place is its id: spellings never move it, but name it
        spellings = sorted({fold(f, kind) for f in _forms(entity)} - {""})
        subject.binds += [f"g|{f}" for f in spellings]
        subject.absorbs += [(f"f|Place|{f}", f"g|{f}") for f in spellings]
    else:
        _spellings(subject, entity, kind, name_fold)
        if kind == "Place":
            subject.part_lookup = f"g|{name_fold}"  # 'Kiev' the gazetteer missed is its 'Kyiv'
    if kind == "Person":
        _person(subject, entity)
    elif kind == "Organization" and not gazetteer_place:
        _organisation_near(subject, name_fold)
    one_word = len(name_fold.split()) == 1 and not is_acronym(entity.name)
    if one_word and subject.rank <= 1 and kind in ("Organization", "Place"):
        # a surname the model typed otherwise ('Jobs'), folded as a person's name is: 'Tessaro' the
        # organisation looks up 's|tesaro', the surname 'Ivo Tessaro' binds
        subject.surname_lookup = f"s|{fold(entity.name, 'Person')}"
    subject.binds = sorted(set(subject.binds))
    subject.looks_up = sorted(
        {
            *subject.binds,
            *subject.near_lookups,
            *(k for pair in subject.absorbs for k in pair if k),
            *(
                k
                for k in (
                    subject.acronym_lookup,
                    subject.surname_lookup,
                    subject.type_lookup,
                    subject.part_lookup,
                )
                if k
            ),
            f"k|{subject.base_key}",
            f"f|{kind}|{name_fold}",
            *((vote_prefix(subject.vote_key),) if subject.vote_key else ()),
        }
    )
    return subject


def _spellings(subject: Subject, entity: Entity, kind: str, name_fold: str) -> None:
    """Bind the name and its aliases: full spellings as 'f|', a shorter part of an organisation's
    name ('General Staff' of 'Ukrainian General Staff') as a shared 'p|', a defined acronym as 'a|'."""
    forms = _forms(entity)
    acronyms = {f.replace(".", "") for f in forms if is_acronym(f)}
    defined = acronym_of(entity.name)
    words = set(name_fold.split())
    for form in forms:
        if is_acronym(form) and kind != "Person":
            continue  # acronyms are bound below, only when the name spells them out
        folded = fold(form, kind)
        if not folded or (kind == "Person" and len(folded.split()) < 2 and folded != name_fold):
            continue  # a surname alone is bound through 's|', never as a full spelling
        if kind == "Organization" and folded != name_fold and set(folded.split()) < words:
            subject.binds.append(f"p|{folded}")
            subject.absorbs.append((f"f|Organization|{folded}", f"p|{folded}"))
            continue
        subject.binds.append(f"f|{kind}|{folded}")
    if kind == "Organization":
        subject.part_lookup = f"p|{name_fold}"
    if kind == "Organization":  # an acronym the article writes beside the name it spells out
        for acronym in sorted(a for a in acronyms if a == defined or spells_out(a, entity.name)):
            subject.binds.append(f"a|{acronym}")
            subject.absorbs.append((f"f|Organization|{acronym.lower()}", None))  # 'ISW' seen alone before
    if kind != "Person" and is_acronym(entity.name) and len(entity.name.split()) == 1:
        subject.acronym_lookup = f"a|{entity.name.replace('.', '')}"
        subject.binds.append(f"f|{kind}|{name_fold}")


def _organisation_near(subject: Subject, name_fold: str) -> None:
    """An organisation of two words or more binds near-spellings of its name after the first word
    ('d|org|ford|motor' for 'Ford Motors' and 'Ford Motor'): the first word as written, the rest
    one letter away at most, and at least FUZZY_MIN letters long."""
    first, _, rest = name_fold.partition(" ")
    if not rest or len(rest) < FUZZY_MIN:
        return
    subject.near_lookups = sorted(f"d|org|{first}|{w}" for w in {rest, *deletions(rest)})
    subject.binds += subject.near_lookups


def _person(subject: Subject, entity: Entity) -> None:
    """A person named in full binds its surname ('s|') and its near-spellings ('d|'); a surname
    alone looks the surname up."""
    words = fold_words(entity.name, "Person")
    if len(words) >= 2:
        subject.binds.append(f"s|{words[-1]}")
        subject.absorbs += [
            (f"f|Person|{words[-1]}", f"s|{words[-1]}"),
            (f"t|{name_words(entity.name)[-1]}", f"s|{words[-1]}"),
        ]
        if len(words[-1]) >= FUZZY_MIN:
            near = {words[-1], *deletions(words[-1])}
            first = given_name(words[0])  # 'Aleksandr' and 'Oleksandr' are one given name
            subject.near_lookups = sorted(f"d|{first}|{w}" for w in near)
            subject.binds += subject.near_lookups
    elif words:
        subject.surname_lookup = f"s|{words[0]}"


def subjects(doc: GraphDoc, outlets: set[str]) -> list[Subject]:
    """The subjects of one article, in entity order; `outlets` are the folded names of the graph's
    outlets (the article's own is added): a place named like one is that organisation."""
    names = set(outlets)
    if doc.article.source:
        names.add(fold(doc.article.source, "Organization"))
    return [subject_of(entity, names, doc.article.id) for entity in doc.entities]
