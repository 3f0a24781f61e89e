"""Benchmark of the dashboard: time to the first full screen of the fleet page and how it
keeps up with printer updates, with 100, 500 and 2,000 printers in headless Chromium
(Debian's /usr/bin/chromium, driven by Playwright); and the coordinator's CPU added by 20
open dashboards (20 live streams) while 500 printers send telemetry once a second.

    .venv/bin/python benchmarks/dashboard.py
    .venv/bin/python benchmarks/dashboard.py --sizes 500 --rates 500 --seconds 5

A real `printfarm coordinator` process, a real Mosquitto, one simulated agent hosting the
printers (tests/sim_agents.py). Time to first screen: from the navigation's start to the
frame that shows every card (median of `--loads` loads). Updates: `--rates` printer
updates per second through the page's own live path (tests/helpers/dash_load.py) for
`--seconds`; the frame times come from requestAnimationFrame. CPU: the coordinator
process' user+system seconds per second (psutil) over `--cpu-seconds`, without and with
`--dashboards` signed-in streams of GET /live (what each open page holds; the pages' own
rendering is the browsers' cost, not the coordinator's).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import httpx
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agent.wire import Channel, Telemetry, Temperature, encode, printer_topic
from broker_config.testing import MosquittoBroker, free_port
from coordinator.accounts.models import Scope
from tests.farm_processes import CoordinatorProcess
from tests.helpers.accounts import admin_password_file
from tests.helpers.browser import chromium
from tests.helpers.dash_load import feed_updates, first_screen
from tests.sim_agents import SimAgent, SimPrinter
from tests.waiting import wait_until

AGENT = "sim"


@contextmanager
def farm(broker: MosquittoBroker, folder: Path, printers: int) -> Iterator[tuple[str, Any]]:
    """A coordinator process and `printers` simulated printers, all online."""
    coordinator = CoordinatorProcess(folder / "coord", broker.coordinator_url(), free_port())
    creds = broker.agents.get(AGENT) or broker.add_agent(AGENT)
    sims = [SimPrinter(f"p{i:04d}") for i in range(printers)]
    agent = SimAgent(AGENT, broker.host, broker.port, sims, password=creds.password)
    agent.start()
    client = coordinator.start()
    try:
        wait_until(
            lambda: sum(p.online for p in client.printers()) == printers, 120, "printers online"
        )
        yield client.base_url, (coordinator, agent, client)
    finally:
        client.close()
        coordinator.stop()
        agent.stop()


def browser_figures(
    url: str, folder: Path, printers: int, args: argparse.Namespace
) -> dict[str, Any]:
    password = admin_password_file(folder).read_text().strip()
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(url + "/login")
        page.fill("input[name=username]", "admin")
        page.fill("input[name=password]", password)
        page.click("form#login button[type=submit]")
        page.wait_for_url(url + "/")
        loads = [first_screen(page, url, printers)["from_navigation_ms"] for _ in range(args.loads)]
        updates = {rate: feed_updates(page, rate, args.seconds) for rate in args.rates}
    return {"first_screen_ms": loads, "first_screen_median_ms": statistics.median(loads),
            "updates": updates}  # fmt: skip


def _telemetry(agent: SimAgent, stop: threading.Event) -> None:
    """Every printer's telemetry once a second, its temperature changing each time."""
    n = 0
    while not stop.wait(max(0.0, 1.0 - (time.monotonic() % 1.0))):
        n += 1
        for printer_id in agent.printers:
            t = Telemetry(
                ts=time.time(), state="idle",  # type: ignore[arg-type]
                temperatures={"T0": Temperature(actual=20 + n % 7, target=None)},
            )  # fmt: skip
            topic = printer_topic(AGENT, printer_id, Channel.TELEMETRY)
            agent.client.publish(topic, encode(t), qos=0)


def _cpu(pid: int, seconds: float) -> float:
    proc = psutil.Process(pid)
    procs = [proc, *proc.children(recursive=True)]  # its telemetry process too
    before = sum(sum(p.cpu_times()[:2]) for p in procs)
    time.sleep(seconds)
    return (sum(sum(p.cpu_times()[:2]) for p in procs) - before) / seconds


