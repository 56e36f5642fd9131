"""chronicle_claims: who said what, when -> `doc._.claims` (list of Claim).

A claim is read off a speech verb from the cue list (say, claim, warn, assess, ...): its subject is the
speaker, its clausal complement (or, for verbs like 'report', its object) is what was said, and a time
expression attached to the verb and not to what was said is when it was said ("said on Friday that").
A clause followed by a comma and a speaker phrase ending at the verb ("..., Ukraine's army chief X
said in an interview") is what X said, however the parser attached the title and name.
'according to X' attributes the rest of its clause to X ('a briefing by X' is X's). What a claim is
about in time is dated only from its own clauses (claim_dates). A quote that spans sentences belongs whole to
the verb that introduces or closes it; a quoted sentence standing alone continues the last speaker.
Only sentences holding a cue are parsed further; the rest of the Doc is never walked.
"""

from bisect import bisect_left
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from chronicle.extraction.ids import short_hash
from chronicle.extraction.models import Claim, Mention, When
from chronicle.extraction.rules.claim_dates import content_tokens, governing_date, source_date
from chronicle.extraction.rules.continuation import ContinuationCues, continuation_claims
from chronicle.extraction.rules.docindex import (
    DocIndex,
    TokenFilter,
    evidence_for,
    load_jsonl,
    publication_when,
    strip_span,
)
from chronicle.extraction.rules.intervals import Disjoint, Overlaps
from chronicle.extraction.rules.noun_cues import noun_attribution
from chronicle.extraction.rules.polarity import statement_polarity
from chronicle.extraction.rules.quote_fragments import continuing_fragments
from chronicle.extraction.rules.signed import signed_quotes, transcript_turns
from chronicle.extraction.rules.speech import Speaker, SpeakerResolver, find_quotes, trailing_attribution

__all__ = ["ClaimExtractor", "SpeechAct"]

_CONTENT_DEPS = {"ccomp", "parataxis"}
_SKIP_SUBJECTS = {"i", "we", "you"}
_CLAUSE_STOPS = {"conj", "cc", "punct", "parataxis", "dep", "nsubj", "nsubjpass"}
_ANAPHORS = {"this", "that", "it"}
_EXPLAINING = {"be", "mean"}  # 'it was because', 'it meant': 'it' is the previous statement


