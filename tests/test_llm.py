"""LLM wording goes through LangChain's chat-model interface; tested with LangChain's own fake chat model."""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from journeys.answers.llm import LlmComposer, make_chat_model
from journeys.answers.service import AnswerService
from journeys.errors import SettingsError


def service_with(sample_core, replies: list[str]) -> AnswerService:  # type: ignore[no-untyped-def]
    composer = LlmComposer(FakeListChatModel(responses=replies))
    return AnswerService(sample_core.db, sample_core.index, llm_composer=composer)


def test_a_grounded_rewrite_replaces_the_draft(sample_core) -> None:
    reply = "Cart abandonment is **78.5%** [1], above the 65% target."
    answer = service_with(sample_core, [reply]).answer("What is the current cart abandonment rate?")
    assert answer.answer == reply
    assert answer.sources[0].kind == "kpi"


@pytest.mark.parametrize("reply", [
    "Cart abandonment is 91.2% [1].",  # a number no source holds
    "Cart abandonment is high [9].",  # a source that does not exist
    "Cart abandonment is high.",  # no citation at all
])
def test_an_ungrounded_rewrite_falls_back_to_the_extractive_draft(sample_core, reply: str) -> None:
    answer = service_with(sample_core, [reply]).answer("What is the current cart abandonment rate?")
    assert answer.answer != reply and "78.5%" in answer.answer


def test_the_model_is_not_asked_when_the_answer_abstains(sample_core) -> None:
    model = FakeListChatModel(responses=["Lima [1]."])
    service = AnswerService(sample_core.db, sample_core.index, llm_composer=LlmComposer(model))
    answer = service.answer("What is the capital of Peru?")
    assert answer.abstained and "Lima" not in answer.answer and model.i == 0


def test_an_unknown_provider_is_a_settings_error() -> None:
    with pytest.raises(SettingsError, match="JOURNEY_LLM"):
        make_chat_model("no-such-provider:model-x")
