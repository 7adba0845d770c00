"""Keeps the dense (Chroma) and keyword (SQL BM25) indexes in step with the documents given.

Incremental: a document whose text is unchanged is not embedded again; a metadata-only change
(a comment newly matched to a stage, say) updates metadata only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine

from retrieval.documents import IndexDocument
from retrieval.embeddings import Embedder
from retrieval.keyword_index import KeywordIndex
from retrieval.vector_index import VectorIndex


@dataclass
class SyncReport:
    embedded: int = 0
    metadata_updated: int = 0
    unchanged: int = 0
    deleted: int = 0


class SearchIndex:
    def __init__(self, engine: Engine, embedder: Embedder, vectors_factory: Callable[[], VectorIndex]) -> None:
        self.embedder = embedder
        self.keywords = KeywordIndex(engine)
        self._vectors_factory = vectors_factory
        self._vectors: VectorIndex | None = None
        self._vectors_lock = threading.Lock()
        self.version = 0  # bumped by every write through this object, so per-query caches start afresh

    @property
    def vectors(self) -> VectorIndex:
        """Chroma opens on first use, so read-only commands that never search skip its start-up. Locked: two
        threads opening the same persistent client at once crash it (concurrent first questions)."""
        if self._vectors is None:
            with self._vectors_lock:
                if self._vectors is None:
                    self._vectors = self._vectors_factory()
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
        if to_embed:
            vectors = self.embedder.encode([d.search_text for d in to_embed], progress=progress)
            self.vectors.upsert(to_embed, vectors)
        if meta_only:
            self.vectors.update_metadata(meta_only)
            if progress:
                progress(len(meta_only))
        self.keywords.write(to_embed + meta_only, text_changed={d.id for d in to_embed})
        if removed:
            self.vectors.delete(list(removed))
            self.keywords.delete(list(removed))
        report.embedded, report.metadata_updated, report.deleted = len(to_embed), len(meta_only), len(removed)
        self.version += 1
        return report

    def rebuild(self, docs: Sequence[IndexDocument], progress: Callable[[int], None] | None = None) -> SyncReport:
        self.version += 1
        self.vectors.clear()
        self.keywords.clear()
        return self.sync(docs, progress=progress)

    def count(self) -> int:
        return self.keywords.count()
