"""Real X key events (xdotool) into the receiving page under Xvfb, with no window manager: choose
the round with the mouse, then with the keyboard, then scanner bursts; print what was recorded.
Run by tests/test_real_keyboard.py (python x11_receiving.py DB)."""

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from pickuppoint.services.context import Context
from pickuppoint.services.demo import community as demo
from pickuppoint.ui.app import application
from pickuppoint.ui.main_window import MainWindow

app = application("zh_CN")


def pump(seconds: float) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.005)


def xdo(*args: str) -> None:
    """Run xdotool while the window keeps processing events."""
    p = subprocess.Popen(["xdotool", *args])
    while p.poll() is None:
        app.processEvents()
        time.sleep(0.002)


def click(x: int, y: int) -> None:
    xdo("mousemove", str(x), str(y))
    xdo("click", "1")


def scan(code: str) -> None:
    """A keyboard-wedge scanner: the characters a few milliseconds apart, then Enter."""
    xdo("type", "--delay", "8", code)
    xdo("key", "Return")


def main() -> None:
    ctx = Context.open(Path(sys.argv[1]), "李晓东")
    demo.ensure_demo(ctx)
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.move(0, 0)
    window.show()
    window.activateWindow()
    page = window.show_page("receiving")
    page.sounds.enabled = False
    pump(1.0)
    combo = page.ui.roundCombo
    with ctx.read() as s:
        rid = s.execute(text("SELECT round_id FROM parcel WHERE label LIKE 'DD%' LIMIT 1")).scalar()
        codes = s.execute(text(  # what the supplier's labels say
            "SELECT label FROM parcel WHERE round_id = :r AND status = 'expected' AND label LIKE 'DD%' "
            "ORDER BY label LIMIT 3"), {"r": rid}).scalars().all()

    # the mouse: open the combo box, click the round
    centre = combo.mapToGlobal(QPoint(combo.width() // 2, combo.height() // 2))
    click(centre.x(), centre.y())
    pump(0.5)
    view = combo.view()
    item = view.viewport().mapToGlobal(view.visualRect(combo.model().index(combo.findData(rid), 0)).center())
    click(item.x(), item.y())
    pump(0.5)
    print("round chosen", combo.currentData() == rid, "focus", type(QApplication.focusWidget()).__name__)
    scan(codes[0])
    pump(1.0)

    # the keyboard: the combo box focused, its list opened with Alt+Down, chosen with Enter
    click(centre.x(), centre.y())
    pump(0.4)
    xdo("key", "Escape")
    pump(0.2)
    xdo("key", "alt+Down")
    pump(0.4)
    xdo("key", "Return")
    pump(0.4)
    print("focus after keyboard", type(QApplication.focusWidget()).__name__, "round", combo.currentData() == rid)
    for code in codes[1:]:
        scan(code)
        pump(0.6)
    pump(1.0)
    deadline = time.time() + 15
    while not page.idle and time.time() < deadline:  # everything decided is written
        pump(0.1)
    with ctx.read() as s:
        for code in codes:
            print(code, s.execute(text("SELECT status FROM parcel WHERE label = :c AND round_id = :r"),
                                  {"c": code, "r": rid}).scalar())
        print("surplus", s.execute(text("SELECT code FROM parcel WHERE surplus = 1")).scalars().all())


if __name__ == "__main__":
    main()
