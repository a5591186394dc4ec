"""The columns of a supplier's manifest (订单台账): the fields they can hold, the header words
supermarkets use for each, and how a user's choices (`--map HEADER=FIELD`, the dialog's combos)
override the guess. Reading the file and guessing are `services/imports/tabular.py`, as for the roster."""

from __future__ import annotations

from collections.abc import Mapping

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.imports.tabular import (
    Table,
    apply_overrides,
    guess_mapping,
    header_key,
    header_keys,
)

# In the order the import dialog offers them. Group-buy exports (快团团, 群接龙, supermarket
# mini-programs) write one row per product: `line_amount` is the product's (商品金额, 小计),
# `amount` the order's total (订单金额, 实付) on its first row; `refund`, `shipping` and
# `discount` are the order's or the line's as the export has them; `status` says a line was
# refunded or cancelled.
FIELDS = ("order_no", "address", "building", "unit", "room", "recipient", "phone", "items",
          "quantity", "line_amount", "amount", "refund", "shipping", "discount", "status",
          "payment")
MULTI = ("items",)  # '商品' + '规格' + '数量' columns are joined
IGNORE = ""

SYNONYMS: dict[str, tuple[str, ...]] = {
    "order_no": ("订单号", "单号", "订单编号", "订单号码", "跟团号", "接龙号", "接龙序号", "团购单号",
                 "运单号", "配送单号", "快递单号", "流水号", "order no", "order number", "order id",
                 "order", "order_no"),
    "address": ("地址", "收货地址", "详细地址", "配送地址", "收件地址", "送货地址", "住址",
                "家庭住址", "门牌", "收货人地址", "地址信息", "详细收货地址", "address",
                "delivery address", "shipping address"),
    "building": ("楼栋", "楼号", "栋", "幢", "楼栋号", "building"),
    "unit": ("单元", "单元号", "unit"),
    "room": ("房号", "门牌号", "室号", "房间号", "户号", "room"),
    "recipient": ("收货人", "姓名", "收件人", "联系人", "客户", "客户姓名", "收货人姓名", "户主",
                  "recipient", "name", "consignee", "customer"),
    "phone": ("电话", "手机", "联系电话", "手机号", "手机号码", "收货人电话", "收货人手机",
              "联系方式", "电话号码", "phone", "mobile", "tel", "telephone"),
    "items": ("商品", "货品", "品名", "商品名称", "商品明细", "订单内容", "物品", "套餐", "商品信息",
              "规格", "商品规格", "items", "goods", "product", "products"),
    "quantity": ("数量", "购买数量", "件数", "份数", "商品数量", "quantity", "qty"),
    "line_amount": ("商品金额", "小计", "商品小计", "商品总价", "商品实付", "商品实付金额", "金额小计",
                    "line amount", "subtotal"),
    "amount": ("金额", "应付", "价格", "应付金额", "实付金额", "实付", "订单金额", "订单实付", "订单总额",
               "订单总价", "支付金额", "实收金额", "总价", "总金额", "应收", "应收金额", "amount", "price",
               "total"),
    "refund": ("退款金额", "退款", "已退款金额", "退款额", "售后退款", "refund", "refunded"),
    "shipping": ("运费", "配送费", "快递费", "shipping", "delivery fee"),
    "discount": ("优惠", "优惠金额", "折扣", "优惠券", "满减", "discount"),
    "status": ("退款状态", "售后状态", "订单状态", "商品状态", "status", "refund status"),
    "payment": ("支付状态", "付款状态", "付款", "支付", "是否付款", "是否支付", "付款情况",
                "payment", "payment status", "paid"),
}


def field_label(field: str) -> str:
    labels = {
        "order_no": translate("Manifest", "订单号"),
        "address": translate("Manifest", "地址（楼栋单元房号合在一起）"),
        "building": translate("Manifest", "楼栋"),
        "unit": translate("Manifest", "单元"),
        "room": translate("Manifest", "房号"),
        "recipient": translate("Manifest", "收货人"),
        "phone": translate("Manifest", "电话"),
        "items": translate("Manifest", "商品"),
        "quantity": translate("Manifest", "数量"),
        "line_amount": translate("Manifest", "商品金额（每行商品的）"),
        "amount": translate("Manifest", "订单金额（整单的，或只有一列金额）"),
        "refund": translate("Manifest", "退款金额"),
        "shipping": translate("Manifest", "运费"),
        "discount": translate("Manifest", "优惠"),
        "status": translate("Manifest", "退款状态（已退款、已取消）"),
        "payment": translate("Manifest", "付款状态（已付、未付、代付、免费）"),
        IGNORE: translate("Manifest", "不导入"),
    }
    return labels.get(field, field)


