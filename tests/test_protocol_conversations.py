"""Conversation tests: the host protocol against scripted firmware replies, step by step.

Each test opens with the story it plays, then the bytes in and out. Time is a plain number
we advance by hand; nothing sleeps. `Host` wraps the protocol so a transcript reads as
"host sends ...", "printer answers ...".
"""

from __future__ import annotations

from typing import Any

import pytest

from agent.protocol.events import (
    Ack,
    Busy,
    Event,
    FirmwareError,
    FirmwareStarted,
    LinkLost,
    Resent,
    TemperatureReport,
    Timeout,
    Unrecognized,
)
from agent.protocol.framing import frame
from agent.protocol.host import HostProtocol, ProtocolSettings


def n(number: int, command: str) -> str:
    """The framed line as text, without newline: what the printer receives."""
    return frame(number, command).decode().rstrip("\n")


class Host:
    def __init__(self, **settings: Any) -> None:
        self.proto = HostProtocol(ProtocolSettings(**settings))
        self.now = 0.0

    def sends(self) -> list[str]:
        return self.proto.take_output(self.now).decode().splitlines()

    def hears(self, text: str | bytes) -> list[Event]:
        data = text.encode() if isinstance(text, str) else text
        return self.proto.feed(data, self.now)

    def waits(self, seconds: float) -> list[Event]:
        self.now += seconds
        return self.proto.poll(self.now)

    def connected(self, *lines: str) -> None:
        """Handshake done (M110 acked) and `lines` queued."""
        self.proto.handshake()
        assert self.sends() == ["N0 M110 N0*125"]
        assert self.hears("ok\n") == []  # the resync line is ours: no Ack event
        for line in lines:
            self.proto.enqueue(line)


def acks(events: list[Event]) -> list[int | None]:
    return [event.line_number for event in events if isinstance(event, Ack)]


def test_one_line_per_ok() -> None:
    """The host sends the resync, then one numbered line per `ok`, never two at once."""
    host = Host()
    host.connected("G28", "G1 X10 F3000", "M105")
    assert host.sends() == [n(1, "G28")]
    assert host.sends() == []  # window full
    assert acks(host.hears("ok\n")) == [1]
    assert host.sends() == [n(2, "G1 X10 F3000")]
    events = host.hears("ok\n")
    assert acks(events) == [2]
    assert host.sends() == [n(3, "M105")]
    events = host.hears("ok T:20.0 /0.0 B:21.0 /0.0 @:0 B@:0\n")
    assert acks(events) == [3]
    assert isinstance(events[-1], TemperatureReport)
    assert host.proto.idle
    assert host.proto.next_deadline() is None


def test_resend_in_window_with_stale_resends() -> None:
    """Window of 4. Line 2 arrives damaged. Marlin answers line 1 with `ok`, line 2 with a
    checksum error + `Resend: 2` + `ok`; line 3, already on the wire, gets a line-number error
    + `Resend: 2` + `ok` (stale); line 4 was flushed from the receive buffer (no answer).
    The host resends 2, 3, 4 once; no resend `ok` acknowledges anything."""
    host = Host(window=4)
    host.connected(*[f"G1 X{i}" for i in range(1, 7)])
    assert host.sends() == [n(i, f"G1 X{i}") for i in range(1, 5)]
    events = host.hears(
        "ok\nError:checksum mismatch, Last Line: 1\nResend: 2\nok\n"
        "Error:Line Number is not Last Line Number+1, Last Line: 1\nResend: 2\nok\n"
    )
    assert acks(events) == [1]
    assert [e for e in events if isinstance(e, Resent)] == [Resent(2, 3)]
    assert host.proto.stats.stale_resends_ignored == 1
    # Lines 2, 3, 4 again, then 5 (window of 4 is free again).
    assert host.sends() == [n(2, "G1 X2"), n(3, "G1 X3"), n(4, "G1 X4"), n(5, "G1 X5")]
    assert acks(host.hears("ok\nok\nok\nok\n")) == [2, 3, 4, 5]
    assert host.sends() == [n(6, "G1 X6")]


