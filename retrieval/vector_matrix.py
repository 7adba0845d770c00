"""Every indexed item's stored vector in one matrix, for exact nearest-neighbour fetches.

A comment search reads 600 comments of the question's 3,600 nearest items. Chroma's HNSW query that deep costs
15-20 ms and, past ~20k items, misses some of the true nearest (at 100k items about 530 of the 600 nearest
comments are found); one matrix-vector product over every stored vector costs 1-2 ms at 15k items and about
6 ms at 100k, and finds them all. The searcher (retrieval/hybrid.py) takes its deep fetches here, and every
fetch of a store small enough for the product to cost less than Chroma's shallow query. The price is memory
(384 float32 a vector: 23 MB at 15k items, 154 MB at 100k) and the first read of every vector from Chroma
(about 1 s at 15k, 4-5 s at 100k), so only small stores load it on first use; a server loads it in the
background of its warm-up (`Core.warm_up`). Until it is loaded, fetches stay with Chroma.

Kept in step incrementally: when this process's index writes or the store generation moved on, the ids and
text hashes are read from SQL, and only vectors new or changed since are read from Chroma (in the background
for a store past `EAGER_MAX` items, Chroma answering meanwhile). Rows are in id order, so equal similarities
(the same text twice) come out in id order.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Hashable

import numpy as np
from sqlalchemy import Engine, func, select

from retrieval import generation
from retrieval.tables import index_docs
from retrieval.vector_index import VectorHit, VectorIndex

log = logging.getLogger("journey.retrieval")
EAGER_MAX = 2000  # a store this small has its matrix loaded on the first deep fetch (a few tens of ms)
READ_BATCH = 1000


class Scores:
    """One query's cosine to every item of the matrix."""

    def __init__(self, ids: list[str], similarity: np.ndarray) -> None:
        self.ids, self.similarity = ids, similarity

    def top(self, k: int) -> list[VectorHit]:
        """The k nearest, best first; equal ones in id order."""
        similarity, n = self.similarity, len(self.ids)
        if k <= 0 or not n:
            return []
        if k < n:
            # every item as near as the k-th nearest, so that which of equal ones make the cut is by id, not by
            # where the partition left them
            cut = similarity[np.argpartition(-similarity, k - 1)[k - 1]]
            chosen = np.flatnonzero(similarity >= cut)
        else:
            chosen = np.arange(n)
        order = chosen[np.lexsort((chosen, -similarity[chosen]))][:k]
        return list(map(VectorHit, [self.ids[i] for i in order.tolist()], similarity[order].tolist()))


