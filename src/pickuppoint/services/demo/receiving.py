"""Demo populate step: the truck of the demo's first order round has come. About nine parcels in
ten are received, two of them damaged, and one parcel no list mentions is recorded as surplus,
so the receiving screen, the counter and the goods-received sheet have something to show.

Runs after the steps that make the demo's rounds (`late=True`) and does nothing while there is
no order round with parcels yet."""

from __future__ import annotations

import random

from sqlalchemy import text

from pickuppoint.services.demo.community import PopulateStep, register_step

# Data (what volunteers wrote down), not interface text: not translated.
DAMAGE_NOTES = ("外箱压扁，蔬菜有磕碰", "袋子破了，少了两个土豆")
SURPLUS_NOTE = "箱上写的地址不在本小区，已打电话告诉超市"
RECEIVED_SHARE = 0.9


def _first_order_round(ctx) -> str | None:  # noqa: ANN001 - Context
    with ctx.read() as s:
        return s.execute(text(
            "SELECT r.id FROM round r WHERE r.kind = 'order' "
            "AND EXISTS (SELECT 1 FROM parcel p WHERE p.round_id = r.id) "
            "ORDER BY r.date, r.created_hlc LIMIT 1")).scalar()


def _needed(ctx) -> bool:  # noqa: ANN001 - Context
    if _first_order_round(ctx) is None:
        return False
    with ctx.read() as s:
        return s.execute(text(
            "SELECT 1 FROM record WHERE kind IN ('parcel.received', 'parcel.surplus') LIMIT 1")).first() is None


def _run(ctx, rng: random.Random) -> None:  # noqa: ANN001 - Context
    from pickuppoint.services.receiving import records as receiving

    round_id = _first_order_round(ctx)
    if round_id is None:
        return
    with ctx.read() as s:
        rnd_date = s.execute(text("SELECT date FROM round WHERE id = :r"), {"r": round_id}).scalar() or ""
        codes = list(s.execute(text(
            "SELECT code FROM parcel WHERE round_id = :r AND status = 'expected' AND point_site = :site "
            "ORDER BY code"), {"r": round_id, "site": ctx.site.site_id}).scalars())
    arrived = [c for c in codes if rng.random() < RECEIVED_SHARE]
    damaged = set(rng.sample(arrived, k=min(len(DAMAGE_NOTES), len(arrived))))
    receiving.receive_many(ctx, round_id, [c for c in arrived if c not in damaged])
    for code, note in zip(sorted(damaged), DAMAGE_NOTES, strict=False):
        receiving.receive(ctx, round_id, code, damaged=True, note=note)
    surplus = f"YH{rnd_date.replace('-', '')}-{rng.randint(9000, 9999)}"
    receiving.receive(ctx, round_id, surplus, note=SURPLUS_NOTE)


register_step(PopulateStep("receiving", _needed, _run, late=True))
