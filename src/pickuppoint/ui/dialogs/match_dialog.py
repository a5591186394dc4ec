"""Give a parcel no household fitted its household (forms/match_dialog.ui): the suggestions in a
combo, or any room typed in it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.manifests.address_match import suggest
from pickuppoint.services.manifests.manifest import match_parcel
from pickuppoint.services.rounds.view import ParcelRow
from pickuppoint.ui.forms.ui_match_dialog import Ui_MatchDialog


def fill_suggestions(combo, suggestions) -> None:  # noqa: ANN001 - QComboBox, [Suggestion]
    for s in suggestions:
        combo.addItem(f"{s.code}  {s.head}（{s.reason}）", s.code)


def household_of(combo) -> str:  # noqa: ANN001 - QComboBox
    """The household chosen in a suggestions combo: a suggestion's code, or what was typed."""
    index = combo.currentIndex()
    if index >= 0 and combo.itemText(index) == combo.currentText() and combo.itemData(index):
        return combo.itemData(index)
    return combo.currentText().strip()


class MatchDialog(QDialog):
    def __init__(self, ctx: Context, parcel: ParcelRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.parcel = parcel
        self.matched: str | None = None
        self.ui = Ui_MatchDialog()
        self.ui.setupUi(self)
        self.ui.lineLabel.setText(self.tr("包裹 {code}：{address} {recipient} {phone}").format(
            code=parcel.shown, address=parcel.address or "-", recipient=parcel.recipient, phone=parcel.phone))
        with ctx.read() as s:
            fill_suggestions(self.ui.householdCombo, suggest(s, parcel.address, parcel.phone))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            self.matched = match_parcel(self.ctx, self.parcel.code, household_of(self.ui.householdCombo))
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.accept()
