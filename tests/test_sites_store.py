"""Sites in the store, on SQLite and PostgreSQL: add, read, update, move, remove."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from coordinator.sites import (
    Circuit,
    Placement,
    Site,
    SiteExistsError,
    SiteFields,
    SiteNotFoundError,
    SiteStore,
    TimeRange,
    Weekday,
)
from coordinator.store import Store


def site(site_id: str, **extra: object) -> Site:
    fields: dict[str, object] = {
        "id": site_id,
        "name": site_id.title(),
        "organisation": "Makers eG",
        "latitude": 48.1,
        "longitude": 11.6,
        "timezone": "Europe/Berlin",
        "hours": {Weekday.MON: (TimeRange(start="08:00", end="12:00"),)},
        "circuits": (Circuit(id="main", watts=1000),),
        **extra,
    }
    return Site.model_validate(fields)


def test_sites_round_trip_and_update(store_url: str) -> None:
    store = Store(store_url)
    sites = SiteStore(store)
    added = sites.add(site("munich", printers=(Placement(printer="a/p1", circuit="main"),)))
    assert sites.get("munich") == added
    assert [s.id for s in sites.list()] == ["munich"]
    with pytest.raises(SiteExistsError, match="exists already"):
        sites.add(site("munich"))

    changed = sites.update(
        "munich",
        SiteFields(circuits=(Circuit(id="main", watts=1600), Circuit(id="b", watts=500))),
        by="olga",
    )
    assert changed.circuits[0].watts == 1600
    assert changed.printers == added.printers  # untouched
    # A second store on the same database (another coordinator) reads the same.
    other = Store(store_url)
    assert SiteStore(other).get("munich") == changed
    other.close()
    store.close()


def test_an_invalid_update_changes_nothing(store_url: str) -> None:
    store = Store(store_url)
    sites = SiteStore(store)
    before = sites.add(site("munich", printers=(Placement(printer="a/p1", circuit="main"),)))
    with pytest.raises(ValidationError, match="which the site lacks"):
        sites.update("munich", SiteFields(circuits=(Circuit(id="other", watts=10),)))
    assert sites.get("munich") == before
    store.close()


def test_placing_a_printer_moves_it_and_removal_forgets(store_url: str) -> None:
    store = Store(store_url)
    sites = SiteStore(store)
    sites.add(site("munich", printers=(Placement(printer="a/p1"), Placement(printer="a/p2"))))
    sites.add(site("lyon", printers=(Placement(printer="a/p1"),)))
    assert [p.printer for p in sites.get("munich").printers] == ["a/p2"]
    sites.update("munich", SiteFields(printers=(Placement(printer="a/p1"),)))
    assert sites.get("lyon").printers == ()
    sites.remove("lyon")
    assert [s.id for s in sites.list()] == ["munich"]
    for missing in (lambda: sites.get("lyon"), lambda: sites.remove("lyon")):
        with pytest.raises(SiteNotFoundError, match="no site 'lyon'"):
            missing()
    with pytest.raises(SiteNotFoundError):
        sites.update("lyon", SiteFields(name="x"))
    store.close()
