"""Answers on the bundled sample and on a real export: grounded, exact, honest about what is not covered."""

from __future__ import annotations

import re

import pytest

from journeys.answers.model import Focus
from journeys.evaluation import load_questions, run_evaluation
from tests.conftest import ROOT

QUESTIONS = ROOT / "knowledge" / "eval" / "sample_questions.yaml"


def cited_numbers_are_grounded(answer) -> bool:  # type: ignore[no-untyped-def]
    """Every figure in a KPI sentence appears in one of the sources it cites."""
    for sentence in re.split(r"(?<=[.!?])\s+", answer.answer):
        refs = [int(n) for n in re.findall(r"\[(\d+)\]", sentence)]
        if not refs or "“" in sentence:
            continue
        evidence = " ".join(answer.sources[n - 1].text for n in refs)
        for figure in re.findall(r"\d+(?:\.\d+)?%", sentence):
            if figure.rstrip("%") not in evidence:
                return False
    return True


def test_the_labelled_sample_set_meets_the_bar(sample_core) -> None:
    report = run_evaluation(sample_core, load_questions(QUESTIONS))
    overall = report.by_kind()["all"]
    assert overall["n"] >= 50
    assert overall["recall@5"] >= 0.9, report.failures()
    assert overall["figures"] >= 0.95, report.failures()
    assert overall["abstention"] >= 0.9, report.failures()


def test_a_kpi_answer_gives_the_exact_latest_value_target_and_change(sample_core) -> None:
    answer = sample_core.answer("What is the current cart abandonment rate?")
    assert not answer.abstained
    assert "78.5%" in answer.answer and "65%" in answer.answer and "75.8%" in answer.answer
    assert "off target" in answer.answer and "worse" in answer.answer
    assert answer.sources[0].kind == "kpi" and answer.sources[0].date == "2026-11-16"
    assert cited_numbers_are_grounded(answer)


def test_pain_points_combine_the_map_and_what_customers_say(sample_core) -> None:
    answer = sample_core.answer("Where do customers drop off during checkout?")
    kinds = [s.kind for s in answer.sources]
    assert kinds[0] == "touchpoint" and "comment" in kinds
    assert "Guest checkout forces account creation" in answer.answer
    assert re.search(r"\(\d+ comments[,)]", answer.answer)  # each theme says how many comments it rests on
    assert answer.filters["touchpoint"] == "checkout"
    assert all(f"[{s.n}]" in answer.answer for s in answer.sources)


def test_touchpoints_of_a_stage_are_listed_with_channels_and_owners(sample_core) -> None:
    answer = sample_core.answer("which touchpoints make up the awarness stage?")  # typo on purpose
    assert answer.sources[0].id == "online-purchase/awareness"
    assert "Instagram ad" in answer.answer and "Marketing" in answer.answer


def test_the_emerging_issue_is_found(sample_core) -> None:
    answer = sample_core.answer("Are there any emerging issues?")
    assert "black friday" in answer.answer.lower()
    assert any("black friday" in s.text.lower() for s in answer.sources)


def test_off_topic_questions_abstain_and_say_what_was_searched(sample_core) -> None:
    answer = sample_core.answer("What is the capital of Peru?")
    assert answer.abstained and not answer.sources
    assert "does not cover" in answer.answer and "peru" in answer.answer.lower()


def test_a_follow_up_keeps_the_focus_but_takes_the_new_stage(sample_core) -> None:
    first = sample_core.answer("What are the pain points at checkout?")
    follow = sample_core.answer("and in retention?", focus=first.focus)
    assert follow.filters.get("stage") == "retention"
    assert any(s.id == "online-purchase/retention" for s in follow.sources)
    same_place = sample_core.answer("what do customers say there?", focus=first.focus)
    assert same_place.filters.get("touchpoint") == "checkout"


def test_a_focus_alone_does_not_hijack_an_unrelated_full_question(sample_core) -> None:
    answer = sample_core.answer("Which touchpoints are in the awareness stage?",
                                focus=Focus(stage_id="online-purchase/decision", intents=("pain",)))
    assert answer.filters["stage"] == "awareness"


def test_nps_is_derived_from_raw_scores_with_its_n(telecom_core) -> None:
    answer = telecom_core.answer("What was the NPS for First Payment in March 2018?")
    # Computed independently from the CSV: 256 scores, 75 promoters, 143 detractors -> -26.5625, shown as -26.6.
    assert "-26.6" in answer.answer and "n=256" in answer.answer
    assert answer.sources[0].kind == "kpi" and "75 promoters" in answer.sources[0].text
    assert answer.filters["period"] == "2018-03-01..2018-03-31"


def test_the_telecom_export_is_stored_whole(telecom_core) -> None:
    assert telecom_core.status().comments == 2385


@pytest.mark.parametrize("question", ["", "   "])
def test_an_empty_question_is_not_an_error(sample_core, question: str) -> None:
    assert sample_core.answer(question).abstained


def test_a_scorecard_lists_kpis_off_target_first(sample_core) -> None:
    answer = sample_core.answer("Which KPIs are off target?")
    off, _, on = answer.answer.partition("**On track**")
    assert "Cart abandonment rate (Checkout): 78.5% against 65%" in off
    assert "Email open rate" in on and all(s.kind == "kpi" for s in answer.sources)


def test_stages_ranked_by_the_maps_emotion(sample_core) -> None:
    answer = sample_core.answer("Which stage has the worst emotion?")
    assert answer.answer.index("**Decision**: -1") < answer.answer.index("**Awareness**: +1")
    assert "Pain points" not in answer.answer


def test_mentions_are_counted_exactly(sample_core) -> None:
    from sqlalchemy import func, select

    from journeys.store.models import Comment

    with sample_core.db.session() as session:
        expected = session.scalar(select(func.count()).select_from(Comment)
                                  .where(func.lower(Comment.text).like("%black friday%")))
    answer = sample_core.answer("How many comments mention black friday?")
    assert answer.answer.startswith(f"**{expected} comments**")


def test_a_segment_named_in_the_question_selects_its_comments(sample_core) -> None:
    answer = sample_core.answer("What do business customers say?")
    assert "Business segment" in answer.answer
    assert not sample_core.answer("What frustrates customers about the returns portal?").answer.count("segment")


def test_a_named_journey_gets_its_overview_and_a_stage_its_neighbours(sample_core) -> None:
    overview = sample_core.answer("Give me an overview of the returns journey")
    assert overview.sources[0].kind == "journey" and overview.sources[0].id == "returns-and-refunds"
    assert "1. **Request**" in overview.answer and "3. **Refund**" in overview.answer
    after = sample_core.answer("What comes after the decision stage?")
    assert "After it comes **Retention**" in after.answer and "Before it comes **Consideration**" in after.answer
