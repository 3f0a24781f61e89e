"""A systemd unit for a printfarm service: restart with back-off and a hardening section.

Pure: `UnitSpec` in, unit text out (`render`); `install` writes it (mode 644: a unit holds
no secret — secrets stay in mode-600 files the service reads, or an EnvironmentFile) and,
unless told not to, runs `systemctl daemon-reload` and `systemctl enable --now`.

    text = render(UnitSpec(description=..., exec_start=[...], user="pi", ...))

The hardening leaves the service what it needs and nothing else: the whole file system
read-only but its data folder (ProtectSystem=strict + ReadWritePaths), no home folders
(ProtectHome; `tmpfs` plus BindPaths when the data or the program lives under /home), a
private /tmp, no new privileges, no capabilities, no kernel tunables, modules or logs,
only IP and Unix sockets, the system-service system calls.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_UNIT_DIR = Path("/etc/systemd/system")
HOME_ROOTS = (Path("/home"), Path("/root"), Path("/run/user"))
TMP_ROOTS = (Path("/tmp"), Path("/var/tmp"))
RESTART_STEPS_SINCE = 254  # systemd's RestartSteps= / RestartMaxDelaySec=


class ServiceInstallError(RuntimeError):
    """The unit could not be written or enabled; the message says what to do."""


@dataclass(frozen=True)
class UnitSpec:
    name: str  # e.g. printfarm-agent (the file is <name>.service)
    description: str
    exec_start: list[str]  # argv: no secret may be in it (checked by the callers' tests)
    user: str
    group: str | None
    working_dir: Path
    writable: tuple[Path, ...]  # ReadWritePaths
    program_paths: tuple[Path, ...] = ()  # the interpreter and code (read-only)
    supplementary_groups: tuple[str, ...] = ()
    environment_file: Path | None = None  # optional secrets (mode 600), "-": may be absent
    stop_timeout_s: int = 90
    comment: str = ""  # the header: what stopping the service does
    systemd_version: int | None = None  # None: unknown, the portable fixed delay
    after: tuple[str, ...] = ("network-online.target",)
    extra_service: tuple[str, ...] = field(default=())


def _under(path: Path, roots: tuple[Path, ...]) -> bool:
    return any(path == root or root in path.parents for root in roots)


def _under_home(path: Path) -> bool:
    return _under(path, HOME_ROOTS)


def _quote(arg: str) -> str:
    """systemd's ExecStart quoting: double quotes, backslash escapes, `%` doubled."""
    if re.fullmatch(r"[A-Za-z0-9_./:=@+-]+", arg):
        return arg.replace("%", "%%")
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return f'"{escaped}"'


def _restart_lines(version: int | None) -> list[str]:
    lines = ["Restart=on-failure", "RestartSec=5"]
    if version is not None and version >= RESTART_STEPS_SINCE:
        return [*lines, "RestartSteps=6", "RestartMaxDelaySec=300"]  # 5 s .. 5 min
    return [
        *lines,
        f"# Back-off: systemd {version or '(unknown)'} has no RestartSteps (systemd "
        f"{RESTART_STEPS_SINCE}+): a fixed 5 s; StartLimit* in [Unit] end a crash loop.",
    ]


def _home_lines(spec: UnitSpec) -> list[str]:
    homes = [p for p in (*spec.writable, spec.working_dir) if _under_home(p)]
    programs = [p for p in spec.program_paths if _under_home(p)]
    if not homes and not programs:
        return ["ProtectHome=yes"]
    lines = ["# An empty /home, but for the folders this service needs:", "ProtectHome=tmpfs"]
    lines += [f"BindPaths={_quote(str(p))}" for p in dict.fromkeys(homes)]
    lines += [f"BindReadOnlyPaths={_quote(str(p))}" for p in dict.fromkeys(programs)]
    return lines


