"""Declines, counts and readings on bases written blind (bench/eval/charity, lettings, fitness: their development halves
may shape the code; their held-out halves never do): whose figure, money, score groups, metric initials."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import ROOT, ingested

EVAL = ROOT / "bench" / "eval"


@pytest.fixture(scope="module")
def charity(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    yield from ingested(EVAL / "charity" / "knowledge", tmp_path_factory, embedder)


@pytest.fixture(scope="module")
def lettings(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    yield from ingested(EVAL / "lettings" / "knowledge", tmp_path_factory, embedder)


def test_a_figure_of_someone_else_named_after_does_is_declined(charity) -> None:
    answer = charity.answer("what nps does acme relief fund get for regular giving")
    assert answer.abstained and "acme relief fund" in answer.answer
    assert not charity.answer("what nps do we get for regular giving").abstained


def test_an_amount_of_money_no_kpi_records_is_declined_with_the_money_kpis_it_has(charity) -> None:
    answer = charity.answer("how much did the winter appeal raise in total £ this year")
    assert answer.abstained and "average one off gift" in answer.answer
    assert not charity.answer("who owns the winter appeal tv ad?").abstained


def test_two_words_of_a_journey_name_the_journey_not_a_touchpoint_sharing_them(charity) -> None:
    answer = charity.answer("if we could fix one thing in regular giving first what should it be")
    assert "in Regular monthly giving" in answer.answer.split("\n")[0]


def test_a_short_question_leaning_to_one_stage_gets_its_comments(charity) -> None:
    answer = charity.answer("what do people say about events")
    assert not answer.abstained and "comments at Event fundraising" in answer.answer


def test_the_initials_of_a_metrics_words_name_it(lettings) -> None:
    answer = lettings.answer("ftf rate vs target - how far off are we rn")
    assert "61.4%" in answer.answer and "13.6 points short" in answer.answer


def test_a_ranking_by_detractors_counts_them(tmp_path_factory: pytest.TempPathFactory, embedder) -> None:
    for core in ingested(EVAL / "fitness" / "knowledge", tmp_path_factory, embedder):
        answer = core.answer("which touchpoints get the most detractors in the nps survey? top 3")
        assert "Touchpoints by detractors" in answer.answer
        assert "1. **Class booking in app (Class booking)**: 18 detractors of 24 scores" in answer.answer
        declined = core.answer("nps from over 65s members")
        assert declined.abstained and "65s" in declined.answer


def test_n_plus_names_the_over_n_segment(charity) -> None:
    answer = charity.answer("what are long standing supporters (5+ yrs) unhappy about?")
    assert answer.answer.startswith("What the over 5 years segment says")


def test_a_drop_over_the_last_n_weeks_is_also_given_against_n_weeks_before(charity) -> None:
    answer = charity.answer("how much has donation form conversion dropped in the last 3 weeks")
    assert "3 snapshots from 2026-11-09" in answer.answer  # the window: N weekly snapshots
    assert "Against 2026-11-02, 3 weeks before the latest" in answer.answer and "down 4.9 points" in answer.answer


def test_one_score_compared_at_two_places_typed_joined(tmp_path_factory: pytest.TempPathFactory, embedder) -> None:
    for core in ingested(EVAL / "grocery" / "knowledge", tmp_path_factory, embedder):
        answer = core.answer("nps at signup vs nps at checkout from the survey comments")
        assert "NPS at **Sign up**" in answer.answer and "NPS at **Checkout**" in answer.answer
        assert "**-44.4** from 18 survey scores" in answer.answer


def test_a_segment_spelled_in_two_cases_is_one_segment(tmp_path_factory: pytest.TempPathFactory, embedder) -> None:
    # rail: the CSAT export writes "Business", the NPS file "business"
    for core in ingested(EVAL / "rail" / "knowledge", tmp_path_factory, embedder):
        vocab, _ = core.answerer._knowledge()
        assert [s for s in vocab.segments if s.lower() == "business"] == ["Business"]
        assert "computed from 26 survey scores" in core.answer("nps from business travellers").answer


def test_a_stage_typed_whole_is_not_narrowed_to_a_touchpoint_by_meaning(lettings) -> None:
    answer = lettings.answer("how's the deposit return going")
    assert "comments at Deposit return [" in answer.answer  # the stage, not its Deposit return payment


def test_a_metric_typed_whole_is_compared_though_a_stage_shares_its_word(lettings) -> None:
    answer = lettings.answer("compare move in csat and renewal rate")
    assert "**Move in CSAT**: **88.1%**" in answer.answer and "**Renewal rate**: **68.6%**" in answer.answer


def test_nothing_new_at_a_named_place_still_says_what_is_said_there(charity) -> None:
    answer = charity.answer("new problems at gift aid declaration in the last 3 weeks?")
    assert answer.answer.startswith("No new issue stands out at Gift Aid declaration")
    assert "What customers say in the last 3 weeks" in answer.answer and answer.sources
    # the base's author put Apple Pay failures at the donation form from 9 Nov on (10 comments): that is new
    answer = charity.answer("new problems on the donation form in the last 3 weeks?")
    assert answer.answer.startswith("Emerging at Donation form in the last 3 weeks")
    assert "**apple pay**: 10 comments in the last 3 weeks" in answer.answer
