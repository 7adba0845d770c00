"""What is new, and the base's own word for its customers, on a base unlike the sample: the water utility of
tests/data/water, with comments written here so that each journey has its own theme that starts in the last
two weeks (a road left dug up after leak repairs; wrong prices on new-supply quote letters; praise for a live
leak map), and a persona that
calls its customers "householders"."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from journeys.answers.periods import counted_window, parse_period
from journeys.answers.persona import head_noun, people_stems
from tests.conftest import ROOT, ingested

WATER = ROOT / "tests" / "data" / "water"
START, END = date(2026, 8, 3), date(2026, 11, 1)  # the newest comment is "now"
RECENT = END - timedelta(days=13)  # the last two weeks

STEADY = [  # (journey, stage, touchpoint, score, texts): spread over the whole span
    ("Leak repair", "Report", "Leak hotline", 2, ["On hold for ages to report a burst main", "Hotline kept me waiting",
                                                  "Long wait on the leak line", "Nobody picked up the leak hotline"]),
    ("Leak repair", "Repair", "Repair crew visit", 10, ["Crew fixed the pipe in two hours, great work",
                                                        "Friendly crew, fixed it fast", "Repair team were brilliant",
                                                        "Quick repair and very polite crew"]),
    ("New supply connection", "Site survey", "Surveyor visit", 3, ["Surveyor came four hours late",
                                                                   "Waited all day for the surveyor",
                                                                   "Surveyor missed the booked slot"]),
]
NEW = [  # starts in the last two weeks
    ("Leak repair", "Repair", "Repair crew visit", 1, ["Road left dug up for days", "A hole left in the road outside",
                                                       "Trench in the road still open a week later",
                                                       "The road is dug up and abandoned", "Our road is still dug up",
                                                       "Hole in the road left unfilled, dangerous at night",
                                                       "Road still dug up, cones everywhere",
                                                       "They dug up the road and never came back"]),
    ("Leak repair", "Report", "Leak report web page", 10, ["Love the new live leak map on the website",
                                                           "The live leak map is brilliant",
                                                           "Great new leak map, I could see the crew on the way",
                                                           "Really handy live map of leaks, well done",
                                                           "The leak map online is excellent",
                                                           "Loved tracking the repair on the live leak map"]),
    ("New supply connection", "Application", "Quote letter", 1, ["Quote letter had the wrong price",
                                                                 "The price on my quote letter was wrong",
                                                                 "Wrong amount on the connection quote letter",
                                                                 "Quote letter price did not match the website",
                                                                 "My quote letter showed someone else's price",
                                                                 "Quote letter overcharged me for the connection"]),
]


def _comments(path: Path) -> None:
    rows, n = [], 0
    span = (END - START).days - 2
    for journey, stage, touchpoint, score, texts in STEADY:
        for week in range(24):  # two a week, texts in turn
            n += 1
            day = START + timedelta(days=round(week * span / 23) + len(rows) % 3)
            rows.append([f"WT-{n}", day.isoformat(), journey, stage, touchpoint, score, "nps", "",
                         f"{texts[week % len(texts)]} (visit {week + 1})"])
    for journey, stage, touchpoint, score, texts in NEW:
        for i, text in enumerate(texts):
            n += 1
            rows.append([f"WT-{n}", (RECENT + timedelta(days=1 + i)).isoformat(), journey, stage, touchpoint,
                         score, "nps", "", text])
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment",
                         "comment"])
        writer.writerows(rows)


@pytest.fixture(scope="module")
def water_news(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("water_news") / "water"
    shutil.copytree(WATER / "kpis", folder / "kpis")
    (folder / "maps").mkdir(parents=True)
    (folder / "comments").mkdir()
    maps = json.loads((WATER / "maps" / "journeys.json").read_text())
    for journey in maps["journeys"]:
        if journey["name"] == "Leak repair":
            journey["persona"] = "Householder who spots a leak in the street or at home"
    (folder / "maps" / "journeys.json").write_text(json.dumps(maps))
    _comments(folder / "comments" / "survey.csv")
    yield from ingested(folder, tmp_path_factory, embedder)


def test_new_complaints_are_the_themes_that_started_lately_not_the_trend(water_news) -> None:
    answer = water_news.answer("any new complaints in leak repair over the last couple weeks?")
    text = answer.answer
    assert "Emerging at Leak repair in the last 2 weeks" in text, text
    first = text.split("\n- ", 2)[1]
    assert "road" in first.lower(), text
    # what is new in the other journey was not asked about, and new praise (the live leak map) is no complaint
    assert "quote" not in text.lower() and "map" not in text.lower(), text
    assert "road" in answer.sources[0].text.lower()


def test_new_complaints_across_the_base_are_emerging_themes_not_kpis(water_news) -> None:
    answer = water_news.answer("any fresh complaints coming in lately?")
    assert answer.answer.startswith("Emerging"), answer.answer
    assert {s.kind for s in answer.sources[:5]} == {"comment"}
    assert "KPIs getting worse" not in answer.answer
    # new praise (the live leak map) is no new complaint
    assert "map" not in answer.answer.lower(), answer.answer


def test_the_personas_word_for_customers_is_not_a_subject(water_news) -> None:
    answer = water_news.answer("what do householders like about leak repair?")
    assert not answer.abstained, answer.answer
    assert "positive comments at Leak repair" in answer.answer, answer.answer
    assert "most related to your question" not in answer.answer  # the journey's praise, not a word's
    assert any("crew" in s.text.lower() for s in answer.sources[:3]), answer.answer


def test_a_persona_names_its_people_by_its_head_noun() -> None:
    assert head_noun("Resident with a car living in a controlled zone (CPZ)") == "resident"
    assert head_noun("Gold card member (Blue, Silver or Gold tier)") == "member"
    assert head_noun("Private car or van policyholder making a claim") == "policyholder"
    assert head_noun("Existing customer swapping an old meter") == "customer"
    assert head_noun("Homeowner building an extension") == "homeowner"
    assert head_noun("Workspace admin on a paid plan") == "admin"
    assert people_stems(["Guests staying two nights", None, ""]) == {"guest"}


def test_a_couple_of_weeks_typed_without_of_is_two_weeks() -> None:
    anchor = date(2026, 11, 1)
    for typed in ("any news last couple weeks", "any news in the last couple of weeks"):
        period = parse_period(typed, anchor)
        assert period is not None and period.start == date(2026, 10, 19) and period.end == anchor, typed
    assert counted_window("anything new the past two weeks?") == "past two weeks"
    assert counted_window("what is new?") == ""
