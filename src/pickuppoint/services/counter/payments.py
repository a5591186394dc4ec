"""Who collects and how a visit pays: the rules the counter applies to every handover.

A parcel's own `payment` (from the manifest or the round) decides most of it:
- `paid` (prepaid online): nothing is due; the handover records `prepaid` with the amount;
- `on_behalf` (the community paid for the household): nothing is due at the table; the handover
  records `owed` with the amount, for the owed ledger (代付台账) settled after the emergency;
- `free`, or no amount: `none`, 0;
- `unpaid`: the amount is due now, and the visit's payment mode says how it was settled:
  `cash`, `qr` (a QR payment), `prepaid` (shown as already paid), `owed` (paid on behalf now,
  to settle later) or `waived` (with a reason).
"""

from __future__ import annotations

from dataclasses import dataclass

from pickuppoint.domain.phone import normalize_phone
from pickuppoint.domain.text import NAME_MAX, text_problem
from pickuppoint.errors import Refused, UserError
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan

COLLECTOR_KINDS = ("household", "proxy", "door")
PAYMENT_MODES = ("none", "cash", "qr", "prepaid", "owed", "waived")


@dataclass(frozen=True)
class Collector:
    """Who takes the parcels away: the household itself (default), a proxy (registered or a
    person named on the spot), or a volunteer carrying them to the door."""

    kind: str = "household"
    name: str = ""
    phone: str = ""

    def checked(self) -> Collector:
        if self.kind not in COLLECTOR_KINDS:
            raise UserError(translate("Counter", "领取方式“{kind}”无效。").format(kind=self.kind))
        name = self.name.strip()
        problem = text_problem(name, translate("Counter", "领取人姓名"), NAME_MAX)
        if problem:
            raise UserError(problem)
        phone = ""
        if len(self.phone) > 40:
            raise UserError(translate("Counter", "领取人电话太长，不是电话号码。"))
        if self.phone.strip():
            normal = normalize_phone(self.phone)
            if not normal:
                raise UserError(translate("Counter", "领取人电话“{phone}”不是有效的电话号码。").format(
                    phone=self.phone.strip()))
            phone = normal
        if self.kind == "proxy" and not name:
            raise UserError(translate("Counter", "代领时请填写代领人姓名。"))
        if self.kind == "door" and not name:
            raise UserError(translate("Counter", "送货上门时请填写送货志愿者的姓名。"))
        return Collector(self.kind, name, phone)


@dataclass(frozen=True)
class Payment:
    """How the amount due at the table is settled. `amount_cents` None: the amount due."""

    mode: str = "none"
    amount_cents: int | None = None
    reason: str = ""


def collector_label(kind: str, name: str) -> str:
    """'户主本人 张建国', '代领 李芳', '送货上门（志愿者 王强）' for cards, receipts, refusals."""
    if kind == "proxy":
        return translate("Counter", "代领人 {name}").format(name=name)
    if kind == "door":
        return translate("Counter", "送货上门（志愿者 {name}）").format(name=name)
    if name:
        return translate("Counter", "本户 {name}").format(name=name)
    return translate("Counter", "本户")


def payment_label(mode: str) -> str:
    labels = {
        "none": translate("Counter", "无需付款"),
        "cash": translate("Counter", "现金"),
        "qr": translate("Counter", "扫码支付"),
        "prepaid": translate("Counter", "已预付"),
        "owed": translate("Counter", "代付（记账）"),
        "waived": translate("Counter", "免收"),
    }
    return labels.get(mode, mode)


def due_cents(amount_cents: int, parcel_payment: str) -> int:
    """What must be paid at the table for a parcel."""
    return amount_cents if parcel_payment == "unpaid" and amount_cents > 0 else 0


def settle(parcel_amount: int, parcel_payment: str, visit: Payment) -> tuple[str, int, str]:
    """(payment mode, amount, waive reason) recorded on one parcel's handover."""
    if parcel_amount <= 0 or parcel_payment == "free":
        return "none", 0, ""
    if parcel_payment == "paid":
        return "prepaid", parcel_amount, ""
    if parcel_payment == "on_behalf":
        return "owed", parcel_amount, ""
    reason = visit.reason.strip() if visit.mode == "waived" else ""
    return visit.mode, parcel_amount, reason


def check_payment(due: int, payment: Payment) -> None:
    """Refuse a payment that does not settle what is due (raises; nothing is written)."""
    if payment.mode not in PAYMENT_MODES:
        raise UserError(translate("Counter", "付款方式“{mode}”无效：应为 cash、qr、prepaid、owed 或 waived。")
                        .format(mode=payment.mode))
    if due == 0:
        if payment.amount_cents:
            raise UserError(translate("Counter", "这些包裹无需付款，不能收取 {amount} 元。").format(
                amount=format_yuan(payment.amount_cents)))
        return
    if payment.mode == "none":
        raise Refused("payment_required", translate(
            "Counter", "应收 {amount} 元：请选择付款方式（现金、扫码、代付或免收）。").format(
            amount=format_yuan(due)), due_cents=due)
    if payment.amount_cents is not None and payment.amount_cents != due:
        raise UserError(translate("Counter", "应收 {due} 元，输入的金额是 {amount} 元：请核对。").format(
            due=format_yuan(due), amount=format_yuan(payment.amount_cents)))
    if payment.mode == "waived" and not payment.reason.strip():
        raise UserError(translate("Counter", "免收时请写明原因。"))
