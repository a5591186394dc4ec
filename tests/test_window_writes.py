"""The window's writes go through one thread, in order, and closing the window waits for them;
a second window on the same database is refused; a database failing under the window is a
message box with one sentence."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cli_helpers import run_cli
from pickuppoint.services.rounds import records as rounds
from pickuppoint.ui import main_window
from pickuppoint.ui.main_window import MainWindow
from pickuppoint.ui.tasks import run_in_background, run_write, writes


def _round_names(ctx) -> list[str]:
    with ctx.read() as s:
        return [r.name for r in rounds.all_rounds(s)]


def _create_round(ctx, name: str, delay: float = 0.0) -> str:
    time.sleep(delay)
    return rounds.create(ctx, name).name


def test_writes_run_one_at_a_time_in_the_order_given(app, qtbot, ctx):
    active, most, order = [0], [0], []
    lock = threading.Lock()

    def write(i: int) -> int:
        with lock:
            active[0] += 1
            most[0] = max(most[0], active[0])
        time.sleep(0.02 if i % 3 else 0.05)  # the early ones are the slow ones
        _create_round(ctx, f"批次{i:02d}")
        with lock:
            active[0] -= 1
        return i

    for i in range(12):
        run_write(write, i, on_done=order.append)
    qtbot.waitUntil(lambda: len(order) == 12, timeout=60000)  # generous: a loaded disk syncs slowly
    assert order == list(range(12))
    assert most[0] == 1
    assert sorted(_round_names(ctx)) == [f"批次{i:02d}" for i in range(12)]


def test_a_callback_that_fails_does_not_keep_the_window_from_closing(app, qtbot, ctx):
    """A page gone before its write came back (its callback raises): the write is counted off
    when it has run, whatever its callback does, or closing would wait for ever."""
    before = writes().pending

    def gone(_result: object) -> None:
        raise RuntimeError("Internal C++ object already deleted")

    with qtbot.captureExceptions() as exceptions:
        run_write(_create_round, ctx, "第一批", on_done=gone)
        qtbot.waitUntil(lambda: len(exceptions) == 1, timeout=60000)
    # counted off on the write thread just after the outcome is sent: on a loaded machine the
    # GUI thread may run the callback first
    qtbot.waitUntil(lambda: writes().pending == before, timeout=5000)
    assert _round_names(ctx) == ["第一批"]


def test_closing_the_window_waits_for_the_writes_and_says_so_when_slow(
        app, qtbot, ctx, monkeypatch):
    monkeypatch.setattr(main_window, "SLOW_CLOSE_MS", 100)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    confirmed = []
    # a write whose callback starts the next one (as the receiving desk's batches do)
    run_write(_create_round, ctx, "第一批", 0.6,
              on_done=lambda name: (confirmed.append(name),
                                    run_write(_create_round, ctx, "第二批", 0.3, on_done=confirmed.append)))
    assert window.close() is False
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.saving_box is not None and window.saving_box.isVisible(),
                    timeout=3000)
    assert "写完就关闭" in window.saving_box.labelText()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60000)
    assert confirmed == ["第一批", "第二批"]
    assert sorted(_round_names(ctx)) == ["第一批", "第二批"]


def test_closing_without_pending_writes_is_immediate(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.close() is True and window.saving_box is None


def test_a_failing_write_comes_back_as_the_database_sentence(app, qtbot, ctx):
    failed = []

    def locked(_ctx) -> None:
        raise sqlite3.OperationalError("database is locked")

    run_write(locked, ctx, on_failed=failed.append)
    run_in_background(locked, ctx, on_failed=failed.append)
    qtbot.waitUntil(lambda: len(failed) == 2, timeout=5000)
    for message in failed:
        assert message.startswith("另一个程序正占用数据库 ") and str(ctx.db.path) in message


@pytest.fixture
def boxes(monkeypatch):
    shown: list[str] = []

    def critical(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def _run_app_briefly(db_path) -> int:
    """`run_app` on `db_path`, its window closed as soon as it shows."""
    from pickuppoint.ui.app import run_app

    def close() -> None:  # the last window closed ends the event loop (no quit(): a second
        QApplication.closeAllWindows()  # quit event would end the next test's dialog too)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(close)
    timer.start(200)
    try:
        return run_app(db_path, "测试员", "zh_CN")
    finally:
        timer.stop()  # refused before the window opened: no stray close later


def test_a_second_window_on_the_same_database_is_refused(app, tmp_path, boxes, capsys):
    from pickuppoint.ui import instance

    path = tmp_path / "point.sqlite3"
    assert run_cli(capsys, "--db", path, "init", "--site-id", "P01", "--name", "白竹亭").code == 0
    first = instance.hold(path.resolve())  # the first window
    try:
        assert _run_app_briefly(path) == 1
        assert len(boxes) == 1 and "已经在另一个窗口中打开了" in boxes[0]
        # the command line still shares the file with the window
        assert run_cli(capsys, "--db", path, "rounds", "create", "第一批").code == 0
    finally:
        first.unlock()
    assert _run_app_briefly(path) == 0  # the first window closed: the file opens again
    assert not (tmp_path / "point.sqlite3.lock").exists()  # and the lock went with the window


def test_a_lock_left_by_a_program_that_died_is_taken_over(app, tmp_path, boxes):
    path = (tmp_path / "point.sqlite3").resolve()
    script = ("import os, sys; from PySide6.QtCore import QLockFile; "
              "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0); "
              "assert lock.tryLock(0); os._exit(0)")  # killed with the lock held
    subprocess.run([sys.executable, "-c", script, str(path) + ".lock"], check=True)
    assert (tmp_path / "point.sqlite3.lock").exists()
    assert _run_app_briefly(path) == 0
    assert boxes == []


_FAILING_WINDOW = """
import sqlite3, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pickuppoint.ui.app import application, run_app
from pickuppoint.ui.main_window import MainWindow

QMessageBox.critical = staticmethod(lambda *a, **k: print("BOX:", a[2]))

def fail():  # a page reading a table that someone dropped
    raise sqlite3.OperationalError("no such table: parcel")

def close():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow):
            w.close()

application("zh_CN")  # timers need the application
QTimer.singleShot(300, fail)
QTimer.singleShot(600, close)
sys.exit(run_app(sys.argv[1], "测试员", "zh_CN"))
"""


def test_a_database_failing_under_the_window_is_a_message_box(tmp_path, capsys):
    path = (tmp_path / "point.sqlite3").resolve()
    assert run_cli(capsys, "--db", path, "init", "--site-id", "P01", "--name", "白竹亭").code == 0
    proc = subprocess.run([sys.executable, "-c", _FAILING_WINDOW, str(path)], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0
    assert proc.stdout.splitlines() == [f"BOX: 数据库 {path} 缺少表 parcel，文件已被改动或损坏。请从备份恢复。"]
    assert "Traceback" not in proc.stderr


def test_a_foreign_file_is_refused_by_the_window_untouched(app, tmp_path, boxes):
    path = tmp_path / "photos.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE album (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert _run_app_briefly(path) == 1
    assert len(boxes) == 1 and "别的程序的数据库" in boxes[0]
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos.db"]  # no lock file left
