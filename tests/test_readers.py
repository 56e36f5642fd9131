"""Readers: every supported input becomes ArticleMessages with stable ids; bad input fails clearly."""

import json
from datetime import date
from pathlib import Path

import pytest

from chronicle.consumers.errors import (
    BadJsonError,
    EmptyArticleError,
    InputNotFoundError,
    InvalidArticleError,
    NoMainTextError,
    NotUtf8Error,
    ReaderError,
    UnsupportedFormatError,
)
from chronicle.consumers.readers import is_digest, read_articles, split_digest
from chronicle.extraction.ids import article_id

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "data" / "seed"
EXAMPLES = REPO / "examples"

DIGEST = """site logo

Ferry service resumes on the northern route
Ferry service resumes on the northern route

The ferry between the two islands sailed again on Friday after a week of storms, the operator said.

Sign in to comment

More Stories

Council approves new budget for harbour repairs
Council approves new budget for harbour repairs

Harbour Gazette

time2 days ago

  • Harbour Gazette

Council approves new budget for harbour repairs

The town council voted to spend more on the old harbour wall after winter damage, members said.

Repairs are due to start in the spring and last about four months, the council said.

Fishing quotas cut again
Fishing quotas cut again

Coast Radio

3 hours ago

  • Coast Radio

Fishing quotas cut again

Regulators lowered the cod quota for the third year running, citing falling stocks in the bay.

Get our app
Available on every store
"""


