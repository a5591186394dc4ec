"""Test data for receiving: households in a few buildings, an order round with one parcel each,
and a second round (to scan a parcel of the wrong round)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from pickuppoint.services.demo import community as demo
from pickuppoint.services.parcels.records import ParcelData, add_parcels
from pickuppoint.services.rounds import records as rounds


@dataclass
class Truck:
    round_id: str
    round_name: str
    codes: list[str]  # the round's parcel codes, in building/unit/room order
    homes: dict[str, str]  # parcel code -> household code
    other_round: str
    other_code: str  # a parcel of the other round


def truck(ctx, n: int, name: str = "4月10日 蔬菜包", supplier: str = "永辉超市") -> Truck:
    """`n` households (synthetic towers), one parcel each in an order round."""
    demo.generate_households(ctx, n, seed=7)
    with ctx.read() as s:
        homes = list(s.execute(text("SELECT code FROM household ORDER BY sort_key")).scalars())
    rnd = rounds.create(ctx, name, kind="order", date="2022-04-10", item="蔬菜包",
                        price_cents=3990, supplier=supplier)
    other = rounds.create(ctx, "4月8日 米面油", kind="allocation", date="2022-04-08", item="米面油")
    with ctx.write() as w:
        codes = add_parcels(w, [ParcelData(round_id=rnd.id, household_code=h, recipient=f"住户{i}号",
                                           items="蔬菜包") for i, h in enumerate(homes)])
        other_code = add_parcels(w, [ParcelData(round_id=other.id, household_code=homes[0])])[0]
    return Truck(rnd.id, rnd.name, codes, dict(zip(codes, homes, strict=True)), other.id, other_code)
