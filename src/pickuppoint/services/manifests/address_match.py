"""Finding the household a supplier's line is for: by its address (normalised as the roster is),
else by its phone; and, for a line nobody could place, the closest households as suggestions.

Rules (what a community worker would accept without asking; a wrong household is the worst
outcome, so when in doubt the line is left for a person):
- the address columns (building, unit, room) name a household that exists: that household;
- else the free-text address is read every way it can be (domain/address_readings.py): when the
  readings' building and room agree with exactly one household, that household, unless the
  phone is exactly one *other* household's (then nobody: the line is reported as a conflict);
  when they fit several, the one the phone also names, else nobody;
- else (the address names no household) the full phone is the phone of exactly one household; or
  a masked phone (`138****8001`, as supermarket exports print it) fits exactly one: that one;
- else nothing. Suggestions, best first: the households the address's readings fit (the exact
  building+room reading first); the same phone; the same building and room in another unit; the
  masked phone; the phone's last four digits; a code one or two keystrokes away; the same room
  number in another building.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlmodel import Session

from pickuppoint.domain.address import Address, from_parts, parse_address
from pickuppoint.domain.address_readings import Reading, readings
from pickuppoint.domain.numbers import nfkc
from pickuppoint.domain.phone import normalize_phone
from pickuppoint.eventlog.log import dbapi
from pickuppoint.i18n import translate

_MASKED = re.compile(r"^(\d{3})[*＊xX]{3,5}(\d{4})$")
_DASHES = re.compile(r"[\s\-]")

PhoneRead = tuple[str, tuple[str, str] | None]


@dataclass(frozen=True)
class Suggestion:
    code: str
    head: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "head": self.head, "reason": self.reason}


@dataclass(frozen=True)
class Match:
    code: str | None
    by: str  # "address", "address+phone", "phone" or "" (no household)
    address: Address | None  # what the address text says, when it says a household code
    phone: str  # the phone normalised ('' when none or not a phone)
    candidates: tuple[str, ...] = ()  # the households the address may be, most likely first
    conflict: str | None = None  # the address says one household, the phone another (this one)


class _Home(NamedTuple):  # a tuple: tens of thousands are made for each import
    code: str
    building: str
    unit: str
    room: str
    head: str
    phone: str


def read_phone(value: str) -> PhoneRead:
    """(full phone or '', (first three, last four) of a masked phone or None)."""
    if not value:
        return "", None
    s = _DASHES.sub("", nfkc(value))
    m = _MASKED.match(s)
    if m:
        return "", (m.group(1), m.group(2))
    return normalize_phone(value) or "", None


def edit_distance(a: str, b: str, cap: int = 3) -> int:
    """Levenshtein distance with adjacent swaps counting one ('501' vs '510'), capped."""
    if abs(len(a) - len(b)) >= cap:
        return cap
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return min(prev[-1], cap)


class HouseholdIndex:
    """The active households of the database, indexed for matching many lines."""

    def __init__(self, session: Session):
        rows = dbapi(session).execute(
            "SELECT code, building, unit, room, head, phone FROM household WHERE active = 1")
        self.homes: dict[str, _Home] = {}
        self.by_phone: dict[str, list[str]] = {}
        self.by_last4: dict[str, list[str]] = {}
        self.by_room: dict[str, list[str]] = {}
        self.by_building: dict[str, list[str]] = {}
        self.by_building_room: dict[tuple[str, str], list[str]] = {}
        for r in map(_Home._make, rows):
            self.by_building_room.setdefault((r.building, r.room), []).append(r.code)
            self.homes[r.code] = r
            if r.phone:
                self.by_phone.setdefault(r.phone, []).append(r.code)
                self.by_last4.setdefault(r.phone[-4:], []).append(r.code)
            self.by_room.setdefault(r.room, []).append(r.code)
            self.by_building.setdefault(r.building, []).append(r.code)

    def head(self, code: str) -> str:
        home = self.homes.get(code)
        return home.head if home else ""

    def _masked(self, masked: tuple[str, str]) -> list[str]:
        first, last = masked
        return [c for c in self.by_last4.get(last, []) if self.homes[c].phone.startswith(first)]

    def _homes_of(self, reading: Reading) -> tuple[list[str], list[str]]:
        """(the households a reading fits, those it nearly fits: another unit of the building)."""
        if reading.room is None:  # a house: the building is one home
            return list(self.by_building.get(reading.building, [])), []
        if reading.unit is not None:
            code = f"{reading.building}-{reading.unit}-{reading.room}"
            if code in self.homes:  # most lines: the household itself
                return [code], []
        same = self.by_building_room.get((reading.building, reading.room), [])
        if reading.unit is None:
            return list(same), []
        fits = [c for c in same if self.homes[c].unit == reading.unit]
        if not fits and not reading.guessed_unit:  # '7栋1单元1101' where building 7 has no units
            fits = [c for c in same if self.homes[c].unit == "0"]
        return fits, [c for c in same if c not in fits]

    def candidates(self, address: str) -> tuple[list[str], list[str]]:
        """(the households the address may be: those of its first tier of readings that fits any;
        the households it nearly fits, for suggestions), each most likely first."""
        said = readings(address)
        if len(said) == 1 and said[0].tier == 0:  # most lines: one reading
            return self._homes_of(said[0])
        found: list[str] = []
        near: list[str] = []
        tier_found = None
        for r in said:
            homes, almost = self._homes_of(r)
            near += almost
            if r.tier >= 2 or (tier_found is not None and r.tier > tier_found):
                near += homes
                continue
            if homes:
                tier_found = r.tier
                found += homes
        found = list(dict.fromkeys(found))
        return found, [c for c in dict.fromkeys(near) if c not in found]

    def match(self, address: str = "", phone: str = "", building: str = "", unit: str = "",
              room: str = "", *, phone_read: PhoneRead | None = None) -> Match:
        """`phone_read`: what `read_phone(phone)` gave, when the caller has it already."""
        addr = None
        if building or unit or room:
            addr = from_parts(building, unit, room)
        full, masked = phone_read if phone_read is not None else read_phone(phone)
        by_phone = self.by_phone.get(full, []) if full else (self._masked(masked) if masked else [])
        if addr is not None and addr.code in self.homes:
            found: list[str] = [addr.code]
            near: list[str] = []
        else:
            found, near = self.candidates(address) if address else ([], [])
        if addr is None and address and len(found) != 1:  # for the suggestions
            addr = parse_address(address)
        if len(found) == 1:
            if len(by_phone) == 1 and by_phone[0] != found[0]:
                return Match(None, "", addr, full, (found[0],), conflict=by_phone[0])
            return Match(found[0], "address", addr, full, tuple(found))
        if found:
            both = [c for c in found if c in by_phone]
            if len(both) == 1:
                return Match(both[0], "address+phone", addr, full, tuple(found))
            return Match(None, "", addr, full, tuple(found + near))
        if len(by_phone) == 1:
            return Match(by_phone[0], "phone", addr, full)
        return Match(None, "", addr, full, tuple(near))

    def suggest(self, address: str = "", phone: str = "", limit: int = 5, *,
                parsed: Address | None = None, candidates: tuple[str, ...] | None = None
                ) -> list[Suggestion]:
        addr = parsed or (parse_address(address) if address else None)
        full, masked = read_phone(phone)
        out: dict[str, str] = {}

        def add(codes: list[str], reason: str, keep_order: bool = False) -> None:
            for c in (codes if keep_order else sorted(codes, key=lambda c: self.homes[c].code)):
                out.setdefault(c, reason)

        if candidates is None and address:
            found, near = self.candidates(address)
            candidates = tuple(found + near)
        add([c for c in candidates or () if c in self.homes], translate("Match", "地址楼栋和房号相符"),
            keep_order=True)

        if full:
            add(self.by_phone.get(full, []), translate("Match", "电话相同"))
        if addr is not None:
            add([c for c in self.by_building.get(addr.building, [])
                 if self.homes[c].room == addr.room], translate("Match", "同楼同房号，单元不同"))
        if masked:
            add(self._masked(masked), translate("Match", "电话前三位和尾号相同"))
        last4 = full[-4:] if full else (masked[1] if masked else "")
        if last4:
            add(self.by_last4.get(last4, []), translate("Match", "电话尾号 {last4} 相同").format(last4=last4))
        room = addr.room if addr is not None else _last_number(address)
        if addr is not None:
            near = set(self.by_building.get(addr.building, [])) | set(self.by_room.get(addr.room, []))
            scored = sorted((edit_distance(addr.code, c), c) for c in near)
            add([c for d, c in scored if d == 1], translate("Match", "房号只差一个字"))
            add([c for d, c in scored if d == 2], translate("Match", "房号相近"))
        if room:
            add(self.by_room.get(room, []), translate("Match", "房号 {room} 相同").format(room=room))
        return [Suggestion(c, self.homes[c].head, reason) for c, reason in list(out.items())[:limit]]


_ROOM_NUMBER = re.compile(r"\d{3,5}")


def _last_number(address: str) -> str:
    """The room an address that names no building most likely means: its last number."""
    numbers = _ROOM_NUMBER.findall(nfkc(address))
    return numbers[-1].lstrip("0") if numbers else ""


def suggest(session: Session, address: str, phone: str = "", limit: int = 5) -> list[Suggestion]:
    """The households a line with this address and phone is most likely for, best first."""
    return HouseholdIndex(session).suggest(address, phone, limit)
