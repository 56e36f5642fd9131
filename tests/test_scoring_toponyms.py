"""The `toponyms` section of GOLD_FORMAT.md on a hand-made sentence and places (no spaCy)."""

import pytest

from chronicle.extraction.gold import parse_gold_lines
from chronicle.extraction.models import ArticleRecord, Entity, GraphDoc, Mention, PlaceInfo
from chronicle.extraction.scoring import Report, score
from chronicle.extraction.scoring.toponyms import great_circle_km

TEXT = "Harbourton police met Danish divers near Millbrook Bridge and Lake Vell on Monday."


def at(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def toponym(
    text: str, geonames_id: int | None, lat: float | None, lon: float | None, optional: bool = False
) -> dict:
    start, end = at(text)
    return {
        "text": text,
        "start": start,
        "end": end,
        "geonames_id": geonames_id,
        "lat": lat,
        "lon": lon,
        "optional": optional,
    }


HARBOURTON = toponym("Harbourton", 1001, 50.0, 10.0)
BRIDGE = toponym("Millbrook Bridge", None, 51.0, 11.0)  # coordinates only
LAKE = toponym("Lake Vell", 1003, 52.0, 12.0)
DANISH = toponym("Danish", None, None, None, optional=True)


def place(
    name: str, *fragments: str, geonames_id: int | None = None, lat=None, lon=None, kind="Place"
) -> Entity:
    info = PlaceInfo(geonames_id=geonames_id, lat=lat, lon=lon) if (geonames_id or lat is not None) else None
    mentions = [Mention(text=f, start=at(f)[0], end=at(f)[1]) for f in fragments]
    return Entity(key=f"place:{name.lower()}", type=kind, name=name, mentions=mentions, place=info)


def run(toponyms: list[dict] | None, entities: list[Entity]) -> Report:
    gold = {} if toponyms is None else {"toponyms": toponyms}
    lines = parse_gold_lines([{"id": "a", "published_at": None, "text": TEXT, "gold": gold}])
    record = ArticleRecord(id="a", word_count=12, extractor_version="test")
    return score(lines, {"a": GraphDoc(article=record, entities=entities)})


def test_toponyms_recognition_by_overlap_left_out_and_false_positives():
    entities = [
        place("Harbourton", "Harbourton police"),  # overlaps a scored toponym: correct
        place("Denmark", "Danish"),  # overlaps only an optional toponym: left out
        place("Monday", "Monday"),  # overlaps nothing: false positive
        place("Vell", "Vell", "Lake"),  # two mentions of one entity, each counted
        place("Bridge", "Millbrook", kind="Organization"),  # not a Place: not a Place mention
    ]
    report = run([HARBOURTON, BRIDGE, LAKE, DANISH], entities).toponyms.recognition
    assert (report.gold, report.recognised, report.recall) == (3, 2, 2 / 3)
    assert (report.predicted, report.correct, report.left_out, report.precision) == (4, 3, 1, 3 / 4)
    assert report.f1 == pytest.approx(2 * (3 / 4) * (2 / 3) / (3 / 4 + 2 / 3))


def test_toponyms_resolution_by_id_or_within_161_km():
    entities = [
        place("Harbourton", "Harbourton", geonames_id=1001),  # same id, no coordinates
        place("Millbrook Bridge", "Millbrook Bridge", lat=51.0, lon=12.0),  # ~70 km away
        place("Lake Vell", "Lake Vell", geonames_id=9, lat=54.0, lon=12.0),  # other id, ~222 km
    ]
    report = run([HARBOURTON, BRIDGE, LAKE], entities).toponyms.resolution
    assert (report.total, report.correct, report.exact_id_count, report.within_161km_count) == (3, 2, 1, 1)
    assert (report.accuracy, report.exact_id, report.within_161km) == (2 / 3, 1 / 3, 1 / 3)


def test_toponyms_place_without_id_or_coordinates_is_wrong():
    report = run([HARBOURTON], [place("Harbourton", "Harbourton")]).toponyms.resolution
    assert (report.total, report.correct) == (1, 0)


def test_toponyms_resolution_judges_largest_overlap_then_earlier_start():
    near = place("Lake Vell", "Lake Vell", geonames_id=1003)
    partial = place("Vell", "Vell", geonames_id=7)
    assert run([LAKE], [partial, near]).toponyms.resolution.correct == 1
    lake_word = place("Lake", "Lake", geonames_id=1003)  # 4 characters, starts first
    vell_word = place("Vell", "Vell", geonames_id=7)  # 4 characters
    assert run([LAKE], [vell_word, lake_word]).toponyms.resolution.correct == 1
    lake_wrong = place("Lake", "Lake", geonames_id=7)
    vell_right = place("Vell", "Vell", geonames_id=1003)
    assert run([LAKE], [vell_right, lake_wrong]).toponyms.resolution.correct == 0


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((0.0, 0.0), (0.0, 1.0), 111.195),
        ((50.0, 10.0), (51.0, 10.0), 111.195),
        ((0.0, 0.0), (0.0, 180.0), 20015.087),
    ],
)
def test_great_circle_km_on_a_6371_km_sphere(a, b, km):
    assert great_circle_km(*a, *b) == pytest.approx(km, abs=0.01)


def test_toponyms_161_km_is_inclusive_and_just_beyond_is_wrong():
    # 161 km north of the gold point along a meridian: 161 / 111.195 degrees
    inside = place("Harbourton", "Harbourton", lat=50.0 + 160.9 / 111.19493, lon=10.0)
    outside = place("Harbourton", "Harbourton", lat=50.0 + 161.1 / 111.19493, lon=10.0)
    other = toponym("Harbourton", 2002, 50.0, 10.0)
    assert run([other], [inside]).toponyms.resolution.correct == 1
    assert run([other], [outside]).toponyms.resolution.correct == 0


def test_toponyms_absent_key_counts_no_place_mentions():
    report = run(None, [place("Monday", "Monday")]).toponyms
    assert (report.articles, report.recognition.predicted, report.recognition.precision) == (0, 0, None)
