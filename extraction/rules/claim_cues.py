"""What a cue introduces: the content of a speech verb, read off the parse.

A speech verb's clausal complement (or, for verbs like 'report', its object; for 'accuse', 'call',
'warn', its of/for-phrase) is what was said; the rest of the verb's clause after it belongs to it
("complained about his microphone the morning after the debate"). With no such clause, the quote right
before or after the verb and its subject is what was said ('"...," she said.'). A range that touches a
quote grows to the whole quote.
"""

from spacy.tokens import Doc, Span, Token

from chronicle.extraction.rules.intervals import Disjoint

__all__ = [
    "adjacent_quote",
    "as_clause_content",
    "clause_end",
    "colon_paragraph",
    "content_heads",
    "cue_words",
    "interrupted_rest",
    "phrase_at",
    "predicative_content",
    "quoted_share",
    "raised_clause",
    "with_quotes",
]

_CONTENT_DEPS = {"ccomp", "parataxis"}
_CLAUSE_STOPS = {"conj", "cc", "punct", "parataxis", "dep", "nsubj", "nsubjpass"}
_ATTRIBUTION_TAIL = {"npadvmod", "prep", "advmod", "agent"}  # 'said Tuesday', 'said in an interview'
_NOT_RESUMING = {"and", "but", "or", "while", "as", "adding", "saying", "noting", "because"}
_RAISED = {"xcomp", "acomp", "ccomp", "oprd"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_NOMINAL = {"NOUN", "PROPN"}  # a verb's conjunct that is a noun: an object coordinated after the verb's
_PARTICLE_OBJECTS = {"dobj", "ccomp", "xcomp"}
_COLON_REACH = 10  # words from a verb to the colon that opens what was said ('made the following comment:')


def phrase_at(doc: Doc, i: int, phrases: list[list[str]]) -> bool:
    """A source phrase ('according to') of `phrases` (lowercased words) starts at token i."""
    for phrase in phrases:
        words = [t.lower_ for t in doc[i : i + len(phrase)]]
        if words == phrase:
            return True
    return False


def cue_words(verb: Token) -> str:
    """The verb as written, with its particle or the preposition a cue reads with ('called for')."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.text} {particle.text}" if particle is not None else verb.text


def content_heads(
    verb: Token, cue: dict, occasions: frozenset[str] = frozenset(), sayable: frozenset[str] = frozenset()
) -> list[Token]:
    """Roots of what was said: clausal complements, or the object of 'report'-like verbs.

    `occasions`: nouns a statement is made in ('in a statement', 'at a news conference'), whose
    that-clause the parser may hang under them; `sayable`: objects 'say' really takes ('a word')."""
    heads = [c for c in verb.children if c.dep_ in _CONTENT_DEPS]
    if "with" in cue:
        for child in verb.children:
            if child.lower_ == cue["with"]:
                heads = [h for h in heads if h.i != child.i]
                heads += [c for c in child.children if c.dep_ in {"ccomp", "advcl", "xcomp"}]
    if not heads:
        heads = [c for c in verb.children if c.dep_ == "xcomp"]
    if not heads:  # 'said after the convention he would not run', the clause parsed as adverbial
        heads = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and _bare_finite_clause(c)]
    if not heads:  # 'said in a statement that the race is over': the clause parsed under 'statement'
        heads = _occasion_clauses(verb, occasions)
    if not heads and cue.get("clause_object") and verb.dep_ != "parataxis":
        # 'says the movement sweeping the state appeals to ...': the clause's verb tagged a noun
        heads = [
            c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and _misparsed_clause(c, sayable)
        ]
    if cue.get("object_content"):
        heads += [c for c in verb.children if c.dep_ in {"dobj", "oprd"} and c.i > verb.i]
    preps = cue.get("preps", ())
    if preps:  # 'accused Kyiv of trying', 'called for an inquiry', 'warned of losses'
        heads += [
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.i > verb.i
            and c.lower_ in preps
            and any(not g.is_punct for g in c.children)  # not a stranded 'of'
        ]
        for particle in (c for c in verb.children if c.dep_ == "prt" and c.i > verb.i and c.lower_ in preps):
            # 'pointed out the flaw': what follows the particle; 'as experts have pointed out': nothing
            heads += [
                x
                for x in verb.children
                if x.dep_ in _PARTICLE_OBJECTS and x.i > particle.i and all(x.i != h.i for h in heads)
            ]
    if heads and cue.get("object_content") and any(h.dep_ == "dobj" for h in heads):
        # 'described the talks as constructive': an object's complement after it belongs to it
        last = max(h.i for h in heads)
        heads += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > last]
    if "as" in preps:  # 'sees Noor as captured by ...': the as-phrase parsed as a clause
        heads += [
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.lefts)
        ]
    as_phrase = next((h for h in heads if h.lower_ == "as" or h.dep_ == "advcl"), None)
    if as_phrase is not None:  # 'see golf courses as wasted space': the object is what is seen so
        heads += [
            c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < as_phrase.i and c not in heads
        ]
    if cue.get("questions"):  # 'asked the students if they were serious': the question asked
        heads += [
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ in {"if", "whether"} for m in c.lefts)
        ]
    if not heads and (verb.dep_ == "parataxis" or _set_off_before(verb)) and verb.head.i != verb.i:
        head = verb.head
        before = [c for c in verb.lefts if c.dep_ in {"advcl", "prep"}]  # 'If she wins, X suggested, ...'
        return [c for c in head.children if c.i != verb.i and c.dep_ != "punct"] + [head, *before]
    return heads


def clause_end(verb: Token, heads: list[Token], cue_lemmas: dict | frozenset) -> int:
    """The last token of what was said: its heads, and when they follow the verb, the rest of
    the verb's clause after them ('complained about his microphone the morning after the
    debate'), short of a coordinated verb or another cue ('..., adding that ...')."""
    last = max(h.right_edge.i for h in heads)
    if min(h.i for h in heads) < verb.i:
        return last
    forms = {h.tag_ for h in heads if h.tag_ in {"VB", "VBG"}}
    doc = verb.doc
    for child in verb.rights:
        if child.i <= last or child.lemma_.lower() in cue_lemmas:
            continue
        if child.dep_ == "conj" and child.tag_ in forms and not _has_subject(child):
            last = child.right_edge.i  # 'wants to triple X, grow Y and create Z'
        elif child.dep_ == "conj" and child.pos_ in _NOMINAL and any(h.dep_ == "dobj" for h in heads):
            last = child.right_edge.i  # 'will discuss his plan, the budget, and the transit strategy'
        elif child.dep_ == "conj" and _reported_conjunct(verb, heads, child, last):
            last = child.right_edge.i  # 'said that it was too early to tell, and there was no evidence'
        elif child.dep_ in {"parataxis", "ccomp"} and doc[child.left_edge.i - 1].text == ":":
            last = child.right_edge.i  # 'notes that three things happen at once: A, B and C'
        elif child.dep_ not in _CLAUSE_STOPS:
            last = max(last, child.right_edge.i)
    return last


def _set_off_before(verb: Token) -> bool:
    """'If she wins, Clinton suggested in a tweet, women will be safe': a cue set off by commas,
    parsed as the complement of the clause it interrupts."""
    doc, after = verb.doc, verb.right_edge.i + 1
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    return (
        verb.dep_ == "ccomp"
        and subject is not None
        and verb.head.i > after
        and after < len(doc)
        and doc[after].text == ","
        and subject.left_edge.i > 0
        and doc[subject.left_edge.i - 1].text == ","
    )


def _reported_conjunct(verb: Token, heads: list[Token], conj: Token, last: int) -> bool:
    """A clause joined by 'and'/'but' right after a that-clause, with a subject of its own that is
    not the speaker's ('he said that X, and there was no Y'; not 'she said that X, and she left')."""
    doc = verb.doc
    if not any(
        h.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in h.children) for h in heads
    ):
        return False
    between = [t for t in doc[last + 1 : conj.left_edge.i] if not t.is_punct]
    if [t.lower_ for t in between] not in (["and"], ["but"]):
        return False
    subject = next((c for c in conj.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or (speaker is not None and subject.lower_ == speaker.lower_):
        return False
    return subject.lower_ not in {"he", "she", "they", "i", "we"}


def _bare_finite_clause(head: Token) -> bool:
    """A clause with a subject and a tense of its own and no conjunction before it ('he would not
    run'), not 'if it were offered', 'when asked' or 'leaving the room'."""
    children = list(head.children)
    return (
        any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i < head.i for c in children)
        and not any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in children)
        and (
            head.tag_ in _FINITE or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in children)
        )
    )


