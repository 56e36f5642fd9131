"""The message contract on `articles.ingest`, published for other producers via FastStream's AsyncAPI."""

from datetime import date, datetime

from pydantic import BaseModel, Field, model_validator

__all__ = ["DEAD_SUBJECT", "DURABLE_NAME", "INGEST_SUBJECT", "STREAM_NAME", "ArticleMessage", "DeadLetter"]

STREAM_NAME = "ARTICLES"
INGEST_SUBJECT = "articles.ingest"
DEAD_SUBJECT = "articles.dead"
DURABLE_NAME = "graph-writer"


class ArticleMessage(BaseModel):
    """One news article. Give `text` or `html`; everything else is optional."""

    id: str | None = Field(
        None,
        description="Stable article id; derived from url or text when absent.",
        examples=["cnn-2025-06-28-pokrovsk"],
    )
    url: str | None = Field(None, examples=["https://example.com/news/pokrovsk"])
    title: str | None = Field(None, examples=["Russia masses troops near Pokrovsk"])
    source: str | None = Field(None, description="Outlet name.", examples=["CNN"])
    published_at: date | datetime | None = Field(
        None, description="Publication date or time (ISO 8601); relative dates resolve against it."
    )
    language: str = Field("en", examples=["en"])
    text: str | None = Field(None, description="Body as plain text.")
    html: str | None = Field(None, description="Body as HTML; the main text is extracted.")

    @model_validator(mode="after")
    def _has_body(self) -> "ArticleMessage":
        if not (self.text or self.html):
            raise ValueError("an article needs a non-empty 'text' or 'html'")
        return self


class DeadLetter(BaseModel):
    """What `articles.dead` carries: the original payload, untouched, and why it was refused."""

    reason: str = Field(examples=["invalid JSON: Expecting value at line 1 column 1"])
    error_type: str = Field(examples=["InvalidPayload"])
    subject: str = INGEST_SUBJECT
    failed_at: datetime
    payload_b64: str = Field(
        description="The original message body, base64-encoded (it may not be UTF-8); empty when it was "
        "too large to carry inline, then it is read from the stream at `original_seq`."
    )
    headers: dict[str, str] = Field(default_factory=dict)
    original_seq: int | None = Field(
        None, description="Stream sequence of the refused message in ARTICLES (the stream keeps it)."
    )
