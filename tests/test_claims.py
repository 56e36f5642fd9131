"""Claims: attribution variants, quotes across sentences, statement dates (sentences written here)."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from chronicle.extraction.ids import short_hash
from chronicle.extraction.models import Claim
from chronicle.extraction.rules.speech import find_quotes
from tests.helpers import run


def claim_with(doc: Doc, needle: str) -> Claim:
    found = [c for c in doc._.claims if needle in c.text]
    assert found, f"no claim contains {needle!r}: {[c.text for c in doc._.claims]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "Defence Minister Anna Kovalenko said that the bridge had been repaired.",
            "bridge",
            "Anna Kovalenko",
        ),
        (
            "Fuel prices rose by a third in May, according to the Statistics Office.",
            "Fuel prices",
            "Statistics Office",
        ),
        ("The harvest will be late this year, says farmer Jonas Weber.", "harvest", "Jonas Weber"),
        ("Mayor Lena Brandt told reporters the dam would hold.", "dam would hold", "Lena Brandt"),
        ("Economist Paul Marsh warned that inflation could return.", "inflation", "Paul Marsh"),
        ("Paul Marsh claimed the factory had closed.", "factory had closed", "Paul Marsh"),
        ("Coastal fishermen claim the catch has halved.", "catch has halved", "Coastal fishermen"),
        ("'It is a fine day,' said engineer Ola Berg.", "fine day", "Ola Berg"),
    ],
)
def test_claim_speaker_variants(nlp: Language, text: str, needle: str, speaker: str) -> None:
    claim = claim_with(run(nlp, text), needle)
    assert claim.speaker_name == speaker
    assert claim.evidence.sentence == text


def test_claim_speaker_key_is_entity_key(nlp: Language) -> None:
    doc = run(nlp, "Economist Paul Marsh warned that inflation could return.")
    assert claim_with(doc, "inflation").speaker_key == "person:paul-marsh"


def test_claim_unknown_speaker_has_no_key(nlp: Language) -> None:
    doc = run(nlp, "Coastal fishermen claim the catch has halved.")
    assert claim_with(doc, "catch").speaker_key is None


def test_claim_pronoun_resolves_to_last_person(nlp: Language) -> None:
    doc = run(nlp, "Tomas Lind runs the ferry to Helsinki. 'We have never seen storms like this,' he said.")
    claim = claim_with(doc, "storms")
    assert (claim.speaker_name, claim.kind) == ("Tomas Lind", "direct")


def test_claim_pronoun_respects_gender(nlp: Language) -> None:
    doc = run(
        nlp, "Maria Costa met Peter Holm on Friday. Mr Holm left early. 'We agreed on nothing,' she said."
    )
    assert claim_with(doc, "agreed on nothing").speaker_name == "Maria Costa"


def test_claim_pronoun_prefers_the_main_clause_over_an_adverbial_one(nlp: Language) -> None:
    doc = run(
        nlp,
        "Governor Ivan Sorel did not deny the reports when a journalist asked about them on Thursday. "
        "He said the treaty was a private matter.",
    )
    assert claim_with(doc, "private matter").speaker_name == "Ivan Sorel"


def test_claim_pronoun_takes_the_main_clause_of_the_sentence_before_even_after_an_aside(
    nlp: Language,
) -> None:
    doc = run(
        nlp, "After Anna Berg left the hall, Jonas Weber spoke to reporters. He said the vote was fair."
    )
    assert claim_with(doc, "vote was fair").speaker_name == "Jonas Weber"


def test_claim_quote_spanning_sentences_is_one_claim(nlp: Language) -> None:
    doc = run(nlp, "'The river is rising. We will open the gates tonight,' said engineer Ola Berg.")
    claim = claim_with(doc, "river is rising")
    assert "open the gates tonight" in claim.text
    assert claim.speaker_name == "Ola Berg"


def test_claim_standalone_quote_continues_speaker_and_date(nlp: Language) -> None:
    doc = run(nlp, "Ola Berg said on Monday that the gates were open. 'Nobody is in danger.'")
    claim = claim_with(doc, "Nobody is in danger")
    assert claim.speaker_name == "Ola Berg"
    assert claim.stated is not None and claim.stated.value == "2025-03-03"


def test_claim_stated_from_governing_date(nlp: Language) -> None:
    claim = claim_with(run(nlp, "Karl Oberg said on Tuesday that the budget was balanced."), "budget")
    assert claim.stated is not None
    assert (claim.stated.value, claim.stated.basis) == ("2025-03-04", "text")


def test_claim_stated_week(nlp: Language) -> None:
    claim = claim_with(run(nlp, "Karl Oberg said this week that the budget was balanced."), "budget")
    assert claim.stated is not None and claim.stated.value == "2025-W10"


def test_claim_date_inside_content_is_not_stated(nlp: Language) -> None:
    claim = claim_with(run(nlp, "Karl Oberg said taxes would rise in January 2026."), "taxes")
    assert claim.stated is not None and claim.stated.basis == "publication"
    assert claim.when is not None and claim.when.value == "2026-01"


def test_claim_stated_inherited_by_pronoun_quote(nlp: Language) -> None:
    text = "Prime Minister Eva Lund spoke in Oslo. Last week she restated her plan. 'It will work,' she said."
    claim = claim_with(run(nlp, text), "It will work")
    assert claim.speaker_name == "Eva Lund"
    assert claim.stated is not None and claim.stated.value == "2025-W09"


def test_claim_stated_falls_back_to_publication(nlp: Language) -> None:
    claim = claim_with(run(nlp, "Paul Marsh claimed the factory had closed."), "factory")
    assert claim.stated is not None
    assert (claim.stated.value, claim.stated.basis) == ("2025-03-06", "publication")


def test_claim_stated_none_without_publication_date(nlp: Language) -> None:
    claim = claim_with(run(nlp, "Paul Marsh claimed the factory had closed.", published=None), "factory")
    assert claim.stated is None


def test_claim_role_resolves_to_person_named_next(nlp: Language) -> None:
    text = (
        "Taxes will rise next year, the country's finance chief said Friday. "
        "Karl Oberg said on Friday that the budget was balanced."
    )
    claim = claim_with(run(nlp, text), "Taxes will rise")
    # the speaker as written, keyed to the person it names
    assert (claim.speaker_key, claim.speaker_name) == ("person:karl-oberg", "country's finance chief")
    assert claim.stated is not None and claim.stated.value == "2025-02-28"


@pytest.mark.parametrize(
    "text",
    [
        "Analysts at the Baltic Institute assessed that the talks would fail.",
        "The Baltic Institute believes that the talks will fail.",
    ],
)
def test_claim_assessment_kind(nlp: Language, text: str) -> None:
    claim = claim_with(run(nlp, text), "talks")
    assert claim.kind == "assessment"
    assert claim.speaker_name == "Baltic Institute"


def test_claim_about_keys_name_entities_not_speaker(nlp: Language) -> None:
    claim = claim_with(run(nlp, "Anna Kovalenko said that Kharkiv had power again."), "Kharkiv")
    assert claim.about_keys and all(k.startswith("place:") for k in claim.about_keys)


def test_claim_id_is_hash_of_article_and_offsets(nlp: Language) -> None:
    text = "Paul Marsh claimed the factory had closed."
    claim = claim_with(run(nlp, text), "factory")
    start = text.index(claim.text)
    assert claim.id == short_hash("test-article", start, start + len(claim.text))


def test_claim_first_person_inside_quote_is_not_a_speaker(nlp: Language) -> None:
    doc = run(nlp, "'We say the war must end,' Anna Kovalenko said.")
    assert [c.speaker_name for c in doc._.claims] == ["Anna Kovalenko"]


def test_claim_statement_speaks_for_its_author(nlp: Language) -> None:
    doc = run(nlp, "A statement issued by spokesman William Barksdale said the company was disappointed.")
    assert claim_with(doc, "disappointed").speaker_name == "William Barksdale"


def test_claim_ptb_quotes_span_sentences(nlp: Language) -> None:
    doc = run(nlp, "Ron Sugar said `` We took a big swing. We hit a home run. ''")
    claim = claim_with(doc, "big swing")
    assert "home run" in claim.text
    assert (claim.kind, claim.speaker_name) == ("direct", "Ron Sugar")


def test_find_quotes_skips_apostrophes_and_nests() -> None:
    text = "He said 'the city's 'hottest spot' is quiet' and left. \"Done,\" she said."
    regions = [text[s:e] for s, e in find_quotes(text)]
    assert regions == ["'the city's 'hottest spot' is quiet'", '"Done,"']


def test_find_quotes_drops_a_mark_left_open_over_a_paragraph() -> None:
    text = "Then “it ended.\n\nThe mayor left. “We stay,” she said.\n\n“One more.\n\n“And the end.” Done."
    regions = [text[s:e] for s, e in find_quotes(text)]
    assert regions == ["“We stay,”", "“And the end.”"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“Not yet,“ he said. “Soon.”", ["“Not yet,“", "“Soon.”"]),
        ("The mayor‘s aide in the '80s said “Fine.”", ["“Fine.”"]),
        ("“Mine,”‘s echo rang. ‘Later,’ she said.", ["“Mine,”", "‘Later,’"]),
    ],
)
def test_find_quotes_reads_mistyped_marks(text: str, quoted: list[str]) -> None:
    assert [text[s:e] for s, e in find_quotes(text)] == quoted


def test_claim_anaphoric_statement_keeps_the_previous_date(nlp: Language) -> None:
    text = (
        "The Baltic Institute said last December that the port had lost half its trade. "
        "The Baltic Institute said this was because the canal had silted up."
    )
    claim = claim_with(run(nlp, text), "canal had silted")
    assert claim.speaker_name == "Baltic Institute"
    assert claim.stated is not None and claim.stated.value == "2024-12"


def test_claim_new_statement_by_the_same_speaker_is_not_inherited(nlp: Language) -> None:
    text = (
        "The Baltic Institute said last December that the port had lost half its trade. "
        "The Baltic Institute said the canal had silted up."
    )
    claim = claim_with(run(nlp, text), "canal had silted")
    assert claim.stated is not None and claim.stated.basis == "publication"


@pytest.mark.parametrize(
    ("opening", "needle"),
    [
        ("At the same time, the ferries", "the ferries could not sail"),
        ("This was because the ferries", "This was because the ferries"),
    ],
)
def test_claim_continues_into_next_sentence(nlp: Language, opening: str, needle: str) -> None:
    text = (
        "The Baltic Institute said last December that the port had lost half its trade. "
        f"{opening} could not sail because the canal had silted up."
    )
    claim = claim_with(run(nlp, text), needle)
    assert claim.speaker_name == "Baltic Institute"
    assert claim.kind == "reported"
    assert claim.stated is not None and claim.stated.value == "2024-12"
    assert not claim.text.lower().startswith("at the same time")


def test_claim_continuation_needs_a_cue(nlp: Language) -> None:
    text = (
        "The Baltic Institute said last December that the port had lost half its trade. "
        "The ferries could not sail because the canal had silted up."
    )
    assert [c for c in run(nlp, text)._.claims if "ferries" in c.text] == []


def test_claim_direct_quote_is_not_continued(nlp: Language) -> None:
    text = "'The port has lost half its trade,' Ola Berg said. At the same time, the ferries stopped."
    assert [c for c in run(nlp, text)._.claims if "ferries" in c.text] == []


def test_claim_speaker_as_subject_is_no_continuation(nlp: Language) -> None:
    text = (
        "Ola Berg said on Monday that the port had lost half its trade. "
        "At the same time, Ola Berg plans to reopen the ferry line."
    )
    # the plan is Ola Berg's own (cue 'plans'), not the Monday statement continued
    assert [c.cue for c in run(nlp, text)._.claims if "ferry line" in c.text] == ["plans"]


def test_claim_trailing_attribution_with_possessive_title_and_modifier(nlp: Language) -> None:
    text = (
        "Russia has massed about 40,000 troops near Kharkiv, Ukraine's defence minister Anna Kovalenko "
        "said in an interview published this week, making it the busiest sector."
    )
    doc = run(nlp, text)
    claim = claim_with(doc, "40,000 troops near Kharkiv")
    assert claim.text == "Russia has massed about 40,000 troops near Kharkiv"
    assert (claim.speaker_name, claim.kind) == ("Anna Kovalenko", "reported")
    assert claim.stated.value == "2025-W10"  # 'this week' of the Thursday it was published
    quantity = next(q for q in doc._.quantities if q.value == 40000)
    assert (quantity.source_name, quantity.claim_id) == ("Anna Kovalenko", claim.id)
    assert quantity.as_of is not None and quantity.as_of.value == "2025-W10"


def test_claim_trailing_attribution_by_an_unnamed_body(nlp: Language) -> None:
    text = "The port handled 3 million tonnes of grain in May, the country's ports authority said in a statement."
    claim = claim_with(run(nlp, text), "grain")
    assert claim.text == "The port handled 3 million tonnes of grain in May"
    assert claim.speaker_name == "country's ports authority"


@pytest.mark.parametrize(
    "text",
    [
        "When the war began, the president said nothing.",
        "In the end, the old ferry captain said very little.",
    ],
)
def test_claim_trailing_attribution_needs_a_clause_before_the_comma(nlp: Language, text: str) -> None:
    assert run(nlp, text)._.claims == []


def test_claim_leading_attribution_is_not_trailing(nlp: Language) -> None:
    claim = claim_with(run(nlp, "In Kyiv, officials said that the bridge had been repaired."), "bridge")
    assert (claim.text, claim.speaker_name) == ("the bridge had been repaired", "officials")


def test_claim_when_ignores_a_date_in_an_adverbial_clause(nlp: Language) -> None:
    text = "Officials announced on Friday that the army had retaken the town, nine months after it fell on 6 June 2024."
    claim = claim_with(run(nlp, text), "retaken the town")
    assert claim.when is None
    assert claim.stated.value == "2025-02-28"


def test_claim_when_ignores_a_relative_clause_but_keeps_its_own_date(nlp: Language) -> None:
    claim = claim_with(
        run(nlp, "The general said that the town, which fell in May, was retaken last week."), "town"
    )
    assert claim.when is not None and claim.when.value == "2025-W09"


def test_claim_according_to_a_briefing_is_its_author_stated_then(nlp: Language) -> None:
    doc = run(nlp, "Prices rose by a fifth, according to a briefing by the central bank on Monday.")
    claim = claim_with(doc, "Prices rose")
    assert (claim.speaker_name, claim.stated.value, claim.stated.basis) == (
        "central bank",
        "2025-03-03",
        "text",
    )


def test_claim_according_to_data_dated_inside_keeps_publication_date(nlp: Language) -> None:
    doc = run(nlp, "Prices rose in May, according to figures for May from the Statistics Office.")
    claim = claim_with(doc, "Prices rose")
    assert claim.speaker_name == "Statistics Office"
    assert claim.stated.basis == "publication"


def test_claim_poll_share_set_off_by_commas_is_the_speaker(nlp: Language) -> None:
    doc = run(nlp, "Among likely voters, about two-thirds, 67 percent, say they will vote for Reed.")
    claim = claim_with(doc, "vote for Reed")
    assert claim.speaker_name is not None and "67 percent" in claim.speaker_name
