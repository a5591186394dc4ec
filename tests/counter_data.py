"""Test data for the counter: a few households, an allocation round and an order round, parcels.

Parcels are written as `parcel.added` records when the parcels service exists (so that rebuild
replays them); until then as plain rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from pickuppoint.domain.address import parse_address
from pickuppoint.services import households
from pickuppoint.services.households import HouseholdData

VEG = "R-VEG"  # allocation round: one vegetable pack per household
SHOP = "R-SHOP"  # order round: supermarket orders, some to pay at pickup


@dataclass
class World:
    codes: dict[str, str] = field(default_factory=dict)  # name -> parcel code


def add_household(ctx, code: str, head: str, phone: str = "", members: int = 1,
                  flags: list[str] | None = None, proxies: list[dict[str, str]] | None = None) -> None:
    households.create(ctx, HouseholdData.at(parse_address(code), head=head, phone=phone,
                                            members=members, flags=flags or [],
                                            proxies=proxies or []))


def add_round(ctx, round_id: str, name: str, kind: str, item: str = "", price_cents: int = 0) -> None:
    with ctx.db.write_session() as s:
        s.execute(text("INSERT INTO round (id, name, kind, date, item, price_cents, site_id) "
                       "VALUES (:id, :name, :kind, '2026-11-23', :item, :price, :site)"),
                  {"id": round_id, "name": name, "kind": kind, "item": item, "price": price_cents,
                   "site": ctx.site.site_id})


def add_parcel(ctx, code: str, round_id: str, household: str | None, *, status: str = "received",
               items: str = "", amount_cents: int = 0, payment: str = "paid", point: str = "P01",
               recipient: str = "") -> str:
    with ctx.db.write_session() as s:
        s.execute(text(
            "INSERT INTO parcel (code, round_id, household_code, point_site, items, amount_cents, "
            "payment, status, recipient) VALUES (:code, :round, :household, :point, :items, "
            ":amount, :payment, :status, :recipient)"),
            {"code": code, "round": round_id, "household": household, "point": point,
             "items": items, "amount": amount_cents, "payment": payment, "status": status,
             "recipient": recipient})
    return code


def community(ctx) -> World:
    """Three households; a vegetable round for all; two supermarket orders (one to pay)."""
    add_household(ctx, "3-2-501", "张建国", "13800138001", 2, ["elderly_alone"],
                  [{"name": "李芳", "phone": "13900139002"}])
    add_household(ctx, "3-2-502", "王秀英", "13800138002", 3)
    add_household(ctx, "5-1-301", "赵磊", "13800138003", 1, ["bedridden", "no_smartphone"])
    add_round(ctx, VEG, "第1批蔬菜包", "allocation", "蔬菜包")
    add_round(ctx, SHOP, "超市订单11-23", "order")
    w = World()
    w.codes["veg501"] = add_parcel(ctx, "P01V0001", VEG, "3-2-501", items="蔬菜包")
    w.codes["veg502"] = add_parcel(ctx, "P01V0002", VEG, "3-2-502", items="蔬菜包")
    w.codes["veg301"] = add_parcel(ctx, "P01V0003", VEG, "5-1-301", items="蔬菜包", status="expected")
    w.codes["rice501"] = add_parcel(ctx, "SO20261123001", SHOP, "3-2-501", items="米面油套餐",
                                    amount_cents=3990, payment="unpaid")
    w.codes["fruit502"] = add_parcel(ctx, "SO20261123002", SHOP, "3-2-502", items="水果包",
                                     amount_cents=2500, payment="paid")
    return w
