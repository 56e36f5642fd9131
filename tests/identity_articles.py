"""Invented articles for the identity tests: one commander in five spellings, an institute and its
acronym, a president whose surname is also a Japanese town. Written for Chronicle's tests."""

from chronicle.extraction.models import Article

TEXTS = (
    "Ukraine's commander-in-chief Oleksandr Syrskyi said on Monday that the brigade had held its "
    "positions near the village.",
    "General Syrsky told reporters in Kyiv that reserves were moving east.",
    "Army chief Oleksandr Syrskiy visited troops near Kharkov on Tuesday, his office said.",
    "In a statement, Sirskyi said the army had repelled eleven assaults overnight.",
    "Colonel General Oleksandr Syrksky, the army's top commander, met Defence Minister Rustem Umerov in Kiev.",
    "The Institute for the Study of War (ISW) said Russian forces had advanced slightly near Bakhmut.",
    "ISW analysts said the offensive had stalled, and Barack Obama spoke at a rally in Chicago.",
    "Obama said the talks would continue.",
)


def articles(prefix: str = "identity-test") -> list[Article]:
    """The invented articles, with ids that tests can clean up by prefix."""
    return [
        Article(
            id=f"{prefix}-{i}",
            text=text,
            published_at=f"2025-03-{i + 1:02d}",
            source="Identity Test Desk",
        )
        for i, text in enumerate(TEXTS)
    ]
