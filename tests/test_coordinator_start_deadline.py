"""A start command nobody answers gives the job back to the queue.

agent-1 looks online (its retained status says so) but does not answer: it hangs, or
it went away without a last will. Its printer is the only free one, so the job is
assigned there and its start sent, and re-sent. Once the start has gone unanswered
for `start_ack_s` and the deadline of the last start sent has passed (an agent refuses
a late command, so it can no longer start the job), the job is queued again and
printed on agent-2's printer, once; agent-1's printer is held until a person clears it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from coordinator.service import Timing
from coordinator.service.start_deadline import StartDeadlines
from tests.coordinator_harness import job_state, running_coordinator, sim_agent, submit_bytes
from tests.sim_agents import SimAgent, SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt

TIMING = Timing(
    resend_after_s=1.0, offline_grace_s=0.5, settle_s=1.0, vanish_grace_s=2.0, lease_s=30.0,
    start_ack_s=2.0, clock_skew_s=0.5,
)  # fmt: skip


def _silence(agent: SimAgent, how: str) -> None:
    if how == "hung":
        agent.paused = True  # connected, ignores every command
    else:
        agent.stop(graceful=False)  # a clean DISCONNECT: no will, status stays `online`


@pytest.mark.parametrize("how", ["hung", "gone"])
def test_an_unanswered_start_returns_the_job_to_the_queue(
    mosquitto: MosquittoBroker, tmp_path: Path, how: str
) -> None:
    silent, other = SimPrinter("p1"), SimPrinter("p1", bed_clear=False)
    with (
        running_coordinator(mosquitto, tmp_path, TIMING) as ops,
        sim_agent(mosquitto, "agent-1", [silent]) as agent1,
        sim_agent(mosquitto, "agent-2", [other]),
    ):
        wait_until(lambda: len(ops.list_printers()) == 2, 10, "both printers")
        _silence(agent1, how)
        job = submit_bytes(ops)[0]
        wait_until(lambda: ops.get_job(job.id).printer_key == "agent-1/p1", 10, "assigned")
        ops.clear_bed("agent-2/p1", "test")
        wait_until(lambda: job_state(ops, job.id) == "done", 30, "the job done elsewhere")
        assert ops.get_job(job.id).printer_key == "agent-2/p1"
        assert (silent.started, other.started) == ([], [job.id])
        requeued = [e for e in ops.c.store.history(job_id=job.id) if e.kind == "requeued"]
        assert len(requeued) == 1
        assert "no answer" in requeued[0].detail["reason"]
        assert ops.get_printer("agent-1/p1").held  # no more jobs for it until a person looks


def test_an_acknowledged_start_is_never_given_up() -> None:
    """The watch itself: given up only after `give_up_s` and the last deadline (+ skew);
    an answer (accepted: a big file may take long to fetch) ends it for good."""
    watch = StartDeadlines(give_up_s=0.0, clock_skew_s=0.0)
    now = time.time()
    watch.sent("late", now - 1)
    watch.sent("pending", now - 1)
    watch.sent("pending", now + 3600)  # re-sent: its latest deadline counts
    watch.sent("answered", now - 1)
    watch.acknowledged("answered")
    watch.sent("answered", now - 1)  # a re-send after the answer does not re-arm it
    assert watch.expired() == ["late"]
    assert not watch.may_send("late")
    watch.forget("late")
    assert watch.may_send("late")
