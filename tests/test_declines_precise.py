"""Issue 7, class 1 ("abstain precisely") on a base other than the sample (the water utility, tests/data/water):
a name before the figure that the base never mentions, a customer group its comments never carry, and the
words that must not be taken for a missing subject (short forms of the base's own words, a verb after the
question's cue noun)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from journeys.answers.short_forms import expansion
from tests.conftest import ROOT, ingested

WATER = ROOT / "tests" / "data" / "water"


@pytest.fixture(scope="module")
def water(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    yield from ingested(WATER, tmp_path_factory, embedder)


def _no_figure(text: str) -> bool:
    return not re.search(r"\*\*-?\d", text)


# --- a competitor's figure: a name before the metric, mentioned nowhere in the base -------------------------

@pytest.mark.parametrize(("question", "name"), [
    ("aquaflo nps this month?", "aquaflo"),  # no English word: a name wherever it stands
    ("aqua severnwave nps this month?", "aqua severnwave"),  # and the English word before it with it
    ("dolphin leak repair nps this quarter?", "dolphin"),  # an English word, but before one of the base's places
])
def test_a_name_before_the_figure_the_base_never_mentions_is_declined_by_name(water, question: str,
                                                                            name: str) -> None:
    answer = water.answer(question)
    assert answer.abstained and not answer.sources, answer.answer
    assert f"“{name}”" in answer.answer
    assert "Leak repair" in answer.answer and "New supply connection" in answer.answer  # what it holds
    assert _no_figure(answer.answer)


@pytest.mark.parametrize("question", ["overall leak repair nps?", "latest leak repair nps",
                                      "highest hold time in the last 6 weeks"])
def test_general_words_before_the_figure_name_nobody(water, question: str) -> None:
    answer = water.answer(question)
    assert not answer.abstained, answer.answer


# --- a customer group the comments never carry --------------------------------------------------------------

@pytest.mark.parametrize("question", ["what do commercial customers complain about",
                                      "complaints from commercial customers?"])
def test_a_segment_the_base_lacks_is_declined_naming_the_segments_it_has(water, question: str) -> None:
    answer = water.answer(question)
    assert answer.abstained and not answer.sources, answer.answer
    assert "commercial" in answer.answer
    assert "Homeowner" in answer.answer and "Landlord" in answer.answer


@pytest.mark.parametrize(("question", "word"), [("nps from commercial accounts?", "commercial"),
                                              ("csat for housing association customers", "housing")])
def test_a_figure_for_a_segment_the_base_lacks_is_declined(water, question: str, word: str) -> None:
    answer = water.answer(question)
    assert answer.abstained and not answer.sources, answer.answer
    assert word in answer.answer and _no_figure(answer.answer)


@pytest.mark.parametrize("question", ["nps for the leak hotline from the survey comments",
                                      "nps from homeowner customers"])
def test_a_figure_for_a_place_or_a_known_segment_is_answered(water, question: str) -> None:
    answer = water.answer(question)
    assert not answer.abstained, answer.answer


def test_a_group_named_by_its_head_noun_alone_is_no_missing_segment(water) -> None:
    answer = water.answer("what do callers complain about at the leak hotline")
    assert not answer.abstained, answer.answer


# --- abbreviations and nicknames of the base's own words ----------------------------------------------------

def test_a_clipped_metric_word_is_the_metric(water) -> None:
    answer = water.answer("compl rate atm")  # declined as "No KPI called compl rate" unless spelled out
    assert not answer.abstained, answer.answer
    assert "Survey completion rate" in answer.answer or "survey completion rate" in answer.answer.lower()
    assert re.search(r"\*\*\d", answer.answer)  # the figure itself


def test_a_clipped_place_word_finds_the_place(water) -> None:
    answer = water.answer("what do people say about the meter fitt")
    assert not answer.abstained, answer.answer
    assert "comments at Meter fitting" in answer.answer
    full = water.answer("what do people say about the meter fitting")
    assert [s.id for s in answer.sources] == [s.id for s in full.sources]


@pytest.mark.parametrize(("word", "words", "expected"), [
    ("conv", {"conversion", "booking"}, "conversion"),
    ("brekkie", {"breakfast", "buffet"}, "breakfast"),
    ("insta", {"instagram", "post"}, "instagram"),
    ("conn", {"connection", "connections", "day"}, "connection"),  # one word in two forms
    ("appt", {"appointment", "application"}, None),  # ambiguous: both hold a, p, p, t in that order
    ("whats", {"whatsapp"}, None),  # "what's" typed without its apostrophe
    ("subs", {"substitutions", "delivery"}, "substitutions"),  # the plural of a clipped word
    ("diamond", {"diamonds"}, None),  # an English word is no short form
    ("comp", {"completion", "complaint"}, None),  # ambiguous: two of the base's words start that way
])
def test_short_forms(word: str, words: set[str], expected: str | None) -> None:
    assert expansion(word, frozenset(words)) == expected


# --- a verb after the cue noun is no subject ----------------------------------------------------------------

def test_a_participle_after_the_cue_noun_is_not_a_missing_topic(water) -> None:
    answer = water.answer("any new complaints cropping up lately?")
    assert not answer.abstained, answer.answer
