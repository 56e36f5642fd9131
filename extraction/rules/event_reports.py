"""Who reports an event mention, and as what: the grammar's status (rules/factuality) joined with the
claim the mention sits in.

An event the narrator states ("Russian troops captured the village") happened; the same words inside
what someone said ("the ministry said its troops captured the village") are claimed by that speaker;
a status the grammar reads inside a claim ("Syrskyi said the capture has not taken place") keeps its
status and gains the speaker. A cue verb outside any claim ("Ukraine denied that ...") gives its own
subject as the one who states it. An event is then what its reports add up to: it happened when one
report says so, else it takes the most factual of the others (claimed, denied, failed, planned,
hypothetical, in that order). An aim (hoped, planned) told in the past whose deadline passed before publication failed.
"""

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Token

from chronicle.extraction.models import Claim, EventReport, Mention, When
from chronicle.extraction.rules.docindex import DocIndex
from chronicle.extraction.rules.factuality import StatusReader
from chronicle.extraction.rules.status_cues import Reading

__all__ = ["RANK", "ClaimSpans", "best_report", "report_for"]

#: how far a status goes towards saying the event happened (lower = more)
RANK = {"happened": 0, "claimed": 1, "denied": 2, "failed": 3, "planned": 4, "hypothetical": 5}


class ClaimSpans:
    """The character ranges of the article's claims (their text, or the fragments of a split quote),
    for 'the innermost claim holding this mention'."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        """Args: claims: the claims component's output for the Doc."""
        ranges: list[tuple[int, int, Claim]] = []
        for claim in claims:
            spans = [(s.start, s.end) for s in claim.spans]
            if not spans:
                offset = claim.evidence.sentence.find(claim.text)
                if offset < 0:
                    continue
                start = claim.evidence.start + offset
                spans = [(start, start + len(claim.text))]
            ranges += [(start, end, claim) for start, end in spans]
        ranges.sort(key=lambda r: (r[0], -r[1]))
        self.ranges = ranges
        self.starts = [r[0] for r in ranges]
        self.longest = max((end - start for start, end, _ in ranges), default=0)

    def holding(self, start: int, end: int) -> Claim | None:
        """The shortest claim range containing [start, end)."""
        best: tuple[int, Claim] | None = None
        stop = bisect_right(self.starts, start)
        at = stop - 1
        while at >= 0 and start - self.starts[at] <= self.longest:
            r_start, r_end, claim = self.ranges[at]
            if r_end >= end and (best is None or r_end - r_start < best[0]):
                best = (r_end - r_start, claim)
            at -= 1
        return best[1] if best is not None else None


def report_for(
    reader: StatusReader,
    index: DocIndex,
    claims: ClaimSpans,
    trigger: Token,
    mention: Mention,
    when: When | None,
) -> EventReport:
    """The report one mention makes: its status, the words that say so, who says so."""
    reading = reader.read(trigger)
    reading = _overdue(index, reader, _future(index, reading, when), when)
    claim = claims.holding(mention.start, mention.end)
    key, name = None, None
    status, cue = reading.status, reading.cue
    if claim is not None:
        key, name = claim.speaker_key, claim.speaker_name
        if status == "happened" and not reading.asserted:
            key, name = None, None  # background the speaker takes as known ('thanks to our operation')
        elif status == "happened" and reader.doubts(claim.cue):
            status, cue = "claimed", claim.cue  # 'the ministry claimed its troops had taken ...'
        elif status == "happened":
            cue = claim.cue or cue
    elif reading.cue_token is not None and status in {"happened", "claimed", "denied"}:
        key, name = _subject_of(index, index.doc[reading.cue_token])
    if status == "happened" and reading.asserted and reader.unverified(_sentences_after(index, trigger)):
        status = "claimed"  # '..., which could not be independently verified'
    if when is None and claim is not None and status in {"happened", "claimed"} and reading.asserted:
        stated = claim.stated  # 'said on Sunday that its units had withdrawn': by Sunday at the latest
        when = stated if stated is not None and stated.basis == "text" and stated.value else None
    return EventReport(
        status=status,
        cue=cue,
        stated_by_key=key,
        stated_by_name=name,
        claim_id=claim.id if claim is not None else None,
        mention=mention,
        when=when,
    )


def best_report(reports: Sequence[EventReport]) -> EventReport | None:
    """The report that decides an event's status: a happened one, else the most factual one."""
    if not reports:
        return None
    return min(reports, key=lambda r: RANK[r.status])


def _future(index: DocIndex, reading: Reading, when: When | None) -> Reading:
    """An event the text dates after the article was published has not happened yet: 'the vote in
    March' in a January article is planned."""
    day = index.published_day
    if reading.status != "happened" or when is None or when.valid_from is None or day is None:
        return reading
    if when.valid_from > day:
        return Reading("planned", when.text, None)
    return reading


def _overdue(index: DocIndex, reader: StatusReader, reading: Reading, when: When | None) -> Reading:
    """An aim told in the past whose own deadline had passed when the article was published failed, as
    far as the text says: 'the command had planned to seize the town by the end of the summer' in a
    September article. A plan still running ('plans to seize it by the end of the year') stays planned,
    and so does an order ('families were ordered to leave by Monday'): its deadline passing is no failure."""
    day = index.published_day
    if reading.status != "planned" or reading.cue_token is None or day is None:
        return reading
    if when is None or when.valid_to is None:
        return reading
    cue = index.doc[reading.cue_token]
    if not reader.aims(cue):
        return reading
    told_before = cue.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children)
    if when.valid_to >= day or not told_before:
        return reading
    return Reading("failed", f"{reading.cue} … {when.text}", reading.cue_token)


def _sentences_after(index: DocIndex, trigger: Token) -> str:
    """The trigger's sentence and the next one: where a text puts its reserve about a report."""
    number = index.sent_of(trigger.i)
    end = index.sents[min(number + 1, len(index.sents) - 1)].end_char
    return index.text[index.sents[number].start_char : end]


def _subject_of(index: DocIndex, verb: Token) -> tuple[str | None, str | None]:
    """Who a cue verb's subject names: 'Ukraine denied ...' -> Ukraine."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None, None
    refs = [ref for token in subject.subtree if (ref := index.entity_of(token)) is not None]
    ref = next((r for r in refs if r.type != "Place"), refs[0] if refs else None)
    return (ref.key, ref.text) if ref is not None else (None, None)
