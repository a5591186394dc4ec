"""Phone numbers: mobile (11 digits from 1[3-9]) or landline (area code + number, or local)."""

from __future__ import annotations

import re

from pickuppoint.domain.numbers import nfkc

MOBILE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE = re.compile(r"^0\d{2,3}\d{7,8}$")
LOCAL = re.compile(r"^[2-9]\d{6,7}$")
_SEPARATORS = re.compile(r"[\s\-()（）.]")


def normalize_phone(value: object) -> str | None:
    """'138 0013 8001', '+86-138-0013-8001', '0532-8765 4321' -> digits; '' for blank; None if invalid."""
    s = nfkc(value)
    if not s:
        return ""
    if isinstance(value, float):
        s = str(int(value))
    digits = _SEPARATORS.sub("", s)
    if digits.startswith("+"):
        digits = digits[1:]
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not digits.isdigit():
        return None
    if MOBILE.match(digits) or LANDLINE.match(digits) or LOCAL.match(digits):
        return digits
    return None


def mask_phone(phone: str) -> str:
    """'13800138001' -> '138****8001' (for paper and for volunteers)."""
    if len(phone) >= 7:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    return phone


def mask_name(name: str) -> str:
    """'张建国' -> '张*国', '王芳' -> '王*'."""
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
