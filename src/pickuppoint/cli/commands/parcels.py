"""parcels import / allocate / match: the parcels of a round."""

from __future__ import annotations

import sys

from pickuppoint.cli.commands.households_import import parse_map
from pickuppoint.cli.import_report import print_columns, print_issues
from pickuppoint.cli.main import Parser, add_json, emit_json, open_context
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.manifests.columns import short_label
from pickuppoint.services.manifests.manifest import (
    PER,
    ManifestPlan,
    ManifestResult,
    apply_manifest,
    match_parcel,
    plan_manifest,
    read_manifest,
)
from pickuppoint.services.operators.roles import require
from pickuppoint.services.rounds import allocation
from pickuppoint.services.rounds import records as rounds

ORDER = 26


def register(sub) -> None:  # noqa: ANN001
    p = sub.add_parser("parcels", help=translate("Cli", "批次的包裹：导入订单表、按户配发"))
    ps = p.add_subparsers(dest="parcels_command", metavar="ACTION")
    ps._parser_class = Parser  # noqa: SLF001

    ip = ps.add_parser("import", help=translate("Cli", "导入供应商的订单表（CSV 或 XLSX）"),
                       description=translate("Cli", "导入供应商的订单表（CSV 或 XLSX）"))
    ip.set_defaults(handler=_import)
    ip.add_argument("round", metavar="ROUND", help=translate("Cli", "批次名称或编号"))
    ip.add_argument("file", metavar="FILE", help=translate("Cli", "订单表：CSV（UTF-8 或 GBK）或 XLSX"))
    ip.add_argument("--sheet", metavar="NAME", help=translate("Cli", "XLSX 中要导入的工作表"))
    ip.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                    help=translate("Cli", "指定某列导入为哪个字段，如 --map 配送信息=address；可多次使用"))
    ip.add_argument("--per", choices=list(PER), default="order",
                    help=translate("Cli", "order：每个订单一件包裹（默认，商品列在标签上）；line：每行商品一件"))
    ip.add_argument("--skip-errors", action="store_true", help=translate("Cli", "跳过有错误的行，导入其余的行"))
    ip.add_argument("--dry-run", action="store_true", help=translate("Cli", "只检查，不写入"))
    add_json(ip)

    ap = ps.add_parser("allocate", help=translate("Cli", "统一配发：给每户（或有某标记的住户）一份"),
                       description=translate("Cli", "统一配发：给每户（或有某标记的住户）一份"))
    ap.set_defaults(handler=_allocate)
    ap.add_argument("round", metavar="ROUND", help=translate("Cli", "批次名称或编号"))
    ap.add_argument("--per", choices=list(allocation.PER), default="household",
                    help=translate("Cli", "household：每户一份；member：按人数，每 N 人一份"))
    ap.add_argument("--members-per", type=int, default=1, metavar="N",
                    help=translate("Cli", "按人数配发时，每几人一份（默认 1）"))
    ap.add_argument("--flag", action="append", default=[], metavar="FLAG",
                    help=translate("Cli", "只给有这个标记的住户，如 hardship；可多次使用"))
    ap.add_argument("--dry-run", action="store_true", help=translate("Cli", "只计算，不写入"))
    add_json(ap)

    mp = ps.add_parser("match", help=translate("Cli", "把没有匹配到住户的包裹分给一户"),
                       description=translate("Cli", "把没有匹配到住户的包裹分给一户"))
    mp.set_defaults(handler=_match)
    mp.add_argument("code", metavar="CODE", help=translate("Cli", "包裹编号"))
    mp.add_argument("household", metavar="HOUSEHOLD", help=translate("Cli", "住户房号，如 3-2-501"))


def _import(args) -> int:  # noqa: ANN001
    mapping = parse_map(args.map)
    ctx = open_context(args)
    require(ctx, "parcel.added")  # before the file is read, dry run or not
    with ctx.read() as s:
        rnd = rounds.get(s, args.round)
    plan = plan_manifest(ctx, rnd.id, read_manifest(args.file, args.sheet, mapping), args.per)
    refused = bool(plan.errors) and not args.skip_errors
    if refused or args.dry_run:
        result = plan.outcome(args.skip_errors, dry_run=args.dry_run)
    else:
        result = apply_manifest(ctx, plan, skip_errors=args.skip_errors)
    if args.json:
        emit_json(result.to_json())
    else:
        _print_report(plan, result)
    if refused:
        sys.stderr.write(translate(
            "Cli", "订单表中有 {n} 行有错误，没有导入任何包裹：请改正后重新导入，或加上 --skip-errors 跳过这些行。"
        ).format(n=len(plan.error_rows)) + "\n")
        return 1
    return 0


def _print_report(plan: ManifestPlan, result: ManifestResult) -> None:
    table = plan.manifest.table
    print(translate("Cli", "{file}（表头在第 {row} 行）：{n} 行，{orders} 个订单，批次“{round}”").format(
        file=plan.path.name, row=table.header_row, n=plan.rows, orders=plan.orders, round=plan.round.name))
    if table.sheet and len(table.sheets) > 1:
        others = [s for s in table.sheets if s != table.sheet]
        print(translate(
            "Cli", "读的是工作表“{sheet}”；其余的工作表（{others}）不是订单明细（不对时用 --sheet 指定）。"
        ).format(sheet=table.sheet, others="、".join(others)))
    print(translate("Cli", "每个订单一件包裹，商品列在标签上（--per line 则每行商品一件）。") if plan.per == "order"
          else translate("Cli", "每行商品一件包裹。"))
    print_columns(table.headers, plan.manifest.mapping, short_label)
    if not result.refused:
        print(translate(
            "Cli", "新增 {new} 件，更新 {updated} 件，未变 {same} 件，跳过 {skipped} 行；金额合计 {amount} 元。"
        ).format(
            new=result.imported, updated=result.updated, same=result.unchanged, skipped=result.skipped,
            amount=format_yuan(result.amount_cents)))
    print_issues(result.errors, result.warnings)
    if result.unmatched:
        print(translate("Cli", "没有匹配到住户（{n}）：").format(n=len(result.unmatched)))
        for u in result.unmatched:
            near = "、".join(f"{s.code} {s.head}（{s.reason}）" for s in u.suggestions)
            print("  " + translate("Cli", "第 {row} 行：{address} {recipient}").format(
                row=u.row, address=u.address or "-", recipient=u.recipient))
            print("    " + (translate("Cli", "可能是：{near}").format(near=near) if near
                          else translate("Cli", "没有相近的住户。")))
        if not result.dry_run and not result.refused:
            print(translate("Cli", "用 parcels match 包裹编号 房号 把它们分给住户。"))
    if result.dry_run:
        print(translate("Cli", "试运行：没有写入任何内容。"))


def _allocate(args) -> int:  # noqa: ANN001
    ctx = open_context(args)
    require(ctx, "parcel.added")
    result = allocation.allocate(ctx, args.round, per=args.per, members_per=args.members_per,
                                 flags=args.flag, dry_run=args.dry_run)
    if args.json:
        emit_json(result.to_json())
        return 0
    print(translate("Cli", "配发给 {households} 户，共 {parcels} 件；{already} 户已配发过，没有重复配发。").format(
        households=result.households, parcels=result.parcels, already=result.already))
    if args.dry_run:
        print(translate("Cli", "试运行：没有写入任何内容。"))
    return 0


def _match(args) -> int:  # noqa: ANN001
    ctx = open_context(args)
    code = match_parcel(ctx, args.code, args.household)
    print(translate("Cli", "包裹 {parcel} 已分给住户 {code}。").format(parcel=args.code, code=code))
    return 0
