"""The uncollected list: who has parcels waiting at the point, by building, unit and room, with
masked phones, flags in words, days waiting and the amount due; as PDF (read back), XLSX (openpyxl)
and CSV (BOM, neutralised formulas); the command line."""

from __future__ import annotations

import csv
import re
import subprocess
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from cli_helpers import run_cli
from counter_data import add, add_household, set_status
from lists_data import crowded_building, pdf_pages, received_community
from pickuppoint.documents import uncollected as documents
from pickuppoint.documents.uncollected import neutralise
from pickuppoint.services.counter.handover import hand_over
from pickuppoint.services.counter.payments import Payment
from pickuppoint.services.lists import uncollected as service
from pickuppoint.services.lists.scope import Scope


def _list(ctx, rounds=(), **kw) -> service.UncollectedList:
    return service.gather(ctx, service.Options(list(rounds), **kw))


def test_rows_are_the_households_with_parcels_waiting_at_the_point(ctx):
    w = received_community(ctx)
    hand_over(ctx, [w.codes["veg502"], w.codes["fruit502"]])  # 3-2-502 collected everything
    data = _list(ctx)
    assert [r.code for r in data.rows] == ["3-2-501", "5-1-301"]
    zhang, zhao = data.rows
    assert zhang.head == "张建国" and zhang.phone == "138****8001" and zhang.members == 2
    assert zhang.flag_words == "独居老人"
    assert zhang.parcels == 2 and zhang.due_cents == 3990  # rice to pay at pickup; vegetables free
    assert "蔬菜包（第1批蔬菜包）" in zhang.items and "米面油套餐（超市订单11-23）" in zhang.items
    assert zhao.flag_words == "无智能手机、卧床" and zhao.due_cents == 0  # milk paid on behalf
    assert [(t.building, t.households, t.parcels, t.due_cents) for t in data.by_building] == [
        ("3", 1, 2, 3990), ("5", 1, 2, 0)]
    assert (data.total.households, data.total.parcels, data.total.due_cents) == (2, 4, 3990)
    # the other point's parcel for 3-2-502 is not this point's business
    assert "3-2-502" not in [r.code for r in data.rows]
    # a coordinator asking for every point sees it (received at P02: stands in for P02's records)
    set_status(ctx, w.codes["other"], "received")
    assert "3-2-502" not in [r.code for r in _list(ctx).rows]
    with ctx.read() as s:
        every = service.query(s, service.Options(), Scope(None), "hub", "HUB", "x")
    assert "3-2-502" in [r.code for r in every.rows]


def test_parcels_not_arrived_are_not_listed_and_one_round_can_be_chosen(ctx):
    from counter_data import community

    w = community(ctx)  # nothing received yet
    assert _list(ctx).rows == []
    from pickuppoint.services.receiving import records as receiving

    receiving.receive_many(ctx, None, [w.codes["veg301"], w.codes["milk301"]])
    data = _list(ctx, [w.veg])
    assert [(r.code, r.parcels) for r in data.rows] == [("5-1-301", 1)]
    assert data.round_names == "第1批蔬菜包" and data.rows[0].items == "蔬菜包"


def test_phones_are_masked_unless_asked_and_days_count_from_arrival(ctx):
    received_community(ctx)
    full = _list(ctx, full_phones=True)
    assert [r.phone for r in full.rows][:2] == ["13800138001", "13800138002"]
    later = service.gather(ctx, service.Options(), today=date.today() + timedelta(days=3))
    assert {r.days for r in later.rows} == {3}


def test_vulnerable_households_first_within_their_unit(ctx):
    rid = crowded_building(ctx, households=20)
    plain = _list(ctx, [rid])
    first = _list(ctx, [rid], vulnerable_first=True)
    assert sorted(r.code for r in first.rows) == sorted(r.code for r in plain.rows)
    flagged = [r for r in first.rows if r.flags]
    assert first.rows[:len(flagged)] == flagged == [r for r in plain.rows if r.flags]
    assert first.total == plain.total


def test_pdf_has_header_rows_and_totals_and_masks_phones(ctx, tmp_path):
    received_community(ctx)
    data = _list(ctx)
    pdf, pages = documents.render_pdf(data)
    assert pages == 1
    (text,) = pdf_pages(pdf)
    for words in ("未领取名单", "白竹亭接驳点（P01）", "第1批蔬菜包、超市订单11-23", "打印人：测试员",
                  "3栋", "2单元", "3-2-501", "张建国", "138****8001", "独居老人", "米面油套餐",
                  "39.90", "3栋合计", "总计", "第 1 页 / 共 1 页"):
        assert words in text, words
    assert "13800138001" not in text
    path = tmp_path / "u.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    listed = fonts.splitlines()[2:]
    assert listed and all(line.split()[-5] == "yes" for line in listed) and "WenQuanYi" in fonts


