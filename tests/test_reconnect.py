"""Reconnecting to a printer that went away: with growing pauses, and never `idle` early.

A `socket://` printer (the virtual printer's TCP mode) that disappears used to be
retried in a tight loop (tens of thousands of state events in two seconds), and every
failed attempt briefly reported `idle` with the port closed. Here the session's every
state transition is recorded while the printer is away and after it comes back.
"""

from __future__ import annotations

import contextlib
import itertools
import random
import re
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from agent.backoff import Backoff
from agent.session import PrinterSession, SessionConfig, SessionError
from agent.session_model import PrinterState, SessionEvent, SessionEventKind, Temperature
from agent.virtual import VirtualPrinter, VirtualPrinterConfig, start_virtual_printer
from broker_config.testing import free_port
from tests.waiting import wait_until

WINDOW_S = 3.0
_NONE = Temperature(actual=0.0)


def test_backoff_doubles_to_its_cap_with_jitter_and_resets() -> None:
    backoff = Backoff(first_s=0.5, cap_s=10.0, jitter=0.25, rng=random.Random(1))
    nominal = [0.5, 1, 2, 4, 8, 10, 10]
    delays = [backoff.next_delay() for _ in nominal]
    for delay, top in zip(delays, nominal, strict=True):
        assert top * 0.75 <= delay <= top
    assert len(set(delays)) == len(delays)  # jittered: two agents do not retry in step
    backoff.reset()
    assert 0.375 <= backoff.next_delay() <= 0.5


class Recorder:
    """Every state transition the session reports, as (monotonic time, state, reason)."""

    def __init__(self) -> None:
        self.states: list[tuple[float, str, str]] = []

    def __call__(self, event: SessionEvent) -> None:
        if event.kind is SessionEventKind.STATE_CHANGED:
            state, _, reason = event.message.partition(": ")
            self.states.append((time.monotonic(), state, reason))

    def attempts(self, since: float = 0.0) -> int:
        return sum(
            1 for t, s, r in self.states if t >= since and (s, r) == ("connecting", "opening port")
        )


def _printer(port: int) -> VirtualPrinter:
    printer = start_virtual_printer(VirtualPrinterConfig(instant=True, tcp_port=port, pty=False))
    assert isinstance(printer, VirtualPrinter)
    return printer


def _failed_reconnects(recorder: Recorder) -> int:
    states = [s for _, s, _ in recorder.states]
    return sum(1 for a, b in itertools.pairwise(states[2:]) if (a, b) == ("connecting", "offline"))


@pytest.fixture
def tcp_port() -> int:
    return free_port()


@pytest.fixture
def rig(tcp_port: int) -> Iterator[tuple[PrinterSession, Recorder]]:
    recorder = Recorder()
    config = SessionConfig(port=f"socket://127.0.0.1:{tcp_port}", reconnect=True)
    session = PrinterSession(config, listener=recorder)
    printer = _printer(tcp_port)
    try:
        session.connect()
        assert session.state is PrinterState.IDLE
        printer.stop()  # the printer goes away for good (connection refused from now on)
        # A reconnect that has failed, not one in flight: a test that plugs the printer in
        # again must find the session already refused at least once.
        wait_until(lambda: _failed_reconnects(recorder) >= 1, 10, "a failed reconnect")
        yield session, recorder
    finally:
        session.close()


def test_a_printer_that_went_away_is_retried_with_growing_pauses(
    rig: tuple[PrinterSession, Recorder],
) -> None:
    session, recorder = rig
    start = time.monotonic()
    time.sleep(WINDOW_S)  # the observation window of the rate under test
    attempts = recorder.attempts(since=start)
    events = sum(1 for t, _, _ in recorder.states if t >= start)
    # Pauses of 0.5, 1, 2 s (less up to a quarter of jitter) fit at most 5 tries in 3 s.
    assert 1 <= attempts <= 5, recorder.states[-20:]
    assert events <= 2 * attempts + 1
    assert session.state is PrinterState.OFFLINE