def _occasion_clauses(verb: Token, occasions: frozenset[str]) -> list[Token]:
    """That-clauses with a subject of their own under the object of the verb's occasion phrase
    ('said during a news conference that he may wait'), not a noun's own ('the news that')."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in occasions):
            found += [c for c in noun.children if c.dep_ in {"acl", "relcl"} and _that_clause_after(noun, c)]
    return found


def _that_clause_after(noun: Token, clause: Token) -> bool:
    """A clause opened by 'that' with a subject of its own after the noun: a that-clause, even
    when parsed as a relative one right after it ('stated after the talks that the sides agreed')."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if clause.i < noun.i or subject is None:
        return False
    if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.lefts):
        return True
    first = clause.left_edge.i
    return first == noun.i + 1 and noun.doc[first].lower_ == "that" and subject.i > first


_MISPARSE_MIN = 4  # words: 'said a few words' is an object, 'says the plan sweeping the state fails' a clause


def _misparsed_clause(obj: Token, sayable: frozenset[str]) -> bool:
    """A noun phrase 'say' cannot take as its object: long, not a pronoun, not a thing said ('a word')."""
    size = obj.right_edge.i - obj.left_edge.i + 1
    return obj.pos_ in {"NOUN", "PROPN"} and obj.lemma_.lower() not in sayable and size >= _MISPARSE_MIN


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def adjacent_quote(text: str, verb: Token, subject: Token, quotes: Disjoint) -> tuple[int, int] | None:
    """'"...," she said.' split into its own sentence, or 'he said: "..."'.

    Only the nearest quote on each side can qualify: any farther one has the nearer quote's marks
    in between."""
    first = min(verb.idx, subject.left_edge.idx)
    last = max(verb.idx + len(verb), subject.right_edge.idx + len(subject.right_edge))
    before = quotes.last_ending_by(first)
    if before is not None and not text[before[1] : first].strip(" ,.!?\n"):
        return before
    after = quotes.first_starting_from(last)
    if after is not None and not text[last : after[0]].strip(" :,\n"):
        return after
    return None


