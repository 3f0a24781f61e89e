"""Mosquitto configuration for printfarm: production files, a test renderer, credentials.

- `mosquitto.conf`: production (TLS on 8883, password file, ACL, tuning for big fleets).
- `acl`: the ACL patterns, shared by production and tests.
- `add_agent`: add or replace a user in a Mosquitto password file.
- `testing`: render a loopback configuration in a temp dir and run Mosquitto with it.
"""

from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent
PRODUCTION_CONF = CONFIG_DIR / "mosquitto.conf"
ACL_FILE = CONFIG_DIR / "acl"
COORDINATOR_USER = "coordinator"
