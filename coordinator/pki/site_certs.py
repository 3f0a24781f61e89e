"""A site broker's certificates, from the farm's CA: `printfarm certs add-site`.

    DIR/sites/<site>/bridge.crt, .key   the bridge's client certificate on the central
                                        broker; CN = `bridge@<site>`, its username there
    DIR/sites/<site>/broker.crt, .key   the site broker's server certificate, for its
                                        agents' listener on the site's LAN

The central broker's agents' listener (the one `printfarm certs init` prints) takes the
bridge like an agent: the certificate's common name becomes the username, and the
central ACL entry `printfarm site broker-config` prints confines it to its site's agents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from agent.wire.ids import InvalidIdError, validate_id
from broker_config.bridge import BridgeTls, bridge_user
from broker_config.listeners import TlsFiles
from coordinator.pki.authority import pair_paths, write_pair
from coordinator.pki.farm import FarmCerts, PkiError, check_hosts


def check_site(site: str) -> str:
    try:
        return validate_id(site, "site id")
    except InvalidIdError as e:
        raise PkiError(str(e)) from e


@dataclass(frozen=True, slots=True)
class SiteCerts:
    farm: FarmCerts
    site: str

    @property
    def folder(self) -> Path:
        return self.farm.folder / "sites" / self.site

    def exists(self) -> bool:
        return all(p.exists() for p in (*self.bridge_pair(), *self.broker_pair()))

    def bridge_pair(self) -> tuple[Path, Path]:
        return pair_paths(self.folder / "bridge")

    def broker_pair(self) -> tuple[Path, Path]:
        return pair_paths(self.folder / "broker")

    def bridge_tls(self) -> BridgeTls:
        cert, key = self.bridge_pair()
        return BridgeTls(self.farm.ca_cert.resolve(), cert.resolve(), key.resolve())

    def listener_tls(self) -> TlsFiles:
        cert, key = self.broker_pair()
        return TlsFiles(cert.resolve(), key.resolve(), self.farm.ca_cert.resolve())


def add_site(
    folder: Path, site: str, broker_hosts: Sequence[str] = (), *, force: bool = False
) -> SiteCerts:
    """The bridge's and the site broker's certificates from FOLDER's CA."""
    certs = SiteCerts(FarmCerts(folder), check_site(site))
    hosts = check_hosts(broker_hosts, "--broker-host")
    ca = certs.farm.authority()
    if certs.bridge_pair()[0].exists() and not force:
        raise PkiError(
            f"site {site!r} already has certificates in {certs.folder}: give --force to "
            "issue new ones (then copy them to the site broker again)"
        )
    certs.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_pair(ca.issue(bridge_user(site)), certs.folder / "bridge")
    write_pair(ca.issue(hosts[0], hosts=hosts), certs.folder / "broker")
    return certs
