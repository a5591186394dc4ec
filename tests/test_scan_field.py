"""The scan field and the burst router behave like a scanning desk needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

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
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
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
        burst(qtbot, "P01C4Y8", Qt.Key.Key_Enter)
        assert got[-1] == "P01C4Y8"
        assert not field.typed_by_hand
    finally:
        app.removeEventFilter(router)


def burst(qtbot, code: str, end: Qt.Key = Qt.Key.Key_Return) -> None:
    """A keyboard-wedge scanner: each key goes to whatever has the focus at that moment."""
    for ch in code:
        assert QApplication.focusWidget() is not None, ch
        qtbot.keyClicks(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), end)


def test_a_burst_into_a_combo_box_arrives_whole_open_list_or_closed(app, qtbot):
    """The first character of a burst must not go to the combo box's keyboard search (which
    would also change the choice) nor be lost with its closing list."""
    w, field, _other, _button, got = _desk(qtbot)
    combo = QComboBox()
    combo.addItems(["DD 批次", "4月10日 蔬菜包", "D 另一批"])
    w.layout().addWidget(combo)
    router = BurstRouter(field)
    app.installEventFilter(router)
    try:
        combo.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
        burst(qtbot, "DD0410000003")
        assert got == ["DD0410000003"] and combo.currentIndex() == 0
        combo.showPopup()  # chosen with the keyboard: the list is open
        qtbot.waitUntil(lambda: combo.view().isVisible())
        burst(qtbot, "DD0410000004")
        assert got[-1] == "DD0410000004" and combo.currentIndex() == 0
        assert not combo.view().isVisible()
        assert QApplication.focusWidget() is field
    finally:
        app.removeEventFilter(router)


def test_typing_by_hand_is_told_from_a_scanner(app, qtbot):
    _w, field, _o, _b, got = _desk(qtbot)
    field.setFocus()
    qtbot.keyClicks(field, "DD0410000015", delay=70)  # a person's pace
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert got == ["DD0410000015"] and field.typed_by_hand
    qtbot.keyClicks(field, "DD0410000016")  # a scanner's pace
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert got[-1] == "DD0410000016" and not field.typed_by_hand
