"""What to put where once the certificates exist: Mosquitto, agent.toml, the coordinator.

The Mosquitto lines come from broker_config.listeners (the same functions render the
test broker and the embedded one), so what the tests prove is what gets printed.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from cryptography.x509.oid import NameOID

from broker_config import AGENT_PORT, COORDINATOR_PORT, COORDINATOR_USER
from broker_config.add_agent import PRODUCTION_DIR
from broker_config.listeners import certificate_listeners, global_lines
from coordinator.pki.authority import load_certificate, pair_paths
from coordinator.pki.farm import FarmCerts

HTTP_PORT = 8080  # `printfarm coordinator --http-port` default


def common_name(cert: Path) -> str:
    names = load_certificate(cert).subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else "localhost"


def mosquitto_lines(farm: FarmCerts) -> list[str]:
    """The global options and both listeners, with this folder's files."""
    listeners = certificate_listeners(
        (AGENT_PORT, COORDINATOR_PORT),
        None,
        PRODUCTION_DIR / "acl",
        PRODUCTION_DIR / "coordinators.passwd",
        farm.broker_tls(),
    )
    return [*global_lines(), *listeners]


def agent_toml_lines(farm: FarmCerts, agent_id: str) -> list[str]:
    """`[broker]` and `[broker.tls]` of one agent; paths relative to its agent.toml."""
    cert, key = pair_paths(farm.agent(agent_id))
    return [
        "[broker]",
        f'host = "{common_name(pair_paths(farm.stem("broker"))[0])}"',
        f"port = {AGENT_PORT}",
        "# no password: the certificate is the agent's identity",
        "",
        "[broker.tls]",
        f'ca_file = "{farm.ca_cert.name}"',
        f'cert_file = "{cert.name}"',
        f'key_file = "{key.name}"',
    ]


def coordinator_command(farm: FarmCerts) -> str:
    broker = common_name(pair_paths(farm.stem("broker"))[0])
    web = common_name(pair_paths(farm.stem("https"))[0])
    client_cert, client_key = pair_paths(farm.stem("coordinator").resolve())
    https_cert, https_key = pair_paths(farm.stem("https").resolve())
    args = [
        "printfarm", "coordinator",
        "--broker", f"mqtts://{COORDINATOR_USER}@{broker}:{COORDINATOR_PORT}",
        "--broker-password-file", "coordinator.password",
        "--broker-ca", str(farm.ca_cert.resolve()),
        "--broker-cert", str(client_cert), "--broker-key", str(client_key),
        "--tls-cert", str(https_cert), "--tls-key", str(https_key),
        "--host", "0.0.0.0", "--public-url", f"https://{web}:{HTTP_PORT}",
    ]  # fmt: skip
    return shlex.join(args)


def _agent_block(farm: FarmCerts, agent_id: str) -> list[str]:
    cert, key = pair_paths(farm.agent(agent_id).resolve())
    return [
        f"## agent.toml of {agent_id}: copy {farm.ca_cert.resolve()}, {cert} and {key}",
        "## next to it (the key stays mode 600), and use these lines instead of its [broker]",
        "## password lines (it trusts ca_file for job files over https too):",
        *agent_toml_lines(farm, agent_id),
    ]


def after_init(farm: FarmCerts) -> str:
    lines = [
        f"# Certificates written to {farm.folder.resolve()} (keys mode 600; ca.key stays",
        "# here: only `printfarm certs add-agent` needs it).",
        "",
        f"## Mosquitto: copy broker_config/acl to {PRODUCTION_DIR}/acl and use these lines",
        "## instead of the listeners of broker_config/mosquitto.conf (the user mosquitto",
        "## runs as must be able to read broker.key):",
        *mosquitto_lines(farm),
        "",
        "## The coordinator's own broker password (its listener wants it and its certificate):",
        f"##   (umask 077; python -m broker_config.add_agent {COORDINATOR_USER} --password-file "
        f"{PRODUCTION_DIR}/coordinators.passwd > coordinator.password)",
        "",
    ]
    for agent_id in farm.agents():
        lines += [*_agent_block(farm, agent_id), ""]
    lines += [
        "## The coordinator (the CLI and browsers trust it once they trust ca.crt:",
        "## SSL_CERT_FILE=ca.crt printfarm jobs --api https://…, or import it in the browser):",
        coordinator_command(farm),
    ]
    return "\n".join(lines)


def after_add_agent(farm: FarmCerts, agent_id: str) -> str:
    return "\n".join(_agent_block(farm, agent_id))
