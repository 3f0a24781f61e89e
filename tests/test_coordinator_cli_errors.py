"""Bad input at `printfarm` gets a clear message and never a traceback.

Argument errors go through typer's CliRunner; everything that needs a coordinator runs
the real CLI in a child process against a real `printfarm coordinator` process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from broker_config.testing import MosquittoBroker, free_port
from coordinator.cli import app
from tests.farm_processes import CoordinatorProcess, coordinator_url, job_file
from tests.helpers.accounts import admin_client, admin_password_file

pytestmark = pytest.mark.mqtt
JOB_STATES = ("queued", "assigned", "printing", "paused", "done", "failed", "cancelled")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from coordinator.cli import app; app()", *args],
        capture_output=True, text=True, timeout=60, check=False,
        env=dict(os.environ, COLUMNS="200"),
    )  # fmt: skip


def _refused(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    """A failed command: exit status 1 or 2, no traceback, every needle in its output."""
    out = result.stdout + result.stderr
    assert result.returncode in (1, 2), out
    assert "Traceback" not in out, out
    for needle in needles:
        assert needle in out, out
    return out


@pytest.fixture
def api(
    tmp_path: Path, mosquitto: MosquittoBroker, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A running coordinator, and the CLI signed in to it as admin (`printfarm login`)."""
    coordinator = CoordinatorProcess(tmp_path / "coord", coordinator_url(mosquitto))
    client = coordinator.start()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    password = admin_password_file(tmp_path)
    login = _cli("login", "--password-file", str(password), "--api", client.base_url)
    assert login.returncode == 0, login.stdout + login.stderr
    assert "as admin (admin, scope admin)" in login.stdout, login.stdout
    try:
        yield client.base_url
    finally:
        client.close()
        coordinator.stop()


def test_unknown_state_lists_the_valid_ones() -> None:
    result = CliRunner().invoke(app, ["jobs", "--state", "nosuch", "--api", "http://127.0.0.1:9"])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    for state in JOB_STATES:
        assert state in result.output, result.output


def test_clear_without_agent_says_agent_slash_printer() -> None:
    result = CliRunner().invoke(app, ["clear", "pla-06", "--api", "http://127.0.0.1:9"])
    assert result.exit_code == 2, result.output
    assert "agent/printer" in result.output, result.output
    assert "Traceback" not in result.output


def test_a_coordinator_that_is_not_running() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    _refused(_cli("jobs", "--api", url), "cannot reach the coordinator", url)
    _refused(_cli("jobs", "--api", "not a url"), "cannot reach the coordinator")


@pytest.mark.slow
def test_bad_input_against_a_running_coordinator(api: str, tmp_path: Path) -> None:
    paused = _cli("jobs", "--state", "paused", "--api", api)
    assert paused.returncode == 0, paused.stdout + paused.stderr
    for action in ("pause", "resume", "cancel", "requeue"):
        _refused(_cli(action, "nosuch", "--api", api), "no job 'nosuch'")
    _refused(_cli("clear", "agent-1/nosuch", "--api", api), "no printer 'agent-1/nosuch'")
    _refused(_cli("clear", "pla-06", "--api", api), "agent/printer")

    submitted = _cli("submit", str(job_file(tmp_path, 1)), "--api", api)
    assert submitted.returncode == 0, submitted.stderr
    with admin_client(api, tmp_path) as client:
        job_id = client.jobs()[0].id
    listed = _cli("jobs", "--api", api)
    assert "waiting: no printer has connected yet" in listed.stdout, listed.stdout
    assert _cli("cancel", job_id, "--api", api).returncode == 0
    first = _cli("requeue", job_id, "--api", api)
    assert first.returncode == 0, first.stderr
    assert f"as {job_id}-r1" in first.stdout
    _refused(_cli("requeue", job_id, "--api", api), f"already re-queued as {job_id}-r1")
    _refused(_cli("pause", f"{job_id}-r1", "--api", api), "only a printing job can pause")
