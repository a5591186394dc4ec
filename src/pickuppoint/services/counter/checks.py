"""May this parcel be handed over here, now? Refusals and warnings, each one plain sentence.

Refusals (the parcel may not go; stable ids for tests and JSON):
- `unknown`: no parcel has this code;
- `misread`: the code's check character fails (a misread or mistyped label): scan again;
- `other_point`: the parcel is handed over at another point (a parcel already on this point's
  shelf whose household was moved to another point: set it aside for that point);
- `voided`: the parcel was withdrawn from distribution (`parcel.cancelled`: an order cancelled,
  a label replaced by a reprint, goods recalled). A parcel whose *handover* was voided is not
  refused: it is simply back to received and may be handed over again;
- `already_collected`: when, at which point, by whom, which operator;
- `entitlement_used`: an allocation round, and this household already collected its
  entitlement of that round with another parcel (at this point or, after sync, another).
Warnings (the parcel may go; the card turns amber): `not_received` (the handover implies
receipt), `damaged`, `payment_due`, `no_household`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain import codes
from pickuppoint.eventlog.clock import local_time
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.assign.here import elsewhere
from pickuppoint.services.counter.payments import collector_label
from pickuppoint.services.parcels.view import ParcelView

REFUSALS = ("unknown", "misread", "other_point", "voided", "already_collected", "entitlement_used")


@dataclass(frozen=True)
class Notice:
    id: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)


def unknown_code(code: str) -> Notice:
    if len(code) > 64:  # a scanner or a paste gone wrong: never quoted whole
        return Notice("unknown", translate(
            "Counter", "扫到的内容有 {n} 个字符，太长了，不是包裹编号（开头是 {start}…）：请重新扫描。").format(
            n=len(code), start=code[:20]), {"code": code[:20] + "…"})
    if codes.check(code) == "misread":
        return Notice("misread", translate("Counter", "条码读取有误（校验位不符），请重新扫描。"),
                      {"code": code})
    return Notice("unknown", translate(
        "Counter", "没有编号为 {code} 的包裹：请核对标签，或按房号、电话查找。").format(code=code),
        {"code": code})


def site_name(session: Session, site_id: str) -> str:
    name = session.execute(text("SELECT name FROM site WHERE site_id = :s"), {"s": site_id}).scalar()
    return name or site_id


# a handover of another entitlement of the same round to the same household (the packs of one
# allocation share an entitlement id; a parcel without one is an entitlement of its own)
_ENTITLEMENT = text(
    "SELECT h.* FROM handover h JOIN parcel q ON q.code = h.parcel_code "
    "WHERE h.household_code = :h AND h.round_id = :r AND h.voided = 0 AND h.parcel_code != :c "
    "AND (:e = '' OR q.entitlement != :e) ORDER BY h.hlc LIMIT 1")


def evaluate(session: Session, site_id: str, parcel: ParcelView) -> tuple[Notice | None, list[Notice]]:
    """(refusal or None, warnings) for handing `parcel` over at site `site_id` now."""
    if elsewhere(session, parcel.point_site, site_id):
        point = site_name(session, parcel.point_site)
        if parcel.status in ("received", "damaged"):  # on this point's shelf: its household moved
            return Notice("other_point", translate(
                "Counter", "这个包裹已改由{point}发放（住户改到那里领取）：不要在这里发，请放到一边，"
                "等协调中心安排送到{point}。").format(point=point),
                {"point": parcel.point_site, "moved": True}), []
        return Notice("other_point", translate(
            "Counter", "这个包裹应在{point}发放，不在本接驳点发放。").format(
            point=point), {"point": parcel.point_site}), []
    if parcel.status == "cancelled":
        why = parcel.note or translate("Counter", "未注明原因")
        return Notice("voided", translate("Counter", "这个包裹已作废（{reason}），不能发放。").format(
            reason=why), {"cancel_reason": why}), []
    if parcel.status == "collected":
        return _already_collected(session, parcel), []
    if parcel.round_kind == "allocation" and parcel.household_code:
        other = session.execute(_ENTITLEMENT, {"h": parcel.household_code, "r": parcel.round_id,
                                               "c": parcel.code, "e": parcel.entitlement}).first()
        if other is not None:
            return Notice("entitlement_used", translate(
                "Counter", "{household} 已于 {time} 领取过“{round}”的一份（包裹 {other}），不能重复领取。")
                .format(household=parcel.household_code, time=local_time(other.at, "%m-%d %H:%M"),
                        round=parcel.round_name, other=other.parcel_code),
                {"handover": other.id, "parcel": other.parcel_code}), []
    return None, _warnings(parcel)


def _already_collected(session: Session, parcel: ParcelView) -> Notice:
    row = None
    if parcel.handover_id:
        row = session.execute(text("SELECT * FROM handover WHERE id = :i"),
                              {"i": parcel.handover_id}).first()
    if row is None:
        return Notice("already_collected", translate("Counter", "这个包裹已经领取过了，不能重复发放。"))
    return Notice("already_collected", translate(
        "Counter", "已领取：{time} 在{point}由{collector}领走（操作人 {operator}），不能重复发放。").format(
        time=local_time(row.at, "%m-%d %H:%M"), point=site_name(session, row.site_id),
        collector=collector_label(row.collector_kind, row.collector_name), operator=row.operator),
        {"handover": row.id, "at": row.at, "point": row.site_id, "collector": row.collector_name,
         "collector_kind": row.collector_kind, "operator": row.operator})


def _warnings(parcel: ParcelView) -> list[Notice]:
    warnings = []
    if parcel.household_code is None:
        warnings.append(Notice("no_household", translate(
            "Counter", "这个包裹没有对应的住户：请核对收件人 {name}。").format(name=parcel.recipient or "?")))
    if parcel.status == "expected":
        warnings.append(Notice("not_received", translate(
            "Counter", "包裹尚未验收入库；发放即视为已到货。")))
    if parcel.status == "damaged":
        warnings.append(Notice("damaged", translate("Counter", "包裹登记为破损，请与领取人当面确认。")))
    if parcel.due_cents:
        warnings.append(Notice("payment_due", translate("Counter", "应收 {amount} 元。").format(
            amount=format_yuan(parcel.due_cents))))
    return warnings
