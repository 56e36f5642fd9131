"""`publish` refuses, before sending anything, what a worker would dead-letter (no server needed:
the refusal comes before the queue is touched)."""

from datetime import date, timedelta

import anyio
import pytest

from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.publish import ArticleRefused, publish_articles

_ENGLISH = "The council met on Monday and agreed to repair the old bridge over the river before winter."
_GERMAN = (
    "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss noch vor dem Winter zu "
    "reparieren, und die Arbeiten sollen im Oktober beginnen."
)


def _refusal(*messages: ArticleMessage) -> str:
    async def run() -> None:
        await publish_articles(None, messages)  # type: ignore[arg-type]

    with pytest.raises(ArticleRefused) as caught:
        anyio.run(run)
    return str(caught.value)


def test_publish_refuses_an_article_that_is_not_english_with_the_workers_reason() -> None:
    reason = _refusal(ArticleMessage(title="ok", text=_ENGLISH), ArticleMessage(title="Brücke", text=_GERMAN))
    assert "'Brücke'" in reason and "German" in reason


def test_publish_refuses_an_article_with_no_text_after_cleaning() -> None:
    assert "empty text" in _refusal(ArticleMessage(title="blank", text=" \u200b ... "))


def test_publish_refuses_an_article_dated_in_the_future() -> None:
    later = date.today() + timedelta(days=30)
    assert "future" in _refusal(ArticleMessage(title="soon", text=_ENGLISH, published_at=later))
