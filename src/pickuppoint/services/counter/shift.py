"""What the counter shows for the shift: till totals by payment mode, the last handovers, and
what is still waiting per round. Indexed range reads only."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.eventlog.clock import COUNTER_BITS, parse_iso
from pickuppoint.services.counter.payments import PAYMENT_MODES
from pickuppoint.services.rounds.figures import figures


def hlc_of(iso_time: str) -> int:
    """The first hybrid-clock value at or after a UTC time (`2026-11-23T07:00:00.000Z`)."""
    return int(parse_iso(iso_time).timestamp() * 1000) << COUNTER_BITS


@dataclass
class Till:
    since: str
    parcels: int = 0  # handed over (not voided)
    visits: int = 0
    voided: int = 0
    by_mode: dict[str, tuple[int, int]] = field(default_factory=dict)  # mode -> (count, fen)

    def cents(self, mode: str) -> int:
        return self.by_mode.get(mode, (0, 0))[1]

    def to_json(self) -> dict[str, Any]:
        from pickuppoint.money import format_yuan

        return {"since": self.since, "parcels": self.parcels, "visits": self.visits,
                "voided": self.voided,
                "by_mode": {m: {"count": c, "amount": format_yuan(a)}
                            for m, (c, a) in sorted(self.by_mode.items())}}


def till(session: Session, since: str, site_id: str | None = None) -> Till:
    """Totals of the handovers made since `since` (UTC ISO time), at `site_id` (default: all)."""
    where = "hlc >= :h" + (" AND site_id = :s" if site_id else "")
    params = {"h": hlc_of(since), "s": site_id}
    result = Till(since)
    for row in session.execute(text(
            f"SELECT payment, voided, count(*) AS n, sum(amount_cents) AS cents "
            f"FROM handover WHERE {where} GROUP BY payment, voided"), params):
        if row.voided:
            result.voided += row.n
            continue
        result.parcels += row.n
        mode = row.payment if row.payment in PAYMENT_MODES else "none"
        count, cents = result.by_mode.get(mode, (0, 0))
        result.by_mode[mode] = (count + row.n, cents + (row.cents or 0))
    result.visits = session.execute(text(
        f"SELECT count(DISTINCT visit_id) FROM handover WHERE {where} AND voided = 0"), params).scalar_one()
    return result


@dataclass(frozen=True)
class HistoryRow:
    id: str
    parcel_code: str
    household_code: str | None
    head: str
    item: str
    round_name: str
    at: str
    operator: str
    collector_kind: str
    collector_name: str
    payment: str
    amount_cents: int
    receipt_no: str
    voided: bool
    void_reason: str
    label: str = ""  # what the parcel's label says (its order number), when not its code

    @property
    def shown(self) -> str:
        return self.label or self.parcel_code


def history(session: Session, limit: int = 50, site_id: str | None = None,
            offset: int = 0) -> list[HistoryRow]:
    """The last handovers, newest first (voided ones included, marked)."""
    where = "WHERE h.site_id = :s" if site_id else ""
    rows = session.execute(text(f"""
        SELECT h.*, COALESCE(p.items, '') AS items, COALESCE(p.label, '') AS label, COALESCE(r.name, '') AS round_name,
               COALESCE(r.item, '') AS round_item, COALESCE(hh.head, '') AS head
        FROM handover h
        LEFT JOIN parcel p ON p.code = h.parcel_code
        LEFT JOIN round r ON r.id = h.round_id
        LEFT JOIN household hh ON hh.code = h.household_code
        {where} ORDER BY h.hlc DESC LIMIT :n OFFSET :o"""),
        {"s": site_id, "n": limit, "o": offset}).all()
    return [HistoryRow(r.id, r.parcel_code, r.household_code, r.head, r.items or r.round_item,
                       r.round_name, r.at, r.operator, r.collector_kind, r.collector_name,
                       r.payment, r.amount_cents, r.receipt_no, bool(r.voided), r.void_reason, r.label)
            for r in rows]


@dataclass(frozen=True)
class RoundProgress:
    round_id: str
    name: str
    date: str
    waiting: int  # the round's figure `left` (services/rounds/figures.py)
    total: int  # the round's figure `expected`


def remaining(session: Session, limit: int = 5) -> list[RoundProgress]:
    """Per round (newest first): parcels left to hand over of those expected (the figures of
    services/rounds/figures.py: surplus parcels are in neither). One covering-index range count
    per round; run it off the GUI thread (a round may hold many thousand parcels)."""
    rounds = session.execute(text(
        "SELECT id, name, date FROM round ORDER BY date DESC, created_hlc DESC LIMIT :n"),
        {"n": limit}).all()
    out = []
    for r in rounds:
        f = figures(session, r.id)
        if f.expected:
            out.append(RoundProgress(r.id, r.name, r.date, f.left, f.expected))
    return out


@dataclass(frozen=True)
class CurrentRound:
    """What the status bar says the counter is working on: one round (the round of this point's
    last handover while it has parcels left, else the one open round), or how many are open."""

    round: RoundProgress | None
    open_rounds: int  # rounds with parcels left to hand over (figure `left` > 0)


def current_round(session: Session, site_id: str) -> CurrentRound:
    """One index lookup per round and the newest handover: cheap enough after every change."""
    open_ids = session.execute(text(
        "SELECT r.id FROM round r WHERE EXISTS (SELECT 1 FROM parcel p WHERE p.round_id = r.id "
        "AND p.surplus = 0 AND p.status IN ('expected', 'received', 'damaged')) "
        "ORDER BY r.date DESC, r.created_hlc DESC")).scalars().all()
    last = session.execute(text(
        "SELECT round_id FROM handover WHERE site_id = :s AND voided = 0 ORDER BY hlc DESC LIMIT 1"),
        {"s": site_id}).scalar()
    chosen = last if last in open_ids else open_ids[0] if len(open_ids) == 1 else None
    if chosen is None:
        return CurrentRound(None, len(open_ids))
    row = session.execute(text("SELECT id, name, date FROM round WHERE id = :r"), {"r": chosen}).one()
    f = figures(session, chosen)
    return CurrentRound(RoundProgress(row.id, row.name, row.date, f.left, f.expected), len(open_ids))
