"""The day's report (日报) as a PDF (A4, the same page frame as the lists) and as a spreadsheet:
one table of item, parcels and amount, in sections (arrived, handed over, still waiting,
voided and damaged, money), then the WeChat text."""

from __future__ import annotations

from pathlib import Path

from pickuppoint.documents import table_pdf, xlsx
from pickuppoint.documents.table_pdf import Column, Line, Sheet
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.counter.payments import payment_label
from pickuppoint.services.lists.daily import DailyReport, wechat_text


def sections(r: DailyReport) -> list[tuple[str, list[tuple[str, int | None, int | None]]]]:
    """(heading, [(item, parcels or None, fen or None)]) in the order they print."""
    arrived = [
        (
            x.name + (translate("DailyReport", "（含多出 {n} 件）").format(n=x.surplus) if x.surplus else ""),
            x.received,
            None,
        )
        for x in r.rounds
        if x.received
    ]
    arrived.append((translate("DailyReport", "到货合计"), r.received, None))
    handed = [
        (translate("DailyReport", "本户领取"), r.by_collector.get("household", 0), None),
        (translate("DailyReport", "代领"), r.by_collector.get("proxy", 0), None),
        (translate("DailyReport", "送货上门"), r.by_collector.get("door", 0), None),
    ]
    handed += [
        (translate("DailyReport", "按批次：{round}").format(round=x.name), x.handed_over, None)
        for x in r.rounds
        if x.handed_over
    ]
    handed.append((translate("DailyReport", "发放合计（{visits} 人次）").format(visits=r.visits), r.handed_over, None))
    waiting = [(x.name, x.uncollected, None) for x in r.rounds if x.uncollected]
    waiting.append((translate("DailyReport", "未领取合计"), r.uncollected, None))
    other = [
        (translate("DailyReport", "作废的发放记录"), r.voided, None),
        (translate("DailyReport", "破损的包裹"), r.damaged, None),
    ]
    money = [(payment_label(m), r.count(m), r.cents(m)) for m in ("cash", "qr")]
    money.append(
        (translate("DailyReport", "收款合计（现金 + 扫码）"), r.count("cash") + r.count("qr"), r.collected_cents)
    )
    money += [(payment_label(m), r.count(m), r.cents(m)) for m in ("prepaid", "waived") if r.count(m)]
    owed = [
        (translate("DailyReport", "今日代付记账"), r.count("owed"), r.cents("owed")),
        (translate("DailyReport", "截至当日代付累计"), r.owed_outstanding[0], r.owed_outstanding[1]),
        (translate("DailyReport", "其中已结算"), None, r.settled_cents),
        (translate("DailyReport", "未结算"), None, r.owed_outstanding[1] - r.settled_cents),
    ]
    return [
        (translate("DailyReport", "到货（按批次）"), arrived),
        (translate("DailyReport", "发放"), handed),
        (translate("DailyReport", "未领取（当日结束时在点）"), waiting),
        (translate("DailyReport", "作废与破损"), other),
        (translate("DailyReport", "收款"), money),
        (translate("DailyReport", "代付（代付台账）"), owed),
    ]


def _is_total(item: str) -> bool:
    return item.startswith(
        (
            translate("DailyReport", "到货合计"),
            translate("DailyReport", "发放合计"),
            translate("DailyReport", "未领取合计"),
            translate("DailyReport", "收款合计"),
        )
    )


def title(r: DailyReport) -> str:
    return translate("DailyReport", "接驳点日报 {date}").format(date=r.day.isoformat())


def particulars(r: DailyReport) -> list[tuple[str, str]]:
    return [
        (translate("DailyReport", "日期"), r.day.isoformat()),
        (translate("DailyReport", "打印时间"), r.printed_at),
        (translate("DailyReport", "打印人"), r.operator),
    ]


def sheet(r: DailyReport) -> Sheet:
    lines: list[Line] = []
    for heading, rows in sections(r):
        lines.append(Line("group", [heading]))
        for item, n, cents in rows:
            lines.append(
                Line(
                    "total" if _is_total(item) else "row",
                    [item, "—" if n is None else f"{n:,}", "" if cents is None else format_yuan(cents)],
                )
            )
    lines.append(Line("group", [translate("DailyReport", "工作群通报（可直接粘贴）")]))
    lines.append(Line("sub", [wechat_text(r)]))
    return Sheet(
        title=title(r),
        point=translate("Documents", "{point}（{site}）").format(point=r.point, site=r.site_id),
        particulars=particulars(r),
        footer=translate("DailyReport", "接驳点日报 · {point} · {date}").format(point=r.point, date=r.day.isoformat()),
        columns=[
            Column(translate("DailyReport", "项目"), 0.6),
            Column(translate("DailyReport", "件数"), 0.18, "right"),
            Column(translate("DailyReport", "金额（元）"), 0.22, "right"),
        ],
        lines=lines,
    )


def render_pdf(r: DailyReport) -> tuple[bytes, int]:
    return table_pdf.render(sheet(r))


def write_xlsx(r: DailyReport, path: Path | str) -> None:
    rows: list[list[object]] = []
    for heading, items in sections(r):
        for item, n, cents in items:
            rows.append([heading, item, n, None if cents is None else cents / 100])
    rounds = [[x.name, x.received, x.surplus, x.handed_over, x.uncollected] for x in r.rounds]
    xlsx.write_book(
        path,
        [
            xlsx.Table(
                translate("DailyReport", "日报"),
                [
                    translate("DailyReport", "类别"),
                    translate("DailyReport", "项目"),
                    translate("DailyReport", "件数"),
                    translate("DailyReport", "金额（元）"),
                ],
                rows,
                money_columns={3},
                sample=rows,
                notes=[f"{k}：{v}" for k, v in particulars(r)] + [wechat_text(r)],
            ),
            xlsx.Table(
                translate("DailyReport", "按批次"),
                [
                    translate("DailyReport", "批次"),
                    translate("DailyReport", "到货"),
                    translate("DailyReport", "其中多出"),
                    translate("DailyReport", "发放"),
                    translate("DailyReport", "未领取"),
                ],
                rounds,
                sample=rounds,
            ),
        ],
    )


def write(r: DailyReport, path: Path | str, kind: str) -> int:
    if kind == "pdf":
        pdf, pages = render_pdf(r)
        Path(path).write_bytes(pdf)
        return pages
    write_xlsx(r, path)
    return 1
