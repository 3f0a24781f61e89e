"""Topic builders and parsers of the v1 wire contract."""

from __future__ import annotations

import pytest

from agent.wire import (
    Channel,
    InvalidIdError,
    Topic,
    TopicError,
    agent_commands_filter,
    all_printers_filter,
    all_status_filter,
    parse_topic,
    printer_key,
    printer_topic,
    split_printer_key,
    status_topic,
    validate_id,
)


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        ("printfarm/v1/shelf-1/status", Topic("shelf-1", None, Channel.STATUS)),
        ("printfarm/v1/a/mk3s_2/state", Topic("a", "mk3s_2", Channel.STATE)),
        ("printfarm/v1/a/p/telemetry", Topic("a", "p", Channel.TELEMETRY)),
        ("printfarm/v1/a/p/events", Topic("a", "p", Channel.EVENTS)),
        ("printfarm/v1/a/p/commands", Topic("a", "p", Channel.COMMANDS)),
        ("printfarm/v1/a/p/replies", Topic("a", "p", Channel.REPLIES)),
        # a printer may be called "status": the level count tells them apart
        ("printfarm/v1/a/status/state", Topic("a", "status", Channel.STATE)),
    ],
)
def test_parse_topic_round_trips(topic: str, expected: Topic) -> None:
    assert parse_topic(topic) == expected
    assert str(expected) == topic


@pytest.mark.parametrize(
    "topic",
    [
        "printfarm/v2/a/p/state",  # another version
        "printfarm/v1/a/p/status",  # status is per agent, not per printer
        "printfarm/v1/a/state",  # state is per printer
        "printfarm/v1/a/p/q/state",
        "printfarm/v1/a/p/unknown",
        "printfarm/v1/+/p/state",  # a wildcard is a filter, never a topic
        "printfarm/v1/$a/p/state",
        "printfarm/v1//p/state",
        "other/v1/a/p/state",
        "",
    ],
)
def test_parse_topic_rejects_foreign_topics(topic: str) -> None:
    with pytest.raises(TopicError):
        parse_topic(topic)


@pytest.mark.parametrize(
    "bad", ["", "a/b", "a+b", "a#", "+", "#", "$SYS", "-lead", "a:b", "a b", "ü", "x" * 65]
)
def test_ids_must_be_topic_safe(bad: str) -> None:
    with pytest.raises(InvalidIdError):
        validate_id(bad)
    with pytest.raises(InvalidIdError):
        status_topic(bad)
    with pytest.raises(InvalidIdError):
        printer_topic("agent", bad, Channel.STATE)


def test_builders_and_filters() -> None:
    assert status_topic("a1") == "printfarm/v1/a1/status"
    assert printer_topic("a1", "p.2", Channel.EVENTS) == "printfarm/v1/a1/p.2/events"
    assert all_status_filter() == "printfarm/v1/+/status"
    assert all_printers_filter(Channel.STATE) == "printfarm/v1/+/+/state"
    assert agent_commands_filter("a1") == "printfarm/v1/a1/+/commands"
    with pytest.raises(TopicError):
        printer_topic("a1", "p", Channel.STATUS)


def test_topic_qos_and_retain() -> None:
    assert parse_topic("printfarm/v1/a/p/state").retained
    assert parse_topic("printfarm/v1/a/status").retained
    assert not parse_topic("printfarm/v1/a/p/events").retained
    assert parse_topic("printfarm/v1/a/p/telemetry").qos == 0
    assert parse_topic("printfarm/v1/a/p/commands").qos == 1


def test_printer_key_round_trips() -> None:
    assert printer_key("a", "p") == "a/p"
    assert split_printer_key("a/p") == ("a", "p")
    for bad in ("ap", "a/p/q", "/p", "a/"):
        with pytest.raises(InvalidIdError):
            split_printer_key(bad)
