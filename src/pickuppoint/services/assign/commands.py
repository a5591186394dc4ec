"""(coordinator) Assigning households and rounds to points, and reading who serves what.

A pickup point (接驳点) serves some buildings of a compound: a coordinator assigns households by
building or by code. A household's waiting parcels (not yet handed over, not withdrawn) follow
it to its new point, each with a `parcel.assigned` record; handed-over parcels stay where they
were handed over. A round is for one point, several, or every point (`round.assigned`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.assign.here import parcel_point, round_points
from pickuppoint.services.assign.records import points_json

WAITING = ("expected", "received", "damaged")


@dataclass(frozen=True)
class Point:
    site_id: str
    name: str
    households: int  # active households assigned to it


def points(session: Session) -> list[Point]:
    """The points enrolled here (a coordinator), with how many households each serves."""
    if session.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sync_point'")).first() is None:
        return []
    rows = session.execute(text(
        "SELECT p.site_id, p.name, (SELECT count(*) FROM household h WHERE h.point_site = p.site_id "
        "AND h.active = 1) AS n FROM sync_point p ORDER BY p.site_id")).all()
    return [Point(r.site_id, r.name, r.n) for r in rows]


def point_name(session: Session, site_id: str) -> str:
    """A point's name as this database knows it (enrolled here, or named in the log)."""
    for sql in ("SELECT name FROM sync_point WHERE site_id = :s", "SELECT name FROM site WHERE site_id = :s"):
        try:
            name = session.execute(text(sql), {"s": site_id}).scalar()
        except Exception:  # noqa: BLE001 - a database before the sync tables
            name = None
        if name:
            return name
    return site_id


def _require_hub(session: Session) -> None:
    role = session.execute(text("SELECT role FROM site WHERE is_self = 1")).scalar()
    if role != "coordinator":
        raise UserError(translate(
            "Assign", "只有协调中心能把住户和批次分配给接驳点：这个数据库是接驳点。"))


def check_points(session: Session, wanted: Iterable[str]) -> list[str]:
    """Site ids of enrolled points, upper-cased and sorted; UserError naming one that is not."""
    out = sorted({p.strip().upper() for p in wanted if p and p.strip()})
    if not out:
        return out
    _require_hub(session)
    known = {r[0] for r in session.execute(text("SELECT site_id FROM sync_point"))}
    for p in out:
        if p not in known:
            raise UserError(translate(
                "Assign", "没有登记接驳点 {id}：请先用 points add 添加它（已登记的有：{known}）。").format(
                    id=p, known="、".join(sorted(known)) or "—"))
    return out


@dataclass
class Assigned:
    point_site: str
    households: int = 0  # households now assigned to the point
    unchanged: int = 0  # already there
    parcels: int = 0  # waiting parcels that followed them

    def to_json(self) -> dict[str, Any]:
        return {"point": self.point_site, "households": self.households,
                "unchanged": self.unchanged, "parcels": self.parcels}


def households_named(session: Session, buildings: Sequence[str], codes: Sequence[str]) -> list[Any]:
    rows: dict[str, Any] = {}
    """The active households of these buildings and codes (UserError naming one there is not)."""
    for b in buildings:
        found = session.execute(text(
            "SELECT code, point_site FROM household WHERE building = :b AND active = 1 ORDER BY sort_key"),
            {"b": b.strip().upper()}).all()
        if not found:
            raise UserError(
                translate("Assign", "住户名单里没有 {b} 栋（楼）的住户：这次没有分配任何住户。").format(b=b))
        rows.update({r.code: r for r in found})
    for code in codes:
        row = session.execute(text("SELECT code, point_site FROM household WHERE code = :c AND active = 1"),
                              {"c": code.strip().upper()}).first()
        if row is None:
            raise UserError(translate("Assign", "没有找到住户 {code}：这次没有分配任何住户。").format(code=code))
        rows[row.code] = row
    return list(rows.values())


