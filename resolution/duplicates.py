"""Likely duplicates among the graph's nodes, with the evidence for each pair (pure).

The resolver joins what its rules are sure of; this lists what an analyst should look at: two nodes
whose spellings share an alias, fold to one name under different types, share a surname (a person
named in full and a node holding that surname alone), spell one name one edit apart, or where one
is the acronym of the other. Articles mentioning both are counted: two names in one article are
often two things (the extractor would have joined them), names never seen together often one.
"""

from collections import Counter, defaultdict
from itertools import combinations

from pydantic import BaseModel, Field

from chronicle.resolution.names import acronym_of, deletions, fold, fold_words, is_acronym, name_words

__all__ = ["DuplicatePair", "Node", "duplicate_pairs"]

_BUCKET_MAX = 40  # a word shared by more nodes than this ('war', 'ministry') proves nothing
_NEAR_MIN = 5  # folded words shorter than this are never matched one edit apart
_HOLDERS_MAX = 2  # an alias held by more nodes than this says little unless it is a node's own name


class Node(BaseModel):
    """A node as `entities duplicates` compares it."""

    key: str
    name: str
    type: str
    aliases: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)


class DuplicatePair(BaseModel):
    """Two nodes that may be one thing, the evidence, and a score (more evidence, higher)."""

    a: str = Field(description="The first node's name.")
    a_key: str
    b: str
    b_key: str
    evidence: list[str] = Field(examples=[["shared alias 'isw'", "never in one article"]])
    score: int
    together: int = Field(description="Articles that mention both.")


def _forms(node: Node) -> list[str]:
    return list(dict.fromkeys([node.name, *node.aliases]))


def _plain(name: str) -> str:
    return " ".join(name_words(name))


def _evidence(a: Node, b: Node, holders: Counter[str]) -> list[str]:
    found: list[str] = []
    lower_a = {_plain(f) for f in _forms(a)} - {""}
    lower_b = {_plain(f) for f in _forms(b)} - {""}
    names = {_plain(a.name), _plain(b.name)}
    # an alias many nodes hold ('European' of several European bodies) is evidence only when it is
    # one of the two nodes' own name
    shared = sorted(x for x in lower_a & lower_b if x in names or holders[x] <= _HOLDERS_MAX)
    if shared:
        found.append(f"shared alias {shared[0]!r}")
    folded_a = {fold(f, a.type) for f in _forms(a)} | {fold(f, b.type) for f in _forms(a)}
    folded_b = {fold(f, b.type) for f in _forms(b)} | {fold(f, a.type) for f in _forms(b)}
    same = sorted((folded_a & folded_b) - {""} - lower_a)
    if same:
        found.append(f"same name folded {same[0]!r}")
    if a.type == b.type and not same and not shared:
        near = _near(fold(a.name, a.type), fold(b.name, b.type))
        if near:
            found.append(near)
    if "Person" in (a.type, b.type):
        surname = _surname(a, b) or _surname(b, a)
        if surname:
            found.append(surname)
    acronym = _acronym(a, b) or _acronym(b, a)
    if acronym:
        found.append(acronym)
    if a.type != b.type and found:
        found.append(f"types differ ({a.type}, {b.type})")
    return found


def _near(x: str, y: str) -> str | None:
    wx, wy = x.split(), y.split()
    if len(wx) != len(wy) or x == y:
        return None
    differing = [(p, q) for p, q in zip(wx, wy, strict=True) if p != q]
    if len(differing) != 1:
        return None
    p, q = differing[0]
    if min(len(p), len(q)) < _NEAR_MIN:
        return None
    if p in deletions(q) or q in deletions(p) or deletions(p) & deletions(q):
        return f"one edit apart ({x!r}, {y!r})"
    return None


def _surname(person: Node, other: Node) -> str | None:
    if person.type != "Person":
        return None
    words = fold_words(person.name, "Person")
    alone = fold_words(other.name, "Person")
    if len(words) >= 2 and len(alone) == 1 and alone[0] == words[-1]:
        return f"surname {words[-1]!r} alone"
    return None


def _acronym(short: Node, long: Node) -> str | None:
    """'NYSE' of 'New York Stock Exchange'; never a person's initials, and a two-letter acronym only
    when it is the short node's own name."""
    if long.type == "Person":
        return None
    for form in _forms(short):
        letters = form.replace(".", "")
        if len(letters) < 3 and form != short.name:
            continue
        if is_acronym(form) and acronym_of(long.name) == letters:
            return f"{form!r} is the acronym of {long.name!r}"
    return None


def _blocks(node: Node) -> set[str]:
    """Words under which a node is compared with others: its folded words, their near-spellings,
    its acronym."""
    blocks: set[str] = set()
    for form in _forms(node):
        for kind in ("Person", "Organization", "Place"):
            for word in fold_words(form, kind):
                blocks.add(word)
                if len(word) >= _NEAR_MIN:
                    blocks |= {f"~{w}" for w in deletions(word)} | {f"~{word}"}
        if is_acronym(form):
            blocks.add(f"@{form.replace('.', '')}")
    if acronym := acronym_of(node.name):
        blocks.add(f"@{acronym}")
    return blocks


def duplicate_pairs(nodes: list[Node], limit: int | None = None) -> list[DuplicatePair]:
    """Pairs of nodes with at least one piece of evidence, best first (score, then fewer articles
    together, then names)."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        for block in _blocks(node):
            buckets[block].append(i)
    candidates = {
        pair
        for members in buckets.values()
        if len(members) <= _BUCKET_MAX
        for pair in combinations(members, 2)
    }
    holders = Counter(x for node in nodes for x in {_plain(f) for f in _forms(node)})
    pairs = []
    for i, j in sorted(candidates):
        a, b = sorted((nodes[i], nodes[j]), key=lambda n: (-len(n.articles), n.key))
        evidence = _evidence(a, b, holders)
        if not evidence:
            continue
        together = len(set(a.articles) & set(b.articles))
        score = sum(1 for e in evidence if not e.startswith("types differ")) + (0 if together else 1)
        plural = "" if together == 1 else "s"
        evidence.append(f"together in {together} article{plural}" if together else "never in one article")
        pairs.append(
            DuplicatePair(
                a=a.name,
                a_key=a.key,
                b=b.name,
                b_key=b.key,
                evidence=evidence,
                score=score,
                together=together,
            )
        )
    pairs.sort(key=lambda p: (-p.score, p.together, p.a.lower(), p.b.lower()))
    return pairs if limit is None else pairs[:limit]