def _tmp_lines(spec: UnitSpec) -> list[str]:
    if any(_under(p, TMP_ROOTS) for p in (*spec.writable, spec.working_dir)):
        return ["# No PrivateTmp: this service's folders are under /tmp.", "PrivateTmp=no"]
    return ["PrivateTmp=yes"]


HARDENING = (
    "NoNewPrivileges=yes",
    "ProtectSystem=strict",
    "ProtectKernelTunables=yes",
    "ProtectKernelModules=yes",
    "ProtectKernelLogs=yes",
    "ProtectControlGroups=yes",
    "ProtectClock=yes",
    "ProtectHostname=yes",
    "RestrictSUIDSGID=yes",
    "RestrictRealtime=yes",
    "RestrictNamespaces=yes",
    "LockPersonality=yes",
    "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
    "SystemCallArchitectures=native",
    "SystemCallFilter=@system-service",
    "CapabilityBoundingSet=",
    "AmbientCapabilities=",
    "UMask=0077",
)


def render(spec: UnitSpec) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = [f"# {spec.name}.service, written by printfarm on {when}."]
    header += [f"# {line}" if line else "#" for line in spec.comment.splitlines()]
    after = " ".join(spec.after)
    unit = ["[Unit]", f"Description={spec.description}", f"After={after}", f"Wants={after}",
            "StartLimitIntervalSec=600", "StartLimitBurst=20"]  # fmt: skip
    service = [
        "[Service]",
        "Type=simple",
        f"User={spec.user}",
        *([f"Group={spec.group}"] if spec.group else []),
        *(
            [f"SupplementaryGroups={' '.join(spec.supplementary_groups)}"]
            if spec.supplementary_groups
            else []
        ),
        f"WorkingDirectory={_quote(str(spec.working_dir))}",
        *([f"EnvironmentFile=-{spec.environment_file}"] if spec.environment_file else []),
        "Environment=PYTHONUNBUFFERED=1",
        f"ExecStart={' '.join(_quote(a) for a in spec.exec_start)}",
        *_restart_lines(spec.systemd_version),
        "KillSignal=SIGTERM",
        f"TimeoutStopSec={spec.stop_timeout_s}",
        *spec.extra_service,
        "",
        "# Hardening",
        *HARDENING,
        *[f"ReadWritePaths={_quote(str(p))}" for p in dict.fromkeys(spec.writable)],
        *_home_lines(spec),
        *_tmp_lines(spec),
    ]
    install = ["[Install]", "WantedBy=multi-user.target"]
    return "\n".join([*header, "", *unit, "", *service, "", *install]) + "\n"


def systemd_version() -> int | None:
    """The running systemd's version (`systemctl --version`), or None."""
    tool = shutil.which("systemctl")
    if tool is None:
        return None
    try:
        done = subprocess.run([tool, "--version"], capture_output=True, text=True,
                              timeout=10, check=False)  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.match(r"systemd (\d+)", done.stdout)
    return int(found.group(1)) if found else None


def install(spec: UnitSpec, unit_dir: Path, *, enable: bool, force: bool) -> Path:
    """Write the unit; with `enable`, daemon-reload and enable --now. Returns its path."""
    path = unit_dir / f"{spec.name}.service"
    if path.exists() and not force:
        raise ServiceInstallError(f"{path} already exists: pass --force to replace it")
    try:
        unit_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(render(spec), encoding="utf-8")
        tmp.chmod(0o644)
        tmp.replace(path)
    except OSError as e:
        raise ServiceInstallError(f"cannot write {path}: {e.strerror} (run with sudo?)") from e
    if enable:
        _systemctl("daemon-reload")
        _systemctl("enable", "--now", path.name)
    return path


def _systemctl(*args: str) -> None:
    tool = shutil.which("systemctl")
    if tool is None:
        raise ServiceInstallError("systemctl not found: is this a systemd system?")
    done = subprocess.run([tool, *args], capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        command = shlex.join(["systemctl", *args])
        raise ServiceInstallError(f"{command} failed: {(done.stderr or done.stdout).strip()}")
