"""Forms of figures that war reporting uses beyond 'N things' (issue 10), read off the parse.

Shares ('a third of the population', 'two-thirds of the homes', 'half of the residents'), rates
('up to 16 hours a day', '1,200 soldiers per day'), figures whose noun is named elsewhere ('the number
of people who need help will rise to 1.8 million', 'put their number at around 3,000', '93 votes in
favour, 18 against') and the place of a part of an earlier figure ('79 of the missiles'). The words
come from number_words.jsonl and quantity_cues.jsonl (rows `fraction`, `rate_period`, `figure_noun`).
"""

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from chronicle.extraction.models import Quantity
from chronicle.extraction.rules.docindex import DocIndex
from chronicle.extraction.rules.measures import of_object

__all__ = ["FigureForms", "place_of_whole", "sibling_count"]

_RATE_WORDS = {"a", "an", "per", "each", "every"}


@dataclass(frozen=True)
class FigureForms:
    """The vocabulary of the figure forms: number words, units, rate periods, fractions and the
    nouns whose value is a figure ('number', 'total')."""

    words: dict[str, dict]
    units: dict[str, dict]
    periods: frozenset[str]
    fractions: dict[str, float]
    figure_nouns: frozenset[str]

    def fraction(self, doc: Doc, i: int) -> tuple[Span, float] | None:
        """'a third of', 'two-thirds of', 'half of': the words and the share in percent (None
        unless an 'of' follows and a count or article leads, 'half' needing neither)."""
        word = doc[i].lower_
        share = self.fractions.get(word)
        if share is None or i + 1 >= len(doc) or doc[i + 1].lower_ != "of":
            return None
        j = i - 1
        if j > 0 and doc[j].text == "-" and not doc[j].whitespace_:
            j -= 1  # 'two-thirds'
        before = doc[j] if j >= 0 else None
        row = self.words.get(before.lower_) if before is not None else None
        if row is not None and row["role"] == "unit" and 0 < row.get("value", 0) < 10:
            return doc[j : i + 1], round(100 * share * row["value"], 2)
        return (doc[i : i + 1], round(100 * share, 2)) if word == "half" else None

    def period_after(self, doc: Doc, counted: Token) -> str | None:
        """'1,200 soldiers per day', '40 tanks a week', 'killed 12 people each day': the period of a
        rate right after the counted noun (None otherwise)."""
        words = [t.lower_ for t in doc[counted.i + 1 : counted.i + 3]]
        if len(words) == 2 and words[0] in _RATE_WORDS and words[1] in self.periods:
            return words[1]
        return None

    def per_period(self, doc: Doc, run: Span) -> bool:
        """'up to 16 hours a day', '3 hours per week': a duration per period is a figure (a rate)."""
        words = [t.lower_ for t in doc[run.end : run.end + 3]]
        return (
            len(words) == 3
            and words[0] in self.units
            and words[1] in _RATE_WORDS
            and words[2] in self.periods
        )

    def is_figure(self, number: Token) -> bool:
        """A number without a noun that is the value of a figure noun: 'the figure is 111,000',
        'the total stood at 300', 'puts the number at 45,000' (its metric is the last one's)."""
        verb = number.head
        if number.dep_ == "pobj" and verb.lower_ == "at":
            verb = verb.head
        elif number.dep_ != "attr":
            return False
        return any(
            c.dep_ in {"nsubj", "dobj"} and c.lemma_.lower() in self.figure_nouns for c in verb.children
        )

    def figure_of(self, number: Token) -> Token | None:
        """'the number of people who need help is expected to rise to 1.8 million': a figure noun
        with an 'of' object on the verb the number completes (or above it) counts that object."""
        if number.dep_ == "pobj" and number.head.lower_ in {"to", "at"}:
            verb = number.head.head
        elif number.dep_ == "attr":
            verb = number.head
        else:
            return None
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        for holder in [*verb.children, *list(verb.ancestors)[:6]]:
            if holder.lemma_.lower() not in self.figure_nouns or holder.i > number.i:
                continue
            _of, pobj = of_object(holder)
            if pobj is not None and pobj.pos_ == "NOUN":
                return pobj
        return None

    def their_group(self, index: DocIndex, number: Token) -> Token | None:
        """'put their number at around 3,000': the plural noun 'their' refers to (the last one
        before the estimate's clause, in its sentence or the one before) is what the figure counts."""
        if not self.is_figure(number):
            return None
        verb = number.head.head if number.dep_ == "pobj" else number.head
        noun = next((c for c in verb.children if c.lemma_.lower() in self.figure_nouns), None)
        if noun is None or not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
            return None
        low = index.sents[max(index.sent_of(noun.i) - 1, 0)].start
        for token in reversed(index.doc[low : verb.left_edge.i]):  # not the estimator ('Police put their')
            if token.tag_ == "NNS" and token.dep_ != "compound" and token.i not in index.timex_at:
                return token
        return None


def sibling_count(number: Token) -> Token | None:
    """'93 votes in favour, 18 against and 65 abstentions': a bare number set beside a number
    that counts a noun counts that noun too."""
    noun = number.head
    if number.dep_ not in {"appos", "conj"} or noun.tag_ != "NNS" or noun.i > number.i:
        return None  # a plural count noun only: 'the program five, six years' counts no program
    if any(c.dep_ in {"prep", "nsubj"} and c.lower_ == "of" for c in number.children):
        return None  # '12 of them' is a part of something else
    counted = any(c.dep_ == "nummod" and c.like_num for c in noun.children)
    return noun if counted else None


def place_of_whole(index: DocIndex, run: Span, found: list[Quantity], part: Quantity) -> Quantity:
    """'launched 91 missiles ... shot down 79 of the missiles': a part of a figure given in the same
    or the previous sentence is where that figure is."""
    of = next((c for c in run.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or not any(
        c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in noun.children
    ):
        return part
    low = index.sents[max(index.sent_of(run.root.i) - 1, 0)].start_char
    for whole in reversed(found):
        if whole.evidence.start < low:
            break
        if whole.metric.split()[-1].lower() == noun.lower_ and whole.place_key is not None:
            return part.model_copy(update={"place_key": whole.place_key})
    return part
