"""Journeys, places and teams named by part of their name: "the pay run journey", "the deductions stage", words
several places share alike ("pay run feedback") naming the journey whose name holds them, one word only one
journey's name has ("permit csat"), and a team typed without an ownership word ("a quick win for logistics")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from journeys.answers.cues import GENERIC_TOPIC
from journeys.answers.spelling import same_family
from journeys.answers.vocabulary import _TEAM_WORDS, Entity, Match, Vocabulary, content_stems, stems
from retrieval.tokens import stem

if TYPE_CHECKING:
    from journeys.answers.understand import Understanding


def name_before(text: str, names: list[set[str]] | list[frozenset[str]], drop: frozenset[str] = frozenset()
                ) -> list[str]:
    """The stems of the words that end `text`, read back while one of `names` holds them all (less `drop`):
    "nps at sign up" gives sign, up (no name has "at"); "list an item" keeps its "an" where a name has it."""
    said: list[str] = []
    for word in reversed(text.split()):
        if not re.search(r"\w", word):
            continue  # "the id & aml stage": a sign between a name's words
        word_stems = [s for s in stems(word) if s not in drop]
        if not word_stems or not any(set(word_stems + said) <= name for name in names):
            break
        said[:0] = word_stems
    return said


def called_place(lowered: str, vocab: Vocabulary) -> Entity | None:
    """"the deductions stage", "the id check step": the words just before "stage" or "step" are words of one
    place's name (of no other's), though they spell only part of it; that place is the one meant."""
    for m in re.finditer(r"\b((?:[\w'-]+\s+){1,3})(stage|step)s?\b", lowered):
        places = [e for e in vocab.entities if e.kind in ("stage", "touchpoint") and e.id]
        said = name_before(m.group(1), [set(e.stems) for e in places])
        holders = [e for e in places if said and set(said) <= set(e.stems)]
        if m.group(2) == "stage" and len(holders) > 1:  # "the contract pack stage", though a touchpoint shares it
            holders = [e for e in holders if e.kind == "stage"]
        if len(holders) == 1 or holders and len({e.name.lower() for e in holders}) == 1:
            return holders[0]  # one name, maybe in two journeys (understand then takes the journey's twin)
    return None


CALLED_BY = r"journeys?|surveys?"
SCORED_BY = r"nps|csat|ces"  # "delivery csat": a score named after a journey's word


def called_journey(lowered: str, journeys: list[Entity], called_by: str = CALLED_BY) -> Entity | None:
    """"the pay run journey", "the whole buying journey", "the delivery survey": the words just before "journey"
    (or "survey", a journey's own) are words of one journey's name (of no other journey's), though they spell
    only part of it. Words that several journeys' names hold name the one whose name starts with them ("the
    order journey": Order to door, not After-order help)."""
    for m in re.finditer(r"((?:[\w'-]+\s+){1,4})(?:" + called_by + r")\b", lowered):
        said: list[str] = []
        for word in reversed(m.group(1).split()):
            word_stems = stems(word)
            if not word_stems or not any(set(word_stems) <= set(j.stems) for j in journeys):
                break
            said[:0] = word_stems
        holders = [j for j in journeys if said and set(said) <= set(j.stems)]
        if len(holders) > 1:
            holders = [j for j in holders if list(j.stems[:len(said)]) == said]
        if len(holders) == 1:
            return holders[0]
    return None


def journey_of_shared_words(result: Understanding, matches: list[Match], q_stems: list[str],
                             vocab: Vocabulary) -> Entity | None:
    """"main themes in pay run feedback": the words typed spell part of several places' names alike (Pay run
    reminder email, Trial pay run, First pay run), so they name none of them; when one journey's name holds
    them all, they name that journey."""
    place = result.touchpoint or result.stage
    mine = next((m for m in matches if m.entity is place), None)
    if place is None or mine is None or mine.strength >= 1.0:
        return None
    typed = set(q_stems)
    said = set(place.stems) & typed
    rivals = [m for m in matches if m.entity is not place and m.entity.kind != "journey"
              and m.strength >= mine.strength and set(m.entity.stems) & typed == said]
    holders = [e for e in vocab.entities if e.kind == "journey" and e.id and said <= set(e.stems)]
    return holders[0] if rivals and len(holders) == 1 else None


def named_team(question: str, owners: list[str], taken: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
    """A team the question names, ownership word or not ("a quick win for logistics"): an owner whose
    distinctive words (its name less words like "team") all appear in the question beyond `taken` (the words
    of the places it names: "claims" in a claims journey is the journey), the longest name first."""
    # "in the clinic journey": the words before "journey" or "stage" name a place, never a team
    placed = {stem(w) for w in re.findall(r"\b([\w-]+)\s+(?:journey|stage)s?\b", question.lower())}
    asked = set(stems(question)) - taken - placed
    for owner in sorted(owners, key=len, reverse=True):
        name = [s for s in content_stems(owner) if s not in _TEAM_WORDS] or content_stems(owner)
        if name and all(s in asked for s in name):
            return owner
    return None


def _worded_journey(result: Understanding, vocab: Vocabulary, q_stems: list[str]) -> Entity | None:
    """The one journey a distinctive word of its name (no other journey's) stands for, unless it is a word of
    the metric asked about: "permit csat", "departures" for Departing passenger. The map's id is a name its team
    gave it too: "aftersales" for Servicing and warranty, whose id is aftersales-servicing-warranty."""
    journeys = [e for e in vocab.entities if e.kind == "journey" and e.id]
    if len(journeys) < 2:
        return None
    metric_words = {s for m in result.metrics for s in content_stems(m.replace("_", " "))}
    named = {j.id: set(j.stems) | set(content_stems((j.id or "").replace("-", " "))) for j in journeys}
    found = []
    for journey in journeys:
        others = {s for e in journeys if e is not journey for s in named[e.id]}
        own = [s for s in named[journey.id] if len(s) >= 3 and s not in others and s not in metric_words
               and s not in GENERIC_TOPIC]  # "getting" of "Joining and getting started" names nothing
        if any(same_family(s, q) for s in own for q in q_stems):
            found.append(journey)
    return found[0] if len(found) == 1 else None


def journey_by_word(result: Understanding, vocab: Vocabulary, q_stems: list[str]) -> None:
    """A figure comes from the journey a word of its name means, and the search leans toward it (a boost: the
    journey is not "named", so no journey overview is given)."""
    if (journey := _worded_journey(result, vocab, q_stems)) is not None:
        result.journey = journey
        result.journey_worded = True
        if result.stage is not None and result.stage.journey_id != journey.id:
            result.stage, result.stage_inferred = None, False


def twin_in_worded_journey(result: Understanding, vocab: Vocabulary, q_stems: list[str]) -> None:
    """"exchange & completion on the sale side": a place whose name two journeys share is the twin in the journey
    a word of the question names, not the first one found."""
    place = result.touchpoint or (result.stage if not result.stage_inferred else None)
    if place is None or result.journey_named or (journey := _worded_journey(result, vocab, q_stems)) is None \
            or place.journey_id == journey.id:
        return
    twin = next((e for e in vocab.entities if e.kind == place.kind and e.journey_id == journey.id
                 and e.name.lower() == place.name.lower()), None)
    if twin is None:
        return
    if twin.kind == "touchpoint":
        result.touchpoint = twin
        result.stage = next((e for e in vocab.entities if e.kind == "stage" and e.id == twin.stage_id), None)
    else:
        result.stage = twin
    result.journey, result.journey_worded = journey, True
