"""Control characters are refused by one character class: it must be exactly Unicode's
category Cc (line breaks and tabs allowed in multiline text)."""

from __future__ import annotations

import unicodedata

from pickuppoint.domain.text import control_characters


def test_control_characters_are_exactly_category_cc():
    for code in [*range(0x3000), *range(0xFF00, 0x10000), 0x1F600, 0x10FFFF]:
        ch = chr(code)
        control = unicodedata.category(ch) == "Cc"
        assert control_characters(f"王{ch}芳") is control, hex(code)
        assert control_characters(f"王{ch}芳", multiline=True) is (control and ch not in "\t\n\r"), hex(code)
