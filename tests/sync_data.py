"""A coordinator and enrolled points, for the sync tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import text

from pickuppoint.domain.address import parse_address
from pickuppoint.services.context import Context
from pickuppoint.services.households import records as households
from pickuppoint.services.log.digest import state_digest
from pickuppoint.services.site import init_site
from pickuppoint.services.sync import enrol


def make_hub(folder: Path, site_id: str = "HUB", name: str = "街道办") -> Context:
    ctx = Context.open(folder / f"{site_id.lower()}.sqlite3", "协调员")
    init_site(ctx, site_id, name, "coordinator")
    enrol.create_deployment(ctx)
    return ctx


def enrol_point(hub: Context, folder: Path, site_id: str, name: str) -> Context:
    made = enrol.add_point(hub, site_id, name, folder / f"{site_id}.setup")
    point = Context.open(folder / f"{site_id.lower()}.sqlite3", "志愿者")
    enrol.enrol_from_setup(point, made.path, made.code)
    return point


def add_household(ctx: Context, address: str, head: str = "张三", phone: str = "") -> None:
    addr = parse_address(address)
    households.create(ctx, households.HouseholdData.at(addr, head=head, phone=phone))


def everything(ctx: Context) -> str:
    """A digest of what an import could change: the log, derived state, sync bookkeeping."""
    h = hashlib.sha256()
    with ctx.read() as s:
        h.update(state_digest(s).encode())
        for table in ("record", "sync_point", "sync_file", "sync_held", "sync_gap_accepted", "meta"):
            for row in s.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")):
                h.update(repr(tuple(row)).encode("utf-8"))
    return h.hexdigest()
