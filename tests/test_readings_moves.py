"""Readings on three bases written blind (bench/eval/cardealer, dental, cinema) and one more (langschool): KPIs
ranked by how they moved over a window ("biggest kpi drop since mid feb"), the middle of a month, "since the
start of the data", short forms made of consonants ("pts") and of an "x" ("px" for part exchange), "calc", "now"
for a KPI named in part, who looks after a KPI, the biggest risk, which week was worst, a stage's goal over its
scorecard, "scores worst", a journey named by a word of its id, two cue words of what is new; and declines of a
journey map for customers the base has none for, and of a price no KPI keeps."""

from __future__ import annotations

from datetime import date

from journeys.answers.periods import parse_period
from tests.conftest import ROOT, base_fixture, ranked_lines

cardealer = base_fixture(ROOT / "bench" / "eval" / "cardealer" / "knowledge", "cardealer")
dental = base_fixture(ROOT / "bench" / "eval" / "dental" / "knowledge", "dental")
cinema = base_fixture(ROOT / "bench" / "eval" / "cinema" / "knowledge", "cinema")
tickets = base_fixture(ROOT / "bench" / "eval" / "tickets" / "knowledge", "tickets")
langschool = base_fixture(ROOT / "bench" / "eval" / "langschool" / "knowledge", "langschool")


def test_kpis_are_ranked_by_how_they_moved_over_the_window(cardealer, langschool) -> None:
    answer = cardealer.answer("biggest kpi drop since mid feb?")
    assert answer.answer.startswith("KPIs that dropped most, since 2026-02-15")
    assert ranked_lines(answer.answer)[0].startswith(
        "1. **Part exchange acceptance rate at Valuation offer**: 62.7% (2026-02-16) [1] to 41.4% (2026-03-09) [2], "
        "down 21.3 points (worse)")
    # improved: in the metric's own good direction (a response time going down is better)
    answer = cardealer.answer("which sales kpi has improved most since jan")
    assert all(line.endswith("(better)") for line in ranked_lines(answer.answer))
    assert "Enquiry response time at Enquiry callback**: 58 min" in answer.answer
    # "% metric ... points": percent KPIs only, by points
    answer = langschool.answer("which % metric lost the most points since jan")
    assert "(in points)" in answer.answer.splitlines()[0]
    assert ranked_lines(answer.answer)[0].startswith("1. **Homework completion rate at Homework app**")
    assert "down 18.6 points" in ranked_lines(answer.answer)[0]


def test_the_middle_or_end_of_a_month_and_the_start_of_the_data() -> None:
    anchor = date(2026, 3, 15)
    assert parse_period("since mid feb", anchor).start == date(2026, 2, 15)  # type: ignore[union-attr]
    assert parse_period("since late feb", anchor).start == date(2026, 2, 22)  # type: ignore[union-attr]
    assert parse_period("since feb", anchor).start == date(2026, 2, 1)  # type: ignore[union-attr]
    assert parse_period("change in nps since start of the data", anchor).label == "since the first snapshot"  # type: ignore[union-attr]


def test_a_change_since_the_start_of_the_data_is_no_unknown_subject(dental) -> None:
    answer = dental.answer("change in emergency journey nps since start of the data")
    assert not answer.abstained
    assert "it went from 24 [3] to 8 [1], down 16 (worse)" in answer.answer


def test_a_word_of_consonants_is_a_short_form_of_a_base_word(dental) -> None:
    # "pts": patients; "new pts" are people, not something new
    answer = dental.answer("themes from registering - why do new pts struggle")
    assert not answer.abstained
    assert answer.answer.startswith("Pain points the journey map records in the **Registering as a patient** stage")
    answer = dental.answer("exempt pts - any specific issues?")
    assert not answer.abstained and "Exempt NHS patients are sometimes charged" in answer.answer


def test_calc_asks_for_a_calculation(dental) -> None:
    answer = dental.answer("calc nps for the appointment stage from the raw scores")
    assert answer.answer.startswith("**NPS** for The appointment [1] was **+12.8**, computed from 47 survey scores")


