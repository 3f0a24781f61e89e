"""The coordinator's fast decoder answers exactly as the wire contract's `decode`: the
same model for a valid payload, the same kind of error for anything else."""

from __future__ import annotations

import pytest

from agent.wire import (
    AgentStatus,
    BuildVolume,
    Capabilities,
    Channel,
    JobFinished,
    Presence,
    PrinterState,
    PrinterStateName,
    Reply,
    ReplyStatus,
    Telemetry,
    Temperature,
    WireError,
    decode,
    encode,
    printer_topic,
    status_topic,
)
from coordinator.decoding import Decoder
from tests.test_coordinator_payloads import BAD_PAYLOADS

STATE = PrinterState(
    ts=1.0, state=PrinterStateName.IDLE, capabilities=Capabilities(firmware="marlin"),
    profile="marlin2", build_volume=BuildVolume(x=1, y=2, z=3), bed_clear=True,
)  # fmt: skip
GOOD = {
    Channel.STATUS: AgentStatus(presence=Presence.ONLINE, printers=("p",)),
    Channel.STATE: STATE,
    Channel.TELEMETRY: Telemetry(
        ts=2.0,
        state=PrinterStateName.PRINTING,
        temperatures={"T0": Temperature(actual=200)},
        job_id="j.1",
        progress=0.5,
    ),
    Channel.EVENTS: JobFinished(seq=3, ts=4.0, job_id="j.1", duration_s=5.0),
    Channel.REPLIES: Reply(command_id="c-1", status=ReplyStatus.DONE, ts=6.0),
}


def topic_of(channel: Channel) -> str:
    if channel is Channel.STATUS:
        return status_topic("agent-1")
    return printer_topic("agent-1", "p1", channel)


@pytest.mark.parametrize("channel", list(GOOD))
def test_valid_payloads_decode_alike(channel: Channel) -> None:
    topic, payload = topic_of(channel), encode(GOOD[channel])
    decoder = Decoder()
    for _ in range(2):  # the second time from the topic cache
        assert decoder.decode(topic, payload) == decode(topic, payload)


@pytest.mark.parametrize("channel", list(GOOD))
@pytest.mark.parametrize("payload", [b"", *BAD_PAYLOADS])
def test_invalid_payloads_fail_alike(channel: Channel, payload: bytes) -> None:
    topic = topic_of(channel)
    with pytest.raises(WireError) as expected:
        decode(topic, payload)
    with pytest.raises(WireError) as got:
        Decoder().decode(topic, payload)
    assert got.value.kind is expected.value.kind
    assert str(got.value) == str(expected.value)


@pytest.mark.parametrize(
    "topic", ["printfarm/v2/a/status", "printfarm/v1/a/p/nope", "printfarm/v1/a b/p/state", "x"]
)
def test_foreign_topics_fail_alike(topic: str) -> None:
    payload = encode(STATE)
    with pytest.raises(WireError) as expected:
        decode(topic, payload)
    with pytest.raises(WireError) as got:
        Decoder().decode(topic, payload)
    assert got.value.kind is expected.value.kind


def test_a_nul_in_any_text_is_refused_alike() -> None:
    """PostgreSQL stores no NUL: an agent's text with one (escaped, so valid JSON) must be
    refused at the door, not break the worker's transaction later."""
    reply = Reply(command_id="c-1", status=ReplyStatus.REFUSED, ts=6.0, reason="MARK")
    payload = encode(reply).replace(b"MARK", b"bad\\u0000text")
    topic = topic_of(Channel.REPLIES)
    with pytest.raises(WireError, match="NUL") as expected:
        decode(topic, payload)
    with pytest.raises(WireError, match="NUL") as got:
        Decoder().decode(topic, payload)
    assert got.value.kind is expected.value.kind
    assert decode(topic, encode(reply)).body == reply  # the same without the NUL
