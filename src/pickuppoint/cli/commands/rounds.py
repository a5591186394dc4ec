"""rounds create / rounds assign / rounds list: distribution rounds (批次)."""

from __future__ import annotations

from pickuppoint.cli.main import Parser, add_json, emit_json, open_context
from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan, parse_yuan
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds.figures import figures

ORDER = 25


def register(sub) -> None:  # noqa: ANN001
    p = sub.add_parser("rounds", help=translate("Cli", "发放批次"))
    rs = p.add_subparsers(dest="rounds_command", metavar="ACTION")
    rs._parser_class = Parser  # noqa: SLF001
    cp = rs.add_parser("create", help=translate("Cli", "新建一个批次"),
                       description=translate("Cli", "新建一个批次"))
    cp.set_defaults(handler=_create)
    cp.add_argument("name", metavar="NAME", help=translate("Cli", "批次名称，如“4月10日 蔬菜包”"))
    cp.add_argument("--kind", choices=list(rounds.KINDS), default="order",
                    help=translate("Cli", "order：订单批次（导入供应商订单表）；allocation：统一配发"))
    cp.add_argument("--date", metavar="D", help=translate("Cli", "日期 YYYY-MM-DD（默认今天）"))
    cp.add_argument("--item", metavar="TEXT", default="", help=translate("Cli", "物资，如“蔬菜包”"))
    cp.add_argument("--price", metavar="AMOUNT", help=translate("Cli", "每份价格（元），如 39.90"))
    cp.add_argument("--payment", choices=list(rounds.DEFAULT_PAYMENTS),
                    help=translate(
                        "Cli", "默认付款方式：prepaid 已预付、at_pickup 领取时付款、on_behalf 社区代付、free 免费"))
    cp.add_argument("--supplier", metavar="S", default="", help=translate("Cli", "供应商"))
    cp.add_argument("--point", action="append", default=[], metavar="SITE_ID",
                    help=translate("Cli", "（协调中心）这个批次给哪个接驳点，可重复；不写：所有接驳点"))
    add_json(cp)
    ap = rs.add_parser("assign", help=translate("Cli", "（协调中心）批次给哪些接驳点"),
                       description=translate(
                           "Cli", "（协调中心）改变批次给哪些接驳点：--point 可重复，或 --all 给所有接驳点"))
    ap.set_defaults(handler=_assign)
    ap.add_argument("round", metavar="ROUND")
    which = ap.add_mutually_exclusive_group(required=True)
    which.add_argument("--point", action="append", metavar="SITE_ID")
    which.add_argument("--all", action="store_true", help=translate("Cli", "所有接驳点"))
    add_json(ap)
    lp = rs.add_parser("list", help=translate("Cli", "列出批次"), description=translate("Cli", "列出批次"))
    lp.set_defaults(handler=_list)
    add_json(lp)


def price_cents(text: str | None) -> int:
    if text is None or text == "":
        return 0
    try:
        return parse_yuan(text)
    except ValueError as exc:
        raise UserError(translate(
            "Cli", "价格“{price}”不是金额，请写成 39.90 这样的数字。").format(price=text)) from exc


def _create(args) -> int:  # noqa: ANN001
    ctx = open_context(args)
    r = rounds.create(ctx, args.name, kind=args.kind, date=args.date, item=args.item,
                      price_cents=price_cents(args.price), default_payment=args.payment,
                      supplier=args.supplier, points=args.point)
    if args.json:
        emit_json(r.to_json())
    else:
        print(translate("Cli", "已新建批次“{name}”（编号 {id}）。").format(name=r.name, id=r.id))
    return 0


def _assign(args) -> int:  # noqa: ANN001
    from pickuppoint.services.assign.commands import assign_round

    ctx = open_context(args)
    points = assign_round(ctx, args.round, [] if args.all else args.point)
    with ctx.read() as s:
        r = rounds.get(s, args.round)
    if args.json:
        emit_json({"id": r.id, "name": r.name, "points": points})
    elif points:
        print(translate("Cli", "批次“{name}”给这些接驳点：{points}。").format(name=r.name, points="、".join(points)))
    else:
        print(translate("Cli", "批次“{name}”给所有接驳点。").format(name=r.name))
    return 0


def _list(args) -> int:  # noqa: ANN001
    ctx = open_context(args)
    with ctx.read() as s:
        found = [(r, rounds.counts(s, r.id), figures(s, r.id)) for r in rounds.all_rounds(s)]
    if args.json:  # counts: parcels by status; figures: as every page shows them (rounds/figures.py)
        emit_json({"rounds": [{**r.to_json(), "counts": {
            "total": c.total, "expected": c.expected, "received": c.at_point, "damaged": c.damaged,
            "collected": c.collected, "cancelled": c.cancelled, "unmatched": c.unmatched,
            "surplus": c.surplus}, "figures": f.to_json()}
            for r, c, f in found]})
        return 0
    for r, c, f in found:
        summary = translate(
            "Cli",
            "应到 {expected}，已到 {received}，多出 {surplus}，已领取 {collected}，还剩 {left}，未匹配 {unmatched}")
        print("\t".join([r.id, r.name, rounds.kind_label(r.kind), r.date, r.item, format_yuan(r.price_cents),
                         summary.format(expected=f.expected, received=f.received, surplus=f.surplus,
                                        collected=f.collected, left=f.left, unmatched=c.unmatched)]))
    print(translate("Cli", "共 {n} 个批次").format(n=len(found)))
    return 0
