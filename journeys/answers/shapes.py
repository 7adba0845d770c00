"""The shapes a question can take beyond its place and metric: a comparison ("A vs B", "which is worse, A or B",
"compare with the other journey"), a ranking, a team's touchpoints, a goal, what to fix first (asks.py holds
the patterns, sides.py the comparison sides)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from journeys.answers.asks import asks_goal, is_comparison, is_priority, read_rank
from journeys.answers.called_names import named_team
from journeys.answers.metric_names import family_typed, metric_content
from journeys.answers.sides import comparison_sides, link_side
from journeys.answers.spelling import same_family
from journeys.answers.vocabulary import OWNERSHIP_PHRASE, Vocabulary, content_stems, stems

if TYPE_CHECKING:
    from journeys.answers.understand import Understanding


def read_shapes(result: Understanding, question: str, vocab: Vocabulary, matches: list) -> None:
    """Comparisons, rankings, a team, a goal, what to fix first (asks.py)."""
    if is_priority(question):
        result.intents.add("priority")
    if asks_goal(question):
        result.intents.add("goal")
    # the journey's words too, though only its place was typed: "who looks after redemption statements on sales"
    # (Sale conveyancing) asks for that touchpoint's owner, not the Sale team ("which touchpoints does..." below
    # still names a team)
    named = (result.touchpoint, result.stage, result.journey)
    result.owner = vocab.match_owner(question, {s for e in named if e for s in e.stems})
    if result.touchpoint is None and (result.stage is None or result.stage_inferred):
        result.channel = vocab.match_channel(question)
    lowered = question.lower()
    if result.owner is None and re.search(r"\b(touchpoints|channels|steps)\b|\b(what|which)\b.*\b(does|do) .+ "
                                          r"(own|look after|handle|run|manage)", lowered):
        # "which touchpoints does the payments team look after": the team, though a touchpoint shares its word
        result.owner = vocab.match_owner(question)
        if result.owner:
            # The place's words the question typed are all the team's: "what does the contact centre look
            # after" asks about the team, though a touchpoint "Contact centre call" shares them.
            team = set(content_stems(result.owner))
            typed = set(stems(question))
            if result.touchpoint is not None and set(result.touchpoint.stems) & typed <= team:
                if result.stage is not None and result.stage.id == result.touchpoint.stage_id:
                    result.stage = None
                    result.journey = result.journey if result.journey_named else None
                result.touchpoint = None
            if result.stage is not None and set(result.stage.stems) & typed <= team:
                result.stage = None
    if result.owner is None and result.touchpoint is not None and "priority" in result.intents:
        # "where should cust relations focus first": a team typed whole (compose_priority ranks its touchpoints),
        # not the touchpoint Customer relations phone line that only shares its words
        team = named_team(question, vocab.owners)
        typed = set(stems(question))
        if team is not None and set(result.touchpoint.stems) & typed <= set(content_stems(team)):
            result.touchpoint = None
            result.stage, result.stage_inferred = (None, False) if not result.stage_inferred else (result.stage, True)
            result.journey = result.journey if result.journey_named else None
    if "priority" in result.intents and not re.search(r"\b(who|whose|owns?|owner|owned)\b", lowered) \
            and not OWNERSHIP_PHRASE.search(lowered):
        result.intents.discard("owner")  # "what should the sale team prioritise": the team is the scope, not the ask
    elif result.owner or OWNERSHIP_PHRASE.search(lowered):
        result.intents.add("owner")
    if is_comparison(question) or (" and " in question.lower() and "change" in result.intents):
        scores = [t for t in ("nps", "csat", "ces") if re.search(rf"\b{t}\b", question.lower())]
        things = list(dict.fromkeys(result.metrics + [f"score:{t}" for t in scores
                                                      if not any(t in m for m in result.metrics)]))
        sides = comparison_sides(question)
        # "departures nps vs arrivals nps": a metric typed on both sides is what is compared; a metric that
        # only shares a side's other word ("departures" of on-time departure rate) names no second thing
        things = [t for t in things if sides and all(_typed_metric(t, side) for side in sides)] or things
        places = [m.entity for m in matches if m.strength >= 0.75]
        kinds = {e.kind for e in places}
        places = [e for e in places if e.kind == ("touchpoint" if "touchpoint" in kinds and
                                                  sum(e.kind == "touchpoint" for e in places) >= 2 else
                                                  "stage" if sum(e.kind == "stage" for e in places) >= 2 else
                                                  "journey")]
        places = list({e.id or e.name: e for e in places}.values())
        if len(places) < 2 and len(things) >= 2:
            # "avoidable contact rate - garden vs bulky": each side names a place by one word of its name
            linked = [link_side(side, vocab) for side in sides]
            if len(linked) == 2 and linked[0] and linked[1] and linked[0].id != linked[1].id:
                places = [e for e in linked if e]
        if len(places) >= 2:  # "decision vs retention": places, though a KPI is named after one of them
            place_stems = {s for e in places for s in e.stems} | {"".join(e.stems) for e in places}  # "signup"
            # ("offer acceptance vs application completion" names two metrics: it types words of theirs beyond
            # the places' own)
            typed = set(stems(question))
            things = [t for t in things if t.startswith("score:") or not _placed(set(metric_content(t)), place_stems)
                      or any(w in typed or family_typed(w, typed) for w in metric_content(t)
                             if not _placed({w}, place_stems))
                      or re.search(rf"\b{re.escape(t.replace('_', ' '))}\b", lowered)]  # "renewal rate" whole
        if len(things) >= 2:
            result.compare = tuple(things)
        elif not _compare_sides(result, question, vocab, things) and len(places) >= 2:
            result.compare = tuple(things) or ("place",)
            result.compare_places = tuple(places)
        elif result.compare is None and things:
            _compare_with_the_other(result, lowered, vocab, things)
    if result.compare is None:
        result.rank = read_rank(question, bool(result.metrics), result.score_type)


def _placed(words: set[str], place_stems: set[str]) -> bool:
    """Is one of a metric's words a place's word: the same stem, or one stem of a word's other form ("departur"
    of departures, "depart" of Departing: Snowball cuts them apart)?"""
    return any(same_family(w, p) for w in words for p in place_stems)


def _typed_metric(thing: str, side: str) -> bool:
    words = set(stems(side))
    return bool(words) and set(content_stems(thing.removeprefix("score:").replace("_", " "))) <= words


def _compare_with_the_other(result: Understanding, lowered: str, vocab: Vocabulary, things: list[str]) -> None:
    """"csat on drive and return, how does that compare with the other journey": of two journeys, the one the
    question names against the other."""
    journeys = [e for e in vocab.entities if e.kind == "journey" and e.id]
    if result.journey is None or len(journeys) != 2 or not re.search(r"\bthe other (journey|one)\b", lowered):
        return
    other = next(e for e in journeys if e.id != result.journey.id)
    result.compare, result.compare_places = tuple(things), (result.journey, other)


def _compare_sides(result: Understanding, question: str, vocab: Vocabulary, things: list[str]) -> bool:
    """"the eligibility checker vs the zone map": each side of the comparison read as a place (sides.py);
    the sides' places win over places matched anywhere in the question."""
    sides = comparison_sides(question)
    compared = frozenset(s for t in things for s in content_stems(t.removeprefix("score:").replace("_", " ")))
    linked = [link_side(side, vocab, ignore=compared) for side in sides]
    if len(linked) == 2 and linked[0] and linked[1] and linked[0].kind != linked[1].kind:
        # the two sides are the same kind of place: the broader kind, if the other side names one of it too
        broad = min((e.kind for e in linked if e), key=lambda k: ("journey", "stage", "touchpoint").index(k))
        relinked = [link_side(side, vocab, broad, compared) for side in sides]
        linked = relinked if all(relinked) else [linked[0], link_side(sides[1], vocab, linked[0].kind, compared)]
    if len(linked) == 2 and all(linked) and linked[0].id != linked[1].id:  # type: ignore[union-attr]
        result.compare = tuple(things) or ("place",)
        result.compare_places = tuple(e for e in linked if e)
        return True
    return False
