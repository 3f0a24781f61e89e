"""Notifications through Apprise to real local HTTP receivers, from a real coordinator
(Mosquitto, SQLite, simulated agents).

Ann's job fails with a thermal runaway: her URL gets exactly one message with the cause,
the farm's URL gets it too and one asking to clear the bed; a notifier started again on
the same store sends none of them twice, even one that lost its place in the history.
A receiver that answers 500 twice gets the message on the third try, once. While a
receiver hangs, the next job is still dispatched. A job waiting for approval and a
printer offline for long are told of, once each.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from agent.wire import FailureCause
from broker_config.testing import MosquittoBroker
from coordinator.accounts.tables import SettingRow
from coordinator.notify import Notifier
from coordinator.notify.notifier import CURSOR_KEY
from coordinator.notify.tables import FARM
from coordinator.service import Operations
from coordinator.store import JobSpec
from coordinator.views import JobOut
from tests.coordinator_harness import job_state, running_coordinator, sim_agent
from tests.helpers.http_receiver import receiver
from tests.helpers.sim_failures import fail_now
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt

GCODE = b"G28\nG1 X10 Y10 Z0.3 E1\n"


@contextmanager
def notifier(ops: Operations) -> Iterator[Notifier]:
    n = Notifier(ops.c.store, poll_s=0.05, settle_s=0.2, retry_delays_s=(0.2, 0.4, 0.8))
    n.start()
    try:
        yield n
    finally:
        n.stop()


def _submit(ops: Operations, submitter: str = "ann") -> JobOut:
    stored = ops.c.files.put_bytes(GCODE)
    return ops.submit(stored, "part.gcode", name="bracket", submitter=submitter)[0]


def _quiet_for(n: Notifier, rounds: int) -> None:
    """Let the notifier poll `rounds` more times (nothing new should come of them)."""
    start = n.polls
    wait_until(lambda: n.polls >= start + rounds, 10, f"{rounds} more polls")


def test_a_failure_is_told_once_with_its_cause(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    with (
        receiver() as farm,
        receiver() as ann,
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "m1", [SimPrinter("p1", print_s=120)]) as m1,
    ):
        with notifier(ops) as n:
            n.targets.set(FARM, [farm.url])
            n.targets.set("ann", [ann.url])
            job = _submit(ops)
            wait_until(lambda: job_state(ops, job.id) == "printing", 10, "the job printing")
            fail_now(m1, "p1", FailureCause.THERMAL, "thermal runaway on T0")
            wait_until(
                lambda: len(farm.accepted()) == 2 and len(ann.accepted()) == 1, 10, "messages"
            )
            _quiet_for(n, 20)
        with notifier(ops) as again:  # a restart: the cursor and the claims are stored
            _quiet_for(again, 20)
        _rewind_cursor(ops)  # as if it had stopped before saving how far it got
        with notifier(ops) as after_crash:
            _quiet_for(after_crash, 20)

    (mine,) = ann.accepted()
    assert mine["title"] == "Failed: bracket"
    assert "thermal: thermal runaway on T0" in mine["message"]
    assert "m1/p1" in mine["message"]
    assert sorted(farm.titles()) == ["Clear the bed of m1/p1", "Failed: bracket"]


def test_a_receiver_that_fails_twice_gets_it_once_on_retry(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    with (
        receiver(fail_prefix="Printed", fail_first=2) as farm,
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "m1", [SimPrinter("p1", print_s=0.2)]),
        notifier(ops) as n,
    ):
        n.targets.set(FARM, [farm.url])
        job = _submit(ops)
        wait_until(lambda: job_state(ops, job.id) == "done", 10, "the job done")
        wait_until(lambda: "Printed: bracket" in [b["title"] for b in farm.accepted()], 10, "it")
        _quiet_for(n, 30)  # longer than every retry delay: no late copy comes
        statuses = [s for s, body in farm.received if body["title"] == "Printed: bracket"]
    assert statuses == [500, 500, 200]
    assert farm.titles().count("Clear the bed of m1/p1") == 1


def test_a_hanging_receiver_does_not_delay_dispatch(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    with (
        receiver(hang=True) as farm,
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "m1", [SimPrinter("p1", print_s=120), SimPrinter("p2")]) as m1,
        notifier(ops) as n,
    ):
        n.targets.set(FARM, [farm.url])
        first = _submit(ops)
        wait_until(lambda: job_state(ops, first.id) == "printing", 10, "the first job printing")
        fail_now(m1, next(k for k, p in m1.printers.items() if p.job), FailureCause.OTHER, "x")
        assert farm.holding.wait(10), "the notifier never reached the receiver"
        started = time.monotonic()
        second = _submit(ops)
        wait_until(lambda: job_state(ops, second.id) != "queued", 10, "the next job dispatched")
        took = time.monotonic() - started
        assert not farm.received, "the receiver answered: it was not hanging any more"
        farm.release.set()
    print(f"submit to dispatch while a receiver hangs: {took * 1000:.0f} ms")


def test_approval_and_offline_are_told_once(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    with (
        receiver() as farm,
        running_coordinator(mosquitto, tmp_path) as ops,
        notifier(ops) as n,
    ):
        n.targets.set(FARM, [farm.url], offline_after_s=0.5)
        stored = ops.c.files.put_bytes(GCODE)
        spec = JobSpec(
            name="big", file_sha256=stored.sha256, file_size=stored.size,
            file_name="big.gcode", submitter="bob", approval_reason="over 8 h",
        )  # fmt: skip
        ops.c.store.submit(spec)
        with sim_agent(mosquitto, "m2", [SimPrinter("p9")]):
            wait_until(lambda: _online(ops, "m2/p9"), 10, "m2/p9 online in the store")
        wait_until(lambda: "Offline: m2/p9" in farm.titles(), 10, "the offline message")
        _quiet_for(n, 20)
    titles = farm.titles()
    assert titles.count("Waiting for approval: big") == 1
    assert titles.count("Offline: m2/p9") == 1


def _rewind_cursor(ops: Operations) -> None:
    with ops.c.store.session() as s:
        row = s.get(SettingRow, CURSOR_KEY)
        assert row is not None
        cursor = json.loads(row.value)
        row.value = json.dumps({**cursor, "event_id": 0})


def _online(ops: Operations, key: str) -> bool:
    printer = ops.c.store.get_printer(key)
    return printer is not None and printer.online
