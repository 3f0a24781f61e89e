"""`printfarm site broker-config`: a site's Mosquitto, bridged to the central broker.

Writes into OUT (the folder the site's Mosquitto will read):

    OUT/mosquitto.conf   the agents' listener, persistence and the bridge (broker_config/bridge.py)
    OUT/acl              printfarm's ACL, the same as the central broker's
    OUT/certs/           the farm's CA, the bridge's and the site broker's certificates
    OUT/central.acl      the central ACL's entry for the bridge user, also printed
    OUT/data/            the site broker's persistence (kept when the files are rewritten)

Paths in the configuration are OUT's absolute path: generate it where it will stay, or
copy it to the same path on the site's machine. Rerun it when the site's agents change.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Annotated

import typer

from coordinator.credentials import DB_URL_ENV


class SiteConfigError(RuntimeError):
    """An argument or a file that cannot be used; the message says what to do."""


def _central(value: str) -> tuple[str, int]:
    from coordinator.pki.farm import PkiError, check_hosts

    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or not 1 <= int(port) <= 65535:
        raise SiteConfigError(f"--central {value!r}: expected HOST:PORT, e.g. broker.example:8883")
    try:
        check_hosts([host], "--central")
    except PkiError as e:
        raise SiteConfigError(str(e)) from e
    return host, int(port)


def _copy(source: Path, target: Path, mode: int) -> Path:
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    shutil.copyfile(source, tmp)
    os.chmod(tmp, mode)
    os.replace(tmp, target)
    return target


def _copy_pair(pair: tuple[Path, Path], stem: Path) -> tuple[Path, Path]:
    """A certificate (readable) and its key (mode 600), as `stem`.crt / .key."""
    cert, key = pair
    return _copy(cert, stem.with_suffix(".crt"), 0o644), _copy(key, stem.with_suffix(".key"), 0o600)


def write_site_broker(  # noqa: PLR0917  # one argument per option of the command
    site: str,
    certs_folder: Path,
    central: str,
    agents: list[str],
    out: Path,
    port: int,
    bind: str | None,
    agent_certificates: bool,
    run_as: str | None,
) -> list[str]:
    """Write OUT's files; returns the central ACL lines."""
    from agent.wire.ids import validate_id
    from broker_config import ACL_FILE
    from broker_config.bridge import BridgeTls, SiteBroker, central_acl_lines, site_config_lines
    from broker_config.listeners import Listener, TlsFiles
    from broker_config.testing import AGENT_PASSWD
    from coordinator.pki.farm import FarmCerts
    from coordinator.pki.site_certs import SiteCerts, check_site

    host, central_port = _central(central)
    agents = [validate_id(a, "agent id") for a in dict.fromkeys(agents)]
    certs = SiteCerts(FarmCerts(certs_folder), check_site(site))
    if not certs.exists():
        raise SiteConfigError(
            f"no certificates for site {site!r} in {certs_folder}/sites: run "
            f"`printfarm certs add-site {certs_folder} {site} --broker-host HOST` first"
        )
    out = out.resolve()
    at = out / "certs"
    ca = _copy(certs.farm.ca_cert, at / "ca.crt", 0o644)
    bridge_cert, bridge_key = _copy_pair(certs.bridge_pair(), at / "bridge")
    broker_cert, broker_key = _copy_pair(certs.broker_pair(), at / "broker")
    acl = _copy(ACL_FILE, out / "acl", 0o644)
    listener = Listener(
        port, bind, None if agent_certificates else out / AGENT_PASSWD, acl,
        TlsFiles(broker_cert, broker_key, ca),
        require_certificate=agent_certificates, use_identity_as_username=agent_certificates,
    )  # fmt: skip
    broker = SiteBroker(
        site, tuple(agents), host, central_port,
        BridgeTls(ca, bridge_cert, bridge_key), listener, out / "data", run_as,
    )  # fmt: skip
    (out / "data").mkdir(mode=0o700, exist_ok=True)
    (out / "mosquitto.conf").write_text("\n".join(site_config_lines(broker)) + "\n")
    lines = central_acl_lines(site, broker.agents)
    (out / "central.acl").write_text("\n".join(lines) + "\n")
    return lines


