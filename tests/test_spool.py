"""The spool against a real HTTP server on loopback that can hang up half way."""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.spool import DownloadError, Spool, SpoolError, VerificationError
from tests.helpers.http_files import FileServer
from tests.waiting import wait_until

BODY = os.urandom(300_000)  # several chunks
SHA = hashlib.sha256(BODY).hexdigest()


@pytest.fixture
def server() -> Iterator[FileServer]:
    with FileServer() as s:
        s.files[f"/files/{SHA}"] = BODY
        yield s


@pytest.fixture
def spool(tmp_path: Path) -> Spool:
    return Spool(tmp_path / "spool", timeout_s=5)


def test_download_verifies_and_stores_by_sha(server: FileServer, spool: Spool) -> None:
    got = spool.fetch(server.url(f"/files/{SHA}"), SHA, len(BODY))
    assert got.path == spool.path_for(SHA)
    assert got.path.read_bytes() == BODY
    assert not spool.partial_path(SHA).exists()
    assert spool.verify(SHA, len(BODY)).path == got.path
    spool.fetch(server.url(f"/files/{SHA}"), SHA, len(BODY))
    assert len(server.requests) == 1  # stored already: no second download


def test_cut_connection_resumes_with_range(server: FileServer, spool: Spool) -> None:
    url = server.url(f"/files/{SHA}")
    server.cut_after = 100_000
    with pytest.raises(DownloadError, match="resumes"):
        spool.fetch(url, SHA, len(BODY), attempts=1)
    assert spool.partial_path(SHA).stat().st_size == 100_000
    assert not spool.path_for(SHA).exists()  # nothing unverified under the final name
    spool.fetch(url, SHA, len(BODY), attempts=1)
    assert server.requests[-1] == (f"/files/{SHA}", "bytes=100000-")
    assert spool.verify(SHA, len(BODY)).path.read_bytes() == BODY


def test_retries_resume_within_one_fetch(server: FileServer, spool: Spool) -> None:
    server.cut_after = 12_345
    spool.fetch(server.url(f"/files/{SHA}"), SHA, len(BODY), attempts=3)
    assert [r for _p, r in server.requests] == [None, "bytes=12345-"]
    assert spool.path_for(SHA).read_bytes() == BODY


def test_a_coordinator_back_after_a_pause_gets_the_download_done(
    server: FileServer, spool: Spool
) -> None:
    """The file server is not there at first (a coordinator restarting): the retries
    pause between attempts instead of spending them all at once, so the download
    succeeds once it is back (here: the file appears after the first request)."""
    path = f"/files/{SHA}"
    del server.files[path]
    result: list[Path] = []
    worker = threading.Thread(
        target=lambda: result.append(spool.fetch(server.url(path), SHA, len(BODY)).path)
    )
    worker.start()
    wait_until(lambda: len(server.requests) >= 1, 10, "the first attempt")
    server.files[path] = BODY
    worker.join(30)
    assert result == [spool.path_for(SHA)]
    assert len(server.requests) >= 2


def test_server_ignoring_range_restarts_cleanly(server: FileServer, spool: Spool) -> None:
    server.cut_after = 50_000
    server.honour_range = False
    spool.fetch(server.url(f"/files/{SHA}"), SHA, len(BODY), attempts=2)
    assert spool.path_for(SHA).read_bytes() == BODY


def test_wrong_content_is_deleted_and_reported(server: FileServer, spool: Spool) -> None:
    forged = bytearray(BODY)
    forged[1000] ^= 0xFF
    server.files[f"/files/{SHA}"] = bytes(forged)
    with pytest.raises(VerificationError, match="deleted"):
        spool.fetch(server.url(f"/files/{SHA}"), SHA, len(BODY))
    assert not spool.partial_path(SHA).exists()
    assert not spool.path_for(SHA).exists()


