"""Write one validated knowledge file into SQL, replacing what the same file gave before.

Each function returns the counts and the index document ids that changed or went away.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from journeys.store.models import Comment, Journey, Kpi, Stage, Touchpoint
from knowledge.records import CommentRecord, JourneyMap, KpiRecord
from knowledge.text import content_hash, slugify


@dataclass
class Changes:
    stored: int = 0
    unchanged: int = 0
    replaced: int = 0
    removed: int = 0
    changed_docs: set[str] = field(default_factory=set)
    removed_docs: set[str] = field(default_factory=set)
    journeys: set[str] = field(default_factory=set)  # journeys whose map documents must be rebuilt


def _chunks(items: Sequence, size: int = 500) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _existing_hashes(session: Session, model: type, ids: list[str]) -> dict[str, tuple[str, str | None]]:
    found: dict[str, tuple[str, str | None]] = {}
    for chunk in _chunks(ids):
        for row in session.execute(select(model.id, model.content_hash, model.source_path).where(model.id.in_(chunk))):
            found[row.id] = (row.content_hash, row.source_path)
    return found


def _replace_rows(session: Session, model: type, prefix: str, rows: list[dict], path: str) -> Changes:
    """Upsert rows by id (content hash decides), and delete what this file gave before but no longer has."""
    changes = Changes()
    existing = _existing_hashes(session, model, [r["id"] for r in rows])
    fresh, replaced = [], []
    for row in rows:
        known = existing.get(row["id"])
        if known is None:
            fresh.append(row)
        elif known[0] != row["content_hash"] or known[1] != path:
            replaced.append(row)
        else:
            changes.unchanged += 1
    for chunk in _chunks([r["id"] for r in replaced]):
        session.execute(delete(model).where(model.id.in_(chunk)))
    for chunk in _chunks(fresh + replaced, 5000):
        session.execute(insert(model), list(chunk))
    keep = {r["id"] for r in rows}
    gone = [i for i in session.scalars(select(model.id).where(model.source_path == path)) if i not in keep]
    for chunk in _chunks(gone):
        session.execute(delete(model).where(model.id.in_(chunk)))
    changes.stored, changes.replaced, changes.removed = len(fresh), len(replaced), len(gone)
    changes.changed_docs = {f"{prefix}:{r['id']}" for r in fresh + replaced}
    changes.removed_docs = {f"{prefix}:{i}" for i in gone}
    return changes


def store_comments(session: Session, records: list[CommentRecord], path: str) -> Changes:
    rows = []
    for r in records:
        row = {
            "id": r.id, "text": r.text, "date": r.date, "journey": r.where.journey, "stage": r.where.stage,
            "touchpoint": r.where.touchpoint, "journey_id": None, "stage_id": None, "touchpoint_id": None,
            "channel": r.channel, "score": r.score, "score_type": r.score_type, "segment": r.segment,
            "customer": r.customer, "properties": r.properties, "source_path": path, "line": r.line,
        }
        row["content_hash"] = content_hash({k: v for k, v in row.items() if k != "line"})
        rows.append(row)
    return _replace_rows(session, Comment, "comment", rows, path)


def store_kpis(session: Session, records: list[KpiRecord], path: str) -> Changes:
    rows = []
    for r in records:
        row = {
            "id": r.id, "metric": r.metric, "metric_slug": slugify(r.metric).replace("-", "_"), "value": r.value,
            "date": r.date, "journey": r.where.journey, "stage": r.where.stage, "touchpoint": r.where.touchpoint,
            "journey_id": None, "stage_id": None, "touchpoint_id": None, "target": r.target, "unit": r.unit,
            "higher_is_better": r.higher_is_better, "properties": r.properties, "source_path": path, "line": r.line,
        }
        row["content_hash"] = content_hash({k: v for k, v in row.items() if k != "line"})
        rows.append(row)
    return _replace_rows(session, Kpi, "kpi", rows, path)


def store_maps(session: Session, maps: list[JourneyMap], path: str) -> Changes:
    changes = Changes()
    previous = set(session.scalars(select(Journey.id).where(Journey.source_path == path)))
    for journey_map in maps:
        _store_journey(session, journey_map, path, changes)
    for gone in previous - {m.id for m in maps}:
        changes.removed_docs |= _delete_journey(session, gone)
        changes.removed += 1
    return changes


def _delete_journey(session: Session, journey_id: str) -> set[str]:
    stage_ids = session.scalars(select(Stage.id).where(Stage.journey_id == journey_id)).all()
    tp_ids = session.scalars(select(Touchpoint.id).where(Touchpoint.journey_id == journey_id,
                                                         Touchpoint.origin == "map")).all()
    session.execute(delete(Touchpoint).where(Touchpoint.journey_id == journey_id, Touchpoint.origin == "map"))
    session.execute(delete(Stage).where(Stage.journey_id == journey_id))
    session.execute(delete(Journey).where(Journey.id == journey_id))
    return {f"journey:{journey_id}"} | {f"stage:{s}" for s in stage_ids} | {f"touchpoint:{t}" for t in tp_ids}


def _store_journey(session: Session, spec: JourneyMap, path: str, changes: Changes) -> None:
    journey_hash = content_hash([spec.name, spec.persona, spec.owner, spec.updated, spec.description])
    journey = session.get(Journey, spec.id)
    if journey is None:
        session.add(Journey(id=spec.id, name=spec.name, persona=spec.persona, owner=spec.owner,
                            updated=spec.updated, description=spec.description, source_path=path,
                            content_hash=journey_hash))
        changes.stored += 1
    elif journey.content_hash != journey_hash or journey.source_path != path:
        journey.name, journey.persona, journey.owner = spec.name, spec.persona, spec.owner
        journey.updated, journey.description, journey.source_path = spec.updated, spec.description, path
        journey.content_hash = journey_hash
        changes.replaced += 1
    else:
        changes.unchanged += 1
    session.flush()

    old_stages = {s.id: s for s in session.scalars(select(Stage).where(Stage.journey_id == spec.id))}
    old_tps = {t.id: t for t in session.scalars(select(Touchpoint).where(Touchpoint.journey_id == spec.id,
                                                                         Touchpoint.origin == "map"))}
    kept_stages, kept_tps = set(), set()
    for stage_spec in spec.stages:
        stage_id = f"{spec.id}/{stage_spec.slug}"
        kept_stages.add(stage_id)
        values = dict(journey_id=spec.id, slug=stage_spec.slug, name=stage_spec.name, position=stage_spec.position,
                      goal=stage_spec.goal, emotion=stage_spec.emotion, pain_points=list(stage_spec.pain_points),
                      opportunities=list(stage_spec.opportunities))
        _upsert(session, Stage, old_stages.get(stage_id), stage_id, values, changes)
        for position, tp_spec in enumerate(stage_spec.touchpoints):
            tp_id = f"{stage_id}/{tp_spec.slug}"
            kept_tps.add(tp_id)
            values = dict(journey_id=spec.id, stage_id=stage_id, slug=tp_spec.slug, name=tp_spec.name,
                          position=position, channel=tp_spec.channel, owner=tp_spec.owner,
                          description=tp_spec.description, emotion=tp_spec.emotion,
                          pain_points=list(tp_spec.pain_points), opportunities=list(tp_spec.opportunities),
                          metrics=list(tp_spec.metrics), origin="map")
            _upsert(session, Touchpoint, old_tps.get(tp_id), tp_id, values, changes)
    for stage_id in set(old_stages) - kept_stages:
        session.delete(old_stages[stage_id])
        changes.removed += 1
        changes.removed_docs.add(f"stage:{stage_id}")
    for tp_id in set(old_tps) - kept_tps:
        session.delete(old_tps[tp_id])
        changes.removed += 1
        changes.removed_docs.add(f"touchpoint:{tp_id}")
    changes.journeys.add(spec.id)


def _upsert(session: Session, model: type, row: object | None, row_id: str, values: dict, changes: Changes) -> None:
    digest = content_hash(values)
    if row is None:
        # A touchpoint logged from Slack may already hold this id: the map's version takes its place.
        existing = session.get(model, row_id)
        if existing is not None:
            session.delete(existing)
            session.flush()
        session.add(model(id=row_id, content_hash=digest, **values))
        changes.stored += 1
    elif row.content_hash != digest:  # type: ignore[attr-defined]
        for key, value in values.items():
            setattr(row, key, value)
        row.content_hash = digest  # type: ignore[attr-defined]
        changes.replaced += 1
    else:
        changes.unchanged += 1


def now() -> datetime:
    return datetime.now().replace(microsecond=0)
