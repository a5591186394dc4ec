"""ledger -o FILE: the paid-on-behalf ledger (代付台账) as PDF or XLSX; ledger settle HOUSEHOLD
ROUND --method M --by NAME [--amount X]: record that what was paid on a household's behalf for a
round is settled (a `ledger.settled` record)."""

from __future__ import annotations

import argparse

from pickuppoint.cli.main import Usage, add_command, add_json, emit_json, open_context
from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan, parse_yuan
from pickuppoint.services.lists import ledger as service
from pickuppoint.services.lists.scope import default_scope
from pickuppoint.services.lists.uncollected import check_output

ORDER = 62


def register(sub) -> None:  # noqa: ANN001
    p = add_command(sub, "ledger", _no_action, translate("Cli", "代付台账：代住户垫付的款项、已结算和未结算"))
    actions = p.add_subparsers(dest="ledger_action", metavar="ACTION")
    show = actions.add_parser(
        "show",
        help=translate("Cli", "输出代付台账（PDF 或 XLSX；--json 输出各户明细）"),
        description=translate("Cli", "输出代付台账（PDF 或 XLSX；--json 输出各户明细）"),
    )
    show.set_defaults(handler=_show)
    show.add_argument("-o", "--output", metavar="FILE", help=translate("Cli", "保存到的文件：.pdf 或 .xlsx"))
    show.add_argument("--full-phones", action="store_true", help=translate("Cli", "电话写完整号码（默认隐去中间四位）"))
    show.add_argument(
        "--point", action="append", metavar="SITE_ID", help=translate("Cli", "只统计这个接驳点（协调端用；可写多次）")
    )
    add_json(show)
    settle = actions.add_parser(
        "settle",
        help=translate("Cli", "登记一户在一个批次的代付款已结算"),
        description=translate("Cli", "登记一户在一个批次的代付款已结算"),
    )
    settle.set_defaults(handler=_settle)
    settle.add_argument("household", metavar="HOUSEHOLD", help=translate("Cli", "住户编号，例如 3-2-501"))
    settle.add_argument("round", metavar="ROUND", help=translate("Cli", "批次名称或编号"))
    settle.add_argument(
        "--method",
        required=True,
        choices=service.METHODS,
        help=translate("Cli", "结算方式：cash 现金、qr 扫码、transfer 转账、waived 核销"),
    )
    settle.add_argument("--by", required=True, metavar="NAME", help=translate("Cli", "来结算的人"))
    settle.add_argument("--amount", metavar="X", help=translate("Cli", "结算金额（元），默认结清"))
    settle.add_argument("--note", default="", metavar="TEXT", help=translate("Cli", "备注"))
    add_json(settle)


def _no_action(args: argparse.Namespace) -> int:  # noqa: ARG001
    raise Usage(translate("Cli", "请写明要做什么：ledger show -o 台账.pdf，或 ledger settle 住户 批次 ..."))


def _show(args: argparse.Namespace) -> int:
    from pickuppoint.documents import ledger as documents

    if not args.output and not args.json:
        raise Usage(translate("Cli", "请用 -o 指定保存的文件，或用 --json 输出。"))
    kind = check_output(args.output, ("pdf", "xlsx")) if args.output else ""
    ctx = open_context(args)
    try:
        data = service.gather(ctx, default_scope(ctx, args.point), args.full_phones)
        if kind:
            documents.write(data, args.output, kind)
    finally:
        ctx.close()
    if args.json:
        emit_json(data.to_json())
        return 0
    print(
        translate(
            "Cli", "代付台账：代付 {owed} 元，已结算 {settled} 元，未结算 {outstanding} 元；已保存到 {path}。"
        ).format(
            owed=format_yuan(data.owed_cents),
            settled=format_yuan(data.settled_cents),
            outstanding=format_yuan(data.outstanding_cents),
            path=args.output,
        )
    )
    return 0


def _settle(args: argparse.Namespace) -> int:
    amount = None
    if args.amount is not None:
        try:
            amount = parse_yuan(args.amount)
        except ValueError as exc:
            raise UserError(
                translate("Cli", "金额“{amount}”无效，请写成 39.90 这样的数。").format(amount=args.amount)
            ) from exc
    ctx = open_context(args)
    try:
        settled = service.settle(ctx, args.household.strip(), args.round, args.method, args.by, amount, args.note)
    finally:
        ctx.close()
    if args.json:
        emit_json({"household": args.household.strip(), "settled": format_yuan(settled)})
        return 0
    print(
        translate("Cli", "已登记：{household} 结算 {amount} 元（{method}，{by}）。").format(
            household=args.household.strip(),
            amount=format_yuan(settled),
            method=service.method_label(args.method),
            by=args.by,
        )
    )
    return 0
