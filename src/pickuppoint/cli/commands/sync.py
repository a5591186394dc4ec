"""points add / sync export / sync import / sync status / sync accept-gap / sync resolve."""

from __future__ import annotations

import re
from pathlib import Path

from pickuppoint.cli.main import Parser, Usage, add_json, emit_json, open_context
from pickuppoint.i18n import translate
from pickuppoint.services.sync import enrol, export, gaps, importer, settings, status

ORDER = 80


def register(sub) -> None:  # noqa: ANN001
    p = sub.add_parser("points", help=translate("Cli", "（协调中心）登记接驳点"))
    ps = p.add_subparsers(dest="points_command", metavar="ACTION")
    ps._parser_class = Parser  # noqa: SLF001
    ap = ps.add_parser("add", help=translate("Cli", "登记一个接驳点，做它的设置文件"),
                       description=translate("Cli", "登记一个接驳点，做它的设置文件"))
    ap.set_defaults(handler=_points_add)
    ap.add_argument("site_id", metavar="SITE_ID")
    ap.add_argument("--name", required=True)
    ap.add_argument("-o", dest="out", required=True, metavar="SETUP_FILE")
    add_json(ap)

    p = sub.add_parser("sync", help=translate("Cli", "接驳点与协调中心之间用文件同步"))
    ss = p.add_subparsers(dest="sync_command", metavar="ACTION")
    ss._parser_class = Parser  # noqa: SLF001
    ep = ss.add_parser("export", help=translate("Cli", "导出同步文件"),
                       description=translate(
                           "Cli", "接驳点：导出还没被确认的记录；协调中心加 --point：给该接驳点的更新文件"))
    ep.set_defaults(handler=_export)
    ep.add_argument("-o", dest="out", required=True, metavar="PATH")
    ep.add_argument("--point", metavar="SITE_ID")
    add_json(ep)
    ip = ss.add_parser("import", help=translate("Cli", "导入同步文件"),
                       description=translate("Cli", "导入同步文件（协调中心：接驳点的数据；接驳点：更新文件）"))
    ip.set_defaults(handler=_import)
    ip.add_argument("files", nargs="+", metavar="FILE")
    add_json(ip)
    sp = ss.add_parser("status", help=translate("Cli", "同步情况"),
                       description=translate("Cli", "每个接驳点：收到的记录、连续到几号、缺口、冲突"))
    sp.set_defaults(handler=_status)
    add_json(sp)
    gp = ss.add_parser("accept-gap", help=translate("Cli", "跳过一段补不回来的缺失记录"),
                       description=translate("Cli", "（协调中心）跳过一段补不回来的缺失记录，记下原因"))
    gp.set_defaults(handler=_accept_gap)
    gp.add_argument("site_id", metavar="SITE_ID")
    gp.add_argument("range", metavar="FROM-TO")
    gp.add_argument("--reason", required=True)
    add_json(gp)
    rp = ss.add_parser("resolve", help=translate("Cli", "处理一个冲突：以哪条记录为准，写明原因"),
                       description=translate("Cli", "（协调中心）处理一个冲突：以哪条记录为准，写明原因（记下处理人）"))
    rp.set_defaults(handler=_resolve)
    rp.add_argument("conflict", metavar="CONFLICT", help=translate("Cli", "冲突编号（sync status 列出）"))
    rp.add_argument("--keep", required=True, metavar="RECORD",
                    help=translate("Cli", "以这条记录为准：记录编号、站点:序号（如 DXL:20），"
                                          "或站点编号（冲突里只有它的一条记录时）"))
    rp.add_argument("--reason", required=True)
    add_json(rp)


def _points_add(args) -> int:  # noqa: ANN001
    made = enrol.add_point(open_context(args), args.site_id, args.name, Path(args.out))
    if args.json:
        emit_json({"site_id": made.site_id, "name": made.name, "file": str(made.path),
                   "enrolment_code": made.code, "records": made.records})
    else:
        print(translate("Sync", "已为接驳点 {id}（{name}）写好设置文件 {path}。").format(
            id=made.site_id, name=made.name, path=made.path))
        print(translate("Sync", "启用码（只显示这一次，请另行告诉接驳点，不要和文件放在一起）：{code}").format(
            code=made.code))
    return 0


def _export(args) -> int:  # noqa: ANN001
    ctx = open_context(args)
    if args.point:
        done = export.export_update(ctx, args.point, Path(args.out))
    else:
        done = export.export_batch(ctx, Path(args.out))
    if args.json:
        emit_json({"file": str(done.path), "seq_from": done.seq_from, "seq_to": done.seq_to,
                   "records": done.records, "sha256": done.sha256})
    elif args.point:
        print(translate("Sync", "已写好给 {id} 的更新文件 {path}（{n} 条记录）。").format(
            id=args.point.upper(), path=done.path, n=done.records))
    else:
        print(translate("Sync", "已导出 {n} 条记录（#{a}–#{b}）到 {path}。").format(
            n=done.records, a=done.seq_from, b=done.seq_to, path=done.path))
    return 0


