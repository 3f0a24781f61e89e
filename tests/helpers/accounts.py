"""The tests' admin: one password per test folder, given to every coordinator started there
(`--admin-password-file`), and a client signed in with it."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

from coordinator.client import FarmClient

ADMIN = "admin"


def admin_password_file(folder: Path) -> Path:
    path = folder / "admin-password"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(16) + "\n")
        path.chmod(0o600)
    return path


def admin_client(api_url: str, folder: Path) -> FarmClient:
    """A client signed in as the admin of the coordinator started with this folder's file."""
    password = admin_password_file(folder).read_text().strip()
    client, _token = FarmClient.login(api_url, ADMIN, password)
    return client


def agent_join(api_url: str, folder: Path, agent_id: str) -> tuple[str, str]:
    """`printfarm agent-join AGENT_ID` as the admin (token in the environment, never in the
    arguments): its stdout (the join code) and its stderr."""
    password = admin_password_file(folder).read_text().strip()
    client, token = FarmClient.login(api_url, ADMIN, password)
    client.close()
    done = subprocess.run(
        [sys.executable, "-c", "from coordinator.cli import app; app()",
         "agent-join", agent_id, "--api", api_url],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "PRINTFARM_TOKEN": token},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr
