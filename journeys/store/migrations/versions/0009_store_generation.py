"""store generation: one counter moved on by every commit that writes what answers read

Revision ID: 0009
Revises: 0008

Answers keep what they derive from the store (vocabulary, date span, indexed rows) while this number stands;
retrieval/generation.py bumps it at commit time, in the writer's transaction, so every process sees it move
exactly when it sees the new rows.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    table = op.create_table("store_generation", sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                            sa.Column("n", sa.Integer, nullable=False))
    op.bulk_insert(table, [{"id": 1, "n": 0}])


def downgrade() -> None:
    op.drop_table("store_generation")
