"""Submit refuses moves no printer can take (1e308, inf) and travel far outside the build
volume of every printer that could take the job, before the job waits in the queue."""

from __future__ import annotations

from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from coordinator.intake.gcode import analyze_gcode
from coordinator.intake.models import Box
from coordinator.intake.travel import absurd_moves, far_outside
from coordinator.requirements import Extents, Requirements
from coordinator.service import UnprintableError
from tests.coordinator_harness import running_coordinator, sim_agent, submit_bytes
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt]

FAR_TRAVEL = b"G28\nG90\nM83\nG1 X10 Y10 E1 F1800\nG1 X5000 Y10\nG1 X20 Y20\nG1 X30 Y30 E1\n"
ABSURD = b"G28\nG90\nG1 X10 Y10 F1800\nG1 X1e308 Y10\n"
FINE = b"G28\nG90\nM83\nG1 X10 Y-3 F1800\nG1 X100 Y100 E1\nG1 X230 Y200\n"


def _travel(tmp_path: Path, data: bytes) -> Box | None:
    path = tmp_path / "part.gcode"
    path.write_bytes(data)
    return analyze_gcode(path).extents.all_moves


@pytest.mark.parametrize(
    ("data", "absurd", "far"),
    [(ABSURD, True, True), (FAR_TRAVEL, False, True), (FINE, False, False)],
)
def test_moves_are_judged_from_the_analysis(
    tmp_path: Path, data: bytes, absurd: bool, far: bool
) -> None:
    box = _travel(tmp_path, data)
    volume = Extents(x=220, y=220, z=250)
    assert (absurd_moves(box) is not None) is absurd
    assert bool(far_outside(box, volume)) is far


def test_submit_refuses_absurd_and_far_moves(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    with running_coordinator(mosquitto, tmp_path) as ops:
        # an empty fleet accepts any size, but never 1e308
        with pytest.raises(UnprintableError, match=r"part.gcode: moves reach X .*no printer"):
            submit_bytes(ops, ABSURD)
        with sim_agent(mosquitto, "agent-1", [SimPrinter("p1", volume=(220, 220, 250))]):
            wait_until(lambda: len(ops.list_printers()) == 1, 10, "the printer")
            with pytest.raises(UnprintableError, match=r"agent-1/p1: X 10\.\.5000 mm beyond"):
                submit_bytes(ops, FAR_TRAVEL)
            # a volume given by hand does not skip the check
            by_hand = Requirements(extents=Extents(x=50, y=50, z=5))
            with pytest.raises(UnprintableError, match="far outside"):
                submit_bytes(ops, FAR_TRAVEL, requirements=by_hand)
            assert len(submit_bytes(ops, FINE)) == 1
