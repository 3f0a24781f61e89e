"""`printfarm` as a real child process, as a person runs it: the exit status, the output,
and the promise that a refusal is a message, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CLI_TIMEOUT_S = 300.0  # a slicer on a loaded machine


def run_printfarm(
    *args: str, path_env: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`printfarm ARGS`; `path_env` replaces PATH (e.g. to hide the slicer)."""
    env = dict(os.environ, COLUMNS="200")
    if path_env is not None:
        env["PATH"] = path_env
    return subprocess.run(
        [sys.executable, "-c", "from coordinator.cli import app; app()", *args],
        capture_output=True, text=True, timeout=CLI_TIMEOUT_S, check=False, env=env, cwd=cwd,
    )  # fmt: skip


def refused(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    """A failed command: a non-zero exit, no traceback, every needle in its output."""
    out = result.stdout + result.stderr
    assert result.returncode != 0, out
    assert "Traceback" not in out, out
    for needle in needles:
        assert needle in out, out
    return out


def prusa_slicer_or_skip() -> None:
    """Skip (locally) or fail (CI=true) without PrusaSlicer."""
    if shutil.which("prusa-slicer") is not None:
        return
    message = "prusa-slicer is not installed: run `./quickstart.sh test` (apt-get install)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)
