"""Loading the compiled translations (.qm) and handing them to the core's `translate`.

Qt's own words (file dialogs, wizard and message-box buttons, the print dialog) come from Qt's
qtbase translations, loaded for Chinese; our English needs none (Qt's source language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pickuppoint import i18n
from pickuppoint.paths import resource

_loaded: dict[str, QTranslator] = {}
_qt_loaded: dict[str, QTranslator] = {}


def _qt_translator(language: str) -> QTranslator | None:
    if language == "en":
        return None
    translator = _qt_loaded.get(language)
    if translator is None:
        translator = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not translator.load(f"qtbase_{language}", folder):
            return None
        _qt_loaded[language] = translator
    return translator


def load_translator(language: str) -> QTranslator | None:
    """Install the translator for `language` in the core (and in Qt, once an app exists).
    Chinese is the source language: it needs no file of ours."""
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
        for t in (*_loaded.values(), *_qt_loaded.values()):
            app.removeTranslator(t)
        qt = _qt_translator(language)
        if qt is not None:
            app.installTranslator(qt)
        if translator is not None:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English if language == "en"
                                   else QLocale.Language.Chinese))
    return translator
