"""Per point, the contiguous high-water mark, the records held after a gap, and gaps accepted.

A point's records 1..contiguous_to are all here (or in a gap a coordinator accepted); records
after a missing one wait in `sync_held` and are shown as held; when the missing records arrive
(or the gap is accepted, with a `sync.gap_accepted` record saying who and why), the held records
go to the log in seq order.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.operators.roles import require
from pickuppoint.services.sync.apply import apply_lines, registry

RELEASE = 20_000


def _accepted(s: Session, site: str) -> list[tuple[int, int]]:
    return [(r[0], r[1]) for r in s.execute(text(
        "SELECT seq_from, seq_to FROM sync_gap_accepted WHERE site_id = :s ORDER BY seq_from"),
        {"s": site})]


def _skip_accepted(mark: int, accepted: list[tuple[int, int]]) -> int:
    for lo, hi in accepted:
        if lo <= mark + 1 <= hi:
            mark = hi
    return mark


def release_held(s: Session, site: str, mark: int, registry: Any) -> tuple[int, int]:
    """Move the held records that now follow the mark (or lie in accepted gaps, or below the
    mark after a restore) into the log; (the new mark, how many records were new)."""
    accepted = _accepted(s, site)
    mark = _skip_accepted(mark, accepted)
    new = 0
    while True:
        rows = s.execute(text(
            "SELECT seq, line, personal FROM sync_held WHERE site_id = :s ORDER BY seq LIMIT :n"),
            {"s": site, "n": RELEASE}).all()
        take: list[Any] = []
        for row in rows:
            if row.seq > mark + 1:
                mark = _skip_accepted(mark, accepted)
                if row.seq > mark + 1:
                    break
            take.append(row)
            mark = max(mark, row.seq)
        if not take:
            return _skip_accepted(mark, accepted), new
        new += apply_lines(s, _lines(take), registry)
        s.execute(text("DELETE FROM sync_held WHERE site_id = :s AND seq <= :q"),
                  {"s": site, "q": take[-1].seq})
        if len(take) < len(rows):
            return _skip_accepted(mark, accepted), new


def _lines(rows: list[Any]) -> Any:
    for row in rows:
        yield json.loads(row.line)
        if row.personal is not None:
            yield ["p", json.loads(row.personal)]


def gaps(s: Session, site: str, mark: int) -> list[tuple[int, int]]:
    """The missing ranges after the mark, below the highest held record."""
    out: list[tuple[int, int]] = []
    expect = mark + 1
    accepted = _accepted(s, site)
    for (seq,) in s.execute(text("SELECT seq FROM sync_held WHERE site_id = :s ORDER BY seq"),
                            {"s": site}):
        if seq > expect:
            lo = expect
            if not any(a <= lo and seq - 1 <= b for a, b in accepted):
                out.append((lo, seq - 1))
        expect = max(expect, seq + 1)
    return out


def accept_gap(ctx, site_id: str, seq_from: int, seq_to: int, reason: str) -> int:  # noqa: ANN001
    """(coordinator) Go on past a gap a point cannot fill (a lost stick, a broken laptop):
    recorded with the operator and the reason; the held records after it are taken. Returns
    the point's new contiguous mark."""
    require(ctx, "sync")
    if not reason.strip():
        raise UserError(translate("Sync", "请写明为什么跳过这段缺失的记录。"))
    with ctx.write() as w:
        s = w.session
        point = s.execute(text("SELECT site_id, contiguous_to FROM sync_point WHERE upper(site_id) = :s"),
                          {"s": site_id.upper()}).first()
        if point is None:
            raise UserError(translate("Sync", "没有登记站点 {id}。").format(id=site_id))
        if (seq_from, seq_to) not in gaps(s, point.site_id, point.contiguous_to):
            raise UserError(translate("Sync", "{id} 没有缺 {a}–{b} 号这一段。").format(
                id=point.site_id, a=seq_from, b=seq_to))
        rec = w.append("sync.gap_accepted", {"site_id": point.site_id, "seq_from": seq_from,
                                             "seq_to": seq_to, "reason": reason.strip()})
        s.execute(text("INSERT INTO sync_gap_accepted (site_id, seq_from, seq_to, record_id) "
                       "VALUES (:s, :a, :b, :r)"),
                  {"s": point.site_id, "a": seq_from, "b": seq_to, "r": rec.id})
        mark, _ = release_held(s, point.site_id, point.contiguous_to, registry(ctx))
        s.execute(text("UPDATE sync_point SET contiguous_to = :m WHERE site_id = :s"),
                  {"m": mark, "s": point.site_id})
    return mark
