"""Where the CLI keeps its tokens: one per coordinator URL, in a file only its owner reads.

PRINTFARM_TOKEN=pf_…          a token from the environment (scripts, CI), or
PRINTFARM_TOKEN_FILE=path     a file whose first line is one, or
~/.config/printfarm/logins.json   what `printfarm login` stored (mode 600)
"""

from __future__ import annotations

import json
import os
from pathlib import Path


class LoginStoreError(RuntimeError):
    pass


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "printfarm"


def logins_path() -> Path:
    return config_dir() / "logins.json"


def _read(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as e:
        raise LoginStoreError(f"cannot read {path}: {e}; delete it and `printfarm login`") from e
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def token_for(api_url: str) -> str | None:
    if token := os.environ.get("PRINTFARM_TOKEN", "").strip():
        return token
    if file := os.environ.get("PRINTFARM_TOKEN_FILE"):
        try:
            return Path(file).read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, IndexError) as e:
            raise LoginStoreError(
                f"cannot read a token from PRINTFARM_TOKEN_FILE={file}: {e}"
            ) from e
    return _read(logins_path()).get(api_url.rstrip("/"))


def save(api_url: str, token: str | None) -> Path:
    """Store (or, with None, forget) the token for `api_url`; the file is mode 600."""
    path = logins_path()
    logins = _read(path)
    if token is None:
        logins.pop(api_url.rstrip("/"), None)
    else:
        logins[api_url.rstrip("/")] = token
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(logins, f, indent=1)
    tmp.replace(path)
    return path
