"""covering indexes for BM25: a question's keyword searches read postings and document lengths from indexes only

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("index_postings", schema=None) as batch_op:
        batch_op.create_index("ix_postings_scoring", ["term", "doc_id", "tf"], unique=False)
    with op.batch_alter_table("index_docs", schema=None) as batch_op:
        batch_op.create_index("ix_index_docs_scoring", ["id", "length", "kind"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("index_docs", schema=None) as batch_op:
        batch_op.drop_index("ix_index_docs_scoring")
    with op.batch_alter_table("index_postings", schema=None) as batch_op:
        batch_op.drop_index("ix_postings_scoring")
