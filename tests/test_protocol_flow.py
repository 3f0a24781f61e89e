"""Conversation tests of the counted send window (agent/protocol/flow.py).

The printer in these stories is a stock Marlin unless told otherwise: BUFSIZE 4 command
slots and a 128-byte RX ring that holds 127 bytes and drops what comes on top. Each test
tells its conversation, then plays it line by line with a hand-advanced clock.
"""

from __future__ import annotations

from agent.profiles import load_profile, protocol_settings
from agent.protocol.events import Ack, TemperatureReport
from agent.protocol.flow import SYNC_EVERY
from agent.protocol.framing import frame
from tests.test_protocol_conversations import Host, acks, n

MARLIN = {"rx_buffer_bytes": 128, "buffer_size": 4}
RING = 127  # what a 128-byte AVR ring holds
# 38 characters: framed as N1..N9 it takes 44 to 46 bytes; two fit in the ring, three not.
LONG = "G1 X100.123 Y100.123 E0.01234 F1800.00"


def wire(lines: list[str]) -> int:
    return sum(len(line) + 1 for line in lines)


def short_lines(count: int) -> list[str]:
    return [f"G1 X{i}" for i in range(1, count + 1)]


def test_plain_oks_keep_buffer_size_lines_in_flight() -> None:
    """Short lines, plain oks: four go at once (the command buffer; 4 x 12 bytes fit the
    ring easily), the fifth waits for an ok, and each ok lets exactly one more go."""
    host = Host(**MARLIN)
    host.connected(*short_lines(8))
    assert host.sends() == [n(i, f"G1 X{i}") for i in range(1, 5)]
    assert host.sends() == []
    assert acks(host.hears("ok\n")) == [1]
    assert host.sends() == [n(5, "G1 X5")]
    assert acks(host.hears("ok\nok\n")) == [2, 3]
    assert host.sends() == [n(6, "G1 X6"), n(7, "G1 X7")]


def test_long_lines_are_counted_in_bytes_against_the_ring() -> None:
    """Lines of 44-46 bytes: two fit, three would be more than 127 and overflow the ring
    of a printer that is busy. So two go, and the third only after an ok freed the first
    one's bytes. A short line fits beside two long ones."""
    assert all(44 <= len(frame(number, LONG)) <= 46 for number in range(1, 10))
    host = Host(**MARLIN)
    host.connected(LONG, LONG, LONG, "G1 X1")
    sent = host.sends()
    assert sent == [n(1, LONG), n(2, LONG)]
    assert wire(sent) + len(frame(3, LONG)) > RING
    host.hears("ok\n")
    assert host.sends() == [n(3, LONG), n(4, "G1 X1")]
    assert host.proto.in_flight == 3


def test_a_resend_rewinds_and_counts_afresh() -> None:
    """Line 1 of two long ones arrives damaged: Marlin says which, asks for line 1, says
    ok and empties its RX ring. Both lines go again, counted from nothing: two of them,
    not three, even though the printer's `ok` for the resend frees nothing."""
    host = Host(**MARLIN)
    host.connected(LONG, LONG, LONG)
    assert host.sends() == [n(1, LONG), n(2, LONG)]
    host.hears("Error:checksum mismatch, Last Line: 0\nResend: 1\nok\n")
    assert host.sends() == [n(1, LONG), n(2, LONG)]
    assert host.proto.in_flight == 2
    host.hears("Error:Line Number is not Last Line Number+1, Last Line: 0\nResend: 1\nok\n")
    assert host.sends() == []  # the stale rejection of the old line 2 changes nothing
    assert acks(host.hears("ok\n")) == [1]
    assert host.sends() == [n(3, LONG)]


def test_advanced_ok_is_detected_from_the_replies_and_widens_the_window() -> None:
    """ADVANCED_OK is on but M115 does not say so (Marlin never does), and the profile
    says nothing either. The M110's ok, `ok N0 P15 B7`, gives it away: 8 command slots.
    From then on the bytes alone bound the lines that may be in the ring (more than the
    4 a plain-ok printer gets). When an ok says B0, the 7 lines after the acknowledged one
    are in the command queue, not the ring, and as many more may follow."""
    host = Host(**MARLIN)
    host.proto.handshake()
    assert host.sends() == ["N0 M110 N0*125"]
    assert host.hears("ok N0 P15 B7\n") == []
    for line in short_lines(40):
        host.proto.enqueue(line)
    sent = host.sends()
    assert len(sent) > 4
    assert wire(sent) <= RING < wire(sent) + len(frame(len(sent) + 1, "G1 X10"))
    events = host.hears("ok N1 P15 B0\n")
    assert events == [Ack(1, 15, 0, "N1 P15 B0")]
    more = host.sends()
    in_ring = wire(sent[1:] + more) - wire(sent[1:8])  # lines 2..8 sit in the queue
    assert len(more) >= 6
    assert in_ring <= RING


