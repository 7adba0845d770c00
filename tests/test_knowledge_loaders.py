"""The knowledge formats: what must load, and every breach named as `file:line: what is wrong`."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.columns import MappingOptions
from knowledge.errors import KnowledgeError
from knowledge.loader import discover, load_file
from tests.conftest import AIRLINE, TELECOM

GOOD_MAP = """\
name: Online purchase
persona: First-time shopper
updated: 2026-10-01
stages:
  - name: Awareness
    emotion: 1
    touchpoints:
      - name: Instagram ad
        channel: social
        emotion: -1
        metrics: [ctr]
  - name: Decision
    pain_points: [Delivery cost shown late]
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def load(path: Path, kind=None, **options):  # type: ignore[no-untyped-def]
    return load_file(path, kind, MappingOptions(**options))


def error_of(path: Path, kind=None, **options) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(KnowledgeError) as caught:
        load(path, kind, **options)
    return str(caught.value)


def test_a_journey_map_loads_with_stable_ids(tmp_path: Path) -> None:
    loaded = load(write(tmp_path, "map.yaml", GOOD_MAP))
    journey = loaded.maps[0]
    assert journey.id == "online-purchase"
    assert [s.slug for s in journey.stages] == ["awareness", "decision"]
    assert journey.stages[0].touchpoints[0].slug == "instagram-ad"
    assert journey.stages[1].pain_points == ("Delivery cost shown late",)


def test_json_maps_and_a_list_of_journeys(tmp_path: Path) -> None:
    path = write(tmp_path, "maps.json", '{"journeys": [{"name": "A", "stages": [{"name": "One"}]},'
                                        ' {"id": "b", "name": "B", "stages": ["Two"]}]}')
    assert [m.id for m in load(path).maps] == ["a", "b"]


@pytest.mark.parametrize(("content", "expected"), [
    ("name: X\nstages:\n  - name: A\n   bad: [", "map.yaml:4: invalid YAML"),
    ("name: X\ndescription: no stages here\n", "not a journey map"),
    ("name: X\nstages: []\n", "map.yaml:2: stages of journey 'X' must be a non-empty list"),
    ("name: X\nstages:\n  - name: A\n    touchpoints:\n      - channel: web\n",
     "map.yaml:5: touchpoint 1 of stage 'A' has no name"),
    ("name: X\nstages:\n  - name: A\n    emotion: 3\n", "map.yaml:4: emotion of stage 'A' is 3, outside -2..+2"),
    ("name: X\nstages:\n  - name: A\n    touchpoints:\n      - name: T\n        emotion: -5\n",
     "map.yaml:6: emotion of touchpoint 'T' is -5, outside -2..+2"),
    ("name: X\nstages:\n  - name: A\n    touchpionts: []\n", "map.yaml:4: unknown key 'touchpionts'"),
    ("name: X\nstages:\n  - name: A\n  - name: a\n", "map.yaml:4: stage 'a' appears twice"),
    ("stages:\n  - name: A\n", "map.yaml:1: the journey map has no name"),
    ("name: X\nupdated: 2026-13-01\nstages: [A]\n", "map.yaml:2: updated '2026-13-01' is not an ISO date"),
    ("", "map.yaml:1: the file is empty"),
])
def test_broken_maps_are_named_by_line(tmp_path: Path, content: str, expected: str) -> None:
    assert expected in error_of(write(tmp_path, "map.yaml", content))


COMMENTS = "id,date,stage,touchpoint,score,comment\nS1,2026-10-05,Decision,Checkout,3,Delivery cost came as a shock\n" \
           "S2,2026-10-06,,,9,Lovely mugs\n"


def test_comments_load_with_their_ids_and_properties(tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", "region," + COMMENTS.replace("\nS1", "\nNorth,S1").replace("\nS2", "\nSouth,S2")
                 .replace("id,date", "id,date", 1))
    loaded = load(path)
    assert loaded.kind == "comments"
    assert [c.id for c in loaded.comments] == ["S1", "S2"]
    assert loaded.comments[0].properties == {"region": "North"}
    assert loaded.comments[0].where.touchpoint == "Checkout"


