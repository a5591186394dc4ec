"""Door-delivery runs (送货上门): runs create HOUSEHOLD ... --volunteer NAME; runs list;
runs sheet RUN -o FILE.pdf; runs deliver RUN [HOUSEHOLD ...] [--payment owed|cash|qr]."""

from __future__ import annotations

import argparse

from pickuppoint.cli.main import Usage, add_command, add_json, emit_json, open_context
from pickuppoint.i18n import translate
from pickuppoint.services.lists import runs as service
from pickuppoint.services.lists.scope import default_scope
from pickuppoint.services.lists.uncollected import check_output

ORDER = 63


def register(sub) -> None:  # noqa: ANN001
    p = add_command(sub, "runs", _no_action, translate("Cli", "送货上门：安排志愿者把包裹送到住户家门口"))
    actions = p.add_subparsers(dest="runs_action", metavar="ACTION")
    c = actions.add_parser(
        "create",
        help=translate("Cli", "新建送货单：这些住户在点待领的包裹交给一位志愿者"),
        description=translate("Cli", "新建送货单：这些住户在点待领的包裹交给一位志愿者"),
    )
    c.set_defaults(handler=_create)
    c.add_argument("households", nargs="*", metavar="HOUSEHOLD", help=translate("Cli", "住户编号，例如 3-2-501"))
    c.add_argument("--flag", metavar="FLAG", help=translate("Cli", "有这个标记的住户（例如 bedridden）"))
    c.add_argument("--building", metavar="B", help=translate("Cli", "这栋楼的住户"))
    c.add_argument("--volunteer", required=True, metavar="NAME", help=translate("Cli", "送货志愿者"))
    c.add_argument("--phone", default="", metavar="PHONE", help=translate("Cli", "志愿者电话"))
    c.add_argument("--note", default="", metavar="TEXT", help=translate("Cli", "备注"))
    add_json(c)
    ls = actions.add_parser("list", help=translate("Cli", "列出送货单"), description=translate("Cli", "列出送货单"))
    ls.set_defaults(handler=_list)
    add_json(ls)
    s = actions.add_parser(
        "sheet", help=translate("Cli", "打印送货单（PDF）"), description=translate("Cli", "打印送货单（PDF）")
    )
    s.set_defaults(handler=_sheet)
    s.add_argument("run", metavar="RUN", help=translate("Cli", "送货单号"))
    s.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    d = actions.add_parser(
        "deliver",
        help=translate("Cli", "登记送达：全部或逐户，记为志愿者送货上门"),
        description=translate("Cli", "登记送达：全部或逐户，记为志愿者送货上门"),
    )
    d.set_defaults(handler=_deliver)
    d.add_argument("run", metavar="RUN", help=translate("Cli", "送货单号"))
    d.add_argument("households", nargs="*", metavar="HOUSEHOLD", help=translate("Cli", "只登记这些住户；不写则全部"))
    d.add_argument(
        "--payment",
        choices=("owed", "cash", "qr"),
        default="owed",
        help=translate("Cli", "应收款怎么结：owed 代付记账（默认）、cash 现金、qr 扫码"),
    )
    add_json(d)


def _no_action(args: argparse.Namespace) -> int:  # noqa: ARG001
    raise Usage(translate("Cli", "请写明要做什么：runs create / list / sheet / deliver"))


def _create(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        households = list(args.households)
        if args.flag or args.building:
            with ctx.read() as s:
                households += [c.code for c in service.candidates(s, default_scope(ctx), args.flag, args.building)]
        run_id = service.create(ctx, list(dict.fromkeys(households)), args.volunteer, args.phone, args.note)
        run = service.get(ctx, run_id)
    finally:
        ctx.close()
    if args.json:
        emit_json({"run": run_id, "households": len(run.stops), "parcels": run.parcels})
        return 0
    print(
        translate("Cli", "送货单 {run}：{households} 户、{parcels} 件，交给志愿者 {volunteer}。").format(
            run=run_id, households=len(run.stops), parcels=run.parcels, volunteer=run.volunteer
        )
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        with ctx.read() as s:
            ids = [r.id for r in service.runs(s)]
        loaded = [service.get(ctx, i) for i in ids]
    finally:
        ctx.close()
    if args.json:
        emit_json(
            {
                "runs": [
                    {
                        "run": r.id,
                        "volunteer": r.volunteer,
                        "created": r.created_at,
                        "households": len(r.stops),
                        "parcels": r.parcels,
                        "delivered": r.delivered,
                    }
                    for r in loaded
                ]
            }
        )
        return 0
    for r in loaded:
        print(
            translate("Cli", "{run}\t{created}\t{volunteer}\t{households} 户\t已送达 {delivered}/{parcels} 件").format(
                run=r.id,
                created=r.created_at,
                volunteer=r.volunteer,
                households=len(r.stops),
                delivered=r.delivered,
                parcels=r.parcels,
            )
        )
    return 0


def _sheet(args: argparse.Namespace) -> int:
    from pickuppoint.documents import delivery_sheet

    check_output(args.output, ("pdf",))
    ctx = open_context(args)
    try:
        pages = delivery_sheet.write(service.get(ctx, args.run), args.output)
    finally:
        ctx.close()
    print(translate("Cli", "送货单已保存到 {path}（{pages} 页）。").format(path=args.output, pages=pages))
    return 0


def _deliver(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        n = service.deliver(ctx, args.run, list(args.households) or None, args.payment)
    finally:
        ctx.close()
    if args.json:
        emit_json({"run": args.run, "delivered": n})
        return 0
    print(translate("Cli", "已登记送达 {n} 件。").format(n=n))
    return 0
