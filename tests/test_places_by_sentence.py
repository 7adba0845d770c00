"""Issue 7, places described, not named: a question that describes a place by one of its sentences (a
touchpoint's description or pain point, a stage's goal) links that place, on a base other than the sample
(the water utility of tests/data/water); a weak link does not narrow the answer; the sentences are embedded
once per store change, not per question. And the base's own product, named, stands for the whole product."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator

import pytest

from journeys.place_facets import PlaceFacets
from tests.conftest import ROOT, ingested

WATER = ROOT / "tests" / "data" / "water"


@pytest.fixture(scope="module")
def water(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    yield from ingested(WATER, tmp_path_factory, embedder)


def test_an_owner_asked_of_a_touchpoint_described_by_what_it_does(water) -> None:
    # Described by its description only ("A web page with a map to pin where the water is escaping")
    answer = water.answer("who looks after the thing where you drop a pin on a map to show where the water's "
                          "coming out?")
    assert "Leak report web page" in answer.answer and "Customer service" in answer.answer
    assert answer.sources and answer.sources[0].id == "leak-repair/report/leak-report-web-page"


def test_a_problem_described_in_other_words_finds_the_touchpoint_that_records_it(water) -> None:
    # The pain point "Upload fails for large PDF plans", in other words
    answer = water.answer("whats going wrong when big pdf drawings wont go up")
    assert "Online application form" in answer.answer and "Upload fails for large PDF plans" in answer.answer


def test_a_comment_question_on_a_stages_pain_point_in_other_words_is_read_at_that_stage(water) -> None:
    # "Refunds take up to eight weeks to arrive", a pain point of the stage Site survey; no comment says so
    answer = water.answer("what are people saying about refunds taking weeks to arrive")
    assert not answer.abstained
    assert "Reading this as the **Site survey** stage" in answer.answer


def test_a_loose_resemblance_does_not_narrow_the_answer_to_a_place(water) -> None:
    # "pipe work" lies nearest the surveyor's "marks the pipe route", but not clearly enough to stand for it
    answer = water.answer("who's in charge of the letter telling people how much the pipe work will cost")
    assert "Surveyor visit" not in answer.answer


class _Counting:
    """The real embedder, counting the texts it is asked to embed."""

    def __init__(self, embedder) -> None:  # type: ignore[no-untyped-def]
        self.embedder, self.texts = embedder, 0

    def encode(self, texts):  # type: ignore[no-untyped-def]
        self.texts += len(texts)
        return self.embedder.encode(texts)


def test_sentences_are_embedded_once_not_per_question_or_reload(water, embedder) -> None:
    counting = _Counting(embedder)
    facets = PlaceFacets(counting)
    with water.db.session() as session:
        facets.load(session)
    assert counting.texts == 0  # nothing embedded until a question needs it
    vector = embedder.encode_query("big pdf drawings will not upload")
    first = facets.nearest(vector)
    embedded = counting.texts
    assert embedded > 0 and first[0].place == "touchpoint:new-supply/application/online-application-form"
    facets.nearest(embedder.encode_query("a pin on a map"))
    with water.db.session() as session:
        facets.load(session)  # the store changed (here: the same sentences read again)
    assert facets.nearest(vector) == first
    assert counting.texts == embedded


def test_the_sentences_vectors_kept_beside_the_store_serve_a_new_process(water, core, embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    keep = tmp_path / "place-sentences.npz"
    vector = embedder.encode_query("big pdf drawings will not upload")
    first_counting = _Counting(embedder)
    first = PlaceFacets(first_counting, keep)
    with water.db.session() as session:
        first.load(session)
    found = first.nearest(vector)
    assert first_counting.texts > 0 and keep.is_file()
    counting = _Counting(embedder)
    later = PlaceFacets(counting, keep)  # as a cold `journey ask` or a restarted bot would build it
    with water.db.session() as session:
        later.load(session)
    assert later.nearest(vector) == found
    assert counting.texts == 0  # read from the file, nothing embedded
    other = _Counting(embedder)
    other.model_name = "another-model"  # another model's vectors are never read as this one's
    elsewhere = PlaceFacets(other, keep)
    with water.db.session() as session:
        elsewhere.load(session)
    elsewhere.nearest(vector)
    assert other.texts == first_counting.texts
    with core.db.session() as session:  # a store whose places are gone (here: an empty one)
        later.load(session)
    assert later.nearest(vector) == [] and not keep.exists()  # nothing kept of places no longer there


# --- the base's own product name asks about the whole product --------------------------------------------

@pytest.fixture(scope="module")
def branded(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    """The water base, its journeys told as a utility's own product ("Aquaflow"), as a base's maps do."""
    folder = tmp_path_factory.mktemp("branded")
    shutil.copytree(WATER, folder, dirs_exist_ok=True)
    path = folder / "maps" / "journeys.json"
    data = json.loads(path.read_text())
    for journey in data["journeys"]:
        journey["persona"] = "Household customer of Aquaflow"
        journey["description"] = f"{journey.get('description', '')} Run by Aquaflow."
    path.write_text(json.dumps(data))
    yield from ingested(folder, tmp_path_factory, embedder)


def test_praise_of_the_product_by_its_name_is_praise_of_everything(branded) -> None:
    assert "aquaflow" in branded.answerer._knowledge()[0].house
    answer = branded.answer("what do customers love about aquaflow")
    assert "positive comments" in answer.answer, answer.answer
    assert "hold" not in answer.answer.lower()  # the complaints about hold times are no praise
