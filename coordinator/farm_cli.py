"""The coordinator's commands: `printfarm coordinator|submit|jobs|printers|pause|...`.

Everything but `coordinator` talks to a running coordinator over its HTTP API
(`--api URL`, or PRINTFARM_API, default http://127.0.0.1:8080).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape

from coordinator.accounts.cli import signed_in
from coordinator.agent_join import agent_join
from coordinator.client import DEFAULT_API
from coordinator.install_service import install_service
from coordinator.lan import lan_agent
from coordinator.requirements import Extents, Requirements
from coordinator.store.schema import JobState

if TYPE_CHECKING:
    from coordinator.serve import ServeOptions

console = Console()
err = Console(stderr=True)
ApiOption = Annotated[
    str, typer.Option("--api", envvar="PRINTFARM_API", help="The coordinator's HTTP API")
]


def coordinator(  # noqa: PLR0917  # typer options
    ctx: typer.Context,
    data: Annotated[Path, typer.Option(help="Data folder (files, SQLite, broker)")] = Path(
        "printfarm-data"
    ),
    db: Annotated[
        str | None,
        typer.Option(
            envvar="PRINTFARM_DB_URL",
            help="Database URL (default: SQLite in DATA); with a password: --db-url-file",
        ),
    ] = None,
    db_url_file: Annotated[
        Path | None, typer.Option(help="File whose first line is the database URL")
    ] = None,
    files: Annotated[
        Path | None,
        typer.Option(
            help="Job files folder (default: DATA/files); coordinators sharing a database "
            "share it too"
        ),
    ] = None,
    broker: Annotated[
        str | None,
        typer.Option(
            envvar="PRINTFARM_BROKER_URL",
            help="mqtt://user@host:port (default: start an embedded broker)",
        ),
    ] = None,
    broker_password_file: Annotated[
        Path | None,
        typer.Option(
            help="File whose first line is the broker password (or in the "
            "environment: PRINTFARM_BROKER_PASSWORD)"
        ),
    ] = None,
    broker_ca: Annotated[
        Path | None, typer.Option(help="CA certificate (PEM) of an mqtts:// broker")
    ] = None,
    broker_cert: Annotated[
        Path | None, typer.Option(help="Client certificate (PEM) if the broker asks for one")
    ] = None,
    broker_key: Annotated[
        Path | None, typer.Option(help="Private key (PEM) of --broker-cert")
    ] = None,
    lan: Annotated[
        bool,
        typer.Option(
            help="The embedded broker on every interface, with per-agent passwords "
            "(`printfarm lan-agent ID`) and broker_config's ACL"
        ),
    ] = False,
    http_port: Annotated[int, typer.Option(help="HTTP API port (0: any free port)")] = 8080,
    host: Annotated[str, typer.Option(help="Address the HTTP API listens on")] = "127.0.0.1",
    public_url: Annotated[
        str | None, typer.Option(help="URL agents use to reach the API (default: from host)")
    ] = None,
    tls_cert: Annotated[
        Path | None,
        typer.Option(
            envvar="PRINTFARM_TLS_CERT",
            help="Serve the web page and API over https: certificate (PEM)",
        ),
    ] = None,
    tls_key: Annotated[
        Path | None,
        typer.Option(envvar="PRINTFARM_TLS_KEY", help="Private key (PEM) of --tls-cert"),
    ] = None,
    admin_password_file: Annotated[
        Path | None,
        typer.Option(
            help="On first start, the password of the `admin` user it creates (default: "
            "a one-time password, printed and kept in DATA/initial-admin-password)"
        ),
    ] = None,
    home_assistant: Annotated[
        bool, typer.Option(help="Announce printers to Home Assistant (MQTT discovery)")
    ] = False,
    settle: Annotated[
        float,
        typer.Option(
            help="Seconds after (re)connecting before an absent agent's jobs count "
            "as interrupted (longer than the agents' reconnect backoff)"
        ),
    ] = 35.0,
    resend_after: Annotated[
        float,
        typer.Option(min=0.5, help="Seconds before an unanswered start command is sent again"),
    ] = 10.0,
    start_timeout: Annotated[
        float,
        typer.Option(
            min=0.5,
            help="Seconds of unanswered starts before the job goes back to the queue "
            "(once the agent can no longer start it) and its printer is held",
        ),
    ] = 60.0,
) -> None:
    """Run the coordinator: store, broker link, dispatcher and HTTP API."""
    from coordinator import credentials
    from coordinator.mqtt import BrokerTls
    from coordinator.serve import ServeOptions, serve
    from coordinator.service import Timing

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        secrets = credentials.resolve(
            broker_url=broker,
            broker_url_on_command_line=_on_command_line(ctx, "broker"),
            broker_password_file=broker_password_file,
            db_url=db,
            db_url_on_command_line=_on_command_line(ctx, "db"),
            db_url_file=db_url_file,
        )
    except credentials.CredentialsError as e:
        err.print(f"error: {e}", markup=False, highlight=False)
        raise typer.Exit(2) from e
    credentials.LogRedaction(secrets.values()).install()
    options = ServeOptions(
        data_dir=data,
        db_url=secrets.db_url,
        files_dir=files,
        broker_url=secrets.broker_url,
        broker_password=secrets.broker_password,
        broker_tls=BrokerTls(broker_ca, broker_cert, broker_key),
        http_host=host,
        http_port=http_port,
        public_url=public_url,
        timing=Timing(settle_s=settle, resend_after_s=resend_after, start_ack_s=start_timeout),
        lan=lan,
        admin_password=_admin_password(admin_password_file),
        https_cert=tls_cert,
        https_key=tls_key,
        home_assistant=home_assistant,
    )
    _serve_or_explain(serve, options, secrets.values())


def _admin_password(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8").splitlines()[0]
    except (OSError, IndexError) as e:
        err.print(f"error: cannot read the admin password from {path}: {e}")
        raise typer.Exit(2) from e


def _on_command_line(ctx: typer.Context, name: str) -> bool:
    """Whether option `name` came from the command line (not the environment)."""
    source = ctx.get_parameter_source(name)
    return source is not None and source.name == "COMMANDLINE"


def _serve_or_explain(
    serve: Callable[[ServeOptions], None], options: ServeOptions, secrets: tuple[str, ...]
) -> None:
    """Start-up errors (database, broker URL, embedded broker) as one line, secrets hidden."""
    from sqlalchemy.exc import SQLAlchemyError

    from broker_config.testing import BrokerStartError
    from coordinator.credentials import redact
    from coordinator.mqtt import BrokerUrlError

    try:
        serve(options)
    except BrokerUrlError as e:
        err.print(f"error: {redact(str(e), *secrets)}", markup=False, highlight=False)
        raise typer.Exit(2) from e
    except (ValueError, SQLAlchemyError, BrokerStartError) as e:
        message = " ".join(str(e).split())  # SQLAlchemy's errors span several lines
        err.print(f"error: {redact(message, *secrets)}", markup=False, highlight=False)
        raise typer.Exit(1) from e


_NUMBERS = {"nozzle": "nozzle_diameter", "nozzle_diameter": "nozzle_diameter",
            "filament": "filament_diameter", "filament_diameter": "filament_diameter",
            "tools": "tool_count", "tool_count": "tool_count",
            "bed": "bed_temperature", "bed_temperature": "bed_temperature"}  # fmt: skip
_WORDS = {"printer": "printer", "firmware": "firmware", "material": "material",
          "site": "site", "colour": "colour", "flavor": "gcode_flavor",
          "flavour": "gcode_flavor"}  # fmt: skip
_REQUIRE_KEYS = (
    "printer, tag, group, firmware, flavor, nozzle, filament, tools, bed, material, site, "
    "colour, volume"
)


def parse_requirements(items: list[str]) -> Requirements:
    """`key=value` pairs (see _REQUIRE_KEYS; volume is XxYxZ in mm); they override what
    the file's analysis found, and `key=any` lifts that requirement."""
    fields: dict[str, object] = {}
    tags: set[str] = set()
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip().lower().replace("-", "_")
        if not sep or not value:
            raise typer.BadParameter(f"--require {item!r}: expected key=value")
        if key in ("tag", "group"):
            tags.add(value)
        else:
            name, parsed = _requirement(item, key, value)
            fields[name] = parsed
    if tags:
        fields["tags"] = frozenset(tags)
    try:
        return Requirements.model_validate(fields)
    except ValidationError as e:
        raise typer.BadParameter(f"--require: {e.errors()[0]['msg']}") from e


