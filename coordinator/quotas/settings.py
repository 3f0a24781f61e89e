"""The farm's quota settings, kept as JSON in the store's `settings` table (key "quotas"),
so every coordinator sharing the database applies the same limits, and they survive
restarts. An admin changes them with `PUT /settings/quotas` or `printfarm quotas --set`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.exc import IntegrityError

from coordinator.accounts.tables import SettingRow
from coordinator.store import Store

QUOTAS_KEY = "quotas"


class QuotaSettings(BaseModel):
    """Each limit applies to members (operators and admins are exempt); None: no limit."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_queued_jobs: int | None = Field(
        default=None, ge=0, le=1_000_000, description="jobs a member may have waiting at once"
    )
    max_print_hours_per_week: float | None = Field(
        default=None, ge=0, le=1e6, description="estimated print hours submitted in 7 days"
    )
    max_filament_g_per_month: float | None = Field(
        default=None, ge=0, le=1e9, description="estimated filament grams submitted in 30 days"
    )
    approval_over_hours: float | None = Field(
        default=None, ge=0, le=1e6, description="a longer job waits for an operator"
    )
    approval_over_filament_g: float | None = Field(
        default=None, ge=0, le=1e9, description="a heavier job waits for an operator"
    )


class QuotaSettingsError(RuntimeError):
    """The stored settings cannot be read (written by a newer version, or edited by hand)."""


def load_quotas(store: Store) -> QuotaSettings:
    """The farm's settings (no limits when none were ever set)."""
    with store.session() as s:
        row = s.get(SettingRow, QUOTAS_KEY, populate_existing=True)
        text = row.value if row is not None else None
    if text is None:
        return QuotaSettings()
    try:
        return QuotaSettings.model_validate_json(text)
    except ValidationError as e:
        raise QuotaSettingsError(
            f"the stored quota settings are not valid ({e.error_count()} errors): set them "
            "again with `printfarm quotas --set`"
        ) from e


def save_quotas(store: Store, quotas: QuotaSettings) -> QuotaSettings:
    """Replace the farm's settings (an upsert: the row may or may not exist yet)."""
    text = quotas.model_dump_json(exclude_none=True)
    try:
        _write(store, text)
    except IntegrityError:  # another coordinator made the row meanwhile: update it
        _write(store, text)
    return quotas


def _write(store: Store, text: str) -> None:
    with store.session() as s:
        row = s.get(SettingRow, QUOTAS_KEY, populate_existing=True)
        if row is None:
            s.add(SettingRow(key=QUOTAS_KEY, value=text))
        else:
            row.value = text
