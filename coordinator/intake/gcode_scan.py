# ruff: noqa: PLR1730  (explicit compares in the hot loop: min()/max() calls cost more)
"""The move interpreter: follows the head through a G-code file.

It keeps machine position (absolute/relative, G92 offsets, inches), extents of
extruding and of all moves, filament fed, layers, temperatures, flavour hints, and
feeds every move to the shared motion planner for the time estimate. It is fed blocks
of whole lines (see `reader.py`), so memory does not grow with the file.

`feed_block` is the entry point. Runs of plain moves (``G1 X.. Y.. E..``, nearly
every line of a sliced file) are classified and parsed on arrays (`line_table.py`)
and applied at once (`move_run.py`); comments and commands that change no motion
state are handled beside them; any other line (modes, offsets, limits, arcs, tools,
and anything unusual) is a barrier that runs, in order, through `_feed_lines`: the
line-by-line loop, with canonical ``G0``/``G1`` lines (upper or lower case) inlined and
state held in locals (attribute access per move costs a third of the time), every
other command through `commands.py`. The loop is also the reference:
``vectorised=False`` uses it for every line, and the array path must give its
results to the last bit.
"""

from __future__ import annotations

import re
from itertools import pairwise

import numpy as np

from agent.motion import MotionLimits
from coordinator.intake.batch_plan import BatchPlanner
from coordinator.intake.commands import CommandState, apply_command, apply_extended
from coordinator.intake.line_table import LineTable, read_table
from coordinator.intake.move_run import apply_run
from coordinator.intake.reader import MAX_LINE_BYTES, ReadStats, decode_lines
from coordinator.intake.slicer_meta import MetadataCollector
from coordinator.intake.thumbnails import ThumbnailCollector

INF = float("inf")
# Extents: min_x, min_y, min_z, max_x, max_y, max_z
_EMPTY = [INF, INF, INF, -INF, -INF, -INF]
# No exponents: in "G1X110E8" E is the next word (as Marlin reads it), not 110e8.
_WORD = re.compile(r"([A-Za-z])\s*([-+]?(?:\d+\.?\d*|\.\d+))?")
_LAYER_TAGS = (";LAYER_CHANGE", ";LAYER:", "; CHANGE_LAYER", "; layer ", ";LAYER ")
# Where Bambu Studio's start sequence ends: its "model printing time" is its total less
# the time of the moves before this tag (its "prepare" stage).
START_END_TAG = "; MACHINE_START_GCODE_END"
# Where the part begins: extrusions before the first of these are the start sequence's
# purge and prime lines (PrusaSlicer's at Y -2), not the part; custom G-code is not.
_PART_TAGS = (*_LAYER_TAGS, "; printing object", ";TYPE:", "; FEATURE:", ";MESH:")
_NOT_PART = (";TYPE:Custom", "; FEATURE: Custom")
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


_LOWER_MOVES = frozenset({"g0", "g1"})
_Move = tuple[float | None, float | None, float | None, float | None, float | None]


def _lower_move(line: str) -> _Move:
    """X, Y, Z, E, F of a lower-case move (None where absent), read as `parse_words`
    reads any command; F must be above zero."""
    _, params = parse_words(line)
    x, y, z, e, f = (params.get(k) for k in "XYZEF")
    if f is not None and f <= 0:
        raise ValueError(f"feedrate {f}")
    return x, y, z, e, f


