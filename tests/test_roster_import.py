"""Importing the messy rosters of tests/fixtures/roster (see make_fixtures.py for what each row
holds and why): the report with the file's own row numbers, all-or-nothing writes, re-imports,
updated rosters, and the command line `households import`."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from cli_helpers import run_cli, run_program
from pickuppoint.errors import UserError
from pickuppoint.eventlog.personal import data_of
from pickuppoint.services.households import records as households
from pickuppoint.services.households.roster_import import apply_import, plan_import
from pickuppoint.services.log.integrity import verify

ROSTER = Path(__file__).parent / "fixtures" / "roster"
GB_CSV = ROSTER / "roster_gb18030.csv"
XLSX = ROSTER / "roster.xlsx"
UPDATED = ROSTER / "roster_updated.csv"
BOM_CSV = ROSTER / "roster_utf8_bom.csv"
ENGLISH = ROSTER / "roster_english.csv"

# In the GB18030 CSV (title row 1, header row 2):
ERROR_ROWS = [9, 10, 11, 12, 19]  # no room, bad phone, members 0, members 若干, no building
WARNING_ROWS = [15, 17, 24]  # same address as row 3, same phone as row 16, two phones in a cell
GOOD = 16  # 22 household rows - 5 with errors - 1 duplicate


def _records(ctx) -> int:
    with ctx.read() as s:
        return s.execute(text("SELECT count(*) FROM record")).scalar_one()


def _households(ctx) -> dict[str, households.HouseholdData]:
    with ctx.read() as s:
        return {h.code: h for h in households.search(s, households.Query(), limit=10**6)}


def _rows(issues) -> list[int]:
    return [i.row for i in issues]


# --- the report -----------------------------------------------------------------------------

def test_gb18030_csv_with_a_title_row_reports_the_files_own_row_numbers(ctx):
    plan = plan_import(ctx, GB_CSV)
    assert plan.roster.table.encoding == "gb18030" and plan.roster.table.header_row == 2
    assert plan.rows == 22  # the blank row and the 合计 row below the table are no households
    assert _rows(plan.errors) == ERROR_ROWS
    assert [i.message for i in plan.errors] == [
        "没有填房号。", "电话“1380013800”是 10 位数字，手机号应为 11 位：请核对。", "人数“0”不是正整数。",
        "人数“若干”不是正整数。", "没有填楼栋。"]
    assert _rows(plan.warnings) == WARNING_ROWS
    assert "第 3 行" in plan.warnings[0].message and "3-2-501" in plan.warnings[0].message
    assert "13800138014" in plan.warnings[1].message and "第 16 行" in plan.warnings[1].message
    assert len(plan.new_rows) == GOOD and plan.updated_rows == [] and plan.unchanged_rows == []


def test_the_xlsx_gives_the_same_report_on_its_own_rows(ctx):
    plan = plan_import(ctx, XLSX)  # two title rows: everything one row further down
    assert plan.sheet == "花名册" and plan.roster.table.header_row == 3
    assert _rows(plan.errors) == [r + 1 for r in ERROR_ROWS]
    assert _rows(plan.warnings) == [r + 1 for r in WARNING_ROWS]
    assert len(plan.new_rows) == GOOD


def test_messages_come_in_the_users_language(ctx):
    from pickuppoint import i18n

    i18n.install(lambda context, source: f"[{context}] {source}", "en")
    plan = plan_import(ctx, GB_CSV)
    assert all(i.message.startswith("[Import] ") for i in plan.errors + plan.warnings)


# --- writing --------------------------------------------------------------------------------

def test_a_file_with_errors_writes_nothing_unless_they_are_skipped(ctx):
    before = _records(ctx)
    plan = plan_import(ctx, GB_CSV)
    with pytest.raises(UserError, match="5 行有错误"):
        apply_import(ctx, plan)
    assert _records(ctx) == before and _households(ctx) == {}


def test_skipping_errors_imports_the_good_rows_normalised(ctx):
    steps = []
    result = apply_import(ctx, plan_import(ctx, GB_CSV), skip_errors=True,
                          progress=lambda done, total: steps.append((done, total)))
    assert (result.imported, result.updated, result.unchanged, result.skipped) == (GOOD, 0, 0, 6)
    assert steps[-1] == (GOOD, GOOD)
    hh = _households(ctx)
    assert len(hh) == GOOD
    assert {"5-1-303", "5-2-402", "5-2-403", "7-0-1101"}.isdisjoint(hh)  # rows with errors
    first = hh["3-2-501"]  # row 3, not its duplicate on row 15
    assert (first.head, first.phone, first.members) == ("张建国", "13800138001", 1)
    assert first.flags == ["elderly_alone", "no_smartphone"]
    assert first.proxies == [{"name": "李梅", "phone": "13900139000"}]
    assert (hh["3-2-502"].head, hh["3-2-502"].phone, hh["3-2-502"].members) == ("王芳", "13900139002", 3)
    assert (hh["3-2-601"].phone, hh["3-2-601"].members) == ("13700137003", 3)  # full width
    assert hh["3-1-101"].phone == "053287654321" and hh["3-1-101"].flags == ["bedridden"]
    assert hh["3-1-102"].members == 4  # 三栋 一单元, 四
    assert hh["5-1-301"].members == 2 and hh["5-1-301"].flags == ["hardship"]  # 两人, 低保户
    assert hh["7-0-1201"].phone == "" and hh["7-0-1201"].flags == ["elderly_alone"]
    assert {"12-3-1201", "12-3-1301", "12-3-1302", "12-3-1401"} <= set(hh)  # 12栋 十二栋 12号楼 12
    assert [p["name"] for p in hh["9-1-101"].proxies] == ["许文", "许武"]
    assert hh["A-1-201"].flags == ["disabled"]
    assert verify(ctx).ok


def test_importing_the_same_file_again_changes_nothing(ctx):
    apply_import(ctx, plan_import(ctx, GB_CSV), skip_errors=True)
    before = _records(ctx)
    plan = plan_import(ctx, GB_CSV)
    assert plan.new_rows == [] and plan.updated_rows == [] and len(plan.unchanged_rows) == GOOD
    result = apply_import(ctx, plan, skip_errors=True)
    assert (result.imported, result.updated, result.unchanged) == (0, 0, GOOD)
    assert _records(ctx) == before


def test_the_xlsx_imports_the_same_households_as_the_csv(ctx, tmp_path):
    from pickuppoint.services.context import Context

    apply_import(ctx, plan_import(ctx, GB_CSV), skip_errors=True)
    other = Context.open(tmp_path / "other.sqlite3", "测试员")
    try:
        apply_import(other, plan_import(other, XLSX), skip_errors=True)
        assert _households(other) == _households(ctx)
    finally:
        other.close()


def test_an_updated_roster_updates_households_instead_of_duplicating_them(ctx):
    apply_import(ctx, plan_import(ctx, GB_CSV), skip_errors=True)
    households.update(ctx, "5-1-301", flags=["hardship", "no_smartphone"])  # set by hand
    result = apply_import(ctx, plan_import(ctx, UPDATED))
    # 5 rows put right and 3 new households; 2 new phones and a changed note; 13 as they were
    assert (result.imported, result.updated, result.unchanged, result.skipped) == (8, 3, 13, 0)
    hh = _households(ctx)
    assert len(hh) == 24
    assert hh["3-2-502"].phone == "13900139099" and hh["12-3-1201"].phone == "13800138099"
    assert hh["7-0-1102"].notes == "隔离已解除" and hh["7-0-1102"].flags == []
    assert hh["5-1-301"].flags == ["no_smartphone", "hardship"]  # the hand-set flag stays
    with ctx.read() as s:
        changes = [data_of(s, i)["changes"] for i in s.execute(text(
            "SELECT id FROM record WHERE kind = 'household.updated' "
            "AND payload LIKE '%3-2-502%'")).scalars()]
    assert changes == [{"phone": "13900139099"}]  # only what changed
    assert verify(ctx).ok


def test_a_new_head_without_a_phone_does_not_keep_the_previous_heads_phone(ctx, tmp_path):
    from pickuppoint.domain.address import Address

    for room, head, phone in (("301", "周大海", "13800138301"), ("302", "吴小梅", "13800138302")):
        households.create(ctx, households.HouseholdData.at(Address("3", "1", room), head=head, phone=phone))
    roster = tmp_path / "updated.csv"
    roster.write_text("楼栋,单元,房号,户主,电话\n"
                      "3,1,301,郑新,\n"  # the head changed, no phone given
                      "3,1,302,吴小梅,１５９０００００００９\n",  # a full-width phone
                      encoding="utf-8")
    plan = plan_import(ctx, roster)
    assert plan.errors == []
    assert [(u.row, u.message) for u in plan.updates] == [
        (2, "3-1-301：户主 周大海 → 郑新；电话 13800138301 → （空）"),
        (3, "3-1-302：电话 13800138302 → 15900000009"),
    ]
    assert any("原户主的电话" in w.message for w in plan.warnings if w.row == 2)
    apply_import(ctx, plan)
    hh = _households(ctx)
    assert (hh["3-1-301"].head, hh["3-1-301"].phone) == ("郑新", "")
    assert hh["3-1-302"].phone == "15900000009"
    assert verify(ctx).ok


def test_a_phone_already_registered_to_another_household_is_a_warning(ctx):
    from pickuppoint.domain.address import Address

    households.create(ctx, households.HouseholdData.at(Address("20", "1", "101"), head="钱进",
                                                       phone="13800138016"))
    plan = plan_import(ctx, GB_CSV)
    [warning] = [w for w in plan.warnings if w.row == 18]
    assert warning.message == "电话 13800138016 已登记在住户 20-1-101。"


def test_a_combined_address_column_and_english_headers(ctx):
    plan = plan_import(ctx, BOM_CSV)
    assert plan.roster.table.encoding == "utf-8-sig" and not plan.errors
    apply_import(ctx, plan)
    assert set(_households(ctx)) == {"3-2-501", "3-2-502", "5-3-302", "7-0-1101", "3-2-601",
                                     "12-3-1201"}
    assert _households(ctx)["7-0-1101"].flags == ["no_smartphone", "bedridden"]
    result = apply_import(ctx, plan_import(ctx, ENGLISH))
    assert (result.imported, result.updated) == (0, 3)  # new heads, phones and notes
    assert _households(ctx)["7-0-1101"].flags == ["quarantine"]


def test_a_mapping_names_columns_the_guess_does_not_know(ctx):
    plan = plan_import(ctx, BOM_CSV, mapping={"紧急联系人": "proxies"})
    apply_import(ctx, plan)
    assert _households(ctx)["5-3-302"].proxies == [{"name": "陈亮", "phone": "13700137399"}]
    with pytest.raises(UserError, match="房号"):
        plan_import(ctx, BOM_CSV, mapping={"门牌": "ignore"})


# --- the command line -----------------------------------------------------------------------

def test_cli_refuses_a_file_with_errors_but_reports_it(capsys, ctx, db_path):
    r = run_cli(capsys, "--db", db_path, "households", "import", GB_CSV, "--json")
    assert r.code == 1
    report = r.json()
    assert (report["imported"], report["updated"], report["skipped"]) == (0, 0, 0)
    assert [e["row"] for e in report["errors"]] == ERROR_ROWS
    assert [w["row"] for w in report["warnings"]] == WARNING_ROWS
    assert all(set(e) == {"row", "message"} for e in report["errors"] + report["warnings"])
    assert r.err.count("\n") == 1 and "--skip-errors" in r.err
    assert run_cli(capsys, "--db", db_path, "households", "list", "--json").json() == {"households": []}


def test_cli_skip_errors_then_reimport(capsys, ctx, db_path):
    r = run_cli(capsys, "--db", db_path, "households", "import", GB_CSV, "--skip-errors", "--json")
    assert r.code == 0
    assert (r.json()["imported"], r.json()["updated"], r.json()["skipped"]) == (GOOD, 0, 6)
    listed = run_cli(capsys, "--db", db_path, "households", "list", "--json").json()["households"]
    assert len(listed) == GOOD
    r = run_cli(capsys, "--db", db_path, "households", "import", GB_CSV, "--skip-errors", "--json")
    assert (r.json()["imported"], r.json()["updated"], r.json()["unchanged"]) == (0, 0, GOOD)
    r = run_cli(capsys, "--db", db_path, "households", "import", UPDATED, "--json")
    assert r.code == 0 and (r.json()["imported"], r.json()["updated"]) == (8, 3)


def test_cli_dry_run_writes_nothing(capsys, ctx, db_path):
    before = _records(ctx)
    r = run_cli(capsys, "--db", db_path, "households", "import", GB_CSV, "--skip-errors",
                "--dry-run", "--json")
    assert r.code == 0 and r.json()["imported"] == GOOD and r.json()["dry_run"] is True
    assert _records(ctx) == before
    r = run_cli(capsys, "--db", db_path, "households", "import", GB_CSV, "--dry-run")
    assert r.code == 1 and "第 9 行：没有填房号。" in r.out and _records(ctx) == before


def test_cli_sheet_option(capsys, ctx, db_path):
    r = run_cli(capsys, "--db", db_path, "households", "import", XLSX, "--sheet", "二期楼栋", "--json")
    assert r.code == 0 and r.json()["imported"] == 3 and r.json()["errors"] == []
    codes = {h["code"] for h in run_cli(capsys, "--db", db_path, "households", "list", "--json")
             .json()["households"]}
    assert codes == {"21-1-101", "21-1-102", "21-2-201"}
    r = run_cli(capsys, "--db", db_path, "households", "import", XLSX, "--sheet", "花名册",
                "--skip-errors", "--json")
    assert r.code == 0 and r.json()["imported"] == GOOD


def test_cli_human_report(capsys, ctx, db_path):
    r = run_cli(capsys, "--db", db_path, "households", "import", XLSX, "--skip-errors")
    assert r.code == 0
    assert "新增 16 户，更新 0 户，未变 0 户，跳过 6 行。" in r.out
    assert "第 10 行：没有填房号。" in r.out and "第 16 行：与第 4 行是同一户" in r.out


def test_cli_map_option(capsys, ctx, db_path):
    r = run_cli(capsys, "--db", db_path, "households", "import", BOM_CSV, "--map", "紧急联系人=代领人",
                "--json")
    assert r.code == 0 and r.json()["imported"] == 6
    [h] = [h for h in run_cli(capsys, "--db", db_path, "households", "list", "--json")
           .json()["households"] if h["code"] == "3-2-501"]
    assert h["proxies"] == [{"name": "李梅", "phone": "13900139000"}]


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    png = tmp_path / "名册.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    header_only = tmp_path / "header_only.csv"
    header_only.write_text("楼栋,单元,房号,户主\n", encoding="utf-8")
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    return {
        "missing file": ([str(tmp_path / "nope.csv")], "找不到文件"),
        ".xls": ([str(xls)], ".xls"),
        "png renamed .csv": ([str(png)], "不是 CSV"),
        "empty file": ([str(empty)], "是空的"),
        "header only": ([str(header_only)], "没有住户数据"),
        "unknown sheet": ([str(XLSX), "--sheet", "三期"], "没有名为“三期”的工作表"),
        "unknown field": ([str(GB_CSV), "--map", "户主姓名=householder"], "未知的字段"),
        "unknown header": ([str(GB_CSV), "--map", "户号=room"], "表头中没有“户号”"),
        "map without =": ([str(GB_CSV), "--map", "户主姓名"], "--map 的写法"),
        "a folder": ([str(tmp_path)], "文件夹"),
    }


@pytest.mark.parametrize("case", ["missing file", ".xls", "png renamed .csv", "empty file",
                                  "header only", "unknown sheet", "unknown field", "unknown header",
                                  "map without =", "a folder"])
def test_cli_bad_input_is_one_sentence(capsys, ctx, db_path, tmp_path, case):
    args, words = _bad_inputs(tmp_path)[case]
    before = _records(ctx)
    r = run_cli(capsys, "--db", db_path, "households", "import", *args)
    assert r.code == (2 if case == "map without =" else 1), r.err  # 2: wrong usage
    assert r.err.count("\n") == 1 and words in r.err and "Traceback" not in r.err
    assert _records(ctx) == before


def test_the_program_itself(ctx, db_path):
    """As acceptance checks run it: a subprocess, the JSON on stdout, the sentence on stderr."""
    r = run_program("--db", db_path, "households", "import", GB_CSV, "--json")
    assert r.code == 1 and [e["row"] for e in r.json()["errors"]] == ERROR_ROWS
    assert "Traceback" not in r.err
    r = run_program("--db", db_path, "households", "import", GB_CSV, "--skip-errors", "--json")
    assert r.code == 0 and r.json()["imported"] == GOOD


def test_with_json_a_file_that_cannot_be_read_still_gives_one_json_object(capsys, ctx, db_path, tmp_path):
    r = run_cli(capsys, "--db", db_path, "households", "import", str(tmp_path / "nope.csv"), "--json")
    assert r.code == 1 and "找不到文件" in r.json()["error"] and r.err.strip() == r.json()["error"]


def test_a_huge_cell_is_quoted_short_in_its_row_message(ctx, tmp_path):
    f = tmp_path / "huge.csv"
    f.write_text("楼栋,单元,房号,户主,人数\n3,2,501,张建国," + "九" * 200_000 + "\n", encoding="utf-8")
    plan = plan_import(ctx, f)
    assert plan.errors and plan.errors[0].row == 2 and len(plan.errors[0].message) < 300


def test_cli_dry_run_lists_what_an_update_changes(capsys, ctx, db_path, tmp_path):
    from pickuppoint.domain.address import Address

    households.create(ctx, households.HouseholdData.at(Address("3", "1", "301"), head="周大海",
                                                       phone="13800138301"))
    roster = tmp_path / "updated.csv"
    roster.write_text("楼栋,单元,房号,户主,电话\n3,1,301,郑新,\n", encoding="utf-8")
    r = run_cli(capsys, "--db", db_path, "households", "import", roster, "--dry-run")
    assert r.code == 0
    assert "更新（1）：" in r.out and "第 2 行：3-1-301：户主 周大海 → 郑新；电话 13800138301 → （空）" in r.out
