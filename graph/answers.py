"""Typed rows of the canned queries: what each answer row holds."""

from datetime import date, datetime

from pydantic import BaseModel, Field

__all__ = ["Candidate", "TimelineRow"]


class Candidate(BaseModel):
    """A node a user's name may refer to."""

    key: str
    name: str
    label: str = Field(examples=["Place"])
    kind: str | None = Field(None, examples=["city", "operation"])
    region: str | None = None
    country_code: str | None = None
    exact_name: bool = False
    exact_alias: bool = False
    articles: int = 0

    def describe(self) -> str:
        """'Pokrovsk (city, Donetsk Oblast, UA)'."""
        details = [d for d in (self.kind or self.label.lower(), self.region, self.country_code) if d]
        return f"{self.name} ({', '.join(details)})"


class TimelineRow(BaseModel):
    """One dated fact: when, what kind, who says so, and the article it comes from."""

    when: str | None = Field(None, description="TIMEX3 value, e.g. 2025-W25.")
    mod: str | None = None
    precision: str | None = None
    valid_from: date
    valid_to: date | None = None
    date_text: str | None = None
    kind: str = Field(examples=["event", "claim", "figure", "statement", "effect"])
    what: str
    who: str | None = None
    stated_on: date | None = None
    source: str | None = None
    article: str | None = None
    published_at: date | datetime | None = None
    article_id: str
    evidence: str | None = None
