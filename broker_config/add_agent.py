"""Add (or replace) a user in a Mosquitto password file, using `mosquitto_passwd`.

    python -m broker_config.add_agent shelf-1 --password-file /etc/mosquitto/printfarm/passwd
    python -m broker_config.add_agent coordinator \
        --password-file /etc/mosquitto/printfarm/coordinators.passwd

prints the generated password once (or takes one from stdin with --password-stdin).
The hash is made by Mosquitto's own tool so the format always matches the broker; the
plain password never appears on a command line (`ps` would show it): it goes into a
private temp file that `mosquitto_passwd -U` hashes in place.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from agent.wire.ids import InvalidIdError, validate_id
from broker_config import COORDINATOR_CLIENT_PREFIX, COORDINATOR_USER, HOME_ASSISTANT_USER

MOSQUITTO_PASSWD = "mosquitto_passwd"
PRODUCTION_DIR = Path("/etc/mosquitto/printfarm")


class CredentialsError(RuntimeError):
    """The credentials could not be written; the message says what to do."""


def find_mosquitto_passwd() -> str:
    """Path of `mosquitto_passwd` (Debian: /usr/bin, package `mosquitto`)."""
    found = shutil.which(MOSQUITTO_PASSWD)
    if found is None:
        raise CredentialsError(
            "mosquitto_passwd not found: install Mosquitto (Debian/Ubuntu: "
            "`apt install mosquitto`, which ships /usr/bin/mosquitto_passwd) and retry"
        )
    return found


def _hash_line(username: str, password: str) -> str:
    """`username:$7$...` as `mosquitto_passwd -U` produces it."""
    tool = find_mosquitto_passwd()
    with tempfile.TemporaryDirectory(prefix="printfarm-passwd-") as tmp:
        plain = Path(tmp) / "plain"
        fd = os.open(plain, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(f"{username}:{password}\n")
        done = subprocess.run([tool, "-U", str(plain)], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise CredentialsError(
                f"mosquitto_passwd failed ({done.returncode}): "
                f"{(done.stderr or done.stdout).strip()}"
            )
        line = plain.read_text().strip()
    if not line.startswith(f"{username}:") or line == f"{username}:{password}":
        raise CredentialsError(f"mosquitto_passwd did not hash the password: {line[:40]!r}")
    return line


def add_user(password_file: Path, username: str, password: str | None = None) -> str:
    """Write `username` with `password` (generated when None) into `password_file`,
    replacing an existing entry; returns the password. The file is replaced atomically
    and kept private (0600). Send the broker SIGHUP (`systemctl reload mosquitto`) after.
    """
    try:
        validate_id(username, "broker username")
    except InvalidIdError as e:
        raise CredentialsError(str(e)) from e
    if password is None:
        password = secrets.token_urlsafe(24)
    if not password or any(c in password for c in "\r\n"):
        raise CredentialsError("the password must be one non-empty line")
    new_line = _hash_line(username, password)
    keep: list[str] = []
    if password_file.exists():
        keep = [
            line
            for line in password_file.read_text().splitlines()
            if line.strip() and not line.startswith(f"{username}:")
        ]
    password_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = password_file.with_name(password_file.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write("\n".join([*keep, new_line]) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, password_file)
    return password


def add_agent(password_file: Path, agent_id: str, password: str | None = None) -> str:
    """Credentials for an agent: its username is its agent id (the ACL relies on it),
    and on the agents' listener its client id too."""
    check_agent_id(agent_id)
    return add_user(password_file, agent_id, password)


def check_agent_id(agent_id: str) -> None:
    """CredentialsError for a name that must not be an agent's broker identity."""
    try:
        validate_id(agent_id, "agent id")
    except InvalidIdError as e:
        raise CredentialsError(str(e)) from e
    if agent_id in (COORDINATOR_USER, HOME_ASSISTANT_USER):
        raise CredentialsError(f"{agent_id!r} is a user of its own, not an agent id; pick another")
    if agent_id.startswith(COORDINATOR_CLIENT_PREFIX):
        raise CredentialsError(
            f"agent id {agent_id!r}: ids starting with {COORDINATOR_CLIENT_PREFIX!r} are "
            "the coordinators' client ids; pick another"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m broker_config.add_agent",
        description="Add or replace an agent (or the coordinator) in a Mosquitto password file.",
    )
    parser.add_argument("name", help=f"the agent id, or {COORDINATOR_USER!r}")
    parser.add_argument(
        "--password-file",
        type=Path,
        help="default: /etc/mosquitto/printfarm/passwd for an agent, "
        "/etc/mosquitto/printfarm/coordinators.passwd for the coordinator",
    )
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )
    args = parser.parse_args(argv)
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    if args.password_file is None:
        name = "coordinators.passwd" if args.name == COORDINATOR_USER else "passwd"
        args.password_file = PRODUCTION_DIR / name
    try:
        if args.name in (COORDINATOR_USER, HOME_ASSISTANT_USER):
            password = add_user(args.password_file, args.name, password)
        else:
            password = add_agent(args.password_file, args.name, password)
    except (CredentialsError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if not args.password_stdin:
        print(password)
    print(
        f"{args.name} written to {args.password_file}; reload the broker "
        "(systemctl reload mosquitto, or send it SIGHUP)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
