"""Everything a composer needs for one question: the understanding, the evidence, the store, the citations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from journeys.answers.citations import Citations, has_words
from journeys.answers.comment_kind import VoiceKind
from journeys.answers.periods import Period
from journeys.answers.segment_words import in_segment
from journeys.answers.themes import CommentText
from journeys.answers.understand import Understanding
from journeys.answers.vocabulary import Entity
from journeys.scales import CRITICAL_MAX, is_critical
from journeys.store.db import store_cached
from journeys.store.models import Comment, Feedback, Journey, Stage, Touchpoint
from retrieval.hybrid import Filters, HybridSearcher, SearchResult

M = TypeVar("M", Journey, Stage, Touchpoint)
NEGATIVE_MAX = CRITICAL_MAX  # journeys/scales.py is the one home of score scales
# Comments one comment search reads: enough for a sentiment filter to keep a pool of a few hundred
# (journeys/answers/comment_pool.py), bounded however large the store.
COMMENT_K = 600


@dataclass
class Evidence:
    """What retrieval found for one question, gathered before composing (see routes.py): comment searches
    keyed by the place they were narrowed to ("" for the whole base), and what kind of question about comments
    it is (journeys/answers/comment_kind.py), decided before them."""

    comment_hits: dict[str, SearchResult] = field(default_factory=dict)
    voice: VoiceKind | None = None  # None: not decided (a context built outside the service)

    @property
    def comment_kind(self) -> str | None:
        return self.voice.kind if self.voice else None


def comment_filters(u: Understanding, place: Entity | None) -> Filters:
    return Filters(kinds=("comment", "feedback"),
                   journey=place.id if place is not None and place.kind == "journey" else None,
                   stage=place.filter_id if place is not None and place.kind == "stage" else None,
                   touchpoint=place.filter_id if place is not None and place.kind == "touchpoint" else None,
                   date_from=u.period.start.isoformat() if u.period else None,
                   date_to=u.period.end.isoformat() if u.period else None)


def comment_place(u: Understanding) -> Entity | None:
    """The place a question's comments are narrowed to: its touchpoint, a stage it named, or a journey it named
    ("what are prepay customers moaning about on switching": that journey's comments, not the other's)."""
    journey = u.journey if u.journey_named or u.journey_worded else None
    return u.touchpoint or (u.stage if not u.stage_inferred or _topic_is_stage(u) else None) or journey


def _topic_is_stage(u: Understanding) -> bool:
    """"new issues with deliveries": a stage found by a word of its name (Lens deliveries) that is all the
    question's subject; its comments are what the question is about, not those that repeat the word."""
    return u.stage is not None and bool(u.topic) and set(u.topic) <= set(u.stage.stems)


MIN_RELATED = 3  # fewer related comments than this at the question's place: the whole base's are read


def pool_topic(u: Understanding, evidence: Evidence) -> tuple[str, ...]:
    """The subject a comment pool is about: the topic words, less those that only say the question's kind."""
    words = evidence.voice.words if evidence.voice is not None and evidence.voice.kind else frozenset()
    if _topic_is_stage(u):
        return ()
    return tuple(w for w in u.topic if w not in words)


def pool_source(u: Understanding, topic: tuple[str, ...]) -> str:
    """Where a question's comment pool comes from (comment_pool.build_pool): "segment" or "place" (the
    newest there, exact SQL), "related" (the comment search: the question has a subject), "newest"."""
    if u.segment is not None:
        return "segment"
    if comment_place(u) is not None and not topic:
        return "place"
    return "related" if topic else "newest"


