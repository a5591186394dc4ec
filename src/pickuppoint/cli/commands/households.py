"""households list (import: see households_import)."""

from __future__ import annotations

from pickuppoint.cli.main import add_json, emit_json, open_context
from pickuppoint.domain.flags import flag_label
from pickuppoint.i18n import translate
from pickuppoint.services.households import records as households

ORDER = 20


def register(sub) -> None:  # noqa: ANN001
    p = sub.add_parser("households", help=translate("Cli", "住户名册"))
    hs = p.add_subparsers(dest="households_command", metavar="ACTION")
    from pickuppoint.cli.main import Parser

    hs._parser_class = Parser  # noqa: SLF001
    lp = hs.add_parser("list", help=translate("Cli", "列出住户"))
    lp.set_defaults(handler=_list)
    lp.add_argument("--search", default="", help=translate("Cli", "按房号、姓名或电话查找"))
    add_json(lp)
    register_import(hs)


def register_import(hs) -> None:  # noqa: ANN001
    from pickuppoint.cli.commands import households_import

    households_import.register_under(hs)


def _list(args) -> int:  # noqa: ANN001
    ctx = open_context(args)
    with ctx.read() as s:
        rows = households.search(s, households.Query(text=args.search), limit=10**9)
    if args.json:
        emit_json({"households": [h.to_json() for h in rows]})
        return 0
    for h in rows:
        flags = "、".join(flag_label(f) for f in h.flags)
        print(f"{h.code}\t{h.head}\t{h.phone}\t{h.members}\t{h.grid}\t{flags}")
    print(translate("Cli", "共 {n} 户").format(n=len(rows)))
    return 0
