"""OctoPrint's REST API as the backend uses it, through `octorest`, with time limits.

`observe()` reads `/api/job` (state text, OctoPrint's error words, the selected file and
its progress) and `/api/printer` (temperatures; 409 while OctoPrint has no printer) into
one `Observation`. Every failure becomes `OctoPrintError` with OctoPrint's own words; the
key travels only in the `X-Api-Key` header, never in a URL or a message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import requests
from octorest import OctoRest
from pydantic import BaseModel, ConfigDict

from agent.session_model import Temperature


class OctoPrintError(RuntimeError):
    """OctoPrint could not be reached or refused a request (its words, no secrets)."""


class Observation(BaseModel):
    """What OctoPrint said in one poll."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    state_text: str  # "Operational", "Printing", "Paused", "Offline after error", ...
    error: str = ""  # OctoPrint's error text, when it has one
    file_name: str | None = None  # the selected file
    completion: float | None = None  # percent
    filepos: int | None = None
    size: int | None = None
    print_time_s: float | None = None
    time_left_s: float | None = None
    temperatures: dict[str, Temperature] = {}


class _TimedSession(requests.Session):
    """octorest passes no timeout; a hung OctoPrint must not hang the agent."""

    def __init__(self, timeout_s: float) -> None:
        super().__init__()
        self.timeout_s = timeout_s

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", self.timeout_s)
        return super().request(method, url, *args, **kwargs)  # type: ignore[arg-type]


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _temperatures(data: Any) -> dict[str, Temperature]:
    """`{"tool0": {"actual": 21.3, "target": 0}, "bed": ...}` -> heater names of the wire
    (T0, B, C), as the serial session reports them."""
    out: dict[str, Temperature] = {}
    if not isinstance(data, dict):
        return out
    for name, reading in data.items():
        if not isinstance(reading, dict) or _number(reading.get("actual")) is None:
            continue
        if name.startswith("tool") and name[4:].isdigit():
            wire = f"T{name[4:]}"
        elif name in ("bed", "chamber"):
            wire = "B" if name == "bed" else "C"
        else:
            continue
        actual = _number(reading.get("actual"))
        assert actual is not None
        out[wire] = Temperature(actual=actual, target=_number(reading.get("target")))
    return out


def parse_observation(job: dict[str, Any], printer: dict[str, Any] | None) -> Observation:
    """The two answers of a poll -> an Observation (printer: None when OctoPrint had none)."""
    file = (job.get("job") or {}).get("file") or {}
    progress = job.get("progress") or {}
    error = str(job.get("error") or "")
    if printer is not None:
        error = error or str((printer.get("state") or {}).get("error") or "")
    filepos = progress.get("filepos")
    size = file.get("size")
    return Observation(
        state_text=str(job.get("state") or "Unknown"),
        error=error,
        file_name=file.get("name") if isinstance(file.get("name"), str) else None,
        completion=_number(progress.get("completion")),
        filepos=filepos if isinstance(filepos, int) else None,
        size=size if isinstance(size, int) else None,
        print_time_s=_number(progress.get("printTime")),
        time_left_s=_number(progress.get("printTimeLeft")),
        temperatures=_temperatures((printer or {}).get("temperature")),
    )


class OctoPrintApi:
    """One client for polls and one for commands (each used by one thread at a time);
    an upload gets a session of its own with the longer time limit."""

    def __init__(self, url: str, key: str, timeout_s: float, upload_timeout_s: float) -> None:
        self._url, self._key = url, key
        self._upload_timeout_s = upload_timeout_s
        self._poller = self._client(timeout_s)
        self._commands = self._client(timeout_s)

    def _client(self, timeout_s: float) -> Any:
        try:
            return OctoRest(url=self._url, apikey=self._key, session=_TimedSession(timeout_s))
        except (RuntimeError, requests.RequestException) as e:
            raise OctoPrintError(f"OctoPrint at {self._url} did not answer: {e}") from e

    def _call(self, what: str, action: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return action(*args, **kwargs)
        except (RuntimeError, requests.RequestException, ValueError) as e:
            raise OctoPrintError(f"OctoPrint {what}: {e}") from e

    def observe(self) -> Observation:
        job = self._call("job", self._poller.job_info)
        try:
            printer = self._poller.printer()
        except RuntimeError as e:  # 409: OctoPrint has no printer connected
            if "(409)" not in str(e):
                raise OctoPrintError(f"OctoPrint printer: {e}") from e
            printer = None
        except requests.RequestException as e:
            raise OctoPrintError(f"OctoPrint printer: {e}") from e
        return parse_observation(job, printer)

    def upload_and_print(self, path: Path, name: str) -> None:
        """Upload as `name` (replacing a file of that name), select it and start it.
        (octorest's upload drops the form's print=true, so the start is its own call.)"""
        uploader = self._client(self._upload_timeout_s)
        try:
            with path.open("rb") as handle:
                self._call("upload", uploader.upload, (name, handle))
        finally:
            uploader.session.close()
        self._call("start", self._commands.select, name, print=True)

    def pause(self) -> None:
        self._call("pause", self._commands.pause)

    def resume(self) -> None:
        self._call("resume", self._commands.resume)

    def cancel(self) -> None:
        self._call("cancel", self._commands.cancel)

    def send(self, lines: list[str]) -> None:
        self._call("command", self._commands.gcode, lines)

    def close(self) -> None:
        self._poller.session.close()
        self._commands.session.close()
