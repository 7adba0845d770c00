"""Customer segments set side by side, on bases other than the sample (bench/eval/water and payroll, written
blind): each segment's score from its own survey scores, at the place or in the journey named; a segment named
by a word only its name has; "the X journey" named by part of its name; a ranking over every segment."""

from __future__ import annotations

from journeys.answers.understand import understand
from tests.conftest import ROOT, base_fixture

water = base_fixture(ROOT / "bench" / "eval" / "water" / "knowledge", "water")
payroll = base_fixture(ROOT / "bench" / "eval" / "payroll" / "knowledge", "payroll")


def test_two_segments_get_each_their_own_score_at_the_stage_named(water) -> None:
    answer = water.answer("renters vs homeowners nps at the moving in stage?")
    assert "NPS by customer segment at **Moving in**" in answer.answer
    assert "**Renter**: **-42.1** from 19 survey scores" in answer.answer
    assert "**Homeowner**: **+30.4** from 23 survey scores" in answer.answer
    assert "Lowest: **Renter** (-42.1), 72.5 points below Homeowner (+30.4)." in answer.answer
    assert any(s.id == "nps:moving-home-and-billing/moving-in:segment=Renter" for s in answer.sources)


def test_which_segment_is_least_happy_ranks_every_segment_lowest_first(water) -> None:
    answer = water.answer("which customer type is least happy w supply problems overall - household, business or psr?")
    lines = [line for line in answer.answer.splitlines() if line.startswith("- **")]
    assert lines[0].startswith("- **Household**: **-27.9**")  # ranked: the lowest first
    assert len(lines) == 3 and any("Priority services" in line for line in lines)  # "psr" is the third segment
    assert answer.sources[0].id == "supply-problems"


def test_a_segment_named_by_a_word_only_it_has_and_the_journey_by_part_of_its_name(payroll) -> None:
    vocab, anchor = payroll.answerer._knowledge()
    u = understand("nps micro vs bureau customers on the pay run journey?", vocab, anchor)
    assert u.segments == ("Micro (1-9 staff)", "Accountant / bureau")
    assert u.journey is not None and u.journey.id == "monthly-pay-run" and u.journey_named
    assert u.touchpoint is None and u.stage is None  # "pay run" spells the journey, not Pay run reminder email
    assert u.owner is None  # the "run" of "pay run" and the "customers" ask for no team
    answer = payroll.answer("nps micro vs bureau customers on the pay run journey?")
    assert "**Micro (1-9 staff)**: **+14.8**" in answer.answer and "**Accountant / bureau**: **-73.9**" in answer.answer


def test_one_segment_still_reads_as_before(water) -> None:
    vocab, anchor = water.answerer._knowledge()
    u = understand("nps for renters at moving in", vocab, anchor)
    assert u.segment == "Renter" and u.segments == ()


def test_a_segment_named_by_meaning_says_which_segment_it_read(water) -> None:
    answer = water.answer("what are house owners complaining about")
    assert answer.answer.startswith("_Reading “house owners” as the **Homeowner** segment._")
    assert "What the Homeowner segment says" in answer.answer
    # a group in words the base never uses is a group it does not have: declined, not its nearest segment
    answer = water.answer("what do private tenants complain about")
    assert answer.abstained and "nothing in it mentions “private”" in answer.answer


def test_a_ranking_over_more_segments_than_shown_names_the_rest(water, monkeypatch) -> None:
    import journeys.answers.compose_segments as segments

    monkeypatch.setattr(segments, "SEGMENTS_SHOWN", 2)
    answer = water.answer("which customer type is least happy w supply problems overall - household, business or psr?")
    assert "…and 1 more: Business (-9.1, n=33)." in answer.answer
