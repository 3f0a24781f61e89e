"""The dashboard's live feed: one hub per app watches the fleet and the queue and pushes
what changed to every open page over server-sent events.

The hub polls the in-memory fleet every TICK_S (and the open jobs every JOBS_EVERY_S),
compares each printer's and job's JSON with what it sent last, and merges the changed
ones into each subscriber's pending map, keyed by printer or job: a printer that changes
ten times between two sends is sent once, in its latest state. So a page gets at most one
message per tick whatever the fleet's size or rate, and 20 pages cost one poll, not 20.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from starlette.concurrency import run_in_threadpool

from coordinator.service import NotFoundError, Operations
from coordinator.store import JobState
from coordinator.views import JobOut, PrinterOut
from coordinator.web.history import TemperatureHistory

TICK_S = 0.25
JOBS_EVERY_S = 1.0
LAST_SEEN_EVERY_S = 5.0
KEEPALIVE_S = 15.0
ENDED = frozenset({JobState.DONE, JobState.FAILED, JobState.CANCELLED, JobState.INTERRUPTED})
OPEN = tuple(s for s in JobState if s not in ENDED)
KEEP_ENDED = 200  # ended jobs a page is given (the newest): the store keeps them all
JobFilter = Callable[[JobOut], dict[str, Any] | None]


@dataclass(eq=False)  # hashed by identity: kept in a set
class Subscriber:
    jobs_filter: JobFilter
    # "p:key"/"j:id" -> the item's JSON, encoded once for every page
    pending: dict[str, str] = field(default_factory=dict)
    wake: asyncio.Event = field(default_factory=asyncio.Event)

    def offer(self, items: dict[str, str]) -> None:
        if items:
            self.pending.update(items)
            self.wake.set()


class LiveHub:
    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.history = TemperatureHistory()
        self._subscribers: set[Subscriber] = set()
        self._printers: dict[str, dict[str, Any]] = {}
        self._printer_json: dict[str, str] = {}
        self._models: dict[str, tuple[PrinterOut, float | None]] = {}
        self._jobs: dict[str, JobOut] = {}
        self._last_seen: dict[str, float] = {}
        self._task: asyncio.Task[None] | None = None
        self._jobs_due = 0.0  # monotonic time of the next job poll
        self._open_ids: set[str] | None = None  # None: the ended jobs not read yet

    def ensure_running(self) -> None:
        """Start polling in this event loop (first page or stream; stops with the loop)."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="dash-live")

    async def _run(self) -> None:
        next_seen = 0.0
        while True:
            now = time.monotonic()
            if now >= next_seen:
                self._last_seen = await run_in_threadpool(self._read_last_seen)
                next_seen = now + LAST_SEEN_EVERY_S
            printers = await run_in_threadpool(self.ops.list_printers)
            self.history.record(time.time(), printers)
            changed = self._diff_printers(printers)
            changed_jobs: list[JobOut] = []
            if self._subscribers and now >= self._jobs_due:
                self._jobs_due = now + JOBS_EVERY_S
                changed_jobs = self._diff_jobs(await run_in_threadpool(self.read_jobs))
            for sub in self._subscribers:
                sub.offer(changed)
                sub.offer(_job_items(changed_jobs, sub.jobs_filter))
            await asyncio.sleep(TICK_S if self._subscribers else 2.0)

    def _read_last_seen(self) -> dict[str, float]:
        return {r.key: r.last_seen for r in self.ops.c.store.list_printers()}

    def _printer_item(self, p: PrinterOut) -> dict[str, Any]:
        item = p.model_dump(mode="json")
        item["last_seen"] = None if p.online else self._last_seen.get(p.key)
        return item

    def _diff_printers(self, printers: list[PrinterOut]) -> dict[str, str]:
        changed: dict[str, str] = {}
        for p in printers:
            seen = None if p.online else self._last_seen.get(p.key)
            if self._models.get(p.key) == (p, seen):
                continue  # comparing models costs less than dumping each to JSON
            self._models[p.key] = (p, seen)
            item = self._printer_item(p)
            if self._printers.get(p.key) != item:
                self._printers[p.key] = item
                self._printer_json[p.key] = _encode({"printer": item})
                changed[f"p:{p.key}"] = self._printer_json[p.key]
        return changed

    def read_jobs(self) -> list[JobOut]:
        """The open jobs, and those that ended since the last read (the first time, the
        newest KEEP_ENDED ended ones): a second's poll never reads the whole history."""
        jobs = [j for state in OPEN for j in self.ops.list_jobs(state)]
        open_ids = {j.id for j in jobs}
        if self._open_ids is None:
            ended = [j for j in self.ops.list_jobs() if j.id not in open_ids]
            jobs += sorted(ended, key=lambda j: j.updated_at)[-KEEP_ENDED:]
        else:
            for job_id in self._open_ids - open_ids:
                with suppress(NotFoundError):
                    jobs.append(self.ops.get_job(job_id))
        self._open_ids = open_ids
        return jobs

    def _diff_jobs(self, jobs: list[JobOut]) -> list[JobOut]:
        changed = [j for j in jobs if self._jobs.get(j.id) != j]
        self._jobs.update((j.id, j) for j in changed)
        ended = [j for j in self._jobs.values() if JobState(j.state) in ENDED]
        if len(ended) > KEEP_ENDED:  # forget the oldest (pages keep what they were sent)
            for old in sorted(ended, key=lambda j: j.updated_at)[:-KEEP_ENDED]:
                del self._jobs[old.id]
        return changed

    async def stream(self, jobs_filter: JobFilter) -> AsyncIterator[str]:
        """Server-sent events: first everything, then each tick's changes in one message."""
        self.ensure_running()
        sub = Subscriber(jobs_filter)
        sub.offer({f"p:{k}": v for k, v in self._printer_json.items()})
        sub.offer(_job_items(list(self._jobs.values()), jobs_filter))
        self._subscribers.add(sub)
        self._jobs_due = 0.0  # what it was given may be old: poll the jobs now
        try:
            yield "retry: 2000\n\n"
            while True:
                try:
                    await asyncio.wait_for(sub.wake.wait(), KEEPALIVE_S)
                except TimeoutError:
                    yield ": keep-alive\n\n"
                    continue
                sub.wake.clear()
                batch, sub.pending = list(sub.pending.values()), {}
                yield f"data: [{','.join(batch)}]\n\n"
                await asyncio.sleep(TICK_S)  # at most one message per tick per page
        finally:
            self._subscribers.discard(sub)


def _encode(item: dict[str, Any]) -> str:
    return json.dumps(item, separators=(",", ":"))


def _job_items(jobs: list[JobOut], keep: JobFilter) -> dict[str, str]:
    items = {}
    for job in jobs:
        item = keep(job)
        if item is not None:
            items[f"j:{job.id}"] = _encode({"job": item})
    return items


def every_job(job: JobOut) -> dict[str, Any]:
    return job.model_dump(mode="json")


def wall_job(job: JobOut) -> dict[str, Any] | None:
    """What the wall (maybe public) shows of a job: a running one's name and progress."""
    if JobState(job.state) in ENDED:
        return {"id": job.id, "state": job.state}
    return {
        "id": job.id, "name": job.name, "state": job.state, "printer_key": job.printer_key,
        "progress": job.progress, "remaining_s": job.remaining_s,
    }  # fmt: skip
