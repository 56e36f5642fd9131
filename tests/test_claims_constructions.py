"""Claims read off constructions beyond a cue verb and its clause: hedges ('appears to'), quotes
continued ('he continued'), attributions set off in mid-sentence, headlines and quoted transcripts
naming their speaker, reported questions with no asker named (sentences written here)."""

import pytest
from spacy.language import Language

from tests.helpers import run


def claims_of(nlp: Language, text: str) -> list[tuple[str | None, str, str | None]]:
    return [(c.speaker_name, c.text, c.cue) for c in run(nlp, text)._.claims]


def test_claim_hedge_is_a_view_no_one_named_holds(nlp: Language) -> None:
    text = "Support for the ferry plan appears to have collapsed over the winter."
    assert (
        None,
        "Support for the ferry plan appears to have collapsed over the winter",
        "appears",
    ) in claims_of(nlp, text)


def test_claim_hedge_needs_a_complement(nlp: Language) -> None:
    assert claims_of(nlp, "The mayor appeared on local television on Monday.") == []


def test_claim_continued_quote_is_the_speakers(nlp: Language) -> None:
    text = 'Ruth Alder spoke first. "The bridge will reopen in May," Alder continued.'
    assert ("Alder", '"The bridge will reopen in May,"', "continued") in claims_of(nlp, text)


def test_claim_continue_without_a_quote_is_no_claim(nlp: Language) -> None:
    assert claims_of(nlp, "The shelling continued through the night.") == []


def test_claim_attribution_in_mid_sentence_keeps_both_sides(nlp: Language) -> None:
    text = "The repairs would be finished, Ivo Lenz said, by the end of the summer."
    found = run(nlp, text)._.claims
    assert [(c.speaker_name, c.text) for c in found] == [
        ("Ivo Lenz", "The repairs would be finished by the end of the summer")
    ]
    assert [m.text for m in found[0].spans] == ["The repairs would be finished", "by the end of the summer"]


def test_claim_quote_after_a_partly_quoted_clause_continues_it(nlp: Language) -> None:
    text = (
        'The new rules are "far too slow," says Marta Ilves, who runs the port. '
        '"We lose a week on every ship."'
    )
    claim = next(c for c in run(nlp, text)._.claims if c.cue == "says")
    assert claim.text == 'The new rules are "far too slow," "We lose a week on every ship."'


def test_claim_headline_names_its_speaker(nlp: Language) -> None:
    text = "Ruth Alder: The ferry will run again in May.\n\nThe port reopened on Monday."
    assert ("Ruth Alder", "The ferry will run again in May.", ":") in claims_of(nlp, text)


@pytest.mark.parametrize("label", ["Analysis", "The Latest"])
def test_claim_headline_label_is_no_speaker(nlp: Language, label: str) -> None:
    text = f"{label}: The ferry will run again in May.\n\nThe port reopened on Monday."
    assert all(c[2] != ":" for c in claims_of(nlp, text))


def test_claim_quoted_transcript_turn_runs_over_its_paragraphs(nlp: Language) -> None:
    text = (
        'The exchange went as follows:\n\n"HOST: Will the ferry run?\n\n"ALDER: It will. We have the crew.\n\n'
        '"We only need the parts.\n\n"HOST: When?'
    )
    turns = [(c.speaker_name, c.text) for c in run(nlp, text)._.claims if c.cue == ":"]
    assert ("ALDER", 'It will. We have the crew.\n\n"We only need the parts.') in turns


def test_claim_question_asked_by_no_one_named(nlp: Language) -> None:
    text = "Asked whether the port would close, Alder said it would not."
    assert (None, "whether the port would close", "Asked") in claims_of(nlp, text)


def test_claim_hopes_is_a_cue_whatever_its_lemma(nlp: Language) -> None:
    text = "Marta Ilves hopes the ferry will run again in May."
    assert ("Marta Ilves", "the ferry will run again in May", "hopes") in claims_of(nlp, text)


def test_claim_spokesman_speaks_for_the_group(nlp: Language) -> None:
    text = "A spokesman for the northern harbour group insisted that the cranes were safe."
    assert [c.speaker_name for c in run(nlp, text)._.claims] == ["northern harbour group"]


