"""What the loaders produce: validated, normalised records with their source lines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Kind = Literal["map", "comments", "kpis"]


@dataclass(frozen=True)
class TouchpointSpec:
    name: str
    slug: str
    channel: str | None = None
    owner: str | None = None
    description: str | None = None
    emotion: int | None = None
    pain_points: tuple[str, ...] = ()
    opportunities: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()


@dataclass(frozen=True)
class StageSpec:
    name: str
    slug: str
    position: int
    goal: str | None = None
    emotion: int | None = None
    pain_points: tuple[str, ...] = ()
    opportunities: tuple[str, ...] = ()
    touchpoints: tuple[TouchpointSpec, ...] = ()


@dataclass(frozen=True)
class JourneyMap:
    id: str
    name: str
    persona: str | None = None
    owner: str | None = None
    updated: date | None = None
    description: str | None = None
    stages: tuple[StageSpec, ...] = ()


@dataclass(frozen=True)
class Where:
    """A place in a journey as a file names it (raw names; resolved against maps later)."""

    journey: str | None = None
    stage: str | None = None
    touchpoint: str | None = None


@dataclass(frozen=True)
class CommentRecord:
    id: str
    text: str
    line: int
    where: Where
    date: datetime | None = None
    channel: str | None = None
    score: float | None = None
    score_type: str | None = None
    segment: str | None = None
    customer: str | None = None
    properties: dict[str, str] = field(default_factory=dict)
    raw_hash: str | None = None  # the row's cells as the file gave them: the same response in another file


@dataclass(frozen=True)
class KpiRecord:
    id: str
    metric: str
    value: float
    date: date
    line: int
    where: Where
    target: float | None = None
    unit: str | None = None
    higher_is_better: bool = True
    properties: dict[str, str] = field(default_factory=dict)
    raw_hash: str | None = None


@dataclass
class LoadedFile:
    """One file's validated content; `duplicates` counts exact repeated rows (stored once)."""

    path: str
    kind: Kind
    file_hash: str
    maps: list[JourneyMap] = field(default_factory=list)
    comments: list[CommentRecord] = field(default_factory=list)
    kpis: list[KpiRecord] = field(default_factory=list)
    duplicates: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        if self.kind == "map":
            return sum(1 + len(s.touchpoints) for m in self.maps for s in m.stages) + len(self.maps)
        return len(self.comments) + len(self.kpis) + self.duplicates
