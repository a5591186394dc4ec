"""Before a scanned code is recorded as a surplus parcel: is it really a code nobody listed, or a
misread of a listed one? A keyboard-wedge scanner can lose a character (the first one went to
another widget, the reader skipped a bar), and a supplier's codes have no check character to
catch that. So a code that is one edit (a character changed, missing, added, or two neighbours
swapped) away from a code of the round, or that looks like the round's codes with characters
missing, is not recorded as surplus: the desk asks (outcome `lookalike`), and only a confirmation
records it (`confirm_surplus` in records.py / desk.py)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session

MAX_MISSING = 3  # a code with up to this many characters fewer than the round's codes


def one_edit_apart(a: str, b: str) -> bool:
    """Exactly one substitution, insertion, deletion or swap of neighbours (Damerau distance 1)."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    if la > lb:
        a, b = b, a  # a is the shorter one: b with one character more
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def shape(code: str) -> str:
    """Letters as A, digits as 9, the rest as they are: 'DD0410000003' -> 'AA9999999999'."""
    return "".join("A" if ch.isalpha() else "9" if ch.isdigit() else ch for ch in code.upper())


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def lacks_characters(code: str, shapes: Iterable[str]) -> str | None:
    """The shape of the round's codes this code looks like with characters missing, if any."""
    mine = shape(code)
    for known in shapes:
        if 0 < len(known) - len(mine) <= MAX_MISSING and _is_subsequence(mine, known) \
                and mine[:1] == known[:1]:
            return known
    return None


def round_codes(session: Session, round_id: str) -> list[str]:
    """What the labels of the round's listed parcels say (not surplus parcels, not cancelled
    ones): the order numbers a scan is compared with."""
    return list(session.execute(text(
        "SELECT CASE WHEN label = '' THEN code ELSE label END FROM parcel "
        "WHERE round_id = :r AND surplus = 0 AND status != 'cancelled'"),
        {"r": round_id}).scalars())


def lookalike(code: str, listed: list[str]) -> tuple[str, str] | None:
    """('near', the listed code) when one edit away from one, ('short', an example code) when it
    looks like the listed codes with characters missing; None when it may well be a surplus."""
    upper = code.upper()
    for other in listed:
        if one_edit_apart(upper, other.upper()):
            return ("short" if len(upper) < len(other) else "near"), other
    shapes: dict[str, str] = {}
    for other in listed:
        shapes.setdefault(shape(other), other)
    known = lacks_characters(code, shapes)
    if known is not None:
        return "short", shapes[known]
    return None