def test_claim_name_in_apposition_is_the_speaker(nlp: Language) -> None:
    text = "The acting governor of the province, Oleg Varn, said nine villages had been evacuated."
    assert [c.speaker_name for c in run(nlp, text)._.claims] == ["Oleg Varn"]


def test_claim_raise_needs_a_concern_not_money(nlp: Language) -> None:
    assert claims_of(nlp, "The campaign raised $3 million in August.") == []
    assert [c[2] for c in claims_of(nlp, "Doctors raised concerns that the clinic was unsafe.")] == ["raised"]


def test_claim_participle_before_a_noun_is_no_cue(nlp: Language) -> None:
    assert claims_of(nlp, "She leads by 200 pledged delegates.") == []


def test_claim_name_set_off_before_its_title_speaks(nlp: Language) -> None:
    text = '"The port is safe," Ruth Alder, a harbour official, said on Monday. "We checked every crane."'
    found = [(c.speaker_name, c.text) for c in run(nlp, text)._.claims]
    assert found == [("Ruth Alder", '"The port is safe," "We checked every crane."')]


def test_claim_coordinated_infinitives_are_one_statement(nlp: Language) -> None:
    text = "Marta Ilves wants to widen the canal, rebuild the locks and dredge the harbour."
    found = [c.text for c in run(nlp, text)._.claims if c.cue == "wants"]
    assert found == ["to widen the canal, rebuild the locks and dredge the harbour"]


def test_claim_more_cue_verbs(nlp: Language) -> None:
    text = (
        "Ruth Alder attacked the council for the delays. Ivo Lenz pushed for a new vote. "
        "Marta Ilves bemoaned the lack of parts."
    )
    assert [(c.speaker_name, c.text) for c in run(nlp, text)._.claims] == [
        ("Ruth Alder", "the council for the delays"),
        ("Ivo Lenz", "for a new vote"),
        ("Marta Ilves", "the lack of parts"),
    ]


def test_claim_attack_by_a_person_on_a_person_is_speech(nlp: Language) -> None:
    text = "Ruth Alder attacked Ivo Lenz in a late-night post."
    assert [c.speaker_name for c in run(nlp, text)._.claims] == ["Ruth Alder"]


def test_claim_view_stated_with_an_adjective(nlp: Language) -> None:
    found = claims_of(nlp, "Farmers are critical of the new water rules.")
    assert found == [("Farmers", "the new water rules", "critical")]


def test_claim_clear_with_it_is_no_one_named(nlp: Language) -> None:
    found = claims_of(nlp, "It was clear that the ferry would not run.")
    assert found == [(None, "the ferry would not run", "clear")]


def test_claim_writer_in_the_first_person_is_no_one_named(nlp: Language) -> None:
    assert claims_of(nlp, "I know the ferry will run again in May.") == [
        (None, "the ferry will run again in May", "know")
    ]


def test_claim_first_person_inside_a_quote_stays_the_speakers(nlp: Language) -> None:
    text = '"I know the ferry will run again," Ruth Alder said.'
    assert [c[0] for c in claims_of(nlp, text)] == ["Ruth Alder"]


def test_claim_statement_issued_speaks_for_its_issuer(nlp: Language) -> None:
    text = "The port authority issued a statement calling the strike illegal."
    assert [(c.speaker_name, c.text) for c in run(nlp, text)._.claims] == [
        ("port authority", "the strike illegal")
    ]


def test_claim_as_the_speaker_put_it(nlp: Language) -> None:
    text = "As Ruth Alder put it, the ferry is the town's only road."
    assert claims_of(nlp, text) == [("Ruth Alder", "the ferry is the town's only road", "put")]


def test_claim_as_clause_of_time_is_no_source(nlp: Language) -> None:
    text = "As the mayor spoke to reporters, the ferry left the harbour."
    assert claims_of(nlp, text) == []


def test_claim_purpose_clause_takes_the_governing_subject(nlp: Language) -> None:
    text = "Harbour officials met on Monday to discuss the new ferry timetable."
    assert claims_of(nlp, text) == [("Harbour officials", "the new ferry timetable", "discuss")]


