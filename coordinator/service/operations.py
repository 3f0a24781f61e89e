"""What a user can do, defined once: the HTTP API (and through it the CLI) calls these.

Reads go to the store and the fleet snapshot from the caller's thread; every change runs
on the coordinator's worker thread (`Coordinator.call`).
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError

from agent.wire import Channel, InvalidIdError, SendGcode, printer_topic, split_printer_key
from coordinator.dispatch import PrinterView, mismatches
from coordinator.files import StoredFile
from coordinator.intake.models import Box
from coordinator.intake.thumbnail_cache import ThumbnailCache
from coordinator.intake.travel import absurd_moves, far_outside
from coordinator.quotas.limits import Estimate, estimate_of, submit_limited
from coordinator.requirements import FROM_FILE, Requirements
from coordinator.service.console import last_hil, send_and_wait
from coordinator.service.engine import Coordinator
from coordinator.service.fleet import LivePrinter
from coordinator.service.waiting import WaitingReasons, awaiting_approval
from coordinator.store import ACTIVE_STATES, JobNotFoundError, JobRecord, JobSpec, JobState
from coordinator.variants import SlicedFile, analysed
from coordinator.views import (
    CommandOut,
    GcodeOut,
    HealthOut,
    HilOut,
    JobOut,
    LeaderHealth,
    PartHealth,
    PrinterOut,
    Summary,
    TemperatureOut,
    VariantOut,
)

log = logging.getLogger(__name__)
REQUEUE_FROM = frozenset({JobState.INTERRUPTED, JobState.FAILED, JobState.CANCELLED})
PAUSE_FROM = frozenset({JobState.ASSIGNED, JobState.PRINTING})
SWAPPABLE = ("material", "nozzle_diameter")  # a person changes them on the printer
_REQUEUED_ID = re.compile(r"(?P<base>.+)-r(?P<n>[0-9]+)")


class NotFoundError(LookupError):
    """No such job or printer (HTTP 404)."""


class ConflictError(RuntimeError):
    """The job or printer is not in a state that allows this (HTTP 409)."""


class UnprintableError(ValueError):
    """No printer of the fleet could ever print this job (HTTP 422)."""


class Operations:
    def __init__(self, coordinator: Coordinator) -> None:
        self.c = coordinator
        self.thumbnails = ThumbnailCache(coordinator.files)  # the dashboard's pictures

    # -- jobs ------------------------------------------------------------------------------
    def submit(
        self,
        stored: StoredFile,
        file_name: str,
        *,
        name: str | None = None,
        copies: int = 1,
        priority: int = 0,
        submitter: str = "",
        requirements: Requirements | None = None,
        variants: Sequence[SlicedFile] = (),
        limited: bool = False,
    ) -> list[JobOut]:
        """Queue `copies` jobs of a stored file; `limited`: the submitter is a member, so
        the farm's quotas apply (a refusal, or jobs that wait for approval); `variants`:
        a model's slices for several printer classes (the first is `stored`)."""
        found, travel, each = analyse_file(stored.path, file_name)
        req = found.overridden_by(requirements or Requirements())
        self._check_printable(req)
        self._check_travel(req, travel)
        self.thumbnails.extract(stored.sha256)
        for other in variants[1:]:
            self.thumbnails.extract(other.stored.sha256)
        spec = JobSpec(
            name=name or file_name,
            file_sha256=stored.sha256,
            file_size=stored.size,
            file_name=file_name,
            submitter=submitter,
            priority=priority,
            copies=copies,
            requirements=req,
            estimated_s=each.seconds,
            filament_g=each.grams,
            variants=analysed(variants, lambda f: _analysis(f, file_name)),
        )

        def submit_on_worker() -> list[JobRecord]:
            if limited:
                jobs = submit_limited(self.c.store, spec, each, time.time())
            else:
                jobs = self.c.store.submit(spec)
            self.c.enqueue(jobs)
            return jobs

        return [self._job_out(j) for j in self.c.call(submit_on_worker, one_tx=True)]

    def _check_printable(self, req: Requirements) -> None:
        """Refuse a job that no printer ever seen could fit (an empty fleet accepts all)."""
        known = [v for v in self.c.fleet.snapshot() if v.state is not None]
        if not known or req.printer is not None:
            return
        reasons = []
        # A spool of the colour may be loaded later; so may the file's material, and its
        # nozzle fitted: the job waits, and `explain` says for what.
        lifted = ["colour", *(n for n in SWAPPABLE if req.origin(n) == FROM_FILE)]
        req = req.without(*lifted)
        for view in known:
            assert view.state is not None
            spool = self.c.spools.effective(view.key, view.state.spool)
            pv = PrinterView.from_state(
                view.agent, view.printer, view.state, online=True, assigned=False, spool=spool
            )
            found = mismatches(req, pv)
            if not found:
                return
            reasons.append(f"{view.key}: {'; '.join(found)}")
        raise UnprintableError(
            "no printer of the fleet can print this job: " + " | ".join(reasons[:5])
        )

    def _check_travel(self, req: Requirements, travel: Box | None) -> None:
        """Refuse moves far outside the build volume of every printer that could take the
        job (the agent would refuse them at send time); an empty fleet accepts all."""
        known = [v for v in self.c.fleet.snapshot() if v.state is not None]
        if req.printer is not None:
            known = [v for v in known if v.key == req.printer]
        reasons = []
        for view in known:
            assert view.state is not None
            problems = far_outside(travel, view.state.build_volume)
            if not problems:
                return
            reasons.append(f"{view.key}: {'; '.join(problems)}")
        if reasons:
            raise UnprintableError(
                "moves reach far outside the build volume of every printer that could take "
                "this job: " + " | ".join(reasons[:5])
            )

    def list_jobs(self, state: JobState | None = None) -> list[JobOut]:
        jobs = self.c.store.list_jobs([state] if state is not None else None)
        why = self._waiting_reasons() if any(j.state is JobState.QUEUED for j in jobs) else None
        return [self._job_out(j, why) for j in jobs]

    def get_job(self, job_id: str) -> JobOut:
        job = self._job(job_id)
        return self._job_out(job, self._waiting_reasons() if job.state is JobState.QUEUED else None)

    def _waiting_reasons(self) -> WaitingReasons:
        busy = frozenset(j.printer_key or "" for j in self.c.store.list_jobs(ACTIVE_STATES))
        holds = self.c.holds
        power = self.c.sites.plan(self.c.fleet, busy)
        return WaitingReasons(
            self.c.fleet.snapshot(),
            holds.held(),
            busy,
            holds.to_clear(),
            self.c.spools,
            power=power,
        )

    def _job(self, job_id: str) -> JobRecord:
        try:
            return self.c.store.get_job(job_id)
        except JobNotFoundError as e:
            raise NotFoundError(str(e)) from e

    def _job_out(self, job: JobRecord, why: WaitingReasons | None = None) -> JobOut:
        progress = remaining = None
        if job.state in ACTIVE_STATES and job.printer_key is not None:
            view = self.c.fleet.get(job.printer_key)
            if view is not None and view.job_id == job.id:
                progress, remaining = view.progress, view.remaining_s
        elif job.state is JobState.DONE:
            progress = 1.0
        chosen = job.chosen_variant()
        return JobOut(
            id=job.id,
            batch_id=job.batch_id,
            copy_index=job.copy_index,
            name=job.name,
            file_sha256=job.file_sha256,
            file_size=job.file_size,
            file_name=job.file_name,
            submitter=job.submitter,
            priority=job.priority,
            requirements=job.requirements,
            state=str(job.state),
            printer_key=job.printer_key,
            fencing_token=job.fencing_token,
            attempts=job.attempts,
            message=job.message,
            created_at=job.created_at,
            updated_at=job.updated_at,
            progress=progress,
            remaining_s=remaining,
            estimated_s=job.estimated_s,
            filament_g=job.filament_g,
            thumbnail=self.thumbnails.has(job.file_sha256),
            variants=[VariantOut.of(v, chosen=i == chosen) for i, v in enumerate(job.variants)],
            waiting=why.for_job(job)
            if why and job.state is JobState.QUEUED
            else awaiting_approval(job),
        )

    def pause(self, job_id: str) -> JobOut:
        """Ask the printer to pause; the job shows `paused` once the printer says so."""

        def pause_on_worker() -> JobRecord:
            job = self._job(job_id)
            if job.state not in PAUSE_FROM or job.printer_key is None:
                raise ConflictError(f"job {job_id} is {job.state}: only a printing job can pause")
            self.c.commands.pause(job.printer_key, job.id)
            return job

        return self._job_out(self.c.call(pause_on_worker))

    def resume(self, job_id: str) -> JobOut:
        def resume_on_worker() -> JobRecord:
            job = self._job(job_id)
            if job.state is not JobState.PAUSED or job.printer_key is None:
                raise ConflictError(f"job {job_id} is {job.state}: only a paused job can resume")
            self.c.commands.resume(job.printer_key, job.id)
            return job

        return self._job_out(self.c.call(resume_on_worker))

    def cancel(self, job_id: str) -> JobOut:
        """A queued job is cancelled at once; an active one when its agent confirms."""

        def cancel_on_worker() -> JobRecord:
            job = self._job(job_id)
            if job.state in (JobState.QUEUED, JobState.NEEDS_APPROVAL):
                if self.c.store.cancel_queued(job.id):
                    self.c.dequeue(job.id)
                return self.c.store.get_job(job.id)
            if job.state in ACTIVE_STATES and job.printer_key is not None:
                self.c.commands.cancel(job.printer_key, job.id)
                return job
            raise ConflictError(f"job {job_id} is already {job.state}")

        return self._job_out(self.c.call(cancel_on_worker))

    def requeue(self, job_id: str) -> list[JobOut]:
        """Queue a new copy of an ended job, once: the copy's id follows from the job's
        (`X` -> `X-r1`, `X-r1` -> `X-r2`), so a second requeue of `X` finds `X-r1` and
        is refused, even from another coordinator (the id is the table's key). A new id,
        because an agent never starts an id twice."""
        job = self._job(job_id)
        if job.state not in REQUEUE_FROM:
            raise ConflictError(
                f"job {job_id} is {job.state}: only interrupted, failed or cancelled jobs "
                "can be re-queued"
            )
        if self.c.files.get(job.file_sha256) is None:
            raise ConflictError(f"the file of job {job_id} is gone from the file store")
        spec = JobSpec(
            name=job.name, file_sha256=job.file_sha256, file_size=job.file_size,
            file_name=job.file_name, submitter=job.submitter, priority=job.priority,
            requirements=job.requirements, batch_id=requeued_id(job.id),
            estimated_s=job.estimated_s, filament_g=job.filament_g, variants=job.variants,
        )  # fmt: skip

        def requeue_on_worker() -> list[JobRecord]:
            self._refuse_requeued(job_id, spec.batch_id or "")
            try:
                jobs = self.c.store.submit(spec)
            except IntegrityError as e:  # another coordinator re-queued it meanwhile
                self._refuse_requeued(job_id, spec.batch_id or "")
                raise ConflictError(f"job {job_id} was re-queued meanwhile") from e
            self.c.enqueue(jobs)
            return jobs

        return [self._job_out(j) for j in self.c.call(requeue_on_worker)]

    def _refuse_requeued(self, job_id: str, copy_id: str) -> None:
        try:
            copy = self.c.store.get_job(copy_id)
        except JobNotFoundError:
            return
        raise ConflictError(
            f"job {job_id} was already re-queued as {copy_id} (now {copy.state}); "
            f"nothing done (re-queue {copy_id} instead once it has ended)"
        )

    # -- printers -------------------------------------------------------------------------------
    def list_printers(self) -> list[PrinterOut]:
        held, to_clear = self.c.holds.held(), self.c.holds.to_clear()
        live = {v.key: v for v in self.c.fleet.snapshot()}
        out = [_printer_out(v, v.key in held, v.key in to_clear) for v in live.values()]
        for record in self.c.store.list_printers():
            if record.key not in live:  # known from an earlier run, not heard from yet
                agent, _, printer = record.key.partition("/")
                out.append(
                    PrinterOut(
                        key=record.key, agent=agent, printer=printer, online=False,
                        state="offline", held=record.key in held,
                        bed_clear=record.bed_clear and record.key not in to_clear,
                    )
                )  # fmt: skip
        return sorted(out, key=lambda p: p.key)

    def get_printer(self, key: str) -> PrinterOut:
        for printer in self.list_printers():
            if printer.key == key:
                return printer
        raise NotFoundError(f"no printer {key!r} (list them with `printfarm printers`)")

    def clear_bed(self, key: str, by: str = "") -> PrinterOut:
        """A person says the bed is empty: lift the hold and tell the agent."""
        self.get_printer(key)

        def clear_on_worker() -> None:
            released = self.c.holds.release(key)
            self.c.store.record_event(
                "bed_cleared", printer_key=key, detail={"by": by, "released_hold": released}
            )
            self.c.commands.mark_bed_clear(key, by or "printfarm")
            self.c.request_dispatch()

        self.c.call(clear_on_worker)
        return self.get_printer(key)

    def remove_printer(self, key: str) -> PrinterOut:
        """Take a printer out of service: its row, its hold, its live view, and its
        retained state on the broker (an empty retained payload).

        Refused while its agent is online and lists it (it would come straight back:
        take it out of the agent's config first) or while a job holds it."""
        try:
            agent, printer = split_printer_key(key)
        except InvalidIdError as e:
            raise NotFoundError(f"{e}; name a printer as AGENT/PRINTER") from e
        removed = self.get_printer(key)

        def remove_on_worker() -> None:
            if key in self.c.jobs.by_printer:
                job_id = self.c.jobs.by_printer[key]
                raise ConflictError(f"job {job_id} is active on {key}: cancel it first")
            if self.c.fleet.listed_by_online_agent(agent, printer):
                raise ConflictError(
                    f"{agent} still lists {printer}: take it out of the agent's config and "
                    "restart the agent first"
                )
            if not self.c.store.remove_printer(key) and self.c.store.get_printer(key):
                raise ConflictError(f"a job holds {key}: cancel it first")
            self.c.holds.release(key)
            self.c.forget_printer(key)
            topic = printer_topic(agent, printer, Channel.STATE)
            self.c.link.publish(topic, b"", qos=1, retain=True)

        self.c.call(remove_on_worker)
        return removed

    def emergency_stop(self, key: str, reason: str) -> CommandOut:
        """Halt the printer now (heaters off, motion stopped, as its profile says). Sent
        whatever state the coordinator last saw: the printer may be in another."""
        self.get_printer(key)
        command_id = self.c.call(lambda: self.c.commands.emergency_stop(key, reason))
        log.warning("emergency stop sent to %s: %s", key, reason)
        return CommandOut(command_id=command_id, printer=key)

    def send_gcode(self, key: str, line: str, wait_s: float = 10.0) -> GcodeOut:
        """One line for the printer; its agent checks it against the firmware profile's
        policy and refuses what it blocks, or sends it and answers with the firmware's
        lines until its `ok`: waited for up to `wait_s` (see service/console.py)."""
        try:
            SendGcode(id="c-check", deadline=1.0, line=line)
        except ValidationError as e:
            raise UnprintableError(f"not one G-code line: {e.errors()[0]['msg']}") from e
        self.get_printer(key)
        return send_and_wait(self.c, key, line, wait_s)

    def printer_hil(self, key: str) -> HilOut:
        """The printer's last HIL report, as its agent published it (or none yet)."""
        self.get_printer(key)
        return last_hil(self.c, key)

    def health(self) -> HealthOut:
        c = self.c
        connected = c.link.connected.is_set()
        where = f"{c.config.broker.host}:{c.config.broker.port}"
        broker = PartHealth(
            ok=connected, detail=("" if connected else "not ") + f"connected to {where}"
        )
        worker, database = c.health.worker(c.worker_alive), c.health.database()
        seen = c.leader.seen
        return HealthOut(
            ok=worker.ok and broker.ok and database.ok,
            worker=worker,
            broker=broker,
            database=database,
            sites=c.site_links.snapshot(),
            leader=LeaderHealth(
                holder=seen.holder, epoch=seen.epoch, this_coordinator=c.leader.is_leader()
            ),
        )

    def summary(self) -> Summary:
        counts = Counter(str(j.state) for j in self.c.store.list_jobs())
        printers = self.c.fleet.snapshot()
        return Summary(
            jobs=dict(counts),
            printers=len(printers),
            printers_online=sum(p.online for p in printers),
        )


