"""One row of a manifest read and checked on its own: its order number, recipient, phone, address,
product and amounts, and the sentences saying what is wrong with it. Rows are grouped into orders
(services/manifests/orders.py) and matched to households after."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pickuppoint.domain.numbers import nfkc
from pickuppoint.domain.text import ADDRESS_MAX, NAME_MAX, NOTE_MAX, SHORT_MAX, text_problem
from pickuppoint.i18n import translate
from pickuppoint.money import AmountTooLarge, parse_yuan
from pickuppoint.services.households.roster_rows import clean_name, clean_text
from pickuppoint.services.manifests.address_match import PhoneRead, read_phone

_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")
_PAYMENT_WORDS = {
    "paid": ("已付", "已支付", "已付款", "已结清", "付清", "已缴", "在线支付", "微信已付", "paid",
             "prepaid", "yes", "是"),
    "unpaid": ("未付", "未支付", "未付款", "待付", "待付款", "待支付", "货到付款", "到付", "现付",
               "unpaid", "due", "no", "否", "cash on delivery"),
    "on_behalf": ("代付", "社区代付", "垫付", "社区垫付", "代缴", "on behalf", "on_behalf", "owed"),
    "free": ("免费", "赠送", "捐赠", "爱心", "0元", "free", "gift", "donated"),
}
_PAYMENT = {re.sub(r"\s+", "", w.lower()): k for k, ws in _PAYMENT_WORDS.items() for w in ws}
# a line the buyer got their money back for, or that was cancelled: shown, not charged
_REFUNDED = re.compile(r"已退款|退款成功|全额退款|已退|退款完成|已取消|取消|refunded|cancel", re.I)
_PARTLY = re.compile(r"部分退款|部分退")
_QUANTITY = re.compile(r"^\d+(\.\d+)?$")
_ADDRESS_FIELDS = ("recipient", "phone", "address", "building", "unit", "room")


@lru_cache(maxsize=512)  # a handful of words, on every line
def payment_from_text(value: str) -> str | None:
    """'已付' / 'paid' -> 'paid' ...; None if it is none of the four."""
    return _PAYMENT.get(re.sub(r"\s+", "", nfkc(value).lower()))


_yuan = lru_cache(maxsize=4096)(parse_yuan)  # the same few prices on most lines


@dataclass
class Row:
    """One row of the file as it says it (amounts in fen; None where the cell is blank)."""

    number: int
    given: dict[str, str]
    order_no: str = ""
    recipient: str = ""
    phone: str = ""
    phone_read: PhoneRead = ("", None)
    address: str = ""
    item: str = ""
    line_amount: int | None = None
    amount: int | None = None
    refund: int | None = None
    shipping: int | None = None
    discount: int | None = None
    refunded: bool = False
    payment: str | None = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def says_who(self) -> bool:
        """The row names a recipient or where they live (a continuation row of an order does not,
        or copies the first row's)."""
        return any(self.given.get(k) for k in _ADDRESS_FIELDS)

    def who(self) -> tuple[str, str, str]:
        return (self.recipient, self.phone, self.address)


def _what(field_name: str) -> str:
    return {"line_amount": translate("Manifest", "商品金额"), "amount": translate("Manifest", "金额"),
            "refund": translate("Manifest", "退款金额"), "shipping": translate("Manifest", "运费"),
            "discount": translate("Manifest", "优惠")}[field_name]


def _money(row: Row, value: str, field_name: str) -> int | None:
    if not value:
        return None
    what = _what(field_name)  # only for the sentences below
    try:
        cents = _yuan(value)
    except AmountTooLarge:
        row.errors.append(translate("Manifest", "{what}“{value}”太大了，请核对。").format(what=what, value=value))
        return None
    except ValueError:
        row.errors.append(translate("Manifest", "{what}“{value}”不是数字。").format(what=what, value=value))
        return None
    if cents < 0:
        row.errors.append(translate("Manifest", "{what}不能是负数（{value}）。").format(what=what, value=value))
        return None
    return cents


def _text_fields() -> list[tuple[str, str, int]]:
    return [
        ("recipient", translate("Manifest", "收货人"), NAME_MAX),
        ("address", translate("Manifest", "地址"), ADDRESS_MAX),
        ("items", translate("Manifest", "商品"), NOTE_MAX),
        ("order_no", translate("Manifest", "订单号"), SHORT_MAX),
        ("phone", translate("Manifest", "电话"), SHORT_MAX),
        ("amount", translate("Manifest", "金额"), SHORT_MAX),
        ("payment", translate("Manifest", "付款状态"), SHORT_MAX),
        ("building", translate("Manifest", "楼栋"), SHORT_MAX),
        ("unit", translate("Manifest", "单元"), SHORT_MAX),
        ("room", translate("Manifest", "房号"), SHORT_MAX),
    ]


def read_row(number: int, given: dict[str, str]) -> Row:
    problems = []
    for name, what, limit in _text_fields():  # control characters, a cell that swallowed a file
        problem = text_problem(given.get(name, ""), what, limit)
        if problem:
            problems.append(problem)
            given = {**given, name: ""}  # never stored, never matched
    row = Row(number, given)
    row.errors.extend(problems)
    order_no = nfkc(given.get("order_no", "")).replace(" ", "")
    if _SCIENTIFIC.match(order_no):
        row.errors.append(translate(
            "Manifest", "订单号“{value}”被 Excel 写成了科学计数法：请把订单号一列设为文本后重新导出。"
        ).format(value=order_no))
    row.order_no = order_no[:-2] if order_no.endswith(".0") else order_no
    row.recipient = clean_name(given.get("recipient", ""))
    row.address = clean_text(given.get("address", "") or " ".join(
        given.get(k, "") for k in ("building", "unit", "room") if given.get(k)))
    item = clean_text(given.get("items", ""))
    quantity = nfkc(given.get("quantity", "")) if given.get("quantity") else ""
    if item and quantity and quantity not in ("1", "1.0"):
        item += f" ×{quantity[:-2] if quantity.endswith('.0') else quantity}" if _QUANTITY.match(quantity) \
            else f" {quantity}"
    row.item = item
    raw_phone = given.get("phone", "")
    row.phone_read = read_phone(raw_phone)
    full, masked = row.phone_read
    row.phone = full or (clean_text(raw_phone) if masked else "")
    if raw_phone and not full and not masked:
        row.warnings.append(translate("Manifest", "电话“{value}”不是有效的手机或座机号码。").format(value=raw_phone))
    for name in ("line_amount", "amount", "refund", "shipping", "discount"):
        value = given.get(name)
        if value:
            setattr(row, name, _money(row, value, name))
    status = given.get("status")
    if status:
        status = nfkc(status)
        row.refunded = bool(_REFUNDED.search(status)) and not _PARTLY.search(status)
    payment = given.get("payment", "")
    if payment:
        row.payment = payment_from_text(payment)
        if row.payment is None:
            row.errors.append(translate("Manifest", "付款状态“{value}”无法识别：请写已付、未付、代付或免费。")
                              .format(value=payment))
    return row
