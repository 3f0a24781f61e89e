"""Content-addressed job files in the data folder: `files/<sha[:2]>/<sha>`.

A file is written to a temporary name while its digest is computed, then renamed into
place, so a reader never sees a half-written file and two uploads of the same content
end as one file. Agents download by digest (`/files/{sha256}`, with HTTP Range).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from agent.wire import InvalidIdError, validate_sha256

CHUNK = 1 << 16
DEFAULT_MAX_BYTES = 2 * 1024**3  # 2 GiB: bigger than any real G-code file


class FileTooLargeError(ValueError):
    """An upload over the store's limit."""


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    size: int
    path: Path


class FileStore:
    """Job files addressed by their SHA-256; safe for concurrent writers."""

    def __init__(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self._tmp = root / "tmp"
        self._tmp.mkdir(parents=True, exist_ok=True)

    def path_of(self, sha256: str) -> Path:
        """Where a digest lives (raises InvalidIdError for anything but 64 hex digits)."""
        validate_sha256(sha256)
        return self.root / sha256[:2] / sha256

    def get(self, sha256: str) -> StoredFile | None:
        try:
            path = self.path_of(sha256)
        except InvalidIdError:
            return None
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            return None
        return StoredFile(sha256, size, path)

    def put_stream(self, source: BinaryIO) -> StoredFile:
        """Copy `source` into the store; returns its digest and size."""
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self._tmp)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := source.read(CHUNK):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FileTooLargeError(
                            f"file exceeds {self.max_bytes} bytes; raise the coordinator's limit"
                        )
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_of(sha)
            final.parent.mkdir(exist_ok=True)
            os.replace(tmp, final)  # same content, same name: replacing is harmless
        finally:
            tmp.unlink(missing_ok=True)
        return StoredFile(sha, size, final)

    def put_path(self, path: Path) -> StoredFile:
        with path.open("rb") as source:
            return self.put_stream(source)

    def put_bytes(self, data: bytes) -> StoredFile:
        import io

        return self.put_stream(io.BytesIO(data))
