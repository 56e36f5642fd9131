"""Find name mentions in a Doc and the evidence each one carries about its type.

Sources: the model's entities (its label is one weak vote), runs of capitalised proper nouns the
model missed, and lower-case organisation phrases ("the defense ministry"). Evidence: titles before a
name (person), organisation cue words (organisation), gazetteer hits and place cue words (place).
One pass over the tokens; everything else is dict lookups.
"""

from itertools import pairwise

import numpy as np
from spacy.attrs import IS_TITLE
from spacy.tokens import Doc, Span, Token

from chronicle.extraction.rules.docindex import TokenFilter
from chronicle.extraction.rules.evidence import ORG, PERSON, PLACE, Candidate, add_evidence
from chronicle.extraction.rules.gazetteer import Gazetteer

__all__ = ["ORG", "PERSON", "PLACE", "Candidate", "find_candidates", "find_demonyms"]

_CANDIDATE_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}
_SINGLE_ONLY = {"PRODUCT", "WORK_OF_ART", "EVENT"}  # names inside titles of works are not mentions
_STRIP_FIRST = {"the", "a", "an", "'", '"', "‘", "“", "-", "–", "—", "(", "["}
_STRIP_LAST = {"'s", "’s", "'", "’", '"', "”", ".", ",", ":", ";", "-", "–", "—", ")", "]"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_CONNECTORS_IN_NAMES = {"of", "for", "on"}
_DASHES = {"-", "–", "—"}
_ELIDED = {"O", "D"}  # "O' Leary": an elided particle split off the surname


def _is_name_token(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _clean(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int, str | None]:
    """Trim articles, quotes, possessives and leading titles; return the title if one was cut."""
    title = None
    while start < end and doc[start].lower_ in _STRIP_FIRST:
        start += 1
    while end > start and doc[end - 1].text in _STRIP_LAST:
        end -= 1
    if gazetteer.titles.get(doc[start:end].text):
        return start, start, None  # a bare title: 'Chief Operating Officer'
    heads = gazetteer.org_cues.get("head", set())
    if any(t.text in heads for t in doc[start:end]):
        return start, end, None
    for width in (4, 3, 2, 1):
        if end - start > width:
            text = doc[start : start + width].text
            if gazetteer.titles.get(text) == "formal":
                title, start = text, start + width
                break
    return start, end, title


def _is_junk(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Numbers, product codes (A380), lower-case brands (iPod), bare titles, events, stop names."""
    first, text = doc[start].text, doc[start:end].text
    if not _is_name_token(first) or any(c.isdigit() for c in text):
        return True
    if end - start == 1 and len(first) < 2:
        return True
    if text in gazetteer.non_entities or doc[end - 1].text in gazetteer.org_cues.get("event_head", ()):
        return True
    if end - start == 1 and first in gazetteer.org_cues.get("head", ()):
        return True  # a bare 'Army' or 'Police' names no organisation in particular
    titles = gazetteer.titles
    words = [t for t in doc[start:end] if t.is_alpha]
    if words and all(titles.get(t.text) or titles.get(t.lower_) for t in words):
        return True
    for width in range(end - start, min(end - start + 4, len(doc) - start) + 1):
        if titles.get(doc[start : start + width].text) == "formal":
            return True  # 'Defence' of 'Defence Minister Jane Doe'
    after = end
    while after < len(doc) and after - end < 2 and doc[after].like_num:
        after += 1
    if after < len(doc) and doc[after].lower_ in gazetteer.place_cues.get("index_head", ()):
        return not gazetteer.lookup(text)  # 'the Russell 2000 index' (but 'the UK index' is the UK's)
    return False


def _extend_org(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """'Federal Service' + 'for the Financial Markets': an organisation head followed by 'of' or
    'for' (and 'the') and capitalised words names one organisation; returns the new end."""
    if doc[end - 1].text not in gazetteer.org_cues.get("head", ()) or end + 1 >= len(doc):
        return end
    if doc[end].lower_ not in ("of", "for"):
        return end
    j = end + 1
    if doc[j].lower_ == "the":
        j += 1
    k = j
    while k < len(doc) and doc[k].pos_ == "PROPN" and _is_name_token(doc[k].text):
        k += 1
    return k if k > j else end


def _make(doc: Doc, start: int, end: int, label: str | None, gazetteer: Gazetteer) -> Candidate | None:
    start, end, title = _clean(doc, start, end, gazetteer)
    while end > start and (doc[end - 1].like_num or doc[end - 1].text == "Flight"):
        end -= 1  # 'Adam Air Flight 574' names the airline
    if start >= end or _is_junk(doc, start, end, gazetteer):
        return None
    region = False
    if (
        end < len(doc)
        and doc[end].lower_ in gazetteer.place_cues.get("region_word", ())
        and label != "PERSON"
    ):
        region, end = True, end + 1
    cand = Candidate(start, end, doc[start:end].text, title=title, region=region, label=label)
    add_evidence(doc, cand, label, gazetteer)
    return cand


def _split_on(span: Span, separators: set[str]) -> list[tuple[int, int]]:
    parts, begin = [], span.start
    for token in span:
        if token.text in separators:
            parts.append((begin, token.i))
            begin = token.i + 1
    parts.append((begin, span.end))
    return [(s, e) for s, e in parts if e > s]


def _split_lists(span: Span, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """'Str/Agence France-Presse/Getty Images' (photo credits) -> its parts; 'Kharkiv, Odesa and
    Dnipro' -> its parts when every part is a known place or organisation."""
    doc = span.doc
    parts = _split_on(span, {"/"})
    dashes = {t.text for t in span if t.text in _DASHES and t.whitespace_ and t.nbor(-1).whitespace_}
    if len(parts) == 1 and dashes:  # 'San Jose - Cisco' (but 'Wal - Mart' is one name)
        halves = _split_on(span, dashes)
        if any(gazetteer.lookup(doc[s:e].text) for s, e in halves):
            return halves
    if len(parts) > 1 or not any(t.text == "," for t in span):
        return parts
    listed = _split_on(span, {",", "and", "&"})
    known = all(gazetteer.lookup(doc[s:e].text) or doc[s:e].text in gazetteer.known_orgs for s, e in listed)
    return listed if known else parts


def find_demonyms(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, country code) for demonyms ('Russian', 'North Korean') outside entity names."""
    found = []
    # only title-case tokens can start a demonym: found on the Doc's array, not one Token per word
    for i in np.flatnonzero(doc.to_array(IS_TITLE)).tolist() if len(doc) else ():
        if i in taken:
            continue
        token = doc[i]
        for width in (2, 1):
            text = doc[token.i : token.i + width].text
            code = gazetteer.demonyms.get(text)
            if code and not (taken & set(range(token.i, token.i + width))):
                if width == 1 and _qualified(token, gazetteer):
                    break  # 'Central American', 'Latin American': not the United States
                found.append((token.i, token.i + width, code))
                break
    return [f for i, f in enumerate(found) if i == 0 or f[0] >= found[i - 1][1]]


def _qualified(token: Token, gazetteer: Gazetteer) -> bool:
    """A capitalised word other than a demonym right before it, inside the sentence, makes a
    longer adjective that names no country ('Central American', 'Native American')."""
    if token.i == 0 or token.is_sent_start:
        return False
    before = token.nbor(-1)
    return (
        before.is_title
        and before.is_alpha
        and not before.is_sent_start
        and before.text not in gazetteer.demonyms
    )


def _joins(token: Token) -> bool:
    """A hyphen inside a name ('Agence France-Presse') does not end the name."""
    return token.text == "-" and not token.whitespace_ and token.i + 1 < len(token.doc)


def _proper_noun_runs(doc: Doc, covered: set[int], gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Runs of capitalised proper nouns the model left untagged; 'of'/'for' join them only when
    the run names an organisation ('Centre for Eastern Studies')."""
    runs: list[tuple[int, int]] = []
    start = None
    n = len(doc)
    for token in doc:
        i = token.i
        inside = i not in covered and token.pos_ == "PROPN" and _is_name_token(token.text)
        if inside:
            if start is None:
                start = i
            continue
        if start is None or _joins(token):
            continue
        if token.lower_ in _CONNECTORS_IN_NAMES and i + 1 < n and i + 1 not in covered:
            nxt = doc[i + 1]
            if nxt.pos_ == "PROPN" and _is_name_token(nxt.text):
                continue
        runs.append((start, i))
        start = None
    if start is not None:
        runs.append((start, n))
    heads = gazetteer.org_cues.get("head", set())
    split: list[tuple[int, int]] = []
    for start, end in runs:
        joints = [t.i for t in doc[start:end] if t.lower_ in _CONNECTORS_IN_NAMES]
        if not joints or any(t.text in heads for t in doc[start:end]):
            split.append((start, end))
            continue
        bounds = [start - 1, *joints, end]
        split += [(a + 1, b) for a, b in pairwise(bounds) if b > a + 1]
    return split


def find_candidates(doc: Doc, gazetteer: Gazetteer) -> list[Candidate]:
    """Every name mention in the doc with its evidence (unfiltered: typing happens later)."""
    found: list[Candidate] = []
    covered: set[int] = set()
    for ent in doc.ents:
        covered.update(range(ent.start, ent.end))
        if ent.label_ not in _CANDIDATE_LABELS or gazetteer.demonyms.get(ent.text):
            continue
        if ent.label_ in _SINGLE_ONLY and len(ent) > 1:
            continue
        parts = _split_lists(ent, gazetteer)
        if ent.label_ == "ORG" and len(parts) == 1:
            end = _extend_org(doc, ent.start, ent.end, gazetteer)
            covered.update(range(ent.end, end))
            parts = [(parts[0][0], end)]
        for start, end in parts:
            cand = _make(doc, start, end, ent.label_, gazetteer)
            if cand is not None and not (len(parts) > 1 and len(cand.text) <= 3 and cand.text.istitle()):
                found.append(cand)
    for start, end in _proper_noun_runs(doc, covered, gazetteer):
        cand = _make(doc, start, end, None, gazetteer)
        if cand is not None and not gazetteer.demonyms.get(cand.text):
            found.append(cand)
    taken = {i for cand in found for i in range(cand.start, cand.end)}
    found += _lowercase_orgs(doc, gazetteer, covered, taken)
    found.sort(key=lambda c: c.start)
    joined = _join_split_names(doc, found, gazetteer)
    _qualify_by_country(doc, joined, gazetteer)
    return joined


def _generic_words(gazetteer: Gazetteer) -> set[str]:
    """The words of names every country has one of ('General Staff', 'Defence Ministry', 'Air Force'):
    organisation heads and their common modifiers, lower case."""
    cues = gazetteer.org_cues
    words = {w.lower() for w in (*cues.get("head", ()), *cues.get("lower_head", ()))}
    return words | cues.get("lower_modifier", set()) | cues.get("generic_modifier", set())


def _generic_org(cand: Candidate, words: set[str]) -> bool:
    return cand.label in ("ORG", None) and all(w.lower() in words for w in cand.text.split())


def _is_country(cand: Candidate, gazetteer: Gazetteer) -> bool:
    return any(r.kind == "country" for r in gazetteer.lookup(cand.text, spellings=False))


def _qualify_by_country(doc: Doc, found: list[Candidate], gazetteer: Gazetteer) -> None:
    """A generic organisation name takes the country written right next to it: 'Russian General
    Staff', "Russia's General Staff", 'General Staff of Russia' (the model often tags only the
    country), or two countries' General Staffs become one organisation."""
    words = _generic_words(gazetteer)  # once per article, not per candidate
    for i, cand in enumerate(found):
        if not _generic_org(cand, words):
            continue
        prev = found[i - 1] if i else None
        nxt = found[i + 1] if i + 1 < len(found) else None
        start, end = cand.start, cand.end
        if start and doc[start - 1].is_title and gazetteer.demonym_country(doc[start - 1].text):
            if prev is None or prev.end < start:
                start -= 1
        elif (
            prev is not None
            and prev.end == start - 1
            and doc[start - 1].text in ("'s", "’s")
            and _is_country(prev, gazetteer)
        ):
            start = prev.start
        elif (
            nxt is not None
            and end + 1 < len(doc)
            and doc[end].lower_ == "of"
            and (nxt.start == end + 1 or (nxt.start == end + 2 and doc[end + 1].lower_ == "the"))
            and _is_country(nxt, gazetteer)
        ):
            end = nxt.end
        if (start, end) != (cand.start, cand.end):
            cand.qualified = doc[start:end].text


def _splittable(cand: Candidate, gazetteer: Gazetteer) -> bool:
    """Could be one word of a longer personal name: no place, organisation or title evidence."""
    if cand.text in gazetteer.given_names:
        return not cand.places or cand.places[0].kind not in ("country", "region")
    model_org, model_place = cand.label == "ORG", cand.label in _PLACE_LABELS
    return not cand.places and cand.votes[ORG] <= model_org and cand.votes[PLACE] <= model_place


def _join_split_names(doc: Doc, found: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """'Rustem' (missed) + 'Umerov' (PERSON), or 'Oleksiy' (GPE) + 'Hnatenko' (missed), side by
    side -> one name, when neither half has evidence of being anything but a personal name."""
    joined: list[Candidate] = []
    for cand in found:
        prev = joined[-1] if joined else None
        if prev is not None and _one_country(doc, prev, cand, gazetteer):
            merged = _make(doc, prev.start, cand.end, "GPE", gazetteer)  # 'Trinidad and Tobago'
            if merged is not None:
                joined[-1] = merged
                continue
        glued = _glued(doc, prev, cand) or _particle_joined(doc, prev, cand, gazetteer.name_particles)
        if glued is not None:
            merged = _make(doc, prev.start, cand.end, glued, gazetteer)  # type: ignore[union-attr]
            if merged is not None:
                joined[-1] = merged
                continue
        if (
            prev is not None
            and prev.end == cand.start
            and prev.tokens == 1
            and (cand.label in ("PERSON", None) or prev.text in gazetteer.given_names)
            and (
                prev.label is None
                or prev.label in _PLACE_LABELS
                or cand.label == "PERSON"
                or prev.text in gazetteer.given_names
            )
            and _splittable(prev, gazetteer)
            and _splittable(cand, gazetteer)
        ):
            label = "PERSON" if "PERSON" in (prev.label, cand.label) else None
            merged = _make(doc, prev.start, cand.end, label, gazetteer)
            if merged is not None:
                joined[-1] = merged
                continue
        joined.append(cand)
    return joined


_MAX_PARTICLES = 2  # 'von der', 'de la'


def _particle_joined(doc: Doc, prev: Candidate | None, cand: Candidate, particles: set[str]) -> str | None:
    """'Ursula von' + 'Leyen' with 'der' between, 'Piet van der' + 'Berg': one personal name the
    model cut at its lower-case particles (name_particles.jsonl)."""
    if prev is None or prev.label not in ("PERSON", None) or not 0 <= cand.start - prev.end <= _MAX_PARTICLES:
        return None
    tail = prev.end
    while tail > prev.start + 1 and doc[tail - 1].text in particles:
        tail -= 1
    joining = doc[tail : cand.start]
    if not 1 <= len(joining) <= _MAX_PARTICLES or any(t.text not in particles for t in joining):
        return None
    return "PERSON" if cand.tokens <= _MAX_PARTICLES and doc[cand.start].text[:1].isupper() else None


def _one_country(doc: Doc, prev: Candidate, cand: Candidate, gazetteer: Gazetteer) -> bool:
    """'Trinidad' and 'Tobago' side by side with 'and' between them name one country."""
    if cand.start != prev.end + 1 or doc[prev.end].lower_ not in ("and", "&"):
        return False
    return any(
        r.kind == "country" for r in gazetteer.lookup(doc[prev.start : cand.end].text, spellings=False)
    )


def _glued(doc: Doc, prev: Candidate | None, cand: Candidate) -> str | None:
    """The model label of one name the model cut in two: 'Michael O' + 'Leary' (an elided 'O''),
    'Lockheed' (ORG) + 'Martin' (PRODUCT) side by side."""
    if prev is None:
        return None
    if prev.label in ("PERSON", None) and 1 <= cand.start - prev.end <= 2 and cand.start >= 2:
        elided, mark = doc[cand.start - 2], doc[cand.start - 1]
        if elided.text in _ELIDED and mark.text in ("'", "’") and not elided.whitespace_:
            return "PERSON"
    if prev.end == cand.start and prev.label == "ORG" and cand.label == "PRODUCT" and cand.tokens == 1:
        return "ORG"
    return None


def _lowercase_orgs(doc: Doc, gazetteer: Gazetteer, covered: set[int], taken: set[int]) -> list[Candidate]:
    """'the Russian defense ministry': [demonym|Country's] modifier head, after 'the' or a possessive."""
    heads = gazetteer.org_cues.get("lower_head", set())
    modifiers = gazetteer.org_cues.get("lower_modifier", set())
    found = []
    for i in TokenFilter(doc.vocab, "LOWER", heads)(doc) if heads else ():
        token = doc[i]
        if token.i == 0 or doc[token.i - 1].lower_ not in modifiers:
            continue
        start = token.i - 1
        if start > 0 and gazetteer.demonyms.get(doc[start - 1].text):
            start -= 1
        if start > 0 and doc[start - 1].lower_ not in ("the", "'s", "’s"):
            continue
        if taken.intersection(range(start, token.i + 1)):
            continue  # a name found already ('the Foreign Ministry'): one mention, not two
        cand = Candidate(start, token.i + 1, doc[start : token.i + 1].text)
        cand.votes[ORG] += 3
        found.append(cand)
        covered.update(range(start, token.i + 1))
    return found
