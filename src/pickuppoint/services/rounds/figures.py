"""The figures of a round, defined once (docs/ARCHITECTURE.md "Figures of a round") and used by
every page, document and report that shows them:

- expected (应到): parcels on the round's lists (a supplier's manifest, an allocation), not
  surplus, not cancelled;
- received (已到): of the expected, those at the point or already handed over (received,
  damaged, collected: a handover implies receipt);
- missing (还没到) = expected - received;
- surplus (多出): parcels that came with the truck on no list (not cancelled); never part of
  expected, received, collected or left;
- collected (已领取): of the expected, those handed over;
- left (还剩) = expected - collected: still to be handed over (arrived or not);
- damaged (破损): of the expected and the surplus, those marked damaged and not handed over.

`FIGURE_COLUMNS` is the SQL that counts them over `parcel` rows (any WHERE / GROUP BY), from the
(round, status, surplus, sort_key) index alone. At a point, parcels a coordinator gave to another
point (their household moved) are not counted (services/assign/here.py `moved_away`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.address import building_sort_range
from pickuppoint.services.assign.here import moved_away

FIGURE_COLUMNS = """
  sum(CASE WHEN surplus = 0 AND status != 'cancelled' THEN 1 ELSE 0 END) AS expected,
  sum(CASE WHEN surplus = 0 AND status IN ('received', 'damaged', 'collected') THEN 1 ELSE 0 END) AS received,
  sum(CASE WHEN surplus = 0 AND status = 'expected' THEN 1 ELSE 0 END) AS missing,
  sum(CASE WHEN surplus = 1 AND status != 'cancelled' THEN 1 ELSE 0 END) AS surplus,
  sum(CASE WHEN surplus = 0 AND status = 'collected' THEN 1 ELSE 0 END) AS collected,
  sum(CASE WHEN surplus = 0 AND status IN ('expected', 'received', 'damaged') THEN 1 ELSE 0 END) AS "left",
  sum(CASE WHEN status = 'damaged' THEN 1 ELSE 0 END) AS damaged"""

NAMES = ("expected", "received", "missing", "surplus", "collected", "left", "damaged")


@dataclass
class Figures:
    expected: int = 0
    received: int = 0
    missing: int = 0
    surplus: int = 0
    collected: int = 0
    left: int = 0
    damaged: int = 0

    @classmethod
    def of_row(cls, row: Any) -> Figures:  # noqa: ANN401 - a result row with FIGURE_COLUMNS
        return cls(*(int(getattr(row, n) or 0) for n in NAMES))

    def add(self, other: Figures) -> None:
        for n in NAMES:
            setattr(self, n, getattr(self, n) + getattr(other, n))

    def to_json(self) -> dict[str, int]:
        return {n: getattr(self, n) for n in NAMES}


def figures(session: Session, round_id: str, building: str | None = None) -> Figures:
    params: dict[str, Any] = {"r": round_id}
    where = "round_id = :r"
    if building:
        params["lo"], params["hi"] = building_sort_range(building)
        where += " AND sort_key >= :lo AND sort_key < :hi"
    row = session.execute(text(f"SELECT {FIGURE_COLUMNS} FROM parcel WHERE {where}"), params).one()
    found = Figures.of_row(row)
    gone = moved_away(session, round_id)
    if gone:  # at a point: parcels given to another point are not counted here
        marks = ", ".join(f":g{i}" for i in range(len(gone)))
        other = Figures.of_row(session.execute(text(
            f"SELECT {FIGURE_COLUMNS} FROM parcel WHERE {where} AND code IN ({marks})"),
            {**params, **{f"g{i}": c for i, c in enumerate(gone)}}).one())
        for n in NAMES:
            setattr(found, n, getattr(found, n) - getattr(other, n))
    return found
