"""Claims beyond 'said': accusations, warnings, reactions, beliefs, and quotes split around their cue
(sentences written here)."""

import pytest
from spacy.language import Language

from tests.helpers import run


def claims_of(nlp: Language, text: str) -> list[tuple[str | None, str, str | None]]:
    return [(c.speaker_name, c.text, c.cue) for c in run(nlp, text)._.claims]


@pytest.mark.parametrize(
    ("text", "speaker", "content", "cue"),
    [
        (
            "The minister accused the rebels of shelling the bridge on purpose.",
            "minister",
            "the rebels of shelling the bridge on purpose",
            "accused",
        ),
        (
            "The mayor called the decision a betrayal of the city.",
            "mayor",
            "the decision a betrayal of the city",
            "called",
        ),
        (
            "Senator Ruth Alder called for an inquiry into the contracts.",
            "Ruth Alder",
            "for an inquiry into the contracts",
            "called",
        ),
        (
            "Analysts blamed the general for the slow advance.",
            "Analysts",
            "the general for the slow advance",
            "blamed",
        ),
        ("Governor Ivo Lenz warned of heavy losses.", "Ivo Lenz", "of heavy losses", "warned"),
        ("The envoy described the talks as constructive.", "envoy", "the talks as constructive", "described"),
        (
            "Marta Ilves expects prices to fall in spring.",
            "Marta Ilves",
            "prices to fall in spring",
            "expects",
        ),
        ("Farmers believe the drought will end soon.", "Farmers", "the drought will end soon", "believe"),
        ("Ruth Alder denied that the ferry had sunk.", "Ruth Alder", "the ferry had sunk", "denied"),
    ],
)
def test_claim_cue_verbs_take_their_object_or_clause(
    nlp: Language, text: str, speaker: str, content: str, cue: str
) -> None:
    assert (speaker, content, cue) in claims_of(nlp, text)


def test_claim_passive_reaction_speaks_for_its_subject(nlp: Language) -> None:
    text = "Local bloggers were outraged by how quickly the line gave way."
    assert claims_of(nlp, text) == [("Local bloggers", "how quickly the line gave way", "outraged")]


def test_claim_physical_attack_is_no_claim(nlp: Language) -> None:
    assert claims_of(nlp, "The army attacked the village with drones overnight.") == []


def test_claim_quote_split_around_its_cue_is_one_claim(nlp: Language) -> None:
    text = '"The line is holding," General Ivo Lenz said, "and the enemy has not broken through."'
    doc = run(nlp, text)
    assert len(doc._.claims) == 1
    claim = doc._.claims[0]
    assert (claim.speaker_name or "").endswith("Ivo Lenz")
    assert claim.text == '"The line is holding," "and the enemy has not broken through."'
    assert [text[s.start : s.end] for s in claim.spans] == [
        '"The line is holding,"',
        '"and the enemy has not broken through."',
    ]


def test_claim_quoted_sentences_after_the_cue_join_the_quote(nlp: Language) -> None:
    text = '"We held the bridge," Marta Ilves said. "We will hold it. Nobody leaves." Then she left.'
    doc = run(nlp, text)
    quoted = [c for c in doc._.claims if "bridge" in c.text]
    assert [(c.speaker_name, c.text) for c in quoted] == [
        ("Marta Ilves", '"We held the bridge," "We will hold it. Nobody leaves."')
    ]
    assert [s.text for s in quoted[0].spans] == ['"We held the bridge,"', '"We will hold it. Nobody leaves."']


def test_claim_quote_with_its_own_cue_stays_apart(nlp: Language) -> None:
    text = '"We held the bridge," Marta Ilves said. "We will hold it," said Ivo Lenz.'
    assert [(s, t) for s, t, _ in claims_of(nlp, text)] == [
        ("Marta Ilves", '"We held the bridge,"'),
        ("Ivo Lenz", '"We will hold it,"'),
    ]


def test_claim_name_before_a_verb_without_subject_is_its_speaker(nlp: Language) -> None:
    text = "The city banned all protests and the opposition and Ruth Alder knew she had taken a risk."
    assert ("Ruth Alder", "she had taken a risk", "knew") in claims_of(nlp, text)


def test_claim_quote_signed_with_a_dash_is_the_signers(nlp: Language) -> None:
    text = '"We will rebuild the school. Nobody will stop us." ― Ola Berg\n"The bridge is safe." — Ivo Lenz\n'
    assert claims_of(nlp, text) == [
        ("Ola Berg", '"We will rebuild the school. Nobody will stop us."', "―"),
        ("Ivo Lenz", '"The bridge is safe."', "—"),
    ]


def test_claim_transcript_turn_is_the_named_speakers(nlp: Language) -> None:
    text = "BERG: We will rebuild the school, and nobody will stop us.\nLENZ: The bridge is safe.\n"
    assert claims_of(nlp, text) == [
        ("BERG", "We will rebuild the school, and nobody will stop us.", ":"),
        ("LENZ", "The bridge is safe.", ":"),
    ]


def test_claim_clock_time_is_no_transcript_turn(nlp: Language) -> None:
    assert claims_of(nlp, "10:15 — The ministers met in the capital.\n") == []


def test_claim_newspaper_double_single_quotes_split_around_cue(nlp: Language) -> None:
    text = "''This is no reform,'' said Ivo Lenz, an economist at the Tallinn Institute. ''It is a tax.''"
    doc = run(nlp, text)
    assert [(c.speaker_name, c.text) for c in doc._.claims] == [
        ("Ivo Lenz", "''This is no reform,'' ''It is a tax.''")
    ]


