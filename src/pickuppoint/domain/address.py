"""Addresses as rosters and manifests write them, normalised to a household code.

A household code is `BUILDING-UNIT-ROOM` (`3-2-501`); a building without units has unit `0`
(`7-0-1101`). Buildings are numbers or short letter codes (`A`); rooms are numbers, sometimes
with a letter (`501A`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, wraps

from pickuppoint.domain.numbers import nfkc, replace_chinese_numerals

_PART = r"[0-9]{1,4}[A-Za-z]?|[A-Za-z][0-9]{0,3}"
_ROOM = r"[0-9]{1,5}[A-Za-z]?"
_BUILDING_SUFFIX = r"(?:号楼|#楼|号栋|号幢|号座|栋|幢|座|楼|号|#)"
_UNIT_SUFFIX = r"(?:单元|门|号单元)"
_ROOM_SUFFIX = r"(?:室|号房|号|房)"

_CODE = re.compile(rf"^({_PART})\s*[-_/—–]\s*({_PART})\s*[-_/—–]\s*({_PART}|{_ROOM})$")
_CODE2 = re.compile(rf"^({_PART})\s*[-_/—–]\s*([0-9]{{3,5}}[A-Za-z]?)$")
# the same two forms after a compound's name ('白竹亭小区3-2-501室', '白竹亭7-1101')
_PREFIXED_CODE = re.compile(
    rf"(?<![0-9A-Za-z\-])({_PART})[-_/—–]({_PART})[-_/—–]({_ROOM}){_ROOM_SUFFIX}?$")
_PREFIXED_CODE2 = re.compile(rf"(?<![0-9A-Za-z\-])({_PART})[-_/—–]([0-9]{{3,5}}[A-Za-z]?){_ROOM_SUFFIX}?$")
# a floor between the unit and the room: '3号楼2单元5楼501', '3栋2单元5层501'
_WITH_FLOOR = re.compile(
    rf"({_PART}){_BUILDING_SUFFIX}-?(?:({_PART}){_UNIT_SUFFIX}-?)?[0-9]{{1,3}}(?:楼|层)"
    rf"([0-9]{{1,5}}[A-Za-z]?){_ROOM_SUFFIX}?$")
# remarks in brackets after (or inside) an address: '501室（放门口）', '(电话联系)'
_REMARK = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")
_FULL = re.compile(
    rf"({_PART})\s*{_BUILDING_SUFFIX}\s*-?\s*(?:({_PART})\s*{_UNIT_SUFFIX}\s*-?\s*)?"
    rf"([0-9]{{1,5}}[A-Za-z]?)\s*{_ROOM_SUFFIX}?\s*$"
)
_BUILDING_UNIT_DASH = re.compile(
    rf"({_PART})\s*{_BUILDING_SUFFIX}\s*({_PART})\s*[-_]\s*([0-9]{{1,5}}[A-Za-z]?)\s*{_ROOM_SUFFIX}?\s*$")


@dataclass(frozen=True)
class Address:
    building: str
    unit: str
    room: str

    @property
    def code(self) -> str:
        return f"{self.building}-{self.unit}-{self.room}"

    @property
    def sort_key(self) -> str:
        return "-".join(_sortable(p) for p in (self.building, self.unit, self.room))

    @property
    def digits(self) -> str:
        """What a person types for it without dashes: '32501' (units), '71101' (no units)."""
        parts = (self.building, self.room) if self.unit == "0" else (self.building, self.unit, self.room)
        return "".join(parts).upper()


@lru_cache(maxsize=16384)  # the same few buildings, units and rooms, thousands of times
def _sortable(part: str) -> str:
    m = re.match(r"^(\d+)(.*)$", part)
    if m:
        return f"{int(m.group(1)):06d}{m.group(2)}"
    return "~" + part  # letter buildings after numbered ones


_NUMBERED_PART = re.compile(r"0*(\d+)([A-Z]?)")
_EXCEL_NUMBER = re.compile(r"^(\d+)\.0+$")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=16384)  # the same buildings, units and rooms again and again
def _clean_part(text: str) -> str:
    t = text.strip().upper()
    m = _NUMBERED_PART.fullmatch(t)
    if m:
        return m.group(1) + m.group(2) if m.group(1) != "" else "0"
    return t


def _prepare(text: object) -> str:
    s = nfkc(text)
    s = _EXCEL_NUMBER.sub(r"\1", s)  # a number Excel saved as '501.0'
    s = replace_chinese_numerals(s)
    s = _SPACES.sub("", s)
    return s


def _cached(fn: Callable[[object], str | None]) -> Callable[[object], str | None]:
    """Roster columns repeat the same few buildings and units thousands of times."""
    cached = lru_cache(maxsize=8192)(fn)

    @wraps(fn)
    def part(value: object) -> str | None:
        return cached(value) if isinstance(value, str) else fn(value)

    return part


@_cached
def building_part(value: object) -> str | None:
    """'3号楼', '3栋', '3幢', '3#', '三栋', '3', 3.0 -> '3'; None if it is not a building."""
    s = _prepare(value)
    m = re.fullmatch(rf"(?:第)?({_PART}){_BUILDING_SUFFIX}?", s)
    return _clean_part(m.group(1)) if m else None


@_cached
def unit_part(value: object) -> str | None:
    """'2单元', '二单元', '2', '' -> '2' / '0' (no unit); None if it is not a unit."""
    s = _prepare(value)
    if s in ("", "-", "/", "无", "0"):
        return "0"
    m = re.fullmatch(rf"(?:第)?({_PART}){_UNIT_SUFFIX}?", s)
    return _clean_part(m.group(1)) if m else None


@_cached
def room_part(value: object) -> str | None:
    """'501室', '501', '501号', 501.0 -> '501'; None if it is not a room."""
    s = _prepare(value)
    m = re.fullmatch(rf"({_ROOM}){_ROOM_SUFFIX}?", s)
    return _clean_part(m.group(1)) if m else None


_BUILDING_AND_UNIT = re.compile(rf"(?:第)?({_PART}){_BUILDING_SUFFIX}(?:第)?({_PART}){_UNIT_SUFFIX}")


def from_parts(building: object, unit: object, room: object) -> Address | None:
    """The address in a roster's building, unit and room columns, as people fill them in.

    Besides one part per column: a building column that also holds the unit ('3号楼2单元',
    unit column blank), and a room column that holds the whole address ('3-2-501',
    '3栋2单元501', building blank or the same building)."""
    b, u, r = building_part(building), unit_part(unit), room_part(room)
    if b is None and u == "0":
        m = _BUILDING_AND_UNIT.fullmatch(_prepare(building))
        if m:
            b, u = _clean_part(m.group(1)), _clean_part(m.group(2))
    if b is not None and u is not None and r is not None:
        return Address(b, u, r)
    if r is None:
        whole = parse_address(room)
        if whole is not None and (nfkc(building) == "" or whole.building == b) and (
                u == "0" or whole.unit == u):
            return whole
    return None


def parse_address(text: object) -> Address | None:
    """A free-text address to its household code, or None.

    '白竹亭小区3号楼2单元501室', '3-2-502', '五幢三单元302', '7号楼1101', '3栋2-501', '7-1101'."""
    s = _prepare(text)
    if not s:
        return None
    if _REMARK.search(s):
        s = _REMARK.sub("", s)
    m = _CODE.match(s)
    if m:
        return Address(*(_clean_part(g) for g in m.groups()))
    m = _CODE2.match(s)
    if m:
        return Address(_clean_part(m.group(1)), "0", _clean_part(m.group(2)))
    m = _WITH_FLOOR.search(s)
    if m:
        b, u, r = m.group(1), m.group(2), m.group(3)
        return Address(_clean_part(b), _clean_part(u) if u else "0", _clean_part(r))
    for pattern in (_FULL, _BUILDING_UNIT_DASH):
        for m in pattern.finditer(s):
            b, u, r = m.group(1), m.group(2), m.group(3)
            # the compound's name may end in a letter or digit glued to the building: keep the
            # shortest building that still leaves a valid match
            return Address(_clean_part(b), _clean_part(u) if u else "0", _clean_part(r))
    m = _PREFIXED_CODE.search(s)
    if m:
        return Address(*(_clean_part(g) for g in m.groups()))
    m = _PREFIXED_CODE2.search(s)
    if m:
        return Address(_clean_part(m.group(1)), "0", _clean_part(m.group(2)))
    return None


def parse_code(text: str) -> Address | None:
    """A household code as typed at the counter ('3-2-501', '3-0-1101')."""
    return parse_address(text)


# A parcel's place in building-unit-room order, kept on the parcel row so that a round's lists
# come in that order straight from an index. Parcels without a household sort after every
# household (U+FFFF is above any character a building name holds).
UNMATCHED_SORT_KEY = "\uffff"


def parcel_sort_key(household_code: str | None) -> str:
    """The sort key of a parcel of this household: the household's own sort key."""
    if not household_code:
        return UNMATCHED_SORT_KEY
    parts = household_code.split("-")
    if len(parts) != 3 or not all(parts):
        return f"~{household_code}-"  # not a code this program makes: a building of its own
    return Address(*parts).sort_key


def building_of_sort_key(head: str) -> str:
    """The building whose sort key starts so ('000003' -> '3', '~A' -> 'A'); '' for none."""
    if head.startswith("~"):
        return head[1:]
    m = re.match(r"^(\d{6})(.*)$", head)
    return f"{int(m.group(1))}{m.group(2)}" if m else ""


def building_sort_range(building: str) -> tuple[str, str]:
    """The sort keys of one building's parcels: lo <= key < hi."""
    head = _sortable(building)
    return head + "-", head + "."  # '.' follows '-'