def test_damaged_retransmission_is_resent_again() -> None:
    """After `Resend: 2`, the retransmitted line 2 is damaged too: the checksum error says
    so, and the host must not mistake the second `Resend: 2` for a stale one."""
    host = Host(window=3)
    host.connected("G1 X1", "G1 X2", "G1 X3")
    host.sends()
    host.hears("ok\nError:checksum mismatch, Last Line: 1\nResend: 2\nok\n")
    assert host.sends() == [n(2, "G1 X2"), n(3, "G1 X3")]
    events = host.hears("Error:checksum mismatch, Last Line: 1\nResend: 2\nok\n")
    assert [e for e in events if isinstance(e, Resent)] == [Resent(2, 2)]
    assert host.sends() == [n(2, "G1 X2"), n(3, "G1 X3")]
    assert acks(host.hears("ok\nok\n")) == [2, 3]


def test_lost_ok_is_recovered_without_double_send() -> None:
    """Line 5's `ok` is lost. After the ok-timeout the host sends line 5 again; Marlin already
    has it and says `Line Number is not Last Line Number+1, Last Line: 5` + `Resend: 6` + `ok`.
    That means "5 arrived": the host acknowledges 5 once and goes on with 6, never resending
    5 again nor counting the resend's `ok`."""
    host = Host()
    host.connected(*[f"G1 X{i}" for i in range(1, 7)])
    for i in range(1, 5):
        assert host.sends() == [n(i, f"G1 X{i}")]
        host.hears("ok\n")
    assert host.sends() == [n(5, "G1 X5")]
    assert host.waits(1.0) == []
    timeout = host.waits(0.5)
    assert timeout == [Timeout(5, 1, "resent line 5")]
    assert host.sends() == [n(5, "G1 X5")]
    events = host.hears(
        "Error:Line Number is not Last Line Number+1, Last Line: 5\nResend: 6\nok\n"
    )
    assert acks(events) == [5]
    assert host.sends() == [n(6, "G1 X6")]
    assert acks(host.hears("ok\n")) == [6]
    assert host.now < 2.0  # recovered within 2 s


def test_lost_line_is_recovered_within_two_seconds() -> None:
    """Line 3 never reaches the printer. The ok-timeout resends it, the printer accepts it."""
    host = Host()
    host.connected("G1 X1", "G1 X2", "G1 X3", "G1 X4")
    host.sends()
    host.hears("ok\n")
    host.sends()
    host.hears("ok\n")
    assert host.sends() == [n(3, "G1 X3")]
    assert host.waits(1.5) == [Timeout(3, 1, "resent line 3")]
    assert host.sends() == [n(3, "G1 X3")]
    assert acks(host.hears("ok\n")) == [3]
    assert host.sends() == [n(4, "G1 X4")]
    assert host.now <= 2.0


def test_late_ok_after_recovery_and_stale_answer_to_the_copy() -> None:
    """Line 5's `ok` is only late. The timeout resends 5; then the late `ok` arrives and the
    host sends 6. The printer then judges the copy of 5: `Resend: 6` — stale, because 6 was
    sent after the copy. The host must neither resend 6 nor acknowledge it early."""
    host = Host()
    host.connected("G1 X5", "G1 X6", "G1 X7")
    assert host.sends() == [n(1, "G1 X5")]
    host.waits(1.5)
    assert host.sends() == [n(1, "G1 X5")]
    assert acks(host.hears("ok\n")) == [1]  # the late original ok
    assert host.sends() == [n(2, "G1 X6")]
    events = host.hears(
        "Error:Line Number is not Last Line Number+1, Last Line: 1\nResend: 2\nok\n"
    )
    assert acks(events) == []
    assert not [e for e in events if isinstance(e, Resent)]
    assert host.sends() == []
    assert acks(host.hears("ok\n")) == [2]
    assert host.sends() == [n(3, "G1 X7")]


