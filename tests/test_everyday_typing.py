"""Questions typed the way staff type, on a knowledge base other than the sample (the water utility of
tests/data/water, plus a weekly count metric written here): chat shorthand, names typed joined, date ranges,
totals, one metric in two journeys, a team's touchpoints, a metric word in a question about comments, and a
segment's complaints within one journey."""

from __future__ import annotations

import csv
import re
import shutil
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT, ingested

WATER = ROOT / "tests" / "data" / "water"
WEEKS = ["2026-09-21", "2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19"]
COMPLAINTS = [14, 9, 22, 31, 27]  # complaints_received per week at Leak repair


@pytest.fixture(scope="module")
def water(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("kb") / "water"
    shutil.copytree(WATER, folder)
    maps = folder / "maps" / "journeys.json"  # a touchpoint described by a catchphrase, as offers often are
    maps.write_text(maps.read_text(encoding="utf-8").replace(
        "Customers ask to be phoned back", "Press 9 for 10 minutes back: customers ask to be phoned back"),
        encoding="utf-8")
    with (folder / "kpis" / "complaints.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["metric", "value", "date", "journey", "unit", "higher_is_better"])
        writer.writerows(["complaints_received", n, day, "Leak repair", "count", "false"]
                         for n, day in zip(COMPLAINTS, WEEKS, strict=True))
    yield from ingested(folder, tmp_path_factory, embedder)


def _latest(metric: str, journey: str) -> str:
    rows = [r for r in csv.DictReader((WATER / "kpis" / "weekly.csv").open(encoding="utf-8"))
            if r["metric"] == metric and r["journey"] == journey]
    return max(rows, key=lambda r: r["date"])["value"]


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"-?\d+(?:\.\d+)?", text.replace("−", "-")))


def test_the_same_metric_in_two_journeys_is_set_side_by_side(water) -> None:
    answer = water.answer("nps leak repair vs new supply rn")
    leak, supply = _latest("nps", "Leak repair"), _latest("nps", "New supply connection")
    assert "Leak repair" in answer.answer and "New supply connection" in answer.answer, answer.answer
    assert {leak, supply} <= _numbers(answer.answer), answer.answer


def test_a_total_adds_up_the_weekly_counts_of_the_window(water) -> None:
    answer = water.answer("total complaints received on leak repair in the last 4 weeks")
    assert f"**{sum(COMPLAINTS[-4:])}**" in answer.answer, answer.answer


def test_a_range_of_two_days_is_the_window_between_them(water) -> None:
    answer = water.answer("how did complaints received move between 28 sep and 12 oct?")
    assert "2026-09-28 to 2026-10-12" in answer.answer, answer.answer
    assert "3 snapshots" in answer.answer and "up 22" in answer.answer, answer.answer  # 9 -> 31


def test_since_a_day_runs_from_that_day_to_the_latest(water) -> None:
    answer = water.answer("avg complaints received since 5th oct")
    assert f"**{sum(COMPLAINTS[2:]) / 3:.2f}**" in answer.answer, answer.answer  # two decimals: an average
    assert "since 2026-10-05" in answer.answer


def test_chat_shorthand_reads_as_plain_english(water) -> None:
    answer = water.answer("what r ppl saying abt the leak hotline")
    comments = [s for s in answer.sources if s.kind == "comment"]
    assert comments and all("Leak hotline" in s.title for s in comments), [s.title for s in answer.sources]


def test_a_name_typed_as_one_word_finds_the_place(water) -> None:
    answer = water.answer("who owns the leak report webpage?")
    assert "Customer service owns Leak report web page" in answer.answer.replace("**", ""), answer.answer


def test_which_parts_a_team_owns_lists_every_one(water) -> None:
    answer = water.answer("which bits of leak repair does customer service own?")
    for name in ("Leak hotline", "Leak report web page", "Callback request", "Completion text"):
        assert name in answer.answer, answer.answer


