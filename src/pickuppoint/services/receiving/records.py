"""Receiving (到货验收): the supplier's truck arrives and each parcel is checked in at the point.

Record kinds owned here:
- `parcel.received` {code, damaged: bool, note}: an expected parcel is at the point; its status
  becomes `received` (`damaged` when marked so), with the time and the operator of the record.
- `parcel.surplus` {code, round_id, note}: a code scanned while receiving a round that is on no
  list: a parcel is created with surplus=1, status `received`, at the recording site.
- `parcel.damaged` {code, note}: a parcel already at the point is marked damaged.

The projections only move a parcel forward: a parcel that was handed over or cancelled, or a
second receipt from another point, changes nothing. Should a manifest line with the same code
arrive after a surplus record (by sync), the first in clock order keeps the parcel and both are
named in a `surplus_listed` conflict.

Outcomes of a scan (`ReceiveOutcome.kind`): received, already_received, not_in_round, surplus,
lookalike (a code on no list that is one edit away from a listed code of the round, or looks
like them with characters missing: not recorded until confirmed, see lookalike.py), misread,
unknown (no round given, nothing to record against), household (a room number, not a parcel
code), not_a_label (a phone, a receipt number, a name: nothing a label carries, so not a surplus
parcel either), collected, cancelled, other_point. Only received, surplus (and a damaged mark)
write records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain import codes
from pickuppoint.domain.address import parse_address
from pickuppoint.domain.phone import MOBILE
from pickuppoint.domain.text import NOTE_MAX, text_problem
from pickuppoint.errors import NotFound, UserError
from pickuppoint.eventlog.clock import local_time
from pickuppoint.eventlog.log import Rec
from pickuppoint.eventlog.registry import Kind
from pickuppoint.i18n import translate
from pickuppoint.services.parcels.records import creation_conflict, entity, note_issued
from pickuppoint.services.parcels.view import AmbiguousScan, ParcelView, find_parcel, normalize_code
from pickuppoint.services.receiving.lookalike import lookalike, round_codes
from pickuppoint.services.rounds import records as rounds

# Outcome kinds and what the screen makes of them (ok / look at this / refused).
VERDICTS = {
    "received": "ok", "already_received": "warn", "surplus": "warn", "not_in_round": "refused",
    "misread": "refused", "unknown": "refused", "collected": "refused", "cancelled": "refused",
    "other_point": "refused", "damaged": "warn", "household": "refused", "not_a_label": "refused",
    "lookalike": "refused",
}
RECORDED = ("received", "surplus")


# --- projections ------------------------------------------------------------------------------

_RECEIVED = text(
    "UPDATE parcel SET status = CASE WHEN :damaged THEN 'damaged' ELSE 'received' END, "
    "received_at = :at, received_by = :op, "
    "note = CASE WHEN :note = '' THEN note WHEN note = '' THEN :note ELSE note || '；' || :note END, "
    "updated_hlc = :hlc WHERE code = :code AND status = 'expected'")

_SURPLUS = text(
    "INSERT OR IGNORE INTO parcel (code, round_id, household_code, point_site, status, surplus, note, "
    "received_at, received_by, updated_hlc, label) VALUES (:code, :round_id, NULL, :site, 'received', 1, "
    ":note, :at, :op, :hlc, :label)")

_DAMAGED = text(
    "UPDATE parcel SET status = 'damaged', "
    "note = CASE WHEN :note = '' THEN note WHEN note = '' THEN :note ELSE note || '；' || :note END, "
    "updated_hlc = :hlc WHERE code = :code AND status IN ('received', 'damaged')")


def _params(rec: Rec) -> dict[str, Any]:
    p = rec.payload
    return {"code": p["code"], "damaged": bool(p.get("damaged")), "note": p.get("note") or "",
            "round_id": p.get("round_id"), "site": rec.site_id, "at": rec.wall, "op": rec.operator,
            "hlc": rec.hlc, "label": codes.label_of(p["code"], p.get("round_id"))}


def _received(session: Session, rec: Rec) -> None:
    session.execute(_RECEIVED, _params(rec))


def _received_many(session: Session, recs: Sequence[Rec]) -> None:
    params = [_params(r) for r in recs]
    if len({p["code"] for p in params}) < len(params):  # the same parcel twice: keep the order
        for p in params:
            session.execute(_RECEIVED, p)
        return
    session.execute(_RECEIVED, params)


def _surplus(session: Session, rec: Rec) -> None:
    if session.execute(_SURPLUS, _params(rec)).rowcount == 0:  # the code has a parcel already
        creation_conflict(session, rec)
    note_issued(session, [rec.payload.get("code")])


def _damaged(session: Session, rec: Rec) -> None:
    session.execute(_DAMAGED, _params(rec))


PROJECTIONS = {
    "parcel.received": Kind(_received, entity, _received_many),
    "parcel.surplus": Kind(_surplus, entity),
    "parcel.damaged": Kind(_damaged, entity),
}


# --- scanning ---------------------------------------------------------------------------------

@dataclass
class ReceiveOutcome:
    kind: str
    code: str  # the parcel's code (as stored), or the normalised scan when there is no parcel
    message: str
    parcel: ParcelView | None = None
    damaged: bool = False
    other_round: str = ""  # not_in_round: the parcel's own round (name)
    marked_damaged: bool = False  # a parcel already received, marked damaged by this scan
    resembles: str = ""  # lookalike: the listed code it resembles
    label: str = ""  # what the parcel's label says (its order number), when not its code

    @property
    def shown(self) -> str:
        """The code as printed on the bag: what people read in a message or a list."""
        return self.label or (self.parcel.shown if self.parcel else self.code)

    @property
    def verdict(self) -> str:
        return VERDICTS.get(self.kind, "refused")

    @property
    def recorded(self) -> bool:
        return self.kind in RECORDED or self.marked_damaged

    @property
    def household_code(self) -> str:
        return (self.parcel.household_code or "") if self.parcel else ""

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "label": self.shown, "outcome": self.kind, "message": self.message,
                "household": self.household_code or None, "damaged": self.damaged}


@dataclass
class Batch:
    """Records still to append, and the status of every parcel this batch (or an earlier batch
    of the same scanning session) changed, so a second scan sees the first before it is written."""

    received: list[dict[str, Any]] = field(default_factory=list)
    surplus: list[dict[str, Any]] = field(default_factory=list)
    damaged: list[dict[str, Any]] = field(default_factory=list)
    status: dict[str, str] = field(default_factory=dict)  # code -> status after this batch

    def __bool__(self) -> bool:
        return bool(self.received or self.surplus or self.damaged)

    def write(self, w: Any) -> None:  # noqa: ANN401 - Writer
        w.append_many("parcel.surplus", self.surplus)
        w.append_many("parcel.received", self.received)
        w.append_many("parcel.damaged", self.damaged)


def _who_when(session: Session, code: str) -> tuple[str, str]:
    row = session.execute(text("SELECT received_at, received_by FROM parcel WHERE code = :c"),
                          {"c": code}).first()
    if row is None or not row.received_at:
        return "", ""
    return local_time(row.received_at, "%m-%d %H:%M"), row.received_by or ""


def _household_of(session: Session, code: str) -> str | None:
    """The household a typed text names ('3-2-501'), if it is one of ours."""
    if "-" not in code and not any("\u4e00" <= ch <= "\u9fff" for ch in code):
        return None
    try:
        return resolve_household(session, code)
    except NotFound:
        return None


_LABEL_LIKE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.]{3,39}$")  # as manifest order numbers
_RECEIPT_LIKE = re.compile(r"^[A-Z0-9]{2,12}-\d{6}$")  # SITE-NNNNNN: a receipt number of a site of ours


def _not_a_label(session: Session, code: str) -> ReceiveOutcome | None:
    """Why a scanned text that is no parcel cannot be a surplus parcel either (None if it can):
    only what could be printed on a parcel's label is recorded, never a phone, a room number,
    a receipt number, a name, or a code of ours that does not check."""
    shown = code if len(code) <= 30 else code[:30] + "…"
    upper = code.upper()
    site = upper.split("-", 1)[0] if "-" in upper else ""
    if site and codes.check(upper) != "ok" and session.execute(
            text("SELECT 1 FROM site WHERE upper(site_id) = :s"), {"s": site}).first():
        # a site of this deployment: our receipt numbers and codes are shaped so
        if _RECEIPT_LIKE.match(upper):
            return ReceiveOutcome("not_a_label", code, translate(
                "Receiving", "{code} 是小票号，不是包裹编号：没有登记。").format(code=shown))
        return ReceiveOutcome("misread", code, translate(
            "Receiving", "条码 {code} 读错了（不是有效的包裹编号）：请重新扫描或核对后手工输入。").format(code=shown))
    if MOBILE.match(code):
        return ReceiveOutcome("not_a_label", code, translate(
            "Receiving", "{code} 是电话号码，不是包裹编号：没有登记。").format(code=shown))
    if (code.isdigit() and len(code) <= 5) or not _LABEL_LIKE.match(code):
        return ReceiveOutcome("not_a_label", code, translate(
            "Receiving", "“{code}”不像包裹上的条码：没有登记。请扫描包裹标签上的条码。").format(code=shown))
    return None


def _round_name(session: Session, round_id: str) -> str:
    found = rounds.find(session, round_id)
    return found.name if found else round_id


def _one(session: Session, site_id: str, round_id: str | None, scanned: str, damaged: bool,
         note: str, batch: Batch, surplus_confirmed: bool = False) -> ReceiveOutcome:
    code = normalize_code(scanned)
    try:
        parcel = find_parcel(session, code, round_id=round_id, site_id=site_id)
    except AmbiguousScan as exc:
        if round_id is None:
            raise
        # the round being received has no parcel of that label: parcels of other rounds have it
        others = "、".join(dict.fromkeys(p.round_name for p in exc.candidates))
        return ReceiveOutcome("not_in_round", code, translate(
            "Receiving", "包裹 {code} 属于批次“{round}”，不是这一批：没有登记，请单独放置。").format(
                code=code, round=others), other_round=others)
    if parcel is None:
        keys = [c for c in (code, code.upper()) if c]
        if round_id is not None:
            keys += [codes.namespaced(round_id, c) for c in keys]
        pending = next((c for c in keys if c in batch.status), None)
        if pending is not None:  # a surplus of this session, maybe not written yet
            shown = codes.label_of(pending, round_id)
            return ReceiveOutcome("already_received", pending, translate(
                "Receiving", "{code} 刚才已作为多出的包裹登记过了。").format(code=shown), label=shown)
        if codes.check(code) == "misread":
            return ReceiveOutcome("misread", code, translate(
                "Receiving", "条码 {code} 读错了（校验位不对）：请重新扫描或核对后手工输入。").format(code=code))
        household = _household_of(session, code)
        if household is not None:  # a room number typed into the scan field: never a surplus
            return ReceiveOutcome("household", household, translate(
                "Receiving", "{code} 是住户的房号，不是包裹编号：没有标签时请用“按户签收”。").format(code=household))
        if round_id is None:
            shown = code if len(code) <= 30 else code[:30] + "…"  # a huge scan is never quoted whole
            return ReceiveOutcome("unknown", shown, translate(
                "Receiving", "没有编号为 {code} 的包裹。请先选择批次，多出的包裹才能登记。").format(code=shown))
        problem = _not_a_label(session, code)
        if problem is not None:
            return problem
        if codes.check(code) == "ok":
            code = code.upper()
        elif not surplus_confirmed:
            near = lookalike(code, round_codes(session, round_id))
            if near is not None:
                return _lookalike(code, *near)
        shown = code
        code = codes.namespaced(round_id, code)  # a supplier's number: unique by its round
        batch.surplus.append({"code": code, "round_id": round_id, "note": note or translate(
            "Receiving", "清单上没有，到货时多出")})
        if damaged:
            batch.damaged.append({"code": code, "note": ""})
        batch.status[code] = "damaged" if damaged else "received"
        return ReceiveOutcome("surplus", code, translate(
            "Receiving", "{code} 不在清单上：已登记为多出的包裹，请单独放置。").format(code=shown),
            damaged=damaged, label=shown)
    code, shown = parcel.code, parcel.shown
    status = batch.status.get(code, parcel.status)
    if status == "cancelled":
        return ReceiveOutcome("cancelled", code, translate(
            "Receiving", "包裹 {code} 已作废，不应再发放：请单独放置并告知供货方。").format(code=shown), parcel)
    if status == "collected":
        return ReceiveOutcome("collected", code, translate(
            "Receiving", "包裹 {code} 已经领取过了，没有再登记。").format(code=shown), parcel)
    if parcel.point_site and parcel.point_site != site_id:
        return ReceiveOutcome("other_point", code, translate(
            "Receiving", "包裹 {code} 属于接驳点 {site}，不在本点发放：请退回送货人。").format(
                code=shown, site=parcel.point_site), parcel)
    if round_id is not None and parcel.round_id != round_id:
        other = parcel.round_name
        return ReceiveOutcome("not_in_round", code, translate(
            "Receiving", "包裹 {code} 属于批次“{round}”，不是这一批：没有登记，请单独放置。").format(
                code=shown, round=other), parcel, other_round=other)
    if status in ("received", "damaged"):
        when, who = _who_when(session, code)  # empty while this session's record is unwritten
        if damaged and status == "received":
            batch.damaged.append({"code": code, "note": note})
            batch.status[code] = "damaged"
            return ReceiveOutcome("already_received", code, translate(
                "Receiving", "包裹 {code} 已验收过，现已标记为破损。").format(code=shown), parcel, damaged=True,
                marked_damaged=True)
        if when:
            message = translate("Receiving", "包裹 {code} 已于 {time} 由 {who} 验收过了。").format(
                code=shown, time=when, who=who or "-")
        else:
            message = translate("Receiving", "包裹 {code} 刚才已经验收过了。").format(code=shown)
        return ReceiveOutcome("already_received", code, message, parcel, damaged=status == "damaged")
    batch.received.append({"code": code, "damaged": bool(damaged), "note": note})
    batch.status[code] = "damaged" if damaged else "received"
    if damaged:
        message = translate("Receiving", "已验收 {code}（破损）。").format(code=shown)
    else:
        message = translate("Receiving", "已验收 {code}。").format(code=shown)
    return ReceiveOutcome("received", code, message, parcel, damaged=bool(damaged))


def _lookalike(code: str, how: str, listed: str) -> ReceiveOutcome:
    if how == "near":
        message = translate(
            "Receiving", "{code} 和本批清单上的 {listed} 只差一个字符，可能扫错了：没有登记为多出。").format(
            code=code, listed=listed)
    else:
        message = translate(
            "Receiving", "{code} 比本批的编号（如 {listed}）少了字符，可能没扫全：没有登记为多出。").format(
            code=code, listed=listed)
    return ReceiveOutcome("lookalike", code, message, resembles=listed)


def receive_many(ctx, round_id: str | None, scanned: Sequence[str], damaged: bool = False,  # noqa: ANN001
                 note: str = "", surplus_confirmed: bool = False) -> list[ReceiveOutcome]:
    """Check many codes in at once, in one write transaction: the good ones are recorded, the
    others say why not (nothing is written for them). `surplus_confirmed`: codes on no list are
    surplus parcels even when they resemble a listed code (the person looked at them)."""
    note = note.strip()
    problem = text_problem(note, translate("Receiving", "备注"), NOTE_MAX, multiline=True)
    if problem:
        raise UserError(problem)
    with ctx.write() as w:
        if round_id is not None:
            round_id = rounds.get(w.session, round_id).id
        site_id = w.site_id
        batch = Batch()
        outcomes = []
        for raw in scanned:
            if not normalize_code(raw):
                raise UserError(translate("Receiving", "包裹编号是空的。"))
            outcomes.append(_one(w.session, site_id, round_id, raw, damaged, note, batch, surplus_confirmed))
        batch.write(w)
    return outcomes


def receive(ctx, round_id: str | None, code: str, damaged: bool = False,  # noqa: ANN001 - Context
            note: str = "") -> ReceiveOutcome:
    """One scan while the truck unloads (see the module docstring for the outcomes)."""
    return receive_many(ctx, round_id, [code], damaged, note)[0]


def mark_damaged(ctx, code: str, note: str = "") -> ReceiveOutcome:  # noqa: ANN001 - Context
    """Mark a parcel damaged (破损); one not yet checked in is received as damaged."""
    note = note.strip()
    with ctx.write() as w:
        parcel = find_parcel(w.session, normalize_code(code))
        if parcel is None:
            raise NotFound(translate("Receiving", "没有编号为 {code} 的包裹。").format(code=code))
        if parcel.status == "collected":
            raise UserError(translate("Receiving", "包裹 {code} 已经领取，不能再标记破损。").format(code=parcel.shown))
        if parcel.status == "cancelled":
            raise UserError(translate("Receiving", "包裹 {code} 已作废，不能标记破损。").format(code=parcel.shown))
        if parcel.status == "expected":
            w.append("parcel.received", {"code": parcel.code, "damaged": True, "note": note})
        elif parcel.status == "received" or note:
            w.append("parcel.damaged", {"code": parcel.code, "note": note})
    return ReceiveOutcome("damaged", parcel.code, translate(
        "Receiving", "包裹 {code} 已标记为破损。").format(code=parcel.shown), parcel, damaged=True)


def resolve_household(session: Session, text_: str) -> str:
    """A household code as typed ('3-2-501', '3号楼2单元501', '32501'), or UserError."""
    raw = normalize_code(text_)
    row = session.execute(text("SELECT code FROM household WHERE code = :c"), {"c": raw.upper()}).first()
    if row is None:
        address = parse_address(text_)
        if address is not None:
            row = session.execute(text("SELECT code FROM household WHERE code = :c"),
                                  {"c": address.code}).first()
    if row is None and raw.isdigit() and len(raw) <= 8:  # '32501': the room code without dashes
        rows = session.execute(text("SELECT code FROM household WHERE digits = :d LIMIT 2"), {"d": raw}).all()
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        raise NotFound(translate("Receiving", "没有找到住户 {code}。").format(code=text_.strip()))
    return row.code


def receive_household(ctx, round_id: str, household_code: str) -> list[ReceiveOutcome]:  # noqa: ANN001
    """Tick every parcel of a household in the round as received, without a scan (the labels are
    missing). Returns one outcome per parcel of the household in the round."""
    with ctx.write() as w:
        rnd = rounds.get(w.session, round_id)
        code = resolve_household(w.session, household_code)
        rows = w.session.execute(text(
            "SELECT code FROM parcel WHERE round_id = :r AND household_code = :h ORDER BY code"),
            {"r": rnd.id, "h": code}).scalars().all()
        if not rows:
            raise UserError(translate("Receiving", "住户 {household} 在批次“{round}”里没有包裹。").format(
                household=code, round=rnd.name))
        batch = Batch()
        note = translate("Receiving", "按户签收（未扫码）")
        outcomes = [_one(w.session, w.site_id, rnd.id, c, False, note, batch) for c in rows]
        batch.write(w)
    return outcomes