def _requirement(item: str, key: str, value: str) -> tuple[str, object]:
    """One `--require key=value` as (field, value); `any` lifts the requirement."""
    name = _NUMBERS.get(key) or _WORDS.get(key) or ("extents" if key == "volume" else "")
    if not name:
        raise typer.BadParameter(f"--require {item!r}: unknown key {key!r} ({_REQUIRE_KEYS})")
    if value.strip().lower() == "any":
        return name, None
    if key in _NUMBERS:
        return name, _number(item, value)
    if name == "extents":
        try:
            x, y, z = (float(v) for v in value.lower().split("x"))
        except ValueError as e:
            raise typer.BadParameter(f"--require {item!r}: volume is XxYxZ in mm") from e
        return name, Extents(x=x, y=y, z=z)
    return name, value


def _number(item: str, value: str) -> float:
    try:
        return float(value)
    except ValueError as e:
        raise typer.BadParameter(f"--require {item!r}: {value!r} is not a number") from e


def submit(  # noqa: PLR0917  # typer options
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    copies: Annotated[int, typer.Option(min=1, max=1000)] = 1,
    priority: Annotated[int, typer.Option(help="Higher goes first")] = 0,
    require: Annotated[
        list[str] | None, typer.Option(help="key=value (printer, tag, nozzle, material, ...)")
    ] = None,
    name: Annotated[str | None, typer.Option(help="Job name (default: the file name)")] = None,
    api: ApiOption = DEFAULT_API,
) -> None:
    """Upload a G-code file and queue COPIES jobs of it."""
    from coordinator.tables import jobs_table

    requirements = parse_requirements(require or [])
    with signed_in(api) as client:
        jobs = client.submit(
            file, copies=copies, priority=priority, name=name, requirements=requirements
        )
    console.print(jobs_table(jobs, title=f"queued {len(jobs)} job(s)"))
    if jobs and jobs[0].variants:  # a model sliced for several printer classes
        classes = "; ".join(v.label for v in jobs[0].variants)
        console.print(f"sliced for {classes}: each job prints on the first of these free")


