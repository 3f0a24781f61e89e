"""How the coordinator's worker lives through a database outage, and how it says so.

A store error that means "the database is unreachable" (connection refused or cut, SQLite
locked past its busy timeout) is an outage, not a bug: the worker keeps its deliveries
(unacknowledged, so the broker keeps them too), refuses API calls at once with
`StoreUnavailableError` (HTTP 503) instead of letting them time out, retries with a
growing delay, and logs the outage once when it begins and once when it ends.
`Health` is what `/health` reports: worker, database (and the broker, from the link).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError

from coordinator.views import PartHealth

log = logging.getLogger(__name__)
T = TypeVar("T")
BACKOFF_MIN_S = 0.5
BACKOFF_MAX_S = 10.0
WORKER_STALL_S = 60.0  # no turn of the worker for this long: it is stuck (or dead)


class StoreUnavailableError(RuntimeError):
    """The database cannot be reached right now; the coordinator retries (HTTP 503)."""


# PostgreSQL's "try the transaction again" errors: deadlock_detected, serialization_failure.
CONFLICT_SQLSTATES = frozenset({"40P01", "40001"})
CONFLICT_RETRIES = 5  # a cycle that keeps losing after this many is handled as a failure


def is_conflict(error: BaseException) -> bool:
    """True when PostgreSQL rolled the transaction back to resolve a conflict with another
    (a deadlock, a serialization failure): running it again succeeds, nothing is down."""
    orig = getattr(error, "orig", None)
    return getattr(orig, "sqlstate", None) in CONFLICT_SQLSTATES


def conflict_pause_s(attempt: int) -> float:
    """A short random pause before retry `attempt` (from 0), so that the two losers of
    a conflict do not meet again in step."""
    return random.uniform(0.0, 0.02 * (2**attempt))


def retry_conflicts(
    attempt: Callable[[bool], T], what: str, before_retry: Callable[[], None] | None = None
) -> T:
    """Run `attempt(last)` until it does not lose a conflict, `CONFLICT_RETRIES` retries at
    most (`last` is True for the final one); `before_retry` after each rollback."""
    for n in range(CONFLICT_RETRIES):
        try:
            return attempt(False)
        except SQLAlchemyError as e:
            if not is_conflict(e):
                raise
            log.info("%s lost a conflict (%s); retrying it", what, cause(e))
            if before_retry is not None:
                before_retry()
            time.sleep(conflict_pause_s(n))  # a backoff, not a synchronisation
    return attempt(True)


def is_outage(error: SQLAlchemyError) -> bool:
    """True when `error` says the database is unreachable, not that a statement is wrong
    nor that a transaction lost a conflict (psycopg calls a deadlock an OperationalError)."""
    if is_conflict(error):
        return False
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(error, OperationalError | InterfaceError)


def cause(error: BaseException) -> str:
    """The driver's one-line reason (no SQL, no parameters, no URL)."""
    orig = getattr(error, "orig", None) or error
    text = str(orig).strip().splitlines()
    return f"{type(orig).__name__}: {text[0] if text else ''}"[:300]


@dataclass(slots=True)
class WorkerCall:
    """An API call waiting for the worker; the caller may give up before it runs."""

    fn: Callable[[], Any]
    future: Future[Any] = field(default_factory=Future)
    # Only for a call that is one transaction (a lost conflict rolled all of it back).
    one_tx: bool = False

    def run(self) -> None:
        if not self.future.set_running_or_notify_cancel():
            return  # the caller timed out and cancelled it: it must not run later
        try:
            if self.one_tx:
                self.future.set_result(retry_conflicts(lambda _last: self.fn(), "an API call"))
            else:
                self.future.set_result(self.fn())
        except SQLAlchemyError as e:
            self.future.set_exception(e)
            raise  # the worker must know: its memory may not follow the store now
        except Exception as e:  # noqa: BLE001  # handed to the caller, who re-raises it
            self.future.set_exception(e)

    def refuse(self, error: Exception) -> None:
        if self.future.set_running_or_notify_cancel():
            self.future.set_exception(error)


class Health:
    """The worker's pulse and the database's availability, as the worker saw them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._beat = time.monotonic()
        self._down_since: float | None = None  # monotonic, while the database is down
        self._cause = ""
        self._delay = BACKOFF_MIN_S

    def beat(self) -> None:
        self._beat = time.monotonic()

    def store_failed(self, error: SQLAlchemyError) -> float:
        """An outage began or goes on; returns how long to wait before the next try."""
        with self._lock:
            self._cause = cause(error)
            if self._down_since is None:
                self._down_since = time.monotonic()
                self._delay = BACKOFF_MIN_S
                log.warning(
                    "database unavailable (%s); the coordinator keeps its messages and "
                    "retries with backoff", self._cause,
                )  # fmt: skip
            else:
                self._delay = min(self._delay * 2, BACKOFF_MAX_S)
                log.debug("database still unavailable (%s)", self._cause)
            return self._delay

    def store_ok(self) -> None:
        with self._lock:
            if self._down_since is not None:
                log.warning("database is back after %.1f s", time.monotonic() - self._down_since)
            self._down_since = None

    def unavailable(self) -> StoreUnavailableError:
        with self._lock:
            return StoreUnavailableError(
                f"the database is unavailable ({self._cause}); the coordinator retries "
                "by itself: try again when `/health` says the database is ok"
            )

    def database(self) -> PartHealth:
        with self._lock:
            if self._down_since is None:
                return PartHealth(ok=True, detail="ok")
            down_s = time.monotonic() - self._down_since
            return PartHealth(ok=False, detail=f"down for {down_s:.0f} s: {self._cause}")

    def worker(self, alive: bool) -> PartHealth:
        if not alive:
            return PartHealth(ok=False, detail="the worker thread has stopped")
        idle_s = time.monotonic() - self._beat
        if idle_s > WORKER_STALL_S:
            return PartHealth(ok=False, detail=f"no worker cycle for {idle_s:.0f} s")
        return PartHealth(ok=True, detail="ok")
