"""The day's report: arrivals by round, handovers by kind, what is still waiting, voids, damage,
money by payment mode (equal to the counter's own till, to the fen), paid-on-behalf totals; the
WeChat text; PDF and XLSX read back; the command line."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from cli_helpers import run_cli
from counter_data import add, add_household
from lists_data import pdf_pages, received_community
from pickuppoint.documents import daily_report as documents
from pickuppoint.money import format_yuan
from pickuppoint.services.counter import shift
from pickuppoint.services.counter.handover import hand_over, void
from pickuppoint.services.counter.payments import Collector, Payment
from pickuppoint.services.lists import daily
from pickuppoint.services.receiving import records as receiving
from pickuppoint.services.rounds import records as rounds


def _today(ctx) -> daily.DailyReport:
    return daily.gather(ctx, date.today())


def test_the_day_in_figures(ctx):
    w = received_community(ctx)
    receiving.receive_many(ctx, None, [add(ctx, w.shop, "3-2-502", code="SO20261123010", items="鸡蛋")],
                           damaged=True, note="碎了两个")
    hand_over(ctx, [w.codes["veg501"], w.codes["rice501"]], Collector("proxy", "李芳"), Payment("cash"))
    hand_over(ctx, [w.codes["veg301"], w.codes["milk301"]], Collector("door", "王强"))
    hand_over(ctx, [w.codes["fruit502"]])
    void(ctx, w.codes["fruit502"], "拿错了")
    r = _today(ctx)
    assert r.received == 7 and r.damaged == 1
    assert r.by_collector == {"proxy": 2, "door": 2}  # the voided one no longer counts
    assert r.handed_over == 4 and r.visits == 2 and r.voided == 1
    assert r.uncollected == 3  # veg502, fruit502 (back after the void), the eggs
    assert r.cents("cash") == 3990 and r.collected_cents == 3990
    assert r.cents("owed") == 1800 and r.owed_outstanding == (1, 1800) and r.settled_cents == 0
    from pickuppoint.services.lists import ledger

    ledger.settle(ctx, "5-1-301", w.shop, "cash", "赵磊", 800)
    assert _today(ctx).settled_cents == 800
    assert {x.name: (x.received, x.handed_over, x.uncollected) for x in r.rounds} == {
        "第1批蔬菜包": (3, 2, 1), "超市订单11-23": (4, 2, 2)}
    assert daily.wechat_text(r) == (
        "白竹亭接驳点 " f"{date.today().month}月{date.today().day}日"
        "：到货 7 件，已发放 4 件（代领 2，送货上门 2），未领取 3 件，收款 ￥39.90（现金 ￥39.90，扫码 ￥0.00），"
        "代付记账 ￥18.00（1 件），作废 1 件，破损 1 件。")
    # another day: nothing happened then
    yesterday = daily.gather(ctx, date.today() - timedelta(days=1))
    assert (yesterday.received, yesterday.handed_over, yesterday.uncollected, yesterday.collected_cents) == (0, 0, 0, 0)


def test_money_equals_the_counters_payments_to_the_fen(ctx):
    rng = random.Random(20221004)
    rid = rounds.create(ctx, "团购", kind="order", date="2026-11-23").id
    codes = []
    for i in range(40):
        home = f"8-{1 + i // 20}-{101 + i % 20}"
        add_household(ctx, home, f"住户{i}", f"138{i:08d}")
        codes.append((home, add(ctx, rid, home, items="套餐", amount_cents=rng.randint(1, 99_999),
                                payment=rng.choice(["unpaid", "unpaid", "on_behalf", "paid"]))))
    receiving.receive_many(ctx, rid, [c for _h, c in codes])
    made = []
    for _home, code in codes[:34]:
        mode = rng.choice(["cash", "qr", "owed", "waived"])
        try:
            made.append(hand_over(ctx, [code], payment=Payment(mode, reason="困难家庭" if mode == "waived" else "")))
        except Exception:  # noqa: BLE001 - a prepaid or on-behalf parcel takes no payment mode
            made.append(hand_over(ctx, [code]))
    for visit in rng.sample(made, 5):
        void(ctx, visit.receipt_no, "核对后撤销")
    r = _today(ctx)
    with ctx.read() as s:
        rows = s.execute(text("SELECT payment, sum(amount_cents), count(*) FROM handover WHERE voided = 0 "
                              "GROUP BY payment")).all()
        till = shift.till(s, daily.day_bounds(date.today())[0])
    assert {m: (n, cents) for m, cents, n in rows} == r.by_mode
    assert all(till.by_mode[m] == r.by_mode[m] for m in r.by_mode) and till.parcels == r.handed_over
    assert r.collected_cents == till.cents("cash") + till.cents("qr") > 0
    # the documents say the same amounts
    pdf_text = "".join(pdf_pages(documents.render_pdf(r)[0]))
    assert format_yuan(r.collected_cents) in pdf_text and format_yuan(r.cents("owed")) in pdf_text


def test_pdf_and_xlsx_read_back(ctx, tmp_path):
    w = received_community(ctx)
    hand_over(ctx, [w.codes["veg501"], w.codes["rice501"]], payment=Payment("qr"))
    r = _today(ctx)
    documents.write(r, tmp_path / "r.pdf", "pdf")
    (page,) = pdf_pages(tmp_path / "r.pdf")
    for words in ("接驳点日报", "白竹亭接驳点（P01）", "到货（按批次）", "第1批蔬菜包", "发放合计", "扫码支付",
                  "39.90", "工作群通报", "第 1 页 / 共 1 页"):
        assert words in page, words
    documents.write(r, tmp_path / "r.xlsx", "xlsx")
    book = load_workbook(tmp_path / "r.xlsx")
    rows = list(book["日报"].iter_rows(values_only=True))
    assert book["日报"].freeze_panes == "A2"
    money = {row[1]: row[2:] for row in rows[1:] if row[0] == "收款"}
    assert money["扫码支付"] == (1, pytest.approx(39.90)) and money["收款合计（现金 + 扫码）"][1] == pytest.approx(39.9)
    assert any(row[0] and "到货 6 件" in row[0] for row in rows)  # the WeChat text under the table
    assert list(book["按批次"].iter_rows(values_only=True))[1:] == [
        ("第1批蔬菜包", 3, 0, 1, 2), ("超市订单11-23", 3, 0, 1, 2)]


def test_cli(ctx, db_path, tmp_path, capsys):
    w = received_community(ctx)
    hand_over(ctx, [w.codes["veg501"], w.codes["rice501"]], payment=Payment("cash"))
    ctx.close()
    r = run_cli(capsys, "--db", db_path, "report", "daily", "-o", tmp_path / "r.pdf")
    assert r.code == 0 and "收款 ￥39.90" in r.out
    r = run_cli(capsys, "--db", db_path, "report", "daily", "--date", date.today().isoformat(),
                "-o", tmp_path / "r.xlsx", "--json")
    body = r.json()
    assert r.code == 0 and body["collected"] == "39.90" and body["handed_over"] == 2
    assert body["by_mode"]["cash"] == {"count": 1, "amount": "39.90"} and body["wechat"].startswith("白竹亭接驳点")
    r = run_cli(capsys, "--db", db_path, "report", "daily", "--date", "4月10日", "-o", tmp_path / "x.pdf")
    assert r.code == 1 and "YYYY-MM-DD" in r.err and not (tmp_path / "x.pdf").exists()
    r = run_cli(capsys, "--db", db_path, "report", "daily", "-o", tmp_path / "x.csv")
    assert r.code == 1 and ".xlsx" in r.err
    assert run_cli(capsys, "--db", db_path, "report").code == 2
