"""One home for matching the names people type to the knowledge base's places and metrics.

By spelling: case, `journey/stage` qualification and typos (rapidfuzz), for the cards (`/journey stage`,
`journey kpi`) and the answers' `--stage` focus. By meaning: the stage or touchpoint whose map entry (name,
goal, description, pain points, as indexed) is nearest the question, for questions that describe a place
instead of naming it ("the popup that nags trials to pay"). An explicit name always wins over a meaning.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journeys.errors import JourneyError, NotFoundError
from journeys.place_facets import PlaceFacets
from journeys.store.models import Journey, Kpi, Stage
from knowledge.text import slugify

MATCH_CUTOFF = 70  # rapidfuzz WRatio; below this a name is "not found" rather than a wild guess
MEANING_MIN = 0.50  # cosine a place's map entry must reach to stand for a question that does not name it
MEANING_MARGIN = 0.04  # ...and by how much it must lead the next place (unless that is its own stage)
DESCRIBED_MIN = 0.45  # ...when the question describes a place in a clause of its own ("the bit where ...")
LONE_MIN, LONE_MARGIN = 0.40, 0.10  # ...or a lower cosine, when no other place comes near ("egates")
FACET_MIN = 0.55  # cosine one sentence of a place (goal, description, a pain point) must reach alone...
FACET_MARGIN = 0.08  # ...and its lead: one sentence is a narrower, noisier witness than a whole entry


class AmbiguousNameError(JourneyError):
    """A name that fits several things equally well (e.g. the same stage name in two journeys)."""


def _score(query: str, choice: str, **_kwargs: object) -> float:
    """WRatio, except that a short name may not match a long query by a partial overlap ("nps" in "unicorns")."""
    if len(query) > len(choice) + 2:
        return max(fuzz.ratio(query, choice), fuzz.token_set_ratio(query, choice))
    return fuzz.WRatio(query, choice)


def best_matches(query: str, choices: dict[str, str]) -> list[str]:
    """Keys whose label fits `query` best (ties included); [] when nothing fits well enough."""
    found = process.extract(query, choices, scorer=_score, processor=utils.default_process,
                            score_cutoff=MATCH_CUTOFF, limit=None)
    if not found:
        return []
    top = found[0][1]
    return [key for _label, score, key in found if score == top]


def find_stage(session: Session, name: str) -> Stage:
    """A stage by name, forgiving case, typos and `journey/stage` qualification."""
    name = name.strip()
    journeys = {j.id: j.name for j in session.scalars(select(Journey))}
    stages = list(session.scalars(select(Stage).order_by(Stage.journey_id, Stage.position)))
    if not stages:
        raise NotFoundError("there are no journey maps yet; load some with `journey ingest`")
    journey_part, _, stage_part = name.rpartition("/")
    if journey_part:
        wanted = {j_id for j_id, j_name in journeys.items()
                  if slugify(journey_part) in (j_id, slugify(j_name))}
        wanted = wanted or set(best_matches(journey_part, journeys))
        stages = [s for s in stages if s.journey_id in wanted] or stages
    exact = [s for s in stages if slugify(stage_part) in (s.slug, slugify(s.name))]
    by_id = {s.id: s for s in stages}
    matches = exact or [by_id[key] for key in best_matches(stage_part, {s.id: s.name for s in stages})]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(f"no stage matches “{name}”; the stages are {stage_list(session)}")
    options = ", ".join(f"{s.journey_id}/{s.slug}" for s in matches)
    raise AmbiguousNameError(f"“{name}” fits several stages ({options}); name one of them as written here")


def stage_list(session: Session) -> str:
    by_journey: dict[str, list[str]] = defaultdict(list)
    rows = session.execute(select(Journey.name, Stage.name).join(Stage, Stage.journey_id == Journey.id)
                           .order_by(Journey.name, Stage.position))
    for journey, stage in rows:
        by_journey[journey].append(stage)
    return "; ".join(f"{', '.join(stages)} ({journey})" for journey, stages in by_journey.items())


def find_metric(session: Session, name: str) -> tuple[str, str]:
    """(slug, display name) of the KPI metric that best fits `name`."""
    query = select(Kpi.metric_slug, func.min(Kpi.metric)).group_by(Kpi.metric_slug)
    metrics: dict[str, str] = dict(session.execute(query).all())  # type: ignore[arg-type]
    if not metrics:
        raise NotFoundError("there are no KPI snapshots yet; load some with `journey ingest`")

    def key(text: str) -> str:
        return slugify(text).replace("-", "_")

    exact = [slug for slug, metric in metrics.items() if key(name) in (key(slug), key(metric))]
    labels = {slug: metric.replace("_", " ") for slug, metric in metrics.items()}
    matches = exact or best_matches(name.replace("_", " "), labels)
    if len(matches) == 1:
        return matches[0], metrics[matches[0]]
    if not matches:
        known = ", ".join(sorted(metrics.values()))
        raise NotFoundError(f"no metric matches “{name}”; the metrics are {known}")
    raise AmbiguousNameError(f"“{name}” fits several metrics ({', '.join(metrics[m] for m in matches)})")


@dataclass(frozen=True)
class PlaceByMeaning:
    kind: str  # stage | touchpoint
    id: str
    similarity: float
    by_sentence: bool = False  # linked by one sentence of the place (place_facets.py), not its whole entry


def place_by_meaning(index, text: str, kind: str | None = None,  # type: ignore[no-untyped-def]
                     facets: PlaceFacets | None = None, spelled: str | None = None,
                     floor: float = MEANING_MIN) -> PlaceByMeaning | None:
    """The stage or touchpoint whose map entry is nearest the question, when it is near enough and clearly
    ahead of the others (a touchpoint's own stage does not count as a rival). With `kind="stage"` ("the stage
    where a trial hands over a card"), a touchpoint found stands for its stage.

    `facets`: the places' sentences embedded one by one (place_facets.py). One sentence of a place that lies
    clearly nearest the question, by a wider lead than whole entries need, links that place, before the
    entries: it says what the question describes, where an entry's name, channel and owner blur it ("big pdf
    drawings won't go up" is one pain point of an application form, "Upload fails for large PDF plans").
    `spelled`: the stage ("stage:<id>") a word of the question leans to by spelling; whole entries that agree
    with it stand against one sentence elsewhere. `floor`: the cosine an entry must reach (lower for a clause
    that plainly describes a place, DESCRIBED_MIN)."""
    vector = index.embedder.encode_query(text)
    hits = index.map_vectors.nearest(vector, 6)  # exact, in memory (retrieval/kind_vectors.py)
    ranked = [(h.id, h.similarity) for h in hits]
    found = _clear_lead(ranked, floor, MEANING_MARGIN) or _clear_lead(ranked, min(floor, LONE_MIN), LONE_MARGIN)
    sentence = False
    if facets is not None:
        by_sentence = _clear_lead([(h.place, h.similarity) for h in facets.nearest(vector)],
                                  FACET_MIN, FACET_MARGIN)
        agreed = found is not None and spelled is not None and (found[0] == spelled or _inside(found[0], spelled))
        if by_sentence is not None and not agreed and not (found is not None and _inside(found[0], by_sentence[0])):
            found, sentence = by_sentence, True  # the entries' link stands when it is a touchpoint of that stage
    if found is None:
        return None
    found_kind, _, ref = found[0].partition(":")
    if kind == "stage" and found_kind == "touchpoint":
        return PlaceByMeaning("stage", ref.rsplit("/", 1)[0], found[1], sentence)
    return PlaceByMeaning(found_kind, ref, found[1], sentence)


def place_by_phrase(facets: PlaceFacets | None, question: str, kind: str | None = None) -> PlaceByMeaning | None:
    """The one place whose map sentences quote the question's words ("the give 10 get 10 thing": a run of
    three words or more, two of them content words or numbers): spelling, before meaning is asked. A phrase
    that several places share links none."""
    quoted = facets.quoting(question) if facets is not None else set()
    places = {p for p in quoted if not any(_inside(p, other) for other in quoted if other != p)}
    if len(places) != 1:
        return None
    found_kind, _, ref = next(iter(places)).partition(":")
    if kind == "stage" and found_kind == "touchpoint":
        return PlaceByMeaning("stage", ref.rsplit("/", 1)[0], 1.0, True)
    return PlaceByMeaning(found_kind, ref, 1.0, True)


def _inside(place: str, other: str) -> bool:
    """Is `place` ("touchpoint:j/s/t") a touchpoint of the stage `other` ("stage:j/s")?"""
    return place.startswith("touchpoint:") and other.startswith("stage:") and place[11:].startswith(other[6:] + "/")


def _clear_lead(hits: list[tuple[str, float]], floor: float, margin: float) -> tuple[str, float] | None:
    """The first hit ("kind:ref", similarity), when it reaches `floor` and leads the next place that is not
    its own stage or touchpoint by `margin`."""
    if not hits or hits[0][1] < floor:
        return None
    top_id, top_sim = hits[0]
    ref = top_id.partition(":")[2]
    for other_id, other_sim in hits[1:]:
        o_ref = other_id.partition(":")[2]
        if not (ref.startswith(o_ref + "/") or o_ref.startswith(ref + "/") or o_ref == ref):
            return None if top_sim - other_sim < margin else (top_id, top_sim)
    return top_id, top_sim
