"""Amounts in yuan are kept as whole fen (cents) and written as decimal strings ("39.90")."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

_AMOUNT = re.compile(r"^[+-]?\d+(\.\d{1,2})?$")
_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")  # 1,234.50 (never 39,90)
MAX_CENTS = 100_000_000  # one million yuan: more on one parcel or one visit is a typing error


def parse_yuan(text: str | float | int | Decimal | None) -> int:
    """'39.9', '¥39.90', '39.90元', 39.9 -> 3990. Raises ValueError for anything else."""
    if text is None:
        raise ValueError("empty")
    if isinstance(text, bool):
        raise ValueError(text)
    if isinstance(text, int):
        value = Decimal(text)
    elif isinstance(text, float | Decimal):
        value = Decimal(str(text))
    else:
        s = str(text)
        s = (s if s.isascii() else unicodedata.normalize("NFKC", s)).strip()
        s = s.replace("¥", "").replace("￥", "").replace("元", "").strip()
        if "," in s:
            if not _THOUSANDS.match(s):  # '39,90': a decimal comma or a typo; never 3990 yuan
                raise ValueError(text)
            s = s.replace(",", "")
        if not _AMOUNT.match(s):
            raise ValueError(text)
        try:
            value = Decimal(s)
        except InvalidOperation as exc:
            raise ValueError(text) from exc
    cents = value * 100
    if cents != cents.to_integral_value():
        raise ValueError(text)
    if abs(cents) > MAX_CENTS:
        raise AmountTooLarge(text)
    return int(cents)


class AmountTooLarge(ValueError):
    """More than MAX_CENTS: refused with its own sentence where it can be said."""


def format_yuan(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"
