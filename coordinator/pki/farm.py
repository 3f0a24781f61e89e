"""A farm's certificate folder: what `printfarm certs init` and `add-agent` write.

    DIR/ca.crt, ca.key                the farm's CA (keep ca.key off the agents)
    DIR/ca.crl                        the certificates it has revoked (Mosquitto's crlfile)
    DIR/broker.crt, broker.key        Mosquitto's server certificate
    DIR/coordinator.crt, .key         the coordinator's MQTT client certificate
    DIR/https.crt, https.key          the coordinator's web and API server certificate
    DIR/agents/<id>.crt, <id>.key     one client certificate per agent, CN = agent id

Keys are mode 600 and never printed. An agent's certificate carries its agent id as
common name: Mosquitto's `use_identity_as_username` makes that the username the ACL
confines to `printfarm/v1/<id>/`.
"""

from __future__ import annotations

import ipaddress
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from broker_config import COORDINATOR_USER
from broker_config.add_agent import CredentialsError, check_agent_id
from broker_config.listeners import TlsFiles
from coordinator.pki.authority import (
    Authority,
    CertificateError,
    load_certificate,
    load_crl,
    pair_paths,
    revoked_entry,
    write_crl,
    write_pair,
)

DEFAULT_HOSTS = ("localhost", "127.0.0.1")
_DNS_LABEL = r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DNS_RE = re.compile(rf"{_DNS_LABEL}(\.{_DNS_LABEL})*\.?")


class PkiError(RuntimeError):
    """The folder or an argument cannot be used; the message says what to do."""


@dataclass(frozen=True, slots=True)
class FarmCerts:
    folder: Path

    @property
    def ca_cert(self) -> Path:
        return self.folder / "ca.crt"

    @property
    def ca_key(self) -> Path:
        return self.folder / "ca.key"

    @property
    def crl(self) -> Path:
        return self.folder / "ca.crl"

    def broker_tls(self) -> TlsFiles:
        """Mosquitto's files, as absolute paths."""
        cert, key = pair_paths(self.stem("broker").resolve())
        return TlsFiles(cert, key, self.ca_cert.resolve(), self.crl.resolve())

    def stem(self, name: str) -> Path:
        """`broker`, `coordinator` or `https`: `DIR/<name>` (+ .crt / .key)."""
        return self.folder / name

    def agent(self, agent_id: str) -> Path:
        return self.folder / "agents" / agent_id

    def agents(self) -> list[str]:
        return sorted(p.name.removesuffix(".crt") for p in (self.folder / "agents").glob("*.crt"))

    def has_ca(self) -> bool:
        return self.ca_cert.exists() or self.ca_key.exists()

    def authority(self) -> Authority:
        if not self.ca_cert.exists():
            raise PkiError(
                f"{self.folder} has no CA (ca.crt): run `printfarm certs init {self.folder}` first"
            )
        try:
            return Authority.load(self.ca_cert, self.ca_key)
        except CertificateError as e:
            raise PkiError(str(e)) from e


def check_hosts(hosts: Sequence[str], option: str) -> list[str]:
    """Host names and IP addresses for a server certificate's SANs."""
    for host in hosts:
        try:
            ipaddress.ip_address(host)
        except ValueError:
            if not _DNS_RE.fullmatch(host) or len(host) > 253:
                raise PkiError(f"{option} {host!r}: expected a DNS name or an IP address") from None
    return list(dict.fromkeys(hosts)) or list(DEFAULT_HOSTS)


def _check_agents(agent_ids: Sequence[str]) -> list[str]:
    for agent_id in agent_ids:
        try:
            check_agent_id(agent_id)
        except CredentialsError as e:
            raise PkiError(str(e)) from e
    return list(dict.fromkeys(agent_ids))


def init_farm(
    folder: Path,
    broker_hosts: Sequence[str] = (),
    agent_ids: Sequence[str] = (),
    coordinator_hosts: Sequence[str] = (),
    *,
    force: bool = False,
) -> FarmCerts:
    """A new CA and every certificate of the farm; refuses a folder that has a CA."""
    farm = FarmCerts(folder)
    brokers = check_hosts(broker_hosts, "--broker-host")
    coordinators = check_hosts(coordinator_hosts, "--coordinator-host")
    agents = _check_agents(agent_ids)
    if farm.has_ca() and not force:
        raise PkiError(
            f"{folder} already has a CA (ca.crt): add agents with `printfarm certs "
            "add-agent`, or give --force to replace it (every certificate it issued, "
            "on the broker and on every agent, then stops working)"
        )
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if force:
        for old in farm.agents():  # signed by the CA being replaced: useless now
            for path in pair_paths(farm.agent(old)):
                path.unlink(missing_ok=True)
    ca = Authority.create(f"printfarm CA {secrets.token_hex(4)}")
    # The CA key first: if anything below fails, a rerun with --force starts over.
    write_pair(ca, folder / "ca")
    write_crl(ca.revocation_list([]), farm.crl)
    write_pair(ca.issue(brokers[0], hosts=brokers), farm.stem("broker"))
    write_pair(ca.issue(coordinators[0], hosts=coordinators), farm.stem("https"))
    write_pair(ca.issue(COORDINATOR_USER), farm.stem("coordinator"))
    for agent_id in agents:
        _issue_agent(farm, ca, agent_id)
    return farm


def add_agent(folder: Path, agent_id: str, *, force: bool = False) -> Path:
    """One more agent certificate from the folder's CA; returns its stem."""
    farm = FarmCerts(folder)
    _check_agents([agent_id])
    ca = farm.authority()
    if pair_paths(farm.agent(agent_id))[0].exists():
        if not force:
            raise PkiError(
                f"agent {agent_id!r} already has a certificate in {folder}/agents: give "
                "--force to revoke it and issue a new one"
            )
        _revoke(farm, ca, agent_id)
    return _issue_agent(farm, ca, agent_id)


def revoke_agent(folder: Path, agent_id: str) -> None:
    """Put the agent's certificate on the CA's revocation list and delete its files."""
    farm = FarmCerts(folder)
    ca = farm.authority()
    if not pair_paths(farm.agent(agent_id))[0].exists():
        raise PkiError(f"no certificate for agent {agent_id!r} in {folder}/agents")
    _revoke(farm, ca, agent_id)


def _revoke(farm: FarmCerts, ca: Authority, agent_id: str) -> None:
    cert_file, key_file = pair_paths(farm.agent(agent_id))
    try:
        earlier = list(load_crl(farm.crl)) if farm.crl.exists() else []
        entry = revoked_entry(load_certificate(cert_file))
    except CertificateError as e:
        raise PkiError(str(e)) from e
    write_crl(ca.revocation_list([*earlier, entry]), farm.crl)
    cert_file.unlink()
    key_file.unlink(missing_ok=True)


def _issue_agent(farm: FarmCerts, ca: Authority, agent_id: str) -> Path:
    stem = farm.agent(agent_id)
    stem.parent.mkdir(mode=0o700, exist_ok=True)
    write_pair(ca.issue(agent_id), stem)
    return stem
