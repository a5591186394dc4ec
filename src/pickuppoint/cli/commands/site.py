"""init, rebuild, verify."""

from __future__ import annotations

import sys

from pickuppoint.cli.main import add_command, add_json, emit_json, open_context
from pickuppoint.i18n import translate
from pickuppoint.services.log import integrity
from pickuppoint.services.site import init_site

ORDER = 10


def register(sub) -> None:  # noqa: ANN001
    p = add_command(sub, "init", _init, translate("Cli", "把这个数据库设为一个接驳点（或协调中心）"))
    p.add_argument("--site-id", required=True, metavar="ID")
    p.add_argument("--name", required=True)
    p.add_argument("--role", choices=["point", "coordinator"], default="point")
    p = add_command(sub, "rebuild", _rebuild, translate("Cli", "从记录重建当前状态"))
    add_json(p)
    p = add_command(sub, "verify", _verify, translate("Cli", "检查记录的哈希链和当前状态"))
    add_json(p)


def _init(args) -> int:  # noqa: ANN001
    ctx = open_context(args)
    init_site(ctx, args.site_id, args.name, args.role)
    print(translate("Cli", "已设为站点 {id}：{name}").format(id=args.site_id, name=args.name))
    return 0


def _rebuild(args) -> int:  # noqa: ANN001
    n = integrity.rebuild(open_context(args))
    if args.json:
        emit_json({"records": n})
    else:
        print(translate("Cli", "已从 {n} 条记录重建当前状态。").format(n=n))
    return 0


def _verify(args) -> int:  # noqa: ANN001
    result = integrity.verify(open_context(args))
    if args.json:
        emit_json(result.to_json())
    elif result.ok:
        print(translate("Cli", "检查通过：{n} 条记录完整，当前状态与记录一致。").format(n=result.records))
    else:
        for p in result.problems:
            print(p, file=sys.stderr)
    return 0 if result.ok else 1
