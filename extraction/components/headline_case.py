"""chronicle_headline_case: a Title Cased Line is tagged and parsed as if written in sentence case.

Headlines and subheads inside a text ("Senator Says Vote Will Be Close") are parsed by a model trained
on sentence case, which takes most of their words for names. This component, right after the
lemmatizer, parses each such line again with its common words lowered (rules.truecase) and copies
the tags, lemmas and tree back onto the original tokens; the text, its offsets and the entities keep
the article's spelling. A line whose new parse does not line up token for token, or is not one tree,
is left as it was.
"""

from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span

from chronicle.extraction.rules.truecase import BodyCase, Lexicon, is_title_cased, recased

__all__ = ["HeadlineCase"]

_PARSE_ONLY = ["ner"]  # what the second parse leaves out


@lru_cache(maxsize=1)
def _parser(model: str) -> Language:
    """A second copy of the model for lines parsed again (the pipeline's own is mid-batch)."""
    return spacy.load(model, exclude=_PARSE_ONLY)


class HeadlineCase:
    """Re-tags and re-parses headline-case lines."""

    def __init__(self, nlp: Language, name: str, model: str) -> None:
        self.name = name
        self.model = model
        self.lexicon = Lexicon(nlp.get_pipe("lemmatizer").lookups)

    def __call__(self, doc: Doc) -> Doc:
        headlines = [sent for sent in doc.sents if is_title_cased(sent)]
        if not headlines:
            return doc
        body = BodyCase.of(doc, headlines, self.lexicon)
        for sent in headlines:
            text = recased(sent, body)
            if text != sent.text:
                _copy_parse(doc, sent, _parser(self.model)(text))
        return doc


def _copy_parse(doc: Doc, sent: Span, parsed: Doc) -> None:
    """Tags, lemmas and tree of `parsed` onto the tokens of `sent`, when both line up and it is one tree."""
    if len(parsed) != len(sent) or any(
        a.idx - sent.start_char != b.idx or len(a) != len(b) for a, b in zip(sent, parsed, strict=True)
    ):
        return
    if sum(1 for t in parsed if t.head.i == t.i) != 1:
        return
    strings = doc.vocab.strings
    for original, new in zip(sent, parsed, strict=True):
        original.tag_ = new.tag_
        original.pos_ = new.pos_
        original.set_morph(str(new.morph))
        original.lemma_ = new.lemma_
    before = doc.to_array([HEAD, DEP])
    heads, deps = before[:, 0].astype(np.int64), before[:, 1].copy()  # heads relative, deps string hashes
    for offset, new in enumerate(parsed):
        heads[sent.start + offset] = new.head.i - new.i
        deps[sent.start + offset] = strings.add(new.dep_)
    starts = [t.is_sent_start for t in doc]
    doc.from_array([HEAD, DEP], np.stack([heads.astype(np.uint64), deps], axis=1))
    if [t.is_sent_start for t in doc] != starts:  # never seen; the old tree back rather than new sentences
        doc.from_array([HEAD, DEP], before)
