"""Scanning the way a keyboard-wedge barcode scanner works (see shared COUNTER-UX.md).

`ScanField`: the always-ready field of the counter and receiving screens. It refuses the input
method (a Chinese IME would eat the scanner's characters), emits `scanned(code)` on Enter or Tab,
and swallows a double read (the same code again within `DOUBLE_READ_SECONDS`).

`ScanField.typed_by_hand`: whether the code just submitted was typed by a person (keys further
apart than a scanner's, or pasted) rather than read by a scanner: a code without a check
character typed by hand is confirmed once more at the counter.

`BurstRouter`: an application-wide event filter for the scanning pages. A scanner types faster
than a person, and its burst must reach the scan handler whole wherever the focus is:
- a printable character typed into a widget that takes no text (the round's combo box, a
  button, a table, a combo box's open list, even one that is closing) goes to the scan field at
  once, with the focus (nothing of a burst can leak into the combo box's keyboard search);
- a burst of characters ending in Enter/Tab that lands in another text field (the note field)
  is taken away from that field (its first character, which arrived before the burst was
  recognised, is taken out again) and delivered to the scan field.
Widgets that accept codes themselves (the lookup field) opt out with the dynamic property
`acceptsScans`; modal dialogs are left alone (they guard their fields themselves: scan_guard.py).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

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
        self._key_times: list[float] = []  # when each character now in the field was typed
        self.typed_by_hand = False  # the code last submitted was typed by a person

    def event(self, event: QEvent) -> bool:  # Tab never reaches keyPressEvent
        if event.type() == QEvent.Type.KeyPress:
            if event.key() in _END_KEYS:  # type: ignore[attr-defined]
                self.submit(self.text())
                return True
            if event.text() and event.text().isprintable():  # type: ignore[attr-defined]
                self._key_times.append(time.monotonic())
        return super().event(event)

    def _by_hand(self, code: str) -> bool:
        times = self._key_times
        if len(times) < len(code) or len(code) < BURST_MIN_CHARS:
            return True  # pasted, or too short to tell
        times = times[-len(code):]
        return any(b - a > BURST_GAP_SECONDS for a, b in zip(times, times[1:], strict=False))

    def submit(self, text: str, burst: bool = False) -> None:
        """The code is complete (Enter or Tab); `burst` when the router saw a scanner type it."""
        code = text.strip()
        self.typed_by_hand = False if burst else self._by_hand(code)
        self._key_times = []
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


def _takes_text(widget: QWidget) -> bool:
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QAbstractSpinBox)


class BurstRouter(QObject):
    """Install with `QApplication.instance().installEventFilter(router)` while a scanning page is
    shown, and remove it when the page is hidden."""

    def __init__(self, field: ScanField):
        super().__init__(field)
        self.field = field
        self._chars: list[str] = []
        self._last_time = 0.0
        self._leaked: QWidget | None = None

    def _ours(self, widget: QWidget) -> bool:
        """In the scan field's window, or in a popup of it (a combo box's list, open or closing)."""
        home = self.field.window()
        w: QWidget | None = widget
        while w is not None:
            if w is home:
                return True
            w = w.parentWidget()
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        if QApplication.activeModalWidget() is not None or not self.field.isVisible():
            return False
        if obj is self.field or obj.property("acceptsScans") or not self._ours(obj):
            return False
        if obj is not (obj.window().focusWidget() or obj.window()):
            return False  # the same key propagating to a parent: seen already
        key_event: QKeyEvent = event  # type: ignore[assignment]
        now = time.monotonic()
        fast = now - self._last_time <= BURST_GAP_SECONDS
        self._last_time = now
        if key_event.key() in _END_KEYS:
            chars, self._chars = self._chars, []
            if fast and len(chars) >= BURST_MIN_CHARS:
                self._undo_leak()
                self._to_field()
                self.field.submit("".join(chars), burst=True)
                return True
            return False
        text = key_event.text()
        if not text or not text.isprintable() or key_event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._chars = []
            return False
        if not _takes_text(obj) and not (text == " " and not (fast and self._chars)):
            # a widget that takes no text: the character is the scan field's (a space stays a
            # button's press unless a burst is under way)
            self._chars = []
            self._to_field()
            self.field.insert(text)
            self.field._key_times.append(now)
            return True
        if fast and self._chars:
            self._chars.append(text)
            return True  # a burst: keep it away from the widget
        self._chars = [text]
        self._leaked = obj  # the first character reached the widget before we knew
        return False

    def _to_field(self) -> None:
        """The keyboard back to the scan field (closing a combo box's list that had it)."""
        popup = QApplication.activePopupWidget()
        if popup is not None and self._ours(popup):
            combo = popup.parentWidget()
            while combo is not None and not isinstance(combo, QComboBox):
                combo = combo.parentWidget()
            if combo is not None:
                combo.hidePopup()
            else:
                popup.close()
        window = self.field.window()
        if not window.isActiveWindow():
            window.activateWindow()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _undo_leak(self) -> None:
        leaked, self._leaked = self._leaked, None
        if isinstance(leaked, QLineEdit) and not leaked.isReadOnly():
            leaked.backspace()
        elif isinstance(leaked, QComboBox) and leaked.lineEdit() is not None:
            leaked.lineEdit().backspace()
