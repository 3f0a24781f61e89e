"""A member, an operator and an admin each do their job from the CLI, over HTTPS, audited.

The real `printfarm coordinator` serves https with the certificate `certs init` made; the
real `printfarm` CLI runs as three people (each with their own config folder, where
`printfarm login` keeps their token), trusting the farm's CA through SSL_CERT_FILE.
"""

from __future__ import annotations

import os
import re
import ssl
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from coordinator.pki.authority import pair_paths
from coordinator.pki.farm import init_farm
from tests.farm_processes import job_file
from tests.helpers.accounts import admin_password_file
from tests.helpers.coordinator_process import StartCoordinator, api_up, info, run_coordinator
from tests.helpers.parallel import DEFAULT_BROKER_PORT
from tests.waiting import wait_until

__all__ = ["run_coordinator"]
pytestmark = [pytest.mark.mqtt, pytest.mark.slow]
ONE_TIME = re.compile(r"one-time password: (\S+)")


class Person:
    def __init__(self, name: str, api: str, ca: Path, home: Path) -> None:
        self.name, self.api = name, api
        self.env = {**os.environ, "COLUMNS": "250", "SSL_CERT_FILE": str(ca),
                    "XDG_CONFIG_HOME": str(home / name)}  # fmt: skip

    def run(self, *args: str, ok: bool = True) -> str:
        done = subprocess.run(
            [sys.executable, "-c", "from coordinator.cli import app; app()", *args,
             "--api", self.api],
            capture_output=True, text=True, timeout=60, check=False, env=self.env,
        )  # fmt: skip
        out = done.stdout + done.stderr
        assert (done.returncode == 0) == ok, f"{self.name} {args}: {done.returncode}\n{out}"
        assert "Traceback" not in out, out
        return out

    def login(self, password: str, folder: Path) -> None:
        secret = folder / f"{self.name}.password"
        secret.write_text(password + "\n")
        self.run("login", "--user", self.name, "--password-file", str(secret))


@DEFAULT_BROKER_PORT
def test_three_roles_over_https_with_an_audit_trail(
    run_coordinator: StartCoordinator, tmp_path: Path
) -> None:
    farm = init_farm(tmp_path / "certs", coordinator_hosts=["127.0.0.1"])
    cert, key = pair_paths(farm.stem("https"))
    coordinator = run_coordinator(["--tls-cert", str(cert), "--tls-key", str(key)])
    wait_until(lambda: api_up(coordinator), 60, "the API")
    api = info(coordinator)["api_url"]
    assert api.startswith("https://")

    admin = Person("admin", api, farm.ca_cert, tmp_path / "homes")
    admin.login(admin_password_file(tmp_path).read_text().strip(), tmp_path)
    people = {}
    for name, role in (("olga", "operator"), ("ann", "member")):
        found = ONE_TIME.search(admin.run("user", "add", name, "--role", role))
        assert found
        people[name] = Person(name, api, farm.ca_cert, tmp_path / "homes")
        people[name].login(found.group(1), tmp_path)
    ann, olga = people["ann"], people["olga"]

    queued = ann.run("submit", str(job_file(tmp_path, 1)))
    job_id = re.search(r"│ ([0-9a-f]{16}) ", queued)
    assert job_id, queued
    job = job_id.group(1)
    assert "may not" in ann.run("clear", "agent-1/vp", ok=False)
    assert "may not" in ann.run("audit", ok=False)
    assert "may not" in olga.run("user", "add", "mallory", "--role", "admin", ok=False)
    assert "cancelled" in olga.run("cancel", job)
    trail = admin.run("audit")
    for who, action in (("admin", "add_user"), ("ann", "submit_job"), ("ann", "clear_bed"),
                        ("olga", "add_user"), ("olga", "cancel_job")):  # fmt: skip
        assert re.search(rf"{who}\s+│ 127\.0\.0\.1\s+│ {action}", trail), trail
    assert re.search(r"olga\s+│ 127\.0\.0\.1\s+│ add_user .* refused 403", trail), trail

    # A browser over https gets a session cookie only a secure page can send back.
    trust = ssl.create_default_context(cafile=str(farm.ca_cert))
    with httpx.Client(base_url=api, verify=trust) as browser:
        password = admin_password_file(tmp_path).read_text().strip()
        signed_in = browser.post("/auth/login", json={"username": "admin", "password": password})
        assert signed_in.status_code == 200
        assert "secure" in signed_in.headers["set-cookie"].lower()
