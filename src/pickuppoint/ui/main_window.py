"""The main window: navigation on the left, one page at a time, menus, a status bar.

For a fast start the window is built and painted before the database is opened (the database
layer's imports are the heavy part of starting): `MainWindow()` shows the frame, `attach(ctx)`
then opens the first page. Pages are built when first shown.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QProgressDialog, QToolButton, QWidget

from pickuppoint.ui import settings
from pickuppoint.ui.forms.ui_main_window import Ui_MainWindow
from pickuppoint.ui.large_text import follow_large_text
from pickuppoint.ui.pages import PageSpec, page_specs

if TYPE_CHECKING:
    from pickuppoint.services.context import Context
    from pickuppoint.ui.pages.base import Page

SLOW_CLOSE_MS = 1000  # closing waits for the writes; past this, it says so
DEFAULT_SIZE = QSize(1280, 700)  # with its frame, on a 768-pixel laptop screen
_open_windows: set[MainWindow] = set()  # windows replaced on a language switch live on here


class _ChangeBridge(QObject):
    """Context listeners may run on a worker thread; this brings the news to the GUI thread."""

    changed = Signal(object)


class MainWindow(QMainWindow):
    attached = Signal()

    def __init__(self, ctx: Context | None = None):
        super().__init__()
        self.ctx: Context | None = None
        self._early = None  # the counter's scan field while the database opens
        self._closing = False
        self.saving_box: QProgressDialog | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.specs: list[PageSpec] = page_specs()
        self.pages: dict[str, Page] = {}
        self.page_actions: dict = {}  # page key -> its QAction in the View menu
        for number, spec in enumerate(self.specs, start=1):
            self.ui.pages.addWidget(QWidget())  # a blank slot until the page is first shown
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 44))
            item.setToolTip(self.tr("{page}（Alt+{n}）").format(page=spec.title, n=number))
            self.ui.navigation.addItem(item)
        from pickuppoint.ui import main_menus  # the menus' wiring, kept apart

        main_menus.setup(self)
        self.operator_label = QLabel()
        self.site_label = QLabel()
        self.sync_label = QLabel(self)  # shown once there is a sync state to show (services/sync)
        self.sync_label.setObjectName("syncState")
        self.sync_label.setVisible(False)
        from pickuppoint.ui.round_status import RoundStatus

        self.round_label = RoundStatus(self)  # the round the counter is working on
        self.statusBar().addPermanentWidget(self.round_label)
        for label in (self.sync_label, self.site_label, self.operator_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        self.shift_button = QToolButton(self)  # 换班 (F9), beside the operator
        self.shift_button.setDefaultAction(self.ui.actionSwitchShift)
        self.statusBar().addPermanentWidget(self.shift_button)
        self.safety = None  # backups and the lock (ui/safety.py), once the database is open
        self.replaced_by: MainWindow | None = None  # a restore opens a new window
        self.setWindowTitle(self.tr("社区接驳点"))
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)

    # --- the database ---------------------------------------------------------------------

    def attach(self, ctx: Context, page: str | None = None) -> None:
        """Show `ctx`'s point: the title, the status bar, the first page."""
        self.ctx = ctx
        self._bridge = _ChangeBridge()
        self._bridge.changed.connect(self._on_changed, Qt.ConnectionType.QueuedConnection)
        bridge = self._bridge
        ctx.on_change(lambda kinds: bridge.changed.emit(kinds) if self.ctx is ctx else None)
        from pickuppoint.ui import shift
        from pickuppoint.ui.safety import Safety

        self.safety = Safety(ctx, self)
        shift.connect(self)
        self.show_site()
        self.round_label.follow(ctx)
        if ctx.role is None:
            self.statusBar().showMessage(self.tr(
                "还没有设置操作人，谁都可以做所有操作：请在“操作人 → 添加操作人”设置第一位社区工作者。"), 30000)
        early, self._early = self._early, None
        codes = early.codes if early is not None else []
        typed = early.field.text() if early is not None else ""
        self.ui.navigation.currentRowChanged.connect(self._show_page)
        row = self._row(page) if page else self._start_row()
        if self.ui.navigation.currentRow() == row:
            self._show_page(row)
        else:
            self.ui.navigation.setCurrentRow(row)
        field = getattr(self.pages.get(self.specs[row].key), "field", None)
        if field is not None and (codes or typed):  # scanned while the database was opening
            for code in codes:
                field.scanned.emit(code)
            field.insert(typed)
        elif codes:  # not on the counter after all: say so rather than drop them unseen
            self.statusBar().showMessage(self.tr("打开数据库前扫到的条码没有处理，请在发放页重新扫码：{codes}")
                                         .format(codes=" ".join(codes)))
        self.safety.backup_now()  # the start backup, then its check in the background
        self.attached.emit()

    def await_database(self, db_path: Path) -> None:
        """Before the database opens: when the window will open on the counter, its scan field
        is there at once and keeps what is scanned (ui/widgets/early_scan.py)."""
        from pickuppoint.ui.widgets.early_scan import EarlyScan, opens_on_counter

        keys = [spec.key for spec in self.specs]
        if "counter" not in keys or not opens_on_counter(db_path):
            return
        row = keys.index("counter")
        self._early = EarlyScan()
        blank = self.ui.pages.widget(row)
        self.ui.pages.insertWidget(row, self._early)
        self.ui.pages.removeWidget(blank)
        blank.deleteLater()
        self.ui.pages.setCurrentIndex(row)
        self.ui.navigation.setCurrentRow(row)
        self._early.take_focus()

    def show_site(self) -> None:
        site = self.ctx.site
        self.setWindowTitle(self.tr("社区接驳点 — {name}（{id}）").format(name=site.name, id=site.site_id))
        self.site_label.setText(self.tr("接驳点：{name}（{id}）").format(name=site.name, id=site.site_id))
        self.site_label.setToolTip(self.tr("数据库：{path}").format(path=self.ctx.db.path))
        self.show_operator()
        self._show_sync_state()

    def show_operator(self) -> None:
        """The operator in the status bar; pages follow the operator's role (masked phones,
        buttons a volunteer may not use)."""
        from pickuppoint.services.operators.roles import role_label

        role = self.ctx.role
        who = self.ctx.operator if role is None else self.tr("{name}（{role}）").format(
            name=self.ctx.operator, role=role_label(role))
        self.operator_label.setText(self.tr("操作人：{who}").format(who=who))
        for page in self.pages.values():
            page.role_changed()

    def _show_sync_state(self) -> None:
        """Sync state in the status bar: "已同步至 #N" on a point, gaps and conflicts on a hub."""
        from pickuppoint.services.sync import status as sync_status

        with self.ctx.read() as s:
            line = sync_status.status_line(s)
        self.sync_label.setText(line)
        self.sync_label.setVisible(bool(line))

    def _row(self, key: str) -> int:
        return next(i for i, spec in enumerate(self.specs) if spec.key == key)

    def _start_row(self) -> int:
        """The counter when the point has parcels (its scan field takes the focus, so the first
        scan works without a click); otherwise the roster, which is where a new point starts."""
        from sqlalchemy import text

        keys = [spec.key for spec in self.specs]
        with self.ctx.read() as s:
            has_parcels = s.execute(text("SELECT 1 FROM parcel LIMIT 1")).first() is not None
        wanted = "counter" if has_parcels else "households"
        return keys.index(wanted) if wanted in keys else 0

    # --- pages ----------------------------------------------------------------------------

    def page(self, key: str) -> Page:
        """The page (built now if it was not yet)."""
        page = self.pages.get(key)
        if page is None:
            row = self._row(key)
            page = self.specs[row].factory(self.ctx, self)
            follow_large_text(page)  # its fixed sizes follow large text too
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
        self.ui.navigation.setCurrentRow(self._row(key))
        return page

    def current_key(self) -> str:
        row = self.ui.navigation.currentRow()
        return self.specs[row].key if row >= 0 else self.specs[0].key

    def _show_page(self, row: int) -> None:
        if row < 0 or self.ctx is None:
            return
        page = self.page(self.specs[row].key)
        self.ui.pages.setCurrentIndex(row)
        action = self.page_actions.get(self.specs[row].key)
        if action is not None:
            action.setChecked(True)
        page.activated()

    def _on_changed(self, kinds: set[str]) -> None:
        if self.ctx is not None:
            self._show_sync_state()
            self.round_label.changed(kinds)
        for page in self.pages.values():
            if page.concerns(kinds):
                page.refresh()
        if "site.initialized" in kinds and self.ctx is not None:
            self.show_site()

    # --- size and state -------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = QSettings().value(settings.GEOMETRY)
        if saved is not None and self.restoreGeometry(saved):
            state = QSettings().value(settings.WINDOW_STATE)
            if state is not None:
                self.restoreState(state)
            return
        screen = QGuiApplication.primaryScreen()
        size = QSize(DEFAULT_SIZE)
        if screen is not None:  # a 1366x768 laptop: the whole window on the screen
            size = size.boundedTo(screen.availableGeometry().size())
        self.resize(size)

    # --- closing: what the screen confirmed is written first ---

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt
        tasks = sys.modules.get("pickuppoint.ui.tasks")  # not loaded: nothing was written
        if tasks is not None and tasks.writes().pending:
            event.ignore()
            if self._closing:
                return
            self._closing = True
            self.statusBar().showMessage(self.tr("正在保存刚才的操作，保存完就关闭……"))
            tasks.writes().idle.connect(self._written)
            QTimer.singleShot(SLOW_CLOSE_MS, self._tell_saving)
            return
        if self.safety is not None and self.replaced_by is None and not getattr(self, "_reopened", False):
            self.safety.at_exit()  # the last automatic backup, after the last write
        s = QSettings()
        s.setValue(settings.GEOMETRY, self.saveGeometry())
        s.setValue(settings.WINDOW_STATE, self.saveState())
        _open_windows.discard(self)
        super().closeEvent(event)

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
        from pickuppoint.ui.tasks import writes

        if writes().pending:  # a callback started another write (the desk's next batch)
            return
        writes().idle.disconnect(self._written)
        self._closing = False
        if self.saving_box is not None:
            self.saving_box.reset()
            self.saving_box.hide()
            self.saving_box = None
        self.close()

    # --- a language switch ----------------------------------------------------------------

    def reopen(self) -> MainWindow:
        """The same window again in the language now loaded (every page and menu made anew in
        it; the documents printed from then on follow it too). This one closes."""
        replacement = MainWindow()
        replacement.restoreGeometry(self.saveGeometry())
        if self.ctx is not None:
            replacement.attach(self.ctx, self.current_key())
        _open_windows.add(replacement)
        replacement.show()
        self.ctx = None  # the listener of this window falls silent
        self._reopened = True
        if self.safety is not None:
            self.safety.setParent(None)
            self.safety.deleteLater()
            self.safety = None
        self.close()
        self.deleteLater()
        return replacement

