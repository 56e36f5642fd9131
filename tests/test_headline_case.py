"""Headline case: title-cased lines parsed as sentence case, names kept by the body (sentences written here)."""

from spacy.language import Language

from chronicle.extraction.rules.truecase import BodyCase, Lexicon, is_title_cased, recased
from tests.helpers import run

ARTICLE = (
    "Mayor Olsen Backs Harbour Plan, Warns Of Delays\n\n"
    "Mayor Karin Olsen said on Monday that she backs the harbour plan. Olsen warned of delays."
)


def test_a_title_cased_line_is_a_headline_and_a_sentence_is_not(nlp: Language) -> None:
    sents = list(run(nlp, ARTICLE).sents)
    assert is_title_cased(sents[0])
    assert not any(is_title_cased(s) for s in sents[1:])


def test_an_all_capitals_line_is_no_headline(nlp: Language) -> None:
    assert not is_title_cased(next(run(nlp, "MAYOR BACKS HARBOUR PLAN AFTER LONG TALKS").sents))


def test_recasing_keeps_the_names_the_body_capitalises_and_lowers_the_rest(nlp: Language) -> None:
    doc = run(nlp, ARTICLE)
    headline = next(doc.sents)
    body = BodyCase.of(doc, [headline], Lexicon(nlp.get_pipe("lemmatizer").lookups))
    assert recased(headline, body).rstrip() == "Mayor Olsen backs harbour plan, warns of delays"


def test_a_word_the_body_never_uses_is_lowered_only_when_it_is_english(nlp: Language) -> None:
    lexicon = Lexicon(nlp.get_pipe("lemmatizer").lookups)
    assert lexicon.knows("endorses") and lexicon.knows("icon")
    assert not lexicon.knows("kovalenko")


def test_a_headline_cue_verb_is_parsed_as_a_verb_and_yields_a_claim(nlp: Language) -> None:
    doc = run(nlp, ARTICLE)
    backs = next(t for t in doc if t.text == "Backs")
    assert backs.pos_ == "VERB" and backs.lemma_ == "back"
    assert any(c.speaker_name and "Olsen" in c.speaker_name and c.evidence.start == 0 for c in doc._.claims)


def test_reparsing_a_headline_keeps_the_text_and_the_sentences(nlp: Language) -> None:
    doc = run(nlp, ARTICLE)
    assert doc.text == ARTICLE
    assert [s.start_char for s in doc.sents][:2] == [0, ARTICLE.index("Mayor Karin")]
