"""What the dashboard shows: per round, parcels collected / waiting at the point / not arrived;
per building of one round the same; and the day's figures (services/lists/daily.py). The
figures are those of services/rounds/figures.py (one definition), over the point's parcels
(its scope); counted from the (round, status, surplus, sort_key) index, so a redraw after each
handover is cheap."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.address import building_of_sort_key
from pickuppoint.services.lists.scope import Scope
from pickuppoint.services.rounds.figures import FIGURE_COLUMNS, Figures


@dataclass(frozen=True)
class Progress:
    key: str  # round id, or building
    label: str
    collected: int
    waiting: int  # at the point (received or damaged)
    expected: int  # not arrived yet
    figures: Figures | None = None  # the round's (or the building's) figures, rounds/figures.py

    @property
    def total(self) -> int:
        return self.collected + self.waiting + self.expected

    @classmethod
    def of(cls, key: str, label: str, f: Figures) -> Progress:
        """The bars from the figures: collected, at the point (received, not collected) and
        missing; together the round's expected parcels (surplus parcels are on no bar)."""
        return cls(key, label, f.collected, f.received - f.collected, f.missing, f)


def by_round(session: Session, scope: Scope, limit: int = 8) -> list[Progress]:
    """The newest rounds, oldest first, counted as every page counts them (FIGURE_COLUMNS) over
    the (round, status, ...) index: no sort or temporary table over all parcels."""
    where, params = scope.where("p.point_site")
    rounds = session.execute(
        text("SELECT id, name FROM round ORDER BY date DESC, created_hlc DESC LIMIT :n"), {"n": limit}
    ).all()
    out = []
    for r in reversed(rounds):
        row = session.execute(
            text(f"SELECT {FIGURE_COLUMNS} FROM parcel p WHERE p.round_id = :r AND {where}"),
            {**params, "r": r.id},
        ).one()
        progress = Progress.of(r.id, r.name, Figures.of_row(row))
        if progress.total:
            out.append(progress)
    return out


def by_building(session: Session, scope: Scope, round_id: str) -> list[Progress]:
    where, params = scope.where("p.point_site")
    params["r"] = round_id
    rows = session.execute(
        text(f"""
        SELECT substr(p.sort_key, 1, instr(p.sort_key, '-') - 1) AS b, {FIGURE_COLUMNS}
        FROM parcel p WHERE p.round_id = :r AND {where}
        GROUP BY b ORDER BY b"""),
        params,
    ).all()
    out = []
    for r in rows:
        building = building_of_sort_key(r.b)
        f = Figures.of_row(r)
        if building and f.expected:
            out.append(Progress.of(building, building, f))
    return out
