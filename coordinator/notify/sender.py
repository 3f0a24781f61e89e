"""Delivery on a thread of its own: a bounded queue in, Apprise out, retries with backoff.

Nothing that dispatches jobs waits for it: the poller (notifier.py) hands it messages
already claimed in the store, and a full queue drops the message (logged, recorded as
failed) rather than block. A receiver that hangs holds only this thread, for Apprise's
own timeouts (4 s to connect, 4 s to read, unless the URL says `cto=`/`rto=`).
"""

from __future__ import annotations

import heapq
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError

from coordinator.notify.apprise_lib import send
from coordinator.notify.tables import NotifySentRow
from coordinator.store import Store

log = logging.getLogger(__name__)
RETRY_DELAYS_S = (5.0, 30.0, 120.0, 600.0)  # then it is given up (recorded as failed)


@dataclass(order=True)
class Message:
    due: float  # monotonic
    key: str = field(compare=False)  # its row in notify_sent
    url: str = field(compare=False, repr=False)  # a secret
    title: str = field(compare=False)
    body: str = field(compare=False)
    attempts: int = field(default=0, compare=False)


class Sender:
    def __init__(
        self,
        store: Store,
        *,
        retry_delays_s: tuple[float, ...] = RETRY_DELAYS_S,
        queue_size: int = 1000,
        deliver: Callable[[str, str, str], bool] = send,
    ) -> None:
        self._store = store
        self._delays = retry_delays_s
        self._queue: queue.Queue[Message | None] = queue.Queue(queue_size)
        self._later: list[Message] = []  # a heap, by due time
        self._deliver = deliver
        self._thread = threading.Thread(target=self._run, name="notify-sender", daemon=True)
        self.delivered = 0  # messages the services accepted (for tests and logs)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        try:
            self._queue.put(None, timeout=timeout_s)
        except queue.Full:
            log.warning("notifications: the queue stayed full; stopping without draining it")
        self._thread.join(timeout_s)

    def submit(self, message: Message) -> bool:
        """Queue a message (never blocks); False if the queue is full (it is dropped)."""
        try:
            self._queue.put_nowait(message)
        except queue.Full:
            log.warning("notifications: queue full, dropped %s", message.key)
            self._record(message, "failed")
            return False
        return True

    def _run(self) -> None:
        while True:
            timeout = max(0.0, self._later[0].due - time.monotonic()) if self._later else None
            try:
                message = self._queue.get(timeout=timeout)
            except queue.Empty:
                message = heapq.heappop(self._later)
            if message is None:
                return
            if message.due > time.monotonic():  # a retry: it waits for its turn
                heapq.heappush(self._later, message)
                continue
            self._attempt(message)

    def _attempt(self, message: Message) -> None:
        message.attempts += 1
        try:
            ok = self._deliver(message.url, message.title, message.body)
        except Exception:  # a plugin's bug must not end the thread that sends the rest
            log.exception("notifications: Apprise raised on %s", message.key)
            ok = False
        if ok:
            self.delivered += 1
            self._record(message, "sent")
            return
        if message.attempts > len(self._delays):
            log.warning(
                "notifications: gave up on %s after %d tries", message.key, message.attempts
            )
            self._record(message, "failed")
            return
        message.due = time.monotonic() + self._delays[message.attempts - 1]
        heapq.heappush(self._later, message)

    def _record(self, message: Message, status: str) -> None:
        try:
            with self._store.session() as s:
                row = s.get(NotifySentRow, message.key)
                if row is not None:
                    row.status, row.attempts = status, message.attempts
        except SQLAlchemyError as e:  # the claim stands: the message is not sent again
            log.warning("notifications: could not record %s as %s: %s", message.key, status, e)
