"""summaries and alerts: subscription scope, alert subscriptions, summary/alert claims

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _claim_columns() -> list[sa.Column]:
    return [
        sa.Column("channel_id", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("claimed_by", sa.String(length=100), nullable=True),
        sa.Column("lease_until", sa.DateTime(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("message_ts", sa.String(length=40), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scope", sa.String(length=300), nullable=True))
    op.create_table(
        "alert_subscriptions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("channel_id", sa.String(length=100), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("channel_id"),
    )
    op.create_table(
        "summary_posts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        *_claim_columns(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("subscription_id", "period", name="uq_summary_post_period"),
    )
    op.create_index("ix_summary_posts_subscription_id", "summary_posts", ["subscription_id"])
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("subject", sa.String(length=400), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("subject", "period", "kind", name="uq_alert_subject_period_kind"),
    )
    op.create_index("ix_alerts_detected_at", "alerts", ["detected_at"])
    op.create_table(
        "alert_posts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("alert_id", sa.Integer(), nullable=False),
        *_claim_columns(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("alert_id", "channel_id", name="uq_alert_post_channel"),
    )
    op.create_index("ix_alert_posts_alert_id", "alert_posts", ["alert_id"])


def downgrade() -> None:
    op.drop_index("ix_alert_posts_alert_id", table_name="alert_posts")
    op.drop_table("alert_posts")
    op.drop_index("ix_alerts_detected_at", table_name="alerts")
    op.drop_table("alerts")
    op.drop_index("ix_summary_posts_subscription_id", table_name="summary_posts")
    op.drop_table("summary_posts")
    op.drop_table("alert_subscriptions")
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.drop_column("scope")