def test_px_is_part_exchange(cardealer) -> None:
    answer = cardealer.answer("whats the goal of the px valuation stage")
    assert answer.answer.startswith("The goal of the **Part-exchange valuation** stage is")
    answer = cardealer.answer("how much has px acceptance dropped since mid feb (w/c 16 feb)")
    assert "it went from 62.7% [3] to 41.4% [1], down 21.3 points (worse)" in answer.answer


def test_a_journey_map_for_customers_the_base_has_none_for_is_declined(cardealer) -> None:
    answer = cardealer.answer("whats the journey map for our motability / leasing customers")
    assert answer.abstained
    assert answer.answer.startswith("There is no journey for “motability” in the knowledge base")


def test_a_price_no_kpi_keeps_is_declined_though_a_place_has_a_word_of_it(cinema, tickets) -> None:
    answer = cinema.answer("avg ticket price this month?")
    assert answer.abstained and answer.answer.startswith("No KPI called “ticket price” is recorded")
    # an amount over a window needs a KPI; a fee asked once may be in the map of the place named for fees
    assert tickets.answer("avg service fee this month").abstained
    answer = tickets.answer("how much is the service fee")
    assert not answer.abstained and answer.sources[0].id == "online-ticket-purchase/checkout/fee-breakdown"


def test_now_asks_for_the_latest_figure_of_a_kpi_named_in_part(cardealer) -> None:
    answer = cardealer.answer("whats warranty decision time now")
    assert answer.answer.startswith("**Warranty claim decision time** at Claim decision was **9.4 days**")


def test_who_looks_after_a_kpi_is_the_owner_of_where_it_is_kept(dental) -> None:
    # "care plan signups" is the KPI's name, not the segment Care Plan; its one place's owner answers
    answer = dental.answer("which team looks after care plan signups?")
    assert answer.answer.startswith("**Dental Plans team** owns **Molara Care Plan sign-up**")


def test_a_team_asked_for_is_no_price_figure(cinema) -> None:
    answer = cinema.answer("whos responsible for the unlimted price change emails")
    assert not answer.abstained
    assert answer.answer.startswith("**Loyalty & CRM** owns **Billing and price changes**")


def test_the_biggest_risk_is_what_to_fix_first(cinema) -> None:
    answer = cinema.answer("biggest risk for loyality rn?")
    assert answer.answer.startswith("What to fix first: 15 touchpoints in Loyalty membership")


def test_which_week_was_worst_reads_every_snapshot(cinema) -> None:
    answer = cinema.answer("which week was ticket scan failures worst and how bad")
    assert answer.answer.startswith("The worst Ticket scan failure rate since the first snapshot was **6.8%**, in the "
                                    "week of 2025-09-22")


def test_the_goal_of_a_named_stage_beats_its_scorecard(dental) -> None:
    answer = dental.answer("complaints stage - whats the target / goal?")
    assert answer.answer.startswith("The goal of the **Complaints and resolution** stage is")


def test_scores_worst_ranks_stages_by_their_survey_scores(cardealer) -> None:
    answer = cardealer.answer("which stage of the buying journey scores worst in the survey comments")
    assert answer.answer.startswith("Stages by NPS computed from survey scores")
    assert ranked_lines(answer.answer)[0].startswith("1. **Part-exchange valuation**: -68.8 (n=32)")


def test_a_journey_is_named_by_a_word_of_its_id_and_two_cue_words_say_what_is_new(cardealer) -> None:
    # "aftersales" is a word of the map's id (aftersales-servicing-warranty), not of its name; "new" and
    # "recently" ask what is new, whatever the question is most like by meaning
    answer = cardealer.answer("anything new in aftersales feedback recently")
    assert answer.answer.startswith("Emerging at Servicing and warranty in the last 3 weeks")
    assert "**booking text**" in answer.answer