def _stream(url: str, token: str, stop: threading.Event, counts: list[int]) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    with (
        httpx.Client(base_url=url, headers=headers, timeout=None) as http,
        http.stream("GET", "/live") as r,
        suppress(httpx.RemoteProtocolError),  # the coordinator stopped: cut mid-stream
    ):
        for line in r.iter_lines():
            if line.startswith("data:"):
                counts.append(len(line))
            if stop.is_set():
                return


def cpu_figures(url: str, handles: Any, args: argparse.Namespace) -> dict[str, float]:
    coordinator, agent, client = handles
    stop = threading.Event()
    feeder = threading.Thread(target=_telemetry, args=(agent, stop), daemon=True)
    feeder.start()
    time.sleep(3)  # let the telemetry reach a steady rate
    idle = _cpu(coordinator.proc.pid, args.cpu_seconds)
    token = client.create_token(Scope.READ, name="bench").secret
    counts: list[int] = []
    streams = [
        threading.Thread(target=_stream, args=(url, token, stop, counts), daemon=True)
        for _ in range(args.dashboards)
    ]
    for s in streams:
        s.start()
    time.sleep(3)
    received_before = len(counts)
    busy = _cpu(coordinator.proc.pid, args.cpu_seconds)
    messages = (len(counts) - received_before) / args.cpu_seconds / args.dashboards
    stop.set()
    return {"cpu_without": idle, "cpu_with": busy, "cpu_added": busy - idle,
            "messages_per_s_per_dashboard": messages}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=lambda s: [int(x) for x in s.split(",")], default=[100, 500, 2000]
    )
    parser.add_argument(
        "--rates", type=lambda s: [int(x) for x in s.split(",")], default=[500, 2000]
    )
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--loads", type=int, default=3)
    parser.add_argument("--dashboards", type=int, default=20)
    parser.add_argument("--cpu-printers", type=int, default=500)
    parser.add_argument("--cpu-seconds", type=float, default=15)
    args = parser.parse_args()
    results: dict[str, Any] = {}
    with (
        tempfile.TemporaryDirectory() as tmp,
        MosquittoBroker.start(Path(tmp) / "mqtt", [AGENT]) as broker,
    ):
        for n in args.sizes:
            folder = Path(tmp) / f"farm-{n}"
            with farm(broker, folder, n) as (url, _handles):
                results[f"{n} printers"] = figures = browser_figures(url, folder, n, args)
            _print(n, figures)
        if args.dashboards:
            folder = Path(tmp) / "farm-cpu"
            with farm(broker, folder, args.cpu_printers) as (url, handles):
                results["cpu"] = cpu = cpu_figures(url, handles, args)
            _print_cpu(args, cpu)
    with suppress(OSError):
        print(json.dumps(results, indent=1))


def _print(n: int, f: dict[str, Any]) -> None:
    loads = ", ".join(f"{x:.0f}" for x in f["first_screen_ms"])
    print(f"{n} printers: first screen {f['first_screen_median_ms']:.0f} ms ({loads})")
    for rate, u in f["updates"].items():
        print(
            f"  {rate} updates/s asked: {u['sent_per_s']:.0f}/s received, "
            f"{u['applied_per_s']:.0f}/s drawn (newest per printer per frame), {u['fps']:.0f} fps, "
            f"frame p50 {u['frame_p50_ms']:.0f} ms, p95 {u['frame_p95_ms']:.0f} ms, "
            f"max {u['frame_max_ms']:.0f} ms, {u['frames_over_50ms']} frames over 50 ms"
        )


def _print_cpu(args: argparse.Namespace, cpu: dict[str, float]) -> None:
    print(
        f"coordinator CPU, {args.cpu_printers} printers sending telemetry at 1 Hz: "
        f"{cpu['cpu_without']:.2f} cores without dashboards, {cpu['cpu_with']:.2f} with "
        f"{args.dashboards} (+{cpu['cpu_added']:.2f}); "
        f"{cpu['messages_per_s_per_dashboard']:.1f} messages/s per dashboard"
    )


if __name__ == "__main__":
    main()
