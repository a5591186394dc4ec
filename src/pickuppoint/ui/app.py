"""Starting the desktop application.

The window is painted first and the database opened after (SQLAlchemy, SQLModel and the
services are the heavy part of starting): `run_app` takes the window's lock on the file (one
window per database: ui/instance.py), shows the frame, then `open_database` opens the file, asks
the first-run questions on a database with no point yet, and shows the first page.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pickuppoint import i18n
from pickuppoint.errors import UserError
from pickuppoint.paths import resource
from pickuppoint.ui import settings
from pickuppoint.ui.translator import load_translator

_FONT_FAMILY: str | None = None


def application(lang: str | None = None) -> QApplication:
    """The one QApplication, set up with the bundled CJK font, the chosen language (else the one
    in the settings, else the system's) and the comfort settings (large text, high contrast)."""
    global _FONT_FAMILY
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("pickuppoint")
    app.setOrganizationName("pickuppoint")
    app.setApplicationDisplayName("")
    icon = resource("icons", "pickuppoint.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if _FONT_FAMILY is None:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "wqy-microhei.ttc")))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _FONT_FAMILY = families[0] if families else ""
    if _FONT_FAMILY:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), _FONT_FAMILY])
        app.setFont(font)
    prefs = settings.load()
    load_translator(i18n.normalize_language(lang) if lang else settings.interface_language(prefs))
    settings.apply_comfort(app, prefs)
    return app


class _FirstPaint(QObject):
    """Calls `then` once, after the window's first paint has been shown."""

    def __init__(self, window, then):  # noqa: ANN001
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802 - Qt
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


HEAVY_MODULES = ("pickuppoint.services.context", "pickuppoint.ui.first_run", "pickuppoint.ui.pages.counter")


def load_in_background(then) -> None:  # noqa: ANN001
    """Import the database layer and the first page in a thread, so the painted window keeps
    answering (the scan field echoes what is typed); then `then()` on the GUI thread."""
    done = threading.Event()

    def work() -> None:
        try:
            for name in HEAVY_MODULES:
                importlib.import_module(name)
        except Exception:  # noqa: BLE001, S110 - the GUI thread imports again and reports it
            pass
        finally:
            done.set()

    threading.Thread(target=work, name="start-up imports", daemon=True).start()

    def poll() -> None:
        if done.is_set():
            then()
        else:
            QTimer.singleShot(5, poll)  # noqa: B023

    poll()


def _cannot_open(window: QWidget | None, exc: BaseException, db_path: Path) -> None:
    from pickuppoint.ui.tasks import failure_sentence

    message = exc.message if isinstance(exc, UserError) else failure_sentence(exc, path=db_path)
    QMessageBox.critical(window, QCoreApplication.translate("App", "无法打开数据库"), message)
    sys.stderr.write(message + "\n")


def open_database(window, db_path: Path, operator: str | None, demo: bool = False,  # noqa: ANN001
                  opened: list | None = None) -> bool:
    """Open the database in the painted window; the first-run wizard on a fresh one. Every
    context opened is added to `opened` (the caller closes them at the end)."""
    from pickuppoint.services.context import Context

    try:
        ctx = Context.open(db_path, operator)
    except Exception as exc:  # noqa: BLE001 - every failure to open is one sentence
        _cannot_open(window, exc, db_path)
        window.close()
        return False
    if opened is not None:
        opened.append(ctx)
    from pickuppoint.ui.first_run import FirstRunWizard, needs_setup
    from pickuppoint.ui.shift import sign_in_at_start

    if demo or not needs_setup(ctx):
        if not sign_in_at_start(ctx, window):  # operators set up: who is at the keyboard
            window.close()
            return True
        window.attach(ctx)
        return True
    wizard = FirstRunWizard(ctx, window)
    window.first_run = wizard

    def show_point() -> None:
        window.attach(wizard.context)
        if wizard.choice == "coordinator" and not wizard.import_roster:
            window.show_page("sync")  # where a coordinator adds the points
        elif wizard.import_roster:
            from pickuppoint.ui.main_menus import press

            press(window, "households", "importButton")

    def finished(result: int) -> None:
        if not result or wizard.context is None:
            window.close()  # nothing set up: the next start asks again
            return
        if opened is not None and wizard.context is not ctx:
            opened.append(wizard.context)
        if wizard.choice in ("point", "coordinator"):
            first_worker(window, wizard.context, show_point, wizard.choice)
        else:
            show_point()

    wizard.finished.connect(finished)
    wizard.open()
    return True


