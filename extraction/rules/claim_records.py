"""A Claim record from the character ranges an attribution covers.

The claim's text is its content (the fragments of a quote split around its cue joined by one space);
what it is about is the entities inside it other than the speaker; when it is about, the first time
expression in its own clauses; its predicate and negation, its first fragment's main verb.
"""

from chronicle.extraction.ids import short_hash
from chronicle.extraction.models import Claim, Mention, When
from chronicle.extraction.rules.claim_dates import content_tokens
from chronicle.extraction.rules.docindex import DocIndex, evidence_for, publication_when
from chronicle.extraction.rules.polarity import statement_polarity
from chronicle.extraction.rules.speech import Speaker

__all__ = ["build_claim", "dedupe"]


def build_claim(
    index: DocIndex,
    denials: frozenset[str],
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
    around its cue; lo, hi: the extent of the attribution, for the evidence sentences; denials:
    cue lemmas that deny what follows ('denied that')."""
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
            predicate, negated = statement_polarity(span, denials)
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


def dedupe(claims: list[Claim]) -> list[Claim]:
    """The claims in order, each id once."""
    seen: set[str] = set()
    unique: list[Claim] = []
    for claim in claims:
        if claim.id not in seen:
            seen.add(claim.id)
            unique.append(claim)
    return unique
