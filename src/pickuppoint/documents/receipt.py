"""The handover receipt (领取小票) as a PDF: 58 mm and 80 mm thermal rolls (narrow, as long as the
content) and A5. Receipt number, point, time, household, parcels, payment, collector, operator,
a signature line. Chinese through the embedded CJK TrueType font of documents/fonts.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pickuppoint.documents import fonts
from pickuppoint.files import write_file
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.counter.payments import payment_label
from pickuppoint.services.counter.receipts import ReceiptData

LAYOUT_NAMES = ("58mm", "80mm", "a5")


@dataclass(frozen=True)
class Layout:
    width: float
    margin: float
    body: float  # font sizes in points
    title: float
    big: float
    fixed_height: float | None = None  # None: a roll, as long as the content


LAYOUTS = {
    "58mm": Layout(58 * mm, 4 * mm, 8.5, 12, 18),
    "80mm": Layout(80 * mm, 5 * mm, 10, 14, 24),
    "a5": Layout(A5[0], 15 * mm, 12, 18, 30, A5[1]),
}


_NO_LINE_START = set("）)，,。.、；;：:！!？?》」』】")
_UNBROKEN = re.compile(r"[A-Za-z0-9*#.\-+]+|\s+|.", re.S)  # a phone, a code, a word: one piece


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break text to fit `width`: between any two Chinese characters (no spaces there), but never
    inside a run of letters, digits and * (a masked phone, a parcel code) unless it alone is too
    long for a line."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _wrap_line(paragraph, font, size, width)
    return lines


def _wrap_line(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    pieces: list[str] = []  # the pieces of the line being filled
    for piece in _UNBROKEN.findall(text):
        line = "".join(pieces)
        if pieces and stringWidth(line + piece, font, size) > width:
            carried = []
            if piece[0] in _NO_LINE_START and len(pieces) > 1:  # '）' never starts a line
                carried = [pieces.pop()]
            lines.append("".join(pieces).rstrip())
            pieces = [*carried, piece.lstrip()]
        else:
            pieces.append(piece)
        line = "".join(pieces)
        while stringWidth(line, font, size) > width and len(line) > 1:  # too long even alone
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
            pieces = [line]
    lines.append("".join(pieces))
    return lines


class _Ops:
    """Collects what to draw, top to bottom, so a roll can be cut to the content's length."""

    def __init__(self, layout: Layout, font: str, bold: str):
        self.l, self.font, self.bold = layout, font, bold
        self.inner = layout.width - 2 * layout.margin
        self.ops: list[tuple[str, float, tuple]] = []
        self.height = 0.0

    def text(self, text: str, size: float | None = None, bold: bool = False, align: str = "left") -> None:
        size = size or self.l.body
        font = self.bold if bold else self.font
        for line in _wrap(text, font, size, self.inner):
            self.ops.append(("text", size * 1.35, (line, font, size, align)))
            self.height += size * 1.35

    def pair(self, left: str, right: str, size: float | None = None, bold: bool = False) -> None:
        size = size or self.l.body
        font = self.bold if bold else self.font
        room = self.inner - stringWidth(right, font, size) - size
        lines = _wrap(left, font, size, room)
        self.ops.append(("pair", size * 1.35, (lines[0], right, font, size)))
        self.height += size * 1.35
        for extra in lines[1:]:
            self.ops.append(("text", size * 1.35, (extra, font, size, "left")))
            self.height += size * 1.35

    def rule(self, dashed: bool = True) -> None:
        self.ops.append(("rule", self.l.body * 0.9, (dashed,)))
        self.height += self.l.body * 0.9

    def space(self, points: float) -> None:
        self.ops.append(("space", points, ()))
        self.height += points

    def _font(self, c: Canvas, font: str, size: float) -> int:
        """Set the font; the bold face is the regular one filled and stroked (render mode 2),
        which thermal printers print clearly darker. Returns the text render mode."""
        c.setFont(font, size)
        if font == self.bold:
            c.setLineWidth(size * 0.04)
            return 2
        return 0

    def draw(self, c: Canvas, top: float) -> None:
        x0, x1 = self.l.margin, self.l.width - self.l.margin
        y = top
        for kind, h, args in self.ops:
            if self.l.fixed_height and y - h < self.l.margin:  # a long visit on A5: next page
                c.showPage()
                y = top
            if kind == "text":
                line, font, size, align = args
                mode = self._font(c, font, size)
                base = y - size
                if align == "center":
                    c.drawCentredString((x0 + x1) / 2, base, line, mode=mode)
                elif align == "right":
                    c.drawRightString(x1, base, line, mode=mode)
                else:
                    c.drawString(x0, base, line, mode=mode)
            elif kind == "pair":
                left, right, font, size = args
                mode = self._font(c, font, size)
                c.drawString(x0, y - size, left, mode=mode)
                c.drawRightString(x1, y - size, right, mode=mode)
            elif kind == "rule":
                c.setLineWidth(0.6)
                c.setDash(2, 2) if args[0] else c.setDash()
                c.line(x0, y - h / 2, x1, y - h / 2)
                c.setDash()
            y -= h


