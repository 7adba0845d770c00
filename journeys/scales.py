"""One home for survey score scales: what each score type runs over, and which scores count as critical,
passive or positive. NPS, CSAT and CES derived from raw scores, and "critical comments", all read this."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    low: float
    high: float
    critical_max: float  # at or below: a critical (negative) response
    positive_min: float  # at or above: a positive response (NPS promoters, CSAT satisfied)


SCALES: dict[str, Scale] = {
    "nps": Scale(0, 10, critical_max=6, positive_min=9),  # detractors 0-6, passives 7-8, promoters 9-10
    "csat": Scale(1, 5, critical_max=2, positive_min=4),  # satisfied = 4 or 5 of 5
    "ces": Scale(1, 7, critical_max=4, positive_min=6),  # customer effort: lower scores mean more effort
    "rating": Scale(1, 5, critical_max=2, positive_min=4),
}
CRITICAL_MAX: dict[str, float] = {kind: scale.critical_max for kind, scale in SCALES.items()}
UNKNOWN_CRITICAL_MAX = 6  # a score of unknown type is read on the widest (0-10) scale


def is_critical(score: float | None, score_type: str | None) -> bool:
    if score is None:
        return False
    scale = SCALES.get(score_type or "")
    return score <= (scale.critical_max if scale else UNKNOWN_CRITICAL_MAX)


def is_positive(score: float, score_type: str) -> bool:
    return score >= SCALES[score_type].positive_min


def is_detractor(score: float) -> bool:
    """NPS: 0-6."""
    return score <= SCALES["nps"].critical_max
