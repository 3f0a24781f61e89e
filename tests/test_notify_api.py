"""The notification settings over real HTTP: a user sets their own Apprise URLs and reads
them back redacted (the webhook's token never comes back, not even in a refusal); an
unknown scheme is refused; only an admin reads or sets the farm's; nobody anonymous.
`printfarm notify` does the same from a file of URLs (never from its arguments)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role, Scope
from coordinator.notify.tables import FARM
from coordinator.notify.targets import Targets
from tests.coordinator_harness import running_coordinator
from tests.helpers.api_server import api_server

pytestmark = pytest.mark.mqtt

SECRET = "Zq81secretWebhookToken"
MINE = f"json://hooks.example:8443/notify/{SECRET}"
DISCORD = f"discord://1234567890/{SECRET}"


def test_notification_urls_are_kept_and_shown_redacted(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as server:
        ann = {"Authorization": f"Bearer {server.add_user('ann', Role.MEMBER, Scope.READ)}"}
        admin = {"Authorization": f"Bearer {server.add_user('root', Role.ADMIN)}"}
        with httpx.Client(base_url=server.url, timeout=10) as http:
            assert http.get("/notifications").status_code == 401
            put = http.put("/notifications", json={"urls": [MINE, DISCORD]}, headers=ann)
            assert put.status_code == 200, put.text
            shown = http.get("/notifications", headers=ann)
            bad = http.put("/notifications", json={"urls": [f"nope://{SECRET}"]}, headers=ann)
            refused = http.put("/settings/notifications", json={"urls": [MINE]}, headers=ann)
            farm = http.put(
                "/settings/notifications",
                json={"urls": [DISCORD], "offline_after_min": 15},
                headers=admin,
            )
            farm_shown = http.get("/settings/notifications", headers=admin)
            audit = http.get("/audit", headers=admin)
        stored = Targets(ops.c.store)
        assert stored.urls("ann") == [MINE, DISCORD]  # kept whole: they are what is sent
        assert stored.urls(FARM) == [DISCORD]
        assert stored.offline_after_s() == 15 * 60

    assert len(shown.json()["urls"]) == 2
    assert shown.json()["urls"][0].startswith("json://hooks.example:8443/")
    assert shown.json()["urls"][1].startswith("discord://")
    assert bad.status_code == 422
    assert refused.status_code == 403
    assert farm.status_code == 200
    assert farm_shown.json()["offline_after_min"] == 15
    for text in (put.text, shown.text, bad.text, farm.text, farm_shown.text, audit.text):
        assert SECRET not in text


def _printfarm(args: list[str], token: str, api: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PRINTFARM_TOKEN=token, PRINTFARM_API=api, COLUMNS="200")
    cli = [sys.executable, "-c", "from coordinator.cli import app; app()"]
    run = [*cli, *args]
    return subprocess.run(run, check=False, env=env, capture_output=True, text=True, timeout=60)


def test_printfarm_notify_reads_urls_from_a_file(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# mine\n{MINE}\n\n{DISCORD}\n")
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as server:
        ann = server.add_user("ann", Role.MEMBER)
        admin = server.add_user("root", Role.ADMIN)
        mine = _printfarm(["notify", "--set", str(urls)], ann, server.url)
        shown = _printfarm(["notify"], ann, server.url)
        farm = _printfarm(
            ["notify", "--farm", "--set", str(urls), "--offline-after", "5"], admin, server.url
        )
        refused = _printfarm(["notify", "--farm"], ann, server.url)
        stored = Targets(ops.c.store)
        assert stored.urls("ann") == [MINE, DISCORD]
        assert stored.offline_after_s() == 5 * 60
    assert mine.returncode == 0, mine.stderr
    assert "notifications for you: 2 URLs" in shown.stdout
    assert "json://hooks.example:8443/" in shown.stdout
    assert farm.returncode == 0, farm.stderr
    assert "offline for 5 min" in farm.stdout
    assert refused.returncode == 1
    for run in (mine, shown, farm, refused):
        assert SECRET not in run.stdout + run.stderr
