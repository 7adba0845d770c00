"""More readings on the eleventh session's blind bases (bench/eval/removals, nursery, opticians, museum,
facilities): a survey named only by the words every export has ("the feedback export") or by any words before
"survey"; a window's "since" found after an earlier "from"; a day in brackets after "since"; one day against
another; "across the 10 wks"; "pts" after a count is points; a score from comments is a figure, not what
promoters say; a segment of one word is no match for a place whose name shares it; "full time" is no window;
a plural of a joined name ("pickups"); a long name typed but for its last word; KPIs compared by gap wherever
each is kept; a KPI by its own word beside a stage only guessed from it."""

from __future__ import annotations

from datetime import date

from journeys.answers.periods import parse_period
from tests.conftest import ROOT, base_fixture

removals = base_fixture(ROOT / "bench" / "eval" / "removals" / "knowledge", "removals")
opticians = base_fixture(ROOT / "bench" / "eval" / "opticians" / "knowledge", "opticians")
nursery = base_fixture(ROOT / "bench" / "eval" / "nursery" / "knowledge", "nursery")
museum = base_fixture(ROOT / "bench" / "eval" / "museum" / "knowledge", "museum")
facilities = base_fixture(ROOT / "bench" / "eval" / "facilities" / "knowledge", "facilities")


def test_a_survey_named_by_its_export_words(removals) -> None:
    answer = removals.answer("csat for storage from the feedback export?")
    assert answer.answer.startswith("**CSAT** for Self storage [1] in the survey storage-feedback-export.csv was "
                                    "**44.8% satisfied**")


def test_since_after_an_earlier_from_and_a_day_in_brackets(removals, nursery) -> None:
    answer = removals.answer("storage csat from comments since 20 oct")
    assert answer.answer.startswith("**CSAT** for Self storage [1] since 2025-10-20 (to the latest data, "
                                    "2025-11-09) was **28.8% satisfied**")
    answer = nursery.answer("diary completion change since start of term (w/c 1 sep)?")
    assert "it went from 87.1% [3] to 96.6% [1], up 9.5 points (better)" in answer.answer
    assert parse_period("full time vs part time nps", date(2025, 11, 9)) is None  # people, not a window
    assert parse_period("nps over the full period", date(2025, 11, 9)) is not None


def test_a_score_from_comments_is_a_figure_not_what_promoters_say(removals) -> None:
    answer = removals.answer("how do business customers rate storage (csat from comments)")
    assert answer.answer.startswith("**CSAT** for Self storage [1] from the Business segment was **29.7% "
                                    "satisfied**")


def test_a_one_word_segment_is_no_match_for_a_place_sharing_it(nursery) -> None:
    answer = nursery.answer("list the touchpoints in fees & funding")
    assert answer.answer.startswith("The **Fees and funding invoices** stage has 4 touchpoints")
    answer = nursery.answer("who owns the funding code check")
    assert answer.answer.startswith("**Funding & billing team** owns **30-hours funding code check**")


def test_a_joined_name_in_the_plural_and_late_is_not_lately(nursery) -> None:
    answer = nursery.answer("issues w late pickups?")
    assert answer.answer.startswith("Pain points the journey map records at **Late pick-up**")


def test_a_long_name_typed_but_for_its_last_word(opticians) -> None:
    answer = opticians.answer("pain points in my account for the lens plan?")
    assert answer.sources[0].id == "contact-lenses-and-aftercare/monthly-lens-subscription/my-account-portal"


def test_kpis_compared_by_gap_wherever_each_is_kept(opticians) -> None:
    answer = opticians.answer("which is further off target - on time delivery or glasses ready on time?")
    assert "1. **Glasses ready on time rate at Lens lab production**: 84% against a target of 95%" in answer.answer
    assert "2. **On time delivery rate at Courier delivery**: 89.6% against a target of 97%" in answer.answer


def test_a_kpi_by_its_own_word_beside_a_stage_only_guessed(museum) -> None:
    answer = museum.answer("whats the renewal rate atm")
    assert answer.answer.startswith("**Member renewal rate** at Renewing membership was **81.5%**")


def test_a_score_from_a_survey_named_by_any_words(museum) -> None:
    answer = museum.answer("membership csat from the member survey")
    assert answer.answer.startswith("**CSAT** for Membership [1] was **51% satisfied**")
    answer = museum.answer("courtyard cafe csat from the till survey")
    assert answer.answer.startswith("**CSAT** for Courtyard cafe [1] was **62.2% satisfied**")


def test_one_day_against_another_and_points_and_the_n_weeks(facilities) -> None:
    answer = facilities.answer("audit pass rate 9 feb vs 9 mar, how much did it move")
    assert "it went from 94.2% [3] to 84% [1], down 10.2 points (worse)" in answer.answer
    answer = facilities.answer("running the service nps kpi, how many pts has it dropped across the 10 wks")
    assert "Across the last 10 weeks (2026-01-05 to 2026-03-15)" in answer.answer
    assert "it went from 31 [3] to 19 [1], down 12 (worse)" in answer.answer


def test_places_ranked_by_the_scores_of_a_survey_named_by_its_words(facilities) -> None:
    answer = facilities.answer("which stage of running the service has the lowest csat in the helpdesk pulse")
    assert answer.answer.startswith("Stages by CSAT computed from survey scores in the survey "
                                    "helpdesk_pulse_export.csv")
    assert "1. **Issues and complaints**: 12.2% satisfied" in answer.answer


def test_a_window_and_a_segment_phrase_name_no_segment_or_kpi(museum) -> None:
    # "last couple weeks" names no segment Couple
    answer = museum.answer("anything new coming up in visit comments last couple weeks")
    assert answer.answer.startswith("Emerging at Museum visit in the last 2 weeks") and "bag policy" in answer.answer
    # "young members" (a segment read by meaning) names no member_churn_rate
    answer = museum.answer("how do young members rate us")
    assert "Member churn rate" not in answer.answer and "Young Member (16-25)" in answer.answer
    # "hurting" asks about pain; "entry time" is no KPI asked for
    answer = museum.answer("whats hurting people when they try to grab an entry time online")
    assert answer.answer.startswith("_Reading this as **Timed slot picker**")


def test_a_survey_named_by_words_that_name_the_journey_is_the_journey(nursery) -> None:
    # "daily care nps" is the journey's KPI, though daily_care_nps_survey.csv has those words
    answer = nursery.answer("daily care nps drop over the whole period?")
    assert answer.answer.startswith("**NPS** in Daily care was **37**")
