"""chronicle_claims: who said what, when -> `doc._.claims` (list of Claim).

A claim is read off a cue: a speech verb from the cue list (say, claim, warn, assess, ...), whose
subject is the speaker and whose complement is what was said (rules.claim_speakers, rules.claim_cues);
a clause, a comma and a speaker phrase ending at the verb ("..., Ukraine's army chief X said"); a cue
noun ("Moscow's demand that ..."); 'according to X', which attributes the rest of its clause to X.
Quotes signed with a name, transcript turns and quoted sentences standing alone are attributed by
layout. When a claim was made and what it is about in time come from rules.claim_dates. Only
sentences holding a cue are parsed further; the rest of the Doc is never walked.
"""

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from chronicle.extraction.models import Claim, When
from chronicle.extraction.rules.claim_cues import (
    adjacent_quote,
    as_clause_content,
    clause_end,
    colon_paragraph,
    content_heads,
    cue_words,
    interrupted_rest,
    phrase_at,
    predicative_content,
    quoted_share,
    raised_clause,
    with_quotes,
)
from chronicle.extraction.rules.claim_dates import (
    SpeechAct,
    anaphoric,
    date_interviews,
    governing_date,
    inherited_date,
    inherited_when,
    source_date,
)
from chronicle.extraction.rules.claim_records import build_claim, dedupe
from chronicle.extraction.rules.claim_speakers import (
    laid_out_claims,
    orphan_quote_claims,
    passive_experiencer,
    passive_object,
    subject_of,
    unsourced_passive,
)
from chronicle.extraction.rules.continuation import ContinuationCues, continuation_claims
from chronicle.extraction.rules.docindex import (
    DocIndex,
    TokenFilter,
    load_jsonl,
    publication_when,
    strip_span,
)
from chronicle.extraction.rules.intervals import Disjoint
from chronicle.extraction.rules.noun_cues import noun_attribution
from chronicle.extraction.rules.quote_fragments import continuing_fragments
from chronicle.extraction.rules.speech import Speaker, SpeakerResolver, find_quotes, trailing_attribution

__all__ = ["ClaimExtractor"]

_SKIP_SUBJECTS = {"i", "we", "you"}
_WRITER = {"i", "we"}
_SKIP_POSSESSORS = {"my", "our", "your"}


def _clause_head(token: Token) -> bool:
    """'Trump claims that ...' tagged as a plural noun: a cue word with a subject and a that-clause
    of its own is the verb the parser's tagger missed."""
    return any(c.dep_ == "nsubj" for c in token.children) and any(
        c.dep_ == "ccomp" and c.i > token.i for c in token.children
    )


def _content_span(doc: Doc, heads: list[Token]) -> Span:
    """The words under a cue's content heads, edge punctuation stripped."""
    return strip_span(doc[min(h.left_edge.i for h in heads) : max(h.right_edge.i for h in heads) + 1])


def _person_like(subject: Token) -> bool:
    """A name or a personal pronoun: 'Velden continued:' speaks, 'the fighting continued:' does not."""
    return subject.pos_ == "PROPN" or subject.lower_ in {"he", "she", "they"}


