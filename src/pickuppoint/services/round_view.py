"""The parcels of a round as the Rounds page lists them: filtered by status (or "no household"),
building and a search text, read a page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

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


def _where(f: ParcelFilter) -> tuple[str, dict[str, Any]]:
    clauses = ["p.round_id = :round"]
    params: dict[str, Any] = {"round": f.round_id}
    if f.status == UNMATCHED:
        clauses.append("p.household_code IS NULL")
    elif f.status:
        clauses.append("p.status = :status")
        params["status"] = f.status
    if f.building:
        clauses.append("h.building = :building")
        params["building"] = f.building
    t = f.text.strip()
    if t:
        clauses.append("(p.household_code LIKE :prefix OR p.code LIKE :prefix OR p.order_no LIKE :prefix "
                       "OR p.recipient LIKE :any OR h.head LIKE :any OR p.phone LIKE :any "
                       "OR p.address LIKE :any)")
        params["prefix"] = t + "%"
        params["any"] = "%" + t + "%"
    return " AND ".join(clauses), params


_FROM = "FROM parcel p LEFT JOIN household h ON h.code = p.household_code"


def count(session: Session, f: ParcelFilter) -> int:
    where, params = _where(f)
    return session.execute(text(f"SELECT count(*) {_FROM} WHERE {where}"), params).scalar_one()


def page(session: Session, f: ParcelFilter, offset: int = 0, limit: int = 200) -> list[ParcelRow]:
    """Sorted as the labels are: building, unit, room; parcels without a household last."""
    where, params = _where(f)
    rows = session.execute(text(
        f"SELECT p.code, p.household_code, coalesce(h.head, '') AS head, p.recipient, p.phone, "
        f"p.address, p.items, p.amount_cents, p.payment, p.status, p.surplus {_FROM} WHERE {where} "
        "ORDER BY h.sort_key IS NULL, h.sort_key, p.code LIMIT :limit OFFSET :offset"),
        {**params, "limit": limit, "offset": offset})
    return [ParcelRow(r.code, r.household_code, r.head, r.recipient, r.phone, r.address, r.items,
                      r.amount_cents, r.payment, r.status, bool(r.surplus)) for r in rows]


def buildings(session: Session, round_id: str) -> list[str]:
    rows = session.execute(text(
        "SELECT DISTINCT h.building, min(h.sort_key) AS k FROM parcel p JOIN household h "
        "ON h.code = p.household_code WHERE p.round_id = :r GROUP BY h.building ORDER BY k"),
        {"r": round_id})
    return [r.building for r in rows]
