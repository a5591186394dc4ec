"""The paid-on-behalf ledger (代付台账) as a PDF (the list page frame) and a spreadsheet: per
household and round what was paid on its behalf, settled and still owed, by building, with
totals per building and overall (equal to the counter's `owed` handovers)."""

from __future__ import annotations

from pathlib import Path

from pickuppoint.documents import table_pdf, xlsx
from pickuppoint.documents.table_pdf import Column, Line, Sheet
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.lists.ledger import Entry, Ledger
from pickuppoint.services.lists.uncollected import building_label


def columns() -> list[tuple[str, float, str]]:
    return [
        (translate("LedgerDoc", "住户"), 0.095, "left"),
        (translate("LedgerDoc", "户主"), 0.085, "left"),
        (translate("LedgerDoc", "电话"), 0.125, "left"),
        (translate("LedgerDoc", "批次"), 0.16, "left"),
        (translate("LedgerDoc", "件数"), 0.05, "right"),
        (translate("LedgerDoc", "代付（元）"), 0.115, "right"),
        (translate("LedgerDoc", "已结算（元）"), 0.115, "right"),
        (translate("LedgerDoc", "未结算（元）"), 0.115, "right"),
        (translate("LedgerDoc", "结算记录"), 0.14, "left"),
    ]


def _cells(e: Entry) -> list[str]:
    return [e.household_code, e.head or "—", e.phone or "—", e.round_name, str(e.parcels),
            format_yuan(e.owed_cents), format_yuan(e.settled_cents), format_yuan(e.outstanding_cents),
            e.settled_note]


def _total(label: str, entries: list[Entry]) -> list[str]:
    owed = sum(e.owed_cents for e in entries)
    settled = sum(e.settled_cents for e in entries)
    households = len({e.household_code for e in entries})
    return [label, "", translate("LedgerDoc", "{n} 户").format(n=households), "",
            str(sum(e.parcels for e in entries)), format_yuan(owed), format_yuan(settled),
            format_yuan(owed - settled), ""]


def sheet(ledger: Ledger) -> Sheet:
    lines: list[Line] = []
    group: list[Entry] = []
    for i, e in enumerate(ledger.entries):
        if not group:
            lines.append(Line("group", [building_label(e.building)]))
        group.append(e)
        lines.append(Line("row", _cells(e)))
        if i + 1 == len(ledger.entries) or ledger.entries[i + 1].building != e.building:
            lines.append(Line("total", _total(translate("LedgerDoc", "{building}合计").format(
                building=building_label(e.building)), group)))
            group = []
    if ledger.entries:
        lines.append(Line("total", _total(translate("LedgerDoc", "总计"), ledger.entries)))
    return Sheet(
        title=translate("LedgerDoc", "代付台账"),
        point=translate("Documents", "{point}（{site}）").format(point=ledger.point, site=ledger.site_id),
        particulars=[(translate("LedgerDoc", "打印时间"), ledger.printed_at),
                     (translate("LedgerDoc", "打印人"), ledger.operator),
                     (translate("LedgerDoc", "代付合计"), format_yuan(ledger.owed_cents)),
                     (translate("LedgerDoc", "未结算"), format_yuan(ledger.outstanding_cents))],
        footer=translate("LedgerDoc", "代付台账 · {point}").format(point=ledger.point),
        columns=[Column(t, w, a) for t, w, a in columns()], lines=lines,
        empty=translate("LedgerDoc", "没有代付记录。"))


def render_pdf(ledger: Ledger) -> tuple[bytes, int]:
    return table_pdf.render(sheet(ledger))


def write_xlsx(ledger: Ledger, path: Path | str) -> None:
    header = [translate("LedgerDoc", "楼栋")] + [t for t, _w, _a in columns()]
    rows = [[e.building, e.household_code, e.head, e.phone, e.round_name, e.parcels, e.owed_cents / 100,
             e.settled_cents / 100, e.outstanding_cents / 100, e.settled_note] for e in ledger.entries]
    rows.append([translate("LedgerDoc", "总计"), "", "", "", "", sum(e.parcels for e in ledger.entries),
                 ledger.owed_cents / 100, ledger.settled_cents / 100, ledger.outstanding_cents / 100, ""])
    xlsx.write_book(path, [xlsx.Table(translate("LedgerDoc", "代付台账"), header, rows, money_columns={6, 7, 8},
                                      sample=rows[:2000])])


def write(ledger: Ledger, path: Path | str, kind: str) -> int:
    if kind == "pdf":
        pdf, pages = render_pdf(ledger)
        Path(path).write_bytes(pdf)
        return pages
    write_xlsx(ledger, path)
    return len(ledger.entries)
