"""A printer behind an OctoPrint server, behind the agent's printer interface.

OctoPrint streams the file itself, so this backend uploads the job file (after the same
checks the serial session makes: the whole file through the G-code policy and the
limits, feed rates clamped as they would be on serial) under a name made from the job id,
starts it, and then follows OctoPrint by polling (`poll_s`, backing off to `poll_max_s`
while OctoPrint does not answer). What the answers mean is decided in
agent/backends/octoprint_state.py; this module adds the HTTP calls, a lock and one
poller thread.

Because OctoPrint prints on without the agent, stopping the agent leaves a print
running (`survives_agent_stop`), and a restarted agent takes the job over when OctoPrint
still has the journal's file selected (`recover_job`).
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from agent.backends.octoprint_api import OctoPrintApi, OctoPrintError
from agent.backends.octoprint_config import OctoPrintKeyError, OctoPrintSection
from agent.backends.octoprint_state import ACTIVE, OctoPrintTracker
from agent.backoff import Backoff
from agent.console_capture import ConsoleAnswer
from agent.gcode_check import check_file
from agent.gcode_file import GcodeFileError, read_commands
from agent.printer_interface import Listener
from agent.profiles import FirmwareProfile, load_profile
from agent.safety import LineRefused, LocalSafety, Origin, Refusal, check_job_file, checker_for
from agent.session_model import (
    JobFileRefused,
    JobRefused,
    PrinterState,
    SessionError,
    SessionSnapshot,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
FIRMWARE_NAME = "OctoPrint"
NO_CONSOLE_OUTPUT = (
    "sent through OctoPrint, whose API does not return the firmware's reply"
    " (see OctoPrint's terminal)"
)
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")


def upload_name(job_id: str) -> str:
    """The file name a job has on OctoPrint (OctoPrint keeps these characters as they are)."""
    return "printfarm-" + _UNSAFE_NAME.sub("_", job_id) + ".gcode"


class OctoPrintPrinter:
    survives_agent_stop = True

    def __init__(
        self,
        config: OctoPrintSection,
        profile: str,
        safety: LocalSafety,
        listener: Listener | None = None,
        bed_clear: bool = True,
    ) -> None:
        self.config = config
        self._profile = load_profile("marlin2" if profile == "auto" else profile)
        self._checker = checker_for(self._profile, safety)
        self._listener = listener
        self._tracker = OctoPrintTracker(bed_clear, self._profile.ejects_parts)
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._api: OctoPrintApi | None = None
        self._closing = False
        self._poller: threading.Thread | None = None

    # -- views ---------------------------------------------------------------------------
    @property
    def profile(self) -> FirmwareProfile:
        return self._profile

    @property
    def state(self) -> PrinterState:
        return self._tracker.state

    def snapshot(self) -> SessionSnapshot:
        with self._lock:
            return self._tracker.snapshot(self._profile.name, FIRMWARE_NAME)

    # -- connection ----------------------------------------------------------------------
    def connect(self) -> None:
        """Reach OctoPrint and read its state once; then poll it for good."""
        if self._api is None:
            try:
                key = self.config.read_key()
                self._api = OctoPrintApi(
                    self.config.url, key, self.config.timeout_s, self.config.upload_timeout_s
                )
            except (OctoPrintError, OctoPrintKeyError) as e:
                why = str(e)
                self._call(lambda t: t.unreachable(why))
                raise SessionError(why) from e
        try:
            self._poll_once()
        except OctoPrintError as e:
            raise SessionError(str(e)) from e
        state = self._tracker.state
        if state is not PrinterState.IDLE and state not in ACTIVE:
            raise SessionError(f"OctoPrint at {self.config.url}: {self._tracker.reason}")
        if self._poller is None:
            self._poller = threading.Thread(target=self._poll_loop, name="octoprint", daemon=True)
            self._poller.start()

    def close(self) -> None:
        """Stop following OctoPrint. A print there goes on (see the module's note)."""
        with self._lock:
            self._closing = True
            self._wake.notify_all()
        if self._poller is not None:
            self._poller.join(timeout=self.config.timeout_s * 2 + 1)
        if self._api is not None:
            self._api.close()

    def recover_job(self, job_id: str) -> bool:
        self._call(lambda t: t.recover(job_id, upload_name(job_id)))
        return True

    # -- commands ------------------------------------------------------------------------
    def start_print(self, path: Path, job_id: str) -> None:
        """Check the whole file, upload what the policy admits, start it."""
        admitted = self._admitted_copy(path)
        try:
            name = upload_name(job_id)
            self._call(lambda t: t.begin(job_id, name, admitted.stat().st_size))
            try:
                self._require_api().upload_and_print(admitted, name)
            except OctoPrintError as e:
                why = str(e)
                self._call(lambda t: t.abandon(why))
                raise SessionError(f"OctoPrint did not take the job: {e}") from e
            self._call(lambda t: t.started(time.monotonic()))
        finally:
            admitted.unlink(missing_ok=True)
        self._nudge()

    def _admitted_copy(self, path: Path) -> Path:
        """The file as the serial session would send it: every command through the
        policy and limits (JobRefused names the line), comments dropped, F clamped."""
        try:
            check_file(path, self._profile.capabilities.max_line_length)
            check_job_file(path, self._checker)
        except GcodeFileError as e:
            raise JobFileRefused(str(e)) from e
        except LineRefused as e:
            raise JobRefused(str(e)) from e
        handle, name = tempfile.mkstemp(prefix="printfarm-octoprint-", suffix=".gcode")
        with os.fdopen(handle, "w", encoding="ascii", errors="replace") as out:
            for command in read_commands(path):
                out.write(self._checker.admit_job_line(command.text) + "\n")
        return Path(name)

    def pause(self) -> None:
        self._job_command("pause", PrinterState.PRINTING, lambda api: api.pause())

    def resume(self) -> None:
        self._job_command("resume", PrinterState.PAUSED, lambda api: api.resume())

    def cancel(self, reason: str = "cancelled by request") -> None:
        with self._lock:
            if self._tracker.job_id is None:
                raise SessionError("no job to cancel")
        self._request("cancel", lambda api: api.cancel())
        self._call(lambda t: t.cancel_requested(reason))
        self._nudge()

    def emergency_stop(self) -> None:
        self._request("emergency stop", lambda api: api.send([self._profile.gcode.emergency_stop]))
        self._call(lambda t: t.emergency_stopped())
        self._nudge()

    def remote_refusal(self, line: str) -> Refusal | None:
        return self._checker.check(line, origin=Origin.REMOTE)

    def send_line(self, line: str) -> int:
        state = self._tracker.state
        if state not in (PrinterState.IDLE, PrinterState.PAUSED):
            raise SessionError(f"cannot send G-code while {state}")
        refusal = self._checker.check(line, origin=Origin.REMOTE)
        if refusal is not None:
            raise SessionError(str(refusal))
        self._request("command", lambda api: api.send([line]))
        return 0

    def console_answer(self, token: int, timeout_s: float) -> ConsoleAnswer:
        """OctoPrint's REST API takes a command and answers 204: the firmware's reply
        only shows in OctoPrint's own terminal (its push socket), so none is returned."""
        return ConsoleAnswer("", note=NO_CONSOLE_OUTPUT)

    def mark_bed_clear(self) -> None:
        self._call(lambda t: t.mark_bed_clear())

    # -- waiting -------------------------------------------------------------------------
    def wait_for_state(self, states: set[PrinterState], timeout: float) -> PrinterState:
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._tracker.state not in states:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._wake.wait(left)
            return self._tracker.state

    # -- plumbing ------------------------------------------------------------------------
    def _require_api(self) -> OctoPrintApi:
        if self._api is None:
            raise SessionError("OctoPrint is not connected yet")
        return self._api

    def _job_command(
        self, what: str, needed: PrinterState, action: Callable[[OctoPrintApi], None]
    ) -> None:
        state = self._tracker.state
        if state is not needed or self._tracker.job_id is None:
            raise SessionError(f"nothing to {what} while {state}")
        self._request(what, action)
        self._nudge()

    def _request(self, what: str, action: Callable[[OctoPrintApi], None]) -> None:
        try:
            action(self._require_api())
        except OctoPrintError as e:
            raise SessionError(f"OctoPrint refused the {what}: {e}") from e

    def _call(self, change: Callable[[OctoPrintTracker], T]) -> T:
        """One change of the tracker under the lock; its events go out after it."""
        try:
            with self._lock:
                before = self._tracker.state
                try:
                    return change(self._tracker)
                finally:
                    if self._tracker.state is not before:
                        self._wake.notify_all()
        finally:
            self._deliver_events()

    def _deliver_events(self) -> None:
        with self._lock:
            events, self._tracker.events = self._tracker.events, []
        if self._listener is not None:
            for event in events:
                self._listener(event)

    def _nudge(self) -> None:
        """Poll soon: a command's effect shows in OctoPrint's next answer."""
        with self._lock:
            self._wake.notify_all()

    def _poll_once(self) -> None:
        api = self._require_api()
        try:
            seen = api.observe()
        except OctoPrintError as e:
            why = str(e)
            self._call(lambda t: t.unreachable(why))
            raise
        self._call(lambda t: t.observe(seen, time.monotonic()))

    def _poll_loop(self) -> None:
        backoff = Backoff(first_s=self.config.poll_s, cap_s=self.config.poll_max_s)
        while not self._closing:
            try:
                self._poll_once()
                delay = self.config.poll_s
                backoff.reset()
            except OctoPrintError as e:
                delay = backoff.next_delay()
                log.warning(
                    "OctoPrint at %s: %s; asking again in %.1f s", self.config.url, e, delay
                )
            except Exception:  # the poller must go on whatever one answer held
                log.exception("OctoPrint at %s: unexpected answer", self.config.url)
                delay = backoff.next_delay()
            with self._lock:
                if not self._closing:
                    self._wake.wait(delay)
