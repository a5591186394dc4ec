"""report daily [--date D] -o FILE: the day's report (日报) as PDF or XLSX, and the text for the
WeChat work group on stdout (or everything as JSON)."""

from __future__ import annotations

import argparse

from pickuppoint.cli.main import Usage, add_command, add_json, emit_json, open_context
from pickuppoint.i18n import translate
from pickuppoint.services.lists import daily
from pickuppoint.services.lists.scope import default_scope
from pickuppoint.services.lists.uncollected import check_output

ORDER = 61


def register(sub) -> None:  # noqa: ANN001
    p = add_command(sub, "report", _no_kind, translate("Cli", "报表"))
    kinds = p.add_subparsers(dest="report_kind", metavar="KIND")
    d = kinds.add_parser(
        "daily",
        help=translate("Cli", "当日日报：到货、发放、未领取、作废、破损、收款、代付（PDF 或 XLSX）"),
        description=translate("Cli", "当日日报：到货、发放、未领取、作废、破损、收款、代付（PDF 或 XLSX）"),
    )
    d.set_defaults(handler=_daily)
    d.add_argument("--date", metavar="D", help=translate("Cli", "日期 YYYY-MM-DD，默认今天"))
    d.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=translate("Cli", "保存到的文件：.pdf 或 .xlsx")
    )
    d.add_argument(
        "--point", action="append", metavar="SITE_ID",
        help=translate("Cli", "协调端：只统计这个接驳点（可写多次；不写则全部接驳点，各点分开列出并合计）"),
    )
    add_json(d)


def _no_kind(args: argparse.Namespace) -> int:  # noqa: ARG001
    raise Usage(translate("Cli", "请写明哪种报表，例如：report daily -o 日报.pdf"))


def _daily(args: argparse.Namespace) -> int:
    from pickuppoint.documents import daily_report

    kind = check_output(args.output, ("pdf", "xlsx"))
    day = daily.parse_day(args.date)
    ctx = open_context(args)
    try:
        if ctx.site.role == "coordinator":  # every point (or those named), a part each
            return _daily_by_point(args, ctx, day, kind)
        report = daily.gather(ctx, day, default_scope(ctx, args.point))
        daily_report.write(report, args.output, kind)
    finally:
        ctx.close()
    if args.json:
        emit_json({"file": args.output, **report.to_json()})
        return 0
    print(translate("Cli", "日报已保存到 {path}。").format(path=args.output))
    print(daily.wechat_text(report))
    return 0


def _daily_by_point(args: argparse.Namespace, ctx, day, kind: str) -> int:  # noqa: ANN001
    from pickuppoint.documents import by_point as documents
    from pickuppoint.services.lists import by_point

    data = by_point.daily_by_point(ctx, day, args.point)
    documents.write_report(data, args.output, kind)
    if args.json:
        emit_json({"file": args.output, **data.to_json()})
        return 0
    print(translate("Cli", "各接驳点日报已保存到 {path}（{points}）。").format(
        path=args.output, points=by_point.points_line(data.parts)))
    for _p, report in data.parts:
        print(daily.wechat_text(report))
    print(daily.wechat_text(data.total))
    return 0
