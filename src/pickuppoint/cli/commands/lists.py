"""uncollected [ROUND ...] -o FILE: the uncollected list (未领取名单) as PDF, XLSX or CSV by the
file's suffix."""

from __future__ import annotations

import argparse

from pickuppoint.cli.main import add_command, add_json, emit_json, open_context
from pickuppoint.i18n import translate
from pickuppoint.services.lists import uncollected as service
from pickuppoint.services.lists.scope import default_scope

ORDER = 60


def register(sub) -> None:  # noqa: ANN001
    p = add_command(sub, "uncollected", _uncollected, translate(
        "Cli", "未领取名单：已到货、还没人领的包裹，按楼栋、单元和房号排列（PDF、XLSX 或 CSV）"))
    p.add_argument("rounds", nargs="*", metavar="ROUND",
                   help=translate("Cli", "批次名称或编号，可以写多个；不写则列出所有批次"))
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help=translate("Cli", "保存到的文件：.pdf、.xlsx 或 .csv"))
    p.add_argument("--vulnerable-first", action="store_true",
                   help=translate("Cli", "每个单元里有标记的住户（独居老人、卧床等）排在前面"))
    p.add_argument("--full-phones", action="store_true",
                   help=translate("Cli", "电话写完整号码（默认隐去中间四位）"))
    p.add_argument("--point", action="append", metavar="SITE_ID",
                   help=translate("Cli", "协调端：只列这个接驳点的包裹（可写多次；"
                                         "不写则全部接驳点，各点分开列出并合计）"))
    add_json(p)


def _uncollected(args: argparse.Namespace) -> int:
    from pickuppoint.documents import uncollected as documents

    kind = service.check_output(args.output, ("pdf", "xlsx", "csv"))
    ctx = open_context(args)
    try:
        options = service.Options(list(args.rounds), args.vulnerable_first, args.full_phones)
        if ctx.site.role == "coordinator":  # every point (or those named), a part each
            return _by_point(args, ctx, options, kind)
        data = service.gather(ctx, options, default_scope(ctx, args.point))
        n = documents.write(data, args.output, kind)
    finally:
        ctx.close()
    if args.json:
        emit_json({"file": args.output, "households": data.total.households, "parcels": data.total.parcels,
                   "amount_due": data.to_json()["total"]["amount_due"],
                   **({"pages": n} if kind == "pdf" else {})})
        return 0
    pages = translate("Cli", "（{n} 页）").format(n=n) if kind == "pdf" else ""
    print(translate("Cli", "未领取名单：{households} 户、{parcels} 件，已保存到 {path}{pages}。").format(
        households=data.total.households, parcels=data.total.parcels, path=args.output, pages=pages))
    return 0


def _by_point(args: argparse.Namespace, ctx, options: service.Options, kind: str) -> int:  # noqa: ANN001
    from pickuppoint.documents import by_point as documents
    from pickuppoint.services.lists import by_point

    data = by_point.uncollected_by_point(ctx, options, args.point)
    n = documents.write_list(data, args.output, kind)
    if args.json:
        emit_json({"file": args.output, "households": data.total.households, "parcels": data.total.parcels,
                   "amount_due": data.total.to_json()["amount_due"],
                   "points": [{"site_id": p.site_id, "name": p.name, "households": part.total.households,
                               "parcels": part.total.parcels, "amount_due": part.total.to_json()["amount_due"]}
                              for p, part in data.parts],
                   **({"pages": n} if kind == "pdf" else {})})
        return 0
    pages = translate("Cli", "（{n} 页）").format(n=n) if kind == "pdf" else ""
    print(translate("Cli", "未领取名单（{points}）：{households} 户、{parcels} 件，已保存到 {path}{pages}。").format(
        points=by_point.points_line(data.parts), households=data.total.households, parcels=data.total.parcels,
        path=args.output, pages=pages))
    for p, part in data.parts:
        print(translate("Cli", "  {point}：{households} 户、{parcels} 件").format(
            point=p.label, households=part.total.households, parcels=part.total.parcels))
    return 0