def test_rows_with_no_words_are_kept_and_named_in_a_note(tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", "id,comment,score\nA,great app,9\nB,...,3\nC,,\nD,-,\n")
    loaded = load(path)
    assert [c.id for c in loaded.comments] == ["A", "B", "C", "D"]  # B's score still counts
    assert loaded.warnings == ["3 rows have no words in their comment (empty or punctuation only; lines 3, 4, 5): "
                               "stored, never cited; a score among them still counts"]


def test_comments_without_ids_get_stable_content_ids_and_exact_duplicates_are_counted(tmp_path: Path) -> None:
    body = "date,comment\n2026-10-01,Slow delivery\n2026-10-01,Slow delivery\n2026-10-02,Slow delivery\n"
    first = load(write(tmp_path, "a.csv", body))
    second = load(write(tmp_path, "b.csv", body))
    assert len(first.comments) == 2 and first.duplicates == 1
    assert [c.id for c in first.comments] == [c.id for c in second.comments]


@pytest.mark.parametrize(("content", "expected"), [
    ("date,text_of_reply\n2026-10-01,hello\n", "c.csv:1: no comment column"),
    ('id,comment\nA,"never closed\nB,next\n', "c.csv:2: malformed CSV row (a quoted field is never closed)"),
    ("id,score,comment\nA,nine,hello\n", "c.csv:2: score 'nine' is not a number"),
    ("id,score,score_type,comment\nA,6,csat,hello\n", "c.csv:2: score 6 is outside the csat range 1-5"),
    ("id,date,comment\nA,2026-02-30,hello\n", "c.csv:2: date '2026-02-30' is not a real date"),
    ("id,date,comment\nA,05/10/2026,hello\n", "c.csv:2: date '05/10/2026' is not ISO 8601"),
    ("", "c.csv:1: the file is empty"),
    ("comment\n", "c.csv:2: the file has a header but no comment rows"),
    ("id,comment\nA,hi,extra\n", "c.csv:2: row has 3 cells but the header has 2 columns"),
])
def test_broken_comment_files_are_named_by_line(tmp_path: Path, content: str, expected: str) -> None:
    assert expected in error_of(write(tmp_path, "c.csv", content))


def test_bom_windows_line_endings_and_latin1_are_read(tmp_path: Path) -> None:
    bom = load(write(tmp_path, "bom.csv", b"\xef\xbb\xbfcomment,date\r\nGreat service\r\nok,\r\n".replace(
        b"Great service", b"Great service,2026-10-01")))
    assert [c.text for c in bom.comments] == ["Great service", "ok"]
    latin = load(write(tmp_path, "latin.csv", "comment\nTrès déçu du délai\n".encode("latin-1")))
    assert latin.comments[0].text == "Très déçu du délai"


def test_a_mapping_that_names_a_missing_column_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", "text,when\nhello,2026-10-01\n")
    message = error_of(path, columns={"comment": "verbatim"})
    assert "c.csv:1: mapping comment=verbatim: the file has no column 'verbatim'" in message
    assert load(path, columns={"comment": "text", "date": "when"}).comments[0].date.day == 1


def test_a_sidecar_mapping_file_is_used(tmp_path: Path) -> None:
    path = write(tmp_path, "export.csv", "Verbatim,Submitted\nToo slow,05/10/2026\n")
    write(tmp_path, "export.mapping.yaml", "kind: comments\ncolumns: {comment: Verbatim, date: Submitted}\n"
                                           "date_format: '%d/%m/%Y'\n")
    comment = load(path).comments[0]
    assert (comment.text, comment.date.month) == ("Too slow", 10)
    assert [p.name for p, _ in discover([tmp_path])] == ["export.csv"]


def test_a_mapping_gives_one_value_to_every_row_for_a_column_the_file_lacks(tmp_path: Path) -> None:
    # a vendor's CSAT export: a "Rating" column of 1-5 and nothing saying it is CSAT (read as NPS by default)
    path = write(tmp_path, "vendor.csv", "Feedback,Rating\nSlow refund,2\nLovely staff,5\n")
    write(tmp_path, "vendor.mapping.yaml", "kind: comments\ncolumns: {comment: Feedback, score: Rating}\n"
                                           "values: {score_type: csat, journey: Returns}\n")
    comments = load(path).comments
    assert [(c.score, c.score_type, c.where.journey) for c in comments] == [(2, "csat", "Returns"),
                                                                            (5, "csat", "Returns")]
    write(tmp_path, "vendor.mapping.yaml", "columns: {comment: Feedback}\nvalues: {scale: csat}\n")
    assert "vendor.mapping.yaml:1: unknown canonical column 'scale' in 'values'" in error_of(path)
    write(tmp_path, "vendor.mapping.yaml", "columns: {comment: Feedback, score: Rating}\nvalues: {score: 3}\n")
    assert "'score' is given both a column and a value; keep one" in error_of(path)


KPIS = "metric,value,date,stage,target,unit\nconversion_rate,2.9%,2026-10-05,Decision,3,%\n" \
       "cart_abandonment_rate,68.2,2026-10-05,Decision,65,%\n"


def test_kpis_load_percentages_and_direction_defaults(tmp_path: Path) -> None:
    loaded = load(write(tmp_path, "k.csv", KPIS))
    assert loaded.kind == "kpis"
    conversion, abandonment = loaded.kpis
    assert (conversion.value, conversion.higher_is_better) == (2.9, True)
    assert (abandonment.value, abandonment.higher_is_better) == (68.2, False)


@pytest.mark.parametrize(("content", "expected"), [
    ("metric,value,date\nnps,high,2026-10-05\n", "k.csv:2: value 'high' is not a number"),
    ("metric,value,date\nnps,40,2026-10-05\nnps,41,2026-10-05\n", "k.csv:3: nps for 2026-10-05 is given twice"),
    ("metric,value,date\nnps,40,\n", "k.csv:2: the date of nps is empty"),
    ("metric,value,date,higher_is_better\nnps,40,2026-10-05,maybe\n", "k.csv:2: higher_is_better 'maybe'"),
])
def test_broken_kpi_files_are_named_by_line(tmp_path: Path, content: str, expected: str) -> None:
    assert expected in error_of(write(tmp_path, "k.csv", content))


def test_kind_can_be_forced_and_must_fit_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", "metric,value,date,comment\nnps,40,2026-10-05,hello\n")
    assert load(path).kind == "kpis"
    assert load(path, "comments").kind == "comments"
    assert "--kind map needs a .yaml" in error_of(path, "map")


@pytest.mark.skipif(not TELECOM.exists(), reason="../shared/datasets is not beside the project")
def test_real_exports_load_as_they_are_through_mapping() -> None:
    telecom = load(TELECOM, "comments", date_format="%d/%m/%Y %H:%M",
                   columns={"comment": "text", "date": "CUSTOMER_RESPONSE_DATE", "touchpoint": "SURVEY_SUB_TYPE",
                            "score": "NPS_SCORE"})
    assert len(telecom.comments) == 2385 and telecom.duplicates == 0
    assert sum(1 for c in telecom.comments if c.score is None) == 32
    assert {c.score_type for c in telecom.comments if c.score is not None} == {"nps"}
    airline = load(AIRLINE, "comments", date_format="%m/%d/%Y %H:%M",
                   columns={"comment": "text", "date": "tweet_created"})
    assert len(airline.comments) == 14604 and airline.duplicates == 36
    assert airline.comments[0].date.year == 2015
