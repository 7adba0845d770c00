"""Readings on four bases written blind in the eleventh session (bench/eval/removals, coworking, opticians,
nursery): the words of a window say when, not what about; two capital letters for two words of one name; a
word a name writes joined, typed apart, and the reverse; a word of a name's word family ("fail" of failure);
a stage that is all the question's subject bounds what is new there, counted against everything customers said;
a future inside a clause asks for no forecast; a journey named in brackets, and a company named in two English
words before a figure, are declined; the one KPI of a stage a word leads to; the lowest scores quoted are of the
survey scored; a place described in a clause is the place; the rarer word decides between names typed alike."""

from __future__ import annotations

from tests.conftest import ROOT, base_fixture

removals = base_fixture(ROOT / "bench" / "eval" / "removals" / "knowledge", "removals")
coworking = base_fixture(ROOT / "bench" / "eval" / "coworking" / "knowledge", "coworking")
opticians = base_fixture(ROOT / "bench" / "eval" / "opticians" / "knowledge", "opticians")
nursery = base_fixture(ROOT / "bench" / "eval" / "nursery" / "knowledge", "nursery")


def test_the_words_of_a_window_are_no_subject(removals, coworking) -> None:
    answer = removals.answer("any emerging themes since mid oct")
    assert not answer.abstained
    assert answer.answer.startswith("Emerging in the last 26 days (since 2025-10-15")
    answer = coworking.answer("how far has time to first access come down since start of july")
    assert "went from 26.7 hours [3] to 5.6 hours [1], down 21.1 hours (better)" in answer.answer


def test_two_capitals_are_two_words_of_one_name(removals) -> None:
    answer = removals.answer("any probs with the DDs for storage units")
    assert answer.answer.startswith("Pain points the journey map records at **Monthly direct debit**")


def test_a_score_from_comments_written_with_based(coworking) -> None:
    answer = coworking.answer("whats the comment-based nps for everyday membership overall")
    assert answer.answer.startswith("**NPS** for Everyday membership [1] was **-26.3**, computed from 171 survey")


def test_what_is_new_at_a_stage_that_is_all_the_subject(opticians) -> None:
    answer = opticians.answer("new issues with deliveries recently?")
    # the stage Lens deliveries bounds it, and complaints that grew while praise held count as a rise
    assert answer.answer.startswith("Emerging at Lens deliveries in the last 3 weeks (since 2025-10-20, 25 "
                                    "comments (24 not praise) against 22 comments (6 not praise)")
    assert "new courier" in answer.answer


def test_a_future_inside_a_clause_is_no_forecast(opticians) -> None:
    answer = opticians.answer("customers waiting to hear when their specs will be ready - whats the feedback")
    assert not answer.abstained and "Glasses being made" in answer.answer
    assert opticians.answer("when will the lab backlog be cleared").abstained


def test_words_a_name_writes_joined_or_apart(nursery) -> None:
    answer = nursery.answer("avg pick up wait over the last 3 wks")
    assert answer.answer.startswith("The average Pickup wait time min across the last 3 weeks (2025-10-20 to "
                                    "2025-11-09) was **5.8 min**")
    # "waitlist" is the Waiting list's; "fail rate" is funding_code_failure_rate's, and "funding" in it names no
    # segment
    answer = nursery.answer("waitlist dropout vs funding code fail rate, which is worse rn")
    assert "- **Funding code failure rate**: **17.4%**" in answer.answer
    assert "- **Waiting list dropout rate**: **18.7%**" in answer.answer
    assert "Funded hours" not in answer.answer
    assert "(off target, 55.8% worse than its target)" in answer.answer  # lower is better: worse, not "short"


def test_a_journey_in_brackets_and_a_company_in_two_words_are_declined(removals, nursery) -> None:
    answer = removals.answer("pain points in the office relocation (commercial moves) journey?")
    assert answer.abstained and "There is no “office relocation commercial moves” journey" in answer.answer
    answer = nursery.answer("whats bright horizons nps?")
    assert answer.abstained and "does not cover “bright horizons”" in answer.answer
    assert not nursery.answer("what is the overall daily care nps").abstained


def test_the_one_kpi_of_a_stage_a_word_leads_to(coworking) -> None:
    answer = coworking.answer("how many ppl came to events in the latest week")
    assert answer.answer.startswith("**Event attendance** at Community events calendar was **151**")


def test_the_lowest_scores_quoted_are_of_the_survey_scored(coworking) -> None:
    answer = coworking.answer("overall nps across all the pulse survey comments?")
    assert "was **-29.8**, computed from 242 survey scores" in answer.answer
    quoted = [s.id for s in answer.sources if s.kind == "comment"]
    assert quoted and all(i.startswith("NPS-") for i in quoted)  # the pulse file's ids, not the Typeform export's


def test_a_place_described_in_a_clause_is_the_place(coworking) -> None:
    answer = coworking.answer("how r we doing on the bit where ppl adjust or end their membership")
    assert answer.sources[0].id == "everyday-membership/changing-plan-or-leaving"
    assert "the main themes in the 32 comments at Changing plan or leaving" in answer.answer


def test_the_rarer_word_decides_between_names_typed_alike(coworking) -> None:
    answer = coworking.answer("whos responsible for the room panels outside meeting rms")
    assert answer.answer.startswith("**Facilities** owns **Room display panels**")


def test_a_plural_in_ses_and_survey_responses(opticians) -> None:
    # "lens" and "lenses" are one word; "responses" asks for no owner
    answer = opticians.answer("csat for the contact lens journey from survey responses")
    assert answer.answer.startswith("**CSAT** for Contact lenses and aftercare [1] was **40.2% satisfied**")



clinic = base_fixture(ROOT / "bench" / "eval" / "clinic" / "knowledge", "clinic")


def test_a_name_typed_but_for_its_last_word_only_when_no_other_name_has_those_words(clinic) -> None:
    # "follow up" is in several names (Follow-up message, Results and follow-up): no call for the message
    answer = clinic.answer("whats the point of the resluts n follow up stage")
    assert answer.sources[0].id.endswith("/results-and-follow-up")
