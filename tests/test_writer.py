"""Batch parameters of the graph writer: one row list per statement, tagged and ordered (no server)."""

from datetime import date

from chronicle.extraction.models import ArticleRecord, Entity, GraphDoc, Mention
from chronicle.graph.rows import write_rows
from chronicle.graph.writer import batch_params


def _doc(article_id: str, *keys: str, title: str = "t") -> GraphDoc:
    return GraphDoc(
        article=ArticleRecord(
            id=article_id, title=title, published_at=date(2025, 6, 28), word_count=5, extractor_version="t"
        ),
        entities=[
            Entity(key=key, type="Person", name=key.title(), mentions=[Mention(text=key, start=0, end=3)])
            for key in keys
        ],
    )


def test_batch_params_tag_every_row_with_its_article() -> None:
    params = batch_params([write_rows(_doc("a2", "zoe", "adam")), write_rows(_doc("a1", "adam"))])
    assert params["ids"] == ["a1", "a2"]
    assert [a["id"] for a in params["articles"]] == ["a1", "a2"]
    assert [(r["key"], r["article_id"]) for r in params["entities"]] == [
        ("adam", "a1"),
        ("adam", "a2"),
        ("zoe", "a2"),
    ]
    assert params["events"] == params["claims"] == params["effects"] == []


def test_batch_params_article_twice_is_written_once_from_its_last_copy() -> None:
    first, second = _doc("a1", "adam", title="old"), _doc("a1", "zoe", title="new")
    params = batch_params([write_rows(first), write_rows(second)])
    assert params["ids"] == ["a1"]
    assert [a["title"] for a in params["articles"]] == ["new"]
    assert [r["key"] for r in params["entities"]] == ["zoe"]