@dataclass
class SpeechAct:
    """One attribution found in the text, kept also without content for dating later quotes."""

    sent: int
    speaker: Speaker | None
    stated: When | None
    claim: Claim | None = None


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
        roles = load_jsonl(roles_file, data_dir)
        self.roles = frozenset(row["noun"] for row in roles if "noun" in row)
        self.utterances = frozenset(row["utterance"] for row in roles if "utterance" in row)
        self.gendered = {row["gendered"]: row["gender"] for row in roles if "gendered" in row}
        self.speech_verbs = TokenFilter(nlp.vocab, "LEMMA", self.verbs, pos="VERB")
        self.phrase_starts = TokenFilter(nlp.vocab, "LOWER", [p[0] for p in self.phrases])
        self.noun_cues = TokenFilter(nlp.vocab, "LEMMA", self.nouns, pos="NOUN")
        self.continuations = ContinuationCues(continuation_file, data_dir)

    def __call__(self, doc: Doc) -> Doc:
        """Set `doc._.claims`."""
        doc._.claims = self.extract(doc)
        return doc

    # ------------------------------------------------------------------------------------------
    def extract(self, doc: Doc) -> list[Claim]:
        """All claims of a Doc, in text order."""
        cues = [(i, False) for i in self.speech_verbs(doc)]
        cues += [(i, True) for i in self.phrase_starts(doc) if self._phrase_at(doc, i)]
        nouns = set(self.noun_cues(doc))
        cues += [(i, False) for i in nouns]
        index = DocIndex.build(doc)
        quotes = Disjoint(find_quotes(index.text))
        if not cues and not quotes.ranges and ":" not in index.text:
            return []
        resolver = SpeakerResolver(index, self.roles, self.window, self.utterances, self.gendered)
        acts: list[SpeechAct] = []
        claimed: list[tuple[int, int]] = []
        for start, is_source in sorted(cues):
            if quotes.strictly_inside(doc[start].idx):
                continue  # speech quoted inside a quote is the quoted speaker's, not ours
            if is_source:
                act = self._according_to(index, resolver, doc[start], quotes)
            elif start in nouns:
                act = self._noun_cue(index, resolver, doc[start], quotes)
            else:
                act = self._speech_verb(index, resolver, doc[start], quotes, acts)
            if act is None:
                continue
            acts.append(act)
            if act.claim is not None:
                claimed.append((act.claim.evidence.start, act.claim.evidence.end))
        claims = [a.claim for a in acts if a.claim is not None]
        claims += self._laid_out(index, resolver, quotes, claims)
        claims += self._orphan_quotes(index, resolver, quotes, claims, acts)
        _date_interviews(index, acts, claims)

        def make(speaker: Speaker, stated: When | None, kind: str, start: int, end: int) -> Claim:
            return self._claim(index, speaker, stated, kind, start, end, start, end)

        busy = {a.sent for a in acts}
        claims += continuation_claims(index, claims, self.continuations, busy, quotes.ranges, make)
        claims.sort(key=lambda c: (c.evidence.start, c.id))
        return _dedupe(claims)

    def _phrase_at(self, doc: Doc, i: int) -> bool:
        """A source phrase ('according to') starts at token i."""
        for phrase in self.phrases:
            words = [t.lower_ for t in doc[i : i + len(phrase)]]
            if words == phrase:
                return True
        return False

    # speech verbs ------------------------------------------------------------------------------
    def _speech_verb(
        self,
        index: DocIndex,
        resolver: SpeakerResolver,
        verb: Token,
        quotes: Disjoint,
        acts: list[SpeechAct],
    ) -> SpeechAct | None:
        cue = self.verbs[verb.lemma_.lower()]
        if "with" in cue and not any(c.lower_ == cue["with"] for c in verb.children):
            return None
        passive = _passive_experiencer(verb, cue)
        subject = passive[0] if passive else _subject(verb)
        heads = passive[1] if passive else _content_heads(verb, cue)
        trailing = trailing_attribution(index, verb, bool(cue.get("object_content")))
        if trailing is not None:  # '..., Ukraine's army chief X said': X, whatever the parse says
            subject, heads = trailing[1], [h for h in heads if h.i < verb.i]
        unsourced = _unsourced_passive(verb) if subject is None and heads else None
        if unsourced is not None:  # 'it is believed that ...', 'the vote is expected to ...': no one named
            subject = unsourced
        if subject is None or subject.lower_ in _SKIP_SUBJECTS:
            return None
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
            span = strip_span(index.doc[first : self._clause_end(verb, heads) + 1])
            if len(span):
                content = (span.start_char, span.end_char)
        if content is None:
            content = _adjacent_quote(index.text, verb, subject, quotes)
        speaker = None if unsourced is not None else resolver.resolve(subject)
        sent = index.sent_of(verb.i)
        anaphoric = _anaphoric(heads)
        if stated is None and speaker is not None and (speaker.via in {"pronoun", "role"} or anaphoric):
            stated = _inherited_date(acts, speaker, sent)
        if content is None:
            return SpeechAct(sent, speaker, stated)
        start, end = _with_quotes(content, quotes)
        quoted = _quoted_share(start, end, quotes)
        kind = "assessment" if cue["kind"] == "assessment" else "direct" if quoted else "reported"
        lo, hi = min(start, verb.idx), max(end, verb.idx + len(verb))
        more = (
            continuing_fragments(index, quotes, (start, end), verb.idx + len(verb), sent)
            if quoted and end <= verb.idx
            else []
        )
        claim = self._claim(index, speaker, stated, kind, start, end, lo, hi, cue=_cue_words(verb), more=more)
        if anaphoric and claim.when is None:  # 'this was because ...' is about what it refers to
            claim.when = _inherited_when(acts, speaker, sent)
        return SpeechAct(sent, speaker, stated, claim)

    def _noun_cue(
        self, index: DocIndex, resolver: SpeakerResolver, noun: Token, quotes: Disjoint
    ) -> SpeechAct | None:
        """'Moscow's demand that Ukraine withdraw': the possessor's claim."""
        found = noun_attribution(noun)
        if found is None or found[0].lower_ in _SKIP_SUBJECTS or found[0].lower_ in {"my", "our", "your"}:
            return None
        subject, heads = found
        span = strip_span(
            index.doc[min(h.left_edge.i for h in heads) : max(h.right_edge.i for h in heads) + 1]
        )
        if not len(span):
            return None
        speaker = resolver.resolve(subject)
        start, end = _with_quotes((span.start_char, span.end_char), quotes)
        kind = self.nouns[noun.lemma_.lower()]["kind"]
        lo, hi = min(start, subject.idx), max(end, noun.idx + len(noun))
        claim = self._claim(index, speaker, None, kind, start, end, lo, hi, cue=noun.text)
        return SpeechAct(index.sent_of(noun.i), speaker, None, claim)

    def _clause_end(self, verb: Token, heads: list[Token]) -> int:
        """The last token of what was said: its heads, and when they follow the verb, the rest of
        the verb's clause after them ('complained about his microphone the morning after the
        debate'), short of a coordinated verb or another cue ('..., adding that ...')."""
        last = max(h.right_edge.i for h in heads)
        if min(h.i for h in heads) < verb.i:
            return last
        for child in verb.rights:
            if child.i <= last or child.dep_ in _CLAUSE_STOPS or child.lemma_.lower() in self.verbs:
                continue
            last = max(last, child.right_edge.i)
        return last

    def _according_to(
        self,
        index: DocIndex,
        resolver: SpeakerResolver,
        according: Token,
        quotes: Disjoint,
    ) -> SpeechAct | None:
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
        if not len(body):
            return None
        speaker = resolver.resolve(source)
        stated = source_date(index, source) or publication_when(index.published_at)
        start, end = _with_quotes((body.start_char, body.end_char), quotes)
        claim = self._claim(
            index, speaker, stated, "reported", start, end, sent.start_char, sent.end_char, cue="according to"
        )
        return SpeechAct(index.sent_of(according.i), speaker, stated, claim)

    # statements attributed by layout -----------------------------------------------------------
    def _laid_out(
        self, index: DocIndex, resolver: SpeakerResolver, quotes: Disjoint, claims: list[Claim]
    ) -> list[Claim]:
        """Quotes signed with a dash and a name, and transcript turns ('NAME: ...') that no verb
        attributed already."""
        found: list[Claim] = []
        covered = Overlaps((c.evidence.start, c.evidence.end) for c in claims)
        for signed in [*signed_quotes(index, quotes), *transcript_turns(index)]:
            start, end = signed.content
            if signed.cue != ":" and covered.any(start, end):
                continue
            speaker = _named_speaker(index, signed.name)
            resolver.remember(_token_at(index.doc, signed.name[0]).i, speaker)
            lo, hi = min(start, signed.name[0]), max(end, signed.name[1])
            found.append(self._claim(index, speaker, None, "direct", start, end, lo, hi, cue=signed.cue))
        return found

    # quotes standing alone -----------------------------------------------------------------------
    def _orphan_quotes(
        self,
        index: DocIndex,
        resolver: SpeakerResolver,
        quotes: Disjoint,
        claims: list[Claim],
        acts: list[SpeechAct],
    ) -> list[Claim]:
        """Whole quoted sentences with no verb of their own continue the latest speaker."""
        found: list[Claim] = []
        covered = Overlaps((c.evidence.start, c.evidence.end) for c in claims)
        act_sents = [a.sent for a in acts]  # acts come in text order
        for start, end in quotes.ranges:
            if covered.any(start, end):
                continue
            doc = index.doc
            first = index.sent_of(_token_at(doc, start).i)
            last = index.sent_of(_token_at(doc, end - 1).i)
            sent_start, sent_end = index.sents[first].start_char, index.sents[last].end_char
            text = index.text
            if text[sent_start:start].strip(" -–—") or text[end:sent_end].strip(" .!?"):
                continue
            near = acts[bisect_left(act_sents, first - 3) : bisect_left(act_sents, first)]
            previous = [a for a in near if a.claim]
            speaker = previous[-1].speaker if previous else None
            token = _token_at(doc, start)
            recent = resolver._candidates(token.i, "Person")
            if recent and previous and previous[-1].claim is not None:
                last_claim_end = previous[-1].claim.evidence.end
                pos, key, name = recent[-1]
                if doc[pos].idx > last_claim_end and key != (speaker.key if speaker else None):
                    speaker = Speaker(key, name, "pronoun", "Person")
            if speaker is None:
                continue
            stated = previous[-1].stated if previous else None
            found.append(self._claim(index, speaker, stated, "direct", start, end, start, end))
        return found

    # ------------------------------------------------------------------------------------------
    def _claim(
        self,
        index: DocIndex,
        speaker: Speaker | None,
        stated: When | None,
        kind: str,
        start: int,
        end: int,
        lo: int,
        hi: int,
        *,
        cue: str | None = None,
        more: list[tuple[int, int]] | None = None,
    ) -> Claim:
        """A claim whose text is index.text[start:end], then the fragments `more` of a quote split
        around its cue; lo, hi: the extent of the attribution, for the evidence sentences."""
        about: list[str] = []
        when: When | None = None
        predicate, negated = None, False
        pieces: list[Mention] = []
        for number, (piece_start, piece_end) in enumerate([(start, end), *(more or [])]):
            raw = index.text[piece_start:piece_end]
            piece = raw.strip()
            piece_start += len(raw) - len(raw.lstrip())
            pieces.append(Mention(text=piece, start=piece_start, end=piece_start + len(piece)))
            span = index.doc.char_span(piece_start, piece_start + len(piece), alignment_mode="expand")
            if span is None:
                continue
            if number == 0:
                predicate, negated = statement_polarity(span, self.denials)
            for ref in index.entities_in(span.start, span.end):
                if ref.key not in about and (speaker is None or ref.key != speaker.key):
                    about.append(ref.key)
            dated = index.timexes_in(content_tokens(span)) if when is None else []
            when = dated[0][1].to_when() if dated else when
        text_start, text_end = pieces[0].start, pieces[-1].end
        return Claim(
            id=short_hash(index.article_id, text_start, pieces[0].end),
            text=" ".join(p.text for p in pieces),
            kind=kind,  # type: ignore[arg-type]
            speaker_key=speaker.key if speaker else None,
            speaker_name=speaker.name if speaker else None,
            stated=stated or publication_when(index.published_at),
            when=when,
            about_keys=about,
            predicate=predicate,
            negated=negated,
            cue=cue,
            spans=pieces if len(pieces) > 1 else [],
            evidence=evidence_for(index, min(lo, text_start), max(hi, text_end)),
        )


