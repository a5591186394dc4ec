"""The derived state as the fold of the log: every record applied in `(hlc, site_id, seq)` order.

`replay` recreates every derived table from the records alone; `rederive` recreates only some
entities (a parcel with its handovers, a household, a round ...) from their own records, when
a record of theirs arrived after records that sort later. Both give the tables the full fold
gives, so the state is a function of the set of records, whatever order they arrived in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.recordformat import loads as _loads
from pickuppoint.eventlog.log import Rec, apply, dbapi, gc_paused
from pickuppoint.eventlog.registry import Registry
from pickuppoint.store.schema import DERIVED_TABLES

CHUNK = 20_000
_CHUNK_SQL = ("SELECT r.id, r.site_id, r.seq, r.hlc, r.wall, r.operator, r.kind, r.payload, r.hash, "
              "r.entity, p.fields FROM record AS r LEFT JOIN personal AS p ON p.record_id = r.id "
              "WHERE (r.hlc, r.site_id, r.seq) > (?, ?, ?) ORDER BY r.hlc, r.site_id, r.seq LIMIT ?")


def _rec(row: tuple) -> Rec:
    body, fields = row[7], row[10]
    return Rec(row[0], row[1], row[2], row[3], row[4], row[5], row[6], _loads(body), row[8], body,
               row[9], _loads(fields) if fields else None)


def replay(session: Session, registry: Registry, chunk: int = CHUNK) -> int:
    """Empty every derived table and apply every record in clock order, `chunk` records read at
    a time (fewer: less memory, about as fast). Returns the count."""
    with gc_paused():
        return _replay(session, registry, chunk)


def _replay(session: Session, registry: Registry, chunk: int) -> int:
    for table in DERIVED_TABLES:
        session.execute(text(f"DELETE FROM {table}"))
    n, last = 0, (-1, "", -1)
    cur = dbapi(session)
    while True:
        rows = cur.execute(_CHUNK_SQL, (*last, chunk)).fetchall()
        if not rows:
            break
        apply(session, [_rec(r) for r in rows], registry, settle=False)
        n += len(rows)
        last = (rows[-1][3], rows[-1][1], rows[-1][2])
    for fn in registry.settle:
        fn(session, None)
    return n


def entity_records(session: Session, entities: Iterable[str]) -> list[Rec]:
    """Every stored record of these entities, in clock order."""
    recs: list[Rec] = []
    for entity in sorted(set(entities)):
        recs.extend(Rec.from_row(r) for r in session.execute(text(
            "SELECT r.*, p.fields AS personal_fields FROM record AS r "
            "LEFT JOIN personal AS p ON p.record_id = r.id "
            "WHERE r.entity = :e ORDER BY r.hlc, r.site_id, r.seq"), {"e": entity}))
    recs.sort(key=lambda r: r.key)
    return recs


def forget(session: Session, registry: Registry, entities: Iterable[str]) -> None:
    """Remove the derived rows of these entities (before replaying them)."""
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for entity in entities:
        prefix, _, key = entity.partition(":")
        by_prefix[prefix].append(key)
    for prefix, keys in sorted(by_prefix.items()):
        fn = registry.forget.get(prefix)
        if fn is not None:
            fn(session, sorted(keys))


def rederive(session: Session, registry: Registry, entities: Sequence[str]) -> list[Rec]:
    """Recreate these entities from their records; returns the records applied (not settled)."""
    forget(session, registry, entities)
    recs = entity_records(session, entities)
    apply(session, recs, registry, settle=False)
    return recs


def settle(session: Session, registry: Registry, recs: Sequence[Rec]) -> None:
    for fn in registry.settle:
        fn(session, recs)
