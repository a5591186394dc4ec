"""What every page shares: its title, the context, and redraw-on-change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from pickuppoint.services.context import Context


class Page(QWidget):
    """A page of the main window. Subclasses set `KINDS`: the record-kind prefixes whose
    changes make it redraw (e.g. {"household."})."""

    KINDS: frozenset[str] = frozenset()
    status_message = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        return self.windowTitle()

    def icon_name(self) -> str:
        return ""

    def concerns(self, kinds: set[str]) -> bool:
        return any(k.startswith(prefix) for k in kinds for prefix in self.KINDS)

    def refresh(self) -> None:
        """Reload what the page shows (called when a record kind it cares about was written)."""

    def activated(self) -> None:
        """The page was brought to the front."""

    def role_changed(self) -> None:
        """Another operator signed in (换班, unlock): follow their role. By default: redraw."""
        self.refresh()
