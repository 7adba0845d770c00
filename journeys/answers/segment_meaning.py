"""A customer segment named by meaning, not spelling: "first time buyers" for the segment New customer, "gold
members" for Loyalty member. The people a question names are a noun phrase ending in a plural word for people
("first time buyers", "business travellers"), with at least one word before it. The phrase is set against
every segment name by embedding; a segment that is near enough, and clearly nearer than the rest, is the one
meant. A phrase that matches none stays a subject (journeys/answers/subjects.py may then decline it)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from journeys.answers.cues import CUES, GENERIC_TOPIC, people_words
from journeys.answers.periods import is_time_word
from journeys.answers.segment_words import segment_against_rest
from journeys.answers.vocabulary import Vocabulary, content_stems, stems
from retrieval.tokens import STOPWORDS, stem

if TYPE_CHECKING:
    from journeys.answers.subjects import Keywords
    from journeys.answers.understand import Understanding
    from retrieval.embeddings import Embedder

SEGMENT_MIN = 0.45  # cosine of the phrase to the segment's name
SEGMENT_MARGIN = 0.12  # ahead of the next segment by this much
_CUE_STEMS = {c for group in CUES.values() for c in group}


def people_phrase(question: str, vocab: Vocabulary) -> str | None:
    """"first time buyers - what do they complain about": the words naming the people, head noun last."""
    words = re.findall(r"[\w'+-]+", question.lower())
    people = people_words(vocab)
    for i, word in enumerate(words):
        if not (word.endswith("s") and stem(word) in people):
            continue
        before: list[str] = []
        for earlier in reversed(words[max(0, i - 3):i]):
            s = stem(earlier)
            if earlier in STOPWORDS or s in _CUE_STEMS or s in GENERIC_TOPIC or (
                    is_time_word(earlier) and earlier not in ("first", "time")):  # "first time buyers" say who
                break
            before.insert(0, earlier)
        if before:
            return " ".join([*before, word])
    return None


def segment_by_meaning(u: Understanding, vocab: Vocabulary, embedder: Embedder, keywords: Keywords) -> str | None:
    """The segment the question's people phrase means, or None. Every word of the phrase must be one the base
    uses: "gold members" in a base that never says "gold" asks about a group it does not have (a decline,
    journeys/answers/subjects.py), not about its nearest segment."""
    if u.segment or u.segments or len(vocab.segments) < 2:
        return None
    phrase = people_phrase(u.question, vocab)
    if phrase is None:
        return None
    said = [stem(w) for w in phrase.split()]
    if set(said) - keywords.known_terms(said):
        return None
    names = list(vocab.segments)
    sims = embedder.encode(names) @ embedder.encode_query(phrase)
    order = np.argsort(-sims)
    best, second = float(sims[order[0]]), float(sims[order[1]])
    if best < SEGMENT_MIN or best - second < SEGMENT_MARGIN:
        return None
    return names[int(order[0])]


def take_segment(u: Understanding, segment: str, vocab: Vocabulary) -> None:
    """The question now names the segment: the phrase's words are no topic, and no keyword to search for."""
    phrase = people_phrase(u.question, vocab) or ""
    said = {stem(w) for w in phrase.split()}
    u.segment, u.segment_phrase = segment, phrase
    said |= segment_against_rest(u)  # "basic w ads customers vs everyone else"
    u.topic = tuple(s for s in u.topic if s not in said)
    kept = [w for w in u.keyword_text.split() if stem(w.lower()) not in said]
    u.keyword_text = " ".join(kept) or u.keyword_text
    # a KPI matched only through the phrase's words is none ("young members" is no member_churn_rate)
    typed = set(stems(u.question)) - said
    u.metrics = [m for m in u.metrics if set(content_stems(m.replace("_", " "))) & typed]
    if not u.metrics and not u.score_type:
        u.intents.discard("kpi")
