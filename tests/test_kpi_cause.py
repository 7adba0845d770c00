"""A KPI's move and its cause, on a base other than the sample (bench/eval/fooddelivery, written blind): what is
new where the KPI is kept, a theme that is most of the recent window, a metric name typed whole over one its
words only scatter, and the default direction of a name with "on time" in it."""

from __future__ import annotations

from journeys.answers.understand import understand
from knowledge.values import default_higher_is_better
from tests.conftest import ROOT, base_fixture

fooddelivery = base_fixture(ROOT / "bench" / "eval" / "fooddelivery" / "knowledge", "fooddelivery")


def test_why_a_kpi_moved_gives_its_figures_then_what_is_new_where_it_is_kept(fooddelivery) -> None:
    answer = fooddelivery.answer("payment failure rate spiked recently - whats behind it?")
    assert answer.answer.startswith("**Payment failure rate** at Payment sheet was **5.6%**")
    assert "Emerging at Payment sheet in the last 3 weeks" in answer.answer
    assert "**apple pay**: 15 comments in the last 3 weeks (75%), 0 like it in the 9 weeks before" in answer.answer
    plain = fooddelivery.answer("payment failure rate now?")  # no cause asked: the figures alone
    assert "Emerging" not in plain.answer


def test_a_theme_that_is_most_of_the_recent_window_is_emerging(fooddelivery) -> None:
    answer = fooddelivery.answer("anything new at the payment sheet lately?")
    assert answer.answer.startswith("Emerging at Payment sheet in the last 3 weeks")
    assert "**apple pay**" in answer.answer


def test_a_metric_typed_whole_wins_over_one_its_words_only_scatter(fooddelivery) -> None:
    vocab, anchor = fooddelivery.answerer._knowledge()
    assert understand("avg on time delivery rate over the last 5 wks?", vocab, anchor).metrics == [
        "on_time_delivery_rate"]
    assert set(understand("avg delivery time vs on time delivery rate", vocab, anchor).metrics) == {
        "avg_delivery_time", "on_time_delivery_rate"}


def test_on_time_and_first_time_say_when_not_how_long() -> None:
    assert default_higher_is_better("on_time_delivery_rate") and default_higher_is_better("first_time_fix_rate")
    assert not default_higher_is_better("avg_delivery_time") and not default_higher_is_better("time_to_value_days")


def test_a_rate_with_on_time_in_its_name_is_judged_higher_better(fooddelivery) -> None:
    answer = fooddelivery.answer("on time delivery rate now?")
    assert "against a target of 90% (off target, 1.7 points short)" in answer.answer
