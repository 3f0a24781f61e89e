"""Events kept on disk until the broker has acknowledged them, replayed in order.

Every event is written here (and fsynced) before it is handed to MQTT, so an agent
that loses the broker, or crashes, or loses power, still delivers each event exactly in
the order it happened once the broker is back. The file is append-only JSON lines:

    {"e": [printer, seq, topic, payload]}   an event (payload is the JSON text)
    {"a": [printer, seq]}                   the broker acknowledged it (PUBACK)
    {"s": [printer, next_seq]}              a sequence counter (written on compaction)

Sequence numbers are per printer and survive restarts (they are recovered from the
file). When most lines are acknowledged events the file is rewritten (atomically, via
a temporary file and rename) with the counters and the still-pending events only.
A torn last line (power lost mid-write) is ignored: that event was never handed on.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

COMPACT_AFTER_LINES = 2000


class OutboxError(RuntimeError):
    """The outbox file cannot be read or written; the message says which and why."""


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    printer: str
    seq: int
    topic: str
    payload: bytes


class Outbox:
    """Thread-safe; one per agent. Call `open()` before use and `close()` at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._pending: dict[tuple[str, int], OutboxEntry] = {}  # insertion = event order
        self._next_seq: dict[str, int] = {}
        self._lines = 0
        self._file: IO[str] | None = None

    # -- lifecycle ---------------------------------------------------------------------
    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists():
            self._load()
        try:
            self._file = self.path.open("a", encoding="utf-8")
        except OSError as e:
            raise OutboxError(f"cannot open the event outbox {self.path}: {e.strerror}") from e
        if self._lines > COMPACT_AFTER_LINES:
            with self._lock:
                self._compact()

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    # -- API ---------------------------------------------------------------------------
    def append(
        self, printer: str, topic: str, payload_for_seq: Callable[[int], bytes]
    ) -> OutboxEntry:
        """Give the event the printer's next sequence number, store it durably, return it.

        `payload_for_seq(seq)` builds the payload once the number is known. A disk that
        fails is logged and the event kept in memory: the print and the report go on."""
        with self._lock:
            seq = self._next_seq.get(printer, 0)
            payload = payload_for_seq(seq)
            entry = OutboxEntry(printer, seq, topic, payload)
            self._next_seq[printer] = seq + 1
            self._pending[(printer, seq)] = entry
            try:
                self._write({"e": [printer, seq, topic, payload.decode()]})
            except OutboxError as e:
                # Reporting must never stop a print: keep it in memory, say so loudly.
                log.error("%s; event %s #%d is kept in memory only", e, printer, seq)
            return entry

    def ack(self, entry: OutboxEntry) -> None:
        """The broker has it: never replay it again."""
        with self._lock:
            if self._pending.pop((entry.printer, entry.seq), None) is None:
                return
            try:
                self._write({"a": [entry.printer, entry.seq]})
            except OutboxError as e:
                log.error(
                    "%s; event %s #%d may be sent again after a restart",
                    e,
                    entry.printer,
                    entry.seq,
                )
                return
            if self._lines > COMPACT_AFTER_LINES and self._lines > 4 * len(self._pending):
                try:
                    self._compact()
                except OutboxError as e:
                    log.error("%s; the outbox keeps growing until this is fixed", e)

    def pending(self) -> list[OutboxEntry]:
        """Unacknowledged events, oldest first."""
        with self._lock:
            return list(self._pending.values())

    def next_seq(self, printer: str) -> int:
        with self._lock:
            return self._next_seq.get(printer, 0)

    # -- file --------------------------------------------------------------------------
    def _write(self, record: dict[str, list[Any]]) -> None:
        if self._file is None:
            raise OutboxError(f"the event outbox {self.path} is not open")
        try:
            self._file.write(json.dumps(record, separators=(",", ":")) + "\n")
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError as e:
            raise OutboxError(f"cannot write the event outbox {self.path}: {e.strerror}") from e
        self._lines += 1

    def _load(self) -> None:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise OutboxError(
                f"cannot read the event outbox {self.path}: {e} "
                "(move the file away to start with an empty outbox)"
            ) from e
        for number, line in enumerate(lines, 1):
            try:
                self._apply(json.loads(line))
            except (ValueError, TypeError, KeyError, IndexError) as e:
                if number == len(lines):  # torn by a crash mid-write: never handed on
                    log.warning("outbox %s: ignoring a torn last line (%s)", self.path, e)
                    continue
                raise OutboxError(
                    f"{self.path} line {number} is corrupt ({e}); move the file away to "
                    "start with an empty outbox (unsent events would be lost)"
                ) from e
        self._lines = len(lines)

    def _apply(self, record: dict[str, list[Any]]) -> None:
        if "e" in record:
            printer, seq, topic, payload = record["e"]
            entry = OutboxEntry(str(printer), int(seq), str(topic), str(payload).encode())
            self._pending[(entry.printer, entry.seq)] = entry
            self._next_seq[entry.printer] = max(self._next_seq.get(entry.printer, 0), seq + 1)
        elif "a" in record:
            printer, seq = record["a"]
            self._pending.pop((str(printer), int(seq)), None)
        elif "s" in record:
            printer, next_seq = record["s"]
            self._next_seq[str(printer)] = max(self._next_seq.get(str(printer), 0), next_seq)
        else:
            raise ValueError(f"unknown record {sorted(record)}")

    def _compact(self) -> None:
        """Rewrite the file with counters and pending events only (lock held)."""
        temp = self.path.with_suffix(".compact")
        records: list[dict[str, list[Any]]] = [{"s": [p, n]} for p, n in self._next_seq.items()]
        records += [
            {"e": [e.printer, e.seq, e.topic, e.payload.decode()]} for e in self._pending.values()
        ]
        try:
            with temp.open("w", encoding="utf-8") as out:
                out.writelines(json.dumps(r, separators=(",", ":")) + "\n" for r in records)
                out.flush()
                os.fsync(out.fileno())
            if self._file is not None:
                self._file.close()
            os.replace(temp, self.path)
            _fsync_dir(self.path.parent)
            self._file = self.path.open("a", encoding="utf-8")
        except OSError as e:
            raise OutboxError(f"cannot compact the event outbox {self.path}: {e.strerror}") from e
        self._lines = len(records)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