def with_quotes(content: tuple[int, int], quotes: Disjoint) -> tuple[int, int]:
    """Grow a content range to the whole of any quote it overlaps (quotes that span sentences)."""
    start, end = content
    for q_start, q_end in quotes.overlapping(start, end):
        if q_start < end and start < q_end:
            start, end = min(start, q_start), max(end, q_end)
    return start, end


def quoted_share(start: int, end: int, quotes: Disjoint) -> bool:
    """At least 60 % of the range is inside quotes: a direct quote."""
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in quotes.overlapping(start, end))
    return inside >= 0.6 * max(end - start, 1)


def raised_clause(verb: Token) -> tuple[int, int] | None:
    """'Enthusiasm appears to have plummeted', 'New Hampshire seems stable', 'it appears that ...':
    the writer's hedged view, from the subject to the complement (first and last token), or the
    that-clause after 'it'. None with no complement ('he appeared on television'); 'seems to me'
    is the writer's view, also no one named."""
    complement = next((c for c in verb.rights if c.dep_ in _RAISED), None)
    if complement is None or (complement.lower_ == "like" and complement.dep_ != "ccomp"):
        return None
    subject = next((c for c in verb.lefts if c.dep_ in {"nsubj", "expl"}), None)
    last = complement.right_edge.i
    for child in verb.rights:  # 'it may seem surprising that ...', '... seemed to win, leaving ...'
        if child.i < complement.i or child.dep_ in {"punct", "cc"}:
            continue
        if child.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in child.children):
            break
        last = max(last, child.right_edge.i)
    while last > complement.i and verb.doc[last].is_punct and not verb.doc[last].is_quote:
        last -= 1
    if subject is None or (subject.lower_ == "it" and complement.dep_ == "ccomp"):
        return complement.left_edge.i, last
    return subject.left_edge.i, last