def _write(path: Path, content: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def _seed_articles() -> list[dict]:
    lines = (SEED / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


# --- the seed digest page ------------------------------------------------------------------


@pytest.mark.shared_data
def test_read_articles_digest_page_splits_into_four_seed_articles():
    articles = read_articles(SEED / "daily8-page.txt")
    expected = _seed_articles()
    assert len(articles) == 4
    assert [a.title for a in articles] == [e["title"] for e in expected]
    assert [a.text for a in articles] == [e["text"] for e in expected]


@pytest.mark.shared_data
def test_read_articles_digest_page_outlets_match_seed_sources():
    articles = read_articles(SEED / "daily8-page.txt")
    for article, seed in zip(articles, _seed_articles(), strict=True):
        # The page prints the outlet it got the story from ("Yahoo" for "CNN via Yahoo").
        assert article.source is not None
        assert seed["source"] == article.source or seed["source"].endswith(f" via {article.source}")


@pytest.mark.shared_data
def test_read_articles_digest_page_dates_and_ids():
    articles = read_articles(SEED / "daily8-page.txt")
    assert all(a.published_at is None for a in articles)
    assert [a.id for a in articles] == [article_id(None, a.text) for a in articles]
    assert len({a.id for a in articles}) == 4
    dated = read_articles(SEED / "daily8-page.txt", published_at=date(2025, 6, 29))
    assert {a.published_at for a in dated} == {date(2025, 6, 29)}


def test_split_digest_generic_page():
    items = split_digest(DIGEST)
    assert [i.title for i in items] == [
        "Ferry service resumes on the northern route",
        "Council approves new budget for harbour repairs",
        "Fishing quotas cut again",
    ]
    assert [i.source for i in items] == [None, "Harbour Gazette", "Coast Radio"]
    assert [i.age for i in items] == [None, "2 days ago", "3 hours ago"]
    assert items[0].text.startswith("The ferry between") and items[0].text.endswith("operator said.")
    assert items[1].text.endswith("the council said.")  # two paragraphs kept
    assert "app" not in items[2].text


def test_read_articles_digest_txt_uses_source_option_as_fallback(tmp_path):
    articles = read_articles(_write(tmp_path / "page.txt", DIGEST), source="Island Digest")
    assert [a.source for a in articles] == ["Island Digest", "Harbour Gazette", "Coast Radio"]


def test_is_digest_plain_article_false():
    text = "Short headline\nShort headline\n\nA plain article body that repeats its headline once.\n"
    assert not is_digest(text)
    assert is_digest(DIGEST)


# --- txt / json / jsonl --------------------------------------------------------------------


def test_read_text_file_one_article_with_options(tmp_path):
    path = _write(tmp_path / "note.txt", "  The bridge reopened on Monday.\n\nTraffic was light.\n")
    [article] = read_articles(path, title="Bridge", source="Town Post", published_at=date(2025, 3, 4))
    assert article.text == "The bridge reopened on Monday.\n\nTraffic was light."
    assert (article.title, article.source, article.published_at) == ("Bridge", "Town Post", date(2025, 3, 4))
    assert article.id == article_id(None, article.text)


def test_read_json_single_object_keeps_given_id(tmp_path):
    record = {
        "id": "my-id",
        "title": "T",
        "text": "The mayor spoke on Tuesday.",
        "published_at": "2025-02-03",
    }
    [article] = read_articles(_write(tmp_path / "one.json", json.dumps(record)))
    assert article.id == "my-id"
    assert article.published_at == date(2025, 2, 3)


def test_read_json_list_options_fill_missing_fields(tmp_path):
    records = [
        {"url": "https://example.org/a", "text": "First story.", "source": "Own Source"},
        {"text": "Second story."},
    ]
    articles = read_articles(_write(tmp_path / "many.json", json.dumps(records)), source="Default")
    assert [a.source for a in articles] == ["Own Source", "Default"]
    assert articles[0].id == article_id("https://example.org/a", "ignored")
    assert articles[1].id == article_id(None, "Second story.")


def test_read_jsonl_one_article_per_line(tmp_path):
    lines = [json.dumps({"title": f"T{n}", "text": f"Story number {n}."}) for n in range(3)]
    path = _write(tmp_path / "a.jsonl", "\n".join(lines[:2]) + "\n\n" + lines[2] + "\n")
    assert [a.title for a in read_articles(path)] == ["T0", "T1", "T2"]


def test_read_jsonl_bad_line_reports_line_number(tmp_path):
    content = json.dumps({"text": "ok"}) + "\n" + json.dumps({"text": "ok too"}) + "\n{not json\n"
    with pytest.raises(BadJsonError) as err:
        read_articles(_write(tmp_path / "bad.jsonl", content))
    assert err.value.line == 3
    assert str(err.value).startswith(f"{tmp_path / 'bad.jsonl'}:3: invalid JSON")


def test_read_jsonl_non_object_line_is_invalid(tmp_path):
    with pytest.raises(InvalidArticleError, match=r":2: expected a JSON object, got list"):
        read_articles(_write(tmp_path / "x.jsonl", '{"text": "a"}\n[1, 2]\n'))


def test_read_json_bad_json_reports_line(tmp_path):
    with pytest.raises(BadJsonError) as err:
        read_articles(_write(tmp_path / "bad.json", '{\n  "text": "a",\n  oops\n}'))
    assert err.value.line == 3


def test_read_json_bad_date_is_invalid_article(tmp_path):
    path = _write(tmp_path / "d.json", json.dumps({"text": "a", "published_at": "yesterday-ish"}))
    with pytest.raises(InvalidArticleError, match="published_at"):
        read_articles(path)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", "  \n\n "),
        ("blank.json", json.dumps({"title": "No body", "text": "   "})),
        ("empty.jsonl", "\n\n"),
        ("nolist.json", "[]"),
    ],
)
def test_read_articles_empty_text_raises(tmp_path, name, content):
    with pytest.raises(EmptyArticleError):
        read_articles(_write(tmp_path / name, content))


# --- html ----------------------------------------------------------------------------------


def test_read_html_example_page_main_text_and_metadata():
    [article] = read_articles(EXAMPLES / "sample.html")
    assert article.title == "Steelmakers turn to imported coal after Pokrovsk mine shuts"
    assert article.source == "Kyiv Ledger"
    assert article.published_at == date(2025, 1, 21)
    assert article.url == "https://kyivledger.example.org/2025/01/21/steelmakers-imported-coal-pokrovsk"
    assert article.id == article_id(article.url, article.text)
    assert article.text.startswith("Ukrainian steel plants have started buying coking coal abroad")
    assert '"Every tonne we bring in' in article.text
    for boilerplate in ("analyticsQueue", "Subscribe", "cookies", "All rights reserved", "querySelector"):
        assert boilerplate not in article.text


