"""The parcels of a round as the Rounds page lists them: filtered by status (or "no household"),
building and a search text, read a page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.address import building_of_sort_key, building_sort_range

STATUSES = ("expected", "received", "damaged", "collected", "cancelled")
UNMATCHED = "unmatched"


@dataclass(frozen=True)
class ParcelFilter:
    round_id: str
    status: str | None = None  # one of STATUSES, UNMATCHED, or None for all
    building: str | None = None
    text: str = ""


@dataclass(frozen=True)
class ParcelRow:
    code: str
    household_code: str | None
    head: str
    recipient: str
    phone: str
    address: str
    items: str
    amount_cents: int
    payment: str
    status: str
    surplus: bool
    label: str = ""  # what its label says (the order number of a manifest parcel)

    @property
    def shown(self) -> str:
        return self.label or self.code


def _where(f: ParcelFilter) -> tuple[str, dict[str, Any]]:
    clauses = ["p.round_id = :round"]
    params: dict[str, Any] = {"round": f.round_id}
    if f.status == UNMATCHED:
        clauses.append("p.household_code IS NULL")
    elif f.status:
        clauses.append("p.status = :status")
        params["status"] = f.status
    if f.building:
        clauses.append("p.sort_key >= :lo AND p.sort_key < :hi")
        params["lo"], params["hi"] = building_sort_range(f.building)
    t = f.text.strip()
    if t:
        clauses.append("(p.household_code LIKE :prefix OR p.code LIKE :prefix OR p.order_no LIKE :prefix "
                       "OR p.label LIKE :prefix "
                       "OR p.recipient LIKE :any OR h.head LIKE :any OR p.phone LIKE :any "
                       "OR p.address LIKE :any)")
        params["prefix"] = t + "%"
        params["any"] = "%" + t + "%"
    return " AND ".join(clauses), params


_FROM = "FROM parcel p LEFT JOIN household h ON h.code = p.household_code"


def count(session: Session, f: ParcelFilter) -> int:
    where, params = _where(f)
    join = _FROM if f.text.strip() else "FROM parcel p"  # only a search text looks at the household
    return session.execute(text(f"SELECT count(*) {join} WHERE {where}"), params).scalar_one()


def page(session: Session, f: ParcelFilter, offset: int = 0, limit: int = 200) -> list[ParcelRow]:
    """Sorted as the labels are: building, unit, room; parcels without a household last."""
    where, params = _where(f)
    rows = session.execute(text(
        f"SELECT p.code, p.household_code, coalesce(h.head, '') AS head, p.recipient, p.phone, "
        f"p.address, p.items, p.amount_cents, p.payment, p.status, p.surplus, p.label {_FROM} WHERE {where} "
        "ORDER BY p.sort_key, p.code LIMIT :limit OFFSET :offset"),
        {**params, "limit": limit, "offset": offset})
    return [ParcelRow(r.code, r.household_code, r.head, r.recipient, r.phone, r.address, r.items,
                      r.amount_cents, r.payment, r.status, bool(r.surplus), r.label) for r in rows]


# skip along the (round, sort_key) index from one building to the next: a sort key starts with
# its building's own key ('000003-...'); parcels with no household (no '-') end the walk
_BUILDING_HEADS = text("""
    WITH RECURSIVE k (key) AS (
        SELECT min(sort_key) FROM parcel WHERE round_id = :r
        UNION ALL
        SELECT (SELECT min(sort_key) FROM parcel WHERE round_id = :r
                AND sort_key >= substr(k.key, 1, instr(k.key, '-') - 1) || '.')
        FROM k WHERE instr(k.key, '-') > 0
    )
    SELECT substr(key, 1, instr(key, '-') - 1) FROM k WHERE instr(key, '-') > 0""")


def buildings(session: Session, round_id: str) -> list[str]:
    """The buildings that have parcels in the round, in building order."""
    return [building_of_sort_key(head) for head in session.execute(_BUILDING_HEADS, {"r": round_id}).scalars()]
