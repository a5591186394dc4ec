"""handover, void, lookup, receipt, till, cancel: the counter without a screen."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from pickuppoint.cli.main import Usage, add_command, add_json, emit_json, open_context
from pickuppoint.domain.flags import flag_label
from pickuppoint.errors import UserError
from pickuppoint.eventlog.clock import local_time
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan, parse_yuan
from pickuppoint.services.counter import handover as counter
from pickuppoint.services.counter.checks import Notice
from pickuppoint.services.counter.lookup import household_parcels, lookup
from pickuppoint.services.counter.payments import Collector, Payment, collector_label, payment_label
from pickuppoint.services.households import records as households
from pickuppoint.services.parcels.cancel import cancel_parcel
from pickuppoint.services.parcels.view import ParcelView, find_parcel, normalize_code, status_label

ORDER = 40


def register(sub) -> None:  # noqa: ANN001
    p = add_command(sub, "handover", _handover, translate("Cli", "发放包裹"))
    p.add_argument("codes", nargs="+", metavar="CODE", help=translate("Cli", "包裹编号（同一户的可以一次发放多个）"))
    p.add_argument("--collector", metavar="NAME", default="", help=translate("Cli", "领取人（代领人或送货志愿者）姓名"))
    p.add_argument("--phone", default="", help=translate("Cli", "领取人电话"))
    who = p.add_mutually_exclusive_group()
    who.add_argument("--proxy", action="store_true", help=translate("Cli", "代领"))
    who.add_argument("--door", action="store_true", help=translate("Cli", "送货上门"))
    p.add_argument("--payment", choices=["cash", "qr", "prepaid", "owed", "waived"],
                   help=translate("Cli", "付款方式：现金、扫码、已预付、代付记账、免收"))
    p.add_argument("--amount", metavar="X", help=translate("Cli", "收款金额（元）"))
    p.add_argument("--reason", default="", help=translate("Cli", "免收原因"))
    add_json(p)

    p = add_command(sub, "void", _void, translate("Cli", "撤销一次发放（记录保留）"))
    p.add_argument("code", metavar="CODE", help=translate("Cli", "包裹编号、发放编号或小票号"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=translate("Cli", "撤销原因"))
    add_json(p)

    p = add_command(sub, "lookup", _lookup, translate("Cli", "按包裹编号、房号、电话或姓名查找"))
    p.add_argument("query", metavar="QUERY")
    add_json(p)

    p = add_command(sub, "receipt", _receipt, translate("Cli", "打印一次发放的小票（PDF）"))
    p.add_argument("code", metavar="CODE", help=translate("Cli", "包裹编号或小票号"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--layout", choices=["58mm", "80mm", "a5"], default="80mm")
    p.add_argument("--single", action="store_true", help=translate("Cli", "只打印这一个包裹，不含同次领取的其他包裹"))

    p = add_command(sub, "till", _till, translate("Cli", "按付款方式汇总收款"))
    p.add_argument("--since", metavar="D", help=translate("Cli", "起始日期或时间（默认今天零点）"))
    add_json(p)

    p = add_command(sub, "cancel", _cancel, translate("Cli", "作废一个包裹（不再发放）"))
    p.add_argument("code", metavar="CODE")
    p.add_argument("--reason", required=True, metavar="TEXT")


def _collector(ctx, args: argparse.Namespace) -> Collector:  # noqa: ANN001
    kind = "proxy" if args.proxy else "door" if args.door else "household"
    name = args.collector.strip()
    if kind == "proxy" and not name:
        with ctx.read() as s:
            parcel = find_parcel(s, normalize_code(args.codes[0]))
            household = households.find(s, parcel.household_code) if parcel and parcel.household_code else None
        proxies = household.proxies if household else []
        if len(proxies) != 1:
            raise UserError(translate("Cli", "代领时请用 --collector 写明代领人姓名。"))
        name, phone = proxies[0].get("name", ""), args.phone or proxies[0].get("phone", "")
        return Collector(kind, name, phone)
    if kind == "door" and not name:
        name = ctx.operator
    return Collector(kind, name, args.phone)


def _handover(args: argparse.Namespace) -> int:
    amount = None
    if args.amount is not None:
        try:
            amount = parse_yuan(args.amount)
        except ValueError:
            raise Usage(translate("Cli", "金额“{amount}”不是有效的金额，例如 39.90。").format(
                amount=args.amount)) from None
    ctx = open_context(args)
    payment = Payment(args.payment or "none", amount, args.reason)
    warnings = _warnings(ctx, args.codes)
    visit = counter.hand_over(ctx, args.codes, _collector(ctx, args), payment)
    if args.json:
        emit_json({
            "receipt_no": visit.receipt_no, "visit_id": visit.visit_id,
            "household": visit.household_code, "parcels": visit.parcel_codes,
            "handovers": visit.handover_ids,
            "collector": {"kind": visit.collector.kind, "name": visit.collector.name,
                          "phone": visit.collector.phone},
            "payment": visit.payment_mode, "amount": format_yuan(visit.paid_cents), "at": visit.at,
            "warnings": [{"code": code, "reason": n.id, "message": n.message} for code, n in warnings],
        })
        return 0
    for _code, notice in warnings:
        sys.stderr.write(notice.message + "\n")
    print(translate("Cli", "已发放 {n} 件给 {household}（{collector}），小票号 {receipt}。").format(
        n=len(visit.parcel_codes), household=visit.household_code or "-",
        collector=collector_label(visit.collector.kind, visit.collector.name), receipt=visit.receipt_no))
    if visit.paid_cents:
        print(translate("Cli", "收款：{mode} {amount} 元。").format(
            mode=payment_label(visit.payment_mode), amount=format_yuan(visit.paid_cents)))
    return 0


def _warnings(ctx, codes: list[str]) -> list[tuple[str, Notice]]:  # noqa: ANN001
    """What the counter's card would show in amber (not yet received, damaged, no household);
    the money due is settled by --payment, so it is not repeated."""
    with ctx.read() as s:
        site_id = ctx.site.site_id
        cards = [counter.scan(s, site_id, code) for code in codes]
    return [(card.code, n) for card in cards for n in card.warnings if n.id != "payment_due"]


def _void(args: argparse.Namespace) -> int:
    ids = counter.void(open_context(args), args.code, args.reason)
    if args.json:
        emit_json({"voided": ids})
    else:
        print(translate("Cli", "已撤销 {n} 次发放；包裹回到待领取状态，记录保留。").format(n=len(ids)))
    return 0


def _collected(s, parcel: ParcelView) -> dict[str, Any] | None:  # noqa: ANN001
    if parcel.status != "collected" or not parcel.handover_id:
        return None
    row = counter.handover_row(s, parcel.handover_id)
    return {"at": row.at, "point": row.site_id, "collector_kind": row.collector_kind,
            "collector": row.collector_name, "operator": row.operator, "receipt_no": row.receipt_no,
            "payment": row.payment, "amount": format_yuan(row.amount_cents)}


def _parcel_json(s, parcel: ParcelView) -> dict[str, Any]:  # noqa: ANN001
    return {**parcel.to_json(), "collected": _collected(s, parcel)}


def _parcel_line(p: ParcelView) -> str:
    status = status_label(p.status)
    due = translate("Cli", "应收 {amount} 元").format(amount=format_yuan(p.due_cents)) if p.due_cents else ""
    return "\t".join(x for x in (p.code, status, p.round_name, p.item, due) if x)


def _lookup(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    with ctx.read() as s:
        result = lookup(s, args.query)
        if result.empty:
            raise UserError(translate("Cli", "没有找到“{query}”：请换成房号（如 3-2-501）、电话或姓名再试。").format(
                query=args.query))
        if result.parcel is not None:
            if args.json:
                emit_json({"parcel": _parcel_json(s, result.parcel)})
            else:
                print(f"{result.parcel.household_code or '-'}\t{_parcel_line(result.parcel)}")
            return 0
        best = result.households[0]
        parcels = household_parcels(s, best.code)
        if args.json:
            emit_json({"household": best.to_json(), "parcels": [_parcel_json(s, p) for p in parcels],
                       "matches": [h.code for h in result.households]})
            return 0
    flags = "、".join(flag_label(f) for f in best.flags)
    print("\t".join(x for x in (best.code, best.head, best.phone, flags) if x))
    for p in parcels:
        print("  " + _parcel_line(p))
    if len(result.households) > 1:
        print(translate("Cli", "其他可能的住户：{codes}").format(
            codes="、".join(h.code for h in result.households[1:])))
    return 0


def _receipt(args: argparse.Namespace) -> int:
    from pickuppoint.documents.receipt import write_receipt
    from pickuppoint.services.counter.receipts import receipt_data

    ctx = open_context(args)
    with ctx.read() as s:
        data = receipt_data(s, args.code, whole_visit=not args.single)
    out = Path(args.output)
    write_receipt(data, out, args.layout)
    print(translate("Cli", "小票已保存到 {path}").format(path=out))
    return 0


def _till(args: argparse.Namespace) -> int:
    from datetime import datetime

    from pickuppoint.eventlog.clock import iso
    from pickuppoint.services.counter.shift import till

    if args.since:
        try:
            moment = datetime.fromisoformat(args.since)
        except ValueError:
            raise Usage(translate("Cli", "时间“{value}”无效，例如 2026-11-23 或 2026-11-23T08:00。").format(
                value=args.since)) from None
    else:
        moment = datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
    ctx = open_context(args)
    with ctx.read() as s:
        result = till(s, iso(moment.astimezone()), ctx.site.site_id)
    if args.json:
        emit_json(result.to_json())
        return 0
    print(translate("Cli", "自 {since} 起：发放 {n} 件，{v} 户次，撤销 {x} 件。").format(
        since=local_time(result.since), n=result.parcels, v=result.visits, x=result.voided))
    for mode, (count, cents) in sorted(result.by_mode.items()):
        print(f"{payment_label(mode)}\t{count}\t{format_yuan(cents)}")
    return 0


def _cancel(args: argparse.Namespace) -> int:
    code = cancel_parcel(open_context(args), args.code, args.reason)
    print(translate("Cli", "包裹 {code} 已作废，不再发放。").format(code=code))
    return 0