# grammar helpers ---------------------------------------------------------------------------------
def _subject(verb: Token) -> Token | None:
    """The active subject of a speech verb, shared with a coordinated or governing verb (of two
    subjects, as in a misparsed 'the chief of staff General X said', the nearer one)."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects:
        nearest = min(subjects, key=lambda c: abs(c.i - verb.i))
        return nearest if nearest.dep_ == "nsubj" else None
    before = _bare_subject(verb)
    if before is not None:
        return before
    if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        return _subject(verb.head) if verb.head.i != verb.i else None
    if verb.dep_ == "xcomp":  # 'continues to insist', 'appeared to blame'; 'urged X to say': X
        controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        return controller if controller is not None else _subject(verb.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # 'started off by emphasizing'
        return _subject(verb.head.head)
    return None


def _unsourced_passive(verb: Token) -> Token | None:
    """The passive subject of a cue verb with no agent ('it is believed', 'is expected to')."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _bare_subject(verb: Token) -> Token | None:
    """'... and Talankin knew he had taken risks', parsed with 'Talankin' as a conjunct of the
    noun before: a name or pronoun right before a finite verb with no subject is its subject."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in {"advmod", "aux", "neg"} and verb.doc[i].head.i == verb.i:
        i -= 1
    if i < 0:
        return None
    token = verb.doc[i]
    if token.pos_ == "PROPN" and token.dep_ in {"conj", "appos", "npadvmod"}:
        return token
    return None


def _passive_experiencer(verb: Token, cue: dict) -> tuple[Token, list[Token]] | None:
    """'Bloggers were outraged by how quickly the line gave way': the passive subject reacts to
    what the by-phrase names, which is what the claim holds."""
    if not cue.get("by_agent"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if subject is None or agent is None:
        return None
    content = [c for c in agent.children if c.dep_ in {"pobj", "pcomp"}]
    return (subject, content) if content else None


def _cue_words(verb: Token) -> str:
    """The verb as written, with its particle or the preposition a cue reads with ('called for')."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.text} {particle.text}" if particle is not None else verb.text


