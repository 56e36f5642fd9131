"""Bad input never stops the worker and is never lost: each ends on `articles.dead` with its reason.

One worker gets every bad message, raw, as another producer could send it, between two good
articles; the tests then look at the dead letters, the graph and the worker.
"""

import base64
import json
import random
from dataclasses import dataclass

import pytest

from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.deadletter import DeadLetterEntry, list_dead_letters
from chronicle.consumers.limits import MAX_TEXT_CHARS
from chronicle.consumers.publish import message_id
from tests.fault.corpus import synthetic_articles
from tests.fault.private_stack import PrivateStack, Worker, wait_for

pytestmark = [pytest.mark.fault]


def _json(**fields: object) -> bytes:
    return json.dumps(fields).encode()


_SCRIPT_ONLY = "<html><head><script>var who = 'Mallory Quist';</script></head><body><script>fetch('/x')</script></body></html>"
_SCRIPT_AND_TEXT = (
    "<html><head><title>Bridge</title><script>document.write('Mallory Quist visited Tromso')</script></head>"
    "<body><article><p>Engineers from the Delta Works company said on Friday that the new bridge in "
    "Rotterdam would open next spring, after two years of work on its foundations.</p>"
    "<script>alert('Oswin Vark')</script></article></body></html>"
)
_HOSTILE_TEXT = (
    "Mayor Ivo Brandt said on Monday that ') DETACH DELETE n // and \"}) MATCH (m) DETACH DELETE m; "
    "will not harm Zagreb. `rm -rf /` $(reboot) ; DROP TABLE articles; {{7*7}} ${HOME} | && || > /dev/null "
    "\\u0000 %s %n <script>alert(1)</script> ' OR '1'='1 MERGE (x:Admin) RETURN x //"
)