class GcodeScanner:
    """Feed it decoded lines in order; read the results from its attributes."""

    def __init__(
        self, limits: MotionLimits, max_line_length: int = 96, vectorised: bool = True
    ) -> None:
        self.vectorised = vectorised  # False: every line through the loop (the reference)
        self.planner = BatchPlanner(limits)
        self.state = CommandState(planner=self.planner)
        self.max_line_length = max_line_length
        self.meta = MetadataCollector()
        self.thumbs = ThumbnailCollector(keep_data=False)
        self.lines = 0
        self.moves = 0
        self.time_s = 0.0
        self.extruding = list(_EMPTY)
        self.all_moves = list(_EMPTY)
        # While scanning, `extruding` holds the extrusions since the part began (see
        # _PART_TAGS) and `before_part` those of the start sequence; `finish` makes
        # `part` the former and `extruding` both. No tag at all: all of it is the part.
        self.part_started = False
        self.before_part = list(_EMPTY)
        self.part = list(_EMPTY)
        self.layers_by_z = 0
        # Filament fed since the loop last added it to the tool's total: the sums are
        # kept in the loop's order so both paths give the same float to the last bit.
        self.fed_open = 0.0
        # Per kind of layer tag: Bambu Studio writes two for each layer ("; CHANGE_LAYER"
        # and "; layer num/total_layer_count"), so the count is the most of one kind.
        self.tags_by_kind: dict[str, int] = {}
        self.long_lines = 0
        self.first_long_line = 0
        self.bad_lines = 0
        self.first_bad_line = ""
        self.unknown: dict[str, int] = {}
        self.extruder_on_commands = 0  # M101: the extruder runs without an E axis
        self.start_s: float | None = None  # seconds final when the start sequence ended

    @property
    def start_sequence_s(self) -> float | None:
        """Seconds of the moves before the file's start-sequence end tag, if it has one."""
        if self.start_s is None:
            return None
        return self.start_s + self.planner.before_mark_s

    def feed(self, lines: list[str], metadata: bool) -> None:
        """Interpret ``lines``; ``metadata``: comments here are header/footer facts."""
        self._feed_lines(lines, metadata)
        self.time_s += self.planner.plan_pending()
        self._write_back()

    def _write_back(self) -> None:
        self.state.filament[self.state.tool] += self.fed_open
        self.fed_open = 0.0

    def _feed_lines(  # noqa: C901 — the hot loop, kept inline for speed (locals, no calls)
        self, lines: list[str], metadata: bool
    ) -> None:
        """The line-by-line interpreter (the reference for `move_run.py`)."""
        st = self.state
        queue = self.planner.pending.append
        max_len = self.max_line_length
        ext, allm = self.extruding, self.all_moves
        time_s, moves, n, layers = self.time_s, self.moves, self.lines, self.layers_by_z
        # Mode state as locals; written back and re-read around every slow-path command.
        px, py, pz, e_pos, layer_z = st.x, st.y, st.z, st.e_pos, st.layer_z
        absolute, e_absolute, unit, feed = st.absolute, st.e_absolute, st.unit, st.feed
        off_x, off_y, off_z, retracted = st.off_x, st.off_y, st.off_z, st.retracted
        fed = self.fed_open  # new filament since the last write-back, current tool
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
            if len(line) > max_len:
                self._long_line(n)
            cmd = words[0]
            try:
                if cmd in {"G1", "G0"}:
                    x = y = z = e = None
                    for w in words[1:]:
                        k = w[0]
                        if k == "X":
                            x = float(w[1:])
                        elif k == "Y":
                            y = float(w[1:])
                        elif k == "E":
                            e = float(w[1:])
                        elif k == "Z":
                            z = float(w[1:])
                        elif k == "F":
                            f = float(w[1:])
                            if f <= 0:
                                raise ValueError(f"feedrate {f}")
                            feed = f * st.feed_scale
                elif cmd in _LOWER_MOVES:  # as the array path takes it, not a command
                    x, y, z, e, lower_f = _lower_move(line)
                    if lower_f is not None:
                        feed = lower_f * st.feed_scale
                else:
                    st.x, st.y, st.z, st.e_pos, st.layer_z = px, py, pz, e_pos, layer_z
                    st.feed, st.retracted = feed, retracted
                    st.filament[st.tool] += fed
                    fed = self.fed_open = 0.0
                    self.time_s, self.moves, self.lines, self.layers_by_z = time_s, moves, n, layers
                    self._other(line, n)
                    time_s, moves, layers = self.time_s, self.moves, self.layers_by_z
                    px, py, pz, e_pos, layer_z = st.x, st.y, st.z, st.e_pos, st.layer_z
                    absolute, e_absolute, unit, feed = st.absolute, st.e_absolute, st.unit, st.feed
                    off_x, off_y, off_z, retracted = st.off_x, st.off_y, st.off_z, st.retracted
                    continue
            except ValueError:
                self._bad_line(raw, n)
                continue
            if absolute:
                nx = px if x is None else x * unit + off_x
                ny = py if y is None else y * unit + off_y
                nz = pz if z is None else z * unit + off_z
            else:
                nx = px if x is None else px + x * unit
                ny = py if y is None else py + y * unit
                nz = pz if z is None else pz + z * unit
            de = 0.0
            if e is not None:
                if e_absolute:
                    de = e * unit - e_pos
                    e_pos = e * unit
                else:
                    de = e * unit
            dx, dy, dz = nx - px, ny - py, nz - pz
            if dx == 0.0 and dy == 0.0 and dz == 0.0 and de == 0.0:
                continue
            moves += 1
            if de > 0.0:
                # What refills a retraction is not new filament.
                if retracted > 0.0:
                    primed = de if de < retracted else retracted
                    retracted -= primed
                    fed += de - primed
                else:
                    fed += de
                if dx != 0.0 or dy != 0.0:
                    if nz > layer_z + 1e-6:
                        layers += 1
                        layer_z = nz
                    lo_x, hi_x = (px, nx) if px < nx else (nx, px)
                    lo_y, hi_y = (py, ny) if py < ny else (ny, py)
                    if lo_x < ext[0]:
                        ext[0] = lo_x
                    if hi_x > ext[3]:
                        ext[3] = hi_x
                    if lo_y < ext[1]:
                        ext[1] = lo_y
                    if hi_y > ext[4]:
                        ext[4] = hi_y
                    if nz < ext[2]:
                        ext[2] = nz
                    if nz > ext[5]:
                        ext[5] = nz
            elif de < 0.0:
                retracted -= de
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
            queue((dx, dy, dz, de, feed))
            px, py, pz = nx, ny, nz
        st.x, st.y, st.z, st.e_pos, st.layer_z = px, py, pz, e_pos, layer_z
        st.feed, st.retracted = feed, retracted
        self.fed_open = fed
        self.time_s, self.moves, self.lines, self.layers_by_z = time_s, moves, n, layers

    def feed_block(self, data: bytes, line_no: int, stats: ReadStats, metadata: bool) -> None:
        """Interpret a block from `reader.iter_blocks` (``line_no``: lines before it).

        Runs of simple lines go through arrays (`move_run.py`), the rest through the
        line-by-line loop; a block with bytes that are not UTF-8 or with over-long
        lines goes wholly through the loop, which notes them in ``stats``.
        """
        pieces = _pieces(data) if self.vectorised and _utf8(data) else None
        if pieces is None:
            self.feed(decode_lines(data, stats, line_no), metadata)
            return
        for start, end in pieces:
            self._feed_piece(data[start:end], metadata)
        self.time_s += self.planner.plan_pending()
        self._write_back()

    def _feed_piece(self, data: bytes, metadata: bool) -> None:
        table = read_table(data)
        base = self.lines
        walk = _Walk(self, table, data, base)
        starts, ends = table.starts, table.ends
        for i in np.flatnonzero(~table.simple & ~table.empty).tolist():
            raw = data[starts[i] : ends[i]].decode()
            if raw[0] == ";":
                if raw.startswith(START_END_TAG) or (not self.part_started and _part_begins(raw)):
                    walk.run_until(i)  # the moves before it are applied first
                self._comment(raw, base + i + 1, metadata)
            elif _is_barrier(raw):
                walk.run_until(i)
                self.lines = base + i
                self._feed_lines([raw], metadata=False)
            else:
                walk.inert.append((i, raw))
        walk.run_until(table.count)
        self.lines = base + table.count

    def _inert(self, raw: str, n: int) -> bool:
        """A command that changes no motion state (as the loop's slow path runs it);
        False when the line holds no command at all."""
        cut = raw.find(";")
        line = raw if cut < 0 else raw[:cut]
        if not line.split():
            return False
        if len(line) > self.max_line_length:
            self._long_line(n)
        try:
            self._other(line, n)
        except ValueError:
            self._bad_line(raw, n)
        return True

    def finish(self) -> None:
        self.time_s += sum(self.state.planner.flush())
        self.thumbs.finish()
        self.part = list(self.extruding)
        for i in range(3):
            self.extruding[i] = min(self.extruding[i], self.before_part[i])
            self.extruding[i + 3] = max(self.extruding[i + 3], self.before_part[i + 3])

    # --- the slow paths -------------------------------------------------------------

    @property
    def layer_tags(self) -> int:
        return max(self.tags_by_kind.values(), default=0)

    def _comment(self, raw: str, n: int, metadata: bool) -> None:
        if raw.startswith(_LAYER_TAGS):
            kind = next(tag for tag in _LAYER_TAGS if raw.startswith(tag))
            self.tags_by_kind[kind] = self.tags_by_kind.get(kind, 0) + 1
        elif raw.startswith(START_END_TAG) and self.start_s is None:
            self.start_s = self.time_s
            self.planner.mark()
        if not self.part_started and _part_begins(raw):
            self.part_started = True
            self.before_part[:] = self.extruding
            self.extruding[:] = _EMPTY  # in place: the loop holds it in a local
        if not metadata:
            return
        text = raw[1:]
        if not self.thumbs.feed(text, n):
            self.meta.feed(text)

    def _other(self, line: str, n: int) -> None:
        if apply_extended(self.state, line):
            return
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
        if cmd == "M101":
            self.extruder_on_commands += 1
        self.time_s += apply_command(self.state, cmd, params, self)

    def _unknown(self, word: str, n: int) -> None:
        word = word[:40]
        if word in self.unknown or len(self.unknown) < MAX_UNKNOWN:
            self.unknown[word] = self.unknown.get(word, 0) + 1

    def _long_line(self, n: int, count: int = 1) -> None:
        self.long_lines += count
        if not self.first_long_line or n < self.first_long_line:
            self.first_long_line = n  # the smallest: the fast path reports out of order

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


