"""Bring a database made by an earlier version up to the current schema.

`create_all` makes missing tables but never touches existing ones, so a column added
since (each with a server default, so existing rows get a value) is added here when
the store opens. Idempotent, and safe with several coordinators opening one database:
SQLite serialises on the write lock (BEGIN IMMEDIATE), PostgreSQL gets IF NOT EXISTS.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Column, Engine, inspect, text
from sqlalchemy.schema import CreateColumn

from coordinator.store.schema import Base

log = logging.getLogger(__name__)


def add_missing_columns(engine: Engine) -> list[str]:
    """ALTER TABLE … ADD COLUMN for every model column the database lacks; returns
    them as `table.column`."""
    added: list[str] = []
    postgres = engine.dialect.name == "postgresql"
    with engine.begin() as conn:
        inspector = inspect(conn)
        for table in Base.metadata.sorted_tables:
            present = {c["name"] for c in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name in present:
                    continue
                _check_addable(column)
                ddl = CreateColumn(column).compile(dialect=engine.dialect)
                exists = "IF NOT EXISTS " if postgres else ""
                conn.execute(text(f'ALTER TABLE "{table.name}" ADD COLUMN {exists}{ddl}'))
                added.append(f"{table.name}.{column.name}")
    if added:
        log.info("database schema upgraded: added %s", ", ".join(added))
    return added


def _check_addable(column: Column[Any]) -> None:
    if not column.nullable and column.server_default is None:
        raise RuntimeError(
            f"column {column.table.name}.{column.name} cannot be added to existing rows: "
            "it needs a server default (a bug in printfarm's schema)"
        )
