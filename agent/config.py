"""`agent.toml`: what one agent process drives and where it reports (see agent.example.toml).

Everything is validated when the file is read, before any port or socket is opened; an
unknown key is an error, and every message names the file and the field:

    config = load_config(Path("agent.toml"))
    config.agent.id, config.broker.host, config.printers[0].port

Relative paths (data folder, password file, TLS files, a virtual printer's record) are
taken relative to the folder of the config file, so a config is portable with its data.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from agent.backends.octoprint_config import OctoPrintSection
from agent.gcode_policy.rules import check_command_names
from agent.profiles import list_profiles
from agent.virtual.config import VirtualPrinterConfig
from agent.wire.ids import AgentId, PrinterId
from agent.wire.spools import FilamentSpool

DEFAULT_DATA_DIR = "agent-data"


class ConfigError(ValueError):
    """The agent config is unreadable or invalid; the message says where and what to fix."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AgentSection(_Strict):
    id: AgentId  # also the broker username unless [broker] username says otherwise
    data_dir: Path = Path(DEFAULT_DATA_DIR)  # spool, journal, outbox and recent command ids


class TlsSection(_Strict):
    ca_file: Path | None = None  # None: the system's CAs; also trusted for https job files
    cert_file: Path | None = None  # client certificate, when the broker wants one
    key_file: Path | None = None
    insecure: bool = False  # skip host name verification (a test broker only)

    @model_validator(mode="after")
    def _pair(self) -> Self:
        if (self.cert_file is None) != (self.key_file is None):
            raise ValueError("cert_file and key_file go together: give both or neither")
        return self


class BrokerSection(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(default=1883, ge=1, le=65535)
    username: str | None = None  # default: the agent id (what the broker ACL expects)
    password: str | None = None
    password_file: Path | None = None  # first line is the password (keeps it out of here)
    tls: TlsSection | None = None
    keepalive_s: int = Field(default=30, ge=5, le=3600)
    reconnect_min_s: int = Field(default=1, ge=1)
    reconnect_max_s: int = Field(default=30, ge=1)

    @model_validator(mode="after")
    def _checks(self) -> Self:
        if self.password is not None and self.password_file is not None:
            raise ValueError("give password or password_file, not both")
        if self.reconnect_max_s < self.reconnect_min_s:
            raise ValueError("reconnect_max_s must be at least reconnect_min_s")
        return self

    def read_password(self) -> str | None:
        if self.password_file is None:
            return self.password
        try:
            return self.password_file.read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, IndexError) as e:
            raise ConfigError(
                f"cannot read the broker password from {self.password_file}: {e}"
            ) from e


class RatesSection(_Strict):
    telemetry_s: float = Field(default=1.0, gt=0, le=3600)  # at most this often, on change
    poll_s: float = Field(default=0.25, gt=0, le=10)  # how often printer state is looked at
    progress_step: int = Field(default=10, ge=1, le=50)  # a progress event every N percent


class BuildVolumeSection(_Strict):
    x: float = Field(gt=0, le=100_000)
    y: float = Field(gt=0, le=100_000)
    z: float = Field(gt=0, le=100_000)


