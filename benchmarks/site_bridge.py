"""How fast a site broker's backlog reaches the central broker once the WAN is back.

    python -m benchmarks.site_bridge [--messages 10000] [--outage 5]

Two real Mosquittos as `printfarm site broker-config` sets them up (the central one with
TLS and the bridge's ACL entry, the site's from the generated mosquitto.conf), the WAN a
TCP proxy between them. The WAN is cut; an agent publishes `--messages` QoS 1 events at
the site (they queue in the bridge's session); the WAN is restored. Printed: the time
the bridge took to reconnect (its retry backoff), the time from the WAN's return until
the central broker had delivered every event to a subscriber there, the drain rate,
and whether any event was lost or doubled.
"""

from __future__ import annotations

import argparse
import json
import queue
import tempfile
import time
from pathlib import Path

from broker_config.bridge import site_bridge_topic
from broker_config.testing import MosquittoBroker
from coordinator.pki.authority import pair_paths
from coordinator.pki.farm import FarmCerts
from tests.helpers.mqtt import TestClient
from tests.helpers.site_broker import SiteBroker, site_farm, start_central, wan
from tests.helpers.tcp_proxy import TcpProxy

SITE = "west"
AGENT = "west-1"
TOPIC = f"printfarm/v1/{AGENT}/vp/events"


def _client(broker: MosquittoBroker, certs: FarmCerts, user: str, stem: Path | None) -> TestClient:
    creds = broker.coordinator if user == "coordinator" else broker.agents[user]
    client = TestClient(broker, creds)
    cert, key = pair_paths(stem) if stem is not None else (None, None)
    client.client.tls_set(
        ca_certs=str(certs.ca_cert),
        certfile=str(cert) if cert else None,
        keyfile=str(key) if key else None,
    )
    if client.connect().is_failure:
        raise SystemExit(f"{user} was refused by the broker")
    return client


def _drain(central: TestClient, expected: int, timeout_s: float) -> list[int]:
    """The sequence numbers of the events that arrived, until all or the deadline."""
    seen: list[int] = []
    deadline = time.monotonic() + timeout_s
    while len(seen) < expected and time.monotonic() < deadline:
        try:
            message = central.messages.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            break
        if message.topic == TOPIC:
            seen.append(int(json.loads(message.payload)["seq"]))
    return seen


def run(messages: int, outage_s: float) -> None:
    with tempfile.TemporaryDirectory(prefix="printfarm-bridge-") as tmp:
        folder = Path(tmp)
        certs = site_farm(folder / "certs", SITE)
        with (
            start_central(folder / "central", certs, SITE, [AGENT]) as central,
            wan(central) as link,
        ):
            site = SiteBroker.generate(
                folder / "site", SITE, certs, f"127.0.0.1:{link.port}", [AGENT]
            ).start()
            try:
                _measure(certs, central, site, link, messages, outage_s)
            finally:
                site.stop()


def _measure(  # noqa: PLR0917  # the benchmark's parts
    certs: FarmCerts,
    central: MosquittoBroker,
    site: SiteBroker,
    link: TcpProxy,
    messages: int,
    outage_s: float,
) -> None:
    watch = _client(central, certs, "coordinator", certs.stem("coordinator"))
    watch.subscribe(site_bridge_topic(SITE))
    watch.expect(site_bridge_topic(SITE), 30)
    watch.subscribe(TOPIC)
    agent = _client(site.broker, certs, AGENT, None)
    link.cut()
    watch.expect(site_bridge_topic(SITE), 30)  # "0": the central side knows
    body = {"type": "job_progress", "printer": "vp", "detail": "x" * 120}
    started = time.monotonic()
    for seq in range(messages):
        agent.client.publish(TOPIC, json.dumps({**body, "seq": seq}), qos=1)
    last = json.dumps({**body, "seq": messages}).encode()
    agent.publish(TOPIC, last, qos=1)  # waits for its PUBACK: every event is at the site
    publish_s = time.monotonic() - started
    time.sleep(max(0.0, started + outage_s - time.monotonic()))  # the outage's length
    link.restore()
    back = time.monotonic()
    watch.expect(site_bridge_topic(SITE), 120)
    reconnect_s = time.monotonic() - back
    seen = _drain(watch, messages + 1, 300)
    drained_s = time.monotonic() - back
    agent.close()
    watch.close()
    lost = set(range(messages + 1)) - set(seen)
    print(f"events queued at the site during the outage: {messages + 1} "
          f"(published in {publish_s:.2f} s)")  # fmt: skip
    print(f"bridge reconnected {reconnect_s:.2f} s after the WAN returned (retry backoff)")
    rate = len(seen) / max(drained_s - reconnect_s, 1e-6)
    print(f"every event at the central broker {drained_s:.2f} s after the WAN returned; "
          f"drained at {rate:,.0f} events/s once reconnected")  # fmt: skip
    print(f"lost: {len(lost)}, doubled: {len(seen) - len(set(seen))}, "
          f"in order: {seen == sorted(seen)}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--outage", type=float, default=5.0, help="seconds the WAN is cut")
    args = parser.parse_args()
    run(args.messages, args.outage)


if __name__ == "__main__":
    main()
