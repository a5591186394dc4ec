"""Building signs (楼栋分拣牌) for the storage area: one A4 page per building with the building
number huge, the round, how many parcels the building has, and its rooms in a compact grid by
unit (a room with several parcels shows `×2`), so volunteers sort parcels into piles by
building and check each pile. Parcels not matched to a household get a last page of their own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pickuppoint.documents import fonts
from pickuppoint.documents.labels import LabelRow, bold_text, fit, label_rows, save_pdf
from pickuppoint.domain.phone import mask_name
from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.rounds import records as rounds

MARGIN = 15 * mm


@dataclass
class BuildingPile:
    building: str | None  # None: parcels not matched to a household
    parcels: int = 0
    units: dict[str, Counter] = field(default_factory=dict)  # unit -> room -> parcels
    unmatched: list[LabelRow] = field(default_factory=list)


def piles(rows: Sequence[LabelRow]) -> list[BuildingPile]:
    """Rows (already in label order: building, unit, room; unmatched last) grouped by building."""
    out: list[BuildingPile] = []
    by_building: dict[str | None, BuildingPile] = {}
    for row in rows:
        key = row.building if row.household_code and row.building is not None else None
        pile = by_building.get(key)
        if pile is None:
            pile = by_building[key] = BuildingPile(key)
            out.append(pile)
        pile.parcels += 1
        if key is None:
            pile.unmatched.append(row)
        else:
            pile.units.setdefault(row.unit or "0", Counter())[row.room or ""] += 1
    return sorted(out, key=lambda p: p.building is None)


def building_title(building: str) -> str:
    return translate("Signs", "{building} 号楼").format(building=building)


def _unit_title(unit: str) -> str:
    return translate("Signs", "不分单元") if unit == "0" else translate("Signs", "{unit} 单元").format(unit=unit)


def _header(c: Canvas, title: str, round_line: str, count_line: str) -> float:
    """Title, round and count at the top; returns the y where the grid may start."""
    regular, bold = fonts.register()
    w, h = A4
    width = w - 2 * MARGIN
    value, size = fit(title, bold, 150, width, 40)
    y = h - MARGIN - size * 0.9
    bold_text(c, w / 2, y, value, bold, size, anchor="centre")
    y -= size * 0.2 + 34
    rnd, rsize = fit(round_line, regular, 24, width, 12)
    c.setFont(regular, rsize)
    c.drawCentredString(w / 2, y, rnd)
    y -= 56
    bold_text(c, w / 2, y, count_line, bold, 44, anchor="centre")
    y -= 26
    c.setLineWidth(1.5)
    c.line(MARGIN, y, w - MARGIN, y)
    return y - 10


def _grid(c: Canvas, pile: BuildingPile, top: float) -> None:
    """Rooms by unit: a unit's name, then its rooms in cells; shrinks to fit the page."""
    regular, bold = fonts.register()
    w, _h = A4
    width = w - 2 * MARGIN
    entries = [(unit, [f"{room}×{n}" if n > 1 else room for room, n in rooms.items()])
               for unit, rooms in pile.units.items()]
    for size in (24, 22, 20, 18, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5):
        cell_w = max(stringWidth(t, regular, size) for _u, cells in entries for t in cells) + size * 1.4
        cell_h = size * 1.7
        per_line = max(1, int(width // cell_w))
        lines = sum(1 + -(-len(cells) // per_line) for _u, cells in entries)
        if lines * cell_h + len(entries) * size * 0.6 <= top - MARGIN - 14:
            break
    y = top
    for unit, cells in entries:
        n = sum(pile.units[unit].values())
        y -= cell_h
        bold_text(c, MARGIN, y + size * 0.45, translate("Signs", "{unit}（{n} 件）").format(
            unit=_unit_title(unit), n=n), bold, size)
        c.setFont(regular, size)
        for k, cell in enumerate(cells):
            col = k % per_line
            if col == 0:
                y -= cell_h
            x = MARGIN + col * cell_w
            c.setLineWidth(0.5)
            c.rect(x + 1, y, cell_w - 2, cell_h - 2, stroke=1, fill=0)
            c.drawCentredString(x + cell_w / 2, y + size * 0.5, cell)
        y -= size * 0.6


def _unmatched_list(c: Canvas, pile: BuildingPile, top: float) -> None:
    regular, _bold_name = fonts.register()
    w, _h = A4
    size = 11
    y = top
    for k, row in enumerate(pile.unmatched):
        y -= size * 1.6
        if y < MARGIN + size * 2 and k < len(pile.unmatched) - 1:
            c.setFont(regular, size)
            c.drawString(MARGIN, y, translate("Signs", "……另有 {n} 件，见标签。").format(
                n=len(pile.unmatched) - k))
            return
        line = f"{row.code}  {mask_name(row.recipient)}  {row.address}"
        value, vsize = fit(line, regular, size, w - 2 * MARGIN, 7)
        c.setFont(regular, vsize)
        c.drawString(MARGIN, y, value)


def render_building_signs(rows: Sequence[LabelRow], round_line: str, title: str = "") -> bytes:
    regular, _b = fonts.register()
    out = BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=1, initialFontName=regular)
    c.setTitle(title or translate("Signs", "楼栋分拣牌"))
    c.setCreator("pickuppoint")
    for i, pile in enumerate(piles(rows)):
        if i:
            c.showPage()
        count = translate("Signs", "共 {n} 件").format(n=pile.parcels)
        if pile.building is None:
            top = _header(c, translate("Signs", "未匹配住户"), round_line, count)
            _unmatched_list(c, pile, top)
        else:
            top = _header(c, building_title(pile.building), round_line, count)
            _grid(c, pile, top)
    c.save()
    return out.getvalue()


def round_signs(ctx, round_id: str) -> tuple[bytes, int]:  # noqa: ANN001 - Context
    """The building signs of a round and how many pages (buildings) they are."""
    with ctx.read() as s:
        rnd = rounds.get(s, round_id)
        rows = label_rows(s, rnd.id)
    if not rows:
        raise UserError(translate("Labels", "批次“{round}”还没有包裹，没有标签可打印。").format(round=rnd.name))
    line = " · ".join(part for part in (rnd.name, rnd.date, rnd.item) if part)
    title = translate("Signs", "{round} 楼栋分拣牌").format(round=rnd.name)
    return render_building_signs(rows, line, title), len(piles(rows))


def write_building_signs(ctx, round_id: str, path: Path | str) -> int:  # noqa: ANN001 - Context
    """Write one A4 page per building (and one for unmatched parcels); returns the pages."""
    pdf, pages = round_signs(ctx, round_id)
    save_pdf(pdf, path)
    return pages
