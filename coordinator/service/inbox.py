"""The worker's inbox: MQTT deliveries, API calls and connection news, in arrival order.

Paho's thread and the HTTP handlers `put`; only the worker takes. What the worker took
stays in `pending` until it is done with it, so an outage in the middle of a turn loses
nothing: the same items are handled again once the database is back.
"""

from __future__ import annotations

import queue
import time
from collections import deque
from collections.abc import Callable

from coordinator.mqtt import Delivery
from coordinator.service.resilience import Health, WorkerCall

MAX_BATCH = 500  # deliveries in one cycle (one transaction), at most
Item = Delivery | WorkerCall | Callable[[], None] | None  # None: stop


class WorkerInbox:
    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[Item] = queue.SimpleQueue()
        self.pending: deque[Item] = deque()

    def put(self, item: Item) -> None:  # any thread
        self._queue.put(item)

    def take(self, until: float) -> None:
        """Add waiting items to `pending` (if none is pending, block until one arrives
        or `until`, a monotonic time)."""
        if not self.pending:
            try:
                self.pending.append(self._queue.get(timeout=max(0.0, until - time.monotonic())))
            except queue.Empty:
                return
        while len(self.pending) < MAX_BATCH:
            try:
                self.pending.append(self._queue.get_nowait())
            except queue.Empty:
                break

    def deliveries(self, count: int) -> list[Delivery]:
        """The first `count` pending items, all deliveries (left pending)."""
        out = [self.pending[i] for i in range(count)]
        return [d for d in out if isinstance(d, Delivery)]

    def done(self, count: int) -> None:
        for _ in range(count):
            self.pending.popleft()

    def wait_out(self, until: float, health: Health) -> bool:
        """Wait until `until` while the database is down: deliveries and connection news
        stay pending, API calls are refused at once. True when told to stop."""
        for call in [item for item in self.pending if isinstance(item, WorkerCall)]:
            self.pending.remove(call)
            call.refuse(health.unavailable())
        while True:
            health.beat()
            try:
                item = self._queue.get(timeout=max(0.0, until - time.monotonic()))
            except queue.Empty:
                return False
            if item is None:
                return True
            if isinstance(item, WorkerCall):
                item.refuse(health.unavailable())
            else:
                self.pending.append(item)

    def drop_pending(self, error: Exception) -> None:
        """After an unexpected error: forget what was pending (deliveries stay
        unacknowledged), answer its calls with `error`."""
        for item in self.pending:
            if isinstance(item, WorkerCall):
                item.refuse(error)
        self.pending.clear()
