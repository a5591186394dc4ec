"""The paid-on-behalf ledger: per household and round what the counter recorded as paid on the
household's behalf (voided handovers left out), settlements as `ledger.settled` records replayed
by verify(), totals equal to the counter's, the PDF and XLSX read back, the command line."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from cli_helpers import run_cli
from counter_data import add
from lists_data import pdf_pages, received_community
from pickuppoint.documents import ledger as documents
from pickuppoint.errors import UserError
from pickuppoint.services.counter.handover import hand_over, void
from pickuppoint.services.counter.payments import Payment
from pickuppoint.services.lists import ledger
from pickuppoint.services.log.integrity import verify
from pickuppoint.services.receiving import records as receiving


def _owed_world(ctx):
    w = received_community(ctx)
    hand_over(ctx, [w.codes["milk301"], w.codes["veg301"]])  # milk paid on behalf: 18.00
    hand_over(ctx, [w.codes["rice501"], w.codes["veg501"]], payment=Payment("owed"))  # 39.90 owed now
    extra = add(ctx, w.shop, "3-2-501", code="SO20261123011", items="面粉", amount_cents=1250, payment="on_behalf")
    receiving.receive_many(ctx, None, [extra])
    hand_over(ctx, [extra])
    void(ctx, extra, "拿错了")  # voided: not owed
    return w


def test_the_ledger_is_the_counters_owed_handovers(ctx):
    _owed_world(ctx)
    book = ledger.gather(ctx)
    assert [(e.household_code, e.round_name, e.parcels, e.owed_cents) for e in book.entries] == [
        ("3-2-501", "超市订单11-23", 1, 3990), ("5-1-301", "超市订单11-23", 1, 1800)]
    with ctx.read() as s:
        counter = s.execute(text("SELECT sum(amount_cents) FROM handover WHERE payment = 'owed' "
                                 "AND voided = 0")).scalar_one()
    assert book.owed_cents == counter == 5790 and book.outstanding_cents == 5790
    assert book.entries[0].phone == "138****8001" and book.entries[0].head == "张建国"


def test_settling_in_parts_and_refusals(ctx):
    w = _owed_world(ctx)
    assert ledger.settle(ctx, "3-2-501", w.shop, "cash", "张建国的女儿", 1000, "先还一部分") == 1000
    assert ledger.settle(ctx, "3-2-501", "超市订单11-23", "transfer", "张建国的女儿") == 2990
    book = ledger.gather(ctx)
    zhang = book.entries[0]
    assert (zhang.settled_cents, zhang.outstanding_cents) == (3990, 0)
    assert "现金 张建国的女儿" in zhang.settled_note and "转账" in zhang.settled_note
    assert (book.owed_cents, book.settled_cents, book.outstanding_cents) == (5790, 3990, 1800)
    with pytest.raises(UserError, match="没有未结算"):
        ledger.settle(ctx, "3-2-501", w.shop, "cash", "某人")
    with pytest.raises(UserError, match="0.01 到 18.00"):
        ledger.settle(ctx, "5-1-301", w.shop, "cash", "赵磊", 1801)
    with pytest.raises(UserError, match="谁"):
        ledger.settle(ctx, "5-1-301", w.shop, "cash", " ")
    with pytest.raises(UserError, match="结算方式"):
        ledger.settle(ctx, "5-1-301", w.shop, "alipay", "赵磊")
    assert verify(ctx).ok  # settlements replay to the same state


def test_documents_read_back(ctx, tmp_path):
    w = _owed_world(ctx)
    ledger.settle(ctx, "5-1-301", w.shop, "waived", "社区", note="困难家庭")
    book = ledger.gather(ctx)
    documents.write(book, tmp_path / "l.pdf", "pdf")
    (page,) = pdf_pages(tmp_path / "l.pdf")
    for words in ("代付台账", "3-2-501", "张建国", "39.90", "18.00", "核销", "3栋合计", "总计", "57.90",
                  "第 1 页 / 共 1 页"):
        assert words in page, words
    documents.write(book, tmp_path / "l.xlsx", "xlsx")
    rows = list(load_workbook(tmp_path / "l.xlsx").active.iter_rows(values_only=True))
    assert rows[1][1] == "3-2-501" and rows[1][6] == pytest.approx(39.9) and rows[2][8] == 0
    assert rows[-1][0] == "总计" and rows[-1][6] == pytest.approx(57.9) and rows[-1][8] == pytest.approx(39.9)


def test_cli(ctx, db_path, tmp_path, capsys):
    _owed_world(ctx)
    ctx.close()
    r = run_cli(capsys, "--db", db_path, "ledger", "show", "--json")
    assert r.code == 0 and r.json()["owed"] == "57.90" and r.json()["outstanding"] == "57.90"
    r = run_cli(capsys, "--db", db_path, "ledger", "settle", "5-1-301", "超市订单11-23", "--method", "qr",
                "--by", "赵磊", "--amount", "8", "--json")
    assert r.code == 0 and r.json() == {"household": "5-1-301", "settled": "8.00"}
    r = run_cli(capsys, "--db", db_path, "ledger", "show", "-o", tmp_path / "l.pdf")
    assert r.code == 0 and "未结算 49.90 元" in r.out and (tmp_path / "l.pdf").exists()
    r = run_cli(capsys, "--db", db_path, "ledger", "settle", "5-1-301", "超市订单11-23", "--method", "qr",
                "--by", "赵磊", "--amount", "八块")
    assert r.code == 1 and "八块" in r.err
    assert run_cli(capsys, "--db", db_path, "ledger", "show").code == 2
    assert run_cli(capsys, "--db", db_path, "ledger").code == 2


def test_the_ledger_window_settles_prints_and_saves(app, qtbot, ctx, tmp_path):
    from PySide6.QtCore import Qt

    from lists_data import pdf_printer
    from pickuppoint.ui.dialogs.ledger_dialog import LedgerDialog

    w = _owed_world(ctx)
    dialog = LedgerDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.ui.entriesTable.rowCount() == 2 and "代付 57.90 元" in dialog.ui.totalsLabel.text()
    qtbot.mouseClick(dialog.ui.settleButton, Qt.MouseButton.LeftButton)
    assert "选中" in dialog.ui.messageLabel.text()
    dialog.select("5-1-301", w.shop)
    dialog.ui.methodCombo.setCurrentIndex(dialog.ui.methodCombo.findData("cash"))
    dialog.ui.amountEdit.setText("十块")
    qtbot.mouseClick(dialog.ui.settleButton, Qt.MouseButton.LeftButton)
    assert "十块" in dialog.ui.messageLabel.text() and ledger.gather(ctx).settled_cents == 0
    dialog.ui.amountEdit.setText("10")
    qtbot.mouseClick(dialog.ui.settleButton, Qt.MouseButton.LeftButton)
    assert "谁" in dialog.ui.messageLabel.text()  # nobody named: nothing recorded
    dialog.ui.byEdit.setText("赵磊")
    qtbot.mouseClick(dialog.ui.settleButton, Qt.MouseButton.LeftButton)
    assert ledger.gather(ctx).settled_cents == 1000 and "未结算 47.90 元" in dialog.ui.totalsLabel.text()
    dialog.ask_printer = lambda _pdf: pdf_printer(tmp_path / "printed.pdf")
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)  # made and printed off the GUI thread
    qtbot.waitUntil(lambda: "打印机" in dialog.ui.messageLabel.text(), timeout=10_000)
    assert "47.90" in pdf_pages(tmp_path / "printed.pdf")[0]
    dialog.ask_path = lambda: str(tmp_path / "l.xlsx")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=10_000)
    assert dialog.saved_path == str(tmp_path / "l.xlsx") and (tmp_path / "l.xlsx").exists()
