"""`printfarm-agent install-service` and `printfarm install-service`, as real commands
writing into a temporary unit folder (`--no-enable`, `--dry-run`: the real systemd is
never touched). Each unit is checked by `systemd-analyze verify` when this machine has it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

AGENT = [sys.executable, "-c", "from agent.cli import app; app()", "install-service"]
FARM = [sys.executable, "-c", "from coordinator.cli import app; app()", "install-service"]
USER = "mosquitto"  # an unprivileged user that exists here (the unit only names it)
PASSWORD = "broker-secret-1234"


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def _agent_folder(tmp_path: Path, mode: int = 0o600) -> Path:
    folder = tmp_path / "pi"
    folder.mkdir()
    (folder / "agent.toml").write_text(
        '[agent]\nid = "shelf-1"\n\n[broker]\nhost = "farm"\npassword_file = "pw"\n\n'
        '[[printers]]\nid = "p1"\nport = "/dev/ttyACM0"\n'
    )
    (folder / "pw").write_text(PASSWORD + "\n")
    (folder / "pw").chmod(mode)
    return folder


def _lines(unit: str) -> set[str]:
    return {line for line in unit.splitlines() if line and not line.startswith("#")}


def _verify(unit: Path) -> None:
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.skip("systemd-analyze is not installed here: the unit was not verified")
    done = subprocess.run([tool, "verify", str(unit)], capture_output=True, text=True,
                          timeout=60, check=False, cwd=unit.parent)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not [line for line in done.stderr.splitlines() if str(unit) in line], done.stderr


def test_the_agent_unit_runs_as_its_user_in_dialout_hardened_without_secrets(
    tmp_path: Path,
) -> None:
    folder = _agent_folder(tmp_path)
    units = tmp_path / "units"
    done = _run([*AGENT, "-c", str(folder / "agent.toml"), "--user", USER,
                 "--unit-dir", str(units), "--no-enable"])  # fmt: skip
    assert done.returncode == 0, done.stderr
    unit = units / "printfarm-agent.service"
    text = unit.read_text()
    assert PASSWORD not in text
    exec_start = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    assert exec_start.endswith(f"run --config {folder / 'agent.toml'}")
    expected = {
        f"User={USER}", "SupplementaryGroups=dialout", "Restart=on-failure",
        "NoNewPrivileges=yes", "ProtectSystem=strict", f"ReadWritePaths={folder / 'agent-data'}",
        "KillSignal=SIGTERM", "CapabilityBoundingSet=", "WantedBy=multi-user.target",
    }  # fmt: skip
    assert expected <= _lines(text)
    assert "CANCELS every print running on its serial" in text
    assert "Prints on OctoPrint printers continue" in text
    assert (folder / "agent-data").is_dir()  # ReadWritePaths must exist at start
    _verify(unit)

    again = _run([*AGENT, "-c", str(folder / "agent.toml"), "--user", USER,
                  "--unit-dir", str(units), "--no-enable"])  # fmt: skip
    assert again.returncode == 2
    assert "--force" in again.stderr


def test_the_agent_unit_is_refused_while_the_password_file_is_readable_by_others(
    tmp_path: Path,
) -> None:
    folder = _agent_folder(tmp_path, mode=0o644)
    units = tmp_path / "units"
    done = _run([*AGENT, "-c", str(folder / "agent.toml"), "--user", USER,
                 "--unit-dir", str(units), "--no-enable"])  # fmt: skip
    assert done.returncode == 2
    assert "chmod 600" in done.stderr
    assert not units.exists()


def test_an_octoprint_key_readable_by_others_is_refused(tmp_path: Path) -> None:
    folder = _agent_folder(tmp_path)
    with (folder / "agent.toml").open("a") as f:
        f.write('\n[[printers]]\nid = "op-1"\n'
                'octoprint = { url = "http://op:5000", api_key_file = "op-1.key" }\n')  # fmt: skip
    (folder / "op-1.key").write_text("KEY\n")
    (folder / "op-1.key").chmod(0o640)
    done = _run([*AGENT, "-c", str(folder / "agent.toml"), "--user", USER, "--dry-run"])
    assert done.returncode == 2
    assert "op-1.key" in done.stderr
    assert "KEY" not in done.stderr
    (folder / "op-1.key").chmod(0o600)
    assert (
        _run([*AGENT, "-c", str(folder / "agent.toml"), "--user", USER, "--dry-run"]).returncode
        == 0
    )


def test_a_dry_run_prints_the_unit_and_writes_nothing(tmp_path: Path) -> None:
    folder = _agent_folder(tmp_path)
    units = tmp_path / "units"
    done = _run([*AGENT, "-c", str(folder / "agent.toml"), "--user", USER,
                 "--unit-dir", str(units), "--dry-run"])  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "[Service]" in done.stdout
    assert not units.exists()
    assert not (folder / "agent-data").exists()


def test_the_coordinator_unit_keeps_secrets_in_a_private_environment_file(
    tmp_path: Path,
) -> None:
    data = tmp_path / "farm"
    units = tmp_path / "units"
    done = _run([*FARM, "--data", str(data), "--user", USER, "--lan", "--host", "0.0.0.0",
                 "--unit-dir", str(units), "--no-enable"])  # fmt: skip
    assert done.returncode == 0, done.stderr
    unit = units / "printfarm-coordinator.service"
    text = unit.read_text()
    env = data / "coordinator.env"
    admin = data / "initial-admin-password"
    assert {f"EnvironmentFile=-{env}", f"ReadWritePaths={data}", f"User={USER}",
            "ProtectSystem=strict", "Restart=on-failure"} <= _lines(text)  # fmt: skip
    for secret_file in (env, admin):
        assert secret_file.stat().st_mode & 0o777 == 0o600
    assert admin.read_text().strip() not in text + done.stdout + done.stderr
    assert f"--admin-password-file {admin}" in text
    assert "--lan" in text
    _verify(unit)


def test_the_coordinator_is_never_installed_as_root(tmp_path: Path) -> None:
    done = _run([*FARM, "--data", str(tmp_path / "farm"), "--user", "root",
                 "--unit-dir", str(tmp_path / "units"), "--no-enable"])  # fmt: skip
    assert done.returncode == 2
    assert not (tmp_path / "units").exists()
