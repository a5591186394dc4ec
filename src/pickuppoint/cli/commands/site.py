"""init, rebuild, verify."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from pickuppoint.cli.main import Usage, add_command, add_json, emit_json, open_context
from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.backup import anchors
from pickuppoint.services.log import integrity
from pickuppoint.services.site import init_site
from pickuppoint.services.sync import enrol

ORDER = 10


def register(sub) -> None:  # noqa: ANN001
    p = add_command(sub, "init", _init, translate("Cli", "把这个数据库设为一个接驳点（或协调中心）"))
    p.add_argument("--site-id", metavar="ID")
    p.add_argument("--name")
    p.add_argument("--role", choices=["point", "coordinator"], default="point")
    p.add_argument("--from", dest="setup", metavar="SETUP_FILE",
                   help=translate("Cli", "用协调中心给的设置文件启用这个接驳点（启用码在终端输入，"
                                         "或取自 PICKUPPOINT_ENROL_CODE）"))
    p = add_command(sub, "rebuild", _rebuild, translate("Cli", "从记录重建当前状态"))
    add_json(p)
    p = add_command(sub, "verify", _verify, translate("Cli", "检查记录的哈希链和当前状态"))
    add_json(p)


def _init(args) -> int:  # noqa: ANN001
    if args.setup:
        if args.site_id or args.name or args.role != "point":
            raise Usage(translate("Cli", "init --from 不能和 --site-id、--name、--role 一起用。"))
        return _enrol(args)
    if not args.site_id or not args.name:
        raise Usage(translate("Cli", "init 需要 --site-id 和 --name（或者 --from 设置文件）。"))
    ctx = open_context(args)
    enrol.check_can_coordinate(ctx, args.role)
    init_site(ctx, args.site_id, args.name, args.role)
    if args.role == "coordinator":
        enrol.create_deployment(ctx)
    print(translate("Cli", "已设为站点 {id}：{name}").format(id=args.site_id, name=args.name))
    return 0


def _enrol(args) -> int:  # noqa: ANN001
    path = Path(args.setup)
    if not path.is_file():
        raise UserError(translate("Sync", "找不到设置文件 {path}。").format(path=path))
    code = os.environ.get("PICKUPPOINT_ENROL_CODE", "")
    if not code:
        if not sys.stdin.isatty():
            raise UserError(translate(
                "Sync", "请在终端输入启用码，或用环境变量 PICKUPPOINT_ENROL_CODE 给出。"))
        code = getpass.getpass(translate("Sync", "启用码：")).strip()
    done = enrol.enrol_from_setup(open_context(args), path, code)
    print(translate("Sync", "已启用为接驳点 {id}（{name}），属于 {hub}；收到 {n} 条记录。").format(
        id=done.site_id, name=done.name, hub=done.hub_name, n=done.records))
    print(translate("Sync", "本接驳点的密钥指纹：{fp}（协调中心导入第一批数据时会显示，请核对）").format(
        fp=done.fingerprint))
    return 0


def _rebuild(args) -> int:  # noqa: ANN001
    n = integrity.rebuild(open_context(args))
    if args.json:
        emit_json({"records": n})
    else:
        print(translate("Cli", "已从 {n} 条记录重建当前状态。").format(n=n))
    return 0


def _verify(args) -> int:  # noqa: ANN001
    ctx = open_context(args)
    result = integrity.verify(ctx)
    # the chain alone cannot reveal a history rewritten with every later hash recomputed: the
    # chain heads kept in the backups can (sync files carry theirs to the coordinator)
    backups = anchors.backups_checked(ctx)
    rewritten = anchors.check_against_backups(ctx) if result.ok else []
    ok = result.ok and not rewritten
    if args.json:
        out = result.to_json()
        out.update(ok=ok, backups_checked=backups, rewritten=rewritten)
        emit_json(out)
    elif ok:
        print(translate("Cli", "检查通过：{n} 条记录完整，当前状态与记录一致。").format(n=result.records))
        if backups:
            print(translate("Cli", "与 {n} 个备份里的记录链头核对一致。").format(n=backups))
        else:
            print(translate("Cli", "还没有备份可核对：记录链查得出单条记录被改，查不出整条链被重算后的改写。"))
    else:
        for p in [*result.problems, *rewritten]:
            print(p, file=sys.stderr)
    return 0 if ok else 1