def test_claim_passive_with_agent_is_the_agents(nlp: Language) -> None:
    text = "The harbour plan has been endorsed by three local newspapers."
    assert claims_of(nlp, text) == [("three local newspapers", "The harbour plan", "endorsed")]


def test_claim_passive_without_agent_has_no_speaker(nlp: Language) -> None:
    text = "A curfew was announced for the whole valley."
    assert claims_of(nlp, text) == [(None, "A curfew", "announced")]


def test_claim_passive_needs_a_content_subject(nlp: Language) -> None:
    # a pronoun or a relative is no content; 'urge' is not read in the passive (its subject is the addressee)
    assert claims_of(nlp, "The bridge, which was criticized by engineers, reopened.") == []
    assert claims_of(nlp, "Farmers were urged by the council.") == []


def test_claim_colon_opens_the_next_paragraph(nlp: Language) -> None:
    text = (
        "Mara Velden spoke at the port.\n\nThe governor added:\n\n"
        "It is typical of them. They know nothing about ships.\n\nThe next day was calm."
    )
    assert ("governor", "It is typical of them. They know nothing about ships.", "added") in claims_of(
        nlp, text
    )


def test_claim_colon_keeps_the_rest_of_its_paragraph(nlp: Language) -> None:
    text = "Velden continued: the harbour will be dredged, and the quay rebuilt.\nNothing else happened."
    assert claims_of(nlp, text) == [
        ("Velden", "the harbour will be dredged, and the quay rebuilt.", "continued")
    ]


def test_claim_colon_after_no_speaker_is_no_claim(nlp: Language) -> None:
    assert claims_of(nlp, "The fighting continued: shells fell all night.") == []


def test_claim_particle_is_no_content(nlp: Language) -> None:
    # what follows the particle is what was pointed out; with nothing after it, the as-clause's host is
    assert claims_of(nlp, "Lena Ortiz pointed out the flaws in the plan.") == [
        ("Lena Ortiz", "the flaws in the plan", "pointed out")
    ]
    assert claims_of(nlp, "As many engineers have pointed out, the bridge is too narrow.") == [
        ("many engineers", "the bridge is too narrow", "pointed out")
    ]


def test_claim_cue_tagged_as_noun_with_a_clause_is_a_verb(nlp: Language) -> None:
    # the tagger may read 'claims' as a plural noun; with a subject and a that-clause it is the verb
    found = claims_of(nlp, "But Halvorsen claims that the ferry should be the exception.")
    assert ("Halvorsen", "the ferry should be the exception", "claims") in found
    assert claims_of(nlp, "The claims about the ferry were false.") == []


def test_claim_clause_parsed_as_adverbial_is_the_content(nlp: Language) -> None:
    text = "Trump said after the convention he would not accept the endorsement if it were offered."
    assert [(s, c) for s, t, c in claims_of(nlp, text) if "would not accept the endorsement" in t] == [
        ("Trump", "said")
    ]
    assert claims_of(nlp, "The mayor spoke at length, as the crowd cheered.") == []


def test_claim_quote_filling_the_next_paragraph_goes_on(nlp: Language) -> None:
    text = '"The dam is safe," Ivo Lenz said on Monday.\n\n"We checked it twice. It will hold."\n\nThe river fell.'
    assert claims_of(nlp, text) == [
        ("Ivo Lenz", '"The dam is safe," "We checked it twice. It will hold."', "said")
    ]


def test_claim_quote_with_its_own_attribution_in_the_next_paragraph_is_apart(nlp: Language) -> None:
    text = '"The dam is safe," Ivo Lenz said.\n\n"It is not," Mara Velden replied.'
    assert claims_of(nlp, text) == [
        ("Ivo Lenz", '"The dam is safe,"', "said"),
        ("Mara Velden", '"It is not,"', "replied"),
    ]


def test_claim_clause_joined_after_a_that_clause_is_said_too(nlp: Language) -> None:
    text = "The harbour master said that the storm had passed, and there was no damage to the pier."
    assert claims_of(nlp, text) == [
        ("harbour master", "the storm had passed, and there was no damage to the pier", "said")
    ]
    # the speaker's own next act is no part of what was said
    found = claims_of(nlp, "Lena Ortiz said that the dam held, and she left the room.")
    assert found == [("Lena Ortiz", "the dam held", "said")]


