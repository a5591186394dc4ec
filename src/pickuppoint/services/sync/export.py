"""Writing the files that travel: a point's batch (to the coordinator) and the coordinator's
update file (to one point)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from pickuppoint.errors import UserError
from pickuppoint.eventlog import clock
from pickuppoint.i18n import translate
from pickuppoint.services.operators.roles import require
from pickuppoint.services.sync import crypto, fileformat, settings
from pickuppoint.services.sync import records as travel


@dataclass(frozen=True)
class Exported:
    path: Path
    seq_from: int
    seq_to: int
    records: int
    sha256: str


def _header(kind: str, me: settings.Me, to: str, seq_from: int, seq_to: int, records: int,
            eph: bytes, **extra: Any) -> dict[str, Any]:
    return {"format": fileformat.FORMAT, "version": fileformat.VERSION, "kind": kind,
            "deployment": me.deployment, "batch_id": uuid.uuid4().hex, "site_id": me.site_id,
            "to": to, "signer": crypto.b64(crypto.raw_public(me.sign_key)),
            "ephemeral": crypto.b64(eph), "seq_from": seq_from, "seq_to": seq_to,
            "records": records, "created": clock.utc_now_iso(), "chunk": crypto.CHUNK, **extra}


def _write(path: Path, header: dict[str, Any], key: bytes, lines: Any, me: settings.Me) -> str:
    def read_back(written: Path) -> None:
        fileformat.open_signed(written, lambda h: crypto.raw_public(me.sign_key))

    try:
        return fileformat.write_file(path, header, key, lines, me.sign_key, read_back)
    except fileformat.FormatError as exc:
        raise UserError(translate("Sync", "写入 {path} 后读回校验不通过：U 盘可能有问题，请换一个再试。").format(
            path=path)) from exc
    except OSError as exc:
        raise UserError(translate("Sync", "无法写入 {path}：{error}").format(
            path=path, error=exc.strerror or exc)) from exc


def export_batch(ctx, out: Path) -> Exported:  # noqa: ANN001 - Context
    """(point) Every own record the coordinator has not acknowledged, in one batch file."""
    require(ctx, "sync.point")
    out = Path(out)
    with ctx.read() as s:
        me = settings.load(s)
        settings.require_point(me)
        acked = int(settings.get(s, settings.ACKED, "0") or 0)
        count, last, chain_from, chain_to = travel.site_range(s, me.site_id, acked)
        if count == 0:
            raise UserError(translate("Sync", "已同步至 #{n}：没有新的记录要发送。").format(n=acked))
        eph, key = crypto.seal_to(me.hub.agree_public)
        header = _header("batch", me, me.hub.site_id, acked + 1, last, count, eph,
                         chain_from=chain_from, chain_to=chain_to,
                         hub_seq=int(settings.get(s, settings.HUB_SEEN, "0") or 0),
                         agree=crypto.b64(crypto.raw_public(me.agree_key)))
        sha = _write(out, header, key, travel.lines(s, me.site_id, acked, last), me)
    with ctx.db.write_session() as s:
        settings.put(s, settings.LAST_EXPORT, f"{last}|{count}|{clock.utc_now_iso()}|{out.parent}")
    return Exported(out, acked + 1, last, count, sha)


def export_update(ctx, site_id: str, out: Path) -> Exported:  # noqa: ANN001
    """(coordinator) The update file for one point: the coordinator's records it may not have,
    and the acknowledgement of that point's records (its contiguous high-water mark)."""
    require(ctx, "sync")
    out = Path(out)
    site_id = site_id.strip().upper()
    with ctx.read() as s:
        me = settings.load(s)
        settings.require_coordinator(me)
        point = s.execute(text("SELECT * FROM sync_point WHERE upper(site_id) = :s"),
                          {"s": site_id}).first()
        if point is None:
            raise UserError(translate("Sync", "没有登记站点 {id}：请先用 points add 添加它。").format(id=site_id))
        if not point.agree_public:
            raise UserError(translate(
                "Sync", "还没有收到 {id} 的第一批数据，还不能给它做更新文件：请先导入它导出的文件。").format(
                    id=point.site_id))
        version = point.update_version + 1
        after = point.has_hub_seq
        _, last, _, _ = travel.site_range(s, me.site_id, 0)
        sent = point.sent_hub_seq
        count, first = travel.hub_range(s, me.site_id, point.site_id, after, last, sent)
        eph, key = crypto.seal_to(crypto.unb64(point.agree_public))
        header = _header("update", me, point.site_id, first, last, count, eph, filtered=True,
                         update_version=version, ack=point.contiguous_to)
        meta = {"ack": point.contiguous_to, "update_version": version}
        lines = [["m", meta]]
        sha = _write(out, header, key,
                     _chain(lines, travel.hub_lines(s, me.site_id, point.site_id, after, last, sent)), me)
    with ctx.db.write_session() as s:
        s.execute(text("UPDATE sync_point SET update_version = :v WHERE site_id = :s AND update_version < :v"),
                  {"v": version, "s": point.site_id})
        s.execute(text("UPDATE sync_point SET sent_hub_seq = max(sent_hub_seq, :q) WHERE site_id = :s"),
                  {"q": last, "s": point.site_id})
    return Exported(out, first, last, count, sha)


def _chain(*parts: Any) -> Any:
    for part in parts:
        yield from part
