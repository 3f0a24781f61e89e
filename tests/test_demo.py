"""`printfarm demo` end to end: embedded broker, coordinator, agent processes on virtual
printers, the bundled sample, automatic bed clearing, exit status 0 when all printed."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.console import Console

from coordinator.demo import DemoOptions, run_demo

pytestmark = pytest.mark.slow


def test_demo_drains_the_queue_and_reports(tmp_path: Path) -> None:
    out = io.StringIO()
    console = Console(file=out, width=120)
    status = run_demo(
        DemoOptions(printers=2, jobs=3, speed=100, data_dir=tmp_path, timeout_s=120),
        console,
    )
    text = out.getvalue()
    assert status == 0, text
    assert re.search(r"3/3 jobs printed on 2 printers", text), text
    # Every job printed exactly once, on one of the two virtual printers.
    records = [tmp_path / f"agent-{i}" / "executed.gcode" for i in (1, 2)]
    homes = sum(r.read_text().count("G28") for r in records if r.exists())
    assert homes == 3
