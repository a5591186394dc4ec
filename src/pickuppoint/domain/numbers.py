"""Numbers as people type them: full-width digits, Chinese numerals (三, 十二, 二十一, 两)."""

from __future__ import annotations

import re
import unicodedata

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
           "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8,
           "捌": 8, "九": 9, "玖": 9}
_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CHINESE_NUMERAL = re.compile(r"[零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟]+")


def nfkc(text: object) -> str:
    """Full-width digits, letters and spaces to their plain forms; trimmed."""
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    s = str(text)
    if s.isascii():  # NFKC leaves ASCII as it is: most cells of most files
        return s.strip()
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u3000", " ").replace("\xa0", " ")
    return s.strip()


def chinese_to_int(text: str) -> int | None:
    """'三' -> 3, '十二' -> 12, '二十一' -> 21, '一百零五' -> 105, '五零一' -> 501."""
    if not text or len(text) > 12 or not CHINESE_NUMERAL.fullmatch(text):  # no count is longer
        return None
    if not any(ch in _UNITS for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        else:
            unit = _UNITS[ch]
            total += (current or 1) * unit
            current = 0
    return total + current


def replace_chinese_numerals(text: str) -> str:
    if text.isascii():
        return text
    def number(m: re.Match[str]) -> str:
        n = chinese_to_int(m.group(0))
        return m.group(0) if n is None else str(n)  # a run too long for a number stays as it is

    return CHINESE_NUMERAL.sub(number, text)


def parse_count(value: object) -> int | None:
    """A positive whole number of people: '3', '３', '三', '3人', '三口', 3.0. None if not one."""
    s = nfkc(value)
    if not s or len(s) > 12:  # no count of people is longer (and int() refuses huge strings)
        return None
    s = re.sub(r"\s*(人|口|位|名)$", "", s)
    if re.fullmatch(r"\d+", s):
        n = int(s)
    elif re.fullmatch(r"\d+\.0+", s):
        n = int(float(s))
    else:
        n = chinese_to_int(s)
        if n is None:
            return None
    return n if n > 0 else None
