"""The coordinator's record of each printer's loaded spool, in the store and in memory.

Where a spool comes from, and which wins (the latest statement):
- a person sets it (`PUT /printers/A/P/spool`, `printfarm spool set`): source "api";
- an agent reports one from its agent.toml (`spool = {...}` in `[[printers]]`): it becomes
  the record when it differs from what that agent reported before (a new spool, with
  agent.toml edited), and not when an agent restart repeats the same one, which would
  undo the grams used since;
- a finished job takes its estimated grams off the record (never below 0).
A printer without a record has the spool its agent reports, if any. The dispatcher sees
the result through `effective` (on the worker thread); the API reads the store.

The worker holds the records in memory for the dispatcher and re-reads them with the
queue (`load`), so coordinators sharing a database follow each other's changes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import case, select, update

from agent.wire.spools import FilamentSpool
from coordinator.spools.tables import SpoolRow
from coordinator.store import Store


@dataclass(frozen=True, slots=True)
class SpoolRecord:
    printer_key: str
    spool: FilamentSpool
    source: str
    reported: FilamentSpool | None
    updated_at: float
    updated_by: str

    @classmethod
    def from_row(cls, row: SpoolRow) -> SpoolRecord:
        return cls(
            printer_key=row.printer_key,
            spool=FilamentSpool(
                material=row.material, colour=row.colour, diameter=row.diameter, grams=row.grams
            ),
            source=row.source,
            reported=FilamentSpool.model_validate(row.reported) if row.reported else None,
            updated_at=row.updated_at,
            updated_by=row.updated_by,
        )


def read_records(store: Store) -> dict[str, SpoolRecord]:
    with store.session() as s:
        rows = s.scalars(select(SpoolRow).execution_options(populate_existing=True)).all()
        return {r.printer_key: SpoolRecord.from_row(r) for r in rows}


def write_record(
    store: Store,
    key: str,
    spool: FilamentSpool,
    *,
    source: str,
    reported: FilamentSpool | None,
    by: str,
) -> SpoolRecord:
    """Replace the record of `key` (an upsert)."""
    values = {
        "material": spool.material,
        "colour": spool.colour,
        "diameter": spool.diameter,
        "grams": spool.grams,
        "source": source,
        "reported": reported.model_dump(mode="json") if reported else None,
        "updated_at": time.time(),
        "updated_by": by[:128],
    }
    with store.session() as s:
        row = s.get(SpoolRow, key, populate_existing=True, with_for_update=True)
        if row is None:
            row = SpoolRow(printer_key=key, **values)
            s.add(row)
        else:
            for name, value in values.items():
                setattr(row, name, value)
        s.flush()
        return SpoolRecord.from_row(row)


def take_grams(store: Store, key: str, grams: float) -> SpoolRecord | None:
    """Take `grams` off the spool of `key` in one statement (two coordinators ending
    jobs on one printer cannot lose an update), never below 0; the record after."""
    left = case((SpoolRow.grams > grams, SpoolRow.grams - grams), else_=0.0)
    with store.session() as s:
        s.execute(
            update(SpoolRow)
            .where(SpoolRow.printer_key == key)
            .values(grams=left, updated_at=time.time(), updated_by="job")
        )
        row = s.get(SpoolRow, key, populate_existing=True)
        return SpoolRecord.from_row(row) if row is not None else None


class SpoolBook:
    """The records in memory, for the worker thread (which alone changes them)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._records: dict[str, SpoolRecord] = {}

    def load(self) -> set[str]:
        """Re-read the store; the printers whose record changed."""
        fresh = read_records(self.store)
        keys = fresh.keys() | self._records.keys()
        changed = {k for k in keys if fresh.get(k) != self._records.get(k)}
        self._records = fresh
        return changed

    def effective(self, key: str, reported: FilamentSpool | None) -> FilamentSpool | None:
        """The spool the dispatcher goes by: the record, else what the agent reports."""
        record = self._records.get(key)
        return record.spool if record is not None else reported

    def snapshot(self) -> dict[str, SpoolRecord]:
        return dict(self._records)

    def on_report(self, key: str, reported: FilamentSpool | None) -> bool:
        """An agent's state names a spool: it becomes the record if it is new; True then."""
        record = self._records.get(key)
        if reported is None or (record is not None and record.reported == reported):
            return False
        self._records[key] = write_record(
            self.store, key, reported, source="agent", reported=reported, by=f"agent:{key}"
        )
        return True

    def set(
        self, key: str, spool: FilamentSpool, by: str, reported: FilamentSpool | None
    ) -> SpoolRecord:
        """A person loaded `spool`; `reported` is what the agent says now (kept, so that
        the agent repeating it later does not count as a new spool)."""
        record = self._records.get(key)
        if record is not None and record.reported is not None:
            reported = record.reported if reported is None else reported
        self._records[key] = write_record(
            self.store, key, spool, source="api", reported=reported, by=by
        )
        return self._records[key]

    def job_done(self, key: str, grams: float | None) -> bool:
        """A job that used `grams` (its estimate) finished on `key`; True if a record
        changed."""
        if not grams or key not in self._records:
            return False
        record = take_grams(self.store, key, grams)
        if record is None:
            self._records.pop(key, None)
        else:
            self._records[key] = record
        return True
