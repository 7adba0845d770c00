"""Declines for a question whose own subject words the base never uses (checks of journeys/answers/subjects.py):
"agency staff sickness absence in the contact centre" names a place of the base, but what it asks about appears
in no map, comment or KPI; "what does biffa charge vs us" sets someone the base never mentions against us."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from journeys.answers.compose_general import store_holdings
from journeys.answers.periods import is_time_word
from journeys.answers.spelling import typed_in
from journeys.answers.understand import Understanding
from journeys.answers.vocabulary import Vocabulary
from journeys.store.db import store_cached
from retrieval.tokens import stem

if TYPE_CHECKING:
    from journeys.answers.subjects import Keywords

# "vs us", "than we do", "compared with ours": the other side is someone outside the organisation
_AGAINST_US = re.compile(r"\b(?:vs\.?|versus|than|compared (?:to|with)|against)\s+(?:us|we|ours|our own|ourselves)\b")
MIN_UNKNOWN = 2  # subject words the base never uses, all of them, before the whole question is about none of it


def unknown_topic(u: Understanding, vocab: Vocabulary, session: Session, keywords: Keywords) -> str | None:
    against_us = bool(_AGAINST_US.search(u.question.lower()))
    # only a question that asks for nothing the base answers by kind (a figure, a window, a ranking, what people
    # say...) is about its topic words alone; one set against us is about whoever it names
    asks_kind = bool(u.metrics or u.score_type or u.period or u.rank or u.compare or u.aggregate
                     or u.intents - {"change"})
    topic = [s for s in u.topic if len(s) >= 3 and not s.isdigit() and not is_time_word(s) and "-" not in s]
    if not topic or u.segments or u.segment or asks_kind and not against_us:
        return None
    known = store_cached(session, ("known terms", tuple(topic), None), lambda: keywords.known_terms(topic, None))
    names = {s for e in vocab.entities for s in e.stems}
    unknown = [s for s in topic if s not in known and not any(typed_in(n, [s]) for n in names)]
    if not unknown or not against_us and (len(unknown) < len(topic) or len(unknown) < MIN_UNKNOWN):
        return None
    shown = " ".join(_typed(u.question, unknown))
    return (f"The knowledge base does not cover “{shown}”: nothing in it mentions it, so I will not answer with "
            f"figures or comments about something else. It holds {store_holdings(session)}.")


def _typed(question: str, wanted: list[str]) -> list[str]:
    """The question's own words for the stems, in the order typed."""
    return [w for w in re.findall(r"[\w'-]+", question.lower()) if stem(w) in wanted] or wanted
