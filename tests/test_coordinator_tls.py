"""The coordinator on `mqtts://` with the farm's own CA and a client certificate.

The broker is the real Mosquitto with broker_config's listeners, both TLS only, its
certificate made by `printfarm certs` (coordinator.pki); the coordinators' listener
also demands a client certificate from that CA. The coordinator is the real
`printfarm coordinator` process, given `--broker-ca`, `--broker-cert` and `--broker-key`.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from broker_config.listeners import TlsFiles
from broker_config.testing import MosquittoBroker
from coordinator.mqtt import BrokerSettings, BrokerTls, BrokerUrlError
from coordinator.pki.authority import pair_paths
from coordinator.pki.farm import FarmCerts, init_farm
from tests.farm_processes import CoordinatorProcess

pytestmark = pytest.mark.mqtt


@pytest.fixture
def pki(tmp_path: Path) -> FarmCerts:
    return init_farm(tmp_path / "pki", broker_hosts=["127.0.0.1", "localhost"])


@pytest.fixture
def tls_broker(tmp_path: Path, pki: FarmCerts) -> Iterator[MosquittoBroker]:
    files = TlsFiles(*pair_paths(pki.stem("broker")), pki.ca_cert)
    with MosquittoBroker.start(tmp_path / "mosquitto", tls=files) as broker:
        yield broker


def _tls_args(pki: FarmCerts) -> tuple[str, ...]:
    cert, key = pair_paths(pki.stem("coordinator"))
    return ("--broker-ca", str(pki.ca_cert), "--broker-cert", str(cert), "--broker-key", str(key))


def test_coordinator_connects_with_a_private_ca_and_client_certificate(
    tmp_path: Path, tls_broker: MosquittoBroker, pki: FarmCerts
) -> None:
    args = _tls_args(pki)
    coordinator = CoordinatorProcess(
        tmp_path / "coord", tls_broker.coordinator_url(), extra_args=args
    )
    try:
        client = coordinator.start()  # returns once /health says the broker is connected
        assert client.health().broker.ok
        client.close()
    finally:
        coordinator.stop()
    assert "certificate verify failed" not in coordinator.log


@pytest.mark.parametrize(
    ("url", "files", "message"),
    [
        ("mqtt://h:1883", BrokerTls(ca_file=Path("ca.crt")), "use an mqtts:// URL"),
        ("mqtts://h", BrokerTls(cert_file=Path("c.crt")), "go together"),
        ("mqtts://h", BrokerTls(ca_file=Path("/nonexistent/ca.crt")), "no such file"),
    ],
)
def test_tls_options_that_cannot_work_are_refused(url: str, files: BrokerTls, message: str) -> None:
    with pytest.raises(BrokerUrlError, match=message):
        BrokerSettings.from_url(url, tls_files=files)


def test_cli_says_what_is_wrong_with_the_tls_options(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from coordinator.cli import app; app()", "coordinator",
         "--data", str(tmp_path), "--broker", "mqtts://127.0.0.1:9",
         "--broker-ca", str(tmp_path / "missing.crt")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    # rich wraps at 80 columns, inside a long word (this path) too: compare without spaces
    assert "missing.crt:nosuchfile" in "".join(done.stderr.split())
    assert "Traceback" not in done.stderr
