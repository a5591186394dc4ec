"""The main window: navigation on the left, one page at a time."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QToolButton,
    QWidget,
)
from sqlalchemy import text

from pickuppoint import __version__, i18n
from pickuppoint.services.context import Context
from pickuppoint.services.operators.roles import role_label
from pickuppoint.services.sync import status as sync_status
from pickuppoint.ui import shift
from pickuppoint.ui.forms.ui_main_window import Ui_MainWindow
from pickuppoint.ui.pages import PageSpec, page_specs
from pickuppoint.ui.pages.base import Page
from pickuppoint.ui.safety import Safety
from pickuppoint.ui.tasks import writes

SLOW_CLOSE_MS = 1000  # closing waits for the writes; past this, it says so


class _ChangeBridge(QObject):
    """Context listeners may run on a worker thread; this brings the news to the GUI thread."""

    changed = Signal(object)


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context):
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        # Pages are built when first shown; until then a blank slot holds their place.
        self.specs: list[PageSpec] = page_specs()
        self.pages: dict[str, Page] = {}
        for spec in self.specs:
            self.ui.pages.addWidget(QWidget())
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 44))
            self.ui.navigation.addItem(item)
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
        self.statusBar().showMessage(self.tr("数据库：{path}").format(path=ctx.db.path), 8000)
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("syncState")
        self.statusBar().addPermanentWidget(self.sync_label)
        self._show_sync_state()
        self.operator_label = QLabel(self)
        self.shift_button = QToolButton(self)
        self.shift_button.setDefaultAction(self.ui.actionSwitchShift)
        self.statusBar().addPermanentWidget(self.operator_label)
        self.statusBar().addPermanentWidget(self.shift_button)
        self.safety = Safety(ctx, self)
        shift.connect(self)
        self.show_operator()
        if ctx.role is None:
            self.statusBar().showMessage(self.tr(
                "还没有设置操作人，谁都可以做所有操作：请在“操作人 → 添加操作人”设置第一位社区工作者。"), 30000)
        self.ui.navigation.setCurrentRow(self._start_row())
        self._closing = False
        self.saving_box: QProgressDialog | None = None
        self.safety.backup_now()  # the start backup, then its check in the background

    def show_operator(self) -> None:
        """The operator in the status bar; pages follow the operator's role (masked phones,
        buttons a volunteer may not use)."""
        role = self.ctx.role
        who = self.ctx.operator if role is None else self.tr("{name}（{role}）").format(
            name=self.ctx.operator, role=role_label(role))
        self.operator_label.setText(self.tr("操作人：{who}").format(who=who))
        for page in self.pages.values():
            page.role_changed()


    def _show_sync_state(self) -> None:
        """Sync state in the status bar: "已同步至 #N" on a point, gaps and conflicts on a hub."""
        with self.ctx.read() as s:
            line = sync_status.status_line(s)
        self.sync_label.setText(line)
        self.sync_label.setVisible(bool(line))

    def _start_row(self) -> int:
        """The counter when the point has parcels (its scan field takes the focus, so the first
        scan works without a click); otherwise the roster, which is where a new point starts."""
        keys = [spec.key for spec in self.specs]
        with self.ctx.read() as s:
            has_parcels = s.execute(text("SELECT 1 FROM parcel LIMIT 1")).first() is not None
        wanted = "counter" if has_parcels else "households"
        return keys.index(wanted) if wanted in keys else 0

    def page(self, key: str) -> Page:
        """The page (built now if it was not yet)."""
        page = self.pages.get(key)
        if page is None:
            row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
            page = self.specs[row].factory(self.ctx, self)
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            page.role_changed()
            blank = self.ui.pages.widget(row)
            self.ui.pages.insertWidget(row, page)
            self.ui.pages.removeWidget(blank)
            blank.deleteLater()
            self.pages[key] = page
        return page

    def show_page(self, key: str) -> Page:
        page = self.page(key)
        self.ui.navigation.setCurrentRow(next(i for i, s in enumerate(self.specs) if s.key == key))
        return page

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(self.specs[row].key)
        self.ui.pages.setCurrentIndex(row)
        page.activated()

    def _on_changed(self, kinds: set[str]) -> None:
        self._show_sync_state()
        for page in self.pages.values():
            if page.concerns(kinds):
                page.refresh()

    # --- closing: what the screen confirmed is written first ---

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if writes().pending == 0:
            self.safety.at_exit()  # the last automatic backup, after the last write
            event.accept()
            return
        event.ignore()
        if self._closing:
            return
        self._closing = True
        self.statusBar().showMessage(self.tr("正在保存刚才的操作，保存完就关闭……"))
        writes().idle.connect(self._written)
        QTimer.singleShot(SLOW_CLOSE_MS, self._tell_saving)

    def _tell_saving(self) -> None:
        if not self._closing:
            return
        box = QProgressDialog(self.tr("刚才的操作还在写入数据库，写完就关闭窗口，请稍候。"), "", 0, 0, self)
        box.setWindowTitle(self.tr("正在保存"))
        box.setCancelButton(None)  # what the screen confirmed is not given up
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(0)
        box.show()
        self.saving_box = box

    def _written(self) -> None:
        if writes().pending:  # a callback started another write (the desk's next batch)
            return
        writes().idle.disconnect(self._written)
        self._closing = False
        if self.saving_box is not None:
            self.saving_box.reset()
            self.saving_box.hide()
            self.saving_box = None
        self.close()

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
