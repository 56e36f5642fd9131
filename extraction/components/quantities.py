"""chronicle_quantities: numbers with what they count -> `doc._.quantities` (list of Quantity).

"about 70,000 Russian troops in the area last December, according to the General Staff": a number
(digits or words: "1.5 million", "half-a-million", "tens of thousands"), the noun phrase it counts
(metric, split at coordination so "63,000 Russian and 7,000 North Korean troops" gives two), a unit
when the counted noun is one ("80% of", "$46 billion"), whether it is hedged ("about", "more than"),
where (a place in the phrase or clause, 'the area' resolved, else the place of an event acting in the
clause), as of when (a date in the clause, else when the claim holding it was made) and according to
whom (the claim's speaker). Vague magnitudes ("several thousand", "dozens of") are approximate lower
bounds. A number with no noun of its own that is the value of a figure ("our own figure is 111,000",
"puts the number at 1,200") counts what the last quantity of the same or the previous sentence
counted, there or at its own place. Years, dates, ages, measurements used as adjectives ("a 90-minute
film") and distances that locate ("within 10 km of Pokrovsk") are not quantities.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from chronicle.extraction.ids import short_hash
from chronicle.extraction.models import Claim, Event, Quantity
from chronicle.extraction.rules.counted_nouns import CountedNouns, is_code
from chronicle.extraction.rules.docindex import (
    DocIndex,
    EntityRef,
    TokenFilter,
    evidence_for,
    load_jsonl,
)
from chronicle.extraction.rules.figure_forms import FigureForms, place_of_whole, sibling_count
from chronicle.extraction.rules.figure_places import figure_place
from chronicle.extraction.rules.figure_sources import (
    as_of,
    estimator,
    governing_verb,
    holding_claim,
    subject_key,
)
from chronicle.extraction.rules.intervals import SentenceBuckets
from chronicle.extraction.rules.measures import (
    measured,
    metric_text,
    noun_words,
    of_object,
    parse_number,
    split_range,
)

__all__ = ["QuantityExtractor", "parse_number"]

_YEAR = re.compile(r"^(1[89]|20)\d\d$")


class QuantityExtractor:
    """Counted quantities with metric, unit, place, date and source."""

    def __init__(
        self,
        nlp: Language,
        name: str = "chronicle_quantities",
        *,
        words_file: str = "number_words.jsonl",
        cues_file: str = "quantity_cues.jsonl",
        data_dir: str | None = None,
    ) -> None:
        """Args: nlp: the pipeline; name: component name; words_file: number words and their
        values; cues_file: approximators, unit forms, verbs whose bare-number subject counts
        people ('some 60,000 lived there'), nouns a number never counts ('times', 'GB') and nouns
        whose value is a figure of what the last quantity counted ('our figure is 111,000')."""
        self.name = name
        self.words = {r["word"]: r for r in load_jsonl(words_file, data_dir)}
        cues = load_jsonl(cues_file, data_dir)
        self.approximators = {
            r["approximator"]: r.get("bound", "approximate") for r in cues if "approximator" in r
        }
        self._longest = max((len(a.split()) for a in self.approximators), default=0)
        self.units = {r["unit_form"]: r for r in cues if "unit_form" in r}
        self.distances = frozenset(form for form, r in self.units.items() if r.get("distance"))
        self.not_counted = frozenset(r["not_counted"] for r in cues if "not_counted" in r)
        self.figure_nouns = frozenset(r["figure_noun"] for r in cues if "figure_noun" in r)
        self.motion = {r["motion_verb"]: r["metric"] for r in cues if "motion_verb" in r}
        self.periods = frozenset(r["rate_period"] for r in cues if "rate_period" in r)
        self.fractions = {r["fraction"]: r["share"] for r in cues if "fraction" in r}
        scale = [w for w, r in self.words.items() if r["role"] not in {"link", "vague"} and len(w) > 2]
        # words that only lead a number ('a few thousand'): never a number's first match
        self.leading = frozenset(
            {"a", "an", "half"} | {w for w, r in self.words.items() if r["role"] == "vague"}
        )
        self.numbers = TokenFilter(nlp.vocab, "LIKE_NUM", [])
        self.number_words = TokenFilter(nlp.vocab, "LOWER", scale)
        self.fraction_words = TokenFilter(nlp.vocab, "LOWER", list(self.fractions))
        self.forms = FigureForms(self.words, self.units, self.periods, self.fractions, self.figure_nouns)
        self.counting = CountedNouns(
            self.units,
            people_verbs=frozenset(r["people_verb"] for r in cues if "people_verb" in r),
            casualty_verbs=frozenset(r["casualty_verb"] for r in cues if "casualty_verb" in r),
            toll_nouns=frozenset(r["toll_noun"] for r in cues if "toll_noun" in r),
            invariant=frozenset(r["invariant_noun"] for r in cues if "invariant_noun" in r),
        )

    def __call__(self, doc: Doc) -> Doc:
        """Set `doc._.quantities`."""
        doc._.quantities = self.extract(doc)
        return doc

    def extract(self, doc: Doc) -> list[Quantity]:
        """Quantities of a Doc in text order."""
        starts = sorted(set(self.numbers(doc)) | set(self.number_words(doc)) | set(self.fraction_words(doc)))
        if not starts:
            return []
        index = DocIndex.build(doc)
        events = _event_at(doc._.events or [])
        ordered = sorted(doc._.claims or [], key=lambda c: len(c.text))
        claims = SentenceBuckets(
            index.sent_start_chars, ordered, lambda c: (c.evidence.start, c.evidence.end)
        )
        found: list[Quantity] = []
        previous: tuple[int, Quantity] | None = None  # (sentence, quantity) of the last one found
        done: set[int] = set()
        for start in starts:
            if start in done:
                continue
            fraction = next(
                (f for i in range(start, min(start + 3, len(doc))) if (f := self.forms.fraction(doc, i))),
                None,
            )
            if fraction is not None:  # 'a third of the population': a share in percent
                done.update(range(fraction[0].start, fraction[0].end))
                quantity = self._quantity(index, fraction[0], events, claims, previous, share=fraction[1])
                if quantity is not None:
                    found.append(quantity)
                    previous = (index.sent_of(fraction[0].root.i), quantity)
                continue
            if doc[start].lower_ in self.fractions and doc[start].lower_ not in self.words:
                continue  # 'the third day', 'a quarter': no number
            run = self._run(doc, start)
            run, upper = split_range(doc, run)
            done.update(range(run.start, (upper or run).end))
            share = self._one_in(doc, run)
            if share is not None:  # 'one in four people': a share of 25 percent of the people
                done.update(range(share.start, share.end))
                quantity = self._quantity(index, share, events, claims, previous)
                value = parse_number(share.text, self.words)
                if quantity is not None and value:
                    quantity = quantity.model_copy(
                        update={"value": round(100 / value, 2), "unit": "percent", "bound": "exact"}
                    )
            else:
                quantity = self._quantity(index, run, events, claims, previous, upper)
            if quantity is not None and quantity.place_key is None:
                quantity = place_of_whole(index, run, found, quantity)
            if quantity is not None:
                found.append(quantity)
                previous = (index.sent_of(run.root.i), quantity)
        return found

    def _run(self, doc: Doc, start: int) -> Span:
        """The contiguous number words around a match ('tens of thousands', 'half-a-million')."""
        while start > 0:
            if doc[start - 1].lower_ in {"a", "an"} and doc[start].text[:1].isdigit():
                break  # 'a 50 billion euro loan': the article is the loan's
            if doc[start - 1].lower_ in self.leading:
                start -= 1
            elif start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in self.leading:
                start -= 2  # 'a couple of hundred'
            else:
                break
        end = start + 1
        while end < len(doc) and (doc[end].like_num or doc[end].lower_ in self.words or doc[end].text == "-"):
            if doc[end].lower_ == "of" and end + 1 < len(doc) and doc[end + 1].text[:1].isdigit():
                break  # '54 of 60 drones': two numbers, not 'tens of thousands'
            end += 1
        while end > start + 1 and (doc[end - 1].lower_ in {"of", "a", "an"} or doc[end - 1].text == "-"):
            end -= 1
        return doc[start:end]

    def _quantity(
        self,
        index: DocIndex,
        run: Span,
        events: dict[int, Event],
        claims: SentenceBuckets[Claim],
        previous: tuple[int, Quantity] | None,
        upper: Span | None = None,
        share: float | None = None,
    ) -> Quantity | None:
        doc = index.doc
        text = run.text
        timed = any(index.timex_at.get(t.i) is not None for t in run)
        if (timed and not self.forms.per_period(doc, run)) or _YEAR.match(text):
            return None  # '16 hours a day' is a rate, 'for 16 hours' a time
        value = share if share is not None else parse_number(text, self.words)
        if value is None or (len(run) == 1 and run[0].lower_ in {"one", "a", "an"}):
            return None
        if is_code(doc, run):
            return None
        head = run.root if share is None else run[-1]  # 'two-thirds of': 'thirds' holds the 'of'
        counted, unit = self.counting.counted(doc, run, head)
        if share is not None:
            if counted is None or counted.i < run.end or counted.lower_ in self.units:
                return None  # 'a quarter of an hour' is a time
            unit = "percent"
        if counted is None and upper is not None:
            counted, unit = self.counting.counted(
                doc, upper, upper.root
            )  # '1,500-2,000 troops': the upper end counts
        borrowed = None  # a bare number counting a noun named elsewhere in the sentence
        if counted is None and upper is None:
            borrowed = self.forms.figure_of(head) or sibling_count(head)
            counted = borrowed
        antecedent = None
        # 'the figure is 111,000' counts what the last quantity of this or the previous sentence did
        near = previous is not None and index.sent_of(head.i) - previous[0] <= 1
        if counted is None and near and previous is not None and self.forms.is_figure(head):
            antecedent, counted, unit = previous[1], head, previous[1].unit
        group = self.forms.their_group(index, head) if counted is None else None
        if group is not None:  # 'evidence of North Korean troops ... put their number at 3,000'
            counted = head
        if counted is None or counted.lower_ in self.not_counted:
            return None  # '4 times faster', 'a 2GB model'
        capitalised = counted.text[:1].isupper() and counted.i > counted.sent.start
        if counted.i < run.start and (counted.pos_ == "PROPN" or capitalised):
            if unit is None:
                return None  # 'Chapter 11', 'Terminal 3', 'Flight 447': a number in a name
            counted = head  # 'US $199'
        if (
            share is None
            and unit is None
            and counted.i >= run.end
            and self.counting.names_one(counted)
            and value != 1
        ):
            return None  # 'the 787 fuselage', 'their 737 airliner': a model, not a count
        owner = counted.head.head
        designation = run.text.isdigit() and run.start > 0 and doc[run.start - 1].lower_ != "of"
        if (
            counted.i >= run.end
            and counted.dep_ == "pobj"
            and owner.like_num
            and owner.i < run.start
            and designation
        ):
            return (
                None  # '20 of Boeing's 777 planes': 20 counts them, 777 names them ('54 of 60 drones' counts)
            )
        if borrowed is not None or group is not None:
            # '93 votes in favour, 18 against': votes
            metric = noun_words(borrowed or group, with_numbers=False)
        elif antecedent is not None:
            metric = antecedent.metric  # 'our own figure is 111,000': a figure of the same thing
        elif counted.i in range(run.start, run.end):
            toll = self.counting.toll(counted) if unit is None else None
            metric = _owner(counted) if unit is not None else toll or "people"
        elif counted.lower_ in self.distances and unit == self.units[counted.lower_]["unit"]:
            metric = measured(index, counted, self.motion)
        elif unit is not None and counted.lower_ in self.units:
            of, pobj = of_object(counted)
            metric = metric_text(doc, of, pobj) if of is not None and pobj is not None else _owner(counted)
            if unit == "km2" and pobj is not None and (index.entity_of(pobj) or index.place_anaphor(pobj)):
                metric = "area"  # '1,000 square kilometers of the Kursk region'
        else:  # '10,000 to 12,000 North Korean servicemen': the words after the range's upper end
            after = upper if upper is not None and upper.end <= counted.i else run
            metric = metric_text(doc, after, counted)
        if not metric:
            return None
        period = self.forms.period_after(doc, counted) if unit is None else None
        if period is not None:
            metric = f"{metric} per {period}"  # 'losing 1,200 soldiers a day': a rate
        bound = self._bound(doc, run, upper)
        approximate = bound != "exact"
        verb = governing_verb(counted)
        place = figure_place(index, group, governing_verb(group), events) if group is not None else None
        place = place or figure_place(index, counted, verb, events)
        if place is None and antecedent is not None:
            place = antecedent.place_key
        start = min(run.start_char, counted.idx)
        end = max((upper or run).end_char, counted.idx + len(counted))
        claim = holding_claim(claims, start, end)
        source = (claim.speaker_key, claim.speaker_name) if claim else (None, None)
        if claim is None and (antecedent is not None or group is not None):
            source = estimator(index, verb)
        return Quantity(
            id=short_hash(index.article_id, "quantity", start, end),
            metric=metric,
            value=value,
            value_max=parse_number(upper.text, self.words) if upper is not None else None,
            bound=bound,
            unit=unit,
            approximate=approximate,
            subject_key=subject_key(index, verb),
            place_key=place.key if isinstance(place, EntityRef) else place,
            as_of=as_of(index, counted, verb, claim),
            source_key=source[0],
            source_name=source[1],
            claim_id=claim.id if claim else None,
            evidence=evidence_for(index, start, end),
        )

    def _one_in(self, doc: Doc, run: Span) -> Span | None:
        """'one in four people', '1 in 5 residents': the denominator's number (None otherwise)."""
        if run.text.lower() not in {"one", "1"} or run.end + 1 >= len(doc) or doc[run.end].lower_ != "in":
            return None
        after = doc[run.end + 1]
        value = parse_number(after.text, self.words) if after.like_num or after.lower_ in self.words else None
        return doc[after.i : after.i + 1] if value and value > 1 else None

    def _bound(self, doc: Doc, run: Span, upper: Span | None) -> str:
        """exact, approximate ('about'), at_least ('more than', 'tens of thousands'), at_most ('up
        to'), range ('between 200 and 300')."""
        if upper is not None:
            return "range"
        before = [t.lower_ for t in doc[max(run.start - self._longest, 0) : run.start]]
        for n in range(len(before), 0, -1):
            bound = self.approximators.get(" ".join(before[-n:]))
            if bound is not None:
                return bound
        if any(self.words.get(t.lower_, {}).get("approximate") for t in run):
            return "at_least"  # 'tens of thousands', 'several hundred': a lower bound
        return "exact"


# helpers -----------------------------------------------------------------------------------------


def _owner(number: Token) -> str:
    """What an amount of money or a share belongs to: 'revenues rose to $46 billion'."""
    verb = governing_verb(number)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    return subject.text if subject is not None and subject.pos_ == "NOUN" else "amount"


def _event_at(events: list[Event]) -> dict[int, Event]:
    """Event by the character offset of every word of its mentions."""
    table: dict[int, Event] = {}
    for event in events:
        for mention in event.mentions:
            table[mention.start] = event
            for offset, ch in enumerate(mention.text):
                if ch == " ":
                    table[mention.start + offset + 1] = event
    return table
