"""answer(question) -> Answer: understand, retrieve (hybrid + exact SQL), compose, time each step."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select

from journeys.answers.citations import renumber
from journeys.answers.compose import compose
from journeys.answers.context import ComposeContext
from journeys.answers.model import Answer, Focus
from journeys.answers.understand import Understanding, understand
from journeys.answers.vocabulary import Vocabulary
from journeys.errors import NotFoundError
from journeys.store.db import Database
from journeys.store.models import Comment, Feedback, Kpi, Source, Touchpoint
from retrieval.hybrid import Filters, HybridSearcher
from retrieval.search_index import SearchIndex

DEFAULT_K = 8


class AnswerService:
    def __init__(self, db: Database, index: SearchIndex, llm_composer=None) -> None:  # type: ignore[no-untyped-def]
        self.db = db
        self.index = index
        self.searcher = HybridSearcher(index)
        self.llm_composer = llm_composer
        self._lock = threading.Lock()
        self._vocab: tuple[tuple, Vocabulary, date] | None = None

    def _knowledge(self) -> tuple[Vocabulary, date]:
        """The vocabulary and the knowledge base's "now", reloaded only when the store changed."""
        with self.db.session() as session:
            signature = tuple(session.execute(select(
                select(func.count(), func.max(Source.ingested_at)).select_from(Source).subquery()
            )).one()) + (session.scalar(select(func.count()).select_from(Touchpoint)),
                         session.scalar(select(func.max(Feedback.id))))
            with self._lock:
                if self._vocab is None or self._vocab[0] != signature:
                    self._vocab = (signature, Vocabulary.load(session), _anchor(session))
                return self._vocab[1], self._vocab[2]

    def answer(self, question: str, stage: str | None = None, k: int | None = None,
               focus: Focus | None = None, history: Sequence[tuple[str, str]] = ()) -> Answer:
        """The extractive answer, written by the LLM (journeys/answers/llm.py) when one is configured."""
        draft = self.draft(question, stage=stage, k=k, focus=focus)
        if self.llm_composer is None or draft.abstained:
            return draft
        return self.llm_composer.write(draft, history)

    def draft(self, question: str, stage: str | None = None, k: int | None = None,
              focus: Focus | None = None) -> Answer:
        """The extractive answer (what an LLM, if any, then writes from)."""
        started = time.perf_counter()
        question = " ".join(question.split())
        if not question:
            return Answer(question="", answer="Ask me a question about the customer journey.", abstained=True)
        vocab, anchor = self._knowledge()
        if stage and not any(e.kind == "stage" and e.name.lower() == stage.lower()
                             or (e.kind == "stage" and e.id and e.id.split("/")[-1] == stage.lower())
                             for e in vocab.entities):
            names = sorted({e.name for e in vocab.entities if e.kind == "stage"})
            raise NotFoundError(f"unknown stage {stage!r}; stages: {', '.join(names) or 'none yet'}")
        u = understand(question, vocab, anchor, stage_hint=stage, focus=focus)
        k = k or DEFAULT_K
        result = self.searcher.search(u.search_text, k=max(k, DEFAULT_K), filters=_filters(u), anchor=anchor,
                                      keyword_text=u.keyword_text)
        retrieved = time.perf_counter()
        with self.db.session() as session:
            ctx = ComposeContext(session=session, understanding=u, result=result, searcher=self.searcher,
                                 anchor=anchor, metrics=sorted(vocab.metrics))
            text, abstained = compose(ctx)
            text, sources = renumber(text, ctx.citations.sources)
        finished = time.perf_counter()
        sources = sources if not abstained else []
        return Answer(
            question=question, answer=text, abstained=abstained, sources=sources, filters=u.filters(),
            timings_ms={"retrieve": (retrieved - started) * 1000, "compose": (finished - retrieved) * 1000,
                        "total": (finished - started) * 1000,
                        **{f"search_{name}": ms for name, ms in result.timings_ms.items()}},
            focus=u.focus(),
        )


def _filters(u: Understanding) -> Filters:
    return Filters(
        journey=u.journey.id if u.journey and u.journey.id else None,
        stage=u.stage.filter_id if u.stage and not u.touchpoint else None,
        touchpoint=u.touchpoint.filter_id if u.touchpoint else None,
        date_from=u.period.start.isoformat() if u.period else None,
        date_to=u.period.end.isoformat() if u.period else None,
    )


def _anchor(session) -> date:  # type: ignore[no-untyped-def]
    """The newest dated item, or today if nothing is dated or the data runs past today."""
    newest = [session.scalar(select(func.max(Comment.date))), session.scalar(select(func.max(Kpi.date))),
              session.scalar(select(func.max(Feedback.created_at)))]
    days = [d.date() if hasattr(d, "date") and callable(d.date) else d for d in newest if d is not None]
    today = date.today()
    return min(max(days), today) if days else today
