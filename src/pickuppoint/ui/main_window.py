"""The main window: navigation on the left, one page at a time."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QSize, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox
from sqlalchemy import text

from pickuppoint import __version__, i18n
from pickuppoint.services.context import Context
from pickuppoint.ui.forms.ui_main_window import Ui_MainWindow
from pickuppoint.ui.pages import page_factories
from pickuppoint.ui.pages.base import Page


class _ChangeBridge(QObject):
    """Context listeners may run on a worker thread; this brings the news to the GUI thread."""

    changed = Signal(object)


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context):
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.pages: dict[str, Page] = {}
        for key, factory in page_factories():
            page = factory(ctx, self)
            self.pages[key] = page
            self.ui.pages.addWidget(page)
            item = QListWidgetItem(page.title())
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 44))
            self.ui.navigation.addItem(item)
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.ui.navigation.currentRowChanged.connect(self._show_page)
        self._bridge = _ChangeBridge()
        self._bridge.changed.connect(self._on_changed, Qt.ConnectionType.QueuedConnection)
        ctx.on_change(self._bridge.changed.emit)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionLanguageChinese.setChecked(i18n.language() == "zh_CN")
        self.ui.actionLanguageEnglish.setChecked(i18n.language() == "en")
        self.ui.actionLanguageChinese.triggered.connect(lambda: self._language_hint("zh_CN"))
        self.ui.actionLanguageEnglish.triggered.connect(lambda: self._language_hint("en"))
        site = ctx.site
        self.setWindowTitle(self.tr("社区接驳点 — {name}（{id}）").format(name=site.name, id=site.site_id))
        self.statusBar().showMessage(
            self.tr("操作人：{op}　数据库：{path}").format(op=ctx.operator, path=ctx.db.path))
        self.ui.navigation.setCurrentRow(self._start_row())

    def _start_row(self) -> int:
        """The counter when the point has parcels to hand over (its scan field takes the focus,
        so the first scan works without a click); otherwise the next page (the roster)."""
        keys = list(self.pages)
        if "counter" not in keys or len(keys) == 1:
            return 0
        with self.ctx.read() as s:
            has_parcels = s.execute(text("SELECT 1 FROM parcel LIMIT 1")).first() is not None
        if has_parcels:
            return keys.index("counter")
        return next(i for i, k in enumerate(keys) if k != "counter")

    def show_page(self, key: str) -> Page:
        page = self.pages[key]
        self.ui.navigation.setCurrentRow(list(self.pages).index(key))
        return page

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.ui.pages.setCurrentIndex(row)
        page = self.ui.pages.currentWidget()
        if isinstance(page, Page):
            page.activated()

    def _on_changed(self, kinds: set[str]) -> None:
        for page in self.pages.values():
            if page.concerns(kinds):
                page.refresh()

    def _language_hint(self, language: str) -> None:
        """Remember the language; it applies the next time the program opens."""
        QSettings().setValue("language", language)
        self.ui.actionLanguageChinese.setChecked(language == "zh_CN")
        self.ui.actionLanguageEnglish.setChecked(language == "en")
        if language != i18n.language():
            QMessageBox.information(
                self, self.tr("界面语言"), self.tr("下次打开程序时使用新的界面语言。"))

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("关于"),
            self.tr("社区接驳点 {version}\n离线可用的社区物资接驳与发放程序。").format(version=__version__))
