"""operators add NAME --role volunteer|worker|coordinator; operators list."""

from __future__ import annotations

import argparse

from pickuppoint.cli.main import add_command, add_json, ask_pin, emit_json, open_context
from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.operators import records, roles

ORDER = 15


def register(sub) -> None:  # noqa: ANN001
    p = sub.add_parser("operators", help=translate("Cli", "操作人和他们的角色"),
                       description=translate("Cli", "操作人和他们的角色"))
    ops = p.add_subparsers(dest="operators_command", metavar="COMMAND")
    q = add_command(ops, "add", _add, translate("Cli", "添加操作人；社区工作者和协调员需要设置 PIN"))
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", required=True, choices=list(roles.ROLES),
                   help=translate("Cli", "volunteer：志愿者；worker：社区工作者；coordinator：协调员"))
    add_json(q)
    q = add_command(ops, "list", _list, translate("Cli", "列出操作人"))
    add_json(q)


def _add(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        pin = None
        if args.role in roles.PIN_ROLES:
            pin = _new_pin(args.name)
        row = records.add_operator(ctx, args.name, args.role, pin)
    finally:
        ctx.close()
    if args.json:
        emit_json({"name": row.name, "role": row.role})
    else:
        print(translate("Cli", "已添加操作人 {name}（{role}）。").format(
            name=row.name, role=roles.role_label(row.role)))
    return 0


def _new_pin(name: str) -> str:
    import os

    for var in ("PICKUPPOINT_NEW_PIN", "PICKUPPOINT_PIN"):  # the new operator's PIN, for scripts
        if var in os.environ:
            return os.environ[var]
    first = ask_pin(translate("Cli", "给 {name} 设一个 PIN（4 到 12 位数字）：").format(name=name))
    if first is None:
        raise UserError(translate("Cli", "需要 PIN：请在终端上输入，或设置环境变量 PICKUPPOINT_PIN。"))
    again = ask_pin(translate("Cli", "再输入一次：")) or ""
    if again != first:
        raise UserError(translate("Cli", "两次输入的 PIN 不一样，没有添加。"))
    return first


def _list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        with ctx.read() as s:
            rows = records.list_operators(s)
    finally:
        ctx.close()
    if args.json:
        emit_json({"operators": [{"name": r.name, "role": r.role, "active": r.active} for r in rows]})
    else:
        for r in rows:
            print(f"{r.name}\t{roles.role_label(r.role)}")
    return 0
