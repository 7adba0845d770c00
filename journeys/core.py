"""The core, wired from settings: the store, the search index and the services on top.

Nothing here knows about Slack or the command line; both edges call the same methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from journeys.answers.model import Answer, Focus
from journeys.settings import Settings
from journeys.store.db import Database
from journeys.threads import limit_blas_threads
from retrieval.embeddings import Embedder
from retrieval.search_index import SearchIndex
from retrieval.vector_index import VectorIndex


class Core:
    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        limit_blas_threads()  # numpy may have loaded before this package (a script that imported it first)
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.db = Database(settings.resolved_database_url)
        self.db.migrate()  # raises ServiceUnreachable (journeys/services.py) naming the database and where
        if settings.chroma_url:  # the same for a Chroma server, now rather than at the first search
            from journeys.services import check_chroma

            check_chroma(settings.chroma_url)
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
                        phone_regions=self.settings.phone_region_list, after_change=self.data_changed)

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
        return AnswerService(self.db, self.index, llm_composer=composer, data_dir=self.settings.data_dir)

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

    def warm_up(self) -> None:
        """Open the store, the indexes and the embedding model now, so the first question pays none of it (a
        server calls this before it serves). Raises JourneyError naming the part that failed."""
        from journeys.errors import JourneyError

        steps = (("database", lambda: self.db.engine.connect().close()),
                 ("keyword index", self.index.count),
                 ("vector index", lambda: self.index.vectors.count()),
                 ("embedding model", lambda: self.index.embedder.encode_query("warm up")),
                 ("answer service", lambda: self.answerer.warm_up()),
                 # every stored vector, for exact deep fetches (retrieval/vector_matrix.py): read in the background,
                 # last, so that its reading and the model's loading do not both hold their buffers at once
                 ("vector matrix", self.index.matrix.preload))
        for name, step in steps:
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - any failure here means the server cannot answer
                raise JourneyError(f"cannot start: the {name} failed to open: {type(exc).__name__}: {exc}") from exc

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

    # --- logged feedback and touchpoints (journeys/logbook.py): stored, then indexed at once ---

    def redact_text(self, text: str) -> str:
        """`text` with contact details replaced, read with this installation's phone regions."""
        from knowledge.redaction import redact

        return redact(text, self.settings.phone_region_list).text

    def log_feedback(self, data, defer_index: bool = False):  # type: ignore[no-untyped-def]
        from journeys.logbook import log_feedback

        return log_feedback(self.db, self.index, data, defer_index, self.settings.phone_region_list)

    def log_touchpoint(self, data, defer_index: bool = False):  # type: ignore[no-untyped-def]
        from journeys.logbook import log_touchpoint

        return log_touchpoint(self.db, self.index, data, self.settings.admin_ids, defer_index,
                              self.settings.phone_region_list)

    def move_feedback(self, ref: str, where, user: str | None):  # type: ignore[no-untyped-def]
        from journeys.logbook import move_feedback

        return move_feedback(self.db, self.index, ref, where, user, self.settings.admin_ids)

    def logged_items(self, author: str | None = None, limit: int = 20):  # type: ignore[no-untyped-def]
        from journeys.logbook import list_items

        return list_items(self.db, author, limit)

    def remove_logged(self, item_id: str, user: str | None):  # type: ignore[no-untyped-def]
        from journeys.logbook import remove_item

        return remove_item(self.db, self.index, item_id, user, self.settings.admin_ids)

    def undo_logged(self, user: str):  # type: ignore[no-untyped-def]
        from journeys.logbook import undo

        return undo(self.db, self.index, user, self.settings.admin_ids)

    def export_logged(self, path):  # type: ignore[no-untyped-def]
        """Everything logged (feedback, touchpoints, answers, votes, subscriptions) to a file (journeys/backup.py)."""
        from journeys.backup import export_logged

        return export_logged(self.db, path)

    def import_logged(self, path):  # type: ignore[no-untyped-def]
        """Add what an export holds and this installation lacks, in one transaction; index it at once."""
        from journeys.backup import import_logged

        return import_logged(self.db, self.index, path)

    def places(self, kind: str, query: str = "", limit: int = 100):  # type: ignore[no-untyped-def]
        """Stages or touchpoints for a picker, best fits for `query` first."""
        from journeys.places import search_places

        with self.db.session() as session:
            return search_places(session, kind, query, limit)
    # --- summaries and alerts (journeys/summary/, journeys/subscriptions.py) ---

    def weekly_summary(self, week: str | None = None, journey: str | None = None, today=None):  # type: ignore[no-untyped-def]
        """The week's journey health (`2018-W10`; default: the latest week with data), one section a journey."""
        from datetime import date

        from journeys.summary import build_summary, latest_week, parse_week

        with self.db.session() as session:
            window = parse_week(week) if week else latest_week(session, today or date.today())
            summary = build_summary(session, window, self.index.keywords.idf, self.embedder, self.alert_thresholds,
                                    journey, today)
        return self._with_opening(summary)

    def daily_summary(self, day=None, journey: str | None = None, today=None):  # type: ignore[no-untyped-def]
        """One day (default: yesterday) against the day before and the trailing four weeks."""
        from datetime import date, timedelta

        from journeys.summary import build_summary, daily

        today = today or date.today()
        with self.db.session() as session:
            window = daily(day or today - timedelta(days=1))
            summary = build_summary(session, window, self.index.keywords.idf, self.embedder, self.alert_thresholds,
                                    journey, today)
        return self._with_opening(summary)

    def _with_opening(self, summary):  # type: ignore[no-untyped-def]
        """Two sentences from the LLM on top, when JOURNEY_LLM names one (journeys/summary/opening.py)."""
        if self.settings.llm != "extractive":
            from journeys.answers.llm import make_chat_model
            from journeys.summary.opening import write_opening

            if getattr(self, "_summary_model", None) is None:
                self._summary_model = make_chat_model(self.settings.llm)
            summary.opening = write_opening(self._summary_model, summary)
        return summary

    @property
    def alert_thresholds(self):  # type: ignore[no-untyped-def]
        from journeys.summary.alerts import Thresholds

        return Thresholds.from_settings(self.settings)

    @cached_property
    def alert_notifiers(self) -> list:  # type: ignore[type-arg]
        """Called when new alerts are stored; an edge with Slack credentials adds its poster here."""
        return []

    def detect_alerts(self, today=None) -> list[int]:  # type: ignore[no-untyped-def]
        """Store the alerts of the latest week with data not seen before; tell the notifiers. New alert ids."""
        from journeys.summary.claims import record_alerts

        new = record_alerts(self.db, self.weekly_summary(today=today).alerts)
        if new:
            for notify in self.alert_notifiers:
                notify()
        return new

    def data_changed(self) -> None:
        """After an ingest or a logged item: alerts it triggers are detected (and posted) now."""
        import logging

        try:
            self.detect_alerts()
        except Exception:  # noqa: BLE001 - what was stored stays stored; the bot's next check tries again
            logging.getLogger("journey.summary").exception("alert detection failed")
