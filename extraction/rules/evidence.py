"""Evidence a name mention carries about its type, read from the words around it.

Person: a title before the name ('Defence Minister'), a known given name first, 'Name, 34,',
'the Name administration'.
Organisation: a known name, a cue word inside it ('Ministry'), a kind-of-organisation noun before it
('airline Ryanair', 'airline, Ryanair') or in an apposition after it ('X, a think-tank'), a title
after it ('Ryanair CEO Jane Doe'). Place: the gazetteer, place nouns around it ('village of X',
'X region', 'Donetsk and Kharkiv regions', 'X-based'); a name the model called a place that no
gazetteer holds and that speaks ('X reported') is an organisation. The model's own label is one vote.
"""

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from chronicle.extraction.rules.gazetteer import Gazetteer, PlaceRecord
from chronicle.extraction.rules.lexicon import speech_lemmas

__all__ = ["MODEL_VOTES", "ORG", "PERSON", "PLACE", "Candidate", "add_evidence", "title_before"]

PERSON, ORG, PLACE = "Person", "Organization", "Place"
MODEL_VOTES = {"PERSON": PERSON, "ORG": ORG, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE}
_CONNECTORS = {",", "and", "or"}
_DASHES = {",", "–", "—", "-", "("}
_ARTICLES = {"a", "an", "the"}
_ACRONYM_MAX = 6


@dataclass
class Candidate:
    """A name mention (token span) and the votes it has gathered for each entity type."""

    start: int
    end: int
    text: str
    votes: Counter[str] = field(default_factory=Counter)
    places: list[PlaceRecord] = field(default_factory=list)
    title: str | None = None
    region: bool = False
    place_kind: str | None = None
    acronym_for: str | None = None
    label: str | None = None
    product: bool = False
    # a name every country has ('General Staff') with the country written next to it, as the article
    # writes it ("Russia's General Staff"): the organisation's name and grouping key, not a mention
    qualified: str | None = None

    @property
    def tokens(self) -> int:
        """Number of whitespace-separated words in the name."""
        return len(self.text.split())


def title_before(doc: Doc, start: int, gazetteer: Gazetteer) -> tuple[str | None, int]:
    """The longest title ending right before `start` ('Defense Minister', 'producer')."""
    for width in (5, 4, 3, 2, 1):
        if start - width < 0:
            continue
        text = doc[start - width : start].text
        kind = gazetteer.titles.get(text) or gazetteer.titles.get(text.lower())
        if kind in ("formal", "role") and (kind == "formal" or text.islower()):
            return text, start - width
    return None, start


def _region_after(doc: Doc, end: int, gazetteer: Gazetteer) -> tuple[bool, int]:
    """('Donetsk region' -> True, end past 'region'); coordinated plurals mark every conjunct."""
    if end < len(doc) and doc[end].lower_ in gazetteer.place_cues.get("region_word", ()):
        return True, end + 1
    j = end
    while j < len(doc) and j - end < 8 and (doc[j].text in _CONNECTORS or doc[j].is_title):
        j += 1
    return j < len(doc) and doc[j].lower_ in gazetteer.place_cues.get("region_words", ()), end


def add_evidence(doc: Doc, cand: Candidate, label: str | None, gazetteer: Gazetteer) -> None:
    """Add the votes of every rule to `cand.votes` (and note its title, region, place cue)."""
    product = _is_product(doc, cand, gazetteer)
    cand.product = product is not None
    if label in MODEL_VOTES and not cand.product:
        cand.votes[MODEL_VOTES[label]] += 1
    _person_evidence(doc, cand, gazetteer)
    _org_evidence(doc, cand, label, gazetteer)
    _place_evidence(doc, cand, gazetteer, label)
    if _unknown_place_that_speaks(doc, cand, label, gazetteer):
        cand.votes[ORG] += 2  # 'Baltic Sea Monitor reported': a place no gazetteer holds does not speak
    if product == "named":
        cand.votes.clear()  # 'web browser Safari': the noun before it says what it is


def _unknown_place_that_speaks(doc: Doc, cand: Candidate, label: str | None, gazetteer: Gazetteer) -> bool:
    """The model called it a place, nothing else did (no gazetteer entry, no place word), it is the
    subject of a verb of speech ('X said', 'X reported'), and no word of it is a given name."""
    if MODEL_VOTES.get(label or "") != PLACE or cand.places or cand.votes[PLACE] > 1:
        return False
    if cand.votes[PERSON] or any(w in gazetteer.given_names for w in cand.text.split()):
        return False
    root = doc[cand.start : cand.end].root
    return root.dep_ == "nsubj" and root.head.lemma_ in speech_lemmas()


