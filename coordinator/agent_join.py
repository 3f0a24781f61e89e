"""Join codes for agents of a LAN coordinator: the agent's broker password, made the way
`printfarm lan-agent` makes it, and where to reach the broker and the API, in one secret.

    printfarm agent-join shelf-1 > shelf-1.join      # admin; the code is printed once
    printfarm-agent setup --join-code-file shelf-1.join   # on the Pi

Only a coordinator that runs its own broker (`--lan`) keeps the broker's passwords; one
using an external broker answers 409 and says how to add the agent there. Issuing a code
again for the same agent replaces its password (the old code and agent.toml stop working).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

import typer

from agent.setup.join_code import JoinCode
from coordinator.lan import add_lan_agent


class JoinUnavailableError(RuntimeError):
    """This coordinator cannot issue join codes (it does not run the agents' broker)."""


@dataclass
class JoinIssuer:
    """Issues join codes for the embedded LAN broker in `workdir`."""

    workdir: Path
    broker_host: str  # as agents on other machines reach it
    broker_port: int
    api_url: str
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def for_lan(cls, workdir: Path, broker_port: int, public_url: str) -> JoinIssuer:
        # Agents reach the broker on the machine they reach the API on.
        host = urlsplit(public_url).hostname or "127.0.0.1"
        return cls(workdir, host, broker_port, public_url)

    def issue(self, agent_id: str) -> JoinCode:
        """A new password for `agent_id` (CredentialsError for a bad id) in a join code."""
        with self._lock:  # the password file is read, changed and replaced
            path = add_lan_agent(self.workdir, agent_id)
        password = path.read_text(encoding="utf-8").strip()
        return JoinCode(
            agent_id=agent_id, broker_host=self.broker_host, broker_port=self.broker_port,
            password=password, api_url=self.api_url,
        )  # fmt: skip


def agent_join(
    agent_id: Annotated[str, typer.Argument(help="The new agent's id (its broker username)")],
    api: Annotated[
        str,
        typer.Option("--api", envvar="PRINTFARM_API", help="The coordinator's HTTP API"),
    ] = "http://127.0.0.1:8080",
) -> None:
    """A one-time join code for a new agent (admin): printed once on stdout; give it to
    `printfarm-agent setup --join-code-file FILE` (or its prompt). It is a secret."""
    from coordinator.accounts.cli import signed_in

    with signed_in(api) as client:
        answer = client.call("agent_join", path={"agent_id": agent_id})
    typer.echo(answer["join_code"])
    typer.echo(
        f"join code for agent {agent_id} (broker {answer['broker']}): keep it secret; "
        "issuing another replaces this one",
        err=True,
    )
