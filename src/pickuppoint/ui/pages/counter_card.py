"""Drawing the counter's card: the household code largest, then the head, the flags, the item,
the amount due, and the visit's parcels (checkable); colour by verdict."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

from pickuppoint.domain.flags import flag_label
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.counter.handover import Card, Visit
from pickuppoint.services.counter.payments import collector_label, payment_label
from pickuppoint.services.parcels.view import ParcelView, status_label
from pickuppoint.ui.feedback import COLOURS, Verdict

_VERDICTS = {"ok": Verdict.OK, "warn": Verdict.WARN, "refused": Verdict.REFUSE}

# Sizes readable from two metres on a 1280x800 laptop screen.
STYLE = """
#scanLabel { font-size: 18pt; }
#scanField { font-size: 24pt; padding: 4px 10px; min-height: 48px; border: 3px solid #9e9e9e;
              border-radius: 6px; background: #ffffff; color: #1a1a1a; }
#scanField:focus { border: 3px solid #1565c0; background: #f3f8ff; }
#verdictLabel { font-size: 22pt; font-weight: bold; }
#headLabel { font-size: 30pt; }
#flagsLabel { font-size: 22pt; font-weight: bold; }
#itemLabel { font-size: 22pt; }
#dueLabel { font-size: 30pt; font-weight: bold; }
#waitingTitle { font-size: 14pt; }
#waitingList { font-size: 17pt; color: #1a1a1a; background: #ffffff; border-radius: 6px; }
#waitingList::indicator { width: 24px; height: 24px; }
#sidePanel QLabel { font-size: 13pt; }
#shiftTitle { font-size: 15pt; font-weight: bold; }
#countsLabel { font-size: 18pt; font-weight: bold; }
#historyView { font-size: 12pt; }
#keysRow QPushButton, QPushButton[keyButton="true"] { font-size: 14pt; padding: 8px 10px; }
"""


BIG_PT, SMALLEST_BIG_PT = 120, 40


def fit_big(label: QLabel, text: str, room: int) -> None:
    """The household code (or a refusal's few words) as large as fits the card's width: from two
    metres, `3-2-501` must read at a glance; a long `12-3-1102` or words shrink to fit."""
    font = QFont(label.font())
    font.setBold(True)
    size = BIG_PT
    while size > SMALLEST_BIG_PT:
        font.setPointSize(size)
        if QFontMetrics(font).horizontalAdvance(text) <= room:
            break
        size -= 4
    if label.font().pointSize() != size or not label.font().bold():
        label.setFont(font)
    label.setText(text)


def fit_height(card: QWidget, big: QLabel, reserved: int = 0) -> None:
    """A long reason (English words, a long refusal) may need more height than the card has:
    the big line gives way, down to SMALLEST_BIG_PT, so nothing on the card is cut off.
    `reserved`: height a widget needs that the layout's size hint leaves out (one whose vertical
    policy is Ignored, such as the parcels' list)."""
    layout = card.layout()
    font = QFont(big.font())

    def needed() -> int:
        layout.invalidate()
        if layout.hasHeightForWidth():
            return layout.totalHeightForWidth(card.width()) + reserved
        return layout.totalMinimumSize().height() + reserved

    while font.pointSize() > SMALLEST_BIG_PT and needed() > card.height():
        font.setPointSize(max(SMALLEST_BIG_PT, font.pointSize() - 8))
        big.setFont(font)


def card_colours(verdict: str) -> tuple[str, str]:
    return COLOURS[_VERDICTS[verdict]]


IDLE_COLOURS = ("#eef1f4", "#1a1a1a")


def _verdict_rules() -> str:
    """The card's background by its `verdict` property (set_verdict), in the page's style sheet:
    switching colours re-polishes one widget instead of re-parsing a style sheet."""
    rules = [f'#card[verdict="idle"] {{ background-color: {IDLE_COLOURS[0]}; border-radius: 10px; }}']
    for verdict in _VERDICTS:
        rules.append(f'#card[verdict="{verdict}"] {{ background-color: {card_colours(verdict)[0]}; '
                     'border-radius: 10px; }')
    return "\n".join(rules)


STYLE += _verdict_rules()


def set_verdict(card: QWidget, verdict: str | None) -> None:
    """Colour the card: green ok, amber look at this, red refused, grey idle (None). The text
    colour goes to the card's labels through their palettes (no style sheet rule sets it)."""
    value = verdict or "idle"
    if card.property("verdict") == value:
        return
    card.setProperty("verdict", value)
    fg = IDLE_COLOURS[1] if verdict is None else card_colours(verdict)[1]
    colour = QColor(fg)
    for label in card.findChildren(QLabel):  # each its own: style-sheet polish stops propagation
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)
    style = card.style()
    style.unpolish(card)
    style.polish(card)
    card.update()


def looks_like_household(text: str) -> bool:
    """A room number typed into the scan field ('3-2-501', '501', '32501'), not a label."""
    if re.search(r"[栋幢楼单元室号]", text):
        return True
    digits = re.sub(r"\D", "", text)
    return bool(re.fullmatch(r"[0-9]+(-[0-9]+){0,2}", text)) and 0 < len(digits) <= 7


def show_if(widget: QWidget, visible: bool) -> None:
    """Show or hide only when it changes (showing a widget re-polishes it: ~0.4 ms each). An
    empty label still takes a line of its font's height: the flags and the amount due are hidden
    when there are none."""
    if widget.isVisibleTo(widget.parentWidget()) != visible:
        widget.setVisible(visible)


