"""purge [--yes]: after the emergency, names, phones, proxies and notes removed for good."""

from __future__ import annotations

import argparse
import sys

from pickuppoint.cli.main import add_command, add_json, emit_json, open_context
from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.operators.roles import require

ORDER = 95
CONFIRM = "PURGE"


def register(sub) -> None:  # noqa: ANN001
    p = add_command(sub, "purge", _purge, translate(
        "Cli", "应急结束后：删除住户的姓名、电话、代领人和备注（保留数量和记录），不可恢复"))
    p.add_argument("--yes", action="store_true", help=translate("Cli", "不再询问（用于脚本）"))
    add_json(p)


def _confirmed(args: argparse.Namespace) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise UserError(translate(
            "Cli", "清除个人信息不可恢复：请在终端上运行并确认，或加上 --yes。"))
    sys.stderr.write(translate(
        "Cli", "这会永久删除所有住户的姓名、电话、代领人和备注，以及这个数据库的所有备份，不能恢复。\n"
        "确定请输入 {word} 后回车：").format(word=CONFIRM))
    sys.stderr.flush()
    return sys.stdin.readline().strip() == CONFIRM


def _purge(args: argparse.Namespace) -> int:
    from pickuppoint.services.privacy.purge import purge

    ctx = open_context(args)
    try:
        require(ctx, "data.purge")  # before asking
        if not _confirmed(args):
            sys.stderr.write(translate("Cli", "没有确认，什么也没有删除。") + "\n")
            return 1
        result = purge(ctx)
    finally:
        ctx.close()
    if args.json:
        emit_json({"purged": result.personal_rows, "households": result.households,
                   "handovers": result.handovers, "removed": [str(p) for p in result.removed],
                   "not_removed": [str(p) for p in result.kept]})
    else:
        print(translate(
            "Cli", "已删除个人信息（{n} 条）；保留 {households} 户、{handovers} 次发放的记录；删除了 {copies} 个备份。"
        ).format(n=result.personal_rows, households=result.households, handovers=result.handovers,
                 copies=len(result.removed)))
    for path in result.kept:
        sys.stderr.write(translate(
            "Cli", "无法删除备份 {path}：请手工删除它（里面还有个人信息）。").format(path=path) + "\n")
    return 1 if result.kept else 0
