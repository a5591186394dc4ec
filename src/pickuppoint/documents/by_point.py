"""The coordinator's documents across points: the uncollected list and the day's report with a
heading per pickup point (its name and site id), each point's totals, and the totals of all the
points chosen; as PDF (the same A4 frame as a point's own) and XLSX (a point column; the totals
by point on a sheet of their own), and the list as CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from pickuppoint.documents import daily_report, table_pdf, uncollected, xlsx
from pickuppoint.documents.table_pdf import Column, Line, Sheet
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.lists.by_point import PointsList, PointsReport, points_line
from pickuppoint.services.lists.daily import wechat_text

# --- the uncollected list ------------------------------------------------------------------


def _point_heading(label: str, households: int, parcels: int) -> Line:
    return Line("point", [translate("ByPoint", "{point}：未领取 {households} 户、{parcels} 件").format(
        point=label, households=households, parcels=parcels), label])


def list_sheet(data: PointsList) -> Sheet:
    lines: list[Line] = []
    for point, part in data.parts:
        lines.append(_point_heading(point.label, part.total.households, part.total.parcels))
        own = uncollected.sheet(part).lines
        if not part.rows:
            own = [Line("sub", [translate("ByPoint", "这个接驳点所选批次的包裹都已领取。")])] + own
        for line in own:
            if line.kind == "total" and line.cells[0] == translate("Uncollected", "总计"):
                line = Line("total", uncollected._total_cells(  # noqa: SLF001 - the same total row
                    translate("ByPoint", "{point}合计").format(point=point.name or point.label), part.total))
            lines.append(line)
    if data.parts:
        lines.append(Line("total", uncollected._total_cells(  # noqa: SLF001
            translate("ByPoint", "全部接驳点总计"), data.total)))
    particulars = [(translate("ByPoint", "接驳点"), points_line(data.parts))] + uncollected.particulars(data)
    return Sheet(
        title=translate("ByPoint", "未领取名单（各接驳点）"),
        point=translate("Documents", "{point}（{site}）").format(point=data.hub, site=data.site_id),
        particulars=particulars,
        footer=translate("ByPoint", "未领取名单 · {hub} · {rounds}").format(
            hub=data.hub, rounds=data.round_names)[:90],
        columns=[Column(t, w, a) for t, w, a in uncollected.columns()],
        lines=lines,
        empty=translate("ByPoint", "所选接驳点还没有包裹。"),
    )


def render_list_pdf(data: PointsList, first_pages: int | None = None,
                    cancelled: Callable[[], bool] | None = None) -> tuple[bytes, int]:
    return table_pdf.render(list_sheet(data), first_pages, cancelled)


def _list_header() -> list[str]:
    return [translate("ByPoint", "接驳点"), translate("ByPoint", "站点编号")] + uncollected._table_header()  # noqa: SLF001


def _list_rows(data: PointsList, money_as_text: bool = False):  # noqa: ANN202 - rows of cells
    for point, part in data.parts:
        for r in part.rows:
            row = uncollected._table_row(r)  # noqa: SLF001
            if money_as_text:
                row[-1] = format_yuan(r.due_cents)
            yield [point.name or point.label, point.site_id, *row]


def write_list_xlsx(data: PointsList, path: Path | str) -> None:
    header = _list_header()
    totals: list[list[object]] = []
    for point, part in data.parts:
        name = point.name or point.label
        for t in part.by_building:
            totals.append([name, point.site_id, uncollected.building_label(t.building), t.households, t.parcels,
                           t.due_cents / 100])
        totals.append([name, point.site_id, translate("ByPoint", "{point}合计").format(point=name),
                       part.total.households, part.total.parcels, part.total.due_cents / 100])
    totals.append([translate("ByPoint", "全部接驳点"), "", translate("ByPoint", "全部接驳点总计"),
                   data.total.households, data.total.parcels, data.total.due_cents / 100])
    notes = [f"{k}：{v}" for k, v in uncollected.particulars(data)]
    xlsx.write_book(path, [
        xlsx.Table(translate("ByPoint", "未领取名单"), header, _list_rows(data), money_columns={len(header) - 1},
                   sample=list(_list_rows(data))[:2000]),
        xlsx.Table(translate("ByPoint", "按接驳点合计"),
                   [translate("ByPoint", "接驳点"), translate("ByPoint", "站点编号"), translate("Uncollected", "楼栋"),
                    translate("Uncollected", "户数"), translate("Uncollected", "件数"),
                    translate("Uncollected", "应收（元）")],
                   iter(totals), money_columns={5}, sample=totals,
                   notes=[translate("ByPoint", "接驳点：{points}").format(points=points_line(data.parts)), *notes]),
    ])


def write_list_csv(data: PointsList, path: Path | str) -> None:
    buffer = io.StringIO(newline="")
    out = csv.writer(buffer)
    out.writerow(_list_header())
    for row in _list_rows(data, money_as_text=True):
        out.writerow([uncollected.neutralise(v) for v in row])
    Path(path).write_bytes(buffer.getvalue().encode("utf-8-sig"))


def write_list(data: PointsList, path: Path | str, kind: str) -> int:
    """Write as `kind` ('pdf', 'xlsx', 'csv'); returns pages (PDF) or rows."""
    if kind == "pdf":
        pdf, pages = render_list_pdf(data)
        Path(path).write_bytes(pdf)
        return pages
    if kind == "xlsx":
        write_list_xlsx(data, path)
    else:
        write_list_csv(data, path)
    return len(data.rows)


# --- the day's report ----------------------------------------------------------------------


def _report_lines(report, heading: str) -> list[Line]:  # noqa: ANN001 - DailyReport
    lines = [Line("point", [heading])]
    for section, rows in daily_report.sections(report):
        lines.append(Line("group", [section]))
        for item, n, cents in rows:
            lines.append(Line("total" if daily_report._is_total(item) else "row",  # noqa: SLF001
                              [item, "—" if n is None else f"{n:,}", "" if cents is None else format_yuan(cents)]))
    lines.append(Line("group", [translate("DailyReport", "工作群通报（可直接粘贴）")]))
    lines.append(Line("sub", [wechat_text(report)]))
    return lines


def summary_rows(data: PointsReport) -> list[tuple[str, str, int, int, int, int]]:
    """Per point, then all: (name, site, arrived, handed over, uncollected, collected fen)."""
    rows = [(p.name or p.label, p.site_id, r.received, r.handed_over, r.uncollected, r.collected_cents)
            for p, r in data.parts]
    t = data.total
    rows.append((translate("ByPoint", "全部接驳点"), "", t.received, t.handed_over, t.uncollected, t.collected_cents))
    return rows


def report_sheet(data: PointsReport) -> Sheet:
    t = data.total
    lines = [Line("point", [translate("ByPoint", "各接驳点一览")]),
             Line("sub", [translate("ByPoint", "件数一栏是当日发放的件数，金额一栏是当日收款（现金 + 扫码）。")])]
    for name, site, received, handed, waiting, cents in summary_rows(data):
        label = translate("ByPoint", "{name}（{site}）").format(name=name, site=site) if site else name
        lines.append(Line("total" if not site and name == translate("ByPoint", "全部接驳点") else "row",
                          [translate("ByPoint", "{point}：到货 {received}，未领取 {waiting}").format(
                              point=label, received=f"{received:,}", waiting=f"{waiting:,}"),
                           f"{handed:,}", format_yuan(cents)]))
    lines += _report_lines(t, translate("ByPoint", "全部接驳点合计：{points}").format(points=points_line(data.parts)))
    for point, report in data.parts:
        lines += _report_lines(report, point.label)
    return Sheet(
        title=translate("ByPoint", "日报（各接驳点）{date}").format(date=t.day.isoformat()),
        point=translate("Documents", "{point}（{site}）").format(point=t.point, site=t.site_id),
        particulars=[(translate("ByPoint", "接驳点"), points_line(data.parts)), *daily_report.particulars(t)],
        footer=translate("ByPoint", "各接驳点日报 · {hub} · {date}").format(hub=t.point, date=t.day.isoformat()),
        columns=[Column(translate("DailyReport", "项目"), 0.6),
                 Column(translate("DailyReport", "件数"), 0.18, "right"),
                 Column(translate("DailyReport", "金额（元）"), 0.22, "right")],
        lines=lines,
    )


def render_report_pdf(data: PointsReport) -> tuple[bytes, int]:
    return table_pdf.render(report_sheet(data))


def write_report_xlsx(data: PointsReport, path: Path | str) -> None:
    t = data.total
    summary: list[list[object]] = []
    everyone = [(p.name or p.label, p.site_id, r) for p, r in data.parts]
    everyone.append((translate("ByPoint", "全部接驳点"), "", t))
    for name, site, r in everyone:
        summary.append([name, site, r.received, r.handed_over, r.by_collector.get("household", 0),
                        r.by_collector.get("proxy", 0), r.by_collector.get("door", 0), r.uncollected, r.voided,
                        r.damaged, r.cents("cash") / 100, r.cents("qr") / 100, r.collected_cents / 100,
                        r.cents("owed") / 100])
    detail: list[list[object]] = []
    for name, site, r in everyone:
        for heading, items in daily_report.sections(r):
            for item, n, cents in items:
                detail.append([name, site, heading, item, n, None if cents is None else cents / 100])
    xlsx.write_book(path, [
        xlsx.Table(translate("ByPoint", "按接驳点"),
                   [translate("ByPoint", "接驳点"), translate("ByPoint", "站点编号"), translate("ByPoint", "到货"),
                    translate("ByPoint", "发放"), translate("DailyReport", "本户领取"),
                    translate("DailyReport", "代领"), translate("DailyReport", "送货上门"),
                    translate("ByPoint", "未领取"), translate("ByPoint", "作废"), translate("ByPoint", "破损"),
                    translate("ByPoint", "现金（元）"), translate("ByPoint", "扫码（元）"),
                    translate("ByPoint", "收款合计（元）"), translate("ByPoint", "代付记账（元）")],
                   iter(summary), money_columns={10, 11, 12, 13}, sample=summary,
                   notes=[f"{k}：{v}" for k, v in daily_report.particulars(t)] + [wechat_text(t)]),
        xlsx.Table(translate("ByPoint", "明细"),
                   [translate("ByPoint", "接驳点"), translate("ByPoint", "站点编号"), translate("DailyReport", "类别"),
                    translate("DailyReport", "项目"), translate("DailyReport", "件数"),
                    translate("DailyReport", "金额（元）")],
                   iter(detail), money_columns={5}, sample=detail),
    ])


def write_report(data: PointsReport, path: Path | str, kind: str) -> int:
    if kind == "pdf":
        pdf, pages = render_report_pdf(data)
        Path(path).write_bytes(pdf)
        return pages
    write_report_xlsx(data, path)
    return 1
