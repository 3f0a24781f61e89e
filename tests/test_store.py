"""The store against a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agent import wire
from coordinator.dispatch import PrinterView, dispatch
from coordinator.requirements import Extents, Requirements
from coordinator.store import (
    JobNotFoundError,
    JobSpec,
    JobState,
    Store,
    StoreConfigError,
    normalise_url,
)

SHA = "ab" * 32


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = Store(store_url)
    yield s
    s.close()


def spec(**overrides: object) -> JobSpec:
    fields: dict[str, object] = {
        "name": "benchy",
        "file_sha256": SHA,
        "file_size": 1234,
        "file_name": "benchy.gcode",
        "submitter": "ann",
    }
    fields.update(overrides)
    return JobSpec.model_validate(fields)


def idle_state(**overrides: object) -> wire.PrinterState:
    fields: dict[str, object] = {
        "ts": 0.0,
        "state": wire.PrinterStateName.IDLE,
        "capabilities": wire.Capabilities(firmware="marlin"),
        "profile": "marlin2",
        "build_volume": wire.BuildVolume(x=220, y=220, z=250),
        "bed_clear": True,
        "material": "PLA",
        "nozzle_diameter": 0.4,
    }
    fields.update(overrides)
    return wire.PrinterState.model_validate(fields)


def test_submit_copies_and_read_back(store: Store) -> None:
    req = Requirements(material="PETG", extents=Extents(x=10, y=20, z=30), tags=frozenset({"big"}))
    jobs = store.submit(spec(copies=3, priority=4, requirements=req, batch_id="b1"), now=100.0)
    assert [j.id for j in jobs] == ["b1.1", "b1.2", "b1.3"]
    again = store.get_job("b1.2")
    assert again.requirements == req
    assert again.state is JobState.QUEUED
    assert again.created_at == 100.0
    assert [j.id for j in store.list_jobs([JobState.QUEUED])] == ["b1.1", "b1.2", "b1.3"]
    assert store.list_jobs([JobState.DONE]) == []
    with pytest.raises(JobNotFoundError, match="no job"):
        store.get_job("nope")


def test_claim_is_exclusive_per_job_and_per_printer(store: Store) -> None:
    a, b = store.submit(spec(copies=2, batch_id="b"))
    for key in ("ag/p1", "ag/p2"):
        store.upsert_printer(key, online=True, state=idle_state())
    first = store.claim(a.id, "ag/p1", lease_s=30, now=10.0)
    assert first is not None
    assert first.fencing_token == 1
    assert first.lease_expires_at == 40.0
    assert store.claim(a.id, "ag/p2") is None  # the job is taken
    assert store.claim(b.id, "ag/p1") is None  # the printer is taken
    assert store.claim(b.id, "ag/unknown") is None  # no such printer
    assert store.get_job(b.id).state is JobState.QUEUED  # the failed claims left no trace
    assert store.get_printer("ag/p2").current_job_id is None  # type: ignore[union-attr]
    assert store.claim(b.id, "ag/p2") is not None
    assert store.running_by_submitter() == {"ann": 2}


def test_job_lifecycle_with_fencing(store: Store) -> None:
    (job,) = store.submit(spec())
    store.upsert_printer("ag/p1", online=True, state=idle_state())
    claim = store.claim(job.id, "ag/p1")
    assert claim is not None
    assert not store.mark_printing(job.id, claim.fencing_token + 1)  # a forged/stale token
    assert store.mark_printing(job.id, claim.fencing_token)
    assert store.get_job(job.id).state is JobState.PRINTING
    assert store.finish(job.id, claim.fencing_token, JobState.DONE)
    assert not store.finish(job.id, claim.fencing_token, JobState.FAILED)  # ended already
    assert store.get_job(job.id).state is JobState.DONE
    assert store.get_printer("ag/p1").current_job_id is None  # type: ignore[union-attr]
    kinds = [e.kind for e in store.history(job_id=job.id)]
    assert kinds == ["submitted", "assigned", "printing", "done"]


def test_requeue_gives_a_new_token_and_fences_the_old_one(store: Store) -> None:
    (job,) = store.submit(spec())
    store.upsert_printer("ag/p1", online=True, state=idle_state())
    store.upsert_printer("ag/p2", online=True, state=idle_state())
    old = store.claim(job.id, "ag/p1", lease_s=5, now=0.0)
    assert old is not None
    assert [j.id for j in store.expired_leases(now=4.0)] == []
    assert [j.id for j in store.expired_leases(now=6.0)] == [job.id]
    assert store.requeue(job.id, reason="start never confirmed", now=6.0)
    new = store.claim(job.id, "ag/p2", now=7.0)
    assert new is not None
    assert new.fencing_token == old.fencing_token + 1
    assert not store.mark_printing(job.id, old.fencing_token)  # the late first agent
    assert store.mark_printing(job.id, new.fencing_token)
    assert not store.requeue(job.id)  # printing: only via finish(INTERRUPTED) first
    assert store.finish(job.id, new.fencing_token, JobState.INTERRUPTED, message="agent gone")
    assert store.get_job(job.id).message == "agent gone"
    assert store.requeue(job.id)
    assert store.get_job(job.id).attempts == 2


def test_cancel_queued_only(store: Store) -> None:
    a, b = store.submit(spec(copies=2))
    store.upsert_printer("ag/p1", online=True)
    assert store.claim(a.id, "ag/p1") is not None
    assert not store.cancel_queued(a.id)
    assert store.cancel_queued(b.id)
    assert store.get_job(b.id).state is JobState.CANCELLED


def test_printers_and_dispatch_views(store: Store) -> None:
    store.upsert_printer("ag/p1", online=True, state=idle_state(material="PETG"), now=5.0)
    store.upsert_printer("ag/p1", online=False, now=6.0)  # presence only: state kept
    printer = store.get_printer("ag/p1")
    assert printer is not None
    assert (printer.online, printer.state, printer.bed_clear) == (False, "idle", True)
    assert printer.last_seen == 6.0
    assert wire.PrinterState.model_validate(printer.last_state).material == "PETG"
    assert [p.key for p in store.list_printers()] == ["ag/p1"]

    store.submit(spec(batch_id="j", requirements=Requirements(material="petg")))
    queued = [j.as_queued() for j in store.list_jobs([JobState.QUEUED])]
    view = wire.PrinterState.model_validate(printer.last_state)
    fleet = [PrinterView.from_state("ag", "p1", view, online=True, assigned=False)]
    assert [(a.job_id, a.printer_key) for a in dispatch(queued, fleet)] == [("j", "ag/p1")]


def test_agent_event_replays_are_dropped(store: Store) -> None:
    assert store.record_event("job_started", printer_key="ag/p1", agent_seq=7, job_id="x")
    assert not store.record_event("job_started", printer_key="ag/p1", agent_seq=7, job_id="x")
    assert store.record_event("job_started", printer_key="ag/p2", agent_seq=7)
    assert store.record_event("note")  # no seq: never a duplicate
    assert store.record_event("note")
    assert len(store.history(printer_key="ag/p1")) == 1


def test_finish_rejects_a_non_final_outcome(store: Store) -> None:
    with pytest.raises(ValueError, match="not an end state"):
        store.finish("x", 1, JobState.PRINTING)


def test_sqlite_file_uses_wal(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path}/sub/dir/farm.sqlite")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    store.close()
    assert (tmp_path / "sub/dir/farm.sqlite").exists()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql://u:pw@h:5433/db", "postgresql+psycopg://u:pw@h:5433/db"),
        ("sqlite:////tmp/x.sqlite", "sqlite:////tmp/x.sqlite"),
    ],
)
def test_url_normalisation(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


@pytest.mark.parametrize("url", ["mysql://h/db", "sqlite://", "sqlite:///:memory:"])
def test_unusable_urls_say_what_to_use(url: str) -> None:
    with pytest.raises(StoreConfigError):
        normalise_url(url)
