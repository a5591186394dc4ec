"""Demo populate step: the demo community's rounds. An order round "4月10日 蔬菜包" from 叮咚买菜
(39.90, prepaid) with an order from about seven households in ten, as the supermarket's list
would bring them (its order numbers, addresses written the supermarket's way), and a few lines
no household fits; and a free allocation round "政府保供物资包", one pack per household.

Deterministic from the step's seeded generator; a few writes, so `pickuppoint demo` stays fast."""

from __future__ import annotations

import random

from sqlalchemy import text

from pickuppoint.services.demo.community import PopulateStep, register_step

# Data (the supplier's and the community's words), not interface text: not translated.
ORDER_ROUND = "4月10日 蔬菜包"
ALLOCATION_ROUND = "政府保供物资包"
SUPPLIER = "叮咚买菜"
COMPOUND = "白竹亭小区"
ORDER_SHARE = 0.7
STRAYS = (  # lines of the supplier's list that fit no household
    ("李明", "13312345678", "白竹亭小区3号楼501室"),
    ("赵四", "15000001234", "白竹亭社区东门岗亭"),
    ("王小红", "18912340001", "白竹亭小区15号楼1单元302"),
    ("陈晓东", "", "白竹亭9栋"),
)


def _needed(ctx) -> bool:  # noqa: ANN001 - Context
    with ctx.read() as s:
        have = s.execute(text("SELECT count(*) FROM round WHERE name IN (:a, :b)"),
                         {"a": ORDER_ROUND, "b": ALLOCATION_ROUND}).scalar_one()
        homes = s.execute(text("SELECT count(*) FROM household")).scalar_one()
    return have < 2 and homes > 0


def _written(rng: random.Random, b: str, u: str, r: str) -> str:
    """An address the way a supermarket's order form gets it typed."""
    style = rng.random()
    if u == "0":
        return f"{COMPOUND}{b}号楼{r}" if style < 0.6 else f"{b}栋{r}室"
    if style < 0.5:
        return f"{COMPOUND}{b}号楼{u}单元{r}室"
    if style < 0.75:
        return f"{b}-{u}-{r}"
    if style < 0.9:
        return f"{COMPOUND}{b}栋{u}单元{r}"
    return f"{b}幢{u}单元{r}号"


def _order_round(ctx, rng: random.Random) -> None:  # noqa: ANN001 - Context
    from pickuppoint.services.parcels import records as parcels
    from pickuppoint.services.rounds import records as rounds

    rnd = rounds.create(ctx, ORDER_ROUND, kind="order", date="2022-04-10", item="蔬菜包",
                        price_cents=3990, default_payment="prepaid", supplier=SUPPLIER)
    with ctx.read() as s:
        homes = s.execute(text(
            "SELECT code, building, unit, room, head, phone, flags FROM household WHERE active = 1 "
            "ORDER BY sort_key")).all()
    lines = []
    number = 1
    for h in homes:
        if rng.random() >= ORDER_SHARE:
            continue
        fruit = rng.random() < 0.15
        elderly = "elderly_alone" in h.flags
        payment = "on_behalf" if elderly and rng.random() < 0.5 else (
            "unpaid" if rng.random() < 0.1 else "paid")
        order_no = f"DD0410{number:06d}"
        number += 1
        lines.append(parcels.ParcelData(
            rnd.id, h.code, code=parcels.code_for_order(rnd.id, order_no), order_no=order_no,
            recipient=h.head, phone=h.phone,
            address=_written(rng, h.building, h.unit, h.room),
            items="蔬菜包+水果包" if fruit else "蔬菜包", amount_cents=6980 if fruit else 3990,
            payment=payment))
    for name, phone, address in STRAYS:
        order_no = f"DD0410{number:06d}"
        number += 1
        lines.append(parcels.ParcelData(rnd.id, None, code=parcels.code_for_order(rnd.id, order_no),
                                        order_no=order_no, recipient=name,
                                        phone=phone, address=address, items="蔬菜包",
                                        amount_cents=3990, payment="paid"))
    with ctx.write() as w:
        parcels.add_parcels(w, lines)


def _allocation_round(ctx) -> None:  # noqa: ANN001 - Context
    from pickuppoint.services.rounds import allocation
    from pickuppoint.services.rounds import records as rounds

    rnd = rounds.create(ctx, ALLOCATION_ROUND, kind="allocation", date="2022-04-12",
                        item="政府保供物资包（米、油、蔬菜）", price_cents=0, default_payment="free",
                        supplier="区保供专班")
    allocation.allocate(ctx, rnd.id)


def _run(ctx, rng: random.Random) -> None:  # noqa: ANN001 - Context
    from pickuppoint.services.rounds import records as rounds

    with ctx.read() as s:
        have_order = rounds.find(s, ORDER_ROUND) is not None
        have_allocation = rounds.find(s, ALLOCATION_ROUND) is not None
    if not have_order:
        _order_round(ctx, rng)
    if not have_allocation:
        _allocation_round(ctx)


register_step(PopulateStep("rounds", _needed, _run))
