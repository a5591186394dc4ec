"""Test data for the counter: a few households, an allocation round and an order round, parcels.

Everything goes through the services as records (`round.created`, `parcel.added`, ...), so
`verify()` replays it. Parcels start `expected` (the counter treats a handover as implied
receipt); `set_status` marks some received or damaged directly in the derived table, for the
tests that need it before the receiving service exists (those tests do not call verify()).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from pickuppoint.domain.address import parse_address
from pickuppoint.services.households import records as households
from pickuppoint.services.households.records import HouseholdData
from pickuppoint.services.parcels.records import ParcelData, add_parcels
from pickuppoint.services.rounds import records as rounds


@dataclass
class World:
    veg: str = ""  # allocation round id: one vegetable pack per household
    shop: str = ""  # order round id: supermarket orders, some to pay at pickup
    codes: dict[str, str] = field(default_factory=dict)  # name -> parcel code


def add_household(ctx, code: str, head: str, phone: str = "", members: int = 1,
                  flags: list[str] | None = None, proxies: list[dict[str, str]] | None = None) -> None:
    households.create(ctx, HouseholdData.at(parse_address(code), head=head, phone=phone,
                                            members=members, flags=flags or [],
                                            proxies=proxies or []))


def add(ctx, round_id: str, household: str | None, *, items: str = "", amount_cents: int = 0,
        payment: str = "paid", point: str = "", code: str = "", recipient: str = "") -> str:
    with ctx.write() as w:
        return add_parcels(w, [ParcelData(round_id=round_id, household_code=household, code=code,
                                          point_site=point, items=items, amount_cents=amount_cents,
                                          payment=payment, recipient=recipient)])[0]


def set_status(ctx, code: str, status: str) -> None:
    """Mark a parcel received / damaged in the derived state (stands in for receiving)."""
    with ctx.db.write_session() as s:
        s.execute(text("UPDATE parcel SET status = :s WHERE code = :c"), {"s": status, "c": code})


def record_count(ctx) -> int:
    with ctx.read() as s:
        return s.execute(text("SELECT count(*) FROM record")).scalar_one()


def community(ctx) -> World:
    """Three households; a vegetable allocation round for all; supermarket orders (one to pay
    at pickup, one prepaid, one paid on behalf); one parcel of another point."""
    add_household(ctx, "3-2-501", "张建国", "13800138001", 2, ["elderly_alone"],
                  [{"name": "李芳", "phone": "13900139002"}])
    add_household(ctx, "3-2-502", "王秀英", "13800138002", 3)
    add_household(ctx, "5-1-301", "赵磊", "13800138003", 1, ["bedridden", "no_smartphone"])
    w = World()
    w.veg = rounds.create(ctx, "第1批蔬菜包", kind="allocation", date="2026-11-23", item="蔬菜包").id
    w.shop = rounds.create(ctx, "超市订单11-23", kind="order", date="2026-11-23").id
    w.codes["veg501"] = add(ctx, w.veg, "3-2-501", items="蔬菜包")
    w.codes["veg502"] = add(ctx, w.veg, "3-2-502", items="蔬菜包")
    w.codes["veg301"] = add(ctx, w.veg, "5-1-301", items="蔬菜包")
    w.codes["rice501"] = add(ctx, w.shop, "3-2-501", code="SO20261123001", items="米面油套餐",
                             amount_cents=3990, payment="unpaid")
    w.codes["fruit502"] = add(ctx, w.shop, "3-2-502", code="SO20261123002", items="水果包",
                              amount_cents=2500, payment="paid")
    w.codes["milk301"] = add(ctx, w.shop, "5-1-301", code="SO20261123003", items="牛奶",
                             amount_cents=1800, payment="on_behalf")
    w.codes["other"] = add(ctx, w.shop, "3-2-502", code="SO20261123009", items="鸡蛋",
                           point="P02")
    return w


def queue(ctx, n: int, round_name: str = "第2批物资包") -> list[str]:
    """n more households (7-1-101 ...) with one prepaid parcel each; their codes in order."""
    rid = rounds.create(ctx, round_name, kind="order", date="2026-11-23", item="物资包").id
    homes = []
    for i in range(n):
        code = f"7-1-{101 + i}"
        add_household(ctx, code, f"住户{i + 1}", members=1 + i % 4)
        homes.append(code)
    with ctx.write() as w:
        return add_parcels(w, [ParcelData(round_id=rid, household_code=h, items="物资包",
                                          amount_cents=2000, payment="paid") for h in homes])
