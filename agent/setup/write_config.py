"""agent.toml from a join code and the printers found, checked by the agent's own loader
before anything is written; the broker password goes into a private file beside it.

Files are created with mode 600 through a temporary name and renamed into place, so a
crash never leaves half a config, and an existing file is kept unless `force`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from agent.config import AgentConfig, parse_config
from agent.setup.join_code import JoinCode
from agent.setup.probe import Probe

PASSWORD_FILE = "broker.password"
CA_FILE = "broker-ca.pem"


class SetupFileError(RuntimeError):
    """A file that must not be replaced exists, or cannot be written."""


@dataclass(frozen=True)
class Written:
    config: AgentConfig
    files: tuple[Path, ...]


def _q(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's for these characters)."""
    return json.dumps(text, ensure_ascii=False)


def printer_id(profile: str, taken: set[str]) -> str:
    n = 1
    while f"{profile}-{n}" in taken:
        n += 1
    return f"{profile}-{n}"


def render(join: JoinCode, printers: list[Probe], baud: int) -> str:
    """The TOML text (no secret in it: the password is in PASSWORD_FILE)."""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"# Written by `printfarm-agent setup` on {when} (join code for {join.agent_id}).",
        f"# Coordinator API: {join.api_url}",
        "",
        "[agent]",
        f"id = {_q(join.agent_id)}",
        'data_dir = "agent-data"',
        "",
        "[broker]",
        f"host = {_q(join.broker_host)}",
        f"port = {join.broker_port}",
        f"password_file = {_q(PASSWORD_FILE)}  # mode 600, from the join code",
    ]
    if join.broker_tls:
        lines += ["", "[broker.tls]"]
        if join.ca_pem:
            lines.append(f"ca_file = {_q(CA_FILE)}")
    taken: set[str] = set()
    for found in printers:
        if found.profile is None:  # never answered: nothing to propose
            continue
        pid = printer_id(found.profile, taken)
        taken.add(pid)
        lines += [
            "",
            "[[printers]]",
            f"# {found.firmware_name or 'unnamed firmware'}: {found.verdict_line}",
            f"# proposed: {found.reason}",
            f"id = {_q(pid)}",
            f"port = {_q(found.port)}",
            f"baud = {baud}",
            f"profile = {_q(found.profile)}",
        ]
        if found.send_window is not None:
            lines.append(f"send_window = {found.send_window}")
    return "\n".join(lines) + "\n"


def _write_private(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)


def write(config_path: Path, join: JoinCode, printers: list[Probe], baud: int,
          force: bool = False) -> Written:  # fmt: skip
    """Validate, then write agent.toml, the password file and the CA (if any)."""
    folder = config_path.resolve().parent
    text = render(join, printers, baud)
    config = parse_config(text, str(config_path), folder)  # ConfigError: nothing written
    targets = {config_path: text, folder / PASSWORD_FILE: join.password + "\n"}
    if join.broker_tls and join.ca_pem:
        targets[folder / CA_FILE] = join.ca_pem
    existing = [str(p) for p in targets if p.exists()]
    if existing and not force:
        raise SetupFileError(f"{', '.join(existing)} already exist(s): pass --force to replace")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path, content in targets.items():
            _write_private(path, content)
    except OSError as e:
        raise SetupFileError(f"cannot write {e.filename}: {e.strerror}") from e
    return Written(config, tuple(targets))
