"""Readings on bases other than the sample (bench/eval/homesecurity, bikeshare and pharmacy, written blind):
the average score when it is asked for, rankings by how a place is rated, journeys called by their survey or
score, comparison sides that keep a name's time word, windows from the first week, a KPI named as its
touchpoint whose cause lies elsewhere in the journey; and declines of a figure owned by someone named by a
possessive typed bare ("limes unlock rate") and of what something costs where no KPI is kept in money."""

from __future__ import annotations

import re
from datetime import date

from journeys.answers.asks import is_priority
from journeys.answers.format import rest_line
from journeys.answers.periods import parse_period
from journeys.answers.question_typos import meant_word
from journeys.answers.understand import understand
from tests.conftest import ROOT, base_fixture

homesecurity = base_fixture(ROOT / "bench" / "eval" / "homesecurity" / "knowledge", "homesecurity")
bikeshare = base_fixture(ROOT / "bench" / "eval" / "bikeshare" / "knowledge", "bikeshare")
pharmacy = base_fixture(ROOT / "bench" / "eval" / "pharmacy" / "knowledge", "pharmacy")
council = base_fixture(ROOT / "bench" / "eval" / "council" / "knowledge", "council")
recruitment = base_fixture(ROOT / "bench" / "eval" / "recruitment" / "knowledge", "recruitment")
water = base_fixture(ROOT / "bench" / "eval" / "water" / "knowledge", "water")


def test_an_average_score_asked_for_is_the_mean_of_the_survey_scores(homesecurity) -> None:
    answer = homesecurity.answer("homeowners vs landlords - avg csat on maintenance visits")
    lines = answer.answer.splitlines()
    homeowner = next(line for line in lines if line.startswith("- **Homeowner**"))
    landlord = next(line for line in lines if line.startswith("- **Landlord**"))
    assert "**mean 3.91 of 5, 65.1% satisfied**" in homeowner and "**mean 2.08 of 5, 23.1% satisfied**" in landlord
    assert "1.83 points below Homeowner" in answer.answer  # the gap in mean points
    # no average asked: the share satisfied leads, and the mean is still given
    answer = homesecurity.answer("which customer segment is unhappiest with maintenance visits")
    assert answer.answer.splitlines()[1].startswith("- **Landlord**: **23.1% satisfied, mean 2.08 of 5**")


def test_a_ranking_by_the_average_score_is_no_unknown_subject(homesecurity) -> None:
    answer = homesecurity.answer("bottom 3 touchpoints in quote to install by avg nps score from the survey")
    assert not answer.abstained
    assert answer.answer.startswith("Touchpoints by mean NPS computed from survey scores")
    ranked = [line for line in answer.answer.splitlines() if re.match(r"\d\. ", line)]
    assert [line.split("**")[1] for line in ranked] == [
        "Install scheduling (Installation)", "Written quote (Home survey)", "Surveyor home visit (Home survey)"]
    means = [float(re.search(r"mean (\d\.\d\d) of 10", line).group(1)) for line in ranked]  # type: ignore[union-attr]
    assert means == sorted(means)


def test_best_rated_ranks_places_by_the_score_their_surveys_give(homesecurity, pharmacy) -> None:
    answer = homesecurity.answer("best rated touchpoint in quote to installation?")
    assert answer.answer.startswith("Touchpoints by NPS computed from survey scores")
    assert answer.answer.splitlines()[1].startswith("1. **Engineer install day (Installation)**: +83.3")
    # "the delivery survey" is the Delivery and collection journey's, whose surveys give CSAT; "its avg" the mean
    answer = pharmacy.answer("best rated touchpoint in the delivery survey + its avg?")
    assert answer.answer.startswith("Touchpoints by mean CSAT computed from survey scores")
    assert answer.answer.splitlines()[1].startswith("1. **Pharmacist chat (Aftercare)**: mean 4.46 of 5")


def test_a_journey_is_called_by_the_words_before_its_survey_or_its_score(pharmacy) -> None:
    vocab, anchor = pharmacy.answerer._knowledge()
    u = understand("delivery csat up or down vs 4 wks ago? by how much", vocab, anchor)
    assert u.journey is not None and u.journey.name == "Delivery and collection" and u.journey_named
    assert u.metrics == ["csat"] and u.compare is None  # not late_delivery_rate, through the journey's word
    answer = pharmacy.answer("delivery csat up or down vs 4 wks ago? by how much")
    assert answer.answer.startswith("**CSAT** in Delivery and collection was **75.1%**") and "down 2.4 points" in (
        answer.answer)
    # the scores of that journey's survey, not the whole base's
    answer = pharmacy.answer("whats the nps from the repeat prescription survey comments overall")
    assert answer.answer.startswith("**NPS** for Repeat prescription ordering [1] in the survey "
                                    "repeat_prescription_survey.csv was")
    assert any(s.id == "nps:repeat-prescription:survey=repeat_prescription_survey.csv:all" for s in answer.sources)


def test_a_side_keeps_a_time_word_that_is_part_of_a_name(bikeshare) -> None:
    answer = bikeshare.answer("unlock success first ride vs everyday riding, latest?")
    assert "Unlock success rate at **First ride**: **94.1%**" in answer.answer
    assert "Unlock success rate at **Everyday riding**: **97.3%**" in answer.answer


def test_a_stage_called_after_a_preposition(bikeshare) -> None:
    answer = bikeshare.answer("tourists vs commuters - nps at sign up stage from comments")
    assert answer.answer.startswith("NPS by customer segment at **Sign up & verify**")
    assert "- **Tourist**: **-100** from 21 survey scores" in answer.answer


