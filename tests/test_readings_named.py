"""Readings on four bases written blind (bench/eval/conveyancing, evcharging, holidays, langschool) and two older
ones: a place named alike in two journeys is the one in the journey a word names; "the X stage" over a touchpoint
that shares its words; a KPI by the one word only its name has, or as the one KPI kept at the place asked about;
a week written "w/c"; KPIs on track listed first when those are asked for; a team or segment by its initials, and
a team typed whole in a priority question; owners never read from the word that asks who owns; segment names with
a decade ("over 60s"); praise asked where none is positive; and a journey named with a word the base's journey
lacks ("legacy giving") is declined."""

from __future__ import annotations

from datetime import date

from journeys.answers.asks import asks_goal
from journeys.answers.periods import parse_period
from tests.conftest import ROOT, base_fixture, ranked_lines

conveyancing = base_fixture(ROOT / "bench" / "eval" / "conveyancing" / "knowledge", "conveyancing")
evcharging = base_fixture(ROOT / "bench" / "eval" / "evcharging" / "knowledge", "evcharging")
holidays = base_fixture(ROOT / "bench" / "eval" / "holidays" / "knowledge", "holidays")
langschool = base_fixture(ROOT / "bench" / "eval" / "langschool" / "knowledge", "langschool")
charity = base_fixture(ROOT / "bench" / "eval" / "charity" / "knowledge", "charity")
insurance = base_fixture(ROOT / "bench" / "eval" / "insurance" / "knowledge", "insurance")
rail = base_fixture(ROOT / "bench" / "eval" / "rail" / "knowledge", "rail")


def test_a_place_both_journeys_have_is_the_one_in_the_journey_a_word_names(conveyancing) -> None:
    answer = conveyancing.answer("what are we aiming for at exchange & completion on the sale side")
    assert answer.sources[0].id == "sale-conveyancing/exchange-and-completion"
    assert "redeem the seller's mortgage" in answer.answer  # the sale stage's goal, not the purchase one's
    sales = conveyancing.answer("whats the nps for the id & aml stage on sales from survey scores")
    purchases = conveyancing.answer("whats the nps for the id & aml stage on purchases from survey scores")
    assert sales.sources[0].id == "sale-conveyancing/id-and-aml-checks" and "**-38.9**" in sales.answer
    assert purchases.sources[0].id == "purchase-conveyancing/id-and-aml-checks" and "**-57.8**" in purchases.answer


def test_the_stage_called_so_wins_over_a_touchpoint_that_shares_its_words(conveyancing, langschool) -> None:
    answer = conveyancing.answer("sale side csat for the contract pack stage")
    # the stage, not the touchpoint Contract pack review
    assert answer.answer.startswith("**CSAT** for Contract pack and enquiries")
    assert answer.sources[0].id == "sale-conveyancing/contract-pack-and-enquiries"
    # a word of the stage cut short ("corp") is still the stage, not a stage the base lacks
    answer = langschool.answer("pain points for corp licence renewal stage?")
    assert not answer.abstained
    assert "in the **Corporate licence renewal** stage" in answer.answer


def test_who_owns_a_place_is_its_owner_not_a_team_sharing_a_word_of_its_journey(conveyancing, holidays) -> None:
    answer = conveyancing.answer("who looks after redemption statements on sales")
    assert answer.answer.startswith("**Completions team** owns **Mortgage redemption statement**")
    # "handling" asks who handles; it names no Transfers and Ground Handling team (which owns nothing there)
    answer = holidays.answer("what goes wrong with complaint handling once customers are home")
    assert "owns 0" not in answer.answer and "Ground Handling" not in answer.answer
    assert answer.answer.startswith("Pain points the journey map records in the **Complaints** stage")


def test_a_kpi_is_named_by_the_one_word_only_its_name_has_and_its_measure(conveyancing) -> None:
    answer = conveyancing.answer("has the requisition rate improved since sept?")
    assert answer.answer.startswith("**Land registry requisition rate**")
    assert "it went from 7.8% [3] to 3.1% [1], down 4.7 points (better)" in answer.answer


def test_a_figure_asked_at_a_place_is_the_one_kpi_kept_there(evcharging, conveyancing) -> None:
    answer = evcharging.answer("card delivery days latest")
    assert answer.answer.startswith("**Rfid card delivery days** at Card delivery was **9.7 days**")
    # the place found by what the question describes ("council searches": Local authority search)
    answer = conveyancing.answer("how long r council searches taking now")
    assert "**Local search turnaround days** at Local authority search was **23.6 days**" in answer.answer


def test_a_week_commencing_is_that_week_and_over_the_period_is_the_whole_record(holidays) -> None:
    anchor = date(2025, 8, 10)
    week = parse_period("what was payment failure rate w/c 14 july", anchor)
    assert week is not None and (week.start, week.end) == (date(2025, 7, 14), date(2025, 7, 20))
    whole = parse_period("complaint resolution time min and max over the period?", anchor)
    assert whole is not None and whole.label == "since the first snapshot"
    assert "**2.6%** in the week of 2025-07-14" in holidays.answer("what was payment failure rate w/c 14 july").answer
    answer = holidays.answer("complaint resolution time min and max over the period?")
    assert "low 16.2 days, high 22.8 days" in answer.answer


