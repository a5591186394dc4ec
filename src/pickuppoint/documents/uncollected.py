"""The uncollected list on paper (PDF), in a spreadsheet (XLSX) and as CSV: the same rows
(services/lists/uncollected.py), the same columns, three writers."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from pickuppoint.documents import table_pdf, xlsx
from pickuppoint.documents.table_pdf import Column, Line, Sheet
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.lists.uncollected import Row, Totals, UncollectedList, building_label, unit_label


def columns() -> list[tuple[str, float, str]]:
    """(title, share of the page's width, alignment), in order."""
    return [
        (translate("Uncollected", "住户"), 0.095, "left"),
        (translate("Uncollected", "户主"), 0.09, "left"),
        (translate("Uncollected", "电话"), 0.13, "left"),
        (translate("Uncollected", "人数"), 0.05, "right"),
        (translate("Uncollected", "标记"), 0.175, "left"),
        (translate("Uncollected", "待领包裹"), 0.23, "left"),
        (translate("Uncollected", "件数"), 0.05, "right"),
        (translate("Uncollected", "等待天数"), 0.07, "right"),
        (translate("Uncollected", "应收（元）"), 0.11, "right"),
    ]


def title() -> str:
    return translate("Uncollected", "未领取名单")


def particulars(data: UncollectedList) -> list[tuple[str, str]]:
    return [
        (translate("Uncollected", "批次"), data.round_names),
        (translate("Uncollected", "日期"), data.printed_at[:10]),
        (translate("Uncollected", "打印时间"), data.printed_at),
        (translate("Uncollected", "打印人"), data.operator),
        (
            translate("Uncollected", "电话"),
            translate("Uncollected", "完整号码，请妥善保管")
            if data.options.full_phones
            else translate("Uncollected", "已隐去中间四位"),
        ),
    ]


def _cells(r: Row) -> list[str]:
    return [
        r.code,
        r.head or "—",
        r.phone or "—",
        str(r.members),
        r.flag_words,
        r.items,
        str(r.parcels),
        str(r.days),
        format_yuan(r.due_cents) if r.due_cents else "—",
    ]


def _total_cells(label: str, t: Totals) -> list[str]:
    return [
        label,
        "",
        "",
        "",
        translate("Uncollected", "{n} 户").format(n=t.households),
        "",
        str(t.parcels),
        "",
        format_yuan(t.due_cents),
    ]


def sheet(data: UncollectedList) -> Sheet:
    lines: list[Line] = []
    totals = {t.building: t for t in data.by_building}
    building = unit = None
    for i, r in enumerate(data.rows):
        if r.building != building:
            building, unit = r.building, None
            lines.append(Line("group", [building_label(building)]))
        if r.unit != unit:
            unit = r.unit
            if unit and unit != "0":
                lines.append(Line("sub", [unit_label(unit)]))
        lines.append(Line("row", _cells(r)))
        if i + 1 == len(data.rows) or data.rows[i + 1].building != building:
            lines.append(
                Line(
                    "total",
                    _total_cells(
                        translate("Uncollected", "{building}合计").format(building=building_label(building)),
                        totals[building],
                    ),
                )
            )
    if data.rows:
        lines.append(Line("total", _total_cells(translate("Uncollected", "总计"), data.total)))
    if data.unmatched:
        lines.append(
            Line(
                "sub",
                [
                    translate("Uncollected", "另有 {n} 件包裹没有对应的住户，未列入本名单（见“批次”页）。").format(
                        n=data.unmatched
                    )
                ],
            )
        )
    return Sheet(
        title=title(),
        point=translate("Documents", "{point}（{site}）").format(point=data.point, site=data.site_id),
        particulars=particulars(data),
        footer=translate("Uncollected", "未领取名单 · {point} · {rounds}").format(
            point=data.point, rounds=data.round_names
        )[:90],
        columns=[Column(t, w, a) for t, w, a in columns()],
        lines=lines,
        empty=translate("Uncollected", "所选批次的包裹都已领取。"),
    )


def render_pdf(
    data: UncollectedList, first_pages: int | None = None, cancelled: Callable[[], bool] | None = None
) -> tuple[bytes, int]:
    return table_pdf.render(sheet(data), first_pages, cancelled)


# --- spreadsheet and CSV ---------------------------------------------------------------------


def _table_header() -> list[str]:
    return [translate("Uncollected", "楼栋"), translate("Uncollected", "单元"), translate("Uncollected", "房号")] + [
        t for t, _w, _a in columns()
    ]


def _table_row(r: Row) -> list[object]:
    """Numbers as numbers (members, parcels, days, the amount in yuan)."""
    return [
        r.building,
        r.unit if r.unit != "0" else "",
        r.room,
        r.code,
        r.head,
        r.phone,
        r.members,
        r.flag_words,
        r.items,
        r.parcels,
        r.days,
        r.due_cents / 100,
    ]


def write_xlsx(data: UncollectedList, path: Path | str) -> None:
    header = _table_header()
    rows = (_table_row(r) for r in data.rows)
    totals = [[building_label(t.building), t.households, t.parcels, t.due_cents / 100] for t in data.by_building]
    totals.append(
        [translate("Uncollected", "总计"), data.total.households, data.total.parcels, data.total.due_cents / 100]
    )
    xlsx.write_book(
        path,
        [
            xlsx.Table(
                translate("Uncollected", "未领取名单"),
                header,
                rows,
                money_columns={len(header) - 1},
                sample=[_table_row(r) for r in data.rows[:2000]],
            ),
            xlsx.Table(
                translate("Uncollected", "按楼栋合计"),
                [
                    translate("Uncollected", "楼栋"),
                    translate("Uncollected", "户数"),
                    translate("Uncollected", "件数"),
                    translate("Uncollected", "应收（元）"),
                ],
                iter(totals),
                money_columns={3},
                sample=totals,
                notes=[f"{k}：{v}" for k, v in particulars(data)]
                + [translate("Uncollected", "另有 {n} 件包裹没有对应的住户。").format(n=data.unmatched)]
                * bool(data.unmatched),
            ),
        ],
    )


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A text cell a spreadsheet would read as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(data: UncollectedList, path: Path | str) -> None:
    """UTF-8 with a BOM (Excel on a Chinese Windows opens it right); amounts as '39.90'."""
    buffer = io.StringIO(newline="")
    out = csv.writer(buffer)
    out.writerow(_table_header())
    for r in data.rows:
        row = _table_row(r)
        row[-1] = format_yuan(r.due_cents)
        out.writerow([neutralise(v) for v in row])
    Path(path).write_bytes(buffer.getvalue().encode("utf-8-sig"))


def write(data: UncollectedList, path: Path | str, kind: str) -> int:
    """Write the list as `kind` ('pdf', 'xlsx', 'csv'); returns pages (PDF) or rows."""
    if kind == "pdf":
        pdf, pages = render_pdf(data)
        Path(path).write_bytes(pdf)
        return pages
    if kind == "xlsx":
        write_xlsx(data, path)
    else:
        write_csv(data, path)
    return len(data.rows)