def _content_heads(verb: Token, cue: dict) -> list[Token]:
    """Roots of what was said: clausal complements, or the object of 'report'-like verbs."""
    heads = [c for c in verb.children if c.dep_ in _CONTENT_DEPS]
    if "with" in cue:
        for child in verb.children:
            if child.lower_ == cue["with"]:
                heads = [h for h in heads if h.i != child.i]
                heads += [c for c in child.children if c.dep_ in {"ccomp", "advcl", "xcomp"}]
    if not heads:
        heads = [c for c in verb.children if c.dep_ == "xcomp"]
    if cue.get("object_content"):
        heads += [c for c in verb.children if c.dep_ in {"dobj", "oprd"} and c.i > verb.i]
    preps = cue.get("preps", ())
    if preps:  # 'accused Kyiv of trying', 'called for an inquiry', 'warned of losses'
        heads += [
            c for c in verb.children if c.dep_ in {"prep", "prt"} and c.i > verb.i and c.lower_ in preps
        ]
    if heads and cue.get("object_content") and any(h.dep_ == "dobj" for h in heads):
        # 'described the talks as constructive': an object's complement after it belongs to it
        last = max(h.i for h in heads)
        heads += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > last]
    if not heads and verb.dep_ == "parataxis" and verb.head.i != verb.i:
        head = verb.head
        return [c for c in head.children if c.i != verb.i and c.dep_ != "punct"] + [head]
    return heads


