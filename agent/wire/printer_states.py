"""The states a printer reports (its own module: both snapshots and events name them)."""

from __future__ import annotations

from enum import StrEnum


class PrinterStateName(StrEnum):
    OFFLINE = "offline"  # no link to the printer
    CONNECTING = "connecting"
    IDLE = "idle"
    PRINTING = "printing"
    PAUSED = "paused"
    FINISHING = "finishing"  # last lines sent, waiting for the moves to end
    ERROR = "error"  # the firmware halted or the agent refused to go on
