"""The production mosquitto.conf really starts (TLS, ACL), and add_agent behaves."""

from __future__ import annotations

import getpass
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from broker_config import AGENT_PORT, COORDINATOR_PORT, PRODUCTION_CONF
from broker_config.add_agent import CredentialsError, add_agent, add_user, main
from broker_config.listeners import (
    Listener,
    TlsFiles,
    agent_listener,
    coordinator_listener,
    global_lines,
)
from broker_config.testing import (
    Credentials,
    MosquittoBroker,
    find_mosquitto,
    free_port,
    wait_for_port,
)
from tests.helpers.mqtt import TestClient

pytestmark = pytest.mark.mqtt

PROD_DIR = "/etc/mosquitto/printfarm/"


def _self_signed(certs: Path) -> None:
    certs.mkdir(parents=True)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(certs / "server.key"), "-out", str(certs / "server.crt")],
        check=True, capture_output=True,
    )  # fmt: skip
    (certs / "ca.crt").write_bytes((certs / "server.crt").read_bytes())


def _production_broker(tmp_path: Path) -> MosquittoBroker:
    """The shipped file, with only its paths and ports moved into a temp dir."""
    text = PRODUCTION_CONF.read_text()
    port, coordinator_port = free_port(), free_port()
    text = text.replace(PROD_DIR, f"{tmp_path}/").replace("listener 8883", f"listener {port}")
    text = text.replace("listener 8884", f"listener {coordinator_port}")
    text = text.replace("/var/lib/mosquitto/", f"{tmp_path}/")
    (tmp_path / "acl").write_text((PRODUCTION_CONF.parent / "acl").read_text())
    _self_signed(tmp_path / "certs")
    agent = Credentials("shelf-1", add_agent(tmp_path / "passwd", "shelf-1"))
    coordinator = Credentials(
        "coordinator", add_user(tmp_path / "coordinators.passwd", "coordinator")
    )
    conf = tmp_path / "mosquitto.conf"
    conf.write_text(text + f"\nuser {getpass.getuser()}\n")  # as root: no drop to `mosquitto`
    with (tmp_path / "log").open("wb") as log:
        proc = subprocess.Popen([find_mosquitto(), "-c", str(conf)], stdout=log, stderr=log)
    deadline = time.monotonic() + 10
    for p in (port, coordinator_port):
        assert wait_for_port("127.0.0.1", p, deadline, proc), (tmp_path / "log").read_text()
    broker = MosquittoBroker(
        "127.0.0.1", port, coordinator_port, tmp_path, coordinator, {"shelf-1": agent}
    )
    broker.process = proc
    return broker


def _tls_client(broker: MosquittoBroker, creds: Credentials, client_id: str) -> TestClient:
    client = TestClient(broker, creds, client_id)
    client.client.tls_set(ca_certs=str(broker.workdir / "certs" / "ca.crt"))
    return client


def test_production_config_serves_tls_with_acl(tmp_path: Path) -> None:
    text = PRODUCTION_CONF.read_text()
    assert "set_tcp_nodelay true" in text
    assert "ulimit -n" in text
    broker = _production_broker(tmp_path)
    try:
        client = _tls_client(broker, broker.agents["shelf-1"], "shelf-1")
        rc = client.connect()
        assert not rc.is_failure
        client.publish("printfarm/v1/shelf-1/status", b"{}", retain=True)
        client.close()

        assert _plain_connect_answer(broker.port) == b"", "plain MQTT accepted on TLS"
        assert _plain_connect_answer(broker.coordinator_port) == b"", "plain MQTT accepted"
    finally:
        broker.stop()


