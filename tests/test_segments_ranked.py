"""Segments on bases other than the sample (bench/eval/council, fooddelivery and streaming, written blind): one
segment against everyone else, every segment ranked when the question asks which segment, the score type the
place's own surveys use, and "the X journey" by the journey whose name starts with X."""

from __future__ import annotations

from journeys.answers.understand import understand
from tests.conftest import ROOT, base_fixture

council = base_fixture(ROOT / "bench" / "eval" / "council" / "knowledge", "council")
fooddelivery = base_fixture(ROOT / "bench" / "eval" / "fooddelivery" / "knowledge", "fooddelivery")
streaming = base_fixture(ROOT / "bench" / "eval" / "streaming" / "knowledge", "streaming")


def test_one_segment_against_everyone_else_gets_both_scores(council) -> None:
    answer = council.answer("are over 65s having a worse time registering/paying for garden waste than everyone "
                            "else? csat pls")
    assert not answer.abstained  # "everyone" is the other side, no subject the base lacks
    assert "CSAT by customer segment at **Register and pay**" in answer.answer
    # "65s" is the segment "over 65"
    assert "**over 65**: **0% satisfied, mean 1.94 of 5** from 18 survey scores" in answer.answer
    assert "**Everyone else**: **23.1% satisfied, mean 2.40 of 5** from 52 survey scores" in answer.answer
    assert any(s.id == "csat:garden-waste/register-and-pay:segment!=over 65" for s in answer.sources)


def test_a_segment_read_by_meaning_against_the_rest(streaming) -> None:
    answer = streaming.answer("csat for basic w ads customers at cancellation vs everyone else?")
    assert "**Basic with ads**: **0% satisfied, mean 1.53 of 5** from 17 survey scores" in answer.answer
    assert "**Everyone else**: **32% satisfied, mean 2.96 of 5** from 25 survey scores" in answer.answer


def test_a_short_word_only_one_segment_has_names_it_as_a_side(streaming) -> None:
    answer = streaming.answer("r ads-plan ppl having a worse time cancelling than premium annual?")
    assert "**Basic with ads**: **0% satisfied" in answer.answer
    assert "**Premium annual**: **20% satisfied" in answer.answer


def test_which_segment_is_least_happy_ranks_them_by_the_places_own_score(fooddelivery) -> None:
    # the base tracks a CSAT KPI, but Basket and checkout's surveys give NPS: its segments are ranked by NPS
    answer = fooddelivery.answer("which customer segment is least happy at basket & checkout")
    lines = [line for line in answer.answer.splitlines() if line.startswith("- **")]
    assert answer.answer.startswith("NPS by customer segment at **Basket and checkout**")
    assert lines[0].startswith("- **Plus member**: **-80** from 25 survey scores")
    assert len(lines) == 4 and "Lowest: **Plus member** (-80)" in answer.answer


def test_the_x_journey_is_the_journey_whose_name_starts_with_x(fooddelivery) -> None:
    vocab, anchor = fooddelivery.answerer._knowledge()
    u = understand("which touchpoint has the best nps in the order journey", vocab, anchor)
    assert u.journey is not None and u.journey.id == "order-to-door"  # not After-order help
    answer = fooddelivery.answer("which touchpoint gets the most negative comments in the order journey")
    assert answer.answer.startswith("Touchpoints by critical survey comments")
    assert "1. **Basket fee breakdown (Basket and checkout)**: 36 of 49 comments critical" in answer.answer


def test_a_hyphenated_cue_word_before_touchpoint_is_no_missing_name(fooddelivery) -> None:
    answer = fooddelivery.answer("top complained-about touchpoint in after order help?")
    assert not answer.abstained
    assert "1. **Refund to card (Refunds and credits)**: 25 of 32 comments critical" in answer.answer