@pytest.mark.parametrize("together", [True, False])
def test_duplicate_ok_with_nothing_in_flight_is_ignored(together: bool) -> None:
    """The printer sends one extra `ok` right after a real one (the virtual printer's
    duplicate-ok fault). With one line per ok and nothing else in flight it is ignored."""
    host = Host()
    host.connected("G1 X1", "G1 X2")
    host.sends()
    if together:
        assert acks(host.hears("ok\nok\n")) == [1]
    else:
        assert acks(host.hears("ok\n")) == [1]
        assert acks(host.hears("ok\n")) == []
    assert host.proto.stats.stale_oks_ignored == 1
    assert host.sends() == [n(2, "G1 X2")]
    assert acks(host.hears("ok\n")) == [2]


def test_duplicate_advanced_ok_never_acknowledges_a_newer_line() -> None:
    """With ADVANCED_OK the `ok` names its line: a repeated `ok N1` while 2 and 3 are in
    flight acknowledges nothing. `ok N3` after a lost `ok N2` acknowledges both."""
    host = Host(window=3, advanced_ok=True)
    host.connected("G1 X1", "G1 X2", "G1 X3")
    assert len(host.sends()) == 3
    assert acks(host.hears("ok N1 P15 B3\nok N1 P15 B3\n")) == [1]
    assert host.proto.in_flight == 2
    events = host.hears("ok N3 P15 B3\n")
    assert acks(events) == [2, 3]
    assert events[-1] == Ack(3, 15, 3, "N3 P15 B3")


def test_advanced_ok_sizes_the_window_from_free_buffer() -> None:
    """`B` says how many command slots are free; the host never exceeds its window."""
    host = Host(window=4, advanced_ok=True)
    host.connected(*[f"G1 X{i}" for i in range(1, 10)])
    assert len(host.sends()) == 4
    host.hears("ok N1 P10 B0\n")  # buffer full: 3 in flight, no room for more
    assert host.sends() == []
    host.hears("ok N2 P10 B1\n")  # 2 in flight + 1 free: one more line
    assert host.sends() == [n(5, "G1 X5")]
    host.hears("ok N3 P10 B8\n")  # plenty free: capped by the window of 4
    assert len(host.sends()) == 2
    assert host.proto.in_flight == 4


def test_history_overflow_is_link_lost_with_a_clear_reason() -> None:
    """60 lines sent and acknowledged with a 50-line history; the printer asks for line 3.
    The host cannot honour it: LinkLost names the line asked for and the oldest held."""
    host = Host()
    host.connected(*[f"G1 X{i}" for i in range(1, 61)])
    for _ in range(60):
        host.sends()
        host.hears("ok\n")
    events = host.hears("Resend: 3\nok\n")
    lost = [e for e in events if isinstance(e, LinkLost)]
    assert len(lost) == 1
    assert "printer asked for line 3, oldest line still held is 11" in lost[0].reason
    host.proto.enqueue("G1 X0")
    assert host.sends() == []
    assert host.proto.halted is not None


def test_history_holds_twice_the_window() -> None:
    assert ProtocolSettings(window=8).effective_history == 50
    assert ProtocolSettings(window=40).effective_history == 80
    assert ProtocolSettings(window=4, history_size=200).effective_history == 200


def test_busy_extends_the_timeout_of_long_commands() -> None:
    """G28 takes long. Before the firmware has ever said `busy:` the host waits the long
    timeout; every `busy:` restarts the clock, and once keep-alives are known a silent
    G28 is declared lost after the keep-alive timeout instead of ten minutes."""
    host = Host()
    host.connected("G28", "G1 X1")
    host.sends()
    assert host.proto.next_deadline() == pytest.approx(600.0)
    for _ in range(20):
        assert host.waits(1.0) == []
        assert host.hears("echo:busy: processing\n") == [Busy("processing")]
    assert host.proto.next_deadline() == pytest.approx(host.now + 4.0)
    assert host.waits(3.9) == []
    assert host.waits(0.2) == [Timeout(1, 1, "resent line 1")]
    host.sends()
    assert acks(host.hears("ok\n")) == [1]