def test_claim_apology_and_self_portrait(nlp: Language) -> None:
    assert ("senator", "for his remarks about the strike", "apologized") in claims_of(
        nlp, "The senator apologized for his remarks about the strike."
    )
    assert claims_of(nlp, "The mayor cast herself as a friend of the dock workers.") == [
        ("mayor", "herself as a friend of the dock workers", "cast")
    ]
    assert claims_of(nlp, "Voters cast their ballots on Sunday.") == []


def test_claim_poll_or_view_opening_a_clause_is_its_source(nlp: Language) -> None:
    assert claims_of(nlp, "In a poll released Monday, the mayor led her rival by four points.") == [
        ("poll", "the mayor led her rival by four points", "In")
    ]
    assert claims_of(nlp, "By one estimate, 300 acres of forest have been cut.") == [
        ("one estimate", "300 acres of forest have been cut", "By")
    ]
    found = run(
        nlp, "Ivo Lenz spoke at the pier. In his view, the ferry is too slow for the island."
    )._.claims
    assert [(c.speaker_name, c.text) for c in found] == [("Ivo Lenz", "the ferry is too slow for the island")]


def test_claim_poll_phrase_after_its_verb_or_on_a_speech_verb_is_no_source(nlp: Language) -> None:
    assert claims_of(nlp, "The governor has been mired in single digits in the polls.") == []
    assert claims_of(nlp, "Lena Ortiz said in an interview that the dam held.") == [
        ("Lena Ortiz", "the dam held", "said")
    ]


def test_claim_noun_with_a_that_clause_and_no_owner_is_no_ones(nlp: Language) -> None:
    assert claims_of(nlp, "He faces charges that he misled patients about the pills.") == [
        (None, "he misled patients about the pills", "charges")
    ]
    assert claims_of(nlp, "The statement was short.") == []


def test_claim_noun_said_in_a_statement_is_the_speakers(nlp: Language) -> None:
    found = claims_of(nlp, "Ortiz says in a statement that the pier will reopen.")
    assert [s for s, t, _ in found if t == "the pier will reopen"] == ["Ortiz"]


def test_claim_hedge_runs_to_the_end_of_its_clause(nlp: Language) -> None:
    assert claims_of(nlp, "It may seem odd that a short post on a forum went unnoticed for a year.") == [
        (None, "It may seem odd that a short post on a forum went unnoticed for a year", "seem")
    ]
    found = claims_of(nlp, "Mr. Grant seemed tired, and the crowd left early.")
    assert [t for _, t, c in found if c == "seemed"] == ["Mr. Grant seemed tired"]


def test_claim_quote_goes_on_past_a_programme_named_in_its_attribution(nlp: Language) -> None:
    text = (
        "''It is nonsense,'' Mr. Brown said by telephone on ''Morning Talk.'' "
        "''She is wrong about the harbour, and everybody knows it.''"
    )
    found = claims_of(nlp, text)
    assert [(s, t) for s, t, _ in found if "nonsense" in t] == [
        ("Brown", "''It is nonsense,'' ''She is wrong about the harbour, and everybody knows it.''")
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Where land is scarce, builders see golf courses as wasted space.",
            ("builders", "golf courses as wasted space", "see"),
        ),
        (
            "Mr. Hale sees Mr. Noor as captured by a rigid philosophy.",
            ("Hale", "Mr. Noor as captured by a rigid philosophy", "sees"),
        ),
    ],
)
def test_claim_seeing_something_as_something_is_a_view_of_the_object(
    nlp: Language, text: str, claim: tuple[str, str, str]
) -> None:
    assert claim in claims_of(nlp, text)


def test_claim_cue_noun_made_by_the_subject_is_the_subjects(nlp: Language) -> None:
    assert claims_of(nlp, "Mr. Dale made similar charges that the judge was biased against him.") == [
        ("Dale", "the judge was biased against him", "charges")
    ]
    assert claims_of(nlp, "Mr. Dale made mixed statements about how he would cut taxes.") == [
        ("Dale", "about how he would cut taxes", "statements")
    ]
    assert claims_of(nlp, "The company made a statement.") == []


