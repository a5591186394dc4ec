"""argparse's own words (usage, the headings, its error sentences) in the interface's language.

argparse looks its strings up through `gettext` under names of its own; `install()` points that
look-up at Qt's translations, so `pickuppoint --help` and a wrong option speak Chinese (or
English) like the rest of the program. The source texts are Simplified Chinese, as everywhere.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from pickuppoint.i18n import translate


def _words() -> dict[str, str]:
    return {
        "usage: ": translate("Argparse", "用法："),
        "positional arguments": translate("Argparse", "参数"),
        "options": translate("Argparse", "选项"),
        "show this help message and exit": translate("Argparse", "显示这段帮助并退出"),
        "the following arguments are required: %s": translate("Argparse", "缺少必需的参数：%s"),
        "unrecognized arguments: %s": translate("Argparse", "无法识别的参数：%s"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "Argparse", "无效的选项 %(value)r（可选：%(choices)s）"),
        "argument %(argument_name)s: %(message)s": translate("Argparse", "参数 %(argument_name)s：%(message)s"),
        "expected one argument": translate("Argparse", "后面需要一个值"),
        "expected at least one argument": translate("Argparse", "后面至少需要一个值"),
        "expected at most one argument": translate("Argparse", "后面最多只能有一个值"),
        "invalid %(type)s value: %(value)r": translate("Argparse", "无效的 %(type)s 值：%(value)r"),
        "not allowed with argument %s": translate("Argparse", "不能和参数 %s 一起使用"),
        "one of the arguments %s is required": translate("Argparse", "需要参数 %s 之一"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "Argparse", "选项 %(option)s 不明确，可能是：%(matches)s"),
    }


_ORIGINAL: Callable[[str], str] = argparse._  # type: ignore[attr-defined]  # gettext's own


def install() -> None:
    """Translate argparse's strings from now on (call after the language is chosen; again after
    another language is chosen)."""
    words = _words()

    def gettext(message: str) -> str:
        return words.get(message) or _ORIGINAL(message)

    argparse._ = gettext  # type: ignore[attr-defined]