def first_worker(window, ctx, then, kind: str = "point") -> None:  # noqa: ANN001
    """The first community worker of a point just set up (the first coordinator of a hub), in the
    Operators menu's own dialog; the one who adds it is signed in as that operator. Cancel: no
    operators yet, nobody signs in."""
    from pickuppoint.services.operators.signin import sign_in
    from pickuppoint.ui.dialogs.operator_dialog import OperatorDialog

    dialog = OperatorDialog(ctx, window, first=True, coordinator=kind == "coordinator")
    window.first_worker = dialog

    def done(result: int) -> None:
        if result and dialog.added is not None:
            sign_in(ctx, dialog.added.name, dialog.ui.pinEdit.text() or None)
        then()

    dialog.finished.connect(done)
    dialog.open()



def run_app(db_path: Path, operator: str | None, lang: str | None, demo: bool = False) -> int:
    """Open the window on `db_path` until it closes. A database that cannot be opened, or that
    another window has open, is a message box and exit status 1. While the window runs, an
    exception no one caught (a database file failing under a page) is a message box with its
    sentence, not a traceback."""
    app = application(lang)
    from pickuppoint.ui import instance

    db_path = Path(db_path).expanduser().resolve()
    try:
        lock = instance.hold(db_path)  # before any window: a second one is refused at once
    except UserError as exc:
        _cannot_open(None, exc, db_path)
        return 1
    from pickuppoint.ui.main_window import MainWindow

    window = MainWindow()
    window.statusBar().showMessage(QCoreApplication.translate("App", "正在打开……"))
    status = {"failed": False}
    opened: list = []

    def go() -> None:
        if not window.isVisible():  # closed before the database layer had loaded
            return
        status["failed"] = not open_database(window, db_path, operator, demo, opened)
        window.statusBar().clearMessage()

    window.await_database(db_path)
    _FirstPaint(window, lambda: load_in_background(go))
    previous_hook = sys.excepthook
    sys.excepthook = lambda _t, exc, _tb: _show_failure(window, exc, db_path)
    try:
        window.show()
        quit_after = os.environ.get("PICKUPPOINT_QUIT_AFTER", "")
        if quit_after.isdigit():  # a smoke test of an installed copy: open, then close as a user would
            window.attached.connect(lambda: QTimer.singleShot(int(quit_after), QApplication.closeAllWindows))
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
        tasks = sys.modules.get("pickuppoint.ui.tasks")
        if tasks is not None:
            tasks.writes().wait()  # the window waited for them when it closed; this is the last guard
        current = window
        while getattr(current, "replaced_by", None) is not None:  # a restore opened a new window
            current = current.replaced_by
        if current.ctx is not None and current.ctx not in opened:
            opened.append(current.ctx)
        for ctx in opened:
            ctx.close()
        if lock is not None:
            lock.unlock()
    return 1 if status["failed"] else code


def _show_failure(window: QWidget, exc: BaseException, db_path: Path) -> None:
    from pickuppoint.ui.tasks import failure_sentence

    message = exc.message if isinstance(exc, UserError) else failure_sentence(exc, path=db_path)
    sys.stderr.write(message + "\n")
    QMessageBox.critical(window, QApplication.translate("App", "操作没有完成"), message)
