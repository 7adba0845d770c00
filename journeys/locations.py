"""Match the journey/stage/touchpoint names that comment and KPI files give to the maps' ids."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from journeys.store.models import Comment, Journey, Kpi, Stage, Touchpoint
from knowledge.text import slugify


@dataclass(frozen=True)
class Resolved:
    journey_id: str | None
    stage_id: str | None
    touchpoint_id: str | None
    unknown: tuple[str, ...] = ()


@dataclass
class Catalog:
    """The maps' names, keyed by slug, for exact (case- and punctuation-insensitive) matching."""

    journeys: dict[str, str] = field(default_factory=dict)  # slug of id or name -> journey id
    stages: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # slug -> [(stage id, journey id)]
    touchpoints: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # -> [(tp, stage, journey)]

    @classmethod
    def load(cls, session: Session) -> Catalog:
        catalog = cls()
        for journey in session.scalars(select(Journey)):
            catalog.journeys[journey.id] = journey.id
            catalog.journeys.setdefault(slugify(journey.name), journey.id)
        for stage in session.scalars(select(Stage)):
            catalog.stages.setdefault(stage.slug, []).append((stage.id, stage.journey_id))
        for tp in session.scalars(select(Touchpoint)):
            catalog.touchpoints.setdefault(tp.slug, []).append((tp.id, tp.stage_id, tp.journey_id))
        return catalog

    def resolve(self, journey: str | None, stage: str | None, touchpoint: str | None) -> Resolved:
        unknown: list[str] = []
        journey_id = self.journeys.get(slugify(journey)) if journey else None
        if journey and journey_id is None:
            unknown.append(f"journey {journey!r}")
        stage_id = None
        if stage:
            options = [s for s in self.stages.get(slugify(stage), []) if journey_id in (None, s[1])]
            if len(options) == 1:
                stage_id, journey_id = options[0]
            elif not options:
                unknown.append(f"stage {stage!r}")
        touchpoint_id = None
        if touchpoint:
            options = [t for t in self.touchpoints.get(slugify(touchpoint), [])
                       if journey_id in (None, t[2]) and stage_id in (None, t[1])]
            if len(options) == 1:
                touchpoint_id, stage_id, journey_id = options[0]
            elif not options:
                unknown.append(f"touchpoint {touchpoint!r}")
        return Resolved(journey_id, stage_id, touchpoint_id, tuple(unknown))


def resolve_all(session: Session, catalog: Catalog) -> set[str]:
    """Re-match every comment and KPI row to the current maps; returns the index doc ids that changed."""
    changed: set[str] = set()
    for model, prefix in ((Comment, "comment"), (Kpi, "kpi")):
        triples = session.execute(
            select(model.journey, model.stage, model.touchpoint, model.journey_id, model.stage_id,
                   model.touchpoint_id).distinct()
        ).all()
        for journey, stage, touchpoint, j_id, s_id, t_id in triples:
            resolved = catalog.resolve(journey, stage, touchpoint)
            if (resolved.journey_id, resolved.stage_id, resolved.touchpoint_id) == (j_id, s_id, t_id):
                continue
            condition = (
                model.journey.is_not_distinct_from(journey), model.stage.is_not_distinct_from(stage),
                model.touchpoint.is_not_distinct_from(touchpoint), model.journey_id.is_not_distinct_from(j_id),
                model.stage_id.is_not_distinct_from(s_id), model.touchpoint_id.is_not_distinct_from(t_id),
            )
            ids = session.scalars(select(model.id).where(*condition)).all()
            changed.update(f"{prefix}:{i}" for i in ids)
            session.execute(
                update(model).where(*condition).values(
                    journey_id=resolved.journey_id, stage_id=resolved.stage_id, touchpoint_id=resolved.touchpoint_id
                ).execution_options(synchronize_session=False)
            )
    return changed
