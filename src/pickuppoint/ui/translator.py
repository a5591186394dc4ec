"""Loading the compiled translations (.qm) and handing them to the core's `translate`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from pickuppoint import i18n
from pickuppoint.paths import resource

_loaded: dict[str, QTranslator] = {}


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
        for t in _loaded.values():
            app.removeTranslator(t)
        if translator is not None:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English if language == "en"
                                   else QLocale.Language.Chinese))
    return translator
