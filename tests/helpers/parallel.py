"""Marks for running the suite on several pytest-xdist workers (`-n N --dist loadgroup`).

A coordinator without `--broker` starts its embedded broker on 1883 when that port is free,
and a restarted one waits for its remembered port. Two such tests on different workers
would take 1883 from each other (the restart test then finds its port held by another
worker's broker), so every test that starts an embedded broker on the default port runs in
one group, on one worker, one after another.
"""

from __future__ import annotations

import pytest

DEFAULT_BROKER_PORT = pytest.mark.xdist_group("embedded-broker-default-port")