def _is_product(doc: Doc, cand: Candidate, gazetteer: Gazetteer) -> str | None:
    """A product, not an entity: 'modifier' when a product noun follows ('Patriot missiles',
    'Trent 900 engines': the maker's name may stand there too), 'named' when a noun before or an
    apposition says so ('web browser Safari', 'Tiger, the newest version of ...')."""
    cues = gazetteer.place_cues
    end = cand.end
    while end < len(doc) and end - cand.end < 2 and doc[end].like_num:
        end += 1
    before = doc[cand.start - 1] if cand.start else None
    known = cand.text in gazetteer.known_orgs
    if before is not None and before.lower_ in cues.get("product_before", ()) and not known:
        return "named" if before.pos_ == "NOUN" else None
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in _ARTICLES:
        for token in doc[end + 2 : end + 5]:
            if token.lower_ in cues.get("product_appos", ()):
                return "named"
            if token.pos_ not in ("ADJ", "NOUN"):
                break
    if end < len(doc) and doc[end].lower_ in cues.get("not_entity_head", ()):
        return "modifier"
    return None


def _person_evidence(doc: Doc, cand: Candidate, gazetteer: Gazetteer) -> None:
    start, end = cand.start, cand.end
    title, _ = title_before(doc, start, gazetteer)
    if title or cand.title:
        cand.title = cand.title or title
        cand.votes[PERSON] += 3
    words = cand.text.split()
    if 2 <= len(words) <= 4 and words[0] in gazetteer.given_names and words[1][:1].isupper():
        cues = gazetteer.org_cues.get("head", set()) | gazetteer.place_cues.get("head", set())
        if not any(w in cues for w in words):
            cand.votes[PERSON] += 2  # "Oleksandr Syrskyi", whatever the model said
    after = doc[end].lower_ if end < len(doc) else ""
    if after and gazetteer.titles.get(after) == "after" and cand.tokens == 1:
        cand.votes[PERSON] += 2  # "the Trump administration"
    age = end + 2 < len(doc) and doc[end + 1].text.isdigit()
    if age and doc[end].text == "," and doc[end + 2].text == ",":
        cand.votes[PERSON] += 2  # "Name, 34, said"
    if cand.tokens == 1 and start and doc[start - 1].lower_ == "the" and doc[start].tag_ == "NNPS":
        cand.votes[ORG] += 2  # 'the Beatles': a plural name is a group


def _org_noun_before(doc: Doc, cand: Candidate, gazetteer: Gazetteer) -> bool:
    """A noun naming a kind of organisation right before the name, perhaps with a comma between:
    "European airframer Airbus", "airline, Ryanair"."""
    start = cand.start
    before = start - 1 if start and doc[start - 1].text != "," else start - 2
    nouns = gazetteer.org_cues.get("noun", set())
    return before >= 0 and doc[before].lower_ in nouns and doc[before].pos_ == "NOUN"


def _org_evidence(doc: Doc, cand: Candidate, label: str | None, gazetteer: Gazetteer) -> None:
    words, cues = cand.text.split(), gazetteer.org_cues
    if gazetteer.known_orgs.get(cand.text):
        cand.votes[ORG] += 4
    elif any(w in cues.get("head", ()) for w in words):
        cand.votes[ORG] += 3
    elif any(w in cues.get("weak_head", ()) for w in words[1:]) or (
        label and len(words) == 1 and cand.text.isupper() and 2 <= len(cand.text) <= _ACRONYM_MAX
    ):
        cand.votes[ORG] += 1
    nouns = cues.get("noun", set())
    start, end = cand.start, cand.end
    if _org_noun_before(doc, cand, gazetteer):
        cand.votes[ORG] += 2  # "European airframer Airbus", "airline, Ryanair"
    if end + 2 < len(doc) and doc[end].text in _DASHES and doc[end + 1].lower_ in _ARTICLES:
        for token in doc[end + 2 : end + 7]:
            if token.lower_ in nouns or token.text.lower() in nouns:
                cand.votes[ORG] += 2  # "DeepState, a Ukrainian open-source analyst group"
                break
            if token.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT", "ADV"):
                break
    titles = gazetteer.titles
    if end + 1 < len(doc) and titles.get(doc[end].text) == "formal" and doc[end + 1].text[:1].isupper():
        cand.votes[ORG] += 2  # "Ryanair CEO Michael O'Leary"
    owned = cues.get("owned", set())
    possessive = end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s")
    if possessive and (doc[end + 1].lower_ in owned or doc[end + 1 : end + 3].text.lower() in owned):
        cand.votes[ORG] += 2  # "Nvidia's chief executive", "the company's shares"
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in owned:
        cand.votes[ORG] += 2  # "shares of Nvidia"


