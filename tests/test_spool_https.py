"""Job files over https, from a server whose certificate the farm's own CA signed.

The agent trusts the CA of its `[broker.tls] ca_file` for job files too (one farm, one
CA: `printfarm certs init` signs the broker's and the coordinator's certificates). The
server is a real https file server on loopback with the certificate `certs init` made
for the coordinator; the agent's config is the TOML `certs init` prints.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.config import AgentConfig, parse_config
from agent.link.jobs import JobFileError
from agent.link.spool_jobs import download_context
from agent.spool import DownloadError, Spool
from coordinator.pki.authority import pair_paths
from coordinator.pki.farm import FarmCerts, init_farm
from coordinator.pki.instructions import agent_toml_lines
from tests.helpers.http_files import FileServer

BODY = os.urandom(100_000)
SHA = hashlib.sha256(BODY).hexdigest()


@pytest.fixture
def farm(tmp_path: Path) -> FarmCerts:
    return init_farm(tmp_path / "farm", agent_ids=["shelf-1"], coordinator_hosts=["127.0.0.1"])


@pytest.fixture
def server(farm: FarmCerts) -> Iterator[FileServer]:
    with FileServer(tls=pair_paths(farm.stem("https"))) as s:
        s.files[f"/files/{SHA}"] = BODY
        yield s


def _agent_config(farm: FarmCerts, folder: Path) -> AgentConfig:
    """The printed agent.toml lines, with the files copied next to it."""
    folder.mkdir()
    for path in (farm.ca_cert, *pair_paths(farm.agent("shelf-1"))):
        (folder / path.name).write_bytes(path.read_bytes())
    printer = ["[[printers]]", 'id = "sim-1"', 'virtual = { dialect = "marlin" }']
    lines = ["[agent]", 'id = "shelf-1"', *agent_toml_lines(farm, "shelf-1"), *printer]
    return parse_config("\n".join(lines) + "\n", "agent.toml", folder)


def test_the_agent_fetches_job_files_from_a_server_the_farm_ca_signed(
    tmp_path: Path, farm: FarmCerts, server: FileServer
) -> None:
    context = download_context(_agent_config(farm, tmp_path / "agent"))
    spool = Spool(tmp_path / "spool", timeout_s=5, tls=context)
    got = spool.fetch(server.url(f"/files/{SHA}"), SHA, len(BODY))
    assert got.path.read_bytes() == BODY


def test_without_the_farm_ca_the_server_is_not_trusted(tmp_path: Path, server: FileServer) -> None:
    spool = Spool(tmp_path / "spool", timeout_s=5)  # the system's CAs only
    with pytest.raises(DownloadError, match="CERTIFICATE_VERIFY_FAILED"):
        spool.fetch(server.url(f"/files/{SHA}"), SHA, len(BODY), attempts=1)
    assert not spool.has(SHA, len(BODY))


def test_a_ca_file_that_cannot_be_read_is_a_clear_error(tmp_path: Path, farm: FarmCerts) -> None:
    config = _agent_config(farm, tmp_path / "agent")
    (tmp_path / "agent" / "ca.crt").unlink()
    with pytest.raises(JobFileError, match=r"\[broker.tls\] ca_file .*ca.crt"):
        download_context(config)
