"""Readings on bases other than the sample (bench/eval/council, furniture, streaming and fooddelivery, written
blind): words of a name typed are no cue, an opening request verb names no place, subjects the base never
mentions are declined by name, and windows that start at a week."""

from __future__ import annotations

from datetime import date

from journeys.answers.periods import parse_period
from journeys.answers.understand import understand
from tests.conftest import ROOT, base_fixture

council = base_fixture(ROOT / "bench" / "eval" / "council" / "knowledge", "council")
furniture = base_fixture(ROOT / "bench" / "eval" / "furniture" / "knowledge", "furniture")
streaming = base_fixture(ROOT / "bench" / "eval" / "streaming" / "knowledge", "streaming")
fooddelivery = base_fixture(ROOT / "bench" / "eval" / "fooddelivery" / "knowledge", "fooddelivery")


def test_a_sequence_word_inside_a_typed_name_asks_for_no_order_of_stages(furniture) -> None:
    answer = furniture.answer("list the touchpoints for showroom after sales")
    assert answer.answer.startswith("The **After-sales care** stage has 3 touchpoints")
    answer = furniture.answer("top priority for showroom after-sales?")
    assert answer.answer.startswith("What to fix first") and "1. **Damaged item replacement**" in answer.answer
    answer = furniture.answer("what comes after delivery & installation in the showroom journey?")
    assert "After-sales care" in answer.answer  # an explicit ask for what comes next still is one


def test_an_opening_request_verb_names_no_place(council) -> None:
    vocab, anchor = council.answerer._knowledge()
    u = understand("list the touchpoints on bulky collection day", vocab, anchor)
    assert u.touchpoint is None and u.stage is not None  # not the touchpoint Bulky items list page
    assert u.stage.name == "Collection day"


def test_a_place_word_whose_synonym_is_a_metric_asks_for_no_figure_when_none_is_asked(streaming) -> None:
    answer = streaming.answer("what are the known issues in the cancellation stage")
    assert answer.answer.startswith("Pain points the journey map records in the **Cancellation** stage")
    vocab, anchor = streaming.answerer._knowledge()
    assert "churn_rate" in understand("churn rate at the cancellation stage?", vocab, anchor).metrics


def test_a_kpi_of_a_kind_the_base_never_records_is_declined_not_its_namesake(fooddelivery) -> None:
    answer = fooddelivery.answer("avg order value this week?")
    assert answer.abstained and answer.answer.startswith("No KPI called “order value”")
    assert not fooddelivery.answer("order conversion rate this week").abstained


def test_subjects_the_base_never_mentions_are_declined_by_name(council) -> None:
    answer = council.answer("agency staff sickness absence in the contact centre?")
    assert answer.abstained and "does not cover “agency staff sickness absence”" in answer.answer
    answer = council.answer("what does biffa charge for bulky collections vs us")
    assert answer.abstained and "does not cover “biffa”" in answer.answer
    answer = council.answer("how many crew staff do we have on the bulky team")
    assert answer.abstained and "team sizes" in answer.answer
    assert not council.answer("what do people say about the bulky waste crew").abstained


def test_a_window_from_a_week_runs_to_the_latest() -> None:
    anchor = date(2026, 11, 29)
    for question, start in (("refund processing time change since the week of 7 sept?", date(2026, 9, 7)),
                            ("garden waste csat drop from w/c 14 sep to now?", date(2026, 9, 14)),
                            ("how much faster is tv sign in vs start of sept", date(2026, 9, 1))):
        period = parse_period(question, anchor)
        assert period is not None and (period.start, period.end) == (start, anchor), question
    period = parse_period("nps from 5 oct until 2 nov", anchor)
    assert period is not None and (period.start, period.end) == (date(2026, 10, 5), date(2026, 11, 2))


def test_praise_across_a_journey_says_first_where_most_of_it_is(furniture, fooddelivery) -> None:
    answer = furniture.answer("what do customers love most in the online journey")
    assert "Most of the positive comments are at **Assembly service** [1] (14)" in answer.answer
    assert answer.sources[0].id == "online-order/assembly-aftercare/assembly-service"
    answer = fooddelivery.answer("any positive feedback in after-order help? what's working")
    assert "the main themes in the 48 positive comments at After-order help" in answer.answer  # all, not "working"
    assert "Most of the positive comments are at **Agent live chat** [1] (13)" in answer.answer