# Commands the fast path must run in order with the moves around them: they change
# positions, modes, the tool or the planner. G and T commands all count (conservative).
_MOTION_M = frozenset({"M82", "M83", "M201", "M203", "M204", "M205", "M220", "M400", "M566"})
_EXTENDED = frozenset({"SET_VELOCITY_LIMIT"})  # Klipper commands that change the planner
MIN_RUN = 16  # simple lines below which the line-by-line loop is cheaper than arrays
PIECE_BYTES = 256 * 1024


def _pieces(data: bytes) -> list[tuple[int, int]] | None:
    """Byte ranges of whole lines, about PIECE_BYTES each (the arrays of a piece grow
    with its line count: pieces keep memory bounded whatever the lines look like);
    None if a line is longer than MAX_LINE_BYTES."""
    nl = np.flatnonzero(np.frombuffer(data, np.uint8) == ord("\n"))
    if len(nl) == 0:
        return []
    if max(int(nl[0]), int(np.diff(nl).max(initial=0)) - 1) > MAX_LINE_BYTES:
        return None
    cuts = np.unique(nl[np.searchsorted(nl, np.arange(PIECE_BYTES, len(data), PIECE_BYTES))])
    bounds = [0, *(cuts[cuts < len(data) - 1] + 1).tolist(), len(data)]
    return list(pairwise(bounds))


