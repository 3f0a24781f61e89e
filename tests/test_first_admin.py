"""A fresh farm makes its admin on first start, with nothing to type: a one-time password
on the terminal and in a file only its owner reads; never again once users exist, and
never in a process's arguments."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest

from coordinator.accounts.models import Role
from coordinator.client import FarmClient
from coordinator.serve import INFO_FILE, INITIAL_ADMIN_PASSWORD
from tests.helpers.coordinator_process import StartCoordinator, api_up, info, run_coordinator
from tests.helpers.parallel import DEFAULT_BROKER_PORT
from tests.waiting import wait_until

__all__ = ["run_coordinator"]
pytestmark = [pytest.mark.mqtt, pytest.mark.slow]
ONE_TIME = re.compile(r"created user admin, one-time password (\S+) ")


@DEFAULT_BROKER_PORT
def test_first_start_creates_admin_once(run_coordinator: StartCoordinator, tmp_path: Path) -> None:
    data = tmp_path / "farm"
    first = run_coordinator([], data=data, admin_file=False)
    wait_until(lambda: api_up(first), 60, "the coordinator's API")
    found = ONE_TIME.search(first.output)
    assert found, first.output
    password = found.group(1)
    kept = data / INITIAL_ADMIN_PASSWORD
    assert kept.read_text().strip() == password
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert not any(password in line for line in first.command_lines())
    client, token = FarmClient.login(info(first)["api_url"], "admin", password)
    with client:
        member = client.add_user("ann", Role.MEMBER)
        assert client.users()[0].role == Role.ADMIN
    assert first.stop() == 0
    assert token not in first.output
    assert member.password not in first.output

    (data / INFO_FILE).unlink()  # the first one's address: wait for the second's
    second = run_coordinator([], data=data, admin_file=False)
    wait_until(lambda: api_up(second), 60, "the restarted coordinator's API")
    assert "one-time password" not in second.output
    with FarmClient.login(info(second)["api_url"], "ann", member.password)[0] as ann:
        assert ann.call("me")["role"] == "member"
