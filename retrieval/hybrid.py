"""Hybrid search: dense vectors (Chroma) and BM25 (SQL), fused by weighted reciprocal rank.

Filters are boosts, not walls: the unfiltered lists always take part, and the filtered lists add weight to
the items that match, so a wrong guess about the stage or period cannot hide the answer.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sqlalchemy import Row, func, select

from retrieval.duplicates import distinct
from retrieval.keyword_index import KeywordHit
from retrieval.memo import Memo
from retrieval.search_index import SearchIndex
from retrieval.tables import index_docs
from retrieval.tokens import tokens
from retrieval.vector_index import VectorHit
from retrieval.vector_matrix import Scores

RRF_K = 60
FILTERED_MAX = 5000  # a filter matching fewer items than this is ranked over just them when need be
ROW_CACHE_MAX = 50_000  # indexed rows kept per generation (each kind: full rows, filter columns), then begun afresh
FIRST_FETCH = 360  # the first nearest-neighbour fetch of a query text: a filtered search of 60 candidates needs it
# Up to this many items, every fetch is exact once the matrix is loaded: a matrix-vector product over them costs
# less than Chroma's query of FIRST_FETCH (about 1.6 against 3.4 ms at 15k items; 8.5 against 3.4 ms at 100k).
EXACT_FIRST_MAX = 30_000
# Up to this many items, the places of every item (what the filters test) are read in one query once per store
# generation (15 ms at 15k items) instead of a query per 120 neighbours of each new question's filtered search.
WHOLE_PLACES_MAX = 30_000
# The first columns of index_docs, in order: a search reads its thousand rows by position (HybridSearcher.search)
ROW_ORDER = ("id", "kind", "ref_id", "title", "text", "journey_id", "stage_id", "touchpoint_id", "date", "score")
if tuple(c.name for c in index_docs.c)[:len(ROW_ORDER)] != ROW_ORDER:
    raise RuntimeError("retrieval/tables.py: index_docs's first columns moved; HybridSearcher.search reads them")


@dataclass
class _Neighbours:
    """One query text's unfiltered nearest neighbours and what the filters test of those looked at so far."""

    hits: list[VectorHit]
    fetched: int  # how many were asked for; fewer came back when the collection holds no more
    places: dict[str, Row | None] = field(default_factory=dict)
    scores: Scores | None = None  # the exact similarities, when the fetch was exact: a deeper one is taken of them


@dataclass(frozen=True)
class Filters:
    kinds: tuple[str, ...] = ()
    journey: str | None = None
    stage: str | None = None
    touchpoint: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    @property
    def narrows(self) -> bool:
        return bool(self.journey or self.stage or self.touchpoint or self.date_from or self.date_to)


@dataclass
class Hit:
    id: str
    kind: str
    ref_id: str
    title: str
    text: str
    journey_id: str | None
    stage_id: str | None
    touchpoint_id: str | None
    date: str | None
    score: float
    dense: float | None = None
    keyword: float | None = None
    in_filter: bool = False
    duplicates: int = 0
    rating: float | None = None  # the item's own score (a survey score, a KPI value)


@dataclass
class SearchResult:
    hits: list[Hit]
    best_dense: float = 0.0
    keyword_coverage: float = 0.0  # share of the query's terms that occur anywhere in the index
    timings_ms: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Weights:
    dense: float = 1.0
    keyword: float = 0.8
    filtered: float = 1.0
    recency: float = 0.15
    recency_days: float = 60.0


