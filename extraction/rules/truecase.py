"""Headline case: which capitals of a Title Cased Line are names, read from the article's own body.

"Clinton Says Russians Hacked DNC" misleads the tagger: every capitalised word looks like a name, so
the cue verb is tagged a proper noun and the line yields no claim. A word of such a line keeps its
capital when the body writes it capitalised in mid-sentence more often than in lower case (a name);
it is lowered when the body writes it in lower case, or, unseen in the body, when it is an English
word the lemmatizer's tables know (spaCy's English model ships WordNet's word lists). The first word of
the line keeps its capital. No list of names: the article itself says which words are names.
"""

from collections import Counter
from dataclasses import dataclass

from spacy.lookups import Lookups
from spacy.tokens import Doc, Span, Token

__all__ = ["BodyCase", "Lexicon", "is_title_cased", "recased"]

_MIN_WORDS = 3  # content words a line needs before it counts as a headline
_MIN_SHARE = 0.9  # of its content words after the first, the share written with a capital


def is_title_cased(sent: Span) -> bool:
    """(Nearly) every content word after the first starts with a capital, and not all are capitals:
    'Mayor Olsen Backs Harbour Plan', not 'Rockets hit Odesa on Easter Sunday' (stop words aside)."""
    words = [t for t in sent[1:] if t.is_alpha and not t.is_stop]
    if len(words) < _MIN_WORDS or all(t.is_upper for t in words):
        return False
    return sum(t.is_title for t in words) >= _MIN_SHARE * len(words)


_WORD_CLASSES = ("noun", "verb", "adj", "adv")


class Lexicon:
    """Whether a lower-case word is an English word: its base form, after the lemmatizer's own
    suffix rules and exceptions, is in the lemmatizer's word index."""

    def __init__(self, lookups: Lookups) -> None:
        index, rules, exceptions = (lookups.get_table(n) for n in ("lemma_index", "lemma_rules", "lemma_exc"))
        self.index = {c: frozenset(index.get(c, [])) for c in _WORD_CLASSES}
        self.rules = {c: [tuple(rule) for rule in rules.get(c, [])] for c in _WORD_CLASSES}
        self.exceptions = {c: frozenset(exceptions.get(c, {})) for c in _WORD_CLASSES}

    def knows(self, word: str) -> bool:
        for c in _WORD_CLASSES:
            if word in self.index[c] or word in self.exceptions[c]:
                return True
            for old, new in self.rules[c]:
                if word.endswith(old) and word[: len(word) - len(old)] + new in self.index[c]:
                    return True
        return False


@dataclass
class BodyCase:
    """How the body (every sentence not in headline case) writes each word."""

    lower: Counter[str]
    capital_inside: Counter[str]
    lexicon: Lexicon

    @classmethod
    def of(cls, doc: Doc, headlines: list[Span], lexicon: Lexicon) -> "BodyCase":
        skip = {t.i for sent in headlines for t in sent}
        lower: Counter[str] = Counter()
        capital_inside: Counter[str] = Counter()
        for token in doc:
            if token.i in skip or not token.is_alpha:
                continue
            if token.is_lower:
                lower[token.lower_] += 1
            elif token.is_title and not token.is_sent_start and not doc[token.i - 1].is_quote:
                capital_inside[token.lower_] += 1
        return cls(lower, capital_inside, lexicon)

    def is_name(self, token: Token) -> bool:
        """Keep the capital: the body writes it so, or never writes it and it is no English word."""
        word = token.lower_
        if self.capital_inside[word] > self.lower[word]:
            return True
        return self.lower[word] == 0 and not self.lexicon.knows(word)


def recased(sent: Span, body: BodyCase) -> str:
    """The line's text with every capitalised word that is not a name lowered (same length)."""
    chars = list(sent.text)
    for token in sent[1:]:
        if token.is_alpha and token.is_title and not body.is_name(token):
            at = token.idx - sent.start_char
            chars[at] = chars[at].lower()
    return "".join(chars)
