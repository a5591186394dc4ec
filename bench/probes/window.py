"""Open a window and report when it is first painted; exit at once (no teardown timed).

    window.py bare                 a bare QMainWindow (the floor)
    window.py app DB               the program's main window on DB, started as `pickuppoint` does;
                                   also reports when the counter's scan field has the keyboard
    window.py app DB --pages       ... then bring every page to the front, let background work
                                   finish, and report the memory held (RSS and its peak)

Prints one JSON line: {"painted": epoch seconds, "accepting": epoch seconds (app: a scan field
has the keyboard, so a scanned code is taken: the early one while the database opens), "ready":
epoch seconds (the counter page's own scan field has it), "rss": bytes, "hwm": bytes, "pages": ...}.
Exit status 3 when the program's window cannot be built yet (a module it needs is missing).
"""

from __future__ import annotations

import json
import os
import sys
import time


def memory() -> dict[str, int]:
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line[2:5].lower()] = int(line.split()[1]) * 1024
    return out


def finish(result: dict) -> None:
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def main() -> None:
    mode = sys.argv[1]
    pages = "--pages" in sys.argv
    from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    state: dict = {}

    def wait_ready() -> None:
        focus = app.focusWidget()
        if focus is not None and focus.isVisible() and focus.property("acceptsScans"):
            state.setdefault("accepting", time.time())  # a scan field has the keyboard
        if focus is not None and focus.objectName() == "scanField" and focus.isVisible():
            state["ready"] = time.time()  # the counter page itself
            if not pages:
                finish({"painted": state["painted"], "accepting": state["accepting"],
                        "ready": state["ready"], **memory()})
            QTimer.singleShot(0, walk_pages)
        else:
            QTimer.singleShot(1, wait_ready)

    def shown() -> None:
        state["painted"] = time.time()
        if mode == "bare":
            finish({"painted": state["painted"], **memory()})
        wait_ready()

    def walk_pages() -> None:
        window = next(w for w in app.topLevelWidgets()
                      if isinstance(w, QMainWindow) and w.isVisible())
        times = {}
        try:  # every page, built or not (pages are built when first shown)
            from pickuppoint.ui.pages import page_specs

            keys = [spec.key for spec in page_specs()]
        except ImportError:
            keys = list(getattr(window, "pages", {}))
        for key in keys:
            t = time.perf_counter()
            window.show_page(key)
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(60_000)
            app.processEvents()
            times[key] = time.perf_counter() - t
        QTimer.singleShot(300, lambda: finish({"painted": state["painted"], "pages": times,
                                               **memory()}))

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: ANN001, N802
            if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and not state:
                state["seen"] = True
                QTimer.singleShot(0, shown)  # after the whole first paint pass
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    if mode == "bare":
        window = QMainWindow()
        window.resize(1200, 800)
        window.show()
        sys.exit(app.exec())
    from pathlib import Path

    try:
        from pickuppoint.ui.app import run_app

        code = run_app(Path(sys.argv[2]), "bench", None)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("pickuppoint"):
            why = f"the main window cannot open yet ({exc})"
            sys.stdout.write(json.dumps({"not_ready": why}) + "\n")
            sys.stdout.flush()
            os._exit(3)
        raise
    sys.exit(code or 1)  # the window closed before it was painted


if __name__ == "__main__":
    main()
