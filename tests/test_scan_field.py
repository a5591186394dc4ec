"""The scan field and the burst router behave like a scanning desk needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from pickuppoint.ui.widgets.scan_field import BurstRouter, ScanField


def _desk(qtbot):
    w = QWidget()
    lay = QVBoxLayout(w)
    field, other, button = ScanField(), QLineEdit(), QPushButton("x")
    for x in (field, other, button):
        lay.addWidget(x)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    got = []
    field.scanned.connect(got.append)
    return w, field, other, button, got


def test_enter_submits_and_clears(app, qtbot):
    _w, field, _o, _b, got = _desk(qtbot)
    field.setFocus()
    qtbot.keyClicks(field, "P01A7K2")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert got == ["P01A7K2"]
    assert field.text() == ""


def test_double_read_is_swallowed(app, qtbot):
    _w, field, _o, _b, got = _desk(qtbot)
    doubles = []
    field.double_read.connect(doubles.append)
    for _ in range(2):
        qtbot.keyClicks(field, "P01A7K2")
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert got == ["P01A7K2"] and doubles == ["P01A7K2"]
    field.forget_last()
    qtbot.keyClicks(field, "P01A7K2")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert got == ["P01A7K2", "P01A7K2"]


def test_ime_is_refused(app, qtbot):
    _w, field, *_ = _desk(qtbot)
    assert not field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)


def test_burst_into_another_widget_reaches_the_scan_field(app, qtbot):
    _w, field, other, button, got = _desk(qtbot)
    router = BurstRouter(field)
    app.installEventFilter(router)
    try:
        other.setFocus()
        qtbot.keyClicks(other, "P01B3X9")
        qtbot.keyClick(other, Qt.Key.Key_Return)
        assert got == ["P01B3X9"]
        assert other.text() == ""  # nothing of the burst was left in the other field
        assert field.window().focusWidget() is field  # the focus is back in the scan field
        button.setFocus()
        qtbot.keyClicks(button, "P01C4Y8")
        qtbot.keyClick(button, Qt.Key.Key_Enter)
        assert got[-1] == "P01C4Y8"
    finally:
        app.removeEventFilter(router)
