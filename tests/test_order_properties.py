"""Random group-buy orders written as exports write them (orders in any sequence, continuation rows
with the order number repeated or left blank, the recipient blank or copied, refunds, shipping,
discounts): every row lands in its own order, and each order's parcels (per order or per line)
charge exactly what the order says, so the parcels sum to the export's total."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from pickuppoint.services.context import Context
from pickuppoint.services.households.roster_import import apply_import, plan_import
from pickuppoint.services.manifests.manifest import plan_manifest, read_manifest
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.site import init_site

HEADER = ["跟团号", "收货人", "联系电话", "详细地址", "商品", "商品金额", "运费", "优惠", "实付", "退款金额",
          "退款状态"]
PRODUCTS = ["大米", "鸡蛋", "牛奶", "蔬菜包", "猪肉", "苹果"]


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    folder = tmp_path_factory.mktemp("orders")
    ctx = Context.open(folder / "point.sqlite3", "测试员")
    init_site(ctx, "P01", "紫龙")
    apply_import(ctx, plan_import(ctx, FIXTURES / "addresses" / "roster.csv"))
    rnd = rounds.create(ctx, "团购", item="团购商品")
    yield ctx, rnd.id, folder
    ctx.close()


line = st.tuples(st.sampled_from(PRODUCTS), st.integers(1, 9999),
                 st.sampled_from(["", "", "", "refunded", "partly"]))
# an export merges one product of one order into one row (its quantity): products differ
order = st.tuples(st.lists(line, min_size=1, max_size=4, unique_by=lambda x: x[0]),
                  st.sampled_from([0, 0, 500]), st.sampled_from([0, 0, 300]),
                  st.booleans(), st.booleans(), st.booleans())


def _export(orders: list, path) -> tuple[dict[str, int], dict[str, int], int]:
    """Write the export; (order -> fen it charges, order -> its rows, the export's total)."""
    charge, rows, total = {}, {}, 0
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for k, (lines, shipping, discount, repeat_no, copy_who, total_given) in enumerate(orders):
            no = f"T{1000 + k}"
            who = [f"团员{k}", f"139{10000000 + k:08d}", f"{k % 12 + 1}栋1单元101"]
            amounts = [fen for _p, fen, _s in lines]
            refunds = [fen if s == "refunded" else (min(100, fen) if s == "partly" else 0)
                       for _p, fen, s in lines]
            paid = max(sum(amounts) + shipping - discount, 0)  # no export shows a negative 实付
            if all(r >= fen for (_p, fen, _s), r in zip(lines, refunds, strict=True)):
                owed = 0  # every product refunded: nothing to hand over, nothing to charge
            else:
                owed = max(paid - sum(refunds), 0)
            charge[no], rows[no] = owed, len(lines)
            total += owed
            for j, ((product, fen, state), refund) in enumerate(zip(lines, refunds, strict=True)):
                first = j == 0
                w.writerow([
                    no if first or repeat_no else "",
                    *(who if first or copy_who else ["", "", ""]),
                    product, str(Decimal(fen) / 100),
                    str(Decimal(shipping) / 100) if first and shipping else "",
                    str(Decimal(discount) / 100) if first and discount else "",
                    str(Decimal(paid) / 100) if first and total_given else "",
                    str(Decimal(refund) / 100) if refund else "",
                    {"refunded": "已退款", "partly": "部分退款"}.get(state, "")])
    return charge, rows, total


@settings(max_examples=60, deadline=None)
@given(st.lists(order, min_size=1, max_size=8), st.sampled_from(["order", "line"]))
def test_every_row_in_its_order_and_every_order_charged_once(place, orders, per):
    ctx, round_id, folder = place
    path = folder / "export.csv"
    charge, rows, total = _export(orders, path)
    plan = plan_manifest(ctx, round_id, read_manifest(path), per)
    assert plan.errors == [] and plan.orders == len(orders)
    got: dict[str, int] = {}
    items: dict[str, int] = {}
    for x in plan.lines:
        no = x.order or x.order_no
        got[no] = got.get(no, 0) + x.amount_cents
        items[no] = items.get(no, 0) + len(x.items.split("；"))
    assert got == {k: v for k, v in charge.items() if k in got}
    assert sum(x.amount_cents for x in plan.lines) == total
    if per == "order":  # every row listed on its order's label, refunded ones marked
        assert items == {k: rows[k] for k in items}
