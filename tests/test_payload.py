"""Message bytes become an Article, or a reason for the dead-letter subject."""

import json
from datetime import date

import pytest

from chronicle.consumers.limits import MAX_MESSAGE_BYTES, retry_delay
from chronicle.consumers.payload import InvalidPayload, article_from_payload
from chronicle.extraction.ids import article_id

TODAY = date(2025, 7, 1)


def _body(**fields: object) -> bytes:
    return json.dumps(fields).encode()


def test_payload_valid_article_gets_derived_id() -> None:
    article = article_from_payload(_body(text="Troops moved near the town.", source="Desk"), today=TODAY)
    assert article.id == article_id(None, "Troops moved near the town.")
    assert article.source == "Desk"


def test_payload_explicit_id_and_date_are_kept() -> None:
    article = article_from_payload(_body(id="a-1", text="Text.", published_at="2025-06-28"), today=TODAY)
    assert (article.id, article.published_at) == ("a-1", date(2025, 6, 28))


def test_payload_html_body_is_reduced_to_main_text() -> None:
    html = (
        "<html><head><script>alert('x')</script></head><body><nav>Home | World</nav><article>"
        "<p>The council met on Tuesday to discuss the new bridge over the river near the old mill.</p>"
        "</article></body></html>"
    )
    article = article_from_payload(_body(html=html), today=TODAY)
    assert "council met on Tuesday" in article.text
    assert "alert" not in article.text


def test_payload_control_characters_are_removed() -> None:
    article = article_from_payload(_body(text="Line one.\x00\x07\nLine two."), today=TODAY)
    assert article.text == "Line one.\nLine two."


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{not json", "invalid JSON"),
        (b"[1, 2]", "expected a JSON object"),
        (_body(title="no body"), "non-empty 'text' or 'html'"),
        (_body(text=""), "non-empty 'text' or 'html'"),
        (_body(text="   \n "), "empty text"),
        (b"\xff\xfe\x00binary", "not UTF-8"),
        (_body(text="x", published_at="next week"), "published_at"),
        (_body(text="x", published_at="2030-01-01"), "lies in the future"),
        (_body(text=["a", "list"]), "text"),
        (b"x" * (MAX_MESSAGE_BYTES + 1), "too large"),
    ],
)
def test_payload_bad_input_is_refused_with_reason(body: bytes, reason: str) -> None:
    with pytest.raises(InvalidPayload, match=reason):
        article_from_payload(body, today=TODAY)


def test_payload_hostile_text_is_plain_data() -> None:
    text = "') DETACH DELETE n // $(rm -rf /); `whoami` {{7*7}} MATCH (n) RETURN n"
    assert article_from_payload(_body(text=text), today=TODAY).text == text


def test_retry_delay_backs_off_and_is_capped() -> None:
    assert [retry_delay(n) for n in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 8.0]
    assert retry_delay(50) == 30.0
