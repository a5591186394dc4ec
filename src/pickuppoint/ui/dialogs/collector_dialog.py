"""Who collects, when it is not the household itself: a registered proxy or a person named on the
spot (代领), or a volunteer carrying the parcels to the door (送货上门).

A registered proxy's phone is shown masked, in the list and in the phone field alike (the full
number is what is recorded). The door volunteer is the one named last time, never the computer's
user name: an account like "root" is nobody's name."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from pickuppoint.domain.phone import mask_phone
from pickuppoint.errors import UserError
from pickuppoint.services.context import default_operator
from pickuppoint.services.counter.payments import Collector
from pickuppoint.services.households.records import HouseholdData
from pickuppoint.ui.dialogs.scan_guard import ScanGuard
from pickuppoint.ui.forms.ui_collector_dialog import Ui_CollectorDialog
from pickuppoint.ui.large_text import follow_large_text

LAST_VOLUNTEER = "counter/door_volunteer"


class CollectorDialog(QDialog):
    def __init__(self, kind: str, household: HouseholdData | None, operator: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CollectorDialog()
        self.ui.setupUi(self)
        self.kind = kind
        self.collector: Collector | None = None
        self._chosen_phone = ("", "")  # (as shown, masked; as recorded) of the proxy chosen
        self.setStyleSheet("QLabel, QLineEdit, QListWidget { font-size: 15pt; }")
        follow_large_text(self)  # the fixed sizes follow large text
        self.ui.errorLabel.setStyleSheet("color: #c62828;")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.guard = ScanGuard(self.ui.nameEdit, self.ui.phoneEdit)
        who = f"{household.code} {household.head}" if household else ""
        if kind == "door":
            self.setWindowTitle(self.tr("送货上门"))
            self.ui.titleLabel.setText(self.tr("送货上门：{who}\n由哪位志愿者送？").format(who=who))
            self.ui.nameLabel.setText(self.tr("送货志愿者："))
            self.ui.proxiesLabel.hide()
            self.ui.proxiesList.hide()
            last = str(QSettings().value(LAST_VOLUNTEER, "") or "")
            self.ui.nameEdit.setText(last or ("" if operator == default_operator() else operator))
            self.ui.nameEdit.selectAll()
            self.ui.nameEdit.setFocus()
            return
        self.setWindowTitle(self.tr("代领"))
        self.ui.titleLabel.setText(self.tr("代领：{who}\n选择登记的代领人，或填写现场代领人的姓名和电话。").format(who=who))
        proxies = household.proxies if household else []
        for proxy in proxies:
            label = f"{proxy.get('name', '')}  {mask_phone(proxy.get('phone', ''))}".strip()
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (proxy.get("name", ""), proxy.get("phone", "")))
            self.ui.proxiesList.addItem(item)
        self.ui.proxiesList.currentItemChanged.connect(self._proxy_chosen)
        if proxies:
            self.ui.proxiesList.setCurrentRow(0)
            self.ui.proxiesList.setFocus()
        else:
            self.ui.proxiesLabel.setText(self.tr("这户没有登记代领人：请填写现场代领人的姓名和电话。"))
            self.ui.proxiesList.hide()
            self.ui.nameEdit.setFocus()

    def _proxy_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            name, phone = item.data(Qt.ItemDataRole.UserRole)
            self._chosen_phone = (mask_phone(phone), phone)
            self.ui.nameEdit.setText(name)
            self.ui.phoneEdit.setText(self._chosen_phone[0])

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._accept()
            return
        super().keyPressEvent(event)

    def _accept(self) -> None:
        if self.guard.took_scan():
            self.ui.errorLabel.setText(self.tr("这是扫到的条码，不是姓名或电话：请重新填写。"))
            return
        try:
            phone = self.ui.phoneEdit.text()
            if phone and phone == self._chosen_phone[0]:  # the registered proxy's, as shown masked
                phone = self._chosen_phone[1]
            self.collector = Collector(self.kind, self.ui.nameEdit.text(), phone).checked()
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        if self.kind == "door":
            QSettings().setValue(LAST_VOLUNTEER, self.collector.name)
        self.accept()
