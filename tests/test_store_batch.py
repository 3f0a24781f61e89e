"""`Store.transaction()`: many store calls, one commit (the running coordinator's cycle),
on a real SQLite file and a real PostgreSQL database. A second Store (its own
connections, as another process would have) shows what is committed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coordinator.store import JobState, Store
from tests.test_store import idle_state, spec


@pytest.fixture
def stores(store_url: str) -> Iterator[tuple[Store, Store]]:
    ours, theirs = Store(store_url), Store(store_url)
    yield ours, theirs
    ours.close()
    theirs.close()


def test_a_batch_commits_at_its_end(stores: tuple[Store, Store]) -> None:
    ours, theirs = stores
    (job,) = ours.submit(spec(batch_id="j"))
    ours.upsert_printer("ag/p1", online=True, state=idle_state())
    with ours.transaction():
        claim = ours.claim(job.id, "ag/p1")
        assert claim is not None
        assert ours.mark_printing(job.id, claim.fencing_token)
        ours.record_events([{"kind": "job_started", "printer_key": "ag/p1", "agent_seq": 1}])
        assert ours.get_job(job.id).state is JobState.PRINTING  # we see our own writes
        if ours.engine.dialect.name == "postgresql":  # SQLite: the write lock blocks readers
            assert theirs.get_job(job.id).state is JobState.QUEUED  # ... nobody else yet
    assert theirs.get_job(job.id).state is JobState.PRINTING
    kinds = [e.kind for e in theirs.history(printer_key="ag/p1")]
    assert kinds == ["assigned", "job_started"]  # in the order they happened
    assert [e.kind for e in theirs.history(job_id=job.id)] == [
        "submitted", "assigned", "printing",
    ]  # fmt: skip


def test_a_failed_batch_leaves_no_trace(stores: tuple[Store, Store]) -> None:
    ours, theirs = stores
    (job,) = ours.submit(spec(batch_id="j"))
    ours.upsert_printer("ag/p1", online=True, state=idle_state())

    def fail_midway() -> None:
        with ours.transaction():
            assert ours.claim(job.id, "ag/p1") is not None
            ours.record_events([{"kind": "note"}])
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        fail_midway()
    assert theirs.get_job(job.id).state is JobState.QUEUED
    assert theirs.get_printer("ag/p1").current_job_id is None  # type: ignore[union-attr]
    assert [e.kind for e in theirs.history()] == ["submitted"]


def test_a_lost_claim_inside_a_batch_keeps_the_batch_usable(stores: tuple[Store, Store]) -> None:
    ours, theirs = stores
    a, b = ours.submit(spec(batch_id="j", copies=2))
    for key in ("ag/p1", "ag/p2"):
        ours.upsert_printer(key, online=True, state=idle_state())
    assert theirs.claim(a.id, "ag/p1") is not None  # another coordinator got `a` first
    with ours.transaction():
        assert ours.claim(a.id, "ag/p2") is None  # the job is taken: p2's reservation undone
        assert ours.claim(b.id, "ag/p2") is not None  # ... so p2 takes the next one
    assert theirs.get_printer("ag/p2").current_job_id == b.id  # type: ignore[union-attr]
    assert theirs.get_job(b.id).printer_key == "ag/p2"


def test_printers_in_bulk_and_replayed_events_dropped(stores: tuple[Store, Store]) -> None:
    ours, theirs = stores
    with ours.transaction():
        ours.upsert_printers(
            [("ag/p1", True, idle_state(material="PETG")), ("ag/p2", True, idle_state())], now=5.0
        )
        ours.upsert_printers([("ag/p1", False, None)], now=6.0)  # presence only
        for _ in range(2):  # an agent replays an event: the copy is dropped
            ours.record_events([{"kind": "job_done", "printer_key": "ag/p1", "agent_seq": 9}])
    p1 = theirs.get_printer("ag/p1")
    assert p1 is not None
    assert (p1.online, p1.state, p1.last_seen) == (False, "idle", 6.0)
    assert p1.last_state is not None
    assert p1.last_state["material"] == "PETG"
    assert [p.key for p in theirs.list_printers()] == ["ag/p1", "ag/p2"]
    assert len(theirs.history(printer_key="ag/p1")) == 1
    assert not theirs.record_event("job_done", printer_key="ag/p1", agent_seq=9)
