"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pickuppoint import i18n
from pickuppoint.errors import UserError
from pickuppoint.paths import resource
from pickuppoint.ui.translator import load_translator

_FONT_FAMILY: str | None = None


def application(lang: str | None = None) -> QApplication:
    """The one QApplication, set up with the bundled CJK font and the chosen language."""
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
        font.setPointSize(max(app.font().pointSize(), 11))
        app.setFont(font)
    if not lang:
        saved = QSettings().value("language")
        lang = saved if saved in i18n.LANGUAGES else None
    load_translator(i18n.normalize_language(lang))
    return app


def run_app(db_path: Path, operator: str | None, lang: str | None, demo: bool = False) -> int:
    """Open the window on `db_path` until it closes. A database that cannot be opened, or that
    another window has open, is a message box and exit status 1. While the window runs, an
    exception no one caught (a database file failing under a page) is a message box with its
    sentence, not a traceback."""
    app = application(lang)
    from pickuppoint.services.context import Context
    from pickuppoint.ui import instance
    from pickuppoint.ui.main_window import MainWindow
    from pickuppoint.ui.tasks import failure_sentence, writes

    db_path = Path(db_path).expanduser().resolve()
    lock = None
    try:
        lock = instance.hold(db_path)
        ctx = Context.open(db_path, operator)
    except Exception as exc:  # noqa: BLE001 - every failure to open is one sentence
        if lock is not None:  # nothing of ours stays beside a file that is not ours
            lock.unlock()
        message = exc.message if isinstance(exc, UserError) else failure_sentence(exc, path=db_path)
        QMessageBox.critical(None, app.translate("App", "无法打开数据库"), message)
        sys.stderr.write(message + "\n")
        return 1
    from pickuppoint.ui.shift import sign_in_at_start

    if not sign_in_at_start(ctx):
        ctx.close()
        return 0
    window = MainWindow(ctx)
    previous_hook = sys.excepthook
    sys.excepthook = lambda _t, exc, _tb: _show_failure(window, exc, db_path)
    try:
        window.show()
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        writes().wait()  # the window waited for them when it closed; this is the last guard
        current = window
        while getattr(current, "replaced_by", None) is not None:  # a restore opened a new window
            current = current.replaced_by
        current.ctx.close()
        if lock is not None:
            lock.unlock()


def _show_failure(window: QWidget, exc: BaseException, db_path: Path) -> None:
    from pickuppoint.ui.tasks import failure_sentence

    message = exc.message if isinstance(exc, UserError) else failure_sentence(exc, path=db_path)
    sys.stderr.write(message + "\n")
    QMessageBox.critical(window, QApplication.translate("App", "操作没有完成"), message)
