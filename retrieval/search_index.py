"""Keeps the dense (Chroma) and keyword (SQL BM25) indexes in step with the documents given.

Incremental: a document whose text is unchanged is not embedded again; a metadata-only change
(a comment newly matched to a stage, say) updates metadata only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from retrieval import index_writer as outbox
from retrieval.documents import IndexDocument
from retrieval.embeddings import Embedder
from retrieval.index_writer import WriterLock
from retrieval.keyword_index import KeywordIndex
from retrieval.kind_vectors import KindVectors
from retrieval.vector_index import VectorIndex, chroma_metadata
from retrieval.vector_matrix import VectorMatrix


@dataclass
class SyncReport:
    embedded: int = 0
    metadata_updated: int = 0
    unchanged: int = 0
    deleted: int = 0


class SearchIndex:
    def __init__(self, engine: Engine, embedder: Embedder, vectors_factory: Callable[[], VectorIndex],
                 writer_lock: Path | None = None) -> None:
        """`writer_lock`: the lock file of an embedded Chroma folder (None: a Chroma server, any process writes)."""
        self.embedder = embedder
        self.keywords = KeywordIndex(engine)
        self._vectors_factory = vectors_factory
        self._vectors: VectorIndex | None = None
        self._vectors_lock = threading.Lock()
        self.version = 0  # bumped by every write through this object, so per-query caches start afresh
        self.engine = engine
        self._writer = WriterLock(writer_lock) if writer_lock else None
        self._drain_lock = threading.Lock()
        self._opened_as_guest = False
        self.map_vectors = KindVectors(engine, lambda: self.vectors, lambda: self.version, ("stage", "touchpoint"))
        # every stored vector, for exact deep fetches (retrieval/vector_matrix.py)
        self.matrix = VectorMatrix(engine, lambda: self.vectors, lambda: self.version)

    @property
    def vectors(self) -> VectorIndex:
        """Chroma opens on first use, so read-only commands that never search skip its start-up. Locked: two
        threads opening the same persistent client at once crash it (concurrent first questions)."""
        if self._vectors is None:
            with self._vectors_lock:
                if self._vectors is None:
                    # The process that opens the embedded index first takes the writer lock, if it is free.
                    guest = self._writer is not None and not self._writer.try_acquire()
                    self._vectors = self._vectors_factory()
                    self._opened_as_guest = guest
        return self._vectors

    def sync(self, docs: Sequence[IndexDocument], removed: Sequence[str] = (),
             progress: Callable[[int], None] | None = None) -> SyncReport:
        self.version += 1
        report = SyncReport()
        current = self.keywords.hashes([d.id for d in docs])
        to_embed: list[IndexDocument] = []
        meta_only: list[IndexDocument] = []
        for doc in docs:
            known = current.get(doc.id)
            if known is None or known[0] != doc.text_hash:
                to_embed.append(doc)
            elif known[1] != doc.meta_hash:
                meta_only.append(doc)
            else:
                report.unchanged += 1
        if progress and report.unchanged:
            progress(report.unchanged)
        writes = self.refresh() >= 0  # the outbox first, so changes land in the order they were made
        if to_embed:
            vectors = self.embedder.encode([d.search_text for d in to_embed], progress=progress)
            if writes:
                self.vectors.upsert(to_embed, vectors)
            else:
                outbox.enqueue(self.engine, [{"doc_id": d.id, "op": "upsert", "vector": v, "meta": chroma_metadata(d)}
                                             for d, v in zip(to_embed, vectors, strict=True)])
        if meta_only:
            if writes:
                self.vectors.update_metadata(meta_only)
            else:
                outbox.enqueue(self.engine, [{"doc_id": d.id, "op": "meta", "meta": chroma_metadata(d)}
                                             for d in meta_only])
            if progress:
                progress(len(meta_only))
        self.keywords.write(to_embed + meta_only, text_changed={d.id for d in to_embed})
        if removed:
            if writes:
                self.vectors.delete(list(removed))
            else:
                outbox.enqueue(self.engine, [{"doc_id": i, "op": "delete"} for i in removed])
            self.keywords.delete(list(removed))
        report.embedded, report.metadata_updated, report.deleted = len(to_embed), len(meta_only), len(removed)
        self.version += 1
        return report

    def rebuild(self, docs: Sequence[IndexDocument], progress: Callable[[int], None] | None = None) -> SyncReport:
        self.version += 1
        self.matrix.forget()
        if self.refresh() >= 0:
            self.vectors.clear()
        else:
            outbox.enqueue(self.engine, [{"doc_id": "*", "op": "clear"}])
        self.keywords.clear()
        return self.sync(docs, progress=progress)

    def refresh(self) -> int:
        """Call before a search: apply the vector changes other processes left in the outbox.

        Returns how many were applied, or -1 when another process holds the embedded index (this one must not
        write it). One indexed query when there is nothing to do."""
        if self._writer is None:
            return 0
        if not self._writer.try_acquire():
            return -1
        with self._drain_lock:
            if self._opened_as_guest and self._vectors is not None:
                # Opened while another process wrote: its in-memory view misses their writes, so open it afresh.
                self._vectors.reopen()
                self._opened_as_guest = False
                self.version += 1
            applied = self._drain() if outbox.pending(self.engine) else 0
            if applied:
                self.version += 1  # what searches cached predates these writes
            return applied

    def _drain(self) -> int:
        applied = 0
        for rows in outbox.batches(self.engine):
            run: list = []
            for row in rows:
                if run and run[-1].op != row.op:
                    self._apply(run)
                    run = []
                run.append(row)
            if run:
                self._apply(run)
            outbox.done(self.engine, [r.seq for r in rows])
            applied += len(rows)
        return applied

    def _apply(self, run: list) -> None:
        op, ids = run[0].op, [r.doc_id for r in run]
        if op == "upsert":
            self.vectors.upsert_raw(ids, [outbox.vector_of(r.vector) for r in run], [r.meta for r in run])
        elif op == "meta":
            self.vectors.update_raw(ids, [r.meta for r in run])
        elif op == "delete":
            self.vectors.delete(ids)
        elif op == "clear":
            self.vectors.clear()
            self.matrix.forget()

    def close(self) -> None:
        """Let another process take over writing the embedded index."""
        if self._writer is not None:
            self._writer.release()

    def count(self) -> int:
        return self.keywords.count()