def owed_line(owed_cents: int) -> str:
    """A paid-on-behalf amount, said as it is booked: '代付 39.90 元 记账'."""
    return translate("CounterPage", "代付 {amount} 元 记账").format(amount=format_yuan(owed_cents))


def done_text(visit: Visit) -> str:
    """The card's line after a handover: how many, to whom, paid how, the receipt number."""
    paid = ""
    if visit.paid_cents:
        paid += translate("CounterPage", "，{mode} {amount} 元").format(
            mode=payment_label(visit.payment_mode), amount=format_yuan(visit.paid_cents))
    if visit.owed_cents:
        paid += "，" + owed_line(visit.owed_cents)
    return translate("CounterPage", "✓ 已发放 {n} 件：{who}{paid}。小票 {no}，请扫下一件。").format(
        n=len(visit.parcel_codes), who=collector_label(visit.collector.kind, visit.collector.name),
        paid=paid, no=visit.receipt_no)


def undone_text(household: str, item: str, code: str, reason: str) -> str:
    """The card's line after an undo (F5): what was undone, where the parcel is now."""
    return translate(
        "CounterPage", "↩ 已撤销发给 {household} 的“{item}”：包裹 {code} 回到待领取（原因：{reason}）。").format(
        household=household or "-", item=item, code=code, reason=reason)


def display_verdict(card: Card, due: int) -> str:
    """Red when refused; amber when anything needs a look (a warning, money to take); else green."""
    if card.refusal:
        return "refused"
    return "warn" if card.warnings or due else "ok"


def refusal_headline(reason: str) -> str:
    """A few large words for a refusal, readable from two metres (the sentence comes below)."""
    headlines = {
        "unknown": translate("CounterPage", "查无此包裹"),
        "misread": translate("CounterPage", "请重新扫描"),
        "other_point": translate("CounterPage", "非本点包裹"),
        "voided": translate("CounterPage", "包裹已作废"),
        "already_collected": translate("CounterPage", "已经领过了"),
        "entitlement_used": translate("CounterPage", "本批已领过"),
        "nothing_waiting": translate("CounterPage", "没有待领包裹"),
    }
    return headlines.get(reason, translate("CounterPage", "不能发放"))


def verdict_text(card: Card, due: int) -> str:
    if card.refusal:
        return translate("CounterPage", "✗ 不能发放")
    notes = [w.message for w in card.warnings if w.id != "payment_due"]
    if due:
        notes.append(translate("CounterPage", "有应收款：按回车后选择付款方式。"))
    if notes:
        return translate("CounterPage", "！请注意：{notes}").format(notes=" ".join(notes))
    return translate("CounterPage", "✓ 可以发放：核对后按回车")


def household_lines(card: Card) -> tuple[str, str, str]:
    """(big line, second line, flags line) for the card: the household code, its head and
    members; for a refusal, a few large words and then the reason in a sentence."""
    h, p = card.household, card.parcel
    if card.refusal:
        who = f"{h.code} {h.head}" if h else (p.recipient if p else "")
        return refusal_headline(card.refusal.id), card.refusal.message, who
    if h is None:
        if p is None:
            return card.code, "", ""
        return translate("CounterPage", "无对应住户"), translate("CounterPage", "收件人 {name}  {address}").format(
            name=p.recipient or "?", address=p.address), ""
    name = h.head or translate("CounterPage", "（未登记户主）")
    head = translate("CounterPage", "{head}　{members} 人").format(head=name, members=h.members)
    if h.proxies:
        names = "、".join(x.get("name", "") for x in h.proxies)
        head += "　" + translate("CounterPage", "代领人：{names}").format(names=names)
    flags = "　".join("⚑ " + flag_label(f) for f in h.flags)
    return h.code, head, flags


def item_line(p: ParcelView) -> str:
    item = p.item or translate("CounterPage", "（未写物品）")
    return translate("CounterPage", "{item}　·　{round}　·　{code}").format(
        item=item, round=p.round_name, code=p.shown)


def parcel_items(card: Card, scanned: bool = True) -> list[QListWidgetItem]:
    """The visit's parcels: the scanned one first (marked so when it was scanned, not found by
    F4), then the others waiting; checkable unless refused. Ctrl+N toggles item N."""
    items = []
    parcels = ([card.parcel] if card.parcel and not card.refusal else []) + card.waiting
    selected = set(card.default_selection())
    for n, p in enumerate(parcels, start=1):
        refusal = card.waiting_refusals.get(p.code)
        parts = [f"{n}", p.item or p.round_name, p.shown, status_label(p.status)]
        if p.due_cents:
            parts.append(translate("CounterPage", "应收 {amount}").format(amount=format_yuan(p.due_cents)))
        elif p.payment == "on_behalf" and p.amount_cents > 0:
            parts.append(owed_line(p.amount_cents))
        if p is card.parcel and scanned:
            parts.append(translate("CounterPage", "← 刚扫描"))
        if refusal:
            parts.append(translate("CounterPage", "不能发放：{reason}").format(reason=refusal.message))
        item = QListWidgetItem("　".join(parts))
        item.setData(Qt.ItemDataRole.UserRole, p.code)
        if refusal:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setForeground(Qt.GlobalColor.gray)
        else:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.code in selected else Qt.CheckState.Unchecked)
        items.append(item)
    return items