def short_label(field: str) -> str:
    label = field_label(field)
    return label.split("（", 1)[0].split(" (", 1)[0]


def known_headers(extra: Mapping[str | int, str] | None = None) -> list[str]:
    words = [w for ws in SYNONYMS.values() for w in ws]
    return words + [k for k in (extra or {}) if isinstance(k, str)]


def field_from_text(text: str) -> str | None:
    """A field as a user names it: its identifier, its Chinese name, a header word, or 'ignore'."""
    t = (text or "").strip()
    if t.lower() in FIELDS:
        return t.lower()
    if t.lower() in ("", "-", "ignore", "skip", "none") or t in ("忽略", "不导入", "无"):
        return IGNORE
    key = header_key(t)
    for field in FIELDS:
        if key in (header_key(short_label(field)), header_key(field_label(field))):
            return field
    for field in FIELDS:
        if key in {header_key(w) for w in SYNONYMS[field]}:
            return field
    return None


# several amount columns ('价格, 数量, 总价'): what the household pays is the total, not the price
_AMOUNT_PRIORITY = [header_key(w) for w in (
    "实付金额", "实付", "订单实付", "应付金额", "订单金额", "订单总额", "订单总价", "支付金额", "实收金额",
    "应收金额", "总金额", "总价", "应付", "应收", "total", "金额", "amount", "价格", "price")]
# headers that say the amount is the whole order's (else one amount column may be per line)
ORDER_TOTAL_HEADERS = frozenset(header_key(w) for w in (
    "实付金额", "实付", "订单实付", "应付金额", "订单金额", "订单总额", "订单总价", "支付金额", "实收金额"))


def _prefer_the_total(mapping: dict[int, str], headers: list[str]) -> None:
    rank = {}
    for i, h in enumerate(headers):
        found = [_AMOUNT_PRIORITY.index(k) for k in header_keys(h) if k in _AMOUNT_PRIORITY]
        if found:
            rank[i] = min(found)
    if len(rank) < 2:
        return
    best = min(rank, key=lambda i: (rank[i], i))
    for i in [i for i, f in mapping.items() if f == "amount"]:
        del mapping[i]
    mapping[best] = "amount"


def resolve(headers: list[str], overrides: Mapping[str | int, str] | None = None) -> dict[int, str]:
    """Column index -> field: the guess from the headers, the user's choices on top (keys are
    column indexes or header texts; a field given to one column is taken from the others)."""
    mapping = guess_mapping(headers, SYNONYMS, multi=MULTI)
    _prefer_the_total(mapping, headers)
    chosen: dict[str | int, str] = {}
    for column, text in (overrides or {}).items():
        field = field_from_text(text)
        if field is None:
            raise UserError(translate(
                "Manifest", "未知的字段“{field}”：可用的字段有 {fields}，或 ignore（不导入）。"
            ).format(field=text, fields="、".join(FIELDS)))
        chosen[column] = field
    return apply_overrides(headers, mapping, chosen, MULTI)


def missing_columns(mapping: Mapping[int, str]) -> str | None:
    """What the mapping lacks to place a parcel, as a sentence; None when it has enough."""
    fields = set(mapping.values())
    if fields & {"address", "room", "phone"}:
        return None
    return translate(
        "Manifest", "没有找到地址列（或房号、电话列）：请指定哪一列是收货地址，例如 --map 配送信息=address。")


def columns_by_field(mapping: Mapping[int, str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for index in sorted(mapping):
        out.setdefault(mapping[index], []).append(index)
    return out


_NOT_ORDERS = ("汇总", "统计", "说明", "备注", "须知", "notes", "summary")


def sheet_score(table: Table) -> tuple[int, ...]:
    """How much a sheet of a multi-sheet export looks like its orders: the orders sheet has an
    address (or room, or phone) column, the most order fields and the most rows; a product
    summary (商品汇总表), a per-estate summary or a notes sheet has not, or fewer."""
    mapping = resolve(table.headers)
    if missing_columns(mapping):
        return (0,)
    named_otherwise = any(w in (table.sheet or "").lower() for w in _NOT_ORDERS)
    return (1, 0 if named_otherwise else 1, len(set(mapping.values())), len(table.rows))
