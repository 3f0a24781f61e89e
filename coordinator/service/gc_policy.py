"""Garbage-collector settings for a long-running coordinator.

CPython's full (generation 2) collection walks every tracked object: with a fleet of
thousands of printers and tens of thousands of queued jobs in memory it stops the
process for 100-500 ms, every few seconds, and a printer freed at that moment waits.
Almost all of those objects live long (the fleet view, the queue, imported modules), so:
- after start-up and then every `freeze_every_s`, the worker freezes the survivors
  (`gc.freeze`): collections no longer walk them;
- automatic full collections are off; young generations are collected as usual, and
  reference counting frees everything that is not part of a cycle, frozen or not;
- every `full_every_s` the worker unfreezes and runs one full collection, so cycles
  that became garbage after being frozen are reclaimed (one long pause per interval).
"""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)


class GcPolicy:
    def __init__(self, freeze_every_s: float = 30.0, full_every_s: float = 900.0) -> None:
        self.freeze_every_s = freeze_every_s
        self.full_every_s = full_every_s
        self._frozen_at = self._full_at = time.monotonic()

    def start(self) -> None:
        """Call once the coordinator has loaded its state (on the worker thread).

        No collection first: garbage that others left (a test's paho clients, say) is
        frozen with the rest rather than finalised on our thread at start-up."""
        gc.freeze()
        young, middle, _old = gc.get_threshold()
        gc.set_threshold(young, middle, 1_000_000_000)  # no automatic full collection
        self._frozen_at = self._full_at = time.monotonic()

    def stop(self) -> None:
        """Automatic collections as before. What is frozen stays frozen: unfreezing would
        hand it all to the next full collection, wherever the process is by then."""
        gc.set_threshold(700, 10, 10)  # CPython's defaults

    def tick(self) -> None:
        """Between two cycles of the worker (nothing of its own half-built)."""
        now = time.monotonic()
        if now - self._full_at >= self.full_every_s:
            started = time.perf_counter()
            gc.unfreeze()
            found = gc.collect()
            gc.freeze()
            log.info(
                "full garbage collection: %d objects freed in %.0f ms",
                found, (time.perf_counter() - started) * 1000,
            )  # fmt: skip
            self._full_at = self._frozen_at = now
        elif now - self._frozen_at >= self.freeze_every_s:
            gc.collect(1)  # young garbage first: freeze only what survives
            gc.freeze()
            self._frozen_at = now
