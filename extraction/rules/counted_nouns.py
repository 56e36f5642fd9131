"""What a number counts, read off the parse around it.

The noun it counts ('70,000 troops', 'hundreds of thousands of casualties', 'a population of 60,000',
'ten more Patriot systems'), a bare subject that counts people ('some 60,000 lived there') or borrows
a coordinated clause's subject ('12 were killed and 40 injured'), a casualty verb's object ('killed 51
and wounded more than 200'), a toll ('the death toll rose to 35'), or the unit when the number
measures ('$46 billion', '1,000 square kilometers'). Numbers that count nothing are told apart: codes
glued to a name ('A330-200', 'Boeing 767') and a number before a singular noun that names a model
('the 787 fuselage'). The words come from quantity_cues.jsonl (rows `unit_form`, `people_verb`,
`casualty_verb`, `toll_noun`, `invariant_noun`).
"""

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from chronicle.extraction.rules.measures import noun_words
from chronicle.extraction.rules.status_cues import forms

__all__ = ["CountedNouns", "is_code"]

_MORE = {"more", "fewer", "additional", "extra", "other"}


@dataclass(frozen=True)
class CountedNouns:
    """The vocabulary that tells what a number counts: unit forms, verbs whose bare-number subject
    counts people, casualty verbs, toll nouns and nouns whose plural is the singular ('aircraft')."""

    units: dict[str, dict]
    people_verbs: frozenset[str]
    casualty_verbs: frozenset[str]
    toll_nouns: frozenset[str]
    invariant: frozenset[str]

    def counted(self, doc: Doc, run: Span, head: Token) -> tuple[Token | None, str | None]:
        """The noun counted and the unit, if the number measures rather than counts."""
        unit = None
        before = doc[run.start - 1] if run.start > 0 else None
        if before is not None and before.text in self.units:
            unit = self.units[before.text]["unit"]
        after = doc[run.end] if run.end < len(doc) else None
        money = self.units.get(after.lower_, {}) if after is not None else {}
        if money.get("kind") == "currency" and after.dep_ in {"compound", "amod"}:
            unit = money["unit"]  # 'a 50 billion euro loan': the loan's amount
        counted: Token | None = None
        if head.dep_ == "quantmod" and head.head.like_num and head.head.head.pos_ in {"NOUN", "PROPN"}:
            head = head.head  # '54 of 60 drones': 54 hangs on 60, and both count drones
        more = head.head if head.dep_ == "npadvmod" and head.head.lower_ in _MORE else None
        if more is not None and more.dep_ == "amod" and more.head.pos_ == "NOUN":
            counted = more.head  # 'ten more Patriot systems'
        elif head.dep_ in {"nummod", "quantmod", "compound"} and head.head.pos_ in {"NOUN", "PROPN"}:
            counted = head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            counted = head.head.head  # 'a population of 60,000', 'an inventory of some 6,000'
        else:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if pobj is not None and pobj.pos_ == "NOUN" and pobj.i >= run.end:
                counted = pobj  # 'hundreds of thousands of casualties'
            elif head.dep_ in {"nsubj", "nsubjpass"}:
                counted = self._bare_subject(head)
            elif head.dep_ == "dobj" and any(form in self.casualty_verbs for form in forms(head.head)):
                counted = head  # 'killed 51 people and wounded more than 200': people
            elif self.toll(head) is not None:
                counted = head  # 'the death toll rose to 35'
        if counted is None and unit is not None:
            counted = head
        if counted is not None and counted.lower_ in self.units and counted.i >= run.end:
            money = self.units[counted.lower_].get("kind") == "currency"
            if money and counted.dep_ in {"amod", "compound", "nmod"} and counted.head.pos_ == "NOUN":
                return counted.head, self.units[counted.lower_]["unit"]  # 'a 50 billion euro loan'
            if counted.dep_ in {"amod", "compound", "nmod"} or _in_parentheses(doc, counted):
                return None, None  # a 1,200-kilometre frontline, (745 miles)
            unit = self.units[counted.lower_]["unit"]
            square = (
                self.units.get(f"square {counted.lower_}") if doc[counted.i - 1].lower_ == "square" else None
            )
            if square is not None:
                unit = square["unit"]  # '1,000 square kilometers': an area, not a distance
        return counted, unit

    def toll(self, number: Token) -> str | None:
        """'The death toll ... rose to 35', 'the toll stood at 12': the toll's words, else None."""
        if number.dep_ != "pobj" or number.head.lower_ not in {"to", "at"}:
            return None
        verb = number.head.head
        subject = next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in self.toll_nouns), None
        )
        if verb.pos_ not in {"VERB", "AUX"} or subject is None:
            return None
        return noun_words(subject, with_numbers=True)

    def names_one(self, noun: Token) -> bool:
        """A singular count noun or a name: a number before it is no count ('the 787 fuselage');
        nouns whose plural is the singular ('41 aircraft') count."""
        plural = noun.lemma_.lower() != noun.lower_ and noun.tag_ == "NN"  # 'servicemen' tagged NN
        return noun.tag_ in {"NN", "NNP"} and noun.lower_ not in self.invariant and not plural

    def _bare_subject(self, number: Token) -> Token | None:
        """'Some 60,000 lived there' counts people; '12 were killed and 40 injured' borrows."""
        verb = number.head
        if any(form in self.people_verbs for form in forms(verb)):
            return number  # 'some 15,000 (of them) were neutralised
        if verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_.startswith("nsubj")), None)
            if subject is not None and subject.pos_ == "NOUN":
                return subject
        return None


def is_code(doc: Doc, run: Span) -> bool:
    """'A330-200', 'Boeing 767', 'KC-45': numbers glued to a name are designations."""
    before = doc[run.start - 1] if run.start > 0 else None
    after = doc[run.end] if run.end < len(doc) else None
    if before is not None and before.text == "-" and not before.whitespace_ and run.start > 1:
        return doc[run.start - 2].is_alpha or doc[run.start - 2].like_num
    if before is not None and before.pos_ == "PROPN" and run.root.head.i == before.i:
        return True
    return (
        after is not None
        and after.text == "-"
        and doc[run.end - 1].whitespace_ == ""
        and (run.end + 1 < len(doc) and doc[run.end + 1].pos_ == "PROPN")
    )


def _in_parentheses(doc: Doc, token: Token) -> bool:
    """A noun set off in brackets: '(745 miles)' restates a figure, it counts nothing new."""
    left = doc[max(token.left_edge.i - 1, 0)]
    right = doc[min(token.right_edge.i + 1, len(doc) - 1)]
    return left.text == "(" or right.text == ")"
