"""`M115`: the firmware's name and `Cap:` lines, compared with the chosen profile."""

from __future__ import annotations

from agent.profiles import detect
from agent.protocol import events as ev
from hil.checks.base import Check, Context, Outcome, failed, passed
from hil.report import Measurement

# M115 capability -> the profile's capabilities field that should agree with it.
CAPABILITY_FIELDS = {
    "AUTOREPORT_TEMP": "autoreport_temperature",
    "EMERGENCY_PARSER": "emergency_parser",
    "ADVANCED_OK": "advanced_ok",
}


def _differences(ctx: Context, caps: dict[str, bool]) -> list[str]:
    profile_caps = ctx.profile.capabilities
    notes = []
    for cap, field in CAPABILITY_FIELDS.items():
        expected = getattr(profile_caps, field)
        if cap in caps and caps[cap] != expected:
            notes.append(f"{cap}={int(caps[cap])} (profile {ctx.profile.name}: {int(expected)})")
    return notes


def run(ctx: Context) -> Outcome:
    events = ctx.link.command("M115", ctx.ok_timeout_s)
    infos = [e for e in events if isinstance(e, ev.FirmwareInfo)]
    caps = {e.name: e.enabled for e in events if isinstance(e, ev.Capability)}
    if not infos:
        return failed("M115 was acknowledged but no FIRMWARE_NAME line came with it")
    name = infos[0].name
    findings = ctx.findings
    findings.firmware_name, findings.capabilities = name, caps
    found = detect(name, caps)
    findings.fitting_profile = None if found.fallback else found.profile.name
    values: dict[str, Measurement] = {
        "firmware_name": name,
        "capabilities": len(caps),
        "fits": findings.fitting_profile,
    }
    if ctx.options.profile == "auto":
        # The profile adjusted to the Cap: lines, as the agent would run it.
        ctx.link.profile = found.profile
        ctx.link.restart_protocol()
        ctx.link.require_idle(ctx.ok_timeout_s, "no ok for M110 after choosing the profile")
        return passed(f"{name!r}: profile {found.profile.name} chosen ({found.reason})", **values)
    notes = _differences(ctx, caps)
    differs = f"; capabilities differ from the profile: {', '.join(notes)}" if notes else ""
    if found.fallback:
        return passed(
            f"{name!r} is not recognised by any profile; checking with {ctx.profile.name} as "
            f"asked{differs}",
            **values,
        )
    if found.profile.name != ctx.profile.name:
        findings.profile_mismatch = True
        return failed(
            f"profile mismatch: the firmware reports {name!r}, which fits profile "
            f"{found.profile.name}, not {ctx.profile.name} (use --profile {found.profile.name})",
            **values,
        )
    return passed(f"{name!r} fits profile {ctx.profile.name}{differs}", **values)


CHECK = Check("identity", "M115 firmware name and capabilities match the profile", run)
