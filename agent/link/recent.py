"""Recent command ids and the reply each got, kept on disk across restarts.

A command that arrives twice (a QoS 1 redelivery, a coordinator retry, a restart of
either side) must do nothing the second time and get the same answer again. The last
`keep` ids are remembered in an append-only JSON-lines file, fsynced, one line per
reply (a later line for the same id replaces the earlier one: `accepted` then `done`).
The file is rewritten with the remembered ids when it grows past twice that.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import IO

from agent.wire import Reply, WireError, parse_reply

log = logging.getLogger(__name__)

DEFAULT_KEEP = 2000


class RecentCommands:
    def __init__(self, path: Path, keep: int = DEFAULT_KEEP) -> None:
        self.path = path
        self.keep = keep
        self._lock = threading.Lock()
        self._replies: OrderedDict[tuple[str, str], Reply] = OrderedDict()
        self._lines = 0
        self._file: IO[str] | None = None

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists():
            for number, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), 1):
                self._lines += 1
                try:
                    record = json.loads(line)
                    reply = parse_reply(record["reply"].encode())
                    self._remember((str(record["printer"]), reply.command_id), reply)
                except (ValueError, KeyError, TypeError, AttributeError, WireError) as e:
                    log.warning("%s line %d ignored: %s", self.path, number, e)
        self._file = self.path.open("a", encoding="utf-8")

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    def get(self, printer: str, command_id: str) -> Reply | None:
        with self._lock:
            return self._replies.get((printer, command_id))

    def claim(self, printer: str, reply: Reply) -> Reply | None:
        """Record the first reply to a command; if the id is known, return its reply instead.

        Check-and-record is one step, so two copies arriving together cannot both run."""
        with self._lock:
            known = self._replies.get((printer, reply.command_id))
            if known is not None:
                return known
            self._store(printer, reply)
            return None

    def update(self, printer: str, reply: Reply) -> None:
        """A later reply (done/failed after accepted) replaces the remembered one."""
        with self._lock:
            self._store(printer, reply)

    def _store(self, printer: str, reply: Reply) -> None:
        self._remember((printer, reply.command_id), reply)
        if self._file is None:
            raise RuntimeError(f"{self.path} is not open")
        line = json.dumps({"printer": printer, "reply": reply.model_dump_json()})
        self._file.write(line + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())
        self._lines += 1
        if self._lines > 2 * self.keep:
            self._rewrite()

    def _remember(self, key: tuple[str, str], reply: Reply) -> None:
        self._replies[key] = reply
        self._replies.move_to_end(key)
        while len(self._replies) > self.keep:
            self._replies.popitem(last=False)

    def _rewrite(self) -> None:
        temp = self.path.with_suffix(".rewrite")
        with temp.open("w", encoding="utf-8") as out:
            for (printer, _), reply in self._replies.items():
                out.write(json.dumps({"printer": printer, "reply": reply.model_dump_json()}) + "\n")
            out.flush()
            os.fsync(out.fileno())
        if self._file is not None:
            self._file.close()
        os.replace(temp, self.path)
        self._file = self.path.open("a", encoding="utf-8")
        self._lines = len(self._replies)
