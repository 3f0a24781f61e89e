"""One leader among the coordinators sharing a database, for the time-driven work.

Several coordinators may share one database (and one broker). Each reads every agent
message and dispatches (claims in the store are fenced), but what the clock decides
(re-sending unanswered starts and giving up on them, interrupting the jobs of agents
gone offline or printers that stopped reporting, and whatever else runs on a timer,
such as re-planning orders) is done by one of them: the holder of the `leader` lease.

The lease is a row (holder, epoch, expires_at) in the `leases` table, taken and kept
with conditional UPDATEs, so it works the same on PostgreSQL and SQLite:
- a coordinator that does not lead tries every `retry_s` to take a lease that ran out
  (`expires_at` passed): `epoch` goes up by one, so each reign has a number of its own;
- the leader renews it every `lease_s / 3` (`step`, a short transaction of its own), and
  checks it inside the very transaction of its time-driven work (`fenced`):
  `SELECT … WHERE holder = me AND epoch = mine FOR SHARE`. No row: it was deposed, and
  that transaction must write nothing of the clock's. The row lock makes a coordinator
  taking over wait until the leader's transaction ends (SQLite has one writer at a time
  anyway): a deposed leader's late write is refused, never interleaved with the new one's.
- a coordinator that stops gives the lease up at once; one killed keeps it until it
  runs out (`lease_s`), so the others take over within `lease_s + retry_s`;
- each coordinator that does not lead keeps a `member:<holder>` row fresh as it looks
  at the lease, so the leader knows whether it works `alone` (then nobody else changes
  jobs, and its memory needs no re-reading from the store).

Clocks: `expires_at` is the holder's wall clock. Skew between machines can only make a
takeover early or late; the epoch check keeps the writes right either way, and what a
deposed leader sends before it notices (a re-sent start) is idempotent at the agent.

    leader = Leadership(store, holder="coordinator-a")
    leader.step()                   # on the worker, between cycles: take the lease if free
    if not leader.is_leader(): ...  # the gate, for any time-driven job (memory only)
    with store.transaction():
        if leader.fenced(): ...     # the clock's writes, refused if we were deposed
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, CursorResult, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from coordinator.store import Store
from coordinator.store.leases import LeaseRow

log = logging.getLogger(__name__)
LEADER = "leader"
MEMBER = "member:"  # + holder: a row each coordinator that does not lead keeps fresh
LEASE_S = 6.0  # a killed leader is replaced within LEASE_S + RETRY_S
RETRY_S = 1.0  # how often a coordinator that does not lead looks at the lease


@dataclass(frozen=True, slots=True)
class LeaseView:
    """The lease as last read: who leads (None: nobody yet) and their epoch."""

    holder: str | None
    epoch: int
    expires_at: float


class Leadership:
    def __init__(
        self,
        store: Store,
        holder: str,
        *,
        instance: str | None = None,
        lease_s: float = LEASE_S,
        retry_s: float = RETRY_S,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.holder = holder
        # Holders named `<instance>:…` are this coordinator before a restart: their lease
        # is taken over at once instead of waiting for it to run out.
        self._restarted = f"{instance}:" if instance else None
        self._member = f"{MEMBER}{holder}"[:200]
        # Leading, and no other coordinator has looked at the lease lately (as of the
        # last renewal): nobody else writes jobs, so memory needs no re-reading.
        self.alone = False
        self.lease_s = lease_s
        self.retry_s = retry_s
        self._clock = clock
        self._epoch: int | None = None  # ours, while we lead
        self._valid_until = 0.0  # our clock: past this, we no longer count as leading
        self._renew_at = 0.0  # our clock: the next fence renews the lease
        self._next_try = 0.0
        self.seen = LeaseView(None, 0, 0.0)
        self.on_change: Callable[[bool], None] = lambda _leading: None

    # -- the gate ---------------------------------------------------------------------------
    def is_leader(self) -> bool:
        """Whether this coordinator leads (as of its last renewal, which has not run out).
        Time-driven work starts with `if not leader.is_leader(): return`; its writes go
        in a transaction that calls `fenced()`."""
        return self._epoch is not None and self._clock() < self._valid_until

    @property
    def epoch(self) -> int | None:
        return self._epoch if self.is_leader() else None

    def fenced(self) -> bool:
        """Inside the caller's transaction: check that the lease is still ours (holder
        and epoch unchanged). False: we do not lead (or no longer): write nothing. The
        check holds the row (FOR SHARE on PostgreSQL; SQLite's single writer holds
        everything), so nobody takes over before the caller's transaction ends."""
        if self._epoch is None:
            return False
        check = select(LeaseRow.epoch).where(*self._mine()).with_for_update(read=True)
        with self.store.session() as s:
            ours = s.execute(check).first() is not None
        if not ours:
            self._deposed()
        return ours

    def _mine(self) -> tuple[ColumnElement[bool], ...]:
        assert self._epoch is not None
        return (
            LeaseRow.name == LEADER,
            LeaseRow.holder == self.holder,
            LeaseRow.epoch == self._epoch,
        )

    def _deposed(self) -> None:
        log.warning("leader: deposed (epoch %s is over); time-driven work stops", self._epoch)
        self._set(None)

    def _renew(self, now: float) -> None:
        """The leader's renewal, every `lease_s / 3`, in a short transaction of its own."""
        renewal = update(LeaseRow).where(*self._mine()).values(expires_at=now + self.lease_s)
        others = select(func.count()).where(
            LeaseRow.name.startswith(MEMBER),
            LeaseRow.holder != self.holder,
            LeaseRow.expires_at > now,
        )
        with self.store.session() as s:
            ours = _rowcount(s.execute(renewal)) == 1
            self.alone = s.execute(others).scalar_one() == 0
        if ours:
            self._renewed(now)
        else:
            self._deposed()

    def _renewed(self, now: float) -> None:
        assert self._epoch is not None
        self._valid_until = now + self.lease_s
        self._renew_at = now + self.lease_s / 3
        self.seen = LeaseView(self.holder, self._epoch, now + self.lease_s)

    # -- taking the lease ---------------------------------------------------------------------
    def step(self) -> None:
        """Between cycles, on the worker: the leader renews its lease (every `lease_s / 3`);
        another coordinator takes it if it is free or ran out (every `retry_s` at most)."""
        now = self._clock()
        if self._epoch is not None and now >= self._valid_until:
            log.warning(
                "leader: this coordinator's lease ran out unrenewed (epoch %d)", self._epoch
            )
            self._set(None)
        try:
            if self._epoch is not None:
                if now >= self._renew_at:
                    self._renew(now)
            elif now >= self._next_try:
                self._next_try = now + self.retry_s
                self._try_take(now)
        except SQLAlchemyError as e:  # the worker's own cycle reports an outage
            log.debug("leader: could not read the lease: %s", e)

    def _try_take(self, now: float) -> None:
        with self.store.session() as s:
            insert = (
                postgresql.insert if s.get_bind().dialect.name == "postgresql" else sqlite.insert
            )
            s.execute(
                insert(LeaseRow)
                .values(name=LEADER, holder="", epoch=0, expires_at=0.0)
                .on_conflict_do_nothing(index_elements=["name"])
            )
            free = LeaseRow.expires_at < now
            if self._restarted is not None:
                free |= LeaseRow.holder.startswith(self._restarted, autoescape=True)
            taken = s.execute(
                update(LeaseRow)
                .where(LeaseRow.name == LEADER, free)
                .values(holder=self.holder, epoch=LeaseRow.epoch + 1, expires_at=now + self.lease_s)
            )
            row = s.execute(select(LeaseRow).where(LeaseRow.name == LEADER)).scalar_one()
            s.execute(  # we are here: the leader stops working alone
                insert(LeaseRow)
                .values(
                    name=self._member, holder=self.holder, epoch=0, expires_at=now + self.lease_s
                )
                .on_conflict_do_update(
                    index_elements=["name"], set_={"expires_at": now + self.lease_s}
                )
            )
        if row.epoch != self.seen.epoch and row.holder not in ("", self.holder):
            log.info("leader: %s leads, epoch %d", row.holder, row.epoch)
        self.seen = LeaseView(row.holder or None, row.epoch, row.expires_at)
        if _rowcount(taken) == 1:
            self._set(row.epoch)
            self._renewed(now)

    def release(self) -> None:
        """Give the lease up (a coordinator stopping): another takes over at once."""
        if self._epoch is None:
            return
        try:
            with self.store.session() as s:
                s.execute(
                    update(LeaseRow)
                    .where(
                        LeaseRow.name == LEADER,
                        LeaseRow.holder == self.holder,
                        LeaseRow.epoch == self._epoch,
                    )
                    .values(expires_at=0.0)
                )
        except SQLAlchemyError as e:
            log.warning("leader: could not give the lease up (it runs out by itself): %s", e)
        self._set(None)

    def _set(self, epoch: int | None) -> None:
        was = self._epoch is not None
        self._epoch = epoch
        self.alone = False
        if epoch is not None and not was:
            log.info("leader: this coordinator (%s) leads now, epoch %d", self.holder, epoch)
        elif epoch is None and was:
            log.info("leader: this coordinator (%s) no longer leads", self.holder)
        if was != (epoch is not None):
            self.on_change(epoch is not None)


def _rowcount(result: object) -> int:
    assert isinstance(result, CursorResult)
    return result.rowcount