def test_a_replugged_printer_is_idle_only_after_a_fresh_handshake(
    rig: tuple[PrinterSession, Recorder], tcp_port: int
) -> None:
    session, recorder = rig
    lost_at = len(recorder.states)
    printer = _printer(tcp_port)  # plugged in again, same address
    try:
        assert session.wait_for_state({PrinterState.IDLE}, 30) is PrinterState.IDLE
    finally:
        session.close()
        printer.stop()
    states = [s for _, s, _ in recorder.states]
    # From the first connect: idle, the loss, then failed attempts, then one good one.
    assert states[:3] == ["connecting", "idle", "offline"], recorder.states
    after = " ".join(states[2:])
    assert re.fullmatch(r"offline( connecting offline)+ connecting idle", after), recorder.states
    assert lost_at >= 4
    assert session.snapshot().firmware_name  # the M115 of the new connection was read


class DroppingProxy:
    """TCP in front of a printer: drops the first connection at its first bytes (a
    printer that resets mid-handshake), relays later ones; counts connections open at once."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.accepted = 0
        self.open_now = 0
        self.most_open = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return  # closed
            with self._lock:
                self.accepted += 1
                self.open_now += 1
                self.most_open = max(self.most_open, self.open_now)
                first = self.accepted == 1
            threading.Thread(target=self._serve, args=(conn, first), daemon=True).start()

    def _serve(self, conn: socket.socket, drop: bool) -> None:
        try:
            if drop:
                conn.recv(100)
                return
            with socket.create_connection(("127.0.0.1", self.target)) as far:
                relay = threading.Thread(target=_pipe, args=(far, conn), daemon=True)
                relay.start()
                _pipe(conn, far)
                relay.join(5)
        finally:
            with self._lock:  # counted closed before the host can see it close
                self.open_now -= 1
            conn.close()

    def close(self) -> None:
        self.server.close()


def _pipe(source: socket.socket, sink: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := source.recv(4096):
            sink.sendall(data)
    with contextlib.suppress(OSError):
        sink.shutdown(socket.SHUT_WR)


def test_a_loss_during_the_first_handshake_leaves_one_connect_loop(tcp_port: int) -> None:
    """The caller retries a first connect (as the runner does); the session's own loop is
    for losses after a good connection, so two loops never open the port side by side."""
    printer = _printer(tcp_port)
    proxy = DroppingProxy(tcp_port)
    recorder = Recorder()
    config = SessionConfig(port=f"socket://127.0.0.1:{proxy.port}", reconnect=True)
    session = PrinterSession(config, listener=recorder)
    try:
        for _attempt in range(5):
            try:
                session.connect()
                break
            except SessionError:
                continue  # the caller's own retry, at once (the backoff is not under test)
        assert session.state is PrinterState.IDLE
        wait_until(lambda: proxy.accepted >= 2, 10, "the second connection")
        # Any second loop would open the port within its first pause (at most 0.5 s).
        with contextlib.suppress(AssertionError):
            wait_until(lambda: proxy.accepted > 2, 2, "a third connection")
        assert (proxy.accepted, proxy.most_open) == (2, 1), recorder.states
        assert session.state is PrinterState.IDLE
    finally:
        session.close()
        proxy.close()
        printer.stop()


def test_an_offline_printer_reports_no_temperatures(tcp_port: int) -> None:
    """Readings from before the loss would show a cold, unplugged printer as heating."""
    printer = _printer(tcp_port)
    session = PrinterSession(SessionConfig(port=f"socket://127.0.0.1:{tcp_port}"))
    try:
        session.connect()
        session.send_line("M104 S200")
        wait_until(
            lambda: session.snapshot().temperatures.get("T", _NONE).target == 200,
            20,
            "a report of the hotend heating",
        )
        printer.stop()
        assert session.wait_for_state({PrinterState.OFFLINE}, 20) is PrinterState.OFFLINE
        assert session.snapshot().temperatures == {}
    finally:
        session.close()
