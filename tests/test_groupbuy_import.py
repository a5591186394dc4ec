"""Group-buy exports as a community worker holds them (tests/fixtures/groupbuy, made by
make_exports.py): the orders sheet of a workbook is found among its summaries, every row is in its
order, the amounts sum to the export's own total, refunded lines are shown and not charged, no
parcel goes to a wrong household, and importing the same export twice changes nothing."""

from __future__ import annotations

import csv
from collections import defaultdict

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from cli_helpers import run_cli
from conftest import FIXTURES
from pickuppoint.money import parse_yuan
from pickuppoint.services.households.roster_import import apply_import, plan_import
from pickuppoint.services.manifests.manifest import import_manifest, plan_manifest, read_manifest
from pickuppoint.services.rounds import records as rounds

HERE = FIXTURES / "groupbuy"
XLSX = HERE / "kuaituantuan.xlsx"
JIELONG = HERE / "jielong.csv"


def truth(name: str) -> list[dict[str, str]]:
    with (HERE / "truth.csv").open(encoding="utf-8") as f:
        return [x for x in csv.DictReader(f) if x["file"] == name]


def export_total(path) -> int:
    """The export's own total: its 合计 row's 实付 less its refunds, as the supplier wrote it."""
    wb = load_workbook(path, read_only=True)
    try:
        rows = list(wb["订单明细"].iter_rows(values_only=True))
    finally:
        wb.close()
    header = rows[1]
    footer = next(r for r in rows if r[0] == "合计")
    return parse_yuan(str(footer[header.index("实付")])) - parse_yuan(str(footer[header.index("退款金额")]))


@pytest.fixture
def round_id(ctx):
    apply_import(ctx, plan_import(ctx, FIXTURES / "addresses" / "roster.csv"))
    return rounds.create(ctx, "4月10日 团购", date="2022-04-10", item="团购商品", supplier="快团团").id


def _parcels(ctx) -> dict[str, object]:
    with ctx.read() as s:
        return {r.order_no: r for r in s.execute(text("SELECT * FROM parcel"))}


def _state(ctx) -> tuple:
    with ctx.read() as s:
        return (s.execute(text("SELECT count(*) FROM record")).scalar(),
                s.execute(text("SELECT * FROM parcel ORDER BY code")).all())


def test_the_orders_sheet_is_found_among_the_summaries_and_its_columns_mapped():
    m = read_manifest(XLSX)
    assert m.table.sheet == "订单明细" and m.table.sheets[0] == "商品汇总表"
    named = {m.headers[i]: f for i, f in m.mapping.items()}
    assert named["跟团号"] == "order_no" and named["详细地址"] == "address"
    assert named["商品金额"] == "line_amount" and named["实付"] == "amount"
    assert named["退款金额"] == "refund" and named["退款状态"] == "status"
    assert named["运费"] == "shipping" and named["优惠"] == "discount"


def test_one_parcel_per_order_with_every_row_in_it_and_the_exports_total(ctx, round_id):
    result = import_manifest(ctx, round_id, XLSX)
    orders = truth("kuaituantuan.xlsx")
    assert not result.errors and result.orders == len(orders) and result.imported == len(orders)
    assert result.amount_cents == export_total(XLSX)
    found = _parcels(ctx)
    for o in orders:
        p = found[o["order"]]
        assert p.amount_cents == int(o["fen"]), o
        assert len(p.items.split("；")) == int(o["lines"]), (o, p.items)  # every row in its order
        assert p.items.count("已退款") == int(o["refunded"])
        assert p.household_code == (o["household"] or None), o  # never a wrong household
    refunded = [w for w in result.warnings if "已退款" in w.message]
    assert len(refunded) == sum(int(o["refunded"]) for o in orders) > 0


def test_one_parcel_per_line_sums_to_the_same_total_and_skips_refunded_lines(ctx, round_id):
    result = import_manifest(ctx, round_id, XLSX, per="line")
    orders = truth("kuaituantuan.xlsx")
    assert not result.errors
    assert result.imported == sum(int(o["lines"]) - int(o["refunded"]) for o in orders)
    assert result.amount_cents == export_total(XLSX)
    by_order: dict[str, int] = defaultdict(int)
    for p in _parcels(ctx).values():
        by_order[p.order_no.rsplit("-", 1)[0]] += p.amount_cents
    assert {o["order"]: int(o["fen"]) for o in orders} == dict(by_order)


@pytest.mark.parametrize("per", ["order", "line"])
def test_importing_the_same_export_twice_changes_nothing(ctx, round_id, per):
    import_manifest(ctx, round_id, XLSX, per=per)
    before = _state(ctx)
    again = import_manifest(ctx, round_id, XLSX, per=per)
    assert (again.imported, again.updated) == (0, 0) and again.unchanged > 0
    assert _state(ctx) == before


def test_one_amount_column_filled_on_every_row_is_each_lines_amount(ctx, round_id):
    """群接龙: '金额' on every product row; summed per order, not taken once."""
    result = import_manifest(ctx, round_id, JIELONG)
    orders = truth("jielong.csv")
    assert not result.errors and result.imported == len(orders)
    with JIELONG.open(encoding="utf-8-sig") as f:
        footer = next(r for r in csv.reader(f) if r[0] == "合计")
    assert result.amount_cents == parse_yuan(footer[6])
    found = _parcels(ctx)
    assert {o["order"]: int(o["fen"]) for o in orders} == {k: found[k].amount_cents for k in found}


