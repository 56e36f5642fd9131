"""Mentions of one article into Event records: which mentions are one event (its key), and what the
event then says (name, place, participants, date, status and who states it).

A placed mention is keyed by its place; a definite mention without a place joins the one placed event of
its family (or the one of a type it can mean mentioned last before it); a bare trigger is pinned by a
participant or a date of day, week or month precision, else it stays in its article. A plan, threat or
supposition the text sets apart from the fact of its kind gets a key of its own (`<key>:<status>`).
"""

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Token

from chronicle.extraction.ids import slug
from chronicle.extraction.models import Event, EventReport, Mention, Participant, When
from chronicle.extraction.rules.docindex import DocIndex, EntityRef, evidence_for
from chronicle.extraction.rules.event_args import place_stem
from chronicle.extraction.rules.event_offsets import offset_when
from chronicle.extraction.rules.event_reports import RANK, best_report

__all__ = ["EventMention", "date_by_distance", "group_events"]

_UNREALISED = {"planned", "hypothetical", "failed"}
_REALISED = {"happened", "claimed"}  # said to have happened: a node a plan must not date
_PIN_PRECISIONS = {"day", "week", "month"}  # a date that tells one event of a kind from another


@dataclass
class EventMention:
    """One trigger occurrence with what its phrase says about the event."""

    trigger: Token
    type: str
    family: str
    name: str
    mention: Mention
    place: EntityRef | None = None
    participants: list[Participant] = field(default_factory=list)
    when: When | None = None
    definite: bool = False
    named: bool = False  # a proper-name modifier: 'Kursk operation' names the event best
    bare: bool = False  # the trigger word alone ('the merger'): its name says nothing of which one
    weak: bool = False  # no anchor of its own: kept only to join the one event it can mean
    report: EventReport | None = None  # whether it happened as this mention states it, and who says so
    key_name: str | None = None  # the name its key is made of, when the shown one adds a kind ('fuel crisis')
    repeats: bool = False  # a kind of event one actor has many of ('Apple unveiled', 'Airbus delivered')


def _scoped_key(m: EventMention, article: str) -> str:
    """A trigger with no place of its own ('the merger', 'resigned', 'a fuel crisis', 'attacks on
    civilians') names no event by itself: its key takes a participant (the first in key order:
    'event:merger:merger:organization-chrysler'; within its article for a kind of event one actor has
    many of, 'repeats' in the trigger list: deliveries, launches, visits), else its date, so two articles about one
    company's merger share the node while unrelated mergers stay apart. Only a date at day, week or
    month precision tells one event of a kind from another across articles (keyed by its month);
    a year or a season keeps the event in its article ('event:ban:ban:2007:<article>'). '' when it
    has neither."""
    trigger = _key_word(m)
    if m.participants:
        party = f"event:{m.family}:{trigger}:{slug(min(p.key for p in m.participants))}"
        return f"{party}:{article}" if m.repeats else party  # Airbus delivers many jets
    when = m.when
    if when is None or not when.value:
        return ""
    if when.basis == "text" and when.precision in _PIN_PRECISIONS and when.valid_from is not None:
        # the month the date falls in: 'delivered on 15 October' and 'the delivery in October' meet
        return f"event:{m.family}:{trigger}:{when.valid_from:%Y-%m}"
    return f"event:{m.family}:{trigger}:{slug(when.value)}:{article}"


def _key_word(m: EventMention) -> str:
    """The words of a key: the trigger's lemma for a bare noun ('Deliveries' and 'delivery' meet)."""
    if m.bare and m.trigger.pos_ == "NOUN" and not m.key_name:
        return slug(m.trigger.lemma_.lower())
    return slug(m.key_name or m.name)


