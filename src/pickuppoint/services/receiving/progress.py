"""How far receiving a round has got: received N of M overall and building by building, and
the lists the receiving screen and the goods-received sheet show (missing, surplus, damaged)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.address import building_of_sort_key, building_sort_range
from pickuppoint.services.rounds.figures import FIGURE_COLUMNS

# --- progress and what is missing --------------------------------------------------------------

@dataclass
class Progress:
    """The round's figures (services/rounds/figures.py, one definition) for receiving."""

    building: str = ""  # "" overall (or, in by_building, parcels with no household)
    expected: int = 0  # on the list (not surplus, not cancelled)
    received: int = 0  # of those, at the point or already handed over (damaged included)
    damaged: int = 0
    surplus: int = 0  # extra parcels that came with the truck
    missing: int = 0  # on the list, not arrived

    @property
    def fraction(self) -> float:
        return self.received / self.expected if self.expected else 1.0

    def to_json(self) -> dict[str, Any]:
        return {"building": self.building, "expected": self.expected, "received": self.received,
                "damaged": self.damaged, "surplus": self.surplus, "missing": self.missing}


@dataclass
class RoundProgress:
    round_id: str
    total: Progress
    by_building: list[Progress]


# by building, from the (round, status, surplus, sort_key) index alone: a sort key starts with
# its building's own sort key ('000003-...'); parcels with no household have no '-' (-> '')
_PROGRESS = text(f"""
SELECT substr(sort_key, 1, instr(sort_key, '-') - 1) AS b, {FIGURE_COLUMNS}
FROM parcel WHERE round_id = :r
GROUP BY b
""")


def _building_key(b: str) -> tuple[int, int, str]:
    if not b:
        return (2, 0, "")
    return (0, int(b), "") if b.isdigit() else (1, 0, b)


def progress(session: Session, round_id: str) -> RoundProgress:
    """Received N of M for the round, overall and building by building (sorted; parcels matched
    to no household come last under building '')."""
    total = Progress()
    parts = []
    rows = session.execute(_PROGRESS, {"r": round_id}).all()
    for row in rows:
        p = Progress(building_of_sort_key(row.b), row.expected or 0, row.received or 0, row.damaged or 0,
                     row.surplus or 0, row.missing or 0)
        parts.append(p)
        for name in ("expected", "received", "damaged", "surplus", "missing"):
            setattr(total, name, getattr(total, name) + getattr(p, name))
    parts.sort(key=lambda p: _building_key(p.building))
    return RoundProgress(round_id, total, parts)


@dataclass(frozen=True)
class ListedParcel:
    code: str
    household_code: str
    building: str
    unit: str
    room: str
    recipient: str  # the manifest's recipient, or the head of household
    items: str
    note: str
    status: str
    label: str = ""  # what its label says (the order number of a manifest parcel)

    @property
    def shown(self) -> str:
        """The code as printed on the bag."""
        return self.label or self.code


_LISTED = """SELECT p.code, p.label, COALESCE(p.household_code, '') AS household_code,
  COALESCE(h.building, '') AS building, COALESCE(h.unit, '') AS unit, COALESCE(h.room, '') AS room,
  CASE WHEN p.recipient != '' THEN p.recipient ELSE COALESCE(h.head, '') END AS recipient,
  CASE WHEN p.items != '' THEN p.items ELSE r.item END AS items, p.note, p.status
FROM parcel p JOIN round r ON r.id = p.round_id LEFT JOIN household h ON h.code = p.household_code"""
_ORDER = " ORDER BY p.sort_key, p.code"


def _listed(rows: Any) -> list[ListedParcel]:  # noqa: ANN401
    return [ListedParcel(r.code, r.household_code, r.building, r.unit, r.room, r.recipient,
                         r.items or "", r.note, r.status, r.label) for r in rows]


def _missing_where(building: str | None) -> str:
    where = " WHERE p.round_id = :r AND p.status = 'expected' AND p.surplus = 0"
    if building is not None:
        where += " AND p.sort_key >= :lo AND p.sort_key < :hi" if building else " AND p.household_code IS NULL"
    return where


def _params(round_id: str, building: str | None, **more: Any) -> dict[str, Any]:  # noqa: ANN401
    lo, hi = building_sort_range(building) if building else ("", "")
    return {"r": round_id, "lo": lo, "hi": hi, **more}


def missing(session: Session, round_id: str, building: str | None = None, offset: int = 0,
            limit: int = -1) -> list[ListedParcel]:
    """The round's parcels that have not arrived, by building, unit and room."""
    rows = session.execute(text(_LISTED + _missing_where(building) + _ORDER + " LIMIT :l OFFSET :o"),
                           _params(round_id, building, l=limit, o=offset))
    return _listed(rows)


def count_missing(session: Session, round_id: str, building: str | None = None) -> int:
    return session.execute(text("SELECT count(*) FROM parcel p" + _missing_where(building)),
                           _params(round_id, building)).scalar_one()


def has_missing(session: Session, round_id: str) -> bool:
    return session.execute(text("SELECT 1 FROM parcel p" + _missing_where(None) + " LIMIT 1"),
                           {"r": round_id}).first() is not None


def surplus_parcels(session: Session, round_id: str) -> list[ListedParcel]:
    return _listed(session.execute(text(
        _LISTED + " WHERE p.round_id = :r AND p.surplus = 1 AND p.status != 'cancelled'" + _ORDER),
        {"r": round_id}))


def damaged_parcels(session: Session, round_id: str) -> list[ListedParcel]:
    return _listed(session.execute(text(
        _LISTED + " WHERE p.round_id = :r AND p.status = 'damaged'" + _ORDER), {"r": round_id}))


def is_missing(session: Session, round_id: str, code: str, building: str | None = None) -> bool:
    """Whether the parcel is on the round's missing list (of that building)."""
    return session.execute(text("SELECT count(*) FROM parcel p" + _missing_where(building) + " AND p.code = :c"),
                           _params(round_id, building, c=code)).scalar_one() > 0
