"""`claim_many`: a dispatch round's claims in a few statements, with the same fences as
`Store.claim` (a printer that holds a job or whose bed needs clearing, a job no longer
queued: not claimed). On a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coordinator.store import JobState, Store
from coordinator.store.claims import claim_many
from tests.test_store import idle_state, spec


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = Store(store_url)
    yield s
    s.close()


def test_a_round_claims_what_is_still_free(store: Store) -> None:
    jobs = [j.id for j in store.submit(spec(batch_id="r", copies=5))]
    keys = [f"ag/p{i}" for i in range(5)]
    for key in keys:
        store.upsert_printer(key, online=True, state=idle_state())
    assert store.claim(jobs[0], keys[0]) is not None  # p0 holds r.1 already
    assert store.cancel_queued(jobs[1])  # r.2 is no longer queued
    assert store.set_bed_needs_clearing(keys[2], True)  # p2's bed is locked
    pairs = [
        (jobs[4], keys[0], None), (jobs[1], keys[1], None), (jobs[2], keys[2], None),
        (jobs[3], keys[3], None),
    ]  # fmt: skip
    with store.transaction():
        claims = claim_many(store, pairs, lease_s=60, now=1000.0)
    assert [(c.job_id, c.printer_key, c.fencing_token) for c in claims] == [(jobs[3], keys[3], 1)]
    assert claims[0].lease_expires_at == 1060.0
    job = store.get_job(jobs[3])
    assert (job.state, job.printer_key, job.fencing_token, job.attempts) == (
        JobState.ASSIGNED, keys[3], 1, 1,
    )  # fmt: skip
    printer = store.get_printer(keys[3])
    assert printer is not None
    assert printer.current_job_id == jobs[3]
    for untouched in (jobs[4], jobs[2]):
        assert store.get_job(untouched).state is JobState.QUEUED
    assert [e.kind for e in store.history(job_id=jobs[3])] == ["submitted", "assigned"]


def test_a_requeued_job_gets_the_next_token(store: Store) -> None:
    (job,) = store.submit(spec(batch_id="t"))
    store.upsert_printer("ag/p1", online=True, state=idle_state())
    store.upsert_printer("ag/p2", online=True, state=idle_state())
    assert store.claim(job.id, "ag/p1") is not None
    assert store.requeue(job.id, reason="refused")
    (claim,) = claim_many(store, [(job.id, "ag/p2", None)])
    assert claim.fencing_token == 2
    assert store.get_job(job.id).fencing_token == 2
    assert claim_many(store, []) == []
