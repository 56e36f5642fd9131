"""chronicle_paragraphs: a blank line ends a sentence, before the parser decides the rest.

Live blogs and wire copy put a time stamp or a new entry after a blank line with no full stop
before it ("... overnight" / "08:40 Troops have ..."); the parser alone runs such entries into one
sentence, and a claim, event or date then reaches across two reports. A single line break is left to
the parser: hard-wrapped text breaks lines inside sentences.
"""

from spacy.language import Language
from spacy.tokens import Doc


class ParagraphBreaks:
    """Marks the first token after a blank line as a sentence start; the parser keeps the mark."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[:-1]:
            if token.is_space and token.text.count("\n") >= 2:
                doc[token.i + 1].is_sent_start = True
        return doc
