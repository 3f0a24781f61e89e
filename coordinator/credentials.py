"""The coordinator's secrets: where they come from, and how they stay out of sight.

A broker password or a database URL with a password comes from a file or from the
environment, never from the command line, where `ps` and /proc/<pid>/cmdline show it to
every user of the machine:

    printfarm coordinator --broker mqtt://coordinator@broker:8884 \\
        --broker-password-file /etc/printfarm/broker.password    # or PRINTFARM_BROKER_PASSWORD
    printfarm coordinator --db-url-file /etc/printfarm/db.url      # or PRINTFARM_DB_URL

Every message that shows a URL shows `redact(url)`, and `LogRedaction` scrubs the
secrets themselves from every log line, whoever wrote it.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

log = logging.getLogger(__name__)

REDACTED = "***"
BROKER_PASSWORD_ENV = "PRINTFARM_BROKER_PASSWORD"
DB_URL_ENV = "PRINTFARM_DB_URL"
# scheme://user:password@ -> scheme://user:***@ (anywhere in a text: errors quote URLs)
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^\s:/@]*):[^\s@/]*@")


class CredentialsError(ValueError):
    """A secret could not be read, or was given where others can see it."""


def redact(text: str, *secrets: str | None) -> str:
    """`text` with every URL's password and each of `secrets` replaced by ***."""
    text = _URL_PASSWORD.sub(rf"\g<head>:{REDACTED}@", text)
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text


def url_password(url: str) -> str | None:
    """The password inside a URL (`scheme://user:password@host`), if any."""
    try:
        password = urlsplit(url).password
    except ValueError:
        return None
    return unquote(password) if password else None


def read_secret_file(path: Path, what: str) -> str:
    """The first line of a secret file; warns when other users may read the file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        mode = path.stat().st_mode
    except OSError as e:
        raise CredentialsError(f"cannot read the {what} from {path}: {e.strerror}") from e
    except UnicodeDecodeError as e:
        raise CredentialsError(f"{path}: the {what} file is not UTF-8 text") from e
    secret = lines[0].strip() if lines else ""
    if not secret:
        raise CredentialsError(f"{path}: the first line should hold the {what}; it is empty")
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning("%s is readable by other users; `chmod 600 %s`", path, path)
    return secret


@dataclass(frozen=True, slots=True)
class Secrets:
    """What the coordinator command resolved: URLs and the passwords that go with them."""

    broker_url: str | None
    broker_password: str | None
    db_url: str | None

    def values(self) -> tuple[str, ...]:
        """Every secret value (for `LogRedaction`)."""
        found = [self.broker_password, url_password(self.broker_url or "")]
        found.append(url_password(self.db_url or ""))
        return tuple(s for s in found if s)


def _refuse_visible(option: str, url: str | None, instead: str) -> None:
    if url is not None and url_password(url) is not None:
        raise CredentialsError(
            f"{option} {redact(url)}: a password on the command line is visible to every "
            f"user (ps, /proc); {instead}"
        )


def resolve(
    *,
    broker_url: str | None,
    broker_url_on_command_line: bool,
    broker_password_file: Path | None,
    db_url: str | None,
    db_url_on_command_line: bool,
    db_url_file: Path | None,
) -> Secrets:
    """The coordinator's secrets from its options, files and environment.

    A password inside a URL given on the command line is refused (the message says how to
    pass it instead); the same URL from the environment is fine."""
    if broker_url_on_command_line:
        _refuse_visible(
            "--broker", broker_url,
            "give the URL without it (mqtt://coordinator@host:8884) and the password in a "
            f"file (--broker-password-file FILE, first line) or in {BROKER_PASSWORD_ENV}",
        )  # fmt: skip
    if db_url_on_command_line:
        _refuse_visible(
            "--db", db_url,
            f"put the URL in a file (--db-url-file FILE, first line) or in {DB_URL_ENV}",
        )  # fmt: skip
    password = os.environ.get(BROKER_PASSWORD_ENV) or None
    if broker_password_file is not None:
        password = read_secret_file(broker_password_file, "broker password")
    if password is not None and broker_url is None:
        raise CredentialsError(
            "a broker password without --broker: the embedded broker needs none; "
            "give --broker mqtt://USER@HOST:PORT"
        )
    if db_url_file is not None:
        if db_url is not None:
            raise CredentialsError("give --db or --db-url-file, not both")
        db_url = read_secret_file(db_url_file, "database URL")
    return Secrets(broker_url, password, db_url)


class LogRedaction(logging.Filter):
    """Replaces secrets (and any URL's password) in every record that passes a handler."""

    def __init__(self, secrets: tuple[str, ...]) -> None:
        super().__init__()
        self._secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message, *self._secrets)
        if record.exc_info is not None:
            formatter = logging.Formatter()
            clean += "\n" + redact(formatter.formatException(record.exc_info), *self._secrets)
            record.exc_info = None
            record.exc_text = None
        record.msg, record.args = clean, None
        return True

    def install(self) -> None:
        """On every handler of the root logger (call after logging is configured)."""
        for handler in logging.getLogger().handlers:
            handler.addFilter(self)
