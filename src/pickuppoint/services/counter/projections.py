"""How `handover.made` and `handover.voided` change the derived state (deterministic: only the
record decides). Owned by services/counter/handover.py.

- handover.made: a `handover` row; the parcel becomes `collected` and points at it (the handover
  implies receipt, so `received_at` is filled in if it was empty). Should a second handover of
  the same parcel arrive (from another point, by sync), the first in clock order keeps the
  parcel; the second is kept as a row, for the coordinator's conflict list.
- handover.voided: the row is marked voided; the parcel goes back to what it was before
  (`received`, or `damaged`), unless another live handover of it exists.

Both belong to the parcel's entity ('p:<code>'; a void names its parcel). After each batch,
`settle` derives two conflicts from the handover rows: `double_handover` (a parcel with two live
handovers, from one point or two) and `entitlement` (one household's allocation entitlement in a
round used twice, i.e. live handovers of two of its entitlements).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.eventlog.log import Rec, dbapi
from pickuppoint.eventlog.registry import Kind

_INSERT = text("""
INSERT INTO handover (id, parcel_code, household_code, round_id, site_id, operator, at, hlc,
    collector_kind, collector_name, collector_phone, payment, amount_cents, waive_reason,
    visit_id, receipt_no, record_id, prior_status)
VALUES (:id, :parcel_code, :household_code, :round_id, :site_id, :operator, :at, :hlc,
    :collector_kind, :collector_name, :collector_phone, :payment, :amount_cents, :waive_reason,
    :visit_id, :receipt_no, :record_id,
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
    p = rec.data
    return {
        "id": p["id"], "parcel_code": p["parcel_code"], "household_code": p.get("household_code"),
        "round_id": p["round_id"], "site_id": rec.site_id, "operator": rec.operator,
        "at": rec.wall, "hlc": rec.hlc, "collector_kind": p.get("collector_kind", "household"),
        "collector_name": p.get("collector_name", ""), "collector_phone": p.get("collector_phone", ""),
        "payment": p.get("payment", "none"), "amount_cents": p.get("amount_cents", 0),
        "waive_reason": p.get("waive_reason", ""), "visit_id": p.get("visit_id", ""),
        "receipt_no": p.get("receipt_no", ""), "record_id": rec.id,
    }


def _made(session: Session, rec: Rec) -> None:
    params = _params(rec)
    session.execute(_INSERT, params)
    session.execute(_COLLECT, params)


def _made_many(session: Session, recs: Sequence[Rec]) -> None:
    params = [_params(r) for r in recs]
    if len({p["parcel_code"] for p in params}) < len(params):  # one parcel twice: keep the order
        for rec in recs:
            _made(session, rec)
        return
    session.execute(_INSERT, params)
    session.execute(_COLLECT, params)


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


def _entity(session: Session, payload: Any) -> str:
    code = payload.get("parcel_code")
    if code is None and "handover_id" in payload:  # a void written before schema 5
        code = session.execute(text("SELECT parcel_code FROM handover WHERE id = :i"),
                               {"i": payload["handover_id"]}).scalar()
    return "p:" + code if code else ""


def _double_handover(session: Session, code: str) -> None:
    ids = session.execute(text(
        "SELECT record_id FROM handover WHERE parcel_code = :c AND voided = 0 ORDER BY hlc, site_id"),
        {"c": code}).scalars().all()
    cid = f"double_handover/{code}"
    session.execute(text("DELETE FROM conflict WHERE id = :i"), {"i": cid})
    if len(ids) > 1:
        session.execute(text(
            "INSERT INTO conflict (id, kind, entity, subject, records, winner) "
            "VALUES (:i, 'double_handover', :e, :c, :r, :w)"),
            {"i": cid, "e": "p:" + code, "c": code, "r": json.dumps(ids), "w": ids[0]})


def _entitlement(session: Session, household: str, round_id: str) -> None:
    rows = session.execute(text(
        "SELECT h.record_id, coalesce(nullif(p.entitlement, ''), h.parcel_code) AS ent "
        "FROM handover AS h JOIN round AS r ON r.id = h.round_id AND r.kind = 'allocation' "
        "LEFT JOIN parcel AS p ON p.code = h.parcel_code "
        "WHERE h.household_code = :h AND h.round_id = :r AND h.voided = 0 "
        "ORDER BY h.hlc, h.site_id"), {"h": household, "r": round_id}).all()
    cid = f"entitlement/{household}/{round_id}"
    session.execute(text("DELETE FROM conflict WHERE id = :i"), {"i": cid})
    if len({r.ent for r in rows}) > 1:
        ids = [r.record_id for r in rows]
        session.execute(text(
            "INSERT INTO conflict (id, kind, entity, subject, records, winner) "
            "VALUES (:i, 'entitlement', :e, :s, :r, :w)"),
            {"i": cid, "e": f"e:{household}/{round_id}", "s": f"{household}/{round_id}",
             "r": json.dumps(ids), "w": ids[0]})


def _settle(session: Session, recs: Sequence[Rec] | None) -> None:
    """The conflicts that handovers make, for the parcels and entitlements `recs` touched (all of
    them after a full replay): a pure function of the handover, parcel and round rows."""
    if recs is None:
        codes = session.execute(text(
            "SELECT parcel_code FROM handover WHERE voided = 0 GROUP BY parcel_code "
            "HAVING count(*) > 1")).scalars().all()
        pairs = session.execute(text(
            "SELECT household_code, round_id FROM handover WHERE voided = 0 "
            "AND household_code IS NOT NULL GROUP BY household_code, round_id "
            "HAVING count(*) > 1")).all()
        session.execute(text("DELETE FROM conflict WHERE kind IN ('double_handover', 'entitlement')"))
    else:
        ids = [r.payload.get("handover_id") for r in recs if r.kind == "handover.voided"]
        made = [r for r in recs if r.kind == "handover.made"]
        round_ids = {r.payload.get("id") for r in recs if r.kind in ("round.created", "round.updated")}
        if not made and not ids and not round_ids:
            return
        codes = {r.payload["parcel_code"] for r in made}
        pairs = {(r.payload.get("household_code"), r.payload["round_id"]) for r in made}
        cur = dbapi(session)
        for round_id in sorted(round_ids - {None}):  # a round that came after its handovers
            pairs.update((h, round_id) for (h,) in cur.execute(
                "SELECT DISTINCT household_code FROM handover WHERE round_id = ?", (round_id,)))
        for hid in ids:
            row = cur.execute("SELECT parcel_code, household_code, round_id FROM handover "
                              "WHERE id = ?", (hid,)).fetchone()
            if row is not None:
                codes.add(row[0])
                pairs.add((row[1], row[2]))
    for code in sorted(codes):
        _double_handover(session, code)
    for household, round_id in sorted(pairs, key=lambda p: (p[0] or "", p[1])):
        if household:
            _entitlement(session, household, round_id)


PROJECTIONS = {
    "handover.made": Kind(_made, _entity, _made_many),
    "handover.voided": Kind(_voided, _entity),
}
SETTLE = (_settle,)
