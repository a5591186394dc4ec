"""`pickuppoint [--db PATH] [--lang zh_CN|en] [--operator NAME] [COMMAND ...]` (see shared CLI.md).

Exit status: 0 done; 1 refused or failed (one sentence on stderr); 2 wrong usage. A failure of
the database file itself (locked by another program, full disk, damaged...) is one sentence too
(`store.failures.explain`), never a traceback.
Each module in cli/commands/ adds its commands through `register(subparsers)`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import sys
from pathlib import Path
from typing import Any

from pickuppoint import i18n
from pickuppoint.errors import Refused, UserError
from pickuppoint.i18n import translate


class Usage(Exception):
    """Wrong usage: exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would exit; we keep control
        raise Usage(f"{self.prog}: {message}")


def _globals(parser: argparse.ArgumentParser, suppress: bool) -> None:
    d = {"default": argparse.SUPPRESS} if suppress else {}
    parser.add_argument("--db", metavar="PATH", help=translate("Cli", "数据库文件"), **d)
    parser.add_argument("--lang", choices=["zh_CN", "en"], help=translate("Cli", "界面和文档的语言"), **d)
    parser.add_argument("--operator", metavar="NAME", help=translate("Cli", "操作人"), **d)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="pickuppoint", description=translate("Cli", "社区接驳点物资发放"))
    _globals(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    from pickuppoint.cli import commands

    modules = [importlib.import_module(f"pickuppoint.cli.commands.{m.name}")
               for m in pkgutil.iter_modules(commands.__path__)]
    for module in sorted(modules, key=lambda m: getattr(m, "ORDER", 50)):
        module.register(sub)
    for choice in sub.choices.values():
        _globals(choice, suppress=True)
        for action in choice._actions:
            if isinstance(action, argparse._SubParsersAction):
                for nested in action.choices.values():
                    _globals(nested, suppress=True)
    return parser


def add_command(sub: Any, name: str, handler: Any, help: str) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=help)
    p.set_defaults(handler=handler)
    return p


def add_json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help=translate("Cli", "以 JSON 输出"))


def emit_json(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def db_path(args: argparse.Namespace) -> Path:
    from pickuppoint.paths import default_db_path

    return Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()


def open_context(args: argparse.Namespace):  # noqa: ANN201 - Context
    """The database, with the operator of `--operator` signed in (PIN from PICKUPPOINT_PIN or
    asked on the terminal, for a community worker or a coordinator)."""
    from pickuppoint.services.context import Context
    from pickuppoint.services.operators.signin import needs_pin, sign_in

    ctx = Context.open(db_path(args), getattr(args, "operator", None))
    try:
        pin = None
        if needs_pin(ctx, ctx.operator):
            pin = ask_pin(translate("Cli", "{name} 的 PIN：").format(name=ctx.operator))
        sign_in(ctx, ctx.operator, pin, remember=False)
    except BaseException:
        ctx.close()
        raise
    return ctx


def ask_pin(prompt: str) -> str | None:
    """PICKUPPOINT_PIN when set (scripts), else asked on the terminal without echo."""
    pin = os.environ.get("PICKUPPOINT_PIN")
    if pin is not None:
        return pin
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(prompt)


def _install_language(lang: str | None) -> str:
    language = i18n.normalize_language(lang)
    from pickuppoint.cli import argparse_zh
    from pickuppoint.ui.translator import load_translator

    load_translator(language)
    argparse_zh.install()
    return language


def run(argv: list[str]) -> int:
    try:
        return _run(argv)
    except Exception as exc:  # the database file failed under a command (see store.failures)
        from pickuppoint.store.failures import explain

        message = explain(exc, _argv_db(argv))
        if message is None:
            raise
        _error(message, argv)
        return 1


def _argv_db(argv: list[str]) -> Path:
    from pickuppoint.paths import default_db_path

    for i, a in enumerate(argv):
        if a == "--db" and i + 1 < len(argv):
            return Path(argv[i + 1]).expanduser()
        if a.startswith("--db="):
            return Path(a.split("=", 1)[1]).expanduser()
    return default_db_path()


def _error(message: str, argv: list[str]) -> None:
    if "--json" in argv:  # still one JSON object on stdout, as --json promises
        sys.stdout.write(json.dumps({"error": message}, ensure_ascii=False) + "\n")
    sys.stderr.write(f"{message}\n")


def _run(argv: list[str]) -> int:
    try:
        lang = None
        for i, a in enumerate(argv):
            if a == "--lang" and i + 1 < len(argv):
                lang = argv[i + 1]
            elif a.startswith("--lang="):
                lang = a.split("=", 1)[1]
        try:
            _install_language(lang)
        except ValueError:
            _install_language(None)
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "command", None):
            args.command = "app"
            from pickuppoint.ui.app import run_app

            return run_app(db_path(args), getattr(args, "operator", None), args.lang)
        handler = getattr(args, "handler", None)
        if handler is None:
            raise Usage(translate("Cli", "缺少子命令，请用 --help 查看用法。"))
        return int(handler(args) or 0)
    except Usage as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    except Refused as exc:
        if "--json" in argv:  # a script learns why, as a stable identifier, on stdout too
            sys.stdout.write(json.dumps({"refused": exc.reason, "message": exc.message,
                                         "details": exc.details}, ensure_ascii=False, default=str) + "\n")
        sys.stderr.write(f"{exc.message}\n")
        return 1
    except UserError as exc:
        _error(exc.message, argv)
        return 1
    except BrokenPipeError:  # the reader went away (`households list | head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        sys.stderr.write(translate("Cli", "已取消。") + "\n")
        return 1
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        sys.stderr.write(translate("Cli", "文件操作失败{where}：{error}").format(
            where=where, error=exc.strerror or exc) + "\n")
        return 1