class VectorMatrix:
    def __init__(self, engine: Engine, vectors: Callable[[], VectorIndex], version: Callable[[], int]) -> None:
        self._engine, self._vectors, self._version = engine, vectors, version
        self._lock = threading.Lock()
        self._loader: threading.Thread | None = None
        self._loader_lock = threading.Lock()  # not `_lock`, which a load holds throughout
        self._state: Hashable = None  # the (index version, store generation) the matrix was checked at
        self._declined: Hashable = None  # the state at which the store was found too large to load on first use
        self._hashes: dict[str, str] = {}
        # (ids, unit rows): replaced whole, so a reader never pairs one version's ids with another's rows
        self._snapshot: tuple[list[str], np.ndarray] = ([], np.zeros((0, 0), dtype=np.float32))

    @property
    def loaded(self) -> bool:
        return bool(self._hashes)

    def preload(self, state: Hashable = None) -> threading.Thread:
        """Load the matrix, or bring it up to `state`, in a background thread (a server's warm-up: readiness does
        not wait for it; after a write to a large store: the next question does not wait for the check). The
        searches made meanwhile ask Chroma."""
        def load() -> None:
            try:
                self.current(self._version() if state is None else state, load=True)
            except Exception:  # noqa: BLE001 - not loaded: deep fetches stay with Chroma (approximate, as before)
                log.warning("the vector matrix could not be loaded; deep fetches stay with Chroma", exc_info=True)

        with self._loader_lock:
            if self._loader is None or not self._loader.is_alive():
                self._loader = threading.Thread(target=load, name="vector-matrix", daemon=True)
                self._loader.start()
            return self._loader

    def forget(self) -> None:
        """Drop every row (the index is rebuilt: the same texts may come back with other vectors)."""
        with self._lock:
            self._hashes, self._state = {}, None
            self._snapshot = ([], np.zeros((0, 0), dtype=np.float32))

    def nearest(self, vector: np.ndarray, k: int, state: Hashable, load: bool = False) -> list[VectorHit] | None:
        """The k items nearest the vector by cosine, best first (ties in id order), exactly; None when the matrix
        is not loaded and `load` is false and the store is not small (the caller asks Chroma)."""
        scores = self.scores(vector, state, load)
        return None if scores is None else scores.top(k)

    def scores(self, vector: np.ndarray, state: Hashable, load: bool = False) -> Scores | None:
        """Every item's cosine to the vector (one matrix-vector product), to take the nearest of, as deep as
        asked, as often as asked; None as for `nearest`."""
        current = self.current(state, load)
        if current is None:
            return None
        ids, matrix = current
        if not ids:
            return Scores(ids, np.zeros(0, dtype=np.float32))
        query = np.asarray(vector, dtype=np.float32)
        norm = float(np.linalg.norm(query))
        return Scores(ids, matrix @ (query / norm if norm else query))

    @property
    def rows(self) -> int:
        return len(self._snapshot[0])

    def current(self, state: Hashable, load: bool = False) -> tuple[list[str], np.ndarray] | None:
        """(ids, unit-row matrix) as of `state`, brought up to date first; None when not loaded (see `nearest`)."""
        if self._state == state:
            return self._snapshot
        if not self.loaded and not load:
            # never loaded: a large store is left to Chroma (nor does a search wait while a warm-up loads it)
            if not self._lock.acquire(blocking=False):
                return None
            try:
                if self.loaded:
                    return self._update(state)
                if self._declined == state or self._count() > EAGER_MAX:
                    self._declined = state  # counted once per state, not at every search
                    return None
                return self._update(state)
            finally:
                self._lock.release()
        if not load and self.rows > EAGER_MAX:
            # A large store's check (its ids and hashes read from SQL: 0.2-0.5 s at 100k items) is made in the
            # background after a write; Chroma answers until it is done.
            self.preload(state)
            return None
        with self._lock:
            if self._state == state:
                return self._snapshot
            return self._update(state)

    def _count(self) -> int:
        with self._engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(index_docs)).scalar() or 0)

    def _update(self, state: Hashable) -> tuple[list[str], np.ndarray]:
        c = index_docs.c
        with self._engine.connect() as connection:
            if isinstance(state, int):  # a preload: the state a search would name, as of this very read
                state = (state, generation.read(connection))
            # plain tuples from the driver: at 100k items the ORM's rows cost several times the query
            signature = connection.exec_driver_sql(
                f"SELECT {c.id.name}, {c.text_hash.name} FROM {index_docs.name} ORDER BY {c.id.name}").fetchall()
        ids_before, before = self._snapshot
        ids = [i for i, _ in signature]
        if ids == ids_before and all(self._hashes.get(i) == h for i, h in signature):
            self._state = state  # nothing changed: the rows stand as they are
            return self._snapshot
        old_at = {i: at for at, i in enumerate(ids_before)}
        kept = [(at, old_at[i]) for at, (i, h) in enumerate(signature) if self._hashes.get(i) == h and i in old_at]
        changed = [i for i, h in signature if self._hashes.get(i) != h]
        found = np.zeros(len(ids), dtype=bool)
        matrix: np.ndarray | None = None
        if kept:
            matrix = np.empty((len(ids), before.shape[1]), dtype=np.float32)
            rows, sources = np.array(kept).T
            matrix[rows] = before[sources]
            found[rows] = True
        # Read and written in batches, straight into the rows: the whole set never sits in memory twice over.
        position = {i: at for at, i in enumerate(ids)} if changed else {}
        store = self._vectors()
        for start in range(0, len(changed), READ_BATCH):
            result = store.collection.get(ids=changed[start:start + READ_BATCH], include=["embeddings"])
            embeddings = result.get("embeddings")
            if embeddings is None or not len(result["ids"]):
                continue
            block = np.asarray(embeddings, dtype=np.float32)
            if matrix is None:
                matrix = np.empty((len(ids), block.shape[1]), dtype=np.float32)
            norms = np.linalg.norm(block, axis=1, keepdims=True)
            rows = [position[i] for i in result["ids"]]
            matrix[rows] = block / np.where(norms == 0, 1, norms)
            found[rows] = True
        if matrix is None:
            matrix = np.zeros((0, 0), dtype=np.float32)
        elif not found.all():
            matrix = matrix[found]
        self._snapshot = ([i for i, there in zip(ids, found, strict=True) if there], matrix)
        self._hashes = {i: h for (i, h), there in zip(signature, found, strict=True) if there}
        # An item whose vector Chroma lacks (another process's write still in the outbox, or not yet in this
        # process's view of the index) is left out, as Chroma's own query leaves it out, and read when the state
        # moves on (the outbox drained, the view reopened), not at every search.
        self._state = state
        return self._snapshot
