"""Keeping a scanned label out of the counter's dialogs.

A scan made while a dialog is open lands in its focused field (the burst router leaves modal
dialogs alone) and ends with Enter: without a guard it would confirm an undo with the label as
its reason, or hand parcels to a "proxy" named like a parcel code. `ScanGuard` watches the
dialog's fields: a run of at least MIN_CHARS ASCII characters typed faster than GAP_SECONDS apart
is a scanner, not a person (a person's Chinese comes from the input method as one commit, not as
key presses). The dialog asks `took_scan()` before accepting; the scanned text is taken out again.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

GAP_SECONDS = 0.03
MIN_CHARS = 4


class ScanGuard(QObject):
    def __init__(self, *fields: QLineEdit | QComboBox):
        super().__init__(fields[0])
        self._last = 0.0
        self._run: list[tuple[QLineEdit, str]] = []
        for f in fields:
            f.installEventFilter(self)  # an editable combo box gets the keys and passes them on
            if isinstance(f, QComboBox) and f.lineEdit() is not None:
                f.lineEdit().installEventFilter(self)

    def _edit(self, obj: QObject) -> QLineEdit | None:
        if isinstance(obj, QComboBox):
            return obj.lineEdit()
        if isinstance(obj, QLineEdit):
            combo = obj.parent()
            if isinstance(combo, QComboBox) and QApplication.focusWidget() is combo:
                return None  # seen already on the combo box
            return obj
        return None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.KeyPress:
            edit = self._edit(obj)
            text = event.text()  # type: ignore[attr-defined]
            if edit is not None and text and text.isascii() and text.isprintable():
                now = time.monotonic()
                if now - self._last > GAP_SECONDS:
                    self._run = []
                self._last = now
                self._run.append((edit, text))
        return False

    def took_scan(self) -> bool:
        """True (and the scanned characters removed) when the text was just typed by a scanner."""
        fresh = time.monotonic() - self._last <= 0.5
        if not fresh or len(self._run) < MIN_CHARS:
            return False
        edit = self._run[-1][0]
        scanned = "".join(ch for e, ch in self._run if e is edit)
        if edit.text().endswith(scanned):
            edit.setText(edit.text()[: len(edit.text()) - len(scanned)])
        self._run = []
        return True
