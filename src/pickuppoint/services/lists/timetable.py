"""Notices and the staggered pickup timetable (分时错峰取物).

The notice tells the residents' group which buildings and units have parcels ready. The
timetable gives each building (or unit) time slots in proportion to its parcels waiting: slots
of `slot_minutes` between `start` and `end`, each holding at most `capacity` parcels (by default
the waiting parcels spread evenly over the window); groups are taken in building-unit order and
packed into consecutive slots, so a building's units come one after the other; a group larger
than a slot gets as many consecutive slots as it needs. If the window is too short for the
capacity, it says so instead of overfilling a slot."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.lists.uncollected import UncollectedList, building_label, unit_label


@dataclass(frozen=True)
class Group:
    building: str
    unit: str  # '' when grouped by building
    parcels: int
    households: int

    @property
    def label(self) -> str:
        if not self.unit:
            return building_label(self.building)
        if self.unit == "0":
            return building_label(self.building)
        return building_label(self.building) + unit_label(self.unit)


@dataclass
class Slot:
    start: str  # 'HH:MM'
    end: str
    groups: list[tuple[Group, int]] = field(default_factory=list)  # (group, parcels in this slot)

    @property
    def parcels(self) -> int:
        return sum(n for _g, n in self.groups)

    @property
    def label(self) -> str:
        return "、".join(g.label for g, _n in self.groups)


def groups_of(data: UncollectedList, by: str = "building") -> list[Group]:
    """Parcels and households waiting per building (or per building and unit), in address order."""
    out: list[Group] = []
    for row in data.rows:
        unit = row.unit if by == "unit" else ""
        if out and (out[-1].building, out[-1].unit) == (row.building, unit):
            g = out[-1]
            out[-1] = Group(g.building, g.unit, g.parcels + row.parcels, g.households + 1)
        else:
            out.append(Group(row.building, unit, row.parcels, 1))
    return out


def _time(value: str) -> datetime:
    try:
        return datetime.strptime(value.strip(), "%H:%M")
    except ValueError as exc:
        raise UserError(
            translate("Timetable", "时间“{time}”无效：请写成 14:00 这样的时刻。").format(time=value)
        ) from exc


def plan(groups: list[Group], start: str, end: str, slot_minutes: int, capacity: int | None = None) -> list[Slot]:
    t0, t1 = _time(start), _time(end)
    if slot_minutes <= 0:
        raise UserError(translate("Timetable", "每个时段的长度应大于 0 分钟。"))
    n_slots = int((t1 - t0).total_seconds() // 60 // slot_minutes)
    if n_slots <= 0:
        raise UserError(
            translate("Timetable", "从 {start} 到 {end} 放不下一个 {minutes} 分钟的时段。").format(
                start=start, end=end, minutes=slot_minutes
            )
        )
    total = sum(g.parcels for g in groups)
    if capacity is not None and capacity <= 0:
        raise UserError(translate("Timetable", "每个时段的件数上限应大于 0。"))
    if capacity:
        cap = capacity
    else:  # the least capacity whose packing fits the window
        cap = max(1, math.ceil(total / n_slots))
        while len(_pack(groups, cap)) > n_slots:
            cap += 1
    sizes = _pack(groups, cap)
    slots: list[Slot] = []
    for k, parts in enumerate(sizes):
        a = t0 + timedelta(minutes=k * slot_minutes)
        slots.append(Slot(a.strftime("%H:%M"), (a + timedelta(minutes=slot_minutes)).strftime("%H:%M"), parts))
    if len(slots) > n_slots:
        raise UserError(
            translate(
                "Timetable",
                "时间不够：每段最多 {cap} 件，需要 {need} 个时段，{start}–{end} 只有 {have} 个。"
                "请延长时间、缩短时段或提高每段件数。",
            ).format(cap=cap, need=len(slots), start=start, end=end, have=n_slots)
        )
    return slots


def _pack(groups: list[Group], cap: int) -> list[list[tuple[Group, int]]]:
    """Groups in order into slots of at most `cap` parcels: small neighbours share a slot, a
    group larger than a slot gets its own consecutive slots with its parcels spread evenly."""
    slots: list[list[tuple[Group, int]]] = []
    fill = cap  # the last slot is full: the next group starts a new one
    for g in groups:
        if g.parcels > cap:
            k = math.ceil(g.parcels / cap)
            base, extra = divmod(g.parcels, k)
            slots += [[(g, base + (1 if i < extra else 0))] for i in range(k)]
            fill = cap
            continue
        if fill + g.parcels > cap:
            slots.append([])
            fill = 0
        slots[-1].append((g, g.parcels))
        fill += g.parcels
    return slots


def timetable_text(point: str, day: str, slots: list[Slot]) -> str:
    lines = [translate("Timetable", "【分时错峰取物】{point} {day}").format(point=point, day=day)]
    for s in slots:
        lines.append(
            translate("Timetable", "{start}–{end}　{groups}（{n} 件）").format(
                start=s.start, end=s.end, groups=s.label, n=s.parcels
            )
        )
    lines.append(translate("Timetable", "请按本楼栋的时段到接驳点领取，戴好口罩，排队间隔一米，领完即走。"))
    return "\n".join(lines)


def notice_text(data: UncollectedList) -> str:
    """For the residents' group: which buildings and units have parcels waiting."""
    lines = [
        translate("Timetable", "【到货通知】{point}：{rounds} 已到货。以下楼栋的住户请到接驳点领取：").format(
            point=data.point, rounds=data.round_names
        )
    ]
    by_building: dict[str, list[Group]] = {}
    for g in groups_of(data, "unit"):
        by_building.setdefault(g.building, []).append(g)
    for building, units in by_building.items():
        parts = "、".join(
            translate("Timetable", "{unit} {n} 户").format(unit=unit_label(u.unit), n=u.households)
            if u.unit and u.unit != "0"
            else translate("Timetable", "{n} 户").format(n=u.households)
            for u in units
        )
        lines.append(
            translate("Timetable", "{building}：{parts}").format(building=building_label(building), parts=parts)
        )
    if not data.rows:
        lines.append(translate("Timetable", "（目前没有待领取的包裹。）"))
    lines.append(translate("Timetable", "行动不便的住户请联系楼长，安排送货上门。"))
    return "\n".join(lines)
