"""The core, wired from settings: the store, the search index and the services on top.

Nothing here knows about Slack or the command line; both edges call the same methods.
"""

from __future__ import annotations

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
        return self._embedder or Embedder(self.settings.embedding_model)

    @cached_property
    def index(self) -> SearchIndex:
        settings = self.settings
        return SearchIndex(self.db.engine, self.embedder,
                           lambda: VectorIndex(path=settings.chroma_path, url=settings.chroma_url))

    @cached_property
    def ingestor(self):  # type: ignore[no-untyped-def]
        from journeys.ingest import Ingestor

        return Ingestor(self.db, self.index)

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
               focus: Focus | None = None) -> Answer:
        """Answer one question from the knowledge base (the same call for the CLI and Slack)."""
        return self.answerer.answer(question, stage=stage, k=k, focus=focus)

    @cached_property
    def answerer(self):  # type: ignore[no-untyped-def]
        from journeys.answers.service import AnswerService

        return AnswerService(self.db, self.index)

    def close(self) -> None:
        self.db.dispose()
