"""The coordinator's HTTPS files: `--tls-cert` / `--tls-key`, or the environment.

Checked before anything starts, so a wrong file is a one-line error, not a traceback
from inside uvicorn: both or neither, readable, and the key is the certificate's.
"""

from __future__ import annotations

import os
from pathlib import Path

from coordinator.pki.authority import load_pair

TLS_CERT_ENV = "PRINTFARM_TLS_CERT"
TLS_KEY_ENV = "PRINTFARM_TLS_KEY"


def https_files(cert: Path | None, key: Path | None) -> tuple[Path, Path] | None:
    """(cert, key) to serve HTTPS with, or None for plain HTTP; ValueError if unusable."""
    cert = cert or _env_path(TLS_CERT_ENV)
    key = key or _env_path(TLS_KEY_ENV)
    if cert is None and key is None:
        return None
    if cert is None or key is None:
        raise ValueError(
            f"--tls-cert and --tls-key go together ({TLS_CERT_ENV} and {TLS_KEY_ENV} in "
            "the environment): give both for HTTPS, or neither"
        )
    load_pair(cert, key)  # CertificateError, a ValueError naming the file
    return cert, key


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value) if value else None
