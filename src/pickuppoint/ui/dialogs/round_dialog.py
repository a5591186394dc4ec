"""Create or edit a round (forms/round_dialog.ui): name, kind, date, item, price, default
payment, supplier, notes; on a coordinator with enrolled points, the points it is for (none
ticked: every point). The service checks it; a refusal shows in the dialog, which stays open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from pickuppoint.errors import UserError
from pickuppoint.money import format_yuan, parse_yuan
from pickuppoint.services.assign import commands as assign
from pickuppoint.services.context import Context
from pickuppoint.services.rounds import records as rounds
from pickuppoint.ui.forms.ui_round_dialog import Ui_RoundDialog


class RoundDialog(QDialog):
    def __init__(self, ctx: Context, round_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RoundDialog()
        self.ui.setupUi(self)
        self.saved: rounds.RoundData | None = None
        ui = self.ui
        for kind in rounds.KINDS:
            ui.kindCombo.addItem(rounds.kind_label(kind), kind)
        for value in rounds.DEFAULT_PAYMENTS:
            ui.paymentCombo.addItem(rounds.default_payment_label(value), value)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.round_id = round_id
        with ctx.read() as s:
            points = assign.points(s) if ctx.site.role == "coordinator" else []
            current = rounds.get(s, round_id).points if round_id is not None else []
        for p in points:
            item = QListWidgetItem(self.tr("{name}（{id}）").format(name=p.name, id=p.site_id))
            item.setData(Qt.ItemDataRole.UserRole, p.site_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.site_id in current else Qt.CheckState.Unchecked)
            ui.pointsList.addItem(item)
        for widget in (ui.pointsLabel, ui.pointsList, ui.pointsHint):
            widget.setVisible(bool(points))
        if round_id is None:
            self.setWindowTitle(self.tr("新建批次"))
            ui.dateEdit.setDate(QDate.currentDate())
            ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        else:
            with ctx.read() as s:
                r = rounds.get(s, round_id)
            self.setWindowTitle(self.tr("编辑批次：{name}").format(name=r.name))
            ui.nameEdit.setText(r.name)
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(r.kind))
            ui.kindCombo.setEnabled(False)  # its parcels were made for its kind
            ui.kindCombo.setToolTip(self.tr("批次建好后不能改类型。"))
            ui.dateEdit.setDate(QDate.fromString(r.date, "yyyy-MM-dd"))
            ui.itemEdit.setText(r.item)
            ui.priceEdit.setText(format_yuan(r.price_cents))
            ui.paymentCombo.setCurrentIndex(ui.paymentCombo.findData(r.default_payment))
            ui.supplierEdit.setText(r.supplier)
            ui.notesEdit.setText(r.notes)
        ui.nameEdit.setFocus()

    def _kind_changed(self) -> None:
        if self.ui.kindCombo.currentData() == "allocation" and self.ui.priceEdit.text().strip() in ("", "0"):
            self.ui.paymentCombo.setCurrentIndex(self.ui.paymentCombo.findData("free"))

    def values(self) -> dict:
        ui = self.ui
        price = ui.priceEdit.text().strip()
        try:
            cents = parse_yuan(price) if price else 0
        except ValueError as exc:
            raise UserError(self.tr("价格“{price}”不是金额，请写成 39.90 这样的数字。").format(price=price)) from exc
        date = ui.dateEdit.date()
        return {"name": ui.nameEdit.text().strip(), "kind": ui.kindCombo.currentData(),
                "date": dt.date(date.year(), date.month(), date.day()).isoformat(),
                "item": ui.itemEdit.text().strip(), "price_cents": cents,
                "default_payment": ui.paymentCombo.currentData(),
                "supplier": ui.supplierEdit.text().strip(), "notes": ui.notesEdit.text().strip()}

    def chosen_points(self) -> list[str]:
        items = [self.ui.pointsList.item(i) for i in range(self.ui.pointsList.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        try:
            v = self.values()
            if self.round_id is None:
                self.saved = rounds.create(self.ctx, **v, points=self.chosen_points())
            else:
                v.pop("kind")
                self.saved = rounds.update(self.ctx, self.round_id, **v)
                if self.ui.pointsList.count():
                    self.saved.points = assign.assign_round(self.ctx, self.round_id, self.chosen_points())
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.accept()


def edit_round(ctx: Context, round_id: str | None, parent: QWidget | None = None) -> rounds.RoundData | None:
    """Show the dialog; the round saved, or None when cancelled."""
    dialog = RoundDialog(ctx, round_id, parent)
    dialog.exec()
    return dialog.saved
