"""Door-delivery runs: households chosen by flag, building or by hand, their waiting parcels given
to a volunteer, the delivery sheet read back, delivery marked all at once or household by household
as handovers `door` by that volunteer (through the counter), a parcel on a run flagged at the
counter, the command line."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from cli_helpers import run_cli
from lists_data import pdf_pages, received_community
from pickuppoint.documents import delivery_sheet
from pickuppoint.errors import UserError
from pickuppoint.services.counter.handover import scan
from pickuppoint.services.lists import ledger, runs
from pickuppoint.services.lists.scope import default_scope
from pickuppoint.services.log.integrity import verify


def test_choose_households_and_deliver_one_by_one_then_the_rest(ctx):
    w = received_community(ctx)
    with ctx.read() as s:
        flagged = [c.code for c in runs.candidates(s, default_scope(ctx), flag="bedridden")]
        building3 = [c.code for c in runs.candidates(s, default_scope(ctx), building="3")]
    assert flagged == ["5-1-301"] and building3 == ["3-2-501", "3-2-502"]
    run_id = runs.create(ctx, ["5-1-301", "3-2-501"], "王强", "139 1234 5678", "先送卧床的")
    run = runs.get(ctx, run_id)
    assert [s.household_code for s in run.stops] == ["3-2-501", "5-1-301"] and run.parcels == 4
    assert run.due_cents == 3990 and run.volunteer_phone == "13912345678"
    # on a run: the counter's card says so; nobody can put the same parcels on a second run
    with ctx.read() as s:
        card = scan(s, "P01", w.codes["milk301"])
        assert "5-1-301" not in [c.code for c in runs.candidates(s, default_scope(ctx))]
    assert any(n.id == "on_run" and "王强" in n.message and run_id in n.message for n in card.warnings)
    with pytest.raises(UserError, match="未安排送货"):
        runs.create(ctx, ["5-1-301"], "李四")
    assert runs.deliver(ctx, run_id, ["5-1-301"]) == 2
    with ctx.read() as s:
        rows = s.execute(text("SELECT parcel_code, collector_kind, collector_name, payment FROM handover "
                              "ORDER BY parcel_code")).all()
    assert {(r.parcel_code, r.collector_kind, r.collector_name) for r in rows} == {
        (w.codes["veg301"], "door", "王强"), (w.codes["milk301"], "door", "王强")}
    assert runs.get(ctx, run_id).delivered == 2
    assert runs.deliver(ctx, run_id, payment="cash") == 2  # the rest: 3-2-501, the volunteer took 39.90
    assert runs.deliver(ctx, run_id) == 0  # nothing left
    with ctx.read() as s:
        cash = s.execute(text("SELECT sum(amount_cents) FROM handover WHERE payment = 'cash'")).scalar_one()
    assert cash == 3990 and ledger.gather(ctx).owed_cents == 1800  # the milk paid on behalf
    with pytest.raises(UserError, match="不在这张送货单上"):
        runs.deliver(ctx, run_id, ["3-2-502"])
    assert verify(ctx).ok


def test_the_delivery_sheet(ctx, tmp_path):
    received_community(ctx)
    run_id = runs.create(ctx, ["3-2-501", "5-1-301"], "王强")
    runs.deliver(ctx, run_id, ["5-1-301"])
    delivery_sheet.write(runs.get(ctx, run_id), tmp_path / "run.pdf")
    (page,) = pdf_pages(tmp_path / "run.pdf")
    for words in ("送货上门单", run_id, "志愿者：王强", "3-2-501", "张建国", "13800138001", "独居老人", "米面油套餐",
                  "39.90", "已送达", "签收", "2 户", "4 件"):
        assert words in page, words


def test_refusals(ctx):
    received_community(ctx)
    with pytest.raises(UserError, match="姓名"):
        runs.create(ctx, ["3-2-501"], " ")
    with pytest.raises(UserError, match="电话"):
        runs.create(ctx, ["3-2-501"], "王强", "12345")
    with pytest.raises(UserError, match="至少"):
        runs.create(ctx, [], "王强")
    with pytest.raises(UserError, match="送货单"):
        runs.get(ctx, "NOPE")
    with ctx.read() as s, pytest.raises(UserError, match="未知的标记"):
        runs.candidates(s, default_scope(ctx), flag="old")


def test_cli(ctx, db_path, tmp_path, capsys):
    received_community(ctx)
    ctx.close()
    r = run_cli(capsys, "--db", db_path, "runs", "create", "5-1-301", "--flag", "elderly_alone",
                "--volunteer", "王强", "--json")
    assert r.code == 0 and r.json()["households"] == 2 and r.json()["parcels"] == 4
    run_id = r.json()["run"]
    r = run_cli(capsys, "--db", db_path, "runs", "sheet", run_id, "-o", tmp_path / "s.pdf")
    assert r.code == 0 and "王强" in pdf_pages(tmp_path / "s.pdf")[0]
    r = run_cli(capsys, "--db", db_path, "runs", "deliver", run_id, "--payment", "qr", "--json")
    assert r.code == 0 and r.json()["delivered"] == 4
    r = run_cli(capsys, "--db", db_path, "runs", "list", "--json")
    assert r.json()["runs"][0]["delivered"] == 4
    r = run_cli(capsys, "--db", db_path, "runs", "sheet", "XX", "-o", tmp_path / "x.pdf")
    assert r.code == 1 and "XX" in r.err
    assert run_cli(capsys, "--db", db_path, "runs").code == 2


def test_the_runs_window(app, qtbot, ctx, tmp_path):
    from PySide6.QtCore import Qt

    from lists_data import pdf_printer
    from pickuppoint.ui.dialogs.runs_dialog import RunsDialog

    received_community(ctx)
    dialog = RunsDialog(ctx)
    qtbot.addWidget(dialog)
    lst = dialog.ui.candidatesList
    assert lst.count() == 3
    dialog.ui.flagCombo.setCurrentIndex(dialog.ui.flagCombo.findData("bedridden"))
    assert lst.count() == 1 and "5-1-301" in lst.item(0).text() and "卧床" in lst.item(0).text()
    dialog.ui.flagCombo.setCurrentIndex(0)
    dialog.ui.buildingCombo.setCurrentIndex(dialog.ui.buildingCombo.findData("3"))
    assert [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())] == ["3-2-501", "3-2-502"]
    qtbot.mouseClick(dialog.ui.checkAllButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert "姓名" in dialog.ui.messageLabel.text() and dialog.run is None  # no volunteer: nothing made
    dialog.ui.volunteerEdit.setText("王强")
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert dialog.run is not None and dialog.ui.stopsTable.rowCount() == 2 and lst.count() == 0
    dialog.ask_printer = lambda _pdf: pdf_printer(tmp_path / "sheet.pdf")
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "打印机" in dialog.ui.messageLabel.text(), timeout=10_000)
    assert "王秀英" in pdf_pages(tmp_path / "sheet.pdf")[0]
    dialog.ui.stopsTable.selectRow(1)
    qtbot.mouseClick(dialog.ui.deliverSelectedButton, Qt.MouseButton.LeftButton)
    assert [s.delivered for s in dialog.run.stops] == [False, True]
    assert dialog.ui.stopsTable.item(1, 4).text() == "已送达"
    dialog.ui.paymentCombo.setCurrentIndex(dialog.ui.paymentCombo.findData("cash"))
    qtbot.mouseClick(dialog.ui.deliverAllButton, Qt.MouseButton.LeftButton)
    assert all(s.delivered for s in dialog.run.stops) and "2 件" in dialog.ui.messageLabel.text()
    with ctx.read() as s:
        kinds = s.execute(text("SELECT DISTINCT collector_kind, collector_name FROM handover")).all()
    assert [tuple(k) for k in kinds] == [("door", "王强")]