def site_agents(site: str, data: Path, db_url_file: Path | None) -> list[str]:
    """The agents of the printers placed at `site`, from the coordinator's database."""
    from sqlalchemy.exc import SQLAlchemyError

    from coordinator.credentials import read_secret_file, redact
    from coordinator.sites import SiteNotFoundError, SiteStore
    from coordinator.store import Store
    from coordinator.store.engine import default_url

    if db_url_file is not None:
        url = read_secret_file(db_url_file, "database URL")
    elif os.environ.get(DB_URL_ENV):
        url = os.environ[DB_URL_ENV]
    elif (data / "printfarm.sqlite").exists():
        url = default_url(data)
    else:
        raise SiteConfigError(
            f"no coordinator database in {data}: give the site's agents (--agent ID), "
            f"or the database (--data DIR, --db-url-file FILE or {DB_URL_ENV})"
        )
    try:
        store = Store(url)
        try:
            placed = SiteStore(store).get(site).printers
        finally:
            store.close()
    except SiteNotFoundError as e:
        raise SiteConfigError(f"no site {site!r} in the coordinator's database") from e
    except SQLAlchemyError as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise SiteConfigError(f"cannot read the database {redact(url)}: {redact(first)}") from e
    agents = sorted({p.printer.split("/", 1)[0] for p in placed})
    if not agents:
        raise SiteConfigError(f"no printers are placed at site {site!r}: give --agent ID")
    return agents


def broker_config(  # noqa: PLR0917  # typer options
    site: Annotated[str, typer.Argument(help="The site's id (as in `certs add-site`)")],
    central: Annotated[
        str, typer.Option(help="The central broker's agents' listener, HOST:PORT (TLS)")
    ],
    certs: Annotated[
        Path, typer.Option(help="The farm's certificate folder (`printfarm certs init`)")
    ],
    out: Annotated[Path, typer.Option(help="Folder for the site broker's files")],
    agent: Annotated[
        list[str] | None,
        typer.Option(
            help="An agent id of this site (repeat; default: the agents of the printers "
            "placed at the site in the coordinator's database)"
        ),
    ] = None,
    port: Annotated[
        int, typer.Option(min=1, max=65535, help="The site's agents' listener port")
    ] = 8883,
    bind: Annotated[
        str | None, typer.Option(help="Address to listen on (default: every interface)")
    ] = None,
    agent_certificates: Annotated[
        bool, typer.Option(help="Agents show their certificate (no passwords)")
    ] = False,
    run_as: Annotated[
        str | None, typer.Option(help="User Mosquitto drops to when started as root")
    ] = None,
    data: Annotated[
        Path, typer.Option(help="The coordinator's data folder (its SQLite database)")
    ] = Path("printfarm-data"),
    db_url_file: Annotated[
        Path | None,
        typer.Option(
            help=f"File whose first line is the coordinator's database URL ({DB_URL_ENV})"
        ),
    ] = None,
) -> None:
    """Write the site broker's mosquitto.conf (agents' listener and a TLS bridge to the
    central broker) and print the central ACL's entry for the bridge."""
    from coordinator.pki.farm import PkiError

    try:
        agents = agent or site_agents(site, data, db_url_file)
        lines = write_site_broker(
            site, certs, central, agents, out, port, bind, agent_certificates, run_as
        )
    except (SiteConfigError, PkiError, ValueError, OSError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    out = out.resolve()
    typer.echo(f"# site broker of {site} written to {out}: mosquitto -c {out}/mosquitto.conf")
    if not agent_certificates:
        typer.echo(
            "# each agent's password: python -m broker_config.add_agent AGENT "
            f"--password-file {out}/passwd"
        )
    typer.echo(
        "# Append to the central broker's ACL file, then `systemctl reload mosquitto` "
        "(also in central.acl):"
    )
    typer.echo("\n".join(lines))
