"""What to fix first: a transparent priority score per place (touchpoint, or stage where there are none).

    priority = 100 x (0.30 V + 0.20 S + 0.20 G + 0.15 K + 0.15 E)

    V  volume: negative comments here / negative comments at the place with the most
    S  share: negative comments here / all comments here
    G  growth: rise of the daily negative rate in the recent window over the window before, capped at +100 %
    K  KPI gap: the worst shortfall of a KPI here against its target, relative to the target, capped at 100 %
    E  map emotion: how bad the journey map says the customer feels there (+2..-2 mapped to 0..1)

Each factor is in 0..1, so the score is in 0..100; journey tools call this opportunity scoring and have teams
fill it in by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

WEIGHTS = {"V": 0.30, "S": 0.20, "G": 0.20, "K": 0.15, "E": 0.15}
FORMULA = "priority = 100 × (0.30·V + 0.20·S + 0.20·G + 0.15·K + 0.15·E)"


@dataclass
class PlaceSignals:
    key: str  # the place's id (or name)
    name: str
    kind: str  # touchpoint | stage
    comments: int = 0
    negative: int = 0
    recent_negative: int = 0  # in the recent window
    prior_negative: int = 0  # in the window before
    recent_days: int = 1
    prior_days: int = 1
    kpi_gap: float | None = None  # worst relative shortfall against target (0.2 = 20 % short)
    emotion: int | None = None  # -2..+2 from the map
    extra: dict = field(default_factory=dict)  # what the caller needs to cite the factors


@dataclass
class Priority:
    place: PlaceSignals
    factors: dict[str, float]
    score: float


def growth(signals: PlaceSignals) -> float:
    recent = signals.recent_negative / max(1, signals.recent_days)
    prior = signals.prior_negative / max(1, signals.prior_days)
    if recent <= prior or signals.recent_negative < 2:
        return 0.0
    return min(1.0, (recent - prior) / max(prior, 1 / max(1, signals.prior_days)))


def rank(places: list[PlaceSignals]) -> list[Priority]:
    """Every place scored by the formula above, highest first (ties: more negative comments, then name)."""
    most = max((p.negative for p in places), default=0)
    out = []
    for p in places:
        factors = {
            "V": p.negative / most if most else 0.0,
            "S": p.negative / p.comments if p.comments else 0.0,
            "G": growth(p),
            "K": min(1.0, max(0.0, p.kpi_gap)) if p.kpi_gap is not None else 0.0,
            "E": min(1.0, max(0.0, (2 - p.emotion) / 4)) if p.emotion is not None else 0.0,
        }
        score = 100 * sum(WEIGHTS[k] * v for k, v in factors.items())
        out.append(Priority(p, factors, score))
    out.sort(key=lambda r: (-r.score, -r.place.negative, r.place.name))
    return out


def kpi_gap(value: float, target: float | None, higher_is_better: bool) -> float | None:
    """The relative shortfall against target (0 when on target or better); None without a target."""
    if target is None:
        return None
    scale = abs(target) or 1.0
    short = (target - value) if higher_is_better else (value - target)
    return max(0.0, short / scale)