def jobs(
    state: Annotated[
        JobState | None, typer.Option(help="Only jobs in this state", case_sensitive=False)
    ] = None,
    api: ApiOption = DEFAULT_API,
) -> None:
    """List jobs (a waiting job says why it waits)."""
    from coordinator.tables import jobs_table

    with signed_in(api) as client:
        console.print(jobs_table(client.jobs(state)))


def printers(api: ApiOption = DEFAULT_API) -> None:
    """List printers with their live state."""
    from coordinator.tables import printers_table

    with signed_in(api) as client:
        console.print(printers_table(client.printers()))


def _job_action(action: str, job_id: str, api: str) -> None:
    with signed_in(api) as client:
        job = client.job_action(job_id, action)
    console.print(f"{action}: job {job.id} ({job.state})")


def pause(job: str, api: ApiOption = DEFAULT_API) -> None:
    """Pause a printing job."""
    _job_action("pause", job, api)


def resume(job: str, api: ApiOption = DEFAULT_API) -> None:
    """Resume a paused job."""
    _job_action("resume", job, api)


def cancel(job: str, api: ApiOption = DEFAULT_API) -> None:
    """Cancel a job (a queued one at once, a printing one through its agent)."""
    _job_action("cancel", job, api)


def requeue(job: str, api: ApiOption = DEFAULT_API) -> None:
    """Queue a new copy of an interrupted, failed or cancelled job."""
    with signed_in(api) as client:
        new = client.requeue(job)
    console.print(f"re-queued {job} as {', '.join(j.id for j in new)}")


def _printer_key(value: str) -> str:
    agent, _, printer = value.partition("/")
    if not agent or not printer or "/" in printer:
        raise typer.BadParameter(
            f"{value!r}: a printer is named agent/printer, e.g. agent-1/{printer or agent} "
            "(`printfarm printers` lists them)"
        )
    return value


def clear(
    printer: Annotated[str, typer.Argument(help="agent/printer", callback=_printer_key)],
    api: ApiOption = DEFAULT_API,
) -> None:
    """Confirm a printer's bed is empty so it can take the next job (recorded as you)."""
    with signed_in(api) as client:
        view = client.clear(printer)
    console.print(f"cleared {view.key}")


