"""The handover counter: scan a parcel, see whose it is and whether it may go, hand it over, undo.

Record kinds owned here (docs/ARCHITECTURE.md): `handover.made` and `handover.voided`.
Every check `scan` makes is made again inside the write transaction of `hand_over`
(`BEGIN IMMEDIATE`: one writer at a time), so two counters or two processes cannot hand the same
parcel over twice. Every query is an indexed lookup (tests/test_counter_service.py checks the plans).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.text import NOTE_MAX, text_problem
from pickuppoint.errors import Refused, UserError
from pickuppoint.eventlog.log import Writer
from pickuppoint.i18n import translate
from pickuppoint.services.counter.checks import Notice, evaluate, unknown_code
from pickuppoint.services.counter.payments import Collector, Payment, check_payment, settle
from pickuppoint.services.households.records import HouseholdData, find
from pickuppoint.services.operators.roles import may, refusal
from pickuppoint.services.parcels.view import ParcelView, find_parcel, normalize_code, parcels_of


@dataclass
class Card:
    """What the counter shows after a scan."""

    code: str
    verdict: str  # ok | warn | refused
    refusal: Notice | None = None
    warnings: list[Notice] = field(default_factory=list)
    parcel: ParcelView | None = None
    household: HouseholdData | None = None
    waiting: list[ParcelView] = field(default_factory=list)  # the household's other waiting parcels
    waiting_refusals: dict[str, Notice] = field(default_factory=dict)  # code -> why it cannot go

    @property
    def reason(self) -> str | None:
        return self.refusal.id if self.refusal else None

    @property
    def message(self) -> str:
        if self.refusal:
            return self.refusal.message
        return " ".join(w.message for w in self.warnings)

    @property
    def due_cents(self) -> int:
        return self.parcel.due_cents if self.parcel and not self.refusal else 0

    def default_selection(self) -> list[str]:
        """The codes one key hands over: the scanned parcel and every other waiting parcel that
        may go and is at the point (not-yet-received ones are left for the volunteer to tick)."""
        if self.refusal or self.parcel is None:
            return []
        return [self.parcel.code] + [
            p.code for p in self.waiting
            if p.code not in self.waiting_refusals and p.status != "expected"]

    def due_for(self, codes: list[str]) -> int:
        parcels = {p.code: p for p in ([self.parcel] if self.parcel else []) + self.waiting}
        return sum(parcels[c].due_cents for c in codes if c in parcels)


@dataclass(frozen=True)
class Visit:
    """One household's handover at the table: one receipt, one or more parcels."""

    visit_id: str
    receipt_no: str
    household_code: str | None
    handover_ids: list[str]
    parcel_codes: list[str]
    collector: Collector
    payment_mode: str
    paid_cents: int  # settled at the table by the visit's payment mode
    at: str
    owed_cents: int = 0  # paid on behalf (代付), recorded for the owed ledger, not taken at the table


def scan(session: Session, site_id: str, code: str) -> Card:
    """The card for a scanned (or typed) code. Reads only; nothing is written."""
    code = normalize_code(code)
    parcel = find_parcel(session, code, site_id=site_id)
    if parcel is None:
        return Card(code, "refused", unknown_code(code))
    refusal, warnings = evaluate(session, site_id, parcel)
    household = find(session, parcel.household_code) if parcel.household_code else None
    waiting, waiting_refusals = [], {}
    if household is not None:
        for other in parcels_of(session, household.code, waiting_only=True):
            if other.code == parcel.code or other.point_site not in ("", site_id):
                continue
            waiting.append(other)
            other_refusal, _ = evaluate(session, site_id, other)
            if other_refusal is not None:
                waiting_refusals[other.code] = other_refusal
        _refuse_second_entitlement(parcel, waiting, waiting_refusals)
    if refusal is None:
        warnings = warnings + on_a_run(session, parcel.code)
    verdict = "refused" if refusal else ("warn" if warnings else "ok")
    return Card(parcel.code, verdict, refusal, warnings, parcel, household, waiting, waiting_refusals)


