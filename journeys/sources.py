"""What was ingested (`journey sources`) and taking one source back out (`journey forget`)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select

from journeys.errors import NotFoundError
from journeys.ingest import Ingestor
from journeys.ingest_store import delete_journey
from journeys.locations import Catalog, resolve_all
from journeys.store.models import Comment, Journey, Kpi, Source
from knowledge.columns import MappingOptions


@dataclass
class SourceInfo:
    path: str
    kind: str
    rows: int  # rows this source stores (journeys, stages and touchpoints for a map)
    shared: int  # rows it has that another source already stores
    ingested_at: str
    exists: bool

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ForgetReport:
    sources: list[str] = field(default_factory=list)
    rows: int = 0
    index_deleted: int = 0
    reingested: list[str] = field(default_factory=list)  # sources that shared rows and now store them


def list_sources(ingestor: Ingestor) -> list[SourceInfo]:
    with ingestor.db.session() as session:
        counts: dict[str, int] = {}
        for model in (Comment, Kpi):
            query = select(model.source_path, func.count()).group_by(model.source_path)
            counts.update({path: n for path, n in session.execute(query) if path})
        return [SourceInfo(path=s.path, kind=s.kind, rows=counts.get(s.path, s.items if s.kind == "map" else 0),
                           shared=s.shared or 0, ingested_at=s.ingested_at.isoformat(sep=" "),
                           exists=os.path.exists(s.path))
                for s in session.scalars(select(Source).order_by(Source.path))]


def _matching(paths: Sequence[str], known: Sequence[str]) -> list[str]:
    wanted: list[str] = []
    for raw in paths:
        target = str(Path(raw).expanduser().resolve())
        hits = [k for k in known if k in (raw, target) or k.startswith(target.rstrip(os.sep) + os.sep)]
        if not hits:
            raise NotFoundError(f"{raw}: nothing was ingested from this path (see `journey sources`)")
        wanted.extend(h for h in hits if h not in wanted)
    return wanted


def forget(ingestor: Ingestor, paths: Sequence[str]) -> ForgetReport:
    """Remove every row and index entry the sources at (or under) these paths gave; folders count recursively.

    Sources that held copies of the forgotten rows are read again, so their rows are stored under them now.
    """
    report = ForgetReport()
    removed: set[str] = set()
    with ingestor.db.session() as session:
        keys = _matching(paths, list(session.scalars(select(Source.path))))
        for key in keys:
            for model, prefix in ((Comment, "comment"), (Kpi, "kpi")):
                ids = list(session.scalars(select(model.id).where(model.source_path == key)))
                removed.update(f"{prefix}:{i}" for i in ids)
                report.rows += len(ids)
                for start in range(0, len(ids), 500):
                    session.execute(delete(model).where(model.id.in_(ids[start:start + 500])))
            for journey_id in session.scalars(select(Journey.id).where(Journey.source_path == key)).all():
                removed |= delete_journey(session, journey_id)
                report.rows += 1
            session.execute(delete(Source).where(Source.path == key))
        report.sources = keys
        sharing = [s for s in session.scalars(select(Source).where(Source.shared > 0))]
        rereads = [(s.path, s.options or {}) for s in sharing if os.path.exists(s.path)]
        changed = resolve_all(session, Catalog.load(session))
    sync = ingestor.refresh_index(changed - removed, removed)
    report.index_deleted = sync.deleted
    for path, options in rereads:
        again = ingestor.run([Path(path)], options.get("kind"), MappingOptions(
            columns=dict(options.get("columns") or {}), date_format=options.get("date_format"),
            ignore=tuple(options.get("ignore") or ())))
        if again.total("stored") or again.total("replaced"):
            report.reingested.append(path)
    return report
