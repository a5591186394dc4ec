"""The Sync pages as a coordinator and a point use them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from pickuppoint.services.demo.street_office import street_office
from pickuppoint.services.sync import status
from pickuppoint.ui.dialogs import reason_dialog
from pickuppoint.ui.main_window import MainWindow


@pytest.fixture
def office(tmp_path: Path, app):
    hub, points, files = street_office(tmp_path)
    yield hub, points, files
    for ctx in (hub, *points.values()):
        ctx.close()


def _drop(page, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)


def test_coordinator_drops_files_sees_points_gaps_conflicts_and_resolves(office, qtbot, monkeypatch) -> None:
    hub, _points, files = office
    window = MainWindow(hub)
    qtbot.addWidget(window)
    page = window.show_page("sync")
    _drop(page, files)
    qtbot.waitUntil(lambda: not page._busy, timeout=20000)  # noqa: SLF001
    lines = [page.ui.resultsList.item(i).text() for i in range(page.ui.resultsList.count())]
    assert len(lines) == len(files)
    assert any("DXL-2.ppsync" in line and "拒收" in line for line in lines)
    table = page.ui.pointsTable
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["BZT", "DXL"]
    assert table.item(1, 5).text() == "5–6"
    assert "缺 5–6 号，东兴路菜场" in page.ui.gapsLabel.text()
    assert "1 处缺口，1 个冲突待处理" in window.sync_label.text()
    assert page.ui.conflictsTable.rowCount() == 1
    assert "BZT 第" in page.ui.conflictsTable.item(0, 2).text()
    assert "DXL 第" in page.ui.conflictsTable.item(0, 2).text()
    # resolve: choose the second record, give a reason
    page.ui.conflictsTable.selectRow(0)

    def answer(dialog) -> int:  # noqa: ANN001
        dialog.ui.choiceList.setCurrentRow(1)
        dialog.ui.reasonEdit.setText("东兴路有回执")
        dialog._accept()  # noqa: SLF001
        return dialog.result()

    monkeypatch.setattr(reason_dialog.ReasonDialog, "exec", answer)
    page.resolve()
    assert page.ui.conflictsTable.rowCount() == 0
    with hub.read() as s:
        assert s.execute(text("SELECT operator, reason FROM resolution")).one() == ("李晓东", "东兴路有回执")
    # accepting the gap, recorded
    page.ui.tabs.setCurrentIndex(0)
    table.selectRow(1)
    monkeypatch.setattr(reason_dialog.ReasonDialog, "exec",
                        lambda d: (d.ui.reasonEdit.setText("U 盘坏了"), d._accept(), d.result())[-1])  # noqa: SLF001
    page.accept_gap()
    with hub.read() as s:
        dxl = [p for p in status.hub_state(s).points if p.site_id == "DXL"][0]
    assert dxl.gaps == [] and page.ui.gapsLabel.text() == ""
    # the same files again change nothing
    _drop(page, files)
    qtbot.waitUntil(lambda: not page._busy, timeout=20000)  # noqa: SLF001
    lines = [page.ui.resultsList.item(i).text() for i in range(page.ui.resultsList.count())]
    assert sum("以前已导入过" in line for line in lines) == len(files) - 1


def test_cancelling_an_import_stops_between_files_and_writes_no_half_file(office, qtbot, monkeypatch) -> None:
    from pickuppoint.services.sync import importer

    hub, _points, files = office
    window = MainWindow(hub)
    qtbot.addWidget(window)
    page = window.show_page("sync")
    real = importer.import_file

    def first_then_cancel(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - Cancel pressed during file 1
        result = real(*args, **kwargs)
        page._cancel.set()  # noqa: SLF001 - what the button does (it is clicked on the GUI thread)
        return result

    page.ui.cancelButton.click()
    assert page._cancel.is_set()  # noqa: SLF001
    monkeypatch.setattr(importer, "import_file", first_then_cancel)
    page.import_files(files)
    qtbot.waitUntil(lambda: not page._busy, timeout=20000)  # noqa: SLF001
    texts = [page.ui.resultsList.item(i).text() for i in range(page.ui.resultsList.count())]
    assert len(texts) == 2 and "BZT-1.ppsync" in texts[0] and "已取消" in texts[-1]
    with hub.read() as s:
        assert s.execute(text("SELECT file_name FROM sync_file")).scalars().all() == ["BZT-1.ppsync"]
        assert s.execute(text("SELECT count(*) FROM record WHERE site_id = 'DXL'")).scalar_one() == 0


def test_a_cancel_inside_a_file_rolls_that_file_back(office) -> None:
    from pickuppoint.services.sync import importer

    hub, _points, files = office
    # not cancelled before the file; cancelled while its body is read
    assert importer.import_files(hub, files[:1], is_cancelled=iter([False, True, True]).__next__) == []
    with hub.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_file")).scalar_one() == 0
        assert s.execute(text("SELECT count(*) FROM record WHERE site_id = 'BZT'")).scalar_one() == 0


def test_point_exports_to_the_folder_it_used_last_and_shows_what_is_acknowledged(
        office, qtbot, monkeypatch, tmp_path: Path) -> None:
    _hub, points, _files = office
    window = MainWindow(points["BZT"])
    qtbot.addWidget(window)
    page = window.show_page("sync")
    assert "已同步至 #8" in page.ui.stateLabel.text() and "还有 1 条" in page.ui.stateLabel.text()
    assert window.sync_label.text() == "已同步至 #8，1 条待确认"
    stick = tmp_path / "stick"
    stick.mkdir()
    asked = []

    def save(_parent, _title, start, _filter):  # noqa: ANN001, ANN202
        asked.append(start)
        return str(stick / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    page.export_batch()
    qtbot.waitUntil(lambda: not page._busy, timeout=20000)  # noqa: SLF001
    written = list(stick.glob("BZT-*.ppsync"))
    assert len(written) == 1 and "已导出 1 条记录（#9–#9）" in page.ui.resultLabel.text()
    page.export_batch()
    qtbot.waitUntil(lambda: not page._busy, timeout=20000)  # noqa: SLF001
    assert Path(asked[1]).parent == stick
