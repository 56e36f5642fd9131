"""Reported speech that runs on into the next sentence, which has no speech verb of its own.

News often reports one statement over two sentences: "ISW said late last year that X. This was
because Y." or "... . At the same time, Z." The second sentence still gives the same source's view,
so it is a claim of that source, stated when the first one was. Only an explicit link continues a
statement: an anaphoric explanation ("this was because", "which meant") or a connective that adds to
what was said ("at the same time", "moreover"), from a cue list. A direct quote is not continued
(what follows a quote is usually the reporter's own voice), nor is a sentence with an attribution or a
quote of its own.
"""

from bisect import insort
from collections.abc import Callable

from spacy.tokens import Span

from chronicle.extraction.models import Claim, When
from chronicle.extraction.rules.docindex import DocIndex, load_jsonl, strip_span
from chronicle.extraction.rules.speech import Speaker

__all__ = ["ContinuationCues", "continuation_claims"]

#: Makes a claim: (speaker, stated, kind, start char, end char) -> Claim.
MakeClaim = Callable[[Speaker, When | None, str, int, int], Claim]
_CONTINUED_KINDS = {"reported", "assessment"}


class ContinuationCues:
    """Sentence openings that continue the previous sentence's reported speech."""

    def __init__(self, cues_file: str = "continuation_cues.jsonl", data_dir: str | None = None) -> None:
        """Args: cues_file: rows {"phrase": words, "strip": drop the phrase from the claim text}."""
        rows = load_jsonl(cues_file, data_dir)
        self.phrases = sorted(
            ((tuple(r["phrase"].split()), bool(r.get("strip"))) for r in rows), key=lambda p: -len(p[0])
        )

    def opening(self, words: list[str]) -> tuple[int, bool] | None:
        """(length, strip) of the cue phrase the lowercased sentence `words` open with, if any."""
        for phrase, strip in self.phrases:
            if tuple(words[: len(phrase)]) == phrase:
                return len(phrase), strip
        return None


def continuation_claims(
    index: DocIndex,
    claims: list[Claim],
    cues: ContinuationCues,
    busy: set[int],
    quotes: list[tuple[int, int]],
    make: MakeClaim,
) -> list[Claim]:
    """Claims continuing a reported claim into the sentence right after it (and on, while the
    chain of cues lasts). `busy`: sentences holding an attribution of their own."""
    last: dict[int, Claim] = {}
    for claim in sorted(claims, key=lambda c: c.evidence.end):
        last[_sent_at(index, claim.evidence.end - 1)] = claim
    covered: set[int] = set()  # sentences overlapped by a claim or a quote
    for start, end in [(c.evidence.start, c.evidence.end) for c in claims] + quotes:
        covered.update(index.sents_overlapping(start, end))
    pending = sorted(last)
    found: list[Claim] = []
    position = 0
    while position < len(pending):
        previous = last[pending[position]]
        position += 1
        number = pending[position - 1] + 1
        if number >= len(index.sents) or number in busy or previous.kind not in _CONTINUED_KINDS:
            continue
        if previous.speaker_name is None:
            continue
        sent = index.sents[number]
        start = sent.start_char
        if number in covered:
            continue
        if "\n\n" in index.text[previous.evidence.end : start]:
            continue  # a new paragraph
        words = [t.lower_ for t in sent[:6]]
        opening = cues.opening(words)
        if opening is None:
            continue
        if _speaker_acts(index, sent, previous):
            continue  # 'X plans to ...' after 'X said ...' is the reporter's account of X
        length, strip = opening
        body = strip_span(index.doc[sent.start + length if strip else sent.start : sent.end])
        if not len(body):
            continue
        speaker = Speaker(previous.speaker_key, previous.speaker_name, "continuation")
        claim = make(speaker, previous.stated, previous.kind, body.start_char, body.end_char)
        if claim.when is None and previous.when is not None:
            claim = claim.model_copy(update={"when": previous.when})
        found.append(claim)
        covered.update(index.sents_overlapping(claim.evidence.start, claim.evidence.end))
        last[number] = claim
        insort(pending, number, lo=position)
    return found


def _speaker_acts(index: DocIndex, sent: Span, previous: Claim) -> bool:
    """The sentence's main subject is the speaker of the statement it would continue."""
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or previous.speaker_key is None:
        return False
    ref = index.entity_of(subject)
    return ref is not None and ref.key == previous.speaker_key


def _sent_at(index: DocIndex, char: int) -> int:
    span = index.doc.char_span(char, char + 1, alignment_mode="expand")
    return index.sent_of(span.start) if span is not None else len(index.sents) - 1
