"""What a receipt says: gathered from the handover records of one visit (or one handover)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.phone import mask_phone
from pickuppoint.errors import NotFound
from pickuppoint.eventlog.clock import local_time
from pickuppoint.i18n import translate
from pickuppoint.services.counter.checks import site_name
from pickuppoint.services.counter.payments import collector_label
from pickuppoint.services.parcels.view import find_parcel, normalize_code


@dataclass(frozen=True)
class ReceiptLine:
    parcel_code: str  # as printed on the bag (a manifest parcel's order number)
    item: str
    round_name: str
    payment: str
    amount_cents: int
    voided: bool


@dataclass
class ReceiptData:
    receipt_no: str
    point: str
    site_id: str
    time: str  # local time, for people
    household_code: str
    head: str
    collector: str
    collector_phone: str  # masked
    operator: str
    lines: list[ReceiptLine] = field(default_factory=list)
    waive_reason: str = ""
    voided: bool = False  # every line voided

    @property
    def total_cents(self) -> int:
        return sum(line.amount_cents for line in self.lines if not line.voided)

    def totals_by_mode(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for line in self.lines:
            if not line.voided and line.amount_cents:
                totals[line.payment] = totals.get(line.payment, 0) + line.amount_cents
        return totals


_ROWS = """SELECT h.*, COALESCE(p.items, '') AS items, COALESCE(NULLIF(p.label, ''), h.parcel_code) AS shown,
    COALESCE(r.item, '') AS round_item,
    COALESCE(r.name, '') AS round_name, COALESCE(hh.head, '') AS head
FROM handover h LEFT JOIN parcel p ON p.code = h.parcel_code
LEFT JOIN round r ON r.id = h.round_id LEFT JOIN household hh ON hh.code = h.household_code"""


def _target_rows(session: Session, target: str, whole_visit: bool) -> list:
    target = normalize_code(target)
    rows = session.execute(text(f"{_ROWS} WHERE h.receipt_no = :t ORDER BY h.hlc"), {"t": target}).all()
    if rows:
        return rows
    row = session.execute(text(f"{_ROWS} WHERE h.id = :t"), {"t": target}).first()
    if row is None:
        parcel = find_parcel(session, target, statuses=("collected",))
        if parcel is not None:
            hid = parcel.handover_id or session.execute(text(
                "SELECT id FROM handover WHERE parcel_code = :c ORDER BY hlc DESC LIMIT 1"),
                {"c": parcel.code}).scalar()
            if hid:
                row = session.execute(text(f"{_ROWS} WHERE h.id = :t"), {"t": hid}).first()
    if row is None:
        raise NotFound(translate("Counter", "没有找到 {code} 的发放记录，无法打印小票。").format(code=target))
    if not whole_visit or not row.visit_id:
        return [row]
    return session.execute(text(f"{_ROWS} WHERE h.visit_id = :v ORDER BY h.hlc"),
                           {"v": row.visit_id}).all()


def receipt_data(session: Session, target: str, whole_visit: bool = True) -> ReceiptData:
    """The receipt for a parcel code, a handover id or a receipt number: the whole visit (all the
    parcels handed over together), or only that handover."""
    rows = _target_rows(session, target, whole_visit)
    first = rows[0]
    return ReceiptData(
        receipt_no=first.receipt_no or first.id[:10], point=site_name(session, first.site_id),
        site_id=first.site_id, time=local_time(first.at, "%Y-%m-%d %H:%M"),
        household_code=first.household_code or "", head=first.head,
        collector=collector_label(first.collector_kind, first.collector_name),
        collector_phone=mask_phone(first.collector_phone), operator=first.operator,
        lines=[ReceiptLine(r.shown, r.items or r.round_item, r.round_name, r.payment,
                           r.amount_cents, bool(r.voided)) for r in rows],
        waive_reason=next((r.waive_reason for r in rows if r.waive_reason), ""),
        voided=all(r.voided for r in rows),
    )
