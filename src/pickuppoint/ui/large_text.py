"""Large text for the fixed sizes too. Large text (settings.apply_comfort) raises the
application's font, which every widget without a style of its own follows; the sizes written in
style sheets (the counter's card, the receiving desk, the payment dialog, the dashboard's
figures ...) are fixed in points and would not. `follow_large_text(window)` scales the point
sizes in the style sheets of a window and its children by STYLE_SCALE while large text is on,
now and whenever large text is switched (the application's `fontChanged`).

The scale is smaller than the base font's (11 → 15 pt): those styles are large already, and
the counter must still fit a 1366×768 screen in both languages (tests/test_fit.py)."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from pickuppoint.ui import settings

STYLE_SCALE = 1.2
_POINTS = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")


def large() -> bool:
    return QApplication.font().pointSize() >= settings.LARGE_POINT_SIZE


def scaled(style: str, scale: float) -> str:
    """`style` with every `font-size: Npt` multiplied by `scale` (whole points)."""
    if scale == 1:
        return style
    return _POINTS.sub(lambda m: f"{m.group(1)}{round(float(m.group(2)) * scale)}pt", style)


class _Follower(QObject):
    """Kept by the window (its child): the styles as written, re-scaled when the font changes."""

    def __init__(self, root: QWidget):
        super().__init__(root)
        self.root = root
        self.base: dict[QWidget, str] = {}
        self.applied: dict[QWidget, str] = {}
        QApplication.instance().fontChanged.connect(self._font_changed)

    def collect(self) -> None:
        for w in [self.root, *self.root.findChildren(QWidget)]:
            style = w.styleSheet()
            if w not in self.base and "pt" in style:
                self.base[w] = style
        self.apply()

    def apply(self) -> None:
        scale = STYLE_SCALE if large() else 1.0
        for w, base in list(self.base.items()):
            try:
                current = w.styleSheet()
            except RuntimeError:  # the widget is gone
                del self.base[w]
                self.applied.pop(w, None)
                continue
            if w in self.applied and current != self.applied[w]:
                base = self.base[w] = current  # the window set a style of its own since: the new base
            style = scaled(base, scale)
            if style != current:
                w.setStyleSheet(style)
            self.applied[w] = style

    def _font_changed(self, _font: object) -> None:
        self.apply()


def follow_large_text(root: QWidget) -> None:
    """Scale the point sizes of `root`'s style sheets (and its children's, as they are now) with
    large text, now and from now on. Call it again after adding styled children."""
    follower = root.findChild(_Follower, options=_direct())
    if follower is None:
        follower = _Follower(root)
    follower.collect()


def _direct():  # noqa: ANN202 - Qt.FindChildOption
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly
