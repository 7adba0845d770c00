"""Alembic environment: runs on the connection handed over by journeys.store.db.migrate."""

from alembic import context
from sqlalchemy import create_engine

from journeys.store.models import Base
from retrieval.tables import index_metadata

config = context.config
target_metadata = [Base.metadata, index_metadata]


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
            context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    context.run_migrations()


run()
