"""`printfarm certs init|add-agent`: a farm's CA and certificates, and where they go."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

certs_app = typer.Typer(
    help="TLS for the farm: a private CA, the broker's, the coordinator's and one "
    "certificate per agent, and the lines that use them.",
    no_args_is_help=True,
)

FolderArg = Annotated[Path, typer.Argument(help="Folder for the CA and certificates")]
ForceOption = Annotated[bool, typer.Option(help="Replace what is there already")]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


@certs_app.command("init")
def init(
    folder: FolderArg,
    broker_host: Annotated[
        list[str] | None,
        typer.Option(
            help="Name or IP address agents use for the broker (repeat; "
            "default: localhost and 127.0.0.1)"
        ),
    ] = None,
    agent: Annotated[
        list[str] | None, typer.Option(help="An agent id to issue a certificate for (repeat)")
    ] = None,
    coordinator_host: Annotated[
        list[str] | None,
        typer.Option(
            help="Name or IP address of the coordinator's web and API (repeat; "
            "default: localhost and 127.0.0.1)"
        ),
    ] = None,
    force: ForceOption = False,
) -> None:
    """Create the CA and every certificate in FOLDER, then print the lines that use them."""
    from coordinator.pki.farm import PkiError, init_farm
    from coordinator.pki.instructions import after_init

    try:
        farm = init_farm(
            folder, broker_host or (), agent or (), coordinator_host or (), force=force
        )
    except (PkiError, OSError) as e:
        raise _fail(str(e)) from e
    typer.echo(after_init(farm))


@certs_app.command("add-agent")
def add_agent(
    folder: FolderArg,
    agent_id: Annotated[str, typer.Argument(help="The agent id (its certificate's CN)")],
    force: ForceOption = False,
) -> None:
    """Issue a certificate for one more agent from FOLDER's CA."""
    from coordinator.pki.farm import FarmCerts, PkiError
    from coordinator.pki.farm import add_agent as issue
    from coordinator.pki.instructions import after_add_agent

    try:
        issue(folder, agent_id, force=force)
    except (PkiError, OSError) as e:
        raise _fail(str(e)) from e
    typer.echo(after_add_agent(FarmCerts(folder), agent_id))


@certs_app.command("add-site")
def add_site(
    folder: FolderArg,
    site: Annotated[str, typer.Argument(help="The site's id")],
    broker_host: Annotated[
        list[str] | None,
        typer.Option(
            help="Name or IP address the site's agents use for its broker (repeat; "
            "default: localhost and 127.0.0.1)"
        ),
    ] = None,
    force: ForceOption = False,
) -> None:
    """Issue a site broker's certificates from FOLDER's CA: its bridge's to the central
    broker and its own for the site's agents (`printfarm site broker-config` uses them)."""
    from coordinator.pki.farm import PkiError
    from coordinator.pki.site_certs import add_site as issue

    try:
        certs = issue(folder, site, broker_host or (), force=force)
    except (PkiError, OSError) as e:
        raise _fail(str(e)) from e
    typer.echo(
        f"site {site}: certificates written to {certs.folder.resolve()}; next: "
        f"printfarm site broker-config {site} --certs {folder} --central HOST:PORT --agent ID"
    )


@certs_app.command("revoke")
def revoke(
    folder: FolderArg,
    agent_id: Annotated[str, typer.Argument(help="The agent whose certificate to revoke")],
) -> None:
    """Revoke an agent's certificate (lost, stolen, or the agent retired)."""
    from coordinator.pki.farm import FarmCerts, PkiError, revoke_agent

    try:
        revoke_agent(folder, agent_id)
    except (PkiError, OSError) as e:
        raise _fail(str(e)) from e
    crl = FarmCerts(folder).crl.resolve()
    typer.echo(
        f"revoked {agent_id}'s certificate: it is listed in {crl}. `systemctl reload "
        "mosquitto` refuses it from its next connection; restart Mosquitto to also close "
        "a connection it holds now."
    )
