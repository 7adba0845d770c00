"""logbook: what a logged feedback item and touchpoint carry (score type, segment, source, permalink, key)

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FEEDBACK_COLUMNS = (
    ("score_type", sa.String(length=16)), ("segment", sa.String(length=300)),
    ("customer_ref", sa.String(length=200)), ("source", sa.String(length=16)),
    ("permalink", sa.String(length=500)), ("idempotency_key", sa.String(length=200)),
)
TOUCHPOINT_COLUMNS = (("logged_channel", sa.String(length=100)), ("permalink", sa.String(length=500)))


def upgrade() -> None:
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        for name, kind in FEEDBACK_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
        batch_op.create_unique_constraint("uq_feedback_idempotency_key", ["idempotency_key"])
    with op.batch_alter_table("touchpoints", schema=None) as batch_op:
        for name, kind in TOUCHPOINT_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("touchpoints", schema=None) as batch_op:
        for name, _kind in TOUCHPOINT_COLUMNS:
            batch_op.drop_column(name)
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_constraint("uq_feedback_idempotency_key", type_="unique")
        for name, _kind in FEEDBACK_COLUMNS:
            batch_op.drop_column(name)
