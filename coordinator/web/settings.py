"""A farm setting in the store's `settings` table, written by an upsert (another
coordinator may make the row at the same time)."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from coordinator.accounts.tables import SettingRow
from coordinator.store import Store


def save_setting(store: Store, key: str, value: str) -> None:
    try:
        _write(store, key, value)
    except IntegrityError:  # made meanwhile by another coordinator: update it
        _write(store, key, value)


def _write(store: Store, key: str, value: str) -> None:
    with store.session() as s:
        row = s.get(SettingRow, key, populate_existing=True)
        if row is None:
            s.add(SettingRow(key=key, value=value))
        else:
            row.value = value
