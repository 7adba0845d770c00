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


def test_new_before_a_word_for_people_says_who_not_what_is_new(water) -> None:
    vocab, anchor = water.answerer._knowledge()
    assert "emerging" not in understand("what do new customers say about the form?", vocab, anchor).intents
    assert "emerging" in understand("any new complaints from customers?", vocab, anchor).intents


def test_a_clause_that_describes_a_place_asks_nothing(water) -> None:
    vocab, anchor = water.answerer._knowledge()
    u = understand("the bit where people get a text after the survey - hows it landing?", vocab, anchor)
    assert u.place_clause() == "bit people get a text after the survey"
    assert "sequence" not in u.intents  # "after" describes the place here
    assert understand("what comes after the site survey?", vocab, anchor).place_clause() == ""


FITNESS = ROOT / "bench" / "eval" / "fitness" / "knowledge"


@pytest.fixture(scope="module")
def fitness(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    yield from ingested(FITNESS, tmp_path_factory, embedder)


def test_a_place_described_in_a_clause_is_found_across_journeys(fitness) -> None:
    # the words lean to a stage of the other journey ("machines"); the clause plainly describes an induction
    answer = fitness.answer("the bit where a coach shows new ppl round the machines on day one - hows it going")
    assert answer.answer.startswith("_Reading this as **Induction session with a coach**")
    assert not answer.abstained


def test_the_touchpoints_on_a_channel_with_their_owners(water) -> None:
    answer = water.answer("which touchpoints go out by sms?")
    assert answer.answer.startswith("2 touchpoints on the sms channel, owned by ")
    assert "Field operations" in answer.answer.split("\n")[0] and "Customer service" in answer.answer.split("\n")[0]
    assert "Appointment text" in answer.answer and "Completion text" in answer.answer
    assert "Leak hotline" not in answer.answer


def test_a_channel_named_before_touchpoints_is_no_missing_touchpoint(water) -> None:
    answer = water.answer("how are the phone touchpoints doing?")
    assert not answer.abstained and answer.answer.startswith("1 touchpoint on the phone channel")


def test_the_worst_touchpoint_by_nothing_named_is_where_the_critical_comments_are(water) -> None:
    answer = water.answer("whats our worst touchpoint")
    assert answer.answer.startswith("Touchpoints by critical survey comments")
    assert "1. **Leak hotline (Report)**: 12 of 12 comments critical" in answer.answer


def test_one_week_is_said_as_a_week(water) -> None:
    assert "the last 1 weeks" not in water.answer("what changed this week").answer