def interrupted_rest(sent: Span, verb: Token, subject: Token, content_end: int) -> Span | None:
    """'The argument would be aided, Devine said, by the upcoming calendar': what was said goes on
    after an attribution set off by commas in mid-sentence. The words after the second comma to
    the end of the sentence, or None when the attribution ends the sentence or what follows is a
    clause of its own ('..., he said, adding that ...', '..., she said, and ...')."""
    doc = verb.doc
    if content_end > verb.idx or (doc[verb.i - 1].text != "," and subject.i > verb.i):
        return None
    j = max(verb.i, subject.right_edge.i) + 1
    while j < sent.end and doc[j].head.i == verb.i and doc[j].dep_ in _ATTRIBUTION_TAIL:
        j = doc[j].right_edge.i + 1
    if j >= sent.end - 2 or doc[j].text != "," or doc[j + 1].lower_ in _NOT_RESUMING:
        return None
    if doc[j + 1].is_quote or doc[j + 1].tag_ == "VBG":
        return None
    rest = doc[j + 1 : sent.end]
    return rest if sum(1 for t in rest if t.is_alpha) >= 2 else None


_COPULAS = {"be", "remain", "seem", "appear", "become", "sound", "grow", "feel", "stay"}


def predicative_content(
    adjective: Token, preps: tuple[str, ...] | list[str]
) -> tuple[Token, list[Token]] | None:
    """(subject, content heads) of a view stated with an adjective after a copula: 'Republicans
    are critical of the plan' (its of/about/to phrase), 'she is confident that ...' (its clause);
    None when it is no complement of a copula or has no content."""
    head = adjective.head
    if adjective.dep_ != "acomp" or head.lemma_.lower() not in _COPULAS:
        return None
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "expl"}), None)
    if subject is None:
        return None
    heads = [c for c in adjective.children if c.dep_ in {"ccomp", "xcomp"} and c.i > adjective.i]
    heads += [
        g
        for c in adjective.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ in {"pobj", "pcomp"}
    ]
    if not heads and (subject.dep_ == "expl" or subject.lower_ == "it"):
        heads = [c for c in head.children if c.dep_ in {"ccomp", "csubj"} and c.i > adjective.i]
    return (subject, heads) if heads else None


def as_clause_content(verb: Token) -> Span | None:
    """'As the senator put it, the system is rigged', '... had a gun, as police have said': the
    clause the as-clause hangs on, without it (the longer side), or None when the cue is in no
    as-clause."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if any(
        (c.dep_ == "dobj" and c.lower_ not in {"it", "so", "this"}) or c.dep_ in {"prep", "dative"}
        for c in verb.children
    ):
        return None  # 'as she welcomed the guests', 'as he spoke to reporters': a time, not a source
    head, doc = verb.head, verb.doc
    left = doc[head.left_edge.i : verb.left_edge.i]
    right = doc[verb.right_edge.i + 1 : head.right_edge.i + 1]
    return left if len(left) >= len(right) else right


def colon_paragraph(text: str, verb: Token) -> tuple[int, int] | None:
    """'The governor added:' and then what was said, quoted or not: the rest of the paragraph
    after a colon that closes the verb's own words ('made the following comment:'), or the next
    paragraph when the colon ends its own. None when no such colon follows the verb, or fewer
    than two words follow it."""
    doc = verb.doc
    colon = None
    for j in range(verb.i + 1, min(verb.sent.end, verb.i + _COLON_REACH)):
        token = doc[j]
        if token.text == ":":
            colon = token
            break
        if token.pos_ in {"VERB", "AUX"} or token.is_quote or not verb.is_ancestor(token):
            return None
    if colon is None:
        return None
    start = colon.idx + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if not text[start:end].strip():  # 'He said:' closes its paragraph: the next one is what he said
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
    raw = text[start:end]
    start += len(raw) - len(raw.lstrip())
    end = start + len(raw.strip())
    return (start, end) if len(text[start:end].split()) >= 2 else None
