"""Real processes for the coordinator's fault tests: `printfarm coordinator` against the
test Mosquitto, and `printfarm-agent run` processes each driving one virtual printer.

Job files carry a unique `M117 pfjob <n>` line; the virtual printers record every
command they execute, so `printed_counts` proves how often each job really printed.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from broker_config.testing import MosquittoBroker
from coordinator.client import FarmClient
from coordinator.samples import short_segments
from coordinator.views import JobOut
from tests.helpers.accounts import admin_client, admin_password_file
from tests.waiting import wait_until

MARK_RE = re.compile(r"M117 pfjob (\d+)")


def job_file(folder: Path, n: int, lines: int = 200) -> Path:
    path = folder / f"job-{n}.gcode"
    body = short_segments(lines)
    path.write_text("\n".join(["G28", f"M117 pfjob {n}", *body]) + "\n")
    return path


def insert_line(path: Path, index: int, line: str) -> None:
    """Put `line` into the file before its line number `index + 1`."""
    lines = path.read_text().splitlines()
    lines.insert(index, line)
    path.write_text("\n".join(lines) + "\n")


def _spawn(argv: list[str], log: Path, **env: str) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            argv, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "COLUMNS": "120", **env}
        )


def _without_db(args: tuple[str, ...]) -> tuple[list[str], str | None]:
    """`args` without `--db URL`, and that URL."""
    rest, db_url = list(args), None
    if "--db" in rest:
        at = rest.index("--db")
        db_url = rest[at + 1]
        del rest[at : at + 2]
    return rest, db_url


@dataclass
class CoordinatorProcess:
    data: Path
    broker_url: str
    # 0: the OS picks a free one at the first start (no check-then-bind race with other
    # test processes); a restart reuses it, as a restarted coordinator would.
    http_port: int = 0
    extra_args: tuple[str, ...] = ()  # e.g. ("--db", url, "--files", folder)
    proc: subprocess.Popen[bytes] | None = None

    def start(self) -> FarmClient:
        info = self.data / "coordinator.json"
        info.unlink(missing_ok=True)
        # URLs (and their passwords) go in the environment: the command line refuses them.
        args, db_url = _without_db(self.extra_args)
        secrets = {"PRINTFARM_DB_URL": db_url} if db_url else {}
        self.proc = _spawn(
            [sys.executable, "-c", "from coordinator.cli import app; app()", "coordinator",
             "--data", str(self.data), "--http-port", str(self.http_port), "--settle", "3",
             "--admin-password-file", str(admin_password_file(self.data.parent)), *args],
            self.data.parent / f"{self.data.name}.log",
            PRINTFARM_BROKER_URL=self.broker_url,
            **secrets,
        )  # fmt: skip
        wait_until(lambda: info.exists() or self.proc.poll() is not None, 60, "coordinator up")  # type: ignore[union-attr]
        assert self.proc.poll() is None, self.log
        api_url = json.loads(info.read_text())["api_url"]
        self.http_port = int(api_url.rsplit(":", 1)[1].split("/", 1)[0])
        client = admin_client(api_url, self.data.parent)
        wait_until(lambda: client.health().broker.ok, 30, "coordinator connected")
        return client

    @property
    def log(self) -> str:
        return (self.data.parent / f"{self.data.name}.log").read_text(errors="replace")

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(20)


@dataclass
class AgentProcess:
    folder: Path
    agent_id: str
    proc: subprocess.Popen[bytes] | None = None

    @classmethod
    def configure(
        cls,
        tmp: Path,
        broker: MosquittoBroker,
        agent_id: str,
        *,
        speed: float = 200,
        more_printers: str = "",  # further [[printers]] entries, as TOML
        tls_ca: Path | None = None,  # the broker speaks TLS with a certificate from this CA
    ) -> AgentProcess:
        creds = broker.agents.get(agent_id) or broker.add_agent(agent_id)
        folder = tmp / agent_id
        folder.mkdir(parents=True, exist_ok=True)
        tls = f'[broker.tls]\nca_file = "{tls_ca}"\n\n' if tls_ca is not None else ""
        (folder / "agent.toml").write_text(
            f"""[agent]
id = "{agent_id}"
data_dir = "data"

[broker]
host = "{broker.host}"
port = {broker.port}
password = "{creds.password}"
reconnect_min_s = 1
reconnect_max_s = 2

{tls}[rates]
telemetry_s = 0.5
poll_s = 0.05

[[printers]]
id = "vp"
virtual = {{ dialect = "marlin", speed = {speed}, record = "executed.gcode" }}
material = "PLA"
nozzle_diameter = 0.4
"""
            + more_printers
        )
        return cls(folder, agent_id)

    def start(self) -> AgentProcess:
        self.proc = _spawn(
            [sys.executable, "-c", "from agent.cli import app; app()", "run",
             "--config", str(self.folder / "agent.toml")],
            self.folder / "agent.log",
        )  # fmt: skip
        return self

    @property
    def key(self) -> str:
        return f"{self.agent_id}/vp"

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)

    def printed(self) -> Counter[int]:
        record = self.folder / "executed.gcode"
        text = record.read_text(errors="replace") if record.exists() else ""
        return Counter(int(n) for n in MARK_RE.findall(text))


def printed_counts(agents: list[AgentProcess]) -> Counter[int]:
    total: Counter[int] = Counter()
    for agent in agents:
        total.update(agent.printed())
    return total


def start_printing(client: FarmClient, folder: Path, n: int, lines: int) -> JobOut:
    """Once a printer is online, submit job `n` and wait until it prints."""
    wait_until(lambda: any(p.online for p in client.printers()), 30, "the printer online")
    job = client.submit(job_file(folder, n, lines=lines))[0]
    wait_until(lambda: client.job(job.id).state == "printing", 30, "printing")
    return job


def coordinator_url(broker: MosquittoBroker) -> str:
    return broker.coordinator_url()


FINAL_STATES = frozenset({"done", "failed", "cancelled", "interrupted"})


def final_state(client: FarmClient, job_id: str) -> tuple[str, str]:
    """(state, message) once the job has ended (90 s at most)."""
    wait_until(lambda: client.job(job_id).state in FINAL_STATES, 90, f"job {job_id} to end")
    job = client.job(job_id)
    return job.state, job.message or ""


def printer_record(agent: AgentProcess) -> list[str]:
    """What the agent's virtual printer executed (complete once the agent stopped)."""
    record = agent.folder / "executed.gcode"
    return record.read_text().splitlines() if record.exists() else []
