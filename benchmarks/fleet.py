"""Fleet benchmark: one coordinator, thousands of simulated agents, 10,000 queued jobs.

    .venv/bin/python benchmarks/fleet.py --printers 1000 --jobs 10000 --duration 60

Mosquitto (embedded, anonymous, loopback) and `printfarm coordinator` run as processes;
simulated agents speak the v1 wire contract from `--workers` processes, many paho
clients per process on one selector loop (no serial, no threads per agent). Each printer
publishes telemetry at 1 Hz, its retained state on every change, and "prints" a job for
`--print-s` seconds, ejecting the part itself (so it is free again at once).

Reported: messages processed per second by the coordinator, lost state updates (state
messages the agents published minus those the coordinator processed), coordinator CPU
and RSS, and dispatch latency p50/p99 from "printer became free" (the idle state was
published) to "start command received" (measured in the agent process, one clock).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import resource
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import paho.mqtt.client as mqtt
import psutil
from paho.mqtt.enums import CallbackAPIVersion

from agent.wire import (
    AgentStatus,
    BuildVolume,
    Capabilities,
    Channel,
    JobFinished,
    JobProgress,
    JobStarted,
    Presence,
    PrinterState,
    PrinterStateName,
    StartJob,
    Telemetry,
    Temperature,
    WireError,
    encode,
    parse_command,
    printer_topic,
    status_topic,
)
from broker_config.testing import free_port
from coordinator.client import ApiError, FarmClient
from coordinator.embedded_broker import EmbeddedBroker

CAPS = Capabilities(firmware="marlin")
VOLUME = BuildVolume(x=220, y=220, z=250)


class SimPrinter:
    """One agent with one printer, on a paho client driven by the shared loop."""

    def __init__(self, agent_id: str, host: str, port: int, print_s: float) -> None:
        self.agent_id, self.print_s = agent_id, print_s
        self.job: StartJob | None = None
        self.job_end = 0.0
        self.free_since: float | None = None
        self.seq = 0
        self.states_sent = 0
        self.latencies: list[float] = []
        self.client = mqtt.Client(
            CallbackAPIVersion.VERSION2, client_id=f"bench-{agent_id}", protocol=mqtt.MQTTv311
        )
        offline = encode(AgentStatus(presence=Presence.OFFLINE))
        self.client.will_set(status_topic(agent_id), offline, qos=1, retain=True)
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message
        self.client.connect(host, port, keepalive=60)

    def topic(self, channel: Channel) -> str:
        return printer_topic(self.agent_id, "p", channel)

    def _on_connect(self, client: mqtt.Client, *_args: object) -> None:
        client.subscribe(self.topic(Channel.COMMANDS), qos=1)
        status = AgentStatus(presence=Presence.ONLINE, printers=("p",), since=time.time())
        client.publish(status_topic(self.agent_id), encode(status), qos=1, retain=True)
        self.publish_state()

    def snapshot(self) -> PrinterState:
        job = None
        if self.job is not None:
            done = 1 - max(0.0, self.job_end - time.monotonic()) / self.print_s
            job = JobProgress(job_id=self.job.job_id, progress=min(1.0, max(0.0, done)))
        return PrinterState(
            ts=time.time(), state=PrinterStateName.PRINTING if job else PrinterStateName.IDLE,
            job=job, temperatures={"T0": Temperature(actual=200.0)}, capabilities=CAPS,
            profile="marlin2", build_volume=VOLUME, bed_clear=True, ejects_parts=True,
        )  # fmt: skip

    def publish_state(self) -> None:
        self.client.publish(self.topic(Channel.STATE), encode(self.snapshot()), qos=1, retain=True)
        self.states_sent += 1
        if self.job is None:
            self.free_since = time.monotonic()

    def telemetry(self) -> None:
        snap = self.snapshot()
        t = Telemetry(ts=snap.ts, state=snap.state, temperatures=snap.temperatures,
                      job_id=snap.job.job_id if snap.job else None,
                      progress=snap.job.progress if snap.job else None)  # fmt: skip
        self.client.publish(self.topic(Channel.TELEMETRY), encode(t), qos=0)

    def _on_message(self, _c: mqtt.Client, _u: object, msg: mqtt.MQTTMessage) -> None:
        now = time.monotonic()
        try:
            command = parse_command(msg.payload)
        except WireError:
            return
        if not isinstance(command, StartJob) or self.job is not None:
            return
        if self.free_since is not None:
            self.latencies.append(now - self.free_since)
            self.free_since = None
        # Jittered so printers free up at different moments, as in a real farm.
        self.job, self.job_end = command, now + self.print_s * random.uniform(0.5, 1.5)
        self.seq += 1
        started = JobStarted(
            seq=self.seq,
            ts=time.time(),
            job_id=command.job_id,
            file_sha256=command.sha256,
            fencing_token=command.fencing_token,
        )
        self.client.publish(self.topic(Channel.EVENTS), encode(started), qos=1)
        self.publish_state()

    def tick(self, now: float) -> None:
        if self.job is not None and now >= self.job_end:
            self.seq += 1
            done = JobFinished(seq=self.seq, ts=time.time(), job_id=self.job.job_id,
                               duration_s=self.print_s)  # fmt: skip
            self.client.publish(self.topic(Channel.EVENTS), encode(done), qos=1)
            self.job = None
            self.publish_state()


def _loop(printers: list[SimPrinter], until: float) -> None:
    """Drive every client from one selector (paho's external-loop API)."""
    sel = selectors.DefaultSelector()
    for p in printers:
        sel.register(p.client.socket(), selectors.EVENT_READ, p)  # type: ignore[arg-type]
    next_telemetry = time.monotonic()
    rng = random.Random(1)
    while time.monotonic() < until:
        for key, _ in sel.select(timeout=0.05):
            key.data.client.loop_read()
        now = time.monotonic()
        for p in printers:
            if p.client.want_write():
                p.client.loop_write()
            p.tick(now)
        if now >= next_telemetry:
            next_telemetry = now + 1.0
            for p in rng.sample(printers, len(printers)):
                p.telemetry()
                p.client.loop_misc()


def worker(  # noqa: PLR0917  # a multiprocessing target takes positional arguments
    index: int, count: int, host: str, port: int, args: dict[str, float], out: mp.Queue
) -> None:  # type: ignore[type-arg]
    printers = [SimPrinter(f"b{index}-{i}", host, port, args["print_s"]) for i in range(count)]
    _loop(printers, time.monotonic() + args["duration"])
    latencies = [x for p in printers for x in p.latencies]
    out.put({"states": sum(p.states_sent for p in printers), "latencies": latencies})
    for p in printers:
        p.client.disconnect()


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--printers", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--print-s", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=4)
    a = parser.parse_args()
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        broker = EmbeddedBroker.start(tmp / "broker", kind="mosquitto")
        port = free_port()
        coord = subprocess.Popen(
            [sys.executable, "-c", "from coordinator.cli import app; app()", "coordinator",
             "--data", str(tmp / "coord"), "--broker", broker.url, "--http-port", str(port)],
            stdout=(tmp / "coord.log").open("wb"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            _run(a, broker, coord, port, tmp)
        finally:
            coord.terminate()
            coord.wait(30)
            broker.stop()


def _run(a: argparse.Namespace, broker: EmbeddedBroker, coord: subprocess.Popen[bytes],
         port: int, tmp: Path) -> None:  # fmt: skip
    client = FarmClient(f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + 30
    while True:
        try:
            client.health()
            break
        except ApiError:  # not up yet
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    job = tmp / "job.gcode"
    job.write_text("G28\nG1 X10 Y10 E1\n")
    t0 = time.monotonic()
    for _ in range(a.jobs // 1000):
        client.submit(job, copies=1000)
    if a.jobs % 1000:
        client.submit(job, copies=a.jobs % 1000)
    print(f"queued {a.jobs} jobs in {time.monotonic() - t0:.1f} s")
    proc = psutil.Process(coord.pid)
    out: mp.Queue = mp.Queue()  # type: ignore[type-arg]
    per = [
        a.printers // a.workers + (1 if i < a.printers % a.workers else 0) for i in range(a.workers)
    ]
    args = {"print_s": a.print_s, "duration": a.duration}
    workers = [
        mp.Process(target=worker, args=(i, n, broker.host, broker.port, args, out))
        for i, n in enumerate(per)
    ]
    for w in workers:
        w.start()
    time.sleep(a.duration / 3)  # measure CPU over the steady middle third
    stats0, cpu0, t_mid = client._request("GET", "/stats"), proc.cpu_times(), time.monotonic()
    time.sleep(a.duration / 3)
    stats1, cpu1, t_end = client._request("GET", "/stats"), proc.cpu_times(), time.monotonic()
    rss = proc.memory_info().rss
    results = [out.get(timeout=a.duration + 120) for _ in workers]
    for w in workers:
        w.join(30)
    time.sleep(2)  # let the last published states arrive before counting
    final = client._request("GET", "/stats")
    published = sum(r["states"] for r in results)
    latencies = [x for r in results for x in r["latencies"]]
    span = t_end - t_mid
    cpu = (cpu1.user + cpu1.system - cpu0.user - cpu0.system) / span
    report = {
        "printers": a.printers,
        "jobs": a.jobs,
        "messages_per_s": round((stats1["received"] - stats0["received"]) / span),
        "state_published": published,
        "state_processed": final.get("received_state", 0),
        "lost_state_updates": published - final.get("received_state", 0),
        "dropped": final["dropped"],
        "dispatched": final["dispatched"],
        "coordinator_cpu_cores": round(cpu, 3),
        "coordinator_rss_mb": round(rss / 2**20, 1),
        "dispatch_p50_ms": round(_percentile(latencies, 50) * 1000, 1),
        "dispatch_p99_ms": round(_percentile(latencies, 99) * 1000, 1),
        "dispatch_samples": len(latencies),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
