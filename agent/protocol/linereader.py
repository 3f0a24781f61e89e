"""Split a byte stream into text lines; never fails, whatever the bytes."""

from __future__ import annotations

from agent.protocol.replies import decode

MAX_LINE_BYTES = 2048  # a line longer than this is junk (real replies stay under ~300)
_FAST = {b"ok\n": ["ok"], b"ok\r\n": ["ok"]}


class LineReader:
    """Lines end at `\\n` or `\\r`; a partial line waits for the next `feed()`."""

    def __init__(self) -> None:
        self._partial = b""
        self.dropped = 0  # junk bytes thrown away since the owner last looked

    def feed(self, data: bytes) -> list[str]:
        if not self._partial:
            fast = _FAST.get(data)
            if fast is not None:
                return fast[:]
            buffer = data
        else:
            buffer = self._partial + data
        if not buffer:
            return []
        pieces = buffer.splitlines()
        if buffer[-1] in b"\r\n":
            self._partial = b""
        else:
            self._partial = pieces.pop()
            if len(self._partial) > MAX_LINE_BYTES:
                self.dropped += len(self._partial)
                self._partial = b""
        lines = []
        for raw in pieces:
            if raw == b"ok":
                lines.append("ok")
                continue
            if len(raw) > MAX_LINE_BYTES:
                self.dropped += len(raw) - MAX_LINE_BYTES
            text = decode(raw[:MAX_LINE_BYTES])
            if text:
                lines.append(text)
        return lines

    def clear(self) -> None:
        self._partial = b""
