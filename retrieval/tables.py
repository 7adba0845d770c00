"""The keyword index lives in SQL beside the data, so every replica shares it and nothing loads at start-up."""

from __future__ import annotations

from sqlalchemy import Column, Float, Index, Integer, MetaData, String, Table, Text

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
