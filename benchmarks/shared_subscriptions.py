"""What a real Mosquitto does with agents' events when one of three coordinators dies.

Three subscribers log in as the `coordinator` user of broker_config's ACL (so this also
shows that the ACL lets them subscribe with `$share/…`: Mosquitto checks the topic
without the prefix) and take QoS 1 events of 20 printers the way the coordinator does:
acknowledged only once handled (manual ack, `--handle-ms` after arrival). An agent
publishes `--events` events at `--rate` per second; a third of the way through, one
subscriber is killed (its socket closed without DISCONNECT, as SIGKILL leaves it).
`--settle` seconds after the last event, it counts per mode:

- `shared-persistent`: `$share/printfarm/…` on persistent sessions (clean_session=0,
  the coordinator's choice so that a restart loses nothing);
- `shared-clean`: `$share/printfarm/…` on clean sessions;
- `every`: each subscriber reads every event (what printfarm does: fenced store writes
  and the history's unique (printer, seq) make the copies harmless).

Figures: events handled by the survivors (by anyone, for `every`), lost (neither the
survivors nor a session kept them), parked (queued in the dead member's session until it
comes back), and "switches": consecutive events of one printer handled by different
subscribers (where a printer's order can break).

    .venv/bin/python benchmarks/shared_subscriptions.py [--events 600 --rate 200]
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from broker_config.testing import MosquittoBroker

PRINTERS = 20
SHARED = "$share/printfarm/printfarm/v1/+/+/events"
EVERY = "printfarm/v1/+/+/events"


@dataclass(frozen=True)
class Settings:
    events: int
    rate: float  # events per second
    handle_s: float  # from arrival to acknowledgement
    settle_s: float  # waited after the last event


@dataclass
class Member:
    name: str
    client: mqtt.Client
    handled: list[tuple[str, int]] = field(default_factory=list)  # (printer, seq)
    lock: threading.Lock = field(default_factory=threading.Lock)
    dead: bool = False  # killed: what it had not acknowledged was never handled


def _member(broker: MosquittoBroker, name: str, topic: str, clean: bool, handle_s: float) -> Member:
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=name, clean_session=clean)
    client.username_pw_set(broker.coordinator.username, broker.coordinator.password)
    client.manual_ack_set(True)
    member = Member(name, client)

    def on_message(c: mqtt.Client, _u: object, msg: mqtt.MQTTMessage) -> None:
        printer, seq = msg.topic.split("/")[3], int(msg.payload)

        def handle() -> None:  # the coordinator acks after its cycle's commit
            with member.lock:
                if member.dead:
                    return
                member.handled.append((printer, seq))
            c.ack(msg.mid, msg.qos)

        threading.Timer(handle_s, handle).start()

    client.on_message = on_message
    client.on_connect = lambda c, *_: c.subscribe(topic, 1)
    client.connect(broker.host, broker.coordinator_port)
    client.loop_start()
    return member


def _kill(member: Member) -> None:
    """Close the socket under the client: no DISCONNECT, no will, as SIGKILL leaves it."""
    sock = member.client.socket()
    with member.lock:
        member.dead = True
    member.client.loop_stop()
    if sock is not None:
        sock.close()


def run_mode(mode: str, settings: Settings) -> dict[str, int]:
    with tempfile.TemporaryDirectory() as tmp:
        broker = MosquittoBroker.start(Path(tmp), agents=("agent-1",))
        try:
            return _scenario(broker, mode, settings)
        finally:
            broker.stop()


def _scenario(broker: MosquittoBroker, mode: str, settings: Settings) -> dict[str, int]:
    topic = EVERY if mode == "every" else SHARED
    clean = mode == "shared-clean"
    members = [
        _member(broker, f"printfarm-coordinator-{i}", topic, clean, settings.handle_s)
        for i in range(3)
    ]
    agent = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="agent-1")
    creds = broker.agents["agent-1"]
    agent.username_pw_set(creds.username, creds.password)
    agent.connect(broker.host, broker.port)
    agent.loop_start()
    time.sleep(1.0)  # subscriptions in place (a benchmark, not a test)
    seqs: dict[str, int] = defaultdict(int)
    for n in range(settings.events):
        if n == settings.events // 3:
            _kill(members[0])
        printer = f"p{n % PRINTERS}"
        seqs[printer] += 1
        agent.publish(f"printfarm/v1/agent-1/{printer}/events", str(seqs[printer]), qos=1)
        time.sleep(1 / settings.rate)  # the agent's pace
    time.sleep(settings.settle_s)
    agent.loop_stop()
    for member in members[1:]:
        member.client.loop_stop()
    return _count(members, seqs, mode)


def _count(members: list[Member], seqs: dict[str, int], mode: str) -> dict[str, int]:
    sent = {(p, s) for p, last in seqs.items() for s in range(1, last + 1)}
    survivors = {e for m in members[1:] for e in m.handled}
    everyone = survivors | set(members[0].handled)
    by_printer: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for m in members:
        for printer, seq in m.handled:
            by_printer[printer].append((seq, m.name))
    switches = 0
    if mode != "every":
        for handled in by_printer.values():
            names = [name for _seq, name in sorted(handled)]
            switches += sum(a != b for a, b in itertools.pairwise(names))
    missing = sent - everyone
    parked = len(missing) if mode == "shared-persistent" else 0
    return {
        "sent": len(sent),
        "handled_by_survivors": len(survivors),
        "lost": len(missing) - parked,
        "parked_in_dead_session": parked,
        "printer_switches": switches,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=600)
    parser.add_argument("--rate", type=float, default=200.0, help="events per second")
    parser.add_argument("--handle-ms", type=float, default=50.0, help="time to ack")
    parser.add_argument("--settle", type=float, default=3.0, help="seconds after the last event")
    args = parser.parse_args()
    print(f"{'mode':<18} {'sent':>5} {'survivors':>9} {'lost':>5} {'parked':>6} {'switches':>8}")
    for mode in ("shared-persistent", "shared-clean", "every"):
        settings = Settings(args.events, args.rate, args.handle_ms / 1000, args.settle)
        r = run_mode(mode, settings)
        print(
            f"{mode:<18} {r['sent']:>5} {r['handled_by_survivors']:>9} {r['lost']:>5} "
            f"{r['parked_in_dead_session']:>6} {r['printer_switches']:>8}"
        )


if __name__ == "__main__":
    main()
