"""When an unanswered start command stops being re-sent and its job goes back to the queue.

Every start command carries a deadline, and an agent refuses a command that arrives
after it. So once a job's starts have gone unanswered for `give_up_s` (no more are sent
from then on) and the deadline of the last one sent has passed, plus the clocks' skew,
that agent can no longer start the job: putting it back in the queue cannot print it
twice. Any acknowledgement (a reply, JobStarted, a state showing the job) ends the watch.

Wall-clock deadlines (they are the agent's rule); monotonic time for the give-up window.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(slots=True)
class _Watch:
    first_sent: float  # monotonic
    last_deadline: float  # wall clock, of the latest start sent


class StartDeadlines:
    def __init__(self, give_up_s: float, clock_skew_s: float) -> None:
        self.give_up_s = give_up_s
        self.clock_skew_s = clock_skew_s
        self._watches: dict[str, _Watch] = {}
        self._acknowledged: set[str] = set()

    def sent(self, job_id: str, deadline: float) -> None:
        """A start for `job_id` went out with this (wall clock) deadline."""
        if job_id in self._acknowledged:
            return
        watch = self._watches.get(job_id)
        if watch is None:
            self._watches[job_id] = _Watch(time.monotonic(), deadline)
        else:
            watch.last_deadline = max(watch.last_deadline, deadline)

    def may_send(self, job_id: str) -> bool:
        """False once the job's starts have gone unanswered for `give_up_s`."""
        watch = self._watches.get(job_id)
        return watch is None or time.monotonic() - watch.first_sent < self.give_up_s

    def acknowledged(self, job_id: str) -> None:
        """The agent answered: it has the job (or said why not); stop watching."""
        self._watches.pop(job_id, None)
        self._acknowledged.add(job_id)

    def forget(self, job_id: str) -> None:
        self._watches.pop(job_id, None)
        self._acknowledged.discard(job_id)

    def forget_all(self) -> None:
        self._watches.clear()
        self._acknowledged.clear()

    def expired(self) -> list[str]:
        """Jobs no start of which can be started any more (give up, then requeue)."""
        now, wall = time.monotonic(), time.time()
        return [
            job_id
            for job_id, watch in self._watches.items()
            if now - watch.first_sent >= self.give_up_s
            and wall > watch.last_deadline + self.clock_skew_s
        ]
