"""Issue 7, classes 1, 2, 4 and 7 on a base other than the sample (the water utility, tests/data/water):
declines that name what is missing and never trip on time words, places found by the store's own words and
by meaning, and a figure from the journey the question names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from journeys.answers.understand import understand
from journeys.answers.vocabulary import Entity, Vocabulary, expand_abbreviations
from tests.conftest import ROOT, ingested

WATER = ROOT / "tests" / "data" / "water"


@pytest.fixture(scope="module")
def water(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    yield from ingested(WATER, tmp_path_factory, embedder)


@pytest.fixture(scope="module")
def vocab(water) -> Vocabulary:  # type: ignore[no-untyped-def]
    with water.db.session() as session:
        return Vocabulary.load(session)


# --- 1. a figure the base does not record is declined, by name --------------------------------------------

def test_a_general_metric_word_the_base_has_no_kpi_for_is_declined(water) -> None:
    answer = water.answer("churn rate for leak repair customers last month")
    assert answer.abstained and not answer.sources
    assert "churn rate" in answer.answer and "hold time minutes" in answer.answer  # what it holds instead
    assert not re.search(r"\*\*-?\d", answer.answer)


@pytest.mark.parametrize("question", ["hold time at the moment?", "hold time on monday",
                                      "how has hold time moved since the first week of sep?"])
def test_time_words_are_never_taken_for_a_missing_subject(water, question: str) -> None:
    answer = water.answer(question)
    assert not answer.abstained, answer.answer
    assert "min" in answer.answer


# --- 2. places by the store's own words, and by meaning ---------------------------------------------------

def test_a_word_one_stage_uses_points_to_that_stage(vocab: Vocabulary) -> None:
    u = understand("why do uploads keep failing?", vocab, date(2026, 10, 19))
    assert u.stage is not None and u.stage.name == "Application" and u.stage_inferred  # a hint, not a name
    assert u.focus().stage_id is None


def test_a_stage_named_in_full_beats_a_touchpoint_matched_in_part(vocab: Vocabulary) -> None:
    # "report" names the stage Report of the Leak repair journey; "Leak report web page" only shares those words
    u = understand("where do customers struggle when they report a leak", vocab, date(2026, 10, 19))
    assert u.stage is not None and u.stage.name == "Report" and not u.stage_inferred
    assert u.touchpoint is None


def test_the_stage_where_takes_the_stage_of_the_place_described(water) -> None:
    answer = water.answer("the stage where an engineer walks the site and marks the pipe route, what touchpoints "
                          "are in it?")
    assert answer.filters.get("stage") == "site-survey", answer.answer
    assert "Surveyor visit" in answer.answer and "Appointment text" in answer.answer


def test_a_goal_asked_as_what_we_try_to_achieve(water) -> None:
    answer = water.answer("what are we trying to achieve at site survey?")
    assert "Confirm where the pipe can run before any digging" in answer.answer


def test_the_base_initialisms_expand_only_when_typed_as_one() -> None:
    vocab = Vocabulary(entities=[Entity("touchpoint", "Online application form", "j/s/oaf")])
    assert "Online application form" in expand_abbreviations("is the OAF broken?", vocab.initialisms())
    assert expand_abbreviations("what an oaf", vocab.initialisms()) == "what an oaf"


# --- 4. the journey a word names picks the figure ---------------------------------------------------------

def test_one_journeys_own_word_picks_its_series(water) -> None:
    leak = water.answer("leak nps atm?")
    assert "**-30**" in leak.answer and "**22**" not in leak.answer
    supply = water.answer("supply nps atm?")
    assert "**22**" in supply.answer and "**-30**" not in supply.answer


# --- 1 again: a journey made of other places' words; plans for a coming period -----------------------------

def test_a_journey_named_from_several_places_words_is_declined(water) -> None:
    answer = water.answer("whats the nps of the meter fitting repair journey")
    assert answer.abstained and "meter fitting repair" in answer.answer
    assert "Leak repair" in answer.answer and "New supply connection" in answer.answer


def test_one_places_name_before_journey_still_means_that_place(water) -> None:
    assert not water.answer("pain points in the site survey journey").abstained


def test_what_to_fix_for_a_coming_quarter_is_answered_from_what_is_held(water) -> None:
    answer = water.answer("what should we fix first, they want ideas for q1")
    assert not answer.abstained, answer.answer
    assert "period" not in answer.filters
    assert water.answer("nps in q1 2025?").abstained  # a figure for a period the data does not reach


# --- 2 again: the base's own product name is the whole base, not a topic -------------------------------------

def test_the_bases_own_product_name_is_no_topic(tmp_path_factory: pytest.TempPathFactory, embedder) -> None:
    folder = tmp_path_factory.mktemp("acme") / "maps"
    folder.mkdir()
    for slug, name, persona in (("signup", "Sign up", "A new user trying Zentra for the first time"),
                                ("support", "Support", "A paying team with a problem")):
        (folder / f"{slug}.yaml").write_text(
            f"id: {slug}\nname: {name}\npersona: {persona}\nstages:\n  - name: Start {slug}\n"
            f"    goal: Get going with Zentra quickly\n    touchpoints:\n      - name: Web form {slug}\n"
            f"        description: The form inside Zentra, see zentra.io\n", encoding="utf-8")
    core = next(ingested(folder, tmp_path_factory, embedder))
    with core.db.session() as session:
        vocab = Vocabulary.load(session)
    core.close()
    assert vocab.house == {"zentra"}
    u = understand("what do customers love about zentra", vocab, date(2026, 10, 19))
    assert "zentra" not in u.topic


@pytest.mark.parametrize("question", ["severnco hold time atm?", "how many repair crews do we employ rn"])
def test_a_figure_owned_by_a_name_the_base_never_uses_and_staff_numbers_are_declined(water, question: str) -> None:
    answer = water.answer(question)
    assert answer.abstained and not re.search(r"\*\*-?\d", answer.answer), answer.answer
    assert not water.answer("hold time atm?").abstained  # the same figure, asked of our own base


# --- 7. a decline says what this store holds -------------------------------------------------------------

def test_a_finance_decline_names_only_what_the_store_holds(tmp_path_factory: pytest.TempPathFactory,
                                                           embedder) -> None:  # type: ignore[no-untyped-def]
    core = next(ingested(ROOT / "tests" / "data" / "b2b" / "comments", tmp_path_factory, embedder))
    try:
        answer = core.answer("what was our revenue last quarter?")
        old = core.answer("what did customers say in 2019?")
    finally:
        core.close()
    assert answer.abstained and "“revenue”" in answer.answer and "survey comment" in answer.answer
    assert "journey map" not in answer.answer and "KPI" not in answer.answer
    assert old.abstained and "2019" in old.answer and "its comments run from" in old.answer
    assert "KPI" not in old.answer


@pytest.mark.parametrize("question", ["lowest hold time in the last 6 weeks", "rank the repair stages by nps"])
def test_general_english_words_opening_a_question_are_no_missing_name(water, question: str) -> None:
    assert not water.answer(question).abstained
