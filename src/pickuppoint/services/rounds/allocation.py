"""Allocation rounds (统一配发): a standard pack for every entitled household.

What a community expects, and what this does:
- `per="household"` (按户): one parcel per household.
- `per="member"` (按人定量): one pack per `members_per` people, rounded up, so nobody gets less
  than their share: with a pack per 2 people a household of 3 gets 2 packs, a household of 1
  gets 1. Each pack is its own parcel with its own label (`蔬菜包（1/2）`, `（2/2）`), because
  each is a bag on the floor that is checked in and handed over; together they are the
  household's one entitlement of the round.
- `flags`: only households with any of these flags (e.g. free packs for hardship households).
- Only active households of the round's points (and those of no point; at a pickup point, the
  households it serves); never a second entitlement of the same round for a household: running
  it again allocates only to the households that have no parcel in the round yet (e.g. those
  added to the roster since, or a wider flag choice).
- Order rounds are refused: their parcels come from the supplier's manifest.
- Each parcel costs the round's price and has the payment status its default payment implies
  (`rounds.PARCEL_PAYMENT`: free -> free, at_pickup -> unpaid, ...).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from pickuppoint.domain.flags import FLAGS, parse_flag, unpack_flags
from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.assign.here import household_here
from pickuppoint.services.parcels import records as parcels
from pickuppoint.services.rounds import records as rounds

PER = ("household", "member")
CHUNK = 20_000
Progress = Callable[[int, int], None]


@dataclass
class AllocationResult:
    households: int = 0  # households allocated to now
    parcels: int = 0  # parcels made now
    already: int = 0  # entitled households that already had their entitlement
    eligible: int = 0  # households entitled (with the flags, if any)
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"households": self.households, "parcels": self.parcels, "imported": self.parcels,
                "skipped": self.already, "eligible": self.eligible, "dry_run": self.dry_run}


def check_flags(flags: Sequence[str]) -> list[str]:
    """Flag identifiers from what a user typed ('hardship', '困难'); UserError for an unknown one."""
    out = []
    for f in flags:
        flag = parse_flag(f)
        if flag is None:
            raise UserError(translate("Allocation", "未知的标记“{flag}”：可用的标记有 {flags}。").format(
                flag=f, flags="、".join(FLAGS)))
        if flag not in out:
            out.append(flag)
    return out


def packs_for(members: int, per: str, members_per: int) -> int:
    if per == "household":
        return 1
    return max(1, math.ceil(max(members, 1) / members_per))


def allocate(ctx: Any, round_id: str, per: str = "household", members_per: int = 1,
             flags: Sequence[str] = (), dry_run: bool = False,
             progress: Progress | None = None) -> AllocationResult:
    if per not in PER:
        raise UserError(translate("Allocation", "配发方式“{per}”无效：只能是 household（按户）或 member（按人数）。")
                        .format(per=per))
    if per == "member" and (not isinstance(members_per, int) or members_per < 1):
        raise UserError(translate("Allocation", "每份的人数必须是正整数。"))
    wanted = set(check_flags(flags))
    result = AllocationResult(dry_run=dry_run)
    with ctx.write() as w:
        rnd = rounds.get(w.session, round_id)
        if rnd.kind != "allocation":
            raise UserError(translate(
                "Allocation", "“{name}”是订单批次：它的包裹来自供应商的订单表，不能按户配发。").format(name=rnd.name))
        # the households of the round's points (and those of no point), as this site shows them
        served = household_here("h.point_site")
        params: dict[str, Any] = {"r": rnd.id}
        if rnd.points:
            marks = ", ".join(f":pt{i}" for i in range(len(rnd.points)))
            served += f" AND h.point_site IN ('', {marks})"
            params.update({f"pt{i}": p for i, p in enumerate(rnd.points)})
        rows = w.session.execute(text(
            "SELECT h.code, h.members, h.flags, EXISTS (SELECT 1 FROM parcel p WHERE p.round_id = :r "
            f"AND p.household_code = h.code) AS has FROM household h WHERE h.active = 1 AND {served} "
            "ORDER BY h.sort_key"), params).all()
        payment = rounds.PARCEL_PAYMENT.get(rnd.default_payment, "free")
        new: list[parcels.ParcelData] = []
        entitlement = uuid.uuid4().hex[:12]  # this allocation: each household's packs share it
        for row in rows:
            if wanted and not wanted & set(unpack_flags(row.flags)):
                continue
            result.eligible += 1
            if row.has:
                result.already += 1
                continue
            k = packs_for(row.members, per, members_per)
            result.households += 1
            for i in range(1, k + 1):
                items = rnd.item if k == 1 else f"{rnd.item}（{i}/{k}）"
                new.append(parcels.ParcelData(rnd.id, row.code, items=items, amount_cents=rnd.price_cents,
                                              payment=payment, entitlement=entitlement))
        result.parcels = len(new)
        if dry_run:
            return result
        for start in range(0, len(new), CHUNK):
            parcels.add_parcels(w, new[start:start + CHUNK])
            if progress:
                progress(min(start + CHUNK, len(new)), len(new))
    return result
