"""Withdrawing a parcel from distribution (`parcel.cancelled` {code, reason}): an order the
resident or the supplier cancelled, a label replaced by a reprint, goods recalled. The counter
refuses a cancelled parcel with reason id `voided`. Nothing is deleted; the status becomes
`cancelled` and the reason is kept in the parcel's note. A collected parcel cannot be cancelled
(void its handover first)."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.errors import NotFound, UserError
from pickuppoint.eventlog.log import Rec
from pickuppoint.eventlog.registry import Kind
from pickuppoint.i18n import translate
from pickuppoint.services.parcels.records import entity
from pickuppoint.services.parcels.view import find_parcel, normalize_code


def _cancelled(session: Session, rec: Rec) -> None:
    session.execute(text(
        "UPDATE parcel SET status = 'cancelled', note = :reason, updated_hlc = :hlc "
        "WHERE code = :code AND status != 'collected'"),
        {"code": rec.payload["code"], "reason": rec.payload.get("reason", ""), "hlc": rec.hlc})


PROJECTIONS = {"parcel.cancelled": Kind(_cancelled, entity)}


def cancel_parcel(ctx, code: str, reason: str) -> str:  # noqa: ANN001 - Context
    reason = reason.strip()
    if not reason:
        raise UserError(translate("Counter", "作废包裹时请写明原因。"))
    with ctx.write() as w:
        parcel = find_parcel(w.session, normalize_code(code), site_id=w.site_id)
        if parcel is None:
            raise NotFound(translate("Counter", "没有编号为 {code} 的包裹。").format(code=code))
        if parcel.status == "collected":
            raise UserError(translate("Counter", "包裹 {code} 已经领取，不能作废：请先撤销这次发放。").format(
                code=parcel.shown))
        if parcel.status == "cancelled":
            raise UserError(translate("Counter", "包裹 {code} 已经作废过了。").format(code=parcel.shown))
        w.append("parcel.cancelled", {"code": parcel.code, "reason": reason})
    return parcel.code
