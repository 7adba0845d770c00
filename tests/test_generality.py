"""A knowledge base unlike the sample (B2B onboarding, survey questions as column names, other metric names):
the product must work from the knowledge base's own vocabulary, not from the sample's words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import ROOT, ingested

B2B = ROOT / "tests" / "data" / "b2b"


@pytest.fixture(scope="module")
def b2b(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    yield from ingested(B2B, tmp_path_factory, embedder)


def test_a_sidecar_mapping_with_survey_questions_as_columns(b2b) -> None:
    status = b2b.status()
    assert (status.journeys, status.stages, status.comments, status.kpis) == (1, 4, 8, 8)


def test_nps_from_a_recommend_question_column_with_n(b2b) -> None:
    answer = b2b.answer("What is the NPS in onboarding?")
    assert "-50" in answer.answer and "n=4" in answer.answer
    assert "1 promoter," in answer.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("What is our GRR?", "**Gross revenue retention** at Renewal was **90%**"),
    ("What is the TTV?", "**Time to value days** at Onboarding was **14 d**"),
    ("How is activation trending?", "down 3 points from 41%"),
])
def test_metrics_by_their_own_names_and_initialisms(b2b, question: str, expected: str) -> None:
    assert expected in b2b.answer(question).answer


def test_a_question_with_its_own_subject_is_not_taken_as_a_follow_up(b2b) -> None:
    renewal = b2b.answer("Which touchpoints are in renewal?")
    answer = b2b.answer("Why do imports fail?", focus=renewal.focus)
    assert "Renewal" not in answer.answer and "Import times out above 50 MB" in answer.answer


def test_segments_come_from_the_data(b2b) -> None:
    answer = b2b.answer("What do enterprise customers complain about?")
    assert "Enterprise segment" in answer.answer