class ClaimExtractor:
    """Direct quotes, reported speech and assessments, attributed and dated."""

    def __init__(
        self,
        nlp: Language,
        name: str = "chronicle_claims",
        *,
        cues_file: str = "speech_cues.jsonl",
        roles_file: str = "speaker_roles.jsonl",
        continuation_file: str = "continuation_cues.jsonl",
        data_dir: str | None = None,
        window: int = 3,
    ) -> None:
        """Args: nlp: the pipeline (for its vocab); name: component name; cues_file, roles_file:
        continuation_file: openings that continue reported speech into the next sentence;
        cue lists under `data_dir` (default extraction/data); window: sentences searched back
        for the antecedent of 'he said' and for the speaker of a quote standing alone."""
        self.name = name
        self.window = window
        cues = load_jsonl(cues_file, data_dir)
        self.verbs = {row["lemma"]: row for row in cues if "lemma" in row}
        self.denials = frozenset(lemma for lemma, row in self.verbs.items() if row.get("denial"))
        self.phrases = [row["phrase"].split() for row in cues if "phrase" in row]
        self.nouns = {row["noun"]: row for row in cues if "noun" in row}
        self.adjectives = {row["adjective"]: row for row in cues if "adjective" in row}
        self.light_verbs = frozenset(row["light_verb"] for row in cues if "light_verb" in row)
        self.occasions = frozenset(row["occasion"] for row in cues if "occasion" in row)
        self.sayable = frozenset(row["sayable"] for row in cues if "sayable" in row)
        # 'in a poll released Monday, ...', 'by one estimate', 'in his view': the noun is the source
        self.source_nouns = {(row["prep"], row["source_noun"]): row for row in cues if "source_noun" in row}
        roles = load_jsonl(roles_file, data_dir)
        self.roles = frozenset(row["noun"] for row in roles if "noun" in row)
        self.utterances = frozenset(row["utterance"] for row in roles if "utterance" in row)
        self.gendered = {row["gendered"]: row["gender"] for row in roles if "gendered" in row}
        self.labels = frozenset(row["label"] for row in roles if "label" in row)
        self.proxies = frozenset(row["proxy"] for row in roles if "proxy" in row)
        self.indefinites = frozenset(row["indefinite"] for row in roles if "indefinite" in row)
        self.speech_verbs = TokenFilter(nlp.vocab, "LEMMA", self.verbs, pos="VERB")
        self.verbs_tagged_nouns = TokenFilter(nlp.vocab, "LEMMA", self.verbs, pos="NOUN")
        self.phrase_starts = TokenFilter(nlp.vocab, "LOWER", [p[0] for p in self.phrases])
        self.noun_cues = TokenFilter(nlp.vocab, "LEMMA", self.nouns, pos="NOUN")
        self.adjective_cues = TokenFilter(nlp.vocab, "LOWER", self.adjectives)
        self.source_preps = TokenFilter(nlp.vocab, "LOWER", {prep for prep, _ in self.source_nouns})
        self.continuations = ContinuationCues(continuation_file, data_dir)

    def __call__(self, doc: Doc) -> Doc:
        """Set `doc._.claims`."""
        doc._.claims = self.extract(doc)
        return doc

    # ------------------------------------------------------------------------------------------
    def extract(self, doc: Doc) -> list[Claim]:
        """All claims of a Doc, in text order."""
        mistagged = {i for i in self.verbs_tagged_nouns(doc) if _clause_head(doc[i])}
        cues = [(i, False) for i in sorted({*self.speech_verbs(doc), *mistagged})]
        cues += [(i, True) for i in self.phrase_starts(doc) if phrase_at(doc, i, self.phrases)]
        nouns = set(self.noun_cues(doc)) - mistagged
        adjectives = set(self.adjective_cues(doc))
        cues += [(i, False) for i in nouns | (adjectives - set(c for c, _ in cues))]
        sourced = {i: n for i in self.source_preps(doc) if (n := self._source_noun(doc[i])) is not None}
        cues += [(i, False) for i in sourced]
        index = DocIndex.build(doc)
        quotes = Disjoint(find_quotes(index.text))
        if not cues and not quotes.ranges and ":" not in index.text:
            return []
        resolver = SpeakerResolver(
            index, self.roles, self.window, self.utterances, self.gendered, self.proxies, self.indefinites
        )
        acts: list[SpeechAct] = []
        for start, is_source in sorted(cues):
            if quotes.strictly_inside(doc[start].idx):
                continue  # speech quoted inside a quote is the quoted speaker's, not ours
            if is_source:
                act = self._according_to(index, resolver, doc[start], quotes)
            elif start in sourced:
                act = self._source_phrase(index, resolver, doc[start], sourced[start], quotes)
            elif start in nouns:
                act = self._noun_cue(index, resolver, doc[start], quotes)
            elif start in adjectives:  # 'is confident that', 'were concerned about'
                act = self._adjective_cue(index, resolver, doc[start], quotes)
                if act is None and doc[start].lemma_.lower() in self.verbs and doc[start].pos_ == "VERB":
                    act = self._speech_verb(index, resolver, doc[start], quotes, acts)
            else:
                act = self._speech_verb(index, resolver, doc[start], quotes, acts)
            if act is not None:
                acts.append(act)

        def make(
            speaker: Speaker | None,
            stated: When | None,
            kind: str,
            start: int,
            end: int,
            lo: int,
            hi: int,
            cue: str | None = None,
        ) -> Claim:
            return build_claim(index, self.denials, speaker, stated, kind, start, end, lo, hi, cue=cue)

        claims = [a.claim for a in acts if a.claim is not None]
        claims += laid_out_claims(index, resolver, quotes, claims, make, self.labels)
        claims += orphan_quote_claims(index, resolver, quotes, claims, acts, make)
        date_interviews(index, acts, claims)

        def make_continued(speaker: Speaker, stated: When | None, kind: str, start: int, end: int) -> Claim:
            return make(speaker, stated, kind, start, end, start, end)

        busy = {a.sent for a in acts}
        claims += continuation_claims(index, claims, self.continuations, busy, quotes.ranges, make_continued)
        claims.sort(key=lambda c: (c.evidence.start, c.id))
        return dedupe(claims)

    # ------------------------------------------------------------------------------------------
    def _speech_verb(
        self,
        index: DocIndex,
        resolver: SpeakerResolver,
        verb: Token,
        quotes: Disjoint,
        acts: list[SpeechAct],
    ) -> SpeechAct | None:
        """'X said (on Friday) that ...', '"...," X said', '..., X's chief Y said', 'it is believed'."""
        cue = self.verbs[verb.lemma_.lower()]
        if "with" in cue and not any(c.lower_ == cue["with"] for c in verb.children):
            return None
        if "objects" in cue and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in cue["objects"] for c in verb.children
        ):
            return None  # 'raised concerns that ...', not 'raised $3 million'
        if any(c.dep_ == "dobj" and c.lower_ in cue.get("not_objects", ()) for c in verb.children):
            return None  # 'found themselves', 'find a way'
        if verb.dep_ == "amod":
            return None  # 'pledged delegates', 'so-called'
        if cue.get("verbal") and not self._verbal(index, verb, cue):
            return None  # 'attacked the village with drones' is no statement
        if cue.get("raising"):
            return self._raised(index, verb, quotes, cue)
        passive = passive_experiencer(verb, cue)
        subject = passive[0] if passive else subject_of(verb)
        heads = passive[1] if passive else content_heads(verb, cue, self.occasions, self.sayable)
        by_passive = None if passive else passive_object(verb, cue, heads)
        if by_passive is not None:  # 'was endorsed by the Times': the Times says so of the subject
            subject, heads = by_passive
        if cue.get("quote_only"):  # '"...," he continued': only a quote next to it was said
            heads = []
        trailing = (
            None
            if cue.get("quote_only") or any(h.dep_ == "prep" and h.i > verb.i for h in heads)
            else trailing_attribution(index, verb, bool(cue.get("object_content")))
        )  # not 'where land is scarce, builders see golf courses as wasted space'

        if trailing is not None:  # '..., Ukraine's army chief X said': X, whatever the parse says
            subject, heads = trailing[1], [h for h in heads if h.i < verb.i]
        unsourced = unsourced_passive(verb) if subject is None and heads else None
        if unsourced is not None:  # 'it is believed that ...', 'the vote is expected to ...': no one named
            subject = unsourced
        if subject is None or subject.lower_ == "you":
            return None
        writer = subject.lower_ in _WRITER  # 'I know ...', 'we asked ...' outside quotes: the author
        stated, skip_to = governing_date(index, verb, heads, subject, cue)
        if stated is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
            # 'acknowledged it in his address on Saturday, saying ...': said then
            stated = governing_date(index, verb.head, [verb], subject, {})[0]
        content: tuple[int, int] | None = None
        if trailing is not None:
            span = strip_span(trailing[0])
            content = (span.start_char, span.end_char) if len(span) else None
        elif heads:
            first = min(h.left_edge.i for h in heads)
            first = skip_to if first < skip_to <= max(h.right_edge.i for h in heads) else first
            span = strip_span(index.doc[first : clause_end(verb, heads, self.verbs) + 1])
            if len(span):
                content = (span.start_char, span.end_char)
        if content is None:
            content = adjacent_quote(index.text, verb, subject, quotes)
        if (
            content is None
            and cue["kind"] == "reported"
            and (not cue.get("quote_only") or _person_like(subject))
        ):
            content = colon_paragraph(index.text, verb)  # 'The governor added:' and the paragraph after it
        if (content is None and not cue.get("quote_only")) or cue.get("as_only"):  # 'as police have said'
            around = as_clause_content(verb)
            span = strip_span(around) if around is not None else None
            content = (span.start_char, span.end_char) if span is not None and len(span) else None
        if content is None and (cue.get("quote_only") or cue.get("as_only")):
            return None  # 'the war continued': no statement
        speaker = None if unsourced is not None or writer else resolver.resolve(subject)
        sent = index.sent_of(verb.i)
        refers_back = anaphoric(heads)
        if stated is None and speaker is not None and (speaker.via in {"pronoun", "role"} or refers_back):
            stated = inherited_date(acts, speaker, sent)
        if content is None:
            return SpeechAct(sent, speaker, stated)
        start, end = with_quotes(content, quotes)
        quoted = quoted_share(start, end, quotes)
        kind = "assessment" if cue["kind"] == "assessment" else "direct" if quoted else "reported"
        lo, hi = min(start, verb.idx), max(end, verb.idx + len(verb))
        ends_quoted = quotes.last_ending_by(end) is not None and quotes.last_ending_by(end)[1] == end
        more = (
            continuing_fragments(index, quotes, (start, end), verb.idx + len(verb), sent)
            if (quoted or ends_quoted) and end <= verb.idx
            else []
        )
        rest = None if more else interrupted_rest(index.sents[sent], verb, subject, end)
        if rest is not None:
            rest = strip_span(rest)
            more = [with_quotes((rest.start_char, rest.end_char), quotes)] if len(rest) else []
        claim = build_claim(
            index, self.denials, speaker, stated, kind, start, end, lo, hi, cue=cue_words(verb), more=more
        )
        if refers_back and claim.when is None:  # 'this was because ...' is about what it refers to
            claim.when = inherited_when(acts, speaker, sent)
        return SpeechAct(sent, speaker, stated, claim)

    def _verbal(self, index: DocIndex, verb: Token, cue: dict) -> bool:
        """A verb that is speech only when aimed at a person, a group or words ('attacked Clinton
        for', 'challenged the claim'), not at a place or a thing, nor with a weapon."""
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            return False
        if any(c.dep_ == "prep" and c.lower_ in cue.get("preps", ()) for c in verb.children):
            return True
        subject = subject_of(verb)
        if subject is not None and (
            subject.lower_ in {"he", "she"} or getattr(index.entity_of(subject), "type", None) == "Person"
        ):
            return True  # 'Trump attacked Machado'
        for child in verb.children:
            if child.dep_ == "dobj":
                ref = index.entity_of(child)
                lemma = child.lemma_.lower()
                return (
                    (ref is not None and ref.type in {"Person", "Organization"})
                    or child.lower_ in {"him", "her"}
                    or index.doc[child.left_edge.i].is_quote
                    or lemma in self.nouns
                    or lemma in self.utterances
                    or lemma in self.roles
                )
        return False

    def _raised(self, index: DocIndex, verb: Token, quotes: Disjoint, cue: dict) -> SpeechAct | None:
        """'Enthusiasm appears to have plummeted': a hedged view no one named holds."""
        found = raised_clause(verb)
        if found is None:
            return None
        span = strip_span(index.doc[found[0] : found[1] + 1])
        if not len(span):
            return None
        start, end = with_quotes((span.start_char, span.end_char), quotes)
        lo, hi = min(start, verb.idx), max(end, verb.idx + len(verb))
        claim = build_claim(index, self.denials, None, None, cue["kind"], start, end, lo, hi, cue=verb.text)
        return SpeechAct(index.sent_of(verb.i), None, None, claim, hedge=True)

    def _noun_cue(
        self, index: DocIndex, resolver: SpeakerResolver, noun: Token, quotes: Disjoint
    ) -> SpeechAct | None:
        """'Moscow's demand that Ukraine withdraw': the possessor's claim."""
        found = noun_attribution(noun, self.light_verbs)
        if found is None or (found[0] is not None and found[0].lower_ in _SKIP_SUBJECTS | _SKIP_POSSESSORS):
            return None
        subject, heads = found
        if subject is None:
            if noun.head.lemma_.lower() in self.verbs and noun.dep_ == "dobj":
                return None  # 'raised concerns that ...': the verb's claim holds it
            if any(h.left_edge.i <= noun.head.i <= h.right_edge.i for h in heads):
                return None  # the clause swallowed the noun's own verb: a misparse
            subject = self._noun_owner(noun)
        span = _content_span(index.doc, heads)
        if not len(span):
            return None
        speaker = resolver.resolve(subject) if subject is not None else None
        start, end = with_quotes((span.start_char, span.end_char), quotes)
        kind = self.nouns[noun.lemma_.lower()]["kind"]
        lo, hi = min(start, (subject or noun).idx), max(end, noun.idx + len(noun))
        claim = build_claim(index, self.denials, speaker, None, kind, start, end, lo, hi, cue=noun.text)
        return SpeechAct(index.sent_of(noun.i), speaker, None, claim)

    def _noun_owner(self, noun: Token) -> Token | None:
        """Who holds a cue noun named without a possessor: a name compounded before it ('Trump
        charges that ...', a headline), or the subject of the speech verb it is said in ('says in a
        statement that ...')."""
        name = next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        if name is not None and not any(c.dep_ == "det" for c in noun.lefts):
            return name
        prep = noun.head
        if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lemma_.lower() in self.verbs:
            return subject_of(prep.head)
        return None

    def _adjective_cue(
        self, index: DocIndex, resolver: SpeakerResolver, adjective: Token, quotes: Disjoint
    ) -> SpeechAct | None:
        """'Republicans are critical of the plan', 'she is confident that ...': the subject's view;
        'it is clear that ...' is no one's named."""
        found = predicative_content(adjective, self.adjectives[adjective.lower_].get("preps", ()))
        if found is None:
            return None
        subject, heads = found
        if subject.lower_ in _SKIP_SUBJECTS:
            return None
        span = _content_span(index.doc, heads)
        if not len(span):
            return None
        speaker = None if subject.dep_ == "expl" or subject.lower_ == "it" else resolver.resolve(subject)
        start, end = with_quotes((span.start_char, span.end_char), quotes)
        kind = self.adjectives[adjective.lower_]["kind"]
        lo, hi = min(start, subject.idx), max(end, adjective.idx + len(adjective))
        claim = build_claim(index, self.denials, speaker, None, kind, start, end, lo, hi, cue=adjective.text)
        return SpeechAct(index.sent_of(adjective.i), speaker, None, claim)

    def _source_noun(self, prep: Token) -> Token | None:
        """The noun of 'In a poll released Monday,' or 'In his view,' that is the source of the clause
        the phrase opens; None when the phrase hangs on a noun or on a speech verb ('said in an
        interview', whose claim that verb makes), comes after its verb ('trails in the polls') or
        names no one's view."""
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if (
            noun is None
            or prep.dep_ != "prep"
            or (prep.head.pos_ not in {"VERB", "AUX"} and prep.head.dep_ != "ROOT")
        ):
            return None
        row = self.source_nouns.get((prep.lower_, noun.lemma_.lower())) or self.source_nouns.get(
            (prep.lower_, noun.lower_)
        )
        if row is None or prep.head.lemma_.lower() in self.verbs:
            return None
        after = prep.right_edge.i + 1
        when = next((c for c in prep.head.children if c.dep_ == "npadvmod" and c.left_edge.i == after), None)
        after = after if when is None else when.right_edge.i + 1  # 'In a poll last month, ...'
        if prep.i > prep.head.i or after >= len(prep.doc) or prep.doc[after].text != ",":
            return None  # set off before its clause: 'In a poll released Monday, ...', not '... in polls'
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if row.get("possessed") and owner is None:
            return None  # 'in view of the weather'
        return owner if row.get("possessed") else noun

    def _source_phrase(
        self, index: DocIndex, resolver: SpeakerResolver, prep: Token, source: Token, quotes: Disjoint
    ) -> SpeechAct | None:
        """'In a poll released Monday, Clinton led by four points': the poll's finding, the rest of
        the clause; 'in his view, ...': his."""
        doc, clause = index.doc, prep.head
        left = doc[clause.left_edge.i : prep.left_edge.i]
        right = doc[prep.right_edge.i + 1 : clause.right_edge.i + 1]
        body = strip_span(left if len(left) >= len(right) else right)
        if sum(1 for t in body if t.is_alpha) < 3:
            return None
        speaker = None if source.lower_ in _WRITER | _SKIP_POSSESSORS else resolver.resolve(source)
        start, end = with_quotes((body.start_char, body.end_char), quotes)
        lo, hi = min(start, prep.idx), max(end, doc[prep.right_edge.i].idx)
        claim = build_claim(index, self.denials, speaker, None, "reported", start, end, lo, hi, cue=prep.text)
        return SpeechAct(index.sent_of(prep.i), speaker, None, claim)

    def _according_to(
        self,
        index: DocIndex,
        resolver: SpeakerResolver,
        according: Token,
        quotes: Disjoint,
    ) -> SpeechAct | None:
        """'according to X' (a briefing by X: X's): the longer side of its clause is what X says."""
        doc = index.doc
        to = doc[according.i + 1] if according.i + 1 < len(doc) else None
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if source is None:
            return None
        clause = according.head if according.head.i != according.i else according
        sent = index.sents[index.sent_of(according.i)]
        left_part = doc[clause.left_edge.i : according.left_edge.i]
        right_part = doc[according.right_edge.i + 1 : max(clause.right_edge.i + 1, sent.end)]
        body = strip_span(left_part if len(left_part) >= len(right_part) else right_part)
        if not any(t.is_alpha for t in doc[according.right_edge.i + 1 : sent.end]):
            # '..., and B, according to X.' ends its sentence: all of the sentence before it
            body = strip_span(doc[sent.start : according.left_edge.i])
        if not len(body):
            return None
        speaker = resolver.resolve(source)
        stated = source_date(index, source) or publication_when(index.published_at)
        start, end = with_quotes((body.start_char, body.end_char), quotes)
        claim = build_claim(
            index,
            self.denials,
            speaker,
            stated,
            "reported",
            start,
            end,
            sent.start_char,
            sent.end_char,
            cue="according to",
        )
        return SpeechAct(index.sent_of(according.i), speaker, stated, claim)
