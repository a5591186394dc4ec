"""The coordinator's lists across points (各接驳点): the uncollected list and the day's report of
every point, or of the points chosen, one part per point (`parcel.point_site` says which point a
parcel belongs to; a handover counts where it was made), with each point's totals and the
totals of them all. Parcels that belong to no point (or to the hub itself) are a part of their
own, "未分配接驳点", shown only when it has something in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.lists import daily, uncollected
from pickuppoint.services.lists.daily import DailyReport
from pickuppoint.services.lists.scope import Scope, printed_at
from pickuppoint.services.lists.uncollected import Options, Totals, UncollectedList
from pickuppoint.services.operators.roles import require

UNASSIGNED = ""  # the part of parcels with no point


@dataclass(frozen=True)
class Point:
    site_id: str  # "" for the parcels with no point
    name: str

    @property
    def label(self) -> str:
        if not self.site_id:
            return translate("ByPoint", "未分配接驳点")
        return translate("ByPoint", "{name}（{site}）").format(name=self.name, site=self.site_id)


def known_points(s: Session, hub_site: str) -> list[Point]:
    """Every point this hub knows: enrolled ones (their names), and any a parcel or a handover
    names; in site-id order."""
    names: dict[str, str] = {}
    for row in s.execute(text("SELECT site_id, name FROM site WHERE is_self = 0")).all():
        names[row.site_id] = row.name or row.site_id
    if s.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sync_point'")).first():
        for row in s.execute(text("SELECT site_id, name FROM sync_point")).all():
            names[row.site_id] = row.name or names.get(row.site_id) or row.site_id
    for table, column in (("parcel", "point_site"), ("handover", "site_id")):
        for (site,) in s.execute(text(f"SELECT DISTINCT {column} FROM {table}")).all():
            if site and site not in names:
                names[site] = site
    names.pop(hub_site, None)
    return [Point(k, names[k]) for k in sorted(names)]


def choose(s: Session, hub_site: str, wanted: list[str] | None) -> tuple[list[Point], bool]:
    """The points asked for (all when none are named) and whether the unassigned part belongs
    to the choice; a site id this hub does not know is refused in one sentence."""
    known = known_points(s, hub_site)
    if not wanted:
        return known, True
    by_id = {p.site_id: p for p in known}
    chosen = []
    for raw in dict.fromkeys(w.strip().upper() for w in wanted):
        if raw not in by_id:
            listed = "、".join(p.site_id for p in known) or translate("ByPoint", "（还没有接驳点）")
            raise UserError(translate("ByPoint", "没有站点编号为“{site}”的接驳点；已有的接驳点：{known}。").format(
                site=raw, known=listed))
        chosen.append(by_id[raw])
    return chosen, False


def _part_scope(point: Point, hub_site: str) -> Scope:
    if point.site_id:
        return Scope((point.site_id,), "")
    return Scope((hub_site,), hub_site)  # no point: blank, or the hub's own


def _all_scope(points: list[Point], unassigned: bool, hub_site: str) -> Scope:
    if unassigned:
        return Scope(tuple(p.site_id for p in points) + (hub_site,), hub_site)
    return Scope(tuple(p.site_id for p in points), "")


# --- the uncollected list by point ---------------------------------------------------------


@dataclass
class PointsList:
    """未领取名单（各接驳点）: one UncollectedList per point, and the totals of them all."""

    hub: str
    site_id: str
    printed_at: str
    operator: str
    options: Options
    parts: list[tuple[Point, UncollectedList]]
    total: Totals
    unmatched: int

    @property
    def round_names(self) -> str:
        names = dict.fromkeys(r.name for _p, part in self.parts for r in part.rounds)
        return "、".join(names) or translate("Lists", "（没有批次）")

    @property
    def point_names(self) -> str:
        return "、".join(p.name if p.site_id else p.label for p, _l in self.parts)

    @property
    def rows(self) -> list:
        return [r for _p, part in self.parts for r in part.rows]

    def to_json(self) -> dict[str, Any]:
        return {"point": self.hub, "site_id": self.site_id, "printed_at": self.printed_at,
                "rounds": list(dict.fromkeys(r.name for _p, part in self.parts for r in part.rounds)),
                "points": [{"site_id": p.site_id, "name": p.name, **part.to_json()["total"],
                            "households_list": [r.to_json() for r in part.rows],
                            "buildings": [t.to_json() for t in part.by_building],
                            "unmatched_parcels": part.unmatched} for p, part in self.parts],
                "total": self.total.to_json(), "unmatched_parcels": self.unmatched}


def uncollected_by_point(ctx, options: Options, points: list[str] | None = None,  # noqa: ANN001
                         today: date | None = None) -> PointsList:
    require(ctx, "list.uncollected")
    if options.full_phones:
        require(ctx, "phones.full")
    site = ctx.site
    with ctx.read() as s:
        chosen, unassigned = choose(s, site.site_id, points)
        parts = []
        for point in chosen + ([Point(UNASSIGNED, "")] if unassigned else []):
            part = uncollected.query(s, options, _part_scope(point, site.site_id), point.name or point.label,
                                     point.site_id, ctx.operator, today)
            if point.site_id or part.rows or part.unmatched:
                parts.append((point, part))
    total = Totals()
    for _p, part in parts:
        total.households += part.total.households
        total.parcels += part.total.parcels
        total.due_cents += part.total.due_cents
    return PointsList(site.name, site.site_id, printed_at(), ctx.operator, options, parts, total,
                      sum(part.unmatched for _p, part in parts))


# --- the day's report by point -------------------------------------------------------------


@dataclass
class PointsReport:
    """日报（各接驳点）: the report of all the points chosen together, then each point's."""

    total: DailyReport
    parts: list[tuple[Point, DailyReport]]

    def to_json(self) -> dict[str, Any]:
        return {**self.total.to_json(),
                "points": [{"name": p.name, **r.to_json(), "site_id": p.site_id} for p, r in self.parts]}


def _has_figures(r: DailyReport) -> bool:
    return bool(r.rounds or r.voided or r.damaged or r.by_mode or r.owed_outstanding[0])


def daily_by_point(ctx, day: date, points: list[str] | None = None) -> PointsReport:  # noqa: ANN001
    require(ctx, "reports")
    site = ctx.site
    with ctx.read() as s:
        chosen, unassigned = choose(s, site.site_id, points)
        parts = []
        for point in chosen + ([Point(UNASSIGNED, "")] if unassigned else []):
            report = daily.query(s, day, _part_scope(point, site.site_id), point.name or point.label,
                                 point.site_id, ctx.operator)
            if point.site_id or _has_figures(report):
                parts.append((point, report))
        whole = daily.query(s, day, _all_scope(chosen, unassigned, site.site_id), site.name, site.site_id,
                            ctx.operator)
    return PointsReport(whole, parts)


def points_line(parts: list[tuple[Point, Any]]) -> str:
    """'白竹亭东门、东兴路菜场（2 个接驳点）', then the part of no point after the count (it is
    not a point): '…（2 个接驳点）、未分配接驳点'."""
    points = [p for p, _x in parts if p.site_id]
    line = translate("ByPoint", "{names}（{n} 个接驳点）").format(
        names="、".join(p.name for p in points), n=len(points))
    return "、".join([line, *(p.label for p, _x in parts if not p.site_id)])
