"""A customer segment named in a question against the places its words also spell: "international applicants"
(the noun names people, not the stage Application), "corporate plan people" (the segment, typed whole, over the
touchpoint Corporate plan billing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, func

from journeys.answers.metric_names import family_typed
from journeys.answers.persona import PEOPLE_TOPIC
from journeys.answers.spelling import same_family
from journeys.answers.vocabulary import Vocabulary, content_stems, segment_stems, segment_text, stems, words
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
    if not set(segment_stems(segment)) & set(place.stems) or not _typed_whole(segment, question, vocab):
        return None  # ("fees & funding" is the place, not the segment Funded hours: its "hours" is not typed)
    result.touchpoint, result.stage, result.stage_inferred = None, None, False
    if not (result.journey_named or result.journey_worded):
        result.journey = None
    return segment


def _typed_whole(segment: str, question: str, vocab: Vocabulary) -> bool:
    """Every word of the segment's name typed ("corporate plan"), or its words followed by a word for people
    ("funded families" for Funded hours)."""
    typed = stems(segment_text(question))
    if set(stems(segment_text(segment))) <= set(typed):
        return True
    own = set(segment_stems(segment))
    people = set(PEOPLE_TOPIC) | vocab.people | {"famili", "member", "parent", "peopl", "folk"}
    return any(s in own and after in people for s, after in zip(typed, typed[1:], strict=False))


def drop_place_of_segment_noun(result: Understanding, question: str, q_stems: list[str]) -> None:
    """"international applicants", "gold members": the noun after a segment's words names the people, not a
    place, though a stage shares its stem (Application); a place matched by that noun alone is dropped."""
    place = result.touchpoint or result.stage
    if result.journey_named or result.segment is None:
        return
    typed = words(question)
    last = [i for i, w in enumerate(typed) if stem(w) in set(segment_stems(result.segment))]
    if not last or last[-1] + 1 >= len(typed):
        return
    noun = stem(typed[last[-1] + 1])
    if place is None:
        # "business travellers": the people, not the journey Travel and Delay Repay one word of it spells
        if result.journey_worded and result.journey is not None and all(
                same_family(s, noun) for s in result.journey.stems if any(same_family(s, q) for q in q_stems)):
            result.journey, result.journey_worded = None, False
        return
    if set(place.stems) & set(q_stems) <= {noun}:
        result.touchpoint, result.stage, result.stage_inferred = None, None, False
        if not result.journey_worded:
            result.journey = None


def named_segments(question: str, vocab: Vocabulary) -> tuple[tuple[str, ...], set[str]]:
    """Every segment the question names, in the order typed: each typed whole ("renters vs homeowners"), or, as
    one side of a comparison or list, by a word that only that segment's name has ("micro vs bureau customers",
    "first timers vs repeat buyers"). A side that names a place is the place's, not a segment's. Fewer than two
    is no set of segments to compare: ((), set()). The second item is the stems the segments were read from."""
    from journeys.answers.sides import comparison_sides, link_side, listed_sides

    question = segment_text(question)
    q_stems = stems(question)
    whole = [s for s in sorted(vocab.segments, key=len, reverse=True)
             if (own := set(segment_stems(s))) and own <= set(q_stems)]
    whole = [s for s in whole if not any(o != s and set(segment_stems(s)) < set(segment_stems(o)) for o in whole)]
    found, read = list(whole), {w for s in whole for w in segment_stems(s)}
    for side in comparison_sides(question) or listed_sides(question):
        side_stems = set(stems(side))
        if any(set(segment_stems(s)) <= side_stems for s in found) or link_side(side, vocab) is not None:
            continue
        by_word = [s for s in vocab.segments if s not in found and _only_words(s, vocab) & side_stems]
        if len(by_word) == 1:
            found.append(by_word[0])
            read |= side_stems
    if len(found) < 2:
        return (), set()
    first_typed = {s: min((q_stems.index(w) for w in segment_stems(s) if w in q_stems), default=len(q_stems))
                   for s in found}
    return tuple(sorted(found, key=lambda s: first_typed[s])), read


def _only_words(segment: str, vocab: Vocabulary) -> set[str]:
    """The words (four letters or more) of a segment's name that no other segment's name has."""
    others = {w for s in vocab.segments if s != segment for w in segment_stems(s)}
    return {w for w in segment_stems(segment) if w not in others and (len(w) >= 4 or len(w) >= 2 and not
            w.isdigit() and w in _names_whole_words(segment)) and not w.isdigit()}


def _names_whole_words(segment: str) -> set[str]:
    """The stems of a segment name's words of three letters or more ("ads" of Basic with ads)."""
    return {stem(w) for w in words(segment) if len(w) >= 3}


def segment_against_rest(u: Understanding) -> set[str]:
    """"csat for basic w ads customers vs everyone else": the one segment named set against all the others. The
    question then sets segments side by side (`u.segments`, `u.segments_rest`); the stems of the words that say
    "everyone else" are returned (they name no subject). Nothing changes, and set() is returned, otherwise."""
    from journeys.answers.sides import rest_side

    rest = rest_side(u.question) if u.segment is not None else None
    if rest is None:
        return set()
    u.segments, u.segments_rest, u.segment = (u.segment,), True, None
    return set(stems(rest))


def segment_or_kpi(result: Understanding, q_stems: list[str]) -> None:
    """A segment's words inside a KPI's name: the KPI typed whole is the KPI ("care plan signups", not the
    segment Care Plan); else the words are the segment's, and a KPI matched only through them is none ("care
    plan members nps" is no care_plan_signups)."""
    if not result.segment:
        return
    own = set(segment_stems(result.segment))
    typed = set(q_stems)
    names = {m: set(content_stems(m.replace("_", " "))) for m in result.metrics}
    if any(own <= name and all(n in typed or family_typed(n, typed) for n in name) for name in names.values()):
        result.segment = None
        return
    result.metrics = [m for m, name in names.items() if not (name & typed) or (name & typed) - own]
