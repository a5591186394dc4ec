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


# The coordinator's records a point gets (setup and update files): those after what it has
# (`:after`), with the whole history of every entity they touch (a household moved to this point
# arrives with its `household.created`), of the entities assigned to this point or to none
# (services/assign: a household's point, a round's points (or a parcel of the point in it), a
# parcel's point or else its round's);
# and, of an entity this point had at `:after` and that is now another point's, only the
# assignment records after `:after`, so the point's views leave it out.
_ALLOWS_NOW = """CASE substr({e}, 1, 2)
 WHEN 'h:' THEN coalesce((SELECT h.point_site IN ('', :point) FROM household h
                          WHERE h.code = substr({e}, 3)), 1)
 WHEN 'r:' THEN coalesce((SELECT q.points = '[]' OR EXISTS (SELECT 1 FROM json_each(q.points)
                          WHERE value = :point) OR EXISTS (SELECT 1 FROM parcel rp WHERE
                          rp.round_id = q.id AND rp.point_site = :point)
                          FROM round q WHERE q.id = substr({e}, 3)), 1)
 WHEN 'p:' THEN coalesce((SELECT CASE WHEN p.point_site IN ('', :hub) THEN coalesce((SELECT
                          q.points = '[]' OR EXISTS (SELECT 1 FROM json_each(q.points) WHERE value = :point)
                          FROM round q WHERE q.id = p.round_id), 1) ELSE p.point_site = :point END
                          FROM parcel p WHERE p.code = substr({e}, 3)), 1)
 ELSE 1 END"""
_ASSIGNING = ("(r.kind IN ('household.assigned', 'round.assigned', 'parcel.assigned') OR "
              "(r.kind = 'parcel.updated' AND json_type(r.payload, '$.changes.point_site') IS NOT NULL))")
# whether the point may hold the entity: a record of it was in a file sent to the point (seq up
# to `:sent`), and it was the point's (or every point's) at `:after` or at some assignment since
_ALLOWS_Y = """CASE WHEN y.kind IN ('round.created', 'round.assigned')
                 THEN coalesce(json_array_length(y.payload, '$.points'), 0) = 0
                      OR EXISTS (SELECT 1 FROM json_each(y.payload, '$.points') WHERE value = :point)
                 ELSE coalesce(json_extract(y.payload, '$.point_site'),
                               json_extract(y.payload, '$.changes.point_site'), '') IN ('', :hub, :point) END"""
_Y_ASSIGNING = """(y.kind IN ('household.assigned', 'round.created', 'round.assigned', 'parcel.added',
                    'parcel.assigned')
      OR (y.kind = 'parcel.updated' AND json_type(y.payload, '$.changes.point_site') IS NOT NULL))"""
# (`+y.site_id`, `+y.seq`: one entity's few records by the entity index, never a range of the
# coordinator's whole log)
_HAD = f"""(EXISTS (SELECT 1 FROM record x WHERE x.entity = r.entity AND +x.site_id = :hub
                AND +x.seq <= :sent)
 AND (coalesce((SELECT {_ALLOWS_Y} FROM record y WHERE y.entity = r.entity AND +y.site_id = :hub
                AND +y.seq <= :after AND {_Y_ASSIGNING} ORDER BY y.seq DESC LIMIT 1), 1)
      OR EXISTS (SELECT 1 FROM record y WHERE y.entity = r.entity AND +y.site_id = :hub
                 AND +y.seq > :after AND +y.seq <= :sent AND {_Y_ASSIGNING} AND {_ALLOWS_Y})))"""
_TOUCHED = """WITH touched (entity) AS (
    SELECT entity FROM record WHERE site_id = :hub AND seq > :after AND seq <= :last AND entity != ''
    UNION
    SELECT 'p:' || p.code FROM parcel p WHERE p.point_site IN ('', :hub) AND p.round_id IN (
        SELECT substr(entity, 3) FROM record WHERE site_id = :hub AND seq > :after AND seq <= :last
        AND kind = 'round.assigned'))
"""
_HUB_WHERE = (
    "FROM record r WHERE r.site_id = :hub AND r.seq <= :last AND ("
    f"((r.seq > :after OR r.entity IN touched) AND {_ALLOWS_NOW.format(e='r.entity')}) "
    f"OR (r.seq > :after AND {_ASSIGNING} AND NOT {_ALLOWS_NOW.format(e='r.entity')} AND {_HAD}))")


def hub_range(session: Session, hub: str, point: str, after: int, last: int,
              sent: int = 0) -> tuple[int, int]:
    """(how many of the coordinator's records go to `point`, the lowest seq among them).
    `after`: the point has every record it was sent up to there; `sent`: it was sent files up
    to there (what it may hold)."""
    row = session.execute(text(f"{_TOUCHED}SELECT count(*), coalesce(min(r.seq), 0) {_HUB_WHERE}"),
                          {"hub": hub, "point": point, "after": after, "last": last,
                           "sent": max(sent, after)}).one()
    return int(row[0]), int(row[1])


def hub_lines(session: Session, hub: str, point: str, after: int, last: int,
              sent: int = 0) -> Iterator[list[Any]]:
    personal = has_personal(session)
    cur = session.execute(text(
        f"{_TOUCHED}SELECT r.id, r.site_id, r.seq, r.hlc, r.wall, r.operator, r.kind, r.payload, r.hash "
        f"{_HUB_WHERE} ORDER BY r.seq"), {"hub": hub, "point": point, "after": after, "last": last,
                                          "sent": max(sent, after)})
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