def _date_interviews(index: DocIndex, acts: list[SpeechAct], claims: list[Claim]) -> None:
    """'He spoke to the Review by phone on Thursday': a dated speech act with nothing said dates
    what that speaker says after it in the article, where no date of its own is given."""
    spoke: dict[str, tuple[int, When]] = {}
    for act in acts:
        if (
            act.claim is None
            and act.speaker is not None
            and act.stated is not None
            and act.stated.basis == "text"
        ):
            spoke.setdefault(
                act.speaker.key or act.speaker.name, (index.sents[act.sent].start_char, act.stated)
            )
    for claim in claims if spoke else []:
        found = spoke.get(claim.speaker_key or claim.speaker_name or "")
        if found is None or (claim.stated is not None and claim.stated.basis == "text"):
            continue
        if claim.evidence.start >= found[0]:
            claim.stated = found[1]


def _inherited_date(acts: list[SpeechAct], speaker: Speaker | None, sent: int) -> When | None:
    """'Last week he restated ... "...," he said': the date of the speaker's previous statement."""
    for act in reversed(acts):
        if sent - act.sent > 2:
            break
        if act.speaker is None or speaker is None or act.speaker.key != speaker.key:
            break
        if act.stated is not None and act.stated.basis == "text":
            return act.stated
    return None


def _anaphoric(heads: list[Token]) -> bool:
    """What was said refers back to the previous statement: 'said this was because ...', 'said
    that meant ...', 'said it was because ...'."""
    for head in heads:
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.lower_ not in _ANAPHORS:
            continue
        if subject.lower_ != "it" or head.lemma_ in _EXPLAINING:
            return True
    return False


def _inherited_when(acts: list[SpeechAct], speaker: Speaker | None, sent: int) -> When | None:
    """The content date of the same speaker's statement just before."""
    for act in reversed(acts):
        if sent - act.sent > 2 or act.speaker is None or speaker is None or act.speaker.key != speaker.key:
            break
        if act.claim is not None and act.claim.when is not None:
            return act.claim.when
    return None


def _adjacent_quote(text: str, verb: Token, subject: Token, quotes: Disjoint) -> tuple[int, int] | None:
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


def _with_quotes(content: tuple[int, int], quotes: Disjoint) -> tuple[int, int]:
    """Grow a content range to the whole of any quote it overlaps (quotes that span sentences)."""
    start, end = content
    for q_start, q_end in quotes.overlapping(start, end):
        if q_start < end and start < q_end:
            start, end = min(start, q_start), max(end, q_end)
    return start, end


def _quoted_share(start: int, end: int, quotes: Disjoint) -> bool:
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in quotes.overlapping(start, end))
    return inside >= 0.6 * max(end - start, 1)


def _named_speaker(index: DocIndex, name: tuple[int, int]) -> Speaker:
    """The speaker a name written by itself stands for: its entity, else the words."""
    span = index.doc.char_span(*name, alignment_mode="expand")
    refs = [r for t in span if (r := index.entity_of(t)) is not None] if span is not None else []
    ref = next((r for r in refs if r.type in {"Person", "Organization"}), None)
    if ref is not None:
        return Speaker(ref.key, ref.text.strip(), "entity", ref.type)
    return Speaker(None, index.text[name[0] : name[1]], "phrase", "Person")


def _token_at(doc: Doc, char: int) -> Token:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else doc[-1]


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen: set[str] = set()
    unique: list[Claim] = []
    for claim in claims:
        if claim.id not in seen:
            seen.add(claim.id)
            unique.append(claim)
    return unique
