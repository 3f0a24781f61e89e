"""`printfarm demo` end to end: embedded broker, coordinator, agent processes on virtual
printers, the bundled sample, automatic bed clearing.

With `--exit-when-done` (scripts, CI) it exits 0 once all printed. Without it, it prints
the dashboard's line (address, user, password), keeps serving after the queue drains, and
a Ctrl-C (SIGINT) stops it and every process it started."""

from __future__ import annotations

import io
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from rich.console import Console

from coordinator.demo import DemoOptions, run_demo
from tests.helpers.parallel import DEFAULT_BROKER_PORT

pytestmark = pytest.mark.slow

DASHBOARD = re.compile(r"^dashboard: (http://127\.0\.0\.1:\d+/)  user admin  password (\S+)$")


@DEFAULT_BROKER_PORT
def test_demo_drains_the_queue_and_reports(tmp_path: Path) -> None:
    out = io.StringIO()
    console = Console(file=out, width=120)
    status = run_demo(
        DemoOptions(
            printers=2, jobs=3, speed=100, data_dir=tmp_path, timeout_s=120, exit_when_done=True
        ),
        console,
    )
    text = out.getvalue()
    assert status == 0, text
    assert re.search(r"3/3 jobs printed on 2 printers", text), text
    (line,) = [m for m in map(DASHBOARD.match, text.splitlines()) if m]
    assert line.group(2) == (tmp_path / "admin-password").read_text().strip()
    # Every job printed exactly once, on one of the two virtual printers.
    records = [tmp_path / f"agent-{i}" / "executed.gcode" for i in (1, 2)]
    homes = sum(r.read_text().count("G28") for r in records if r.exists())
    assert homes == 3


def _lines(stream: io.BufferedReader) -> tuple[queue.Queue[str], threading.Thread]:
    """The stream's lines as they come (the thread ends at its end)."""
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for raw in stream:
            lines.put(raw.decode(errors="replace").rstrip("\n"))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return lines, reader


def _wait_line(lines: queue.Queue[str], pattern: re.Pattern[str], timeout: float) -> re.Match[str]:
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            break
        seen.append(line)
        found = pattern.search(line)
        if found:
            return found
    raise AssertionError(f"no line matching {pattern.pattern!r} in:\n" + "\n".join(seen))


def _descendants(pid: int) -> set[int]:
    """Every process below `pid` (children of children too), from /proc."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@DEFAULT_BROKER_PORT
def test_demo_serves_the_dashboard_until_ctrl_c(tmp_path: Path) -> None:
    cli = [sys.executable, "-c", "from coordinator.cli import app; app()"]
    argv = [
        *cli,
        "demo",
        "--printers",
        "1",
        "--jobs",
        "1",
        "--speed",
        "100",
        "--data",
        str(tmp_path),
    ]
    demo = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
        env=dict(os.environ, COLUMNS="120"),
    )  # fmt: skip
    reader: threading.Thread | None = None
    try:
        assert demo.stdout is not None
        lines, reader = _lines(demo.stdout)  # type: ignore[arg-type]
        url, password = _wait_line(lines, DASHBOARD, 90).groups()
        assert httpx.get(f"{url}health", timeout=10).status_code == 200
        _wait_line(lines, re.compile(r"1/1 jobs printed"), 120)
        _wait_line(lines, re.compile(r"press Ctrl-C"), 10)
        with httpx.Client(base_url=url, timeout=10) as http:
            login = http.post("/auth/login", json={"username": "admin", "password": password})
            assert login.status_code == 200, login.text
            assert http.get("/", follow_redirects=True).status_code == 200
        assert demo.poll() is None, "the demo exited instead of serving"
        started = _descendants(demo.pid)
        assert len(started) >= 2  # the coordinator and the agent, at least
        os.killpg(demo.pid, signal.SIGINT)  # what a terminal's Ctrl-C sends
        assert demo.wait(60) == 0
        deadline = time.monotonic() + 10
        while any(map(_alive, started)) and time.monotonic() < deadline:
            time.sleep(0.1)  # polling interval of a deadline loop (init reaps orphans)
        assert not [p for p in started if _alive(p)], "processes left running"
    finally:
        if demo.poll() is None:
            os.killpg(demo.pid, signal.SIGKILL)
            demo.wait(10)
        if demo.stdout is not None:
            if reader is not None:
                reader.join(10)  # at the end of the output, now that the demo has exited
            demo.stdout.close()
