"""第一次使用: a database with no point set up yet (nothing written in it) leads a newcomer to a
point of their own (its name and site id, then the roster import), to a street office's
coordination hub (the same two questions, then its deployment keys: services/sync/enrol.py), to the
point a coordinator's setup file describes (enrolment: services/sync/enrol.py, through the Sync page's own dialog), or
to the demo community (a separate practice file with households and parcels, the counter ready to
scan)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget, QWizard

from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.site import SITE_ID, init_site
from pickuppoint.ui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from pickuppoint.ui.tasks import run_in_background

WELCOME, POINT, ROSTER = 0, 1, 2


def needs_setup(ctx: Context) -> bool:
    """Nothing was ever written to this database: its point is the provisional one."""
    from sqlalchemy import text

    with ctx.read() as s:
        return s.execute(text("SELECT last_seq FROM site WHERE is_self = 1")).scalar_one() == 0


def make_demo(path: Path, operator: str) -> Path:
    """The demo community in its own file (off the GUI thread: it takes a few seconds)."""
    from pickuppoint.services.demo import community as demo

    ctx = Context.open(path, operator)
    try:
        demo.ensure_demo(ctx)
    finally:
        ctx.close()
    return path


class FirstRunWizard(QWizard):
    """Accepted: `context` is the database to open the window on (this one, set up as the point,
    or the demo's); `import_roster` says whether to open the roster import next."""

    def __init__(self, ctx: Context, parent: QWidget | None = None, demo_path: Path | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.context: Context | None = None
        self.choice = ""
        self.role = "point"  # or "coordinator": the street office's hub
        self.import_roster = False
        self.demo_path = demo_path
        self.ui = ui = Ui_FirstRunWizard()
        ui.setupUi(self)
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("下一步")),
                             (QWizard.WizardButton.BackButton, self.tr("上一步")),
                             (QWizard.WizardButton.FinishButton, self.tr("完成")),
                             (QWizard.WizardButton.CancelButton, self.tr("取消"))):
            self.setButtonText(button, text)
        ui.setupButton.clicked.connect(lambda: self._set_up_as("point"))
        ui.coordinatorButton.clicked.connect(lambda: self._set_up_as("coordinator"))
        ui.demoButton.clicked.connect(self.open_demo)
        ui.enrolButton.clicked.connect(self.open_enrol)
        ui.pointMessage.setStyleSheet("color: #b71c1c;")
        self.setStyleSheet("QCommandLinkButton { font-size: 15pt; min-height: 80px; }")
        size = QApplication.font().pointSize() + 2  # larger than the app's text: read once, by anyone
        for page in (ui.pointPage, ui.rosterPage):
            page.setStyleSheet(f"QLabel, QLineEdit, QRadioButton {{ font-size: {size}pt; }}")
        ui.setupButton.setFocus()

    def _set_up_as(self, role: str) -> None:
        """The point's own set-up, or the coordination hub's: the same name and id, other words."""
        self.role = role
        ui = self.ui
        if role == "coordinator":
            ui.pointPage.setTitle(self.tr("街道协调中心"))
            ui.pointPage.setSubTitle(self.tr("名称会印在各点的名单和日报上，例如“白竹街道办”；编号是协调中心"
                                             "自己的站点编号，和各接驳点的编号不能重复，设好后不能再改。"))
            ui.nameLabel.setText(self.tr("协调中心名称(&N)："))
            ui.nameEdit.setPlaceholderText(self.tr("例如：白竹街道办"))
            ui.siteIdEdit.setPlaceholderText(self.tr("例如：JDB（2 到 12 个字母或数字）"))
        else:
            ui.pointPage.setTitle(self.tr("本接驳点"))
            ui.pointPage.setSubTitle(self.tr("名称会印在标签、小票和名单上；编号由协调员分配，包裹编号以它开头，"
                                             "设好后不能再改。"))
            ui.nameLabel.setText(self.tr("接驳点名称(&N)："))
            ui.nameEdit.setPlaceholderText(self.tr("例如：白竹亭社区接驳点"))
            ui.siteIdEdit.setPlaceholderText(self.tr("例如：P01（2 到 12 个字母或数字）"))
        self.next()

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt
        if self.currentId() != POINT:
            return True
        name, site_id = self.ui.nameEdit.text().strip(), self.ui.siteIdEdit.text().strip().upper()
        self.ui.siteIdEdit.setText(site_id)
        if not name:
            return self._refuse(self.tr("请填写接驳点名称。"), self.ui.nameEdit)
        if not SITE_ID.match(site_id):
            return self._refuse(self.tr("站点编号“{id}”不能用：只能是 2 到 12 个字母或数字，"
                                        "例如 P01。").format(id=site_id), self.ui.siteIdEdit)
        self.ui.pointMessage.clear()
        return True

    def _refuse(self, message: str, field: QWidget) -> bool:
        self.ui.pointMessage.setText(message)
        field.setFocus()
        return False

    def accept(self) -> None:
        """Finish on the last page: set the point up."""
        if self.choice in ("demo", "enrolled"):
            super().accept()
            return
        try:
            init_site(self.ctx, self.ui.siteIdEdit.text().strip().upper(), self.ui.nameEdit.text().strip(),
                      self.role)
            if self.role == "coordinator":
                from pickuppoint.services.sync import enrol

                enrol.create_deployment(self.ctx)  # the hub's own key pairs, made once
        except UserError as exc:
            self.restart()
            self.next()
            self._refuse(exc.message, self.ui.siteIdEdit)
            return
        self.choice = self.role
        self.import_roster = self.ui.importRadio.isChecked()
        self.context = self.ctx
        super().accept()

    def open_enrol(self) -> None:
        """The coordinator's setup file and its one-time code (the Sync page's dialog)."""
        from pickuppoint.ui.dialogs.enrol_dialog import EnrolDialog

        self.enrol_dialog = dialog = EnrolDialog(self.ctx, self)

        def finished(result: int) -> None:
            if result and dialog.done_ is not None:
                self.choice = "enrolled"
                self.context = self.ctx
                self.accept()

        dialog.finished.connect(finished)
        dialog.open()

    def open_demo(self) -> None:
        """Make the demo (a few seconds, in the background), then open it."""
        from pickuppoint.services.demo import community as demo

        path = self.demo_path or demo.demo_db_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.ui.setupButton.setEnabled(False)
        self.ui.demoButton.setEnabled(False)
        self.ui.welcomePage.setSubTitle(self.tr("正在准备演示社区，请稍候……"))

        def done(made: Path) -> None:
            self.choice = "demo"
            self.context = Context.open(made, self.ctx.operator)
            self.ctx.close()
            self.accept()

        def failed(message: str) -> None:
            self.ui.setupButton.setEnabled(True)
            self.ui.demoButton.setEnabled(True)
            self.ui.welcomePage.setSubTitle(message)

        self.task = run_in_background(make_demo, path, self.ctx.operator, on_done=done, on_failed=failed)
