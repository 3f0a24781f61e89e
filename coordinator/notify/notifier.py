"""The notifier: follows the store's history and tells people, on threads of its own.

    notifier = Notifier(store); notifier.start() ... notifier.stop()

Every `poll_s` it reads the history rows after the last one it handled (the cursor, in
the settings table, so a restart goes on where it stopped and never starts over), and
the printers offline for longer than the farm's delay. Each message to each URL is first
claimed in `notify_sent` (a primary key: a second claim fails), then queued for the
sender: so a message goes out at most once, whatever restarts and however many
coordinators share the database. The price: a crash between the claim and the sending
loses that one message. The coordinator's worker never waits for any of this.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from coordinator.accounts.tables import SettingRow
from coordinator.notify.messages import Notice, from_event, offline
from coordinator.notify.sender import RETRY_DELAYS_S, Message, Sender
from coordinator.notify.tables import FARM, NotifySentRow
from coordinator.notify.targets import Targets
from coordinator.store import EventRecord, JobNotFoundError, JobRecord, Store
from coordinator.store.schema import EventRow

log = logging.getLogger(__name__)
CURSOR_KEY = "notify.cursor"
BATCH = 200
# Rows younger than this are left for the next round: ids come from a sequence, and on
# PostgreSQL a later id can commit before an earlier one; reading past a row that is
# not yet visible would skip it for good (the cursor never goes back).
SETTLE_S = 2.0
KEEP_CLAIMS_S = 90 * 86400  # claims older than this are forgotten (the cursor is far past)
PRUNE_EVERY = 3600  # polls


class Notifier:
    def __init__(
        self,
        store: Store,
        *,
        poll_s: float = 1.0,
        settle_s: float = SETTLE_S,
        retry_delays_s: tuple[float, ...] = RETRY_DELAYS_S,
        queue_size: int = 1000,
    ) -> None:
        self._store = store
        self._poll_s = poll_s
        self._settle_s = settle_s
        self.targets = Targets(store)
        self.sender = Sender(store, retry_delays_s=retry_delays_s, queue_size=queue_size)
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="notify-poller", daemon=True)
        self.polls = 0  # rounds done (tests wait on it)

    def start(self) -> None:
        self.sender.start()
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(10)
        self.sender.stop()

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                self.poll()
            except SQLAlchemyError as e:  # the database is away: try again next round
                log.warning("notifications: could not read the store: %s", e)
            except Exception:  # a bug must not silently end every notification
                log.exception("notifications: unexpected error; the notifier goes on")
            self.polls += 1
            if self.polls % PRUNE_EVERY == 1:
                self._prune()
            self._stopping.wait(self._poll_s)

    def poll(self) -> None:
        cursor, since = self._cursor()
        events = self._events_after(cursor)
        for event in events:
            job = self._job(event.job_id)
            bed = job is not None and self._bed_to_clear(job)
            for notice in from_event(event, job, bed):
                self._deliver(notice)
        if events:
            self._save_cursor(events[-1].id, since)
        self._offline(since)

    # -- what happened -------------------------------------------------------------------------
    def _cursor(self) -> tuple[int, float]:
        """The last event handled and when notifications began (first start: now, so
        that a farm's past is not announced)."""
        with self._store.session() as s:
            row = s.get(SettingRow, CURSOR_KEY, populate_existing=True)
            if row is not None:
                value = json.loads(row.value)
                return int(value["event_id"]), float(value["since"])
            last = s.scalar(select(func.max(EventRow.id))) or 0
        now = time.time()
        self._save_cursor(last, now)
        return last, now

    def _save_cursor(self, event_id: int, since: float) -> None:
        text = json.dumps({"event_id": event_id, "since": since})
        try:
            with self._store.session() as s:
                row = s.get(SettingRow, CURSOR_KEY, populate_existing=True)
                if row is None:
                    s.add(SettingRow(key=CURSOR_KEY, value=text))
                elif int(json.loads(row.value)["event_id"]) < event_id:
                    row.value = text  # another coordinator may be ahead: never go back
        except IntegrityError:
            pass  # another coordinator wrote the first cursor meanwhile: theirs is as good

    def _events_after(self, cursor: int) -> list[EventRecord]:
        settled = time.time() - self._settle_s
        query = select(EventRow).where(EventRow.id > cursor).order_by(EventRow.id).limit(BATCH)
        with self._store.session() as s:
            rows = [EventRecord.from_row(r) for r in s.scalars(query)]
        ready = []
        for row in rows:  # in id order, up to the first one too young
            if row.ts > settled:
                break
            ready.append(row)
        return ready

    def _job(self, job_id: str | None) -> JobRecord | None:
        if job_id is None:
            return None
        try:
            return self._store.get_job(job_id)
        except JobNotFoundError:
            return None

    def _bed_to_clear(self, job: JobRecord) -> bool:
        printer = self._store.get_printer(job.printer_key) if job.printer_key else None
        return printer is not None and printer.bed_needs_clearing

    def _offline(self, since: float) -> None:
        now = time.time()
        after = self.targets.offline_after_s()
        for printer in self._store.list_printers():
            # Gone since notifications began, for longer than the farm's delay.
            if not printer.online and since <= printer.last_seen <= now - after:
                self._deliver(offline(printer, now))

    # -- telling people ----------------------------------------------------------------------
    def _deliver(self, notice: Notice) -> None:
        audiences = ([("farm", FARM)] if notice.farm else []) + (
            [("user", notice.user)] if notice.user else []
        )
        for audience, owner in audiences:
            for url in self.targets.urls(owner):
                digest = hashlib.sha256(url.encode()).hexdigest()[:16]
                key = f"{notice.key}|{audience}|{digest}"
                if self._claim(key):
                    self.sender.submit(Message(0.0, key, url, notice.title, notice.body))

    def _prune(self) -> None:
        try:
            with self._store.session() as s:
                old = NotifySentRow.ts < time.time() - KEEP_CLAIMS_S
                s.execute(delete(NotifySentRow).where(old))
        except SQLAlchemyError as e:
            log.warning("notifications: could not forget old claims: %s", e)

    def _claim(self, key: str) -> bool:
        """True for the first claim of `key` ever (this process or another)."""
        try:
            with self._store.session() as s:
                if s.get(NotifySentRow, key) is not None:
                    return False
                s.add(NotifySentRow(key=key, ts=time.time()))
        except IntegrityError:
            return False
        return True
