"""Small synthetic articles for the fault tests: varied people, places, dates; fast to extract.

Written for these tests (no third-party sentences). Deterministic: article `n` is always the same.
"""

from datetime import date, timedelta

from chronicle.consumers.contracts import ArticleMessage

__all__ = ["synthetic_articles"]

_FIRST = ("Anna", "Boris", "Clara", "Dmytro", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas")
_LAST = ("Kovalenko", "Marsh", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Silva", "Tanaka", "Ueda")
_PLACES = ("Kharkiv", "Odesa", "Lviv", "Dnipro", "Poltava", "Sumy", "Kherson", "Mykolaiv", "Chernihiv")
_ORGS = ("the Red Cross", "the United Nations", "NATO", "the World Bank", "Reuters", "the European Union")
_TOPICS = ("a new bridge", "the power grid", "grain exports", "a water plant", "the rail line", "schools")
_OUTLETS = ("Daily Ledger", "Morning Wire", "City Herald", "Evening Post")


def synthetic_articles(count: int, *, start: int = 0, tag: str = "fault") -> list[ArticleMessage]:
    """`count` distinct short articles (ids derived from a URL carrying `tag` and the number)."""
    articles = []
    base = date(2025, 3, 1)
    for n in range(start, start + count):
        person = f"{_FIRST[n % 10]} {_LAST[(n // 10) % 10]}"
        place = _PLACES[n % len(_PLACES)]
        org = _ORGS[n % len(_ORGS)]
        topic = _TOPICS[(n // 3) % len(_TOPICS)]
        published = base + timedelta(days=n % 200)
        text = (
            f"{person}, a spokesperson for {org}, said on Monday that work on {topic} in {place} "
            f"would resume in {published.year}. "
            f'"We expect about {100 + n} workers on site by May," {person} told reporters in {place}. '
            f"Officials in {place} confirmed the plan on {published:%B} {published.day}, item {n}."
        )
        articles.append(
            ArticleMessage(
                url=f"https://example.org/{tag}/{n}",
                title=f"Work on {topic} in {place} ({n})",
                source=_OUTLETS[n % len(_OUTLETS)],
                published_at=published,
                text=text,
            )
        )
    return articles
