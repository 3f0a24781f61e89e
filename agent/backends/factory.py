"""The backend a `[[printers]]` entry asks for: a serial session, or OctoPrint."""

from __future__ import annotations

from agent.config import PrinterSection
from agent.printer_interface import Listener, PrinterBackend
from agent.profiles import BuildVolume as ProfileVolume
from agent.safety import LocalSafety
from agent.session import PrinterSession, SessionConfig


def local_safety(printer: PrinterSection) -> LocalSafety:
    volume = printer.build_volume
    return LocalSafety(
        printer_id=printer.id,
        allow_gcode=printer.allow_gcode,
        build_volume=None if volume is None else ProfileVolume(**volume.model_dump()),
    )


def build_backend(
    printer: PrinterSection, port: str | None, listener: Listener, bed_clear: bool
) -> PrinterBackend:
    """Construct (no I/O yet) the backend of `printer`; `port` is the serial port (a
    virtual printer's pty included), None for an OctoPrint printer."""
    if printer.octoprint is not None:
        from agent.backends.octoprint import OctoPrintPrinter  # requests only when used

        return OctoPrintPrinter(
            printer.octoprint,
            profile=printer.profile,
            safety=local_safety(printer),
            listener=listener,
            bed_clear=bed_clear,
        )
    assert port is not None  # the config allows exactly one of port, virtual, octoprint
    config = SessionConfig(
        port=port,
        baud=printer.baud,
        profile=printer.profile,
        send_window=printer.send_window,
        reconnect=True,
        safety=local_safety(printer),
    )
    return PrinterSession(config, listener=listener, bed_clear=bed_clear)
