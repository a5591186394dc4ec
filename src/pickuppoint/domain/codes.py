"""Parcel codes we create: `SITE-NNNNNNC`, e.g. `P01-000042K`.

- `SITE` is the creating site's id (2-12 letters/digits), so two points (or the coordinator and a
  point) never create the same code;
- `NNNNNN` the site's running number (fixed width, so the largest code sorts last);
- `C` an ISO 7064 Mod 37,36 check character (python-stdnum) over site + number: every
  single-character substitution and nearly every swap of neighbours is caught, so a misread or
  mistyped code is recognised as such and never matches another parcel.

Supplier order numbers (kept as the parcel's code where the manifest has one) are not ours:
`check()` says `foreign_format` for them and they are looked up as they are.
"""

from __future__ import annotations

import re

from stdnum.iso7064 import mod_37_36

WIDTH = 6
_OURS = re.compile(r"^([A-Z0-9]{2,12})-(\d{%d})([0-9A-Z])$" % WIDTH)


def make(site_id: str, number: int) -> str:
    body = f"{site_id.upper()}{number:0{WIDTH}d}"
    return f"{site_id.upper()}-{number:0{WIDTH}d}{mod_37_36.calc_check_digit(body)}"


def prefix(site_id: str) -> str:
    return f"{site_id.upper()}-"


def number_of(code: str) -> int | None:
    m = _OURS.match(code)
    return int(m.group(2)) if m else None


def check(code: str) -> str:
    """`ok` (one of our codes, check character right), `misread` (shaped like ours, check
    character wrong) or `foreign_format` (a supplier's number, or not a code at all)."""
    m = _OURS.match(code.upper())
    if not m:
        return "foreign_format"
    return "ok" if mod_37_36.is_valid(m.group(1) + m.group(2) + m.group(3)) else "misread"