def test_read_html_options_override_metadata(tmp_path):
    page = (
        "<html><head><title>Old title</title></head><body><nav>Home | News</nav><article>"
        "<p>The council met on Friday and agreed to rebuild the old harbour wall before winter.</p>"
        "<p>Work will start next month and should take about four months, officials said.</p>"
        "</article></body></html>"
    )
    path = _write(tmp_path / "page.htm", page)
    [article] = read_articles(
        path, title="New title", source="Harbour Gazette", published_at=date(2025, 5, 2)
    )
    assert (article.title, article.source, article.published_at) == (
        "New title",
        "Harbour Gazette",
        date(2025, 5, 2),
    )
    assert article.text.startswith("The council met on Friday")
    assert "Home" not in article.text


def test_read_html_no_main_text_raises(tmp_path):
    path = _write(
        tmp_path / "empty.html", "<html><head><script>var a = 1;</script></head><body></body></html>"
    )
    with pytest.raises(NoMainTextError, match="no main text"):
        read_articles(path)


# --- directories, ids, errors --------------------------------------------------------------


def test_read_articles_directory_sorted_and_filtered(tmp_path):
    _write(tmp_path / "b.txt", "Story B.")
    _write(tmp_path / "a.json", json.dumps({"text": "Story A."}))
    _write(tmp_path / "sub" / "c.jsonl", json.dumps({"text": "Story C."}) + "\n")
    _write(tmp_path / ".hidden.txt", "Hidden story.")
    _write(tmp_path / "notes.md", "Not an article.")
    assert [a.text for a in read_articles(tmp_path)] == ["Story A.", "Story B.", "Story C."]


def test_read_articles_directory_without_articles_raises(tmp_path):
    _write(tmp_path / "notes.md", "nothing here")
    with pytest.raises(EmptyArticleError, match=r"no \.json"):
        read_articles(tmp_path)


def test_article_ids_stable_across_reads_and_spacing(tmp_path):
    first = read_articles(_write(tmp_path / "x.txt", "The Mayor  spoke\non Tuesday."))
    second = read_articles(_write(tmp_path / "y.txt", "the mayor spoke on tuesday.\n"))
    assert first[0].id == second[0].id == read_articles(tmp_path / "x.txt")[0].id
    tracked = {"url": "https://Example.org/story/?utm_source=feed", "text": "One."}
    plain = {"url": "https://example.org/story", "text": "Other text."}
    path = _write(tmp_path / "u.jsonl", json.dumps(tracked) + "\n" + json.dumps(plain) + "\n")
    ids = [a.id for a in read_articles(path)]
    assert ids[0] == ids[1]


def test_read_articles_missing_file_raises(tmp_path):
    with pytest.raises(InputNotFoundError, match="no such file"):
        read_articles(tmp_path / "missing.jsonl")


def test_read_articles_not_utf8_raises(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Kyiv caf\u00e9".encode("latin-1"))
    with pytest.raises(NotUtf8Error, match="offset 8"):
        read_articles(path)


def test_read_articles_unsupported_extension_raises(tmp_path):
    with pytest.raises(UnsupportedFormatError, match=r"unsupported extension \.csv"):
        read_articles(_write(tmp_path / "data.csv", "a,b\n"))


def test_reader_error_messages_are_one_line(tmp_path):
    path = _write(tmp_path / "bad.jsonl", "{\n")
    with pytest.raises(ReaderError) as err:
        read_articles(path)
    assert "\n" not in str(err.value)


# --- the project's example articles --------------------------------------------------------


def test_examples_articles_read_and_fit_the_demo():
    articles = read_articles(EXAMPLES / "articles.jsonl")
    assert len(articles) == 8
    assert len({a.id for a in articles}) == 8
    for article in articles:
        assert 150 <= len(article.text.split()) <= 350, article.title
        assert isinstance(article.published_at, date)
        assert article.url and article.url.startswith("https://") and ".example.org/" in article.url
    dates = [a.published_at for a in articles]
    assert dates == sorted(dates)
    by_figure = {f: {a.source for a in articles if f in a.text} for f in ("110,000", "111,000")}
    assert by_figure["110,000"] and by_figure["111,000"]
    assert by_figure["110,000"] != by_figure["111,000"]
    assert sum("Kursk operation" in a.text and "Pokrovsk" in a.text for a in articles) >= 3


def test_examples_directory_reads_jsonl_and_html():
    articles = read_articles(EXAMPLES)
    assert len(articles) == 9
    assert "Kyiv Ledger" in {a.source for a in articles}
