"""Free text as people type it into a roster, a manifest or a form: refused when it carries
control characters (a NUL byte, a bell, an escape sequence: from a broken export, never meant)
or is far longer than such a field ever is (a cell that swallowed a whole file)."""

from __future__ import annotations

import re

from pickuppoint.i18n import translate

# the most characters a field may hold
NAME_MAX = 40  # a person's name (head, recipient, proxy, collector)
SHORT_MAX = 100  # a grid, the items of a parcel
ADDRESS_MAX = 200
NOTE_MAX = 500  # notes, reasons

# Unicode's control characters (category Cc: U+0000-U+001F and U+007F-U+009F, a fixed set), as
# one character class: checked for every cell of a 50,000-row roster. Multiline text may keep
# tab, line feed and carriage return.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_BREAKS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_characters(value: str, multiline: bool = False) -> bool:
    return (_CONTROL_BUT_BREAKS if multiline else _CONTROL).search(value) is not None


def text_problem(value: str, what: str, limit: int, multiline: bool = False) -> str | None:
    """A sentence saying what is wrong with `value` as the field `what`, or None."""
    if control_characters(value, multiline):
        return translate("Text", "{what}里有控制字符（如空字符、响铃、转义符），请删掉后再输入。").format(what=what)
    if len(value) > limit:
        return translate("Text", "{what}太长（{n} 个字，最多 {limit} 个字）。").format(
            what=what, n=len(value), limit=limit)
    return None
