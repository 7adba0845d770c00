"""A customer segment named in a question against the places its words also spell: "international applicants"
(the noun names people, not the stage Application), "corporate plan people" (the segment, typed whole, over the
touchpoint Corporate plan billing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, func

from journeys.answers.vocabulary import Vocabulary, content_stems, stems, words
from journeys.store.models import Comment
from retrieval.tokens import stem

if TYPE_CHECKING:
    from journeys.answers.understand import Understanding


def in_segment(segment: str) -> ColumnElement[bool]:
    """Comments of one segment, however each file spells its case ("Business" and "business" are one)."""
    return func.lower(Comment.segment) == segment.lower()


def segment_over_partial_place(result: Understanding, vocab: Vocabulary, question: str) -> str | None:
    """"what are corporate plan people complaining about": a segment typed whole wins over a place whose name
    it only partly spells (Corporate plan billing); the place is dropped. A place typed whole keeps its words
    ("claims portal" is no Claimant segment)."""
    place = result.touchpoint or (result.stage if not result.stage_inferred else None)
    segment = vocab.match_segment(question)
    if place is None or segment is None or set(place.stems) <= set(stems(question)):
        return None
    if not set(content_stems(segment)) & set(place.stems):
        return None
    result.touchpoint, result.stage, result.stage_inferred = None, None, False
    if not (result.journey_named or result.journey_worded):
        result.journey = None
    return segment


def drop_place_of_segment_noun(result: Understanding, question: str, q_stems: list[str]) -> None:
    """"international applicants", "gold members": the noun after a segment's words names the people, not a
    place, though a stage shares its stem (Application); a place matched by that noun alone is dropped."""
    place = result.touchpoint or result.stage
    if place is None or result.journey_named or result.segment is None:
        return
    typed = words(question)
    last = [i for i, w in enumerate(typed) if stem(w) in set(content_stems(result.segment))]
    if not last or last[-1] + 1 >= len(typed):
        return
    noun = stem(typed[last[-1] + 1])
    if set(place.stems) & set(q_stems) <= {noun}:
        result.touchpoint, result.stage, result.stage_inferred = None, None, False
        if not result.journey_worded:
            result.journey = None
