"""The roster import wizard as a community worker goes through it: choose the file, fix a column
the guess got wrong, read the report, import, and see the households."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from pickuppoint.services.households import records as households

ROSTER = Path(__file__).parent / "fixtures" / "roster"
NEXT = QWizard.WizardButton.NextButton
IMPORT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def wizard(app, qtbot, ctx):
    from pickuppoint.ui.dialogs.import_wizard import ImportWizard

    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def choose(qtbot, wizard, path: Path) -> None:
    wizard.choose_file(str(path))
    qtbot.waitUntil(lambda: wizard.ui.filePage.isComplete() or wizard.ui.fileStatus.text() not in
                    ("", wizard.tr("正在读取……")), timeout=5000)


def press(qtbot, wizard, which) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def to_report(qtbot, wizard) -> None:
    press(qtbot, wizard, NEXT)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=5000)


def combo(wizard, column: int):
    return wizard.ui.previewTable.cellWidget(0, column)


def db_households(ctx) -> dict[str, households.HouseholdData]:
    with ctx.read() as s:
        return {h.code: h for h in households.search(s, households.Query(), limit=10**6)}


def test_file_mapping_report_import(qtbot, wizard, ctx):
    choose(qtbot, wizard, ROSTER / "roster_utf8_bom.csv")
    assert "表头在第 1 行，下面有 6 行" in wizard.ui.fileStatus.text()
    assert not wizard.ui.sheetCombo.isVisible()  # a CSV has no sheets
    press(qtbot, wizard, NEXT)
    table = wizard.ui.previewTable
    assert table.horizontalHeaderItem(6).text() == "紧急联系人"
    assert table.item(1, 0).text() == "白竹亭小区3号楼2单元501室"
    assert table.verticalHeaderItem(1).text() == "2"  # the file's own row number
    assert combo(wizard, 0).currentText() == "地址" and combo(wizard, 6).currentText() == "不导入"
    combo(wizard, 6).setCurrentIndex(combo(wizard, 6).findData("proxies"))  # the user's choice
    assert "代领人" in wizard.ui.mappingStatus.text()
    to_report(qtbot, wizard)
    assert "6" in wizard.ui.newCount.text() and wizard.issues.rowCount() == 0
    press(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10000)
    assert wizard.result.imported == 6
    assert "新增 6 户" in wizard.ui.resultLabel.text()
    assert wizard.ui.progressBar.value() == wizard.ui.progressBar.maximum()
    hh = db_households(ctx)
    assert len(hh) == 6 and hh["3-2-501"].proxies == [{"name": "李梅", "phone": "13900139000"}]
    press(qtbot, wizard, FINISH)
    assert not wizard.isVisible()


def test_rows_with_errors_hold_the_import_until_skipped(qtbot, wizard, ctx):
    choose(qtbot, wizard, ROSTER / "roster_gb18030.csv")
    press(qtbot, wizard, NEXT)
    to_report(qtbot, wizard)
    issues = wizard.issues
    assert [(issues.index(r, 0).data(), issues.index(r, 1).data()) for r in range(issues.rowCount())] == [
        ("9", "错误"), ("10", "错误"), ("11", "错误"), ("12", "错误"), ("15", "警告"), ("17", "警告"),
        ("19", "错误"), ("24", "警告")]
    assert issues.index(0, 2).data() == "没有填房号。"
    assert not wizard.button(IMPORT).isEnabled() and "5 行有错误" in wizard.ui.reportStatus.text()
    wizard.ui.skipErrorsCheck.click()
    press(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10000)
    assert (wizard.result.imported, wizard.result.skipped) == (16, 6)
    assert len(db_households(ctx)) == 16


def test_a_field_given_to_one_column_leaves_the_other(qtbot, wizard):
    choose(qtbot, wizard, ROSTER / "roster_gb18030.csv")
    press(qtbot, wizard, NEXT)
    room = combo(wizard, 3)
    assert room.currentData() == "room"
    room.setCurrentIndex(room.findData(""))  # 房号 -> 不导入: nowhere to place a household
    assert not wizard.button(NEXT).isEnabled()
    assert "房号" in wizard.ui.mappingStatus.text()
    first = combo(wizard, 0)  # 序号 -> 房号
    first.setCurrentIndex(first.findData("room"))
    assert wizard.button(NEXT).isEnabled() and wizard.roster.mapping[0] == "room"
    head = combo(wizard, 4)
    assert head.currentData() == "head"
    combo(wizard, 9).setCurrentIndex(combo(wizard, 9).findData("head"))  # 代领人 -> 户主
    assert head.currentData() == "" and wizard.roster.mapping[9] == "head"


def test_an_xlsx_offers_its_sheets(qtbot, wizard):
    choose(qtbot, wizard, ROSTER / "roster.xlsx")
    sheets = wizard.ui.sheetCombo
    assert sheets.isVisible() and [sheets.itemText(i) for i in range(sheets.count())] == ["花名册", "二期楼栋"]
    assert "表头在第 3 行" in wizard.ui.fileStatus.text()
    sheets.setCurrentIndex(1)
    sheets.activated.emit(1)
    qtbot.waitUntil(lambda: wizard.roster is not None and wizard.roster.table.sheet == "二期楼栋",
                    timeout=5000)
    assert "表头在第 1 行，下面有 3 行" in wizard.ui.fileStatus.text()


def test_a_file_it_cannot_read_says_why(qtbot, wizard, tmp_path):
    fake = tmp_path / "名册.csv"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    choose(qtbot, wizard, fake)
    assert "不是 CSV 文本文件" in wizard.ui.fileStatus.text()
    assert not wizard.button(NEXT).isEnabled()


def test_the_households_page_button_opens_it_and_the_households_appear(app, qtbot, ctx):
    from pickuppoint.ui.dialogs.import_wizard import ImportWizard
    from pickuppoint.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("households")
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ImportWizard), timeout=3000)
    wizard = QApplication.activeModalWidget()
    choose(qtbot, wizard, ROSTER / "roster.xlsx")
    press(qtbot, wizard, NEXT)
    to_report(qtbot, wizard)
    wizard.ui.skipErrorsCheck.click()
    press(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10000)
    press(qtbot, wizard, FINISH)
    qtbot.waitUntil(lambda: page.model.rowCount() == 16, timeout=5000)
    codes = {page.model.household(r).code for r in range(page.model.rowCount())}
    assert {"3-2-501", "12-3-1301", "A-1-201"} <= codes


def test_the_report_lists_which_households_an_update_changes_and_how(qtbot, wizard, ctx, tmp_path):
    from pickuppoint.domain.address import Address

    households.create(ctx, households.HouseholdData.at(Address("3", "1", "301"), head="周大海",
                                                       phone="13800138301"))
    roster = tmp_path / "updated.csv"
    roster.write_text("楼栋,单元,房号,户主,电话\n3,1,301,郑新,\n3,1,302,吴小梅,13800138302\n", encoding="utf-8")
    choose(qtbot, wizard, roster)
    press(qtbot, wizard, NEXT)
    to_report(qtbot, wizard)
    assert "1" in wizard.ui.updatedCount.text()
    model = wizard.issues
    lines = [(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())]
    assert ("更新", "3-1-301：户主 周大海 → 郑新；电话 13800138301 → （空）") in lines
    assert db_households(ctx)["3-1-301"].head == "周大海"  # nothing written before 导入
    press(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10000)
    assert db_households(ctx)["3-1-301"].phone == ""
