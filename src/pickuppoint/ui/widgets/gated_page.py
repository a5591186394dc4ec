"""A wizard page whose Next/Finish button the code opens and closes (while a file is read in
the background, until the choices on the page make sense). Used as a promoted widget in
forms/*.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizardPage


class GatedPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._complete = True

    def set_complete(self, complete: bool) -> None:
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt
        return self._complete and super().isComplete()
