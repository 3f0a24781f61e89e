"""Marlin-like virtual printer behind a pseudo-terminal or TCP socket.

Public API: `VirtualPrinterConfig`, `start_virtual_printer(config) -> handle` (with
`.port_path`, `.url`, `.executed`, `.stop()`), and `is_recorded(command)`, the rule
that decides which executed commands appear in the record.
"""

from agent.virtual.api import (
    VirtualPrinter,
    VirtualPrinterProcess,
    start_virtual_printer,
    wait_for_path,
)
from agent.virtual.config import ActionAt, FaultConfig, VirtualPrinterConfig
from agent.virtual.faults import UNRECORDED_COMMANDS, is_recorded

__all__ = [
    "UNRECORDED_COMMANDS",
    "ActionAt",
    "FaultConfig",
    "VirtualPrinter",
    "VirtualPrinterConfig",
    "VirtualPrinterProcess",
    "is_recorded",
    "start_virtual_printer",
    "wait_for_path",
]
