"""`chronicle eval` on the seed gold meets the extraction targets of issue #3, so a regression fails CI."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.consumers.payload import article_from_message
from chronicle.consumers.readers import read_articles
from chronicle.extraction.pipeline import extract_many
from tests.conftest import MEANTIME, SEED, SHARED

DATA = SHARED / "data"


@pytest.fixture(scope="module")
def seed_report() -> dict:
    result = CliRunner().invoke(
        app, ["eval", str(SEED / "gold.jsonl"), "--articles", str(SEED / "articles.jsonl"), "--json"]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.shared_data
def test_eval_seed_entities_micro_f1_at_least_090(seed_report: dict) -> None:
    assert seed_report["entities"]["micro"]["f1"] >= 0.90


@pytest.mark.shared_data
def test_eval_seed_timex_recognition_and_values_at_least_090(seed_report: dict) -> None:
    timexes = seed_report["timexes"]
    assert timexes["recognition"]["f1"] >= 0.90
    assert timexes["value_accuracy"] >= 0.90


@pytest.mark.shared_data
def test_eval_seed_claims_recall_attribution_and_dates(seed_report: dict) -> None:
    claims = seed_report["claims"]
    assert claims["recall"] >= 0.80
    assert claims["attribution_accuracy"] >= 0.90
    assert claims["date_accuracy"] >= 0.85


@pytest.mark.shared_data
def test_eval_seed_events_effects_quantities_recall(seed_report: dict) -> None:
    assert seed_report["events"]["recall"] >= 0.75
    assert seed_report["effects"]["recall"] >= 0.75
    assert seed_report["quantities"]["recall"] >= 0.80


@pytest.mark.shared_data
def test_eval_seed_finds_both_kursk_operation_effects_on_pokrovsk() -> None:
    articles = [article_from_message(m) for m in read_articles(SEED / "articles.jsonl")]
    found = []
    for doc in extract_many(articles):
        names = {e.key: e.name for e in doc.entities} | {e.key: e.name for e in doc.events}
        found += [
            effect
            for effect in doc.effects
            if "kursk" in names.get(effect.cause_key, "").lower()
            and names.get(effect.target_key) == "Pokrovsk"
        ]
    assert len(found) >= 2


def test_eval_missing_gold_file_is_one_line_error(tmp_path) -> None:
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1
    assert "no such file" in result.output


@pytest.mark.shared_data
def test_extraction_runs_over_all_meantime_articles() -> None:
    """The 120 MEANTIME articles go through without a crash and yield entities, times and claims."""
    articles = [article_from_message(m) for m in read_articles(MEANTIME / "articles.jsonl")]
    docs = list(extract_many(articles))
    assert len(docs) == 120
    assert sum(len(d.entities) for d in docs) > 1000
    assert sum(len(d.timexes) for d in docs) > 500
    assert sum(len(d.claims) for d in docs) > 100


def eval_json(*args: str) -> dict:
    result = CliRunner().invoke(app, ["eval", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.shared_data
def test_eval_polnear_dev_split_limit_scores_attributions_only(tmp_path) -> None:
    polnear = DATA / "polnear"
    details = tmp_path / "details.jsonl"
    report = eval_json(
        str(polnear / "gold.jsonl"),
        "--articles",
        str(polnear / "articles.jsonl"),
        "--split",
        "dev",
        "--limit",
        "2",
        "--details",
        str(details),
    )
    assert (report["articles"], report["attributions"]["articles"], report["entities"]["articles"]) == (
        2,
        2,
        0,
    )
    attributions = report["attributions"]
    assert attributions["gold"] > 0 and 0.0 <= attributions["recall"] <= 1.0
    assert set(attributions["by_cue"]) == {"said_says_told", "other"}
    rows = [json.loads(line) for line in details.read_text().splitlines()]
    dev_ids = {
        row["id"] for row in map(json.loads, (polnear / "articles.jsonl").open()) if row["split"] == "dev"
    }
    assert rows and all(row["id"] in dev_ids for row in rows)


@pytest.mark.shared_data
def test_eval_cnc_limit_scores_causal_labels(tmp_path) -> None:
    cnc = DATA / "cnc"
    report = eval_json(str(cnc / "gold.jsonl"), "--articles", str(cnc / "articles.jsonl"), "--limit", "10")
    causal = report["causal"]
    assert causal["articles"] == 10
    assert causal["tp"] + causal["fp"] + causal["fn"] + causal["tn"] == 10
    assert {"accuracy", "cause_accuracy", "target_accuracy", "sentences_with_match"} <= set(
        causal["relations"]
    )


@pytest.mark.shared_data
def test_eval_split_without_split_field_is_one_line_error() -> None:
    result = CliRunner().invoke(
        app, ["eval", str(SEED / "gold.jsonl"), "--articles", str(SEED / "articles.jsonl"), "--split", "dev"]
    )
    assert result.exit_code == 1
    assert "split" in result.output


@pytest.mark.shared_data
def test_eval_geowebnews_limit_scores_toponyms() -> None:
    geo = DATA / "geowebnews"
    report = eval_json(str(geo / "gold.jsonl"), "--articles", str(geo / "articles.jsonl"), "--limit", "3")
    toponyms = report["toponyms"]
    assert toponyms["articles"] == 3 and toponyms["recognition"]["gold"] > 0
    assert {"accuracy", "exact_id", "within_161km"} <= set(toponyms["resolution"])


@pytest.mark.shared_data
def test_eval_meantime_clusters_limit_reports_every_metric_and_the_baseline() -> None:
    coref = DATA / "meantime-coref"
    report = eval_json(
        str(coref / "gold.jsonl"),
        "--articles",
        str(coref / "articles.jsonl"),
        "--clusters",
        str(coref / "clusters.jsonl"),
        "--limit",
        "4",
    )
    clusters = report["clusters"]
    assert clusters["articles"] == 4
    for kind in ("entities", "events"):
        part = clusters[kind]
        assert part["mentions"] > 0
        assert set(part["muc"]) == {"precision", "recall", "f1"}
        f1s = [part[m]["f1"] for m in ("muc", "b3", "ceafe")]
        assert part["conll_f1"] == pytest.approx(sum(f1s) / 3)
        assert 0.0 < part["baseline"]["conll_f1"] <= 1.0


@pytest.mark.shared_data
def test_eval_clusters_without_articles_is_one_line_error() -> None:
    coref = DATA / "meantime-coref"
    result = CliRunner().invoke(
        app, ["eval", str(coref / "gold.jsonl"), "--clusters", str(coref / "clusters.jsonl")]
    )
    assert result.exit_code == 1
    assert "--clusters needs --articles" in result.output


def _spelling_files(tmp_path: Path) -> tuple[str, str, str]:
    """Three invented articles naming one commander three ways, and the gold cluster joining them."""
    texts = [
        "General Oleksandr Syrskyi said on Monday that the brigade had held the river line.",
        "General Oleksandr Syrskiy visited the eastern front on Tuesday.",
        "Army chief Oleksandr Sirskyi met the defence minister on Friday.",
    ]
    articles, mentions = tmp_path / "articles.jsonl", []
    with articles.open("w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            out.write(json.dumps({"id": f"spell-{i}", "published_at": "2025-05-02", "text": text}) + "\n")
            start = text.index("Oleksandr")
            end = text.index(" ", text.index(" ", start) + 1)
            mentions.append({"article_id": f"spell-{i}", "start": start, "end": end, "text": text[start:end]})
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"id": f"spell-{i}", "gold": {}}) + "\n" for i in range(3)))
    clusters = tmp_path / "clusters.jsonl"
    cluster = {
        "id": "c1",
        "kind": "entity",
        "chronicle_type": "Person",
        "scope": "corpus",
        "mentions": mentions,
    }
    clusters.write_text(json.dumps(cluster) + "\n")
    return str(gold), str(articles), str(clusters)


@pytest.mark.parametrize(("flag", "joined"), [([], True), (["--no-resolve"], False)])
def test_eval_clusters_scores_the_resolvers_keys_by_default(
    tmp_path: Path, flag: list[str], joined: bool
) -> None:
    gold, articles, clusters = _spelling_files(tmp_path)
    report = eval_json(gold, "--articles", articles, "--clusters", clusters, *flag)
    muc = report["clusters"]["entities"]["muc"]
    assert (muc["recall"] == 1.0) is joined