def _import(args) -> int:  # noqa: ANN001
    results = importer.import_files(open_context(args), args.files)
    if args.json:
        emit_json({"files": [r.as_json() for r in results]})
    else:
        for r in results:
            if r.status == "imported":
                line = translate("Sync", "{file}：已导入，新记录 {n} 条。").format(file=r.file, n=r.new_records)
                if r.held:
                    line += translate("Sync", "（其中 {n} 条在缺口之后，暂存待补）").format(n=r.held)
                print(line)
                if r.pinned:
                    print(translate("Sync", "这是 {id} 的第一批数据，已记下它的密钥指纹 {fp}：请与接驳点核对。").format(
                        id=r.site_id, fp=r.pinned))
            elif r.status == "already-imported":
                print(translate("Sync", "{file}：以前已导入过，没有变化。").format(file=r.file))
            else:
                print(translate("Sync", "{file}：拒收。{why}").format(file=r.file, why=r.message))
    return 1 if any(r.status == "rejected" for r in results) else 0


def _status(args) -> int:  # noqa: ANN001
    ctx = open_context(args)
    with ctx.read() as s:
        me = settings.load(s)
        if me.role == "coordinator":
            state = status.hub_state(s)
            progress = status.round_progress(s)
            described = {c["id"]: status.records_of(s, c["records"]) for c in state.conflicts}
            if args.json:
                emit_json({"sites": [{**p.as_json(), "last_batch_records": p.last_batch_records,
                                      "progress": [{"round": r.round_name, "parcels": r.parcels,
                                                    "received": r.received, "collected": r.collected}
                                                   for r in progress if r.site_id == p.site_id]}
                                     for p in state.points],
                           "conflicts": state.conflicts})
                return 0
            _print_hub(state, progress, described)
            return 0
        mine = status.point_state(s)
    if args.json:
        emit_json({"sites": [], "conflicts": [], "point": mine.as_json()})
    elif not mine.enrolled:
        print(translate("Sync", "这个接驳点还没有加入协调中心。"))
    else:
        print(translate("Sync", "已同步至 #{n}；还有 {k} 条记录没有被协调中心确认。").format(
            n=mine.acked, k=mine.unacked))
    return 0


def _accept_gap(args) -> int:  # noqa: ANN001
    m = re.fullmatch(r"(\d+)[-–](\d+)", args.range.strip())
    if not m:
        raise Usage(translate("Cli", "FROM-TO 要写成 121-149 这样。"))
    mark = gaps.accept_gap(open_context(args), args.site_id, int(m[1]), int(m[2]), args.reason)
    if args.json:
        emit_json({"site_id": args.site_id.upper(), "contiguous_to": mark})
    else:
        print(translate("Sync", "已跳过 {a}–{b} 号；{id} 现在连续到 #{c}。").format(
            a=m[1], b=m[2], id=args.site_id.upper(), c=mark))
    return 0


def _print_hub(state, progress, described) -> None:  # noqa: ANN001 - status.HubState, rows, records
    """The coordinator's view in words: points with their last batch and gaps, progress per round
    and point, conflicts with both records and the provisional winner."""
    from pickuppoint.eventlog.clock import local_time

    for p in state.points:
        print(translate("Sync", "{id} {name}：{n} 条记录，连续到 #{c}，密钥指纹 {fp}").format(
            id=p.site_id, name=p.name, n=p.records + p.held, c=p.contiguous_to, fp=p.fingerprint or "—"))
        print("  " + (translate("Sync", "最后一批：{when}，{n} 条").format(
            when=local_time(p.last_batch_at), n=p.last_batch_records) if p.last_batch_at
            else translate("Sync", "最后一批：还没有收到")))
        for line in p.gap_text():
            print("  " + line)
    names = {p.site_id: p.name for p in state.points}
    for r in progress:
        print(translate("Sync", "领取进度 {round} {point}：{collected} / {parcels} 件已领，{received} 件已到点").format(
            round=r.round_name, point=names.get(r.site_id, r.site_id) or translate("Sync", "任一点"),
            collected=r.collected, parcels=r.parcels, received=r.received))
    print(translate("Sync", "待处理的冲突：{n} 个").format(n=len(state.conflicts)))
    for c in state.conflicts:
        print(f"  {c['id']}")
        for r in described[c["id"]]:
            mark = translate("Sync", "（暂定）") if r.id == c["winner"] else ""
            print("    " + translate("Sync", "{site}:{seq} {kind}，{when}，{op}{mark}").format(
                site=r.site_id, seq=r.seq, kind=r.kind, when=local_time(r.wall), op=r.operator, mark=mark))


def _resolve(args) -> int:  # noqa: ANN001
    from pickuppoint.services.log import conflicts

    ctx = open_context(args)
    with ctx.read() as s:
        found = next((c for c in status.open_conflicts(s) if c["id"] == args.conflict), None)
        records = status.records_of(s, found["records"]) if found else []
    chosen = _chosen(args.keep.strip(), records) if found else args.keep.strip()
    done = conflicts.resolve(ctx, args.conflict, chosen, args.reason)
    if args.json:
        emit_json({"conflict": args.conflict, "kept": chosen, "operator": ctx.operator,
                   "reason": args.reason.strip(), "resolved": bool(done.resolved)})
    else:
        print(translate("Sync", "冲突 {id} 已处理：以 {record} 为准（{op}，{reason}）。").format(
            id=args.conflict, record=args.keep.strip(), op=ctx.operator, reason=args.reason.strip()))
    return 0


def _chosen(keep: str, records) -> str:  # noqa: ANN001 - status.RecordLine list
    """A record id, SITE:SEQ, or a site with one record in the conflict; else the text as given
    (the service then says it is not one of the conflict's records)."""
    if any(r.id == keep for r in records):
        return keep
    site, _, seq = keep.upper().partition(":")
    mine = [r for r in records if r.site_id == site and (not seq or str(r.seq) == seq)]
    return mine[0].id if len(mine) == 1 else keep