def test_a_continuation_row_naming_someone_else_is_an_error(ctx, round_id, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("订单号,收货人,电话,地址,商品,商品金额\n"
                    "A1001,张三,13910000000,1栋1单元101,大米,39.90\n"
                    "A1001,,,,鸡蛋,25.80\n"
                    "A1001,李四,13910000001,1栋1单元102,牛奶,52.00\n", encoding="utf-8")
    plan = plan_manifest(ctx, round_id, read_manifest(path))
    assert [e.row for e in plan.errors] == [4] and "同一订单只能送到一户" in plan.errors[0].message
    assert plan.lines[0].items == "大米；鸡蛋" and plan.lines[0].amount_cents == 6570


def test_cli_per_line_and_the_sheet_it_chose(capsys, ctx, round_id, db_path):
    done = run_cli(capsys, "--db", db_path, "parcels", "import", "4月10日 团购", str(XLSX), "--per", "line",
                   "--dry-run")
    assert done.code == 0
    assert "订单明细" in done.out and "商品汇总表" in done.out and "每行商品一件" in done.out
    data = run_cli(capsys, "--db", db_path, "parcels", "import", "4月10日 团购", str(XLSX), "--json").json()
    assert {"imported", "updated", "skipped", "errors", "warnings", "unmatched"} <= set(data)
    assert data["sheet"] == "订单明细" and data["per"] == "order"
    assert [u["address"] for u in data["unmatched"]] == ["紫龙小区东门岗亭", "紫龙小区3栋501"]
    assert data["unmatched"][1]["suggestions"][0]["code"] == "3-1-501"
    bad = run_cli(capsys, "--db", db_path, "parcels", "import", "4月10日 团购", str(XLSX), "--per", "box")
    assert bad.code == 2


def test_an_order_refunded_after_its_import_is_pointed_out(ctx, round_id, tmp_path):
    path = tmp_path / "orders.csv"
    head = "订单号,收货人,电话,地址,商品,商品金额,退款状态\n"
    path.write_text(head + "B2001,张三,13910000000,1栋1单元101,大米,39.90,\n"
                    "B2002,李四,13910000001,1栋1单元102,牛奶,52.00,\n", encoding="utf-8")
    assert import_manifest(ctx, round_id, path).imported == 2
    path.write_text(head + "B2001,张三,13910000000,1栋1单元101,大米,39.90,\n"
                    "B2002,李四,13910000001,1栋1单元102,牛奶,52.00,已退款\n", encoding="utf-8")
    again = import_manifest(ctx, round_id, path)
    assert (again.imported, again.updated) == (0, 0)
    assert any(w.row == 3 and "B2002" in w.message and "取消" in w.message for w in again.warnings)


def test_an_export_imported_per_order_is_not_imported_again_per_line(ctx, round_id):
    """Two bags for one order would be handed out twice: the second way is refused."""
    import_manifest(ctx, round_id, XLSX)
    before = _state(ctx)
    again = import_manifest(ctx, round_id, XLSX, per="line")
    multi = [o for o in truth("kuaituantuan.xlsx") if int(o["lines"]) > 1]
    assert again.refused and len(again.errors) == len(multi) and "--per order" in again.errors[0].message
    assert _state(ctx) == before


def test_a_line_refunded_after_its_parcel_was_imported_per_line_is_pointed_out(ctx, round_id, tmp_path):
    path = tmp_path / "orders.csv"
    head = "订单号,收货人,电话,地址,商品,商品金额,退款状态\n"
    rows = ["C3001,张三,13910000000,1栋1单元101,大米,39.90,", "C3001,,,,鸡蛋,25.80,"]
    path.write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
    assert import_manifest(ctx, round_id, path, per="line").imported == 2
    path.write_text(head + rows[0] + "\n" + rows[1] + "已退款\n", encoding="utf-8")
    again = import_manifest(ctx, round_id, path, per="line")
    assert any("C3001-2" in w.message and "取消" in w.message for w in again.warnings)


def test_per_line_the_parcels_of_an_unmatched_order_are_one_line_to_settle(ctx, round_id):
    result = import_manifest(ctx, round_id, XLSX, per="line")
    by_row = {u.row: u for u in result.unmatched}
    orders = {o["order"]: o for o in truth("kuaituantuan.xlsx") if not o["household"]}
    assert len(result.unmatched) == len(orders)
    for o in orders.values():
        rows = [int(r) for r in o["rows"].split()]
        rows = rows[:len(rows) - int(o["refunded"])]  # the refunded line (the last) has no parcel
        u = by_row[rows[0]]
        assert [u.row, *u.more_rows] == rows and len(set(u.codes)) == len(rows) and all(u.codes)


def test_the_same_product_continuing_two_orders_is_in_both(ctx, round_id, tmp_path):
    """Continuation rows name neither order nor recipient: two alike are no repeat."""
    path = tmp_path / "orders.csv"
    path.write_text("订单号,收货人,电话,地址,商品,商品金额\n"
                    "D4001,张三,13910000000,1栋1单元101,大米,39.90\n"
                    ",,,,牛奶,52.00\n"
                    "D4002,李四,13910000001,1栋1单元102,鸡蛋,25.80\n"
                    ",,,,牛奶,52.00\n", encoding="utf-8")
    result = import_manifest(ctx, round_id, path)
    assert not result.warnings and result.amount_cents == 3990 + 5200 + 2580 + 5200
    found = _parcels(ctx)
    assert found["D4001"].items == "大米；牛奶" and found["D4002"].items == "鸡蛋；牛奶"