def on_a_run(session: Session, code: str) -> list[Notice]:
    """A parcel given to a volunteer for door delivery (services/lists/runs.py) says so."""
    from pickuppoint.services.lists.runs import run_of

    run = run_of(session, code)
    if run is None:
        return []
    return [Notice("on_run", translate("Counter", "已安排送货上门：志愿者 {volunteer}（送货单 {run}）。").format(
        volunteer=run[1], run=run[0]), {"run": run[0]})]


def _refuse_second_entitlement(parcel: ParcelView, waiting: list[ParcelView],
                               refusals: dict[str, Notice]) -> None:
    """Two entitlements of one allocation round for one household: only one may go in a visit
    (the packs of one entitlement all may)."""
    firsts = {parcel.round_id: parcel.entitlement_key} if parcel.round_kind == "allocation" else {}
    for other in waiting:
        if other.round_kind != "allocation" or other.code in refusals:
            continue
        first = firsts.setdefault(other.round_id, other.entitlement_key)
        if first != other.entitlement_key:
            refusals[other.code] = Notice("entitlement_used", translate(
                "Counter", "同一批次每户只能领取一份。"))


def hand_over(ctx, codes: list[str], collector: Collector | None = None,  # noqa: ANN001 - Context
              payment: Payment | None = None) -> Visit:
    """Hand these parcels (one household's) over in one transaction: one `handover.made` per
    parcel, one visit, one receipt number. Refuses (raises, writes nothing) if any may not go."""
    collector = (collector or Collector()).checked()
    payment = payment or Payment()
    wanted = list(dict.fromkeys(normalize_code(c) for c in codes if normalize_code(c)))
    if not wanted:
        raise UserError(translate("Counter", "没有要发放的包裹。"))
    with ctx.write() as w:
        parcels = _checked_parcels(w.session, w.site_id, wanted)
        households = {p.household_code for p in parcels}
        if len(households) > 1:
            raise UserError(translate("Counter", "一次只能为一户发放：这些包裹属于不同的住户（{codes}）。")
                            .format(codes="、".join(sorted(h or "?" for h in households))))
        household_code = parcels[0].household_code
        due = sum(p.due_cents for p in parcels)
        check_payment(due, payment)
        if collector.kind == "household" and not collector.name:
            household = find(w.session, household_code) if household_code else None
            collector = Collector("household", household.head if household else parcels[0].recipient,
                                  collector.phone)
        receipt_no = _next_receipt_no(w)
        visit_id = uuid.uuid4().hex
        payloads = []
        for p in parcels:
            mode, amount, reason = settle(p.amount_cents, p.payment, payment)
            payloads.append({
                "id": uuid.uuid4().hex, "parcel_code": p.code, "household_code": p.household_code,
                "round_id": p.round_id, "collector_kind": collector.kind,
                "collector_name": collector.name, "collector_phone": collector.phone,
                "payment": mode, "amount_cents": amount, "waive_reason": reason,
                "visit_id": visit_id, "receipt_no": receipt_no,
            })
        recs = w.append_many("handover.made", payloads)
    return Visit(visit_id, receipt_no, household_code, [p["id"] for p in payloads],
                 [p.code for p in parcels], collector, payment.mode if due else "none", due,
                 recs[0].wall, sum(p.amount_cents for p in parcels if p.payment == "on_behalf"))


