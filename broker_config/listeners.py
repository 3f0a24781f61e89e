"""printfarm's identity rules for Mosquitto, as configuration lines.

MQTT lets one connection hold a client id at a time: a second CONNECT with the same id
closes the first. Mosquitto can bind the client id to the username
(`use_username_as_clientid`), but only per listener, and a coordinator needs several
connections under one user (its control link, its telemetry reader, other coordinator
processes). So there are two listeners:

- the agents' listener replaces every client id with the username: an agent holds
  exactly one id, its own, and cannot kick the coordinator or another agent;
- the coordinators' listener knows only coordinator users (a password file of their
  own): their client ids are free, and each coordinator picks a distinct one that
  starts with `COORDINATOR_CLIENT_PREFIX`, which no agent id may start with.

Both listeners share the ACL file, and per-listener settings are on, so each listener
has its own password file. The production `mosquitto.conf` spells out the same lines;
`broker_config.testing` and the embedded broker render them with these functions.

A farm whose agents hold certificates (`printfarm certs init`) uses
`certificate_listeners`: agents need no password there, their certificate's common name
is their username; the coordinators' listener wants a certificate and a password.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agent.wire.codec import MAX_PAYLOAD_BYTES

# The broker drops a payload larger than the wire's own limit (no subscriber ever sees
# it, a retained one is never stored), and disconnects a client whose packet is absurd
# before buffering it.
MESSAGE_SIZE_LIMIT = MAX_PAYLOAD_BYTES
MAX_PACKET_SIZE = 2 * MAX_PAYLOAD_BYTES


@dataclass(frozen=True, slots=True)
class TlsFiles:
    certfile: Path
    keyfile: Path
    cafile: Path
    crlfile: Path | None = None  # certificates the CA has revoked (`printfarm certs revoke`)


@dataclass(frozen=True, slots=True)
class Listener:
    port: int
    host: str | None  # None: every interface
    password_file: Path | None  # None: clients are known by their certificate only
    acl_file: Path
    tls: TlsFiles | None = None
    require_certificate: bool = False  # TLS clients must show a certificate from `cafile`
    # The username is the certificate's common name (the agent id `printfarm certs`
    # writes there); a username and password the client sends are ignored.
    use_identity_as_username: bool = False


def global_lines() -> list[str]:
    """Options that must come before any listener, and the size limits."""
    return [
        "per_listener_settings true",
        f"message_size_limit {MESSAGE_SIZE_LIMIT}",
        f"max_packet_size {MAX_PACKET_SIZE}",
    ]


def _listener_lines(listener: Listener) -> list[str]:
    address = f"listener {listener.port}"
    lines = [address if listener.host is None else f"{address} {listener.host}"]
    lines.append("allow_anonymous false")
    if listener.password_file is not None:
        lines.append(f"password_file {listener.password_file}")
    lines.append(f"acl_file {listener.acl_file}")
    if listener.tls is not None:
        lines += [
            f"certfile {listener.tls.certfile}",
            f"keyfile {listener.tls.keyfile}",
            f"cafile {listener.tls.cafile}",
            "tls_version tlsv1.2",
        ]
        if listener.tls.crlfile is not None:
            lines.append(f"crlfile {listener.tls.crlfile}")
        if listener.require_certificate:
            lines.append("require_certificate true")
        if listener.use_identity_as_username:
            lines.append("use_identity_as_username true")
    return lines


def agent_listener(listener: Listener) -> list[str]:
    """The agents' listener: client id := username."""
    return [*_listener_lines(listener), "use_username_as_clientid true"]


def coordinator_listener(listener: Listener) -> list[str]:
    """The coordinators' listener (its password file holds coordinator users only)."""
    return _listener_lines(listener)


def certificate_listeners(
    ports: tuple[int, int],
    host: str | None,
    acl_file: Path,
    coordinators_password_file: Path,
    tls: TlsFiles,
) -> list[str]:
    """Both listeners of a farm whose agents hold certificates (`printfarm certs init`).

    Agents (`ports[0]`): a certificate from `tls.cafile` and nothing else; its common
    name, the agent id, becomes the username and so the client id. Coordinators
    (`ports[1]`): a certificate from the same CA *and* their password, because this
    listener leaves client ids free: a certificate alone would let any agent's key in
    there, under any client id."""
    agents = Listener(
        ports[0], host, None, acl_file, tls,
        require_certificate=True, use_identity_as_username=True,
    )  # fmt: skip
    coordinators = Listener(
        ports[1], host, coordinators_password_file, acl_file, tls, require_certificate=True
    )
    return [*agent_listener(agents), *coordinator_listener(coordinators)]
