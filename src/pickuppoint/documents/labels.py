"""Parcel labels (包裹标签) as a PDF: A4 sheets of 3 x 8 labels (70 x 37 mm, the common office
label sheet) and a 50 x 30 mm label roll (one label per page).

Each label: the household code large (`3-2-501`; a parcel not matched to a household shows its
recipient and address instead), the head of household with the name partly masked, the round,
the item, the amount and the payment status, and a Code128 barcode of what the parcel's label
says with it in text under it: our code (`P01-000042K`), or for a supplier's order the order
number, as on the supplier's own label (its parcel code, `<round id>.<order number>`, would make
the barcode twice as wide; a scan of the number is found among the point's rounds, and the desk
asks which when two rounds share it). Labels are sorted by building, unit and room (parcel.sort_key), the
unmatched last. Cancelled parcels get no label. Every font is the embedded CJK TrueType font.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.documents import fonts
from pickuppoint.documents.barcodes import draw_code128
from pickuppoint.domain.phone import mask_name
from pickuppoint.errors import UserError
from pickuppoint.files import write_file
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.parcels.records import payment_status_label
from pickuppoint.services.rounds import records as rounds

LAYOUT_NAMES = ("a4-3x8", "roll-50x30")

# Compressed streams stay binary: ASCII85 on top only makes the file a quarter larger and, in
# ReportLab's pure-Python encoder, costs a second per 5,000 labels.
rl_config.useA85 = 0


@dataclass(frozen=True)
class LabelRow:
    code: str  # what the barcode says: the parcel's label
    household_code: str | None
    head: str
    recipient: str
    address: str
    round_name: str
    item: str
    amount_cents: int
    payment: str
    building: str | None = None
    unit: str | None = None
    room: str | None = None


@dataclass(frozen=True)
class Layout:
    page: tuple[float, float]
    columns: int
    rows: int
    cell: tuple[float, float]  # width, height of one label
    origin: tuple[float, float]  # top-left corner of the first label, from the page's top-left
    pad: tuple[float, float]  # inside each label: left/right, top/bottom
    big: float  # font sizes (points)
    small: float
    code_text: float
    bar_height: float
    cut_lines: bool

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


LAYOUTS = {
    # A4 = 210 x 297 mm: 3 x 70 mm fill the width, 8 x 37 mm leave 0.5 mm top and bottom. Office
    # printers cannot print the outer 4-5 mm, so each label keeps 5 mm / 4 mm clear inside.
    "a4-3x8": Layout(A4, 3, 8, (70 * mm, 37 * mm), (0, 0.5 * mm), (5 * mm, 3.5 * mm),
                     big=20, small=7.5, code_text=8, bar_height=10 * mm, cut_lines=True),
    "roll-50x30": Layout((50 * mm, 30 * mm), 1, 1, (50 * mm, 30 * mm), (0, 0), (2.5 * mm, 1.8 * mm),
                         big=16, small=6.5, code_text=7, bar_height=8.5 * mm, cut_lines=False),
}

_ROWS = text(
    "SELECT p.code, p.label, p.household_code, p.recipient, p.address, p.items, p.amount_cents, p.payment, "
    "h.head, h.building, h.unit, h.room, r.name AS round_name, r.item AS round_item "
    "FROM parcel p JOIN round r ON r.id = p.round_id "
    "LEFT JOIN household h ON h.code = p.household_code "
    "WHERE p.round_id = :r AND p.status != 'cancelled' AND p.surplus = 0 "
    "ORDER BY p.sort_key, p.address, p.code")


def label_rows(session: Session, round_id: str) -> list[LabelRow]:
    """The labels of a round, in the order they are printed: the parcels on its lists (a surplus
    parcel came with its supplier's label and belongs to no household: no label of ours)."""
    return [LabelRow(code=r.label or r.code, household_code=r.household_code, head=r.head or "",
                     recipient=r.recipient, address=r.address, round_name=r.round_name,
                     item=r.items or r.round_item or "", amount_cents=r.amount_cents,
                     payment=r.payment, building=r.building, unit=r.unit, room=r.room)
            for r in session.execute(_ROWS, {"r": round_id})]


def label_counts(session: Session, round_id: str) -> tuple[int, int]:
    """(labels, building sign pages) of a round, without drawing anything."""
    row = session.execute(text(
        "SELECT count(*) AS n, count(DISTINCT CASE WHEN h.code IS NOT NULL THEN h.building END) AS b, "
        "sum(CASE WHEN h.code IS NULL THEN 1 ELSE 0 END) AS u FROM parcel p "
        "LEFT JOIN household h ON h.code = p.household_code "
        "WHERE p.round_id = :r AND p.status != 'cancelled' AND p.surplus = 0"), {"r": round_id}).one()
    return row.n, row.b + (1 if row.u else 0)


def page_count(labels: int, layout: str) -> int:
    spec = _layout(layout)
    return -(-labels // spec.per_page)


def _layout(name: str) -> Layout:
    if name not in LAYOUTS:
        raise UserError(translate("Labels", "标签版式“{layout}”无效：只能是 a4-3x8 或 roll-50x30。").format(
            layout=name))
    return LAYOUTS[name]


def fit(value: str, font: str, size: float, width: float, smallest: float) -> tuple[str, float]:
    """Shrink `value` down to `smallest` points to fit `width`; past that, cut it with an ellipsis."""
    w = stringWidth(value, font, size)
    if w <= width:
        return value, size
    size = max(smallest, size * width / w)
    while value and stringWidth(value, font, size) > width:
        value = value[:-2] + "…" if len(value) > 1 else ""
    return value, size


def bold_text(c: Canvas, x: float, y: float, value: str, font: str, size: float,
          anchor: str = "left", white: bool = False) -> None:
    """Text drawn bolder (fill + thin outline): the embedded face has no bold weight."""
    width = stringWidth(value, font, size)
    if anchor == "right":
        x -= width
    elif anchor == "centre":
        x -= width / 2
    c.saveState()
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setTextRenderMode(2)
    c.setLineWidth(size / 30)
    if white:
        c.setFillGray(1)
        c.setStrokeGray(1)
    t.textOut(value)
    c.drawText(t)
    c.restoreState()


def _payment_badge(c: Canvas, row: LabelRow, right: float, top: float, size: float, font: str) -> float:
    """The amount and payment status, boxed at the top right; unpaid ones inverted so the
    counter sees at a glance that money is due. Returns the badge's width."""
    status = payment_status_label(row.payment)
    label = (translate("Labels", "{amount}元 {status}").format(amount=format_yuan(row.amount_cents), status=status)
             if row.amount_cents else status)
    w = stringWidth(label, font, size) + size * 0.8
    h = size * 1.45
    x, y = right - w, top - h
    if row.payment == "unpaid":
        c.rect(x, y, w, h, stroke=0, fill=1)
        bold_text(c, x + w / 2, y + h * 0.28, label, font, size, anchor="centre", white=True)
    else:
        c.setLineWidth(0.6)
        c.rect(x, y, w, h, stroke=1, fill=0)
        bold_text(c, x + w / 2, y + h * 0.28, label, font, size, anchor="centre")
    return w


def draw_label(c: Canvas, row: LabelRow, x: float, y: float, spec: Layout) -> None:
    """One label in the cell whose bottom-left corner is (x, y)."""
    regular, bold = fonts.register()
    cw, ch = spec.cell
    px, py = spec.pad
    left, right = x + px, x + cw - px
    top, bottom = y + ch - py, y + py
    width = right - left
    small = spec.small

    badge = _payment_badge(c, row, right, top, small + 1, bold)
    head_room = width - badge - 2 * mm
    line = top - spec.big * 0.86
    if row.household_code:
        value, size = fit(row.household_code, bold, spec.big, head_room, spec.big * 0.6)
        bold_text(c, left, line, value, bold, size)
        who = translate("Labels", "户主 {name}").format(name=mask_name(row.head)) if row.head else ""
    else:
        value, size = fit(row.address or translate("Labels", "（无地址）"), bold, spec.big * 0.6,
                          head_room, small)
        bold_text(c, left, line + (spec.big - size) * 0.3, value, bold, size)
        who = translate("Labels", "收件人 {name}（未匹配住户）").format(name=mask_name(row.recipient))
    c.setFont(regular, small)
    y1 = line - small * 1.45
    who_w = stringWidth(who, regular, small)
    if who:
        c.drawString(left, y1, who)
    rnd, rsize = fit(row.round_name, regular, small, width - who_w - (2 * mm if who else 0), small * 0.8)
    c.setFont(regular, rsize)
    c.drawRightString(right, y1, rnd)
    y2 = y1 - small * 1.3
    item, isize = fit(row.item, regular, small, width, small * 0.8)
    c.setFont(regular, isize)
    c.drawString(left, y2, item)

    text_y = bottom + spec.code_text * 0.15
    bar_y = text_y + spec.code_text * 1.05
    bar_h = min(spec.bar_height, y2 - small * 0.5 - bar_y)
    draw_code128(c, row.code, x, bar_y, cw, bar_h)
    c.setFont(regular, spec.code_text)
    c.drawCentredString(x + cw / 2, text_y, row.code)


def _cut_lines(c: Canvas, spec: Layout) -> None:
    """Faint dotted lines between labels, for cutting plain paper (they fall on a label sheet's
    die cuts)."""
    c.saveState()
    c.setStrokeGray(0.8)
    c.setLineWidth(0.3)
    c.setDash(1, 3)
    ox, oy = spec.origin
    pw, ph = spec.page
    cw, chh = spec.cell
    top = ph - oy
    for i in range(1, spec.columns):
        c.line(ox + i * cw, top, ox + i * cw, top - spec.rows * chh)
    for j in range(1, spec.rows):
        c.line(ox, top - j * chh, ox + spec.columns * cw, top - j * chh)
    c.restoreState()


def render_labels(rows: Sequence[LabelRow], layout: str = "a4-3x8", title: str = "") -> bytes:
    """The labels as PDF bytes, in the order given."""
    spec = _layout(layout)
    regular, _bold_name = fonts.register()
    out = BytesIO()
    c = Canvas(out, pagesize=spec.page, pageCompression=1, initialFontName=regular)
    c.setTitle(title or translate("Labels", "包裹标签"))
    c.setCreator("pickuppoint")
    ox, oy = spec.origin
    cw, ch = spec.cell
    ph = spec.page[1]
    for start in range(0, len(rows), spec.per_page):
        if start:
            c.showPage()
        if spec.cut_lines:
            _cut_lines(c, spec)
        for k, row in enumerate(rows[start:start + spec.per_page]):
            col, line = k % spec.columns, k // spec.columns
            draw_label(c, row, ox + col * cw, ph - oy - (line + 1) * ch, spec)
    if not rows:
        c.showPage()
    c.save()
    return out.getvalue()


def round_labels(ctx, round_id: str, layout: str = "a4-3x8") -> tuple[bytes, int]:  # noqa: ANN001
    """The PDF of a round's labels and how many labels it holds (refuses a round without any)."""
    _layout(layout)
    with ctx.read() as s:
        rnd = rounds.get(s, round_id)
        rows = label_rows(s, rnd.id)
    if not rows:
        raise UserError(translate("Labels", "批次“{round}”还没有包裹，没有标签可打印。").format(round=rnd.name))
    title = translate("Labels", "{round} 包裹标签").format(round=rnd.name)
    return render_labels(rows, layout, title), len(rows)


def save_pdf(pdf: bytes, path: Path | str) -> None:
    """Write the whole file or nothing; a path that cannot be written is one sentence."""
    write_file(path, pdf)


def write_labels(ctx, round_id: str, path: Path | str, layout: str = "a4-3x8") -> int:  # noqa: ANN001
    """Write the round's labels to `path`; returns the number of labels."""
    pdf, n = round_labels(ctx, round_id, layout)
    save_pdf(pdf, path)
    return n
