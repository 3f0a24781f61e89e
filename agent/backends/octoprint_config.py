"""`octoprint = { url = "...", api_key_file = "op-1.key" }` of a `[[printers]]` entry.

The API key is read from its file when the backend connects, never kept in agent.toml,
never logged, never part of an error message (OctoPrint takes it as `X-Api-Key`).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field, field_validator


class OctoPrintKeyError(ValueError):
    """The API key file cannot be read; the message names the file, never the key."""


class OctoPrintSection(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str  # http(s)://host:port of the OctoPrint server (no credentials in it)
    api_key_file: Path  # first line is the key (relative: to the config file's folder)
    poll_s: float = Field(default=0.5, gt=0, le=60)  # how often OctoPrint is asked
    poll_max_s: float = Field(default=15.0, gt=0, le=600)  # back-off cap while it is away
    timeout_s: float = Field(default=10.0, gt=0, le=120)  # one HTTP request
    upload_timeout_s: float = Field(default=300.0, gt=0, le=3600)  # a job file's upload

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str) -> str:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ValueError("url must be http://host:port or https://host:port")
        if parsed.username or parsed.password:
            raise ValueError("url must not carry credentials: use api_key_file")
        return url.rstrip("/")

    def read_key(self) -> str:
        try:
            lines = self.api_key_file.read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise OctoPrintKeyError(
                f"cannot read the OctoPrint API key file {self.api_key_file}: {e.strerror}"
            ) from e
        key = lines[0].strip() if lines else ""
        if not key:
            raise OctoPrintKeyError(f"the OctoPrint API key file {self.api_key_file} is empty")
        return key