def test_a_long_list_repeats_its_header_on_every_page_and_wraps_long_cells(ctx, tmp_path):
    rid = crowded_building(ctx, households=90, parcels_each=3)
    data = _list(ctx, [rid])
    path = tmp_path / "u.pdf"
    pages = documents.write(data, path, "pdf")
    texts = pdf_pages(path)
    assert pages == len(texts) >= 3
    for k, text in enumerate(texts, start=1):
        assert text.count("未领取名单") >= 1 and "待领包裹" in text and "应收（元）" in text
        assert f"第 {k} 页 / 共 {pages} 页" in text
    everything = "".join(texts)
    # every household once, each name whole (a long name wraps onto a second line, never cut)
    codes = re.findall(r"\b9-\d-\d{3,4}\b", everything)
    assert sorted(set(codes)) == sorted(r.code for r in data.rows) and len(data.rows) == 90
    assert everything.replace("\n", "").count("欧阳娜娜娜娜娜娜娜娜娜娜") == 13
    assert "9栋合计" in everything and f"{90 * 3 * 19.90:.2f}" in everything.replace(",", "")


def test_preview_page_says_how_many_pages_the_whole_list_has(ctx):
    rid = crowded_building(ctx, households=90, parcels_each=3)
    data = _list(ctx, [rid])
    full, pages = documents.render_pdf(data)
    first, same = documents.render_pdf(data, first_pages=1)
    assert same == pages > 1
    (text,) = pdf_pages(first)
    assert f"第 1 页 / 共 {pages} 页" in text
    assert pdf_pages(full)[0] == text


def test_xlsx_has_a_frozen_header_numbers_as_numbers_and_totals(ctx, tmp_path):
    received_community(ctx)
    path = tmp_path / "u.xlsx"
    documents.write(_list(ctx), path, "xlsx")
    book = load_workbook(path)
    ws = book["未领取名单"]
    assert ws.freeze_panes == "A2"
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:6] == ("楼栋", "单元", "房号", "住户", "户主", "电话")
    zhang = rows[1]
    assert zhang[3] == "3-2-501" and zhang[5] == "138****8001"
    assert zhang[6] == 2 and zhang[9] == 2 and isinstance(zhang[10], int) and zhang[11] == pytest.approx(39.90)
    assert ws.column_dimensions["I"].width >= len("蔬菜包（第1批蔬菜包）") * 2  # the items fit
    totals = list(book["按楼栋合计"].iter_rows(values_only=True))
    assert totals[1:4] == [("3栋", 2, 4, pytest.approx(39.9)), ("5栋", 1, 2, 0), ("总计", 3, 6, pytest.approx(39.9))]
    assert book["按楼栋合计"].freeze_panes == "A2"


def test_csv_opens_in_excel_and_formulas_are_neutralised(ctx, tmp_path):
    w = received_community(ctx)
    add_household(ctx, "6-1-101", "=HYPERLINK(\"http://x\")", "13800138009")
    add_household(ctx, "6-1-102", "@SUM(A1)", "")
    from pickuppoint.services.receiving import records as receiving

    receiving.receive_many(ctx, None, [add(ctx, w.veg, "6-1-101", items="+蔬菜包"),
                                       add(ctx, w.veg, "6-1-102", items="-1")])
    path = tmp_path / "u.csv"
    documents.write(_list(ctx), path, "csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    by_code = {r[3]: r for r in rows[1:]}
    assert by_code["6-1-101"][4] == "'=HYPERLINK(\"http://x\")" and by_code["6-1-101"][8] == "'+蔬菜包（第1批蔬菜包）"
    assert by_code["6-1-102"][4] == "'@SUM(A1)" and by_code["6-1-102"][8] == "'-1（第1批蔬菜包）"
    assert by_code["3-2-501"][11] == "39.90" and by_code["3-2-501"][5] == "138****8001"
    assert not any(cell[:1] in "=+-@" for row in rows for cell in row if cell)
    assert neutralise(-3) == -3 and neutralise("3-2-501") == "3-2-501"


def test_cli_writes_each_kind_and_refuses_clearly(ctx, db_path, tmp_path, capsys):
    w = received_community(ctx)
    hand_over(ctx, [w.codes["rice501"]], payment=Payment("cash"))
    ctx.close()
    for suffix in ("pdf", "xlsx", "csv"):
        r = run_cli(capsys, "--db", db_path, "uncollected", "第1批蔬菜包", "超市订单11-23",
                    "-o", tmp_path / f"u.{suffix}")
        assert r.code == 0 and "3 户、5 件" in r.out, r.err
    assert "张建国" in "".join(pdf_pages(tmp_path / "u.pdf"))
    r = run_cli(capsys, "--db", db_path, "uncollected", "-o", tmp_path / "u.pdf", "--json")
    assert r.code == 0 and r.json() == {"file": str(tmp_path / "u.pdf"), "households": 3, "parcels": 5,
                                        "amount_due": "0.00", "pages": 1}
    r = run_cli(capsys, "--db", db_path, "uncollected", "第9批", "-o", tmp_path / "x.pdf")
    assert r.code == 1 and "第9批" in r.err and not (tmp_path / "x.pdf").exists()
    r = run_cli(capsys, "--db", db_path, "uncollected", "-o", tmp_path / "x.docx")
    assert r.code == 1 and ".pdf" in r.err and "Traceback" not in r.err
    r = run_cli(capsys, "--db", db_path, "uncollected")
    assert r.code == 2
