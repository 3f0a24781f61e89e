"""Sites: workshops with a location, timezone, opening hours and power budget (issue 13).

sites = SiteStore(store)
sites.add(Site(id="lyon", name="Lyon", latitude=45.76, longitude=4.84,
               timezone="Europe/Paris", circuits=(Circuit(id="main", watts=1000),)))
sites.get("lyon").is_open(datetime.now(UTC))
"""

from coordinator.sites.models import (
    Circuit,
    OpeningHours,
    Placement,
    Site,
    SiteFields,
    TimeRange,
    Weekday,
)
from coordinator.sites.repository import SiteExistsError, SiteNotFoundError, SiteStore

__all__ = [
    "Circuit",
    "OpeningHours",
    "Placement",
    "Site",
    "SiteExistsError",
    "SiteFields",
    "SiteNotFoundError",
    "SiteStore",
    "TimeRange",
    "Weekday",
]
