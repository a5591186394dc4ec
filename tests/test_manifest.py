"""A supplier's manifest as supermarkets export it: every line a person could place is matched to
the right household, the rest come with suggestions, bad rows are reported by their row numbers,
and nothing is half-written."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from cli_helpers import run_cli
from conftest import FIXTURES
from pickuppoint.domain.address import parse_address
from pickuppoint.errors import UserError
from pickuppoint.services.households.roster_import import apply_import, plan_import
from pickuppoint.services.manifests.address_match import suggest
from pickuppoint.services.manifests.manifest import import_manifest, match_parcel, payment_from_text
from pickuppoint.services.rounds import records as rounds

HERE = FIXTURES / "manifest"
CSV = HERE / "manifest_gb18030.csv"
XLSX = HERE / "manifest.xlsx"

# row -> (order number, household) of every line a person could place
MATCHED = {
    3: ("DD2204100001", "3-2-501"), 4: ("DD2204100002", "3-2-502"), 5: ("DD2204100003", "3-2-601"),
    6: ("DD2204100004", "5-1-301"), 7: ("DD2204100005", "5-3-302"), 8: ("DD2204100006", "7-0-1101"),
    9: ("DD2204100007", "7-0-1102"), 10: ("DD2204100008", "12-3-1301"),
    11: ("DD2204100009", "12-3-1302"), 12: ("DD2204100010", "12-3-1401"),
    13: ("DD2204100011", "A-1-201"), 14: ("DD2204100012", "3-1-101"),
}
ERROR_ROWS = [18, 19, 20, 21]


@pytest.fixture
def community(ctx):
    apply_import(ctx, plan_import(ctx, HERE / "community.csv"))
    return rounds.create(ctx, "4月10日 蔬菜包", date="2022-04-10", item="蔬菜包", price_cents=3990,
                         supplier="叮咚买菜")


def _parcels(ctx) -> dict[str, tuple]:
    with ctx.read() as s:
        return {r.label: r for r in s.execute(text("SELECT * FROM parcel ORDER BY code"))}


def _records(ctx) -> int:
    with ctx.read() as s:
        return s.execute(text("SELECT count(*) FROM record WHERE kind LIKE 'parcel.%'")).scalar()


@pytest.mark.parametrize("path", [CSV, XLSX], ids=["gb18030-csv", "xlsx"])
def test_every_line_a_person_could_place_goes_to_the_right_household(ctx, community, path):
    result = import_manifest(ctx, community.id, path, skip_errors=True)
    assert (result.imported, result.updated, result.skipped) == (14, 0, 5)
    found = _parcels(ctx)
    for row, (order, household) in MATCHED.items():
        assert found[order].household_code == household, row
    assert found["DD2204100013"].household_code is None
    assert found["DD2204100014"].household_code is None
    assert "DD2204100015" not in found and "DD2204100018" not in found
    # amounts, payment words, full-width digits, defaults
    assert found["DD2204100002"].amount_cents == 3990 and found["DD2204100002"].payment == "paid"
    assert found["DD2204100003"].amount_cents == 6980 and found["DD2204100003"].payment == "unpaid"
    assert found["DD2204100004"].payment == "on_behalf" and found["DD2204100004"].phone == "18600186006"
    assert found["DD2204100008"].payment == "free" and found["DD2204100008"].amount_cents == 0
    assert found["DD2204100009"].phone == "138****8019"


@pytest.mark.parametrize("path", [CSV, XLSX], ids=["gb18030-csv", "xlsx"])
def test_bad_rows_are_reported_with_their_row_numbers_and_nothing_is_written(ctx, community, path):
    result = import_manifest(ctx, community.id, path)
    assert result.refused
    assert [e.row for e in result.errors] == ERROR_ROWS
    messages = {e.row: e.message for e in result.errors}
    assert "负数" in messages[18]
    assert "三十九元" in messages[19] and "不是数字" in messages[19]
    assert "DD2204100002" in messages[20] and "第 4 行" in messages[20]
    assert "微信" in messages[21]
    warnings = {w.row: w.message for w in result.warnings}
    assert "12-3-1401" in warnings[12]  # matched by its phone, and said so
    assert "第 3 行" in warnings[17]  # the line exported twice
    assert _records(ctx) == 0 and _parcels(ctx) == {}


def test_unmatched_lines_come_with_sensible_suggestions(ctx, community):
    result = import_manifest(ctx, community.id, CSV, skip_errors=True)
    by_row = {u.row: u for u in result.unmatched}
    assert sorted(by_row) == [15, 16]
    nine = [s.code for s in by_row[15].suggestions]
    assert nine[:2] == ["9-1-101", "9-2-101"]  # the same building and room in another unit
    assert by_row[15].code == f"{community.id}.DD2204100013" and by_row[15].address == "白竹亭小区9号楼3单元101室"
    assert by_row[16].suggestions == []  # the gate house is nobody's home
    with ctx.read() as s:
        assert [x.code for x in suggest(s, "白竹亭3栋2单元510", "")][:1] == ["3-2-501"]  # a swap
        assert [x.code for x in suggest(s, "", "13912349010")] == ["7-0-1101"]  # phone's last four
        assert [x.code for x in suggest(s, "某小区", "13800138022")] == ["9-2-101"]  # same phone


def test_dry_run_writes_nothing_and_reports_what_it_would_do(ctx, community):
    result = import_manifest(ctx, community.id, XLSX, skip_errors=True, dry_run=True)
    assert (result.imported, result.skipped, result.dry_run) == (14, 5, True)
    assert len(result.unmatched) == 2
    assert _records(ctx) == 0


def test_re_import_is_idempotent_and_a_changed_line_is_updated(ctx, community):
    import_manifest(ctx, community.id, CSV, skip_errors=True)
    before = _records(ctx)
    again = import_manifest(ctx, community.id, XLSX, skip_errors=True)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 14)
    assert _records(ctx) == before
    match_parcel(ctx, "DD2204100013", "9栋1单元101")  # the worker picks a suggestion
    later = import_manifest(ctx, community.id, HERE / "manifest_updated.csv")
    assert (later.imported, later.updated, later.unchanged) == (1, 1, 13)
    found = _parcels(ctx)
    assert found["DD2204100003"].items == "蔬菜包" and found["DD2204100003"].amount_cents == 3990
    assert found["DD2204100013"].household_code == "9-1-101"  # the match by hand is kept
    assert [u.address for u in later.unmatched] == ["白竹亭社区东门岗亭"]
    with ctx.read() as s:
        kinds = [r.kind for r in s.execute(text("SELECT kind FROM record WHERE kind LIKE 'parcel.%' ORDER BY seq"))]
    assert kinds.count("parcel.updated") == 2 and kinds.count("parcel.added") == 15


def test_an_order_number_of_another_round_is_another_parcel(ctx, community):
    """The next round's list may use the same numbers (a group buy's 跟团号 starts again): each
    round's parcel is its own, known by the round and the number, labelled with the number."""
    import_manifest(ctx, community.id, CSV, skip_errors=True)
    other = rounds.create(ctx, "4月13日 蔬菜包", date="2022-04-13", price_cents=3990)
    result = import_manifest(ctx, other.id, HERE / "manifest_updated.csv")
    assert not result.refused and not result.errors and result.imported == 15
    with ctx.read() as s:
        rows = s.execute(text("SELECT code, round_id FROM parcel WHERE label = 'DD2204100001' "
                              "ORDER BY round_id = :r"), {"r": other.id}).all()
        assert [(r.code, r.round_id) for r in rows] == [(f"{community.id}.DD2204100001", community.id),
                                                        (f"{other.id}.DD2204100001", other.id)]
        assert s.execute(text("SELECT count(*) FROM conflict")).scalar_one() == 0


