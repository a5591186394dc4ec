"""backup -o FILE; restore FILE: a consistent copy of the database, and back."""

from __future__ import annotations

import argparse
from pathlib import Path

from pickuppoint.cli.main import add_command, add_json, db_path, emit_json, open_context
from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.operators.roles import require

ORDER = 90


def register(sub) -> None:  # noqa: ANN001
    p = add_command(sub, "backup", _backup, translate("Cli", "把数据库完整复制一份（运行中也可以）"))
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    add_json(p)
    p = add_command(sub, "restore", _restore, translate(
        "Cli", "从备份恢复数据库：先检查备份，原来的数据库另存一份"))
    p.add_argument("file", metavar="FILE")
    add_json(p)


def _backup(args: argparse.Namespace) -> int:
    from pickuppoint.services.backup.copy import copy_database
    from pickuppoint.services.backup.inspect import inspect_backup

    ctx = open_context(args)
    try:
        require(ctx, "backup.make")
        source = ctx.db.path
    finally:
        ctx.close()
    import sys

    from pickuppoint.documents.spreadsheets import personal_notice

    sys.stderr.write(personal_notice() + "\n")  # said before the file is written
    target = copy_database(source, Path(args.output))
    summary = inspect_backup(target)
    if args.json:
        emit_json({"file": str(target), "records": summary.records, "ok": summary.ok,
                   "problems": summary.problems})
    else:
        print(translate("Cli", "已备份 {n} 条记录到 {path}。").format(n=summary.records, path=target))
    return 0 if summary.ok else 1


def _restore(args: argparse.Namespace) -> int:
    from pickuppoint.services.backup.restore import restore

    target = db_path(args).expanduser()
    if target.exists():
        try:
            ctx = open_context(args)
        except UserError:
            ctx = None  # the database cannot be opened at all: that is what a restore is for
        if ctx is not None:
            try:
                require(ctx, "backup.restore")
            finally:
                ctx.close()
    summary, aside = restore(target, Path(args.file))
    if args.json:
        emit_json({"restored": str(summary.path), "records": summary.records, "taken_at": summary.taken_at,
                   "last_handover": summary.last_handover_at or None,
                   "replaced_kept_at": str(aside) if aside else None})
        return 0
    print(translate("Cli", "已从 {path} 恢复：{n} 条记录，{households} 户，备份时间 {at}。").format(
        path=summary.path, n=summary.records, households=summary.households, at=summary.taken_at or "-"))
    if aside:
        print(translate("Cli", "原来的数据库已另存为 {aside}。").format(aside=aside))
    return 0
