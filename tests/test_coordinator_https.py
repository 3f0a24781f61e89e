"""The coordinator serves its web page and API over HTTPS with the farm's certificate.

The real `printfarm coordinator` process (embedded broker) is given the `https.crt` and
`https.key` that `certs init` wrote (`--tls-cert`/`--tls-key`; the start-up errors are
checked through PRINTFARM_TLS_CERT / PRINTFARM_TLS_KEY, which `serve` reads itself);
a client that trusts the farm's `ca.crt` gets `/health` over https (the one route that
stays anonymous), and plain http on the same port gets no answer.
"""

from __future__ import annotations

import json
import os
import ssl
import subprocess
from pathlib import Path

import httpx
import pytest

from coordinator.pki.authority import pair_paths
from coordinator.pki.farm import FarmCerts, init_farm
from tests.helpers.coordinator_process import COORDINATOR, StartCoordinator, api_up, info
from tests.helpers.parallel import DEFAULT_BROKER_PORT
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt


@pytest.fixture
def farm(tmp_path: Path) -> FarmCerts:
    return init_farm(tmp_path / "farm", coordinator_hosts=["127.0.0.1", "localhost"])


@DEFAULT_BROKER_PORT
def test_health_over_https_with_the_farm_ca_and_no_plain_http(
    run_coordinator: StartCoordinator, farm: FarmCerts
) -> None:
    cert, key = pair_paths(farm.stem("https"))
    coordinator = run_coordinator(["--tls-cert", str(cert), "--tls-key", str(key)])
    wait_until(lambda: api_up(coordinator), 60, "the API")
    url = info(coordinator)["api_url"]
    assert url.startswith("https://127.0.0.1:")
    trust = ssl.create_default_context(cafile=str(farm.ca_cert))
    with httpx.Client(verify=trust, timeout=10) as client:
        health = client.get(f"{url}/health")
    assert health.status_code == 200, health.text
    assert "ok" in json.dumps(health.json())
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        httpx.get(f"{url}/health", timeout=10)  # the system's CAs do not know the farm
    plain = url.replace("https://", "http://")
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{plain}/health", timeout=10)


def _start_error(tmp_path: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [*COORDINATOR, "--data", str(tmp_path / "data"), "--http-port", "0"],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "COLUMNS": "200", **env},
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    return " ".join(done.stderr.split())


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (("https.crt", None), "--tls-cert and --tls-key go together"),
        (("https.crt", "broker.key"), "broker.key is not the key of"),
        (("https.crt", "missing.key"), "missing.key: cannot read it"),
        (("https.key", "https.key"), "https.key: not a PEM certificate"),
    ],
)
def test_https_files_that_cannot_work_are_one_line_errors(
    tmp_path: Path, farm: FarmCerts, files: tuple[str, str | None], message: str
) -> None:
    cert, key = files
    env = {"PRINTFARM_TLS_CERT": str(farm.folder / cert)}
    if key is not None:
        env["PRINTFARM_TLS_KEY"] = str(farm.folder / key)
    error = _start_error(tmp_path, env)
    assert message in error
    assert "PRIVATE KEY" not in error
    assert not (tmp_path / "data").exists()  # refused before anything started
