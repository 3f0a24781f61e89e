"""The `leases` table: named leases that coordinators sharing a database take in turn.

One row per lease (`leader`, see coordinator/service/leader.py): who holds it, its
fencing epoch (one more with every change of holder) and when it runs out; and one
`member:<holder>` row per coordinator that does not lead, kept fresh while it runs.
"""

from __future__ import annotations

from sqlalchemy import Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.store.schema import Base


class LeaseRow(Base):
    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    epoch: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[float] = mapped_column(Float)  # wall clock of the holder
