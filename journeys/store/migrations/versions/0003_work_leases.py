"""work leases: Slack work claimed as a lease (taken over when it expires undone, never redone once done)

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "work_leases",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=100), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("lease_until", sa.DateTime(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("reply_ts", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("work_leases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_leases_taken_at"), ["taken_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_work_leases_lease_until"), ["lease_until"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("work_leases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_leases_lease_until"))
        batch_op.drop_index(batch_op.f("ix_work_leases_taken_at"))
    op.drop_table("work_leases")
