"""Translation for the core, without Qt.

Source strings are Simplified Chinese (the users' language): a string with no translation shows in
Chinese. `translate(context, text)` is what pyside6-lupdate extracts into
resources/translations/*.ts, like the `self.tr()` calls of the windows. The faces (CLI, windows)
install the loaded Qt translator with `install()`; the core never imports Qt.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable

LANGUAGES = ("zh_CN", "en")
_translator: Callable[[str, str], str] | None = None
_language = "zh_CN"


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text) or text


def install(translator: Callable[[str, str], str] | None, language: str) -> None:
    global _translator, _language
    _translator = translator
    _language = language


def language() -> str:
    return _language


def system_language() -> str:
    """English where the system locale says English, Chinese otherwise (and where it says nothing)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh_CN"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "en" if loc.lower().startswith("en") else "zh_CN"


def normalize_language(value: str | None) -> str:
    if not value:
        return system_language()
    v = value.replace("-", "_").lower()
    if v.startswith("zh"):
        return "zh_CN"
    if v.startswith("en"):
        return "en"
    raise ValueError(value)
