"""Two coordinators write one PostgreSQL database at once without deadlocking.

Both coordinators hear every printer's state and write the printers' rows in their
cycle's one transaction, each in the order its messages arrived. PostgreSQL once broke
two such batches (same rows, opposite orders) with `deadlock detected`, and the losing
coordinator answered a waiting `POST /jobs` with 503. Here two Stores (own engines, own
connections) write the same rows in opposite orders, again and again, released
together; and a deadlock PostgreSQL does detect is told apart from an outage.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from coordinator.service.resilience import WorkerCall, is_conflict, is_outage
from coordinator.store import Store
from tests.helpers.databases import reset_postgres

pytestmark = pytest.mark.postgres
KEYS = [f"agent-{a}/p{p}" for a in range(4) for p in range(5)]
ROUNDS = 150


@pytest.fixture
def pg(postgres_url: str) -> str:
    reset_postgres(postgres_url)
    Store(postgres_url).close()  # creates the schema once, before the contenders
    return postgres_url


def _together(*work: Callable[[], None]) -> list[BaseException]:
    """Run each `work` on a thread of its own, released at once; the errors raised."""
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(work))

    def run(fn: Callable[[], None]) -> None:
        barrier.wait(30)
        try:
            fn()
        except BaseException as e:  # noqa: BLE001  # reported to the test below
            errors.append(e)

    threads = [threading.Thread(target=run, args=(fn,)) for fn in work]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not any(t.is_alive() for t in threads), "a writer hung"
    return errors


def test_printer_batches_in_opposite_orders_do_not_deadlock(pg: str) -> None:
    stores = [Store(pg), Store(pg)]

    def writer(store: Store, keys: list[str]) -> Callable[[], None]:
        def write() -> None:
            for n in range(ROUNDS):
                with store.transaction():  # as a coordinator's cycle does
                    store.upsert_printers([(k, n % 2 == 0, None) for k in keys])

        return write

    try:
        errors = _together(writer(stores[0], KEYS), writer(stores[1], KEYS[::-1]))
        assert errors == [], [repr(e)[:300] for e in errors]
        assert len(stores[0].list_printers()) == len(KEYS)
    finally:
        for store in stores:
            store.close()


def _lock_in_order(store: Store, first: str, second: str, both_hold: threading.Barrier) -> None:
    """Lock two printer rows in a given order, with the other contender holding its first."""
    lock = text("SELECT key FROM printers WHERE key = :k FOR UPDATE")
    with store.session() as s:
        s.execute(lock, {"k": first})
        both_hold.wait(30)
        s.execute(lock, {"k": second})


def test_a_detected_deadlock_is_a_conflict_not_an_outage_and_a_call_retries_it(pg: str) -> None:
    stores = [Store(pg), Store(pg)]
    a, b = KEYS[0], KEYS[1]
    stores[0].upsert_printers([(a, True, None), (b, True, None)])
    both_hold = threading.Barrier(2)
    runs = [0]

    call_errors: list[BaseException] = []

    def first_run_deadlocks() -> None:
        runs[0] += 1
        # The first run meets the other writer; a retry runs alone.
        hold = both_hold if runs[0] == 1 else threading.Barrier(1)
        try:
            _lock_in_order(stores[0], a, b, hold)
        except SQLAlchemyError as e:
            call_errors.append(e)
            raise

    call = WorkerCall(first_run_deadlocks, one_tx=True)
    try:
        errors = _together(call.run, lambda: _lock_in_order(stores[1], b, a, both_hold))
        lost = errors + call_errors  # PostgreSQL picks one of the two
        assert len(lost) == 1, lost
        assert isinstance(lost[0], DBAPIError), lost
        assert getattr(lost[0].orig, "sqlstate", None) == "40P01"
        assert is_conflict(lost[0])
        assert not is_outage(lost[0])
        assert call.future.exception() is None  # the call retried if it was the loser
        assert runs[0] == 1 + len(call_errors)
    finally:
        for store in stores:
            store.close()
