"""Fleet benchmark: coordinators, thousands of simulated agents, 10,000 queued jobs.

    .venv/bin/python benchmarks/fleet.py --printers 1000,5000 --jobs 10000 --duration 60
    .venv/bin/python benchmarks/fleet.py --printers 20000 --coordinators 1,2,4

For each fleet size and number of coordinators, from scratch: Mosquitto (its own
process, the production tuning of broker_config/mosquitto.conf without TLS, passwords or
ACL, on loopback) and `printfarm coordinator` processes: one on an SQLite file, or with
`--postgres` or more than one, all on one fresh PostgreSQL database (created on the
server of PRINTFARM_TEST_POSTGRES_URL, default postgres@127.0.0.1:5432, and dropped
after). Jobs are submitted to the first; every coordinator hears every agent and
dispatches (fenced claims; coordinator/mqtt.py says why none is a shared subscriber).
Then simulated agents
(benchmarks/fleet_sim.py) in `--workers` processes. Every printer publishes telemetry at
1 Hz, its retained state on every change, a reply and events per job, and "prints" for
about `--print-s` seconds, ejecting the part itself (so it is free again at once). The
queue is topped up to keep at least `--jobs` jobs waiting throughout.

Reported per run, measured over the steady window (after `--warmup` seconds):
messages each coordinator processed per second; lost QoS 1 updates (state snapshots,
events, replies the agents published minus those processed, counted after draining, for
the coordinator that processed fewest) and QoS 0 telemetry not processed; CPU of the
coordinators (their processes and telemetry children, summed; and the busiest one),
the broker and the simulators (each measured from its own process); the coordinators'
RSS; dispatch
latency p50/p99 from "printer became free" (its idle state was published) to "start
command received" (both on the simulator's clock), for start commands that arrived
in the steady window. Reported apart: a printer's first job, when the whole fleet
comes online at once (the start-up burst), and later jobs during the warm-up.
"""

from __future__ import annotations

import argparse
import getpass
import json
import multiprocessing as mp
import os
import resource
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

import psutil
import psycopg
from fleet_sim import SimFleet, Tally  # beside this script (benchmarks/ is no package)

from broker_config.testing import find_mosquitto, free_port, wait_for_port
from coordinator.client import ApiError, FarmClient
from coordinator.credentials import DB_URL_ENV
from coordinator.store import normalise_url

HOST = "127.0.0.1"
TOP_UP = 500  # copies per submission when the queue runs low
ADMIN = "admin"
POSTGRES_ENV = "PRINTFARM_TEST_POSTGRES_URL"
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres"


