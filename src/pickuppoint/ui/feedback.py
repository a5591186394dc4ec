"""Sound and colour that carry the verdict before anyone reads (ok / look at this / refused)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, QSettings, QUrl

from pickuppoint.paths import resource


class Verdict(StrEnum):
    OK = "ok"
    WARN = "warn"
    REFUSE = "refuse"


# Background and text colours of the result card, readable from two metres.
COLOURS = {
    Verdict.OK: ("#1b7f3b", "#ffffff"),
    Verdict.WARN: ("#f2a900", "#1a1a1a"),
    Verdict.REFUSE: ("#c62828", "#ffffff"),
}


class Sounds(QObject):
    """Plays the bundled tones. A machine without sound (or with sound switched off in the
    settings) stays silent; nothing else changes."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._effects: dict[Verdict, object] = {}
        self.enabled = QSettings().value("sounds", True, type=bool)

    def play(self, verdict: Verdict) -> None:
        if not self.enabled:
            return
        effect = self._effects.get(verdict)
        if effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:  # QtMultimedia missing (no libpulse): silent
                self.enabled = False
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource("sounds", f"{verdict.value}.wav"))))
            effect.setVolume(0.8)
            self._effects[verdict] = effect
        effect.play()  # type: ignore[attr-defined]


def card_style(verdict: Verdict) -> str:
    bg, fg = COLOURS[verdict]
    return f"background-color: {bg}; color: {fg}; border-radius: 8px;"
