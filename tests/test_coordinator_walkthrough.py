"""A newcomer coordinator, through the screens: sets up the street office's hub on an empty data
dir, adds two points (their enrolment codes shown), each point enrols from its setup file on its
own first-run screen, takes its parcels in and hands some over at the counter, exports through
the Export button; the coordinator drops both files on the Sync page, sees both points, their
records, the progress per round and point and the one parcel handed over at both points as one
conflict, resolves it; the Lists page then lists both points' uncollected parcels by point."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard
from sqlalchemy import text

from pickuppoint.domain.address import parse_address
from pickuppoint.services.households import records as households
from pickuppoint.services.parcels.records import ParcelData, add_parcels, update_parcel
from pickuppoint.services.receiving.records import receive_many
from pickuppoint.services.rounds import records as rounds
from pickuppoint.ui import app as app_module
from pickuppoint.ui.dialogs import add_point_dialog, reason_dialog
from pickuppoint.ui.main_window import MainWindow
from test_counter_page import enter_and_wait, scan
from test_first_run import wizard_of
from test_sync_page import _drop

POINTS = (("BZT", "白竹亭东门", 3), ("DXL", "东兴路菜场", 7))


def _window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def _hub_sets_up(qtbot, window, folder: Path):
    assert app_module.open_database(window, folder / "hub.sqlite3", "李晓东")
    wizard = wizard_of(qtbot, window)
    qtbot.mouseClick(wizard.ui.coordinatorButton, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == 1 and wizard.ui.pointPage.title() == "街道协调中心"
    wizard.ui.nameEdit.setText("白竹街道办")
    wizard.ui.siteIdEdit.setText("jdb")
    wizard.next()
    wizard.ui.laterRadio.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: getattr(window, "first_worker", None) is not None
                    and window.first_worker.isVisible(), timeout=5000)
    worker = window.first_worker
    assert worker.windowTitle() == "设置第一位协调员" and worker.ui.roleCombo.currentData() == "coordinator"
    worker.ui.nameEdit.setText("李晓东")
    worker.ui.pinEdit.setText("2468")
    worker.ui.pinAgainEdit.setText("2468")
    worker.ui.buttonBox.button(worker.ui.buttonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=5000)
    ctx = window.ctx
    assert ctx.site.role == "coordinator" and ctx.site.site_id == "JDB" and ctx.role == "coordinator"
    assert window.ui.pages.currentWidget() is window.pages["sync"]  # where points are added
    return ctx


def _roster_and_round(hub) -> dict[str, list[str]]:
    """The households of both points, a round and its parcels, each assigned to its point, and
    one parcel that either point may hand over (as the roster import and the round dialog do)."""
    veg = rounds.create(hub, "4月10日 蔬菜包", kind="allocation", item="蔬菜包")
    codes: dict[str, list[str]] = {}
    for site, _name, building in POINTS:
        for i, head in enumerate(["张建国", "王秀英", "李桂兰", "赵德明"]):
            addr = parse_address(f"{building}-1-{501 + i}")
            households.create(hub, households.HouseholdData.at(addr, head=head, phone=f"1380013{building}{i:03d}"))
            with hub.write() as w:
                codes.setdefault(site, []).extend(add_parcels(w, [ParcelData(
                    round_id=veg.id, household_code=addr.code, point_site=site, items="蔬菜包")]))
    update_parcel(hub, codes["BZT"][0], point_site="")  # either point may hand this one over
    return codes


def _add_point(qtbot, monkeypatch, page, site: str, name: str, folder: Path) -> tuple[Path, str]:
    made: dict = {}

    def drive(dialog) -> int:  # noqa: ANN001 - the dialog as the coordinator fills it in
        dialog.show()
        dialog.ui.siteEdit.setText(site)
        dialog.ui.nameEdit.setText(name)
        dialog.ui.fileEdit.setText(str(folder / f"{site}.ppsetup"))
        dialog.ok.click()
        qtbot.waitUntil(lambda: dialog.made is not None, timeout=30000)
        shown = dialog.ui.codeLabel.text()
        made["code"] = dialog.made.code
        assert dialog.ui.codeLabel.isVisible() and dialog.made.code in shown and site in shown
        dialog.ok.click()  # 我已记下启用码
        return dialog.result()

    monkeypatch.setattr(add_point_dialog.AddPointDialog, "exec", drive)
    qtbot.mouseClick(page.ui.addPointButton, Qt.MouseButton.LeftButton)
    return folder / f"{site}.ppsetup", made["code"]


def _point_enrols_and_works(qtbot, monkeypatch, folder: Path, site: str, setup: Path, code: str,
                            give: list[str], stick: Path):
    window = _window(qtbot)
    (folder / site).mkdir()
    assert app_module.open_database(window, folder / site / "point.sqlite3", "志愿者小周")
    wizard = wizard_of(qtbot, window)
    qtbot.mouseClick(wizard.ui.enrolButton, Qt.MouseButton.LeftButton)
    dialog = wizard.enrol_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.ui.fileEdit.setText(str(setup))
    dialog.ui.codeEdit.setText(code)
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=30000)
    ctx = window.ctx
    assert ctx.site.site_id == site
    with ctx.read() as s:
        mine = s.execute(text("SELECT code FROM parcel ORDER BY code")).scalars().all()
    receive_many(ctx, None, mine)  # the truck unloaded (receiving has its own walkthrough)
    counter = window.show_page("counter")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.field, timeout=5000)
    for parcel in give:
        scan(qtbot, counter, parcel)
        assert enter_and_wait(qtbot, counter, ctx, parcel).operator == "志愿者小周"
    page = window.show_page("sync")
    assert page.ui.exportButton.isVisible() and page.ui.exportButton.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _t, start, _f: (str(stick / Path(start).name), ""))
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._busy, timeout=30000)  # noqa: SLF001
    assert "已导出" in page.ui.resultLabel.text()
    window.close()
    return ctx


@pytest.mark.usefixtures("app")
def test_a_newcomer_coordinator_enrols_two_points_and_merges_their_files(qtbot, monkeypatch, tmp_path) -> None:
    hub_window = _window(qtbot)
    hub = _hub_sets_up(qtbot, hub_window, tmp_path)
    codes = _roster_and_round(hub)
    sync = hub_window.pages["sync"]
    setups = {site: _add_point(qtbot, monkeypatch, sync, site, name, tmp_path) for site, name, _b in POINTS}
    stick = tmp_path / "stick"
    stick.mkdir()
    shared = codes["BZT"][0]  # 3-1-501's parcel, no point: both points have it
    opened = []
    for site, _name, _b in POINTS:
        own = [c for c in codes[site] if c != shared]
        give = [shared, own[0]] if site == "BZT" else [own[0], own[1], shared]
        opened.append(_point_enrols_and_works(qtbot, monkeypatch, tmp_path, site, *setups[site], give, stick))
    files = sorted(stick.glob("*.ppsync"))
    assert [f.name[:3] for f in files] == ["BZT", "DXL"]
    # the coordinator drops both files on the Sync page
    hub_window.show_page("sync")
    _drop(sync, files)
    qtbot.waitUntil(lambda: not sync._busy, timeout=30000)  # noqa: SLF001
    results = [sync.ui.resultsList.item(i).text() for i in range(sync.ui.resultsList.count())]
    assert len(results) == 2 and all(line.startswith("✓") and "密钥指纹" in line for line in results)
    table = sync.ui.pointsTable
    seen = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())}
    assert set(seen) == {"BZT", "DXL"}
    for site, name, _b in POINTS:
        with opened[0 if site == "BZT" else 1].read() as s:
            records = s.execute(text("SELECT last_seq FROM site WHERE is_self = 1")).scalar_one()
        row = seen[site]
        assert row[1] == name and f"{records} 条" in row[2] and row[3] == str(records)
        assert row[5] == "无"
    progress = sync.ui.progressTable
    lines = [[progress.item(r, c).text() for c in range(progress.columnCount())] for r in range(progress.rowCount())]
    assert ["4月10日 蔬菜包", "白竹亭东门（BZT）", "3", "3", "1", "33%"] in lines
    assert ["4月10日 蔬菜包", "东兴路菜场（DXL）", "4", "4", "2", "50%"] in lines
    # the parcel handed over at both points: one conflict, both records, the provisional winner
    conflicts = sync.ui.conflictsTable
    assert conflicts.rowCount() == 1
    assert conflicts.item(0, 0).text() == "同一包裹发放了两次" and shared in conflicts.item(0, 1).text()
    both = conflicts.item(0, 2).text()
    assert "BZT 第" in both and "DXL 第" in both and "志愿者小周" in both
    assert conflicts.item(0, 3).text().startswith("以 ")
    assert "2 个接驳点，0 处缺口，1 个冲突待处理" in hub_window.sync_label.text()
    sync.ui.tabs.setCurrentWidget(sync.ui.conflictsTab)
    conflicts.selectRow(0)
    assert sync.ui.resolveButton.isEnabled()

    def answer(dialog) -> int:  # noqa: ANN001 - the coordinator picks DXL's record and says why
        dialog.ui.choiceList.setCurrentRow([i for i in range(dialog.ui.choiceList.count())
                                            if "DXL" in dialog.ui.choiceList.item(i).text()][0])
        dialog.ui.reasonEdit.setText("东兴路菜场有签字回执")
        dialog._accept()  # noqa: SLF001
        return dialog.result()

    monkeypatch.setattr(reason_dialog.ReasonDialog, "exec", answer)
    qtbot.mouseClick(sync.ui.resolveButton, Qt.MouseButton.LeftButton)
    assert conflicts.rowCount() == 0
    with hub.read() as s:
        assert s.execute(text("SELECT operator, reason FROM resolution")).one() == ("李晓东", "东兴路菜场有签字回执")
    qtbot.waitUntil(lambda: "0 个冲突待处理" in hub_window.sync_label.text(), timeout=5000)
    done = sync.ui.resolvedTable  # what was decided, by whom, why
    assert done.isVisible() and done.rowCount() == 1
    assert [done.item(0, c).text() for c in (0, 3, 5)] == ["同一包裹发放了两次", "李晓东", "东兴路菜场有签字回执"]
    assert done.item(0, 2).text().startswith("DXL 第")
    # both points' uncollected parcels, by point
    lists = hub_window.show_page("lists")
    qtbot.waitUntil(lambda: lists.ready() and lists.data is not None, timeout=30000)
    assert "2 个接驳点" in lists.ui.summaryLabel.text()
    assert [lists.ui.pointsList.item(i).text() for i in range(lists.ui.pointsList.count())] == [
        "白竹亭东门（BZT）：2 户、2 件", "东兴路菜场（DXL）：2 户、2 件"]
    for ctx in opened:
        ctx.close()
    hub.close()
