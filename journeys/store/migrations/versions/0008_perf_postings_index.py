"""postings covered for BM25: a question's keyword searches read (term, doc_id, tf) from an index alone

Revision ID: 0008
Revises: 0007

With 0007's (id, kind, length) on index_docs, the scoring join never touches either table.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_postings_scoring", "index_postings", ["term", "doc_id", "tf"])


def downgrade() -> None:
    op.drop_index("ix_postings_scoring", table_name="index_postings")
