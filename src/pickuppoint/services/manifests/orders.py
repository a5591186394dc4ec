"""Rows grouped into orders, and orders made into parcels.

Group-buy exports (快团团, 群接龙, supermarket mini-programs) write one row per product. The rows
after an order's first share its order number (跟团号, 订单号, 接龙号) and leave the recipient,
phone and address blank or copy them by formula; a row with no order number, right after an
order's rows and naming nobody else, continues that order too. The same order number again further down
the file is a mistake in the file (an error), as is a continuation row naming someone else.

Amounts, never counted twice: the order's total (订单金额, 实付: its first non-blank value) less
its refunds; without a total, the lines' amounts (商品金额, 小计) less refunds, plus shipping,
less discount; without either, the round's price once per order. A refunded or cancelled line is
shown (its product marked 已退款) and not charged. One parcel per order (the default: one bag,
its products listed on the label) or one per line (`per="line"`: the order's first line carries
what belongs to the whole order, shipping or discount, so the lines sum to the order).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pickuppoint.i18n import translate
from pickuppoint.services.manifests.address_match import Suggestion
from pickuppoint.services.manifests.rows import Row
from pickuppoint.services.parcels.records import label_for_order

PER = ("order", "line")


@dataclass
class Line:
    """One parcel a manifest makes: an order (or one line of one), checked and matched."""

    row: int  # the first row of its order (or its own row)
    order_no: str = ""
    recipient: str = ""
    phone: str = ""
    address: str = ""
    items: str = ""
    amount_cents: int = 0
    payment: str = "paid"
    household_code: str | None = None
    by: str = ""  # how the household was found: address / address+phone / phone / '' (not found)
    suggestions: list[Suggestion] = field(default_factory=list)
    rows: tuple[int, ...] = ()  # the file's rows it stands for
    order: str = ""  # per line: the order number the line's parcel belongs to ('' on its own)
    # what the line's parcel label says: its order number when that can be scanned, else ''
    # (its parcel code is then namespaced by the round: parcels.records.code_for_order)
    label: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.label = label_for_order(self.order_no)

    def values(self) -> dict[str, Any]:
        return {"household_code": self.household_code, "recipient": self.recipient,
                "phone": self.phone, "address": self.address, "items": self.items,
                "amount_cents": self.amount_cents, "payment": self.payment}


def fully_refunded(row: Row) -> bool:
    return row.refunded or (row.line_amount is not None and row.refund is not None
                            and row.refund >= row.line_amount > 0)


def _refund_of(row: Row) -> int:
    if row.refund is not None:
        return row.refund
    return (row.line_amount or 0) if row.refunded else 0


@dataclass
class Order:
    order_no: str
    rows: list[Row]

    @property
    def first(self) -> Row:
        return self.rows[0]

    @property
    def who(self) -> Row:
        """The row that names the recipient (the first that does)."""
        return next((r for r in self.rows if r.says_who), self.rows[0])

    @property
    def live(self) -> list[Row]:
        return [r for r in self.rows if not fully_refunded(r)]

    def _first(self, name: str) -> int | None:
        return next((getattr(r, name) for r in self.rows if getattr(r, name) is not None), None)

    def charge(self, price_cents: int) -> int:
        """What the household pays for the whole order, in fen."""
        if not self.live:
            return 0
        refunds = sum(_refund_of(r) for r in self.rows)
        total = self._first("amount")
        if total is not None:
            return max(total - refunds, 0)
        if any(r.line_amount is not None for r in self.rows):
            lines = sum(r.line_amount or 0 for r in self.rows)
            return max(lines - refunds + (self._first("shipping") or 0) - (self._first("discount") or 0), 0)
        return price_cents

    def line_charges(self, price_cents: int) -> list[int]:
        """What each live line pays; together the order's charge (its first line carries what
        belongs to the whole order)."""
        live = self.live
        whole = self.charge(price_cents)
        if any(r.line_amount is not None for r in self.rows):
            each = [max((r.line_amount or 0) - (r.refund or 0), 0) for r in live]
        else:
            each = [0] * len(live)
        rest = whole - sum(each)  # what belongs to the whole order: shipping, discount, a total
        if live and rest >= 0:
            each[0] += rest
        for i in range(len(each)):  # a discount larger than the first line: from the next ones
            if rest >= 0:
                break
            taken = min(each[i], -rest)
            each[i] -= taken
            rest += taken
        return each

    def items(self, default: str) -> str:
        parts = []
        for r in self.rows:
            item = r.item or default
            parts.append(item + translate("Manifest", "（已退款）") if fully_refunded(r) else item)
        return "；".join(parts)


def group(rows: list[Row], by_number: bool) -> tuple[list[Order], dict[int, str]]:
    """The orders the rows make, in the file's order, and the rows that cannot be in one
    (row -> the sentence why). `by_number`: the file has an order-number column."""
    orders: list[Order] = []
    last: dict[str, Order] = {}
    bad: dict[int, str] = {}
    previous: Order | None = None
    for row in rows:
        key = row.order_no
        if key and key in last:
            order = last[key]
            if order is not previous:
                bad[row.number] = translate("Manifest", "订单号 {order} 与第 {row} 行重复，但内容不同。").format(
                    order=key, row=order.first.number)
                continue
            who = order.who
            differs = [a for a, b in zip(row.who(), who.who(), strict=True) if a and b and a != b]
            if row.says_who and who.says_who and differs:
                bad[row.number] = translate(
                    "Manifest", "订单号 {order} 与第 {row} 行相同，但收货人或地址不同：同一订单只能送到一户。"
                ).format(order=key, row=who.number)
                continue
            order.rows.append(row)
            continue
        if not key and by_number and previous is not None and (
                not row.says_who or row.who() == previous.who.who()):
            previous.rows.append(row)  # a continuation row with its order number left blank
            continue
        order = Order(key, [row])
        orders.append(order)
        if key:
            last[key] = order
        previous = order
    return orders, bad


def parcels_of(order: Order, per: str, default_item: str, price_cents: int,
               default_payment: str) -> list[Line]:
    """The parcels an order makes (none when every line was refunded)."""
    if len(order.rows) == 1:  # most orders of most files: one row
        row = order.rows[0]
        if fully_refunded(row):
            return []
        refund = _refund_of(row)
        if row.amount is not None:
            charge = max(row.amount - refund, 0)
        elif row.line_amount is not None:
            charge = max(row.line_amount - refund + (row.shipping or 0) - (row.discount or 0), 0)
        else:
            charge = price_cents
        return [Line(row.number, order.order_no, row.recipient, row.phone, row.address,
                     row.item or default_item, charge, row.payment or default_payment,
                     rows=(row.number,))]
    who = order.who
    payment = next((r.payment for r in order.rows if r.payment), None) or default_payment
    base = {"recipient": who.recipient, "phone": who.phone, "address": who.address, "payment": payment}
    live = order.live
    if not live:
        return []
    if per == "order" or len(order.rows) == 1:
        return [Line(order.first.number, order.order_no, items=order.items(default_item),
                     amount_cents=order.charge(price_cents), rows=tuple(r.number for r in order.rows),
                     **base)]
    out = []
    charges = order.line_charges(price_cents)
    for row, amount in zip(live, charges, strict=True):
        k = order.rows.index(row) + 1  # stable when an earlier line is refunded later
        number = f"{order.order_no}-{k}" if order.order_no else ""
        out.append(Line(row.number, number, items=row.item or default_item, amount_cents=amount,
                        rows=(row.number,), order=order.order_no, **base))
    return out
