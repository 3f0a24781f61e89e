"""Run a coordinator: data folder, store, broker (embedded when none is given), HTTP API.

`printfarm coordinator` calls `serve`; the demo and the tests run the same command as a
child process. Once the API answers, `<data>/coordinator.json` says where it listens.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

import uvicorn

from coordinator import lan
from coordinator.access import Security
from coordinator.agent_join import JoinIssuer
from coordinator.api import create_app
from coordinator.embedded_broker import EmbeddedBroker
from coordinator.home_assistant import HomeAssistantBridge
from coordinator.mqtt import BrokerSettings, BrokerTls, instance_client_id
from coordinator.notify import Notifier
from coordinator.orders.replan import OrderReplanner, OrderTicker
from coordinator.pki.https import https_files
from coordinator.service import Coordinator, CoordinatorConfig, Operations, Timing
from coordinator.store import default_url

log = logging.getLogger(__name__)
INFO_FILE = "coordinator.json"
INITIAL_ADMIN_PASSWORD = "initial-admin-password"


@dataclass(frozen=True, slots=True)
class ServeOptions:
    data_dir: Path
    db_url: str | None = None
    broker_url: str | None = None
    broker_password: str | None = field(default=None, repr=False)  # not in broker_url
    http_host: str = "127.0.0.1"
    http_port: int = 8080  # 0: any free port
    public_url: str | None = None  # default: http://<http_host>:<port>
    broker_port: int | None = None  # of the embedded broker (None: remembered, or 1883)
    lan: bool = False  # the embedded broker on every interface, with per-agent passwords
    timing: Timing = field(default_factory=Timing)
    client_id: str | None = None  # default: this data folder's own (instance_client_id)
    files_dir: Path | None = None  # default: DATA/files (coordinators sharing a db share it)
    broker_tls: BrokerTls | None = None  # CA, client certificate and key for mqtts://
    admin_password: str | None = field(default=None, repr=False)  # for a first start
    https_cert: Path | None = None  # HTTPS (default: PRINTFARM_TLS_CERT / _KEY, else HTTP)
    https_key: Path | None = None
    home_assistant: bool = False  # announce printers to Home Assistant (MQTT discovery)


def read_info(data_dir: Path) -> dict[str, str]:
    """What a running coordinator wrote about itself (api_url, broker_url)."""
    info: dict[str, str] = json.loads((data_dir / INFO_FILE).read_text())
    return info


STREAMS_GRACE_S = 3  # on SIGTERM, requests still open after this are cancelled


class _Server(uvicorn.Server):
    """Uvicorn that tells us when it is listening (public hook: `startup`)."""

    def __init__(self, config: uvicorn.Config, on_ready: threading.Event) -> None:
        super().__init__(config)
        self._on_ready = on_ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self._on_ready.set()


def serve(options: ServeOptions, ready: threading.Event | None = None) -> None:
    """Run until SIGINT/SIGTERM. Starts an embedded broker when `broker_url` is None."""
    https = https_files(options.https_cert, options.https_key)  # a bad file: ValueError
    data = options.data_dir.resolve()
    data.mkdir(parents=True, exist_ok=True)
    broker: EmbeddedBroker | None = None
    broker_url = options.broker_url
    if broker_url is None and options.broker_tls is not None:
        options.broker_tls.check(url_is_tls=False)  # the embedded broker is plain MQTT
    password = options.broker_password
    if options.lan and broker_url is not None:
        raise ValueError("--lan sets up the embedded broker; with --broker, configure yours")
    workdir = lan.broker_dir(data)
    if broker_url is None:
        if options.lan:
            password = lan.prepare(workdir)
        broker = EmbeddedBroker.start(workdir, options.broker_port, lan=options.lan)
        broker_url = broker.url
    # Bound now, handed to uvicorn: with port 0 the OS picks one and nobody can take it
    # between choosing and listening (a check-then-bind race when processes share a host).
    listener = _listen(options.http_host, options.http_port)
    port = listener.getsockname()[1]
    scheme = "http" if https is None else "https"
    public = options.public_url or f"{scheme}://{options.http_host}:{port}"
    config = CoordinatorConfig(
        store_url=options.db_url or default_url(data),
        broker=BrokerSettings.from_url(
            broker_url,
            client_id=options.client_id or instance_client_id(data),
            tls_files=options.broker_tls,
            password=password,
        ),
        files_dir=options.files_dir or data / "files",
        public_url=public,
        timing=options.timing,
    )
    coordinator = Coordinator(config)
    security = Security.open(coordinator.store.engine, https=public.startswith("https:"))
    _first_admin(security, data, options.admin_password)
    joins = JoinIssuer.for_lan(workdir, broker.port, public) if options.lan and broker else None
    ops = Operations(coordinator)
    app = create_app(ops, security, joins)
    listening = ready or threading.Event()
    cert, key = https or (None, None)
    server = _Server(
        uvicorn.Config(
            app, host=options.http_host, port=port, log_level="warning",
            ssl_certfile=cert, ssl_keyfile=key,
            timeout_graceful_shutdown=STREAMS_GRACE_S,  # open dashboards' streams never end
        ),
        listening,
    )  # fmt: skip
    coordinator.api_ready.clear()
    coordinator.start()
    ha = HomeAssistantBridge(config.broker) if options.home_assistant else None
    if ha is not None:
        ha.start()
    notifier = Notifier(coordinator.store)  # its own threads: dispatch never waits on it
    notifier.start()
    orders = OrderTicker(OrderReplanner(ops))  # orders re-planned on failures and outages
    orders.start()
    (data / INFO_FILE).unlink(missing_ok=True)

    def write_info() -> None:
        if listening.wait(30):
            coordinator.api_ready.set()  # job files can be fetched: starts may go out
            agents_url = broker.agents_url if broker else _public_broker(broker_url)
            info = {"api_url": public, "broker_url": agents_url}
            # Whole or absent: a reader that sees the file never reads half of it.
            tmp = data / f"{INFO_FILE}.tmp"
            tmp.write_text(json.dumps(info))
            tmp.replace(data / INFO_FILE)
            log.info("coordinator API on %s, broker %s", public, info["broker_url"])

    threading.Thread(target=write_info, daemon=True).start()
    _exit_on_sigterm()
    try:
        server.run(sockets=[listener])
    finally:
        listener.close()
        if ha is not None:
            ha.stop()
        notifier.stop()
        orders.stop()
        coordinator.stop()
        if broker is not None:
            broker.stop()


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family)


def _first_admin(security: Security, data: Path, password: str | None) -> None:
    """A farm with no user gets `admin`: with the given password, or a one-time one that
    is shown on the terminal (never logged) and kept in a file only the owner reads."""
    created = security.directory.ensure_admin(password)
    if created is None or password is not None:
        return
    path = data / INITIAL_ADMIN_PASSWORD
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(created + "\n")
    print(
        f"printfarm: created user admin, one-time password {created} (also in {path}; "
        "sign in with `printfarm login`, then `printfarm user passwd admin`)",
        file=sys.stderr,
        flush=True,
    )


def _exit_on_sigterm() -> None:
    """Uvicorn shuts down on SIGTERM, then re-raises it to the handler it found: make that
    handler an exception, so our `finally` stops the coordinator and the broker."""
    if threading.current_thread() is not threading.main_thread():
        return

    def handler(_sig: int, _frame: FrameType | None) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, handler)


def _public_broker(url: str) -> str:
    """The broker URL without the coordinator's password (agents have their own)."""
    settings = BrokerSettings.from_url(url)
    scheme = "mqtts" if settings.tls else "mqtt"
    return f"{scheme}://{settings.host}:{settings.port}"
