"""The agent configuration the suite recommends for the printer it checked."""

from __future__ import annotations

from agent.profiles import FirmwareProfile, load_profile
from hil.checks.base import Findings
from hil.report import Suggestion


def send_window(profile: FirmwareProfile, findings: Findings) -> int:
    """Lines the agent may keep in flight without an `ok`.

    The measured depth, capped by the profile's buffer size: a flow-controlled link shows
    no loss at any burst, and the profile's BUFSIZE is then the better figure. Without a
    measurement, the profile's own default.
    """
    caps = profile.capabilities
    if findings.buffer_depth is None:
        return caps.send_window
    return max(1, min(findings.buffer_depth, caps.buffer_size))


def suggestion(profile: FirmwareProfile, findings: Findings) -> Suggestion:
    """The fitting profile (M115's, else the one used) and a send window within its buffer."""
    used = profile
    if findings.fitting_profile and findings.fitting_profile != profile.name:
        profile = load_profile(findings.fitting_profile)
    name = profile.name
    window = send_window(profile, findings)
    advanced = bool(findings.advanced_ok)
    if findings.buffer_depth is None:
        why = f"profile {profile.name}'s default window (the buffer was not measured)"
    else:
        bound = "at least " if findings.depth_is_lower_bound else ""
        why = (
            f"{bound}{findings.buffer_depth} lines accepted before the first ok, "
            f"profile buffer_size {profile.capabilities.buffer_size}"
        )
    if used.name != profile.name:
        why += f"; the firmware fits {profile.name}, not {used.name}"
    if advanced:
        why += "; ADVANCED_OK lets the agent size the window from the firmware's free slots"
    return Suggestion(profile=name, send_window=window, advanced_ok=advanced, reason=why)