def test_lines_without_an_order_number_get_our_codes_once(ctx, community, tmp_path):
    f = tmp_path / "list.csv"
    f.write_text("房号,姓名,电话,金额\n3-2-501,张建国,13800138001,\n3栋2单元502,王芳,,\n", encoding="utf-8")
    first = import_manifest(ctx, community.id, f)
    again = import_manifest(ctx, community.id, f)
    assert (first.imported, again.imported, again.unchanged) == (2, 0, 2)
    found = _parcels(ctx)
    assert sorted(p.household_code for p in found.values()) == ["3-2-501", "3-2-502"]
    assert all(code.startswith("P01-") for code in found)
    assert all(p.amount_cents == 3990 and p.payment == "paid" for p in found.values())


def test_messy_addresses_parse_as_a_person_reads_them():
    for text_, code in [("白竹亭小区3号楼2单元501室", "3-2-501"), ("3-2-502", "3-2-502"),
                        ("五幢三单元302", "5-3-302"), ("7号楼1101", "7-0-1101"),
                        ("白竹亭小区3-2-501室", "3-2-501"), ("3号楼2单元5楼501", "3-2-501"),
                        ("白竹亭小区3号楼2单元501室（放门口）", "3-2-501"), ("白竹亭7-1101", "7-0-1101")]:
        assert parse_address(text_).code == code, text_
    assert [payment_from_text(w) for w in ("已付", "未付", "代付", "免费", "Paid", "on behalf", "微信")] == [
        "paid", "unpaid", "on_behalf", "free", "paid", "on_behalf", None]


