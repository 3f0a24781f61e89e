"""Line framing: `N<n> <command>*<checksum>` with the RepRap XOR checksum.

The checksum is the XOR of every byte before the `*`, `N` and line number included.
`M110 N0` sent as line 0 (`N0 M110 N0*125`) makes the firmware expect line 1 next.
"""

from __future__ import annotations

RESYNC_COMMAND = "M110 N0"
# "N" + up to 7 digits + " " + "*" + 3 digits: what framing adds to a command.
FRAMING_OVERHEAD = 13


def checksum(data: bytes) -> int:
    """XOR of all bytes (a plain loop is the fastest pure-Python form for ~40 bytes)."""
    value = 0
    for byte in data:
        value ^= byte
    return value


def frame(number: int, command: str) -> bytes:
    """`N<number> <command>*<cs>\\n` as bytes."""
    body = f"N{number} {command}".encode()
    return b"%s*%d\n" % (body, checksum(body))


def frame_line(number: int, command: str) -> bytes:
    """The framed line without its newline (for sizing)."""
    return frame(number, command)[:-1]


def plain(command: str) -> bytes:
    """An unnumbered line, for firmwares that ignore checksums or out-of-band commands."""
    return command.encode() + b"\n"


def command_code(command: str) -> str:
    """`G28 X0` -> `G28`; `g1x5` -> `G1`. Used to spot long-running commands."""
    head = command.split(None, 1)[0].upper() if command else ""
    # A code glued to its first argument (`G28X0`): cut at the first letter after the number.
    for index in range(1, len(head)):
        if head[index].isalpha():
            return head[:index]
    return head


def validate(command: str, max_line_length: int) -> None:
    """Refuse what cannot be framed safely, with a message that says what to do."""
    if "\n" in command or "\r" in command:
        raise ValueError(
            f"G-code line contains a line break; enqueue one line at a time: {command!r}"
        )
    if not command.strip():
        raise ValueError("empty G-code line; strip blank lines and comments before enqueueing")
    length = len(command.encode()) + FRAMING_OVERHEAD
    if length > max_line_length:
        raise ValueError(
            f"G-code line too long for the firmware ({length} > {max_line_length} bytes framed): "
            f"{command[:40]!r}...; shorten it or raise the profile's max_line_length"
        )
