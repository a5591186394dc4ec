"""How `handover.made` and `handover.voided` change the derived state (deterministic: only the
record decides). Owned by services/counter/handover.py.

- handover.made: a `handover` row; the parcel becomes `collected` and points at it (the handover
  implies receipt, so `received_at` is filled in if it was empty). Should a second handover of
  the same parcel arrive (from another point, by sync), the first in clock order keeps the
  parcel; the second is kept as a row, for the coordinator's conflict list.
- handover.voided: the row is marked voided; the parcel goes back to what it was before
  (`received`, or `damaged`), unless another live handover of it exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.eventlog.log import Rec, bulk_projection, projection

_INSERT = text("""
INSERT INTO handover (id, parcel_code, household_code, round_id, site_id, operator, at, hlc,
    collector_kind, collector_name, collector_phone, payment, amount_cents, waive_reason,
    visit_id, receipt_no, prior_status)
VALUES (:id, :parcel_code, :household_code, :round_id, :site_id, :operator, :at, :hlc,
    :collector_kind, :collector_name, :collector_phone, :payment, :amount_cents, :waive_reason,
    :visit_id, :receipt_no,
    COALESCE((SELECT CASE WHEN status = 'damaged' THEN 'damaged' ELSE 'received' END
              FROM parcel WHERE code = :parcel_code), 'received'))
""")

_COLLECT = text("""
UPDATE parcel SET status = 'collected', handover_id = :id,
    received_at = COALESCE(received_at, :at), received_by = COALESCE(received_by, :operator),
    updated_hlc = :hlc
WHERE code = :parcel_code AND status != 'collected'
""")


def _params(rec: Rec) -> dict[str, Any]:
    p = rec.payload
    return {
        "id": p["id"], "parcel_code": p["parcel_code"], "household_code": p.get("household_code"),
        "round_id": p["round_id"], "site_id": rec.site_id, "operator": rec.operator,
        "at": rec.wall, "hlc": rec.hlc, "collector_kind": p.get("collector_kind", "household"),
        "collector_name": p.get("collector_name", ""), "collector_phone": p.get("collector_phone", ""),
        "payment": p.get("payment", "none"), "amount_cents": p.get("amount_cents", 0),
        "waive_reason": p.get("waive_reason", ""), "visit_id": p.get("visit_id", ""),
        "receipt_no": p.get("receipt_no", ""),
    }


@projection("handover.made")
def _made(session: Session, rec: Rec) -> None:
    params = _params(rec)
    session.execute(_INSERT, params)
    session.execute(_COLLECT, params)


@bulk_projection("handover.made")
def _made_many(session: Session, recs: Sequence[Rec]) -> None:
    params = [_params(r) for r in recs]
    if len({p["parcel_code"] for p in params}) < len(params):  # one parcel twice: keep the order
        for rec in recs:
            _made(session, rec)
        return
    session.execute(_INSERT, params)
    session.execute(_COLLECT, params)


@projection("handover.voided")
def _voided(session: Session, rec: Rec) -> None:
    handover_id = rec.payload["handover_id"]
    row = session.execute(text("SELECT parcel_code, prior_status, voided FROM handover WHERE id = :i"),
                          {"i": handover_id}).first()
    if row is None or row.voided:
        return
    session.execute(text(
        "UPDATE handover SET voided = 1, void_reason = :reason, voided_at = :at, voided_by = :op, "
        "void_record = :rid WHERE id = :i"),
        {"i": handover_id, "reason": rec.payload.get("reason", ""), "at": rec.wall,
         "op": rec.operator, "rid": rec.id})
    other = session.execute(text(
        "SELECT id FROM handover WHERE parcel_code = :c AND voided = 0 ORDER BY hlc, site_id LIMIT 1"),
        {"c": row.parcel_code}).first()
    if other is not None:
        session.execute(text(
            "UPDATE parcel SET status = 'collected', handover_id = :h, updated_hlc = :hlc "
            "WHERE code = :c"), {"h": other.id, "hlc": rec.hlc, "c": row.parcel_code})
    else:
        session.execute(text(
            "UPDATE parcel SET status = :s, handover_id = NULL, updated_hlc = :hlc "
            "WHERE code = :c AND handover_id = :h"),
            {"s": row.prior_status, "hlc": rec.hlc, "c": row.parcel_code, "h": handover_id})
