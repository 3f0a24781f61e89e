"""Job files, stored by sha256 in a local folder, fetched over HTTP with resume.

    spool = Spool(Path("/var/lib/printfarm/spool"))
    f = spool.fetch(url, sha256, size)     # downloads (resuming a partial), verifies
    f = spool.verify(sha256, size)         # re-checked right before a print starts

A download goes into `<sha256>.part`; an interrupted one is resumed with an HTTP Range
request. Only when size and sha256 both match is the file renamed to `<sha256>.gcode`,
so a file under its final name has always been verified. A mismatch deletes the
partial (resuming garbage would never converge) and raises VerificationError.
One fetch of a sha256 runs at a time (printers of one agent may start copies of one
file together): the others wait for it, then find the file stored.
Stdlib only (urllib): the agent stays light. Over https the server's certificate is
checked against the system's CAs, plus the farm's own CA when the spool is given a
context that trusts it (`tls`).
"""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from agent.wire.ids import InvalidIdError, validate_sha256

CHUNK_BYTES = 64 * 1024
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")


class SpoolError(Exception):
    """A job file could not be made ready; the message says why and what to do."""


class DownloadError(SpoolError):
    """Network or HTTP trouble; the partial file is kept so a retry resumes."""


class VerificationError(SpoolError):
    """The bytes are not the job's file (size or sha256); the partial was deleted."""


@dataclass(frozen=True, slots=True)
class SpooledFile:
    sha256: str
    size: int
    path: Path


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass
class _KeyedLocks:
    """A lock per key, kept only while someone holds or waits for it."""

    _guard: threading.Lock = field(default_factory=threading.Lock)
    _locks: dict[str, tuple[threading.Lock, int]] = field(default_factory=dict)

    @contextmanager
    def hold(self, key: str) -> Iterator[None]:
        with self._guard:
            lock, users = self._locks.get(key, (threading.Lock(), 0))
            self._locks[key] = (lock, users + 1)
        try:
            with lock:
                yield
        finally:
            with self._guard:
                lock, users = self._locks[key]
                if users == 1:
                    del self._locks[key]
                else:
                    self._locks[key] = (lock, users - 1)


# Pauses before the 2nd, 3rd … attempt of a download (the last one repeats).
RETRY_DELAYS_S = (1.0, 2.0, 4.0, 8.0)


def _shown(url: str) -> str:
    """The URL without its query: a file link's signature is not for logs or messages."""
    return url.split("?", 1)[0]


def _pause(seconds: float, should_stop: Callable[[], bool]) -> None:
    """Wait before a retry, but not past a stop request (checked every 0.1 s)."""
    deadline = time.monotonic() + seconds
    while not should_stop() and time.monotonic() < deadline:
        time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))


