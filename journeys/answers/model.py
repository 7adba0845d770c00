"""What `answer(question)` returns: the text, numbered sources, and whether it abstained."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Source:
    n: int
    kind: str  # journey | stage | touchpoint | comment | kpi | feedback
    id: str
    title: str
    text: str
    date: str | None = None
    score: float | None = None
    author: str | None = None  # who logged it (feedback and touchpoints logged from Slack or the CLI)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Focus:
    """What a conversation is about; carried between turns so follow-ups like "and in retention?" work."""

    journey_id: str | None = None
    stage_id: str | None = None
    touchpoint_id: str | None = None
    metric: str | None = None
    intents: tuple[str, ...] = ()


@dataclass
class Answer:
    question: str
    answer: str
    abstained: bool
    sources: list[Source] = field(default_factory=list)
    filters: dict[str, str] = field(default_factory=dict)
    timings_ms: dict[str, float] = field(default_factory=dict)
    focus: Focus = field(default_factory=Focus)

    def to_dict(self) -> dict:
        """The JSON of `journey ask --json` (INTERFACES.md)."""
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "sources": [s.to_dict() for s in self.sources],
            "filters": self.filters,
            "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()},
        }
