"""The store's own lock on a printer's bed (a real SQLite file and PostgreSQL): a claim
never reserves a printer whose bed needs clearing, and a database made by an earlier
version, without the column, opens and gains it."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from coordinator.store import JobSpec, Store, normalise_url
from coordinator.store.schema import Base

SHA = "ab" * 32
KEY = "ag/p1"


def _old_database(url: str) -> None:
    """The schema as an earlier version left it: no bed_needs_clearing, one printer."""
    engine = create_engine(normalise_url(url))
    try:
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE printers DROP COLUMN bed_needs_clearing"))
            conn.execute(
                text(
                    "INSERT INTO printers (key, agent_id, printer_id, online, state, "
                    "bed_clear, last_seen) VALUES (:k, 'ag', 'p1', false, 'idle', true, 0)"
                ),
                {"k": KEY},
            )
    finally:
        engine.dispose()


def test_an_earlier_database_opens_and_a_dirty_bed_is_never_claimed(store_url: str) -> None:
    _old_database(store_url)
    store = Store(store_url)
    try:
        record = store.get_printer(KEY)
        assert record is not None
        assert record.bed_needs_clearing is False  # existing rows: no lock
        assert store.beds_needing_clearing() == set()

        job = store.submit(JobSpec(name="a", file_sha256=SHA, file_size=1, file_name="a.gcode"))[0]
        assert store.set_bed_needs_clearing(KEY, True)
        assert not store.set_bed_needs_clearing("ag/unknown", True)
        assert store.beds_needing_clearing() == {KEY}
        assert store.claim(job.id, KEY) is None  # the store's lock holds
        assert store.set_bed_needs_clearing(KEY, False)
        assert store.claim(job.id, KEY) is not None
    finally:
        store.close()
    Store(store_url).close()  # opening again changes nothing (the column is there)
