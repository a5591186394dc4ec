"""Parcel codes we create: `SITE-NNNNNNC`, e.g. `P01-000042K`.

- `SITE` is the creating site's id (2-12 letters/digits), so two points (or the coordinator and a
  point) never create the same code;
- `NNNNNN` the site's running number (fixed width, so the largest code sorts last);
- `C` an ISO 7064 Mod 37,2 check character (python-stdnum) over site + number: every
  single-character substitution and every swap of neighbours is caught, so a misread or
  mistyped code is recognised as such and never matches another parcel. (Mod 37,36 was tried
  first: it let 0.35 % of swaps through, e.g. P01-000056P / P01-000065P.) Mod 37,2 may give `*`
  as the check character; a number whose check would be `*` is never issued (`usable`), so
  every code is letters, digits and one hyphen: easy to type, and the same on every keyboard.

Supplier order numbers (kept as the parcel's code where the manifest has one) are not ours:
`check()` says `foreign_format` for them and they are looked up as they are.
"""

from __future__ import annotations

import re

from stdnum.iso7064 import mod_37_2

WIDTH = 6
# exactly WIDTH digits: the check character covers site + number, so only the fixed width
# tells 'P01-000001' from 'P0-1000001' (a swap of the hyphen with a digit)
_OURS = re.compile(rf"^([A-Z0-9]{{2,12}})-(\d{{{WIDTH}}})([0-9A-Z])$")
LAST_NUMBER = 10**WIDTH - 1


def _check_char(site_id: str, number: int) -> str:
    return mod_37_2.calc_check_digit(f"{site_id.upper()}{number:0{WIDTH}d}")


def usable(site_id: str, number: int) -> bool:
    """Whether a code is issued for this number (not when its check character would be `*`)."""
    return _check_char(site_id, number) != "*"


def next_usable(site_id: str, number: int) -> int:
    """The first number from `number` on that is issued."""
    while not usable(site_id, number):
        number += 1
    return number


def make(site_id: str, number: int) -> str:
    check = _check_char(site_id, number)
    if check == "*":
        raise ValueError(f"no code is issued for number {number} of {site_id}")
    return f"{site_id.upper()}-{number:0{WIDTH}d}{check}"


def prefix(site_id: str) -> str:
    return f"{site_id.upper()}-"


def number_of(code: str) -> int | None:
    m = _OURS.match(code)
    return int(m.group(2)) if m else None


def issued(code: str) -> tuple[str, int] | None:
    """(site, number) of one of our codes whose check character fits; None for any other."""
    m = _OURS.match(code)
    if not m or not mod_37_2.is_valid(m.group(1) + m.group(2) + m.group(3)):
        return None
    return m.group(1), int(m.group(2))


def check(code: str) -> str:
    """`ok` (one of our codes, check character right), `misread` (shaped like ours, check
    character wrong) or `foreign_format` (a supplier's number, or not a code at all)."""
    m = _OURS.match(code.upper())
    if not m:
        return "foreign_format"
    return "ok" if mod_37_2.is_valid(m.group(1) + m.group(2) + m.group(3)) else "misread"
