"""What the search indexes hold: one IndexDocument per stored item."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.text import content_hash


@dataclass(frozen=True)
class IndexDocument:
    id: str  # e.g. "comment:S-10001", "touchpoint:online-purchase/decision/checkout"
    kind: str  # journey | stage | touchpoint | comment | kpi | feedback
    ref_id: str  # the item's own id in the store
    title: str
    text: str
    journey_id: str | None = None
    stage_id: str | None = None
    touchpoint_id: str | None = None
    date: str | None = None  # ISO date
    score: float | None = None

    @property
    def text_hash(self) -> str:
        return content_hash([self.title, self.text])

    @property
    def meta_hash(self) -> str:
        return content_hash([self.kind, self.ref_id, self.journey_id, self.stage_id, self.touchpoint_id,
                             self.date, self.score])

    @property
    def search_text(self) -> str:
        """What both indexes see. A comment is its own words; other items get their title as context."""
        if self.kind in ("comment", "feedback") or not self.title or self.text.startswith(self.title):
            return self.text
        return f"{self.title}. {self.text}"
