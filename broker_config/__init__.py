"""Mosquitto configuration for printfarm: production files, a test renderer, credentials.

- `mosquitto.conf`: production (TLS, two listeners, password files, ACL, size limits).
- `acl`: the ACL patterns, shared by production and tests.
- `listeners`: the identity rules (agents' and coordinators' listeners) as config lines.
- `add_agent`: add or replace a user in a Mosquitto password file.
- `testing`: render a loopback configuration in a temp dir and run Mosquitto with it.
"""

from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent
PRODUCTION_CONF = CONFIG_DIR / "mosquitto.conf"
ACL_FILE = CONFIG_DIR / "acl"
COORDINATOR_USER = "coordinator"
HOME_ASSISTANT_USER = "homeassistant"  # reads the agents' topics (acl), never an agent
# Every coordinator's client id starts with this; no agent id may (an agent's client id
# is its username, and client ids share one namespace across listeners).
COORDINATOR_CLIENT_PREFIX = "printfarm-coordinator"
AGENT_PORT = 8883
COORDINATOR_PORT = 8884
