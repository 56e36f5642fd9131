"""chronicle_timex: time expressions as `doc.spans["timex"]`, each carrying its TimeExpression."""

from spacy.language import Language
from spacy.tokens import Doc, Span

from chronicle.extraction.timex.finder import find_time_expressions

__all__ = ["TimexTagger"]


class TimexTagger:
    """Wraps the pure `find_time_expressions` so its results sit on the Doc as spans.

    The heavy lifting (and its tests) live in `extraction.timex`; this class only aligns the
    character offsets with tokens and stores each `TimeExpression` on `span._.timex`.
    """

    def __init__(self, nlp: Language, name: str, *, spans_key: str = "timex") -> None:
        """Args: nlp: the pipeline; name: component name; spans_key: the span group written."""
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        """Find the expressions in `doc.text` against `doc._.published_at` and store them."""
        found = find_time_expressions(doc.text, doc._.published_at)
        spans: list[Span] = []
        for expression in found:
            span = doc.char_span(
                expression.start, expression.end, label=expression.type, alignment_mode="expand"
            )
            if span is None:
                continue
            span._.timex = expression
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc
