"""Dangerous G-code through a real agent: `printfarm-agent run` on a virtual Marlin printer
(pty), commands over a real Mosquitto.

The test plays the coordinator. Every line of the issue's list is sent with send_gcode
and must come back refused, naming the line and the rule, while the virtual printer's
record (every command it executed) shows none of them. A harmless line sent afterwards
does reach the printer, so the record is live. Then two job files, one with `M 104 S400`
and one with `G1 X1e308`, must fail before their first line is sent, naming the file
line; and agent.toml's allow_gcode lets exactly the allowed command through.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agent.profiles import load_profile
from agent.safety import Origin, check_line
from broker_config.testing import MosquittoBroker
from tests.agent_run_helpers import (
    AgentProcess,
    close,
    command,
    coordinator,
    reply_to,
    send,
    serve,
    wait_for_state,
)
from tests.helpers.http_files import FileServer
from tests.helpers.mqtt import TestClient
from tests.vp import VirtualPrinterProcess, agent_cli
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]

MARLIN = load_profile("marlin2")
REMOTE_LINES = [
    "M0104 S400",
    "M 104 S400",
    "M104 T0 S200 S400",
    "M0140 S200",
    "M 190 S200",
    "M500",
    "M502",
    "M303 E0 S250",
    "M211 S0",
    "M302 P1",
    "M92 X1",
    "M203 X100000",
    "G1 X10 F999999",
    "M997",
    "G1 X1e308",
]


def _idle(body: dict[str, Any]) -> bool:
    return bool(body["state"] == "idle" and body["bed_clear"])


def _ask(client: TestClient, kind: str, **fields: Any) -> dict[str, Any]:
    body = command(kind, **fields)
    send(client, body)
    return reply_to(client, body["id"])


def _reaches_printer(agent: AgentProcess, client: TestClient, line: str) -> None:
    """A harmless line goes through: proof that the record is live up to here."""
    assert _ask(client, "send_gcode", line=line)["status"] == "done"
    wait_until(lambda: line in agent.executed(), 20, f"{line} in the printer's record")


def test_dangerous_send_gcode_lines_never_reach_the_printer(
    tmp_path: Path, mosquitto: MosquittoBroker
) -> None:
    agent = AgentProcess.start(tmp_path, mosquitto)
    client = coordinator(mosquitto)
    try:
        wait_for_state(client, _idle, 30, "an idle printer")
        for line in REMOTE_LINES:
            reply = _ask(client, "send_gcode", line=line)
            assert (reply["status"], reply["code"]) == ("refused", "unsafe"), reply
            assert reply["reason"].startswith(f"{line} refused: "), reply
        blocked = _ask(client, "send_gcode", line="M500")["reason"]
        assert "EEPROM writes and resets are blocked" in blocked
        assert 'allow_gcode = ["M500"]' in blocked
        _reaches_printer(agent, client, "M140 S50")
    finally:
        close(client)
        assert agent.stop() == 0, agent.log
    executed = agent.executed()
    assert not set(REMOTE_LINES) & set(executed)
    # and nothing over a limit or blocked, whatever its spelling
    assert [line for line in executed if check_line(line, MARLIN, origin=Origin.JOB)] == []


def _start(files: FileServer, job_id: str, text: str) -> dict[str, Any]:
    url, sha, size = serve(files, f"{job_id}.gcode", text)
    return command("start_job", job_id=job_id, sha256=sha, size=size, url=url, fencing_token=1)


def _job_fails(client: TestClient, start: dict[str, Any]) -> dict[str, Any]:
    send(client, start)
    first = reply_to(client, start["id"], 30)
    final = first if first["status"] != "accepted" else reply_to(client, start["id"], 60)
    assert (final["status"], final["code"]) == ("failed", "unsafe"), final
    return final


def test_a_job_with_an_over_limit_or_absurd_line_fails_before_it_starts(
    tmp_path: Path, mosquitto: MosquittoBroker
) -> None:
    agent = AgentProcess.start(tmp_path, mosquitto)
    client = coordinator(mosquitto)
    hot = "G28\nG90\nM83\nM 104 S400\nG1 X10 Y10 E1 F1800\n"
    far = "G28\nG90\nG1 X10 Y10 F1800\nG1 X1e308 Y10\nG1 X20 Y20\n"
    try:
        with FileServer() as files:
            wait_for_state(client, _idle, 30, "an idle printer")
            reason = _job_fails(client, _start(files, "hot-job", hot))["reason"]
            assert reason.startswith("file line 4: M 104 S400 refused: hotend maximum"), reason
            reason = _job_fails(client, _start(files, "far-job", far))["reason"]
            assert reason.startswith("file line 4: G1 X1e308 Y10 refused: X1e308 is not"), reason
            # nothing was printed, so the bed is still clear: the next job starts
            good = _start(files, "good-job", "G28\nG1 X5 Y5 F1800\n")
            send(client, good)
            assert reply_to(client, good["id"], 30)["status"] == "accepted"
            assert reply_to(client, good["id"], 60)["status"] == "done"
            wait_until(lambda: "G1 X5 Y5 F1800" in agent.executed(), 30, "the good job")
    finally:
        close(client)
        assert agent.stop() == 0, agent.log
    executed = agent.executed()
    assert executed.count("G28") == 1  # the good job's: not one line of the others went out
    assert not {"M 104 S400", "G1 X1e308 Y10", "G1 X10 Y10 F1800"} & set(executed)


def test_agent_toml_allows_a_blocked_command_for_its_printer(
    tmp_path: Path, mosquitto: MosquittoBroker
) -> None:
    agent = AgentProcess.start(tmp_path, mosquitto, printer_extra='allow_gcode = ["M500"]')
    client = coordinator(mosquitto)
    try:
        wait_for_state(client, _idle, 30, "an idle printer")
        refused = _ask(client, "send_gcode", line="M502")
        assert (refused["status"], refused["code"]) == ("refused", "unsafe")
        assert '[[printers]] entry with id = "p1"' in refused["reason"]
        _reaches_printer(agent, client, "M500")
    finally:
        close(client)
        assert agent.stop() == 0, agent.log
    assert "M502" not in agent.executed()


def test_printfarm_agent_print_refuses_a_blocked_command_unless_allowed(tmp_path: Path) -> None:
    """The command line has no agent.toml: --allow-gcode is its local allow list."""
    path = tmp_path / "eeprom.gcode"
    path.write_text("G28\nM500\nG1 X10 Y10 F1800\n")
    printer = VirtualPrinterProcess(tmp_path, "--speed", "50")
    try:
        refused = agent_cli("print", str(path), "--port", printer.port, "--profile", "marlin2")
        output = refused.stdout + refused.stderr
        assert refused.returncode == 2, output
        assert "file line 2: M500 refused: EEPROM writes and resets are blocked" in output
        assert "printfarm-agent print --allow-gcode M500" in output
        bad = agent_cli("print", str(path), "--port", printer.port, "--allow-gcode", "M5 00")
        assert bad.returncode == 2
        assert "--allow-gcode" in bad.stdout + bad.stderr
        assert "Traceback" not in bad.stdout + bad.stderr
        allowed = agent_cli(
            "print", str(path), "--port", printer.port, "--profile", "marlin2",
            "--allow-gcode", "M500",
        )  # fmt: skip
        assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    finally:
        printer.stop()
    assert printer.executed().count("M500") == 1  # only from the allowed run
