"""Several sites in one test: a database each, and records carried from one to another as a
file would carry them (the record table's columns and the personal rows), through `ingest`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import text

from pickuppoint.eventlog.ingest import COLUMNS, IngestResult, ingest
from pickuppoint.services.context import Context
from pickuppoint.services.log.digest import state_digest
from pickuppoint.services.site import init_site


def open_site(tmp: Path, site_id: str, name: str = "") -> Context:
    ctx = Context.open(tmp / f"{site_id}.sqlite3", f"{site_id}值班员")
    init_site(ctx, site_id, name or f"{site_id}接驳点")
    return ctx


def records_of(ctx: Context, where: str = "1 = 1") -> list[dict[str, Any]]:
    with ctx.read() as s:
        return [dict(zip(COLUMNS, r, strict=True)) for r in s.execute(text(
            f"SELECT {', '.join(COLUMNS)} FROM record WHERE {where} ORDER BY site_id, seq"))]


def personal_of(ctx: Context) -> list[dict[str, Any]]:
    with ctx.read() as s:
        return [{"record_id": r.record_id, "salt": r.salt, "fields": r.fields}
                for r in s.execute(text("SELECT record_id, salt, fields FROM personal"))]


def carry(source: Context, target: Context) -> IngestResult:
    """Everything `source` holds, into `target` (one file, one transaction)."""
    return take(target, records_of(source), personal_of(source))


def take(target: Context, records: list[dict[str, Any]],
         personal: list[dict[str, Any]] | None = None) -> IngestResult:
    with target.db.write_session() as s:
        return ingest(s, records, personal or [], registry=target.registry)


def digest(ctx: Context) -> str:
    with ctx.read() as s:
        return state_digest(s)
