"""scale-out indexes: index_docs covered by (id, kind, length) for BM25 joins (bench/explain.py)

Revision ID: 0007
Revises: 0006

At 100k documents, PostgreSQL joined the postings of a query's terms to index_docs by scanning every document
(a hash join over a sequential scan), for the BM25 score (which needs each document's length) and for
`known_terms` filtered by kind. With (id, kind, length) in one index, those joins read the index alone.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_index_docs_id_kind_length", "index_docs", ["id", "kind", "length"])


def downgrade() -> None:
    op.drop_index("ix_index_docs_id_kind_length", table_name="index_docs")