def test_a_metric_word_in_a_question_about_comments_is_its_subject(water) -> None:
    answer = water.answer("what do people say about hold times on the leak hotline")
    assert any(s.kind == "comment" for s in answer.sources), answer.answer
    assert not answer.answer.startswith("**Hold time"), answer.answer


def test_a_figure_asked_for_still_gets_the_kpi(water) -> None:
    answer = water.answer("how did hold time change on the leak hotline")
    assert answer.sources[0].kind == "kpi", answer.answer


def test_a_segment_named_with_a_journey_is_read_within_it(water) -> None:
    answer = water.answer("what r landlords complaining about on leak repair")
    comments = [s for s in answer.sources if s.kind == "comment"]
    ids = {r["id"] for r in csv.DictReader((WATER / "comments" / "survey.csv").open(encoding="utf-8"))
           if r["journey"] == "Leak repair" and r["segment"] == "Landlord"}
    assert comments and {s.id for s in comments} <= ids, [s.id for s in comments]


def test_shorthand_is_never_read_inside_other_words() -> None:
    from journeys.answers.shorthand import plain

    assert plain("r u sure abt the R&D wk?") == "are you sure about the R&D week?"
    assert plain("our user survey") == "our user survey"


def test_a_team_typed_with_a_typo_is_still_the_team(water) -> None:
    answer = water.answer("what does the conections team look after")
    assert "Connections team" in answer.answer and "Quote letter" in answer.answer, answer.answer


def test_a_name_cut_short_beside_its_other_word_finds_the_place(water) -> None:
    answer = water.answer("who owns the callback req?")
    assert "Customer service owns Callback request" in answer.answer.replace("**", ""), answer.answer


def test_the_people_noun_after_a_segment_names_no_stage(water) -> None:
    answer = water.answer("what are landlord applicants complaining about")
    stages = {r["id"]: r["stage"] for r in csv.DictReader((WATER / "comments" / "survey.csv").open(encoding="utf-8"))}
    cited = [stages[s.id] for s in answer.sources if s.kind == "comment"]
    assert cited and set(cited) != {"Application"}, cited  # the Landlord segment everywhere, not one stage


def test_two_letters_swapped_in_a_stage_name_still_find_it(water) -> None:
    answer = water.answer("whats the goal of the site suvrey stage")
    assert "Confirm where the pipe can run" in answer.answer, answer.answer


def test_a_hyphenated_word_the_base_uses_is_no_unknown_subject(water) -> None:
    answer = water.answer("how much did leak-repair nps drop last wk")
    assert not answer.abstained, answer.answer


def test_the_words_before_journey_name_a_place_not_a_team(water) -> None:
    answer = water.answer("what should we fix first in the network journey")
    assert "owned by Network team" not in answer.answer, answer.answer


def test_words_quoted_from_one_place_s_map_entry_find_it(water) -> None:
    answer = water.answer("is the press 9 for 10 thing any good?")
    assert answer.sources and answer.sources[0].title.startswith("Callback request"), answer.sources[:2]


def test_the_other_journey_is_the_one_the_question_does_not_name(water) -> None:
    answer = water.answer("nps on leak repair atm, how does that compare w the other journey")
    leak, supply = _latest("nps", "Leak repair"), _latest("nps", "New supply connection")
    assert "New supply connection" in answer.answer and {leak, supply} <= _numbers(answer.answer), answer.answer


def test_which_is_further_off_target_sets_both_gaps_side_by_side(water) -> None:
    answer = water.answer("which is further off target, survey completion or repair within 24h?")
    assert answer.answer.startswith("Side by side") and answer.answer.count("short") + answer.answer.count(
        "past") >= 2, answer.answer


def test_staff_numbers_are_declined(water) -> None:
    answer = water.answer("how many ppl work in field operations")
    assert answer.abstained and "team sizes" in answer.answer, answer.answer


def test_a_place_described_with_a_metric_like_phrase_is_no_unknown_kpi(water) -> None:
    answer = water.answer("the text that gives visit times - any probs?")
    assert not answer.abstained, answer.answer
