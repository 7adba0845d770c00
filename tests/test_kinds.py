"""Question kinds and windows of issue 7 (classes 3 and 5) on the water utility base (tests/data/water), not
the sample: figures over a window, baselines, comparisons side by side, rankings, goals, segments."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from journeys.answers.periods import is_time_word, parse_period
from journeys.answers.sides import comparison_sides
from tests.conftest import ROOT, ingested

WATER = ROOT / "tests" / "data" / "water"


@pytest.fixture(scope="module")
def water(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    yield from ingested(WATER, tmp_path_factory, embedder)


# --- windows --------------------------------------------------------------------------------------------------

def test_a_change_on_last_week_runs_from_last_week_to_the_latest() -> None:
    anchor = date(2026, 10, 21)
    for question in ("conversion - change on last week?", "nps vs last week", "csat compared to last week"):
        period = parse_period(question, anchor)
        assert period is not None and period.start == date(2026, 10, 12) and period.end == anchor, question


def test_in_the_last_month_is_the_rolling_month_and_last_month_the_calendar_one() -> None:
    anchor = date(2026, 11, 28)
    for question in ("any new issues in the last month?", "nps over the past month", "csat the past month"):
        period = parse_period(question, anchor)
        assert period is not None and (period.start, period.end) == (date(2026, 10, 30), anchor), question
    calendar = parse_period("what was nps last month", anchor)
    assert calendar is not None and (calendar.start, calendar.end) == (date(2026, 10, 1), date(2026, 10, 31))


def test_time_words_are_never_a_missing_subject(water) -> None:
    for question in ("hold time at the moment?", "how has hold time moved since the first week of aug?"):
        answer = water.answer(question)
        assert not answer.abstained, answer.answer
        assert "9.5 min" in answer.answer
    assert is_time_word("jan") and is_time_word("moment") and not is_time_word("hotline")


def test_the_worst_value_in_a_window_follows_the_metrics_direction(water) -> None:
    answer = water.answer("worst hold time in the last 4 weeks?")  # lower is better: the worst is the highest
    assert re.search(r"The worst Hold time minutes across the last 4 weeks .* was \*\*12 min\*\*, in the week of "
                     r"2026-09-28", answer.answer)


def test_the_lowest_value_in_a_window_is_the_lowest_whatever_the_direction(water) -> None:
    answer = water.answer("lowest nps for new supply connection in october?")  # higher is better: 19, not 22
    assert re.search(r"The lowest NPS across October 2026 was \*\*19\*\*, in the week of 2026-10-05", answer.answer)


def test_last_month_averages_the_calendar_month_and_gives_this_month_so_far(water) -> None:
    answer = water.answer("avg survey completion last month")
    assert answer.filters["period"] == "2026-09-01..2026-09-30"
    assert "across September 2026 was **64.5%**, from 4 weekly snapshots" in answer.answer
    assert "October 2026 so far (to the latest data) was **61%**, from 3 weekly snapshots" in answer.answer


# --- comparisons ----------------------------------------------------------------------------------------------

def test_the_sides_of_a_comparison_are_read_from_its_grammar() -> None:
    assert comparison_sides("eligibility checker vs the zone map - which one is rated better?") == [
        "eligibility checker", "zone map"]
    assert comparison_sides("compare the hotline and the crew visit on nps") == ["hotline", "crew visit"]
    assert comparison_sides("what is the nps?") == []


def test_places_shortened_on_each_side_are_compared_by_their_own_scores(water) -> None:
    answer = water.answer("nps: the hotline vs the crew visit, from the survey?")
    assert "NPS at **Leak hotline**" in answer.answer and "NPS at **Repair crew visit**" in answer.answer
    assert "**-100** from 12 survey scores" in answer.answer and "**-33.3** from 6 survey scores" in answer.answer
    assert "Surveyor visit" not in answer.answer and "Survey completion" not in answer.answer


def test_two_metrics_in_other_units_are_judged_against_their_targets(water) -> None:
    answer = water.answer("hold time vs repair within 24h rate - which is in better shape?")
    assert "**9.5 min**" in answer.answer and "**88%**" in answer.answer
    assert "**Repair within 24h rate** is in better shape (on track" in answer.answer


# --- rankings and goals ---------------------------------------------------------------------------------------

def test_a_stage_named_like_a_metric_ranks_its_touchpoints_by_the_score_asked(water) -> None:
    answer = water.answer("rank the site survey touchpoints by nps")
    assert "NPS computed from survey scores" in answer.answer and "**Surveyor visit (Site survey)**: -60" in (
        answer.answer)
    assert "Survey completion rate" not in answer.answer


def test_a_goal_asked_as_what_we_are_trying_to_achieve(water) -> None:
    answer = water.answer("what are we trying to achieve at connection day?")
    assert "Lay the pipe and turn the water on in a single visit" in answer.answer


# --- segments -------------------------------------------------------------------------------------------------

def test_a_segments_complaints_are_set_against_everyone_elses(water) -> None:
    answer = water.answer("what do landlords complain about?")
    assert "Landlord segment" in answer.answer
    assert re.search(r"of the segment's \d+, against \d+% of other customers'", answer.answer)
    assert re.search(r"\*\* \(\d+ comments, (all|\d+) at [A-Z][^\[]+ \[\d+\]; ", answer.answer)  # where it happens
    assert {s.kind for s in answer.sources} <= {"comment", "touchpoint", "stage"}


def test_a_ranking_of_pain_points_gives_way_to_the_segment_named(water) -> None:
    answer = water.answer("landlords - biggest complaints?")
    assert "Landlord segment" in answer.answer and "pain points the journey maps record" not in answer.answer


# --- the same metric in two journeys, neither named outright ---------------------------------------------------

def test_a_name_that_repeats_a_word_is_not_matched_by_that_word_alone() -> None:
    from journeys.answers.spelling import name_strength
    from journeys.answers.vocabulary import stems

    name = ("permit", "deliveri", "digit", "permit")  # "Permit delivery / digital permit"
    assert name_strength(name, stems("permit csat atm"), stems("permit csat atm")) == 0.0


# "supply nps atm?" (one journey's own word) gives that journey's figure only:
# tests/test_declines_places.py::test_one_journeys_own_word_picks_its_series.


# --- rankings of KPIs against their targets, and directions read from the whole question -------------------------

def test_kpis_furthest_off_target_are_ranked_by_their_gap_as_a_share_of_the_target(water) -> None:
    answer = water.answer("which leak repair kpis are furthest off target?")
    assert answer.answer.startswith("KPIs off target in Leak repair, furthest first")
    lines = re.findall(r"^\d\. \*\*([^*]+)\*\*", answer.answer, re.M)
    assert lines[0] == "NPS" and "Hold time minutes at Leak hotline" in lines  # -30 vs 0 is past 100% off
    assert "On track: Repair within 24h rate at Repair." in answer.answer
    assert "Survey completion" not in answer.answer  # another journey's KPI


def test_a_ranking_direction_is_read_past_the_word_rank(water) -> None:
    from journeys.answers.asks import read_rank

    assert read_rank("rank the stages by nps, worst first", False, "nps").low
    assert not read_rank("rank the touchpoints by nps, best to worst", False, "nps").low


def test_a_segment_typed_in_shorthand_is_found() -> None:
    from journeys.answers.vocabulary import Vocabulary

    vocab = Vocabulary(segments=["year 1 customer", "Business"])
    assert vocab.match_segment("yr 1 customers renewal feedback?") == "year 1 customer"
    assert vocab.match_segment("what do biz customers say") == "Business"


def test_a_segments_score_is_computed_from_its_own_survey_scores(water) -> None:
    answer = water.answer("nps for landlords")
    assert "**NPS** from the Landlord segment was **-44.4**, computed from 18 survey scores" in answer.answer
    assert "segment=Landlord" in answer.sources[0].id


def test_a_derived_score_quotes_what_its_lowest_scorers_wrote(water) -> None:
    answer = water.answer("nps of the surveyor visit from the survey scores")
    assert "The lowest scores say: “" in answer.answer
    assert any(s.kind == "comment" for s in answer.sources)
