"""What a journey summary holds. Every figure carries what it was computed from, so it can be checked."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

STATUS_SYMBOL = {"on": "✅", "near": "⚠️", "off": "🔻", "none": "·"}


def display_metric(metric: str) -> str:
    """`time_to_resolve` -> `time to resolve`; a short initialism in capitals (`nps` -> `NPS`)."""
    text = metric.replace("_", " ")
    return text.upper() if len(text) <= 4 and " " not in text else text


@dataclass(frozen=True)
class Window:
    """The period covered, the one before it, and the trailing periods (the four weeks before it)."""

    kind: str  # weekly | daily
    start: date
    end: date  # inclusive
    label: str  # 2018-W10 or 2018-03-05
    previous_start: date
    previous_end: date
    trailing_start: date  # the trailing four weeks end the day before `start`

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass
class Figure:
    """One scorecard line: a KPI series, or a score derived from survey responses (with n)."""

    metric: str
    where: str  # the touchpoint or stage; "" for the journey (or all responses)
    stage: str | None
    source: str  # kpi | survey
    value: float | None
    previous: float | None = None
    trailing: float | None = None  # mean of the trailing periods' values
    trailing_sd: float | None = None
    trailing_values: list[float] = field(default_factory=list)
    n: int | None = None  # survey responses behind `value`
    n_previous: int | None = None
    n_trailing: int | None = None
    target: float | None = None
    higher_is_better: bool = True
    unit: str = ""
    status: str = "none"  # on | near | off | none
    previous_status: str = "none"
    counts: dict[str, int] = field(default_factory=dict)  # promoters/passives/detractors behind `value`
    history: list[tuple[date, float]] = field(default_factory=list)  # per period, for the chart
    slug: str = ""
    position: int = 999  # the stage's place in its journey (scorecards go stage by stage)

    @property
    def change(self) -> float | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def symbol(self) -> str:
        return STATUS_SYMBOL[self.status]

    @property
    def subject(self) -> str:
        """A stable name for alert claims."""
        return f"{self.source}:{self.slug or self.metric}@{self.where or '-'}"


@dataclass
class PainPoint:
    label: str
    count: int  # complaints this period that use the phrase
    before: int  # complaints in the trailing four weeks that use it
    before_total: int  # complaints in the trailing four weeks
    total: int  # complaints this period
    trend: str = "steady"  # new | rising | steady | falling

    @property
    def share(self) -> float:
        return self.count / self.total if self.total else 0.0

    @property
    def share_before(self) -> float | None:
        return self.before / self.before_total if self.before_total else None


@dataclass
class Quote:
    text: str
    source: str  # "Comment on Order, 2018-03-06"
    ref: str  # comment:ID or feedback:ID
    score: float | None = None


@dataclass
class AlertItem:
    kind: str  # target | change | trend
    subject: str
    period: str
    message: str

    KIND_LABEL = {"target": "crossed its target", "change": "big change", "trend": "trending topic"}


@dataclass
class Section:
    journey_id: str | None
    journey: str  # display name
    responses: int = 0
    responses_previous: int = 0
    responses_trailing: int = 0  # in the trailing four weeks
    figures: list[Figure] = field(default_factory=list)
    movers: list[Figure] = field(default_factory=list)
    pain_points: list[PainPoint] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    logged_touchpoints: list[str] = field(default_factory=list)
    feedback: list[Quote] = field(default_factory=list)
    alerts: list[AlertItem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.responses or self.feedback or self.logged_touchpoints
                    or any(f.value is not None for f in self.figures))


@dataclass
class Summary:
    window: Window
    sections: list[Section] = field(default_factory=list)
    data_from: date | None = None  # the span of the data in the store
    data_to: date | None = None
    partial: bool = False
    partial_reason: str = ""
    opening: str = ""  # two sentences written by an LLM, when one is configured

    @property
    def empty(self) -> bool:
        return all(s.empty for s in self.sections)

    @property
    def alerts(self) -> list[AlertItem]:
        return [a for s in self.sections for a in s.alerts]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["empty"] = self.empty
        for section, raw in zip(self.sections, data["sections"], strict=True):
            raw["empty"] = section.empty
            for figure, f in zip(section.figures, raw["figures"], strict=True):
                f["change"] = figure.change
            raw["movers"] = [m.subject for m in section.movers]
        return _dates_as_text(data)


def _dates_as_text(value):  # type: ignore[no-untyped-def]
    if isinstance(value, dict):
        return {k: _dates_as_text(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_dates_as_text(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
