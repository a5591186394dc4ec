"""Assigning households to a pickup point (coordinator): whole buildings, or households by code
(forms/assign_dialog.ui). Their waiting parcels follow them; a refusal shows in the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from pickuppoint.errors import UserError
from pickuppoint.services.assign import commands as assign
from pickuppoint.services.context import Context
from pickuppoint.ui.forms.ui_assign_dialog import Ui_AssignDialog


class AssignDialog(QDialog):
    def __init__(self, ctx: Context, site_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.site_id = site_id
        self.assigned: assign.Assigned | None = None
        self.ui = Ui_AssignDialog()
        self.ui.setupUi(self)
        with ctx.read() as s:
            point = next((p for p in assign.points(s) if p.site_id == site_id), None)
            free = assign.unassigned(s)
        name = point.name if point else site_id
        self.setWindowTitle(self.tr("分配住户给 {name}").format(name=name))
        self.ui.pointLabel.setText(self.tr(
            "接驳点 {name}（{id}）现在有 {n} 户；还没有分配的住户 {free} 户（每个接驳点都能为他们发放）。").format(
                name=name, id=site_id, n=point.households if point else 0, free=free))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("分配"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buildingsEdit.setFocus()

    def save(self) -> None:
        try:
            self.assigned = assign.assign_households(
                self.ctx, self.site_id, assign.split_list(self.ui.buildingsEdit.text()),
                assign.split_list(self.ui.householdsEdit.text()))
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.accept()
