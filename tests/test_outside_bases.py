"""The seven failure classes of issue 7, on knowledge bases other than the sample: a water utility written for
these tests (tests/data/water) and the B2B base (tests/data/b2b)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT, ingested

WATER = ROOT / "tests" / "data" / "water"


@pytest.fixture(scope="module")
def water(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    yield from ingested(WATER, tmp_path_factory, embedder)


# --- 1. say what is not there, instead of answering a neighbouring question ---------------------------------

def test_a_journey_the_base_lacks_is_named_with_what_it_holds(water) -> None:
    answer = water.answer("what's the NPS of the sewer flooding journey?")
    assert answer.abstained and not answer.sources
    assert "sewer flooding" in answer.answer
    assert "Leak repair" in answer.answer and "New supply connection" in answer.answer


@pytest.mark.parametrize("question", ["what is Thames Water's nps?", "what will nps be next year?",
                                      "what are next year's targets?", "what is the company's share price?",
                                      "how much revenue did leak repair make?"])
def test_competitors_future_and_finance_are_declined(water, question: str) -> None:
    answer = water.answer(question)
    assert answer.abstained, answer.answer
    assert not re.search(r"\*\*-?\d", answer.answer)  # no figure about something else


@pytest.mark.parametrize("question", ["?", "🙂", "'; DROP TABLE comments; --", "..."])
def test_input_with_no_content_gets_how_to_ask(water, question: str) -> None:
    answer = water.answer(question)
    assert answer.abstained and not answer.sources
    assert "for example" in answer.answer


def test_a_comment_with_no_words_is_never_cited(water) -> None:
    for question in ("what do customers say about the leak hotline?", "what do people say?",
                     "pain points when reporting a leak"):
        assert all(re.search(r"[a-z]{2}", s.text, re.I) for s in water.answer(question).sources)


# --- 2. places by meaning as well as spelling ------------------------------------------------------------

def test_a_place_described_not_named_is_found(water) -> None:
    answer = water.answer("who runs the reminder message people get the day before a visit?")
    assert "Appointment text" in answer.answer and "Field operations" in answer.answer


def test_a_team_named_loosely_lists_what_it_owns(water) -> None:
    answer = water.answer("which touchpoints does customer service own?")
    listed = set(re.findall(r"\*\*([^*]+)\*\*", answer.answer))
    assert {"Leak hotline", "Leak report web page", "Callback request", "Completion text"} <= listed
    assert not listed & {"Surveyor visit", "Meter fitting", "Online application form"}


# --- 3. windows and "now" -------------------------------------------------------------------------------

def test_now_is_the_latest_snapshot(water) -> None:
    answer = water.answer("hold time atm?")
    assert "9.5 min" in answer.answer and "2026-10-19" in answer.answer
    assert "off target, 1.5 min over" in answer.answer  # how far from target, in the metric's direction


def test_since_a_month_runs_to_the_latest(water) -> None:
    answer = water.answer("how has repair within 24h rate moved since september?")
    assert answer.filters["period"].startswith("2026-09-01..2026-10-")
    assert "88%" in answer.answer  # the latest snapshot is inside the window


def test_the_last_n_weeks_are_n_snapshots(water) -> None:
    answer = water.answer("survey completion rate over the last 3 weeks")
    assert "3 snapshots" in answer.answer and "62%" in answer.answer and "60%" in answer.answer


def test_last_month_is_the_calendar_month_and_its_previous_the_month_before(water) -> None:
    answer = water.answer("what was the nps for the surveyor visit from the survey scores last month?")
    assert answer.filters["period"] == "2026-09-01..2026-09-30"
    assert "August 2026" in answer.answer or "no survey" in answer.answer.lower() or "2026-08-01" in answer.answer


# --- 4. the same metric in two journeys -------------------------------------------------------------------

def test_the_journey_named_picks_the_metric_series(water) -> None:
    leak = water.answer("what's the nps for leak repair?")
    assert "**-30**" in leak.answer and "**22**" not in leak.answer
    supply = water.answer("nps in the new supply connection journey")
    assert "**22**" in supply.answer and "**-30**" not in supply.answer


# --- 5. kinds that had no composer -----------------------------------------------------------------------

def test_a_touchpoints_owner(water) -> None:
    assert "**Field operations** owns **Meter fitting**" in water.answer("who owns meter fitting?").answer


def test_a_stages_goal(water) -> None:
    answer = water.answer("what is the site survey stage for?")
    assert "Confirm where the pipe can run before any digging" in answer.answer


def test_a_comparison_of_two_metrics(water) -> None:
    answer = water.answer("compare hold time minutes and repair within 24h rate")
    assert "9.5 min" in answer.answer and "88%" in answer.answer


def test_a_ranking_by_pain_points(water) -> None:
    answer = water.answer("which stage has the most pain points?")
    first = re.search(r"1\. \*\*([^*]+)\*\*", answer.answer)
    assert first and first.group(1) == "Site survey"


def test_nps_from_scores_at_a_named_touchpoint_not_the_journey_kpi(water) -> None:
    answer = water.answer("nps of the surveyor visit touchpoint")
    assert "computed from" in answer.answer and "n=10" in answer.answer
    assert answer.sources[0].kind == "touchpoint"


def test_a_segments_complaints(water) -> None:
    answer = water.answer("what do landlords complain about?")
    assert "Landlord segment" in answer.answer


# --- 6. lists never end silently --------------------------------------------------------------------------

def test_what_goes_wrong_with_no_word_of_time_is_a_pain_question(water) -> None:
    answer = water.answer("whats going wrong with leak repairs")  # by meaning near "what started recently"
    assert "No new issue" not in answer.answer and "Pain points" in answer.answer, answer.answer


def test_a_long_pain_point_list_names_the_rest(water) -> None:
    answer = water.answer("pain points in the site survey stage")
    assert "Refunds take up to eight weeks to arrive" in answer.answer  # the 14th
    assert "Survey slots are only on weekdays" in answer.answer  # the 15th, named in "and 1 more"
    assert "…and" in answer.answer and "more" in answer.answer


# --- 7. wording -------------------------------------------------------------------------------------------

def test_a_decline_shows_the_words_typed_not_their_stems(water) -> None:
    answer = water.answer("what do investors worry about regarding dividends?")
    assert answer.abstained
    assert "worri" not in answer.answer and "dividends" in answer.answer.lower()


def test_a_long_question_is_not_echoed_whole(water) -> None:
    question = "tell me about the weather on mars " * 150
    answer = water.answer(question)
    assert len(answer.answer) < 600


def test_a_decline_names_what_the_store_holds(b2b_only_comments) -> None:
    answer = b2b_only_comments.answer("what is the capital of Peru?")
    assert answer.abstained and "survey comment" in answer.answer
    assert "journey map" not in answer.answer and "KPI" not in answer.answer


@pytest.fixture(scope="module")
def b2b_only_comments(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    yield from ingested(ROOT / "tests" / "data" / "b2b" / "comments", tmp_path_factory, embedder)