_DATELINE_DASHES = {"—", "–", "-", "--"}


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """A name in capitals opening a line and followed by a dash or by the agency in brackets,
    perhaps after a state: 'WASHINGTON —', 'SAN DIEGO (AP) —', 'ALBUQUERQUE, N.M. (AP) —',
    'BEIRUT (AP) A militia ...'."""
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        return False
    window = doc[end : end + 8]
    for i, token in enumerate(window):
        if token.text in _DATELINE_DASHES:
            return True
        if (
            token.text == "("
            and i + 2 < len(window)
            and window[i + 1].text.isupper()
            and window[i + 2].text == ")"
        ):
            return True  # the agency in brackets ends the dateline
        if not (token.text in {",", "(", ")", "."} or token.text.isupper() or token.text.endswith(".")):
            return False
    return False


def _region_abbreviation(doc: Doc, cand: Candidate, gazetteer: Gazetteer) -> PlaceRecord | None:
    """A region's abbreviation right after a name and a comma or bracket ('Slidell, La.'), where it
    stands for the region; elsewhere 'Mass.' or 'Ill.' may be a word ending a sentence."""
    record = gazetteer.abbreviations.get(cand.text)
    if record is None or cand.start < 2 or doc[cand.start - 1].text not in (",", "("):
        return None
    name = doc[cand.start - 2]
    return record if name.is_title or name.is_upper else None


def _place_evidence(doc: Doc, cand: Candidate, gazetteer: Gazetteer, label: str | None = None) -> None:
    start, end, cues = cand.start, cand.end, gazetteer.place_cues
    region, _ = _region_after(doc, end, gazetteer)
    lookup = f"{cand.text} region" if region and not cand.region else cand.text
    cand.region = cand.region or region
    spellings = cand.text not in gazetteer.given_names  # 'Taras' is a name, not a spelling of Taraz
    cand.places = gazetteer.lookup(lookup, spellings=spellings) or gazetteer.lookup(
        cand.text, spellings=spellings
    )
    if not cand.places and cand.text.isupper() and _dateline(doc, start, end):
        cand.places = gazetteer.lookup(cand.text.title(), spellings=False)  # 'SAN DIEGO (AP) —'
        if cand.places:
            cand.votes[PLACE] += 3
    elif not cand.places and cand.text.isupper() and MODEL_VOTES.get(label or "") == PLACE:
        cand.places = gazetteer.lookup(cand.text.title(), spellings=False)  # 'NEW YORK', 'NAIROBI'
        cand.places = [r for r in cand.places if r.kind in ("country", "region") or r.population >= 100_000]
    if not cand.places and (abbreviated := _region_abbreviation(doc, cand, gazetteer)) is not None:
        cand.places = [abbreviated]  # 'Gainesville, Va.', 'Walker County (Ga.)'
    if cand.places:
        best = cand.places[0]
        strong = best.kind in ("country", "region") or best.population >= 100_000
        if best.kind not in ("country", "region") and _org_noun_before(doc, cand, gazetteer):
            cand.votes[PLACE] += (
                1  # 'Japanese automaker Toyota': the noun says what the town's name names here
            )
        else:
            cand.votes[PLACE] += 3 if strong else 2
    if cand.tokens > 1 and cand.text.split()[-1] in cues.get("head", ()):
        cand.votes[PLACE] += 3  # "Suvarnabhumi Airport", "Ural Mountains"
    after = doc[end].lower_ if end < len(doc) else ""
    before = doc[start - 1].lower_ if start else ""
    before2 = doc[start - 2].lower_ if start > 1 else ""
    if before in cues.get("before", ()) or (before in ("of", ",") and before2 in cues["before"]):
        cand.votes[PLACE] += 3
        cand.place_kind = before if before in cues["before"] else before2
    elif cand.region or after in cues.get("after", ()):
        cand.votes[PLACE] += 3
    elif after == "-" and end + 1 < len(doc) and doc[end + 1].lower_ == "based":
        cand.votes[PLACE] += 2
