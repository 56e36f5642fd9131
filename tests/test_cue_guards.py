"""Guards on the causal model's cue words (issue 10): senses of 'as', 'until', 'although' that state
no cause (sentences written here)."""

import pytest
from spacy.language import Language
from spacy.tokens import Span

from chronicle.extraction.rules.cue_guards import CueGuards
from tests.helpers import run

GUARDS = CueGuards()


def sides(nlp: Language, text: str, cause: str, effect: str) -> tuple[Span, Span, Span]:
    doc = run(nlp, text)
    sent = doc[:]
    c, e = text.index(cause), text.index(effect)
    return (
        sent,
        doc.char_span(c, c + len(cause), alignment_mode="expand"),
        doc.char_span(e, e + len(effect), alignment_mode="expand"),
    )


@pytest.mark.parametrize(
    ("text", "cause", "effect", "cue"),
    [
        # 'as' in the role of, after a verb of describing or judging (on the verb or on its object)
        (
            "The mayor described the blackout as a disgrace.",
            "a disgrace",
            "The mayor described the blackout",
            "as",
        ),
        (
            "Moscow dismissed the footage as a fabrication.",
            "a fabrication",
            "Moscow dismissed the footage",
            "as",
        ),
        ("Kyiv has defended the raid as a success.", "a success", "Kyiv has defended the raid", "as"),
        ("She served as a medic in Kherson.", "a medic in Kherson", "She served", "as"),
        # 'as' in fixed phrases that state no cause
        (
            "As per the schedule, the convoy left Izium at dawn.",
            "per the schedule",
            "the convoy left Izium",
            "as",
        ),
        # an attribution, an idiom
        (
            "Losses were heavy, according to a report by the general staff.",
            "a report by the general staff",
            "Losses were heavy",
            "according to",
        ),
        (
            "If anything, the shelling of Nikopol grew worse.",
            "anything",
            "the shelling of Nikopol grew",
            "if",
        ),
        # contrast and time limits
        (
            "The bridge stayed open, although shelling went on nearby.",
            "shelling went on",
            "The bridge stayed",
            "although",
        ),
        ("The border stays closed until repairs end.", "repairs end", "The border stays closed", "until"),
    ],
)
def test_cue_guard_rejects_non_causal_senses(
    nlp: Language, text: str, cause: str, effect: str, cue: str
) -> None:
    sent, c, e = sides(nlp, text, cause, effect)
    assert GUARDS.rejects(sent, c, e, cue)


@pytest.mark.parametrize(
    ("text", "cause", "effect", "cue"),
    [
        ("Prices rose as demand for fuel grew.", "demand for fuel grew", "Prices rose", "as"),
        ("Schools closed as the shelling intensified.", "the shelling intensified", "Schools closed", "as"),
        ("Trains stopped because the line was cut.", "the line was cut", "Trains stopped", "because"),
        ("Flights were cancelled due to the strike.", "the strike", "Flights were cancelled", "due to"),
    ],
)
def test_cue_guard_keeps_causal_senses(nlp: Language, text: str, cause: str, effect: str, cue: str) -> None:
    sent, c, e = sides(nlp, text, cause, effect)
    assert not GUARDS.rejects(sent, c, e, cue)


def test_effects_drop_a_model_reading_with_a_role_as(nlp: Language) -> None:
    doc = run(nlp, "Commanders in Kyiv have described the raid on the airfield as a clear failure.")
    assert [e for e in doc._.effects if e.source == "model" and e.cue.lower() == "as"] == []
