"""Does a window fit its screen? Which widgets are cut off? (for the 1366x768 check of every page,
in both languages: tests/test_fit.py and packaging/desk_screenshots.py)

A widget is *clipped* when it reaches outside its parent (and the parent is not a scrolling
view), when a label that does not wrap, a button or a check box has less width than its text
needs, or when a wrapping label has less height than its text needs. Content inside scroll areas
and item views scrolls, so it is not looked at; a table's columns are checked by `cut_columns`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractScrollArea, QLabel, QWidget

SLACK = 2  # pixels of rounding


def _scrolls(widget: QWidget) -> bool:
    """Inside a scroll area's viewport (its content may be larger than what shows)."""
    w = widget.parentWidget()
    while w is not None:
        owner = w.parentWidget()
        if isinstance(owner, QAbstractScrollArea) and w is owner.viewport():
            return True
        w = owner
    return False


def _name(w: QWidget) -> str:
    text = w.text() if isinstance(w, QLabel | QAbstractButton) else ""
    return f"{type(w).__name__}#{w.objectName() or '?'}" + (f" “{text[:40]}”" if text else "")


def clipped(root: QWidget) -> list[str]:
    problems = []
    for w in root.findChildren(QWidget):
        if w.isWindow() or not w.isVisibleTo(root) or _scrolls(w) or w.width() <= 0:
            continue
        parent = w.parentWidget()
        if parent is not None and not isinstance(parent, QAbstractScrollArea):
            g = w.geometry()
            if g.right() > parent.width() + SLACK or g.bottom() > parent.height() + SLACK \
                    or g.left() < -SLACK or g.top() < -SLACK:
                problems.append(f"{_name(w)} reaches outside {_name(parent)} "
                                f"({g.x()},{g.y()} {g.width()}x{g.height()} in {parent.width()}x{parent.height()})")
                continue
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + SLACK:
                    problems.append(f"{_name(w)} needs {need} px of height, has {w.height()}")
            elif w.minimumSizeHint().width() > w.width() + SLACK:
                problems.append(f"{_name(w)} needs {w.minimumSizeHint().width()} px, has {w.width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.sizeHint().width() > w.width() + SLACK:
                problems.append(f"{_name(w)} needs {w.sizeHint().width()} px, has {w.width()}")
    return problems


def cut_columns(view: QAbstractItemView) -> list[str]:
    """Columns of a table whose cells need more width than the column has (text cut with …)."""
    model = view.model()
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    out = []
    for c in range(model.columnCount()):
        if header.isSectionHidden(c):
            continue
        need = view.sizeHintForColumn(c)
        if need > header.sectionSize(c) + SLACK:
            out.append(f"column {c} “{model.headerData(c, header.orientation())}” needs {need} px, "
                       f"has {header.sectionSize(c)}")
    return out
