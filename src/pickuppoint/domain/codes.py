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

Supplier order numbers are not ours: `check()` says `foreign_format` for them. A parcel that
carries one (a manifest's order, a surplus bag scanned while receiving) is known by a code
namespaced by its round, `<round id>.<order number>` (`namespaced`), so two rounds, two points
or two suppliers using the same number never share a parcel; what is printed and scanned, the
order number, is the parcel's `label` (`label_of`), looked up among the point's rounds.
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


SEPARATOR = "."  # round ids are letters and digits: the first '.' ends the namespace


def namespaced(round_id: str, printed: str) -> str:
    """The parcel code of a bag whose label says `printed` in round `round_id`: one of our codes
    stays as it is (unique already: the site id is in it), anything else (a supplier's order
    number, a group buy's 跟团号) becomes `<round id>.<printed>`."""
    if issued(printed) is not None:
        return printed
    return f"{round_id}{SEPARATOR}{printed}"


def label_of(code: str, round_id: str | None) -> str:
    """What the label of the parcel `code` in round `round_id` says (what a scan gives): the code
    without its round's namespace. Parcels recorded before codes were namespaced have the order
    number itself as their code, so their label is their code."""
    head = f"{round_id}{SEPARATOR}" if round_id else None
    return code[len(head):] if head and code.startswith(head) and len(code) > len(head) else code
