"""Readings on a base other than the sample (bench/eval/airport, written blind): baselines "N weeks ago",
averages kept exact, one metric compared across two journeys, word families Snowball splits, a place far ahead
of every other by meaning, a stage's goal with its figures, scope words and a priority ranking's journey."""

from __future__ import annotations

from datetime import date

from journeys.answers.periods import parse_period
from journeys.answers.spelling import name_strength, same_family
from journeys.answers.understand import understand
from journeys.answers.vocabulary import stems, words
from journeys.voice.phrases import candidates
from tests.conftest import ROOT, base_fixture

AIRPORT = ROOT / "bench" / "eval" / "airport" / "knowledge"


airport = base_fixture(AIRPORT, "airport")


def test_weeks_ago_is_a_week_or_with_vs_a_baseline_to_the_latest() -> None:
    anchor = date(2026, 11, 29)  # a Sunday: its week (from 23 Nov) is the latest
    alone = parse_period("what was it 2 weeks ago", anchor)
    assert alone is not None and (alone.start, alone.end) == (date(2026, 11, 9), date(2026, 11, 15))
    since = parse_period("by how much vs 4 weeks ago", anchor)
    assert since is not None and (since.start, since.end) == (date(2026, 10, 26), anchor)


def test_a_change_against_n_weeks_ago_is_from_that_weeks_snapshot(airport) -> None:
    answer = airport.answer("taxi wait time went up loads recently? by how much vs 4 weeks ago")
    assert "it went from 5.7 min [3] to 23.6 min [1], up 17.9 min (worse)" in answer.answer


def test_an_average_keeps_the_precision_it_was_derived_from(airport) -> None:
    answer = airport.answer("egate success rate avg since october?")
    assert "The average Egate success rate since 2026-10-01" in answer.answer  # no "across since"
    assert "was **87.25%**" in answer.answer


def test_one_metric_typed_on_both_sides_is_compared_across_the_journeys_named(airport) -> None:
    answer = airport.answer("departures nps vs arrivals nps latest - which is higher")
    assert "Arriving passenger is higher than Departing passenger by 3." in answer.answer
    assert "On time departure rate" not in answer.answer


def test_word_families_that_snowball_cuts_apart() -> None:
    assert same_family("departur", "depart") and same_family("deliveri", "deliv")
    assert not same_family("card", "cardiff") and not same_family("product", "productivity")


def test_a_word_typed_short_is_not_also_counted_as_cut_short() -> None:
    question = "if we could only fix one thing on departures"
    assert name_strength(("onlin", "check"), stems(question), stems(question)) == 0.0
    assert name_strength(("onlin", "check"), stems("onlin check"), words("onlin check")) > 0


def test_a_place_far_ahead_of_every_other_by_meaning_stands_below_the_usual_floor(airport) -> None:
    answer = airport.answer("which team looks after the egates?")
    assert "**Border Systems Liaison** owns **ePassport gates**" in answer.answer


def test_a_stages_goal_asked_with_a_figure_gives_both(airport) -> None:
    answer = airport.answer("what's the goal for security screening, is there a time target in the map")
    assert answer.answer.startswith("The goal of the **Security screening** stage is")
    assert "**Security queue time**" in answer.answer


def test_across_the_whole_of_something_is_scope_not_topic(airport) -> None:
    vocab, anchor = airport.answerer._knowledge()
    assert understand("top 3 things ppl moan about across the airport", vocab, anchor).topic == ()
    answer = airport.answer("top 3 things ppl moan about across the airport")
    lines = answer.answer.split("\n")
    assert "critical comments across the base (of 344 read)" in lines[0]
    # "top 3": three themes, the others named after them
    assert [line[:2] for line in lines[1:]] == ["- ", "- ", "- ", "…a"] and lines[4].startswith("…and 2 more: ")


def test_a_phrase_with_a_word_misspelt_counts_for_the_one_spelt_right() -> None:
    texts = ["securty queue far too long", "security queue far too long", "the security queue again",
             "security queue awful", "securty queue a joke"]
    names = {c.text: c.comments for c in candidates(texts, set(), None)}
    assert "securty queue" in names  # as often here as the right spelling: no way to tell which is right
    store = {"secur": 2.6, "securti": 4.8, "queue": 2.0}
    names = {c.text: c.comments for c in candidates(texts, set(), lambda terms: {t: store.get(t, 1.0) for t in terms})}
    assert "securty queue" not in names and names["security queue"] == 5  # the store's spelling wins


def test_a_journey_named_by_one_word_of_its_family_bounds_what_to_fix_first(airport) -> None:
    answer = airport.answer("if we could only fix one thing on departures this quarter what should it be")
    assert "touchpoints in Departing passenger ranked by priority" in answer.answer


def test_the_stage_with_the_most_complaints_is_by_what_customers_said(airport) -> None:
    answer = airport.answer("which stage has the most complaints")
    assert answer.answer.startswith("Stages by critical survey comments (low scores), most first:")
    assert "1. **Security screening**: 40 of 64 comments critical" in answer.answer


def test_what_a_segment_likes_is_its_praise(airport) -> None:
    vocab, anchor = airport.answerer._knowledge()
    assert "praise" in understand("what do business travellers like", vocab, anchor).intents
    assert "praise" not in understand("what does the journey look like", vocab, anchor).intents
    assert "praise" not in understand("what do people not like about it", vocab, anchor).intents
    answer = airport.answer("what do business travellers like")
    assert "the themes of its 20 positive comments" in answer.answer
