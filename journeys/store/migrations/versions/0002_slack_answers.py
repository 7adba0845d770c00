"""slack answers: answer_log (what votes refer to) and thread_focus (conversation context per thread)

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "answer_log",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("abstained", sa.Boolean(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("channel_id", sa.String(length=100), nullable=True),
        sa.Column("thread_ts", sa.String(length=40), nullable=True),
        sa.Column("user_id", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("answer_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answer_log_created_at"), ["created_at"], unique=False)

    op.create_table(
        "thread_focus",
        sa.Column("channel_id", sa.String(length=100), nullable=False),
        sa.Column("thread_ts", sa.String(length=40), nullable=False),
        sa.Column("focus", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("channel_id", "thread_ts"),
    )


def downgrade() -> None:
    op.drop_table("thread_focus")
    with op.batch_alter_table("answer_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_log_created_at"))
    op.drop_table("answer_log")
