"""Engines: an SQLite file by default (WAL), PostgreSQL by URL (psycopg 3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from coordinator import hil_reports as _hil_tables  # noqa: F401  (in the schema)
from coordinator.accounts import tables as _account_tables  # noqa: F401  (in the schema)
from coordinator.orders import tables as _order_tables  # noqa: F401  (in the schema)
from coordinator.sites import tables as _site_tables  # noqa: F401  (in the schema)
from coordinator.spools import tables as _spool_tables  # noqa: F401  (in the schema)
from coordinator.store import leases as _leases  # noqa: F401  (in the schema)
from coordinator.store.migrate import add_missing_columns
from coordinator.store.schema import Base

SQLITE_BUSY_TIMEOUT_S = 30.0


class StoreConfigError(ValueError):
    """A database URL this store cannot use."""


def default_url(data_dir: Path) -> str:
    """The embedded default: `printfarm.sqlite` in the coordinator's data folder."""
    return f"sqlite:///{data_dir / 'printfarm.sqlite'}"


def normalise_url(url: str) -> str:
    """Accept `postgresql://` / `postgres://` and pick the psycopg 3 driver for them."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
        raise StoreConfigError(
            f"unsupported database {parsed.drivername!r}: use sqlite:///path/to/file.sqlite "
            "or postgresql://user@host/dbname"
        )
    if parsed.drivername.startswith("sqlite") and parsed.database in (None, "", ":memory:"):
        raise StoreConfigError(
            "an in-memory SQLite database is private to one connection; give a file path"
        )
    return parsed.render_as_string(hide_password=False)


def _sqlite_engine(url: str) -> Engine:
    # `?timeout=S` in the URL sets another busy timeout (the driver reads it).
    timeout = {} if "timeout" in make_url(url).query else {"timeout": SQLITE_BUSY_TIMEOUT_S}
    engine = create_engine(url, connect_args=timeout)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take over transaction control from Python's sqlite3 so that we can BEGIN
        # IMMEDIATE: the write lock is taken at the start of every transaction, so two
        # processes serialise on the busy timeout instead of failing "database is
        # locked" when a read transaction tries to become a write transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_engine(url: str) -> Engine:
    """An engine for `url` (see `normalise_url`), with the schema created if missing."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        database = make_url(url).database
        if database:
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = _sqlite_engine(url)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    Base.metadata.create_all(engine)
    add_missing_columns(engine)  # a database from an earlier version
    return engine