def test_a_window_from_the_first_week_runs_from_the_first_snapshot() -> None:
    anchor = date(2026, 9, 27)
    for question in ("chat first response time, how much has it dropped since wk 1", "csat vs week 1",
                     "nps since the first week"):
        period = parse_period(question, anchor)
        assert period is not None and period.label == "since the first snapshot", question
    assert parse_period("first response time last week", anchor).label.startswith("last week")  # type: ignore[union-attr]


def test_a_kpi_named_as_its_touchpoint_and_its_cause_elsewhere_in_the_journey(bikeshare) -> None:
    answer = bikeshare.answer("refund requests spiked lately - whats driving it")
    assert answer.answer.startswith("**Refund request count** at Refund request was **308**")
    assert "Nothing new stands out in the comments at Refund request itself; across Everyday riding:" in answer.answer
    assert "**pass renewal**: 14 comments in the last 3 weeks" in answer.answer


def test_a_list_cut_short_with_no_pointer_names_every_item() -> None:
    names = [f"item {i}" for i in range(12)]
    assert rest_line(names).endswith("item 11.") and "…" not in rest_line(names)[1:]
    assert rest_line(names, "the stage card has them all") == "…and 12 more (the stage card has them all)."


def test_a_bare_possessive_the_base_never_uses_owns_the_figure(bikeshare) -> None:
    answer = bikeshare.answer("whats limes unlock success rate atm?")
    assert answer.abstained and "holds no Unlock success rate of “limes”" in answer.answer
    for question in ("whats todays unlock success rate", "whats tourists nps", "what's the nps atm"):
        assert not bikeshare.answer(question).abstained, question  # a time word, a segment, no owner


def test_a_plural_of_an_english_word_is_no_typo_of_a_cue_word() -> None:
    assert meant_word("limes", frozenset()) is None  # not "likes"
    assert meant_word("complants", frozenset()) == "complaints"


def test_what_something_costs_is_declined_where_no_kpi_is_kept_in_money(bikeshare, homesecurity) -> None:
    answer = bikeshare.answer("battery swap cost per vehicle last wk?")
    assert answer.abstained and answer.answer.startswith("No KPI called “battery swap cost”")
    answer = homesecurity.answer("average cost per alarm call handled at the arc?")
    assert answer.abstained and answer.answer.startswith("No KPI called “cost”")
    answer = bikeshare.answer("is the monthly pass worth the price?")  # an opinion, no amount asked
    assert not answer.abstained and "Monthly pass renewal" in answer.answer


def test_what_to_fix_first_names_the_segment_a_places_critical_comments_come_from(homesecurity) -> None:
    answer = homesecurity.answer("what should field service tackle first on maintenance visits")
    engineer = next(line for line in answer.answer.splitlines() if "**Maintenance engineer visit**" in line)
    assert "mostly the Landlord segment: 5 of the 8 critical comments, from 6 of all 32" in engineer
    assert "segment" not in next(line for line in answer.answer.splitlines() if "**Annual service booking**" in line)


def test_sides_named_by_one_word_of_a_place_compare_the_metric_in_each(council) -> None:
    answer = council.answer("avoidable contact rate - garden vs bulky latest?")
    assert "Avoidable contact rate at **Garden waste subscription**: **28.2%**" in answer.answer
    assert "Avoidable contact rate at **Bulky waste collection**: **14.1%**" in answer.answer  # not bulky_bookings
    assert "lower is better, so **Bulky waste collection** does better" in answer.answer


def test_what_a_team_should_look_at_first_within_a_stage(bikeshare) -> None:
    assert is_priority("what should payments look at first in billing")
    assert not is_priority("what do riders say the first time they unlock")
    answer = bikeshare.answer("what should payments look at first in billing")
    assert answer.answer.startswith("What to fix first: 3 touchpoints owned by Payments in Billing")
    assert "\n1. **Monthly pass renewal** (touchpoint)" in answer.answer


def test_a_survey_called_by_its_files_name_gives_that_files_scores(recruitment) -> None:
    answer = recruitment.answer("% of placement pulse responses that were satisfied (4 or 5)")
    assert answer.answer.startswith("**CSAT** in the survey placement_pulse_export.csv was **46.7% satisfied**")
    assert "from 197 survey scores" in answer.answer  # that file's scores, not a KPI matched by "placement"
    answer = recruitment.answer("whats the nps from the registration survey comments overall")
    assert "in the survey registration_survey.csv was **-8.8**, computed from 205 survey scores" in answer.answer


def test_a_range_between_two_weeks_and_a_magnitude_asked_with_how(bikeshare) -> None:
    anchor = date(2026, 9, 27)
    period = parse_period("jump in refunds from w/c 7 sep to w/c 14 sep", anchor)
    assert period is not None and (period.start, period.end) == (date(2026, 9, 7), date(2026, 9, 14))
    vocab, anchor = bikeshare.answerer._knowledge()
    u = understand("how big was the jump in end ride failures from w/c 7 sep to w/c 14 sep", vocab, anchor)
    assert u.asks_figure and u.metrics == ["end_ride_failure_rate"]


def test_a_rate_of_a_cue_word_about_what_no_kpi_or_place_is_about_is_declined(water) -> None:
    answer = water.answer("whats the water quality complaint rate this month")
    assert answer.abstained and answer.answer.startswith("No KPI called “water quality complaint rate”")
    assert not water.answer("whats the complaint rate this month").abstained  # no subject named: what is worsening