def test_claim_question_asked_with_if_or_whether(nlp: Language) -> None:
    assert claims_of(nlp, "Mr. Ruben asked the students if they were always so serious.") == [
        ("Ruben", "if they were always so serious", "asked")
    ]


def test_claim_cue_set_off_inside_the_clause_it_attributes(nlp: Language) -> None:
    found = claims_of(nlp, "If she becomes mayor, Ms. Ortiz suggested in a post, rents will fall.")
    assert [(s, c) for s, t, c in found if "rents will fall" in t] == [("Ortiz", "suggested")]


def test_claim_according_to_ending_a_sentence_covers_all_before_it(nlp: Language) -> None:
    text = "The mayor raised $2 million from builders, while her rival raised $6 million, according to a new tally."
    found = claims_of(nlp, text)
    assert [t for _, t, c in found if c == "according to"] == [
        "The mayor raised $2 million from builders, while her rival raised $6 million"
    ]


def test_claim_quote_continued_after_mixed_quote_marks(nlp: Language) -> None:
    text = (
        'Prices rose.  “The pool is out of balance," the group wrote. '
        '"A correction is needed now or this trend will get worse.“'
    )
    found = claims_of(nlp, text)
    assert [(s, c) for s, t, c in found if "correction" in t and "balance" in t] == [("group", "wrote")]


@pytest.mark.parametrize(
    "text",
    [
        "In the latest Harbor survey, 71 percent of renters approved of the mayor, although they were less keen.",
        "In a Harbor Register poll last month, Mr. Cole had a ten-point lead over the mayor.",
    ],
)
def test_claim_poll_phrase_before_a_noun_clause_or_a_date(nlp: Language, text: str) -> None:
    assert [c for _, _, c in claims_of(nlp, text)] == ["In"]


def test_claim_that_clause_parsed_under_the_occasion_is_what_was_said(nlp: Language) -> None:
    text = "Park claimed in an interview that he is not backing any candidate, and in addition he also hosted Lee."
    assert ("Park", "he is not backing any candidate", "claimed") in claims_of(nlp, text)


def test_claim_that_clause_of_a_content_noun_is_not_the_verbs(nlp: Language) -> None:
    text = "The minister responded to reports that the army had withdrawn from the town."
    assert all(cue != "responded" or text_.startswith("to reports") for _, text_, cue in claims_of(nlp, text))


def test_claim_say_with_its_clause_parsed_as_an_object_keeps_the_clause(nlp: Language) -> None:
    text = (
        "Governor Mary Lee says the reform movement that is spreading across the state "
        "appeals to the “worst instincts” of voters."
    )
    speakers_and_texts = [(s, t) for s, t, _ in claims_of(nlp, text)]
    assert ("Mary Lee", text[len("Governor Mary Lee says ") : -1]) in speakers_and_texts


@pytest.mark.parametrize(
    "text",
    [
        "She said a few kind words about the late senator at the memorial.",
        "He said a prayer for the victims of the attack in the chapel.",
    ],
)
def test_claim_say_with_a_thing_said_as_its_object_is_no_claim(nlp: Language, text: str) -> None:
    assert claims_of(nlp, text) == []


def test_claim_objects_coordinated_after_the_verb_stay_in_what_was_said(nlp: Language) -> None:
    text = "The mayor will discuss his new plan, the budget for next year, and the city’s transit strategy."
    assert ("mayor", text[len("The mayor will discuss ") : -1], "discuss") in claims_of(nlp, text)


def test_claim_keeps_a_bracket_closed_at_its_end(nlp: Language) -> None:
    text = "Ann Olsen praised the efforts of a donor to Sen. Tom Reed (R-NY) to attack the mayor on Friday."
    assert any(t.endswith("Tom Reed (R-NY)") for _, t, _ in claims_of(nlp, text))


def test_claim_that_clause_after_the_occasion_parsed_as_relative_is_what_was_said(nlp: Language) -> None:
    text = (
        "Defence Minister Ivan Petrenko stated after the talks that the sides agreed to exchange "
        "all wounded prisoners, and that each side would return the bodies of fallen soldiers."
    )
    found = {(s, t) for s, t, cue in claims_of(nlp, text) if cue == "stated"}
    assert found == {("Ivan Petrenko", text[text.index("the sides") : -1])}
