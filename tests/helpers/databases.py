"""Throw-away databases for the store tests: an SQLite file or a PostgreSQL database.

PostgreSQL: the server named by PRINTFARM_TEST_POSTGRES_URL (quickstart.sh sets it),
by default the postgres superuser with trust auth on 127.0.0.1:5432. A database is
created per test session and dropped after it; each test gets an empty schema.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from coordinator.credentials import redact

DEFAULT_SERVER_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def conninfo(url: str) -> str:
    """SQLAlchemy URL -> libpq URL (psycopg takes no `+driver`)."""
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


@contextmanager
def postgres_database() -> Iterator[str]:
    server = os.environ.get("PRINTFARM_TEST_POSTGRES_URL", DEFAULT_SERVER_URL)
    name = f"printfarm_test_{os.getpid()}_{secrets.token_hex(4)}"
    try:
        admin = psycopg.connect(conninfo(server), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as e:
        message = f"no PostgreSQL at {redact(server)} ({e}); run `bash quickstart.sh test`"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield (
                make_url(server)
                .set(drivername="postgresql+psycopg", database=name)
                .render_as_string(hide_password=False)
            )
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def reset_postgres(url: str) -> None:
    """Drop every table of the test database (a fresh, empty `public` schema)."""
    with psycopg.connect(conninfo(url), autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


@contextmanager
def postgres_outage(url: str) -> Iterator[None]:
    """The database of `url` goes away for the block: every open connection to it is
    terminated and new ones are refused (`ALLOW_CONNECTIONS false`), as a client sees a
    server restart or a network cut; the rest of the server is left alone."""
    name = make_url(url).database
    server = os.environ.get("PRINTFARM_TEST_POSTGRES_URL", DEFAULT_SERVER_URL)
    with psycopg.connect(conninfo(server), autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
        try:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )
            yield
        finally:
            admin.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