def _analysis(
    stored: StoredFile, file_name: str
) -> tuple[Requirements, float | None, float | None]:
    found, _, each = analyse_file(stored.path, file_name)
    return found, each.seconds, each.grams


def analyse_file(path: Path, file_name: str) -> tuple[Requirements, Box | None, Estimate]:
    """What the file asks of a printer (nozzle, filament, material, tools, flavour, bed
    temperature, the part's extents: each from the file), the box of all moves and the
    time and filament estimate, from intake's G-code analysis (nothing when intake is
    not installed); UnprintableError for moves no printer can take (1e308)."""
    try:
        from coordinator.intake.gcode import analyze_gcode
        from coordinator.intake.reader import GcodeInputError
    except ImportError:  # intake is optional for the service
        return Requirements(), None, Estimate()
    try:
        analysis = analyze_gcode(path)
    except GcodeInputError as e:
        said = str(e)  # names the stored file (its sha256): the member knows it by name
        raise UnprintableError(
            said.replace(path.name, file_name) if path.name in said else f"{file_name}: {said}"
        ) from e
    travel = analysis.extents.all_moves
    problem = absurd_moves(travel)
    if problem is not None:
        raise UnprintableError(f"{file_name}: {problem}")
    return analysis.requirements(), travel, estimate_of(analysis)