def _content(data: ReceiptData, ops: _Ops, layout: Layout) -> None:
    if data.voided:
        ops.text(translate("Receipt", "【已撤销】"), layout.title, bold=True, align="center")
    ops.text(translate("Receipt", "物资领取小票"), layout.title, bold=True, align="center")
    ops.text(f"{data.point}（{data.site_id}）", align="center")
    ops.space(layout.body * 0.4)
    ops.pair(translate("Receipt", "小票号"), data.receipt_no)
    ops.pair(translate("Receipt", "时间"), data.time)
    ops.rule()
    ops.text(data.household_code or translate("Receipt", "（无对应住户）"), layout.big, bold=True, align="center")
    if data.head:
        ops.text(translate("Receipt", "户主：{head}").format(head=data.head), align="center")
    ops.rule()
    ops.pair(translate("Receipt", "包裹"), translate("Receipt", "金额"), bold=True)
    for line in data.lines:
        amount = format_yuan(line.amount_cents) if line.amount_cents else "—"
        if line.amount_cents:
            amount = f"{amount} {payment_label(line.payment)}"
        if line.voided:
            amount = translate("Receipt", "已撤销")
        ops.pair(line.item or line.round_name or line.parcel_code, amount)
        ops.text(f"  {line.parcel_code}  {line.round_name}", layout.body * 0.85)
    ops.rule()
    ops.pair(translate("Receipt", "件数"), str(sum(1 for line in data.lines if not line.voided)))
    totals = data.totals_by_mode()
    if totals:
        for mode, cents in sorted(totals.items()):
            ops.pair(payment_label(mode), translate("Receipt", "{amount} 元").format(amount=format_yuan(cents)))
    else:
        ops.pair(translate("Receipt", "收款"), translate("Receipt", "无需付款"))
    if data.waive_reason:
        ops.text(translate("Receipt", "免收原因：{reason}").format(reason=data.waive_reason))
    ops.rule()
    collector = data.collector + (f"  {data.collector_phone}" if data.collector_phone else "")
    ops.text(translate("Receipt", "领取人：{who}").format(who=collector))
    ops.text(translate("Receipt", "操作人：{operator}").format(operator=data.operator))
    ops.space(layout.body * 2.2)
    ops.text(translate("Receipt", "领取人签名：＿＿＿＿＿＿＿＿＿＿"))
    ops.space(layout.body * 0.8)
    ops.text(translate("Receipt", "请当面核对物品，妥善保管小票。"), layout.body * 0.85, align="center")


def render_receipt(data: ReceiptData, layout: str = "80mm") -> bytes:
    """The receipt as PDF bytes."""
    if layout not in LAYOUTS:
        raise ValueError(layout)
    spec = LAYOUTS[layout]
    font, bold = fonts.register()
    ops = _Ops(spec, font, bold)
    _content(data, ops, spec)
    top_margin = spec.margin if spec.fixed_height else 4 * mm
    height = spec.fixed_height or ops.height + top_margin + 8 * mm
    buffer = BytesIO()
    # the embedded font from the start: no reference to an unembedded Helvetica in the file
    c = Canvas(buffer, pagesize=(spec.width, height), pageCompression=1, initialFontName=font,
               initialFontSize=spec.body)
    c.setTitle(translate("Receipt", "物资领取小票 {no}").format(no=data.receipt_no))
    c.setAuthor(data.point)
    ops.draw(c, height - top_margin)
    c.showPage()
    c.save()
    return buffer.getvalue()


def write_receipt(data: ReceiptData, path: Path, layout: str = "80mm") -> Path:
    write_file(path, render_receipt(data, layout))
    return path
