"""Received MQTT messages -> wire models, cheaply (the coordinator's hot path).

`agent.wire.decode` parses every payload twice (`json.loads` for the envelope, then
pydantic) and every topic with two id checks. At thousands of telemetry messages a
second that is most of the coordinator's message cost, so here a payload goes straight
to pydantic's JSON validator (strict: the model checks `v` and every field), and topics
are parsed once and cached. Only a payload pydantic rejects takes the slow path through
`agent.wire.parse`, which names what is wrong (not JSON, wrong version, invalid field).
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter, ValidationError

from agent.wire import (
    MAX_PAYLOAD_BYTES,
    AgentStatus,
    Channel,
    Command,
    HilSummary,
    Message,
    PrinterEvent,
    PrinterState,
    Reply,
    Telemetry,
    Topic,
    TopicError,
    WireError,
    WireErrorKind,
    has_nul,
    parse,
    parse_topic,
)

MAX_CACHED_TOPICS = 200_000  # 5 channels of 40,000 printers; garbage topics are not kept

_ADAPTERS: dict[Channel, TypeAdapter[Any]] = {
    Channel.STATUS: TypeAdapter(AgentStatus),
    Channel.STATE: TypeAdapter(PrinterState),
    Channel.TELEMETRY: TypeAdapter(Telemetry),
    Channel.EVENTS: TypeAdapter(PrinterEvent),
    Channel.COMMANDS: TypeAdapter(Command),
    Channel.REPLIES: TypeAdapter(Reply),
    Channel.HIL: TypeAdapter(HilSummary),
}


class Decoder:
    """`decode(topic, payload)` with the same results and errors as `agent.wire.decode`."""

    def __init__(self, max_bytes: int = MAX_PAYLOAD_BYTES) -> None:
        self.max_bytes = max_bytes
        self._topics: dict[str, Topic] = {}

    def topic(self, name: str) -> Topic:
        """The parsed topic; raises TopicError for a topic outside the v1 API."""
        topic = self._topics.get(name)
        if topic is None:
            topic = parse_topic(name)
            if len(self._topics) >= MAX_CACHED_TOPICS:
                self._topics.clear()  # a fleet this size re-fills it in a second
            self._topics[name] = topic
        return topic

    def decode(self, name: str, payload: bytes) -> Message:
        try:
            topic = self.topic(name)
        except TopicError as e:
            raise WireError(WireErrorKind.TOPIC, str(e)) from e
        if payload and len(payload) <= self.max_bytes and not has_nul(payload):
            try:
                return Message(topic, _ADAPTERS[topic.channel].validate_json(payload, strict=True))
            except ValidationError:
                pass  # the slow path below says exactly what is wrong
        return Message(topic, parse(topic.channel, payload, max_bytes=self.max_bytes))
