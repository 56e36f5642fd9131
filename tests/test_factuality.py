"""Event status from the grammar around a trigger (sentences written here)."""

import pytest
from spacy.language import Language

from chronicle.extraction.rules.factuality import StatusReader
from tests.helpers import run


@pytest.fixture(scope="module")
def reader() -> StatusReader:
    return StatusReader()


def status_of(nlp: Language, reader: StatusReader, text: str, word: str) -> tuple[str, str | None]:
    doc = run(nlp, text)
    token = next(t for t in doc if t.text == word)
    reading = reader.read(token)
    return reading.status, reading.cue


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # happened: plain statements, implicative verbs, presupposed phrases
        ("Separatist fighters seized the river port of Veltava on Tuesday.", "seized", "happened"),
        ("The brigade launched an offensive near Orlen in April.", "offensive", "happened"),
        ("The garrison managed to recapture the depot.", "recapture", "happened"),
        ("Two civilians died after the shelling of Marivka.", "shelling", "happened"),
        ("The defenders repelled an assault on the bridge.", "assault", "happened"),
        ("The raid destroyed three fuel tanks.", "raid", "happened"),
        # planned or expected
        ("Their generals had hoped to capture the port by the end of March.", "capture", "planned"),
        ("The army is preparing a spring offensive.", "offensive", "planned"),
        ("The much-anticipated offensive began slowly.", "offensive", "planned"),
        ("The rebels will attack the airfield next week.", "attack", "planned"),
        ("They massed armour to storm the town.", "storm", "planned"),
        ("Talks are scheduled for Monday.", "Talks", "planned"),
        ("Officials warned of an imminent strike on the dam.", "strike", "planned"),
        ("The push is part of an effort to encircle the city.", "encircle", "planned"),
        # denied
        ("The enemy's capture of the port has not yet taken place, the colonel said.", "capture", "denied"),
        ("The ministry denied that its troops had withdrawn from Veltava.", "withdrawn", "denied"),
        ("The invasion has yet to begin.", "invasion", "denied"),
        ("No offensive took place last year.", "offensive", "denied"),
        ("The rebels did not capture the airfield.", "capture", "denied"),
        ("The governor rejected claims that the town had fallen.", "fallen", "denied"),
        # failed
        ("The battalion failed to take the hill in March.", "take", "failed"),
        ("The militia could not hold the bridge.", "hold", "failed"),
        ("The attack was called off at the last minute.", "attack", "failed"),
        ("The army nearly captured the ridge.", "captured", "failed"),
        ("The brigade did not manage to break through.", "break", "failed"),
        # hypothetical
        ("If the rebels cross the river, the capital would be exposed.", "cross", "hypothetical"),
        ("A breakthrough could come within weeks.", "breakthrough", "hypothetical"),
        ("The drills prepared pupils for the possibility of an air raid.", "raid", "hypothetical"),
        ("The rebels are likely to attack the convoy.", "attack", "hypothetical"),
        # claimed by the grammar alone (a claim verb, an attribution adverb)
        ("The rebels claim to have captured two villages.", "captured", "claimed"),
        ("Troops reportedly entered the town at dawn.", "entered", "claimed"),
        ("The alleged strike on the hospital drew condemnation.", "strike", "claimed"),
        # a noun is read by its lemma, never a crude stem ('planes' is no 'plan')
        ("The planes for the raid took off at dawn.", "raid", "happened"),
    ],
)
def test_status_read_from_the_grammar(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


def test_status_cue_keeps_the_words_that_say_so(nlp: Language, reader: StatusReader) -> None:
    assert (
        status_of(nlp, reader, "Their generals had hoped to capture the port.", "capture")[1]
        == "had hoped to"
    )
    _, cue = status_of(nlp, reader, "The capture of the port has not yet taken place.", "capture")
    assert cue == "has not yet taken place"


def test_status_negation_does_not_reach_a_coordinated_clause(nlp: Language, reader: StatusReader) -> None:
    text = "The fault was not reported at first and only became public this week."
    assert status_of(nlp, reader, text, "became")[0] == "happened"


def test_status_modal_is_shared_by_a_coordinated_verb(nlp: Language, reader: StatusReader) -> None:
    text = "The rebels will attack the airfield and seize the fuel depot."
    assert status_of(nlp, reader, text, "seize")[0] == "planned"


def test_status_background_event_in_a_phrase_stays_happened(nlp: Language, reader: StatusReader) -> None:
    doc = run(nlp, "Officials are still trying to contain the incursion into the border region.")
    reading = reader.read(next(t for t in doc if t.text == "incursion"))
    assert reading.status == "happened" and not reading.asserted


def test_status_setting_of_a_statement_is_not_its_object(nlp: Language, reader: StatusReader) -> None:
    text = "The minister claimed at a summit in Vienna that output had doubled."
    assert status_of(nlp, reader, text, "summit")[0] == "happened"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Anna Berg reports on the attack from Halden.", "attack"),
        ("The mayor commented on the evacuation of the district.", "evacuation"),
        ("A spokesman spoke about the strike on the depot.", "strike"),
    ],
)
def test_a_report_about_an_event_reads_as_stated_never_as_an_unknown_status(
    nlp: Language, reader: StatusReader, text: str, word: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == "happened"


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The council will hold a vote once the siege ends.", "ends", "planned"),
        (
            "The mayor could resign if the inquiry continues after the report is published.",
            "published",
            "hypothetical",
        ),
        ("The council held a vote once the siege ended.", "ended", "happened"),
        ("The council will hold a vote because the siege ended.", "ended", "happened"),
    ],
)
def test_status_time_clause_in_the_present_shares_a_future_main_clause(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The navy will take delivery of new frigates next year.", "delivery", "planned"),
        ("The rebels massed troops to launch an offensive on the port.", "offensive", "planned"),
        ("The rebels will never forget the siege of the port.", "siege", "happened"),
        ("The government will cut 3,000 jobs.", "jobs", "happened"),
    ],
)
def test_status_new_object_of_an_open_clause_is_open(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The planned assault on the port never materialised.", "assault", "failed"),
        ("The rebels' attempt to take the port in May failed.", "take", "failed"),
        ("The planned assault on the port is expected next week.", "assault", "planned"),
    ],
)
def test_status_plan_that_came_to_nothing_failed(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Satellite data suggest that the rebels shelled the port in June.", "shelled", "claimed"),
        ("Analysts suggest that the rebels have captured the depot.", "captured", "claimed"),
        ("The envoy suggested that the two sides meet in Geneva.", "meet", "hypothetical"),
    ],
)
def test_status_evidence_for_a_past_event_is_a_claim(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


def test_status_event_still_to_be_done_is_planned(nlp: Language, reader: StatusReader) -> None:
    assert status_of(nlp, reader, "The council announced a vote to be held on May 4.", "vote")[0] == "planned"


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The repaired bridge will be ready for convoys by spring.", "ready", "planned"),
        ("The port would be open to grain ships under the deal.", "open", "hypothetical"),
        ("The depot was not operational after the strike.", "operational", "denied"),
        ("The depot was operational again within a week.", "operational", "happened"),
    ],
)
def test_status_predicative_word_takes_the_clause_of_its_copula(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


def test_status_relative_pronoun_subject_reads_its_own_clause(nlp: Language, reader: StatusReader) -> None:
    text = "The council adopted a new plan, which would double the night patrols."
    assert status_of(nlp, reader, text, "which")[0] == "hypothetical"


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The rebels might settle for a truce in the north.", "truce", "hypothetical"),
        ("Most of the evacuations will take place at night.", "evacuations", "planned"),
        ("The rebels settled for a truce in the north.", "truce", "happened"),
        ("The rebels might respond to the shelling of the port.", "shelling", "happened"),
    ],
)
def test_status_new_event_in_a_phrase_of_an_open_clause_is_open(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The governor will resign when the inquiry is completed.", "completed", "planned"),
        ("The governor will resign when the inquiry is completed.", "inquiry", "happened"),
        ("The army said the bridge would be repaired before the floods arrived.", "arrived", "planned"),
        ("The army repaired the bridge before the floods arrived.", "arrived", "happened"),
    ],
)
def test_status_time_clause_of_a_future_is_open_told_now_or_reported(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The mayor set a deadline to evacuate the district.", "evacuate", "planned"),
        ("Kestrel was the first town to fall to the rebels.", "fall", "happened"),
        ("Kestrel will be the first town to vote on the treaty.", "vote", "planned"),
    ],
)
def test_status_infinitive_on_a_noun_is_open_unless_it_ranks(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The troops withdrew without firing a shot.", "firing", "denied"),
        ("The convoy left without an escort.", "escort", "denied"),
        ("No shells hit the school.", "hit", "denied"),
        ("Some shells hit the school.", "hit", "happened"),
    ],
)
def test_status_negation_by_without_or_a_subject_with_no(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The army was accused of shelling the market.", "shelling", "claimed"),
        ("The rebels accused the army of shelling the market.", "shelling", "claimed"),
        ("It is rumoured that the general was arrested.", "arrested", "claimed"),
    ],
)
def test_status_accusation_and_rumour_do_not_commit_the_writer(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Did the army shell the market?", "shell", "hypothetical"),
        ("Why did the army shell the market?", "shell", "happened"),
        ("The army shelled the market.", "shelled", "happened"),
    ],
)
def test_status_yes_no_question_asks_a_why_question_presupposes(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The mayor would prefer that the army leave the city.", "leave", "planned"),
        ("The new regiment will see troops deployed to the border.", "deployed", "planned"),
        ("The rebels are capable of striking the capital.", "striking", "hypothetical"),
        ("The residents were afraid of looting.", "looting", "hypothetical"),
        ("Negotiators are working on a ceasefire.", "ceasefire", "planned"),
    ],
)
def test_status_wish_ability_fear_and_work_towards_are_open(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("They went to the border to inspect the damage.", "inspect", "planned"),
        ("The drones are used to monitor the front.", "monitor", "planned"),
        ("The index fell 2 percent to close at 5,100 points.", "close", "happened"),
    ],
)
def test_status_purpose_infinitive_is_planned_a_result_one_is_not(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The ministry unveiled a sweeping reform of the border guard.", "reform", "planned"),
        ("The ministry announced plans to close the crossing.", "plans", "happened"),
        ("The ministry announced the death of the commander.", "death", "happened"),
    ],
)
def test_status_new_event_announced_is_yet_to_come(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The council drew up an evacuation plan for the district.", "evacuation", "planned"),
        ("The council adopted a plan that includes curfews in the south.", "curfews", "planned"),
        ("The garrison will receive a message ordering a retreat.", "ordering", "planned"),
        ("The envoy spoke of the prospects for a return to talks.", "talks", "planned"),
        ("There is little hope for the front to hold.", "hold", "planned"),
    ],
)
def test_status_what_a_plan_or_an_open_event_holds_is_open(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The army is going to attack the bridge.", "attack", "planned"),
        ("'Leave the city now,' the governor told residents.", "Leave", "planned"),
        ("The army went to the bridge.", "went", "happened"),
        ("The mayor will reply in response to the shelling of the market.", "shelling", "happened"),
    ],
)
def test_status_going_to_and_an_order_are_not_yet_done(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The refugees applied for asylum in the spring.", "asylum", "planned"),
        ("The offensive is aimed at a breakthrough in the south.", "breakthrough", "planned"),
        ("The convoy was due for inspection at the border.", "inspection", "planned"),
        ("Drones serve as a means of locating the guns.", "locating", "planned"),
        ("The guns were found by means of tracking their fire.", "tracking", "happened"),
    ],
)
def test_status_verb_and_preposition_that_seek_an_event(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The index dropped 4 percent to reach its lowest level in a decade.", "reach", "happened"),
        ("The army massed troops to reach the besieged town.", "reach", "planned"),
    ],
)
def test_status_infinitive_after_a_measured_change_is_its_result(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The council rejected the bill after the talks broke down.", "broke", "happened"),
        ("The ministry called for calm, citing new attacks on the border.", "citing", "happened"),
        ("The army will withdraw, leaving the town undefended.", "leaving", "planned"),
    ],
)
def test_status_adjunct_clause_shares_only_its_head_clause_own_modality(
    nlp: Language, reader: StatusReader, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, reader, text, word)[0] == status
