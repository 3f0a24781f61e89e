"""What signing in costs on every request: latency of a public route against the same
kind of read with a bearer token and with a browser session, measured in the same run
against a real `printfarm coordinator` process (embedded broker, SQLite), and the cost
of one password sign-in (argon2id).

    .venv/bin/python benchmarks/api_auth.py [--requests 500]

Prints the median and p95 of each and the ratios to the public baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from coordinator.access import CSRF_HEADER
from coordinator.serve import INFO_FILE


def _start(data: Path) -> tuple[subprocess.Popen[bytes], str, str]:
    password_file = data / "admin-password"
    password = secrets.token_urlsafe(16)
    password_file.write_text(password + "\n")
    password_file.chmod(0o600)
    proc = subprocess.Popen(
        [sys.executable, "-c", "from coordinator.cli import app; app()", "coordinator",
         "--data", str(data / "coord"), "--http-port", "0",
         "--admin-password-file", str(password_file)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ},
    )  # fmt: skip
    info = data / "coord" / INFO_FILE
    deadline = time.monotonic() + 60
    while not info.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("the coordinator did not start")
        time.sleep(0.1)  # polling a deadline
    return proc, json.loads(info.read_text())["api_url"], password


def _timed(call: Callable[[], httpx.Response], n: int) -> list[float]:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        response = call()
        times.append(time.perf_counter() - start)
        if response.status_code >= 400:
            raise SystemExit(f"{response.request.url}: {response.status_code} {response.text}")
    return times


def _row(name: str, times: list[float], base: float) -> str:
    med = statistics.median(times) * 1000
    p95 = statistics.quantiles(times, n=20)[18] * 1000
    return f"{name:<34} {med:8.2f} {p95:8.2f} {med / base:7.2f}x"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    n = parser.parse_args().requests
    with tempfile.TemporaryDirectory(prefix="printfarm-auth-bench-") as tmp:
        proc, url, password = _start(Path(tmp))
        try:
            with httpx.Client(base_url=url, timeout=30) as http:
                form = {"username": "admin", "password": password}
                token = http.post("/auth/token", data=form).json()["access_token"]
                logins = _timed(lambda: http.post("/auth/token", data=form), 20)
                public = _timed(lambda: http.get("/health"), n)
                bearer = {"Authorization": f"Bearer {token}"}
                with_token = _timed(lambda: http.get("/stats", headers=bearer), n)
            with httpx.Client(base_url=url, timeout=30) as browser:
                me = browser.post("/auth/login", json={"username": "admin", "password": password})
                csrf = {CSRF_HEADER: me.json()["csrf_token"]}
                with_session = _timed(lambda: browser.get("/stats"), n)
                change = _timed(lambda: browser.post("/auth/logout", headers=csrf), 1)
        finally:
            proc.terminate()
            proc.wait(30)
    base = statistics.median(public) * 1000
    print(f"{'request':<34} {'median ms':>8} {'p95 ms':>8} {'vs public':>8}")
    print(_row("GET /health (public)", public, base))
    print(_row("GET /stats, bearer token", with_token, base))
    print(_row("GET /stats, session cookie", with_session, base))
    print(_row("POST /auth/token (argon2id sign-in)", logins, base))
    print(f"({n} requests each, one client, sequential; logout with CSRF took "
          f"{change[0] * 1000:.1f} ms)")  # fmt: skip


if __name__ == "__main__":
    main()
