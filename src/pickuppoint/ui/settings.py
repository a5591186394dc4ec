"""This computer's preferences, kept with QSettings (the registry on Windows, ~/.config on Linux).

What belongs to the laptop and the person at it lives here: the interface language, sounds, the
receipt printer and layout, the label layout, large text and high contrast, the window's size.
What belongs to the point (its name, its site id) is in the database, where the log records it
and every copy of the point's data carries it. Keys already used by the pages keep their names.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from pickuppoint import i18n

LANGUAGE = "language"  # "" = follow the system locale
SOUNDS = "sounds"
AUTO_PRINT = "counter/auto_print"
RECEIPT_LAYOUT = "counter/receipt_layout"
RECEIPT_PRINTER = "counter/receipt_printer"  # "" = the system's default printer
LABEL_LAYOUT = "labels/layout"
LARGE_TEXT = "comfort/large_text"
HIGH_CONTRAST = "comfort/high_contrast"
GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"

RECEIPT_LAYOUTS = ("80mm", "58mm", "a5")
LABEL_LAYOUTS = ("a4-3x8", "roll-50x30")
BASE_POINT_SIZE = 11
LARGE_POINT_SIZE = 15


@dataclass
class Preferences:
    language: str = ""
    sounds: bool = True
    auto_print: bool = False
    receipt_layout: str = "80mm"
    receipt_printer: str = ""
    label_layout: str = "a4-3x8"
    large_text: bool = False
    high_contrast: bool = False


_KEYS = {"language": LANGUAGE, "sounds": SOUNDS, "auto_print": AUTO_PRINT,
         "receipt_layout": RECEIPT_LAYOUT, "receipt_printer": RECEIPT_PRINTER,
         "label_layout": LABEL_LAYOUT, "large_text": LARGE_TEXT, "high_contrast": HIGH_CONTRAST}


def load() -> Preferences:
    s = QSettings()
    default = Preferences()
    values = {}
    for f in fields(Preferences):
        fallback = getattr(default, f.name)
        if isinstance(fallback, bool):
            values[f.name] = s.value(_KEYS[f.name], fallback, type=bool)
        else:
            values[f.name] = str(s.value(_KEYS[f.name], fallback) or "")
    p = Preferences(**values)
    if p.language not in i18n.LANGUAGES:
        p.language = ""
    if p.receipt_layout not in RECEIPT_LAYOUTS:
        p.receipt_layout = default.receipt_layout
    if p.label_layout not in LABEL_LAYOUTS:
        p.label_layout = default.label_layout
    return p


def save(p: Preferences) -> None:
    s = QSettings()
    for f in fields(Preferences):
        s.setValue(_KEYS[f.name], getattr(p, f.name))
    s.sync()


def interface_language(p: Preferences | None = None) -> str:
    """The language the interface uses: the chosen one, else the system's."""
    chosen = (p or load()).language
    return chosen if chosen in i18n.LANGUAGES else i18n.system_language()


_base_palette: QPalette | None = None


def apply_comfort(app: QApplication, p: Preferences | None = None) -> None:
    """Large text (every window's base font from 11 to 15 pt) and high contrast (black on white,
    a strong focus colour) for the whole application; both off again restores the defaults."""
    global _base_palette
    p = p or load()
    font = QFont(app.font())
    font.setPointSize(LARGE_POINT_SIZE if p.large_text else BASE_POINT_SIZE)
    app.setFont(font)
    if not p.high_contrast and _base_palette is None:
        return  # never changed: nothing to restore (and the palette is not touched at start)
    if _base_palette is None:
        _base_palette = QPalette(app.palette())
    if p.high_contrast:
        pal = QPalette()
        black, white, blue = QColor("#000000"), QColor("#ffffff"), QColor("#0033cc")
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button,
                     QPalette.ColorRole.AlternateBase, QPalette.ColorRole.ToolTipBase):
            pal.setColor(role, white)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText,
                     QPalette.ColorRole.PlaceholderText):
            pal.setColor(role, black)
        pal.setColor(QPalette.ColorRole.Highlight, blue)
        pal.setColor(QPalette.ColorRole.HighlightedText, white)
        pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#555555"))
        pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#555555"))
        pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#555555"))
        app.setPalette(pal)
        app.setStyleSheet("*:focus { outline: 3px solid #0033cc; }"
                          " QPushButton, QLineEdit, QComboBox, QSpinBox { border: 2px solid #000000; }"
                          " QPushButton:focus, QLineEdit:focus, QComboBox:focus { border: 3px solid #0033cc; }")
    else:
        app.setPalette(_base_palette)
        app.setStyleSheet("")
