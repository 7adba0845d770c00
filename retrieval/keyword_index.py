"""BM25 over an inverted index stored in SQL (works the same on SQLite and PostgreSQL).

Scoring runs inside the database: one grouped query over the postings of the query's terms.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, bindparam, delete, func, insert, select, text

from retrieval.documents import IndexDocument
from retrieval.reconnect import retrying
from retrieval.tables import index_docs, index_postings
from retrieval.tokens import term_counts, tokens

K1 = 1.2
_NARROW = ("d.journey_id", "d.stage_id", "d.touchpoint_id", "d.date")  # filters the scoring index does not hold
B = 0.75


@dataclass(frozen=True)
class KeywordHit:
    id: str
    score: float


def doc_row(doc: IndexDocument, length: int) -> dict:
    return {
        "id": doc.id, "kind": doc.kind, "ref_id": doc.ref_id, "title": doc.title[:500], "text": doc.text,
        "journey_id": doc.journey_id, "stage_id": doc.stage_id, "touchpoint_id": doc.touchpoint_id,
        "date": doc.date or "", "score": doc.score, "length": length, "text_hash": doc.text_hash,
        "meta_hash": doc.meta_hash,
    }


class KeywordIndex:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._stats: tuple[float, int, float] | None = None  # (fetched at, N, avgdl)
        self._df: dict[str, int] = {}  # document frequency of the terms asked about, valid as long as _stats
        self._generation: int | None = None  # the store generation `observe`d last (retrieval/generation.py)
        self._stats_generation: int | None = None  # the one _stats were read at

    def observe(self, generation: int) -> None:
        """The store generation just read (once a question): statistics and document frequencies read at it are
        confirmed current for another few seconds; once it moved on they are read again at the next use."""
        stats = self._stats
        if stats is not None and generation == self._stats_generation:
            self._stats = (time.monotonic(), stats[1], stats[2])
        elif generation != self._stats_generation:
            self._stats = None
        self._generation = generation

    def write(self, docs: Sequence[IndexDocument], text_changed: set[str]) -> None:
        """Store docs; postings are rewritten only for docs whose text changed."""
        if not docs:
            return
        rows, postings = [], []
        for doc in docs:
            counts = term_counts(doc.search_text)
            rows.append(doc_row(doc, sum(counts.values())))
            if doc.id in text_changed:
                postings.extend({"term": t, "doc_id": doc.id, "tf": n} for t, n in counts.items())
        ids = [d.id for d in docs]
        changed = [i for i in ids if i in text_changed]
        with self.engine.begin() as connection:
            for chunk in _chunks(ids, 500):
                connection.execute(delete(index_docs).where(index_docs.c.id.in_(chunk)))
            for chunk in _chunks(changed, 500):
                connection.execute(delete(index_postings).where(index_postings.c.doc_id.in_(chunk)))
            for chunk in _chunks(rows, 5000):
                connection.execute(insert(index_docs), chunk)
            for chunk in _chunks(postings, 20000):
                connection.execute(insert(index_postings), chunk)
        self._stats = None
        self._df = {}

    def delete(self, ids: Sequence[str]) -> None:
        with self.engine.begin() as connection:
            for chunk in _chunks(list(ids), 500):
                connection.execute(delete(index_postings).where(index_postings.c.doc_id.in_(chunk)))
                connection.execute(delete(index_docs).where(index_docs.c.id.in_(chunk)))
        self._stats = None
        self._df = {}

    def clear(self) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(index_postings))
            connection.execute(delete(index_docs))
        self._stats = None
        self._df = {}

    def hashes(self, ids: Iterable[str] | None = None) -> dict[str, tuple[str, str]]:
        """id -> (text_hash, meta_hash) of what is indexed now (all docs when ids is None)."""
        query = select(index_docs.c.id, index_docs.c.text_hash, index_docs.c.meta_hash)
        result: dict[str, tuple[str, str]] = {}
        with self.engine.connect() as connection:
            if ids is None:
                return {r.id: (r.text_hash, r.meta_hash) for r in connection.execute(query)}
            for chunk in _chunks(list(ids), 500):
                for r in connection.execute(query.where(index_docs.c.id.in_(chunk))):
                    result[r.id] = (r.text_hash, r.meta_hash)
        return result

    def count(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(index_docs)).scalar_one())

    @retrying("a keyword lookup")
    def idf(self, terms: Sequence[str]) -> dict[str, float]:
        """BM25 idf of each term that occurs in the index."""
        n_docs, _ = self._corpus_stats()
        return {t: math.log(1 + (n_docs - n + 0.5) / (n + 0.5)) for t, n in self.document_frequency(terms).items()}

    def document_frequency(self, terms: Sequence[str]) -> dict[str, int]:
        """How many documents hold each term (those that occur), cached while the corpus statistics are: a
        question's searches and composers ask about the same few terms."""
        self._corpus_stats()  # starts the cache afresh when the statistics are read again
        cache = self._df
        missing = [t for t in dict.fromkeys(terms) if t not in cache]
        if missing:
            found = dict.fromkeys(missing, 0)
            with self.engine.connect() as connection:
                for start in range(0, len(missing), 500):
                    rows = connection.execute(
                        select(index_postings.c.term, func.count()).where(
                            index_postings.c.term.in_(missing[start:start + 500])).group_by(index_postings.c.term))
                    found.update((term, int(n)) for term, n in rows)
            cache.update(found)
        return {t: cache[t] for t in terms if cache.get(t)}

    @retrying("a keyword search")
    def containing_all(self, terms: Sequence[str], kinds: Sequence[str] | None = None, date_from: str | None = None,
                       date_to: str | None = None, limit: int = 100_000) -> list[str]:
        """Ids of the documents that hold every one of the terms (already stemmed), newest first."""
        if not terms:
            return []
        filters, params = _filters(kinds, None, None, None, date_from, date_to)
        sql = text(
            f"SELECT p.doc_id AS id FROM index_postings p JOIN index_docs d ON d.id = p.doc_id "
            f"WHERE p.term IN :terms {filters} GROUP BY p.doc_id HAVING COUNT(DISTINCT p.term) = :n "
            f"ORDER BY MAX(d.date) DESC LIMIT :limit"
        ).bindparams(bindparam("terms", expanding=True))
        params.update({"terms": list(dict.fromkeys(terms)), "n": len(set(terms)), "limit": limit})
        with self.engine.connect() as connection:
            return [r.id for r in connection.execute(sql, params)]

    def known_terms(self, terms: Sequence[str], kinds: Sequence[str] | None = None) -> set[str]:
        """The terms that occur in at least one indexed document (of these kinds, when given)."""
        if not kinds:
            return set(self.document_frequency(terms))
        query = select(index_postings.c.term).where(index_postings.c.term.in_(list(terms)))
        if kinds:
            query = query.join(index_docs, index_docs.c.id == index_postings.c.doc_id).where(
                index_docs.c.kind.in_(list(kinds)))
        with self.engine.connect() as connection:
            return {r.term for r in connection.execute(query.distinct())}

    def _scoring_from(self, filters: str) -> str:
        """The postings joined to their documents through the covering indexes of migrations 0007 and 0008.
        SQLite's planner takes a unique key over a covering index unless told (PostgreSQL chooses by itself); a
        narrow filter (a place, a period) starts from that filter's own index instead."""
        if self.engine.dialect.name != "sqlite" or any(f in filters for f in _NARROW):
            return "index_postings p JOIN index_docs d ON d.id = p.doc_id"
        return ("index_postings p INDEXED BY ix_postings_scoring "
                "JOIN index_docs d INDEXED BY ix_index_docs_id_kind_length ON d.id = p.doc_id")

    def _corpus_stats(self) -> tuple[int, float]:
        now = time.monotonic()
        if self._stats is None or now - self._stats[0] > 5:
            with self.engine.connect() as connection:
                n, avgdl = connection.execute(select(func.count(), func.avg(index_docs.c.length))).one()
            self._stats = (now, int(n or 0), float(avgdl or 1.0))
            self._stats_generation = self._generation
            self._df = {}
        return self._stats[1], self._stats[2]

    @retrying("a keyword search")
    def search(self, query: str, k: int, kinds: Sequence[str] | None = None, journey: str | None = None,
               stage: str | None = None, touchpoint: str | None = None, date_from: str | None = None,
               date_to: str | None = None) -> list[KeywordHit]:
        terms = list(dict.fromkeys(tokens(query)))
        if not terms or k <= 0:
            return []
        n_docs, avgdl = self._corpus_stats()
        if n_docs == 0:
            return []
        df_rows = list(self.document_frequency(terms).items())
        with self.engine.connect() as connection:
            # A term in over a quarter of all documents barely ranks, yet costs the longest postings scan:
            # leave it out when rarer terms remain ("flight" in an airline's tweets).
            common = {t for t, n in df_rows if n > 0.25 * n_docs}
            if len(common) < len(df_rows):
                df_rows = [(t, n) for t, n in df_rows if t not in common]
            idf = {t: math.log(1 + (n_docs - n + 0.5) / (n + 0.5)) for t, n in df_rows}
            if not idf:
                return []
            weights = " ".join(f"WHEN :t{i} THEN :w{i}" for i in range(len(idf)))
            params: dict = {}
            for i, (term, weight) in enumerate(idf.items()):
                params[f"t{i}"], params[f"w{i}"] = term, weight
            filters, filter_params = _filters(kinds, journey, stage, touchpoint, date_from, date_to)
            params.update(filter_params)
            sql = text(
                f"SELECT p.doc_id AS id, SUM((CASE p.term {weights} ELSE 0 END) * p.tf * {K1 + 1} / "
                f"(p.tf + {K1} * (1 - {B} + {B} * d.length / :avgdl))) AS score "
                f"FROM {self._scoring_from(filters)} "
                f"WHERE p.term IN :terms {filters} GROUP BY p.doc_id ORDER BY score DESC LIMIT :k"
            ).bindparams(bindparam("terms", expanding=True))
            params.update({"terms": list(idf), "avgdl": avgdl, "k": k})
            rows = connection.execute(sql, params).all()
        return [KeywordHit(r.id, float(r.score)) for r in rows]


def _filters(kinds: Sequence[str] | None, journey: str | None, stage: str | None, touchpoint: str | None,
             date_from: str | None, date_to: str | None) -> tuple[str, dict]:
    parts, params = [], {}
    if kinds:
        names = [f":kind{i}" for i in range(len(kinds))]
        parts.append(f"AND d.kind IN ({', '.join(names)})")
        params.update({f"kind{i}": k for i, k in enumerate(kinds)})
    if journey:
        parts.append("AND d.journey_id = :journey")
        params["journey"] = journey
    if stage:
        parts.append("AND d.stage_id = :stage")
        params["stage"] = stage
    if touchpoint:
        parts.append("AND d.touchpoint_id = :touchpoint")
        params["touchpoint"] = touchpoint
    if date_from:
        parts.append("AND d.date >= :date_from AND d.date != ''")
        params["date_from"] = date_from
    if date_to:
        parts.append("AND d.date <= :date_to AND d.date != ''")
        params["date_to"] = date_to
    return " ".join(parts), params


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
