"""Readings on bases other than the sample (bench/eval/payroll, tickets, marketplace, water and charity, written
blind): words several places share naming the journey, a name's generic word kept out of the topic, "the whole
N weeks" and "the whole quarter", someone else's figure, a team's size, a rating no KPI records, typos of cue
words, "looking like", "fix one thing first" and "after" as a time clause."""

from __future__ import annotations

from journeys.answers.understand import understand
from tests.conftest import ROOT, base_fixture

EVAL = ROOT / "bench" / "eval"
payroll = base_fixture(EVAL / "payroll" / "knowledge", "payroll")
tickets = base_fixture(EVAL / "tickets" / "knowledge", "tickets")
marketplace = base_fixture(EVAL / "marketplace" / "knowledge", "marketplace")
water = base_fixture(EVAL / "water" / "knowledge", "water")
charity = base_fixture(EVAL / "charity" / "knowledge", "charity")


def test_words_several_places_share_name_the_journey_whose_name_holds_them(payroll) -> None:
    vocab, anchor = payroll.answerer._knowledge()
    u = understand("main themes in pay run feedback this qtr?", vocab, anchor)
    # Pay run reminder email, Pay run preparation, Trial pay run and First pay run all spell "pay run"
    assert u.journey is not None and u.journey.id == "monthly-pay-run"
    assert u.touchpoint is None and u.stage is None
    u = understand("pay run reminder open rate", vocab, anchor)  # one place spelt further: that place
    assert u.touchpoint is not None and u.touchpoint.name == "Pay run reminder email"


def test_a_generic_word_of_a_name_typed_is_no_topic(tickets) -> None:
    vocab, anchor = tickets.answerer._knowledge()
    u = understand("top themes in event day feedback?", vocab, anchor)
    assert u.journey is not None and u.journey.name == "Event day and after" and "day" not in u.topic
    answer = tickets.answer("top themes in event day feedback?")
    assert answer.answer.startswith("What customers say: the main themes in the 180 comments at Event day and after")


def test_the_whole_n_weeks_and_the_whole_quarter_are_windows(payroll, marketplace) -> None:
    answer = payroll.answer("payslip app adoption - change over the whole 12 wks?")
    assert "Across the last 12 weeks" in answer.answer and "up 15.8 points" in answer.answer
    answer = marketplace.answer("dispute resolution time change over the whole quarter?")
    assert "Since the first snapshot" in answer.answer
    assert "from 4.1 days [3] to 7.7 days [1], up 3.6 days" in answer.answer


def test_someone_elses_figure_is_declined_though_the_maps_mention_them(payroll) -> None:
    answer = payroll.answer("whats xero's onboarding nps?")  # the onboarding map imports from Xero
    assert answer.abstained and answer.answer.startswith("The knowledge base holds no NPS of “xero”")
    assert not payroll.answer("whats this week's nps").abstained


def test_a_teams_size_is_declined_without_a_verb(payroll) -> None:
    answer = payroll.answer("how many ppl in the support team rn")
    assert answer.abstained and "does not cover team sizes" in answer.answer


def test_a_rating_no_kpi_records_is_declined(marketplace) -> None:
    answer = marketplace.answer("app store rating this month?")
    assert answer.abstained and answer.answer.startswith("No KPI called “store rating” is recorded")


def test_a_typo_of_a_cue_word_reads_as_the_word(payroll) -> None:
    vocab, anchor = payroll.answerer._knowledge()
    u = understand("what do custmers actually like abt us", vocab, anchor)
    assert "praise" in u.intents and not u.topic
    assert not payroll.answer("what do custmers actually like abt us").abstained


def test_looking_like_asks_how_a_kpi_is_and_a_journey_side_of_a_comparison(marketplace) -> None:
    answer = marketplace.answer("whats on time delivery looking like rn")
    assert answer.answer.startswith("**On time delivery rate** at Delivery was **90.8%**")
    answer = marketplace.answer("nps buy journey vs sell journey, latest wk")
    assert "NPS at **Buy an item**: **42.1**" in answer.answer and "NPS at **Sell an item**: **30.4**" in answer.answer


def test_fixing_one_thing_first_asks_what_to_fix_first(tickets) -> None:
    vocab, anchor = tickets.answerer._knowledge()
    u = understand("if we fix one thing in the buying flow first what shld it be", vocab, anchor)
    assert "priority" in u.intents and "sequence" not in u.intents  # "flow" says where, no order is asked
    assert tickets.answer("if we fix one thing in the buying flow first what shld it be").answer.startswith(
        "What to fix first:")


def test_after_beside_another_ask_says_when_not_what_comes_next(water) -> None:
    answer = water.answer("whats annoying ppl about their first bill after moving in?")
    assert answer.answer.startswith("Pain points the journey map records at **First bill**")
    vocab, anchor = water.answerer._knowledge()
    assert "sequence" in understand("what comes after the first bill", vocab, anchor).intents


def test_a_long_cue_word_two_letters_off_reads_as_the_word(charity) -> None:
    vocab, anchor = charity.answerer._knowledge()
    u = understand("reccuring themes in the regular giving comments?", vocab, anchor)
    assert "comments" in u.intents and not u.topic
    answer = charity.answer("reccuring themes in the regular giving comments?")
    assert answer.answer.startswith("What customers say: the main themes in the 150 comments at Regular monthly giving")


def test_the_words_before_stage_name_the_place_called_so(payroll) -> None:
    vocab, anchor = payroll.answerer._knowledge()
    u = understand("whats going wrong at the rti stage when the pay run closes", vocab, anchor)
    assert u.touchpoint is not None and u.touchpoint.name == "RTI FPS submission"
