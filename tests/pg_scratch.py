"""A scratch PostgreSQL schema for one test, or a skip that says why (no server answers at 127.0.0.1:5432)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text

URL = os.environ.get("JOURNEY_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@contextmanager
def scratch_schema() -> Iterator[str]:
    """The URL of a new, empty schema in the test database; dropped afterwards."""
    schema = f"jt_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(URL, connect_args={"connect_timeout": 3})
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # noqa: BLE001 - any failure to reach the server means: skip, and say why
        pytest.skip(f"no PostgreSQL at {URL}: {str(exc).strip().splitlines()[0]}")
    try:
        yield f"{URL}{'&' if '?' in URL else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