def _checked_parcels(session: Session, site_id: str, codes: list[str]) -> list[ParcelView]:
    parcels: list[ParcelView] = []
    entitled: dict[tuple[str | None, str], tuple[str | None, str, str]] = {}
    for code in codes:
        parcel = find_parcel(session, code, site_id=site_id)
        if parcel is None:
            notice = unknown_code(code)
            raise Refused(notice.id, notice.message, code=code)
        refusal, _warnings = evaluate(session, site_id, parcel)
        if refusal is None and parcel.round_kind == "allocation" and parcel.household_code:
            first = entitled.setdefault((parcel.household_code, parcel.round_id), parcel.entitlement_key)
            if first != parcel.entitlement_key:
                refusal = Notice("entitlement_used", translate(
                    "Counter", "同一批次每户只能领取一份：{code} 不能与同批次的另一份一起发放。").format(
                    code=parcel.code))
        if refusal is not None:
            raise Refused(refusal.id, refusal.message, **{**refusal.details, "code": parcel.code})
        if parcel.code not in {p.code for p in parcels}:
            parcels.append(parcel)
    return parcels


def _next_receipt_no(w: Writer) -> str:
    """Deterministic and unique across the deployment: site id and the seq of the visit's
    first record (read inside the write transaction, so no other writer can take it)."""
    last = w.session.execute(text("SELECT last_seq FROM site WHERE site_id = :s"),
                             {"s": w.site_id}).scalar_one()
    return f"{w.site_id}-{last + 1:06d}"


def void(ctx, target: str, reason: str) -> list[str]:  # noqa: ANN001 - Context
    """Undo a handover (by its id or its parcel's code), or a whole visit (by receipt number),
    with a reason: a `handover.voided` record each; the parcels go back to received."""
    reason = reason.strip()
    if not reason:
        raise UserError(translate("Counter", "撤销发放时请写明原因。"))
    problem = text_problem(reason, translate("Counter", "撤销原因"), NOTE_MAX, multiline=True)
    if problem:
        raise UserError(problem)
    target = normalize_code(target)
    with ctx.write() as w:
        ids = _handovers_to_void(w.session, target)
        if not may(ctx, "handover.void_any"):
            _only_own_last(w.session, ctx, ids)
        codes = {i: w.session.execute(text("SELECT parcel_code FROM handover WHERE id = :i"),
                                      {"i": i}).scalar_one() for i in ids}
        w.append_many("handover.voided", [{"handover_id": i, "parcel_code": codes[i],
                                           "reason": reason} for i in ids])
    return ids


def _only_own_last(session: Session, ctx, ids: list[str]) -> None:  # noqa: ANN001 - Context
    """A volunteer may undo their own last handover (the last visit they served), nothing else."""
    last = session.execute(text(
        "SELECT visit_id FROM handover WHERE operator = :op ORDER BY hlc DESC LIMIT 1"),
        {"op": ctx.operator}).scalar()
    for hid in ids:
        row = session.execute(text("SELECT operator, visit_id FROM handover WHERE id = :i"), {"i": hid}).one()
        if row.operator != ctx.operator or row.visit_id != last:
            raise refusal(ctx.operator, ctx.role, "handover.void_any")


def _handovers_to_void(session: Session, target: str) -> list[str]:
    row = session.execute(text("SELECT id, voided FROM handover WHERE id = :t"), {"t": target}).first()
    if row is not None:
        if row.voided:
            raise UserError(translate("Counter", "这次发放已经撤销过了。"))
        return [row.id]
    parcel = find_parcel(session, target, statuses=("collected",))
    if parcel is not None:
        if parcel.status != "collected" or not parcel.handover_id:
            raise UserError(translate("Counter", "包裹 {code} 目前不是已领取状态，没有可撤销的发放。").format(
                code=parcel.code))
        return [parcel.handover_id]
    rows = session.execute(text("SELECT id, voided FROM handover WHERE receipt_no = :t ORDER BY hlc"),
                           {"t": target}).all()
    if rows:
        live = [r.id for r in rows if not r.voided]
        if not live:
            raise UserError(translate("Counter", "小票 {no} 的发放已经全部撤销过了。").format(no=target))
        return live
    raise UserError(translate("Counter", "没有找到 {code} 的发放记录：请输入包裹编号或小票号。").format(
        code=target))


def handover_row(session: Session, handover_id: str) -> Any:
    return session.execute(text("SELECT * FROM handover WHERE id = :i"), {"i": handover_id}).first()
