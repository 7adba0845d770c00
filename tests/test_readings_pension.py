"""Readings on bases other than the sample (bench/eval/pension and vet, written blind): two places compared by
their complaints, a stage's pain point that names a touchpoint, a kind of figure no KPI is, the personas' word
for members, chat interjections and "feels like"."""

from __future__ import annotations

from journeys.answers.persona import head_noun
from journeys.answers.shorthand import plain
from journeys.answers.understand import understand
from tests.conftest import ROOT, base_fixture

PENSION = ROOT / "bench" / "eval" / "pension" / "knowledge"
VET = ROOT / "bench" / "eval" / "vet" / "knowledge"

pension = base_fixture(PENSION, "pension")
vet = base_fixture(VET, "vet")


def test_more_complaints_about_a_or_b_compares_the_two_places(pension) -> None:
    answer = pension.answer("do ppl complain more about contributions & statements or the enrolment notice stage")
    assert "23 of 28 comments critical" in answer.answer and "16 of 20 comments critical" in answer.answer
    assert "More complaints at **Contributions & statements**: 23 critical comments against 16" in answer.answer


def test_a_stages_pain_point_that_names_a_touchpoint_is_counted_there(pension) -> None:
    answer = pension.answer("top 3 pain points on the retirement side by number of complaints")
    assert "First payment taxed on an emergency tax code (Tax code on first payment (First payment);" in answer.answer
    assert any(s.kind == "touchpoint" and s.title == "Tax code on first payment" for s in answer.sources)


def test_a_kind_of_figure_no_kpi_is_is_declined(pension) -> None:
    answer = pension.answer("avg pot size at retirement atm?")
    assert answer.abstained and answer.answer.startswith("No KPI called “pot size” is recorded")


def test_a_personas_head_noun_stops_at_a_participle_or_preposition() -> None:
    assert head_noun("Employee auto-enrolled into Northlark Workplace Pension by their employer") == "employee"
    assert head_noun("Member aged 55+ deciding how to take their pot") == "member"
    assert head_noun("Monthly supporter recruited on the street") == "supporter"
    assert head_noun("Homeowner going solar") == "homeowner"
    assert head_noun("Working adult with a minor illness") == "adult"


def test_the_personas_word_for_people_is_no_topic(pension) -> None:
    vocab, anchor = pension.answerer._knowledge()
    assert "member" not in understand("what do members actually like about the online account?", vocab, anchor).topic


def test_chat_interjections_say_nothing_of_what_is_asked() -> None:
    assert plain("what do ppl like about us lol, anything good") == "what do people like about us, anything good"
    assert plain("tbh the app is bad") == "to be honest the app is bad"


def test_feels_like_is_it_seems_not_an_emotion_asked(vet) -> None:
    vocab, anchor = vet.answerer._knowledge()
    question = "anything new popping up in the last couple of weeks? feels like more angry emails than usual"
    assert "emotion" not in understand(question, vocab, anchor).intents
    assert "emotion" in understand("how do customers feel about billing?", vocab, anchor).intents
    answer = vet.answer("what do people actually like about us lol, anything positive in there")
    assert not answer.abstained and "positive comments" in answer.answer
