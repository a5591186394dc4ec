"""The uncollected list (未领取名单): per household, the parcels at the point that nobody has
collected yet, grouped by building and unit and sorted by room, with what a grid worker needs to
knock on the door: head, phone (masked unless asked), members, flags in words, parcels waiting,
days waiting and the amount due. Vulnerable households (any flag) first in their unit, as an
option; totals per building and overall.

"At the point" means received (or received damaged): a parcel still `expected` has not arrived,
so nobody is sent knocking for it. Parcels not matched to a household are counted apart."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.flags import flag_label, unpack_flags
from pickuppoint.domain.phone import mask_phone
from pickuppoint.errors import UserError
from pickuppoint.eventlog.clock import parse_iso
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.counter.payments import due_cents
from pickuppoint.services.lists.scope import Scope, default_scope, printed_at
from pickuppoint.services.operators.roles import require
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds.records import RoundData

WAITING = ("received", "damaged")


@dataclass
class Options:
    round_ids: list[str] = field(default_factory=list)  # empty: every round with parcels waiting
    vulnerable_first: bool = False
    full_phones: bool = False  # phones in full (a community worker's choice; masked by default)


@dataclass(slots=True)
class Row:
    code: str
    building: str
    unit: str
    room: str
    head: str
    phone: str  # as it is to be shown: masked unless full phones were asked for
    members: int
    flags: tuple[str, ...]
    parcels: int
    items: str  # '蔬菜包 ×2、米面油套餐'
    days: int  # days since the first of its parcels arrived
    due_cents: int

    @property
    def flag_words(self) -> str:
        return "、".join(flag_label(f) for f in self.flags)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "building": self.building, "unit": self.unit, "room": self.room,
                "head": self.head, "phone": self.phone, "members": self.members,
                "flags": list(self.flags), "parcels": self.parcels, "items": self.items,
                "days_waiting": self.days, "amount_due": format_yuan(self.due_cents)}


@dataclass
class Totals:
    building: str = ""
    households: int = 0
    parcels: int = 0
    due_cents: int = 0

    def add(self, row: Row) -> None:
        self.households += 1
        self.parcels += row.parcels
        self.due_cents += row.due_cents

    def to_json(self) -> dict[str, Any]:
        return {"building": self.building, "households": self.households, "parcels": self.parcels,
                "amount_due": format_yuan(self.due_cents)}


@dataclass
class UncollectedList:
    point: str
    site_id: str
    rounds: list[RoundData]
    printed_at: str
    operator: str
    options: Options
    rows: list[Row]
    by_building: list[Totals]
    total: Totals
    unmatched: int  # parcels at the point with no household

    @property
    def round_names(self) -> str:
        return "、".join(r.name for r in self.rounds) or translate("Lists", "（没有批次）")

    def to_json(self) -> dict[str, Any]:
        return {"point": self.point, "site_id": self.site_id, "rounds": [r.name for r in self.rounds],
                "printed_at": self.printed_at, "households": [r.to_json() for r in self.rows],
                "buildings": [t.to_json() for t in self.by_building], "total": self.total.to_json(),
                "unmatched_parcels": self.unmatched}


def building_label(building: str) -> str:
    return translate("Lists", "{building}栋").format(building=building) if building else translate(
        "Lists", "未匹配住户")


def unit_label(unit: str) -> str:
    return translate("Lists", "{unit}单元").format(unit=unit) if unit and unit != "0" else translate(
        "Lists", "（不分单元）")


def _days(received_at: str | None, today: date, seen: dict[str, int]) -> int:
    if not received_at:
        return 0
    day = received_at[:16]  # to the minute: the local date follows from it in any time zone
    if day not in seen:
        seen[day] = max(0, (today - parse_iso(received_at).astimezone().date()).days)
    return seen[day]


def _items(names: list[str]) -> str:
    counts = Counter(names)
    return "、".join(name if n == 1 else translate("Lists", "{item} ×{n}").format(item=name, n=n)
                    for name, n in counts.items())


def resolve_rounds(session: Session, names: list[str]) -> list[RoundData]:
    return [rounds.get(session, n) for n in dict.fromkeys(names)]


def gather(ctx, options: Options, scope: Scope | None = None,  # noqa: ANN001 - Context
           today: date | None = None) -> UncollectedList:
    require(ctx, "list.uncollected")
    if options.full_phones:
        require(ctx, "phones.full")  # a volunteer's list has phones masked
    scope = scope or default_scope(ctx)
    site = ctx.site
    with ctx.read() as s:
        return query(s, options, scope, site.name, site.site_id, ctx.operator, today)


def query(session: Session, options: Options, scope: Scope, point: str, site_id: str, operator: str,
          today: date | None = None) -> UncollectedList:
    today = today or datetime.now().astimezone().date()
    chosen = resolve_rounds(session, options.round_ids)
    where, params = scope.where("p.point_site")
    if chosen:
        names = [f":r{i}" for i in range(len(chosen))]
        params.update({f"r{i}": r.id for i, r in enumerate(chosen)})
        where += f" AND p.round_id IN ({', '.join(names)})"
    rows = session.execute(text(f"""
        SELECT p.round_id, p.household_code AS hh, coalesce(nullif(p.items, ''), r.item, '') AS item,
               r.name AS round_name, p.amount_cents, p.payment, p.received_at,
               h.building, h.unit, h.room, h.head, h.phone, h.members, h.flags
        FROM parcel p JOIN round r ON r.id = p.round_id
        LEFT JOIN household h ON h.code = p.household_code
        WHERE p.status IN ('received', 'damaged') AND p.surplus = 0 AND {where}
        ORDER BY p.sort_key, p.code"""), params).all()
    if not chosen:
        seen = dict.fromkeys(r.round_id for r in rows)
        chosen = [rounds.get(session, rid) for rid in seen]
    several = len(chosen) > 1
    households: list[Row] = []
    unmatched = 0
    seen: dict[str, int] = {}
    i = 0
    while i < len(rows):
        first = rows[i]
        j = i
        while j < len(rows) and rows[j].hh == first.hh:
            j += 1
        group = rows[i:j]
        i = j
        if first.hh is None or first.building is None:
            unmatched += len(group)
            continue
        names = [(translate("Lists", "{item}（{round}）").format(item=g.item or "—", round=g.round_name)
                  if several else (g.item or "—")) for g in group]
        households.append(Row(
            code=first.hh, building=first.building, unit=first.unit, room=first.room, head=first.head,
            phone=first.phone if options.full_phones else mask_phone(first.phone),
            members=first.members, flags=tuple(unpack_flags(first.flags)), parcels=len(group),
            items=_items(names), days=max(_days(g.received_at, today, seen) for g in group),
            due_cents=sum(due_cents(g.amount_cents, g.payment) for g in group)))
    if options.vulnerable_first:
        households = _vulnerable_first(households)
    by_building: list[Totals] = []
    total = Totals()
    for row in households:
        if not by_building or by_building[-1].building != row.building:
            by_building.append(Totals(row.building))
        by_building[-1].add(row)
        total.add(row)
    return UncollectedList(point, site_id, chosen, printed_at(), operator, options, households,
                           by_building, total, unmatched)


def _vulnerable_first(rows: list[Row]) -> list[Row]:
    """Within each building and unit, the households with a flag first (each part by room)."""
    out: list[Row] = []
    start = 0
    for k in range(1, len(rows) + 1):
        if k == len(rows) or (rows[k].building, rows[k].unit) != (rows[start].building, rows[start].unit):
            part = rows[start:k]
            out += [r for r in part if r.flags] + [r for r in part if not r.flags]
            start = k
    return out


def check_output(path: str, allowed: tuple[str, ...]) -> str:
    """The file's kind by its suffix ('.pdf' -> 'pdf'), or one sentence saying what is wrong."""
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    if suffix not in allowed:
        raise UserError(translate("Lists", "无法保存为“{path}”：文件名应以 {suffixes} 结尾。").format(
            path=path, suffixes="、".join("." + a for a in allowed)))
    return suffix
