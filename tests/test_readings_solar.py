"""Readings on a base other than the sample (bench/eval/solar, written blind): the last N weeks as N weekly
snapshots, "anything new" before a word for people, "the X journey" over a stage sharing its word, and what to
fix first citing each place it ranks."""

from __future__ import annotations

from journeys.answers.understand import understand
from tests.conftest import ROOT, base_fixture

SOLAR = ROOT / "bench" / "eval" / "solar" / "knowledge"


solar = base_fixture(SOLAR, "solar")


def test_the_last_n_weeks_are_n_weekly_snapshots_though_the_newest_is_days_old(solar) -> None:
    # the comments run to Monday 30 Nov, the KPI snapshots to Monday 23 Nov: the last 4 weeks are 2-23 Nov
    answer = solar.answer("avg hotline wait over last 4 weeks")
    assert "was **26.55 min**, from 4 weekly snapshots (2026-11-02 to 2026-11-23)" in answer.answer


def test_anything_new_before_a_word_for_people_asks_what_is_new(solar) -> None:
    vocab, anchor = solar.answerer._knowledge()
    u = understand("anything new ppl started complaining about in the last couple weeks?", vocab, anchor)
    assert "emerging" in u.intents and "anyth" not in u.topic
    answer = solar.answer("anything new ppl started complaining about in the last couple weeks?")
    assert answer.answer.startswith("Emerging in the last 2 weeks") and not answer.abstained


def test_the_words_before_journey_name_the_journey_not_a_stage_sharing_them(solar) -> None:
    vocab, anchor = solar.answerer._knowledge()
    u = understand("top priority for the install journey??", vocab, anchor)
    assert u.journey is not None and u.journey.name == "Enquiry to installation" and u.journey_named
    assert u.stage is None and u.touchpoint is None
    answer = solar.answer("top priority for the install journey?? boss wants one thing")
    assert "touchpoints in Enquiry to installation ranked by priority" in answer.answer


def test_what_to_fix_first_cites_each_place_it_ranks(solar) -> None:
    answer = solar.answer("what should we fix first")
    first = answer.answer.split("\n")[1]
    assert first.startswith("1. **SunTally app** (touchpoint) [1], priority")
    assert answer.sources[0].kind == "touchpoint" and answer.sources[0].title == "SunTally app"


def test_a_segments_quoted_comments_say_whose_they_are(solar) -> None:
    answer = solar.answer("what are landlords saying, and whats their nps")
    comments = [s for s in answer.sources if s.kind == "comment"]
    assert comments and all(s.title.startswith("Comment from the landlord segment") for s in comments)
