"""Scanning the way a keyboard-wedge barcode scanner works (see shared COUNTER-UX.md).

`ScanField`: the always-ready field of the counter and receiving screens. It refuses the input
method (a Chinese IME would eat the scanner's characters), emits `scanned(code)` on Enter or Tab,
and swallows a double read (the same code again within `DOUBLE_READ_SECONDS`).

`BurstRouter`: an application-wide event filter. A scanner types faster than a person; when a
burst of characters ending in Enter/Tab lands in some other widget (a button, the table), it is
taken away from that widget and delivered to the scan field, whose focus is restored. Widgets that
accept codes themselves (the lookup field) opt out with the dynamic property `acceptsScans`.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

DOUBLE_READ_SECONDS = 1.0
BURST_GAP_SECONDS = 0.05
BURST_MIN_CHARS = 4
_END_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


class ScanField(QLineEdit):
    scanned = Signal(str)
    double_read = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setInputMethodHints(Qt.InputMethodHint.ImhLatinOnly
                                 | Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.setProperty("acceptsScans", True)
        self._last: tuple[str, float] = ("", 0.0)

    def event(self, event: QEvent) -> bool:  # Tab never reaches keyPressEvent
        if event.type() == QEvent.Type.KeyPress and event.key() in _END_KEYS:  # type: ignore[attr-defined]
            self.submit(self.text())
            return True
        return super().event(event)

    def submit(self, text: str) -> None:
        code = text.strip()
        self.clear()
        if not code:
            return
        now = time.monotonic()
        if code == self._last[0] and now - self._last[1] < DOUBLE_READ_SECONDS:
            self._last = (code, now)
            self.double_read.emit(code)
            return
        self._last = (code, now)
        self.scanned.emit(code)

    def forget_last(self) -> None:
        """After an explicit action (undo), the same code may be scanned again at once."""
        self._last = ("", 0.0)


class BurstRouter(QObject):
    """Install with `QApplication.instance().installEventFilter(router)` while a scanning page is
    shown, and remove it when the page is hidden."""

    def __init__(self, field: ScanField):
        super().__init__(field)
        self.field = field
        self._chars: list[str] = []
        self._last_time = 0.0
        self._leaked: QWidget | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        if QApplication.activeModalWidget() is not None or not self.field.isVisible():
            return False
        focus = obj
        if focus.window() is not self.field.window() or focus.property("acceptsScans"):
            return False
        if focus is not (focus.window().focusWidget() or focus.window()):
            return False  # the same key propagating to a parent: seen already
        key_event: QKeyEvent = event  # type: ignore[assignment]
        now = time.monotonic()
        fast = now - self._last_time <= BURST_GAP_SECONDS
        self._last_time = now
        if key_event.key() in _END_KEYS:
            chars, self._chars = self._chars, []
            if fast and len(chars) >= BURST_MIN_CHARS:
                self._undo_leak()
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)
                self.field.submit("".join(chars))
                return True
            return False
        text = key_event.text()
        if not text or not text.isprintable() or key_event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._chars = []
            return False
        if fast and self._chars:
            self._chars.append(text)
            return True  # a burst: keep it away from the widget
        self._chars = [text]
        self._leaked = focus  # the first character reached the widget before we knew
        return False

    def _undo_leak(self) -> None:
        leaked, self._leaked = self._leaked, None
        if isinstance(leaked, QLineEdit) and not leaked.isReadOnly():
            leaked.backspace()
