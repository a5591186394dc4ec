"""The coordinator's choice of points (all / one / several) as a list of check boxes: none ticked
means every point, as the lists' rounds do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from pickuppoint.services.context import Context
from pickuppoint.services.lists.by_point import known_points

LABEL = Qt.ItemDataRole.UserRole + 1


def fill(widget: QListWidget, ctx: Context) -> None:
    """Every point the hub knows, ticked as before (a new point comes unticked)."""
    was = set(chosen(widget))
    widget.blockSignals(True)
    widget.clear()
    with ctx.read() as s:
        points = known_points(s, ctx.site.site_id)
    for p in points:
        item = QListWidgetItem(p.label)
        item.setData(LABEL, p.label)
        item.setData(Qt.ItemDataRole.UserRole, p.site_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if p.site_id in was else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.blockSignals(False)


def chosen(widget: QListWidget) -> list[str]:
    """The site ids ticked (empty: every point)."""
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def choose(widget: QListWidget, site_ids: list[str]) -> None:
    """Tick exactly these (the others unticked); one signal at the end."""
    widget.blockSignals(True)
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in site_ids
                           else Qt.CheckState.Unchecked)
    widget.blockSignals(False)


def show_counts(widget: QListWidget, texts: dict[str, str]) -> None:
    """Each point's line with what the list shows of it ('白竹亭东门（BZT）：7 户、9 件'); a point
    the list leaves out shows its name alone."""
    widget.blockSignals(True)
    for i in range(widget.count()):
        item = widget.item(i)
        item.setText(texts.get(item.data(Qt.ItemDataRole.UserRole)) or item.data(LABEL))
    widget.blockSignals(False)
