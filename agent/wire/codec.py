"""Bytes <-> wire models. `decode` never raises anything but `WireError`.

A payload is checked in this order, cheapest first: size, UTF-8 JSON object, version
`v`, then the model (strict: no string-to-number coercion, no unknown fields). An
empty payload on a retained topic is how MQTT deletes the retained message; it is
reported as `WireErrorKind.EMPTY` so a consumer can forget that printer or agent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from agent.wire.base import WIRE_VERSION
from agent.wire.commands import Command, Reply
from agent.wire.events import PrinterEvent
from agent.wire.hil import HilSummary
from agent.wire.state import AgentStatus, PrinterState, Telemetry
from agent.wire.topics import Channel, Topic, TopicError, parse_topic

MAX_PAYLOAD_BYTES = 64 * 1024  # a state snapshot is ~1 KiB; anything huge is hostile

T = TypeVar("T")


class WireErrorKind(StrEnum):
    TOPIC = "topic"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    NOT_JSON = "not_json"
    BAD_VERSION = "bad_version"
    INVALID = "invalid"


class WireError(ValueError):
    """A message that is not a valid v1 payload; `str()` says what is wrong."""

    def __init__(self, kind: WireErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


_ADAPTERS: dict[Channel, TypeAdapter[Any]] = {
    Channel.STATUS: TypeAdapter(AgentStatus),
    Channel.STATE: TypeAdapter(PrinterState),
    Channel.TELEMETRY: TypeAdapter(Telemetry),
    Channel.EVENTS: TypeAdapter(PrinterEvent),
    Channel.COMMANDS: TypeAdapter(Command),
    Channel.REPLIES: TypeAdapter(Reply),
    Channel.HIL: TypeAdapter(HilSummary),
}


def encode(model: BaseModel) -> bytes:
    """The JSON payload of a wire model (compact; None fields kept for clarity)."""
    return model.model_dump_json().encode()


def has_nul(payload: bytes) -> bool:
    """A NUL, raw or escaped: no text of the contract has one, and PostgreSQL stores none."""
    return b"\\u0000" in payload or b"\0" in payload


def _check_envelope(payload: bytes, max_bytes: int) -> None:
    if not payload:
        raise WireError(WireErrorKind.EMPTY, "empty payload (a cleared retained message)")
    if len(payload) > max_bytes:
        raise WireError(
            WireErrorKind.TOO_LARGE, f"payload of {len(payload)} bytes exceeds {max_bytes}"
        )
    try:
        obj = json.loads(payload)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
        raise WireError(WireErrorKind.NOT_JSON, f"payload is not UTF-8 JSON: {e}") from e
    if not isinstance(obj, dict):
        raise WireError(WireErrorKind.INVALID, "payload must be a JSON object")
    if has_nul(payload):
        raise WireError(WireErrorKind.INVALID, "a NUL character in a text (no field takes one)")
    version = obj.get("v")
    if version != WIRE_VERSION or isinstance(version, bool):
        raise WireError(
            WireErrorKind.BAD_VERSION,
            f"wire version {version!r}, this side speaks v={WIRE_VERSION}"
            " (upgrade the older of agent and coordinator)",
        )


def _validate(adapter: TypeAdapter[T], payload: bytes) -> T:
    try:
        return adapter.validate_json(payload, strict=True)
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}"
            for err in e.errors(include_url=False)[:5]
        )
        raise WireError(WireErrorKind.INVALID, f"invalid payload: {problems}") from e


def parse(channel: Channel, payload: bytes, *, max_bytes: int = MAX_PAYLOAD_BYTES) -> Any:
    """Decode the payload of `channel` into its model; raise WireError otherwise.

    Returns AgentStatus, PrinterState, Telemetry, a PrinterEvent, a Command, a Reply or a
    HilSummary.
    """
    _check_envelope(payload, max_bytes)
    return _validate(_ADAPTERS[channel], payload)


@dataclass(frozen=True, slots=True)
class Message:
    topic: Topic
    body: Any  # the model of topic.channel (see `parse`)


def decode(topic: str, payload: bytes, *, max_bytes: int = MAX_PAYLOAD_BYTES) -> Message:
    """Topic and payload of a received MQTT message -> `Message`, or WireError."""
    try:
        parsed = parse_topic(topic)
    except TopicError as e:
        raise WireError(WireErrorKind.TOPIC, str(e)) from e
    return Message(parsed, parse(parsed.channel, payload, max_bytes=max_bytes))


def parse_command(payload: bytes, *, max_bytes: int = MAX_PAYLOAD_BYTES) -> Command:
    result: Command = parse(Channel.COMMANDS, payload, max_bytes=max_bytes)
    return result


def parse_event(payload: bytes, *, max_bytes: int = MAX_PAYLOAD_BYTES) -> PrinterEvent:
    result: PrinterEvent = parse(Channel.EVENTS, payload, max_bytes=max_bytes)
    return result


def parse_reply(payload: bytes, *, max_bytes: int = MAX_PAYLOAD_BYTES) -> Reply:
    result: Reply = parse(Channel.REPLIES, payload, max_bytes=max_bytes)
    return result


def parse_state(payload: bytes, *, max_bytes: int = MAX_PAYLOAD_BYTES) -> PrinterState:
    result: PrinterState = parse(Channel.STATE, payload, max_bytes=max_bytes)
    return result


def parse_status(payload: bytes, *, max_bytes: int = MAX_PAYLOAD_BYTES) -> AgentStatus:
    result: AgentStatus = parse(Channel.STATUS, payload, max_bytes=max_bytes)
    return result


def parse_telemetry(payload: bytes, *, max_bytes: int = MAX_PAYLOAD_BYTES) -> Telemetry:
    result: Telemetry = parse(Channel.TELEMETRY, payload, max_bytes=max_bytes)
    return result
