"""Seeded fault simulation: the protocol against a tiny Marlin-rules model, thousands of lines.

The model follows Marlin 2's `queue.cpp`: it checks the line number first, then the
checksum; a bad line gets `Error:...`, `Resend: last+1` and `ok`, and everything else in
the same read is flushed; an accepted line is executed once and answered `ok`. Faults:
damaged or lost lines on the way in, lost / duplicated / damaged replies on the way out.
"Identical" means the model executed exactly the commands enqueued, in order, once each,
and the host emitted exactly one Ack per line.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest

from agent.protocol.events import Ack, LinkLost, Timeout
from agent.protocol.framing import checksum
from agent.protocol.host import HostProtocol, ProtocolSettings


@dataclass
class Faults:
    noise: float = 0.0  # a byte of a host line damaged
    lost_line: float = 0.0  # a host line never arrives
    lost_ok: float = 0.0  # an `ok` never arrives
    dup_ok: float = 0.0  # an extra `ok` right after a real one
    garbled_reply: float = 0.0  # a byte of a reply line damaged


@dataclass
class MiniMarlin:
    rng: random.Random
    faults: Faults
    advanced_ok: bool = False
    last_n: int = 0
    executed: list[str] = field(default_factory=list)

    def receive(self, lines: list[bytes]) -> bytes:
        out: list[str] = []
        for line in lines:
            if self.rng.random() < self.faults.lost_line:
                continue
            if not self._line(self._damage(line).decode("latin-1"), out):
                break  # Marlin flushes its receive buffer after an error
        return self._transmit(out)

    def _damage(self, line: bytes) -> bytes:
        if self.rng.random() >= self.faults.noise:
            return line
        position = self.rng.randrange(len(line))
        return line[:position] + bytes([self.rng.randrange(32, 127)]) + line[position + 1 :]

    def _line(self, text: str, out: list[str]) -> bool:
        if not text.startswith("N"):
            self._reply_ok(out, None)
            return True
        star = text.rfind("*")
        try:
            number = int(text[1:].split(" ", 1)[0])
            sent_sum = int(text[star + 1 :]) if star > 0 else -1
        except ValueError:
            number, sent_sum = -1, -1
        if "M110" in text and number == 0:
            self.last_n = 0
            self._reply_ok(out, 0)
            return True
        if number != self.last_n + 1:
            return self._error(out, "Line Number is not Last Line Number+1")
        if star < 0 or sent_sum != checksum(text[:star].encode("latin-1")):
            return self._error(out, "checksum mismatch")
        self.last_n = number
        self.executed.append(text[text.index(" ") + 1 : star])
        self._reply_ok(out, number)
        return True

    def _error(self, out: list[str], message: str) -> bool:
        out += [f"Error:{message}, Last Line: {self.last_n}", f"Resend: {self.last_n + 1}", "ok"]
        return False

    def _reply_ok(self, out: list[str], number: int | None) -> None:
        ok = "ok" if not self.advanced_ok else f"ok N{number} P15 B3" if number else "ok P15 B3"
        if self.rng.random() >= self.faults.lost_ok:
            out.append(ok)
        if self.rng.random() < self.faults.dup_ok:
            out.append(ok)

    def _transmit(self, out: list[str]) -> bytes:
        data = bytearray()
        for reply in out:
            raw = bytearray(reply.encode() + b"\n")
            if self.rng.random() < self.faults.garbled_reply:
                raw[self.rng.randrange(len(raw))] = self.rng.randrange(256)
            data += raw
        return bytes(data)


def simulate(
    seed: int, faults: Faults, lines: int = 2000, **settings: int | bool
) -> tuple[MiniMarlin, list[str], list[int | None], float]:
    rng = random.Random(seed)
    printer = MiniMarlin(rng, faults, advanced_ok=bool(settings.get("advanced_ok")))
    proto = HostProtocol(ProtocolSettings(**settings))  # type: ignore[arg-type]
    commands = [f"G1 X{i % 97}.{i % 10} Y{(i * 13) % 89}.5 E{i * 0.01:.3f}" for i in range(lines)]
    proto.handshake()
    for command in commands:
        proto.enqueue(command)
    acked: list[int | None] = []
    now, worst_gap, last_progress = 0.0, 0.0, 0.0
    while not proto.idle and now < lines * 5:
        out = proto.take_output(now)
        reply = printer.receive(out.splitlines(keepends=False)) if out else b""
        cut = rng.randrange(len(reply) + 1)  # replies arrive in arbitrary chunks
        events = proto.feed(reply[:cut], now) + proto.feed(reply[cut:], now)
        now += 0.002
        events += proto.poll(now)
        assert not [e for e in events if isinstance(e, LinkLost)], events
        new_acks = [e.line_number for e in events if isinstance(e, Ack)]
        if new_acks:
            worst_gap = max(worst_gap, now - last_progress)
            last_progress = now
        acked += new_acks
        if not out and not events and (deadline := proto.next_deadline()) is not None:
            now = max(now, deadline)  # nothing happening: jump to the next timer
    return printer, commands, acked, worst_gap


FAULT_MATRIX = [
    pytest.param(Faults(), {}, id="clean"),
    pytest.param(Faults(noise=0.05), {}, id="5%-noise"),
    pytest.param(Faults(lost_line=0.01), {}, id="1%-lost-lines"),
    pytest.param(Faults(lost_ok=0.01), {}, id="1%-lost-oks"),
    pytest.param(Faults(dup_ok=0.02), {}, id="2%-duplicate-ok"),
    pytest.param(Faults(garbled_reply=0.01), {}, id="1%-garbled-replies"),
    pytest.param(Faults(noise=0.05), {"window": 4}, id="window-4-5%-noise"),
    pytest.param(Faults(noise=0.05, lost_line=0.01), {"window": 8}, id="window-8-noise-loss"),
    pytest.param(
        Faults(noise=0.03, lost_line=0.01, lost_ok=0.01, dup_ok=0.02, garbled_reply=0.01),
        {"window": 4, "advanced_ok": True},
        id="advanced-ok-everything",
    ),
    pytest.param(
        Faults(noise=0.03, lost_line=0.01, lost_ok=0.01, dup_ok=0.02, garbled_reply=0.01),
        {},
        id="one-per-ok-everything",
    ),
]


@pytest.mark.parametrize(("faults", "settings"), FAULT_MATRIX)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fault_matrix_prints_identically(
    faults: Faults, settings: dict[str, int | bool], seed: int
) -> None:
    printer, commands, acked, _ = simulate(seed, faults, **settings)
    assert printer.executed == commands
    assert acked == list(range(1, len(commands) + 1))


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_each_lost_line_is_recovered_within_two_seconds(seed: int) -> None:
    _, _, acked, worst_gap = simulate(seed, Faults(lost_line=0.01))
    assert len(acked) == 2000
    assert worst_gap < 2.0


def test_timeouts_actually_happen_in_the_lossy_runs() -> None:
    """Guard against a simulation that never exercises recovery."""
    rng = random.Random(7)
    printer = MiniMarlin(rng, Faults(lost_line=1.0))
    proto = HostProtocol(ProtocolSettings())
    proto.handshake()
    printer.receive(proto.take_output(0.0).splitlines())
    assert isinstance(proto.poll(2.0)[0], Timeout)
