"""Places described by meaning, not name, on a base other than the sample: the water utility of tests/data/water
plus a gym-visit map written here, whose one-word stage "Membership" is also a word of another stage's phrases
("membership card" belongs to Entry)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT, ingested

WATER = ROOT / "tests" / "data" / "water"
GYM = {"journeys": [{
    "id": "gym-visit", "name": "Gym visit", "owner": "Club operations",
    "stages": [
        {"name": "Membership", "goal": "Choose a plan and keep paying for it without surprises", "emotion": 0,
         "pain_points": ["Price rises are announced late"],
         "touchpoints": [
             {"name": "Plan change", "channel": "app", "owner": "Sales team",
              "description": "Switching between the off-peak and the anytime plan"},
             {"name": "Direct debit", "channel": "email", "owner": "Finance team",
              "description": "The monthly payment taken from the bank account",
              "pain_points": ["Payments are taken twice in some months"]}]},
        {"name": "Entry", "goal": "Get from the front door to the gym floor quickly with a working membership card",
         "emotion": -1,
         "pain_points": ["Queues at the turnstiles after work", "Membership cards stop scanning after a few weeks"],
         "touchpoints": [
             {"name": "Turnstile", "channel": "in person", "owner": "Facilities",
              "description": "Scanning the membership card at the turnstile to get in",
              "pain_points": ["The turnstile reader rejects worn membership cards"]},
             {"name": "Locker", "channel": "in person", "owner": "Facilities",
              "description": "Coin lockers in the changing rooms"}]},
    ]}]}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("kb") / "water"
    shutil.copytree(WATER, folder)
    (folder / "maps" / "gym.json").write_text(json.dumps(GYM), encoding="utf-8")
    yield from ingested(folder, tmp_path_factory, embedder)


def test_a_stage_word_inside_another_places_phrase_is_not_that_stage(base) -> None:
    answer = base.answer("the bit where members tap their membership card to get in - whats going wrong there?")
    assert answer.focus.stage_id == "gym-visit/entry", answer.answer


def test_a_one_word_stage_named_plainly_still_wins(base) -> None:
    answer = base.answer("whats going wrong in membership?")
    assert answer.focus.stage_id == "gym-visit/membership", answer.answer


def test_the_asking_clause_does_not_blur_a_description(base) -> None:
    """The question's own asking clause ("- who is responsible for it?") is left out of the description."""
    answer = base.answer("the reminder message people get the day before a visit - whos responsible for it?")
    assert "Appointment text" in answer.answer and "Field operations" in answer.answer
