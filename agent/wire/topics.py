"""Topic layout of the agent's MQTT API (version 1).

    printfarm/v1/<agent>/status              retained presence, last will `offline`  QoS 1
    printfarm/v1/<agent>/<printer>/state     retained snapshot                       QoS 1
    printfarm/v1/<agent>/<printer>/telemetry periodic, on change                     QoS 0
    printfarm/v1/<agent>/<printer>/events    sequenced per printer                   QoS 1
    printfarm/v1/<agent>/<printer>/commands  coordinator -> agent                    QoS 1
    printfarm/v1/<agent>/<printer>/replies   agent -> coordinator                    QoS 1
    printfarm/v1/<agent>/<printer>/hil       retained summary of the last HIL report QoS 1

Everything an agent writes sits under `printfarm/v1/<agent>/`, so the broker ACL can
confine it there by username; `commands` is the one topic the agent only reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from agent.wire.ids import InvalidIdError, validate_id

ROOT = "printfarm"
VERSION = "v1"
PREFIX = f"{ROOT}/{VERSION}"


class Channel(StrEnum):
    STATUS = "status"  # per agent
    STATE = "state"
    TELEMETRY = "telemetry"
    EVENTS = "events"
    COMMANDS = "commands"
    REPLIES = "replies"
    HIL = "hil"  # added in v1: the last HIL report (agent/wire/hil.py)


PRINTER_CHANNELS = frozenset(Channel) - {Channel.STATUS}

QOS: dict[Channel, int] = {
    Channel.STATUS: 1,
    Channel.STATE: 1,
    Channel.TELEMETRY: 0,
    Channel.EVENTS: 1,
    Channel.COMMANDS: 1,
    Channel.REPLIES: 1,
    Channel.HIL: 1,
}
RETAINED: frozenset[Channel] = frozenset({Channel.STATUS, Channel.STATE, Channel.HIL})


class TopicError(ValueError):
    """A topic that is not part of this API (or of another version of it)."""


@dataclass(frozen=True, slots=True)
class Topic:
    """A parsed topic: who it is about and which channel."""

    agent: str
    printer: str | None  # None only for Channel.STATUS
    channel: Channel

    def __str__(self) -> str:
        if self.printer is None:
            return f"{PREFIX}/{self.agent}/{self.channel}"
        return f"{PREFIX}/{self.agent}/{self.printer}/{self.channel}"

    @property
    def qos(self) -> int:
        return QOS[self.channel]

    @property
    def retained(self) -> bool:
        return self.channel in RETAINED


def status_topic(agent: str) -> str:
    return f"{PREFIX}/{validate_id(agent, 'agent id')}/{Channel.STATUS}"


def printer_topic(agent: str, printer: str, channel: Channel) -> str:
    if channel is Channel.STATUS:
        raise TopicError("status is per agent: use status_topic(agent)")
    return (
        f"{PREFIX}/{validate_id(agent, 'agent id')}/{validate_id(printer, 'printer id')}/{channel}"
    )


def parse_topic(topic: str) -> Topic:
    """Split a concrete topic into a `Topic`; raise TopicError if it is not ours."""
    parts = topic.split("/")
    if parts[:2] != [ROOT, VERSION]:
        raise TopicError(f"topic {topic!r} is not under {PREFIX}/")
    try:
        if len(parts) == 4 and parts[3] == Channel.STATUS:
            return Topic(validate_id(parts[2], "agent id"), None, Channel.STATUS)
        if len(parts) == 5 and parts[4] in PRINTER_CHANNELS:
            agent = validate_id(parts[2], "agent id")
            return Topic(agent, validate_id(parts[3], "printer id"), Channel(parts[4]))
    except InvalidIdError as e:
        raise TopicError(f"topic {topic!r}: {e}") from e
    raise TopicError(f"topic {topic!r} is not a known {PREFIX} topic")


# -- subscription filters -------------------------------------------------------------
def all_status_filter() -> str:
    """Every agent's presence (the coordinator subscribes to this)."""
    return f"{PREFIX}/+/{Channel.STATUS}"


def all_printers_filter(channel: Channel) -> str:
    """One channel of every printer of every agent, e.g. all `state` snapshots."""
    if channel is Channel.STATUS:
        return all_status_filter()
    return f"{PREFIX}/+/+/{channel}"


def agent_commands_filter(agent: str) -> str:
    """The commands of all printers of one agent (what the agent subscribes to)."""
    return f"{PREFIX}/{validate_id(agent, 'agent id')}/+/{Channel.COMMANDS}"
