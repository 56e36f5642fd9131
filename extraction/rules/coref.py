"""In-article coreference of name mentions: which candidates name the same entity.

Rules, cheapest first: the same normalised name; an acronym defined in parentheses or matching the
initials of a longer organisation name; a surname (or a misspelt surname, small edit distance) of the
one person in the article with that full name; a shorter organisation name that ends (or starts) a
longer one; "X region" with a bare "X".
"""

from collections import Counter

from spacy.tokens import Doc

from chronicle.extraction.rules.evidence import MODEL_VOTES
from chronicle.extraction.rules.gazetteer import Gazetteer
from chronicle.extraction.rules.lexicon import prepositions
from chronicle.extraction.rules.mentions import ORG, PERSON, PLACE, Candidate

__all__ = ["cluster_candidates", "edit_distance", "nominal_mentions", "normalise_name"]

_FUNCTION_WORDS = {"of", "for", "the", "and", "on", "in", "de", "&"}
_REGION_SUFFIXES = (" region", " oblast", " province")
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_MODEL_CAP = 1  # model votes counted per type and cluster


def normalise_name(text: str) -> str:
    """Lower case, no leading 'the', no possessive: the grouping key of a surface form."""
    name = text.lower().replace("’", "'")
    if name.startswith("the "):
        name = name[4:]
    return name.removesuffix("'s").strip()


def group_key(cand: Candidate) -> str:
    """The name a candidate is grouped under: a generic organisation's with its country."""
    return normalise_name(cand.qualified or cand.text)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


