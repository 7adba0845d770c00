"""The dense index: a Chroma collection (embedded persistent client, or a Chroma server)."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlparse

import numpy as np

from retrieval.documents import IndexDocument

COLLECTION = "journey-knowledge"
STORED_MAX = 20_000  # stored vectors kept in memory after being read back (384 floats each: about 30 MB)
_STORED: dict[str, OrderedDict[str, np.ndarray]] = {}  # per embedded index folder
_STORED_LOCK = threading.Lock()


class VectorHit(NamedTuple):
    """A tuple: a deep fetch makes thousands, and a frozen dataclass costs twice as much to make."""

    id: str
    similarity: float


def chroma_metadata(doc: IndexDocument) -> dict[str, Any]:
    """Chroma metadata cannot hold None: '' and -1 stand for 'not set'."""
    return {
        "kind": doc.kind,
        "journey": doc.journey_id or "",
        "stage": doc.stage_id or "",
        "touchpoint": doc.touchpoint_id or "",
        "date": int(doc.date.replace("-", "")) if doc.date else 0,
        "score": float(doc.score) if doc.score is not None else -1.0,
    }


def where_clause(kinds: Sequence[str] | None = None, journey: str | None = None, stage: str | None = None,
                 touchpoint: str | None = None, date_from: str | None = None,
                 date_to: str | None = None) -> dict[str, Any] | None:
    """Build a Chroma `where` filter from the optional filters (ISO dates, inclusive)."""
    clauses: list[dict[str, Any]] = []
    if kinds:
        clauses.append({"kind": {"$in": list(kinds)}} if len(kinds) > 1 else {"kind": kinds[0]})
    for key, value in (("journey", journey), ("stage", stage), ("touchpoint", touchpoint)):
        if value:
            clauses.append({key: value})
    if date_from:
        clauses.append({"date": {"$gte": int(date_from.replace("-", ""))}})
    if date_to:
        clauses.append({"date": {"$lte": int(date_to.replace("-", ""))}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def server_client(url: str, settings: Any):  # type: ignore[no-untyped-def]
    """A client of the Chroma server at `url`. A path names a Chroma database on it (created if missing), so
    several installations can share one server: `http://chroma:8000` is the default database,
    `http://chroma:8000/staging` the database `staging`."""
    import chromadb

    parsed = urlparse(url)
    host = parsed.hostname or "localhost"
    port = parsed.port or (443 if parsed.scheme == "https" else 8000)
    ssl = parsed.scheme == "https"
    database = parsed.path.strip("/")
    if not database:
        return chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=settings)
    admin = chromadb.AdminClient(chromadb.config.Settings(
        chroma_api_impl="chromadb.api.fastapi.FastAPI", chroma_server_host=host, chroma_server_http_port=port,
        chroma_server_ssl_enabled=ssl, anonymized_telemetry=False))
    try:
        admin.get_database(database)
    except Exception:  # noqa: BLE001 - chromadb raises NotFoundError or a plain error by version: create it
        admin.create_database(database)
    return chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=settings, database=database)


class VectorIndex:
    def __init__(self, path: Path | None = None, url: str | None = None) -> None:
        os.environ["ANONYMIZED_TELEMETRY"] = "False"
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        settings = ChromaSettings(anonymized_telemetry=False)
        if url:
            path = None
            self.client = server_client(url, settings)
        else:
            assert path is not None
            path.mkdir(parents=True, exist_ok=True)
            self.client = chromadb.PersistentClient(path=str(path), settings=settings)
        self._path, self._settings = path, settings
        self.collection = self._collection()
        # Stored vectors read back (themes read those of a few hundred comments a question), by id. Only for
        # the embedded index, shared by this process's objects on the folder: it changes only through them (another
        # process's writes reach it through the outbox, or after reopen); a server's other clients would leave
        # stale copies here.
        self._stored = _STORED.setdefault(str(path.resolve()), OrderedDict()) if path is not None else None

    def _forget(self, ids: Sequence[str] | None = None) -> None:
        """Drop cached stored vectors: of these ids, or all."""
        if self._stored is None:
            return
        with _STORED_LOCK:
            if ids is None:
                self._stored.clear()
            else:
                for i in ids:
                    self._stored.pop(i, None)

    def reopen(self) -> None:
        """A fresh view of an embedded index that another process wrote since this one first searched it.

        Chroma keeps one in-memory copy per folder and process, loaded on the first query and never reloaded
        from disk; dropping it from Chroma's cache makes the next client load what is on disk now."""
        if self._path is None:
            return
        import chromadb
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient._identifier_to_system.pop(str(self._path), None)
        self.client = chromadb.PersistentClient(path=str(self._path), settings=self._settings)
        self.collection = self._collection()
        self._forget()

    def _collection(self):  # type: ignore[no-untyped-def]
        return self.client.get_or_create_collection(
            COLLECTION, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )

    def upsert(self, docs: Sequence[IndexDocument], vectors: np.ndarray, batch: int = 2000) -> None:
        for start in range(0, len(docs), batch):
            part = docs[start:start + batch]
            self._forget([d.id for d in part])
            self.collection.upsert(ids=[d.id for d in part], embeddings=vectors[start:start + batch],
                                   metadatas=[chroma_metadata(d) for d in part])

    def update_metadata(self, docs: Sequence[IndexDocument], batch: int = 2000) -> None:
        for start in range(0, len(docs), batch):
            part = docs[start:start + batch]
            self.collection.update(ids=[d.id for d in part], metadatas=[chroma_metadata(d) for d in part])

    def upsert_raw(self, ids: Sequence[str], vectors: Sequence[np.ndarray], metadatas: Sequence[dict]) -> None:
        """Vectors already computed (by another process, through the outbox)."""
        self._forget(ids)
        self.collection.upsert(ids=list(ids), embeddings=list(vectors), metadatas=list(metadatas))

    def update_raw(self, ids: Sequence[str], metadatas: Sequence[dict]) -> None:
        self.collection.update(ids=list(ids), metadatas=list(metadatas))

    def delete(self, ids: Sequence[str], batch: int = 2000) -> None:
        self._forget(ids)
        for start in range(0, len(ids), batch):
            self.collection.delete(ids=list(ids[start:start + batch]))

    def clear(self) -> None:
        self._forget()
        self.client.delete_collection(COLLECTION)
        self.collection = self._collection()

    def count(self) -> int:
        return int(self.collection.count())

    def search(self, vector: np.ndarray, k: int, kinds: Sequence[str] | None = None, journey: str | None = None,
               stage: str | None = None, touchpoint: str | None = None, date_from: str | None = None,
               date_to: str | None = None) -> list[VectorHit]:
        """Nearest neighbours that pass the filters.

        Chroma's metadata filter scans every candidate (about 300 ms at 100k items, against 2 ms unfiltered), so
        the filters run here on an over-fetched unfiltered result; only a small collection that yields too few
        matches that way is asked again with Chroma's own `where`."""
        wanted = where_clause(kinds, journey, stage, touchpoint, date_from, date_to)
        if wanted is None:
            return self.query(vector, k)
        fetch = max(k * 6, 300)
        result = self.collection.query(query_embeddings=[vector], n_results=fetch, include=["distances", "metadatas"])
        ids = result["ids"][0] if result["ids"] else []
        metas = result["metadatas"][0] if result.get("metadatas") else []
        dists = result["distances"][0] if result.get("distances") else []
        low = int(date_from.replace("-", "")) if date_from else None
        high = int(date_to.replace("-", "")) if date_to else None
        hits = []
        for doc_id, meta, distance in zip(ids, metas, dists, strict=False):
            meta = meta or {}
            if kinds and meta.get("kind") not in kinds:
                continue
            if any(value and meta.get(key) != value
                   for key, value in (("journey", journey), ("stage", stage), ("touchpoint", touchpoint))):
                continue
            day = int(meta.get("date") or 0)
            if (low and (not day or day < low)) or (high and (not day or day > high)):
                continue
            hits.append(VectorHit(doc_id, 1.0 - float(distance)))
            if len(hits) == k:
                return hits
        if len(ids) < fetch or self.count() > 20_000:
            return hits  # everything was seen, or the collection is too large for Chroma's filter to be cheap
        return self.query(vector, k, wanted)

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored unit vectors of these documents (those the collection holds), by id."""
        out: dict[str, np.ndarray] = {}
        if self._stored is not None:
            with _STORED_LOCK:
                for i in ids:
                    found = self._stored.get(i)
                    if found is not None:
                        self._stored.move_to_end(i)
                        out[i] = found
        wanted = [i for i in dict.fromkeys(ids) if i not in out]
        for start in range(0, len(wanted), 2000):
            result = self.collection.get(ids=wanted[start:start + 2000], include=["embeddings"])
            embeddings = result.get("embeddings")
            if embeddings is None:
                continue
            read = {i: np.array(v, dtype=np.float32) for i, v in zip(result["ids"], embeddings, strict=False)}
            for vector in read.values():
                vector.setflags(write=False)  # shared with later readers
            out.update(read)
            if self._stored is not None:
                with _STORED_LOCK:
                    self._stored.update(read)
                    while len(self._stored) > STORED_MAX:
                        self._stored.popitem(last=False)
        return out

    def nearest_among(self, vector: np.ndarray, k: int, ids: Sequence[str]) -> list[VectorHit]:
        """The k of these items nearest the vector, by cosine, compared exactly on their stored vectors (held in
        memory once read). Asking Chroma to search only some ids costs 50-100 ms at 100k items, whatever their
        number; a few thousand dot products cost under a millisecond."""
        if k <= 0 or not ids:
            return []
        stored = self.vectors(ids)
        found = [i for i in dict.fromkeys(ids) if i in stored]
        if not found:
            return []
        matrix = np.array([stored[i] for i in found], dtype=np.float32)
        query = np.asarray(vector, dtype=np.float32)
        norms = np.linalg.norm(matrix, axis=1) * (np.linalg.norm(query) or 1.0)
        similarity = (matrix @ query) / np.where(norms == 0, 1.0, norms)
        order = np.argsort(-similarity, kind="stable")[:k]
        return list(map(VectorHit, [found[i] for i in order], similarity[order].tolist()))

    def query(self, vector: np.ndarray, k: int, where: dict[str, Any] | None = None,
              ids: Sequence[str] | None = None) -> list[VectorHit]:
        """Nearest neighbours; `ids` restricts the search to those items."""
        if k <= 0:
            return []
        extra: dict[str, Any] = {"ids": list(ids)} if ids else {}
        result = self.collection.query(query_embeddings=[vector], n_results=k, where=where,
                                       include=["distances"], **extra)
        ids = result["ids"][0] if result["ids"] else []
        distances = result["distances"][0] if result.get("distances") else []
        return list(map(VectorHit, ids, [1.0 - float(d) for d in distances]))