def test_matching_by_hand_refuses_an_unknown_household(ctx, community):
    import_manifest(ctx, community.id, CSV, skip_errors=True)
    with pytest.raises(UserError, match="没有住户"):
        match_parcel(ctx, "DD2204100014", "99-9-999")


def test_cli_import_json_keys_and_exit_codes(capsys, ctx, community, db_path):
    args = ["--db", db_path, "parcels", "import", community.name, CSV, "--json"]
    refused = run_cli(capsys, *args)
    assert refused.code == 1 and "--skip-errors" in refused.err
    data = refused.json()
    assert {"imported", "updated", "skipped", "errors", "warnings", "unmatched"} <= set(data)
    assert [e["row"] for e in data["errors"]] == ERROR_ROWS
    dry = run_cli(capsys, *args, "--skip-errors", "--dry-run")
    assert dry.code == 0 and dry.json()["imported"] == 14 and _records(ctx) == 0
    done = run_cli(capsys, *args, "--skip-errors")
    assert done.code == 0 and done.json()["imported"] == 14
    unmatched = done.json()["unmatched"]
    assert [u["row"] for u in unmatched] == [15, 16]
    assert unmatched[0]["suggestions"][0]["code"] == "9-1-101"
    matched = run_cli(capsys, "--db", db_path, "parcels", "match", "DD2204100013", "9-2-101")
    assert matched.code == 0 and _parcels(ctx)["DD2204100013"].household_code == "9-2-101"
    missing = run_cli(capsys, "--db", db_path, "parcels", "import", "第九批", CSV)
    assert missing.code == 1 and "第九批" in missing.err
    human = run_cli(capsys, "--db", db_path, "parcels", "import", community.name, XLSX, "--skip-errors")
    assert human.code == 0 and "未变 14 件" in human.out and "第 16 行：白竹亭社区东门岗亭" in human.out


def test_two_orders_of_one_household_without_order_numbers_stay_two_and_re_import_changes_nothing(
        ctx, community, tmp_path):
    f = tmp_path / "no_order.csv"
    f.write_text("收货人,手机号,收货地址,商品名称,应付金额,支付状态\n"
                 "张建国,13800138001,3栋2单元501,蔬菜包,39.90,已付\n"
                 "张建国,13800138001,3栋2单元501,蔬菜包,59.90,未付\n", encoding="utf-8")
    first = import_manifest(ctx, community.id, f)
    before = _records(ctx)
    again = import_manifest(ctx, community.id, f)
    third = import_manifest(ctx, community.id, f)
    assert first.imported == 2 and (again.updated, again.unchanged) == (0, 2) and third.updated == 0
    assert _records(ctx) == before
    assert sorted((p.amount_cents, p.payment) for p in _parcels(ctx).values()) == [
        (3990, "paid"), (5990, "unpaid")]


@pytest.mark.parametrize(("amount", "says"), [
    ('"39,90"', "不是数字"),  # a decimal comma is never read as 3990 yuan
    ("99999999999999999999", "太大"),
    ('"1,000,000,000,000,000,000"', "太大"),
])
def test_amounts_that_cannot_be_right_are_row_errors(ctx, community, tmp_path, amount, says):
    f = tmp_path / "amounts.csv"
    f.write_text(f"订单号,收货人,收货地址,应付金额\nDD1,张建国,3-2-501,{amount}\n", encoding="utf-8")
    before = _records(ctx)
    result = import_manifest(ctx, community.id, f)
    assert result.refused and says in result.errors[0].message and result.errors[0].row == 2
    assert _records(ctx) == before


def test_thousands_separators_are_read():
    from pickuppoint.money import parse_yuan

    assert parse_yuan("1,234.50") == 123450 and parse_yuan("¥39.90") == 3990
    with pytest.raises(ValueError):
        parse_yuan("39,90")


def test_with_a_price_and_a_total_the_amount_is_the_total(ctx, community, tmp_path):
    f = tmp_path / "totals.csv"
    f.write_text("订单号,收货人,收货地址,价格,数量,总价\nDD1,张建国,3-2-501,39.90,2,79.80\n", encoding="utf-8")
    result = import_manifest(ctx, community.id, f)
    assert result.imported == 1 and [p.amount_cents for p in _parcels(ctx).values()] == [7980]
