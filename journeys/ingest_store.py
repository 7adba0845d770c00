"""Write one validated knowledge file into SQL, replacing what the same file gave before.

Each function returns the counts and the index document ids that changed or went away.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from journeys.store.models import Comment, Journey, Kpi, Stage, StoreState, Touchpoint
from knowledge.records import CommentRecord, JourneyMap, KpiRecord
from knowledge.text import content_hash, slugify


@dataclass
class Changes:
    stored: int = 0
    unchanged: int = 0
    replaced: int = 0
    removed: int = 0
    shared: int = 0  # rows another source already stores: duplicates, stored once
    redacted: dict[str, int] = field(default_factory=dict)  # personal data replaced: kind -> count
    warnings: list[str] = field(default_factory=list)
    changed_docs: set[str] = field(default_factory=set)
    removed_docs: set[str] = field(default_factory=set)
    journeys: set[str] = field(default_factory=set)  # journeys whose map documents must be rebuilt


def _chunks(items: Sequence, size: int = 500) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _existing(session: Session, model: type, ids: Iterable[str]) -> dict[str, tuple[str, str | None, str | None]]:
    """id -> (content hash, owning source, raw hash) of the stored rows among `ids`."""
    found: dict[str, tuple[str, str | None, str | None]] = {}
    for chunk in _chunks(list(ids)):
        query = select(model.id, model.content_hash, model.source_path, model.raw_hash).where(model.id.in_(chunk))
        for row in session.execute(query):
            found[row.id] = (row.content_hash, row.source_path, row.raw_hash)
    return found


def _raw_owners(session: Session, model: type, raw_hashes: list[str], path: str) -> set[str]:
    """The raw hashes among these that another source already stores (the same response in another file)."""
    owned: set[str] = set()
    for chunk in _chunks(raw_hashes):
        owned.update(session.scalars(select(model.raw_hash).where(model.raw_hash.in_(chunk),
                                                                  model.source_path != path)))
    return owned


def _hash(row: dict, owner: str | None) -> str:
    return content_hash({k: (owner if k == "source_path" else v) for k, v in row.items()
                         if k not in ("line", "raw_hash")})


def _free_id(base: str, path: str, taken: set[str], existing: dict, session: Session, model: type) -> str:
    """The first `base~N` that is free or already this source's, so a clash is renamed the same way each time."""
    n = 2
    while True:
        candidate = f"{base}~{n}"
        if candidate not in taken:
            known = existing.get(candidate) or next(iter(_existing(session, model, [candidate]).values()), None)
            if known is None or known[1] == path:
                return candidate
        n += 1


def _replace_rows(session: Session, model: type, prefix: str, rows: list[dict], path: str) -> Changes:
    """Store one file's rows, which belong to that file alone.

    A row another source already stores (the same raw cells, or the same content under the same id) is a
    duplicate: stored once, under its first source. A row whose id another source uses for other content gets
    the next free `ID~N`. This file's own rows are compared by content hash, so re-ingesting repairs them, and
    what this file gave before but no longer has is deleted.
    """
    changes = Changes()
    existing = _existing(session, model, [r["id"] for r in rows])
    elsewhere = _raw_owners(session, model, [r["raw_hash"] for r in rows if r.get("raw_hash")], path)
    fresh, replaced, keep = [], [], set()
    for row in rows:
        if row.get("raw_hash") in elsewhere:
            changes.shared += 1
            continue
        known = existing.get(row["id"])
        if known is not None and known[1] != path:
            if known[0] == _hash(row, known[1]):
                changes.shared += 1  # the same row, stored before from another file (no raw hash on record)
                continue
            row["id"] = _free_id(row["id"], path, keep, existing, session, model)
            row["content_hash"] = _hash(row, path)
            known = _existing(session, model, [row["id"]]).get(row["id"])
        keep.add(row["id"])
        if known is None:
            fresh.append(row)
        elif known[0] != row["content_hash"] or known[2] != row.get("raw_hash"):
            replaced.append(row)
        else:
            changes.unchanged += 1
    for chunk in _chunks([r["id"] for r in replaced]):
        session.execute(delete(model).where(model.id.in_(chunk)))
    for chunk in _chunks(fresh + replaced, 5000):
        session.execute(insert(model), list(chunk))
    gone = [i for i in session.scalars(select(model.id).where(model.source_path == path)) if i not in keep]
    for chunk in _chunks(gone):
        session.execute(delete(model).where(model.id.in_(chunk)))
    changes.stored, changes.replaced, changes.removed = len(fresh), len(replaced), len(gone)
    changes.changed_docs = {f"{prefix}:{r['id']}" for r in fresh + replaced}
    changes.removed_docs = {f"{prefix}:{i}" for i in gone}
    return changes