class HybridSearcher:
    def __init__(self, index: SearchIndex, weights: Weights | None = None) -> None:
        self.index = index
        self.weights = weights or Weights()
        self._generation: int | None = None
        # Read at each lookup: this process's index writes, and the store generation the caller last read (so
        # another process's write is seen by the next question, not after the memo's few seconds).
        version = lambda: (index.version, self._generation)  # noqa: E731
        self._nearest_memo: Memo[_Neighbours] = Memo(version)
        self._coverage_memo: Memo[float] = Memo(version, size=256)
        self._keyword_memo: Memo[list[KeywordHit]] = Memo(version, size=256)
        # Indexed rows by id, kept while the store generation the caller last read stands (`observe`): the same
        # comments come back in the comment searches of question after question. Unused until observed.
        self._row_cache: dict[str, Row] = {}
        self._place_cache: dict[str, Row] = {}
        self._places_whole: tuple[int, bool] | None = None  # (generation, whether every item's place is kept)
        self._outbox_empty_at: int | None = None  # the store generation at which the outbox was last found empty
        self._matching_cache: dict[tuple[Filters, int], list[str]] = {}  # the ids a narrow filter passes

    def observe(self, generation: int) -> None:
        """The store generation just read (retrieval/generation.py): rows kept from an older one are dropped."""
        self.index.keywords.observe(generation)
        if generation != self._generation:
            self._row_cache, self._place_cache, self._matching_cache = {}, {}, {}
            self._generation = generation

    def warm_up(self) -> None:
        """Read now what the first filtered search would (a small store's places: `_places`); needs a store
        generation observed first."""
        self._whole_places()

    def search(self, text: str, k: int = 8, filters: Filters | None = None, candidates: int = 60,
               anchor: date | None = None, keyword_text: str | None = None) -> SearchResult:
        """`text` goes to the embedding model whole; BM25 gets `keyword_text` (the words that carry the topic)
        when given."""
        filters = filters or Filters()
        w = self.weights
        started = time.perf_counter()
        self._refresh()
        vector = self.index.embedder.encode_query(text)
        embedded = time.perf_counter()
        kinds = list(filters.kinds) or None
        ranked: list[tuple[float, list[str]]] = []
        fetch = max(candidates * 6, FIRST_FETCH) if kinds or filters.narrows else candidates
        neighbours = self._nearest(text, vector, fetch)
        nearest = neighbours.hits[:fetch]
        dense = self._dense(vector, nearest, neighbours.places, candidates, Filters(kinds=filters.kinds))
        similarity = {h.id: h.similarity for h in dense}
        ranked.append((w.dense, [h.id for h in dense]))
        keyword_query = keyword_text or text
        keyword = self._keyword(keyword_query, candidates, Filters(kinds=filters.kinds))
        bm25 = {h.id: h.score for h in keyword}
        ranked.append((w.keyword, [h.id for h in keyword]))
        in_filter: set[str] = set()
        if filters.narrows:
            dense_f = self._dense(vector, nearest, neighbours.places, candidates, filters)
            keyword_f = self._keyword(keyword_query, candidates, filters)
            similarity.update({h.id: h.similarity for h in dense_f})
            bm25.update({h.id: h.score for h in keyword_f})
            ranked.append((w.dense * w.filtered, [h.id for h in dense_f]))
            ranked.append((w.keyword * w.filtered, [h.id for h in keyword_f]))
            in_filter = {h.id for h in dense_f} | {h.id for h in keyword_f}
        searched = time.perf_counter()
        fused: dict[str, float] = {}
        for weight, ids in ranked:
            for rank, doc_id in enumerate(ids):
                fused[doc_id] = fused.get(doc_id, 0.0) + weight / (RRF_K + rank + 1)
        top = sorted(fused, key=fused.get, reverse=True)[: candidates * 2]  # type: ignore[arg-type]
        # Rows are read by position (ROW_ORDER): a Row's attribute lookup costs ten times its unpacking, and a
        # comment search handles a thousand rows.
        rows = self._cached_rows(self._row_cache, top, select(index_docs))
        scored = []
        for row in (rows[i] for i in top if i in rows):
            score = fused[row[0]]
            if row[1] in ("comment", "feedback") and row[8] and anchor:
                score *= _recency(row[8], anchor, w.recency, w.recency_days)
            scored.append((row, score))
        scored.sort(key=lambda pair: -pair[1])
        # Hits are made only for what the collapse keeps (the first k distinct), not for every candidate.
        hits = []
        for at, duplicates in distinct([(row[1], row[4]) for row, _ in scored], limit=k):
            row, score = scored[at]
            doc_id, kind, ref_id, title, body, journey_id, stage_id, touchpoint_id, day, rating = row[:10]
            hits.append(Hit(doc_id, kind, ref_id, title, body, journey_id, stage_id, touchpoint_id, day or None, score,
                            dense=similarity.get(doc_id), keyword=bm25.get(doc_id), in_filter=doc_id in in_filter,
                            duplicates=duplicates, rating=rating))
        finished = time.perf_counter()
        return SearchResult(
            hits=hits, best_dense=max(similarity.values(), default=0.0),
            keyword_coverage=self._coverage_memo.get(text, lambda: self._coverage(text)),
            timings_ms={"embed": (embedded - started) * 1000, "search": (searched - embedded) * 1000,
                        "fuse": (finished - searched) * 1000},
        )

    def _refresh(self) -> None:
        """What another process ingested or logged since the last search (the outbox, drained by the process
        that writes the embedded index). Another process's outbox write moves the store generation, so once the
        outbox was found empty at the generation the caller last read, the searches that follow skip the look."""
        if self._generation is not None and self._outbox_empty_at == self._generation:
            return
        if self.index.refresh() == 0:  # -1: another process writes the index; > 0: applied, the generation moves
            self._outbox_empty_at = self._generation

    def _nearest(self, text: str, vector, fetch: int) -> _Neighbours:  # type: ignore[no-untyped-def]
        """The query's unfiltered nearest neighbours, at least `fetch` of them: one Chroma query, distances only,
        shared by every search of the same text for a few seconds (a question's main search, its comment
        searches, place by meaning), so the first fetches enough for the usual over-fetch of a filtered search.
        Filters then run on SQL columns: Chroma's own metadata filter scans every candidate, and fetching
        Chroma's metadata triples the cost of a query."""
        first = max(fetch, FIRST_FETCH)
        entry = self._nearest_memo.get(text, lambda: self._fetch(vector, first))
        if entry.fetched < fetch and len(entry.hits) == entry.fetched:  # a longer list, and there may be more
            deeper = entry.scores.top(fetch) if entry.scores is not None else self._fetch(vector, fetch).hits
            entry.hits, entry.fetched = deeper, fetch
        return entry

    def _fetch(self, vector, k: int) -> _Neighbours:  # type: ignore[no-untyped-def]
        """The k nearest items. Exact, over the matrix of every stored vector (retrieval/vector_matrix.py), once
        it is loaded, for a fetch deeper than the first (Chroma's HNSW query that deep is slow and misses some)
        and for any fetch of a store small enough that one matrix-vector product costs less than Chroma's query.
        Only once a store generation was read: the matrix is kept in step with it."""
        matrix = self.index.matrix
        if self._generation is not None and (k > FIRST_FETCH or matrix.rows <= EXACT_FIRST_MAX):
            scores = matrix.scores(vector, (self.index.version, self._generation))
            if scores is not None:
                return _Neighbours(scores.top(k), k, scores=scores if matrix.rows <= EXACT_FIRST_MAX else None)
        return _Neighbours(self.index.vectors.query(vector, k), k)

    def _keyword(self, query: str, k: int, f: Filters) -> list[KeywordHit]:
        """BM25 hits, shared by the searches of one question that ask the same (a comment search repeats the
        main search's filtered one)."""
        return self._keyword_memo.get((query, k, f), lambda: self.index.keywords.search(
            query, k, kinds=list(f.kinds) or None, journey=f.journey, stage=f.stage, touchpoint=f.touchpoint,
            date_from=f.date_from, date_to=f.date_to))

    def _dense(self, vector, nearest: list[VectorHit], places: dict[str, Row | None], k: int,  # type: ignore[no-untyped-def]
               filters: Filters) -> list[VectorHit]:
        """The first k of the nearest that pass the filters (their SQL rows read as far down the list as needed)."""
        if not filters.kinds and not filters.narrows:
            return nearest[:k]
        hits: list[VectorHit] = []
        step = max(2 * k, 120)
        passes = _test(filters)
        for start in range(0, len(nearest), step):
            part = nearest[start:start + step]
            unknown = [h.id for h in part if h.id not in places]
            if unknown:
                found = self._places(unknown)
                places.update({i: found.get(i) for i in unknown})  # None: not in SQL (not indexed any more)
            hits.extend(h for h in part if (row := places[h.id]) is not None and passes(row))
            if len(hits) >= k:
                return hits[:k]
        if len(nearest) < max(k * 6, 300):
            return hits  # everything was seen
        # A narrow filter: rank just the items that pass it (their ids from SQL, their stored vectors compared
        # exactly; Chroma's own metadata filter scans every item). A broad one that still gave too few is left.
        ids = self._matching(filters, limit=FILTERED_MAX)
        if not ids or len(ids) >= FILTERED_MAX:
            return hits
        return self.index.vectors.nearest_among(vector, k, ids)

    def _matching(self, f: Filters, limit: int) -> list[str]:
        """The ids of the items that pass the filters (at most `limit`): read once per store generation."""
        if self._generation is None:
            return self._read_matching(f, limit)
        found = self._matching_cache.get((f, limit))
        if found is None:
            if len(self._matching_cache) > 256:
                self._matching_cache.clear()
            found = self._matching_cache[(f, limit)] = self._read_matching(f, limit)
        return found

    def _read_matching(self, f: Filters, limit: int) -> list[str]:
        c = index_docs.c
        query = select(c.id)
        if f.kinds:
            query = query.where(c.kind.in_(list(f.kinds)))
        for column, value in ((c.journey_id, f.journey), (c.stage_id, f.stage), (c.touchpoint_id, f.touchpoint)):
            if value:
                query = query.where(column == value)
        if f.date_from:
            query = query.where(c.date >= f.date_from, c.date != "")
        if f.date_to:
            query = query.where(c.date <= f.date_to, c.date != "")
        with self.index.keywords.engine.connect() as connection:
            return list(connection.execute(query.limit(limit)).scalars())

    def _places(self, ids: list[str]) -> dict[str, Row]:
        """What the filters test (kind, places, date) of each id: of a store small enough, every item's, read
        once per store generation; else a narrow query, as the over-fetch is long."""
        if self._whole_places():
            cache = self._place_cache
            return {i: row for i in ids if (row := cache.get(i)) is not None}
        c = index_docs.c
        return self._cached_rows(self._place_cache, ids, select(c.id, c.kind, c.journey_id, c.stage_id,
                                                                  c.touchpoint_id, c.date))

    def _whole_places(self) -> bool:
        """Are (or, the store being small enough, are now) every item's places kept for this generation?"""
        generation = self._generation
        if generation is None:
            return False
        if self._places_whole is None or self._places_whole[0] != generation:
            whole = False
            with self.index.keywords.engine.connect() as connection:
                items = int(connection.execute(select(func.count()).select_from(index_docs)).scalar() or 0)
                if items <= WHOLE_PLACES_MAX:
                    c = index_docs.c  # plain driver tuples, read by position as the filters' test does
                    rows = connection.exec_driver_sql(
                        f"SELECT {c.id.name}, {c.kind.name}, {c.journey_id.name}, {c.stage_id.name}, "
                        f"{c.touchpoint_id.name}, {c.date.name} FROM {index_docs.name}").fetchall()
                    if generation == self._generation:  # not moved on meanwhile (observe drops the cache)
                        self._place_cache = {row[0]: row for row in rows}
                        whole = True
            self._places_whole = (generation, whole)
        return self._places_whole[1] and self._places_whole[0] == self._generation

    def rows(self, ids: list[str]) -> list:  # type: ignore[type-arg]
        """The indexed documents' rows (id, kind, ref_id, title, text, places, date, score), by id as SQLite's
        IN lookup gives them."""
        found = self._cached_rows(self._row_cache, ids, select(index_docs))
        return [found[i] for i in sorted(found)]

    def _cached_rows(self, cache: dict[str, Row], ids: list[str], query) -> dict[str, Row]:  # type: ignore[no-untyped-def]
        """Rows of these ids (those indexed), read from SQL only for the ids not kept for this generation."""
        if self._generation is None:
            cache = {}  # no generation read: nothing may be kept
        found = {i: row for i in ids if (row := cache.get(i)) is not None}
        missing = [i for i in dict.fromkeys(ids) if i not in found]
        if missing:
            with self.index.keywords.engine.connect() as connection:
                for start in range(0, len(missing), 5000):
                    for row in connection.execute(query.where(index_docs.c.id.in_(missing[start:start + 5000]))
                                                  ).all():
                        found[row.id] = row
            if len(cache) > ROW_CACHE_MAX:
                cache.clear()
            cache.update((i, found[i]) for i in missing if i in found)
        return found

    def _coverage(self, text: str) -> float:
        terms = list(dict.fromkeys(tokens(text)))
        if not terms:
            return 0.0
        known = self.index.keywords.known_terms(terms)
        return len(known) / len(terms)