@contextmanager
def _postgres_database() -> Iterator[str]:
    """A fresh database on the server of $PRINTFARM_TEST_POSTGRES_URL, dropped after."""
    server = os.environ.get(POSTGRES_ENV, DEFAULT_POSTGRES).replace("+psycopg", "")
    name = f"printfarm_fleet_{os.getpid()}_{secrets.token_hex(4)}"
    with psycopg.connect(server, autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            base, _, _ = server.rpartition("/")
            yield normalise_url(f"{base}/{name}")
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _start_broker(workdir: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port(HOST)
    conf = workdir / "mosquitto.conf"
    conf.write_text(
        "\n".join([
            f"listener {port} {HOST}", "allow_anonymous true", "set_tcp_nodelay true",
            "max_queued_messages 200000", "max_inflight_messages 100", "persistence false",
            f"log_dest file {workdir / 'mosquitto.log'}", "log_type error", "log_type warning",
            f"user {getpass.getuser()}",
        ]) + "\n"
    )  # fmt: skip
    proc = subprocess.Popen([find_mosquitto(), "-c", str(conf)])
    if not wait_for_port(HOST, port, time.monotonic() + 10, proc):
        proc.kill()
        raise RuntimeError(f"mosquitto did not start; see {workdir / 'mosquitto.log'}")
    return proc, port


def _start_coordinator(
    workdir: Path, index: int, broker_port: int, db_url: str | None
) -> tuple[subprocess.Popen[bytes], FarmClient]:
    """Coordinator `index` (its own data folder and client id), signed in as the admin.
    The database URL goes in the environment, never in the arguments."""
    port = free_port(HOST)
    password = workdir / "admin-password"
    if not password.exists():
        password.write_text(secrets.token_urlsafe(16) + "\n")
        password.chmod(0o600)
    env = dict(os.environ) | ({DB_URL_ENV: db_url} if db_url else {})
    proc = subprocess.Popen(
        [sys.executable, "-c", "from coordinator.cli import app; app()", "coordinator",
         "--data", str(workdir / f"coord{index}"), "--broker", f"mqtt://{HOST}:{broker_port}",
         "--http-port", str(port), "--admin-password-file", str(password)],
        stdout=(workdir / f"coord{index}.log").open("wb"), stderr=subprocess.STDOUT, env=env,
    )  # fmt: skip
    url = f"http://{HOST}:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with FarmClient(url) as anonymous:
                anonymous.health()
            client, _token = FarmClient.login(url, ADMIN, password.read_text().strip())
            return proc, client
        except ApiError:  # not up yet
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise
            time.sleep(0.2)  # polling a starting process with a deadline


def _worker(  # noqa: PLR0917  # a multiprocessing target takes positional arguments
    index: int, count: int, port: int, knobs: dict[str, float], go: Any, out: Any
) -> None:
    fleet = SimFleet(f"s{index}", count, HOST, port, int(knobs["conns"]), knobs["print_s"])
    fleet.connect()
    out.put(("ready", index))
    go.wait()
    start = time.monotonic()
    fleet.run(start + knobs["duration"], start + knobs["warmup"])
    fleet.close()
    out.put(("done", asdict(fleet.tally)))


def _stats(client: FarmClient) -> dict[str, int]:
    """The coordinator's counters (GET /stats; FarmClient has no method for it)."""
    stats: dict[str, int] = client._request("GET", "/stats")
    return stats


def _cpu(procs: list[psutil.Process]) -> float:
    return float(sum(t.user + t.system for t in (p.cpu_times() for p in procs)))


def _pct(values: list[float], q: int) -> float:
    if len(values) < 2:
        return float("nan")
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000, 1)


def _dispatched(clients: list[FarmClient]) -> int:
    return sum(_stats(c)["dispatched"] for c in clients)


class _Queue:
    """Keeps at least `target` jobs queued (submitted minus dispatched, by all)."""

    def __init__(self, clients: list[FarmClient], job: Path, target: int) -> None:
        self.clients, self.job, self.target, self.submitted = clients, job, target, 0
        self.missed = 0  # top-ups that failed (the queue may have run short meanwhile)

    def run(self, stop: threading.Event) -> None:
        """Top up every second until `stop` (a thread: never delays the measurements)."""
        while not stop.wait(1.0):
            try:
                self.top_up(_dispatched(self.clients))
            except ApiError as e:  # a coordinator too busy to answer in 30 s: say so, go on
                self.missed += 1
                print(f"queue top-up failed ({e}); retrying", file=sys.stderr)

    def top_up(self, dispatched: int) -> None:
        while self.submitted - dispatched < self.target:
            copies = min(TOP_UP, self.target - (self.submitted - dispatched))
            self.clients[0].submit(self.job, copies=copies)
            self.submitted += copies


def run(n: int, coordinators: int, a: argparse.Namespace) -> dict[str, Any]:
    if coordinators > 1 or a.postgres:
        with _postgres_database() as url:
            return _run(n, coordinators, a, url)
    return _run(n, coordinators, a, None)


def _run(n: int, coordinators: int, a: argparse.Namespace, db_url: str | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="fleet-bench-") as tmp_name:
        tmp = Path(tmp_name)
        broker, broker_port = _start_broker(tmp)
        started: list[tuple[subprocess.Popen[bytes], FarmClient]] = []
        try:
            for i in range(coordinators):  # one by one: the first creates the schema
                started.append(_start_coordinator(tmp, i, broker_port, db_url))
            procs, clients = [p for p, _ in started], [c for _, c in started]
            result = _measure(n, a, tmp, broker, procs, clients, broker_port)
            result["coordinators"] = coordinators
            result["store"] = "postgresql" if db_url else "sqlite"
            for i in range(coordinators):
                log = (tmp / f"coord{i}.log").read_bytes()
                if a.logs is not None:
                    a.logs.mkdir(parents=True, exist_ok=True)
                    (a.logs / f"coordinator-{n}-{coordinators}-{i}.log").write_bytes(log)
                if result["lost_qos1_updates"] or not result["dispatched"]:
                    text = log.decode(errors="replace")
                    print(f"coordinator {i}'s log ends:\n{text[-4000:]}", file=sys.stderr)
            return result
        finally:
            for proc, client in started:
                client.close()
                proc.terminate()
            for proc, _ in started:
                proc.wait(30)
            broker.terminate()
            broker.wait(10)


def _measure(  # noqa: PLR0917  # one measurement, told in order
    n: int, a: argparse.Namespace, tmp: Path, broker: subprocess.Popen[bytes],
    coords: list[subprocess.Popen[bytes]], clients: list[FarmClient], broker_port: int,
) -> dict[str, Any]:  # fmt: skip
    job = tmp / "job.gcode"
    job.write_text("G28\nG1 X10 Y10 E1\n")
    jobs = _Queue(clients, job, a.jobs)
    jobs.top_up(0)
    ctx = mp.get_context("fork")
    go, out = ctx.Event(), ctx.Queue()
    per = [n // a.workers + (1 if i < n % a.workers else 0) for i in range(a.workers)]
    knobs = {"conns": a.conns, "print_s": a.print_s, "duration": a.duration, "warmup": a.warmup}
    workers = [ctx.Process(target=_worker, args=(i, k, broker_port, knobs, go, out))
               for i, k in enumerate(per)]  # fmt: skip
    for w in workers:
        w.start()
    for _ in workers:
        out.get(timeout=300)  # every agent subscribed to its commands
    # A coordinator's CPU includes its children (the telemetry process).
    mains = [psutil.Process(c.pid) for c in coords]
    procs = {f"coordinator{i}": [m, *m.children(recursive=True)] for i, m in enumerate(mains)}
    procs["broker"] = [psutil.Process(broker.pid)]
    stop = threading.Event()
    topper = threading.Thread(target=jobs.run, args=(stop,), daemon=True)
    load0 = os.getloadavg()[0]
    go.set()
    started = time.monotonic()
    topper.start()
    time.sleep(a.warmup)  # the window's start: a fixed point in the run
    stats0, cpu0, t0 = _stats(clients[0]), {k: _cpu(v) for k, v in procs.items()}, time.monotonic()
    time.sleep(max(0.0, started + a.duration - 1 - time.monotonic()))
    stats1, cpu1, t1 = _stats(clients[0]), {k: _cpu(v) for k, v in procs.items()}, time.monotonic()
    load1 = os.getloadavg()[0]
    rss = sum(p.memory_info().rss for k, v in procs.items() if k != "broker" for p in v)
    stop.set()
    tallies = [Tally(**msg[1]) for msg in (out.get(timeout=300) for _ in workers)]
    for w in workers:
        w.join(30)
    topper.join(60)
    published = {
        "state": sum(t.states for t in tallies), "events": sum(t.events for t in tallies),
        "replies": sum(t.replies for t in tallies), "telemetry": sum(t.telemetry for t in tallies),
    }  # fmt: skip
    drained = [_drained(c, published) for c in clients]
    span = t1 - t0
    steady = [x for t in tallies for x in t.latencies]
    burst = [x for t in tallies for x in t.first_latencies]
    warmup = [x for t in tallies for x in t.warmup_latencies]
    qos1 = ("state", "events", "replies")
    cores = {k: round((cpu1[k] - cpu0[k]) / span, 3) for k in procs}
    mine = [v for k, v in cores.items() if k.startswith("coordinator")]
    return {
        "printers": n,
        "queued_jobs_min": a.jobs,
        "failed_top_ups": jobs.missed,
        "load_average": [round(load0, 1), round(load1, 1)],
        "messages_per_s": round((stats1["received"] - stats0["received"]) / span),
        "published": published,
        "processed": [{k: st.get(f"received_{k}", 0) for k in published} for st in drained],
        "lost_qos1_updates": max(
            sum(published[k] - st.get(f"received_{k}", 0) for k in qos1) for st in drained
        ),
        "lost_telemetry": max(
            published["telemetry"] - st.get("received_telemetry", 0) for st in drained
        ),
        "dropped": sum(st["dropped"] for st in drained),
        "dispatched": sum(st["dispatched"] for st in drained),
        "cpu_cores": {
            "coordinators": round(sum(mine), 3), "busiest_coordinator": max(mine),
            "broker": cores["broker"],
            "simulators": round(sum(t.cpu_s / t.window_s for t in tallies if t.window_s), 3),
        },
        "coordinator_rss_mb": round(rss / 2**20, 1),
        "dispatch_ms": {"p50": _pct(steady, 50), "p99": _pct(steady, 99),
                        "max": round(max(steady, default=float("nan")) * 1000, 1),
                        "samples": len(steady)},
        "warmup_dispatch_ms": {"p50": _pct(warmup, 50), "p99": _pct(warmup, 99),
                               "samples": len(warmup)},
        "startup_burst_ms": {"p50": _pct(burst, 50), "p99": _pct(burst, 99),
                             "max": round(max(burst, default=float("nan")) * 1000, 1),
                             "samples": len(burst)},
    }  # fmt: skip


def _drained(client: FarmClient, published: dict[str, int]) -> dict[str, int]:
    """The coordinator's counters once it has processed all it will (30 s at most)."""
    deadline = time.monotonic() + 30
    last: dict[str, int] = {}
    while time.monotonic() < deadline:
        stats = _stats(client)
        if all(stats.get(f"received_{k}", 0) >= v for k, v in published.items()):
            return stats
        if stats == last:
            return stats  # nothing moved for a second: what is missing is lost
        last = stats
        time.sleep(1.0)  # polling the counters with a deadline
    return last


def _table(results: list[dict[str, Any]]) -> str:
    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("printers x coordinators", lambda r: f"{r['printers']:,} x {r['coordinators']}"),
        ("store", lambda r: str(r["store"])),
        ("load average (start, end)", lambda r: "{} {}".format(*r["load_average"])),
        ("messages processed /s (each)", lambda r: f"{r['messages_per_s']:,}"),
        ("lost QoS 1 updates (state, events, replies)", lambda r: str(r["lost_qos1_updates"])),
        ("lost telemetry (QoS 0)", lambda r: str(r["lost_telemetry"])),
        ("coordinators CPU (cores, all)", lambda r: str(r["cpu_cores"]["coordinators"])),
        ("busiest coordinator CPU (cores)",
         lambda r: str(r["cpu_cores"]["busiest_coordinator"])),
        ("coordinators RSS (MB, all)", lambda r: str(r["coordinator_rss_mb"])),
        ("broker CPU (cores)", lambda r: str(r["cpu_cores"]["broker"])),
        ("simulators CPU (cores)", lambda r: str(r["cpu_cores"]["simulators"])),
        ("dispatch p50 / p99 (ms)",
         lambda r: f"{r['dispatch_ms']['p50']} / {r['dispatch_ms']['p99']}"),
        ("dispatch samples", lambda r: f"{r['dispatch_ms']['samples']:,}"),
        ("warm-up dispatch p50 / p99 (ms)",
         lambda r: f"{r['warmup_dispatch_ms']['p50']} / {r['warmup_dispatch_ms']['p99']}"),
        ("start-up burst p50 / p99 (ms)",
         lambda r: f"{r['startup_burst_ms']['p50']} / {r['startup_burst_ms']['p99']}"),
        ("jobs dispatched", lambda r: f"{r['dispatched']:,}"),
        ("failed queue top-ups (API too slow)", lambda r: str(r["failed_top_ups"])),
    ]  # fmt: skip
    width = max(len(name) for name, _ in rows)
    cells = [[cell(r) for r in results] for _, cell in rows]
    col = max(11, *(len(c) for row in cells for c in row))
    lines = [f"| {rows[0][0]:<{width}} | " + " | ".join(f"{c:>{col}}" for c in cells[0]) + " |"]
    lines.append(f"|{'-' * (width + 2)}|" + "|".join("-" * (col + 2) for _ in results) + "|")
    for (name, _), row in zip(rows[1:], cells[1:], strict=True):
        lines.append(f"| {name:<{width}} | " + " | ".join(f"{c:>{col}}" for c in row) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--printers", default="1000,5000", help="fleet sizes, comma-separated")
    parser.add_argument("--coordinators", default="1", help="coordinator counts, e.g. 1,2,4")
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL for one, too")
    parser.add_argument("--jobs", type=int, default=10_000, help="jobs kept queued")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds per run")
    parser.add_argument("--warmup", type=float, default=15.0, help="seconds before measuring")
    parser.add_argument("--print-s", type=float, default=30.0, help="mean print time")
    parser.add_argument("--workers", type=int, default=2, help="simulator processes")
    parser.add_argument("--conns", type=int, default=2, help="MQTT connections per process")
    parser.add_argument("--logs", type=Path, help="keep each coordinator's log in this folder")
    a = parser.parse_args()
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    results = []
    for n in (int(x) for x in a.printers.split(",")):
        for k in (int(x) for x in a.coordinators.split(",")):
            results.append(run(n, k, a))
            print(json.dumps(results[-1]), flush=True)
    print(_table(results))


if __name__ == "__main__":
    main()
