"""The goods-received sheet (到货签收单): what the supplier's truck brought for a round, signed by
the driver and by the point. A4: round, supplier, date and time, point; the counts expected /
received / missing / surplus / damaged and by building; then the lists (missing by building,
unit and room with the recipient's name masked, surplus with notes, damaged with notes);
signature lines; page numbers ("第 1 页 / 共 3 页") on every page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path

from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pickuppoint.documents import fonts
from pickuppoint.domain.phone import mask_name
from pickuppoint.files import write_file
from pickuppoint.i18n import translate
from pickuppoint.services.receiving import progress as rp
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds.records import RoundData

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
BODY = 10
ROW = 15  # points per table row
_GREY = HexColor("#e8e8e8")
_DARK = HexColor("#444444")


@dataclass
class SheetData:
    round: RoundData
    point: str
    site_id: str
    printed_at: str
    progress: rp.RoundProgress
    missing: list[rp.ListedParcel]
    surplus: list[rp.ListedParcel]
    damaged: list[rp.ListedParcel]


def gather(ctx, round_id: str) -> SheetData:  # noqa: ANN001 - Context
    site = ctx.site
    with ctx.read() as s:
        rnd = rounds.get(s, round_id)
        return SheetData(rnd, site.name, site.site_id, datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"),
                         rp.progress(s, rnd.id), rp.missing(s, rnd.id), rp.surplus_parcels(s, rnd.id),
                         rp.damaged_parcels(s, rnd.id))


class _NumberedCanvas(Canvas):
    """Keeps every page until the end so each can say how many pages there are."""

    def __init__(self, *args, **kwargs):  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        font, _bold = fonts.register()
        self.setFont(font, 8.5)
        self.setFillColor(_DARK)
        self.drawRightString(PAGE_W - MARGIN, 9 * mm, translate("GoodsReceived", "第 {page} 页 / 共 {total} 页").format(
            page=self._pageNumber, total=total))
        self.drawString(MARGIN, 9 * mm, self._title_line)


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _Sheet:
    def __init__(self, c: _NumberedCanvas, data: SheetData):
        self.c, self.d = c, data
        self.font, self.bold = fonts.register()
        self.y = PAGE_H - MARGIN
        self.inner = PAGE_W - 2 * MARGIN

    # --- primitives ---

    def text(self, x: float, y: float, s: str, size: float = BODY, bold: bool = False) -> None:
        c = self.c
        c.setFont(self.bold if bold else self.font, size)
        if bold:  # the font has one weight: stroke the outline as well
            t = c.beginText(x, y)
            t.setFont(self.bold, size)
            t.setTextRenderMode(2)
            c.setLineWidth(size * 0.03)
            t.textOut(s)
            t.setTextRenderMode(0)  # the mode is part of the graphics state: put it back
            c.drawText(t)
        else:
            c.drawString(x, y, s)

    def need(self, height: float) -> None:
        """Start a new page unless `height` points still fit above the footer."""
        if self.y - height < MARGIN + 8 * mm:
            self.c.showPage()
            self.y = PAGE_H - MARGIN
            self.c.setFillColor(_DARK)
            self.c.setFont(self.font, 8.5)
            self.c.drawString(MARGIN, self.y - 8.5, self.c._title_line)
            self.c.setFillColor(black)
            self.y -= 8.5 + 4 * mm

    def heading(self, s: str) -> None:
        self.need(13 + 3 * mm + 2 * ROW)
        self.y -= 3 * mm
        self.text(MARGIN, self.y - 13, s, 13, bold=True)
        self.y -= 13 + 2 * mm

    def table(self, columns: list[tuple[str, float]], rows: list[list[str]], empty: str) -> None:
        """A table with a grey header row, repeated on every page it runs onto."""
        widths = [w * self.inner for _t, w in columns]

        def header() -> None:
            self.c.setFillColor(_GREY)
            self.c.rect(MARGIN, self.y - ROW, self.inner, ROW, stroke=0, fill=1)
            self.c.setFillColor(black)
            x = MARGIN
            for (title, _w), width in zip(columns, widths, strict=True):
                self.text(x + 3, self.y - ROW + 4, _fit(title, self.font, BODY, width - 6), BODY, bold=True)
                x += width
            self.y -= ROW

        self.need(2 * ROW)
        header()
        if not rows:
            self.text(MARGIN + 3, self.y - ROW + 4, empty)
            self.y -= ROW
            return
        for row in rows:
            if self.y - ROW < MARGIN + 8 * mm:
                self.need(2 * ROW)
                header()
            x = MARGIN
            for value, width in zip(row, widths, strict=True):
                self.text(x + 3, self.y - ROW + 4, _fit(value, self.font, BODY, width - 6))
                x += width
            self.c.setStrokeColor(_GREY)  # a new page starts with a fresh graphics state
            self.c.setLineWidth(0.5)
            self.c.line(MARGIN, self.y - ROW, MARGIN + self.inner, self.y - ROW)
            self.y -= ROW
        self.c.setStrokeColor(black)

    # --- the sheet ---

    def draw(self) -> None:
        d, t = self.d, self.d.progress.total
        self.text(MARGIN, self.y - 20, translate("GoodsReceived", "到货签收单"), 20, bold=True)
        self.c.setFont(self.font, BODY)
        self.c.drawRightString(PAGE_W - MARGIN, self.y - 18, translate("GoodsReceived", "{point}（{site}）").format(
            point=d.point, site=d.site_id))
        self.y -= 20 + 5 * mm
        info = [
            (translate("GoodsReceived", "批次"), d.round.name),
            (translate("GoodsReceived", "供货方"), d.round.supplier or "—"),
            (translate("GoodsReceived", "物品"), d.round.item or "—"),
            (translate("GoodsReceived", "配送日期"), d.round.date),
            (translate("GoodsReceived", "接驳点"), d.point),
            (translate("GoodsReceived", "打印时间"), d.printed_at),
        ]
        half = self.inner / 2
        for i, (label, value) in enumerate(info):
            x = MARGIN + (i % 2) * half
            if i % 2 == 0 and i:
                self.y -= BODY * 1.8
            self.text(x, self.y - BODY, _colon(label), BODY, bold=True)
            self.text(x + 20 * mm, self.y - BODY, _fit(value, self.font, BODY, half - 22 * mm))
        self.y -= BODY * 1.8 + 3 * mm
        self._counts(t)
        if len(d.progress.by_building) > 1:
            self.heading(translate("GoodsReceived", "按楼栋"))
            self.table(
                [(translate("GoodsReceived", "楼栋"), 0.28), (translate("GoodsReceived", "应到"), 0.18),
                 (translate("GoodsReceived", "实到"), 0.18), (translate("GoodsReceived", "缺少"), 0.18),
                 (translate("GoodsReceived", "破损"), 0.18)],
                [[_building(p.building), str(p.expected), str(p.received), str(p.missing), str(p.damaged)]
                 for p in d.progress.by_building if p.expected],
                "")
        self.heading(translate("GoodsReceived", "缺少的包裹（{n} 件）").format(n=len(d.missing)))
        self.table(
            [(translate("GoodsReceived", "楼栋"), 0.1), (translate("GoodsReceived", "单元"), 0.08),
             (translate("GoodsReceived", "房号"), 0.1), (translate("GoodsReceived", "收件人"), 0.14),
             (translate("GoodsReceived", "包裹编号"), 0.3), (translate("GoodsReceived", "物品"), 0.28)],
            [[_building(p.building), _unit(p), p.room or "—", mask_name(p.recipient), p.shown, p.items]
             for p in d.missing],
            translate("GoodsReceived", "没有缺少的包裹。"))
        self.heading(translate("GoodsReceived", "多出的包裹（{n} 件）").format(n=len(d.surplus)))
        self.table(
            [(translate("GoodsReceived", "包裹编号"), 0.4), (translate("GoodsReceived", "备注"), 0.6)],
            [[p.shown, p.note] for p in d.surplus], translate("GoodsReceived", "没有多出的包裹。"))
        self.heading(translate("GoodsReceived", "破损的包裹（{n} 件）").format(n=len(d.damaged)))
        self.table(
            [(translate("GoodsReceived", "住户"), 0.18), (translate("GoodsReceived", "包裹编号"), 0.3),
             (translate("GoodsReceived", "备注"), 0.52)],
            [[p.household_code or "—", p.shown, p.note] for p in d.damaged],
            translate("GoodsReceived", "没有破损的包裹。"))
        self._signatures()

    def _counts(self, t: rp.Progress) -> None:
        boxes = [(translate("GoodsReceived", "应到"), t.expected), (translate("GoodsReceived", "实到"), t.received),
                 (translate("GoodsReceived", "缺少"), t.missing), (translate("GoodsReceived", "多出"), t.surplus),
                 (translate("GoodsReceived", "破损"), t.damaged)]
        gap = 3 * mm
        w = (self.inner - gap * (len(boxes) - 1)) / len(boxes)
        h = 20 * mm
        for i, (label, n) in enumerate(boxes):
            x = MARGIN + i * (w + gap)
            self.c.setStrokeColor(black)
            self.c.setLineWidth(0.8)
            self.c.rect(x, self.y - h, w, h)
            self.c.setFillColor(black)
            self.c.setFont(self.font, BODY)
            self.c.drawCentredString(x + w / 2, self.y - 5.5 * mm, label)
            self.c.setFont(self.bold, 22)
            self.c.drawCentredString(x + w / 2, self.y - h + 4 * mm, str(n))
        self.c.setFillColor(black)
        self.y -= h + 2 * mm

    def _signatures(self) -> None:
        self.need(48 * mm)
        self.y -= 10 * mm
        self.text(MARGIN, self.y - BODY, translate(
            "GoodsReceived", "以上数量经双方当面清点无误。缺少、多出和破损的包裹已逐件列出。"), BODY)
        self.y -= BODY + 14 * mm
        half = self.inner / 2
        for i, label in enumerate((translate("GoodsReceived", "送货人签字"),
                                   translate("GoodsReceived", "接驳点签收人签字"))):
            x = MARGIN + i * half
            self.text(x, self.y, _colon(label), 11, bold=True)
            lx = x + stringWidth(_colon(label), self.font, 11) + 2
            self.c.setLineWidth(0.8)
            self.c.line(lx, self.y - 2, x + half - 8 * mm, self.y - 2)
            self.text(x, self.y - 12 * mm, translate("GoodsReceived", "日期："), 11)
            dx = x + stringWidth(translate("GoodsReceived", "日期："), self.font, 11) + 2
            self.c.line(dx, self.y - 12 * mm - 2, x + half - 8 * mm, self.y - 12 * mm - 2)
        self.y -= 16 * mm


def _colon(label: str) -> str:
    return translate("GoodsReceived", "{label}：").format(label=label)


def _building(b: str) -> str:
    return b or translate("GoodsReceived", "未匹配住户")


def _unit(p: rp.ListedParcel) -> str:
    return "—" if not p.unit or p.unit == "0" else p.unit


def render_goods_received(data: SheetData) -> tuple[bytes, int]:
    """The sheet as PDF bytes, and its number of pages."""
    regular, _bold = fonts.register()
    buffer = BytesIO()
    c = _NumberedCanvas(buffer, pagesize=A4, pageCompression=1, initialFontName=regular)
    c._title_line = translate("GoodsReceived", "到货签收单 · {round} · {point}").format(
        round=data.round.name, point=data.point)
    c.setTitle(translate("GoodsReceived", "到货签收单 {round}").format(round=data.round.name))
    c.setAuthor(data.point)
    _Sheet(c, data).draw()
    c.showPage()
    pages = len(c._pages)
    c.save()
    return buffer.getvalue(), pages


def goods_received_pdf(ctx, round_id: str) -> bytes:  # noqa: ANN001 - Context
    return render_goods_received(gather(ctx, round_id))[0]


def write_goods_received(ctx, round_id: str, path: Path) -> int:  # noqa: ANN001 - Context
    """Write the sheet to `path`; returns the number of pages."""
    pdf, pages = render_goods_received(gather(ctx, round_id))
    write_file(path, pdf)
    return pages
