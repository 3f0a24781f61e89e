"""Where printers may be: the serial devices of `/dev/serial/by-id/` and ports named by hand.

by-id names are stable across reboots and USB re-plugging (`/dev/ttyACM0` is not), so the
written agent.toml keeps them as they are rather than the device they point to.
"""

from __future__ import annotations

from pathlib import Path

BY_ID = Path("/dev/serial/by-id")


def find_ports(search: Path | None, explicit: list[str]) -> list[str]:
    """The explicit ports first (in order), then every entry of `search` (sorted), once
    each; a search folder that does not exist contributes nothing."""
    found = list(dict.fromkeys(explicit))
    if search is not None and search.is_dir():
        for entry in sorted(search.iterdir()):
            if str(entry) not in found and entry.exists():  # exists(): not a dangling link
                found.append(str(entry))
    return found
