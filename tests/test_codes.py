"""Parcel codes we create (domain/codes.py): every code we make checks, and every
single-character misread or mistype of one is recognised as such and never turns into
another valid code. Codes as scanners deliver them (lowercase, full-width) are normalised."""

from __future__ import annotations

import string

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pickuppoint.domain import codes
from pickuppoint.services.parcels.view import normalize_code

ALPHABET = string.digits + string.ascii_uppercase + "-"
SITES = ("P01", "P02", "DEMO01", "AB", "HUB7", "X9Y8Z7W6V5U4")
# A sample spread over the number range: small, carried digits, the largest.
NUMBERS = sorted({*range(1, 50), 56, 65, *range(999, 1003), 9_999, 10_000, 54_321, 99_999,
                  123_456, 500_000, 777_777, 999_998, 999_999})

site_ids = st.text(alphabet=string.ascii_uppercase + string.digits, min_size=2, max_size=12)
numbers = st.integers(min_value=0, max_value=10**codes.WIDTH - 1)


@given(site=site_ids, number=numbers)
def test_every_code_we_make_checks_and_gives_its_number_back(site, number):
    number = codes.next_usable(site, number)
    assume(number <= codes.LAST_NUMBER)  # past the last number no code is issued (add_parcels refuses)
    code = codes.make(site, number)
    assert codes.check(code) == "ok"
    assert codes.number_of(code) == number
    assert code.startswith(codes.prefix(site))


@given(site=st.text(alphabet=string.ascii_lowercase + string.digits, min_size=2, max_size=12),
       number=numbers)
def test_a_lowercase_site_id_makes_the_same_code_as_uppercase(site, number):
    number = codes.next_usable(site.upper(), number)
    assert codes.make(site, number) == codes.make(site.upper(), number)


def _valid_sample() -> set[str]:
    return {codes.make(site, n) for site in SITES for n in NUMBERS if codes.usable(site, n)}


def _substitutions(code: str):
    for i, original in enumerate(code):
        for ch in ALPHABET:
            if ch != original:
                yield code[:i] + ch + code[i + 1:]


def test_every_single_character_substitution_is_caught_and_never_another_code():
    valid = _valid_sample()
    checked = 0
    for code in sorted(valid):
        for wrong in _substitutions(code):
            verdict = codes.check(wrong)
            assert verdict in ("misread", "foreign_format"), (code, wrong)
            assert wrong not in valid, (code, wrong)
            checked += 1
    # 6 sites x ~65 numbers x ~10 positions x 36 other characters
    assert checked > 100_000


@given(site=site_ids, number=numbers, data=st.data())
def test_a_substitution_in_any_generated_code_is_caught(site, number, data):
    code = codes.make(site, codes.next_usable(site, number))
    i = data.draw(st.integers(min_value=0, max_value=len(code) - 1))
    ch = data.draw(st.sampled_from([c for c in ALPHABET if c != code[i]]))
    wrong = code[:i] + ch + code[i + 1:]
    assert codes.check(wrong) != "ok"


def test_a_wrong_check_character_is_a_misread_not_a_foreign_code():
    code = codes.make("P01", 42)
    others = [code[:-1] + ch for ch in string.digits + string.ascii_uppercase if ch != code[-1]]
    assert {codes.check(c) for c in others} == {"misread"}
    assert codes.check(code.replace("000042", "000043")) == "misread"


def _swaps(code: str):
    for i in range(len(code) - 1):
        if code[i] != code[i + 1]:
            yield code[:i] + code[i + 1] + code[i] + code[i + 2:]


def test_every_swap_of_neighbours_is_caught():
    valid = _valid_sample()
    swaps = 0
    for code in sorted(valid):
        for wrong in _swaps(code):
            swaps += 1
            assert codes.check(wrong) != "ok", (code, wrong)
    assert swaps > 3_000


@given(site=site_ids, number=numbers, data=st.data())
def test_a_swap_in_any_generated_code_is_caught(site, number, data):
    code = codes.make(site, codes.next_usable(site, number))
    i = data.draw(st.integers(min_value=0, max_value=len(code) - 2))
    wrong = code[:i] + code[i + 1] + code[i] + code[i + 2:]
    if wrong != code:
        assert codes.check(wrong) != "ok"


def test_no_code_is_issued_with_a_star_and_numbering_skips_those_numbers():
    skipped = [n for n in range(1, 2000) if not codes.usable("P01", n)]
    assert skipped and len(skipped) < 2000 / 20  # about one number in 37
    assert all(codes.make("P01", codes.next_usable("P01", n))[-1] != "*" for n in skipped)
    with pytest.raises(ValueError):
        codes.make("P01", skipped[0])


@pytest.mark.parametrize("scanned", [
    "p01-000042{c}",             # Caps Lock on: lowercase
    "ｐ０１－００００４２{C}",  # Chinese input method on: full-width
    "P01-000042{C}\n",           # scanner suffix left in
    " P01 - 000042{C} ",         # typed with spaces
    "Ｐ０１-000042{c}",          # mixed
])
def test_codes_as_scanned_are_normalised_before_they_are_checked(scanned):
    code = codes.make("P01", codes.next_usable("P01", 42))
    check_char = code[-1]
    full_width = chr(ord(check_char) + 0xFEE0)
    text = scanned.replace("{c}", check_char.lower()).replace("{C}", full_width)
    normal = normalize_code(text)
    assert normal.upper() == code
    assert codes.check(normal) == "ok"


def test_supplier_order_numbers_are_foreign_and_not_misreads():
    for order_no in ("DD2204100001", "JD-88213377", "20220410-0042", "P01-00042", "美团123"):
        assert codes.check(order_no) == "foreign_format"
