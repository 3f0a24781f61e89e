"""The connect handshake: which lines open the conversation, and which profile it ends on.

Pure bookkeeping, no I/O: the session feeds it the `M115` answer and `Cap:` lines, and
once every handshake line is acknowledged asks it for the profile to adopt and the lines
that complete the setup (busy interval, temperature auto-report …).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.profiles import FirmwareProfile, detect_profile


@dataclass
class Handshake:
    auto: bool  # choose the profile from the M115 answer
    firmware_name: str = ""
    capabilities: dict[str, bool] = field(default_factory=dict)
    settled: bool = False  # the final profile has been adopted

    def restart(self) -> None:
        self.firmware_name, self.capabilities, self.settled = "", {}, False

    def opening_lines(self, profile: FirmwareProfile) -> list[str]:
        # Until the firmware is known, ask only what every firmware answers.
        lines = ["M115"] if self.auto else list(profile.gcode.handshake)
        if "M115" not in lines:
            lines.insert(0, "M115")
        # Some firmwares answer `ok` before the M115 text (Repetier, Klipper): a query
        # after it is acknowledged only once all of that text has arrived.
        lines.append(profile.gcode.query_temperature)
        return lines

    def settle(self, current: FirmwareProfile) -> tuple[FirmwareProfile, list[str]]:
        """The profile to adopt and the lines still to send; call once M115 was answered."""
        self.settled = True
        base = detect_profile(self.firmware_name, {}) if self.auto else current
        profile = base.apply_capabilities(self.capabilities)
        extra = profile.capability_gcode(self.capabilities)
        if self.auto:
            extra = [line for line in profile.gcode.handshake if line != "M115"] + extra
        return profile, extra