def group_events(
    index: DocIndex,
    mentions: list[EventMention],
    region_words: frozenset[str],
    refers: dict[str, frozenset[str]] | None = None,
) -> list[Event]:
    """One Event per key; placeless definite mentions join the one placed (or otherwise anchored)
    event of their family or, when the family has several, the one of a type they can mean that
    was mentioned last before them (`refers`: type -> the types a definite description of it
    can mean); a weak mention ('the resignation' with nothing of its own) that has no such event
    to join is dropped."""
    anchored: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}  # where each anchored event is first mentioned
    placed_at: dict[str, list[tuple[int, str]]] = {}  # each placed event's mentions: (start, type)
    parties: dict[str, set[str]] = {}  # each placed event's participants
    keys: list[str] = []
    article = slug(index.article_id)[:16] or "article"
    for m in mentions:
        key = ""
        if m.place is not None:
            key = f"event:{m.family}:{place_stem(index.name_of(m.place.key) or m.place.text, region_words)}"
            anchored.setdefault(m.family, set()).add(key)
            first_at.setdefault(key, m.mention.start)
            placed_at.setdefault(key, []).append((m.mention.start, m.type))
            parties.setdefault(key, set()).update(p.key for p in m.participants)
        keys.append(key)
    placed = {family: set(found) for family, found in anchored.items()}

    def recent_compatible(found: set[str], m: EventMention) -> str | None:
        """Of several placed events of the family, the one of a type the description can mean
        ('the incursion': an incursion or an operation) mentioned last before it; an owner
        ('Russia's offensive') must be one of the event's participants."""
        if len(found) < 2:
            return None
        types = (refers or {}).get(m.type, frozenset([m.type]))
        owners = {p.key for p in m.participants if p.role == "agent"}
        best, best_at = None, -1
        for key in found:
            before = [at for at, kind in placed_at.get(key, ()) if at < m.mention.start and kind in types]
            if not before or max(before) <= best_at:
                continue
            if owners and not owners & parties.get(key, set()):
                continue
            best, best_at = key, max(before)
        return best

    def named_before(found: set[str], m: EventMention) -> str | None:
        """The one event of the family; one named only further down when the mention has no owner
        of its own ('to fight the incursion' before 'the Kursk operation' is named, but 'Moscow's
        summer offensive' in the lead is not Kyiv's operation named later)."""
        if len(found) != 1:
            return None
        key = next(iter(found))
        owned = any(c.dep_ == "poss" for c in m.trigger.children)
        return key if first_at[key] < m.mention.start or not owned else None

    for i, m in enumerate(mentions):
        if keys[i] or not m.bare or m.weak:
            continue
        family_placed = placed.get(m.family, set())
        if m.definite and (earlier := named_before(family_placed, m) or recent_compatible(family_placed, m)):
            keys[i] = earlier  # "Russia's invasion" of Ukraine, named before
        elif _scoped_key(m, article):
            keys[i] = _scoped_key(m, article)
            anchored.setdefault(m.family, set()).add(keys[i])
            first_at.setdefault(keys[i], m.mention.start)
    for i, m in enumerate(mentions):
        if keys[i]:
            continue
        family_keys = anchored.get(m.family, set())
        if (m.definite or m.weak) and (
            earlier := named_before(family_keys, m) or recent_compatible(placed.get(m.family, set()), m)
        ):
            keys[i] = earlier
        elif m.weak:
            continue
        elif m.named:  # 'Operation Spiderweb', 'the Brexit vote': the name says which one
            keys[i] = f"event:{m.family}:{slug(m.key_name or m.name)}"
        elif not m.bare and _scoped_key(m, article):  # 'a summer offensive by Russia', 'the May crisis'
            keys[i] = _scoped_key(m, article)
        else:  # 'the merger', 'a drone attack' with nothing to pin it: this article's
            keys[i] = f"event:{m.family}:{_key_word(m)}:{article}"
    _keep_unrealised_apart(keys, mentions)
    grouped: dict[str, list[EventMention]] = {}
    for key, m in zip(keys, mentions, strict=True):
        if key:
            grouped.setdefault(key, []).append(m)
    events: list[Event] = []
    for key, group in grouped.items():
        counts = Counter(m.name for m in group)
        best = max(group, key=lambda m: (m.named, m.place is not None, counts[m.name], -len(m.name)))
        names = list(counts)
        participants: list[Participant] = []
        seen: set[str] = set()
        for m in group:
            participants += [p for p in m.participants if p.key not in seen]
            seen.update(p.key for p in participants)
        reports = [m.report for m in group if m.report is not None]
        deciding = best_report(reports)
        by_rank = sorted(group, key=lambda m: RANK[m.report.status] if m.report else 0)
        events.append(
            Event(
                key=key,
                name=best.name,
                type=best.type,
                aliases=[n for n in names if n != best.name],
                mentions=[m.mention for m in group],
                place_keys=list(dict.fromkeys(m.place.key for m in group if m.place)),
                participants=participants,
                when=_when_of(by_rank),
                status=deciding.status if deciding else "happened",
                status_cue=deciding.cue if deciding else None,
                stated_by_key=deciding.stated_by_key if deciding else None,
                stated_by_name=deciding.stated_by_name if deciding else None,
                reports=reports,
                evidence=evidence_for(index, *_span_of(deciding.mention if deciding else group[0].mention)),
            )
        )
    return events


