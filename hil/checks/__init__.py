"""The checks, one module each, in the order they run (the emergency stop last)."""

from __future__ import annotations

from hil.checks import (
    buffer,
    connect,
    estop,
    heating,
    identity,
    latency,
    motion,
    numbering,
    resend,
    temperatures,
    throughput,
)
from hil.checks.base import Check

ALL: tuple[Check, ...] = (
    connect.CHECK,
    identity.CHECK,
    numbering.CHECK,
    resend.CHECK,
    temperatures.CHECK,
    buffer.CHECK,
    latency.CHECK,
    throughput.CHECK,
    heating.CHECK,
    motion.CHECK,
    estop.CHECK,
)
