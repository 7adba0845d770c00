"""A comment as the voice modules read it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class CommentText:
    id: str  # "comment:ID" or "feedback:ID"
    text: str
    date: str | None = None
    score: float | None = None
    title: str = "Comment"
    score_type: str | None = None  # nps | csat | ces | rating, when the comment has a score
