"""The delivery sheet (送货单) a volunteer carries on a door-delivery run: per household the
address, the head, the phone (in full: the volunteer calls ahead), the flags, the parcels with
their codes, what is due, a tick box and a column for the signature; the run's totals."""

from __future__ import annotations

from pathlib import Path

from pickuppoint.documents import table_pdf
from pickuppoint.documents.table_pdf import Column, Line, Sheet
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.lists.runs import Run


def sheet(run: Run) -> Sheet:
    lines = []
    for stop in run.stops:
        parcels = "\n".join(f"{stop.shown(code)} {item}".strip() for code, item, _s in stop.parcels)
        done = stop.delivered
        lines.append(
            Line(
                "row",
                [
                    stop.household_code,
                    stop.head or "—",
                    stop.phone or "—",
                    _flags(stop.flags),
                    parcels,
                    format_yuan(stop.due_cents) if stop.due_cents else "—",
                    "1" if done else "",
                    translate("DeliverySheet", "已送达") if done else "",
                ],
            )
        )
    lines.append(
        Line(
            "total",
            [
                translate("DeliverySheet", "合计"),
                translate("DeliverySheet", "{n} 户").format(n=len(run.stops)),
                "",
                "",
                translate("DeliverySheet", "{n} 件").format(n=run.parcels),
                format_yuan(run.due_cents),
                "",
                "",
            ],
        )
    )
    return Sheet(
        title=translate("DeliverySheet", "送货上门单"),
        point=translate("Documents", "{point}（{site}）").format(point=run.point, site=run.site_id),
        particulars=[
            (translate("DeliverySheet", "送货单号"), run.id),
            (translate("DeliverySheet", "志愿者"), run.volunteer),
            (translate("DeliverySheet", "志愿者电话"), run.volunteer_phone or "—"),
            (translate("DeliverySheet", "安排时间"), run.created_at),
            (translate("DeliverySheet", "备注"), run.note or "—"),
        ],
        footer=translate("DeliverySheet", "送货上门单 {run} · {volunteer} · 送达后请住户在“签收”栏签字").format(
            run=run.id, volunteer=run.volunteer
        ),
        columns=[
            Column(translate("DeliverySheet", "住户"), 0.09),
            Column(translate("DeliverySheet", "户主"), 0.08),
            Column(translate("DeliverySheet", "电话"), 0.135),
            Column(translate("DeliverySheet", "标记"), 0.15),
            Column(translate("DeliverySheet", "包裹（编号 物品）"), 0.25),
            Column(translate("DeliverySheet", "应收（元）"), 0.085, "right"),
            Column(translate("DeliverySheet", "送达"), 0.05, box=True),
            Column(translate("DeliverySheet", "签收"), 0.16),
        ],
        lines=lines,
        empty=translate("DeliverySheet", "这张送货单没有包裹。"),
        min_row=34,
    )


def _flags(flags: tuple[str, ...]) -> str:
    from pickuppoint.domain.flags import flag_label

    return "、".join(flag_label(f) for f in flags)


def render_pdf(run: Run) -> tuple[bytes, int]:
    return table_pdf.render(sheet(run))


def write(run: Run, path: Path | str) -> int:
    pdf, pages = render_pdf(run)
    Path(path).write_bytes(pdf)
    return pages
