"""Attributions (PolNeAR): is every attribution's content covered by a predicted claim, and by whom.

- A claim's span is the characters its text covers: its `spans` (the fragments of a split quote),
  else the claim text located in the article (exact, first inside its evidence sentence, then
  anywhere; then the same words with any whitespace between them). A claim not located overlaps
  nothing, so it is neither found nor correct.
- ov(gold, claim) = characters of the gold `content_spans` inside the claim's span; G = their length.
  Found: some claim has ov >= 0.5*G. Correct claim: some gold has ov >= 0.5 * the claim's length.
- Speaker accuracy over found gold with a non-pronoun source: the found claim with the largest ov
  (ties: shorter, then earlier) is judged. Its speaker is right when the normalised words of its
  `speaker_name`, or of the canonical name of its `speaker_key` entity, equal, contain or lie inside
  the gold source's words, or both end in the same word.
- For error analysis (JSON only): recall by gold cue, "said"/"says"/"told" against every other cue.
"""

import re

from pydantic import BaseModel, Field

from chronicle.extraction.gold import GoldAttribution
from chronicle.extraction.models import Claim, GraphDoc
from chronicle.extraction.scoring.common import (
    ArticleDetail,
    Span,
    covered,
    f1_of,
    merge_spans,
    ratio,
)

__all__ = [
    "AttributionReport",
    "CueRecall",
    "claim_span",
    "finish_attributions",
    "score_attributions",
    "speaker_matches",
    "speaker_words",
]

SAID_CUES = frozenset({"said", "says", "told"})


class CueRecall(BaseModel):
    """Recall over the gold attributions of one group of cues."""

    gold: int = 0
    found: int = 0
    recall: float | None = None


class AttributionReport(BaseModel):
    """Attributions: recall, precision, F1 and speaker accuracy."""

    articles: int = Field(0, description="Gold lines that carry `attributions`.")
    gold: int = 0
    found: int = 0
    recall: float | None = None
    predicted: int = Field(0, description="Predicted claims in those articles.")
    correct: int = 0
    precision: float | None = None
    f1: float | None = None
    speaker_total: int = Field(0, description="Found gold with a non-null, non-pronoun source.")
    speaker_correct: int = 0
    speaker_accuracy: float | None = None
    by_cue: dict[str, CueRecall] = Field(
        default_factory=lambda: {"said_says_told": CueRecall(), "other": CueRecall()},
        description="Recall by gold cue: said/says/told against every other cue (error analysis).",
    )


# ---------------------------------------------------------------- where a claim stands


def _locate(text: str, article: str, near: int) -> Span | None:
    if not text.strip():
        return None
    start = article.find(text, max(0, near))
    if start < 0:
        start = article.find(text)
    if start >= 0:
        return (start, start + len(text))
    words = text.split()
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    found = pattern.search(article, max(0, near)) or pattern.search(article)
    return found.span() if found else None


def claim_span(claim: Claim, article: str) -> list[Span]:
    """The characters the claim's text covers: its fragments, else its text located in the article."""
    if claim.spans:
        return merge_spans((m.start, m.end) for m in claim.spans)
    located = _locate(claim.text, article, claim.evidence.start)
    return [located] if located else []


# ---------------------------------------------------------------- speakers

_POSSESSIVE = re.compile(r"'s\b")
_WORD = re.compile(r"[^\W_]+")


def speaker_words(name: str | None) -> list[str]:
    """Lowercase words of a name: ’ read as ', a possessive 's dropped, a leading "the" dropped."""
    lowered = (name or "").lower().replace("\u2019", "'")
    words = _WORD.findall(_POSSESSIVE.sub("", lowered))
    return words[1:] if words[:1] == ["the"] else words


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def speaker_matches(predicted: str | None, gold: str | None) -> bool:
    """Equal, containing or contained (as a contiguous run of words), or the same last word."""
    mine, theirs = speaker_words(predicted), speaker_words(gold)
    if not mine or not theirs:
        return False
    return _contains(mine, theirs) or _contains(theirs, mine) or mine[-1] == theirs[-1]


# ---------------------------------------------------------------- scoring


def _cue_group(cue: str | None) -> str:
    return "said_says_told" if (cue or "").strip().lower() in SAID_CUES else "other"


def score_attributions(
    text: str,
    gold: list[GoldAttribution],
    doc: GraphDoc,
    report: AttributionReport,
    detail: ArticleDetail,
) -> None:
    """Add one article's attribution counts to the report."""
    report.articles += 1
    canonical = {e.key: e.name for e in doc.entities}
    claims = [(claim, claim_span(claim, text)) for claim in doc.claims]
    lengths = [sum(e - s for s, e in spans) for _, spans in claims]
    contents = [merge_spans(tuple(s) for s in g.content_spans) for g in gold]
    # ov[i][j]: characters of gold i's content inside claim j
    ov = [[covered(content, spans) for _, spans in claims] for content in contents]
    report.predicted += len(claims)
    for j, (claim, _) in enumerate(claims):
        if lengths[j] and any(ov[i][j] and ov[i][j] >= 0.5 * lengths[j] for i in range(len(gold))):
            report.correct += 1
        else:
            detail.spurious_claims.append(claim.text[:120])
    for i, g in enumerate(gold):
        size = sum(e - s for s, e in contents[i])
        group = report.by_cue[_cue_group(g.cue)]
        report.gold += 1
        group.gold += 1
        found = [j for j in range(len(claims)) if ov[i][j] and ov[i][j] >= 0.5 * size]
        if not found:
            detail.missed_attributions.append(f"[{g.cue}] {g.source}: {g.content[:120]}")
            continue
        report.found += 1
        group.found += 1
        if g.source is None or g.source_pronoun:
            continue
        best = min(found, key=lambda j: (-ov[i][j], lengths[j], claims[j][1][0][0]))
        claim = claims[best][0]
        speakers = [claim.speaker_name, canonical.get(claim.speaker_key or "")]
        report.speaker_total += 1
        if any(speaker_matches(s, g.source) for s in speakers):
            report.speaker_correct += 1
        else:
            detail.wrong_speakers.append(f"gold {g.source!r} got {claim.speaker_name!r}: {g.content[:80]}")


def finish_attributions(report: AttributionReport) -> AttributionReport:
    """The figures from the summed counts."""
    report.recall = ratio(report.found, report.gold)
    report.precision = ratio(report.correct, report.predicted)
    report.f1 = f1_of(report.precision, report.recall)
    report.speaker_accuracy = ratio(report.speaker_correct, report.speaker_total)
    for group in report.by_cue.values():
        group.recall = ratio(group.found, group.gold)
    return report
