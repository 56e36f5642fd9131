"""A stored article's surname used alone, read back from the graph (pure).

When a surname turns ambiguous (a second person bears it), the graph writer splits off the articles
that had named the first person by that surname alone (resolution/memory.py `settle`). The graph
keeps no article's subjects, but each MENTIONS edge keeps the forms the article wrote and how many
mentions it gave, and each article's vote on a name keeps the type it gave it: enough to plan such an
article's name afresh.
"""

from chronicle.extraction.ids import slug
from chronicle.extraction.models import Entity, Mention
from chronicle.resolution.names import display_rank, fold, fold_words, name_words
from chronicle.resolution.subjects import Subject, subject_of

__all__ = ["lone_names", "stored_subject", "vote_keys"]


def lone_names(forms: list[str], surname: str) -> list[str]:
    """The forms that are `surname` alone (folded as a person's name), best first; none when the
    article also writes a full name ending in it (then the surname was that person's, in its text)."""
    lone, full = [], False
    for form in forms:
        words = fold_words(form, "Person")
        if len(words) >= 2 and words[-1] == surname:
            full = True
        elif words == [surname] and form[:1].isupper():
            lone.append(form)
    return [] if full else sorted(lone, key=lambda n: (-int(display_rank(n)), n))


def vote_keys(article: str, names: list[str]) -> list[str]:
    """The keys under which the article voted on the type of these names."""
    return [f"v|{' '.join(name_words(name))}|{article}" for name in names]


def stored_subject(article: str, names: list[str], mentions: int, kind: str, outlets: set[str]) -> Subject:
    """The subject the article's name was: the best of `names`, of type `kind`, with its mentions."""
    name = names[0]
    folded = fold(name, kind)
    entity = Entity(
        key=f"{kind.lower()}:{slug(folded or name)}",
        type=kind,  # type: ignore[arg-type]
        name=name,
        aliases=names[1:],
        mentions=[Mention(text=name, start=0, end=len(name))] * max(mentions, 1),
    )
    return subject_of(entity, outlets, article)
