# ruff: noqa: PLR1730  (explicit compares in the hot loop: min()/max() calls cost more)
"""The move interpreter: follows the head through a G-code file line by line.

It keeps machine position (absolute/relative, G92 offsets, inches), extents of
extruding and of all moves, filament fed, layers, temperatures, flavour hints, and
feeds every move to the shared motion planner for the time estimate. It is fed lists
of decoded lines (see `reader.py`), so memory does not grow with the file.

`feed` is the hot loop: canonical ``G0``/``G1`` lines take an inlined fast path with
state held in locals for the duration of one chunk (attribute access per move costs
a third of the time); every other command goes through `commands.py`.
"""

from __future__ import annotations

import re

from agent.motion import MotionLimits, MotionPlanner
from coordinator.intake.commands import CommandState, apply_command
from coordinator.intake.slicer_meta import MetadataCollector
from coordinator.intake.thumbnails import ThumbnailCollector

INF = float("inf")
# Extents: min_x, min_y, min_z, max_x, max_y, max_z
_EMPTY = [INF, INF, INF, -INF, -INF, -INF]
_WORD = re.compile(r"([A-Za-z])\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)?")
_LAYER_TAGS = (";LAYER_CHANGE", ";LAYER:", "; CHANGE_LAYER", "; layer ", ";LAYER ")
MAX_UNKNOWN = 20  # distinct unknown commands listed in warnings


def parse_words(text: str) -> tuple[str, dict[str, float]]:
    """Slow, general parse of one command: ``("G1", {"X": 1.0})``; tolerates
    ``G1X1Y2``, lower case, line numbers and checksums."""
    text = text.split("*", 1)[0]
    words = _WORD.findall(text)
    if words and words[0][0] in "Nn":
        words = words[1:]
    if not words:
        return "", {}
    letter, number = words[0]
    cmd = letter.upper() + (number.lstrip("+") if number else "")
    if "." in cmd and cmd[0] in "GM":  # G29.1 style subcodes keep their dot; G01 → G1
        head, _, sub = cmd.partition(".")
        cmd = f"{head[0]}{int(head[1:] or 0)}.{sub}"
    elif len(cmd) > 1 and cmd[0] in "GMT" and cmd[1:].isdigit():
        cmd = f"{cmd[0]}{int(cmd[1:])}"
    params = {k.upper(): float(v) if v else 0.0 for k, v in words[1:]}
    return cmd, params


