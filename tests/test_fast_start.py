"""A fast start: the window is painted before the database layer loads; on a point with parcels
the counter's scan field is there at once, and what is scanned before the database is open is
handed to the counter, in order, once it is: nothing lost, nothing decided early."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter_data import community, queue, set_status
from pickuppoint.ui.main_window import MainWindow
from pickuppoint.ui.widgets.early_scan import EarlyScan, opens_on_counter
from test_counter_page import keys

ROOT = Path(__file__).resolve().parent.parent


def test_the_window_opens_without_the_database_layer():
    """Building and painting the window imports no SQLAlchemy, SQLModel or pydantic."""
    code = ("import sys; from pickuppoint.ui.app import application; app = application('zh_CN');"
            "from pickuppoint.ui.main_window import MainWindow; w = MainWindow(); w.show();"
            "app.processEvents();"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlmodel', 'pydantic',"
            " 'reportlab', 'openpyxl'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**__import__("os").environ, "PYTHONPATH": str(ROOT / "src")})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_codes_scanned_while_the_database_opens_reach_the_counter(app, qtbot, ctx, db_path):
    world = community(ctx)
    codes = queue(ctx, 2)
    for code in codes:
        set_status(ctx, code, "received")
    assert opens_on_counter(db_path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.await_database(db_path)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    early = window.ui.pages.currentWidget()
    assert isinstance(early, EarlyScan)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is early.field, timeout=2000)
    keys(qtbot, world.codes["veg502"])
    qtbot.keyClick(early.field, Qt.Key.Key_Return)
    keys(qtbot, "P01-0")  # half a code when the counter arrives
    assert early.codes == [world.codes["veg502"]]
    assert "1 个条码" in early.note.text()
    window.attach(ctx)
    counter = window.pages["counter"]
    assert window.ui.pages.currentWidget() is counter
    assert counter.ui.householdLabel.text() == "3-2-502"  # the early scan, decided by the counter
    assert counter.field.text() == "P01-0"


def test_a_new_point_or_a_point_without_parcels_gets_no_early_field(app, qtbot, ctx, db_path, tmp_path):
    assert not opens_on_counter(tmp_path / "missing.sqlite3")
    assert not opens_on_counter(db_path)  # set up, no parcels
    window = MainWindow()
    qtbot.addWidget(window)
    window.await_database(db_path)
    assert window._early is None


def test_only_global_options_open_the_window_without_the_command_parser():
    from pickuppoint.cli.main import _window_only

    assert _window_only([]) == {}
    assert _window_only(["--db", "p.sqlite3", "--lang=en", "--operator", "王"]) == {
        "db": "p.sqlite3", "lang": "en", "operator": "王"}
    assert _window_only(["households", "list"]) is None
    assert _window_only(["--db"]) is None  # the parser says what is missing
    assert _window_only(["--lang", "fr"]) is None
    assert _window_only(["--help"]) is None
