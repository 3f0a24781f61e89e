"""Flow control end to end: the agent's session against a virtual printer process whose RX
ring drops what overflows it (as an AVR's does), with the agent's DEFAULT window.

The printer moves at real speed here (not `--instant`), so its planner fills, its
command queue fills, a dwell blocks it, and lines pile up in the ring: exactly when a
window that only counts lines would overflow it. "Identical" means the printer's record
of executed commands equals the file's commands.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.session_model import JobOutcome
from coordinator.samples import write_gcode
from tests.test_e2e_faults import Rig
from tests.vp import file_commands
from tests.waiting import wait_until

pytestmark = pytest.mark.slow


def _mixed_lines(count: int) -> list[str]:
    """Long and short moves (1 mm at 3000 mm/min: 20 ms each), a dwell and an M400 now
    and then (they block the queue), inside a 220 x 220 bed."""
    lines = ["G90", "M83", "G1 X100 Y100 F3000"]
    for i in range(count):
        x = 100 + (i % 2)
        if i % 3 == 0:
            lines.append(f"G1 X{x}.000000 Y100.000000 Z0.300000 E0.0123456 F3000.000000")
        else:
            lines.append(f"G1 X{x}")
        if i % 40 == 39:
            lines.append("G4 P30" if i % 80 == 39 else "M400")
    return lines


def _print(
    tmp: Path, name: str, flags: list[str], send_window: int | None = None
) -> tuple[Rig, list[str], list[str], int]:
    """Print `_mixed_lines` on a fresh printer: (the closed rig, the file's commands, what
    the printer executed, its RX overflows)."""
    folder = tmp / name
    folder.mkdir()
    path = write_gcode(folder / "mixed.gcode", _mixed_lines(300))
    expected = file_commands(path)
    stats_path = folder / "stats.json"
    rig = Rig(folder, ["--stats", str(stats_path), *flags], send_window=send_window)
    try:
        result = rig.print_file(path)
        if send_window is None:  # a fixed window may damage lines: no promises
            assert result.outcome is JobOutcome.DONE, result.reason
            # Acknowledged is not yet executed where the ok comes on receipt (Repetier).
            wait_until(lambda: len(rig.printer.executed()) >= len(expected), 60, "the moves")
    finally:
        executed = rig.close()
    overflows = int(json.loads(stats_path.read_text())["rx_overflows"])
    return rig, expected, executed, overflows


def test_plain_oks_stream_several_lines_and_never_overflow_the_ring(tmp_path: Path) -> None:
    """A stock Marlin answering plain `ok`s, one `ok` in twenty sent twice: the default
    window keeps several lines in flight, counted in bytes against the 128-byte ring,
    and the ring never overflows. The same print with a fixed window of 8 lines does
    overflow it: the damaged lines are mostly caught by their checksums, but the XOR
    checksum lets one merged line in ~128 through, so that print is not even compared."""
    rig, expected, executed, overflows = _print(
        tmp_path, "counted", ["--dup-ok", "5", "--seed", "4"]
    )
    assert overflows == 0
    assert executed == expected
    assert rig.session.link_stats().peak_in_flight >= 3
    _rig, _expected, _executed, overflows = _print(tmp_path, "fixed", [], send_window=8)
    assert overflows > 0


def test_unannounced_advanced_ok_is_detected_and_widens_the_window(tmp_path: Path) -> None:
    """Marlin with ADVANCED_OK and BUFSIZE 8, which its M115 does not mention: the agent
    learns it from `ok N.. P.. B..`, keeps more lines in flight than the 4 a plain-ok
    printer gets (those in the command queue no longer count against the ring), and
    still never overflows the ring."""
    rig, expected, executed, overflows = _print(
        tmp_path, "advanced", ["--advanced-ok", "--bufsize", "8"]
    )
    assert (overflows, executed) == (0, expected)
    assert rig.session.link_stats().peak_in_flight > 4
    plain, expected, executed, overflows = _print(tmp_path, "plain", ["--bufsize", "8"])
    assert (overflows, executed) == (0, expected)
    assert plain.session.link_stats().peak_in_flight <= 4


def test_repetier_streams_by_bytes_and_never_overflows(tmp_path: Path) -> None:
    """Repetier acknowledges on receipt with `ok N`: only the bytes bound the window."""
    rig, expected, executed, overflows = _print(
        tmp_path, "repetier", ["--dialect", "repetier", "--bufsize", "2"]
    )
    assert (overflows, executed) == (0, expected)
    assert rig.session.link_stats().peak_in_flight > 2
