"""What the dashboard shows: per round, parcels collected / waiting at the point / not arrived;
per building of one round the same; and the day's figures (services/lists/daily.py). Counted
from the (round, status, surplus, sort_key) index, so a redraw after each handover is cheap."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.address import building_of_sort_key
from pickuppoint.services.lists.scope import Scope


@dataclass(frozen=True)
class Progress:
    key: str  # round id, or building
    label: str
    collected: int
    waiting: int  # at the point (received or damaged)
    expected: int  # not arrived yet

    @property
    def total(self) -> int:
        return self.collected + self.waiting + self.expected


def by_round(session: Session, scope: Scope, limit: int = 8) -> list[Progress]:
    """The newest rounds, oldest first. One count per round and status, a range of the
    (round, status, ...) index each: no sort or temporary table over all parcels."""
    where, params = scope.where("p.point_site")
    rounds = session.execute(
        text("SELECT id, name FROM round ORDER BY date DESC, created_hlc DESC LIMIT :n"), {"n": limit}
    ).all()
    out = []
    for r in reversed(rounds):
        counts = dict(
            session.execute(
                text(
                    f"SELECT p.status, count(*) FROM parcel p WHERE p.round_id = :r AND p.surplus = 0 AND {where} "
                    f"GROUP BY p.status"
                ),
                {**params, "r": r.id},
            ).all()
        )
        progress = Progress(
            r.id,
            r.name,
            counts.get("collected", 0),
            counts.get("received", 0) + counts.get("damaged", 0),
            counts.get("expected", 0),
        )
        if progress.total:
            out.append(progress)
    return out


def by_building(session: Session, scope: Scope, round_id: str) -> list[Progress]:
    where, params = scope.where("p.point_site")
    params["r"] = round_id
    rows = session.execute(
        text(f"""
        SELECT substr(p.sort_key, 1, instr(p.sort_key, '-') - 1) AS b,
               sum(CASE WHEN p.status = 'collected' THEN 1 ELSE 0 END) AS collected,
               sum(CASE WHEN p.status IN ('received', 'damaged') THEN 1 ELSE 0 END) AS waiting,
               sum(CASE WHEN p.status = 'expected' THEN 1 ELSE 0 END) AS expected
        FROM parcel p WHERE p.round_id = :r AND p.status != 'cancelled' AND p.surplus = 0 AND {where}
        GROUP BY b ORDER BY b"""),
        params,
    ).all()
    out = []
    for r in rows:
        building = building_of_sort_key(r.b)
        if building:
            out.append(Progress(building, building, r.collected, r.waiting, r.expected))
    return out
