"""Routes of spools: everyone sees each printer's loaded spool; an operator sets one
(material, colour, diameter, grams left) when loading it. See coordinator/spools/book.py
for how records, agents' configs and finished jobs combine."""

from __future__ import annotations

from fastapi import HTTPException, Request

from agent.wire.spools import FilamentSpool
from coordinator.accounts.models import Principal
from coordinator.api_app import FarmApi, http_error
from coordinator.service import Operations
from coordinator.spools.book import SpoolRecord, read_records
from coordinator.spools.views import SpoolOut


def list_spools(ops: Operations) -> list[SpoolOut]:
    """Every known spool: the store's records, then what agents report unrecorded."""
    records = read_records(ops.c.store)
    out = [SpoolOut.of(r) for r in records.values()]
    for view in ops.c.fleet.snapshot():
        reported = view.state.spool if view.state is not None else None
        if reported is not None and view.key not in records:
            out.append(SpoolOut(printer_key=view.key, spool=reported, source="agent-unrecorded"))
    return sorted(out, key=lambda s: s.printer_key)


def set_spool(ops: Operations, key: str, spool: FilamentSpool, by: str) -> SpoolOut:
    ops.get_printer(key)  # NotFoundError for a printer the farm does not know

    def on_worker() -> SpoolRecord:
        view = ops.c.fleet.get(key)
        reported = view.state.spool if view is not None and view.state is not None else None
        record = ops.c.spools.set(key, spool, by, reported)
        ops.c.request_dispatch()  # a job waiting for this spool may go now
        return record

    return SpoolOut.of(ops.c.call(on_worker))


def add_spool_routes(api: FarmApi, ops: Operations) -> None:
    @api.operation("list_spools")
    def get_spools() -> list[SpoolOut]:
        """The loaded spool of every printer that has one known."""
        return list_spools(ops)

    @api.operation("get_spool")
    def get_spool(agent: str, printer: str) -> SpoolOut:
        key = f"{agent}/{printer}"
        for spool in list_spools(ops):
            if spool.printer_key == key:
                return spool
        raise HTTPException(
            404, f"no spool known for {key} (set one: printfarm spool set {key} --material ...)"
        )

    @api.operation("set_spool")
    def put_spool(request: Request, agent: str, printer: str, body: FilamentSpool) -> SpoolOut:
        """A spool was loaded: its material, colour, diameter and the grams on it. It
        replaces what the printer's agent.toml says until that changes."""
        principal: Principal = request.state.principal
        request.state.audit_detail = body.model_dump_json()
        with http_error():
            return set_spool(ops, f"{agent}/{printer}", body, principal.username)


__all__ = ["add_spool_routes"]
