"""Loading the compiled translations (.qm) and handing them to the core's `translate`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pickuppoint import i18n
from pickuppoint.paths import resource

_loaded: dict[str, QTranslator] = {}
_qt_own: dict[str, QTranslator] = {}  # Qt's own words (file dialogs, print dialogs, buttons)


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own translations (`qtbase_zh_CN.qm`, shipped with PySide6) for the file and print
    dialogs and standard buttons; None for English (Qt's source language) or when missing."""
    if language == "en":
        return None
    if language not in _qt_own:
        translator = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not translator.load(f"qtbase_{language}", folder):
            return None
        _qt_own[language] = translator
    return _qt_own[language]


def load_translator(language: str) -> QTranslator | None:
    """Install the translator for `language` in the core (and in Qt, once an app exists).
    Chinese is the source language: it needs no file."""
    translator = None
    if language != "zh_CN":
        translator = _loaded.get(language)
        if translator is None:
            translator = QTranslator()
            if translator.load(str(resource("translations", f"pickuppoint_{language}.qm"))):
                _loaded[language] = translator
            else:
                translator = None
    if translator is not None:
        i18n.install(lambda ctx, text: translator.translate(ctx, text), language)
    else:
        i18n.install(None, language)
    app = QCoreApplication.instance()
    if app is not None:
        for t in [*_loaded.values(), *_qt_own.values()]:
            app.removeTranslator(t)
        if translator is not None:
            app.installTranslator(translator)
        qt_own = qt_translator(language)
        if qt_own is not None:
            app.installTranslator(qt_own)
        QLocale.setDefault(QLocale(QLocale.Language.English if language == "en"
                                   else QLocale.Language.Chinese))
    return translator
