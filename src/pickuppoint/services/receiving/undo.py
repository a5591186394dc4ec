"""Undoing a receipt made by mistake (a wrong surplus parcel, a parcel received that is not here).

Record kind owned here: `parcel.receipt_undone` {code, reason}. A listed parcel goes back to
`expected` (on the missing list again, its receipt time and operator cleared; its note kept); a
surplus parcel (one that only the receiving desk created) is taken off the round altogether, so
the goods-received sheet no longer lists it and the same code may be scanned again. A parcel
already handed over, cancelled or still expected changes nothing (the service refuses those).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.errors import NotFound, UserError
from pickuppoint.eventlog.log import Rec
from pickuppoint.eventlog.registry import Kind
from pickuppoint.i18n import translate
from pickuppoint.services.parcels.records import entity
from pickuppoint.services.parcels.view import find_parcel, normalize_code


def _receipt_undone(session: Session, rec: Rec) -> None:
    params = {"code": rec.payload["code"], "hlc": rec.hlc}
    session.execute(text(
        "DELETE FROM parcel WHERE code = :code AND surplus = 1 AND status IN ('received', 'damaged')"),
        params)
    session.execute(text(
        "UPDATE parcel SET status = 'expected', received_at = NULL, received_by = NULL, "
        "updated_hlc = :hlc WHERE code = :code AND surplus = 0 AND status IN ('received', 'damaged')"),
        params)


PROJECTIONS = {"parcel.receipt_undone": Kind(_receipt_undone, entity)}


def undo_receipt(ctx, code: str, reason: str) -> str:  # noqa: ANN001 - Context
    """Undo the receipt of a parcel (or remove a surplus parcel recorded by mistake). Returns a
    sentence saying what happened."""
    reason = reason.strip()
    if not reason:
        raise UserError(translate("Receiving", "撤销验收时请写明原因。"))
    with ctx.write() as w:
        parcel = find_parcel(w.session, normalize_code(code), site_id=w.site_id,
                             statuses=("received", "damaged"))
        if parcel is None:
            raise NotFound(translate("Receiving", "没有编号为 {code} 的包裹。").format(code=code))
        if parcel.status == "collected":
            raise UserError(translate(
                "Receiving", "包裹 {code} 已经领取，不能撤销验收：请先在发放页撤销这次发放。").format(
                code=parcel.shown))
        if parcel.status == "cancelled":
            raise UserError(translate("Receiving", "包裹 {code} 已作废，没有可撤销的验收。").format(
                code=parcel.shown))
        if parcel.status == "expected":
            raise UserError(translate("Receiving", "包裹 {code} 还没有验收，没有可撤销的验收。").format(
                code=parcel.shown))
        w.append("parcel.receipt_undone", {"code": parcel.code, "reason": reason})
    if parcel.surplus:
        return translate("Receiving", "已撤销多出的包裹 {code}：不再算在这一批里。").format(code=parcel.shown)
    return translate("Receiving", "已撤销 {code} 的验收：回到“还没到”。").format(code=parcel.shown)
