"""Statement polarity: the predicate of what was said and whether it is denied (sentences written here)."""

import pytest
from spacy.language import Language

from tests.helpers import run
from tests.test_claims import claim_with


@pytest.mark.parametrize(
    ("text", "needle", "predicate", "negated"),
    [
        (
            "The ministry said that its troops had captured the village of Brody.",
            "captured",
            "capture",
            False,
        ),
        ("The army said that enemy troops had not captured the village.", "captured", "capture", True),
        ("The army said that enemy troops never entered the village.", "entered", "enter", True),
        ("The army denied that enemy troops had captured the village.", "captured", "capture", True),
        ("The army denied that enemy troops had not withdrawn.", "withdrawn", "withdraw", False),
        ("The mayor said that the brigade pulled back from the bridge.", "pulled", "pull back", False),
        ("The mayor said that the town was captured on Monday.", "captured", "capture", False),
    ],
)
def test_claim_predicate_and_denial(
    nlp: Language, text: str, needle: str, predicate: str, negated: bool
) -> None:
    claim = claim_with(run(nlp, text), needle)
    assert (claim.predicate, claim.negated) == (predicate, negated)


def test_claim_with_a_copula_has_no_predicate(nlp: Language) -> None:
    claim = claim_with(run(nlp, "The mayor said that the town is still ours."), "ours")
    assert claim.predicate is None and not claim.negated
