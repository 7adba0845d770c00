"""Places people log against: stages and touchpoints, found by name (fuzzily) or listed for a picker."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import process, utils
from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.errors import NotFoundError
from journeys.names import MATCH_CUTOFF, AmbiguousNameError, _score
from journeys.store.models import Journey, Stage, Touchpoint
from knowledge.text import slugify

SUGGESTIONS = 3


@dataclass(frozen=True)
class Place:
    kind: str  # stage | touchpoint
    journey_id: str
    stage_id: str
    touchpoint_id: str | None
    name: str
    stage_name: str
    journey_name: str

    @property
    def id(self) -> str:
        return self.touchpoint_id or self.stage_id

    @property
    def label(self) -> str:
        """`Touchpoint (Stage · Journey)` or `Stage (Journey)`: what a person reads."""
        if self.kind == "touchpoint":
            return f"{self.name} ({self.stage_name} · {self.journey_name})"
        return f"{self.name} ({self.journey_name})"

    @property
    def qualified(self) -> str:
        """A form that names exactly this place, to type back: its id, `journey/stage[/touchpoint]`."""
        return self.id


def all_places(session: Session) -> list[Place]:
    """Every stage, then every touchpoint, in journey and map order."""
    journeys = {j.id: j.name for j in session.scalars(select(Journey))}
    stages = list(session.scalars(select(Stage).order_by(Stage.journey_id, Stage.position)))
    by_id = {s.id: s for s in stages}
    places = [Place("stage", s.journey_id, s.id, None, s.name, s.name, journeys.get(s.journey_id, s.journey_id))
              for s in stages]
    for tp in session.scalars(select(Touchpoint).order_by(Touchpoint.stage_id, Touchpoint.position,
                                                          Touchpoint.name)):
        stage = by_id.get(tp.stage_id)
        if stage is not None:  # a logged touchpoint whose stage left the map is not a place to log at
            places.append(Place("touchpoint", tp.journey_id, tp.stage_id, tp.id, tp.name, stage.name,
                                journeys.get(tp.journey_id, tp.journey_id)))
    return places


def place_by_id(session: Session, place_id: str) -> Place | None:
    return next((p for p in all_places(session) if p.id == place_id), None)


def _names(place: Place) -> list[str]:
    """The ways a person may write a place: its name, and qualified by its stage and journey."""
    names = [place.name, f"{place.journey_name}/{place.name}", place.id]
    if place.kind == "touchpoint":
        names += [f"{place.stage_name}/{place.name}", f"{place.journey_name}/{place.stage_name}/{place.name}"]
    return names


def resolve_place(session: Session, text: str) -> Place:
    """The stage or touchpoint `text` names, forgiving case and typos; ambiguity and misses say what fits."""
    text = " ".join(text.split())
    places = all_places(session)
    if not places:
        raise NotFoundError("there are no journey maps yet; load some with `journey ingest`")
    wanted = slugify(text)
    exact = [p for p in places if wanted in {slugify(n) for n in _names(p)}]
    matches = exact or _fuzzy(text, places)
    if len(matches) == 1:
        return matches[0]
    if matches:
        options = ", ".join(f"`{p.qualified}`" for p in matches[:5])
        raise AmbiguousNameError(f"“{text}” fits several places ({options}); write one of them as shown")
    raise NotFoundError(f"no stage or touchpoint matches “{text}”; the closest are {closest(text, places)}")


def _fuzzy(text: str, places: list[Place], cutoff: float = MATCH_CUTOFF) -> list[Place]:
    """The places whose best-fitting name scores highest (ties included); [] below the cutoff."""
    best: dict[int, float] = {}
    for number, place in enumerate(places):
        found = process.extractOne(text, _names(place), scorer=_score, processor=utils.default_process)
        if found is not None and found[1] >= cutoff:
            best[number] = found[1]
    if not best:
        return []
    top = max(best.values())
    return [places[n] for n, score in best.items() if score == top]


def closest(text: str, places: list[Place]) -> str:
    ranked = sorted(places, key=lambda p: -max(_score(utils.default_process(text), utils.default_process(n))
                                                 for n in _names(p)))
    return ", ".join(f"{p.label}" for p in ranked[:SUGGESTIONS])


def search_places(session: Session, kind: str, query: str = "", limit: int = 100) -> list[Place]:
    """Places of `kind` for a picker: all of them (up to `limit`), or those fitting `query` best first."""
    places = [p for p in all_places(session) if p.kind == kind]
    query = query.strip()
    if not query:
        return places[:limit]
    scored = []
    for place in places:
        score = max(_score(utils.default_process(query), utils.default_process(n)) for n in _names(place))
        if score >= 50 or utils.default_process(query) in utils.default_process(place.label):
            scored.append((-score, place.label, place))
    return [p for _s, _l, p in sorted(scored, key=lambda item: item[:2])][:limit]
