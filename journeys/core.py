"""The core, wired from settings: the store, the search index and the services on top.

Nothing here knows about Slack or the command line; both edges call the same methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from journeys.answers.model import Answer, Focus
from journeys.settings import Settings
from journeys.store.db import Database
from retrieval.embeddings import Embedder
from retrieval.search_index import SearchIndex
from retrieval.vector_index import VectorIndex


class Core:
    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.db = Database(settings.resolved_database_url)
        self.db.migrate()
        self._embedder = embedder

    @cached_property
    def embedder(self) -> Embedder:
        return self._embedder or Embedder.shared(self.settings.embedding_model)

    @cached_property
    def index(self) -> SearchIndex:
        settings = self.settings
        return SearchIndex(self.db.engine, self.embedder,
                           lambda: VectorIndex(path=settings.chroma_path, url=settings.chroma_url),
                           writer_lock=None if settings.chroma_url else settings.chroma_path / "writer.lock")

    @cached_property
    def ingestor(self):  # type: ignore[no-untyped-def]
        from journeys.ingest import Ingestor

        return Ingestor(self.db, self.index, redact=self.settings.redact_personal_data,
                        phone_regions=self.settings.phone_region_list)

    def sources(self):  # type: ignore[no-untyped-def]
        """What was ingested: path, kind, rows, when (journeys/sources.py)."""
        from journeys.sources import list_sources

        return list_sources(self.ingestor)

    def forget(self, paths):  # type: ignore[no-untyped-def]
        """Remove the rows and index entries of the sources at or under these paths."""
        from journeys.sources import forget

        return forget(self.ingestor, paths)

    def has_held_knowledge(self) -> bool:
        """True once anything was ever ingested, even if all of it was forgotten since."""
        from journeys.ingest_store import has_held_knowledge

        with self.db.session() as session:
            return has_held_knowledge(session)

    def status(self):  # type: ignore[no-untyped-def]
        from journeys.status import read_status

        return read_status(self.db)

    def reindex(self, progress=None):  # type: ignore[no-untyped-def]
        from journeys.documents import all_documents

        with self.db.session() as session:
            docs = list(all_documents(session))
        if progress:
            progress.index_started(len(docs))
        return self.index.rebuild(docs, progress=progress.index_advanced if progress else None)

    def answer(self, question: str, stage: str | None = None, k: int | None = None,
               focus: Focus | None = None, history: Sequence[tuple[str, str]] = ()) -> Answer:
        """Answer one question from the knowledge base (the same call for the CLI and Slack); `history`, the
        conversation so far as (question, answer) pairs, goes to an LLM if one writes the answer."""
        return self.answerer.answer(question, stage=stage, k=k, focus=focus, history=history)

    @cached_property
    def answerer(self):  # type: ignore[no-untyped-def]
        from journeys.answers.service import AnswerService

        composer = None
        if self.settings.llm != "extractive":
            from journeys.answers.llm import LlmComposer, make_chat_model

            timeout = self.settings.llm_timeout
            composer = LlmComposer(make_chat_model(self.settings.llm, timeout), timeout)
        return AnswerService(self.db, self.index, llm_composer=composer)

    def draft(self, question: str, stage: str | None = None, k: int | None = None,
              focus: Focus | None = None) -> Answer:
        """The extractive answer alone (the Slack edge streams the LLM's writing of it through `writer`)."""
        return self.answerer.draft(question, stage=stage, k=k, focus=focus)

    @property
    def writer(self):  # type: ignore[no-untyped-def]
        """The LlmComposer when JOURNEY_LLM names a model, else None."""
        return self.answerer.llm_composer if self.settings.llm != "extractive" else None

    def conversation(self, channel_id: str, thread_ts: str | None, limit: int = 3) -> list[tuple[str, str]]:
        """The last answered (question, answer) pairs of a Slack thread, oldest first."""
        from journeys.conversation import recent_turns

        return recent_turns(self.db, channel_id, thread_ts, limit)

    def close(self) -> None:
        if "index" in self.__dict__:
            self.index.close()
        self.db.dispose()

    # --- read models and bookkeeping for the Slack edge (journeys/cards.py, votes.py, events.py) ---

    def stage_card(self, name: str):  # type: ignore[no-untyped-def]
        """The stage card: touchpoints (logged ones too), pain points, latest KPIs against target."""
        from journeys.cards import stage_card

        with self.db.session() as session:
            return stage_card(session, name)

    def metric_overview(self, metric: str):  # type: ignore[no-untyped-def]
        """One metric across stages and recent weeks."""
        from journeys.cards import metric_overview

        with self.db.session() as session:
            return metric_overview(session, metric)

    def journey_overview(self):  # type: ignore[no-untyped-def]
        """Every journey at a glance: stages, their KPIs against target, this week's feedback."""
        from journeys.cards import journey_overview

        with self.db.session() as session:
            return journey_overview(session)

    def journey_map(self, journey: str | None = None, week: str | None = None):  # type: ignore[no-untyped-def]
        """The journey map as data (stages, touchpoints, both emotion curves); see journeys/map_picture.py."""
        from journeys.journey_map import build_journey_map

        with self.db.session() as session:
            return build_journey_map(session, journey, week)

    def journey_names(self) -> list[str]:
        from sqlalchemy import select

        from journeys.store.models import Journey

        with self.db.session() as session:
            return list(session.scalars(select(Journey.name).order_by(Journey.name)))

    def suggested_questions(self, limit: int = 4):  # type: ignore[no-untyped-def]
        from journeys.suggestions import suggested_questions

        with self.db.session() as session:
            return suggested_questions(session, limit)

    def record_answer(self, answer: Answer, channel_id: str | None = None, thread_ts: str | None = None,
                      user_id: str | None = None) -> str:
        from journeys.votes import record_answer

        return record_answer(self.db, answer, channel_id, thread_ts, user_id)

    def record_vote(self, answer_id: str, value: int, user_id: str | None, channel_id: str | None = None,
                    message_ts: str | None = None, reason: str | None = None) -> int:
        from journeys.votes import record_vote

        return record_vote(self.db, answer_id, value, user_id, channel_id, message_ts, reason)

    def claim_event(self, key: str) -> bool:
        """True once per key across processes and replicas (a unique row in processed_events)."""
        import time

        from journeys.events import claim_event, prune_events

        if time.monotonic() - getattr(self, "_events_pruned_at", -3600.0) >= 3600:
            self._events_pruned_at = time.monotonic()
            prune_events(self.db)
        return claim_event(self.db, key)

    @cached_property
    def leases(self):  # type: ignore[no-untyped-def]
        """Leases on Slack work (journeys/leases.py), JOURNEY_SLACK_LEASE_SECONDS long."""
        from journeys.leases import LeaseStore

        return LeaseStore(self.db, self.settings.slack_lease_seconds)

    def thread_focus(self, channel_id: str, thread_ts: str) -> Focus | None:
        from journeys.events import get_thread_focus

        return get_thread_focus(self.db, channel_id, thread_ts)

    def set_thread_focus(self, channel_id: str, thread_ts: str, focus: Focus) -> None:
        from journeys.events import set_thread_focus

        set_thread_focus(self.db, channel_id, thread_ts, focus)