def test_busy_restarts_the_timeout_of_ordinary_lines() -> None:
    """A G1 waits for planner space; `busy:` every second keeps it from timing out."""
    host = Host()
    host.connected("G1 X100 F100")
    host.sends()
    for _ in range(5):
        assert host.waits(1.0) == []
        host.hears("echo:busy: processing\n")
    assert host.waits(1.4) == []
    assert host.waits(0.2)[0] == Timeout(1, 1, "resent line 1")


def test_temperature_lines_keep_m109_alive_but_not_a_lost_line() -> None:
    """During M109 Marlin prints the temperature every second: that is progress. The same
    auto-report during an ordinary line is not, or a lost line would never be recovered."""
    host = Host(long_command_timeout_s=3.0)
    host.connected("M109 S210", "G1 X1")
    host.sends()
    for _ in range(5):
        assert host.waits(1.0) == []
        host.hears(" T:180.5 E:0 W:?\n")
    host.hears("ok\n")
    host.sends()
    host.waits(1.0)
    host.hears(" T:210.0 /210.0 B:60.0 /60.0 @:64 B@:0\n")
    assert host.waits(0.6) == [Timeout(2, 1, "resent line 2")]


def test_wait_with_a_line_in_flight_triggers_recovery_at_once() -> None:
    """Repetier says `wait` when its queue is empty: our line in flight was lost."""
    host = Host()
    host.connected("G1 X1")
    host.sends()
    host.now += 0.6
    assert host.hears("wait\n") == [Busy("wait")]
    assert host.proto.next_deadline() == pytest.approx(host.now)
    assert host.waits(0.0) == [Timeout(1, 1, "resent line 1")]


def test_timeouts_give_up_with_link_lost() -> None:
    """No answer at all: one recovery per second, then LinkLost after the last try."""
    host = Host(max_timeout_retries=3)
    host.connected("G1 X1")
    host.sends()
    assert host.waits(1.5) == [Timeout(1, 1, "resent line 1")]
    assert host.waits(1.0) == [Timeout(1, 2, "resent line 1")]
    assert host.waits(1.0) == [Timeout(1, 3, "resent line 1")]
    (lost,) = host.waits(1.0)
    assert isinstance(lost, LinkLost)
    assert "line 1 after 3 recovery attempts" in lost.reason
    assert host.proto.next_deadline() is None


def test_poke_when_checksums_are_off() -> None:
    """Klipper ignores line numbers, so a timeout cannot resend safely: the host pokes with
    M105. Klipper answers in order, so its `ok B:.. T0:..` means the G1 before it ran too."""
    host = Host(checksums=False)
    host.proto.handshake()
    assert host.sends() == ["M110 N0"]
    assert host.hears("ok\n") == []
    host.proto.enqueue("G1 X1")
    assert host.sends() == ["G1 X1"]
    assert host.waits(1.5) == [Timeout(None, 1, "sent M105 to provoke an answer")]
    assert host.sends() == ["M105"]
    events = host.hears("ok B:21.0 /0.0 T0:21.2 /0.0\n")
    assert acks(events) == [None]
    assert isinstance(events[-1], TemperatureReport)
    assert host.proto.in_flight == 0


def test_smoothieware_rs_without_ok() -> None:
    """Smoothieware answers `rs N2` with no `ok`: the next `ok` is a real acknowledgement."""
    host = Host(window=2)
    host.connected("G1 X1", "G1 X2", "G1 X3")
    host.sends()
    events = host.hears("ok\nrs N2\n")
    assert acks(events) == [1]
    assert host.sends() == [n(2, "G1 X2"), n(3, "G1 X3")]
    assert acks(host.hears("ok\nok\n")) == [2, 3]


def test_repetier_skip_after_recovery() -> None:
    """Repetier answers a copy of a line it holds with `skip 1` + `ok`, and acks `ok 1`."""
    host = Host()
    host.connected("G1 X1", "G1 X2")
    host.sends()
    host.waits(1.5)
    assert host.sends() == [n(1, "G1 X1")]
    assert acks(host.hears("skip 1\nok\n")) == [1]
    assert host.sends() == [n(2, "G1 X2")]
    assert acks(host.hears("ok 2\n")) == [2]


