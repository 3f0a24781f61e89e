"""The bed-clear interlock of `printfarm-agent run` survives restarts, re-installs and a
USB replug: a real agent process on a virtual printer, against a real Mosquitto.

The test plays the coordinator. After a print the bed holds a part: whatever happens to
the agent, its state must say `bed_clear: false` and a start_job must be refused, until
a person sends mark_bed_clear; then the next job starts.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from broker_config.testing import MosquittoBroker
from tests.agent_run_helpers import (
    AgentProcess,
    close,
    command,
    coordinator,
    events_until,
    gcode,
    reply_to,
    send,
    serve,
    wait_for_state,
)
from tests.helpers.http_files import FileServer
from tests.helpers.mqtt import TestClient
from tests.vp import VirtualPrinterProcess

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]
Body = dict[str, Any]


def _start(files: FileServer, job_id: str, moves: int) -> Body:
    url, sha, size = serve(files, f"{job_id}.gcode", gcode(moves))
    return command("start_job", job_id=job_id, sha256=sha, size=size, url=url, fencing_token=1)


def _after(t0: float, check: Callable[[Body], bool]) -> Callable[[Body], bool]:
    """A state published after `t0` (the retained one from before a restart is older)."""
    return lambda s: bool(s["ts"] > t0 and check(s))


def _idle(s: Body) -> bool:
    return bool(s["state"] == "idle")


def _accepted(client: TestClient, files: FileServer, job_id: str, moves: int) -> Body:
    """Wait for a clear printer, send a start_job; it is accepted."""
    wait_for_state(client, lambda s: _idle(s) and s["bed_clear"], 30, "a clear printer")
    return _send_start(client, files, job_id, moves)


def _send_start(client: TestClient, files: FileServer, job_id: str, moves: int) -> Body:
    start = _start(files, job_id, moves)
    send(client, start)
    assert reply_to(client, start["id"], 30)["status"] == "accepted"
    return start


def _print_one(client: TestClient, files: FileServer, job_id: str) -> None:
    start = _accepted(client, files, job_id, moves=30)
    assert reply_to(client, start["id"], 60)["status"] == "done"
    events_until(client, "job_finished", 60)


def _refused_then_cleared(client: TestClient, files: FileServer, t0: float) -> None:
    """The bed is reported not clear and a start is refused; after a person's clear the
    next job starts."""
    state = wait_for_state(client, _after(t0, _idle), 60, "idle after the restart")
    assert state["bed_clear"] is False, state
    blocked = _start(files, "job-blocked", moves=10)
    send(client, blocked)
    refused = reply_to(client, blocked["id"], 30)
    assert (refused["status"], refused["code"]) == ("refused", "bed_not_clear"), refused

    clear = command("mark_bed_clear", by="tester")
    send(client, clear)
    assert reply_to(client, clear["id"])["status"] == "done"
    _print_one(client, files, "job-next")


def _restart(how: str, agent: AgentProcess, tmp: Path, broker: MosquittoBroker) -> AgentProcess:
    if how == "kill9":
        agent.kill9()
        return AgentProcess.start(agent.tmp, broker)
    if how == "sigterm":
        assert agent.stop() == 0, agent.log
        return AgentProcess.start(agent.tmp, broker)
    # Re-installed: a new folder and config, the old data folder.
    assert how == "reinstall"
    agent.kill9()
    data = tmp / "kept-data"
    shutil.move(agent.tmp / "data", data)
    return AgentProcess.start(tmp / "reinstalled", broker, data_dir=str(data))


@pytest.mark.parametrize("how", ["kill9", "sigterm", "reinstall"])
def test_bed_stays_not_clear_across_agent_restarts(
    tmp_path: Path, mosquitto: MosquittoBroker, how: str
) -> None:
    client = coordinator(mosquitto)
    agent = AgentProcess.start(tmp_path / "agent", mosquitto)
    try:
        with FileServer() as files:
            _print_one(client, files, "job-1")
            done = wait_for_state(client, lambda s: _idle(s) and not s["bed_clear"], 15, "dirty")
            assert done["bed_clear"] is False
            t0 = time.time()
            agent = _restart(how, agent, tmp_path, mosquitto)
            _refused_then_cleared(client, files, t0)
    finally:
        close(client)
        agent.stop()
        print(agent.log)


def test_crash_mid_print_leaves_the_bed_not_clear(
    tmp_path: Path, mosquitto: MosquittoBroker
) -> None:
    """kill -9 while printing: the part is half made; after the restart the job is
    reported cut short and the bed is not clear."""
    client = coordinator(mosquitto)
    agent = AgentProcess.start(tmp_path / "agent", mosquitto, speed=2)
    try:
        with FileServer() as files:
            _accepted(client, files, "job-cut", moves=400)
            events_until(client, "job_started", 30)
            agent.kill9()
            t0 = time.time()
            agent = AgentProcess.start(agent.tmp, mosquitto, speed=20)
            failed = events_until(client, "job_failed", 30)[-1]
            assert failed["cause"] == "agent_restart"
            _refused_then_cleared(client, files, t0)
    finally:
        close(client)
        agent.stop()
        print(agent.log)


def test_usb_replug_keeps_the_bed_not_clear(tmp_path: Path, mosquitto: MosquittoBroker) -> None:
    """The printer's port vanishes mid-print and comes back (a new pty behind the same
    link): the session reconnects, the printer idles, and its bed is still not clear."""
    client = coordinator(mosquitto)
    replug = ', link = "printer-link", faults = { disconnect_at_line = 20, reconnect_after_s = 1 }'
    agent = AgentProcess.start(tmp_path / "agent", mosquitto, virtual_extra=replug)
    try:
        with FileServer() as files:
            _accepted(client, files, "job-replug", moves=60)
            failed = events_until(client, "job_failed", 60)[-1]
            assert failed["cause"] == "link_lost", failed
            t0 = time.time()
            wait_for_state(client, _after(t0 - 5, lambda s: s["state"] == "offline"), 30, "gone")
            _refused_then_cleared(client, files, t0)
            # And a restart after the replug still remembers the bed (not cleared yet).
            _print_one_dirty_and_restart(client, files, agent, mosquitto)
    finally:
        close(client)
        agent.stop()
        print(agent.log)


def _print_one_dirty_and_restart(
    client: TestClient, files: FileServer, agent: AgentProcess, broker: MosquittoBroker
) -> None:
    wait_for_state(client, lambda s: _idle(s) and not s["bed_clear"], 15, "dirty after job-next")
    t0 = time.time()
    agent.kill9()
    restarted = AgentProcess.start(agent.tmp, broker)
    agent.proc = restarted.proc  # the caller's handle stops the new process
    state = wait_for_state(client, _after(t0, _idle), 60, "idle after the restart")
    assert state["bed_clear"] is False, state


def test_a_real_printer_never_seen_waits_for_a_person_once(
    tmp_path: Path, mosquitto: MosquittoBroker
) -> None:
    """A printer on a port (not a simulator) and an empty data folder: nobody knows what
    is on the bed, so it is not clear until a person says so; that clear is remembered
    across a restart."""
    printer = VirtualPrinterProcess(tmp_path, "--speed", "20")
    client = coordinator(mosquitto)
    agent = AgentProcess.start(tmp_path / "agent", mosquitto, port=printer.port)
    try:
        with FileServer() as files:
            _refused_then_cleared(client, files, 0.0)  # prints job-next after the clear
            clear = command("mark_bed_clear", by="tester")
            send(client, clear)
            assert reply_to(client, clear["id"])["status"] == "done"
            wait_for_state(client, lambda s: _idle(s) and s["bed_clear"], 15, "cleared again")
            assert agent.stop() == 0, agent.log
            t0 = time.time()
            agent = AgentProcess.start(agent.tmp, mosquitto, port=printer.port)
            state = wait_for_state(client, _after(t0, _idle), 60, "idle after the restart")
            assert state["bed_clear"] is True, state
    finally:
        close(client)
        agent.stop()
        printer.stop()
        print(agent.log)


def test_a_job_refused_before_its_first_line_leaves_the_bed_clear(
    tmp_path: Path, mosquitto: MosquittoBroker
) -> None:
    """A file the agent refuses at the start (a line too long for the firmware) never
    reached the printer: the bed stays clear, after a restart too."""
    client = coordinator(mosquitto)
    agent = AgentProcess.start(tmp_path / "agent", mosquitto)
    try:
        with FileServer() as files:
            wait_for_state(client, lambda s: _idle(s) and s["bed_clear"], 30, "a clear printer")
            text = gcode(20).replace("G90\n", "G90\nM117 " + "x" * 120 + "\n")
            url, sha, size = serve(files, "too-long.gcode", text)
            start = command(
                "start_job", job_id="job-refused", sha256=sha, size=size, url=url, fencing_token=1
            )
            send(client, start)
            assert reply_to(client, start["id"], 30)["status"] == "accepted"
            assert reply_to(client, start["id"], 30)["status"] == "failed"
            assert agent.stop() == 0, agent.log
            t0 = time.time()
            agent = AgentProcess.start(agent.tmp, mosquitto)
            state = wait_for_state(client, _after(t0, _idle), 60, "idle after the restart")
            assert state["bed_clear"] is True, state
            start = _send_start(client, files, "job-next", moves=30)
            assert reply_to(client, start["id"], 60)["status"] == "done"
    finally:
        close(client)
        agent.stop()
        print(agent.log)
