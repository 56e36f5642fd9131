"""The AsyncAPI document tells other producers the message contract, field by field."""

import json

from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.consumers.contracts import ArticleMessage


def test_contract_documents_ingest_and_dead_letter_subjects() -> None:
    result = CliRunner().invoke(app, ["contract"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["asyncapi"].startswith("3.")
    addresses = {channel["address"] for channel in document["channels"].values()}
    assert {"articles.ingest", "articles.dead"} <= addresses


def test_contract_describes_every_article_field() -> None:
    document = json.loads(CliRunner().invoke(app, ["contract"]).output)
    schema = document["components"]["schemas"]["ArticleMessage"]
    assert set(schema["properties"]) == set(ArticleMessage.model_fields)
    assert "Nats-Msg-Id" in json.dumps(document["channels"])