def test_repetier_oks_on_receipt_so_only_bytes_count() -> None:
    """Repetier answers `ok 12` as soon as a line is in its command buffer (2 slots on an
    AVR): every line not acknowledged is still in the RX ring, so the bytes bound them
    and the 2 slots do not."""
    host = Host(rx_buffer_bytes=128, buffer_size=2, ok_on_receipt=True)
    host.proto.handshake()
    host.sends()
    host.hears("ok 0\n")
    for line in short_lines(20):
        host.proto.enqueue(line)
    sent = host.sends()
    assert len(sent) > 2
    assert wire(sent) <= RING
    assert acks(host.hears("ok 1\nok 2\n")) == [1, 2]
    assert wire(sent[2:] + host.sends()) <= RING


def test_a_sync_line_turns_a_duplicate_ok_into_a_harmless_one() -> None:
    """Plain oks cannot tell a duplicate `ok` from a real one, and each duplicate would let
    the host think a line more is done than is. So after 16 lines the host adds a numbered
    M105 of its own; only its `ok T:...` acknowledges it. Here the printer repeats the
    `ok` of line 15: the host takes it for line 16, and sends line 20 one line early (a
    single surplus is safe: the oldest unacknowledged line is in the command queue, not
    the ring). The real ok of line 16 then finds the sync line oldest in flight: a surplus,
    ignored, and the count is right again. The sync line makes no Ack event."""
    host = Host(**MARLIN)
    host.connected(*short_lines(30))
    host.sends()
    for number in range(1, 14):
        assert acks(host.hears("ok\n")) == [number]
        host.sends()
    assert host.proto.stats.sync_lines == 1
    assert host.proto.in_flight == 4  # lines 14, 15, 16 and the sync line 17
    assert acks(host.hears("ok\nok\nok\n")) == [14, 15, 16]  # the third is a duplicate
    # The host counts 4 in flight (sync, 18, 19, 20); the printer holds 5, line 16 too.
    assert host.sends() == [n(18, "G1 X17"), n(19, "G1 X18"), n(20, "G1 X19")]
    assert acks(host.hears("ok\n")) == []  # line 16's real ok: a surplus
    assert host.proto.stats.stale_oks_ignored == 1
    assert host.sends() == []
    events = host.hears("ok T:210.0 /210.0 B:60.0 /60.0 @:64 B@:0\n")
    assert acks(events) == []
    assert isinstance(events[-1], TemperatureReport)
    assert host.sends() == [n(21, "G1 X20")]
    assert acks(host.hears("ok\n")) == [18]
    assert SYNC_EVERY == 16


def test_an_ok_t_acknowledges_every_line_before_its_sync() -> None:
    """The oks of lines 15 and 16 were garbled on the way: the sync line's `ok T:` says
    that the printer executed everything before it, so both are acknowledged with it."""
    host = Host(**MARLIN)
    host.connected(*short_lines(30))
    host.sends()
    for _ in range(13):
        host.hears("ok\n")
        host.sends()
    events = host.hears("o#\nok\n#k\nok T:210.0 /210.0 B:60.0 /60.0\n")
    assert acks(events) == [14, 15, 16]


def test_an_explicit_window_is_a_fixed_count_of_lines() -> None:
    """`--window 3` (a fixed window) keeps three lines in flight whatever their length:
    the person who asked for it answers for the ring."""
    settings = protocol_settings(load_profile("marlin2"), window=3)
    assert settings.rx_buffer_bytes is None
    host = Host(**settings.model_dump())
    host.connected(LONG, LONG, LONG, LONG)
    assert host.sends() == [n(i, LONG) for i in (1, 2, 3)]


def test_the_profile_counts_by_default() -> None:
    settings = protocol_settings(load_profile("marlin2"))
    assert (settings.rx_buffer_bytes, settings.buffer_size) == (128, 4)
    repetier = protocol_settings(load_profile("repetier"))
    assert repetier.ok_on_receipt
    assert protocol_settings(load_profile("klipper")).rx_buffer_bytes is None


def test_a_new_handshake_counts_from_nothing() -> None:
    """Two long lines are in flight when the session resynchronises (after a reconnect):
    M110 N0 starts the numbering again, and the lines in flight are forgotten with the
    old numbering. The M110 (15 bytes) and the next two long lines fit the ring together."""
    host = Host(**MARLIN)
    host.connected(LONG, LONG, LONG, LONG)
    assert host.sends() == [n(1, LONG), n(2, LONG)]
    host.proto.handshake()
    assert host.sends() == ["N0 M110 N0*125", n(1, LONG), n(2, LONG)]
    assert host.hears("ok\n") == []  # the M110's ok: ours, no Ack
    assert acks(host.hears("ok\n")) == [1]
