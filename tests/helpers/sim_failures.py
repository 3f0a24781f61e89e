"""Scripted job failures on simulated printers (tests/sim_agents.py only finishes jobs)."""

from __future__ import annotations

import time

from agent.wire import Channel, FailureCause, JobFailed, PrinterStateName, encode, printer_topic
from tests.sim_agents import SimAgent


def fail_now(agent: SimAgent, printer_id: str, cause: FailureCause, message: str) -> str:
    """End the printer's current job as failed, the way an agent reports it; its job id."""
    printer = agent.printers[printer_id]
    with agent.lock:
        job = printer.job
        if job is None:
            raise AssertionError(f"{printer_id} prints nothing to fail")
        printer.seq += 1
        event = JobFailed(
            seq=printer.seq, ts=time.time(), job_id=job.job_id,
            fencing_token=job.fencing_token, cause=cause, message=message,
        )  # fmt: skip
        printer.job, printer.state = None, PrinterStateName.IDLE
        topic = printer_topic(agent.agent_id, printer_id, Channel.EVENTS)
        agent.client.publish(topic, encode(event), qos=1)
        agent.publish_state(printer)
        return job.job_id
