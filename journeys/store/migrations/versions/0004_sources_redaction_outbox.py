"""sources own their rows, personal data redacted, a vector-index outbox for other processes

- comments.raw_hash, kpis.raw_hash: a row's cells as its file gave them (a copy of a file is a duplicate);
- sources.options / shared / redacted: how a file was read, rows another source stores, personal data found;
- store_state: `held_knowledge` once anything was ingested (a forgotten sample stays forgotten);
- index_outbox: vector-index changes that the process holding the embedded Chroma index applies;
- once: e-mail addresses, phone numbers, card numbers and IBANs already stored are redacted.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("comments", "kpis"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("raw_hash", sa.String(length=64), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_{table}_raw_hash"), ["raw_hash"], unique=False)
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.add_column(sa.Column("options", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("shared", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("redacted", sa.JSON(), nullable=True))
    op.create_table(
        "store_state",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "index_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(length=700), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=True),
        sa.Column("meta", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sqlite_autoincrement=True,
    )
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT COUNT(*) FROM sources")).scalar():
        connection.execute(sa.text("INSERT INTO store_state (key, value) VALUES ('held_knowledge', '1')"))
    from journeys.redaction_migration import redact_stored

    redact_stored(connection)


def downgrade() -> None:
    op.drop_table("index_outbox")
    op.drop_table("store_state")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_column("redacted")
        batch_op.drop_column("shared")
        batch_op.drop_column("options")
    for table in ("kpis", "comments"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_raw_hash"))
            batch_op.drop_column("raw_hash")
