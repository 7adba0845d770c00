"""Exact nearest neighbours among the few items of some kinds (the map's stages and touchpoints), in memory.

A question is matched against the map by meaning every time; asking Chroma for it meant a second, filtered
query (an over-fetch with metadata, or Chroma's metadata scan). The map is tens to hundreds of items, so their
stored vectors are held here and compared exactly. They are reloaded when the set of those items or their texts
change: checked with one small SQL query after this process writes the index, or every few seconds (another
process's ingest).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence

import numpy as np
from sqlalchemy import Engine, select

from retrieval.tables import index_docs
from retrieval.vector_index import VectorHit, VectorIndex


class KindVectors:
    def __init__(self, engine: Engine, vectors: Callable[[], VectorIndex], version: Callable[[], int],
                 kinds: Sequence[str], ttl: float = 5.0) -> None:
        self._engine, self._vectors, self._version = engine, vectors, version
        self.kinds = tuple(kinds)
        self._ttl = ttl
        self._lock = threading.Lock()
        self._checked: tuple[float, int] | None = None  # (when, index version) of the last check
        self._signature: tuple[tuple[str, str], ...] | None = None
        self._ids: list[str] = []
        self._matrix = np.zeros((0, 0), dtype=np.float32)

    def nearest(self, vector: np.ndarray, k: int) -> list[VectorHit]:
        """The k items of these kinds nearest the (unit) vector, by cosine, best first."""
        ids, matrix = self._current()
        if not ids or k <= 0:
            return []
        similarity = matrix @ np.asarray(vector, dtype=np.float32)
        order = np.argsort(-similarity, kind="stable")[:k]
        return [VectorHit(ids[i], float(similarity[i])) for i in order]

    def _current(self) -> tuple[list[str], np.ndarray]:
        now, version = time.monotonic(), self._version()
        with self._lock:
            if self._checked is not None and self._checked[1] == version and now - self._checked[0] <= self._ttl:
                return self._ids, self._matrix
            c = index_docs.c
            with self._engine.connect() as connection:
                signature = tuple((r.id, r.text_hash) for r in connection.execute(
                    select(c.id, c.text_hash).where(c.kind.in_(self.kinds)).order_by(c.id)))
            if signature != self._signature:
                stored = self._vectors().vectors([i for i, _ in signature])
                ids = [i for i, _ in signature if i in stored]
                if ids:
                    matrix = np.array([stored[i] for i in ids], dtype=np.float32)
                    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
                    matrix = matrix / np.where(norms == 0, 1, norms)
                else:  # a store of comments or KPIs only: no map to match against
                    matrix = np.zeros((0, 0), dtype=np.float32)
                self._ids, self._matrix = ids, matrix
                # a vector not in Chroma yet (another process's write still in the outbox): look again next time
                self._signature = signature if len(ids) == len(signature) else None
            self._checked = (now, version)
            return self._ids, self._matrix
