"""Marks for running the suite on several pytest-xdist workers (`-n N`; pyproject's addopts
say `--dist loadgroup`, so tests of one `xdist_group` run on one worker, in turn).

A coordinator without `--broker` starts its embedded broker on 1883 when that port is free,
and a restarted one waits for its remembered port. Two such tests on different workers
would take 1883 from each other (the restart test then finds its port held by another
worker's broker), so every test that starts an embedded broker with no port of its own
carries `DEFAULT_BROKER_PORT`; `run_coordinator` refuses to start one for a test without it.
"""

from __future__ import annotations

import os

import pytest

GROUP = "embedded-broker-default-port"
DEFAULT_BROKER_PORT = pytest.mark.xdist_group(GROUP)


def starts_embedded_broker(args: list[str], env: dict[str, str] | None) -> bool:
    """Whether `printfarm coordinator ARGS` with this environment starts its own broker."""
    given = any(a == "--broker" or a.startswith("--broker=") for a in args)
    return not given and "PRINTFARM_BROKER_URL" not in {**os.environ, **(env or {})}


def require_default_port_group(item: pytest.Item) -> None:
    mark = item.get_closest_marker("xdist_group")
    name = mark.kwargs.get("name", mark.args[0] if mark.args else None) if mark else None
    if name != GROUP:
        pytest.fail(
            f"{item.nodeid} starts a coordinator with its embedded broker (no --broker): "
            "mark it @DEFAULT_BROKER_PORT (tests/helpers/parallel.py), or the workers of "
            "`pytest -n N` take port 1883 from each other"
        )