class _UnionFind:
    def __init__(self, keys: list[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _provisional(votes: Counter[str]) -> str | None:
    if not votes:
        return None
    kind, weight = max(votes.items(), key=lambda kv: (kv[1], kv[0] == PLACE))
    return kind if weight > 0 else None


def _person_shaped(text: str, gazetteer: Gazetteer) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 4 or gazetteer.demonyms.get(words[0]) or gazetteer.lookup(text):
        return False
    heads = gazetteer.org_cues.get("head", set())
    return all((w[:1].isupper() or w in gazetteer.name_particles) and w not in heads for w in words)


def _strong_place(cands: list[Candidate]) -> bool:
    return any(
        c.places and (c.places[0].kind in ("country", "region") or c.places[0].population >= 100_000)
        for c in cands
    )


def _link_acronyms(
    doc: Doc, groups: dict[str, list[Candidate]], order: list[Candidate], uf: _UnionFind
) -> None:
    by_start = {c.start: c for c in order}
    for cand in order:
        inner = by_start.get(cand.end + 1)
        if inner is None or not (inner.text.isupper() and inner.tokens == 1):
            continue
        if (cand.places and cand.tokens == 1) or cand.text.isupper() or cand.text.endswith("."):
            continue  # a dateline, 'Kyiv (AP)', 'BEIRUT (AP)', 'HELENA, Mont. (AP)': place and agency
        if doc[cand.end].text == "(" and inner.end < len(doc) and doc[inner.end].text == ")":
            uf.union(group_key(cand), group_key(inner))
            inner.acronym_for = cand.text
    acronyms = [k for k, g in groups.items() if g[0].text.isupper() and " " not in k]
    if not acronyms:
        return
    by_initials: dict[str, list[str]] = {}  # 'NATO' -> the names it abbreviates, in group order
    for key, group in groups.items():
        words = [w for w in group[0].text.split() if w.lower() not in _FUNCTION_WORDS]
        if len(words) >= 2:
            by_initials.setdefault("".join(w[0] for w in words).upper(), []).append(key)
    for acronym in acronyms:
        matches = by_initials.get(acronym.upper(), [])
        if len(matches) == 1:
            uf.union(acronym, matches[0])


def _bare(doc: Doc, cand: Candidate) -> bool:
    """A mention with nothing of a place about it but its name: no place label from the model, no
    place word around it, no place preposition before it ('Bolton said', not 'in Bolton')."""
    if cand.label in _PLACE_LABELS or cand.place_kind or cand.region or cand.votes[PLACE] > 3:
        return False
    return not (cand.start and doc[cand.start - 1].lower_ in prepositions("person_not_place"))


def _acts(doc: Doc, cand: Candidate, place_nouns: set[str]) -> bool:
    """The mention is a subject or a possessor ('Bolton said', 'Evans's lawyer'), not the subject of
    a place noun ('Lincoln is a quiet city'; `place_nouns`: place_cues.jsonl 'before')."""
    if cand.end < len(doc) and doc[cand.end].lower_ in ("'s", "’s"):
        return True
    root = doc[cand.start : cand.end].root
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":  # 'Lincoln is a quiet city' speaks of a place
        return not any(c.dep_ == "attr" and c.lemma_.lower() in place_nouns for c in root.head.children)
    return root.dep_ in ("nsubj", "nsubjpass", "poss")


def _link_surnames(
    doc: Doc,
    groups: dict[str, list[Candidate]],
    uf: _UnionFind,
    gazetteer: Gazetteer,
    max_distance: int,
) -> set[str]:
    """Single-word names joined to the one full name ending in them (or nearly: misspellings), or,
    for a word the model calls a person (or a known given name) and no full name ends in, beginning
    with it ('Steve' of 'Steve Jobs'). A word that is also a place's name ('Bolton' of 'John
    Bolton') is the person's only when no mention of it stands like a place; a surname of two
    people in the article ('Evans' of 'Tom Evans' and 'Alfie Evans') is a person's, of neither."""
    surnames: dict[str, set[str]] = {}
    first_names: dict[str, set[str]] = {}
    personal: set[str] = set()
    for key, group in groups.items():
        votes = _votes(group)
        model_only_org = votes[ORG] <= len(group)  # no cue word, known name or acronym behind it
        maybe_person = _provisional(votes) in (None, PERSON) or model_only_org
        if maybe_person and _person_shaped(group[0].text, gazetteer):
            surnames.setdefault(key.split()[-1], set()).add(key)
            tail = _particle_surname(key, gazetteer.name_particles)
            if tail is not None:  # 'von der leyen' of 'ursula von der leyen'
                surnames.setdefault(tail, set()).add(key)
            if votes[PERSON] > 0:
                personal.add(key)
                first_names.setdefault(key.split()[0], set()).add(key)
    near: dict[tuple[str, int], list[tuple[int, str]]] = {}  # (initial, length) -> surnames
    for order, surname in enumerate(surnames):
        near.setdefault((surname[0], len(surname)), []).append((order, surname))
    linked: set[str] = set()
    for key, group in groups.items():
        if (" " in key and key.split()[0] not in gazetteer.name_particles) or group[0].text.isupper():
            continue
        placed, strong = any(c.places for c in group), _strong_place(group)
        bare = (placed or strong) and all(_bare(doc, c) for c in group)
        if strong and not bare:
            continue
        if any(c.votes[ORG] >= 3 for c in group):
            continue
        anchors = surnames.get(key, set())
        if strong or (placed and len(anchors) > 1):  # a place's name: a person's named in full, spelt alike
            nouns = gazetteer.place_cues.get("before", set())
            acting = bare and any(_acts(doc, c, nouns) for c in group)
            people = {a for a in anchors if a in personal} if acting else set()
            if len({uf.find(a) for a in people}) > 1:
                for cand in group:
                    cand.votes = Counter({PERSON: max(1, cand.votes[PERSON])})
            anchors = people if len(people) == 1 else set()
        elif not anchors and len(key) >= 5:
            limit = 1 if len(key) < 7 else max_distance
            # only surnames of the same initial and a length within `limit` can be that close;
            # visited in `surnames` order, as a scan of all of them would
            lengths = range(len(key) - limit, len(key) + limit + 1)
            close = sorted(c for n in lengths for c in near.get((key[0], n), ()))
            anchors = {
                a
                for _, surname in close
                if edit_distance(surname, key, limit) <= limit
                for a in surnames[surname]
            }
        given = not placed and group[0].text in gazetteer.given_names  # 'Yulia' of 'Yulia Skripal'
        if not anchors and (_votes(group)[PERSON] > 0 or given) and key not in gazetteer.name_particles:
            anchors = first_names.get(key, set())
        if len({uf.find(a) for a in anchors}) == 1:
            anchor = next(iter(anchors))
            if anchor not in personal and not _votes(group)[PERSON]:
                continue  # neither side was ever seen as a person: 'Getty Images' ... 'Getty'

            uf.union(anchor, key)
            linked.add(anchor)
            for cand in group:  # the model's label on a bare surname is no evidence against it
                cand.votes = Counter({PERSON: max(1, cand.votes[PERSON])})
    return linked


def _particle_surname(key: str, particles: set[str]) -> str | None:
    """The surname of a full name from its first particle on ('von der leyen'), if it has one."""
    words = key.split()
    at = next((i for i in range(1, len(words) - 1) if words[i] in particles), None)
    return " ".join(words[at:]) if at is not None else None


def _link_org_parts(groups: dict[str, list[Candidate]], uf: _UnionFind, tails: frozenset[str]) -> None:
    """'General Staff' -> 'Ukrainian General Staff'; 'Central Bank' -> 'Central Bank of Russia';
    'Acme' -> 'Acme Inc.' and 'Acme Motor Company' (`tails`: lower-case company tail words)."""
    orgs = [k for k, g in groups.items() if _provisional(_votes(g)) == ORG]
    org_set = set(orgs)
    by_first: dict[str, list[str]] = {}  # first word -> longer organisation names, in order
    for k in orgs:
        if " " in k:
            by_first.setdefault(k.split()[0], []).append(k)
    for short, group in groups.items():  # 'Cerberus' (tagged PERSON) of 'Cerberus Capital Management'
        votes = _votes(group)
        model_person = sum(c.label == "PERSON" for c in group)
        if " " in short or short in org_set or votes[PERSON] > model_person or _strong_place(group):
            continue
        longer = by_first.get(short, [])
        if len(longer) == 1:
            uf.union(short, longer[0])
            for cand in group:
                cand.votes = Counter({ORG: max(1, cand.votes[ORG])})
    extends: dict[str, list[str]] = {}  # short name -> the longer names that may extend it
    for k in orgs:
        for short in dict.fromkeys(_shorter_forms(k)):
            extends.setdefault(short, []).append(k)
    for short in orgs:
        longer = [
            k
            for k in extends.get(short, [])
            if k != short
            and (
                k.endswith(" " + short)
                or k.startswith(short + " of ")
                or (k.startswith(short + " ") and _company_tail(k[len(short) + 1 :], tails))
            )
        ]
        company = [k for k in longer if _company_tail(k[len(short) + 1 :], tails)]
        if company and len(company) == len(longer):  # 'Apple', 'Apple Inc.', 'Apple Computer'
            for k in company:
                uf.union(short, k)
        elif len(longer) == 1:
            uf.union(short, longer[0])


def _company_tail(words: str, tails: frozenset[str]) -> bool:
    """'Inc.', 'Motor Company', 'Airlines': what may follow a company's short name in its full one."""
    return bool(words) and all(w in tails for w in words.split())


def _shorter_forms(name: str) -> list[str]:
    """Every part of `name` before or after one of its spaces: the only short names it can extend
    (as 'X', 'X of ...' or 'X Inc.')."""
    cuts = [i for i, ch in enumerate(name) if ch == " "]
    return [name[i + 1 :] for i in cuts] + [name[:i] for i in cuts]


def _link_regions(groups: dict[str, list[Candidate]], uf: _UnionFind) -> None:
    for key in groups:
        for suffix in _REGION_SUFFIXES:
            base = key.removesuffix(suffix)
            if base != key and base in groups:
                uf.union(base, key)


def _votes(cands: list[Candidate]) -> Counter[str]:
    total: Counter[str] = Counter()
    for cand in cands:
        total.update(cand.votes)
    return total


def cluster_candidates(
    doc: Doc, cands: list[Candidate], gazetteer: Gazetteer, max_distance: int = 2
) -> list[tuple[list[Candidate], Counter[str]]]:
    """Clusters of candidates naming one entity, each with its summed type votes."""
    groups: dict[str, list[Candidate]] = {}
    for cand in cands:
        groups.setdefault(group_key(cand), []).append(cand)
    uf = _UnionFind(list(groups))
    _link_acronyms(doc, groups, cands, uf)
    _link_regions(groups, uf)
    linked = _link_surnames(doc, groups, uf, gazetteer, max_distance)
    tails = frozenset(w.lower() for w in gazetteer.org_cues.get("company_tail", ()))
    _link_org_parts(groups, uf, tails)
    for key in groups:  # 'Patriots' is the plural of the 'Patriot' of 'Patriot missiles'
        if key.endswith("s") and key[:-1] in groups and " " not in key:
            uf.union(key[:-1], key)
    clusters: dict[str, list[Candidate]] = {}
    for key, group in groups.items():
        clusters.setdefault(uf.find(key), []).extend(group)
    result = []
    linked_roots = {uf.find(k) for k in linked}
    for root, members in clusters.items():
        votes = _votes(members)
        model_only = sum(votes.values()) <= sum(bool(c.label) for c in members)
        _cap_model_votes(members, votes)
        if root in linked_roots:
            votes[PERSON] += 2
        single = all(c.tokens == 1 for c in members)
        products = sum(c.product for c in members)
        if single and model_only and products and 2 * products >= len(members):
            votes.clear()  # a product name ('Patriot missiles') with nothing but model labels
        result.append((sorted(members, key=lambda c: c.start), votes))
    _coordinated_votes(doc, result)
    return result


def _coordinated_votes(doc: Doc, clusters: list[tuple[list[Candidate], Counter[str]]]) -> None:
    """Names in one list are of one kind: 'rivals Toyota and General Motors' lends the clear
    organisation's type to its weaker neighbour (one vote of 2 for each such pair)."""
    owner: dict[int, Counter[str]] = {}
    for members, votes in clusters:
        for cand in members:
            owner[cand.start] = votes
    clear: dict[int, str] = {}
    for votes in {id(v): v for v in owner.values()}.values():
        ranked = votes.most_common(2)
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= 3):
            clear[id(votes)] = ranked[0][0]
    lent: set[tuple[int, str]] = set()
    for members, votes in clusters:
        for cand in members:
            j = cand.end
            if j < len(doc) and doc[j].text == ",":
                j += 1
            if j >= len(doc) or doc[j].lower_ not in ("and", "or"):
                continue
            other = owner.get(j + 1)
            for a, b in ((votes, other), (other, votes)):
                kind = clear.get(id(b)) if b is not None and a is not None else None
                if kind and a is not b and id(a) not in clear and (id(a), kind) not in lent and a:
                    a[kind] += 2  # type: ignore[index]
                    lent.add((id(a), kind))


def _cap_model_votes(members: list[Candidate], votes: Counter[str]) -> None:
    """The model's label is one vote per entity, not one per mention: a name it mislabels five
    times ('Ryanair' as a person) must not outvote the one cue that types it ('airline, Ryanair')."""
    labels = Counter(MODEL_VOTES[c.label] for c in members if c.label in MODEL_VOTES and not c.product)
    for kind, count in labels.items():
        if count > _MODEL_CAP:
            votes[kind] -= count - _MODEL_CAP


def _title_words(title: str) -> set[str]:
    return set(title.lower().replace("-", " ").split())


def nominal_mentions(
    doc: Doc, titles: dict[str, set[str]], gazetteer: Gazetteer, taken: set[int]
) -> list[tuple[int, int, str]]:
    """'the commander', 'the Ukrainian military chief' -> (start, end, key) of the one person whose
    title has that word; skipped when no person or more than one person fits."""
    roles = {t for t, kind in gazetteer.titles.items() if kind == "role"}
    words = {key: set().union(*map(_title_words, found)) & roles for key, found in titles.items()}
    words = {key: found for key, found in words.items() if found}
    if not words:
        return []
    holders: dict[str, list[str]] = {}  # title word -> keys of the persons holding it, in order
    for key, found_words in words.items():
        for word in found_words:
            holders.setdefault(word, []).append(key)
    found = []
    for token in doc:
        if token.lower_ not in roles or token.i in taken or token.pos_ != "NOUN":
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and (nxt.is_title or nxt.lower_ == "of"):
            continue
        start = token.i - 1
        while start >= 0 and token.i - start <= 4 and doc[start].lower_ != "the":
            if doc[start].pos_ not in ("ADJ", "NOUN", "PROPN") or start in taken:
                start = -1
                break
            start -= 1
        if start < 0 or doc[start].lower_ != "the":
            continue
        keys = holders.get(token.lower_, [])
        if len(keys) == 1:
            found.append((start, token.i + 1, keys[0]))
    return found