def test_resend_during_handshake_resends_the_resync() -> None:
    """The printer still counts in an old session's numbers; M110 arrived damaged and it
    asks for line 3054. The host sends the M110 again rather than failing."""
    host = Host()
    host.proto.handshake()
    host.proto.enqueue("M115")
    assert host.sends() == ["N0 M110 N0*125"]
    host.hears("Error:checksum mismatch, Last Line: 3053\nResend: 3054\nok\n")
    assert host.sends() == ["N0 M110 N0*125"]
    assert host.hears("ok\n") == []
    assert host.sends() == [n(1, "M115")]


def test_resend_beyond_what_was_sent_is_link_lost() -> None:
    host = Host()
    host.connected("G1 X1")
    host.sends()
    events = host.hears("Resend: 7\nok\n")
    assert any(isinstance(e, LinkLost) and "out of step" in e.reason for e in events)


def test_firmware_restart_after_handshake_stops_sending() -> None:
    """`start` while printing: the firmware rebooted and forgot everything. The event goes
    to the session and the protocol sends nothing more until it is reset and resynced."""
    host = Host()
    host.connected("G1 X1", "G1 X2")
    host.sends()
    events = host.hears("start\necho:Marlin 2.1.2.1\n")
    assert isinstance(events[0], FirmwareStarted)
    assert host.sends() == []
    assert host.proto.halted is not None
    host.proto.reset()
    host.proto.handshake()
    assert host.sends() == ["N0 M110 N0*125"]


def test_start_during_handshake_resends_the_resync() -> None:
    """Opening the port reset the board: `start` arrives after our M110 went to the
    bootloader. That is not a restart mid-job: the M110 goes out again."""
    host = Host()
    host.proto.handshake()
    assert host.sends() == ["N0 M110 N0*125"]
    assert isinstance(host.hears("start\n")[0], FirmwareStarted)
    assert host.proto.halted is None
    assert host.sends() == ["N0 M110 N0*125"]


def test_fatal_error_stops_sending() -> None:
    host = Host()
    host.connected("G1 X1", "G1 X2")
    host.sends()
    events = host.hears("Error:Thermal Runaway, system stopped! Heater_ID: 0\n")
    assert isinstance(events[0], FirmwareError)
    host.hears("ok\n")
    assert host.sends() == []
    assert host.proto.next_deadline() is None


def test_junk_bytes_never_break_decoding() -> None:
    """Line noise, NULs, invalid UTF-8, `\\r\\n` split across reads, a partial `ok`, and a
    kilobyte of binary garbage without a newline: the reader survives and `ok` still counts."""
    host = Host()
    host.connected("G1 X1", "G1 X2", "G1 X3")
    host.sends()
    events = host.hears(b"\x00\xff\xfe garbage \x01\x02\r")
    assert events == [Unrecognized("\ufffd\ufffd garbage")]
    assert acks(host.hears(b"\no")) == []
    assert acks(host.hears(b"k\r")) == [1]
    assert acks(host.hears(b"\n")) == []
    host.sends()
    junk = bytes(range(256)).replace(b"\n", b"").replace(b"\r", b"") * 12
    events = host.hears(junk)
    assert events == [Unrecognized("<3048 bytes of unterminated junk>")]
    assert acks(host.hears(b"\nok\n")) == [2]
    assert host.proto.stats.junk_bytes_dropped == 3048


def test_enqueue_refuses_lines_that_cannot_be_framed() -> None:
    host = Host(max_line_length=40)
    with pytest.raises(ValueError, match="too long"):
        host.proto.enqueue("M117 " + "x" * 40)
    with pytest.raises(ValueError, match="line break"):
        host.proto.enqueue("G1 X1\nG1 X2")
    with pytest.raises(ValueError, match="empty"):
        host.proto.enqueue("   ")


def test_clear_queue_and_emergency() -> None:
    host = Host()
    host.connected("G1 X1", "G1 X2", "G1 X3")
    host.sends()
    assert host.proto.clear_queue() == 2
    assert host.proto.queued == 0
    assert host.proto.send_emergency() == b"M112\n"
    assert acks(host.hears("ok\n")) == [1]
    assert host.proto.idle
