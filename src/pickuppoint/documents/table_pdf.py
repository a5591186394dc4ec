"""A4 lists drawn straight on a ReportLab canvas: a header block repeated on every page (title,
point, the list's particulars), the column titles repeated on every page, rows whose long cells
wrap onto more lines (CJK text breaks between any two characters), group headings kept with the
row after them, total rows, and "第 x 页 / 共 y 页" on every page.

The rows are laid out on pages first (heights only), then drawn: the page count is known before
the first page is drawn, and `render(..., first_pages=1)` draws only the first page of a long
list (the preview) at the cost of laying out the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from io import BytesIO

from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from pickuppoint.documents import fonts
from pickuppoint.i18n import translate

PAGE_W, PAGE_H = A4
MARGIN = 12 * mm
INNER = PAGE_W - 2 * MARGIN
SIZE = 9  # body text, points
LEADING = 11.5
PAD = 3  # above and below a cell's lines
FOOTER = 10 * mm
_GREY = HexColor("#e6e6e6")
_LIGHT = HexColor("#f3f3f3")
_RULE = HexColor("#bdbdbd")
_DARK = HexColor("#444444")
_POINT = HexColor("#c5d3dc")
HEADINGS = ("point", "group", "sub")


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # share of the page's width; the shares add up to 1
    align: str = "left"  # or "right" (numbers)
    box: bool = False  # rows get a tick box here; a cell reading "1" has it ticked


@dataclass
class Line:
    kind: str  # "row", "point" (a coordinator's list: a pickup point), "group" (a building), "sub" (a unit), "total"
    cells: Sequence[str]  # one per column; a group / sub line: one text across the page
    height: float = 0.0
    wrapped: list[list[str]] = field(default_factory=list)


@dataclass
class Sheet:
    title: str  # '未领取名单'
    point: str  # top right: '白竹亭接驳点（P01）'
    particulars: list[tuple[str, str]]  # ('批次', '第1批蔬菜包'), ('打印时间', ...)
    footer: str  # bottom left, every page
    columns: list[Column]
    lines: list[Line]
    empty: str = ""  # said under the column titles when there are no lines
    min_row: float = 0.0  # a row's least height in points (room to sign)


_NO_LINE_START = "）)】」』、，。,.;；：:！!？?"
_NO_LINE_END = "（(【「『"


class _Width:
    """String widths of the one embedded font, per character, cached (stringWidth re-measures
    every string; list cells repeat the same few hundred characters)."""

    def __init__(self, font: str, size: float):
        self.face = getFont(font)
        self.size = size
        self.cache: dict[str, float] = {}
        self.wrapped: dict[tuple[str, float], list[str]] = {}
        self.strings: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        known = self.strings.get(text)
        if known is not None:
            return known
        cache = self.cache
        total = 0.0
        for ch in text:
            w = cache.get(ch)
            if w is None:
                w = cache[ch] = self.face.stringWidth(ch, self.size)
            total += w
        if len(text) < 12:  # numbers, flags, short names repeat from row to row
            self.strings[text] = total
        return total

    def wrap(self, text: str, width: float) -> list[str]:
        """`text` in lines no wider than `width`: breaks after '、', '，', a space or, in a run
        of CJK or a long word, between any two characters. An explicit newline breaks too."""
        if len(text) * self.size <= width and "\n" not in text:  # no glyph is wider than 1 em
            return [text]
        key = (text, width)
        done = self.wrapped.get(key)
        if done is None:  # flags and items repeat from row to row: wrap each text once
            done = self.wrapped[key] = self._wrap(text, width)
        return done

    def _wrap(self, text: str, width: float) -> list[str]:
        out: list[str] = []
        for para in text.split("\n"):
            if self(para) <= width:
                out.append(para)
                continue
            line, w, last_break = "", 0.0, -1
            for ch in para:
                cw = self(ch)
                if w + cw > width and line:
                    if 0 <= last_break < len(line) - 1 and ch not in _NO_LINE_START:
                        out.append(line[:last_break + 1].rstrip())
                        line = line[last_break + 1:].lstrip()
                    else:  # between two characters: no closing bracket first, no opening one last
                        k = len(line) - 1 if ch in _NO_LINE_START else len(line)
                        while k > 1 and line[k - 1] in _NO_LINE_END:
                            k -= 1
                        k = max(k, 1)
                        out.append(line[:k].rstrip())
                        line = line[k:]
                    w, last_break = self(line), -1
                    if not line and ch == " ":
                        continue
                line += ch
                w += cw
                if ch in "、，,;； /　":
                    last_break = len(line) - 1
            out.append(line)
        return out


class _Layout:
    def __init__(self, sheet: Sheet, font: str):
        self.sheet = sheet
        self.font = font
        self.measure = _Width(font, SIZE)
        self.widths = [c.width * INNER for c in sheet.columns]
        self.fits = [int((w - 2 * PAD) // SIZE) for w in self.widths]  # characters that surely fit (1 em each)
        self.header_h = self._header_height()
        self.titles = [self.measure.wrap(c.title, w - 2 * PAD) for c, w in zip(sheet.columns, self.widths,
                                                                                    strict=True)]
        self.titles_h = max(len(t) for t in self.titles) * LEADING + 2 * PAD

    def _header_height(self) -> float:
        self.particular_lines = self._particulars()
        return 18 + 4 * mm + len(self.particular_lines) * (SIZE + 4) + 2 * mm

    def _particulars(self) -> list[str]:
        text = "　".join(translate("Documents", "{label}：{value}").format(label=k, value=v)
                        for k, v in self.sheet.particulars)
        return self.measure.wrap(text, INNER)

    def measure_line(self, line: Line) -> None:
        if line.kind in HEADINGS:
            line.wrapped = [self.measure.wrap(line.cells[0], INNER - 2 * PAD)]
            extra = {"point": 8, "group": 2}.get(line.kind, 0)
            line.height = len(line.wrapped[0]) * (LEADING + (3 if line.kind == "point" else 0)) + 2 * PAD + extra
            return
        wrap, fits = self.measure.wrap, self.fits
        wrapped = line.wrapped = [
            [cell] if len(cell) <= n and "\n" not in cell else wrap(cell, w - 2 * PAD)
            for cell, w, n in zip(line.cells, self.widths, fits, strict=True)]
        line.height = max(map(len, wrapped)) * LEADING + 2 * PAD
        if line.kind == "row" and line.height < self.sheet.min_row:
            line.height = self.sheet.min_row

    def paginate(self) -> list[list[Line]]:
        top = PAGE_H - MARGIN - self.header_h - self.titles_h
        bottom = MARGIN + FOOTER
        pages: list[list[Line]] = [[]]
        y = top
        lines = self.sheet.lines
        for line in lines:
            self.measure_line(line)
        point = group = sub = ""
        for i, line in enumerate(lines):
            if line.kind == "point":  # its continuation says the point's short name (cells[1]) when given
                point, group, sub = line.cells[-1], "", ""
            elif line.kind == "group":
                group, sub = line.cells[0], ""
            elif line.kind == "sub":
                sub = line.cells[0]
            need = line.height
            if line.kind in HEADINGS:  # a heading keeps the row after it on its page
                k = i + 1
                while k < len(lines) and lines[k].kind in HEADINGS:
                    need += lines[k].height
                    k += 1
                if k < len(lines):
                    need += lines[k].height
            if y - need < bottom and pages[-1]:
                pages.append([])
                y = top
                if line.kind in ("row", "total") and (group or point):  # say whose rows continue here
                    more = Line("sub", [(point + " " if point else "") + translate(
                        "Documents", "{group} {sub}（续）").format(group=group, sub=sub).replace("  ", " ").strip()])
                    self.measure_line(more)
                    pages[-1].append(more)
                    y -= more.height
            pages[-1].append(line)
            y -= line.height
        return pages


class _Painter:
    def __init__(self, c: Canvas, layout: _Layout, total_pages: int):
        self.c, self.lay, self.total = c, layout, total_pages
        self.font = layout.font
        self.ascent = SIZE * 0.8

    def bold(self, x: float, y: float, s: str, size: float) -> None:
        t = self.c.beginText(x, y)
        t.setFont(self.font, size)
        t.setTextRenderMode(2)  # the font has one weight: stroke the outline as well
        self.c.setStrokeColor(black)
        self.c.setLineWidth(size * 0.03)
        t.textOut(s)
        t.setTextRenderMode(0)
        self.c.drawText(t)

    def page(self, number: int, lines: list[Line]) -> None:
        c, lay, sheet = self.c, self.lay, self.lay.sheet
        y = PAGE_H - MARGIN
        c.setFillColor(black)
        self.bold(MARGIN, y - 16, sheet.title, 16)
        c.setFont(self.font, 10)
        c.drawRightString(PAGE_W - MARGIN, y - 15, sheet.point)
        y -= 18 + 4 * mm
        c.setFont(self.font, SIZE)
        for text in lay.particular_lines:
            c.drawString(MARGIN, y - SIZE, text)
            y -= SIZE + 4
        y -= 2 * mm
        y = self.titles(y)
        if not lines and sheet.empty:
            c.setFont(self.font, SIZE)
            c.drawString(MARGIN + PAD, y - PAD - self.ascent, sheet.empty)
        # the page's plain text in one text object (a drawString each would begin and end one per cell)
        self.text = c.beginText(0, 0)
        self.text.setFont(self.font, SIZE)
        self.at = (0.0, 0.0)
        for line in lines:
            y = self.line(line, y)
        c.setFillColor(black)
        c.drawText(self.text)
        c.setFont(self.font, 8)
        c.setFillColor(_DARK)
        c.drawString(MARGIN, MARGIN, sheet.footer)
        c.drawRightString(PAGE_W - MARGIN, MARGIN, translate("Documents", "第 {page} 页 / 共 {total} 页").format(
            page=number, total=self.total))
        c.setFillColor(black)

    def put(self, x: float, y: float, text: str) -> None:
        """Text at (x, y) in the page's text object: a relative move (two numbers, `Td`) from
        the last text instead of a new text matrix (six) each time."""
        t, (ax, ay) = self.text, self.at
        t.moveCursor(x - ax, ay - y)
        t.textOut(text)
        self.at = (x, y)

    def tick_box(self, x: float, y: float, ticked: bool) -> None:
        c = self.c
        c.setStrokeColor(black)
        c.setLineWidth(0.8)
        c.rect(x, y, 11, 11, stroke=1, fill=0)
        if ticked:
            c.setLineWidth(1.4)
            c.line(x + 2, y + 5.5, x + 4.5, y + 2.5)
            c.line(x + 4.5, y + 2.5, x + 9.5, y + 9.5)

    def titles(self, y: float) -> float:
        c, lay = self.c, self.lay
        c.setFillColor(_GREY)
        c.rect(MARGIN, y - lay.titles_h, INNER, lay.titles_h, stroke=0, fill=1)
        c.setFillColor(black)
        x = MARGIN
        for col, width, lines in zip(lay.sheet.columns, lay.widths, lay.titles, strict=True):
            ty = y - PAD - self.ascent
            for text in lines:
                if col.align == "right":
                    tw = lay.measure(text)
                    self.bold(x + width - PAD - tw, ty, text, SIZE)
                else:
                    self.bold(x + PAD, ty, text, SIZE)
                ty -= LEADING
            x += width
        return y - lay.titles_h

    def line(self, line: Line, y: float) -> float:
        c, lay = self.c, self.lay
        h = line.height
        if line.kind in HEADINGS:
            c.setFillColor({"sub": _LIGHT, "group": _GREY, "point": _POINT}[line.kind])
            c.rect(MARGIN, y - h, INNER, h, stroke=0, fill=1)
            c.setFillColor(black)
            ty = y - PAD - self.ascent - {"point": 5, "group": 1}.get(line.kind, 0)
            for text in line.wrapped[0]:
                if line.kind == "point":
                    self.bold(MARGIN + PAD, ty, text, SIZE + 3)
                    ty -= 3
                elif line.kind == "group":
                    self.bold(MARGIN + PAD, ty, text, SIZE + 1)
                else:
                    self.put(MARGIN + PAD + 6, ty, text)
                ty -= LEADING
            return y - h
        x = MARGIN
        measure = lay.measure
        for col, width, lines in zip(lay.sheet.columns, lay.widths, line.wrapped, strict=True):
            ty = y - PAD - self.ascent
            right = col.align == "right"
            if col.box and line.kind == "row":
                self.tick_box(x + PAD + 1, y - PAD - 11, lines == ["1"])
                x += width
                continue
            for text in lines:
                if text:
                    tx = x + width - PAD - measure(text) if right else x + PAD
                    if line.kind == "total":
                        self.bold(tx, ty, text, SIZE)
                    else:
                        self.put(tx, ty, text)
                ty -= LEADING
            x += width
        c.setStrokeColor(black if line.kind == "total" else _RULE)
        c.setLineWidth(0.8 if line.kind == "total" else 0.4)
        if line.kind == "total":
            c.line(MARGIN, y, MARGIN + INNER, y)
        c.line(MARGIN, y - h, MARGIN + INNER, y - h)
        return y - h


def render(sheet: Sheet, first_pages: int | None = None,
           cancelled: Callable[[], bool] | None = None) -> tuple[bytes, int]:
    """The sheet as PDF bytes and its number of pages. `first_pages`: draw only that many (a
    preview; the page numbers still say how many the whole list has)."""
    font, _bold = fonts.register()
    layout = _Layout(sheet, font)
    pages = layout.paginate()
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=font)
    c.setTitle(sheet.title)
    c.setAuthor(sheet.point)
    painter = _Painter(c, layout, len(pages))
    for number, lines in enumerate(pages[:first_pages] if first_pages else pages, start=1):
        if cancelled is not None and cancelled():
            break
        painter.page(number, lines)
        c.showPage()
    c.save()
    return buffer.getvalue(), len(pages)