def assign_households(ctx, site_id: str, buildings: Sequence[str] = (),  # noqa: ANN001 - Context
                      codes: Sequence[str] = ()) -> Assigned:
    """Assign households (whole buildings, or by code) to point `site_id` ('' = every point);
    their waiting parcels follow them. One transaction: all or nothing."""
    if not buildings and not codes:
        raise UserError(translate("Assign", "请指定要分配的住户：楼栋（--building）或住户编号（--household）。"))
    with ctx.write() as w:
        s = w.session
        _require_hub(s)
        target = check_points(s, [site_id])[0] if site_id.strip() else ""
        result = Assigned(target)
        moved = []
        for row in households_named(s, buildings, codes):
            if row.point_site == target:
                result.unchanged += 1
            else:
                moved.append(row.code)
        w.append_many("household.assigned", [{"code": c, "point_site": target} for c in moved])
        result.households = len(moved)
        result.parcels = _follow(w, moved, target)
    return result


def _follow(w: Any, households: Sequence[str], target: str) -> int:
    """The waiting parcels of `households` go to `target` (or, for every point, to their
    round's single point, if it has one)."""
    payloads: list[dict[str, Any]] = []
    points_of: dict[str, list[str]] = {}
    statuses = ", ".join(f"'{s}'" for s in WAITING)
    for start in range(0, len(households), 500):
        part = list(households[start:start + 500])
        marks = ", ".join(f":h{i}" for i in range(len(part)))
        rows = w.session.execute(text(
            f"SELECT code, round_id, point_site FROM parcel WHERE household_code IN ({marks}) "
            f"AND status IN ({statuses}) ORDER BY code"), {f"h{i}": h for i, h in enumerate(part)}).all()
        for r in rows:
            if r.round_id not in points_of:
                points_of[r.round_id] = round_points(w.session, r.round_id)
            point = parcel_point(target, points_of[r.round_id])
            if r.point_site != point:
                payloads.append({"code": r.code, "point_site": point, "reason": "household"})
    for round_id in sorted(points_of):
        widen_round(w, round_id, [target])
    w.append_many("parcel.assigned", payloads)
    return len(payloads)


def assign_round(ctx, round_id: str, sites: Sequence[str]) -> list[str]:  # noqa: ANN001 - Context
    """The points a round is for (none: every point); returns them."""
    from pickuppoint.services.rounds import records as rounds

    with ctx.write() as w:
        rnd = rounds.get(w.session, round_id)
        _require_hub(w.session)
        wanted = check_points(w.session, sites)
        if points_json(wanted) != points_json(rnd.points):
            w.append("round.assigned", {"id": rnd.id, "points": wanted})
    return wanted


def widen_round(w: Any, round_id: str, new_points: Iterable[str]) -> None:
    """A round for some points gets a parcel for another point (its household is served
    there): the round is for that point too, so the point gets the round with the parcel."""
    have = round_points(w.session, round_id)
    if not have:
        return
    wanted = sorted(set(have) | {p for p in new_points if p})
    if wanted != sorted(have):
        w.append("round.assigned", {"id": round_id, "points": wanted})


def unassigned(session: Session) -> int:
    """Active households assigned to no point (every point serves them)."""
    return session.execute(text(
        "SELECT count(*) FROM household WHERE point_site = '' AND active = 1")).scalar_one()


def split_list(typed: str) -> list[str]:
    """What a person types for buildings or households: `1-3, 5 7`, `3-2-501，3-2-502`. A range
    of building numbers (`1-3`) is every building in it; a household code is kept whole."""
    out: list[str] = []
    for part in re.split(r"[,，、;；\s]+", typed.strip()):
        m = re.fullmatch(r"(\d+)[-–~～](\d+)", part)
        if m and int(m[1]) <= int(m[2]) and int(m[2]) - int(m[1]) < 200:
            out.extend(str(n) for n in range(int(m[1]), int(m[2]) + 1))
        elif part:
            out.append(part)
    return list(dict.fromkeys(out))
