"""Records as they travel: read from the log as body lines, and back to rows for ingest."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.eventlog.log import dbapi

FETCH = 5000
_SELECT = ("SELECT id, site_id, seq, hlc, wall, operator, kind, payload, hash FROM record "
           "WHERE site_id = ? AND seq > ? AND seq <= ? ORDER BY seq")


def has_personal(session: Session) -> bool:
    return session.execute(text(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'personal'")).first() is not None


def site_range(session: Session, site_id: str, after: int) -> tuple[int, int, str, str]:
    """(count, last seq, hash before the first, hash of the last) of a site's records after `after`."""
    row = session.execute(text(
        "SELECT count(*), coalesce(max(seq), 0) FROM record WHERE site_id = :s AND seq > :a"),
        {"s": site_id, "a": after}).one()
    return int(row[0]), int(row[1]), hash_at(session, site_id, after), hash_at(session, site_id, int(row[1]))


def hash_at(session: Session, site_id: str, seq: int) -> str:
    if seq <= 0:
        return ""
    row = session.execute(text("SELECT hash FROM record WHERE site_id = :s AND seq = :q"),
                          {"s": site_id, "q": seq}).first()
    return row[0] if row else ""


def lines(session: Session, site_id: str, after: int, upto: int) -> Iterator[list[Any]]:
    """The body lines of a site's records in (after, upto]: each record, then its personal row."""
    personal = has_personal(session)
    cur = dbapi(session)
    cur.execute(_SELECT, (site_id, after, upto))
    pcur = dbapi(session) if personal else None
    while rows := cur.fetchmany(FETCH):
        found = _personal_rows(pcur, [r[0] for r in rows]) if pcur is not None else {}
        for r in rows:
            yield ["r", *r]
            p = found.get(r[0])
            if p is not None:
                yield ["p", p]


COLUMNS = ("id", "site_id", "seq", "hlc", "wall", "operator", "kind", "payload", "hash")


def to_row(line: list[Any]) -> dict[str, Any]:
    """A record line back to the record's columns (the payload as the stored text it was)."""
    if len(line) != 10:
        raise ValueError("record line of wrong length")
    return dict(zip(COLUMNS, line[1:], strict=True))


# The coordinator's records a point gets (setup and update files): those after what it has, with
# the whole history of every entity they touch (a parcel moved to this point arrives with its
# `parcel.added`), leaving out parcels assigned to another point (all where none is assigned).
_HUB_WHERE = (
    "FROM record r WHERE r.site_id = :hub AND r.seq <= :last "
    "AND (r.seq > :after OR r.entity IN (SELECT entity FROM record WHERE site_id = :hub "
    "AND seq > :after AND seq <= :last AND entity != '')) "
    "AND NOT EXISTS (SELECT 1 FROM parcel p WHERE r.entity GLOB 'p:*' "
    "AND p.code = substr(r.entity, 3) AND p.point_site NOT IN ('', :hub, :point))")


def hub_range(session: Session, hub: str, point: str, after: int, last: int) -> tuple[int, int]:
    """(how many of the coordinator's records go to `point`, the lowest seq among them)."""
    row = session.execute(text(f"SELECT count(*), coalesce(min(r.seq), 0) {_HUB_WHERE}"),
                          {"hub": hub, "point": point, "after": after, "last": last}).one()
    return int(row[0]), int(row[1])


def hub_lines(session: Session, hub: str, point: str, after: int, last: int) -> Iterator[list[Any]]:
    personal = has_personal(session)
    cur = session.execute(text(
        f"SELECT r.id, r.site_id, r.seq, r.hlc, r.wall, r.operator, r.kind, r.payload, r.hash "
        f"{_HUB_WHERE} ORDER BY r.seq"), {"hub": hub, "point": point, "after": after, "last": last})
    pcur = dbapi(session) if personal else None
    while rows := cur.fetchmany(FETCH):
        found = _personal_rows(pcur, [r[0] for r in rows]) if pcur is not None else {}
        for r in rows:
            yield ["r", *r]
            p = found.get(r[0])
            if p is not None:
                yield ["p", p]


def _personal_rows(pcur: Any, ids: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        pcur.execute(f"SELECT * FROM personal WHERE record_id IN ({','.join('?' * len(part))})", part)
        names = [d[0] for d in pcur.description]
        for prow in pcur.fetchall():
            row = dict(zip(names, prow, strict=True))
            found[row["record_id"]] = row
    return found