class GcodeScanner:
    """Feed it decoded lines in order; read the results from its attributes."""

    def __init__(self, limits: MotionLimits, max_line_length: int = 96) -> None:
        self.state = CommandState(planner=MotionPlanner(limits, lookahead=64, batch=192))
        self.max_line_length = max_line_length
        self.meta = MetadataCollector()
        self.thumbs = ThumbnailCollector(keep_data=False)
        self.lines = 0
        self.moves = 0
        self.time_s = 0.0
        self.extruding = list(_EMPTY)
        self.all_moves = list(_EMPTY)
        self.layers_by_z = 0
        self.layer_tags = 0
        self.long_lines = 0
        self.first_long_line = 0
        self.bad_lines = 0
        self.first_bad_line = ""
        self.unknown: dict[str, int] = {}

    def feed(self, lines: list[str], metadata: bool) -> None:
        """Interpret ``lines``; ``metadata``: comments here are header/footer facts."""
        st = self.state
        planner_add = st.planner.add_move
        px, py, pz = st.x, st.y, st.z
        ext, allm = self.extruding, self.all_moves
        time_s, moves, n = self.time_s, self.moves, self.lines
        layer_z, layers = st.layer_z, self.layers_by_z
        for raw in lines:
            n += 1
            if not raw:
                continue
            if raw[0] == ";":
                self._comment(raw, n, metadata)
                continue
            cut = raw.find(";")
            line = raw if cut < 0 else raw[:cut]
            words = line.split()
            if not words:
                continue
            if len(line) > self.max_line_length:
                self._long_line(n)
            cmd = words[0]
            try:
                if cmd in {"G1", "G0"}:
                    x = y = z = e = f = None
                    for w in words[1:]:
                        k = w[0]
                        if k == "X":
                            x = float(w[1:])
                        elif k == "Y":
                            y = float(w[1:])
                        elif k == "Z":
                            z = float(w[1:])
                        elif k == "E":
                            e = float(w[1:])
                        elif k == "F":
                            f = float(w[1:])
                else:
                    st.x, st.y, st.z, st.layer_z = px, py, pz, layer_z
                    self.time_s, self.moves, self.lines = time_s, moves, n
                    self.layers_by_z = layers
                    self._other(line, n)
                    px, py, pz, layer_z = st.x, st.y, st.z, st.layer_z
                    time_s, moves, layers = self.time_s, self.moves, self.layers_by_z
                    continue
            except ValueError:
                self._bad_line(raw, n)
                continue
            if f is not None:
                if f <= 0:
                    self._bad_line(raw, n)
                    continue
                st.feed = f * st.feed_scale
            unit = st.unit
            if st.absolute:
                nx = px if x is None else x * unit + st.off_x
                ny = py if y is None else y * unit + st.off_y
                nz = pz if z is None else z * unit + st.off_z
            else:
                nx = px if x is None else px + x * unit
                ny = py if y is None else py + y * unit
                nz = pz if z is None else pz + z * unit
            de = 0.0
            if e is not None:
                if st.e_absolute:
                    de = e * unit - st.e_pos
                    st.e_pos = e * unit
                else:
                    de = e * unit
            dx, dy, dz = nx - px, ny - py, nz - pz
            if dx == 0.0 and dy == 0.0 and dz == 0.0 and de == 0.0:
                continue
            moves += 1
            if de > 0.0:
                st.extrude(de)
                if dx != 0.0 or dy != 0.0:
                    if nz > layer_z + 1e-6:
                        layers += 1
                        layer_z = nz
                    for v, i in ((px, 0), (py, 1), (pz, 2), (nx, 0), (ny, 1), (nz, 2)):
                        if v < ext[i]:
                            ext[i] = v
                        if v > ext[i + 3]:
                            ext[i + 3] = v
            elif de < 0.0:
                st.retract(-de)
            if nx < allm[0]:
                allm[0] = nx
            if nx > allm[3]:
                allm[3] = nx
            if ny < allm[1]:
                allm[1] = ny
            if ny > allm[4]:
                allm[4] = ny
            if nz < allm[2]:
                allm[2] = nz
            if nz > allm[5]:
                allm[5] = nz
            durations = planner_add(dx, dy, dz, de, st.feed)
            if durations:
                time_s += sum(durations)
            px, py, pz = nx, ny, nz
        st.x, st.y, st.z, st.layer_z = px, py, pz, layer_z
        self.time_s, self.moves, self.lines, self.layers_by_z = time_s, moves, n, layers

    def finish(self) -> None:
        self.time_s += sum(self.state.planner.flush())
        self.thumbs.finish()

    # --- the slow paths -------------------------------------------------------------

    def _comment(self, raw: str, n: int, metadata: bool) -> None:
        if raw.startswith(_LAYER_TAGS):
            self.layer_tags += 1
        if not metadata:
            return
        text = raw[1:]
        if not self.thumbs.feed(text, n):
            self.meta.feed(text)

    def _other(self, line: str, n: int) -> None:
        cmd, params = parse_words(line)
        if cmd == "" or cmd[0] not in "GMT" or len(cmd) < 2:
            self._unknown(line.split(maxsplit=1)[0] if line.strip() else line, n)
            return
        if cmd in ("G0", "G1"):
            # A non-canonical move (G1X1Y2, lower case, N…*cs): rewrite it and take the
            # fast path, so the move logic exists once.
            canonical = " ".join(["G1", *(f"{k}{params[k]!r}" for k in "XYZEF" if k in params)])
            self.lines -= 1
            self.feed([canonical], metadata=False)
            return
        self.time_s += apply_command(self.state, cmd, params, self)

    def _unknown(self, word: str, n: int) -> None:
        word = word[:40]
        if word in self.unknown or len(self.unknown) < MAX_UNKNOWN:
            self.unknown[word] = self.unknown.get(word, 0) + 1

    def _long_line(self, n: int) -> None:
        self.long_lines += 1
        if not self.first_long_line:
            self.first_long_line = n

    def _bad_line(self, raw: str, n: int) -> None:
        self.bad_lines += 1
        if not self.first_bad_line:
            self.first_bad_line = f"line {n}: {raw[:80]!r}"

    def add_extents(self, points: list[tuple[float, float, float]], extruding: bool) -> None:
        """Arcs and other slow-path moves report the points they pass through."""
        for x, y, z in points:
            for box in (self.all_moves, self.extruding) if extruding else (self.all_moves,):
                for i, v in enumerate((x, y, z)):
                    box[i] = min(box[i], v)
                    box[i + 3] = max(box[i + 3], v)

    def count_layer(self, z: float) -> None:
        if z > self.state.layer_z + 1e-6:
            self.layers_by_z += 1
            self.state.layer_z = z
