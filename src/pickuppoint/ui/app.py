"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

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
    app = application(lang)
    from pickuppoint.services.context import Context
    from pickuppoint.ui.main_window import MainWindow

    try:
        ctx = Context.open(db_path, operator)
    except UserError as exc:
        QMessageBox.critical(None, app.translate("App", "无法打开数据库"), exc.message)
        sys.stderr.write(exc.message + "\n")
        return 1
    from pickuppoint.ui.shift import sign_in_at_start

    if not sign_in_at_start(ctx):
        ctx.close()
        return 0
    window = MainWindow(ctx)
    window.show()
    code = app.exec()
    current = window
    while getattr(current, "replaced_by", None) is not None:  # a restore opened a new window
        current = current.replaced_by
    current.ctx.close()
    return code
