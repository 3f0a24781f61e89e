"""Identifiers that travel in MQTT topics and payloads.

Agent and printer ids become topic levels (and the agent id is the broker username the
ACL substitutes for `%u`), so they must never contain the MQTT wildcards `+` `#`, the
level separator `/`, a leading `$` (reserved for broker topics), or `:` (the separator
of Mosquitto's password file). We allow a conservative set rather than deny a few.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_JOB_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")


class InvalidIdError(ValueError):
    """An id that cannot be used on the wire."""


def validate_id(value: str, what: str = "agent or printer id") -> str:
    """Return `value` if it is a topic-safe id (1-64 of `A-Za-z0-9._-`), else raise."""
    if not isinstance(value, str) or not _ID_RE.fullmatch(value):
        raise InvalidIdError(
            f"invalid {what} {value!r}: use 1-64 characters from A-Z a-z 0-9 . _ - "
            "starting with a letter or digit (no MQTT wildcards + #, no '/')"
        )
    return value


def validate_job_id(value: str) -> str:
    """Job and command ids: 1-128 of `A-Za-z0-9._:-` (also safe as file names)."""
    if not isinstance(value, str) or not _JOB_ID_RE.fullmatch(value):
        raise InvalidIdError(
            f"invalid id {value!r}: use 1-128 characters from A-Z a-z 0-9 . _ : - "
            "starting with a letter or digit"
        )
    return value


def validate_sha256(value: str) -> str:
    """A lowercase hex SHA-256 digest (64 characters)."""
    if not isinstance(value, str) or not _SHA256_RE.fullmatch(value):
        raise InvalidIdError(f"invalid sha256 {value!r}: expected 64 lowercase hex digits")
    return value


AgentId = Annotated[str, AfterValidator(lambda v: validate_id(v, "agent id"))]
PrinterId = Annotated[str, AfterValidator(lambda v: validate_id(v, "printer id"))]
JobId = Annotated[str, AfterValidator(validate_job_id)]
CommandId = Annotated[str, AfterValidator(validate_job_id)]
Sha256 = Annotated[str, AfterValidator(validate_sha256)]


def printer_key(agent: str, printer: str) -> str:
    """The fleet-wide name of a printer, `agent/printer` (printer ids are per agent)."""
    return f"{validate_id(agent, 'agent id')}/{validate_id(printer, 'printer id')}"


def split_printer_key(key: str) -> tuple[str, str]:
    """Inverse of `printer_key`; raises InvalidIdError on anything else."""
    agent, sep, printer = key.partition("/")
    if not sep:
        raise InvalidIdError(f"invalid printer key {key!r}: expected 'agent/printer'")
    return validate_id(agent, "agent id"), validate_id(printer, "printer id")
