"""Seeded fault injection. Each fault kind draws from its own random stream, so turning
one fault on or off never changes when another one fires."""

from __future__ import annotations

import math
import random

from agent.virtual.config import FaultConfig

# Commands the host sends on its own (handshake, polling). They are never corrupted and
# never recorded, so the record of a print equals the commands of its file.
UNRECORDED_COMMANDS = frozenset({"M110", "M105", "M114", "M115", "M155", "M113"})


def command_word(command: str) -> str:
    """`"g1 x5"` -> `"G1"`, `"M0110 N0"` -> `"M110"`, `"T0"` -> `"T0"` ('' if none)."""
    if not command:
        return ""
    letter = command[0].upper()
    end = 1
    while end < len(command) and command[end].isdigit():
        end += 1
    digits = command[1:end]
    return letter + str(int(digits)) if digits else letter


def is_recorded(command: str) -> bool:
    """True if the virtual printer records this command (N, checksum, comment stripped)."""
    return command_word(command) not in UNRECORDED_COMMANDS


class FaultInjector:
    def __init__(self, config: FaultConfig) -> None:
        self.config = config
        seed = config.seed
        self._noise_rng = random.Random(f"{seed}:noise")
        self._lost_rng = random.Random(f"{seed}:lost")
        self._dup_rng = random.Random(f"{seed}:dup")
        self._garble_rng = random.Random(f"{seed}:garble")
        self._noise = config.noise_pct / 100
        self._lost = config.lost_lines_pct / 100
        self._dup = config.dup_ok_pct / 100
        self._garble = config.garble_pct / 100
        self.receive_active = self._noise > 0 or self._lost > 0
        self.garble_active = self._garble > 0
        self._garble_skip = self._next_garble_gap()
        self.counts = {"noise": 0, "lost": 0, "dup_ok": 0, "garble": 0}

    def receive(self, line: str, command: str) -> str | None:
        """A received numbered data line as the firmware sees it (None: it vanished)."""
        if self._lost and self._lost_rng.random() < self._lost:
            self.counts["lost"] += 1
            return None
        if self._noise and self._noise_rng.random() < self._noise:
            self.counts["noise"] += 1
            return self._corrupt(line, command)
        return line

    def _corrupt(self, line: str, command: str) -> str:
        # Flip one character of the command itself, so the checksum (not the line
        # number) is what fails, as with real line noise in the payload.
        start = line.find(command) if command else -1
        if start < 0:
            start, length = 0, max(1, line.find("*"))
        else:
            length = len(command)
        pos = start + self._noise_rng.randrange(length)
        old = line[pos]
        new = chr(ord(old) ^ (1 << self._noise_rng.randrange(5)))
        if new in "\n\r*;" or new == old:
            new = "#"
        return line[:pos] + new + line[pos + 1 :]

    def duplicate_ok(self) -> bool:
        if self._dup and self._dup_rng.random() < self._dup:
            self.counts["dup_ok"] += 1
            return True
        return False

    def _next_garble_gap(self) -> int:
        if self._garble <= 0:
            return -1
        if self._garble >= 1:
            return 0
        # Geometric gap between corrupted bytes: one draw per fault, not per byte.
        u = self._garble_rng.random()
        return int(math.log(1.0 - u) / math.log(1.0 - self._garble))

    def garble(self, data: bytes) -> bytes:
        """Corrupt outgoing bytes at the configured per-byte rate (newlines survive)."""
        if self._garble_skip >= len(data):
            self._garble_skip -= len(data)
            return data
        buf = bytearray(data)
        pos = self._garble_skip
        while pos < len(buf):
            if buf[pos] != 0x0A:
                buf[pos] = self._garble_rng.choice(b"#%&?~@\x7f\x80\xa3\xfe\xff")
                self.counts["garble"] += 1
            pos += 1 + self._next_garble_gap()
        self._garble_skip = pos - len(buf)
        return bytes(buf)