def estop(
    printer: Annotated[str, typer.Argument(help="agent/printer", callback=_printer_key)],
    reason: Annotated[str, typer.Option(help="Why (kept in the audit trail)")] = "",
    api: ApiOption = DEFAULT_API,
) -> None:
    """Emergency stop: the printer halts now, heaters off (operators)."""
    with signed_in(api) as client:
        sent = client.emergency_stop(printer, reason)
    console.print(f"emergency stop sent to {sent.printer} ({sent.command_id})")


def gcode(
    printer: Annotated[str, typer.Argument(help="agent/printer", callback=_printer_key)],
    line: Annotated[str, typer.Argument(help="One G-code line, e.g. 'M105'")],
    api: ApiOption = DEFAULT_API,
) -> None:
    """Send one G-code line and print the firmware's reply; the agent refuses what its
    firmware profile blocks (operators). Exit 1 when refused or failed."""
    with signed_in(api) as client:
        answer = client.send_gcode(printer, line)
    if answer.status in ("refused", "failed"):
        err.print(f"[red]{answer.status}:[/] {escape(answer.reason)}")
        raise typer.Exit(1)
    for reply in answer.output:
        console.print(escape(reply), highlight=False)
    if answer.status == "sent":
        console.print(f"sent to {answer.printer} ({answer.command_id}); no reply yet")
    elif answer.note:
        console.print(f"[dim]{escape(answer.note)}[/]")


def remove_printer(
    printer: Annotated[str, typer.Argument(help="AGENT/PRINTER, as `printfarm printers` shows")],
    api: ApiOption = DEFAULT_API,
) -> None:
    """Take a printer out of service (first take it out of its agent's config): its
    record, its hold and its retained state on the broker go."""
    agent, sep, name = printer.partition("/")
    if not (sep and agent and name):
        err.print(f"[red]error:[/] {printer!r}: name the printer as AGENT/PRINTER")
        raise typer.Exit(2)
    with signed_in(api) as client:
        removed = client.remove_printer(printer)
    console.print(f"removed {removed.key}")


def register(app: typer.Typer) -> None:
    """Add the coordinator's commands to the `printfarm` app."""
    app.command("coordinator")(coordinator)
    app.command("submit")(submit)
    app.command("jobs")(jobs)
    app.command("printers")(printers)
    app.command("pause")(pause)
    app.command("resume")(resume)
    app.command("cancel")(cancel)
    app.command("requeue")(requeue)
    app.command("clear")(clear)
    app.command("estop")(estop)
    app.command("gcode")(gcode)
    app.command("remove-printer")(remove_printer)
    app.command("demo")(demo)
    app.command("lan-agent")(lan_agent)
    app.command("agent-join")(agent_join)
    app.command("install-service")(install_service)
    from coordinator.accounts.cli import register as register_accounts

    register_accounts(app)
    from coordinator.quota_cli import register as register_quotas

    register_quotas(app)
    from coordinator.notify_cli import register as register_notify

    register_notify(app)
    from coordinator.spool_cli import register as register_spools

    register_spools(app)
    from coordinator.order_cli import register as register_orders

    register_orders(app)
    from coordinator.site_cli import register as register_sites

    register_sites(app)


def demo(
    printers: Annotated[int, typer.Option(min=1, max=64, help="Virtual printers")] = 4,
    jobs: Annotated[int, typer.Option(min=1, max=1000, help="Jobs to submit")] = 8,
    speed: Annotated[float, typer.Option(min=0.1, help="Simulation speed (x real time)")] = 20.0,
    data: Annotated[
        Path | None, typer.Option(help="Keep everything here (default: a temporary folder)")
    ] = None,
    exit_when_done: Annotated[
        bool, typer.Option(help="Exit once the queue drains (0: all printed) instead of serving")
    ] = False,
) -> None:
    """Simulate a farm: embedded broker, coordinator, virtual printers, sample jobs; then
    serve its dashboard until Ctrl-C (or exit when done, for scripts)."""
    from coordinator.demo import demo as run

    run(printers=printers, jobs=jobs, speed=speed, data=data, exit_when_done=exit_when_done)
