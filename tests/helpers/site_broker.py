"""A central broker and a site broker bridged to it, as `printfarm site broker-config` writes.

The central broker is the test Mosquitto with the listeners `printfarm certs init` prints
(agents, and here the bridge, known by their certificate) and the bridge's ACL entry.
The site broker runs the generated mosquitto.conf unchanged, on a free loopback port;
its agents log in with passwords over TLS. Between the bridge and the central broker
sits a TcpProxy: the WAN a test can cut.
"""

from __future__ import annotations

import getpass
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from broker_config.add_agent import add_agent, add_user
from broker_config.bridge import central_acl_lines
from broker_config.testing import (
    AGENT_PASSWD,
    BrokerStartError,
    Credentials,
    MosquittoBroker,
    find_mosquitto,
    free_port,
    wait_for_port,
)
from coordinator.cli import app
from coordinator.pki.farm import FarmCerts, init_farm
from coordinator.pki.site_certs import add_site
from tests.helpers.tcp_proxy import TcpProxy

HOST = "127.0.0.1"


def site_farm(folder: Path, site: str) -> FarmCerts:
    """The farm's CA and certificates, and the site's (`certs init`, `certs add-site`)."""
    farm = init_farm(folder, [HOST, "localhost"])
    add_site(folder, site, [HOST])
    return farm


def start_central(workdir: Path, farm: FarmCerts, site: str, agents: list[str]) -> MosquittoBroker:
    return MosquittoBroker.start(
        workdir, agents=(), tls=farm.broker_tls(), agent_certificates=True,
        acl_lines=tuple(central_acl_lines(site, tuple(agents))),
    )  # fmt: skip


def broker_config(
    site: str, farm: FarmCerts, central: str, agents: list[str], *, out: Path, port: int
) -> str:
    """Run `printfarm site broker-config`; returns its output (AssertionError on failure)."""
    args = ["site", "broker-config", site, "--central", central, "--certs", str(farm.folder),
            "--out", str(out), "--port", str(port), "--bind", HOST,
            "--run-as", getpass.getuser()]  # fmt: skip
    for agent in agents:
        args += ["--agent", agent]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 0, done.output
    return done.output


@dataclass
class SiteBroker:
    """The site's Mosquitto from the generated folder; `broker` describes it for the
    test clients and AgentProcess (agents' listener = `broker.port`)."""

    folder: Path
    broker: MosquittoBroker
    process: subprocess.Popen[bytes] | None = None

    @classmethod
    def generate(
        cls, folder: Path, site: str, farm: FarmCerts, central: str, agents: list[str]
    ) -> SiteBroker:
        port = free_port(HOST)
        broker_config(site, farm, central, agents, out=folder, port=port)
        creds = {a: Credentials(a, add_agent(folder / AGENT_PASSWD, a)) for a in agents}
        # An observer for the tests: the ACL lets `coordinator` read everything.
        observer = Credentials("coordinator", add_user(folder / AGENT_PASSWD, "coordinator"))
        broker = MosquittoBroker(HOST, port, port, folder, observer, creds)
        return cls(folder, broker)

    @classmethod
    def launch(
        cls, folder: Path, site: str, farm: FarmCerts, central: str, agents: list[str]
    ) -> SiteBroker:
        """`generate` then `start`, on a new free port when another process took the one
        probed before Mosquitto could bind it (as MosquittoBroker.start does)."""
        for _attempt in range(3):
            site_broker = cls.generate(folder, site, farm, central, agents)
            try:
                return site_broker.start()
            except BrokerStartError as e:
                site_broker.stop()  # a Mosquitto that timed out is not left running
                failure = e
        raise failure

    def start(self) -> SiteBroker:
        with (self.folder / "mosquitto.log").open("ab") as log:
            self.process = subprocess.Popen(
                [find_mosquitto(), "-c", str(self.folder / "mosquitto.conf")],
                stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        self.broker.process = self.process
        if not wait_for_port(HOST, self.broker.port, time.monotonic() + 30, self.process):
            raise BrokerStartError(f"the site broker did not start:\n{self.broker.log[-3000:]}")
        return self

    def stop(self) -> None:
        self.broker.stop()


def wan(central: MosquittoBroker) -> TcpProxy:
    """The proxy the bridge goes through to the central broker's agents' listener."""
    return TcpProxy.start((HOST, central.port))
