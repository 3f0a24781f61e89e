"""Bad input at `printfarm-agent` gets a clear message and an exit code, never a traceback.

Every case runs the real command line as a child process. A file that is not G-code is
refused before the port is even opened (the port given here does not exist, so reaching
it would be a different message).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from agent.profiles import list_profiles
from tests.vp import agent_cli

GOOD = b"G28\nG1 X10 Y10 Z0.3 E1 F1200\n"


def _clean(done: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    output = done.stdout + done.stderr
    assert done.returncode == code, output
    assert "Traceback" not in output, output
    flat = " ".join(output.replace("│", " ").split())  # typer boxes and wraps its errors
    for word in words:
        assert word in flat, output


@pytest.fixture
def gcode(tmp_path: Path) -> Path:
    path = tmp_path / "part.gcode"
    path.write_bytes(GOOD)
    return path


def test_an_unknown_profile_names_the_valid_ones(tmp_path: Path, gcode: Path) -> None:
    done = agent_cli("print", str(gcode), "--port", str(tmp_path / "tty"), "--profile", "nosuch")
    _clean(done, 2, "nosuch", *list_profiles())


@pytest.mark.parametrize("option", ["--baud", "--window"])
def test_a_zero_or_negative_number_is_refused(tmp_path: Path, gcode: Path, option: str) -> None:
    for value in ("0", "-5"):
        done = agent_cli("print", str(gcode), "--port", str(tmp_path / "tty"), option, value)
        _clean(done, 2, option, "greater than or equal to 1")


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "gone.gcode"
    done = agent_cli("print", str(missing), "--port", str(tmp_path / "tty"))
    _clean(done, 2, "gone.gcode", "does not exist")


def test_a_port_that_does_not_exist_is_named(tmp_path: Path, gcode: Path) -> None:
    done = agent_cli("print", str(gcode), "--port", str(tmp_path / "no-such-tty"))
    _clean(done, 1, "no-such-tty", "cannot open")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"; comments only\n", "no G-code commands"),
        (bytes(range(256)) * 64, "binary data"),
        (b"G28\nM117 " + b"y" * 100 + b"\n", "line 2 is too long"),
    ],
    ids=["empty", "comments", "binary", "long-line"],
)
def test_a_file_that_is_not_g_code_is_refused_before_the_port(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "junk.gcode"
    path.write_bytes(content)
    args = ["print", str(path), "--port", str(tmp_path / "tty"), "--profile", "marlin2"]
    _clean(agent_cli(*args), 2, "junk.gcode", words)


def test_an_unknown_profile_in_agent_toml_names_file_printer_and_field(tmp_path: Path) -> None:
    config = tmp_path / "agent.toml"
    config.write_text(
        '[agent]\nid = "agent-1"\n\n[[printers]]\nid = "mk3"\nport = "/dev/ttyACM0"\n'
        'profile = "marlin3"\n'
    )
    done = agent_cli("run", "--config", str(config), timeout=60)
    _clean(done, 2, str(config), "printers", "profile", "marlin3", "auto", *list_profiles())