def test_kpis_on_track_come_first_when_those_are_asked_for(evcharging, holidays) -> None:
    answer = evcharging.answer("which kpis are actually hitting target?")
    assert answer.answer.startswith("**On track** (3):")
    assert answer.answer.index("**Off target** (13)") > answer.answer.index("Signup conversion rate")
    # a journey named: its KPIs only, and no decline for the journey's name beside "metrics"
    answer = holidays.answer("which booking journey metrics are actually hitting target atm")
    assert not answer.abstained
    assert answer.answer.startswith("**On track** (1):\n- Search to booking conversion")


def test_kpis_named_in_an_off_target_question_are_ranked_alone(evcharging, insurance, holidays) -> None:
    answer = evcharging.answer("is uptime or status accuracy further off target")
    assert [line.split("**")[1] for line in ranked_lines(answer.answer)] == [
        "Charger status accuracy at Live availability status", "Charger uptime at Arrive and plug in"]
    # "claims kpis": every KPI of the claims journey, though two KPI names hold "claims"
    answer = insurance.answer("which claims kpis are furthest off target")
    assert ranked_lines(answer.answer)[0].startswith("1. **Assessor visit time days at Loss adjuster visit**")
    answer = holidays.answer("worst kpi vs target in the booking journey?")
    assert answer.answer.startswith("KPIs off target in Booking to departure, furthest first")
    assert ranked_lines(answer.answer)[0].startswith("1. **Payment failure rate at Balance payment page**")


def test_a_team_is_named_by_its_initials_or_typed_whole_when_asked_what_to_fix_first(evcharging, holidays,
                                                                                    conveyancing) -> None:
    answer = evcharging.answer("where should NOC focus first")
    assert answer.answer.startswith("What to fix first: 3 touchpoints owned by Network Operations Centre")
    # a team typed whole, not the touchpoint Customer relations phone line that shares its words
    answer = holidays.answer("where should cust relations focus first")
    assert answer.answer.startswith("What to fix first: 5 touchpoints owned by Customer Relations")
    # "the sale team" scopes the ranking; it does not ask who owns the journey
    answer = conveyancing.answer("what should the sale team prioritise")
    assert answer.answer.startswith("What to fix first: 16 touchpoints in Sale conveyancing")


def test_a_segment_named_with_a_decade_is_found(holidays) -> None:
    answer = holidays.answer("what do the over 60s talk about most")
    assert not answer.abstained
    assert answer.answer.startswith("What the Over 60s segment says")


def test_the_people_word_after_a_segment_names_no_journey(rail) -> None:
    # "travellers" spells the journey Travel and Delay Repay's word; here it is the Business segment's people
    answer = rail.answer("what are business travellers moaning about")
    assert answer.answer.startswith("What the Business segment says: the themes of its 29 critical comments")
    assert "vat receipts" in answer.answer  # a ticket-buying complaint: every journey is read


def test_a_number_in_a_touchpoints_name_need_not_be_typed(evcharging) -> None:
    answer = evcharging.answer("csat for the helpline from the medallia export")
    assert answer.answer.startswith("**CSAT** for 24/7 helpline [1] in the survey medallia_export_2026-03-16.csv")
    assert "**21.4% satisfied**" in answer.answer


def test_a_journey_named_with_a_word_its_name_lacks_is_declined(charity) -> None:
    answer = charity.answer("whats the conversion rate on our legacy giving journey?")
    assert answer.abstained
    assert answer.answer.startswith("There is no “legacy giving” journey in the knowledge base")


def test_what_x_is_for_asks_a_goal_only_at_the_end_of_the_question() -> None:
    assert asks_goal("whats the welcome call for?") and asks_goal("what is the deposit step for")
    assert not asks_goal("whats the nps for the id stage on purchases")


def test_a_segment_is_named_by_its_initials(conveyancing) -> None:
    answer = conveyancing.answer("what are ftbs complaining about most")
    assert answer.answer.startswith("What the First-time buyer segment says")
    answer = conveyancing.answer("btl landlords buying - any specific gripes?")
    assert answer.answer.startswith("What the Buy-to-let investor segment says")


def test_praise_asked_where_no_comment_is_positive_says_so(evcharging, langschool) -> None:
    answer = evcharging.answer("what do people like about the cancellation flow")
    assert answer.answer.startswith("No praise at Cancellation flow: none of its 12 comments is positive [1].")
    answer = langschool.answer("what do hr admins actually like")  # the place read by meaning
    assert "No praise at HR admin dashboard: none of its 14 comments is positive [1]." in answer.answer
    # where customers do praise it, the praise is the answer
    answer = evcharging.answer("what do drivers like about the remote reset")
    assert answer.answer.startswith("What customers say: the main themes in the 14 positive comments at Remote reset")