class PrinterSection(_Strict):
    id: PrinterId
    port: str | None = None  # device path, /dev/serial/by-id/... or pyserial URL
    virtual: VirtualPrinterConfig | None = None  # start a virtual printer for this entry
    octoprint: OctoPrintSection | None = None  # a printer behind an OctoPrint server
    baud: int = Field(default=115200, gt=0)
    profile: str = "auto"  # a firmware profile name, or auto (chosen from M115)
    send_window: int | None = Field(default=None, ge=1)
    site: str | None = Field(default=None, max_length=64)
    tags: tuple[str, ...] = Field(default=(), max_length=32)
    material: str | None = Field(default=None, max_length=64)
    nozzle_diameter: float | None = Field(default=None, gt=0, le=5)
    filament_diameter: float = Field(default=1.75, gt=0, le=10)  # mm: 1.75, or 2.85
    tool_count: int = Field(default=1, ge=1, le=64)  # extruders (or MMU slots) it prints with
    build_volume: BuildVolumeSection | None = None  # None: the profile's
    # The loaded spool: spool = { material = "pla", colour = "#ff0000", grams = 750 }; the
    # coordinator's record replaces it once set there (coordinator/spools/book.py).
    spool: FilamentSpool | None = None
    # Commands the profile's policy blocks that this printer may take anyway (["M500"]);
    # only here, in the agent's own config: nothing from the network can allow one.
    allow_gcode: tuple[str, ...] = ()

    @field_validator("allow_gcode")
    @classmethod
    def _command_names(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(check_command_names(list(names)))

    @field_validator("profile")
    @classmethod
    def _known_profile(cls, name: str) -> str:
        names = ["auto", *list_profiles()]
        if name not in names:
            raise ValueError(f"no firmware profile named {name!r}; valid: {', '.join(names)}")
        return name

    @model_validator(mode="after")
    def _one_link(self) -> Self:
        links = (self.port, self.virtual, self.octoprint)
        if sum(link is not None for link in links) != 1:
            raise ValueError(
                "give exactly one of port (a real printer), virtual = { ... } "
                "or octoprint = { url = ..., api_key_file = ... }"
            )
        return self


class AgentConfig(_Strict):
    agent: AgentSection
    broker: BrokerSection = Field(default_factory=BrokerSection)
    rates: RatesSection = Field(default_factory=RatesSection)
    printers: list[PrinterSection] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_printers(self) -> Self:
        seen: set[str] = set()
        for printer in self.printers:
            if printer.id in seen:
                raise ValueError(f"printer id {printer.id!r} appears twice")
            seen.add(printer.id)
        return self

    @property
    def username(self) -> str:
        return self.broker.username or self.agent.id


# -- loading -----------------------------------------------------------------------------
_PATH_FIELDS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("agent",): ("data_dir",),
    ("broker",): ("password_file",),
    ("broker", "tls"): ("ca_file", "cert_file", "key_file"),
}
_VIRTUAL_PATHS = ("record", "link")


def _resolve(data: dict[str, Any], base: Path) -> None:
    """Make relative paths relative to the config file's folder (in place)."""

    def fix(table: Any, keys: tuple[str, ...]) -> None:
        if not isinstance(table, dict):
            return
        for key in keys:
            value = table.get(key)
            if isinstance(value, str) and not Path(value).is_absolute():
                table[key] = str(base / value)

    agent = data.get("agent")
    if isinstance(agent, dict):
        agent.setdefault("data_dir", DEFAULT_DATA_DIR)
    for path, keys in _PATH_FIELDS.items():
        table: Any = data
        for part in path:
            table = table.get(part) if isinstance(table, dict) else None
        fix(table, keys)
    for printer in data.get("printers") or []:
        if isinstance(printer, dict):
            fix(printer.get("virtual"), _VIRTUAL_PATHS)
            fix(printer.get("octoprint"), ("api_key_file",))


def _describe(error: ValidationError, source: str) -> str:
    lines = []
    for item in error.errors(include_url=False):
        where = ".".join(str(part) for part in item["loc"]) or "top level"
        if item["type"] == "extra_forbidden":
            what = "unknown key (check the spelling against agent.example.toml)"
        elif item["type"] == "missing":
            what = "missing required key"
        else:
            what = item["msg"]
        lines.append(f"{source}: {where}: {what}")
    return "\n".join(lines)


def parse_config(text: str, source: str, base: Path) -> AgentConfig:
    """Validate TOML text; `source` names it in errors, `base` anchors relative paths."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{source}: not valid TOML: {e}") from e
    _resolve(data, base)
    try:
        return AgentConfig.model_validate(data)
    except ValidationError as e:
        raise ConfigError(_describe(e, source)) from e


def load_config(path: Path) -> AgentConfig:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(
            f"cannot read the agent config {path}: {e.strerror} "
            "(copy agent.example.toml and edit it)"
        ) from e
    return parse_config(text, str(path), path.resolve().parent)
