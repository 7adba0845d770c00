"""`journey ingest`: files -> validate -> SQL (source of truth) -> search indexes, incrementally."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.documents import comment_document, kpi_document, map_documents
from journeys.ingest_store import Changes, mark_held, now, store_comments, store_kpis, store_maps
from journeys.locations import Catalog, resolve_all
from journeys.store.db import Database
from journeys.store.models import Comment, Kpi, Source
from knowledge.columns import MappingOptions
from knowledge.errors import KnowledgeError
from knowledge.loader import discover, load_file
from knowledge.records import Kind, LoadedFile
from knowledge.redaction import DEFAULT_REGIONS, redact_value
from retrieval.documents import IndexDocument
from retrieval.search_index import SearchIndex, SyncReport


class IngestProgress(Protocol):
    def file_started(self, path: str, done: int, total: int) -> None: ...
    def index_started(self, total: int) -> None: ...
    def index_advanced(self, n: int) -> None: ...


@dataclass
class FileReport:
    path: str
    kind: str | None = None
    status: str = "stored"  # stored | unchanged | rejected
    rows: int = 0
    stored: int = 0
    unchanged: int = 0
    replaced: int = 0
    removed: int = 0
    duplicates: int = 0
    shared: int = 0  # rows another source already stores (a copy of a file): duplicates, stored once
    redacted: dict[str, int] = field(default_factory=dict)  # personal data replaced: kind -> count
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    files: list[FileReport] = field(default_factory=list)
    index: SyncReport = field(default_factory=SyncReport)
    seconds: float = 0.0

    @property
    def failed(self) -> list[FileReport]:
        return [f for f in self.files if f.status == "rejected"]

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.files)


class Ingestor:
    def __init__(self, db: Database, index: SearchIndex, redact: bool = True,
                 phone_regions: Sequence[str] = DEFAULT_REGIONS) -> None:
        self.db = db
        self.index = index
        self.redact = redact
        self.phone_regions = tuple(phone_regions)

    def run(self, paths: Sequence[Path], kind: Kind | None = None, options: MappingOptions | None = None,
            progress: IngestProgress | None = None) -> IngestReport:
        started = time.perf_counter()
        options = options or MappingOptions()
        report = IngestReport()
        files: list[tuple[Path, Kind | None]] = []
        for path in paths:
            try:
                files.extend(discover([path]))
            except FileNotFoundError as exc:
                report.files.append(FileReport(path=str(path), status="rejected", error=str(exc)))
        changed: set[str] = set()
        removed: set[str] = set()
        journeys: set[str] = set()
        raw_names: dict[str, LoadedFile] = {}
        for done, (path, hint) in enumerate(files):
            if progress:
                progress.file_started(str(path), done, len(files))
            file_report, changes, loaded = self._ingest_file(path, kind or hint, options)
            report.files.append(file_report)
            if changes:
                changed |= changes.changed_docs
                removed |= changes.removed_docs
                journeys |= changes.journeys
            if loaded and loaded.kind != "map":
                raw_names[file_report.path] = loaded
        if changed or removed or journeys:
            with self.db.session() as session:
                catalog = Catalog.load(session)
                changed |= resolve_all(session, catalog)
            report.index = self._sync(changed - removed, removed, journeys, progress)
        self._report_unknown(report, raw_names)
        report.seconds = time.perf_counter() - started
        return report

    def _ingest_file(self, path: Path, kind: Kind | None, options: MappingOptions
                     ) -> tuple[FileReport, Changes | None, LoadedFile | None]:
        key = str(path.resolve())
        file_report = FileReport(path=str(path), kind=kind)
        try:
            loaded = load_file(path, kind, options)
        except KnowledgeError as exc:
            file_report.status, file_report.error = "rejected", str(exc)
            return file_report, None, None
        except OSError as exc:
            file_report.status, file_report.error = "rejected", f"{path}: cannot read ({exc.strerror})"
            return file_report, None, None
        file_report.kind, file_report.rows = loaded.kind, loaded.row_count
        file_report.duplicates, file_report.warnings = loaded.duplicates, loaded.warnings
        # No shortcut on an unchanged file hash: comparing the rows is what lets a re-ingest repair them.
        with self.db.session() as session:
            source = session.get(Source, key)
            existed = source is not None
            changes = self._store(session, loaded, key)
            if source is None:
                source = Source(path=key, kind=loaded.kind, file_hash=loaded.file_hash, ingested_at=now())
                session.add(source)
            if changes.stored or changes.replaced or changes.removed or source.file_hash != loaded.file_hash:
                source.ingested_at = now()
            source.kind, source.file_hash = loaded.kind, loaded.file_hash
            source.items = changes.stored + changes.unchanged + changes.replaced
            source.shared, source.redacted = changes.shared, changes.redacted or None
            source.options = {"kind": loaded.kind, "columns": options.columns, "date_format": options.date_format,
                              "ignore": list(options.ignore)}
            mark_held(session)
        for name in ("stored", "unchanged", "replaced", "removed", "shared", "redacted"):
            setattr(file_report, name, getattr(changes, name))
        file_report.warnings = file_report.warnings + changes.warnings
        if existed and not (changes.stored or changes.replaced or changes.removed):
            file_report.status = "unchanged"
        return file_report, changes, loaded

    def _store(self, session: Session, loaded: LoadedFile, key: str) -> Changes:
        if loaded.kind == "map":
            return store_maps(session, loaded.maps, key)
        if loaded.kind == "comments":
            regions = self.phone_regions
            redactor = (lambda value, found: redact_value(value, found, regions)) if self.redact else None
            return store_comments(session, loaded.comments, key, redactor)
        return store_kpis(session, loaded.kpis, key)

    def refresh_index(self, changed: set[str], removed: set[str]) -> SyncReport:
        """Index the documents of these changed items and drop the removed ones (after a `forget`, say)."""
        return self._sync(changed, removed, set(), None)

    def _sync(self, changed: set[str], removed: set[str], journeys: set[str],
              progress: IngestProgress | None) -> SyncReport:
        docs: list[IndexDocument] = []
        with self.db.session() as session:
            docs.extend(d for d in map_documents(session, journeys) if d.id not in removed)
            docs.extend(_item_documents(session, changed))
        if progress:
            progress.index_started(len(docs))
        return self.index.sync(docs, sorted(removed), progress=progress.index_advanced if progress else None)

    def _report_unknown(self, report: IngestReport, loaded_files: dict[str, LoadedFile]) -> None:
        if not loaded_files:
            return
        with self.db.session() as session:
            catalog = Catalog.load(session)
        for file_report in report.files:
            loaded = loaded_files.get(file_report.path)
            if loaded is None:
                continue
            wheres = {r.where for r in loaded.comments} | {r.where for r in loaded.kpis}
            unknown = {name for w in wheres for name in catalog.resolve(w.journey, w.stage, w.touchpoint).unknown}
            file_report.unknown = sorted(unknown)


def _item_documents(session: Session, doc_ids: set[str]) -> list[IndexDocument]:
    comment_ids = [d.split(":", 1)[1] for d in doc_ids if d.startswith("comment:")]
    kpi_ids = [d.split(":", 1)[1] for d in doc_ids if d.startswith("kpi:")]
    docs: list[IndexDocument] = []
    for start in range(0, len(comment_ids), 500):
        for comment in session.scalars(select(Comment).where(Comment.id.in_(comment_ids[start:start + 500]))):
            doc = comment_document(comment)
            if doc:
                docs.append(doc)
    for start in range(0, len(kpi_ids), 500):
        docs.extend(kpi_document(k) for k in session.scalars(select(Kpi).where(Kpi.id.in_(kpi_ids[start:start + 500]))))
    return docs