# name -> (raw message body, a phrase the dead letter's reason must contain)
BAD: dict[str, tuple[bytes, str]] = {
    "invalid_json": (b'{"text": "an unterminated string', "invalid JSON"),
    "json_list": (b'[{"text": "a list is not an article"}]', "wrong shape: expected a JSON object, got list"),
    "json_string": (b'"just a string"', "wrong shape: expected a JSON object, got str"),
    "wrong_field_types": (_json(text=["not", "a", "string"], title=7), "wrong shape: title"),
    "no_body": (_json(title="Only a title", source="Desk"), "non-empty 'text' or 'html'"),
    "empty_text": (_json(text=" \n\t \u200b\x00 "), "empty text"),
    "invalid_utf8": (b'{"text": "Caf\xe9 in Par\xeds \xff\xfe"}', "not UTF-8"),
    "binary": (bytes(random.Random(5).randrange(256) for _ in range(4096)), "not UTF-8"),
    "large_binary": (bytes(random.Random(9).randrange(256) for _ in range(900_000)), "not UTF-8"),
    "html_only_scripts": (_json(html=_SCRIPT_ONLY), "empty text"),
    "date_not_a_date": (
        _json(text="The mayor opened the bridge.", published_at="next Tuesday"),
        "published_at",
    ),
    "date_impossible": (
        _json(text="The mayor opened the bridge.", published_at="2025-02-30"),
        "published_at",
    ),
    "date_in_future": (
        _json(text="The mayor opened the bridge.", published_at="2999-01-01"),
        "in the future",
    ),
    "text_too_long": (_json(text="Word " * (MAX_TEXT_CHARS // 5 + 1)), "too long"),
}


@dataclass
class Run:
    """What one worker did with the bad messages."""

    stack: PrivateStack
    worker: Worker
    sequences: dict[str, int]
    letters: dict[int, DeadLetterEntry]
    good_ids: list[str]
    other_ids: dict[str, str]


@pytest.fixture(scope="module")
def run(stack: PrivateStack) -> Run:
    stack.reset_data()
    good_before, good_after = synthetic_articles(2, tag="bad-input")
    hostile = ArticleMessage(
        id="x') DETACH DELETE n //", title="'; MATCH (n) DETACH DELETE n //", text=_HOSTILE_TEXT
    )
    scripted = ArticleMessage(url="https://example.org/scripted", html=_SCRIPT_AND_TEXT)
    worker = stack.start_worker("bad-input")
    stack.wait_attached()
    stack.publish([good_before])
    wait_for(lambda: stack.article_count() == 1, timeout=120, what="the first good article")
    sequences = dict(zip(BAD, stack.publish_raw([body for body, _ in BAD.values()]), strict=True))
    stack.publish([hostile, scripted, good_after])
    wait_for(lambda: stack.article_count() == 4, timeout=180, what="the articles after the bad ones")

    def letters() -> dict[int, DeadLetterEntry]:
        found = stack.nats(lambda broker: list_dead_letters(broker, limit=1000))
        return {entry.letter.original_seq: entry for entry in found} if len(found) >= len(BAD) else {}

    found = wait_for(letters, timeout=120, what=f"{len(BAD)} dead letters")
    return Run(
        stack,
        worker,
        sequences,
        found,
        [message_id(good_before), message_id(good_after)],
        {"hostile": hostile.id or "", "scripted": message_id(scripted)},
    )


@pytest.mark.parametrize("name", list(BAD))
def test_bad_message_is_dead_lettered_with_payload_and_reason(run: Run, name: str) -> None:
    body, phrase = BAD[name]
    entry = run.letters[run.sequences[name]]
    assert phrase in entry.letter.reason
    assert entry.letter.error_type == "InvalidPayload"
    assert entry.payload == body


def test_bad_messages_make_exactly_one_dead_letter_each(run: Run) -> None:
    assert sorted(run.letters) == sorted(run.sequences.values())


def test_large_payload_dead_letter_points_to_the_stream(run: Run) -> None:
    entry = run.letters[run.sequences["large_binary"]]
    assert entry.letter.payload_b64 == ""  # 1.2 MB in base64 would not fit in a NATS message
    assert entry.letter.original_seq == run.sequences["large_binary"]
    small = run.letters[run.sequences["binary"]]
    assert base64.b64decode(small.letter.payload_b64) == BAD["binary"][0]


def test_worker_carries_on_and_acknowledges_everything(run: Run) -> None:
    assert run.worker.alive()
    info = wait_for(
        lambda: (i := run.stack.consumer()).num_ack_pending == 0 and i.num_pending == 0 and i,
        timeout=30,
        what="every message acknowledged",
    )
    assert info.ack_floor.stream_seq == info.delivered.stream_seq
    assert "Traceback" not in run.worker.log_text()


def test_good_articles_around_the_bad_ones_are_in_the_graph(run: Run) -> None:
    ids = {row["id"] for row in run.stack.query("MATCH (a:Article) RETURN a.id AS id")}
    assert ids == {*run.good_ids, *run.other_ids.values()}


def test_hostile_text_is_stored_as_data_and_deletes_nothing(run: Run) -> None:
    rows = run.stack.query(
        "MATCH (a:Article {id: $id}) RETURN a.title AS title, a.word_count AS words",
        id=run.other_ids["hostile"],
    )
    assert rows == [{"title": "'; MATCH (n) DETACH DELETE n //", "words": rows[0]["words"]}]
    assert rows[0]["words"] > 40
    assert run.stack.scalar("MATCH (x:Admin) RETURN count(x) AS value") == 0
    names = {r["name"] for r in run.stack.query("MATCH (e:Entity) RETURN e.name AS name")}
    assert "Ivo Brandt" in names and "Zagreb" in names
    # every good article still has its mentions: nothing was deleted by the hostile one
    mentions = run.stack.query(
        "MATCH (a:Article)-[:MENTIONS]->() WHERE a.id IN $ids RETURN a.id AS id, count(*) AS n",
        ids=run.good_ids,
    )
    assert len(mentions) == 2 and all(row["n"] >= 2 for row in mentions)


def test_html_scripts_are_not_read_as_article_text(run: Run) -> None:
    names = {r["name"] for r in run.stack.query("MATCH (e:Entity) RETURN e.name AS name")}
    assert "Rotterdam" in names
    assert not {"Mallory Quist", "Oswin Vark", "Tromso"} & names
