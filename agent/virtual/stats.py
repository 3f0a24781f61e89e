"""How long the simulated printer spent printing, on its simulated clock.

A job, like Marlin's print job timer, starts with `M75` or with the first recorded
command while no job is open, and ends with `M77`, a firmware reset or a halt. Its end
is when its last command finished, a move when its motion has played out. `M31` reports
the open job's time as Marlin words it. The numbers let a benchmark compare a print-time
estimate (agent/motion.py's model, as the simulator uses) with the simulated print.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class JobTime(BaseModel):
    """One job on the simulated clock (seconds since the simulator started)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start_s: float  # its first recorded command began executing (or M75)
    end_s: float  # its last command finished (moves: their motion played out)
    print_time_s: float  # end_s - start_s, what M31 says at the end
    commands: int  # recorded commands executed in it


class SimulationStats(BaseModel):
    """The `--stats FILE` JSON and `VirtualPrinter.stats`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    simulated_time_s: float  # sim clock when the last recorded command finished
    print_time_s: float  # the last job's (the only one, for one file per connection)
    motion_s: float  # sum of all planned move durations (agent.motion model)
    commands: int  # recorded commands executed, all jobs
    speed: float  # sim seconds per real second
    instant: bool  # motion, heating and dwell took no time: the times mean little
    jobs: list[JobTime]
    rx_overflows: int = 0  # arrivals that found the RX ring full (bytes were dropped)
    rx_dropped_bytes: int = 0


class JobClock:
    """Pure bookkeeping of jobs; the firmware tells it what ran and when (sim time)."""

    def __init__(self) -> None:
        self.closed: list[JobTime] = []
        self._start: float | None = None  # open job
        self._last_end = 0.0  # last recorded command's finish, open job
        self._commands = 0

    @property
    def open(self) -> bool:
        return self._start is not None

    def start(self, now: float) -> None:
        """M75, or the first command of a job."""
        if self._start is None:
            self._start = now
            self._last_end = now
            self._commands = 0

    def finished(self, started: float, now: float) -> None:
        """A recorded command that began at `started` finished at `now`."""
        self.start(started)
        self._last_end = max(self._last_end, now)
        self._commands += 1

    def close(self, motion_end: float) -> None:
        """M77, reset or halt: the job ends when its last command and motion did."""
        job = self.current(motion_end)
        if job is not None:
            self.closed.append(job)
        self._start = None

    def elapsed(self, now: float) -> float:
        """What M31 says: the open job's time so far, else the last job's."""
        if self._start is not None:
            return now - self._start
        return self.closed[-1].print_time_s if self.closed else 0.0

    def current(self, motion_end: float) -> JobTime | None:
        """The open job as it stands (its end includes motion still playing)."""
        if self._start is None:
            return None
        end = max(self._last_end, motion_end) if self._commands else self._last_end
        return JobTime(
            start_s=self._start,
            end_s=end,
            print_time_s=end - self._start,
            commands=self._commands,
        )

    def jobs(self, motion_end: float) -> list[JobTime]:
        current = self.current(motion_end)
        return [*self.closed, current] if current is not None else list(self.closed)


def m31_duration(seconds: float) -> str:
    """Marlin's duration_t::toString: `1d 2h 3m 4s`, leading zero units left out."""
    total = int(seconds)
    d, rest = divmod(total, 86400)
    h, rest = divmod(rest, 3600)
    m, s = divmod(rest, 60)
    if d:
        return f"{d}d {h}h {m}m {s}s"
    if h:
        return f"{h}h {m}m {s}s"
    if m:
        return f"{m}m {s}s"
    return f"{s}s"
