"""The staggered pickup timetable (分时错峰取物时间表) on A4: one line per time slot with the
buildings or units called in it and their parcels, to print and put up at the gate."""

from __future__ import annotations

from pathlib import Path

from pickuppoint.documents import table_pdf
from pickuppoint.documents.table_pdf import Column, Line, Sheet
from pickuppoint.i18n import translate
from pickuppoint.services.lists.scope import printed_at
from pickuppoint.services.lists.timetable import Slot


def sheet(point: str, site_id: str, day: str, rounds: str, slots: list[Slot]) -> Sheet:
    lines = [Line("row", [f"{s.start}–{s.end}", s.label, str(s.parcels)]) for s in slots]
    lines.append(Line("total", [translate("TimetableDoc", "合计"), "", str(sum(s.parcels for s in slots))]))
    return Sheet(
        title=translate("TimetableDoc", "分时错峰取物时间表"),
        point=translate("Documents", "{point}（{site}）").format(point=point, site=site_id),
        particulars=[
            (translate("TimetableDoc", "日期"), day),
            (translate("TimetableDoc", "批次"), rounds),
            (translate("TimetableDoc", "打印时间"), printed_at()),
        ],
        footer=translate("TimetableDoc", "请按本楼栋的时段到接驳点领取，戴好口罩，排队间隔一米，领完即走。"),
        columns=[
            Column(translate("TimetableDoc", "时段"), 0.2),
            Column(translate("TimetableDoc", "楼栋 / 单元"), 0.62),
            Column(translate("TimetableDoc", "件数"), 0.18, "right"),
        ],
        lines=lines,
        empty=translate("TimetableDoc", "没有待领取的包裹。"),
        min_row=26,
    )


def write(path: Path | str, point: str, site_id: str, day: str, rounds: str, slots: list[Slot]) -> int:
    pdf, pages = table_pdf.render(sheet(point, site_id, day, rounds, slots))
    Path(path).write_bytes(pdf)
    return pages
