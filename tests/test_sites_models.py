"""Sites: validation, opening hours in the site's timezone (DST included), circuits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from coordinator.sites import Circuit, Placement, Site, SiteFields, TimeRange, Weekday

WEEKDAYS_9_TO_5 = {
    day: (TimeRange(start="09:00", end="17:00"),)
    for day in (Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI)
}


def berlin(**extra: object) -> Site:
    fields: dict[str, object] = {
        "id": "berlin",
        "name": "Berlin",
        "latitude": 52.52,
        "longitude": 13.40,
        "timezone": "Europe/Berlin",
        "hours": WEEKDAYS_9_TO_5,
        **extra,
    }
    return Site.model_validate(fields)


def utc(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_open_in_local_time_not_utc() -> None:
    site = berlin()
    # Monday 2026-01-05: 08:30 UTC is 09:30 CET (open); 16:30 UTC is 17:30 CET (closed).
    assert site.is_open(utc(2026, 1, 5, 8, 30))
    assert not site.is_open(utc(2026, 1, 5, 7, 59))
    assert not site.is_open(utc(2026, 1, 5, 16, 30))
    assert site.is_open(utc(2026, 1, 5, 15, 59))


def test_next_open_over_a_weekend() -> None:
    site = berlin()
    friday_evening = utc(2026, 1, 9, 18, 0)
    assert site.next_open(friday_evening) == utc(2026, 1, 12, 8, 0)  # Monday 09:00 CET
    now_open = utc(2026, 1, 12, 10, 0)
    assert site.next_open(now_open) == now_open


def test_dst_moves_the_utc_opening_by_an_hour() -> None:
    site = berlin()
    # Europe/Berlin goes to CEST on Sunday 2026-03-29: Friday opens 08:00 UTC, Monday 07:00.
    assert site.next_open(utc(2026, 3, 27, 6, 0)) == utc(2026, 3, 27, 8, 0)
    assert site.next_open(utc(2026, 3, 27, 17, 0)) == utc(2026, 3, 30, 7, 0)
    assert site.is_open(utc(2026, 3, 30, 7, 30))
    assert not site.is_open(utc(2026, 3, 27, 7, 30))
    # And back to CET on 2026-10-25.
    assert site.next_open(utc(2026, 10, 23, 16, 0)) == utc(2026, 10, 26, 8, 0)


def test_an_opening_skipped_by_spring_forward_opens_after_the_gap() -> None:
    # 02:00-04:00 on Sunday 2026-03-29 in Berlin: 02:00-03:00 does not exist that night.
    site = berlin(hours={Weekday.SUN: (TimeRange(start="02:00", end="04:00"),)})
    opens = site.next_open(utc(2026, 3, 28, 23, 0))
    assert opens == utc(2026, 3, 29, 1, 0)  # 03:00 CEST
    assert site.is_open(opens)
    assert not site.is_open(opens - timedelta(minutes=1))


def test_a_range_to_midnight_and_no_hours_at_all() -> None:
    late = berlin(hours={Weekday.SAT: (TimeRange(start="20:00", end="24:00"),)})
    assert late.is_open(utc(2026, 1, 10, 22, 59))  # Saturday 23:59 CET
    assert not late.is_open(utc(2026, 1, 10, 23, 0))  # Sunday 00:00 CET
    always = berlin(hours={})
    assert always.is_open(utc(2026, 1, 11, 3, 0))
    assert always.next_open(utc(2026, 1, 11, 3, 0)) == utc(2026, 1, 11, 3, 0)


def test_an_opening_lost_in_the_dst_gap_is_found_a_week_later() -> None:
    # 02:00-02:30 on Sunday 2026-03-29 in Berlin does not exist: the next is 2026-04-05.
    site = berlin(hours={Weekday.SUN: (TimeRange(start="02:00", end="02:30"),)})
    assert site.next_open(utc(2026, 3, 28, 12, 0)) == utc(2026, 4, 5, 0, 0)  # next Sunday


def test_naive_instants_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        berlin().is_open(datetime(2026, 1, 5, 9, 0))


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"timezone": "Mars/Olympus"}, "unknown timezone 'Mars/Olympus'"),
        ({"timezone": "../../etc/passwd"}, "unknown timezone"),
        ({"latitude": 91}, "less than or equal to 90"),
        ({"longitude": -180.5}, "greater than or equal to -180"),
        ({"latitude": float("nan")}, "finite number"),
        ({"id": "has space"}, "should match pattern"),
        ({"hours": {"mon": [{"start": "18:00", "end": "09:00"}]}}, "ends before it starts"),
        ({"hours": {"mon": [{"start": "9am", "end": "17:00"}]}}, "is not HH:MM"),
        ({"hours": {"mon": [{"start": "09:00", "end": "24:30"}]}}, "is after 24:00"),
        ({"hours": {"funday": []}}, "Input should be 'mon'"),
        (
            {
                "hours": {
                    "mon": [{"start": "09:00", "end": "12:00"}, {"start": "11:00", "end": "13:00"}]
                }
            },
            "overlap",
        ),
        ({"circuits": [{"id": "a", "watts": 1000}, {"id": "a", "watts": 500}]}, "unique"),
        ({"circuits": [{"id": "a", "watts": 0}]}, "greater than 0"),
        ({"printers": [{"printer": "ag/p1", "circuit": "nope"}]}, "which the site lacks"),
        ({"printers": [{"printer": "no-slash"}]}, "should match pattern"),
        ({"colour": "red"}, "Extra inputs are not permitted"),
    ],
)
def test_invalid_sites_say_what_is_wrong(extra: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        berlin(**extra)


def test_circuits_and_placements() -> None:
    site = berlin(
        circuits=[Circuit(id="wall", watts=1000), Circuit(id="bench", watts=500)],
        printers=[Placement(printer="ag/p2", circuit="bench"), Placement(printer="ag/p3")],
    )
    assert site.circuit_of("ag/p2") == "bench"
    assert site.circuit_of("ag/p3") == "wall"  # placed, no circuit: the first one
    assert site.circuit_of("ag/p9") == "wall"  # on the wire tag only
    assert berlin().circuit_of("ag/p1") is None


def test_an_update_is_validated_as_a_whole() -> None:
    site = berlin(circuits=[Circuit(id="wall", watts=1000)])
    changed = site.updated(SiteFields(name="Berlin Mitte", timezone="Europe/Paris"))
    assert (changed.name, changed.timezone, changed.circuits) == (
        "Berlin Mitte", "Europe/Paris", site.circuits,
    )  # fmt: skip
    with pytest.raises(ValidationError, match="which the site lacks"):
        site.updated(SiteFields(printers=(Placement(printer="a/b", circuit="gone"),)))
    with pytest.raises(ValidationError, match="unknown timezone"):
        SiteFields(timezone="Nowhere/Town")