def _utf8(data: bytes) -> bool:
    if data.isascii():
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_barrier(raw: str) -> bool:
    cut = raw.find(";")
    line = raw if cut < 0 else raw[:cut]
    words = line.split()
    if not words:
        return False
    if words[0] in {"G0", "G1"} or words[0].upper() in _EXTENDED:
        return True
    cmd, _ = parse_words(line)
    return cmd[:1] in {"G", "T"} or cmd in _MOTION_M


def _part_begins(comment: str) -> bool:
    return comment.startswith(_PART_TAGS) and not comment.startswith(_NOT_PART)


class _Walk:
    """The simple lines of a block between two barriers, and the inert commands among
    them; `run_until` applies them before the next barrier."""

    def __init__(self, scanner: GcodeScanner, table: LineTable, data: bytes, base: int) -> None:
        self.scanner, self.table, self.data, self.base = scanner, table, data, base
        self.simple = np.flatnonzero(table.simple)
        self.start = 0  # first line of the current stretch
        self.inert: list[tuple[int, str]] = []

    def run_until(self, stop: int) -> None:
        sc, table = self.scanner, self.table
        lo, hi = np.searchsorted(self.simple, (self.start, stop))
        run = self.simple[lo:hi]
        if len(run) >= MIN_RUN:
            commands = [i for i, raw in self.inert if sc._inert(raw, self.base + i + 1)]
            lengths = table.ends[run] - table.starts[run]
            long = np.flatnonzero(lengths > sc.max_line_length)
            if len(long):
                sc._long_line(self.base + int(run[long[0]]) + 1, len(long))
            # The loop adds up filament between commands (its write-back points).
            backs = np.union1d(run[table.g92_e[run]], commands)
            group = np.searchsorted(backs, run)
            apply_run(sc, table.values[:, run], table.move[run], group, len(backs))
        elif self.start < stop:
            self._loop(stop)
        self.start, self.inert = stop + 1, []

    def _loop(self, stop: int) -> None:
        """The stretch through the line-by-line loop (comments were seen already)."""
        table, a = self.table, self.start
        text = self.data[table.starts[a] : table.ends[stop - 1]].decode()
        lines = text.split("\n")
        for i in np.flatnonzero(table.comment[a:stop]).tolist():
            lines[i] = ""
        self.scanner.lines = self.base + a
        self.scanner._feed_lines(lines, metadata=False)
