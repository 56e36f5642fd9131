"""The `attributions` section of GOLD_FORMAT.md on hand-made sentences and claims (no spaCy)."""

import pytest

from chronicle.extraction.gold import parse_gold_lines
from chronicle.extraction.models import ArticleRecord, Claim, Entity, Evidence, GraphDoc, Mention
from chronicle.extraction.scoring import Report, score, speaker_matches

TEXT = (
    '"We will build the bridge," Mayor Ana Lopez said, "and open it in May." '
    "Critics warned that costs would rise. "
    "It is believed that the river will flood. "
    "He told reporters the plan was final."
)


def at(fragment: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def attribution(content: list[str], source: str | None, cue: str | None, pronoun: bool = False) -> dict:
    spans = [list(at(c)) for c in content]
    return {
        "source": source,
        "source_pronoun": pronoun,
        "cue": cue,
        "content": " ".join(content),
        "content_spans": spans,
        "content_start": spans[0][0],
        "content_end": spans[-1][1],
    }


QUOTE = attribution(["We will build the bridge,", "and open it in May."], "Mayor Ana Lopez", "said")
WARNING = attribution(["costs would rise"], "Critics", "warned")
BELIEF = attribution(["the river will flood"], None, "is believed")
PRONOUN = attribution(["the plan was final"], "He", "told", pronoun=True)


def claim(
    text: str, *fragments: str, speaker: str | None = None, key: str | None = None, near: int = 0
) -> Claim:
    return Claim(
        id=f"c{near}-{text[:8]}",
        text=text,
        kind="reported",
        speaker_name=speaker,
        speaker_key=key,
        spans=[Mention(text=f, start=at(f)[0], end=at(f)[1]) for f in fragments],
        evidence=Evidence(sentence=text, start=near, end=near + len(text)),
    )


def run(attributions: list[dict] | None, claims: list[Claim], entities: list[Entity] = ()) -> Report:
    gold = {} if attributions is None else {"attributions": attributions}
    lines = parse_gold_lines([{"id": "a", "published_at": None, "text": TEXT, "gold": gold}])
    record = ArticleRecord(id="a", word_count=30, extractor_version="test")
    return score(lines, {"a": GraphDoc(article=record, claims=claims, entities=list(entities))})


def test_attributions_split_quote_found_through_claim_fragments():
    split = claim(
        "We will build the bridge, and open it in May.", "We will build the bridge,", "and open it in May."
    )
    report = run([QUOTE, WARNING], [split]).attributions
    assert (report.gold, report.found, report.recall) == (2, 1, 0.5)
    assert (report.predicted, report.correct, report.precision) == (1, 1, 1.0)
    assert report.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def test_attributions_found_at_half_the_content_not_below():
    half = "costs would rise"[:8]  # "costs wo": 8 of 16 characters
    assert run([WARNING], [claim(half, half)]).attributions.found == 1
    assert run([WARNING], [claim(half[:7], half[:7])]).attributions.found == 0


def test_attributions_claim_without_spans_is_located_by_its_text():
    report = run([WARNING, BELIEF], [claim("the river will flood")]).attributions
    assert (report.found, report.correct) == (1, 1)


def test_attributions_claim_text_located_across_other_whitespace():
    report = run([WARNING], [claim("costs  would\nrise")]).attributions
    assert (report.found, report.correct) == (1, 1)


def test_attributions_claim_not_in_the_text_overlaps_nothing():
    report = run([WARNING], [claim("prices would fall")]).attributions
    assert (report.found, report.predicted, report.correct, report.precision) == (0, 1, 0, 0.0)


def test_attributions_precision_needs_half_of_the_claim_inside_gold_content():
    long_claim = "Critics warned that costs would rise. It is"  # 16 of 43 characters are gold content
    report = run([WARNING], [claim(long_claim)]).attributions
    assert (report.found, report.correct) == (1, 0)
    short_claim = "warned that costs would rise"  # 16 of 28
    assert run([WARNING], [claim(short_claim)]).attributions.correct == 1


def test_attributions_precision_counts_claims_not_gold():
    twice = [claim("costs would rise", near=0), claim("costs would rise", near=1)]
    report = run([WARNING], twice).attributions
    assert (report.found, report.predicted, report.correct) == (1, 2, 2)


def test_attributions_speaker_judged_on_largest_overlap():
    whole = claim("costs would rise", speaker="Critics")
    part = claim("costs would", speaker="Lopez")
    assert run([WARNING], [part, whole]).attributions.speaker_correct == 1


def test_attributions_speaker_tie_goes_to_shorter_claim_then_earlier_start():
    longer, shorter = "Critics warned that costs would rise", "costs would rise"  # both cover all 16
    right_short = [claim(longer, longer, speaker="Lopez"), claim(shorter, shorter, speaker="the critics")]
    assert run([WARNING], right_short).attributions.speaker_correct == 1
    wrong_short = [claim(longer, longer, speaker="Critics"), claim(shorter, shorter, speaker="Lopez")]
    assert run([WARNING], wrong_short).attributions.speaker_correct == 0
    earlier, later = "that costs would rise", "costs would rise. It "  # 21 characters each
    assert len(earlier) == len(later)
    right_early = [claim(later, later, speaker="Lopez"), claim(earlier, earlier, speaker="Critics")]
    assert run([WARNING], right_early).attributions.speaker_correct == 1
    wrong_early = [claim(later, later, speaker="Critics"), claim(earlier, earlier, speaker="Lopez")]
    assert run([WARNING], wrong_early).attributions.speaker_correct == 0


def test_attributions_speaker_leaves_out_null_and_pronoun_sources():
    claims = [
        claim("the river will flood", speaker="scientists"),
        claim("the plan was final", speaker="Lopez"),
    ]
    report = run([BELIEF, PRONOUN], claims).attributions
    assert (report.found, report.speaker_total, report.speaker_accuracy) == (2, 0, None)


def test_attributions_claim_without_speaker_is_wrong():
    report = run([WARNING], [claim("costs would rise")]).attributions
    assert (report.speaker_total, report.speaker_correct, report.speaker_accuracy) == (1, 0, 0.0)


def test_attributions_speaker_by_the_canonical_name_of_its_entity():
    lopez = Entity(key="person:ana-lopez", type="Person", name="Ana Lopez")
    quote = claim("We will build the bridge,", "We will build the bridge,", speaker="she", key=lopez.key)
    assert run([QUOTE], [quote], [lopez]).attributions.speaker_correct == 1


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("Mayor Ana Lopez", "Mayor Ana Lopez", True),
        ("Ana Lopez", "Mayor Ana Lopez", True),  # contained
        ("the Mayor Ana Lopez's office", "Ana Lopez", True),  # contains, possessive dropped
        ("Mayor Lopez", "Ana Lopez", True),  # same last word
        ("The Harbour Board", "Harbour Board", True),  # leading "the"
        ("Lopez\u2019s", "Lopez", True),  # ’ read as '
        ("Ana Lopez", "Ana B. Lopez Jr.", False),  # not a contiguous run, different last word
        ("Lopez Ana", "Ana Lopez", False),
        ("critics", "Mayor Ana Lopez", False),
        (None, "Ana Lopez", False),
        ("--", "Ana Lopez", False),
    ],
)
def test_speaker_matches_normalised_words(predicted, gold, expected):
    assert speaker_matches(predicted, gold) is expected


def test_attributions_recall_by_cue_said_says_told_against_the_rest():
    report = run([QUOTE, WARNING, PRONOUN], [claim("the plan was final"), claim("costs would rise")])
    by_cue = report.attributions.by_cue
    assert (by_cue["said_says_told"].gold, by_cue["said_says_told"].found) == (2, 1)
    assert (by_cue["other"].gold, by_cue["other"].found, by_cue["other"].recall) == (1, 1, 1.0)


def test_attributions_absent_key_counts_nothing_empty_list_counts_claims():
    claims = [claim("costs would rise")]
    absent = run(None, claims).attributions
    assert (absent.articles, absent.predicted, absent.precision) == (0, 0, None)
    empty = run([], claims).attributions
    assert (empty.articles, empty.gold, empty.predicted, empty.correct, empty.recall) == (1, 0, 1, 0, None)
    assert empty.precision == 0.0
