"""receive (check parcels in at this point) and goods-received (the sheet the driver signs).

`receive` judges every code on its own, the way a truck is unloaded: the parcels that can be
received are recorded (in one transaction), the others are listed with the reason and nothing is
written for them. The exit status is 1 when any code was refused (misread, another round, unknown
without a round, already collected, cancelled, another point's), so a script notices; the codes
that were recorded stay recorded, and the output says which. A code received before and a
surplus parcel (recorded with its note) are not refusals. A code on no list that resembles a
listed code of the round (one character off, or characters missing) is refused until it is given
again with `--surplus` (the person looked at the parcel: it really is an extra one).
`receive CODE --undo --reason TEXT` undoes a receipt made by mistake (`parcel.receipt_undone`):
a listed parcel goes back to missing, a surplus parcel is taken off the round.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pickuppoint.cli.main import Usage, add_command, add_json, emit_json, open_context
from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.receiving import records as receiving
from pickuppoint.services.receiving.undo import undo_receipt
from pickuppoint.services.rounds import records as rounds

ORDER = 35


def register(sub) -> None:  # noqa: ANN001
    p = add_command(sub, "receive", _receive, translate("Cli", "到货验收：登记送到本点的包裹"))
    p.description = translate(
        "Cli", "到货验收：逐个判断每个编号，能验收的都登记；有编号被拒收（读错、不是这一批、已领取、已作废等）"
               "时退出码为 1，已登记的仍然有效，输出中逐个说明。清单上没有的编号在指定 --round 时登记为多出。")
    p.add_argument("codes", nargs="*", metavar="CODE", help=translate("Cli", "扫到的包裹编号，可以一次写多个"))
    p.add_argument("--round", metavar="ROUND",
                   help=translate("Cli", "验收的批次（名称或编号）；不在这一批的包裹不登记"))
    p.add_argument("--damaged", action="store_true", help=translate("Cli", "这些包裹破损"))
    p.add_argument("--note", default="", metavar="TEXT", help=translate("Cli", "备注（破损情况、多出的包裹说明）"))
    p.add_argument("--surplus", action="store_true", help=translate(
        "Cli", "确认清单上没有的编号是多出的包裹，即使它和清单上的编号只差一个字符"))
    p.add_argument("--undo", action="store_true", help=translate(
        "Cli", "撤销这些编号的验收（扫错了、多出的包裹登记错了）；需要 --reason，记录保留"))
    p.add_argument("--reason", default="", metavar="TEXT", help=translate("Cli", "撤销验收的原因"))
    p.add_argument("--household", metavar="HOUSEHOLD",
                   help=translate("Cli", "没有标签时按户签收：这一户在该批次的包裹全部登记（需要 --round）"))
    add_json(p)

    p = add_command(sub, "goods-received", _goods_received, translate("Cli", "打印到货签收单（PDF）"))
    p.add_argument("round", metavar="ROUND", help=translate("Cli", "批次名称或编号"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")


def _undo(args: argparse.Namespace) -> int:
    if not args.codes:
        raise Usage(translate("Cli", "请写出要撤销验收的包裹编号。"))
    if not args.reason.strip():
        raise Usage(translate("Cli", "撤销验收时请用 --reason 写明原因。"))
    results = []
    ctx = open_context(args)
    try:
        for code in args.codes:
            try:
                results.append({"code": code, "outcome": "undone",
                                "message": undo_receipt(ctx, code, args.reason)})
            except UserError as exc:
                results.append({"code": code, "outcome": "refused", "message": exc.message})
    finally:
        ctx.close()
    refused = sum(1 for r in results if r["outcome"] == "refused")
    if args.json:
        emit_json({"results": results, "undone": len(results) - refused, "refused": refused})
    else:
        for r in results:
            (sys.stderr if r["outcome"] == "refused" else sys.stdout).write(r["message"] + "\n")
    return 1 if refused else 0


def _receive(args: argparse.Namespace) -> int:
    if args.undo:
        return _undo(args)
    if args.household and not args.round:
        raise Usage(translate("Cli", "按户签收时请用 --round 指定批次。"))
    if not args.codes and not args.household:
        raise Usage(translate("Cli", "请写出要验收的包裹编号，或用 --household 按户签收。"))
    ctx = open_context(args)
    try:
        outcomes = []
        if args.codes:
            outcomes += receiving.receive_many(ctx, args.round, args.codes, args.damaged, args.note,
                                               surplus_confirmed=args.surplus)
        if args.household:
            outcomes += receiving.receive_household(ctx, args.round, args.household)
    finally:
        ctx.close()
    refused = [o for o in outcomes if o.verdict == "refused"]
    counts = {k: sum(1 for o in outcomes if o.kind == k) for k in ("received", "already_received", "surplus")}
    if args.json:
        emit_json({"results": [o.to_json() for o in outcomes], **counts, "refused": len(refused),
                   "damaged": sum(1 for o in outcomes if o.damaged and o.recorded)})
    else:
        for o in outcomes:
            (sys.stderr if o.verdict == "refused" else sys.stdout).write(o.message + "\n")
        if any(o.kind == "lookalike" for o in outcomes):
            sys.stderr.write(translate(
                "Cli", "请核对包裹标签；确实是清单外多出的包裹，加 --surplus 再登记一次。") + "\n")
        print(translate(
            "Cli", "已验收 {received} 件，多出 {surplus} 件，之前已验收 {again} 件，未登记 {refused} 件。").format(
            received=counts["received"], surplus=counts["surplus"], again=counts["already_received"],
            refused=len(refused)))
    return 1 if refused else 0


def _goods_received(args: argparse.Namespace) -> int:
    from pickuppoint.documents.goods_received import write_goods_received

    out = Path(args.output).expanduser()
    ctx = open_context(args)
    try:
        with ctx.read() as s:
            rnd = rounds.get(s, args.round)
        pages = write_goods_received(ctx, rnd.id, out)
    finally:
        ctx.close()
    print(translate("Cli", "已生成到货签收单：{path}（{n} 页）。").format(path=out, n=pages))
    return 0
