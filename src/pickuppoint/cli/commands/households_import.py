"""households import FILE [--sheet NAME] [--map HEADER=FIELD ...] [--skip-errors] [--dry-run] [--json]

Registered under `households` by cli/commands/households.py (`register_under`)."""

from __future__ import annotations

import sys

from pickuppoint.cli.import_report import print_columns, print_issues
from pickuppoint.cli.main import Usage, add_json, emit_json, open_context
from pickuppoint.i18n import translate
from pickuppoint.services.households.roster_columns import short_label
from pickuppoint.services.households.roster_import import ImportPlan, ImportResult, apply_import, plan_import
from pickuppoint.services.operators.roles import require

ORDER = 21


def register(sub) -> None:  # noqa: ANN001, ARG001
    """Nothing at the top level: `households` registers this command (`register_under`)."""


def register_under(hs) -> None:  # noqa: ANN001 - the `households` subparsers
    p = hs.add_parser("import", help=translate("Cli", "导入住户名册（CSV 或 XLSX）"),
                      description=translate("Cli", "导入住户名册（CSV 或 XLSX）"))
    p.set_defaults(handler=_import)
    p.add_argument("file", metavar="FILE", help=translate("Cli", "名册文件：CSV（UTF-8 或 GBK）或 XLSX"))
    p.add_argument("--sheet", metavar="NAME", help=translate("Cli", "XLSX 中要导入的工作表"))
    p.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                   help=translate("Cli", "指定某列导入为哪个字段，如 --map 住址=address；可多次使用"))
    p.add_argument("--skip-errors", action="store_true",
                   help=translate("Cli", "跳过有错误的行，导入其余的行"))
    p.add_argument("--dry-run", action="store_true", help=translate("Cli", "只检查，不写入"))
    add_json(p)


def parse_map(items: list[str]) -> dict[str | int, str]:
    mapping: dict[str | int, str] = {}
    for item in items:
        header, sep, field = item.partition("=")
        if not sep or not header.strip():
            raise Usage(translate(
                "Cli", "--map 的写法是 表头=字段，例如 --map 住址=address（“{item}”不是）。").format(item=item))
        mapping[header.strip()] = field.strip()
    return mapping


def _import(args) -> int:  # noqa: ANN001
    mapping = parse_map(args.map)
    ctx = open_context(args)
    require(ctx, "household.created")  # before the file is read, dry run or not
    plan = plan_import(ctx, args.file, args.sheet, mapping)
    refused = bool(plan.errors) and not args.skip_errors
    if refused or args.dry_run:
        result = plan.outcome(args.skip_errors, dry_run=args.dry_run)
    else:
        result = apply_import(ctx, plan, skip_errors=args.skip_errors)
    if args.json:
        emit_json(result.to_json())
    else:
        _print_report(plan, result)
    if refused:
        sys.stderr.write(translate(
            "Cli", "名册中有 {n} 行有错误，没有导入任何住户：请改正后重新导入，或加上 --skip-errors 跳过这些行。"
        ).format(n=len(plan.error_rows)) + "\n")
        return 1
    return 0


def _print_report(plan: ImportPlan, result: ImportResult) -> None:
    table = plan.roster.table
    if table.sheet:
        where = translate("Cli", "{file}（工作表“{sheet}”，表头在第 {row} 行）：{n} 行住户记录").format(
            file=plan.path.name, sheet=table.sheet, row=table.header_row, n=plan.rows)
    else:
        where = translate("Cli", "{file}（表头在第 {row} 行）：{n} 行住户记录").format(
            file=plan.path.name, row=table.header_row, n=plan.rows)
    print(where)
    print_columns(table.headers, plan.roster.mapping, short_label)
    if not result.refused:
        line = translate("Cli", "新增 {new} 户，更新 {updated} 户，未变 {same} 户，跳过 {skipped} 行。")
        print(line.format(new=result.imported, updated=result.updated, same=result.unchanged,
                          skipped=result.skipped))
    if plan.updates and not result.refused:  # which households an update changes, and how
        print(translate("Cli", "更新（{n}）：").format(n=len(plan.updates)))
        for issue in plan.updates:
            print("  " + translate("Cli", "第 {row} 行：{message}").format(row=issue.row, message=issue.message))
    print_issues(result.errors, result.warnings)
    if result.dry_run:
        print(translate("Cli", "试运行：没有写入任何内容。"))
