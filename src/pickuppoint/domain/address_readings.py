"""The ways a resident's free-text address can be read as building, unit and room.

Residents type their address as they say it: the province, city and district (sometimes twice),
the estate's name (with a typo or another alias), the street number of the estate (紫龙路500弄,
500号) before the building, the building as 号/栋/幢/号楼/#, `52-801` with any dash, spaces, 。
or ，between the parts, the letter O for a zero and l for a one, Chinese numerals, notes in
brackets, and building and room run together (`86801`) where only the roster can tell them
apart. This module does not know the roster: it lists the readings, the most likely first, and
the matcher (services/manifests/address_match.py) keeps those the roster has.

The parts that say a household are at the end of an address, so it is read from the end: the
last number is the room, the number before it the building (or the unit, then the building);
numbers further left are the estate's street number or the estate's name and are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pickuppoint.domain.numbers import nfkc, replace_chinese_numerals


@dataclass(frozen=True)
class Reading:
    building: str
    unit: str | None  # None: the address does not say the unit
    room: str | None  # None: a house (the building is the home)
    # 0: what the address says; 1: a run of digits cut where the roster may have it ('86801' ->
    # 86-801), read only when no reading of tier 0 is a household; 2: a suggestion, never taken
    tier: int = 0
    guessed_unit: bool = False  # the unit is a digit cut from the room ('2501' -> 2, 501)


_NOTES = re.compile(r"[（(【\[「〔<《][^）)】\]」〕>》]*[）)】\]」〕>》]?")
_PHONE = re.compile(r"(?<!\d)(?:\+?86)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)|\d{3}[*＊xX]{3,5}\d{4}")
_DASHES = re.compile(r"[‐‑‒–—―－−~～_﹣⁃]")
# a run of digits and the letters typed for them, no other letter beside it
_LOOKALIKE_RUN = re.compile(r"(?<![A-Za-z])[0-9lIO|o]+(?![A-Za-z])")
_DASHED_LETTERS = re.compile(r"(?<![A-Za-z0-9])[0-9lIO|o]+(?:-[0-9lIO|o]+)+(?![A-Za-z0-9])")
_LOOKALIKES = str.maketrans({"l": "1", "I": "1", "|": "1", "O": "0", "o": "0"})
_WEEKDAY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天1-7]")
_L_BUILDING = re.compile(r"(?<![A-Za-z])l+(?=栋|幢|号|单元|#|座)")
_NUMBER = re.compile(
    r"(?<![A-Za-z])([A-Za-z]?[0-9]+[A-Za-z]?)(?![A-Za-z])|(?<![A-Za-z])([A-Za-z])(?=栋|幢|座|号|#|-)")
# what follows a number, longest first: its role
_SUFFIXES = (
    ("号单元", "U"), ("号楼", "B"), ("号房", "R"), ("单元", "U"), ("栋", "B"), ("幢", "B"), ("座", "B"),
    ("#", "B"), ("门", "U"), ("室", "R"), ("房", "R"), ("户", "R"), ("号", "H"), ("楼", "F"),
    ("层", "F"), ("弄", "L"), ("路", "L"), ("街", "L"), ("巷", "L"), ("村", "L"), ("期", "L"),
    ("区", "L"), ("组", "L"), ("里", "L"), ("坊", "L"), ("苑", "L"), ("-", "D"),
    # counts, times and quantities in a note after the address: not part of it
    ("人", "N"), ("口", "N"), ("点", "N"), ("份", "N"), ("斤", "N"), ("箱", "N"), ("个", "N"),
    ("袋", "N"), ("元", "N"), ("块", "N"), ("件", "N"), ("天", "N"), ("月", "N"), ("日", "N"),
    ("岁", "N"), ("分", "N"), (":", "N"), ("：", "N"),
)
_TRADITIONAL = str.maketrans({"號": "号", "樓": "楼", "棟": "栋", "單": "单", "門": "门"})
_BUILDINGISH = {"B", "H", "P", "D", "F"}


@dataclass(frozen=True)
class _Token:
    number: str
    role: str  # B building, U unit, R room, H 号, F 楼/层, L street/estate, D dash, P plain, N a count


def prepare(text: object) -> str:
    """The address with notes, phones and noise taken out and digits made digits."""
    s = nfkc(text).translate(_TRADITIONAL)
    s = _NOTES.sub(" ", s)
    s = _PHONE.sub(" ", s)
    s = re.sub(r"\s*-\s*", "-", _DASHES.sub("-", s))
    s = _WEEKDAY.sub(" ", s)  # '周六送': a day, not a number
    s = replace_chinese_numerals(s)
    s = _DASHED_LETTERS.sub(lambda m: m.group(0).translate(_LOOKALIKES), s)  # 'l-l-lO2'
    s = _LOOKALIKE_RUN.sub(_digits_of, s)  # '5O1', 'lOl', '1O0l'
    s = _L_BUILDING.sub(lambda m: "1" * len(m.group(0)), s)  # 'll栋': 11栋
    s = re.sub(r"(?<=\d)\.0+(?!\d)", "", s)  # '501.0' as Excel keeps a number
    return s


def _digits_of(m: re.Match[str]) -> str:
    run = m.group(0)
    if len(run) >= 2 or run.isdigit():
        return run.translate(_LOOKALIKES)
    return run  # a lone letter: perhaps a building's name


def _tokens(s: str) -> list[_Token]:
    out = []
    for m in _NUMBER.finditer(s):
        number = (m.group(1) or m.group(2)).upper()
        rest = s[m.end():]
        role = "P"  # the end, a separator or a word ('801业主'): the number ends here
        for suffix, r in _SUFFIXES:
            if rest.startswith(suffix):
                role = r
                break
        out.append(_Token(number, role))
    return out


def _clean(part: str) -> str:
    m = re.fullmatch(r"0*(\d+)([A-Z]?)", part)
    if m:
        return m.group(1) + m.group(2)
    return part


def _room_ok(room: str) -> bool:
    return bool(re.fullmatch(r"[1-9][0-9]{1,4}[A-Z]?|[A-Z][0-9]{2,4}", room))


def _splits(digits: str) -> list[Reading]:
    """'86801' -> 86-801, 8-6801, 8-6-801: the cuts a roster may have."""
    out: list[Reading] = []
    if not re.fullmatch(r"[0-9]{4,8}", digits):
        return out
    for b in range(1, 4):
        room = digits[b:]
        if len(room) >= 3 and _room_ok(room) and digits[0] != "0":
            out.append(Reading(_clean(digits[:b]), None, room, 1))
        for u in (1,):
            room = digits[b + u:]
            if len(room) >= 3 and _room_ok(room) and digits[b] != "0" and digits[0] != "0":
                out.append(Reading(_clean(digits[:b]), digits[b:b + u], room, 1, True))
    return out


# the form most lines have ('白竹亭小区3号楼2单元501室'): one reading, read without the tokens
_PLAIN = re.compile(r"(?<![0-9A-Za-z])0*([1-9][0-9]{0,3})(?:号楼|栋|幢)0*([1-9][0-9]?)单元([1-9][0-9]{2,4})室?$")


@lru_cache(maxsize=65536)  # a round's manifest repeats the same addresses
def readings(text: str) -> tuple[Reading, ...]:
    """The readings of a free-text address, the most likely first; () when none."""
    m = _PLAIN.search(text)
    if m:
        return (Reading(m.group(1), m.group(2), m.group(3)),)
    tokens = [t for t in _tokens(prepare(text)) if t.role not in ("L", "N")]
    while len(tokens) >= 2 and tokens[-1].role == "F" and tokens[-2].role in ("R", "P"):
        tokens.pop()  # '501室 快递放1楼': a floor in a note after the room
    if not tokens:
        return ()
    out: list[Reading] = []
    last, rest = tokens[-1], tokens[:-1]
    if last.role == "B" or (last.role == "H" and (not rest or rest[-1].role == "H")):
        # '12栋' / '紫龙路500弄12号' at the end: a house (the building is the home)
        out.append(Reading(_clean(last.number), None, None))
        if last.role == "B":
            return tuple(out)
    if last.role == "U":
        return tuple(out)
    room = _clean(last.number)
    if not rest and last.role in ("P", "R", "H", "D"):
        out += _splits(last.number)  # '86801', '501401'
    if not room or not _room_ok(room):
        return tuple(out)
    if rest and rest[-1].role == "F" and room.startswith(rest[-1].number.lstrip("0")):
        if len(rest) < 2:
            return tuple(out)  # '5楼501': the floor, and no building
        rest = rest[:-1]  # '3号楼2单元5楼501': a floor
    if not rest:
        return tuple(out)
    before = rest[-1]
    if before.role == "U":
        if len(rest) >= 2 and rest[-2].role in _BUILDINGISH:
            out.append(Reading(_clean(rest[-2].number), _clean(before.number), room))
        return tuple(out)
    if before.role == "D" and len(rest) >= 2 and rest[-2].role == "D":
        # '3-2-501'
        out.append(Reading(_clean(rest[-2].number), _clean(before.number), room))
        return tuple(out)
    if before.role in ("B", "F", "D", "H", "P", "R"):
        if len(rest) >= 2 and rest[-2].role in ("B", "F") and before.role in ("H", "P", "D"):
            out.append(Reading(_clean(rest[-2].number), _clean(before.number), room))  # '3栋2-501'
            return tuple(out)
        if len(rest) >= 2 and before.role == "P" and rest[-2].role == "P":
            out.append(Reading(_clean(rest[-2].number), _clean(before.number), room))  # '3 2 501'
            out.append(Reading(_clean(before.number), None, room, 2))
            return tuple(out)
        out.append(Reading(_clean(before.number), None, room))
        if last.role == "P" and before.role in ("H", "P"):
            out += _splits(last.number)  # '紫龙路500号 86801'

        if last.role == "P" and before.role in ("B", "F") and len(room) >= 4:
            out.append(Reading(_clean(before.number), room[0], room[1:], 0, True))  # '3栋2501'
    return tuple(dict.fromkeys(out))
