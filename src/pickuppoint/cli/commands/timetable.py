"""notice [ROUND ...]: the text for the residents' group (which buildings and units have parcels
ready); timetable [ROUND ...] --from HH:MM --to HH:MM --slot MIN: the staggered pickup timetable
as text, and as a PDF with -o."""

from __future__ import annotations

import argparse
from datetime import date

from pickuppoint.cli.main import add_command, add_json, emit_json, open_context
from pickuppoint.i18n import translate
from pickuppoint.services.lists import timetable as service
from pickuppoint.services.lists import uncollected
from pickuppoint.services.lists.scope import default_scope

ORDER = 64


def register(sub) -> None:  # noqa: ANN001
    n = add_command(sub, "notice", _notice, translate("Cli", "到货通知：哪些楼栋、单元有包裹待领（发到住户群的文字）"))
    n.add_argument("rounds", nargs="*", metavar="ROUND", help=translate("Cli", "批次名称或编号；不写则所有批次"))
    t = add_command(sub, "timetable", _timetable, translate("Cli", "分时错峰取物时间表：按待领件数给各楼栋分配时段"))
    t.add_argument("rounds", nargs="*", metavar="ROUND", help=translate("Cli", "批次名称或编号；不写则所有批次"))
    t.add_argument(
        "--from", dest="start", required=True, metavar="HH:MM", help=translate("Cli", "开始时刻，例如 14:00")
    )
    t.add_argument("--to", dest="end", required=True, metavar="HH:MM", help=translate("Cli", "结束时刻，例如 17:00"))
    t.add_argument("--slot", type=int, default=20, metavar="MIN", help=translate("Cli", "每个时段的分钟数（默认 20）"))
    t.add_argument("--capacity", type=int, metavar="N", help=translate("Cli", "每个时段最多几件（默认平均分配）"))
    t.add_argument(
        "--by",
        choices=("building", "unit"),
        default="building",
        help=translate("Cli", "按楼栋（building）或按单元（unit）分配"),
    )
    t.add_argument("-o", "--output", metavar="FILE.pdf", help=translate("Cli", "另存为可打印的 PDF"))
    add_json(t)


def _data(args: argparse.Namespace):  # noqa: ANN202
    ctx = open_context(args)
    try:
        return uncollected.gather(ctx, uncollected.Options(list(args.rounds)), default_scope(ctx))
    finally:
        ctx.close()


def _notice(args: argparse.Namespace) -> int:
    print(service.notice_text(_data(args)))
    return 0


def _timetable(args: argparse.Namespace) -> int:
    if args.output:
        uncollected.check_output(args.output, ("pdf",))
    data = _data(args)
    slots = service.plan(service.groups_of(data, args.by), args.start, args.end, args.slot, args.capacity)
    today = date.today()
    day = translate("Cli", "{month}月{day}日").format(month=today.month, day=today.day)
    if args.output:
        from pickuppoint.documents import timetable as document

        document.write(args.output, data.point, data.site_id, today.isoformat(), data.round_names, slots)
    if args.json:
        emit_json(
            {
                "slots": [
                    {"start": s.start, "end": s.end, "groups": [g.label for g, _n in s.groups], "parcels": s.parcels}
                    for s in slots
                ]
            }
        )
        return 0
    print(service.timetable_text(data.point, day, slots))
    return 0