def test_claim_title_after_a_name_is_that_person(nlp: Language) -> None:
    text = (
        "Gen. Ivo Lenz reported the figure in a video call. "
        '"The operation is going on," the Commander-in-Chief said.'
    )
    claim = next(c for c in run(nlp, text)._.claims if "operation" in c.text)
    assert claim.speaker_key == "person:ivo-lenz" and "Commander" in (claim.speaker_name or "")


def test_claim_non_agent_subject_is_its_source_as_written(nlp: Language) -> None:
    # no entity and no speaker key: the footage is where the claim comes from, as a reader sees it
    text = "Geolocated footage published on Monday shows that the troops entered the village."
    assert [(c.speaker_key, c.speaker_name, c.text) for c in run(nlp, text)._.claims] == [
        (None, "footage", "the troops entered the village")
    ]


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "A new survey of farmers shows that most of them expect a poor harvest.",
            "most of them",
            "new survey of farmers",
        ),
        ("According to the latest poll, the mayor leads by four points.", "mayor leads", "latest poll"),
        ("The study found that river levels had fallen by a third.", "river levels", "study"),
    ],
)
def test_claim_poll_or_study_is_the_source(nlp: Language, text: str, needle: str, speaker: str) -> None:
    claim = next(c for c in run(nlp, text)._.claims if needle in c.text)
    assert (claim.speaker_key, claim.speaker_name) == (None, speaker)


def test_claim_poll_is_no_antecedent_for_a_pronoun(nlp: Language) -> None:
    text = "Mara Velden spoke in Oslo. A new poll shows that the race is tight. She said it was not over."
    claim = next(c for c in run(nlp, text)._.claims if "not over" in c.text)
    assert claim.speaker_name == "Mara Velden"


def test_claim_non_agent_speaks_for_the_organisation_behind_it(nlp: Language) -> None:
    text = "Satellite imagery released by the Baltic Institute shows that the depot burned down."
    assert claim_speaker(nlp, text, "depot") == "Baltic Institute"


def test_claim_pronoun_skips_a_noun_of_the_other_gender(nlp: Language) -> None:
    text = 'Ivo Lenz drove to the town where his mother refused to leave. "The road was dangerous," he said.'
    assert claim_speaker(nlp, text, "road was dangerous") == "Ivo Lenz"


def claim_speaker(nlp: Language, text: str, needle: str) -> str | None:
    found = [c for c in run(nlp, text)._.claims if needle in c.text]
    assert found, f"no claim contains {needle!r}"
    return found[0].speaker_name


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ruth Alder spoke on Monday. She renewed her calls for partners to allow strikes.",
            "Ruth Alder",
            "for partners to allow strikes",
        ),
        (
            "Traders doubted the Baltic Institute's claim that the port was closed.",
            "Baltic Institute",
            "the port was closed",
        ),
    ],
)
def test_claim_noun_cue_speaks_for_its_possessor(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in [(s, t) for s, t, _ in claims_of(nlp, text)]


def test_claim_noun_without_speaker_or_content_is_no_claim(nlp: Language) -> None:
    assert claims_of(nlp, "The statement he made was long.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ivo Lenz continues to insist that the bridge is safe.", "Ivo Lenz"),
        ("Ruth Alder started off by emphasizing the need for more ferries.", "Ruth Alder"),
    ],
)
def test_claim_cue_under_another_verb_takes_its_subject(nlp: Language, text: str, speaker: str) -> None:
    assert [s for s, _, _ in claims_of(nlp, text)] == [speaker]


def test_claim_interview_date_dates_what_the_speaker_says_after(nlp: Language) -> None:
    text = (
        "Major Karl Oberg commands a drone unit. He spoke to the Review by phone on Tuesday. "
        '"There is no encirclement," Oberg said. "We moved in time."'
    )
    claim = next(c for c in run(nlp, text)._.claims if "encirclement" in c.text)
    assert claim.stated is not None
    assert (claim.stated.value, claim.stated.basis) == ("2025-03-04", "text")


def test_claim_participle_is_stated_when_its_verb_is(nlp: Language) -> None:
    text = "Karl Oberg acknowledged the raid in his address on Tuesday, saying the port was safe."
    claim = next(c for c in run(nlp, text)._.claims if "port was safe" in c.text)
    assert claim.stated is not None and claim.stated.value == "2025-03-04"


def test_claim_no_one_named_in_a_passive_is_no_speaker(nlp: Language) -> None:
    assert claims_of(nlp, "It is believed that the ferry sank in the storm.") == [
        (None, "the ferry sank in the storm", "believed")
    ]


def test_claim_definite_noun_is_the_organisation_named_with_it(nlp: Language) -> None:
    text = (
        "The Baltic Relief Mission opened an office in Tallinn. "
        "The mission said that food prices had doubled."
    )
    claim = next(c for c in run(nlp, text)._.claims if "food prices" in c.text)
    assert (claim.speaker_key, claim.speaker_name) == ("organization:baltic-relief-mission", "mission")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Some believe that the ferry will never return.", "Some"),
        ("Not everyone agrees that the toll plan works.", "not everyone"),
        ("Each said the other was unfit for the post.", "Each"),
    ],
)
def test_claim_indefinite_subject_is_the_source_as_written(nlp: Language, text: str, speaker: str) -> None:
    assert [(c.speaker_key, c.speaker_name) for c in run(nlp, text)._.claims] == [(None, speaker)]


def test_claim_indefinite_subject_is_no_antecedent(nlp: Language) -> None:
    text = "Ivo Lenz spoke in Tartu. Someone asked about the ferry. He said that it would return."
    claim = next(c for c in run(nlp, text)._.claims if "would return" in c.text)
    assert claim.speaker_name == "Ivo Lenz"
