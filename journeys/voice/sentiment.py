"""Sentiment of one comment: the customer's own score where it has one, else a lexicon (VADER).

Score bands (one home for them): NPS 0-6 detractor (negative), 7-8 passive, 9-10 promoter (positive);
CSAT and 1-5 ratings 1-2 negative, 4-5 positive; CES 1-7 where 5-7 is easy (positive) and 1-3 hard (negative).
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    """negative | neutral | positive: the score decides when the comment has one, the words otherwise."""
    return from_score(score, score_type) or from_text(text)