def _test(f: Filters) -> Callable[[Row], bool]:
    """Does a place row (`_places`: id, kind, journey, stage, touchpoint, date) pass the filters? The test is
    put together once per search from just the filters set, as it runs on every row of a long over-fetch."""
    kinds = frozenset(f.kinds)
    places = tuple((at, value) for at, value in ((2, f.journey), (3, f.stage), (4, f.touchpoint)) if value)
    low, high = f.date_from, f.date_to
    if not places and not low and not high:
        return (lambda row: row[1] in kinds) if kinds else (lambda row: True)

    def passes(row: Row) -> bool:
        if kinds and row[1] not in kinds:
            return False
        for at, value in places:
            if row[at] != value:
                return False
        day = row[5] or ""
        return not ((low and (not day or day < low)) or (high and (not day or day > high)))
    return passes


def collapse_duplicates(hits: list[Hit], threshold: float = 0.85, limit: int | None = None) -> list[Hit]:
    """Keep the best of near-identical comments (same words, give or take punctuation); count the rest.
    With `limit`, stop once that many are kept: whether a hit is kept depends only on the hits before it, so the
    list is the first `limit` of the full result (the duplicates counted are those among the hits looked at)."""
    kept = []
    for at, duplicates in distinct([(h.kind, h.text) for h in hits], threshold, limit):
        hits[at].duplicates += duplicates
        kept.append(hits[at])
    return kept


@lru_cache(maxsize=4096)
def _day(text: str) -> date:
    return date.fromisoformat(text)


@lru_cache(maxsize=8192)
def _recency(day: str, anchor: date, weight: float, days: float) -> float:
    """The boost of an item dated `day`, `anchor` being the knowledge base's now (kept per date: a comment
    search boosts a thousand items, of a few hundred dates)."""
    age = max(0, (anchor - _day(day)).days)
    return 1 + weight * math.exp(-age / days)
