"""Marlin-like virtual printer behind a pseudo-terminal or TCP socket.

Public API: `VirtualPrinterConfig`, `start_virtual_printer(config) -> handle` (with
`.port_path`, `.url`, `.executed`, `.stats`, `.stop()`), and `is_recorded(command)`, the
rule that decides which executed commands appear in the record. `.stats` is a
`SimulationStats` (simulated print time per job, see stats.py); the in-process handle
also has `.simulated_time_s` and `.print_time_s`; `--stats FILE` writes it as JSON.
"""

from agent.virtual.api import (
    VirtualPrinter,
    VirtualPrinterProcess,
    start_virtual_printer,
    wait_for_path,
)
from agent.virtual.config import ActionAt, FaultConfig, VirtualPrinterConfig
from agent.virtual.faults import UNRECORDED_COMMANDS, is_recorded
from agent.virtual.stats import JobTime, SimulationStats

__all__ = [
    "UNRECORDED_COMMANDS",
    "ActionAt",
    "FaultConfig",
    "JobTime",
    "SimulationStats",
    "VirtualPrinter",
    "VirtualPrinterConfig",
    "VirtualPrinterProcess",
    "is_recorded",
    "start_virtual_printer",
    "wait_for_path",
]
