"""How a question's words are read, on a base other than the sample (tests/data/water): stems that collide,
topic words masked by stem, feelings about a named place, and a guessed stage that bounds nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from journeys.answers.understand import understand
from journeys.answers.vocabulary import Vocabulary
from journeys.voice.kinds import masked
from tests.conftest import ROOT, ingested

WATER = ROOT / "tests" / "data" / "water"


@pytest.fixture(scope="module")
def water(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    yield from ingested(WATER, tmp_path_factory, embedder)


def test_a_topic_stem_masks_the_word_it_was_made_from() -> None:
    assert masked("what are customers happy with?", ["happi"]) == "what are customers it with?"
    assert masked("who keeps chasing us", ["chase"]) == "who keeps it us"
    assert masked("late flights again", ["late"]) == "it flights again"


def test_a_word_that_only_stems_like_a_people_noun_is_a_subject(water) -> None:
    vocab, anchor = water.answerer._knowledge()
    assert "custom" in understand("any delays at customs?", vocab, anchor).topic
    assert "custom" not in understand("what do customers say about delays?", vocab, anchor).topic
    assert isinstance(vocab, Vocabulary)


def test_how_people_feel_about_a_named_place_is_its_comments_beside_the_maps_rating(water) -> None:
    answer = water.answer("how do people feel about the site survey?")
    assert "rates **Site survey** at -1" in answer.answer
    assert "Surveyor" in answer.answer  # its comments, not every stage's emotion
    assert "Connection day" not in answer.answer


def test_happy_with_asks_for_praise(water) -> None:
    answer = water.answer("what are customers happy with?")
    assert "positive comments" in answer.answer and not answer.abstained
