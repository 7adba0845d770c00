"""The keyword index lives in SQL beside the data, so every replica shares it and nothing loads at start-up."""

from __future__ import annotations

from sqlalchemy import JSON, Column, Float, Index, Integer, LargeBinary, MetaData, String, Table, Text

index_metadata = MetaData()

index_docs = Table(
    "index_docs",
    index_metadata,
    Column("id", String(700), primary_key=True),
    Column("kind", String(16), nullable=False, index=True),
    Column("ref_id", String(600), nullable=False),
    Column("title", String(500), nullable=False),
    Column("text", Text, nullable=False),
    Column("journey_id", String(200), index=True),
    Column("stage_id", String(400), index=True),
    Column("touchpoint_id", String(600)),
    Column("date", String(10)),  # ISO date, '' when undated
    Column("score", Float),
    Column("length", Integer, nullable=False),
    Column("text_hash", String(64), nullable=False),
    Column("meta_hash", String(64), nullable=False),
)

index_postings = Table(
    "index_postings",
    index_metadata,
    Column("term", String(64), primary_key=True),
    Column("doc_id", String(700), primary_key=True),
    Column("tf", Integer, nullable=False),
)
Index("ix_postings_doc", index_postings.c.doc_id)
# Covers the join from postings to documents in BM25 scoring and kind filters (migration 0007, bench/explain.py).
Index("ix_index_docs_id_kind_length", index_docs.c.id, index_docs.c.kind, index_docs.c.length)
# BM25 reads each posting's (term, doc_id, tf) from this index alone (migration 0008).
Index("ix_postings_scoring", index_postings.c.term, index_postings.c.doc_id, index_postings.c.tf)

# One row (id 1): the store generation, moved on by every commit that writes what answers read
# (retrieval/generation.py, migration 0009).
store_generation = Table(
    "store_generation",
    index_metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("n", Integer, nullable=False),
)

# Vector-index changes made by a process that does not hold the embedded Chroma index: the holder applies them
# (in seq order) before its next search, then deletes them. The embedding travels with the change, so the
# holder never has to run the model for another process's work.
index_outbox = Table(
    "index_outbox",
    index_metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(700), nullable=False),
    Column("op", String(8), nullable=False),  # upsert | meta | delete | clear
    Column("vector", LargeBinary),
    Column("meta", JSON),
    sqlite_autoincrement=True,
)
