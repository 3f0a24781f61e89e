"""`printfarm-agent setup` end to end, with real processes only.

A LAN coordinator (its own Mosquitto) issues a join code through `printfarm agent-join`;
two virtual printers of different dialects (Marlin 2, Prusa) sit behind real
pseudo-terminals, linked from a folder that stands in for /dev/serial/by-id. Setup finds
both, proposes each one's profile, writes an agent.toml that the agent's loader accepts
and a private password file, and a real agent started with that file brings both
printers online at the coordinator. The join code never shows in any output but the one
line `agent-join` prints.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.config import load_config
from agent.hil_reports import report_path
from agent.setup.join_code import JoinCode, JoinCodeError
from hil.report import HilReport
from tests.helpers.accounts import agent_join
from tests.helpers.coordinator_process import StartCoordinator, admin, api_up, info
from tests.helpers.parallel import DEFAULT_BROKER_PORT
from tests.vp import VirtualPrinterProcess
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]
FARM = [sys.executable, "-c", "from coordinator.cli import app; app()"]
AGENT = [sys.executable, "-c", "from agent.cli import app; app()"]


@pytest.fixture
def by_id(tmp_path: Path) -> Iterator[Path]:
    """A by-id folder with a Marlin and a Prusa virtual printer behind real ptys."""
    folder = tmp_path / "by-id"
    folder.mkdir()
    printers = []
    for name, dialect in (("usb-Marlin_Board-if00", "marlin"), ("usb-Prusa_MK3-if00", "prusa")):
        (tmp_path / dialect).mkdir()
        vp = VirtualPrinterProcess(tmp_path / dialect, "--dialect", dialect, "--instant")
        printers.append(vp)
        (folder / name).symlink_to(vp.port)
    (folder / "usb-Unplugged-if00").symlink_to(tmp_path / "nothing")  # dangling: skipped
    yield folder
    for vp in printers:
        vp.stop()


def _setup(folder: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*AGENT, "setup", "-c", str(folder / "agent.toml"), *args],
        capture_output=True, text=True, timeout=180, check=False, input=stdin,
    )  # fmt: skip


@DEFAULT_BROKER_PORT
def test_setup_finds_two_dialects_writes_a_valid_config_and_the_agent_joins_the_farm(
    run_coordinator: StartCoordinator, by_id: Path, tmp_path: Path
) -> None:
    coordinator = run_coordinator(["--lan"])
    wait_until(lambda: api_up(coordinator), 60, "the LAN coordinator")
    api_url = info(coordinator)["api_url"]
    out, note = agent_join(api_url, tmp_path, "shelf-1")
    code = out.strip()
    assert len(out.splitlines()) == 1
    assert code not in note
    join = JoinCode.decode(code)
    assert (join.agent_id, join.api_url) == ("shelf-1", api_url)
    assert join.broker_port == int(info(coordinator)["broker_url"].rpartition(":")[2])
    code_file = tmp_path / "shelf-1.join"
    code_file.write_text(code + "\n")

    pi = tmp_path / "pi"
    done = _setup(pi, "--join-code-file", str(code_file), "--search", str(by_id), "--yes",
                  "--ok-timeout", "0.5")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert join.password not in done.stdout + done.stderr

    config = load_config(pi / "agent.toml")
    by_port = {Path(p.port or "").name: p for p in config.printers}
    assert set(by_port) == {"usb-Marlin_Board-if00", "usb-Prusa_MK3-if00"}
    assert by_port["usb-Marlin_Board-if00"].profile == "marlin2"
    assert by_port["usb-Prusa_MK3-if00"].profile == "prusa"
    assert config.agent.id == "shelf-1"
    assert config.broker.port == join.broker_port
    assert config.broker.read_password() == join.password
    assert join.password not in (pi / "agent.toml").read_text()
    assert (pi / "broker.password").stat().st_mode & 0o777 == 0o600
    for printer in config.printers:  # each probe is kept as the printer's first HIL report
        kept = HilReport.model_validate_json(
            report_path(config.agent.data_dir, printer.id).read_text()
        )
        assert kept.ran_by == "printfarm-agent setup"
        assert kept.options.port == printer.port

    log = tmp_path / "agent.log"
    with log.open("wb") as sink:
        agent = subprocess.Popen([*AGENT, "run", "-c", str(pi / "agent.toml")],
                                 stdout=sink, stderr=subprocess.STDOUT)  # fmt: skip
    try:
        with admin(coordinator) as client:

            def both_online() -> bool:
                assert agent.poll() is None, log.read_text()
                online = {p.printer for p in client.printers() if p.agent == "shelf-1" and p.online}
                return online == {p.id for p in config.printers}

            wait_until(both_online, 90, "both printers online at the coordinator")
            states = {p.printer: (p.state, p.profile) for p in client.printers()}

            def reports_kept() -> set[str]:  # published by the agent, kept by the coordinator
                keys = [f"shelf-1/{p.id}" for p in config.printers]
                return {client.printer_hil(key).source for key in keys}

            wait_until(lambda: reports_kept() == {"printfarm-agent setup"}, 60, "HIL reports")
        assert {profile for _, profile in states.values()} == {"marlin2", "prusa"}
    finally:
        agent.terminate()
        agent.wait(30)
    assert join.password not in log.read_text()


def test_setup_keeps_an_existing_config_and_reads_the_code_from_stdin(
    by_id: Path, tmp_path: Path
) -> None:
    code = JoinCode(agent_id="shelf-2", broker_host="farm", broker_port=1883,
                    password="s3cret-password", api_url="http://farm:8080").encode()  # fmt: skip
    pi = tmp_path / "pi"
    pi.mkdir()
    (pi / "agent.toml").write_text("# mine\n")
    refused = _setup(pi, "--search", str(by_id), "--yes", stdin=code + "\n")
    assert refused.returncode == 2
    assert "--force" in refused.stderr
    assert (pi / "agent.toml").read_text() == "# mine\n"

    one = str(by_id / "usb-Prusa_MK3-if00")
    done = _setup(pi, "--search", str(tmp_path / "none"), "--port", one, "--yes", "--force",
                  "--ok-timeout", "0.5", stdin=code + "\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    config = load_config(pi / "agent.toml")
    assert [(p.port, p.profile) for p in config.printers] == [(one, "prusa")]
    assert config.broker.read_password() == "s3cret-password"


def test_a_damaged_join_code_is_refused_without_repeating_it() -> None:
    code = JoinCode(agent_id="a", broker_host="h", broker_port=1, password="p" * 12,
                    api_url="http://h").encode()  # fmt: skip
    for damaged in (code[:-6], code.replace("pfjoin1.", "pfjoin1.x"), "hello"):
        with pytest.raises(JoinCodeError) as caught:
            JoinCode.decode(damaged)
        assert "p" * 12 not in str(caught.value)
        assert damaged not in str(caught.value)
