"""Allocate an allocation round (forms/allocation_dialog.ui): one pack per household or per N
members, for every household or only those with chosen flags. The dialog shows, as the choices
change, how many households and parcels it will make (a dry run of the same service)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QWidget

from pickuppoint.domain.flags import FLAGS, flag_label
from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds.allocation import AllocationResult, allocate
from pickuppoint.ui.forms.ui_allocation_dialog import Ui_AllocationDialog


class AllocationDialog(QDialog):
    def __init__(self, ctx: Context, round_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.result: AllocationResult | None = None
        self.ui = Ui_AllocationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        with ctx.read() as s:
            r = rounds.get(s, round_id)
        ui.roundLabel.setText(self.tr("批次：{name}（{item}，{payment}）").format(
            name=r.name, item=r.item or "-", payment=rounds.default_payment_label(r.default_payment)))
        self.flag_boxes: dict[str, QCheckBox] = {}
        for i, flag in enumerate(FLAGS):
            box = QCheckBox(flag_label(flag), ui.flagsBox)
            box.setObjectName(f"flag_{flag}")
            ui.flagsLayout.addWidget(box, i // 3, i % 3)
            box.toggled.connect(self.update_preview)
            self.flag_boxes[flag] = box
        ui.perHouseholdRadio.toggled.connect(self.update_preview)
        ui.membersSpin.valueChanged.connect(self._spin_changed)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("配发"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttonBox.accepted.connect(self.run)
        ui.buttonBox.rejected.connect(self.reject)
        self.update_preview()

    def _spin_changed(self) -> None:
        self.ui.perMemberRadio.setChecked(True)
        self.update_preview()

    def options(self) -> dict:
        per = "household" if self.ui.perHouseholdRadio.isChecked() else "member"
        return {"per": per, "members_per": self.ui.membersSpin.value(),
                "flags": [f for f, box in self.flag_boxes.items() if box.isChecked()]}

    def update_preview(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        try:
            dry = allocate(self.ctx, self.round_id, dry_run=True, **self.options())
        except UserError as exc:
            self.ui.previewLabel.setText(exc.message)
            ok.setEnabled(False)
            return
        text = self.tr("将配发给 {households} 户，共 {parcels} 件。").format(
            households=dry.households, parcels=dry.parcels)
        if dry.already:
            text += self.tr("另有 {n} 户已经配发过，不会重复配发。").format(n=dry.already)
        self.ui.previewLabel.setText(text)
        ok.setEnabled(dry.parcels > 0)

    def run(self) -> None:
        try:
            self.result = allocate(self.ctx, self.round_id, **self.options())
        except UserError as exc:
            self.ui.previewLabel.setText(exc.message)
            return
        self.accept()