def test_wrong_size_is_deleted_and_reported(server: FileServer, spool: Spool) -> None:
    server.files[f"/files/{SHA}"] = BODY + b"extra"
    with pytest.raises(VerificationError, match="more bytes"):
        spool.fetch(server.url(f"/files/{SHA}"), SHA, len(BODY))
    assert not spool.partial_path(SHA).exists()
    server.files[f"/files/{SHA}"] = BODY[:-1]
    with pytest.raises(DownloadError, match="short"):
        spool.fetch(server.url(f"/files/{SHA}"), SHA, len(BODY), attempts=1)


def test_a_longer_stale_partial_is_discarded(server: FileServer, spool: Spool) -> None:
    spool.partial_path(SHA).write_bytes(b"x" * (len(BODY) + 10))
    spool.fetch(server.url(f"/files/{SHA}"), SHA, len(BODY))
    assert server.requests == [(f"/files/{SHA}", None)]
    assert spool.path_for(SHA).read_bytes() == BODY


def test_corrupted_stored_file_fails_verification(server: FileServer, spool: Spool) -> None:
    path = spool.fetch(server.url(f"/files/{SHA}"), SHA, len(BODY)).path
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(VerificationError, match="sha256"):
        spool.verify(SHA, len(BODY))
    assert not path.exists()
    with pytest.raises(SpoolError, match="fetch it first"):
        spool.verify(SHA, len(BODY))


def test_http_and_network_errors_are_download_errors(server: FileServer, spool: Spool) -> None:
    with pytest.raises(DownloadError, match="404"):
        spool.fetch(server.url("/files/missing"), SHA, len(BODY), attempts=1)
    with pytest.raises(DownloadError, match="coordinator"):
        spool.fetch("http://127.0.0.1:9/nothing-listens", SHA, len(BODY), attempts=1)


def test_stop_request_keeps_the_partial(server: FileServer, spool: Spool) -> None:
    with pytest.raises(DownloadError, match="stopped"):
        spool.fetch(server.url(f"/files/{SHA}"), SHA, len(BODY), should_stop=lambda: True)
    kept = spool.partial_path(SHA).stat().st_size
    assert 0 < kept < len(BODY)
    spool.fetch(server.url(f"/files/{SHA}"), SHA, len(BODY))
    assert server.requests[-1][1] == f"bytes={kept}-"


def test_rejects_a_bad_sha(spool: Spool) -> None:
    with pytest.raises(SpoolError, match="sha256"):
        spool.path_for("../../etc/passwd")


def test_concurrent_fetches_of_one_file_download_it_once(server: FileServer, spool: Spool) -> None:
    """`submit --copies 3`: several printers of one agent start the same file at once.
    The first fetch is held half way; a second must wait for it (one download per sha),
    not resume the same `.part` under it and rename it away."""
    url = server.url(f"/files/{SHA}")
    server.hold_after = 100_000
    results: dict[str, Path | BaseException] = {}

    def fetch(name: str) -> None:
        try:
            results[name] = spool.fetch(url, SHA, len(BODY)).path
        except (SpoolError, OSError) as e:
            results[name] = e

    first = threading.Thread(target=fetch, args=("first",))
    first.start()
    wait_until(
        lambda: spool.partial_path(SHA).exists() and spool.partial_path(SHA).stat().st_size > 0,
        10,
        "the first download under way",
    )
    second = threading.Thread(target=fetch, args=("second",))
    second.start()
    # The second fetch gets two seconds to reach the server; waiting for the first, it
    # must not (a second request is the race that lost `.part` under the first).
    with contextlib.suppress(AssertionError):
        wait_until(lambda: len(server.requests) > 1, 2, "a second request")
    server.release.set()
    first.join(30)
    second.join(30)
    assert results == {"first": spool.path_for(SHA), "second": spool.path_for(SHA)}
    assert spool.path_for(SHA).read_bytes() == BODY
    assert len(server.requests) == 1
