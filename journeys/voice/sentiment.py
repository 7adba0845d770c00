"""Sentiment of one comment: the customer's own score where it has one, else its words.

Words are read by VADER (a lexicon that ships its data), and, when the comment's vector is at hand, by its
closeness to complaint against praise descriptions with the project's embedder: customers write "please help"
and "thanks" around a complaint, which a lexicon alone reads as positive. The weight and cut-offs were
calibrated on the scored comments of the bundled sample (scores as the truth), then measured on the airline
export's withheld labels (README).

Score bands (one home for them): NPS 0-6 detractor (negative), 7-8 passive, 9-10 promoter (positive);
CSAT and 1-5 ratings 1-2 negative, 4-5 positive; CES 1-7 where 5-7 is easy (positive) and 1-3 hard (negative).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

NEGATIVE, NEUTRAL, POSITIVE = "negative", "neutral", "positive"
# score type -> (highest negative score, lowest positive score)
SCORE_BANDS: dict[str, tuple[float, float]] = {"nps": (6, 9), "csat": (2, 4), "ces": (3, 5), "rating": (2, 4)}
# VADER's own cut-offs for its compound score (its README): at or past +-0.05 is polar.
LEXICON_CUTOFF = 0.05
_NOISE = re.compile(r"(?:@|#)\w+|https?://\S+|www\.\S+")


def from_score(score: float | None, score_type: str | None) -> str | None:
    """The sentiment the score says, or None when there is no score of a known scale."""
    if score is None:
        return None
    bands = SCORE_BANDS.get(score_type or "rating")
    if bands is None:
        return None
    if score <= bands[0]:
        return NEGATIVE
    return POSITIVE if score >= bands[1] else NEUTRAL


@lru_cache(maxsize=1)
def _analyzer():  # type: ignore[no-untyped-def]
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=50_000)
def lexicon_score(text: str) -> float:
    """VADER's compound score in -1..1 (handles negation, intensifiers, emoticons); @names and links left out."""
    return float(_analyzer().polarity_scores(_NOISE.sub(" ", text))["compound"])


def from_text(text: str) -> str:
    compound = lexicon_score(text)
    if compound <= -LEXICON_CUTOFF:
        return NEGATIVE
    return POSITIVE if compound >= LEXICON_CUTOFF else NEUTRAL


def polarity(text: str, score: float | None = None, score_type: str | None = None) -> str:
    """negative | neutral | positive: the score decides when the comment has one, VADER otherwise."""
    return from_score(score, score_type) or from_text(text)


COMPLAINT = ("a complaint about a bad experience", "something went wrong and the customer is upset",
             "an angry, frustrated customer", "the service failed: delayed, cancelled, lost, broken, rude")
PRAISE = ("praise for a great experience", "a happy, grateful customer says thank you", "the customer loved it",
          "excellent service, everything went well")
MEANING_WEIGHT = 4.0  # how much the complaint-vs-praise cosine gap counts against VADER's compound
NEGATIVE_BELOW = 0.55  # compound - weight x gap at or below this: negative
POSITIVE_FROM = 0.65  # ...at or above this: positive


class SentimentReader:
    """Sentiment from score, words and meaning, for one embedder (its two description vectors cached)."""

    _readers: dict[int, SentimentReader] = {}

    @classmethod
    def for_embedder(cls, embedder) -> SentimentReader:  # type: ignore[no-untyped-def]
        key = id(embedder)
        if key not in cls._readers:
            cls._readers[key] = cls(embedder)
        return cls._readers[key]

    def __init__(self, embedder) -> None:  # type: ignore[no-untyped-def]
        anchors = embedder.pinned(COMPLAINT + PRAISE)  # constants of the model (retrieval/embeddings.py)

        def mean(vectors: np.ndarray) -> np.ndarray:
            centre = vectors.mean(axis=0)
            return centre / np.linalg.norm(centre)

        self.direction = mean(anchors[:len(COMPLAINT)]) - mean(anchors[len(COMPLAINT):])

    def lean(self, text: str, vector: np.ndarray | None) -> float:
        """Positive means praise: VADER's compound less the weighted complaint-vs-praise gap."""
        gap = float(vector @ self.direction) if vector is not None else 0.0
        return lexicon_score(text) - MEANING_WEIGHT * gap

    def polarity(self, text: str, score: float | None = None, score_type: str | None = None,
                 vector: np.ndarray | None = None) -> str:
        by_score = from_score(score, score_type)
        if by_score is not None:
            return by_score
        if vector is None:
            return from_text(text)
        lean = self.lean(text, vector)
        if lean <= NEGATIVE_BELOW:
            return NEGATIVE
        return POSITIVE if lean >= POSITIVE_FROM else NEUTRAL