def _unrealised(m: EventMention) -> bool:
    """A mention that puts forward an event of its own that has not happened: a plan, a threat, a
    supposition or an attempt that failed ('threatened to hit Kyiv', 'had hoped to capture the town').
    A definite noun ('the strike', 'the breakthrough, if it widens, ...') points back at an event the
    article already has, whatever its own clause says of it."""
    return m.report is not None and m.report.status in _UNREALISED and not m.definite


def _keep_unrealised_apart(keys: list[str], mentions: list[EventMention]) -> None:
    """An event that a mention of the article states (or someone claims) as having happened is a fact,
    or said to be one ('said it had taken two villages in the region on Tuesday'). A plan, threat or
    supposition of the same kind at the same place is another event, not a report of that one, when
    the text sets it apart: it names a time of its own the fact does not share ('had hoped to capture
    the town by the end of the autumn'; the town fell in January), or it is put forward after the fact
    was told, not as its backstory ('the strike on Kyiv on Thursday ... threatened to hit Kyiv with a
    new missile'; but 'had planned to seize X for months. They captured X' is one capture). Such
    mentions move to a key of their own, `<key>:<status>` (the most factual of them), so the fact
    neither takes their date nor is drawn from them. A key no mention states as happened keeps them
    all ('had hoped to capture X' and 'the capture of X has not taken place' are one capture that did
    not happen), and the graph joins a plan to the event when a later article reports it."""
    happened: dict[str, list[EventMention]] = {}
    for key, m in zip(keys, mentions, strict=True):
        if key and not _unrealised(m) and (m.report is None or m.report.status in _REALISED):
            happened.setdefault(key, []).append(m)
    apart = [
        keys[i] in happened and _unrealised(m) and _set_apart(m, happened[keys[i]])
        for i, m in enumerate(mentions)
    ]
    moved: dict[str, str] = {}
    for key, m, away in zip(keys, mentions, apart, strict=True):
        if away and m.report is not None and (key not in moved or RANK[m.report.status] < RANK[moved[key]]):
            moved[key] = m.report.status
    for i, away in enumerate(apart):
        if away:
            keys[i] = f"{keys[i]}:{moved[keys[i]]}"


def _set_apart(m: EventMention, facts: list[EventMention]) -> bool:
    """Whether an unrealised mention is another event than the happened mentions of its key."""
    own = _date_of(m)
    if own is not None:
        return all(_date_of(f) != own for f in facts)
    return m.mention.start > min(f.mention.start for f in facts) and not _past_perfect(m.trigger)


def date_by_distance(index: DocIndex, mentions: list[EventMention], events: list[Event]) -> None:
    """Date an undated event told a measured distance after or before another that has a date
    ('The attack came a day after Russia launched 700 drones'): rules/event_offsets."""
    by_span = {(m.start, m.end): e for e in events for m in e.mentions}
    starts = sorted((m.start, m.end, e) for e in events for m in e.mentions)

    def dated(token: Token | None) -> When | None:
        if token is None:
            return None
        for start, end, event in starts:
            if start <= token.idx < end or (start > token.idx and start < token.idx + len(token.text)):
                return event.when
        return None

    for m in mentions:
        event = by_span.get((m.mention.start, m.mention.end))
        if event is None or event.when is not None or event.status not in {"happened", "claimed"}:
            continue
        event.when = offset_when(index, m.trigger, dated)


def _when_of(by_rank: list[EventMention]) -> When | None:
    """The event's date: from its most factual dated mention, and at equal status a time expression
    governing a mention before one borrowed from its report (the statement's day, the episode's)."""
    dated = [
        (RANK[m.report.status] if m.report else 0, borrowed, w)
        for m in by_rank
        for borrowed, w in ((0, m.when), (1, m.report.when if m.report else None))
        if w is not None
    ]
    return min(dated, key=lambda d: (d[0], d[1]))[2] if dated else None


def _date_of(m: EventMention) -> str | None:
    when = m.when or (m.report.when if m.report is not None else None)
    return when.value if when is not None and when.value else None


def _past_perfect(trigger: Token) -> bool:
    """'had hoped to capture', 'had been planned': the clause (or the one it completes) tells what
    came before the story's time."""
    holder = trigger
    for _ in range(3):
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in holder.children):
            return True
        if holder.dep_ not in {"xcomp", "ccomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass"}:
            return False
        holder = holder.head
    return False


def _span_of(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end