def test_production_config_binds_client_ids(tmp_path: Path) -> None:
    """An agent that asks for the coordinator's client id gets its own (its username):
    the coordinator stays connected; and agents are refused on the coordinators' port."""
    broker = _production_broker(tmp_path)
    clients: list[TestClient] = []
    try:
        coordinator = _tls_client(broker, broker.coordinator, "printfarm-coordinator-x")
        clients.append(coordinator)
        assert not coordinator.connect().is_failure
        agent = _tls_client(broker, broker.agents["shelf-1"], "printfarm-coordinator-x")
        clients.append(agent)
        assert not agent.connect().is_failure
        info = coordinator.client.publish("printfarm/v1/shelf-1/p/commands", b"x", qos=1)
        info.wait_for_publish(5)
        assert info.is_published()
        assert coordinator.disconnects == 0

        intruder = _tls_client(broker, broker.agents["shelf-1"], "printfarm-coordinator-y")
        intruder.port = broker.coordinator_port
        clients.append(intruder)
        assert intruder.connect().is_failure
    finally:
        for client in clients:
            client.close()
        broker.stop()


def test_production_config_spells_out_the_identity_rules() -> None:
    """The shipped file has exactly the lines listeners.py renders for tests and the
    embedded broker, so what the tests prove holds for production."""
    text = PRODUCTION_CONF.read_text()
    certs = Path(PROD_DIR) / "certs"
    tls = TlsFiles(certs / "server.crt", certs / "server.key", certs / "ca.crt")
    acl = Path(PROD_DIR) / "acl"
    agents = Listener(AGENT_PORT, None, Path(PROD_DIR) / "passwd", acl, tls)
    coordinators = Listener(
        COORDINATOR_PORT, None, Path(PROD_DIR) / "coordinators.passwd", acl, tls
    )
    for block in (global_lines(), agent_listener(agents), coordinator_listener(coordinators)):
        assert "\n".join(block) + "\n" in text, "\n".join(block)


def _plain_connect_answer(port: int) -> bytes:
    """What a TLS listener answers to a plain MQTT CONNECT: it hangs up (b"")."""
    connect = b"\x10\x10\x00\x04MQTT\x04\x02\x00\x1e\x00\x04test"
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(connect)
        try:
            return sock.recv(4)
        except ConnectionResetError:
            return b""


def test_add_agent_replaces_and_keeps_others(tmp_path: Path) -> None:
    passwd = tmp_path / "passwd"
    add_user(passwd, "coordinator", "c")
    add_agent(passwd, "a1", "one")
    first = passwd.read_text()
    add_agent(passwd, "a1", "two")
    lines = passwd.read_text().splitlines()
    assert [line.split(":")[0] for line in lines] == ["coordinator", "a1"]
    assert "one" not in first  # hashed, never plain
    assert "two" not in passwd.read_text()
    assert lines[1] not in first  # a new hash
    assert passwd.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("bad", ["a/b", "a+b", "#", "", "a:b"])
def test_add_agent_rejects_unsafe_names(tmp_path: Path, bad: str) -> None:
    with pytest.raises(CredentialsError, match="invalid"):
        add_agent(tmp_path / "passwd", bad, "x")


@pytest.mark.parametrize("name", ["coordinator", "printfarm-coordinator-1"])
def test_coordinator_names_are_not_agent_names(tmp_path: Path, name: str) -> None:
    """The user, and the client-id prefix (an agent's client id is its name)."""
    with pytest.raises(CredentialsError, match="coordinator"):
        add_agent(tmp_path / "passwd", name, "x")


def test_missing_mosquitto_passwd_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(CredentialsError, match="apt install mosquitto"):
        add_agent(tmp_path / "passwd", "a1", "x")
    assert main(["a1", "--password-file", str(tmp_path / "passwd")]) == 1
    assert "apt install mosquitto" in capsys.readouterr().err


def test_cli_prints_a_generated_password(tmp_path: Path) -> None:
    passwd = tmp_path / "passwd"
    done = subprocess.run(
        [sys.executable, "-m", "broker_config.add_agent", "shelf-2", "--password-file", passwd],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    password = done.stdout.strip()
    assert len(password) >= 24
    assert "reload" in done.stderr
    assert passwd.read_text().startswith("shelf-2:$7$")