def gather_comments(searcher: HybridSearcher, u: Understanding, anchor: date,
                    evidence: Evidence | None = None) -> Evidence:
    """The comment search a comment pool is drawn from, when the pool comes from one (`pool_source`): at the
    question's place, and across the base when the place has too few; `COMMENT_K` comments deep each."""
    evidence = evidence or Evidence()
    if pool_source(u, pool_topic(u, evidence)) != "related":
        return evidence  # the pool is an exact read: nothing to search
    place = comment_place(u)
    # One depth for every kind: a shallower search for plain themes questions reranks the fused list and cost
    # a cited comment's label on the airline export (bench/eval_airline.py, precision 0.83 -> 0.80).
    for where in ([place] if place is not None else []) + [None]:
        found = searcher.search(u.search_text, k=COMMENT_K, filters=comment_filters(u, where), anchor=anchor,
                                candidates=COMMENT_K, keyword_text=u.keyword_text)
        evidence.comment_hits[where.filter_id if where else ""] = found
        if where is not None and sum(h.in_filter for h in found.hits) >= MIN_RELATED:
            break
    return evidence


@dataclass
class ComposeContext:
    session: Session
    understanding: Understanding
    result: SearchResult
    searcher: HybridSearcher
    anchor: date
    metrics: list[str] = field(default_factory=list)  # every metric the KPI files hold
    evidence: Evidence = field(default_factory=Evidence)
    kind: str = ""  # the route that wrote the answer (routes.py)
    citations: Citations = field(default_factory=Citations)
    k: int = 8  # the most sources the answer cites (`--k N`)
    _idf: dict[str, float] = field(default_factory=dict)

    @property
    def u(self) -> Understanding:
        return self.understanding

    def idf(self, terms: Sequence[str]) -> dict[str, float]:
        """BM25 idf of each stem (1.0 for one the index does not hold), cached for this question."""
        missing = [t for t in terms if t not in self._idf]
        if missing:
            found = self.searcher.index.keywords.idf(missing)
            self._idf.update({t: found.get(t, 1.0) for t in missing})
        return {t: self._idf[t] for t in terms}

    def get(self, model: type[M], key: str | None) -> M | None:
        """A journey, stage or touchpoint by id, from the map's rows read once per store generation (a question
        looks up a few places, each an ORM identity lookup and a query otherwise; the map is small)."""
        if not key:
            return None
        rows = store_cached(self.session, ("map rows", model.__name__),
                            lambda: {row.id: row for row in self.session.scalars(select(model))})
        return rows.get(key)

    def stage_row(self, entity: Entity | None) -> Stage | None:
        return self.get(Stage, entity.id) if entity and entity.id else None

    def touchpoint_row(self, entity: Entity | None) -> Touchpoint | None:
        return self.get(Touchpoint, entity.id) if entity and entity.id else None

    def stage_touchpoints(self, stage_id: str) -> list[Touchpoint]:
        """A stage's touchpoints in map order (read once per store generation, as the map's rows are)."""
        return list(store_cached(self.session, ("stage touchpoints", stage_id), lambda: list(self.session.scalars(
            select(Touchpoint).where(Touchpoint.stage_id == stage_id)
            .order_by(Touchpoint.origin, Touchpoint.position, Touchpoint.name)))))

    def comments_at(self, entity: Entity | None, period: Period | None = None, negative: bool = False,
                    limit: int = 3000, segment: str | None = None, score_type: str | None = None,
                    survey: str | None = None) -> list[CommentText]:
        """Comments (and logged feedback) given at a place, newest first (read once per store generation: a
        question reads the same place's comments more than once, and the next question often reads them again);
        with `score_type` or `survey`, only the comments scored that way or of that comments file."""
        key = ("comments at", entity, period, negative, limit, segment, score_type, survey)
        return list(store_cached(self.session, key, lambda: self._read_comments_at(
            entity, period, negative, limit, segment, score_type, survey)))

    def _read_comments_at(self, entity: Entity | None, period: Period | None, negative: bool, limit: int,
                          segment: str | None, score_type: str | None = None,
                          survey: str | None = None) -> list[CommentText]:
        query = select(Comment.id, Comment.text, Comment.date, Comment.score, Comment.touchpoint, Comment.stage,
                       Comment.score_type).where(Comment.text != "")
        if entity is not None:
            if entity.kind == "touchpoint":
                query = query.where(Comment.touchpoint_id == entity.id if entity.id
                                    else func.lower(Comment.touchpoint) == entity.name.lower())
            elif entity.kind == "stage":
                query = query.where(Comment.stage_id == entity.id if entity.id
                                    else func.lower(Comment.stage) == entity.name.lower())
            else:
                query = query.where(Comment.journey_id == entity.id)
        if period is not None:
            query = query.where(*_between(Comment.date, period))
        if segment is not None:
            query = query.where(in_segment(segment))
        if score_type is not None:
            query = query.where(Comment.score_type == score_type)
        if survey is not None:
            query = query.where(Comment.source_path == survey)
        if negative:
            query = query.where(or_(*[(Comment.score_type == t) & (Comment.score <= m)
                                      for t, m in NEGATIVE_MAX.items()]))
        rows = self.session.execute(query.order_by(Comment.date.desc()).limit(limit)).all()
        # a segment's comments say whose they are ("Comment from the relocation segment on Video tour")
        who = f" from the {segment} segment" if segment else ""
        items = [CommentText(f"comment:{r.id}", r.text, r.date.date().isoformat() if r.date else None, r.score,
                             f"Comment{who} on {r.touchpoint or r.stage}" if r.touchpoint or r.stage
                             else f"Comment{who}", r.score_type)
                 for r in rows if has_words(r.text)]
        if segment is None and score_type is None and survey is None:
            items.extend(self._feedback_at(entity, period))
        return items

    def first_comment_date(self) -> date | None:
        """The oldest dated comment in the store (how much history there is to compare with)."""
        first = store_cached(self.session, "first comment",
                             lambda: self.session.scalar(select(func.min(Comment.date))))
        return first.date() if first is not None else None

    def _feedback_at(self, entity: Entity | None, period: Period | None) -> list[CommentText]:
        query = select(Feedback)
        if entity is not None and entity.id:
            column = {"touchpoint": Feedback.touchpoint_id, "stage": Feedback.stage_id}.get(entity.kind,
                                                                                          Feedback.journey_id)
            query = query.where(column == entity.id)
        elif entity is not None:
            return []
        if period is not None:
            query = query.where(*_between(Feedback.created_at, period))
        return [CommentText(f"feedback:{f.id}", f.text, f.created_at.date().isoformat(), f.score,
                            f"Feedback on {f.where_text}" if f.where_text else "Feedback")
                for f in self.session.scalars(query.limit(500))]

    def similar_comments(self, place: Entity | None = None, negative: bool = False, k: int = 40
                         ) -> list[CommentText]:
        """Comments most related to the question (hybrid search over comments and feedback), at a place."""
        filters = comment_filters(self.u, place)
        result = self.evidence.comment_hits.get(place.filter_id if place else "")
        if result is None:
            return []  # the route did not declare "comments" (routes.py): composers never search themselves
        floor = max(0.25, result.best_dense - 0.25)
        hits = [h for h in result.hits[:k] if ((h.dense or 0) >= floor or h.keyword)
                and (h.in_filter or not filters.narrows) and has_words(h.text)]
        if negative:
            hits = [h for h in hits if h.rating is None or is_critical(h.rating, None)]
        return [CommentText(h.id, h.text, h.date, h.rating, h.title) for h in hits]

    def cite_comment(self, comment: CommentText) -> int:
        kind, _, ref = comment.id.partition(":")
        return self.citations.cite(kind, ref, comment.title, comment.text, comment.date)


def _between(column, period: Period):  # type: ignore[no-untyped-def]
    start = datetime.combine(period.start, datetime.min.time())
    end = datetime.combine(period.end + timedelta(days=1), datetime.min.time())
    return column >= start, column < end
