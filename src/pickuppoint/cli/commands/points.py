"""points add / points assign / points unassign / points list: a coordinator's pickup points and
the households each serves."""

from __future__ import annotations

from pathlib import Path

from pickuppoint.cli.main import Parser, add_json, emit_json, open_context
from pickuppoint.i18n import translate
from pickuppoint.services.assign import commands as assign
from pickuppoint.services.sync import enrol

ORDER = 79


def _who(p) -> None:  # noqa: ANN001 - argparse parser
    p.add_argument("--building", action="append", default=[], metavar="B",
                   help=translate("Cli", "这一栋（楼）的全部住户，可重复"))
    p.add_argument("--household", action="append", default=[], metavar="CODE",
                   help=translate("Cli", "一户（如 3-2-501），可重复"))


def register(sub) -> None:  # noqa: ANN001
    p = sub.add_parser("points", help=translate("Cli", "（协调中心）登记接驳点"))
    ps = p.add_subparsers(dest="points_command", metavar="ACTION")
    ps._parser_class = Parser  # noqa: SLF001
    ap = ps.add_parser("add", help=translate("Cli", "登记一个接驳点，做它的设置文件"),
                       description=translate(
                           "Cli", "登记一个接驳点，做它的设置文件；加 --building / --household：先把这些住户分配给它"))
    ap.set_defaults(handler=_add)
    ap.add_argument("site_id", metavar="SITE_ID")
    ap.add_argument("--name", required=True)
    ap.add_argument("-o", dest="out", required=True, metavar="SETUP_FILE")
    _who(ap)
    add_json(ap)
    sp = ps.add_parser("assign", help=translate("Cli", "把住户分配给一个接驳点"),
                       description=translate(
                           "Cli", "把住户（整栋或按户）分配给一个接驳点；他们待领的包裹也一起改到那里"))
    sp.set_defaults(handler=_assign)
    sp.add_argument("site_id", metavar="SITE_ID")
    _who(sp)
    add_json(sp)
    up = ps.add_parser("unassign", help=translate("Cli", "住户不再只属于一个接驳点"),
                       description=translate("Cli", "取消住户的分配：每个接驳点都能为他们发放"))
    up.set_defaults(handler=_unassign)
    _who(up)
    add_json(up)
    lp = ps.add_parser("list", help=translate("Cli", "列出接驳点"),
                       description=translate("Cli", "登记的接驳点，和各自分到的住户数"))
    lp.set_defaults(handler=_list)
    add_json(lp)


def _add(args) -> int:  # noqa: ANN001
    made = enrol.add_point(open_context(args), args.site_id, args.name, Path(args.out),
                           buildings=args.building, households=args.household)
    if args.json:
        emit_json({"site_id": made.site_id, "name": made.name, "file": str(made.path),
                   "enrolment_code": made.code, "records": made.records})
    else:
        print(translate("Sync", "已为接驳点 {id}（{name}）写好设置文件 {path}。").format(
            id=made.site_id, name=made.name, path=made.path))
        print(translate("Sync", "启用码（只显示这一次，请另行告诉接驳点，不要和文件放在一起）：{code}").format(
            code=made.code))
    return 0


def _report(args, done: assign.Assigned) -> int:  # noqa: ANN001
    if args.json:
        emit_json(done.to_json())
    elif done.point_site:
        print(translate(
            "Assign", "已把 {n} 户分配给 {id}（{k} 户原来就在那里），{p} 个待领包裹随住户改到 {id}。"
        ).format(n=done.households, id=done.point_site, k=done.unchanged, p=done.parcels))
    else:
        print(translate("Assign", "已取消 {n} 户的分配（{k} 户原来就没有分配），{p} 个待领包裹随之改动。").format(
            n=done.households, k=done.unchanged, p=done.parcels))
    return 0


def _assign(args) -> int:  # noqa: ANN001
    return _report(args, assign.assign_households(open_context(args), args.site_id, args.building,
                                                  args.household))


def _unassign(args) -> int:  # noqa: ANN001
    return _report(args, assign.assign_households(open_context(args), "", args.building, args.household))


def _list(args) -> int:  # noqa: ANN001
    with open_context(args).read() as s:
        found = assign.points(s)
        unassigned = assign.unassigned(s)
    if args.json:
        emit_json({"points": [{"site_id": p.site_id, "name": p.name, "households": p.households}
                              for p in found], "unassigned": unassigned})
        return 0
    for p in found:
        print("\t".join([p.site_id, p.name, translate("Assign", "{n} 户").format(n=p.households)]))
    print(translate("Assign", "没有分配的住户（每个接驳点都能发放）：{n} 户").format(n=unassigned))
    return 0
