"""One household: its address, head, phone, members, grid, flags, proxies and notes.

New households get an address; an existing household's address is its identity and stays as it
is. Saving goes through `services.households`; what it refuses is shown in the dialog, in one
sentence, and nothing is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy import text

from pickuppoint.domain.address import building_part, room_part, unit_part
from pickuppoint.domain.flags import FLAGS, flag_label
from pickuppoint.domain.phone import mask_phone, normalize_phone
from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.households import records as households
from pickuppoint.services.households.records import HouseholdData
from pickuppoint.services.operators.roles import may, refusal
from pickuppoint.ui.forms.ui_household_dialog import Ui_HouseholdDialog
from pickuppoint.ui.large_text import follow_large_text

FLAG_COLUMNS = 3


class HouseholdDialog(QDialog):
    def __init__(self, ctx: Context, household: HouseholdData | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.original = household
        self.saved_code: str | None = None
        self.ui = Ui_HouseholdDialog()
        self.ui.setupUi(self)
        follow_large_text(self)  # the fixed sizes follow large text
        self.flag_boxes: dict[str, QCheckBox] = {}
        for i, flag in enumerate(FLAGS):
            box = QCheckBox(flag_label(flag), self.ui.flagsBox)
            box.setObjectName(f"flag_{flag}")
            self.ui.flagsLayout.addWidget(box, i // FLAG_COLUMNS, i % FLAG_COLUMNS)
            self.flag_boxes[flag] = box
        header = self.ui.proxiesTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.addProxyButton.clicked.connect(lambda: self.add_proxy_row())
        self.ui.removeProxyButton.clicked.connect(self._remove_proxy_row)
        self.ui.errorLabel.hide()
        self.ui.addressText.hide()
        self._fill_grids()
        if household is None:
            self.setWindowTitle(self.tr("新增住户"))
            self.ui.buildingEdit.setFocus()
        else:
            self.setWindowTitle(self.tr("编辑住户 {code}").format(code=household.code))
            self._show(household)
            self.ui.headEdit.setFocus()
            if not may(ctx, "household.updated"):
                self._read_only(household)

    def _read_only(self, h: HouseholdData) -> None:
        """A volunteer sees the household (phones masked) and cannot save it."""
        self.setWindowTitle(self.tr("住户 {code}").format(code=h.code))
        self.ui.phoneEdit.setText(mask_phone(h.phone))
        for row, p in enumerate(h.proxies):
            item = self.ui.proxiesTable.item(row, 1)
            if item is not None:
                item.setText(mask_phone(p.get("phone", "")))
        for edit in (self.ui.headEdit, self.ui.phoneEdit):
            edit.setReadOnly(True)
        self.ui.notesEdit.setReadOnly(True)
        for widget in (self.ui.membersSpin, self.ui.gridCombo, self.ui.flagsBox, self.ui.proxiesTable,
                       self.ui.addProxyButton, self.ui.removeProxyButton):
            widget.setEnabled(False)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))
        self.show_error(refusal(self.ctx.operator, self.ctx.role, "household.updated").message)

    # --- showing ---

    def _fill_grids(self) -> None:
        with self.ctx.read() as s:
            grids = s.execute(text(
                "SELECT grid FROM household WHERE active = 1 AND grid != '' GROUP BY grid"
            )).scalars().all()
        self.ui.gridCombo.addItems(grids)
        self.ui.gridCombo.setCurrentIndex(-1)
        self.ui.gridCombo.setEditText("")

    def _show(self, h: HouseholdData) -> None:
        for edit, value in ((self.ui.buildingEdit, h.building), (self.ui.unitEdit, h.unit),
                            (self.ui.roomEdit, h.room)):
            edit.setText(value)
            edit.setReadOnly(True)
        for widget in (self.ui.buildingEdit, self.ui.unitEdit, self.ui.roomEdit,
                       self.ui.buildingSuffix, self.ui.unitSuffix, self.ui.roomSuffix):
            widget.hide()
        self.ui.addressText.setText(h.code)
        self.ui.addressText.show()
        self.ui.headEdit.setText(h.head)
        self.ui.phoneEdit.setText(h.phone)
        self.ui.membersSpin.setValue(h.members)
        self.ui.gridCombo.setEditText(h.grid)
        for flag, box in self.flag_boxes.items():
            box.setChecked(flag in h.flags)
        for p in h.proxies:
            self.add_proxy_row(p.get("name", ""), p.get("phone", ""), edit=False)
        self.ui.notesEdit.setPlainText(h.notes)

    def add_proxy_row(self, name: str = "", phone: str = "", edit: bool = True) -> int:
        table = self.ui.proxiesTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(phone))
        if edit:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))
        return row

    def _remove_proxy_row(self) -> None:
        row = self.ui.proxiesTable.currentRow()
        if row >= 0:
            self.ui.proxiesTable.removeRow(row)

    # --- saving ---

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def _proxies(self) -> list[dict[str, str]]:
        table = self.ui.proxiesTable
        out = []
        for row in range(table.rowCount()):
            name = (table.item(row, 0).text() if table.item(row, 0) else "").strip()
            phone = (table.item(row, 1).text() if table.item(row, 1) else "").strip()
            if name or phone:
                out.append({"name": name, "phone": _phone(phone)})
        return out

    def _fields(self) -> dict:
        return {
            "head": self.ui.headEdit.text().strip(),
            "phone": _phone(self.ui.phoneEdit.text()),
            "members": self.ui.membersSpin.value(),
            "grid": self.ui.gridCombo.currentText().strip(),
            "flags": [f for f in FLAGS if self.flag_boxes[f].isChecked()],
            "proxies": self._proxies(),
            "notes": self.ui.notesEdit.toPlainText().strip(),
        }

    def _new_address(self) -> tuple[str, str, str]:
        b_text = self.ui.buildingEdit.text().strip()
        u_text = self.ui.unitEdit.text().strip()
        r_text = self.ui.roomEdit.text().strip()
        if not b_text:
            raise UserError(self.tr("请填写楼栋。"))
        building = building_part(b_text)
        if building is None:
            raise UserError(
                self.tr("楼栋“{text}”无法识别，请填写如 3 或 3号楼。").format(text=b_text))
        unit = unit_part(u_text)
        if unit is None:
            raise UserError(
                self.tr("单元“{text}”无法识别，请填写如 2；没有单元填 0。").format(text=u_text))
        if not r_text:
            raise UserError(self.tr("请填写房号。"))
        room = room_part(r_text)
        if room is None:
            raise UserError(self.tr("房号“{text}”无法识别，请填写如 501。").format(text=r_text))
        return building, unit, room

    def save(self) -> None:
        """Save and close; on a refusal, say why and keep the dialog open (nothing saved)."""
        try:
            fields = self._fields()
            if self.original is None:
                building, unit, room = self._new_address()
                data = HouseholdData(code=f"{building}-{unit}-{room}", building=building,
                                     unit=unit, room=room, **fields)
                households.create(self.ctx, data)
                self.saved_code = data.code
            else:
                households.update(self.ctx, self.original.code, **fields)
                self.saved_code = self.original.code
        except UserError as exc:
            self.show_error(exc.message)
            return
        self.accept()


def _phone(value: str) -> str:
    """A phone as typed ('138 0013 8001', '+86 ...') in its stored form; left as typed when it
    is not a phone number, so that the service says what is wrong with it."""
    normal = normalize_phone(value)
    return normal if normal is not None else value.strip()


def edit_household(ctx: Context, code: str | None, parent: QWidget | None = None) -> str | None:
    """Open the dialog for a household (None: a new one). Returns the saved code, or None."""
    household = None
    if code is not None:
        with ctx.read() as s:
            household = households.get(s, code)
    dialog = HouseholdDialog(ctx, household, parent)
    dialog.exec()
    return dialog.saved_code
