"""Two coordinator processes claim against one database at once: no job is dispatched
twice and no printer gets two jobs. Real processes (spawned, each with its own engine
and connection pool), started together on an event, on SQLite and on PostgreSQL; each
claims one by one (`Store.claim`) or a whole round at once (`claim_many`, in chunks of
a few pairs so that the two interleave)."""

from __future__ import annotations

import multiprocessing as mp
import queue
from multiprocessing.synchronize import Event

import pytest

from coordinator.store import JobSpec, JobState, Store
from coordinator.store.claims import claim_many

JOBS = 40
SHA = "cd" * 32


Result = tuple[str, list[tuple[str, str]]]


def _contender(
    url: str, name: str, mode: str, sync: tuple[mp.Queue[str], Event, mp.Queue[Result]]
) -> None:
    ready, go, out = sync
    store = Store(url)
    ready.put(name)
    go.wait(30)
    won: list[tuple[str, str]] = []
    pairs = []
    for k in range(JOBS):
        if mode.endswith("same-jobs"):  # both want job k, each for a printer of its own
            pairs.append((f"race.{k + 1}", f"{name}/p{k}"))
        else:  # both want printer k, each for a job of its own
            pairs.append((f"{name}-batch.{k + 1}", f"shared/p{k}"))
    if mode.startswith("bulk"):
        for start in range(0, JOBS, 5):
            with store.transaction():
                claims = claim_many(store, [(*p, None) for p in pairs[start : start + 5]])
            won.extend((c.job_id, c.printer_key) for c in claims)
    else:
        won.extend(pair for pair in pairs if store.claim(*pair) is not None)
    store.close()
    out.put((name, won))


def _race(url: str, mode: str) -> dict[str, list[tuple[str, str]]]:
    """Run both contenders, release them together, return what each one won."""
    ctx = mp.get_context("spawn")
    ready: mp.Queue[str] = ctx.Queue()
    out: mp.Queue[Result] = ctx.Queue()
    go = ctx.Event()
    procs = [
        ctx.Process(target=_contender, args=(url, name, mode, (ready, go, out)))
        for name in ("c1", "c2")
    ]
    for p in procs:
        p.start()
    try:
        for _ in procs:
            ready.get(timeout=60)
        go.set()
        results = dict(out.get(timeout=60) for _ in procs)
    except queue.Empty:
        pytest.fail("a contender process did not report in time")
    finally:
        for p in procs:
            p.join(10)
    assert all(p.exitcode == 0 for p in procs)
    return results


def _seed(store: Store, batches: list[str], printers: list[str]) -> None:
    for batch in batches:
        store.submit(
            JobSpec(
                name=batch, file_sha256=SHA, file_size=1, file_name="x.gcode",
                copies=JOBS, batch_id=batch,
            )
        )  # fmt: skip
    for key in printers:
        store.upsert_printer(key, online=True)


@pytest.mark.slow
@pytest.mark.parametrize("how", ["", "bulk-"])
def test_two_processes_never_claim_a_job_twice(store_url: str, how: str) -> None:
    store = Store(store_url)  # creates the schema before the contenders start
    _seed(store, ["race"], [f"c{i}/p{k}" for i in (1, 2) for k in range(JOBS)])
    results = _race(store_url, f"{how}same-jobs")
    won = [job for wins in results.values() for job, _printer in wins]
    assert sorted(won) == sorted(f"race.{k + 1}" for k in range(JOBS))  # each exactly once
    for job in store.list_jobs():
        assert job.state is JobState.ASSIGNED
        assert job.fencing_token == 1
    store.close()


@pytest.mark.slow
@pytest.mark.parametrize("how", ["", "bulk-"])
def test_two_processes_never_give_a_printer_two_jobs(store_url: str, how: str) -> None:
    store = Store(store_url)
    _seed(store, ["c1-batch", "c2-batch"], [f"shared/p{k}" for k in range(JOBS)])
    results = _race(store_url, f"{how}same-printers")
    printers = [printer for wins in results.values() for _job, printer in wins]
    assert sorted(printers) == sorted(f"shared/p{k}" for k in range(JOBS))
    assigned = store.list_jobs([JobState.ASSIGNED])
    assert len(assigned) == JOBS
    assert len(store.list_jobs([JobState.QUEUED])) == JOBS
    for printer in store.list_printers():
        assert printer.current_job_id in {j.id for j in assigned}
    store.close()
