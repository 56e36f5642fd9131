"""Who is speaking: quote regions in the text and the speaker behind a subject token.

News attributes speech with a subject that is a name ("Syrskyi said"), a titled name ("Defense
Minister Rustem Umerov said"), a name in apposition ("the head of the bank, Elvira Nabiullina,
warned"), a pronoun ("he said", resolved to the last person of that gender who was a subject or a
speaker) or a definite role ("the military chief said", resolved to the person the next sentence
names, as news ledes do), or a title and name after the clause ("..., Ukraine's army chief X said").
Quote regions come from extraction.rules.quotes (`find_quotes`, re-exported here).
"""

from bisect import bisect_left, insort
from dataclasses import dataclass

from spacy.tokens import Span, Token

from chronicle.extraction.rules.docindex import DocIndex, EntityRef
from chronicle.extraction.rules.lexicon import prepositions
from chronicle.extraction.rules.quotes import find_quotes

__all__ = ["Speaker", "SpeakerResolver", "find_quotes", "np_text", "trailing_attribution"]

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_PERSON_PRONOUNS = {"he", "she", "his", "her"}  # possessives speak in 'his claim that ...'
_GROUP_PRONOUNS = {"it", "they", "its", "their"}
_TITLES = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "sir": "m"}
_GROUP_PREPS = prepositions("speaker_group")
_AUTHOR_PREPS = prepositions("noun_author")
_DOER_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee")
_NP_LEFT = {"amod", "compound", "nmod", "poss", "case", "nummod", "quantmod", "npadvmod"}
_RIGHT_CONTENT = {"ccomp", "xcomp", "parataxis"}
_QUOTE_MARKS = {'"', "'", "“", "‘", "«", "``", ":"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_SUBORDINATORS = {
    "when",
    "while",
    "as",
    "if",
    "after",
    "before",
    "because",
    "although",
    "though",
    "since",
    "once",
    "until",
    "unless",
    "whether",
}
_LONGEST_SPEAKER = 12  # words in a speaker phrase, titles included


def trailing_attribution(index: DocIndex, verb: Token, objects: bool = False) -> tuple[Span, Token] | None:
    """'Russia has massed 40,000 troops near Kharkiv, Ukraine's defence minister Anna Kovalenko
    said in an address': a clause, a comma, then a speaker noun phrase ending at the speech verb.

    Read off the words, since the parser often hangs such a title-and-name on the place before the
    comma. Returns the clause (what was said) and the token naming the speaker (a person, else an
    organisation, else the phrase's last word), or None when the verb introduces what follows it
    or the words before the comma hold no clause of their own. `objects`: the verb's object is
    what was said ('confirmed the capture'), so an object after it is its content too."""
    doc = verb.doc
    sent = index.sents[index.sent_of(verb.i)]
    content = _RIGHT_CONTENT | {"dobj"} if objects else _RIGHT_CONTENT
    if any(c.i > verb.i and c.dep_ in content for c in verb.children):
        return None
    following = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if following is not None and (following.lower_ == "that" or following.text in _QUOTE_MARKS):
        return None
    i, end = verb.i - 1, verb.i
    if doc[i].text == "," and i - 1 > sent.start:  # '"...," Flynn, a top surrogate, said'
        i, end = i - 1, i
        while i > sent.start and verb.i - i <= _LONGEST_SPEAKER and _speaker_word(doc[i]):
            i -= 1
        if doc[i].text != "," or doc[i - 1].tag_ != "NNP":
            return None
    while i > sent.start and verb.i - i <= _LONGEST_SPEAKER and _speaker_word(doc[i]):
        i -= 1
    comma, phrase = doc[i], doc[i + 1 : end]
    if comma.text != "," or not len(phrase) or phrase[-1].pos_ not in {"PROPN", "NOUN"}:
        return None
    clause = doc[sent.start : comma.i]
    k = comma.i - 1
    while k > sent.start and doc[k].tag_ == "NNP":
        k -= 1
    if k < comma.i - 1 and (doc[k].is_quote or doc[k].text == ","):
        # '"...," Flynn, a top surrogate, said': the name set off before the title speaks
        clause, phrase = doc[sent.start : k + 1], doc[k + 1 : comma.i]
    if not any(t.tag_ in _FINITE for t in clause) or clause[0].lower_ in _SUBORDINATORS:
        return None
    refs = [r for t in phrase if (r := index.entity_of(t)) is not None]
    for wanted in ("Person", "Organization"):
        named = next((r for r in refs if r.type == wanted), None)
        if named is not None:
            return clause, doc[named.end - 1]
    return clause, phrase[-1]


def _speaker_word(token: Token) -> bool:
    """A word of a speaker phrase: "Ukraine's commander-in-chief Oleksandr Syrskyi"."""
    if token.pos_ in {"PROPN", "NOUN", "ADJ", "DET"} or token.tag_ in {"POS", "HYPH"}:
        return True
    return token.lower_ in {"of", "in"} and token.i > 0 and token.nbor(-1).pos_ in {"NOUN", "PROPN", "PUNCT"}


def _represented(subject: Token) -> Token | None:
    """The group a spokesperson speaks for: the object of its 'for' or 'of' phrase."""
    for child in subject.rights:
        if child.dep_ == "prep" and child.lower_ in {"for", "of"}:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _appositive_name(subject: Token) -> str | None:
    """A proper name in apposition to a common-noun subject, that no entity covers: its words."""
    if subject.pos_ != "NOUN":
        return None
    for child in subject.rights:
        if child.dep_ == "appos" and child.tag_ == "NNP":
            words = [t for t in child.lefts if t.dep_ in {"compound", "flat"} and t.tag_ == "NNP"]
            first = min([child.i, *(t.i for t in words)])
            return child.doc[first : child.i + 1].text
    return None


def np_text(token: Token) -> str:
    """A noun phrase as written, without determiner, apposition or relative clause.

    'the Ukrainian military chief' -> 'Ukrainian military chief'; 'The Institute for the Study of
    War – a think-tank' -> 'Institute for the Study of War'.
    """
    start = token.i
    for child in token.lefts:
        if child.dep_ in _NP_LEFT and not (child.dep_ == "amod" and child.tag_ in {"VBN", "VBG"}):
            start = min(start, child.left_edge.i)  # not 'alarmed' in 'alarmed officials'
    end = token.i + 1
    preps = {"of", "for", "in"} if token.tag_ == "NNS" else {"of", "for"}  # 'officials in Kyiv'
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            end = child.right_edge.i + 1
            break
        if child.dep_ not in {"compound", "flat"}:
            break
    doc = token.doc
    while start < end and (doc[start].is_punct or doc[start].dep_ == "det"):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end].text


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: entity key (None when not a known entity), name and how it was found."""

    key: str | None
    name: str
    via: str  # entity | pronoun | role | phrase | utterance
    type: str | None = None


def _in_adverbial_clause(token: Token) -> bool:
    """Inside a clause hung on its verb as an adverbial ('when a journalist asked about them')."""
    return any(t.dep_ == "advcl" for t in token.ancestors) or token.dep_ == "advcl"


class SpeakerResolver:
    """Resolves subject tokens to speakers, remembering who spoke so that 'he said' can follow.

    Call `resolve` in text order: each resolution is remembered as a mention for later pronouns.
    """

    def __init__(
        self,
        index: DocIndex,
        role_nouns: frozenset[str],
        window: int = 3,
        utterances: frozenset[str] = frozenset(),
        gendered: dict[str, str] | None = None,
        proxies: frozenset[str] = frozenset(),
        indefinites: frozenset[str] = frozenset(),
    ) -> None:
        """Args: index: the doc's lookups; role_nouns: heads like 'minister'; window: sentences;
        utterances: nouns that speak for their author ('a statement by X said', 'footage
        published by X shows'), never speakers themselves; gendered: nouns with a gender
        ('mother': 'f'), so that 'he' is not 'his mother'; proxies: nouns that speak for the group
        they name ('a spokesman for the army'); indefinites: pronouns that speak for no one
        named ('some', 'each', 'someone'), the source as written."""
        self.proxies = proxies
        self.indefinites = indefinites
        self.index = index
        self.roles = role_nouns
        self.utterances = utterances
        self.gendered = gendered or {}
        self.window = window
        self.gender: dict[str, str] = {}
        self.spoken: list[tuple[int, Speaker]] = []  # (token index, speaker) in text order
        self._spoken_at: list[tuple[int, int]] = []  # (token index, position in spoken), sorted
        self._subjectish = [r for r in index.entities if self._is_subjectish(r)]
        self._subjectish_starts = [r.start for r in self._subjectish]
        self._roles_before: dict[str | None, set[str]] = {}  # key -> lemmas just before its mentions
        self._mentions: dict[str, list[EntityRef]] | None = None
        for ref in index.entities:
            if ref.type == "Person":
                self._learn_title(ref)

    def _root(self, ref: EntityRef) -> Token:
        span = self.index.doc[ref.start : ref.end]
        return span.root

    def _is_subjectish(self, ref: EntityRef) -> bool:
        """A subject, or named inside one ('the head of the bank, Elvira Nabiullina, said')."""
        token = self._root(ref)
        for _ in range(4):
            if token.dep_ in SUBJECT_DEPS:
                return True
            if token.dep_ not in {"appos", "compound", "pobj", "prep"} or token.head.i == token.i:
                return False
            token = token.head
        return False

    def _learn_title(self, ref: EntityRef) -> None:
        if ref.start > 0 and ref.key not in self.gender:
            title = _TITLES.get(self.index.doc[ref.start - 1].lower_)
            if title:
                self.gender[ref.key] = title

    # ------------------------------------------------------------------------------------------
    def resolve(self, subject: Token) -> Speaker | None:
        """The speaker behind a subject token (None for I/we/you, or when nothing fits)."""
        lower = subject.lower_
        if subject.pos_ == "PRON":
            if lower in _PERSON_PRONOUNS:
                return self._remember(subject.i, self.antecedent(subject, "Person", lower))
            if lower in _GROUP_PRONOUNS:
                return self._remember(subject.i, self.antecedent(subject, "Organization", lower))
            if lower in {"who", "that", "which"} and subject.head.dep_ == "relcl":
                return self.resolve(subject.head.head)
            if lower in self.indefinites:  # 'some believe', 'not everyone agrees': as written, no entity
                negated = any(c.dep_ == "neg" or c.lower_ == "not" for c in subject.lefts)
                return Speaker(
                    None, ("not " if negated else "") + (np_text(subject) or subject.text), "phrase"
                )
            return None
        ref = self._entity_for(subject)
        if ref is not None:
            self._learn_title(ref)
            return self._remember(subject.i, Speaker(ref.key, ref.text, "entity", ref.type))
        lemma = subject.lemma_.lower()
        group = _represented(subject) if lemma in self.proxies else None
        if group is not None:  # 'a spokesman for the Dnipro group': the group speaks
            return self._remember(subject.i, Speaker(None, np_text(group), "phrase", "Organization"))
        named = _appositive_name(subject)
        if named is not None:  # 'the acting governor of the region, Alexei Smirnov, said'
            return self._remember(subject.i, Speaker(None, named, "phrase", "Person"))
        if subject.lemma_.lower() in self.roles and self._is_definite(subject):
            found = self._role_antecedent(subject)
            if found is not None:
                self._remember(subject.i, found)
                return self._as_written(subject, found)
        if subject.lemma_.lower() in self.utterances:
            # 'according to a briefing by the eastern command': the author speaks
            author = next((t for c in subject.rights if c.lower_ in _AUTHOR_PREPS for t in c.rights), None)
            if author is not None and author.dep_ == "pobj":
                return self.resolve(author)
            # 'a new poll shows', 'the study found': the poll is the source as written, no entity and
            # no antecedent for a later 'he' or 'they'
            name = np_text(subject)
            return Speaker(None, name, "utterance") if name else None
        named = self._named_before(subject)
        if named is not None:
            self._remember(subject.i, Speaker(named.key, named.text, "role", named.type))
            return self._as_written(subject, Speaker(named.key, named.text, "role", named.type))
        name = np_text(subject)
        if not name:
            return None
        return self._remember(subject.i, Speaker(None, name, "phrase", self._phrase_type(subject)))

    @staticmethod
    def _as_written(subject: Token, found: Speaker) -> Speaker:
        """'the president said' after 'Barack Obama': the name as written ('president'), the key
        of the person it refers to; later pronouns still find the resolved name."""
        written = np_text(subject)
        if found.key is None or not written:
            return found
        return Speaker(found.key, written, found.via, found.type)

    def _named_before(self, subject: Token) -> EntityRef | None:
        """'The mission said' after 'the UN Human Rights Monitoring Mission': the last organisation
        whose name holds the definite noun ('the agency', 'the administration')."""
        if subject.tag_ != "NN" or not any(c.lower_ == "the" and c.dep_ == "det" for c in subject.lefts):
            return None
        words = {subject.lower_} | {c.lower_ for c in subject.lefts if c.dep_ in {"amod", "compound"}}
        entities = self.index.entities
        for at in range(bisect_left(self.index.entity_starts, subject.i) - 1, -1, -1):
            ref = entities[at]
            if ref.type == "Organization" and words <= set(ref.text.lower().split()):
                return ref  # 'the regional administration' is not 'the City Military Administration'
        return None

    def _phrase_type(self, head: Token) -> str | None:
        """'a history teacher' can be 'he' later; 'the ministry' cannot. Singular nouns naming a
        role or a doer (-er, -or, -ist, -ian, -ant, -ent) and bare names count as persons."""
        lemma = head.lemma_.lower()
        if head.tag_ == "NN" and (lemma in self.roles or lemma.endswith(_DOER_SUFFIXES)):
            return "Person"
        if head.tag_ == "NNP" and not any(c.dep_ == "det" for c in head.lefts):
            return "Person"  # an unlinked bare name ('Syrskyi said'): most often a person
        return None

    def remember(self, position: int, speaker: Speaker) -> None:
        """Record an attribution made elsewhere (an 'according to' source, an orphan quote)."""
        self._remember(position, speaker)

    def _remember(self, position: int, speaker: Speaker | None) -> Speaker | None:
        if speaker is not None:
            insort(self._spoken_at, (position, len(self.spoken)))
            self.spoken.append((position, speaker))
        return speaker

    def _entity_for(self, subject: Token) -> EntityRef | None:
        """The entity a subject names: on its head, in apposition, or in its name compounds."""
        index = self.index
        ref = index.entity_of(subject)
        if ref is not None:
            return ref
        named = [
            index.entity_of(t)
            for t in subject.subtree
            if t.dep_ == "appos" and t.head.dep_ != "relcl" and index.entity_of(t) is not None
        ]
        for wanted in ("Person", "Organization"):
            for ref in named:
                if ref is not None and ref.type == wanted:
                    return ref
        lemma = subject.lemma_.lower()
        if lemma in self.utterances or lemma in self.roles:
            # 'a statement by Boeing given by spokesman William Barksdale', 'chief of staff X'
            inside = [index.entity_of(t) for t in subject.subtree if t.i != subject.i]
            for wanted in ("Person", "Organization"):
                for ref in inside:
                    if ref is not None and ref.type == wanted:
                        return ref
        if subject.tag_ == "NNS":  # 'analysts at the Baltic Institute' speak for it
            for child in subject.rights:
                if child.dep_ == "prep" and child.lower_ in _GROUP_PREPS:
                    for token in child.subtree:
                        ref = index.entity_of(token)
                        if ref is not None and ref.type == "Organization":
                            return ref
        for child in subject.lefts:
            if child.dep_ in {"compound", "nmod"} and child.pos_ == "PROPN":
                ref = index.entity_of(child)
                if ref is not None and ref.type in {"Person", "Organization"}:
                    return ref
        return None

    @staticmethod
    def _is_definite(token: Token) -> bool:
        return any(c.dep_ in {"det", "poss"} for c in token.lefts)

    def _candidates(self, before: int, etype: str) -> list[tuple[int, str, str]]:
        """(position, key, name) of subject-like mentions and earlier speakers before a token."""
        first_sent = self.index.sent_of(before) - self.window
        low = self.index.sents[max(first_sent, 0)].start
        starts = self._subjectish_starts
        found = [
            (r.start, r.key, r.text)
            for r in self._subjectish[bisect_left(starts, low) : bisect_left(starts, before)]
            if r.type == etype
        ]
        spoken = self._spoken_at
        for pos, at in spoken[bisect_left(spoken, (low, -1)) : bisect_left(spoken, (before, -1))]:
            s = self.spoken[at][1]
            if s.type == etype and (s.key or s.via == "phrase"):
                found.append((pos, s.key, s.name))
        found.sort()
        return found

    def antecedent(self, pronoun: Token, etype: str, lower: str) -> Speaker | None:
        """The most recent compatible subject or speaker of `etype` for a pronoun."""
        wanted = "m" if lower in _MALE else "f" if lower in _FEMALE else None
        fitting = []
        for pos, key, name in self._candidates(pronoun.i, etype):
            known = self.gender.get(key or name) or (
                None if key else self.gendered.get(name.split()[-1].lower())
            )
            if not (wanted and known and known != wanted):
                fitting.append((pos, key, name))
        if not fitting:
            return None
        _, key, name = self._main_clause_first(fitting, pronoun)
        if wanted:
            self.gender[key or name] = wanted
        return Speaker(key, name, "pronoun", etype)

    def _main_clause_first(
        self, fitting: list[tuple[int, str | None, str]], pronoun: Token
    ) -> tuple[int, str | None, str]:
        """The most recent candidate, unless it stands in an adverbial clause of an earlier sentence
        whose main clause holds another ('X did not deny it when a journalist asked. He said ...': X)."""
        last = fitting[-1]
        doc, sent = self.index.doc, self.index.sent_of(last[0])
        if sent == self.index.sent_of(pronoun.i) or not _in_adverbial_clause(doc[last[0]]):
            return last
        for candidate in reversed(fitting[:-1]):
            if self.index.sent_of(candidate[0]) != sent:
                break
            if not _in_adverbial_clause(doc[candidate[0]]):
                return candidate
        return last

    def _role_antecedent(self, subject: Token) -> Speaker | None:
        """A definite role ('the minister'): a person named with that role before, else the
        person who is a subject in the next sentence (a lede names the speaker just after)."""
        index = self.index
        role = subject.lemma_.lower()
        for _, key, name in reversed(self._candidates(subject.i, "Person")):
            if role in self._lemmas_before(key):
                return Speaker(key, name, "role", "Person")
        position = index.sent_of(subject.i) + 1
        if position < len(index.sents):
            sent = index.sents[position]
            starts = self._subjectish_starts
            for ref in self._subjectish[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]:
                if ref.type != "Place":
                    return Speaker(ref.key, ref.text, "role", ref.type)
        if subject.tag_ in {"NN", "NNP"} and any(c.lower_ == "the" for c in subject.lefts):
            # 'Gen. X reported ... "...," the Commander-in-Chief said': the last person named
            named = [(key, name) for _, key, name in self._candidates(subject.i, "Person") if key]
            if named:
                return Speaker(named[-1][0], named[-1][1], "role", "Person")
        return None

    def _lemmas_before(self, key: str | None) -> set[str]:
        """Lower-cased lemmas of the four tokens before each mention of an entity (its titles)."""
        if self._mentions is None:
            self._mentions = {}
            for ref in self.index.entities:
                self._mentions.setdefault(ref.key, []).append(ref)
        if key not in self._roles_before:
            doc = self.index.doc
            self._roles_before[key] = {
                t.lemma_.lower()
                for ref in self._mentions.get(key or "", [])
                if ref.start > 0
                for t in doc[max(ref.start - 4, 0) : ref.start]
            }
        return self._roles_before[key]
