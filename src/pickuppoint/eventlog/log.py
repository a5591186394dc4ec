"""Appending records and deriving state from them."""

from __future__ import annotations

import gc
import os
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.recordformat import PERSONAL, canonical, loads, record_hash, seal, unseal  # noqa: F401
from pickuppoint.eventlog import clock
from pickuppoint.eventlog.registry import Registry


@dataclass(frozen=True)
class Rec:
    id: str
    site_id: str
    seq: int
    hlc: int
    wall: str
    operator: str
    kind: str
    payload: dict[str, Any]
    hash: str
    body: str = ""  # the payload exactly as stored (and hashed)
    entity: str = ""
    personal: Any = None  # its personal fields (from table `personal`), None when none/purged
    full: Any = None  # the payload with its personal fields, when the writer had it

    @property
    def data(self) -> Mapping[str, Any]:
        """The payload with its personal fields in place (blank once purged): what
        projections read."""
        if self.full is not None:
            return self.full
        return unseal(self.kind, self.payload, self.personal)

    @property
    def key(self) -> tuple[int, str, int]:
        """The record's place in the one order every site folds records in."""
        return (self.hlc, self.site_id, self.seq)

    @classmethod
    def from_row(cls, row: Any) -> Rec:
        fields = getattr(row, "personal_fields", None)
        return cls(row.id, row.site_id, row.seq, row.hlc, row.wall, row.operator, row.kind,
                   loads(row.payload), row.hash, row.payload, getattr(row, "entity", "") or "",
                   loads(fields) if fields else None)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector paused while many records (or a file's rows) are made and
    applied: records, rows and payloads make no reference cycles (reference counting frees
    them), and the collector's passes over a batch's objects were a fifth of a rebuild's time
    and a third of planning a manifest. Back on afterwards (left alone when someone else had
    paused it). Also a decorator: `@gc_paused()`."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def apply(session: Session, recs: Sequence[Rec], registry: Registry, settle: bool = True) -> None:
    """Apply records to the derived state, in the order given (callers give `(hlc, site, seq)`
    order); consecutive runs of a kind go in bulk. Kinds this version does not know change
    nothing (the record stays in the log). Then the registry's `settle` functions run."""
    kinds = registry.kinds
    i = 0
    while i < len(recs):
        kind = recs[i].kind
        j = i
        while j < len(recs) and recs[j].kind == kind:
            j += 1
        spec = kinds.get(kind)
        if spec is not None:
            run = recs[i:j]
            if spec.bulk is not None and len(run) > 1:
                spec.bulk(session, run)
            else:
                for rec in run:
                    spec.apply(session, rec)
        i = j
    if settle:
        for fn in registry.settle:
            fn(session, recs)


def hash_of(prev_hash: str, rec: Rec) -> str:
    """The chain hash of a record: over its payload as stored (`body`), never re-encoded."""
    return record_hash(prev_hash, (rec.id, rec.site_id, rec.seq, rec.hlc, rec.wall, rec.operator,
                                   rec.kind, rec.body or canonical(rec.payload)))


INSERT_RECORD = ("INSERT INTO record (id, site_id, seq, hlc, wall, operator, kind, payload, hash, "
                 "entity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def dbapi(session: Session) -> Any:
    """A cursor on the session's own sqlite3 connection, inside its transaction: bulk writes
    (`executemany` of plain tuples) without SQLAlchemy's per-row work."""
    return session.connection().connection.driver_connection.cursor()


Guard = Callable[[str], None]


class Writer:
    """Appends this site's records inside one write transaction and applies them at once.

    Use through `services.context.Context.write()`; the transaction commits when the block ends,
    so records and the state derived from them land together or not at all. `guard(kind)`, when
    given, is called before any record of `kind` is written (it raises to refuse)."""

    def __init__(self, session: Session, operator: str, registry: Registry,
                 guard: Guard | None = None):
        self.session = session
        self.operator = operator
        self.registry = registry
        self.guard = guard
        site = session.execute(text(
            "SELECT site_id, last_seq, last_hash, last_hlc FROM site WHERE is_self = 1")).one()
        self.site_id = site.site_id
        self._seq = site.last_seq
        self._hash = site.last_hash
        self._hlc = site.last_hlc
        self.written: list[Rec] = []

    def append(self, kind: str, payload: dict[str, Any]) -> Rec:
        return self.append_many(kind, [payload])[0]

    def append_many(self, kind: str, payloads: Sequence[dict[str, Any]]) -> list[Rec]:
        if self.guard is not None:
            self.guard(kind)
        if not payloads:
            return []
        with gc_paused():
            return self._append_many(kind, payloads)

    def _append_many(self, kind: str, payloads: Sequence[dict[str, Any]]) -> list[Rec]:
        site, operator = self.site_id, self.operator
        seq, hlc, prev = self._seq, self._hlc, self._hash
        spec = self.registry.kinds.get(kind)
        entity_of = spec.entity if spec is not None else None
        apart = kind in PERSONAL
        salts = os.urandom(16 * len(payloads)).hex() if apart else ""  # one draw for the batch
        session = self.session
        recs: list[Rec] = []
        rows: list[tuple[Any, ...]] = []
        personal_rows: list[tuple[str, str, str]] = []
        last_ms, wall = -1, ""
        for i, payload in enumerate(payloads):
            now_ms = clock.physical_ms()
            if now_ms != last_ms:
                last_ms, wall = now_ms, clock.iso_of_ms(now_ms)
            seq += 1
            hlc = clock.tick(hlc, now_ms)
            rid = uuid.uuid4().hex
            full = payload
            if apart:  # names, phones, notes: apart from the hashed payload
                payload, fields, salt = seal(kind, full, salts[32 * i:32 * i + 32])
                if fields is not None:
                    personal_rows.append((rid, salt, fields))
            body = canonical(payload)  # encoded once: hashed and stored
            prev = record_hash(prev, (rid, site, seq, hlc, wall, operator, kind, body))
            entity = entity_of(session, payload) if entity_of is not None else ""
            recs.append(Rec(rid, site, seq, hlc, wall, operator, kind, payload, prev, body, entity,
                            None, full))
            rows.append((rid, site, seq, hlc, wall, operator, kind, body, prev, entity))
        cur = dbapi(session)
        cur.executemany(INSERT_RECORD, rows)
        if personal_rows:
            cur.executemany("INSERT INTO personal (record_id, salt, fields) VALUES (?, ?, ?)",
                            personal_rows)
        cur.execute("UPDATE site SET last_seq = ?, last_hash = ?, last_hlc = ? WHERE site_id = ?",
                    (seq, prev, hlc, site))
        self._seq, self._hlc, self._hash = seq, hlc, prev
        apply(session, recs, self.registry)
        self.written.extend(recs)
        return recs

    @property
    def last_hlc(self) -> int:
        return self._hlc