def requeued_id(job_id: str) -> str:
    """The id of a job's re-queued copy: `X` -> `X-r1`, `X-r1` -> `X-r2`."""
    found = _REQUEUED_ID.fullmatch(job_id)
    if found is None:
        return f"{job_id}-r1"
    return f"{found['base']}-r{int(found['n']) + 1}"


def _temps(v: LivePrinter) -> dict[str, TemperatureOut] | None:
    """None while offline: the last readings are old, not a printer heating now."""
    if not v.online:
        return None
    return {k: TemperatureOut(actual=t.actual, target=t.target) for k, t in v.temperatures.items()}


def _printer_out(v: LivePrinter, held: bool, to_clear: bool) -> PrinterOut:
    """`bed_clear`: both locks open, the agent's and the store's."""
    s = v.state
    return PrinterOut(
        key=v.key,
        agent=v.agent,
        printer=v.printer,
        online=v.online,
        state=str(v.state_name),
        bed_clear=bool(s and s.bed_clear) and not to_clear,
        held=held,
        job_id=v.job_id,
        progress=v.progress,
        remaining_s=v.remaining_s,
        temperatures=_temps(v),
        profile=s.profile if s else None,
        firmware=s.capabilities.firmware if s else None,
        firmware_name=s.capabilities.firmware_name if s else None,
        nozzle_diameter=s.nozzle_diameter if s else None,
        material=s.material if s else None,
        build_volume=(s.build_volume.x, s.build_volume.y, s.build_volume.z) if s else None,
        site=s.site if s else None,
        tags=s.tags if s else (),
        error=s.error if s else None,
    )