class Spool:
    def __init__(
        self, root: Path, *, timeout_s: float = 30.0, tls: ssl.SSLContext | None = None
    ) -> None:
        self.root = root
        self.timeout_s = timeout_s
        self.tls = tls  # None: the system's CAs
        self._fetching = _KeyedLocks()
        root.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        return self.root / f"{_checked(sha256)}.gcode"

    def partial_path(self, sha256: str) -> Path:
        return self.root / f"{_checked(sha256)}.part"

    def has(self, sha256: str, size: int) -> bool:
        """A file of the right size is stored (cheap; `verify` re-hashes it)."""
        path = self.path_for(sha256)
        return path.exists() and path.stat().st_size == size

    def verify(self, sha256: str, size: int) -> SpooledFile:
        """Re-check a stored file before printing; a corrupt one is deleted."""
        path = self.path_for(sha256)
        with self._fetching.hold(sha256):  # not while a fetch of it deletes or renames
            if not path.exists():
                raise SpoolError(
                    f"job file {sha256} is not in the spool {self.root}; fetch it first"
                )
            self._check(path, sha256, size, what="stored file")
        return SpooledFile(sha256, size, path)

    def discard(self, sha256: str) -> None:
        for path in (self.path_for(sha256), self.partial_path(sha256)):
            path.unlink(missing_ok=True)

    def fetch(
        self,
        url: str,
        sha256: str,
        size: int,
        *,
        attempts: int = 6,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> SpooledFile:
        """Make the file available: already stored, or downloaded (resuming) and verified.

        Retries up to `attempts` times, each resuming where the last one stopped, after
        a pause that doubles (RETRY_DELAYS_S: together long enough for a coordinator to
        restart); `should_stop` is polled between chunks and during pauses to abandon the
        download (partial kept)."""
        with self._fetching.hold(_checked(sha256)):
            return self._fetch(url, sha256, size, attempts, should_stop)

    # -- internals ------------------------------------------------------------------------
    def _fetch(
        self, url: str, sha256: str, size: int, attempts: int, should_stop: Callable[[], bool]
    ) -> SpooledFile:
        if self.has(sha256, size):
            return SpooledFile(sha256, size, self.path_for(sha256))
        partial = self.partial_path(sha256)
        last: DownloadError | None = None
        for attempt in range(max(1, attempts)):
            if attempt:
                _pause(RETRY_DELAYS_S[min(attempt, len(RETRY_DELAYS_S)) - 1], should_stop)
            try:
                self._download(url, partial, size, should_stop)
                break
            except DownloadError as e:
                last = e
                if should_stop():
                    raise
        else:
            assert last is not None
            raise last
        self._check(partial, sha256, size, what="download")
        final = self.path_for(sha256)
        os.replace(partial, final)
        _fsync_dir(self.root)
        return SpooledFile(sha256, size, final)

    def _check(self, path: Path, sha256: str, size: int, *, what: str) -> None:
        actual_size = path.stat().st_size
        if actual_size != size:
            path.unlink(missing_ok=True)
            raise VerificationError(
                f"{what} {sha256[:12]}… is {actual_size} bytes, the job says {size}; "
                "deleted it (re-submit the job if the file changed)"
            )
        actual = file_sha256(path)
        if actual != sha256:
            path.unlink(missing_ok=True)
            raise VerificationError(
                f"{what} has sha256 {actual[:12]}…, the job says {sha256[:12]}…; "
                "deleted it (the server's file differs from the job's: re-submit the job)"
            )

    def _download(
        self, url: str, partial: Path, size: int, should_stop: Callable[[], bool]
    ) -> None:
        have = partial.stat().st_size if partial.exists() else 0
        if have > size:
            partial.unlink()
            have = 0
        if have == size:
            return  # complete already; _check decides whether it is right
        headers = {"Range": f"bytes={have}-"} if have else {}
        request = urllib.request.Request(url, headers=headers)
        try:
            response = urllib.request.urlopen(request, timeout=self.timeout_s, context=self.tls)
        except urllib.error.HTTPError as e:
            e.close()  # the error is also the response: release its socket
            if e.code == 416:  # our partial is beyond the server's file: start over
                partial.unlink(missing_ok=True)
            raise DownloadError(f"GET {_shown(url)}: HTTP {e.code} {e.reason}") from e
        except (urllib.error.URLError, OSError) as e:
            raise DownloadError(f"GET {_shown(url)}: {e}; check the coordinator's address") from e
        with response:
            offset = _resume_offset(response, have)
            try:
                with partial.open("r+b" if offset else "wb") as out:
                    out.seek(offset)
                    out.truncate()
                    _copy(response, out, size - offset, should_stop, url)
            except VerificationError:
                partial.unlink(missing_ok=True)
                raise


def _checked(sha256: str) -> str:
    try:
        return validate_sha256(sha256)
    except InvalidIdError as e:
        raise SpoolError(str(e)) from e


def _resume_offset(response: http.client.HTTPResponse, have: int) -> int:
    """Where the body starts in the file: `have` for a matching 206, else 0."""
    if response.status != 206:
        return 0  # the server ignored Range: the whole file follows
    match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", "").strip())
    if match is None or int(match.group(1)) != have:
        raise DownloadError(
            f"server answered Range bytes={have}- with Content-Range "
            f"{response.headers.get('Content-Range')!r}"
        )
    return have


def _copy(
    response: http.client.HTTPResponse,
    out: BinaryIO,
    remaining: int,
    should_stop: Callable[[], bool],
    url: str,
) -> None:
    try:
        while chunk := response.read(CHUNK_BYTES):
            if len(chunk) > remaining:
                raise VerificationError(f"{url} sends more bytes than the job's size; aborted")
            out.write(chunk)
            remaining -= len(chunk)
            if should_stop():
                raise DownloadError(f"download of {url} stopped; the partial file is kept")
    except (http.client.HTTPException, OSError) as e:
        raise DownloadError(f"GET {url} broke off: {e}; a retry resumes") from e
    finally:
        out.flush()
        os.fsync(out.fileno())
    if remaining:
        raise DownloadError(f"GET {url} ended {remaining} bytes short; a retry resumes")
