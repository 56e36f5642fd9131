"""Effects: every causal cue, cause and target resolution, attribution (sentences written here)."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from chronicle.extraction.models import Effect
from tests.helpers import run


def named(doc: Doc, key: str) -> str:
    """An effect end as the text writes it: the event's name or the entity's first mention."""
    for event in doc._.events:
        if event.key == key:
            return event.name
    for entity in doc._.entities:
        if entity.key == key:
            return entity.mentions[0].text
    return key


def single(doc: Doc) -> Effect:
    assert len(doc._.effects) == 1, [(e.cause_key, e.target_key, e.cue) for e in doc._.effects]
    return doc._.effects[0]


@pytest.mark.parametrize(
    ("text", "cue", "cause", "target"),
    [
        (
            "The capture of Avdiivka was delayed thanks to the counteroffensive near Bakhmut.",
            "thanks to",
            "counteroffensive in Bakhmut",
            "Avdiivka",
        ),
        (
            "The fall of Mariupol did not happen in March, thanks in part to the Kursk operation.",
            "thanks in part to",
            "Kursk operation",
            "Mariupol",
        ),
        (
            "Russia could not reinforce its troops in the Donetsk region because it was "
            "fighting the incursion into the Kursk region.",
            "because",
            "incursion in Kursk region",
            "Donetsk region",
        ),
        (
            "Schools in Kharkiv closed because of the missile strikes on Kharkiv.",
            "because of",
            "missile strikes on Kharkiv",
            "Kharkiv",
        ),
        (
            "The offensive near Pokrovsk stalled due to the Ukrainian counteroffensive in Kherson.",
            "due to",
            "Ukrainian counteroffensive in Kherson",
            "Pokrovsk",
        ),
        (
            "The siege of Mariupol ended as a result of the Russian offensive in Donetsk.",
            "result of",
            "Russian offensive in Donetsk",
            "Mariupol",
        ),
        (
            "The invasion of Ukraine led to sanctions against Russia.",
            "led to",
            "invasion of Ukraine",
            "Russia",
        ),
        (
            "The Kursk operation allowed Ukraine to regroup its forces.",
            "allowed",
            "Kursk operation",
            "Ukraine",
        ),
        (
            "The drone attacks on Crimea forced Russia to move its fleet.",
            "forced",
            "drone attacks on Crimea",
            "Russia",
        ),
        (
            "Russia massed reserves. The Kursk operation pulled back 30,000 Russian troops.",
            "pulled back",
            "Kursk operation",
            "Russia",
        ),
        (
            "Russia massed reserves. The Kursk incursion drew away 20,000 Russian soldiers.",
            "drew away",
            "Kursk incursion",
            "Russia",
        ),
        (
            "Russia massed reserves. The offensive in Kharkiv diverted Russian reserves.",
            "diverted",
            "offensive in Kharkiv",
            "Russia",
        ),
        (
            "The blockade of Odesa prevented grain exports from Ukraine.",
            "prevented",
            "blockade of Odesa",
            "Ukraine",
        ),
        ("The ceasefire in Lebanon helped the talks in Cairo.", "helped", "ceasefire in Lebanon", "Cairo"),
    ],
)
def test_effect_cues(nlp: Language, text: str, cue: str, cause: str, target: str) -> None:
    doc = run(nlp, text)
    effect = single(doc)
    assert (effect.cue, named(doc, effect.cause_key), named(doc, effect.target_key)) == (cue, cause, target)
    assert text.endswith(effect.evidence.sentence)


def test_effect_inside_quote_is_claimed_by_speaker(nlp: Language) -> None:
    doc = run(
        nlp,
        "'The Kursk operation pulled back 30,000 Russian troops from Russia,' Oleksandr Syrskyi "
        "said on Friday.",
    )
    effect = single(doc)
    claim = doc._.claims[0]
    assert effect.claim_id == claim.id
    assert effect.claimed_by_key == "person:oleksandr-syrskyi"
    assert effect.stated is not None and effect.stated.value == "2025-02-28"


def test_effect_outside_claim_has_no_claimant(nlp: Language) -> None:
    effect = single(
        run(nlp, "Russia massed reserves. The Kursk operation pulled back 30,000 Russian troops.")
    )
    assert (effect.claim_id, effect.claimed_by_key) == (None, None)


def test_effect_this_continues_previous_effect(nlp: Language) -> None:
    doc = run(
        nlp,
        "The defensive operations in Pokrovsk forced Russia to change its plan. "
        "This was because the Kursk operation drew away Russian reserves.",
    )
    becauses = [e for e in doc._.effects if e.cue == "because"]
    assert len(becauses) == 1
    assert named(doc, becauses[0].target_key) == "Pokrovsk"


def test_effect_relative_clause_of_apposition_is_the_main_event(nlp: Language) -> None:
    doc = run(
        nlp,
        "Russia lost aircraft. Ukraine's attacks on Russian bombers used drones hidden in trucks – "
        "a mission that took out a dozen aircraft.",
    )
    effect = next(e for e in doc._.effects if e.cue == "took out")
    assert named(doc, effect.cause_key) == "attacks on Russian bombers"
    assert named(doc, effect.target_key) == "Russia"


def test_effect_demonym_country_needs_a_named_country(nlp: Language) -> None:
    assert run(nlp, "The Kursk operation pulled back 30,000 Russian troops.")._.effects == []


def test_effect_without_a_named_cause_keeps_its_clauses(nlp: Language) -> None:
    effect = single(run(nlp, "The road closed because of heavy rain."))
    assert (effect.cause_key, effect.target_key, effect.cause_keys, effect.target_keys) == (
        None,
        None,
        [],
        [],
    )
    assert effect.cause_span is not None and "heavy rain" in effect.cause_span.text
    assert effect.effect_span is not None and effect.effect_span.text == "The road closed"
    text = "The road closed because of heavy rain."
    assert text[effect.effect_span.start : effect.effect_span.end] == effect.effect_span.text


def test_effect_date_in_subject_relative_clause_is_not_the_effects(nlp: Language) -> None:
    doc = run(
        nlp,
        "'The fall of Kramatorsk, predicted back in May 2023, has not happened, thanks to our "
        "Kursk operation,' Oleksandr Syrskyi said last week.",
    )
    effect = single(doc)
    assert effect.when is None
    assert effect.stated is not None and effect.stated.value == "2025-W09"


def test_effect_date_in_cause_phrase_is_not_the_effects(nlp: Language) -> None:
    effect = single(
        run(
            nlp,
            "The capture of Avdiivka was delayed thanks to the May 2023 counteroffensive near Bakhmut.",
        )
    )
    assert effect.when is None


def test_effect_date_governing_its_clause(nlp: Language) -> None:
    effect = single(
        run(
            nlp,
            "Russia massed reserves. In August 2024 the Kursk operation pulled back 30,000 Russian troops.",
        )
    )
    assert effect.when is not None and effect.when.value == "2024-08"


def test_effect_without_claim_is_stated_by_the_article(nlp: Language) -> None:
    effect = single(
        run(nlp, "Russia massed reserves. The Kursk operation pulled back 30,000 Russian troops.")
    )
    assert effect.stated is not None
    assert (effect.stated.value, effect.stated.basis) == ("2025-03-06", "publication")


def test_effect_in_continued_statement_is_the_speakers(nlp: Language) -> None:
    doc = run(
        nlp,
        "The Baltic Institute said late last year that Russia had lost ground near Kharkiv. "
        "At the same time, Russia could not reinforce its troops in the Donetsk region because it "
        "was fighting the incursion into the Kursk region.",
    )
    effect = next(e for e in doc._.effects if e.cue == "because")
    assert named(doc, effect.target_key) == "Donetsk region"
    assert effect.claimed_by_key == "organization:baltic-institute"
    assert effect.stated is not None and (effect.stated.value, effect.stated.mod) == ("2024", "END")


@pytest.mark.parametrize(
    ("text", "cue", "target"),
    [
        ("The financial crisis hit Talvi Motors hard in 2008.", "hit", "Talvi Motors"),
        ("The earthquake in Chile prompted Marlow Mining to halt work.", "prompted", "Marlow Mining"),
        ("Flights at Heathrow were grounded by the strike in London.", "grounded", "Heathrow"),
    ],
)
def test_effect_ordinary_news_causal_verbs(nlp: Language, text: str, cue: str, target: str) -> None:
    doc = run(nlp, text)
    effect = single(doc)
    assert effect.cue == cue
    assert named(doc, effect.target_key) == target
    assert effect.cause_key.startswith("event:")


def test_effect_after_is_not_causal(nlp: Language) -> None:
    assert run(nlp, "Talvi Motors cut jobs in Ohio after the financial crisis.")._.effects == []


@pytest.mark.parametrize(
    ("text", "cue", "cause", "result"),
    [
        (
            "If the dam above Korvel fails, the villages downstream would flood within hours.",
            "if",
            "the dam above Korvel fails",
            "the villages downstream would flood within hours",
        ),
        (
            "Repair crews pulled out of Dolinsk after shelling damaged the water station.",
            "after",
            "shelling damaged the water station",
            "Repair crews pulled out of Dolinsk",
        ),
    ],
)
def test_effect_conditional_and_after_clauses_keep_both_sides(
    nlp: Language, text: str, cue: str, cause: str, result: str
) -> None:
    effect = next(e for e in run(nlp, text)._.effects if e.cue.lower() == cue)
    assert (effect.cause_span.text, effect.effect_span.text) == (cause, result)


@pytest.mark.parametrize(
    "text",
    [
        "Three days after the convoy left Dolinsk, the road was still closed.",
        "A few hours after the sirens sounded, the market in Korvel reopened.",
        "This was after the storm hit the coast near Korvel.",
        "It was the largest rally in Korvel this year, after thousands marched in Dolinsk in May.",
    ],
)
def test_effect_after_that_only_orders_two_events_is_not_causal(nlp: Language, text: str) -> None:
    assert [e.cue for e in run(nlp, text)._.effects if e.cue.lower() == "after"] == []


@pytest.mark.parametrize(
    ("text", "cue", "cause", "result"),
    [
        (
            "The ferry to Korvel stopped running, so the island ran short of fuel.",
            "so",
            "The ferry to Korvel stopped running",
            "the island ran short of fuel",
        ),
        (
            "Shelling cut the water main in Dolinsk on Monday, after which the hospital moved its patients.",
            "after which",
            "Shelling cut the water main in Dolinsk on Monday",
            "the hospital moved its patients",
        ),
        (
            "Drones hit the rail depot at Korvel twice in one night. As a result, grain trains were rerouted.",
            "As a result",
            "Drones hit the rail depot at Korvel twice in one night",
            "grain trains were rerouted",
        ),
    ],
)
def test_effect_result_links_read_the_clause_before_as_the_cause(
    nlp: Language, text: str, cue: str, cause: str, result: str
) -> None:
    effect = next(e for e in run(nlp, text)._.effects if e.cue == cue)
    assert (effect.cause_span.text, effect.effect_span.text) == (cause, result)


@pytest.mark.parametrize(
    "text",
    [
        "As a result, grain trains were rerouted.",  # nothing before it
        "The night was so cold that the river froze near Korvel.",
        "The talks in Korvel went on, so far without a deal.",
    ],
)
def test_effect_result_links_need_a_clause_on_each_side(nlp: Language, text: str) -> None:
    assert [e.cue for e in run(nlp, text)._.effects if e.source == "rule"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The convoy reached Korvel a day after the bridge reopened.",
        "Aid reached Dolinsk days after the road was cleared.",
        "The figure, if accurate, would be the highest in Korvel this year.",
    ],
)
def test_effect_after_a_distance_or_if_without_a_clause_is_no_rule_effect(nlp: Language, text: str) -> None:
    assert [e.cue for e in run(nlp, text)._.effects if e.source == "rule"] == []


def test_effect_forward_participle_is_a_rule_whatever_the_model_says(nlp: Language) -> None:
    doc = run(nlp, "Debris from a downed drone struck a depot near Korvel, causing a large fire.")
    effect = next(e for e in doc._.effects if e.cue == "causing")
    assert effect.source == "rule"
    assert (effect.cause_span.text, effect.effect_span.text) == (
        "Debris from a downed drone struck a depot near Korvel",
        "causing a large fire",
    )


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("The storm left the village of Korvel without power.", "the village of Korvel without power"),
        (
            "The loss of the bridge would leave Dolinsk more exposed to shelling.",
            "Dolinsk more exposed to shelling",
        ),
    ],
)
def test_effect_leave_with_the_state_it_leaves(nlp: Language, text: str, result: str) -> None:
    effect = next(e for e in run(nlp, text)._.effects if e.cue in {"left", "leave"})
    assert effect.effect_span.text == result


def test_effect_leave_a_place_is_no_effect(nlp: Language) -> None:
    assert [
        e.cue for e in run(nlp, "He left Korvel without his passport.")._.effects if e.source == "rule"
    ] == []


def test_effects_description_holds_both_sides_of_a_causative_verb(nlp):
    text = "Kovalenko said the army had resupplied its units, and that the Kharkiv offensive had helped Ukraine hold Kupiansk."
    doc = nlp(text)
    described = [e.description for e in doc._.effects]
    assert any(d.endswith("helped Ukraine hold Kupiansk") for d in described), described