def store_comments(session: Session, records: list[CommentRecord], path: str,
                   redactor: Callable[[str | None, Counter], str | None] | None = None) -> Changes:
    """Comments as rows; with a redactor, personal data leaves every stored text field first."""
    rows = []
    found: Counter = Counter()
    scrub = (lambda value: redactor(value, found)) if redactor else (lambda value: value)
    for r in records:
        row = {
            "id": r.id, "text": scrub(r.text) or "", "date": r.date, "journey": scrub(r.where.journey),
            "stage": scrub(r.where.stage), "touchpoint": scrub(r.where.touchpoint), "journey_id": None,
            "stage_id": None, "touchpoint_id": None, "channel": scrub(r.channel), "score": r.score,
            "score_type": r.score_type, "segment": scrub(r.segment), "customer": scrub(r.customer),
            "properties": {k: scrub(v) for k, v in r.properties.items()}, "source_path": path, "line": r.line,
            "raw_hash": r.raw_hash,
        }
        row["content_hash"] = _hash(row, path)
        rows.append(row)
    changes = _replace_rows(session, Comment, "comment", rows, path)
    changes.redacted = dict(found)
    return changes


def store_kpis(session: Session, records: list[KpiRecord], path: str) -> Changes:
    rows = []
    for r in records:
        row = {
            "id": r.id, "metric": r.metric, "metric_slug": slugify(r.metric).replace("-", "_"), "value": r.value,
            "date": r.date, "journey": r.where.journey, "stage": r.where.stage, "touchpoint": r.where.touchpoint,
            "journey_id": None, "stage_id": None, "touchpoint_id": None, "target": r.target, "unit": r.unit,
            "higher_is_better": r.higher_is_better, "properties": r.properties, "source_path": path, "line": r.line,
            "raw_hash": r.raw_hash,
        }
        row["content_hash"] = _hash(row, path)
        rows.append(row)
    return _replace_rows(session, Kpi, "kpi", rows, path)


def store_maps(session: Session, maps: list[JourneyMap], path: str) -> Changes:
    changes = Changes()
    previous = set(session.scalars(select(Journey.id).where(Journey.source_path == path)))
    for journey_map in maps:
        _store_journey(session, journey_map, path, changes)
    for gone in previous - {m.id for m in maps}:
        changes.removed_docs |= delete_journey(session, gone)
        changes.removed += 1
    return changes


def delete_journey(session: Session, journey_id: str) -> set[str]:
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
    if journey is not None and journey.source_path not in (None, path):
        # Another file gave this journey first and owns it: a copy changes nothing, a rival version is reported.
        if journey.content_hash == journey_hash:
            changes.shared += 1
        else:
            changes.warnings.append(f"journey {spec.name!r} is already given by {journey.source_path}; "
                                    "this file's version was not stored (forget that file first to replace it)")
        return
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


HELD_KNOWLEDGE = "held_knowledge"


def mark_held(session: Session) -> None:
    """Remember that this store has held knowledge (so `journey run` never brings a forgotten sample back)."""
    if session.get(StoreState, HELD_KNOWLEDGE) is None:
        session.add(StoreState(key=HELD_KNOWLEDGE, value="1"))


def has_held_knowledge(session: Session) -> bool:
    return session.get(StoreState, HELD_KNOWLEDGE) is not None


def now() -> datetime:
    return datetime.now().replace(microsecond=0)
