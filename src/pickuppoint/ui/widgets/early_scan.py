"""The counter's scan field while the program is still opening its database (a fast start).

The window is painted before the database layer has loaded (about a second on these laptops).
When the point is known to have parcels, this field takes the keyboard at once: a code scanned
in that second is kept, and handed to the counter's own scan field, in order, as soon as the
counter is there: nothing scanned is lost and nothing is decided before the counter decides it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pickuppoint.ui.widgets.scan_field import ScanField


def opens_on_counter(db_path: Path) -> bool:
    """The database is a point already set up that has parcels (the window opens on the counter);
    read with the standard library's sqlite3, before SQLAlchemy has loaded."""
    if not db_path.is_file():
        return False
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            site = con.execute("SELECT last_seq FROM site WHERE is_self = 1").fetchone()
            parcel = con.execute("SELECT 1 FROM parcel LIMIT 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return bool(site and site[0] and parcel)


class EarlyScan(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.codes: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        title = QLabel(self.tr("扫码 / 输入条码"))
        title.setStyleSheet("font-size: 18pt;")
        self.field = ScanField(self)
        self.field.setObjectName("earlyScanField")
        self.field.setStyleSheet("font-size: 24pt; padding: 4px 10px; min-height: 48px;")
        self.note = QLabel(self.tr("正在打开数据库……现在扫码也可以，打开后马上处理。"))
        self.note.setStyleSheet("font-size: 14pt;")
        self.note.setWordWrap(True)
        for w in (title, self.field, self.note):
            layout.addWidget(w)
        layout.addStretch(1)
        self.field.scanned.connect(self._keep)
        self.setFocusProxy(self.field)

    def _keep(self, code: str) -> None:
        self.codes.append(code)
        self.field.clear()
        self.note.setText(self.tr("已收到 {n} 个条码，数据库打开后马上处理。").format(n=len(self.codes)))

    def take_focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
