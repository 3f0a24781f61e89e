"""Waiting for an agent's reply to one command (the G-code console's answer).

A caller registers the command id before the command is published, so a quick reply is
never missed; the worker thread hands every reply in (`deliver`); the caller waits on
its own thread (an HTTP request's) with a deadline, then forgets the id whatever came.
Only final replies end a wait: `accepted` means the agent took it on and will say more.
"""

from __future__ import annotations

import threading
import time

from agent.wire import Reply, ReplyStatus

MAX_WAITING = 1000  # waits beyond this are refused a slot: the caller answers "sent"


class Answers:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._waiting: dict[str, Reply | None] = {}

    def expect(self, command_id: str) -> bool:
        """Watch for the reply to `command_id`; False if too many are awaited already."""
        with self._lock:
            if len(self._waiting) >= MAX_WAITING:
                return False
            self._waiting[command_id] = None
            return True

    def deliver(self, reply: Reply) -> None:
        if reply.status is ReplyStatus.ACCEPTED:
            return
        with self._lock:
            if reply.command_id in self._waiting:
                self._waiting[reply.command_id] = reply
                self._arrived.notify_all()

    def wait(self, command_id: str, timeout_s: float) -> Reply | None:
        """The final reply to `command_id`, or None after `timeout_s`; forgets the id."""
        deadline = time.monotonic() + timeout_s
        with self._lock:
            try:
                while (reply := self._waiting.get(command_id)) is None:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return None
                    self._arrived.wait(left)
                return reply
            finally:
                self._waiting.pop(command_id, None)
